/* Tests of calfcare/shoes.h: sizes, widths, category, drop transition plans, cushioning,
 * replacement edges, stack limits, the fit checklist and every invalid input.
 * Expected values are worked by hand from the formulas in docs/shoes.md; the arithmetic is in
 * the comment beside each assertion. */
#include <math.h>
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

#include <calfcare.h>

#include "suites.h"

#define EPS 1e-9

/* Build a shoes input from "name", "text" pairs (NULL-terminated) and advise. Setting a field
 * must succeed (invalid values are tested separately). */
static calfcare_status advise(calfcare_shoes_advice *out, calfcare_error *err, ...)
{
    calfcare_input in;
    va_list ap;
    const char *name;
    ck_assert_int_eq(calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_SHOES, err), CALFCARE_OK);
    va_start(ap, err);
    while ((name = va_arg(ap, const char *)) != NULL) {
        const char *text = va_arg(ap, const char *);
        int id = calfcare_input_find(CALFCARE_INPUT_SCHEMA_SHOES, name);
        ck_assert_msg(id >= 0, "no field %s", name);
        ck_assert_msg(calfcare_input_set_text(&in, id, text, err) == CALFCARE_OK, "setting %s=%s: %s", name, text,
                      err ? err->message : "");
    }
    va_end(ap);
    return calfcare_shoes_advise(&in, out, err);
}

/* Index of the first advice item with code, or -1. */
static int find(const calfcare_shoes_advice *a, int code)
{
    size_t i;
    for (i = 0; i < a->advice_count; i++)
        if (a->advice[i].code == code)
            return (int)i;
    return -1;
}

static int has(const calfcare_shoes_advice *a, int code)
{
    return find(a, code) >= 0;
}

static const char *text_of(const calfcare_shoes_advice *a, int code)
{
    int i = find(a, code);
    ck_assert_msg(i >= 0, "advice %d missing", code);
    return a->advice[i].text;
}

/* ---- size -------------------------------------------------------------------------------- */

START_TEST(test_size_hand_worked)
{
    calfcare_shoes_size_result s;
    calfcare_error err;

    /* 248 mm = 9.76378 in, x3 = 29.2913: US men 7.2913 -> nearest half 7.5, US women 8.7913 -> 9,
     * UK 6.2913 -> 6.5; EU (248 + 15) x 3/20 = 39.45 -> up to 39.5; Mondopoint 248 -> 250.
     * Fits: US men (7.5 + 0.25 + 22)/3 = 9.91667 in = 251.883 mm (UK and US women's the same line);
     * EU 39.5 x 20/3 - 15 = 248.333 mm. */
    ck_assert_int_eq(calfcare_shoes_size(248, 10, &s, &err), CALFCARE_OK);
    ck_assert_double_eq_tol(s.last_mm, 258, EPS);
    ck_assert_double_eq_tol(s.eu, 39.5, EPS);
    ck_assert_double_eq_tol(s.uk, 6.5, EPS);
    ck_assert_double_eq_tol(s.us_men, 7.5, EPS);
    ck_assert_double_eq_tol(s.us_women, 9, EPS);
    ck_assert_double_eq_tol(s.mondopoint_mm, 250, EPS);
    ck_assert_double_eq_tol(s.us_men_fits_mm, 251.883333333, 1e-6);
    ck_assert_double_eq_tol(s.us_women_fits_mm, 251.883333333, 1e-6);
    ck_assert_double_eq_tol(s.uk_fits_mm, 251.883333333, 1e-6);
    ck_assert_double_eq_tol(s.eu_fits_mm, 248.333333333, 1e-6);

    /* 254 mm = 10 in exactly: US men 30 - 22 = 8, US women 9.5, UK 7; EU 269 x 0.15 = 40.35 -> 40.5;
     * Mondopoint 255; US men fits (8.25 + 22)/3 = 10.08333 in = 256.117 mm. */
    ck_assert_int_eq(calfcare_shoes_size(254, 10, &s, &err), CALFCARE_OK);
    ck_assert_double_eq_tol(s.us_men, 8, EPS);
    ck_assert_double_eq_tol(s.us_women, 9.5, EPS);
    ck_assert_double_eq_tol(s.uk, 7, EPS);
    ck_assert_double_eq_tol(s.eu, 40.5, EPS);
    ck_assert_double_eq_tol(s.mondopoint_mm, 255, EPS);
    ck_assert_double_eq_tol(s.us_men_fits_mm, 256.116666667, 1e-6);

    /* On the line between 7 and 7.5: 3 x in - 22 = 7.25 at 29.25/3 = 9.75 in = 247.65 mm: the
     * larger (7.5); 0.01 mm shorter gives 7. */
    ck_assert_int_eq(calfcare_shoes_size(247.65, 10, &s, &err), CALFCARE_OK);
    ck_assert_double_eq_tol(s.us_men, 7.5, EPS);
    ck_assert_int_eq(calfcare_shoes_size(247.64, 10, &s, &err), CALFCARE_OK);
    ck_assert_double_eq_tol(s.us_men, 7, EPS);

    /* EU exact step: (255 + 15) x 3/20 = 40.5 exactly stays 40.5 (not 41). */
    ck_assert_int_eq(calfcare_shoes_size(255, 10, &s, &err), CALFCARE_OK);
    ck_assert_double_eq_tol(s.eu, 40.5, EPS);

    /* toe room 15: sized as 235 + 5 = 240 mm = 9.44882 in, x3 = 28.3465: US men 6.3465 -> 6.5,
     * US women 7.8465 -> 8, UK 5.3465 -> 5.5; EU (240 + 15) x 0.15 = 38.25 -> 38.5; Mondopoint 240. */
    ck_assert_int_eq(calfcare_shoes_size(235, 15, &s, &err), CALFCARE_OK);
    ck_assert_double_eq_tol(s.toe_room_mm, 15, EPS);
    ck_assert_double_eq_tol(s.last_mm, 250, EPS);
    ck_assert_double_eq_tol(s.us_men, 6.5, EPS);
    ck_assert_double_eq_tol(s.us_women, 8, EPS);
    ck_assert_double_eq_tol(s.uk, 5.5, EPS);
    ck_assert_double_eq_tol(s.eu, 38.5, EPS);
    ck_assert_double_eq_tol(s.mondopoint_mm, 240, EPS);

    /* 200 mm: x3 in = 23.622: US men 1.622 -> 1.5, US women 3.122 -> 3, UK 0.622 -> 0.5 below 1 -> NaN
     * (and its fit NaN); EU 215 x 0.15 = 32.25 -> 32.5. */
    ck_assert_int_eq(calfcare_shoes_size(200, 10, &s, &err), CALFCARE_OK);
    ck_assert_double_eq_tol(s.eu, 32.5, EPS);
    ck_assert(isnan(s.uk) && isnan(s.uk_fits_mm));
    ck_assert_double_eq_tol(s.us_men, 1.5, EPS);
    ck_assert_double_eq_tol(s.us_women, 3, EPS);
    /* 180 mm: x3 in = 21.2598: US men -0.74 and UK -1.74 NaN; US women 0.7598 -> 1 (size 1 is
     * adult); EU 195 x 0.15 = 29.25 -> 29.5 */
    ck_assert_int_eq(calfcare_shoes_size(180, 10, &s, &err), CALFCARE_OK);
    ck_assert_double_eq_tol(s.eu, 29.5, EPS);
    ck_assert(isnan(s.uk) && isnan(s.us_men));
    ck_assert_double_eq_tol(s.us_women, 1, EPS);
    /* 350 + 5 (room 15) = 355 mm = 13.97638 in, x3 = 41.9291: US men 19.93 -> 20, UK 18.93 -> 19,
     * US women 21.43 -> 21.5; EU 370 x 3/20 = 55.5 exactly */
    ck_assert_int_eq(calfcare_shoes_size(350, 15, &s, &err), CALFCARE_OK);
    ck_assert_double_eq_tol(s.eu, 55.5, EPS);
    ck_assert_double_eq_tol(s.uk, 19, EPS);
    ck_assert_double_eq_tol(s.us_men, 20, EPS);
    ck_assert_double_eq_tol(s.us_women, 21.5, EPS);
}
END_TEST

START_TEST(test_between_sizes)
{
    calfcare_shoes_advice a;
    calfcare_error err;
    /* 248 mm: the 7/7.5 line is 247.65 mm (see above): 0.35 mm over -> value 0.4, choose 7.5. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "248", NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_R_BETWEEN_SIZES)].value, 0.4, EPS);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_BETWEEN_SIZES), "US men's 7 and 7.5: choose 7.5"));
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_BETWEEN_SIZES), "running socks"));
    /* women's last: line 8.5/9 at (8.75 + 20.5)/3 = 9.75 in, the same 247.65 mm */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "248", "sex", "female", NULL), CALFCARE_OK);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_BETWEEN_SIZES), "US women's 8.5 and 9: choose 9"));
    /* 251 mm: US men 3 x 9.88189 - 22 = 7.6457 -> 7.5; the 7.5/8 line (7.75 + 22)/3 in = 251.883 mm
     * is 0.883 mm above: between, value -0.9, choose 8. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "251", NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(a.size.us_men, 7.5, EPS);
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_R_BETWEEN_SIZES)].value, -0.9, EPS);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_BETWEEN_SIZES), "7.5 and 8: choose 8"));
    /* 262 mm: 8.945 -> 9; lines 260.35 (1.65 below) and 264.58 (2.58 above): not between */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "262", NULL), CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_R_BETWEEN_SIZES));
}
END_TEST

