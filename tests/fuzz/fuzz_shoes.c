/*
 * libFuzzer target: calfcare_shoes_advise() on shoe inputs built from the fuzz bytes through the
 * calfcare_input API, plus calfcare_shoes_size() and calfcare_shoes_km_left() with any doubles.
 *
 * Properties (abort on violation):
 * - advise succeeds exactly when a foot length is given and the width (if given) is 25-55% of the
 *   longer foot; otherwise CALFCARE_E_INVALID naming the field; it never changes the input;
 * - the size, on the sizing foot F = foot + toe room - 10: Mondopoint and EU are the smallest steps
 *   at or above F and (F + 15 mm) x 3/20, and the EU size fits F; US/UK are within a quarter size
 *   of the Brannock value 3 x F (in) - 22 (- 23 UK, - 20.5 US women's) and fit F; NaN only below 1;
 * - a brand chart size fits the foot and the next smaller row does not;
 * - width class from the advice's width bounds: from the chart, extra - wide = 2 letters (9.525 mm)
 *   and wide - 1 letter a chart standard width of 2.8-4.5 in; else the ratio thresholds of shoes.h;
 *   category, drop and replace codes valid;
 *   the plan has transition_weeks weeks, shares rising to 100%, minimalist km within the cap;
 *   replace_due agrees with km_left and months_left; stack flags agree with the stack height;
 * - advice items have known 4000-4999 codes and NUL-terminated text;
 * - size() and km_left() refuse out-of-range / NaN / infinite arguments and give exact results.
 */
#include "fuzz_common.h"

static double val(const calfcare_input *in, int id, size_t idx)
{
    double v;
    if (calfcare_input_count(in, id) <= idx)
        return NAN;
    PROP(calfcare_input_get(in, id, idx, &v, NULL) == CALFCARE_OK);
    return v;
}

static void check_size(const calfcare_shoes_size_result *s, double foot, double toe)
{
    double f = foot + toe - CALFCARE_SHOES_DEFAULT_TOE_ROOM_MM, in = f / 25.4;
    PROP(s->foot_mm == foot && s->toe_room_mm == toe);
    PROP(fabs(s->last_mm - (foot + toe)) < 1e-9);
    PROP(s->mondopoint_mm >= f - 1e-6 && s->mondopoint_mm < f + 5 && fmod(s->mondopoint_mm, 5) == 0);
    PROP(s->eu >= (f + 15) * 3 / 20 - 1e-6 && s->eu < (f + 15) * 3 / 20 + 0.5 && fmod(s->eu * 2, 1) == 0);
    PROP(s->eu_fits_mm >= f - 1e-6 && fabs(s->eu_fits_mm - (s->eu * 20 / 3 - 15)) < 1e-9);
    PROP(isnan(s->uk) ? 3 * in - 23 < 0.75 + 1e-6 : fabs(s->uk - (3 * in - 23)) <= 0.25 + 1e-6);
    PROP(isnan(s->us_men) ? 3 * in - 22 < 0.75 + 1e-6 : fabs(s->us_men - (3 * in - 22)) <= 0.25 + 1e-6);
    PROP(isnan(s->us_women) ? 3 * in - 20.5 < 0.75 + 1e-6 : fabs(s->us_women - (3 * in - 20.5)) <= 0.25 + 1e-6);
    PROP(isnan(s->us_men) == isnan(s->us_men_fits_mm) && (isnan(s->us_men) || s->us_men_fits_mm >= f - 1e-6));
    PROP(isnan(s->uk) == isnan(s->uk_fits_mm) && (isnan(s->uk) || s->uk_fits_mm >= f - 1e-6));
    PROP(isnan(s->us_women) || s->us_women_fits_mm >= f - 1e-6);
    PROP(isnan(s->uk) || s->uk >= 1);
    PROP(isnan(s->us_men) || s->us_men >= 1);
    PROP(isnan(s->us_women) || s->us_women >= 1);
    /* Same foot: women's size above men's above UK (zero points 20.5 / 22 / 23). */
    if (!isnan(s->uk))
        PROP(!isnan(s->us_men) && s->us_men >= s->uk);
    if (!isnan(s->us_men))
        PROP(!isnan(s->us_women) && s->us_women >= s->us_men);
}

