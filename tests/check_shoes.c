/* Tests of calfcare/shoes.h: sizes, widths, category, drop transition plans, cushioning,
 * replacement edges, stack limits, the fit checklist and every invalid input.
 * Expected values are worked by hand from the formulas in docs/shoes.md; the arithmetic is in
 * the comment beside each assertion. */
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include <calfcare.h>

#include "suites.h"

#define EPS 1e-9

/* Build a shoes input from "name", "text" pairs (NULL-terminated) and advise. Setting a field
 * must succeed (invalid values are tested separately). */
static calfcare_status advise(calfcare_shoe_advice *out, calfcare_error *err, ...)
{
    calfcare_input in;
    va_list ap;
    const char *name;
    ck_assert_int_eq(calfcare_input_init(&in, CALFCARE_SCHEMA_SHOES, err), CALFCARE_OK);
    va_start(ap, err);
    while ((name = va_arg(ap, const char *)) != NULL) {
        const char *text = va_arg(ap, const char *);
        int id = calfcare_input_find(CALFCARE_SCHEMA_SHOES, name);
        ck_assert_msg(id >= 0, "no field %s", name);
        ck_assert_msg(calfcare_input_set_text(&in, id, text, err) == CALFCARE_OK, "setting %s=%s: %s", name, text,
                      err ? err->message : "");
    }
    va_end(ap);
    return calfcare_shoes_advise(&in, out, err);
}

/* Index of the first advice item with code, or -1. */
static int find(const calfcare_shoe_advice *a, int code)
{
    size_t i;
    for (i = 0; i < a->advice_count; i++)
        if (a->advice[i].code == code)
            return (int)i;
    return -1;
}

static int has(const calfcare_shoe_advice *a, int code)
{
    return find(a, code) >= 0;
}

static const char *text_of(const calfcare_shoe_advice *a, int code)
{
    int i = find(a, code);
    ck_assert_msg(i >= 0, "advice %d missing", code);
    return a->advice[i].text;
}

/* ---- size -------------------------------------------------------------------------------- */