/* ---- brand charts ------------------------------------------------------------------------ */

/* The published charts, copied by hand from the pages named in docs/shoes.md: US, UK, EU, foot mm. */
static const double nike_men_rows[][4] = {
    {6, 5.5, 38.5, 240}, {6.5, 6, 39, 245},       {7, 6, 40, 250},      {7.5, 6.5, 40.5, 255},
    {8, 7, 41, 260},     {8.5, 7.5, 42, 265},     {9, 8, 42.5, 270},    {9.5, 8.5, 43, 275},
    {10, 9, 44, 280},    {10.5, 9.5, 44.5, 285},  {11, 10, 45, 290},    {11.5, 10.5, 45.5, 295}};
static const double new_balance_men_rows[][4] = {
    {7, 6.5, 40, 241},   {7.5, 7, 40.5, 248},     {8, 7.5, 41.5, 251},  {8.5, 8, 42, 254},
    {9, 8.5, 42.5, 260}, {9.5, 9, 43, 264},       {10, 9.5, 44, 267},   {10.5, 10, 44.5, 273},
    {11, 10.5, 45, 276}, {11.5, 11, 45.5, 279},   {12, 11.5, 46.5, 286}, {13, 12.5, 47.5, 292}};

static void check_chart(int brand, const double (*rows)[4], size_t n, const char *name, const char *source)
{
    calfcare_shoes_chart info;
    calfcare_shoes_chart_entry r;
    calfcare_shoes_brand_size_result b;
    calfcare_error err;
    size_t i;
    ck_assert_int_eq(calfcare_shoes_chart_info(brand, CALFCARE_SEX_MALE, &info, &err), CALFCARE_OK);
    ck_assert_str_eq(info.name, name);
    ck_assert_str_eq(calfcare_shoes_brand_name(brand), name);
    ck_assert_str_eq(info.source, source);
    ck_assert_str_eq(info.read_on, "2026-12-02");
    ck_assert_int_eq(info.sex, CALFCARE_SEX_MALE);
    ck_assert_uint_eq(info.row_count, n);
    for (i = 0; i < n; i++) {
        ck_assert_int_eq(calfcare_shoes_chart_row(brand, CALFCARE_SEX_MALE, i, &r, &err), CALFCARE_OK);
        ck_assert_double_eq_tol(r.us, rows[i][0], EPS);
        ck_assert_double_eq_tol(r.uk, rows[i][1], EPS);
        ck_assert_double_eq_tol(r.eu, rows[i][2], EPS);
        ck_assert_double_eq_tol(r.foot_mm, rows[i][3], EPS);
        /* a foot exactly the row's length gets that row; 0.5 mm longer gets the next row */
        ck_assert_int_eq(calfcare_shoes_brand_size(brand, CALFCARE_SEX_MALE, rows[i][3], 10, &b, &err),
                         CALFCARE_OK);
        ck_assert_int_eq(b.in_chart, 1);
        ck_assert_double_eq_tol(b.us, rows[i][0], EPS);
        ck_assert_double_eq_tol(b.uk, rows[i][1], EPS);
        ck_assert_double_eq_tol(b.eu, rows[i][2], EPS);
        ck_assert_double_eq_tol(b.fits_up_to_mm, rows[i][3], EPS);
        if (i == 0)
            ck_assert(isnan(b.smaller_fits_up_to_mm));
        else
            ck_assert_double_eq_tol(b.smaller_fits_up_to_mm, rows[i - 1][3], EPS);
        ck_assert_int_eq(calfcare_shoes_brand_size(brand, CALFCARE_SEX_MALE, rows[i][3] + 0.5, 10, &b, &err),
                         CALFCARE_OK);
        if (i + 1 < n) {
            ck_assert_int_eq(b.in_chart, 1);
            ck_assert_double_eq_tol(b.us, rows[i + 1][0], EPS);
        } else { /* longer than the largest row: outside */
            ck_assert_int_eq(b.in_chart, 0);
            ck_assert(isnan(b.us) && isnan(b.uk) && isnan(b.eu) && isnan(b.fits_up_to_mm));
        }
    }
    ck_assert_int_eq(calfcare_shoes_chart_row(brand, CALFCARE_SEX_MALE, n, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "row");
    /* cross-check of the chart as shipped: US, EU and foot length rise at every row, UK never
     * falls, and over the whole chart the foot length rises 8-11 mm per US size (the Brannock
     * scale: 8.47 mm). By hand: Nike (295 - 240) / (11.5 - 6) = 10.0, New Balance
     * (292 - 241) / (13 - 7) = 8.5. A mistyped row (24.1 read as 21.4) fails here. */
    for (i = 1; i < n; i++) {
        calfcare_shoes_chart_entry prev;
        ck_assert_int_eq(calfcare_shoes_chart_row(brand, CALFCARE_SEX_MALE, i - 1, &prev, &err), CALFCARE_OK);
        ck_assert_int_eq(calfcare_shoes_chart_row(brand, CALFCARE_SEX_MALE, i, &r, &err), CALFCARE_OK);
        ck_assert(r.us > prev.us && r.eu > prev.eu && r.foot_mm > prev.foot_mm && r.uk >= prev.uk);
    }
    {
        double rise = (rows[n - 1][3] - rows[0][3]) / (rows[n - 1][0] - rows[0][0]);
        ck_assert_msg(rise >= 8 && rise <= 11, "%s: %g mm per US size", name, rise);
    }
    /* below the smallest row: up to one step (5 mm) shorter still gets it, 5 mm shorter is outside */
    ck_assert_int_eq(calfcare_shoes_brand_size(brand, -1, rows[0][3] - 4.9, 10, &b, &err), CALFCARE_OK);
    ck_assert_int_eq(b.in_chart, 1);
    ck_assert_double_eq_tol(b.us, rows[0][0], EPS);
    ck_assert_int_eq(calfcare_shoes_brand_size(brand, -1, rows[0][3] - 5, 10, &b, &err), CALFCARE_OK);
    ck_assert_int_eq(b.in_chart, 0);
    /* toe room 15 sizes a foot 5 mm longer: the row of (row 1 length - 5) is row 1 */
    ck_assert_int_eq(calfcare_shoes_brand_size(brand, CALFCARE_SEX_MALE, rows[1][3] - 5, 15, &b, &err),
                     CALFCARE_OK);
    ck_assert_double_eq_tol(b.us, rows[1][0], EPS);
}

START_TEST(test_brand_charts_row_by_row)
{
    check_chart(CALFCARE_SHOES_BRAND_NIKE, nike_men_rows, sizeof nike_men_rows / sizeof nike_men_rows[0], "nike",
                "https://visualfoodie.com/the-ultimate-nike-mens-shoe-sizing-chart");
    check_chart(CALFCARE_SHOES_BRAND_NEW_BALANCE, new_balance_men_rows,
                sizeof new_balance_men_rows / sizeof new_balance_men_rows[0], "new_balance",
                "https://winenfood.com/a-guide-to-the-new-balance-shoe-size-chart");
}
END_TEST

START_TEST(test_brand_invalid)
{
    calfcare_shoes_brand_size_result b;
    calfcare_shoes_chart info;
    calfcare_shoes_chart_entry r;
    calfcare_error err;
    ck_assert_int_eq(calfcare_shoes_brand_size(CALFCARE_SHOES_BRAND_COUNT, 1, 260, 10, &b, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "brand");
    ck_assert_ptr_nonnull(strstr(err.message, "nike, new_balance"));
    ck_assert_int_eq(calfcare_shoes_brand_size(-1, 1, 260, 10, &b, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "brand");
    ck_assert_int_eq(calfcare_shoes_brand_size(0, 2, 260, 10, &b, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "sex");
    ck_assert_int_eq(calfcare_shoes_brand_size(0, 1, 149, 10, &b, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "foot_length_mm");
    ck_assert_int_eq(calfcare_shoes_brand_size(0, 1, 260, 16, &b, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "toe_room_mm");
    ck_assert_int_eq(calfcare_shoes_brand_size(0, 1, 260, 10, NULL, &err), CALFCARE_E_NULL);
    /* no women's chart is shipped: asking for one names "sex" */
    ck_assert_int_eq(calfcare_shoes_chart_info(0, CALFCARE_SEX_FEMALE, &info, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "sex");
    ck_assert_int_eq(calfcare_shoes_chart_row(1, CALFCARE_SEX_FEMALE, 0, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "sex");
    ck_assert_int_eq(calfcare_shoes_chart_info(2, 1, &info, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "brand");
    ck_assert_int_eq(calfcare_shoes_chart_info(0, 1, NULL, &err), CALFCARE_E_NULL);
    ck_assert_str_eq(calfcare_shoes_brand_name(2), "unknown");
    /* a women's foot reads the men's chart and says so */
    ck_assert_int_eq(calfcare_shoes_brand_size(0, CALFCARE_SEX_FEMALE, 248, 10, &b, &err), CALFCARE_OK);
    ck_assert_int_eq(b.sex, CALFCARE_SEX_MALE);
}
END_TEST

START_TEST(test_advise_brand)
{
    calfcare_shoes_advice a;
    calfcare_error err;
    /* no brand: brand -1, NaN sizes, no brand advice */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "266", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.brand_size.brand, -1);
    ck_assert(isnan(a.brand_size.us));
    ck_assert(!has(&a, CALFCARE_SHOES_R_BRAND_SIZE));
    /* 266 mm, Nike men's: first row >= 266 is 270 mm (US 9, UK 8, EU 42.5); the one before 265 mm */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "266", "sex", "male", "brand", "nike", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.brand_size.brand, CALFCARE_SHOES_BRAND_NIKE);
    ck_assert_double_eq_tol(a.brand_size.us, 9, EPS);
    ck_assert_double_eq_tol(a.brand_size.eu, 42.5, EPS);
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_R_BRAND_SIZE)].value, 270, EPS);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_BRAND_SIZE),
                                 "Nike men's shoe size chart: US 9, UK 8, EU 42.5 (fits feet up to 270 mm"));
    ck_assert(!has(&a, CALFCARE_SHOES_R_BRAND_MEN_ONLY));
    /* New Balance: first row >= 266 is 267 mm (US 10, UK 9.5, EU 44) */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "266", "brand", "new_balance", NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(a.brand_size.us, 10, EPS);
    ck_assert_double_eq_tol(a.brand_size.uk, 9.5, EPS);
    ck_assert_double_eq_tol(a.brand_size.eu, 44, EPS);
    /* female: the men's chart, with a note */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "245,248", "sex", "female", "brand", "nike", NULL),
                     CALFCARE_OK);
    ck_assert(has(&a, CALFCARE_SHOES_R_BRAND_MEN_ONLY));
    ck_assert_double_eq_tol(a.brand_size.us, 7, EPS); /* 248 -> the 250 mm row */
    /* 300 mm is longer than Nike's largest row (295): outside, no size */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "300", "brand", "nike", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.brand_size.in_chart, 0);
    ck_assert(has(&a, CALFCARE_SHOES_R_BRAND_OUTSIDE));
    ck_assert(!has(&a, CALFCARE_SHOES_R_BRAND_SIZE));
}
END_TEST