/* A brand size fits the sizing foot and the next smaller row does not. */
static void check_brand(const calfcare_shoes_brand_size_result *b, double foot, double toe)
{
    double f = foot + toe - CALFCARE_SHOES_DEFAULT_TOE_ROOM_MM;
    if (!b->in_chart) {
        PROP(isnan(b->us) && isnan(b->uk) && isnan(b->eu) && isnan(b->fits_up_to_mm));
        return;
    }
    PROP(b->fits_up_to_mm >= f - 1e-9);
    PROP(isnan(b->smaller_fits_up_to_mm) || b->smaller_fits_up_to_mm < f);
    PROP(b->us >= 1 && b->uk >= 1 && b->eu >= 30);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz f = {data, size};
    calfcare_input in, copy;
    calfcare_shoes_advice out;
    calfcare_shoes_size_result sz;
    calfcare_error err;
    calfcare_status st;
    unsigned ops = 0;
    size_t i;
    double foot, toe, a, b, km;

    /* The two scalar functions first. */
    a = fz_double(&f, 150, 350);
    b = fz_double(&f, 10, 15);
    st = calfcare_shoes_size(a, b, &sz, &err);
    if (in_range(a, 150, 350) && in_range(b, 10, 15)) {
        PROP(st == CALFCARE_OK);
        check_size(&sz, a, b);
    } else {
        PROP(st == CALFCARE_E_INVALID);
        PROP_ERR(st, err);
    }
    {
        calfcare_shoes_brand_size_result bs;
        int brand = (int)(fz_u8(&f) % (CALFCARE_SHOES_BRAND_COUNT + 2)) - 1; /* -1 .. COUNT */
        st = calfcare_shoes_brand_size(brand, CALFCARE_SEX_MALE, a, b, &bs, &err);
        if (brand >= 0 && brand < CALFCARE_SHOES_BRAND_COUNT && in_range(a, 150, 350) && in_range(b, 10, 15)) {
            PROP(st == CALFCARE_OK);
            check_brand(&bs, a, b);
        } else {
            PROP(st == CALFCARE_E_INVALID);
            PROP_ERR(st, err);
        }
    }
    a = fz_double(&f, 0, 10000);
    b = fz_double(&f, 100, 2000);
    km = -42;
    st = calfcare_shoes_km_left(a, b, &km, &err);
    if (in_range(a, 0, 10000) && in_range(b, 100, 2000))
        PROP(st == CALFCARE_OK && km == b - a);
    else
        PROP(st == CALFCARE_E_INVALID && km == -42);

    PROP(calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_SHOES, &err) == CALFCARE_OK);
    if (fz_u8(&f) & 1) { /* usually a foot, so that advise runs deep */
        double feet[2] = {fz_mostly_valid(&f, 150, 350), fz_mostly_valid(&f, 150, 350)};
        calfcare_input_set_list(&in, CALFCARE_SHOES_FOOT_LENGTH_MM, feet, 1 + fz_u8(&f) % 2, NULL);
    }
    while (fz_more(&f) && ops++ < 100) {
        int id = (int)(fz_u8(&f) % (CALFCARE_SHOES_FIELD_COUNT + 2)) - 1;
        const calfcare_input_field *fd = calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_SHOES, id);
        double lo = fd && fd->type == CALFCARE_INPUT_FIELD_NUMBER ? fd->min : 0;
        double hi = fd && fd->type == CALFCARE_INPUT_FIELD_NUMBER ? fd->max : 2;
        calfcare_input before = in;
        switch (fz_u8(&f) % 4) {
        case 0:
        case 1:
            st = calfcare_input_set(&in, id, fz_mostly_valid(&f, lo, hi), &err);
            break;
        case 2:
            st = calfcare_input_set(&in, id, fz_double(&f, lo, hi), &err);
            break;
        default: {
            double v[3] = {fz_double(&f, lo, hi), fz_mostly_valid(&f, lo, hi), fz_mostly_valid(&f, lo, hi)};
            st = calfcare_input_set_list(&in, id, v, fz_u8(&f) % 4, &err);
            break;
        }
        }
        if (st != CALFCARE_OK) {
            PROP_ERR(st, err);
            PROP(memcmp(&before, &in, sizeof in) == 0);
        }
    }

    copy = in;
    st = calfcare_shoes_advise(&in, &out, &err);
    PROP(memcmp(&copy, &in, sizeof in) == 0);
    foot = fmax(val(&in, CALFCARE_SHOES_FOOT_LENGTH_MM, 0), val(&in, CALFCARE_SHOES_FOOT_LENGTH_MM, 1));
    if (isnan(foot)) {
        PROP(st == CALFCARE_E_INVALID && strcmp(err.field, "foot_length_mm") == 0);
        return 0;
    }
    {
        double w = val(&in, CALFCARE_SHOES_FOOT_WIDTH_MM, 0);
        if (!isnan(w) && !(w >= 0.25 * foot - 1e-9 && w <= 0.55 * foot + 1e-9)) {
            PROP(st == CALFCARE_E_INVALID && strcmp(err.field, "foot_width_mm") == 0);
            return 0;
        }
        PROP(st == CALFCARE_OK);
        if (isnan(w)) {
            PROP(out.width == CALFCARE_SHOES_WIDTH_UNKNOWN && isnan(out.width_ratio));
        } else {
            PROP(fabs(out.width_ratio - w / foot) < 1e-12);
            PROP(out.width == (w < out.width_wide_from_mm         ? CALFCARE_SHOES_WIDTH_STANDARD
                               : w < out.width_extra_wide_from_mm ? CALFCARE_SHOES_WIDTH_WIDE
                                                                  : CALFCARE_SHOES_WIDTH_EXTRA_WIDE));
        }
        if (out.width_from_chart) {
            double std = out.width_wide_from_mm - CALFCARE_SHOES_WIDTH_LETTER_MM;
            PROP(out.sex >= 0);
            PROP(fabs(out.width_extra_wide_from_mm - out.width_wide_from_mm - 2 * CALFCARE_SHOES_WIDTH_LETTER_MM) < 1e-9);
            PROP(std >= 2.8 * 25.4 && std <= 4.5 * 25.4);
        } else {
            PROP(fabs(out.width_wide_from_mm - CALFCARE_SHOES_WIDE_RATIO * foot) < 1e-9);
            PROP(fabs(out.width_extra_wide_from_mm - CALFCARE_SHOES_EXTRA_WIDE_RATIO * foot) < 1e-9);
        }
    }
    toe = val(&in, CALFCARE_SHOES_TOE_ROOM_MM, 0);
    check_size(&out.size, foot, isnan(toe) ? CALFCARE_SHOES_DEFAULT_TOE_ROOM_MM : toe);
    PROP(out.sex == (isnan(val(&in, CALFCARE_SHOES_SEX, 0)) ? -1 : (int)val(&in, CALFCARE_SHOES_SEX, 0)));
    PROP(out.category == CALFCARE_SHOES_CATEGORY_NEUTRAL || out.category == CALFCARE_SHOES_CATEGORY_NEUTRAL_CUSHIONED);
    PROP(out.drop >= CALFCARE_SHOES_DROP_NONE && out.drop <= CALFCARE_SHOES_DROP_DO_NOT_LOWER);
    if (val(&in, CALFCARE_SHOES_CALF_PAIN, 0) == 1 && out.drop != CALFCARE_SHOES_DROP_NONE && out.drop_change_mm < 0)
        PROP(out.drop == CALFCARE_SHOES_DROP_DO_NOT_LOWER); /* never advise lowering the drop with calf pain */
    PROP(out.transition_weeks >= 0 && out.transition_weeks <= CALFCARE_SHOES_MAX_PLAN_WEEKS);
    PROP(out.plan_count == (size_t)out.transition_weeks);
    for (i = 0; i < out.plan_count; i++) {
        const calfcare_shoes_week *w = &out.plan[i];
        PROP(w->week == (int)i + 1);
        PROP(w->share_pct > 0 && w->share_pct <= 100 && floor(w->share_pct) == w->share_pct);
        if (i)
            PROP(w->share_pct >= out.plan[i - 1].share_pct);
        PROP(isnan(w->km) || w->km >= 0);
        if (val(&in, CALFCARE_SHOES_NEW_MINIMALIST, 0) == 1 && !isnan(w->km)) /* km in the new minimalist shoe */
            PROP(w->km <= CALFCARE_SHOES_MINIMALIST_CAP_KM + 1e-9);
    }
    if (out.plan_count)
        PROP(out.plan[out.plan_count - 1].share_pct == 100);
    {
        double skm = val(&in, CALFCARE_SHOES_SHOE_KM, 0), age = val(&in, CALFCARE_SHOES_SHOE_AGE_MONTHS, 0);
        if (isnan(skm) && isnan(age))
            PROP(out.replace_due == -1);
        else
            PROP(out.replace_due == ((!isnan(skm) && out.km_left <= 0) || (!isnan(age) && out.months_left <= 0)));
        PROP(isnan(skm) ? isnan(out.km_left) : out.km_left == out.limit_km - skm);
        PROP(isnan(age) ? isnan(out.months_left) : out.months_left == out.limit_months - age);
    }
    {
        double stack = val(&in, CALFCARE_SHOES_STACK_MM, 0);
        PROP(out.road_stack_ok == (isnan(stack) ? -1 : stack <= CALFCARE_SHOES_ROAD_STACK_MM));
        PROP(out.track_stack_ok == (isnan(stack) ? -1 : stack <= CALFCARE_SHOES_TRACK_STACK_MM));
    }
    PROP(out.advice_count >= 1 && out.advice_count <= CALFCARE_SHOES_MAX_ADVICE);
    for (i = 0; i < out.advice_count; i++) {
        PROP(out.advice[i].code >= 4000 && out.advice[i].code <= 4999);
        PROP(calfcare_reason_lookup(out.advice[i].code) != NULL);
        PROP(good_text(out.advice[i].text, sizeof out.advice[i].text) && out.advice[i].text[0]);
    }
    return 0;
}