START_TEST(test_size_hand_worked)
{
    calfcare_shoe_size s;
    calfcare_error err;

    /* 248 + 10 = 258 mm last. EU 258*3/20 = 38.7 -> 39; inches 258/25.4 = 10.1575, x3 = 30.4724:
     * UK 5.4724 -> 5.5, US men 6.4724 -> 6.5, US women 7.9724 -> 8; Mondopoint 248 -> 250. */
    ck_assert_int_eq(calfcare_shoes_size(248, 10, &s, &err), CALFCARE_OK);
    ck_assert_double_eq_tol(s.last_mm, 258, EPS);
    ck_assert_double_eq_tol(s.eu, 39, EPS);
    ck_assert_double_eq_tol(s.uk, 5.5, EPS);
    ck_assert_double_eq_tol(s.us_men, 6.5, EPS);
    ck_assert_double_eq_tol(s.us_women, 8, EPS);
    ck_assert_double_eq_tol(s.mondopoint_mm, 250, EPS);

    /* 270 + 10 = 280: EU 280*3/20 = 42 exactly (stays 42, not 42.5); x3 in = 33.0709: UK 8.07 -> 8.5,
     * US men 9.07 -> 9.5, US women 10.57 -> 11; Mondopoint 270 exactly. */
    ck_assert_int_eq(calfcare_shoes_size(270, 10, &s, &err), CALFCARE_OK);
    ck_assert_double_eq_tol(s.eu, 42, EPS);
    ck_assert_double_eq_tol(s.uk, 8.5, EPS);
    ck_assert_double_eq_tol(s.us_men, 9.5, EPS);
    ck_assert_double_eq_tol(s.us_women, 11, EPS);
    ck_assert_double_eq_tol(s.mondopoint_mm, 270, EPS);

    /* 244 + 10 = 254 mm = 10 in exactly: UK 30 - 25 = 5 (not 5.5), US men 6, US women 7.5;
     * EU 254*3/20 = 38.1 -> 38.5; Mondopoint 244 -> 245. */
    ck_assert_int_eq(calfcare_shoes_size(244, 10, &s, &err), CALFCARE_OK);
    ck_assert_double_eq_tol(s.uk, 5, EPS);
    ck_assert_double_eq_tol(s.us_men, 6, EPS);
    ck_assert_double_eq_tol(s.us_women, 7.5, EPS);
    ck_assert_double_eq_tol(s.eu, 38.5, EPS);
    ck_assert_double_eq_tol(s.mondopoint_mm, 245, EPS);

    /* 235 + 15 = 250: EU 37.5 exactly; 250/25.4*3 = 29.5276: UK 4.53 -> 5, US men 5.53 -> 6,
     * US women 7.03 -> 7.5; Mondopoint 235. */
    ck_assert_int_eq(calfcare_shoes_size(235, 15, &s, &err), CALFCARE_OK);
    ck_assert_double_eq_tol(s.toe_room_mm, 15, EPS);
    ck_assert_double_eq_tol(s.eu, 37.5, EPS);
    ck_assert_double_eq_tol(s.uk, 5, EPS);
    ck_assert_double_eq_tol(s.us_men, 6, EPS);
    ck_assert_double_eq_tol(s.us_women, 7.5, EPS);
    ck_assert_double_eq_tol(s.mondopoint_mm, 235, EPS);

    /* 200 + 10 = 210: EU 31.5 exactly; 210/25.4*3 = 24.803: UK -0.197 -> 0, below size 1 -> NaN;
     * US men 0.803 -> 1; US women 2.303 -> 2.5. */
    ck_assert_int_eq(calfcare_shoes_size(200, 10, &s, &err), CALFCARE_OK);
    ck_assert_double_eq_tol(s.eu, 31.5, EPS);
    ck_assert(isnan(s.uk));
    ck_assert_double_eq_tol(s.us_men, 1, EPS);
    ck_assert_double_eq_tol(s.us_women, 2.5, EPS);
    /* 180 + 10 = 190: EU 28.5; 3 in = 22.441: UK -2.56, US men -1.56, US women -0.06: all NaN */
    ck_assert_int_eq(calfcare_shoes_size(180, 10, &s, &err), CALFCARE_OK);
    ck_assert_double_eq_tol(s.eu, 28.5, EPS);
    ck_assert(isnan(s.uk) && isnan(s.us_men) && isnan(s.us_women));
    /* 350 + 15 = 365 (largest): EU 54.75 -> 55; 3 in = 43.110: UK 18.11 -> 18.5, US women 20.61 -> 21 */
    ck_assert_int_eq(calfcare_shoes_size(350, 15, &s, &err), CALFCARE_OK);
    ck_assert_double_eq_tol(s.eu, 55, EPS);
    ck_assert_double_eq_tol(s.uk, 18.5, EPS);
    ck_assert_double_eq_tol(s.us_women, 21, EPS);
}
END_TEST

START_TEST(test_advise_child_sizes)
{
    calfcare_shoe_advice a;
    calfcare_error err;
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "180", NULL), CALFCARE_OK);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_CHILD_SIZES));
    /* the size sentence leaves out the systems without a size */
    ck_assert_ptr_null(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_SIZE_LONGER_FOOT), "UK"));
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_SIZE_LONGER_FOOT), "EU 28.5."));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "248", NULL), CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_CHILD_SIZES));
}
END_TEST

START_TEST(test_size_invalid)
{
    calfcare_shoe_size s;
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
    calfcare_shoe_advice a;
    calfcare_error err;
    /* Left 245, right 248: the longer (right) foot sets the size, as in test_size_hand_worked. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "245,248", NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(a.size.foot_mm, 248, EPS);
    ck_assert_double_eq_tol(a.size.toe_room_mm, CALFCARE_SHOES_DEFAULT_TOE_ROOM_MM, EPS);
    ck_assert_double_eq_tol(a.size.eu, 39, EPS);
    ck_assert_int_eq(a.advice[0].code, CALFCARE_SHOES_ADVICE_SIZE_LONGER_FOOT);
    ck_assert_double_eq_tol(a.advice[0].value, 248, EPS);
    ck_assert_ptr_nonnull(strstr(a.advice[0].text, "EU 39"));
    /* 248 - 245 = 3 mm, right foot longer */
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_ADVICE_FEET_DIFFER)].value, 3, EPS);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_FEET_DIFFER), "right foot is 3 mm"));
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_BRANDS_DIFFER));

    /* Left longer this time; equal feet give no "differ" item. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250,246", NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(a.size.foot_mm, 250, EPS);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_FEET_DIFFER), "left foot is 4 mm"));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250,250", NULL), CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_FEET_DIFFER));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250", NULL), CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_FEET_DIFFER));

    /* toe_room_mm 15: 235 + 15 = 250 -> EU 37.5 */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "235", "toe_room_mm", "15", NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(a.size.eu, 37.5, EPS);
}
END_TEST