/* Median of the shipped men's charts that cover a foot (NaN when none), column col. */
static double chart_median(double foot, int col)
{
    const double (*charts[2])[4] = {nike_men_rows, new_balance_men_rows};
    const size_t n[2] = {12, 12};
    double v[2];
    int k, m = 0;
    for (k = 0; k < 2; k++) {
        size_t i;
        if (foot <= charts[k][0][3] - 5 || foot > charts[k][n[k] - 1][3])
            continue;
        for (i = 0; i < n[k]; i++)
            if (foot <= charts[k][i][3]) {
                v[m++] = charts[k][i][col];
                break;
            }
    }
    return m == 0 ? NAN : m == 1 ? v[0] : (v[0] + v[1]) / 2;
}

START_TEST(test_generic_within_goal_of_chart_median)
{
    /* Goal: generic US and UK within 1/2 size, EU within 1, of the median of the shipped charts,
     * every 5 mm from 220 to 300. Only men's charts are shipped; they cover 236-295 mm (Nike
     * 240-295, New Balance 237-292). Measured: the goal holds at every covered 5 mm point except
     * 295 mm, where only Nike's chart covers and it is 1.5 sizes below the Brannock scale
     * (US 11.5 / UK 10.5 vs 13 / 12): Nike's chart rises 10 mm per US size, not 8.47, and no other
     * chart covering 295 mm was found. 220-235 and 300 mm: no shipped chart, nothing to compare.
     * Women: no women's chart was found, so there is nothing to compare (docs/shoes.md). */
    double foot;
    for (foot = 220; foot <= 300; foot += 5) {
        calfcare_shoes_size_result s;
        double us = chart_median(foot, 0), uk = chart_median(foot, 1), eu = chart_median(foot, 2);
        int ok;
        ck_assert_int_eq(calfcare_shoes_size(foot, 10, &s, NULL), CALFCARE_OK);
        if (isnan(us)) {
            ck_assert(foot < 236 || foot > 295);
            continue;
        }
        ok = fabs(s.us_men - us) <= 0.5 && fabs(s.uk - uk) <= 0.5 && fabs(s.eu - eu) <= 1.0;
        ck_assert_msg(ok == (foot != 295), "%g mm: US %g vs %g, UK %g vs %g, EU %g vs %g", foot, s.us_men, us,
                      s.uk, uk, s.eu, eu);
    }
}
END_TEST

START_TEST(test_advise_child_sizes)
{
    calfcare_shoes_advice a;
    calfcare_error err;
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "180", NULL), CALFCARE_OK);
    ck_assert(has(&a, CALFCARE_SHOES_R_CHILD_SIZES));
    /* the size sentence leaves out the systems without a size */
    ck_assert_ptr_null(strstr(text_of(&a, CALFCARE_SHOES_R_SIZE_LONGER_FOOT), "UK"));
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_SIZE_LONGER_FOOT), "EU 29.5, US women's 1."));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "248", NULL), CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_R_CHILD_SIZES));
}
END_TEST

START_TEST(test_size_invalid)
{
    calfcare_shoes_size_result s;
    calfcare_error err;
    ck_assert_int_eq(calfcare_shoes_size(149.9, 10, &s, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "foot_length_mm");
    ck_assert_int_eq(calfcare_shoes_size(350.1, 10, &s, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "foot_length_mm");
    ck_assert_int_eq(calfcare_shoes_size(NAN, 10, &s, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "foot_length_mm");
    ck_assert_int_eq(calfcare_shoes_size(250, 9.9, &s, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "toe_room_mm");
    ck_assert_int_eq(calfcare_shoes_size(250, 15.1, &s, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "toe_room_mm");
    ck_assert_int_eq(calfcare_shoes_size(250, INFINITY, &s, NULL), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_shoes_size(250, 10, NULL, &err), CALFCARE_E_NULL);
}
END_TEST

START_TEST(test_advise_size_from_longer_foot)
{
    calfcare_shoes_advice a;
    calfcare_error err;
    /* Left 245, right 248: the longer (right) foot sets the size, as in test_size_hand_worked. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "245,248", NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(a.size.foot_mm, 248, EPS);
    ck_assert_double_eq_tol(a.size.toe_room_mm, CALFCARE_SHOES_DEFAULT_TOE_ROOM_MM, EPS);
    ck_assert_double_eq_tol(a.size.eu, 39.5, EPS);
    ck_assert_int_eq(a.advice[0].code, CALFCARE_SHOES_R_SIZE_LONGER_FOOT);
    ck_assert_double_eq_tol(a.advice[0].value, 248, EPS);
    ck_assert_ptr_nonnull(strstr(a.advice[0].text, "(248 mm): Mondopoint 250, EU 39.5, UK 6.5, US men's 7.5, "
                                                   "US women's 9."));
    /* 248 - 245 = 3 mm, right foot longer */
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_R_FEET_DIFFER)].value, 3, EPS);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_FEET_DIFFER), "right foot is 3 mm"));
    ck_assert(has(&a, CALFCARE_SHOES_R_BRANDS_DIFFER));

    /* Left longer this time; equal feet give no "differ" item. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250,246", NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(a.size.foot_mm, 250, EPS);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_FEET_DIFFER), "left foot is 4 mm"));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250,250", NULL), CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_R_FEET_DIFFER));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250", NULL), CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_R_FEET_DIFFER));

    /* toe_room_mm 15: sized as 240 -> EU 38.5, and the sentence says why */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "235", "toe_room_mm", "15", NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(a.size.eu, 38.5, EPS);
    ck_assert_ptr_nonnull(strstr(a.advice[0].text, "(235 mm, sized 5 mm longer for more toe room)"));
}
END_TEST

/* ---- width ------------------------------------------------------------------------------- */

