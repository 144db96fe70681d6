/* Brand size charts as data, and sizes read from them (calfcare/shoes.h). Only the numbers come
 * from the charts; their sources and the date read are kept with each chart and listed in
 * docs/shoes.md ("Brand charts"). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <string.h>

#include "internal.h"

/* Rows: US, UK, EU, foot length (mm), smallest size first, as the chart lists them. */
static const calfcare_shoes_chart_entry nike_men[] = {
    {6, 5.5, 38.5, 240},  {6.5, 6, 39, 245},   {7, 6, 40, 250},       {7.5, 6.5, 40.5, 255},
    {8, 7, 41, 260},      {8.5, 7.5, 42, 265}, {9, 8, 42.5, 270},     {9.5, 8.5, 43, 275},
    {10, 9, 44, 280},     {10.5, 9.5, 44.5, 285}, {11, 10, 45, 290},  {11.5, 10.5, 45.5, 295},
};

/* The chart gives lengths in inches and cm; the cm column is used. It has no 12.5. */
static const calfcare_shoes_chart_entry new_balance_men[] = {
    {7, 6.5, 40, 241},    {7.5, 7, 40.5, 248},    {8, 7.5, 41.5, 251},    {8.5, 8, 42, 254},
    {9, 8.5, 42.5, 260},  {9.5, 9, 43, 264},      {10, 9.5, 44, 267},     {10.5, 10, 44.5, 273},
    {11, 10.5, 45, 276},  {11.5, 11, 45.5, 279},  {12, 11.5, 46.5, 286},  {13, 12.5, 47.5, 292},
};

typedef struct chart {
    int brand, sex;
    const char *name, *title, *source, *read_on, *note;
    const calfcare_shoes_chart_entry *rows;
    size_t n;
} chart;

static const chart charts[] = {
    {CALFCARE_SHOES_BRAND_NIKE, CALFCARE_SEX_MALE, "nike", "Nike men's shoe size chart",
     "https://visualfoodie.com/the-ultimate-nike-mens-shoe-sizing-chart", "2026-12-02",
     "foot length in cm per US/UK/EU size, as Nike's men's chart gives it (read from a page that "
     "reproduces it; nike.com itself was not available); US 6-11.5",
     nike_men, CC_COUNTOF(nike_men)},
    {CALFCARE_SHOES_BRAND_NEW_BALANCE, CALFCARE_SEX_MALE, "new_balance", "New Balance men's shoe size chart",
     "https://winenfood.com/a-guide-to-the-new-balance-shoe-size-chart", "2026-12-02",
     "foot length in inches and cm per US/UK/EU size (cm used), as New Balance's men's chart gives it "
     "(read from a page that reproduces it; newbalance.com itself was not available); US 7-13, no 12.5",
     new_balance_men, CC_COUNTOF(new_balance_men)},
};

const char *calfcare_shoes_brand_name(int brand)
{
    size_t i;
    for (i = 0; i < CC_COUNTOF(charts); i++)
        if (charts[i].brand == brand)
            return charts[i].name;
    return "unknown";
}

calfcare_status calfcare_shoes_brand_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_shoes_brand_name, 0, CALFCARE_SHOES_BRAND_COUNT - 1, "brand", word, value, err);
}

static calfcare_status check_brand(int brand, calfcare_error *err)
{
    if (brand < 0 || brand >= CALFCARE_SHOES_BRAND_COUNT)
        return cc_fail(err, CALFCARE_E_INVALID, "brand", "unknown brand: known brands are nike, new_balance");
    return CALFCARE_OK;
}

/* The chart of a brand for a sex, or NULL. */
static const chart *find(int brand, int sex)
{
    size_t i;
    for (i = 0; i < CC_COUNTOF(charts); i++)
        if (charts[i].brand == brand && charts[i].sex == sex)
            return &charts[i];
    return NULL;
}

/* The chart of brand and sex for a call that writes to out (checked first: NULL is refused). */
static calfcare_status get_chart(const void *out, int brand, int sex, const chart **c, calfcare_error *err)
{
    calfcare_status st;
    if (!out)
        return cc_fail_null(err, "out");
    st = check_brand(brand, err);
    if (st != CALFCARE_OK)
        return st;
    if (sex != CALFCARE_SEX_FEMALE && sex != CALFCARE_SEX_MALE)
        return cc_fail(err, CALFCARE_E_INVALID, "sex", "must be 0 (female) or 1 (male)");
    *c = find(brand, sex);
    if (!*c)
        return cc_fail(err, CALFCARE_E_INVALID, "sex",
                       "no women's chart is shipped for this brand: only men's charts (sex male)");
    return CALFCARE_OK;
}

calfcare_status calfcare_shoes_chart_info(int brand, int sex, calfcare_shoes_chart *out, calfcare_error *err)
{
    const chart *c;
    calfcare_status st = get_chart(out, brand, sex, &c, err);
    if (st != CALFCARE_OK)
        return st;
    memset(out, 0, sizeof *out);
    out->brand = c->brand;
    out->sex = c->sex;
    out->name = c->name;
    out->title = c->title;
    out->source = c->source;
    out->read_on = c->read_on;
    out->note = c->note;
    out->row_count = c->n;
    return CALFCARE_OK;
}