/* ---- width ------------------------------------------------------------------------------- */

START_TEST(test_width_class_boundaries)
{
    calfcare_shoe_advice a;
    calfcare_error err;

    /* 250 mm foot: 99.9/250 = 0.3996 < 0.40 standard; 100/250 = 0.40 wide; 109.9/250 = 0.4396 wide;
     * 110/250 = 0.44 extra wide. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250", "foot_width_mm", "99.9", "sex", "female", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.width, CALFCARE_SHOES_WIDTH_STANDARD);
    ck_assert_double_eq_tol(a.width_ratio, 0.3996, EPS);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_WIDTH_STANDARD));
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_WIDTH_STANDARD), "B on a women's last"));

    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250", "foot_width_mm", "100", "sex", "male", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.width, CALFCARE_SHOES_WIDTH_WIDE);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_WIDTH_WIDE), "2E on a men's last"));

    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250", "foot_width_mm", "109.9", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.width, CALFCARE_SHOES_WIDTH_WIDE);
    ck_assert_int_eq(a.sex, -1);
    /* sex unknown: both meanings given */
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_WIDTH_WIDE), "women's D, men's 2E"));

    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250", "foot_width_mm", "110", "sex", "male", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.width, CALFCARE_SHOES_WIDTH_EXTRA_WIDE);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_WIDTH_EXTRA_WIDE));
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_WIDTH_EXTRA_WIDE), "44% of its length"));

    /* The ratio uses the longer foot: 98/245 = 0.4 would be wide, 98/250 = 0.392 is standard. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "245,250", "foot_width_mm", "98", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.width, CALFCARE_SHOES_WIDTH_STANDARD);
    ck_assert_double_eq_tol(a.width_ratio, 0.392, EPS);

    /* No width: unknown, NaN ratio, no width item. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "250", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.width, CALFCARE_SHOES_WIDTH_UNKNOWN);
    ck_assert(isnan(a.width_ratio));
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_WIDTH_STANDARD));
}
END_TEST

START_TEST(test_width_against_length)
{
    calfcare_shoe_advice a;
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
    ck_assert_str_eq(calfcare_shoes_width_letter(CALFCARE_SHOES_WIDTH_STANDARD, CALFCARE_SHOES_SEX_FEMALE), "B");
    ck_assert_str_eq(calfcare_shoes_width_letter(CALFCARE_SHOES_WIDTH_WIDE, CALFCARE_SHOES_SEX_FEMALE), "D");
    ck_assert_str_eq(calfcare_shoes_width_letter(CALFCARE_SHOES_WIDTH_EXTRA_WIDE, CALFCARE_SHOES_SEX_FEMALE), "2E");
    ck_assert_str_eq(calfcare_shoes_width_letter(CALFCARE_SHOES_WIDTH_STANDARD, CALFCARE_SHOES_SEX_MALE), "D");
    ck_assert_str_eq(calfcare_shoes_width_letter(CALFCARE_SHOES_WIDTH_WIDE, CALFCARE_SHOES_SEX_MALE), "2E");
    ck_assert_str_eq(calfcare_shoes_width_letter(CALFCARE_SHOES_WIDTH_EXTRA_WIDE, CALFCARE_SHOES_SEX_MALE), "4E");
    ck_assert_str_eq(calfcare_shoes_width_letter(CALFCARE_SHOES_WIDTH_UNKNOWN, CALFCARE_SHOES_SEX_MALE), "");
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
    calfcare_shoe_advice a;
    calfcare_error err;
    /* Overpronation with a low arch still gives a neutral shoe chosen by comfort, and says why. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "pronation", "over", "arch", "low", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.category, CALFCARE_SHOES_CATEGORY_NEUTRAL);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_COMFORT_FIRST));
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_PRONATION_REPORTED), "Overpronation"));
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_PRONATION_REPORTED), "not used to prescribe"));
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_ARCH_REPORTED), "low arch"));
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_CUSHIONED_FOR_CALF));

    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "pronation", "under", NULL), CALFCARE_OK);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_PRONATION_REPORTED), "Underpronation"));
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_ARCH_REPORTED));

    /* Nothing known: neutral, comfort first, no pronation item. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.category, CALFCARE_SHOES_CATEGORY_NEUTRAL);
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_PRONATION_REPORTED));

    /* Calf pain: neutral_cushioned with its reason. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "calf_pain", "yes", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.category, CALFCARE_SHOES_CATEGORY_NEUTRAL_CUSHIONED);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_CUSHIONED_FOR_CALF), "calf pain"));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "calf_pain", "no", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.category, CALFCARE_SHOES_CATEGORY_NEUTRAL);
}
END_TEST

START_TEST(test_cushioning_flags)
{
    calfcare_shoe_advice a;
    calfcare_error err;
    /* firm + 71 kg: lighter (<= 71) -> both flags and the cushioned category */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "cushioning", "firm", "body_mass_kg", "71", NULL),
                     CALFCARE_OK);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_FIRM_CUSHIONING));
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_FIRM_LIGHTER_RUNNER));
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_ADVICE_FIRM_LIGHTER_RUNNER)].value, 71, EPS);
    ck_assert_int_eq(a.category, CALFCARE_SHOES_CATEGORY_NEUTRAL_CUSHIONED);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_CUSHIONED_FOR_CALF), "lighter runner"));
    /* firm + 71.1 kg: flagged, not "lighter", category neutral */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "cushioning", "firm", "body_mass_kg", "71.1", NULL),
                     CALFCARE_OK);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_FIRM_CUSHIONING));
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_FIRM_LIGHTER_RUNNER));
    ck_assert_int_eq(a.category, CALFCARE_SHOES_CATEGORY_NEUTRAL);
    /* firm, mass unknown: flagged only */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "cushioning", "firm", NULL), CALFCARE_OK);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_FIRM_CUSHIONING));
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_FIRM_LIGHTER_RUNNER));
    /* medium and soft: no flag, even for a light runner */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "cushioning", "medium", "body_mass_kg", "50", NULL),
                     CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_FIRM_CUSHIONING));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "cushioning", "soft", NULL), CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_FIRM_CUSHIONING));
}
END_TEST