START_TEST(test_width_class_boundaries)
{
    calfcare_shoes_advice a;
    calfcare_error err;

    /* 250 mm foot, women's last: 3 x 9.84252 in - 20.5 = 9.03 -> US women's 9; the width chart's B
     * at 9 is 3 11/16 in = 93.6625 mm: wide from + 3/16 in = 98.425 mm, extra wide from + 9/16 in
     * = 107.95 mm. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250", "foot_width_mm", "98.42", "sex", "female", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.width, CALFCARE_SHOES_WIDTH_STANDARD);
    ck_assert_int_eq(a.width_from_chart, 1);
    ck_assert_double_eq_tol(a.width_wide_from_mm, 98.425, 1e-9);
    ck_assert_double_eq_tol(a.width_extra_wide_from_mm, 107.95, 1e-9);
    ck_assert_double_eq_tol(a.width_ratio, 98.42 / 250, EPS);
    ck_assert(has(&a, CALFCARE_SHOES_R_WIDTH_STANDARD));
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_WIDTH_STANDARD),
                                 "wide from 98.4 mm, extra wide from 108 mm at this size: standard width, B on a "
                                 "women's last."));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250", "foot_width_mm", "98.43", "sex", "female", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.width, CALFCARE_SHOES_WIDTH_WIDE);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_WIDTH_WIDE), "D on a women's last"));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250", "foot_width_mm", "107.94", "sex", "female", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.width, CALFCARE_SHOES_WIDTH_WIDE);
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250", "foot_width_mm", "107.96", "sex", "female", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.width, CALFCARE_SHOES_WIDTH_EXTRA_WIDE);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_WIDTH_EXTRA_WIDE), "2E on a women's last"));

    /* men's last: 3 x 9.84252 - 22 = 7.53 -> US men's 7.5; the chart's D at 7.5 is 3 11/16 in, the
     * same 93.6625 mm: 100 mm is wide (2E), 110 mm extra wide (4E). */    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250", "foot_width_mm", "100", "sex", "male", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.width, CALFCARE_SHOES_WIDTH_WIDE);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_WIDTH_WIDE), "2E on a men's last"));

    /* sex unknown: no chart, the ratios: 109.9/250 = 0.4396 < 0.44 wide */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250", "foot_width_mm", "109.9", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.width, CALFCARE_SHOES_WIDTH_WIDE);
    ck_assert_int_eq(a.sex, -1);
    ck_assert_int_eq(a.width_from_chart, 0);
    ck_assert_double_eq_tol(a.width_wide_from_mm, 100, 1e-9);          /* 0.40 x 250 */
    ck_assert_double_eq_tol(a.width_extra_wide_from_mm, 110, 1e-9);    /* 0.44 x 250 */
    /* sex unknown: both meanings given */
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_WIDTH_WIDE), "women's D, men's 2E"));

    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250", "foot_width_mm", "110", "sex", "male", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.width, CALFCARE_SHOES_WIDTH_EXTRA_WIDE);
    ck_assert(has(&a, CALFCARE_SHOES_R_WIDTH_EXTRA_WIDE));
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_WIDTH_EXTRA_WIDE), "44% of its length"));

    /* The ratio uses the longer foot: 98/245 = 0.4 would be wide, 98/250 = 0.392 is standard. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "245,250", "foot_width_mm", "98", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.width, CALFCARE_SHOES_WIDTH_STANDARD);
    ck_assert_double_eq_tol(a.width_ratio, 0.392, EPS);

    /* No width: unknown, NaN ratio, no width item. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.width, CALFCARE_SHOES_WIDTH_UNKNOWN);
    ck_assert(isnan(a.width_ratio));
    ck_assert(!has(&a, CALFCARE_SHOES_R_WIDTH_STANDARD));
}
END_TEST

/* The published width chart (standard width, sixteenths of an inch, by US size), copied by hand
 * from the page named in docs/shoes.md: men's D and women's B. */
static const double men_d_rows[][2] = {{6, 56},    {6.5, 58},  {7, 58},  {7.5, 59},  {8, 60},  {8.5, 60},
                                       {9, 63},    {9.5, 63},  {10, 64}, {10.5, 66}, {11, 66}, {11.5, 67},
                                       {12, 69},   {12.5, 69}, {13, 69}, {13.5, 70}};
static const double women_b_rows[][2] = {{5, 51},   {5.5, 52}, {6, 53},  {6.5, 54},  {7, 55},   {7.5, 56},
                                         {8, 57},   {8.5, 58}, {9, 59},  {9.5, 60},  {10, 60},  {10.5, 62},
                                         {11, 63},  {12, 65}};

static void check_width_row(const char *sex, double us, double zero, double sixteenths)
{
    calfcare_shoes_advice a;
    calfcare_error err;
    char foot[32], narrow[32], wide[32];
    /* the foot on the size's own Brannock line: (us + zero) / 3 in */
    double foot_mm = (us + zero) / 3.0 * 25.4, std = sixteenths / 16.0 * 25.4;
    snprintf(foot, sizeof foot, "%.6f", foot_mm);
    snprintf(narrow, sizeof narrow, "%.6f", std + 4.7625 - 0.01);
    snprintf(wide, sizeof wide, "%.6f", std + 4.7625 + 0.01);
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", foot, "sex", sex, "foot_width_mm", narrow, NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(strcmp(sex, "male") == 0 ? a.size.us_men : a.size.us_women, us, EPS);
    ck_assert_int_eq(a.width_from_chart, 1);
    ck_assert_double_eq_tol(a.width_wide_from_mm, std + 4.7625, 1e-9);
    ck_assert_double_eq_tol(a.width_extra_wide_from_mm, std + 3 * 4.7625, 1e-9);
    ck_assert_int_eq(a.width, CALFCARE_SHOES_WIDTH_STANDARD);
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", foot, "sex", sex, "foot_width_mm", wide, NULL), CALFCARE_OK);
    ck_assert_int_eq(a.width, CALFCARE_SHOES_WIDTH_WIDE);
}

START_TEST(test_width_chart_row_by_row)
{
    calfcare_shoes_advice a;
    calfcare_error err;
    size_t i;
    for (i = 0; i < sizeof men_d_rows / sizeof men_d_rows[0]; i++)
        check_width_row("male", men_d_rows[i][0], 22, men_d_rows[i][1]);
    for (i = 0; i < sizeof women_b_rows / sizeof women_b_rows[0]; i++)
        check_width_row("female", women_b_rows[i][0], 20.5, women_b_rows[i][1]);
    /* women's 11.5 is not in the chart: halfway between 11 (63/16) and 12 (65/16) = 4 in = 101.6 mm */
    check_width_row("female", 11.5, 20.5, 64);
    /* outside the chart: women's 12.5 (280 mm: 3 x 11.0236 - 20.5 = 12.57) and men's 4 (220 mm:
     * 3 x 8.6614 - 22 = 3.98): the ratios, 0.40 and 0.44 of the length */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "280", "sex", "female", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.width_from_chart, 0);
    ck_assert_double_eq_tol(a.width_wide_from_mm, 112, 1e-9);
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "220", "sex", "male", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.width_from_chart, 0);
    ck_assert_double_eq_tol(a.width_extra_wide_from_mm, 96.8, 1e-9);
}
END_TEST

START_TEST(test_width_against_length)
{
    calfcare_shoes_advice a;
    calfcare_error err;
    /* Accepted 25%..55% of 250 mm = 62.5..137.5 mm, both ends inclusive. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250", "foot_width_mm", "62.5", NULL), CALFCARE_OK);
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250", "foot_width_mm", "137.5", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.width, CALFCARE_SHOES_WIDTH_EXTRA_WIDE);
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250", "foot_width_mm", "137.6", NULL), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "foot_width_mm");
    ck_assert_double_eq_tol(err.max, 137.5, EPS);
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250", "foot_width_mm", "62.4", NULL), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "foot_width_mm");
    ck_assert_double_eq_tol(err.min, 62.5, EPS);
    ck_assert_ptr_nonnull(strstr(err.message, "narrow"));
    /* A foot wider than it is long: 190 mm wide, 180 mm long (each value alone is in range).
     * 0.25*180 = 45, 0.55*180 = 99. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "180", "foot_width_mm", "190", NULL), CALFCARE_E_INVALID);
    ck_assert_int_eq(err.status, CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "foot_width_mm");
    ck_assert_double_eq_tol(err.value, 190, EPS);
    ck_assert_double_eq_tol(err.min, 45, EPS);
    ck_assert_double_eq_tol(err.max, 99, EPS);
    ck_assert_ptr_nonnull(strstr(err.message, "foot_width_mm: 190 is outside"));
    ck_assert_ptr_nonnull(strstr(err.message, "for a foot 180 mm long"));
    /* err may be NULL */
    ck_assert_int_eq(advise(&a, NULL, "foot_length_mm", "180", "foot_width_mm", "190", NULL), CALFCARE_E_INVALID);
}
END_TEST