calfcare_status calfcare_shoes_chart_row(int brand, int sex, size_t row, calfcare_shoes_chart_entry *out,
                                         calfcare_error *err)
{
    const chart *c;
    calfcare_status st = get_chart(out, brand, sex, &c, err);
    if (st != CALFCARE_OK)
        return st;
    if (row >= c->n)
        return cc_fail(err, CALFCARE_E_INVALID, "row", "past the last row of the chart");
    *out = c->rows[row];
    return CALFCARE_OK;
}

/* One step below the smallest row still counts as in the chart: a half size is 4-5 mm. */
#define BELOW_FIRST_ROW_MM 5.0

calfcare_status calfcare_shoes_brand_size(int brand, int sex, double foot_mm, double toe_room_mm,
                                          calfcare_shoes_brand_size_result *out, calfcare_error *err)
{
    const chart *c;
    calfcare_status st;
    double foot;
    size_t i;
    if (!out)
        return cc_fail_null(err, "out");
    st = check_brand(brand, err);
    if (st == CALFCARE_OK)
        st = cc_check_number(err, "foot_length_mm", foot_mm, 150, 350, "mm", 0);
    if (st == CALFCARE_OK)
        st = cc_check_number(err, "toe_room_mm", toe_room_mm, 10, 15, "mm", 0);
    if (st != CALFCARE_OK)
        return st;
    if (sex < -1 || sex > CALFCARE_SEX_MALE)
        return cc_fail(err, CALFCARE_E_INVALID, "sex", "must be -1 (unknown), 0 (female) or 1 (male)");
    /* Only men's charts are shipped: every sex reads the men's chart (the result says so). */
    c = find(brand, CALFCARE_SEX_MALE);
    foot = foot_mm + toe_room_mm - CALFCARE_SHOES_DEFAULT_TOE_ROOM_MM;
    memset(out, 0, sizeof *out);
    out->brand = brand;
    out->sex = c->sex;
    out->in_chart = 0;
    out->us = out->uk = out->eu = out->fits_up_to_mm = out->smaller_fits_up_to_mm = NAN;
    if (foot <= c->rows[0].foot_mm - BELOW_FIRST_ROW_MM)
        return CALFCARE_OK;
    for (i = 0; i < c->n; i++) {
        if (foot <= c->rows[i].foot_mm + 1e-9) {
            out->in_chart = 1;
            out->us = c->rows[i].us;
            out->uk = c->rows[i].uk;
            out->eu = c->rows[i].eu;
            out->fits_up_to_mm = c->rows[i].foot_mm;
            if (i > 0)
                out->smaller_fits_up_to_mm = c->rows[i - 1].foot_mm;
            break;
        }
    }
    return CALFCARE_OK;
}

/* ---- width chart ------------------------------------------------------------------------- */

/* Standard width at the ball of the foot by US size, inches in sixteenths, read from the page's
 * "Men's Shoe Size Width" (D, average) and "Women's Shoe Size Width" (B, average) tables:
 * https://www.blitzresults.com/en/shoe-size-width/ (read 2026-12-02). Women's has no 11.5. */
typedef struct width_row {
    double us, sixteenths;
} width_row;

static const width_row men_d[] = {
    {6, 56},    {6.5, 58},  {7, 58},  {7.5, 59},  {8, 60},  {8.5, 60},  {9, 63},  {9.5, 63},
    {10, 64},   {10.5, 66}, {11, 66}, {11.5, 67}, {12, 69}, {12.5, 69}, {13, 69}, {13.5, 70},
};
static const width_row women_b[] = {
    {5, 51},  {5.5, 52},  {6, 53},  {6.5, 54},  {7, 55},  {7.5, 56}, {8, 57},
    {8.5, 58}, {9, 59},   {9.5, 60}, {10, 60},  {10.5, 62}, {11, 63}, {12, 65},
};

double cc_shoes_standard_width_mm(int sex, double us_size)
{
    const width_row *rows = sex == CALFCARE_SEX_MALE ? men_d : women_b;
    size_t n = sex == CALFCARE_SEX_MALE ? CC_COUNTOF(men_d) : CC_COUNTOF(women_b), i;
    if ((sex != CALFCARE_SEX_MALE && sex != CALFCARE_SEX_FEMALE) || isnan(us_size) ||
        us_size < rows[0].us || us_size > rows[n - 1].us)
        return NAN;
    for (i = 0; i + 1 < n && rows[i + 1].us <= us_size; i++)
        ;
    if (rows[i].us == us_size || i + 1 >= n)
        return rows[i].sixteenths / 16.0 * 25.4;
    /* between two rows (women's 11.5): linear */
    return (rows[i].sixteenths + (rows[i + 1].sixteenths - rows[i].sixteenths) * (us_size - rows[i].us) /
                                     (rows[i + 1].us - rows[i].us)) /
           16.0 * 25.4;
}