/* ---- drop and transition plans ----------------------------------------------------------- */

START_TEST(test_drop_transition_4mm_plan)
{
    calfcare_shoe_advice a;
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
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_ADVICE_DROP_TRANSITION)].value, 8, EPS);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_DROP_TRANSITION), "by 4 mm: move over 8 weeks"));
    ck_assert(isnan(a.minimalist_cap_km));
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_MINIMALIST_CAP));

    /* weekly_km unknown: plan km is NaN */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "current_drop_mm", "10", "new_drop_mm", "6", NULL),
                     CALFCARE_OK);
    ck_assert(isnan(a.plan[0].km));
}
END_TEST

START_TEST(test_drop_small_and_raise)
{
    calfcare_shoe_advice a;
    calfcare_error err;
    /* 10 -> 6.1: decrease 3.9 < 4 -> ok, no plan */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "current_drop_mm", "10", "new_drop_mm", "6.1", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_OK);
    ck_assert_int_eq(a.transition_weeks, 0);
    ck_assert_uint_eq(a.plan_count, 0);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_DROP_SMALL_CHANGE));
    /* 8 -> 10: raise, eases the calf */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "current_drop_mm", "8", "new_drop_mm", "10", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_OK);
    ck_assert_double_eq_tol(a.drop_change_mm, 2, EPS);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_DROP_RAISE_EASES));
    /* same drop: ok, nothing to say */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "current_drop_mm", "8", "new_drop_mm", "8", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_DROP_RAISE_EASES));
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_DROP_SMALL_CHANGE));
    /* new drop without the current one: none, and asks for it */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "new_drop_mm", "4", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_NONE);
    ck_assert(isnan(a.drop_change_mm));
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_DROP_NEEDS_CURRENT));
    /* nothing given */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_NONE);
    ck_assert_int_eq(a.transition_weeks, 0);
}
END_TEST