START_TEST(test_width_letters_and_names)
{
    ck_assert_str_eq(calfcare_shoes_width_letter(CALFCARE_SHOES_WIDTH_STANDARD, CALFCARE_SEX_FEMALE), "B");
    ck_assert_str_eq(calfcare_shoes_width_letter(CALFCARE_SHOES_WIDTH_WIDE, CALFCARE_SEX_FEMALE), "D");
    ck_assert_str_eq(calfcare_shoes_width_letter(CALFCARE_SHOES_WIDTH_EXTRA_WIDE, CALFCARE_SEX_FEMALE), "2E");
    ck_assert_str_eq(calfcare_shoes_width_letter(CALFCARE_SHOES_WIDTH_STANDARD, CALFCARE_SEX_MALE), "D");
    ck_assert_str_eq(calfcare_shoes_width_letter(CALFCARE_SHOES_WIDTH_WIDE, CALFCARE_SEX_MALE), "2E");
    ck_assert_str_eq(calfcare_shoes_width_letter(CALFCARE_SHOES_WIDTH_EXTRA_WIDE, CALFCARE_SEX_MALE), "4E");
    ck_assert_str_eq(calfcare_shoes_width_letter(CALFCARE_SHOES_WIDTH_UNKNOWN, CALFCARE_SEX_MALE), "");
    ck_assert_str_eq(calfcare_shoes_width_letter(CALFCARE_SHOES_WIDTH_WIDE, -1), "");
    ck_assert_str_eq(calfcare_shoes_width_letter(CALFCARE_SHOES_WIDTH_WIDE, 2), "");
    ck_assert_str_eq(calfcare_shoes_width_letter(4, 0), "");
    ck_assert_str_eq(calfcare_shoes_width_name(CALFCARE_SHOES_WIDTH_UNKNOWN), "unknown");
    ck_assert_str_eq(calfcare_shoes_width_name(CALFCARE_SHOES_WIDTH_STANDARD), "standard");
    ck_assert_str_eq(calfcare_shoes_width_name(CALFCARE_SHOES_WIDTH_WIDE), "wide");
    ck_assert_str_eq(calfcare_shoes_width_name(CALFCARE_SHOES_WIDTH_EXTRA_WIDE), "extra_wide");
    ck_assert_str_eq(calfcare_shoes_width_name(-1), "unknown");
    ck_assert_str_eq(calfcare_shoes_width_name(4), "unknown");
    ck_assert_str_eq(calfcare_shoes_category_name(CALFCARE_SHOES_CATEGORY_NEUTRAL), "neutral");
    ck_assert_str_eq(calfcare_shoes_category_name(CALFCARE_SHOES_CATEGORY_NEUTRAL_CUSHIONED), "neutral_cushioned");
    ck_assert_str_eq(calfcare_shoes_category_name(0), "unknown");
    ck_assert_str_eq(calfcare_shoes_drop_name(CALFCARE_SHOES_DROP_NONE), "none");
    ck_assert_str_eq(calfcare_shoes_drop_name(CALFCARE_SHOES_DROP_OK), "ok");
    ck_assert_str_eq(calfcare_shoes_drop_name(CALFCARE_SHOES_DROP_TRANSITION), "transition");
    ck_assert_str_eq(calfcare_shoes_drop_name(CALFCARE_SHOES_DROP_DO_NOT_LOWER), "do_not_lower");
    ck_assert_str_eq(calfcare_shoes_drop_name(4), "unknown");
    ck_assert_str_eq(calfcare_shoes_drop_name(-1), "unknown");
}
END_TEST

/* ---- category ---------------------------------------------------------------------------- */

START_TEST(test_category_comfort_first)
{
    calfcare_shoes_advice a;
    calfcare_error err;
    /* Overpronation with a low arch still gives a neutral shoe chosen by comfort, and says why. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "pronation", "over", "arch", "low", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.category, CALFCARE_SHOES_CATEGORY_NEUTRAL);
    ck_assert(has(&a, CALFCARE_SHOES_R_COMFORT_FIRST));
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_PRONATION_REPORTED), "Overpronation"));
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_PRONATION_REPORTED), "not used to prescribe"));
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_ARCH_REPORTED), "low arch"));
    ck_assert(!has(&a, CALFCARE_SHOES_R_CUSHIONED_FOR_CALF));

    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "pronation", "under", NULL), CALFCARE_OK);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_PRONATION_REPORTED), "Underpronation"));
    ck_assert(!has(&a, CALFCARE_SHOES_R_ARCH_REPORTED));

    /* Nothing known: neutral, comfort first, no pronation item. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.category, CALFCARE_SHOES_CATEGORY_NEUTRAL);
    ck_assert(!has(&a, CALFCARE_SHOES_R_PRONATION_REPORTED));

    /* Calf pain: neutral_cushioned with its reason. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "calf_pain", "yes", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.category, CALFCARE_SHOES_CATEGORY_NEUTRAL_CUSHIONED);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_CUSHIONED_FOR_CALF), "calf pain"));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "calf_pain", "no", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.category, CALFCARE_SHOES_CATEGORY_NEUTRAL);
}
END_TEST

START_TEST(test_cushioning_flags)
{
    calfcare_shoes_advice a;
    calfcare_error err;
    /* firm + 71 kg: lighter (<= 71) -> both flags and the cushioned category */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "cushioning", "firm", "body_mass_kg", "71", NULL),
                     CALFCARE_OK);
    ck_assert(has(&a, CALFCARE_SHOES_R_FIRM_CUSHIONING));
    ck_assert(has(&a, CALFCARE_SHOES_R_FIRM_LIGHTER_RUNNER));
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_R_FIRM_LIGHTER_RUNNER)].value, 71, EPS);
    ck_assert_int_eq(a.category, CALFCARE_SHOES_CATEGORY_NEUTRAL_CUSHIONED);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_CUSHIONED_FOR_CALF), "lighter runner"));
    /* firm + 71.1 kg: flagged, not "lighter", category neutral */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "cushioning", "firm", "body_mass_kg", "71.1", NULL),
                     CALFCARE_OK);
    ck_assert(has(&a, CALFCARE_SHOES_R_FIRM_CUSHIONING));
    ck_assert(!has(&a, CALFCARE_SHOES_R_FIRM_LIGHTER_RUNNER));
    ck_assert_int_eq(a.category, CALFCARE_SHOES_CATEGORY_NEUTRAL);
    /* firm, mass unknown: flagged only */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "cushioning", "firm", NULL), CALFCARE_OK);
    ck_assert(has(&a, CALFCARE_SHOES_R_FIRM_CUSHIONING));
    ck_assert(!has(&a, CALFCARE_SHOES_R_FIRM_LIGHTER_RUNNER));
    /* medium and soft: no flag, even for a light runner */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "cushioning", "medium", "body_mass_kg", "50", NULL),
                     CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_R_FIRM_CUSHIONING));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "cushioning", "soft", NULL), CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_R_FIRM_CUSHIONING));
}
END_TEST

/* ---- drop and transition plans ----------------------------------------------------------- */

START_TEST(test_drop_transition_4mm_plan)
{
    calfcare_shoes_advice a;
    calfcare_error err;
    /* 10 -> 6 mm: decrease 4 = threshold -> 2 x 4 = 8 weeks; share k/8 rounded half up:
     * 12.5->13, 25, 37.5->38, 50, 62.5->63, 75, 87.5->88, 100. km at 40 km/week: 40 x 13% = 5.2. */
    static const double share[8] = {13, 25, 38, 50, 63, 75, 88, 100};
    int k;
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "current_drop_mm", "10", "new_drop_mm", "6",
                            "weekly_km", "40", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_TRANSITION);
    ck_assert_double_eq_tol(a.drop_change_mm, -4, EPS);
    ck_assert_int_eq(a.transition_weeks, 8);
    ck_assert_uint_eq(a.plan_count, 8);
    for (k = 0; k < 8; k++) {
        ck_assert_int_eq(a.plan[k].week, k + 1);
        ck_assert_double_eq_tol(a.plan[k].share_pct, share[k], EPS);
        ck_assert_double_eq_tol(a.plan[k].km, 40 * share[k] / 100, EPS);
    }
    ck_assert_double_eq_tol(a.plan[0].km, 5.2, EPS);
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_R_DROP_TRANSITION)].value, 8, EPS);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_DROP_TRANSITION), "by 4 mm: move over 8 weeks"));
    ck_assert(isnan(a.minimalist_cap_km));
    ck_assert(!has(&a, CALFCARE_SHOES_R_MINIMALIST_CAP));

    /* weekly_km unknown: plan km is NaN */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "current_drop_mm", "10", "new_drop_mm", "6", NULL),
                     CALFCARE_OK);
    ck_assert(isnan(a.plan[0].km));
}
END_TEST

START_TEST(test_drop_small_and_raise)
{
    calfcare_shoes_advice a;
    calfcare_error err;
    /* 10 -> 6.1: decrease 3.9 < 4 -> ok, no plan */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "current_drop_mm", "10", "new_drop_mm", "6.1", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_OK);
    ck_assert_int_eq(a.transition_weeks, 0);
    ck_assert_uint_eq(a.plan_count, 0);
    ck_assert(has(&a, CALFCARE_SHOES_R_DROP_SMALL_CHANGE));
    /* 8 -> 10: raise, eases the calf */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "current_drop_mm", "8", "new_drop_mm", "10", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_OK);
    ck_assert_double_eq_tol(a.drop_change_mm, 2, EPS);
    ck_assert(has(&a, CALFCARE_SHOES_R_DROP_RAISE_EASES));
    /* same drop: ok, nothing to say */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "current_drop_mm", "8", "new_drop_mm", "8", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_R_DROP_RAISE_EASES));
    ck_assert(!has(&a, CALFCARE_SHOES_R_DROP_SMALL_CHANGE));
    /* new drop without the current one: none, and asks for it */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "new_drop_mm", "4", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_NONE);
    ck_assert(isnan(a.drop_change_mm));
    ck_assert(has(&a, CALFCARE_SHOES_R_DROP_NEEDS_CURRENT));
    /* nothing given */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_NONE);
    ck_assert_int_eq(a.transition_weeks, 0);
}
END_TEST

START_TEST(test_drop_weeks_scale_and_cap)
{
    calfcare_shoes_advice a;
    calfcare_error err;
    /* 12 -> 0: 2 x 12 = 24 weeks; week 1 = 100/24 = 4.17 -> 4; week 12 = 50; week 24 = 100 */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "current_drop_mm", "12", "new_drop_mm", "0", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.transition_weeks, 24);
    ck_assert_double_eq_tol(a.plan[0].share_pct, 4, EPS);
    ck_assert_double_eq_tol(a.plan[11].share_pct, 50, EPS);
    ck_assert_double_eq_tol(a.plan[23].share_pct, 100, EPS);
    /* 10 -> 5.5: 2 x 4.5 = 9 weeks */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "current_drop_mm", "10", "new_drop_mm", "5.5", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.transition_weeks, 9);
    /* 14 -> 0: 2 x 14 = 28, capped at 26 */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "current_drop_mm", "14", "new_drop_mm", "0", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.transition_weeks, 26);
}
END_TEST