START_TEST(test_drop_weeks_scale_and_cap)
{
    calfcare_shoe_advice a;
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
    calfcare_shoe_advice a;
    calfcare_error err;
    /* 71 kg is not "over 71": 8 weeks, no note */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "current_drop_mm", "10", "new_drop_mm", "6",
                            "body_mass_kg", "71", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.transition_weeks, 8);
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_HEAVIER_RUNNER));
    /* 71.1 kg: 8 x 1.25 = 10 weeks and the note (value = mass) */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "current_drop_mm", "10", "new_drop_mm", "6",
                            "body_mass_kg", "71.1", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.transition_weeks, 10);
    /* week 1 of 10: 10% */
    ck_assert_double_eq_tol(a.plan[0].share_pct, 10, EPS);
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_ADVICE_HEAVIER_RUNNER)].value, 71.1, EPS);
    /* heavy with no change considered: no note */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "body_mass_kg", "90", NULL), CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_HEAVIER_RUNNER));
    /* 10 -> 0 at 90 kg: 2 x 10 = 20, x 1.25 = 25 weeks */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "current_drop_mm", "10", "new_drop_mm", "0",
                            "body_mass_kg", "90", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.transition_weeks, 25);
}
END_TEST

START_TEST(test_going_minimalist)
{
    calfcare_shoe_advice a;
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
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_MINIMALIST_TRANSITION));
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_MINIMALIST_CAP));
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_ADVICE_MINIMALIST_OVER_CAP)].value, 60, EPS);
    /* heavier and minimalist: 26 x 1.25 = 32.5 -> 33, capped at 32 weeks */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "new_minimalist", "yes", "body_mass_kg", "80", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.transition_weeks, CALFCARE_SHOES_MAX_PLAN_WEEKS);
    ck_assert_double_eq_tol(a.plan[31].share_pct, 100, EPS);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_HEAVIER_RUNNER));
    /* already minimalist: no transition, but the cap; 35 km is not over it, 35.1 is */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "minimalist", "yes", "new_minimalist", "yes",
                            "weekly_km", "35", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_NONE);
    ck_assert_int_eq(a.transition_weeks, 0);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_MINIMALIST_CAP));
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_MINIMALIST_OVER_CAP));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "minimalist", "yes", "weekly_km", "35.1", NULL),
                     CALFCARE_OK);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_MINIMALIST_OVER_CAP));
    /* heavier runner already in minimalist shoes: the note without a plan */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "minimalist", "yes", "body_mass_kg", "80", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.transition_weeks, 0);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_HEAVIER_RUNNER), "share of running"));
    /* minimalist plus a 4 mm lower drop: the longer of the two (26 weeks) */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "new_minimalist", "yes", "current_drop_mm", "10",
                            "new_drop_mm", "6", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.transition_weeks, 26);
}
END_TEST

START_TEST(test_calf_pain_do_not_lower)
{
    calfcare_shoe_advice a;
    calfcare_error err;
    /* calf pain and 10 -> 4: do not lower, no plan */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "calf_pain", "yes", "current_drop_mm", "10",
                            "new_drop_mm", "4", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_DO_NOT_LOWER);
    ck_assert_int_eq(a.transition_weeks, 0);
    ck_assert_uint_eq(a.plan_count, 0);
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_ADVICE_DROP_KEEP_CALF_PAIN)].value, -6, EPS);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_DROP_KEEP_CALF_PAIN), "10 to 4 mm"));
    /* even a small decrease (1 mm) is refused with calf pain */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "calf_pain", "yes", "current_drop_mm", "10",
                            "new_drop_mm", "9", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_DO_NOT_LOWER);
    /* going minimalist with calf pain */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "calf_pain", "yes", "new_minimalist", "yes", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_DO_NOT_LOWER);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_DROP_KEEP_CALF_PAIN), "go minimalist"));
    /* ... also for a heavier runner: refused, so no plan and no "take it slowly" note */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "calf_pain", "yes", "new_minimalist", "yes",
                            "body_mass_kg", "90", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_DO_NOT_LOWER);
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_HEAVIER_RUNNER));
    /* calf pain, raising 4 -> 10: ok and eases; no low-drop note */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "calf_pain", "yes", "current_drop_mm", "4",
                            "new_drop_mm", "10", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_OK);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_DROP_RAISE_EASES));
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_LOW_DROP_CALF_PAIN));
    /* calf pain in a 4 mm (low) drop, nothing considered: note; 5 mm is mid: no note */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "calf_pain", "yes", "current_drop_mm", "4", NULL),
                     CALFCARE_OK);
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_ADVICE_LOW_DROP_CALF_PAIN)].value, 4, EPS);
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "calf_pain", "yes", "current_drop_mm", "5", NULL),
                     CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_LOW_DROP_CALF_PAIN));
    /* no calf pain in a 4 mm drop: no note */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "calf_pain", "no", "current_drop_mm", "4", NULL),
                     CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_LOW_DROP_CALF_PAIN));
}
END_TEST

/* ---- replacement and rotation ------------------------------------------------------------ */

START_TEST(test_replacement_km_edges)
{
    calfcare_shoe_advice a;
    calfcare_error err;
    /* 799 km: 800 - 799 = 1 km left, not due; 1 < 10% of 800 = 80 -> replace soon */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_km", "799", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, 0);
    ck_assert_double_eq_tol(a.km_left, 1, EPS);
    ck_assert_double_eq_tol(a.limit_km, 800, EPS);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_REPLACE_SOON));
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_REPLACE_KM));
    /* 800 km: 0 left, due (the limit is reached) */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_km", "800", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, 1);
    ck_assert_double_eq_tol(a.km_left, 0, EPS);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_REPLACE_KM));
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_REPLACE_SOON));
    /* 801 km: -1, due, 1 km over */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_km", "801", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, 1);
    ck_assert_double_eq_tol(a.km_left, -1, EPS);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_REPLACE_KM), "801 km"));
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_REPLACE_KM), "(1 km over)"));
    /* 720 km: 80 left = exactly 10% -> not "soon", wear ok; 721: 79 < 80 -> soon */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_km", "720", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, 0);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_WEAR_OK));
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_WEAR_OK), "80 km left of 800 km"));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_km", "721", NULL), CALFCARE_OK);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_REPLACE_SOON));
    /* configurable limit 500: 450 -> 50 left = 10% of 500, ok; 500 -> due */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_km", "450", "limit_km", "500", NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(a.km_left, 50, EPS);
    ck_assert_double_eq_tol(a.limit_km, 500, EPS);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_WEAR_OK));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_km", "500", "limit_km", "500", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, 1);
    /* nothing known: -1, NaN */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, -1);
    ck_assert(isnan(a.km_left));
    ck_assert(isnan(a.months_left));
    ck_assert_double_eq_tol(a.limit_km, CALFCARE_SHOES_DEFAULT_LIMIT_KM, EPS);
    ck_assert_double_eq_tol(a.limit_months, CALFCARE_SHOES_DEFAULT_LIMIT_MONTHS, EPS);
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_WEAR_OK));
}
END_TEST

START_TEST(test_replacement_age_edges)
{
    calfcare_shoe_advice a;
    calfcare_error err;
    /* 11 months: 12 - 11 = 1 left, not due */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_age_months", "11", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, 0);
    ck_assert_double_eq_tol(a.months_left, 1, EPS);
    ck_assert(isnan(a.km_left));
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_WEAR_OK));
    /* 12 months: due */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_age_months", "12", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, 1);
    ck_assert_double_eq_tol(a.months_left, 0, EPS);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_REPLACE_AGE));
    /* 13 months: due, value 13 */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_age_months", "13", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, 1);
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_ADVICE_REPLACE_AGE)].value, 13, EPS);
    /* limit_months 6: 6 months due */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_age_months", "6", "limit_months", "6", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, 1);
    /* age due, distance not: due overall, both facts kept (720 km -> 80 left) */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "shoe_age_months", "14", "shoe_km", "720", NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(a.replace_due, 1);
    ck_assert_double_eq_tol(a.km_left, 80, EPS);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_REPLACE_AGE));
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_REPLACE_KM));
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_WEAR_OK));
}
END_TEST

START_TEST(test_rotation)
{
    calfcare_shoe_advice a;
    calfcare_error err;
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "pairs", "1", NULL), CALFCARE_OK);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_ROTATE_PAIRS));
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_ROTATION_OK));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "pairs", "2", NULL), CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_ROTATE_PAIRS));
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_ADVICE_ROTATION_OK)].value, 2, EPS);
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", NULL), CALFCARE_OK);
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_ROTATE_PAIRS));
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_ROTATION_OK));
}
END_TEST

/* ---- stack and checklist ----------------------------------------------------------------- */