START_TEST(test_heavier_runner_edge)
{
    calfcare_shoes_advice a;
    calfcare_error err;
    /* 71 kg is not "over 71": 8 weeks, no note */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "current_drop_mm", "10", "new_drop_mm", "6",
                            "body_mass_kg", "71", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.transition_weeks, 8);
    ck_assert(!has(&a, CALFCARE_SHOES_R_HEAVIER_RUNNER));
    /* 71.1 kg: 8 x 1.25 = 10 weeks and the note (value = mass) */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "current_drop_mm", "10", "new_drop_mm", "6",
                            "body_mass_kg", "71.1", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.transition_weeks, 10);
    /* week 1 of 10: 10% */
    ck_assert_double_eq_tol(a.plan[0].share_pct, 10, EPS);
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_R_HEAVIER_RUNNER)].value, 71.1, EPS);
    /* heavy with no change considered: no note */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "body_mass_kg", "90", NULL), CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_R_HEAVIER_RUNNER));
    /* 10 -> 0 at 90 kg: 2 x 10 = 20, x 1.25 = 25 weeks */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "current_drop_mm", "10", "new_drop_mm", "0",
                            "body_mass_kg", "90", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.transition_weeks, 25);
}
END_TEST

START_TEST(test_going_minimalist)
{
    calfcare_shoes_advice a;
    calfcare_error err;
    /* Going minimalist: 26 weeks; week 1 = 100/26 = 3.85 -> 4; week 13 = 50. At 60 km/week the new
     * shoe's km is capped at 35: week 13 = 60 x 50% = 30, week 26 = min(60, 35) = 35. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "minimalist", "no", "new_minimalist", "yes",
                            "weekly_km", "60", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_TRANSITION);
    ck_assert_int_eq(a.transition_weeks, CALFCARE_SHOES_MINIMALIST_WEEKS);
    ck_assert_double_eq_tol(a.plan[0].share_pct, 4, EPS);
    ck_assert_double_eq_tol(a.plan[12].share_pct, 50, EPS);
    ck_assert_double_eq_tol(a.plan[12].km, 30, EPS);
    ck_assert_double_eq_tol(a.plan[25].km, 35, EPS);
    ck_assert_double_eq_tol(a.minimalist_cap_km, 35, EPS);
    ck_assert(has(&a, CALFCARE_SHOES_R_MINIMALIST_TRANSITION));
    ck_assert(has(&a, CALFCARE_SHOES_R_MINIMALIST_CAP));
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_R_MINIMALIST_OVER_CAP)].value, 60, EPS);
    /* heavier and minimalist: 26 x 1.25 = 32.5 -> 33, capped at 32 weeks */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "new_minimalist", "yes", "body_mass_kg", "80", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.transition_weeks, CALFCARE_SHOES_MAX_PLAN_WEEKS);
    ck_assert_double_eq_tol(a.plan[31].share_pct, 100, EPS);
    ck_assert(has(&a, CALFCARE_SHOES_R_HEAVIER_RUNNER));
    /* already minimalist: no transition, but the cap; 35 km is not over it, 35.1 is */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "minimalist", "yes", "new_minimalist", "yes",
                            "weekly_km", "35", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_NONE);
    ck_assert_int_eq(a.transition_weeks, 0);
    ck_assert(has(&a, CALFCARE_SHOES_R_MINIMALIST_CAP));
    ck_assert(!has(&a, CALFCARE_SHOES_R_MINIMALIST_OVER_CAP));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "minimalist", "yes", "weekly_km", "35.1", NULL),
                     CALFCARE_OK);
    ck_assert(has(&a, CALFCARE_SHOES_R_MINIMALIST_OVER_CAP));
    /* heavier runner already in minimalist shoes: the note without a plan */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "minimalist", "yes", "body_mass_kg", "80", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.transition_weeks, 0);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_HEAVIER_RUNNER), "share of running"));
    /* minimalist plus a 4 mm lower drop: the longer of the two (26 weeks) */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "new_minimalist", "yes", "current_drop_mm", "10",
                            "new_drop_mm", "6", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.transition_weeks, 26);
}
END_TEST

START_TEST(test_calf_pain_do_not_lower)
{
    calfcare_shoes_advice a;
    calfcare_error err;
    /* calf pain and 10 -> 4: do not lower, no plan */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "calf_pain", "yes", "current_drop_mm", "10",
                            "new_drop_mm", "4", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_DO_NOT_LOWER);
    ck_assert_int_eq(a.transition_weeks, 0);
    ck_assert_uint_eq(a.plan_count, 0);
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_R_DROP_KEEP_CALF_PAIN)].value, -6, EPS);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_DROP_KEEP_CALF_PAIN), "10 to 4 mm"));
    /* even a small decrease (1 mm) is refused with calf pain */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "calf_pain", "yes", "current_drop_mm", "10",
                            "new_drop_mm", "9", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_DO_NOT_LOWER);
    /* going minimalist with calf pain */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "calf_pain", "yes", "new_minimalist", "yes", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_DO_NOT_LOWER);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_DROP_KEEP_CALF_PAIN), "go minimalist"));
    /* ... also for a heavier runner: refused, so no plan and no "take it slowly" note */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "calf_pain", "yes", "new_minimalist", "yes",
                            "body_mass_kg", "90", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_DO_NOT_LOWER);
    ck_assert(!has(&a, CALFCARE_SHOES_R_HEAVIER_RUNNER));
    /* calf pain, raising 4 -> 10: ok and eases; no low-drop note */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "calf_pain", "yes", "current_drop_mm", "4",
                            "new_drop_mm", "10", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_OK);
    ck_assert(has(&a, CALFCARE_SHOES_R_DROP_RAISE_EASES));
    ck_assert(!has(&a, CALFCARE_SHOES_R_LOW_DROP_CALF_PAIN));
    /* calf pain in a 4 mm (low) drop, nothing considered: note; 5 mm is mid: no note */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "calf_pain", "yes", "current_drop_mm", "4", NULL),
                     CALFCARE_OK);
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_R_LOW_DROP_CALF_PAIN)].value, 4, EPS);
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "calf_pain", "yes", "current_drop_mm", "5", NULL),
                     CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_R_LOW_DROP_CALF_PAIN));
    /* no calf pain in a 4 mm drop: no note */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "calf_pain", "no", "current_drop_mm", "4", NULL),
                     CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_R_LOW_DROP_CALF_PAIN));
}
END_TEST

/* ---- replacement and rotation ------------------------------------------------------------ */

START_TEST(test_replacement_km_edges)
{
    calfcare_shoes_advice a;
    calfcare_error err;
    /* 799 km: 800 - 799 = 1 km left, not due; 1 < 10% of 800 = 80 -> replace soon */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_km", "799", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, 0);
    ck_assert_double_eq_tol(a.km_left, 1, EPS);
    ck_assert_double_eq_tol(a.limit_km, 800, EPS);
    ck_assert(has(&a, CALFCARE_SHOES_R_REPLACE_SOON));
    ck_assert(!has(&a, CALFCARE_SHOES_R_REPLACE_KM));
    /* 800 km: 0 left, due (the limit is reached) */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_km", "800", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, 1);
    ck_assert_double_eq_tol(a.km_left, 0, EPS);
    ck_assert(has(&a, CALFCARE_SHOES_R_REPLACE_KM));
    ck_assert(!has(&a, CALFCARE_SHOES_R_REPLACE_SOON));
    /* 801 km: -1, due, 1 km over */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_km", "801", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, 1);
    ck_assert_double_eq_tol(a.km_left, -1, EPS);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_REPLACE_KM), "801 km"));
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_REPLACE_KM), "(1 km over)"));
    /* 720 km: 80 left = exactly 10% -> not "soon", wear ok; 721: 79 < 80 -> soon */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_km", "720", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, 0);
    ck_assert(has(&a, CALFCARE_SHOES_R_WEAR_OK));
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_WEAR_OK), "80 km left of 800 km"));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_km", "721", NULL), CALFCARE_OK);
    ck_assert(has(&a, CALFCARE_SHOES_R_REPLACE_SOON));
    /* configurable limit 500: 450 -> 50 left = 10% of 500, ok; 500 -> due */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_km", "450", "limit_km", "500", NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(a.km_left, 50, EPS);
    ck_assert_double_eq_tol(a.limit_km, 500, EPS);
    ck_assert(has(&a, CALFCARE_SHOES_R_WEAR_OK));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_km", "500", "limit_km", "500", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, 1);
    /* nothing known: -1, NaN */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, -1);
    ck_assert(isnan(a.km_left));
    ck_assert(isnan(a.months_left));
    ck_assert_double_eq_tol(a.limit_km, CALFCARE_SHOES_DEFAULT_LIMIT_KM, EPS);
    ck_assert_double_eq_tol(a.limit_months, CALFCARE_SHOES_DEFAULT_LIMIT_MONTHS, EPS);
    ck_assert(!has(&a, CALFCARE_SHOES_R_WEAR_OK));
}
END_TEST