START_TEST(test_stack_limits)
{
    calfcare_shoe_advice a;
    calfcare_error err;
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "stack_mm", "20", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.road_stack_ok, 1);
    ck_assert_int_eq(a.track_stack_ok, 1); /* 20 <= 20 */
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_STACK_OK));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "stack_mm", "20.1", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.road_stack_ok, 1);
    ck_assert_int_eq(a.track_stack_ok, 0);
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_STACK_OVER_TRACK));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "stack_mm", "40", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.road_stack_ok, 1); /* 40 <= 40 */
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_STACK_OVER_TRACK));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", "stack_mm", "40.1", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.road_stack_ok, 0);
    ck_assert_int_eq(a.track_stack_ok, 0);
    ck_assert_double_eq_tol(a.advice[find(&a, CALFCARE_SHOES_ADVICE_STACK_OVER_ROAD)].value, 40.1, EPS);
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_STACK_OVER_TRACK));
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", NULL), CALFCARE_OK);
    ck_assert_int_eq(a.road_stack_ok, -1);
    ck_assert_int_eq(a.track_stack_ok, -1);
    ck_assert(!has(&a, CALFCARE_SHOES_ADVICE_STACK_OK));
}
END_TEST

START_TEST(test_fit_checklist_always_last)
{
    static const int codes[5] = {CALFCARE_SHOES_ADVICE_FIT_LATE_IN_DAY, CALFCARE_SHOES_ADVICE_FIT_BOTH_FEET,
                                 CALFCARE_SHOES_ADVICE_FIT_RUNNING_SOCKS, CALFCARE_SHOES_ADVICE_FIT_HEEL_LOCK,
                                 CALFCARE_SHOES_ADVICE_FIT_COMFORT};
    calfcare_shoe_advice a;
    calfcare_error err;
    int k;
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "260", NULL), CALFCARE_OK);
    /* minimal input: size, brands differ, comfort first, then the five checklist items */
    ck_assert_uint_eq(a.advice_count, 8);
    for (k = 0; k < 5; k++)
        ck_assert_int_eq(a.advice[a.advice_count - 5 + k].code, codes[k]);
    ck_assert_ptr_nonnull(strstr(text_of(&a, CALFCARE_SHOES_ADVICE_FIT_LATE_IN_DAY), "late in the day"));
}
END_TEST

/* ---- the sample runner and every code ---------------------------------------------------- */

START_TEST(test_sample_runner)
{
    calfcare_shoe_advice a;
    calfcare_error err;
    size_t i;
    /* tools/sample.h: feet 245/248, width 95, female, firm 4 mm shoes, 720 km, 14 months, 30 mm
     * stack, one pair, 58 kg, 48 km/week, calf pain, considering 10 mm. */
    ck_assert_int_eq(advise(&a, &err, "foot_length_mm", "245,248", "foot_width_mm", "95", "sex", "female", "arch",
                            "normal", "pronation", "over", "weekly_km", "48", "body_mass_kg", "58", "calf_pain", "yes",
                            "current_drop_mm", "4", "new_drop_mm", "10", "stack_mm", "30", "cushioning", "firm",
                            "shoe_km", "720", "shoe_age_months", "14", "minimalist", "no", "pairs", "1", NULL),
                     CALFCARE_OK);
    ck_assert_double_eq_tol(a.size.eu, 39, EPS);
    ck_assert_double_eq_tol(a.size.us_women, 8, EPS);
    /* 95 / 248 = 0.383 < 0.40: standard, B */
    ck_assert_int_eq(a.width, CALFCARE_SHOES_WIDTH_STANDARD);
    ck_assert_str_eq(calfcare_shoes_width_letter(a.width, a.sex), "B");
    ck_assert_int_eq(a.category, CALFCARE_SHOES_CATEGORY_NEUTRAL_CUSHIONED);
    ck_assert_int_eq(a.drop, CALFCARE_SHOES_DROP_OK);
    ck_assert_double_eq_tol(a.drop_change_mm, 6, EPS);
    ck_assert_int_eq(a.replace_due, 1); /* 14 >= 12 months */
    ck_assert_double_eq_tol(a.km_left, 80, EPS);
    ck_assert_int_eq(a.track_stack_ok, 0); /* 30 > 20 */
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_FIRM_LIGHTER_RUNNER));
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_ROTATE_PAIRS));
    ck_assert(has(&a, CALFCARE_SHOES_ADVICE_PRONATION_REPORTED));
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
                                4052, 4053, 4054, 4055, 4060, 4061, 4062, 4063, 4064, 4070, 4071, 4072};
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
}
END_TEST

START_TEST(test_schema_fields)
{
    static const char *const names[CALFCARE_SHOES_FIELD_COUNT] = {
        "foot_length_mm", "foot_width_mm", "sex", "arch", "pronation", "weekly_km", "body_mass_kg",
        "calf_pain", "current_drop_mm", "new_drop_mm", "stack_mm", "cushioning", "shoe_km", "shoe_age_months",
        "minimalist", "pairs", "limit_km", "limit_months", "toe_room_mm", "new_minimalist"};
    int i;
    ck_assert_uint_eq(calfcare_input_field_count(CALFCARE_SCHEMA_SHOES), CALFCARE_SHOES_FIELD_COUNT);
    for (i = 0; i < CALFCARE_SHOES_FIELD_COUNT; i++) {
        const calfcare_field *f = calfcare_input_field(CALFCARE_SCHEMA_SHOES, i);
        ck_assert_ptr_nonnull(f);
        ck_assert_int_eq(f->id, i);
        ck_assert_str_eq(f->name, names[i]);
        ck_assert(f->help && f->help[0]);
    }
    /* the enum values are the ids */
    ck_assert_int_eq(calfcare_input_find(CALFCARE_SCHEMA_SHOES, "foot-length-mm"), CALFCARE_SHOES_FOOT_LENGTH_MM);
    ck_assert_int_eq(calfcare_input_find(CALFCARE_SCHEMA_SHOES, "calf-pain"), CALFCARE_SHOES_CALF_PAIN);
    ck_assert_int_eq(calfcare_input_find(CALFCARE_SCHEMA_SHOES, "new_minimalist"), CALFCARE_SHOES_NEW_MINIMALIST);
    ck_assert_int_eq(calfcare_input_field(CALFCARE_SCHEMA_SHOES, CALFCARE_SHOES_FOOT_LENGTH_MM)->max_count, 2);
    ck_assert_int_eq(calfcare_input_field(CALFCARE_SCHEMA_SHOES, CALFCARE_SHOES_CALF_PAIN)->type,
                     CALFCARE_FIELD_CHOICE);
    ck_assert_str_eq(calfcare_input_field(CALFCARE_SCHEMA_SHOES, CALFCARE_SHOES_CALF_PAIN)->choices[0], "no");
    ck_assert_str_eq(calfcare_input_field(CALFCARE_SCHEMA_SHOES, CALFCARE_SHOES_SEX)->choices[CALFCARE_SHOES_SEX_MALE],
                     "male");
    ck_assert_str_eq(calfcare_input_field(CALFCARE_SCHEMA_SHOES, CALFCARE_SHOES_CUSHIONING)
                         ->choices[CALFCARE_SHOES_CUSHIONING_FIRM],
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
    {"toe_room_mm", "16"},          {"new_minimalist", "sometimes"},
};

START_TEST(test_invalid_inputs_name_the_field)
{
    calfcare_input in;
    calfcare_error err;
    int id = calfcare_input_find(CALFCARE_SCHEMA_SHOES, invalid[_i].field);
    ck_assert_int_ge(id, 0);
    ck_assert_int_eq(calfcare_input_init(&in, CALFCARE_SCHEMA_SHOES, &err), CALFCARE_OK);
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
    ck_assert_int_eq(calfcare_input_init(&in, CALFCARE_SCHEMA_SHOES, &err), CALFCARE_OK);
    for (id = 0; id < CALFCARE_SHOES_FIELD_COUNT; id++) {
        const calfcare_field *f = calfcare_input_field(CALFCARE_SCHEMA_SHOES, id);
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
    calfcare_shoe_advice a;
    calfcare_error err;

    /* foot length missing */
    ck_assert_int_eq(advise(&a, &err, "weekly_km", "30", NULL), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "foot_length_mm");
    ck_assert_ptr_nonnull(strstr(err.message, "required"));

    ck_assert_int_eq(calfcare_input_init(&in, CALFCARE_SCHEMA_SHOES, &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_SHOES_FOOT_LENGTH_MM, 250, &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_shoes_advise(&in, NULL, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_shoes_advise(NULL, &a, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_shoes_advise(NULL, &a, NULL), CALFCARE_E_NULL);
    /* not initialised */
    memset(&zero, 0, sizeof zero);
    ck_assert_int_eq(calfcare_shoes_advise(&zero, &a, &err), CALFCARE_E_STATE);
    ck_assert_str_eq(err.field, "input");
    /* another schema */
    ck_assert_int_eq(calfcare_input_init(&zero, CALFCARE_SCHEMA_DIAGNOSIS, &err), CALFCARE_OK);
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
    tcase_add_test(tc, test_advise_size_from_longer_foot);
    tcase_add_test(tc, test_advise_child_sizes);
    tcase_add_test(tc, test_width_class_boundaries);
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