START_TEST(test_replacement_age_edges)
{
    calfcare_shoes_advice a;
    calfcare_error err;
    /* 11 months: 12 - 11 = 1 left, not due */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_age_months", "11", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, 0);
    ck_assert_double_eq_tol(a.months_left, 1, EPS);
    ck_assert(isnan(a.km_left));
    ck_assert(has(&a, CALFCARE_SHOES_R_WEAR_OK));
    /* 12 months: due */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_age_months", "12", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, 1);
    ck_assert_double_eq_tol(a.months_left, 0, EPS);
    ck_assert(has(&a, CALFCARE_SHOES_R_REPLACE_AGE));
    /* 13 months: due, value 13 */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_age_months", "13", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, 1);
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_R_REPLACE_AGE)].value, 13, EPS);
    /* limit_months 6: 6 months due */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_age_months", "6", "limit_months", "6", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, 1);
    /* age due, distance not: due overall, both facts kept (720 km -> 80 left) */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_age_months", "14", "shoe_km", "720", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, 1);
    ck_assert_double_eq_tol(a.km_left, 80, EPS);
    ck_assert(has(&a, CALFCARE_SHOES_R_REPLACE_AGE));
    ck_assert(!has(&a, CALFCARE_SHOES_R_REPLACE_KM));
    ck_assert(!has(&a, CALFCARE_SHOES_R_WEAR_OK));
}
END_TEST

START_TEST(test_rotation)
{
    calfcare_shoes_advice a;
    calfcare_error err;
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "pairs", "1", NULL), CALFCARE_OK);
    ck_assert(has(&a, CALFCARE_SHOES_R_ROTATE_PAIRS));
    ck_assert(!has(&a, CALFCARE_SHOES_R_ROTATION_OK));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "pairs", "2", NULL), CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_R_ROTATE_PAIRS));
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_R_ROTATION_OK)].value, 2, EPS);
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", NULL), CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_R_ROTATE_PAIRS));
    ck_assert(!has(&a, CALFCARE_SHOES_R_ROTATION_OK));
}
END_TEST

/* ---- stack and checklist ----------------------------------------------------------------- */

START_TEST(test_stack_limits)
{
    calfcare_shoes_advice a;
    calfcare_error err;
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "stack_mm", "20", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.road_stack_ok, 1);
    ck_assert_int_eq(a.track_stack_ok, 1); /* 20 <= 20 */
    ck_assert(has(&a, CALFCARE_SHOES_R_STACK_OK));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "stack_mm", "20.1", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.road_stack_ok, 1);
    ck_assert_int_eq(a.track_stack_ok, 0);
    ck_assert(has(&a, CALFCARE_SHOES_R_STACK_OVER_TRACK));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "stack_mm", "40", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.road_stack_ok, 1); /* 40 <= 40 */
    ck_assert(has(&a, CALFCARE_SHOES_R_STACK_OVER_TRACK));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "stack_mm", "40.1", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.road_stack_ok, 0);
    ck_assert_int_eq(a.track_stack_ok, 0);
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_R_STACK_OVER_ROAD)].value, 40.1, EPS);
    ck_assert(!has(&a, CALFCARE_SHOES_R_STACK_OVER_TRACK));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.road_stack_ok, -1);
    ck_assert_int_eq(a.track_stack_ok, -1);
    ck_assert(!has(&a, CALFCARE_SHOES_R_STACK_OK));
}
END_TEST

START_TEST(test_fit_checklist_always_last)
{
    static const int codes[5] = {CALFCARE_SHOES_R_FIT_LATE_IN_DAY, CALFCARE_SHOES_R_FIT_BOTH_FEET,
                                 CALFCARE_SHOES_R_FIT_RUNNING_SOCKS, CALFCARE_SHOES_R_FIT_HEEL_LOCK,
                                 CALFCARE_SHOES_R_FIT_COMFORT};
    calfcare_shoes_advice a;
    calfcare_error err;
    int k;
    /* 262 mm is not between two sizes (test_between_sizes) */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "262", NULL), CALFCARE_OK);
    /* minimal input: size, brands differ, comfort first, then the five checklist items */
    ck_assert_uint_eq(a.advice_count, 8);
    for (k = 0; k < 5; k++)
        ck_assert_int_eq(a.advice[a.advice_count - 5 + k].code, codes[k]);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_R_FIT_LATE_IN_DAY), "late in the day"));
}
END_TEST

/* ---- the sample runner and every code ---------------------------------------------------- */

START_TEST(test_sample_runner)
{
    calfcare_shoes_advice a;
    calfcare_error err;
    size_t i;
    /* tools/sample.h: feet 245/248, width 95, female, firm 4 mm shoes, 720 km, 14 months, 30 mm
     * stack, one pair, 58 kg, 48 km/week, calf pain, considering 10 mm. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "245,248", "foot_width_mm", "95", "sex", "female", "arch",
                            "normal", "pronation", "over", "weekly_km", "48", "body_mass_kg", "58", "calf_pain", "yes",
                            "current_drop_mm", "4", "new_drop_mm", "10", "stack_mm", "30", "cushioning", "firm",
                            "shoe_km", "720", "shoe_age_months", "14", "minimalist", "no", "pairs", "1", NULL),
                     CALFCARE_OK);
    ck_assert_double_eq_tol(a.size.eu, 39.5, EPS);
    ck_assert_double_eq_tol(a.size.us_women, 9, EPS);
    /* 95 / 248 = 0.383 < 0.40: standard, B */
    ck_assert_int_eq(a.width, CALFCARE_SHOES_WIDTH_STANDARD);
    ck_assert_str_eq(calfcare_shoes_width_letter(a.width, a.sex), "B");
    ck_assert_int_eq(a.category, CALFCARE_SHOES_CATEGORY_NEUTRAL_CUSHIONED);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_OK);
    ck_assert_double_eq_tol(a.drop_change_mm, 6, EPS);
    ck_assert_int_eq(a.replace_due, 1); /* 14 >= 12 months */
    ck_assert_double_eq_tol(a.km_left, 80, EPS);
    ck_assert_int_eq(a.track_stack_ok, 0); /* 30 > 20 */
    ck_assert(has(&a, CALFCARE_SHOES_R_FIRM_LIGHTER_RUNNER));
    ck_assert(has(&a, CALFCARE_SHOES_R_ROTATE_PAIRS));
    ck_assert(has(&a, CALFCARE_SHOES_R_PRONATION_REPORTED));
    /* every item: a defined code, a sentence that fits its buffer */
    for (i = 0; i < a.advice_count; i++) {
        const calfcare_reason *r = calfcare_reason_lookup(a.advice[i].code);
        size_t len = strlen(a.advice[i].text);
        ck_assert_ptr_nonnull(r);
        ck_assert(len > 0 && len < CALFCARE_SHOES_TEXT_SIZE - 1);
        ck_assert(a.advice[i].text[len - 1] == '.');
    }
}
END_TEST

START_TEST(test_reason_table)
{
    static const int codes[] = {4001, 4002, 4003, 4004, 4010, 4011, 4012, 4020, 4021, 4022, 4023, 4030, 4031,
                                4032, 4033, 4034, 4035, 4036, 4037, 4038, 4039, 4040, 4041, 4050, 4051,
                                4052, 4053, 4054, 4055, 4060, 4061, 4062, 4063, 4064, 4070, 4071, 4072, 4073, 4074, 4075, 4076};
    size_t i;
    for (i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        const calfcare_reason *r = calfcare_reason_lookup(codes[i]);
        ck_assert_msg(r != NULL, "code %d", codes[i]);
        ck_assert_int_eq(r->code, codes[i]);
        ck_assert(r->name[0] && r->text[0] && r->source[0]);
        ck_assert(strlen(r->strength) == 1 && strchr("SMWCF", r->strength[0]));
    }
    ck_assert_str_eq(calfcare_reason_lookup(4001)->name, "size_longer_foot");
    ck_assert_str_eq(calfcare_reason_lookup(4054)->source, "malisoux2015");
    ck_assert_ptr_null(calfcare_reason_lookup(4000));
    ck_assert_ptr_null(calfcare_reason_lookup(4999));
    ck_assert_ptr_null(calfcare_reason_lookup(4005));
    ck_assert_ptr_null(calfcare_reason_lookup(4077));
}
END_TEST

START_TEST(test_schema_fields)
{
    static const char *const names[CALFCARE_SHOES_FIELD_COUNT] = {
        "foot_length_mm", "foot_width_mm", "sex", "arch", "pronation", "weekly_km", "body_mass_kg",
        "calf_pain", "current_drop_mm", "new_drop_mm", "stack_mm", "cushioning", "shoe_km", "shoe_age_months",
        "minimalist", "pairs", "limit_km", "limit_months", "toe_room_mm", "new_minimalist", "brand"};
    int i;
    ck_assert_uint_eq(calfcare_input_field_count(CALFCARE_INPUT_SCHEMA_SHOES), CALFCARE_SHOES_FIELD_COUNT);
    for (i = 0; i < CALFCARE_SHOES_FIELD_COUNT; i++) {
        const calfcare_input_field *f = calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_SHOES, i);
        ck_assert_ptr_nonnull(f);
        ck_assert_int_eq(f->id, i);
        ck_assert_str_eq(f->name, names[i]);
        ck_assert(f->help && f->help[0]);
    }
    /* the enum values are the ids */
    ck_assert_int_eq(calfcare_input_find(CALFCARE_INPUT_SCHEMA_SHOES, "foot-length-mm"), CALFCARE_SHOES_FOOT_LENGTH_MM);
    ck_assert_int_eq(calfcare_input_find(CALFCARE_INPUT_SCHEMA_SHOES, "calf-pain"), CALFCARE_SHOES_CALF_PAIN);
    ck_assert_int_eq(calfcare_input_find(CALFCARE_INPUT_SCHEMA_SHOES, "new_minimalist"), CALFCARE_SHOES_NEW_MINIMALIST);
    ck_assert_int_eq(calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_SHOES, CALFCARE_SHOES_FOOT_LENGTH_MM)->max_count, 2);
    ck_assert_int_eq(calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_SHOES, CALFCARE_SHOES_CALF_PAIN)->type,
                     CALFCARE_INPUT_FIELD_CHOICE);
    ck_assert_str_eq(calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_SHOES, CALFCARE_SHOES_CALF_PAIN)->choices[0], "no");
    ck_assert_str_eq(calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_SHOES, CALFCARE_SHOES_SEX)->choices[CALFCARE_SEX_MALE],
                     "male");
    ck_assert_str_eq(calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_SHOES, CALFCARE_SHOES_CUSHIONING)
                         ->choices[CALFCARE_CUSHIONING_FIRM],
                     "firm");
}
END_TEST

/* ---- invalid inputs ---------------------------------------------------------------------- */

static const struct {
    const char *field;
    const char *text;
} invalid[] = {
    {"foot_length_mm", "100"},      {"foot_length_mm", "400"},    {"foot_length_mm", "149.9"},
    {"foot_length_mm", "350.1"},    {"foot_length_mm", "-250"},   {"foot_length_mm", "240,241,242"},
    {"foot_length_mm", "250,100"},  {"foot_length_mm", "big"},    {"foot_length_mm", "250mm"},
    {"foot_width_mm", "49"},        {"foot_width_mm", "201"},     {"foot_width_mm", "95,96"},
    {"sex", "other"},               {"sex", "1"},                 {"arch", "flat"},
    {"pronation", "severe"},        {"weekly_km", "-1"},          {"weekly_km", "301"},
    {"body_mass_kg", "29"},         {"body_mass_kg", "251"},      {"calf_pain", "maybe"},
    {"calf_pain", "true"},          {"current_drop_mm", "-1"},    {"current_drop_mm", "21"},
    {"new_drop_mm", "-0.5"},        {"new_drop_mm", "20.5"},      {"stack_mm", "-1"},
    {"stack_mm", "81"},             {"cushioning", "hard"},       {"shoe_km", "-5"},
    {"shoe_km", "10001"},           {"shoe_age_months", "-1"},    {"shoe_age_months", "241"},
    {"minimalist", "maybe"},        {"pairs", "0"},               {"pairs", "1.5"},
    {"pairs", "21"},                {"limit_km", "99"},           {"limit_km", "2001"},
    {"limit_months", "0"},          {"limit_months", "61"},       {"toe_room_mm", "9"},
    {"toe_room_mm", "16"},          {"new_minimalist", "sometimes"}, {"brand", "adidas"},
    {"brand", "Nike Pegasus"},
};

START_TEST(test_invalid_inputs_name_the_field)
{
    calfcare_input in;
    calfcare_error err;
    int id = calfcare_input_find(CALFCARE_INPUT_SCHEMA_SHOES, invalid[_i].field);
    ck_assert_int_ge(id, 0);
    ck_assert_int_eq(calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_SHOES, &err), CALFCARE_OK);
    ck_assert_msg(calfcare_input_set_text(&in, id, invalid[_i].text, &err) == CALFCARE_E_INVALID, "%s=%s accepted",
                  invalid[_i].field, invalid[_i].text);
    ck_assert_str_eq(err.field, invalid[_i].field);
    ck_assert_int_eq(err.status, CALFCARE_E_INVALID);
    ck_assert(strncmp(err.message, invalid[_i].field, strlen(invalid[_i].field)) == 0);
    ck_assert_uint_eq(calfcare_input_count(&in, id), 0); /* nothing stored */
}
END_TEST

START_TEST(test_invalid_numbers_not_finite)
{
    calfcare_input in;
    calfcare_error err;
    int id;
    ck_assert_int_eq(calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_SHOES, &err), CALFCARE_OK);
    for (id = 0; id < CALFCARE_SHOES_FIELD_COUNT; id++) {
        const calfcare_input_field *f = calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_SHOES, id);
        ck_assert_int_eq(calfcare_input_set(&in, id, NAN, &err), CALFCARE_E_INVALID);
        ck_assert_str_eq(err.field, f->name);
        ck_assert_int_eq(calfcare_input_set(&in, id, INFINITY, &err), CALFCARE_E_INVALID);
        ck_assert_str_eq(err.field, f->name);
        ck_assert_int_eq(calfcare_input_set(&in, id, -1, &err), CALFCARE_E_INVALID); /* every field is >= 0 */
        ck_assert_str_eq(err.field, f->name);
    }
}
END_TEST

START_TEST(test_advise_bad_arguments)
{
    calfcare_input in, zero;
    calfcare_shoes_advice a;
    calfcare_error err;

    /* foot length missing */
    ck_assert_int_eq(advise(&a, &err, "weekly_km", "30", NULL), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "foot_length_mm");
    ck_assert_ptr_nonnull(strstr(err.message, "required"));

    ck_assert_int_eq(calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_SHOES, &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_SHOES_FOOT_LENGTH_MM, 250, &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_shoes_advise(&in, NULL, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_shoes_advise(NULL, &a, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_shoes_advise(NULL, &a, NULL), CALFCARE_E_NULL);
    /* not initialised */
    memset(&zero, 0, sizeof zero);
    ck_assert_int_eq(calfcare_shoes_advise(&zero, &a, &err), CALFCARE_E_STATE);
    ck_assert_str_eq(err.field, "input");
    /* another schema */
    ck_assert_int_eq(calfcare_input_init(&zero, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_shoes_advise(&zero, &a, &err), CALFCARE_E_STATE);
    ck_assert_ptr_nonnull(strstr(err.message, "different schema"));
    /* err NULL on success is fine */
    ck_assert_int_eq(calfcare_shoes_advise(&in, &a, NULL), CALFCARE_OK);
}
END_TEST

Suite *shoes_suite(void)
{
    Suite *s = suite_create("shoes");
    TCase *tc = tcase_create("size_width");
    tcase_add_test(tc, test_size_hand_worked);
    tcase_add_test(tc, test_size_invalid);
    tcase_add_test(tc, test_between_sizes);
    tcase_add_test(tc, test_brand_charts_row_by_row);
    tcase_add_test(tc, test_brand_invalid);
    tcase_add_test(tc, test_advise_brand);
    tcase_add_test(tc, test_generic_within_goal_of_chart_median);
    tcase_add_test(tc, test_advise_size_from_longer_foot);
    tcase_add_test(tc, test_advise_child_sizes);
    tcase_add_test(tc, test_width_class_boundaries);
    tcase_add_test(tc, test_width_chart_row_by_row);
    tcase_add_test(tc, test_width_against_length);
    tcase_add_test(tc, test_width_letters_and_names);
    suite_add_tcase(s, tc);

    tc = tcase_create("category_drop");
    tcase_add_test(tc, test_category_comfort_first);
    tcase_add_test(tc, test_cushioning_flags);
    tcase_add_test(tc, test_drop_transition_4mm_plan);
    tcase_add_test(tc, test_drop_small_and_raise);
    tcase_add_test(tc, test_drop_weeks_scale_and_cap);
    tcase_add_test(tc, test_heavier_runner_edge);
    tcase_add_test(tc, test_going_minimalist);
    tcase_add_test(tc, test_calf_pain_do_not_lower);
    suite_add_tcase(s, tc);

    tc = tcase_create("wear_stack_fit");
    tcase_add_test(tc, test_replacement_km_edges);
    tcase_add_test(tc, test_replacement_age_edges);
    tcase_add_test(tc, test_rotation);
    tcase_add_test(tc, test_stack_limits);
    tcase_add_test(tc, test_fit_checklist_always_last);
    suite_add_tcase(s, tc);

    tc = tcase_create("contract");
    tcase_add_test(tc, test_sample_runner);
    tcase_add_test(tc, test_reason_table);
    tcase_add_test(tc, test_schema_fields);
    tcase_add_loop_test(tc, test_invalid_inputs_name_the_field, 0, (int)(sizeof invalid / sizeof invalid[0]));
    tcase_add_test(tc, test_invalid_numbers_not_finite);
    tcase_add_test(tc, test_advise_bad_arguments);
    suite_add_tcase(s, tc);
    return s;
}
