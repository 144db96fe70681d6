/* Tests of calfcare/progression.h. Expected values are worked by hand in the comments beside them. */
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <calfcare.h>

#include "suites.h"

#define SENTINEL (-12345.0)
#define CC_N(a) (sizeof(a) / sizeof((a)[0]))

static calfcare_progression_params defaults(void)
{
    calfcare_progression_params p;
    ck_assert_int_eq(calfcare_progression_params_init(&p, NULL), CALFCARE_OK);
    return p;
}

/* ---- parameters ---------------------------------------------------------------------------- */

START_TEST(test_params_defaults)
{
    calfcare_progression_params p = defaults();
    calfcare_progression_plan_params pp;
    calfcare_error err;
    ck_assert(p.max_increase_pct == 10.0);
    ck_assert_int_eq(p.acute_days, 7);
    ck_assert_int_eq(p.chronic_days, 28);
    ck_assert_int_eq(p.decay, CALFCARE_PROGRESSION_DECAY_2_OVER_N_PLUS_1);
    ck_assert_int_eq(p.coupling, CALFCARE_PROGRESSION_COUPLED);
    ck_assert_int_eq(calfcare_progression_plan_params_init(&pp, NULL), CALFCARE_OK);
    ck_assert(pp.max_increase_pct == 10.0 && pp.cutback_pct == 25.0);
    ck_assert_int_eq(pp.cutback_every, 4);
    ck_assert_int_eq(pp.weeks, 0);
    ck_assert(pp.current_km == 0 && pp.target_km == 0);
    ck_assert_int_eq(calfcare_progression_params_init(NULL, &err), CALFCARE_E_NULL);
    ck_assert_str_eq(err.field, "params");
    ck_assert_int_eq(calfcare_progression_plan_params_init(NULL, NULL), CALFCARE_E_NULL);
}
END_TEST

START_TEST(test_enum_values_and_words)
{
    int v = -1;
    calfcare_error err;
    /* Stable ABI values. */
    ck_assert_int_eq(CALFCARE_PROGRESSION_DECAY_2_OVER_N_PLUS_1, 1);
    ck_assert_int_eq(CALFCARE_PROGRESSION_DECAY_EXP, 2);
    ck_assert_int_eq(CALFCARE_PROGRESSION_DECAY_1_OVER_N, 3);
    ck_assert_int_eq(CALFCARE_PROGRESSION_COUPLED, 1);
    ck_assert_int_eq(CALFCARE_PROGRESSION_UNCOUPLED, 2);
    ck_assert_int_eq(CALFCARE_PROGRESSION_BAND_OVER_100, 4);
    ck_assert_int_eq(CALFCARE_PROGRESSION_ACWR_BAND_VERY_HIGH, 4);
    ck_assert_int_eq(CALFCARE_PROGRESSION_COL_TOTAL_KM, 11);
    ck_assert_uint_eq(calfcare_progression_batch_columns(), CALFCARE_PROGRESSION_BATCH_COLUMNS);

    ck_assert_str_eq(calfcare_progression_decay_name(1), "2/(n+1)");
    ck_assert_str_eq(calfcare_progression_decay_name(2), "exp");
    ck_assert_str_eq(calfcare_progression_decay_name(3), "1/n");
    ck_assert_str_eq(calfcare_progression_decay_name(0), "unknown");
    ck_assert_str_eq(calfcare_progression_decay_name(4), "unknown");
    ck_assert_str_eq(calfcare_progression_coupling_name(2), "uncoupled");
    ck_assert_str_eq(calfcare_progression_coupling_name(3), "unknown");
    ck_assert_int_eq(calfcare_progression_decay_parse("exp", &v, NULL), CALFCARE_OK);
    ck_assert_int_eq(v, 2);
    ck_assert_int_eq(calfcare_progression_decay_parse("1/n", &v, NULL), CALFCARE_OK);
    ck_assert_int_eq(v, 3);
    ck_assert_int_eq(calfcare_progression_decay_parse("EXP", &v, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "decay");
    /* the one word message of every _parse() (cc_parse_name): the word quoted, the words in order */
    ck_assert_str_eq(err.message, "decay: unknown word 'EXP'; accepted: 2/(n+1)|exp|1/n");
    ck_assert_int_eq(v, 3); /* untouched on error */
    ck_assert_int_eq(calfcare_progression_decay_parse(NULL, &v, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_progression_decay_parse("exp", NULL, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_progression_coupling_parse("uncoupled", &v, NULL), CALFCARE_OK);
    ck_assert_int_eq(v, 2);
    ck_assert_int_eq(calfcare_progression_coupling_parse("loose", &v, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "coupling");
    ck_assert_str_eq(err.message, "coupling: unknown word 'loose'; accepted: coupled|uncoupled");
    ck_assert_int_eq(v, 2);
    ck_assert_int_eq(calfcare_progression_coupling_parse("coupled", NULL, NULL), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_progression_coupling_parse(NULL, &v, &err), CALFCARE_E_NULL);
    ck_assert_str_eq(err.field, "coupling");

    ck_assert_str_eq(calfcare_progression_band_name(0), "no_reference");
    ck_assert_str_eq(calfcare_progression_band_name(1), "within_10");
    ck_assert_str_eq(calfcare_progression_band_name(4), "over_100");
    ck_assert_str_eq(calfcare_progression_band_name(5), "unknown");
    ck_assert_str_eq(calfcare_progression_band_name(-1), "unknown");
    ck_assert_str_eq(calfcare_progression_acwr_band_name(2), "moderate");
    ck_assert_str_eq(calfcare_progression_acwr_band_name(4), "very_high");
    ck_assert_str_eq(calfcare_progression_acwr_band_name(9), "unknown");
}
END_TEST

START_TEST(test_reasons)
{
    int code;
    /* Every code of the range 3001-3025 is described; its neighbours are not. */
    for (code = CALFCARE_PROGRESSION_R_WEEKLY_OVER_LIMIT; code <= CALFCARE_PROGRESSION_R_HARD_PROXY; code++) {
        const calfcare_reason *r = calfcare_reason_lookup(code);
        ck_assert_msg(r != NULL, "code %d", code);
        ck_assert_int_eq(r->code, code);
        ck_assert(r->name && *r->name && r->text && *r->text && r->source && *r->source);
        ck_assert(strlen(r->strength) == 1 && strchr("SMWCF", r->strength[0]));
    }
    ck_assert_ptr_null(calfcare_reason_lookup(3000));
    ck_assert_ptr_null(calfcare_reason_lookup(3026));
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_PROGRESSION_R_CLIMB_OVER_LIMIT)->source, "padulo2013");
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_PROGRESSION_R_HARD_OVER_LIMIT)->source, "dorn2012");
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_PROGRESSION_R_ONE_RISE_A_WEEK)->source, "coaching");
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_PROGRESSION_R_SPIKE_OVER_100)->source, "frandsen2025");
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_PROGRESSION_R_ACWR_CONTESTED)->strength, "C");
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_PROGRESSION_R_WEEKLY_OVER_LIMIT)->strength, "W");
}
END_TEST

/* ---- weekly check ---------------------------------------------------------------------------- */

START_TEST(test_weekly_sample_runner)
{
    /* The sample runner: 30, 32, 35, 48 km. */
    const double km[] = {30, 32, 35, 48};
    calfcare_progression_params p = defaults();
    calfcare_progression_weekly_result r;
    double chg[4];
    unsigned char over[4];
    ck_assert_int_eq(calfcare_progression_check_weekly(km, 4, &p, chg, 4, over, 4, &r, NULL), CALFCARE_OK);
    ck_assert(isnan(chg[0]) && over[0] == 0);          /* no week before the first */
    ck_assert_double_eq_tol(chg[1], 6.6666667, 1e-6);  /* 32/30 - 1 = 6.67% <= 10% */
    ck_assert_int_eq(over[1], 0);
    ck_assert_double_eq_tol(chg[2], 9.375, 1e-9);      /* 35/32 - 1 = 9.375% <= 10% */
    ck_assert_int_eq(over[2], 0);
    ck_assert_double_eq_tol(chg[3], 37.1428571, 1e-6); /* 48/35 - 1 = 37.1% > 10% */
    ck_assert_int_eq(over[3], 1);
    ck_assert_uint_eq(r.count, 4);
    ck_assert_uint_eq(r.over_limit_count, 1);
    ck_assert_double_eq_tol(r.next_week_max, 52.8, 1e-9);      /* 48 x 1.10 */
    ck_assert_double_eq_tol(r.last_change_pct, 37.1428571, 1e-6);
    ck_assert_double_eq_tol(r.max_change_pct, 37.1428571, 1e-6);
    ck_assert_double_eq_tol(r.two_week_change_pct, 50.0, 1e-9); /* 48/32 - 1 = 50% > 30% (Nielsen) */
    ck_assert_uint_eq(r.advice_count, 2);
    ck_assert_int_eq(r.advice[0], CALFCARE_PROGRESSION_R_WEEKLY_OVER_LIMIT);
    ck_assert_int_eq(r.advice[1], CALFCARE_PROGRESSION_R_TWO_WEEK_OVER_30);
}
END_TEST

START_TEST(test_weekly_thresholds)
{
    calfcare_progression_params p = defaults();
    calfcare_progression_weekly_result r;
    double chg[3];
    unsigned char over[3];
    {
        const double km[] = {40, 44}; /* 44/40 - 1 = exactly 10%: within */
        ck_assert_int_eq(calfcare_progression_check_weekly(km, 2, &p, chg, 3, over, 3, &r, NULL), CALFCARE_OK);
        ck_assert_int_eq(over[1], 0);
        ck_assert_uint_eq(r.advice_count, 1);
        ck_assert_int_eq(r.advice[0], CALFCARE_PROGRESSION_R_WEEKLY_WITHIN);
        ck_assert(isnan(r.two_week_change_pct)); /* two weeks only */
    }
    {
        const double km[] = {30, 33}; /* 30 x 1.1 = 33.000000000000004 in binary: 33 is within */
        ck_assert_int_eq(calfcare_progression_check_weekly(km, 2, &p, chg, 2, over, 2, &r, NULL), CALFCARE_OK);
        ck_assert_int_eq(over[1], 0);
    }
    {
        const double km[] = {40, 44.01}; /* 10.025% > 10% */
        ck_assert_int_eq(calfcare_progression_check_weekly(km, 2, &p, chg, 2, over, 2, &r, NULL), CALFCARE_OK);
        ck_assert_int_eq(over[1], 1);
        ck_assert_double_eq_tol(chg[1], 10.025, 1e-9);
    }
    {
        const double km[] = {0, 5, 0}; /* from 0 km: change undefined, over (cap 0); down to 0: -100% */
        ck_assert_int_eq(calfcare_progression_check_weekly(km, 3, &p, chg, 3, over, 3, &r, NULL), CALFCARE_OK);
        ck_assert(isnan(chg[1]));
        ck_assert_int_eq(over[1], 1);
        ck_assert_double_eq_tol(chg[2], -100.0, 1e-9);
        ck_assert_int_eq(over[2], 0);
        ck_assert(isnan(r.two_week_change_pct)); /* 0 two weeks before */
        ck_assert_double_eq_tol(r.max_change_pct, -100.0, 1e-9);
        ck_assert_double_eq_tol(r.next_week_max, 0.0, 1e-12);
    }
    {
        const double km[] = {0, 0}; /* 0 -> 0 stays within */
        ck_assert_int_eq(calfcare_progression_check_weekly(km, 2, &p, chg, 2, over, 2, &r, NULL), CALFCARE_OK);
        ck_assert_int_eq(over[1], 0);
        ck_assert(isnan(r.max_change_pct));
    }
    {
        const double km[] = {25}; /* one week: no change, cap 27.5 */
        ck_assert_int_eq(calfcare_progression_check_weekly(km, 1, &p, chg, 1, over, 1, &r, NULL), CALFCARE_OK);
        ck_assert(isnan(r.last_change_pct) && isnan(r.max_change_pct));
        ck_assert_double_eq_tol(r.next_week_max, 27.5, 1e-9);
    }
    {
        /* A 20% limit: 48/40 = +20% within, 48.1/40 = +20.25% over; two weeks 30 -> 40 -> 48 = +60%. */
        const double km[] = {30, 40, 48};
        p.max_increase_pct = 20;
        ck_assert_int_eq(calfcare_progression_check_weekly(km, 3, &p, chg, 3, over, 3, &r, NULL), CALFCARE_OK);
        ck_assert_int_eq(over[1], 1); /* 40/30 = +33.3% > 20% */
        ck_assert_int_eq(over[2], 0);
        ck_assert_double_eq_tol(r.next_week_max, 57.6, 1e-9); /* 48 x 1.2 */
        ck_assert_double_eq_tol(r.two_week_change_pct, 60.0, 1e-9);
    }
    {
        /* 30 -> 33 -> 39: +10%, +18.2%; two weeks +30% exactly is not above 30%. */
        const double km[] = {30, 33, 39};
        p.max_increase_pct = 20;
        ck_assert_int_eq(calfcare_progression_check_weekly(km, 3, &p, chg, 3, over, 3, &r, NULL), CALFCARE_OK);
        ck_assert_double_eq_tol(r.two_week_change_pct, 30.0, 1e-9);
        ck_assert_uint_eq(r.advice_count, 1);
        ck_assert_int_eq(r.advice[0], CALFCARE_PROGRESSION_R_WEEKLY_WITHIN);
    }
}
END_TEST

START_TEST(test_weekly_load)
{
    /* Session-RPE (Foster 2001): 45 min x 6 = 270; weekly loads 1200 -> 1500 = +25% > 10%. */
    const double load[] = {1200, 1500};
    calfcare_progression_params p = defaults();
    calfcare_progression_weekly_result r;
    calfcare_error err;
    double chg[2], l = -1;
    unsigned char over[2];
    ck_assert_int_eq(calfcare_progression_session_load(45, 6, &l, NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(l, 270.0, 1e-12);
    ck_assert_int_eq(calfcare_progression_session_load(45, 11, &l, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "rpe");
    ck_assert_int_eq(calfcare_progression_session_load(-1, 5, &l, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "duration_min");
    ck_assert_int_eq(calfcare_progression_session_load(1441, 5, &l, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_progression_session_load(NAN, 5, &l, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_progression_session_load(10, 5, NULL, &err), CALFCARE_E_NULL);
    ck_assert_double_eq_tol(l, 270.0, 1e-12);

    ck_assert_int_eq(calfcare_progression_check_weekly_load(load, 2, &p, chg, 2, over, 2, &r, NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(chg[1], 25.0, 1e-9);
    ck_assert_int_eq(over[1], 1);
    ck_assert_double_eq_tol(r.next_week_max, 1650.0, 1e-9); /* 1500 x 1.1 */
    ck_assert_int_eq(r.advice[r.advice_count - 1], CALFCARE_PROGRESSION_R_LOAD_SESSION_RPE);
    {
        /* Loads above 1000 are fine (unlike km) but not above 100800. */
        const double bad[] = {1000, 100801};
        ck_assert_int_eq(calfcare_progression_check_weekly_load(bad, 2, &p, chg, 2, over, 2, &r, &err),
                         CALFCARE_E_INVALID);
        ck_assert_str_eq(err.field, "weekly_load");
    }
}
END_TEST

START_TEST(test_weekly_invalid)
{
    calfcare_progression_params p = defaults();
    calfcare_progression_weekly_result r;
    calfcare_error err;
    double chg[4] = {SENTINEL, SENTINEL, SENTINEL, SENTINEL};
    unsigned char over[4] = {7, 7, 7, 7};
    const double good[] = {30, 32, 35};
    const double neg[] = {30, -1, 35};
    const double nan_[] = {30, NAN, 35};
    const double inf_[] = {30, INFINITY, 35};
    const double big[] = {30, 1000.5, 35};

    /* Longer than CALFCARE_PROGRESSION_MAX_SERIES: refused before any value is read (so a 3-value
     * array with a claimed length of 10,000,001 is safe to pass here); 10,000,000 is the limit. */
    ck_assert_int_eq(calfcare_progression_check_weekly(good, 10000001, &p, chg, 4, over, 4, &r, &err),
                     CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "weekly_km");
    ck_assert_str_eq(err.message, "weekly_km: 10000001 values; at most 10000000 (CALFCARE_PROGRESSION_MAX_SERIES)");
    {
        double day[1] = {0}, km[1] = {5}, sp[1];
        unsigned char band[1];
        calfcare_progression_spike_result sr;
        ck_assert_int_eq(calfcare_progression_spikes(day, 10000001, km, 10000001, 1, sp, 1, band, 1, &sr, &err),
                         CALFCARE_E_INVALID);
        ck_assert_str_eq(err.field, "run_day");
    }
    ck_assert_int_eq(calfcare_progression_check_weekly(neg, 3, &p, chg, 4, over, 4, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "weekly_km");
    ck_assert_str_eq(err.message, "weekly_km: -1 is outside the accepted range; accepted: 0 to 1000 km (index 1)");
    ck_assert(err.value == -1 && err.min == 0 && err.max == 1000);
    ck_assert_int_eq(calfcare_progression_check_weekly(nan_, 3, &p, chg, 4, over, 4, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "weekly_km");
    ck_assert_int_eq(calfcare_progression_check_weekly(inf_, 3, &p, chg, 4, over, 4, &r, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_progression_check_weekly(big, 3, &p, chg, 4, over, 4, &r, &err), CALFCARE_E_INVALID);
    /* nothing written on any error */
    ck_assert(chg[0] == SENTINEL && chg[3] == SENTINEL && over[0] == 7 && over[3] == 7);

    /* The limit: 0% and 500% are invalid, so are 0.5% and 50.1%; 1% and 50% are the edges. */
    p.max_increase_pct = 0;
    ck_assert_int_eq(calfcare_progression_check_weekly(good, 3, &p, chg, 4, over, 4, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "max_increase_pct");
    p.max_increase_pct = 500;
    ck_assert_int_eq(calfcare_progression_check_weekly(good, 3, &p, chg, 4, over, 4, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "max_increase_pct");
    p.max_increase_pct = 0.5;
    ck_assert_int_eq(calfcare_progression_check_weekly(good, 3, &p, chg, 4, over, 4, &r, &err), CALFCARE_E_INVALID);
    p.max_increase_pct = 50.1;
    ck_assert_int_eq(calfcare_progression_check_weekly(good, 3, &p, chg, 4, over, 4, &r, &err), CALFCARE_E_INVALID);
    p.max_increase_pct = NAN;
    ck_assert_int_eq(calfcare_progression_check_weekly(good, 3, &p, chg, 4, over, 4, &r, &err), CALFCARE_E_INVALID);
    ck_assert(chg[0] == SENTINEL && over[0] == 7);
    p.max_increase_pct = 1;
    ck_assert_int_eq(calfcare_progression_check_weekly(good, 3, &p, chg, 4, over, 4, &r, NULL), CALFCARE_OK);
    p.max_increase_pct = 50;
    ck_assert_int_eq(calfcare_progression_check_weekly(good, 3, &p, chg, 4, over, 4, &r, NULL), CALFCARE_OK);
    ck_assert(chg[3] == SENTINEL && over[3] == 7); /* not written past the 3 weeks */

    /* NULL pointers */
    p = defaults();
    chg[0] = SENTINEL;
    over[0] = 7;
    ck_assert_int_eq(calfcare_progression_check_weekly(NULL, 3, &p, chg, 4, over, 4, &r, &err), CALFCARE_E_NULL);
    ck_assert_str_eq(err.field, "weekly_km");
    ck_assert_int_eq(calfcare_progression_check_weekly(good, 3, NULL, chg, 4, over, 4, &r, &err), CALFCARE_E_NULL);
    ck_assert_str_eq(err.field, "params");
    ck_assert_int_eq(calfcare_progression_check_weekly(good, 3, &p, NULL, 4, over, 4, &r, &err), CALFCARE_E_NULL);
    ck_assert_str_eq(err.field, "change_pct");
    ck_assert_int_eq(calfcare_progression_check_weekly(good, 3, &p, chg, 4, NULL, 4, &r, &err), CALFCARE_E_NULL);
    ck_assert_str_eq(err.field, "over_limit");
    ck_assert_int_eq(calfcare_progression_check_weekly(good, 3, &p, chg, 4, over, 4, NULL, &err), CALFCARE_E_NULL);
    ck_assert_str_eq(err.field, "result");
    ck_assert_int_eq(calfcare_progression_check_weekly(good, 3, &p, chg, 4, over, 4, NULL, NULL), CALFCARE_E_NULL);

    /* Lengths: empty input, impossible lengths, outputs too short (nothing written). */
    ck_assert_int_eq(calfcare_progression_check_weekly(good, 0, &p, chg, 4, over, 4, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "weekly_km");
    ck_assert_int_eq(calfcare_progression_check_weekly(good, SIZE_MAX, &p, chg, 4, over, 4, &r, &err), CALFCARE_E_BUFFER);
    ck_assert_int_eq(calfcare_progression_check_weekly(good, 3, &p, chg, 2, over, 4, &r, &err), CALFCARE_E_BUFFER);
    ck_assert_str_eq(err.field, "change_pct");
    ck_assert_str_eq(err.message, "change_pct: buffer too small: length 2, needs 3");
    ck_assert_int_eq(calfcare_progression_check_weekly(good, 3, &p, chg, 4, over, 2, &r, &err), CALFCARE_E_BUFFER);
    ck_assert_str_eq(err.field, "over_limit");
    ck_assert_int_eq(calfcare_progression_check_weekly(good, 3, &p, chg, 0, over, 4, &r, &err), CALFCARE_E_BUFFER);
    ck_assert_int_eq(calfcare_progression_check_weekly(good, 3, &p, chg, SIZE_MAX, over, 4, &r, &err), CALFCARE_E_BUFFER);
    ck_assert_int_eq(calfcare_progression_check_weekly(good, 3, &p, chg, 4, over, SIZE_MAX, &r, &err), CALFCARE_E_BUFFER);
    ck_assert(chg[0] == SENTINEL && over[0] == 7);
}
END_TEST

START_TEST(test_params_invalid)
{
    const double x[] = {5, 0, 6};
    calfcare_progression_params p;
    calfcare_progression_acwr_result r;
    calfcare_error err;

    p = defaults();
    p.acute_days = 0;
    ck_assert_int_eq(calfcare_progression_acwr(x, 3, &p, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "acute_days");
    p = defaults();
    p.chronic_days = 366;
    ck_assert_int_eq(calfcare_progression_acwr(x, 3, &p, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "chronic_days");
    p = defaults();
    p.chronic_days = 1;
    ck_assert_int_eq(calfcare_progression_acwr(x, 3, &p, &r, &err), CALFCARE_E_INVALID);
    p = defaults();
    p.acute_days = 28; /* not shorter than the chronic 28 */
    ck_assert_int_eq(calfcare_progression_acwr(x, 3, &p, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "acute_days");
    ck_assert_str_eq(err.message, "acute_days: must be shorter than chronic_days (28 >= 28)");
    ck_assert(err.max == 27);
    p = defaults();
    p.decay = 4;
    ck_assert_int_eq(calfcare_progression_acwr(x, 3, &p, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "decay");
    p.decay = 0;
    ck_assert_int_eq(calfcare_progression_acwr(x, 3, &p, &r, &err), CALFCARE_E_INVALID);
    p = defaults();
    p.coupling = 0;
    ck_assert_int_eq(calfcare_progression_acwr(x, 3, &p, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "coupling");
    p = defaults();
    p.max_increase_pct = -10;
    ck_assert_int_eq(calfcare_progression_acwr(x, 3, &p, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "max_increase_pct");
}
END_TEST

START_TEST(test_weekly_totals)
{
    /* 30 days of 1, 2, ..., 30 km: 30 = 4 x 7 + 2, so the first 2 days are left out and the weeks are
     * days 3-9, 10-16, 17-23, 24-30: sums 42, 91, 140, 189 (7 x the middle day 6, 13, 20, 27). */
    double day[30], wk[5] = {SENTINEL, SENTINEL, SENTINEL, SENTINEL, SENTINEL};
    size_t n = 99, i;
    calfcare_error err;
    for (i = 0; i < 30; i++)
        day[i] = (double)(i + 1);
    ck_assert_int_eq(calfcare_progression_weekly_totals(day, 30, wk, 5, &n, NULL), CALFCARE_OK);
    ck_assert_uint_eq(n, 4);
    ck_assert(wk[0] == 42 && wk[1] == 91 && wk[2] == 140 && wk[3] == 189);
    ck_assert(wk[4] == SENTINEL);
    /* 6 days: no full week. */
    ck_assert_int_eq(calfcare_progression_weekly_totals(day, 6, wk, 1, &n, NULL), CALFCARE_OK);
    ck_assert_uint_eq(n, 0);
    /* The sample runner's 28 days give its weekly totals. */
    {
        static const double s[28] = {6, 0, 8, 0, 6, 0, 10, 6, 0, 8, 0, 6, 0, 12,
                                     7, 0, 9, 0, 7, 0, 12, 8, 0, 10, 6, 8, 0, 16};
        ck_assert_int_eq(calfcare_progression_weekly_totals(s, 28, wk, 4, &n, NULL), CALFCARE_OK);
        ck_assert_uint_eq(n, 4);
        ck_assert(wk[0] == 30 && wk[1] == 32 && wk[2] == 35 && wk[3] == 48);
    }
    wk[0] = SENTINEL;
    ck_assert_int_eq(calfcare_progression_weekly_totals(day, 30, wk, 3, &n, &err), CALFCARE_E_BUFFER);
    ck_assert_str_eq(err.field, "weekly_km");
    ck_assert(wk[0] == SENTINEL);
    day[5] = -0.5;
    ck_assert_int_eq(calfcare_progression_weekly_totals(day, 30, wk, 5, &n, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "daily_km");
    ck_assert_str_eq(err.message, "daily_km: -0.5 is outside the accepted range; accepted: 0 to 320 km (index 5)");
    ck_assert_int_eq(calfcare_progression_weekly_totals(NULL, 30, wk, 5, &n, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_progression_weekly_totals(day, 30, wk, 5, NULL, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_progression_weekly_totals(day, 0, wk, 5, &n, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_progression_weekly_totals(day, 30, wk, 0, &n, &err), CALFCARE_E_BUFFER);
    /* Loads: the same weeks; 14400 a day is accepted (not a km value), 14401 is not. */
    day[5] = 14400;
    ck_assert_int_eq(calfcare_progression_weekly_load_totals(day, 30, wk, 5, &n, NULL), CALFCARE_OK);
    ck_assert_uint_eq(n, 4);
    ck_assert(wk[0] == 42 - 6 + 14400 && wk[1] == 91);
    day[5] = 14401;
    ck_assert_int_eq(calfcare_progression_weekly_load_totals(day, 30, wk, 5, &n, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "daily_load");
    ck_assert_int_eq(calfcare_progression_weekly_load_totals(day, 30, wk, 3, &n, &err), CALFCARE_E_BUFFER);
    ck_assert_str_eq(err.field, "weekly_load");
}
END_TEST

/* ---- spikes -------------------------------------------------------------------------------------- */

START_TEST(test_spike_bands)
{
    ck_assert_int_eq(calfcare_progression_spike_classify(NAN), CALFCARE_PROGRESSION_BAND_NO_REFERENCE);
    ck_assert_int_eq(calfcare_progression_spike_classify(-50), CALFCARE_PROGRESSION_BAND_WITHIN_10);
    ck_assert_int_eq(calfcare_progression_spike_classify(10), CALFCARE_PROGRESSION_BAND_WITHIN_10);
    ck_assert_int_eq(calfcare_progression_spike_classify(10.001), CALFCARE_PROGRESSION_BAND_OVER_10);
    ck_assert_int_eq(calfcare_progression_spike_classify(30), CALFCARE_PROGRESSION_BAND_OVER_10);
    ck_assert_int_eq(calfcare_progression_spike_classify(30.001), CALFCARE_PROGRESSION_BAND_OVER_30);
    ck_assert_int_eq(calfcare_progression_spike_classify(100), CALFCARE_PROGRESSION_BAND_OVER_30);
    ck_assert_int_eq(calfcare_progression_spike_classify(100.001), CALFCARE_PROGRESSION_BAND_OVER_100);
    ck_assert_int_eq(calfcare_progression_spike_classify(INFINITY), CALFCARE_PROGRESSION_BAND_OVER_100);
}
END_TEST

START_TEST(test_spikes_hand_worked)
{
    /* day:  0    10    20    35     36
     * km:   10   11    13    26.1   5
     * ref:  -    10    11    13     26.1   (longest of days d-30 .. d-1)
     * run 0: no run before -> NaN, no_reference
     * run 1: 11/10 - 1 = 10% exactly -> within_10
     * run 2: window -10..19 holds 10 and 11: 13/11 - 1 = 18.18% -> over_10
     * run 3: window 5..34 holds 11 and 13 (day 0 dropped): 26.1/13 - 1 = 100.77% -> over_100
     * run 4: window 6..35: 5/26.1 - 1 = -80.8% -> within_10
     * next run on day 37: window 7..36 -> longest 26.1, cap 26.1 x 1.10 = 28.71 km */
    const double day[] = {0, 10, 20, 35, 36}, km[] = {10, 11, 13, 26.1, 5};
    double sp[6] = {SENTINEL, SENTINEL, SENTINEL, SENTINEL, SENTINEL, SENTINEL};
    unsigned char b[6] = {9, 9, 9, 9, 9, 9};
    calfcare_progression_spike_result r;
    ck_assert_int_eq(calfcare_progression_spikes(day, 5, km, 5, 37, sp, 6, b, 6, &r, NULL), CALFCARE_OK);
    ck_assert(isnan(sp[0]));
    ck_assert_int_eq(b[0], CALFCARE_PROGRESSION_BAND_NO_REFERENCE);
    ck_assert_double_eq_tol(sp[1], 10.0, 1e-9);
    ck_assert_int_eq(b[1], CALFCARE_PROGRESSION_BAND_WITHIN_10);
    ck_assert_double_eq_tol(sp[2], 18.181818, 1e-5);
    ck_assert_int_eq(b[2], CALFCARE_PROGRESSION_BAND_OVER_10);
    ck_assert_double_eq_tol(sp[3], 100.769231, 1e-5);
    ck_assert_int_eq(b[3], CALFCARE_PROGRESSION_BAND_OVER_100);
    ck_assert_double_eq_tol(sp[4], -80.842912, 1e-5);
    ck_assert_int_eq(b[4], CALFCARE_PROGRESSION_BAND_WITHIN_10);
    ck_assert(sp[5] == SENTINEL && b[5] == 9);
    ck_assert_uint_eq(r.count, 5);
    /* The history starts on day 0: runs from day 0 + 30 on have their whole window in it (days 35, 36),
     * the runs of days 0, 10 and 20 do not (their over_10 on day 20 is judged on 20 days). */
    ck_assert(r.reference_from_day == 30.0);
    ck_assert_double_eq_tol(r.longest_30d_km, 26.1, 1e-12);
    ck_assert_double_eq_tol(r.next_run_max_km, 28.71, 1e-9);
    ck_assert_double_eq_tol(r.last_spike_pct, -80.842912, 1e-5);
    ck_assert_double_eq_tol(r.max_spike_pct, 100.769231, 1e-5);
    ck_assert_uint_eq(r.band_count[0], 1);
    ck_assert_uint_eq(r.band_count[1], 2);
    ck_assert_uint_eq(r.band_count[2], 1);
    ck_assert_uint_eq(r.band_count[3], 0);
    ck_assert_uint_eq(r.band_count[4], 1);
    ck_assert_uint_eq(r.advice_count, 3);
    ck_assert_int_eq(r.advice[0], CALFCARE_PROGRESSION_R_SPIKE_OVER_100);
    ck_assert_int_eq(r.advice[1], CALFCARE_PROGRESSION_R_SPIKE_OVER_10);
    ck_assert_int_eq(r.advice[2], CALFCARE_PROGRESSION_R_NEXT_RUN_CAP);
    /* Next run 40 days after the last: nothing in the window, cap 0 (start over with short runs). */
    ck_assert_int_eq(calfcare_progression_spikes(day, 5, km, 5, 76, sp, 6, b, 6, &r, NULL), CALFCARE_OK);
    ck_assert(r.longest_30d_km == 0 && r.next_run_max_km == 0);
}
END_TEST

START_TEST(test_spikes_window_edges)
{
    /* The window is days d-30 .. d-1: a 10 km run on day 0 is the reference on day 30, not on day 31.
     * Day 30: 13/10 - 1 = 30% -> over_10 (30% is not over 30%). Day 60: window 30..59 holds day 30's 13:
     * 26/13 - 1 = 100% -> over_30 (100% is not over 100%). */
    const double day[] = {0, 30, 60}, km[] = {10, 13, 26};
    const double day2[] = {0, 31}, km2[] = {10, 13};
    double sp[3];
    unsigned char b[3];
    calfcare_progression_spike_result r;
    ck_assert_int_eq(calfcare_progression_spikes(day, 3, km, 3, 60, sp, 3, b, 3, &r, NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(sp[1], 30.0, 1e-9);
    ck_assert_int_eq(b[1], CALFCARE_PROGRESSION_BAND_OVER_10);
    ck_assert_double_eq_tol(sp[2], 100.0, 1e-9);
    ck_assert_int_eq(b[2], CALFCARE_PROGRESSION_BAND_OVER_30);
    /* next_day = the last day 60: the window 30..59 excludes the run of day 60 itself -> 13 km, cap 14.3 */
    ck_assert_double_eq_tol(r.longest_30d_km, 13.0, 1e-12);
    ck_assert_double_eq_tol(r.next_run_max_km, 14.3, 1e-9);
    ck_assert_int_eq(calfcare_progression_spikes(day2, 2, km2, 2, 32, sp, 3, b, 3, &r, NULL), CALFCARE_OK);
    ck_assert(isnan(sp[1]));
    ck_assert_int_eq(b[1], CALFCARE_PROGRESSION_BAND_NO_REFERENCE);
    ck_assert_double_eq_tol(r.longest_30d_km, 13.0, 1e-12); /* window 2..31 */
}
END_TEST

START_TEST(test_spikes_same_day)
{
    /* Two runs on day 5 after a 10 km run on day 0: each is compared with 10, not with each other.
     * 6/10 - 1 = -40%; 12/10 - 1 = +20% -> over_10. */
    const double day[] = {0, 5, 5}, km[] = {10, 6, 12};
    double sp[3];
    unsigned char b[3];
    calfcare_progression_spike_result r;
    ck_assert_int_eq(calfcare_progression_spikes(day, 3, km, 3, 6, sp, 3, b, 3, &r, NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(sp[1], -40.0, 1e-9);
    ck_assert_double_eq_tol(sp[2], 20.0, 1e-9);
    ck_assert_int_eq(b[2], CALFCARE_PROGRESSION_BAND_OVER_10);
    ck_assert_double_eq_tol(r.longest_30d_km, 12.0, 1e-12);
}
END_TEST

START_TEST(test_spikes_invalid)
{
    const double day[] = {0, 10, 20}, km[] = {10, 11, 13};
    const double back[] = {0, 10, 9}, frac[] = {0, 10.5, 20}, negkm[] = {10, -1, 13};
    double sp[3] = {SENTINEL, SENTINEL, SENTINEL};
    unsigned char b[3] = {9, 9, 9};
    calfcare_progression_spike_result r;
    calfcare_error err;
    ck_assert_int_eq(calfcare_progression_spikes(back, 3, km, 3, 21, sp, 3, b, 3, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "run_day");
    ck_assert_str_eq(err.message, "run_day: days must not decrease: 9 after 10 (run 2)");
    ck_assert_int_eq(calfcare_progression_spikes(frac, 3, km, 3, 21, sp, 3, b, 3, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "run_day");
    ck_assert_int_eq(calfcare_progression_spikes(day, 3, negkm, 3, 21, sp, 3, b, 3, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "run_km");
    ck_assert_int_eq(calfcare_progression_spikes(day, 3, km, 2, 21, sp, 3, b, 3, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "run_km");
    ck_assert_int_eq(calfcare_progression_spikes(day, 3, km, 3, 19, sp, 3, b, 3, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "next_day");
    ck_assert_int_eq(calfcare_progression_spikes(day, 3, km, 3, NAN, sp, 3, b, 3, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "next_day");
    ck_assert_int_eq(calfcare_progression_spikes(day, 3, km, 3, 21, sp, 2, b, 3, &r, &err), CALFCARE_E_BUFFER);
    ck_assert_str_eq(err.field, "spike_pct");
    ck_assert_int_eq(calfcare_progression_spikes(day, 3, km, 3, 21, sp, 3, b, 2, &r, &err), CALFCARE_E_BUFFER);
    ck_assert_str_eq(err.field, "band");
    ck_assert_int_eq(calfcare_progression_spikes(day, SIZE_MAX, km, 3, 21, sp, 3, b, 3, &r, &err), CALFCARE_E_BUFFER);
    ck_assert_int_eq(calfcare_progression_spikes(day, 0, km, 0, 21, sp, 3, b, 3, &r, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_progression_spikes(NULL, 3, km, 3, 21, sp, 3, b, 3, &r, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_progression_spikes(day, 3, NULL, 3, 21, sp, 3, b, 3, &r, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_progression_spikes(day, 3, km, 3, 21, NULL, 3, b, 3, &r, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_progression_spikes(day, 3, km, 3, 21, sp, 3, NULL, 3, &r, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_progression_spikes(day, 3, km, 3, 21, sp, 3, b, 3, NULL, &err), CALFCARE_E_NULL);
    ck_assert(sp[0] == SENTINEL && b[0] == 9);
}
END_TEST

/* ---- acute:chronic ratio ------------------------------------------------------------------------ */

/* The short series used for hand-working: x = 10, 0, 5, 10 with acute N = 3 and chronic N = 4. */
static const double ewma_x[4] = {10, 0, 5, 10};

static void run_acwr(int decay, int coupling, double *a, double *c, double *ratio, calfcare_progression_acwr_result *r)
{
    calfcare_progression_params p = defaults();
    p.acute_days = 3;
    p.chronic_days = 4;
    p.decay = decay;
    p.coupling = coupling;
    ck_assert_int_eq(calfcare_progression_acwr_series(ewma_x, 4, &p, a, 4, c, 4, ratio, 4, r, NULL), CALFCARE_OK);
}

START_TEST(test_acwr_two_over_n_plus_1)
{
    /* lambda_a = 2/(3+1) = 0.5, lambda_c = 2/(4+1) = 0.4; A(-1) = C(-1) = 0.
     * A: 0.5x10 = 5;  0.5x0 + 0.5x5 = 2.5;  0.5x5 + 0.5x2.5 = 3.75;  0.5x10 + 0.5x3.75 = 6.875
     * C: 0.4x10 = 4;  0.6x4 = 2.4;  0.4x5 + 0.6x2.4 = 3.44;  0.4x10 + 0.6x3.44 = 6.064
     * coupled ratio: 5/4 = 1.25; 2.5/2.4 = 1.041667; 3.75/3.44 = 1.090116; 6.875/6.064 = 1.133740
     * uncoupled (chronic of acute_days = 3 days before): days 0-2 have no chronic yet -> NaN;
     * day 3: 6.875 / C(0) = 6.875/4 = 1.71875 */
    double a[4], c[4], q[4];
    calfcare_progression_acwr_result r;
    run_acwr(CALFCARE_PROGRESSION_DECAY_2_OVER_N_PLUS_1, CALFCARE_PROGRESSION_COUPLED, a, c, q, &r);
    ck_assert_double_eq_tol(a[0], 5.0, 1e-12);
    ck_assert_double_eq_tol(a[1], 2.5, 1e-12);
    ck_assert_double_eq_tol(a[2], 3.75, 1e-12);
    ck_assert_double_eq_tol(a[3], 6.875, 1e-12);
    ck_assert_double_eq_tol(c[0], 4.0, 1e-12);
    ck_assert_double_eq_tol(c[1], 2.4, 1e-12);
    ck_assert_double_eq_tol(c[2], 3.44, 1e-12);
    ck_assert_double_eq_tol(c[3], 6.064, 1e-12);
    ck_assert_double_eq_tol(q[0], 1.25, 1e-12);
    ck_assert_double_eq_tol(q[1], 1.0416667, 1e-6);
    ck_assert_double_eq_tol(q[2], 1.0901163, 1e-6);
    ck_assert_double_eq_tol(q[3], 1.1337401, 1e-6);
    ck_assert_double_eq_tol(r.acute, 6.875, 1e-12);
    ck_assert_double_eq_tol(r.chronic, 6.064, 1e-12);
    ck_assert_double_eq_tol(r.ratio, 1.1337401, 1e-6);
    ck_assert_int_eq(r.band, CALFCARE_PROGRESSION_ACWR_BAND_MODERATE); /* 0.8 <= 1.13 <= 1.3 */
    ck_assert_int_eq(r.settled, 0); /* the start still weighs 0.6^4 = 0.13 > 0.1 in C */
    ck_assert_double_eq_tol(r.lambda_acute, 0.5, 1e-15);
    ck_assert_double_eq_tol(r.lambda_chronic, 0.4, 1e-15);
    ck_assert_uint_eq(r.days, 4);
    ck_assert_uint_eq(r.advice_count, 2);
    ck_assert_int_eq(r.advice[0], CALFCARE_PROGRESSION_R_ACWR_UNSETTLED);
    ck_assert_int_eq(r.advice[1], CALFCARE_PROGRESSION_R_ACWR_CONTESTED);

    run_acwr(CALFCARE_PROGRESSION_DECAY_2_OVER_N_PLUS_1, CALFCARE_PROGRESSION_UNCOUPLED, a, c, q, &r);
    ck_assert_double_eq_tol(a[3], 6.875, 1e-12); /* the acute side does not change */
    ck_assert(c[0] == 0 && c[1] == 0 && c[2] == 0);
    ck_assert(isnan(q[0]) && isnan(q[1]) && isnan(q[2]));
    ck_assert_double_eq_tol(c[3], 4.0, 1e-12);
    ck_assert_double_eq_tol(q[3], 1.71875, 1e-12);
    ck_assert_int_eq(r.band, CALFCARE_PROGRESSION_ACWR_BAND_VERY_HIGH); /* 1.72 >= 1.5 */
    ck_assert_int_eq(r.settled, 0); /* the lagged chronic has seen 1 day: 0.6^1 > 0.1 */
    ck_assert_uint_eq(r.advice_count, 3);
    ck_assert_int_eq(r.advice[0], CALFCARE_PROGRESSION_R_ACWR_VERY_HIGH);
    ck_assert_int_eq(r.advice[1], CALFCARE_PROGRESSION_R_ACWR_UNSETTLED);
    ck_assert_int_eq(r.advice[2], CALFCARE_PROGRESSION_R_ACWR_CONTESTED);
}
END_TEST

START_TEST(test_acwr_one_over_n)
{
    /* lambda_a = 1/3, lambda_c = 1/4.
     * A: 10/3 = 3.333333;  (2/3)(10/3) = 20/9 = 2.222222;  5/3 + (2/3)(20/9) = 85/27 = 3.148148;
     *    10/3 + (2/3)(85/27) = 440/81 = 5.432099
     * C: 2.5;  0.75x2.5 = 1.875;  1.25 + 0.75x1.875 = 2.65625;  2.5 + 0.75x2.65625 = 4.4921875
     * coupled day 3: 5.432099/4.4921875 = 1.209232; uncoupled day 3: 5.432099/C(0) = 5.432099/2.5 = 2.172840 */
    double a[4], c[4], q[4];
    calfcare_progression_acwr_result r;
    run_acwr(CALFCARE_PROGRESSION_DECAY_1_OVER_N, CALFCARE_PROGRESSION_COUPLED, a, c, q, &r);
    ck_assert_double_eq_tol(a[1], 20.0 / 9.0, 1e-12);
    ck_assert_double_eq_tol(a[2], 85.0 / 27.0, 1e-12);
    ck_assert_double_eq_tol(a[3], 440.0 / 81.0, 1e-12);
    ck_assert_double_eq_tol(c[1], 1.875, 1e-12);
    ck_assert_double_eq_tol(c[2], 2.65625, 1e-12);
    ck_assert_double_eq_tol(c[3], 4.4921875, 1e-12);
    ck_assert_double_eq_tol(q[0], 4.0 / 3.0, 1e-12); /* 3.333333/2.5 */
    ck_assert_double_eq_tol(q[3], 1.209232, 1e-6);
    ck_assert_double_eq_tol(r.lambda_acute, 1.0 / 3.0, 1e-15);
    run_acwr(CALFCARE_PROGRESSION_DECAY_1_OVER_N, CALFCARE_PROGRESSION_UNCOUPLED, a, c, q, &r);
    ck_assert_double_eq_tol(q[3], 2.172840, 1e-6);
    ck_assert_double_eq_tol(r.ratio, 2.172840, 1e-6);
}
END_TEST

START_TEST(test_acwr_exp)
{
    /* GoldenCheetah's form: lambda = 1 - exp(-1/N): lambda_a = 1 - e^(-1/3) = 0.283469,
     * lambda_c = 1 - e^(-1/4) = 0.221199.
     * A: 2.834687;  0.716531 x 2.834687 = 2.031142;  1.417343 + 0.716531 x 2.031142 = 2.872720;
     *    2.834687 + 0.716531 x 2.872720 = 4.893081
     * C: 2.211992;  0.778801 x 2.211992 = 1.722701;  1.105996 + 0.778801 x 1.722701 = 2.447637;
     *    2.211992 + 0.778801 x 2.447637 = 4.118214
     * coupled day 3: 4.893081/4.118214 = 1.188156; uncoupled: 4.893081/2.211992 = 2.212070 */
    double a[4], c[4], q[4];
    calfcare_progression_acwr_result r;
    run_acwr(CALFCARE_PROGRESSION_DECAY_EXP, CALFCARE_PROGRESSION_COUPLED, a, c, q, &r);
    ck_assert_double_eq_tol(r.lambda_acute, 0.283469, 1e-6);
    ck_assert_double_eq_tol(r.lambda_chronic, 0.221199, 1e-6);
    ck_assert_double_eq_tol(a[0], 2.834687, 1e-5);
    ck_assert_double_eq_tol(a[1], 2.031142, 1e-5);
    ck_assert_double_eq_tol(a[2], 2.872720, 1e-5);
    ck_assert_double_eq_tol(a[3], 4.893081, 1e-5);
    ck_assert_double_eq_tol(c[1], 1.722701, 1e-5);
    ck_assert_double_eq_tol(c[2], 2.447637, 1e-5);
    ck_assert_double_eq_tol(c[3], 4.118214, 1e-5);
    ck_assert_double_eq_tol(q[3], 1.188156, 1e-5);
    run_acwr(CALFCARE_PROGRESSION_DECAY_EXP, CALFCARE_PROGRESSION_UNCOUPLED, a, c, q, &r);
    ck_assert_double_eq_tol(q[3], 2.212070, 1e-5);
    ck_assert(isnan(q[2]));
}
END_TEST

START_TEST(test_acwr_seed_first)
{
    /* Seed "first" (the R package ACWR): A_0 = C_0 = x_0 = 10, then lambda 0.5 / 0.4 as before.
     * A: 10;  0.5x10 = 5;  0.5x5 + 0.5x5 = 5;  0.5x10 + 0.5x5 = 7.5
     * C: 10;  0.6x10 = 6;  0.4x5 + 0.6x6 = 5.6;  0.4x10 + 0.6x5.6 = 7.36
     * coupled ratio: 1; 5/6 = 0.833333; 5/5.6 = 0.892857; 7.5/7.36 = 1.019022
     * uncoupled day 3: 7.5 / C_0 = 7.5/10 = 0.75 (days 0-2: NaN) */
    double a[4], c[4], q[4];
    calfcare_progression_acwr_result r;
    calfcare_progression_params p = defaults();
    int v = 0;
    p.acute_days = 3;
    p.chronic_days = 4;
    p.seed = CALFCARE_PROGRESSION_SEED_FIRST;
    ck_assert_int_eq(calfcare_progression_acwr_series(ewma_x, 4, &p, a, 4, c, 4, q, 4, &r, NULL), CALFCARE_OK);
    ck_assert(a[0] == 10 && c[0] == 10 && q[0] == 1);
    ck_assert_double_eq_tol(a[1], 5, 1e-12);
    ck_assert_double_eq_tol(a[2], 5, 1e-12);
    ck_assert_double_eq_tol(a[3], 7.5, 1e-12);
    ck_assert_double_eq_tol(c[1], 6, 1e-12);
    ck_assert_double_eq_tol(c[2], 5.6, 1e-12);
    ck_assert_double_eq_tol(c[3], 7.36, 1e-12);
    ck_assert_double_eq_tol(q[1], 0.833333, 1e-6);
    ck_assert_double_eq_tol(q[2], 0.892857, 1e-6);
    ck_assert_double_eq_tol(q[3], 1.019022, 1e-6);
    p.coupling = CALFCARE_PROGRESSION_UNCOUPLED;
    ck_assert_int_eq(calfcare_progression_acwr_series(ewma_x, 4, &p, a, 4, c, 4, q, 4, &r, NULL), CALFCARE_OK);
    ck_assert(isnan(q[0]) && isnan(q[1]) && isnan(q[2]));
    ck_assert_double_eq_tol(q[3], 0.75, 1e-12);
    /* The R package's defaults (7/28 days, 2/(N+1)) on 10 then 20 km: A_1 = 0.25x20 + 0.75x10 = 12.5,
     * C_1 = (2/29)x20 + (27/29)x10 = 310/29 = 10.689655; ratio 12.5/10.689655 = 1.169355 */
    {
        const double two[] = {10, 20};
        p = defaults();
        p.seed = CALFCARE_PROGRESSION_SEED_FIRST;
        ck_assert_int_eq(calfcare_progression_acwr(two, 2, &p, &r, NULL), CALFCARE_OK);
        ck_assert_double_eq_tol(r.acute, 12.5, 1e-12);
        ck_assert_double_eq_tol(r.chronic, 310.0 / 29.0, 1e-12);
        ck_assert_double_eq_tol(r.ratio, 1.169355, 1e-6);
    }
    /* words and invalid values */
    ck_assert_str_eq(calfcare_progression_seed_name(1), "zero");
    ck_assert_str_eq(calfcare_progression_seed_name(2), "first");
    ck_assert_str_eq(calfcare_progression_seed_name(3), "unknown");
    ck_assert_int_eq(calfcare_progression_seed_parse("first", &v, NULL), CALFCARE_OK);
    ck_assert_int_eq(v, 2);
    {
        calfcare_error err;
        ck_assert_int_eq(calfcare_progression_seed_parse("one", &v, &err), CALFCARE_E_INVALID);
        ck_assert_str_eq(err.field, "seed");
        ck_assert_str_eq(err.message, "seed: unknown word 'one'; accepted: zero|first");
        ck_assert_int_eq(v, 2); /* untouched on error */
        ck_assert_int_eq(calfcare_progression_seed_parse(NULL, &v, &err), CALFCARE_E_NULL);
        ck_assert_str_eq(err.field, "seed");
    }
    p = defaults();
    p.seed = 0;
    {
        calfcare_error err;
        ck_assert_int_eq(calfcare_progression_acwr(ewma_x, 4, &p, &r, &err), CALFCARE_E_INVALID);
        ck_assert_str_eq(err.field, "seed");
    }
}
END_TEST

/* The settled day without libm pow or log: for every decay and every chronic_days the parameters
 * accept (3 x 364 chronic decay constants, every one the library can use), settled_days equals
 * lag + the smallest k >= 1 with pow(1 - lambda, k) <= CALFCARE_PROGRESSION_SETTLED_WEIGHT, worked
 * out here with libm's pow, and settled turns 1 on exactly that day (not the day before). */
START_TEST(test_acwr_settled_day_every_parameter)
{
    static double zeros[2000];
    calfcare_progression_params p = defaults();
    calfcare_progression_acwr_result r;
    int decay, days;
    for (decay = CALFCARE_PROGRESSION_DECAY_2_OVER_N_PLUS_1; decay <= CALFCARE_PROGRESSION_DECAY_1_OVER_N; decay++)
        for (days = 2; days <= 365; days++) {
            const double q = 1.0 - calfcare_progression_lambda(decay, days);
            size_t k = 1;
            while (pow(q, (double)k) > CALFCARE_PROGRESSION_SETTLED_WEIGHT)
                k++;
            ck_assert(k < CC_N(zeros) && (k == 1 || pow(q, (double)(k - 1)) > CALFCARE_PROGRESSION_SETTLED_WEIGHT));
            p.decay = decay;
            p.acute_days = 1;
            p.chronic_days = days;
            ck_assert_int_eq(calfcare_progression_acwr(zeros, k, &p, &r, NULL), CALFCARE_OK);
            ck_assert_msg(r.settled_days == k && r.settled == 1, "decay %d, chronic %d: %zu, want %zu", decay, days,
                          r.settled_days, k);
            if (k > 1) {
                ck_assert_int_eq(calfcare_progression_acwr(zeros, k - 1, &p, &r, NULL), CALFCARE_OK);
                ck_assert_int_eq(r.settled, 0);
            }
        }
}
END_TEST

START_TEST(test_acwr_defaults_and_bands)
{
    calfcare_progression_params p = defaults();
    calfcare_progression_acwr_result r;
    calfcare_error err;
    double zeros[10] = {0}, a[2], c[2], q[2];
    /* 28 days of 5 km: A = 5 (1 - 0.75^28), C = 5 (1 - (27/29)^28);
     * 0.75^28 = 3.175e-4 -> A = 4.998413; (27/29)^28 = e^(28 ln 0.931034) = e^(-2.000851) = 0.135220
     * -> C = 4.323899; ratio 4.998413/4.323899 = 1.155997 */
    double flat[28];
    size_t i;
    for (i = 0; i < 28; i++)
        flat[i] = 5;
    ck_assert_int_eq(calfcare_progression_acwr(flat, 28, &p, &r, NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(r.lambda_acute, 0.25, 1e-15);       /* 2/(7+1) */
    ck_assert_double_eq_tol(r.lambda_chronic, 2.0 / 29.0, 1e-15); /* 2/(28+1) */
    ck_assert_double_eq_tol(r.acute, 4.998413, 1e-5);
    ck_assert_double_eq_tol(r.chronic, 4.323899, 1e-5);
    ck_assert_double_eq_tol(r.ratio, 1.155997, 1e-5);
    /* settled: (27/29)^k <= 0.1 needs k >= ln 0.1 / ln(27/29) = 32.2 days: not at 28 (0.135), not at 32
     * (0.1016), yes at 33 (0.0946). With exp: e^(-k/28) <= 0.1 from k = 65 (64.5). */
    ck_assert_int_eq(r.settled, 0);
    {
        double d[65];
        for (i = 0; i < 65; i++)
            d[i] = 5;
        ck_assert_int_eq(calfcare_progression_acwr(d, 32, &p, &r, NULL), CALFCARE_OK);
        ck_assert_int_eq(r.settled, 0);
        ck_assert_int_eq(calfcare_progression_acwr(d, 33, &p, &r, NULL), CALFCARE_OK);
        ck_assert_int_eq(r.settled, 1);
        ck_assert_uint_eq(r.advice_count, 1); /* contested only */
        /* settled_days: the same 33 days whatever the series' length (day index 32 is the first settled) */
        ck_assert_uint_eq(r.settled_days, 33);
        ck_assert_int_eq(calfcare_progression_acwr(d, 5, &p, &r, NULL), CALFCARE_OK);
        ck_assert_uint_eq(r.settled_days, 33);
        p.decay = CALFCARE_PROGRESSION_DECAY_EXP;
        ck_assert_int_eq(calfcare_progression_acwr(d, 64, &p, &r, NULL), CALFCARE_OK);
        ck_assert_int_eq(r.settled, 0);
        ck_assert_uint_eq(r.settled_days, 65);
        ck_assert_int_eq(calfcare_progression_acwr(d, 65, &p, &r, NULL), CALFCARE_OK);
        ck_assert_int_eq(r.settled, 1);
        /* 1/n: (27/28)^k <= 0.1 from k = ln 0.1 / ln(27/28) = 63.3 -> 64 */
        p.decay = CALFCARE_PROGRESSION_DECAY_1_OVER_N;
        ck_assert_int_eq(calfcare_progression_acwr(d, 10, &p, &r, NULL), CALFCARE_OK);
        ck_assert_uint_eq(r.settled_days, 64);
        p.decay = CALFCARE_PROGRESSION_DECAY_EXP;
        /* uncoupled: the lagged chronic has seen 7 days fewer -> 65 + 7 = 72 with exp */
        p.coupling = CALFCARE_PROGRESSION_UNCOUPLED;
        ck_assert_int_eq(calfcare_progression_acwr(d, 65, &p, &r, NULL), CALFCARE_OK);
        ck_assert_int_eq(r.settled, 0);
        ck_assert_uint_eq(r.settled_days, 72);
        p = defaults();
    }
    /* Only rest days: no chronic load, ratio NaN, band unknown. */
    ck_assert_int_eq(calfcare_progression_acwr(zeros, 10, &p, &r, NULL), CALFCARE_OK);
    ck_assert(isnan(r.ratio));
    ck_assert_int_eq(r.band, CALFCARE_PROGRESSION_ACWR_BAND_UNKNOWN);
    ck_assert_int_eq(r.settled, 0);
    /* Bands at their edges (Gabbett 2016). */
    ck_assert_int_eq(calfcare_progression_acwr_classify(0.79), CALFCARE_PROGRESSION_ACWR_BAND_LOW);
    ck_assert_int_eq(calfcare_progression_acwr_classify(0.8), CALFCARE_PROGRESSION_ACWR_BAND_MODERATE);
    ck_assert_int_eq(calfcare_progression_acwr_classify(1.3), CALFCARE_PROGRESSION_ACWR_BAND_MODERATE);
    ck_assert_int_eq(calfcare_progression_acwr_classify(1.31), CALFCARE_PROGRESSION_ACWR_BAND_HIGH);
    ck_assert_int_eq(calfcare_progression_acwr_classify(1.49), CALFCARE_PROGRESSION_ACWR_BAND_HIGH);
    ck_assert_int_eq(calfcare_progression_acwr_classify(1.5), CALFCARE_PROGRESSION_ACWR_BAND_VERY_HIGH);
    ck_assert_int_eq(calfcare_progression_acwr_classify(NAN), CALFCARE_PROGRESSION_ACWR_BAND_UNKNOWN);
    /* A low ratio: 20 days of 10 km then 8 rest days -> acute decays much faster than chronic. */
    {
        double d[28] = {0};
        for (i = 0; i < 20; i++)
            d[i] = 10;
        ck_assert_int_eq(calfcare_progression_acwr(d, 28, &p, &r, NULL), CALFCARE_OK);
        ck_assert_int_eq(r.band, CALFCARE_PROGRESSION_ACWR_BAND_LOW);
        ck_assert_int_eq(r.advice[0], CALFCARE_PROGRESSION_R_ACWR_LOW);
    }
    /* lambda for bad input is NaN */
    ck_assert(isnan(calfcare_progression_lambda(4, 7)));
    ck_assert(isnan(calfcare_progression_lambda(1, 0)));
    ck_assert_double_eq_tol(calfcare_progression_lambda(3, 28), 1.0 / 28.0, 1e-15);
    /* invalid series and buffers */
    flat[3] = -5;
    ck_assert_int_eq(calfcare_progression_acwr(flat, 28, &p, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "daily_load");
    flat[3] = 14401;
    ck_assert_int_eq(calfcare_progression_acwr(flat, 28, &p, &r, &err), CALFCARE_E_INVALID);
    flat[3] = 5;
    ck_assert_int_eq(calfcare_progression_acwr(flat, 28, &p, NULL, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_progression_acwr(NULL, 28, &p, &r, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_progression_acwr(flat, 0, &p, &r, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_progression_acwr(flat, SIZE_MAX, &p, &r, &err), CALFCARE_E_BUFFER);
    a[0] = c[0] = q[0] = SENTINEL;
    ck_assert_int_eq(calfcare_progression_acwr_series(flat, 3, &p, a, 2, c, 2, q, 2, &r, &err), CALFCARE_E_BUFFER);
    ck_assert_str_eq(err.field, "acute");
    ck_assert_int_eq(calfcare_progression_acwr_series(flat, 2, &p, a, 2, NULL, 2, q, 2, &r, &err), CALFCARE_E_NULL);
    ck_assert_str_eq(err.field, "chronic");
    ck_assert_int_eq(calfcare_progression_acwr_series(flat, 2, &p, a, 2, c, 2, q, 1, &r, &err), CALFCARE_E_BUFFER);
    ck_assert_str_eq(err.field, "ratio");
    ck_assert_int_eq(calfcare_progression_acwr_series(flat, 2, &p, a, 0, c, 2, q, 2, &r, &err), CALFCARE_E_BUFFER);
    ck_assert(a[0] == SENTINEL && c[0] == SENTINEL && q[0] == SENTINEL);
}
END_TEST

/* ---- plan ------------------------------------------------------------------------------------------ */

/* Climbing and hard minutes: the distance rule with its edges, worked by hand. */
START_TEST(test_weekly_climb_hard)
{
    calfcare_progression_params p;
    calfcare_progression_weekly_result r;
    calfcare_error err;
    double chg[4];
    unsigned char over[4];
    const double exact[] = {500, 550, 605};        /* +10% and +10% again: within */
    const double above[] = {500, 550.001};         /* 550.001 > 550 + 550e-9: over */
    const double zero_then[] = {0, 0, 200, 220};   /* a 0 m week followed by hills: over; 0 after 0 is not */
    const double missing[] = {400, 0, 300};        /* a missing week (0) then hills again: over */
    const double km[] = {10, 1, 5};
    const double climb_km[] = {500, 1000, 5001};   /* 1000 m in 1 km is the edge; 5001 m in 5 km is over */
    const double hard_exact[] = {60, 66};
    const double hard_above[] = {60, 66.01};
    const double hard_zero[] = {0, 20};
    double bad[2] = {100, -1};
    ck_assert_int_eq(calfcare_progression_params_init(&p, NULL), CALFCARE_OK);

    ck_assert_int_eq(calfcare_progression_check_weekly_climb(exact, 3, NULL, 0, &p, chg, 4, over, 4, &r, &err),
                     CALFCARE_OK);
    ck_assert(isnan(chg[0]) && over[0] == 0);
    ck_assert_double_eq_tol(chg[1], 10.0, 1e-9);
    ck_assert_double_eq_tol(chg[2], 10.0, 1e-9);
    ck_assert(over[1] == 0 && over[2] == 0 && r.over_limit_count == 0);
    ck_assert_double_eq_tol(r.next_week_max, 665.5, 1e-9); /* 605 x 1.1 */
    ck_assert_double_eq_tol(r.two_week_change_pct, 21.0, 1e-9); /* 605 / 500 */
    ck_assert_uint_eq(r.advice_count, 1);
    ck_assert_int_eq(r.advice[0], CALFCARE_PROGRESSION_R_WEEKLY_WITHIN);

    ck_assert_int_eq(calfcare_progression_check_weekly_climb(above, 2, NULL, 0, &p, chg, 4, over, 4, &r, &err),
                     CALFCARE_OK);
    ck_assert(over[1] == 1 && r.over_limit_count == 1);
    ck_assert_uint_eq(r.advice_count, 1);
    ck_assert_int_eq(r.advice[0], CALFCARE_PROGRESSION_R_CLIMB_OVER_LIMIT);

    /* The same limit as distance: 20% lets 550.001 through. */
    p.max_increase_pct = 20;
    ck_assert_int_eq(calfcare_progression_check_weekly_climb(above, 2, NULL, 0, &p, chg, 4, over, 4, &r, &err),
                     CALFCARE_OK);
    ck_assert(over[1] == 0);
    p.max_increase_pct = 10;

    ck_assert_int_eq(calfcare_progression_check_weekly_climb(zero_then, 4, NULL, 0, &p, chg, 4, over, 4, &r, &err),
                     CALFCARE_OK);
    ck_assert(over[1] == 0 && isnan(chg[1]));  /* 0 after 0 */
    ck_assert(over[2] == 1 && isnan(chg[2]));  /* 200 after 0: over every limit */
    ck_assert(over[3] == 0);                   /* 220 = 200 x 1.1 exactly */
    ck_assert_uint_eq(r.over_limit_count, 1);

    ck_assert_int_eq(calfcare_progression_check_weekly_climb(missing, 3, NULL, 0, &p, chg, 4, over, 4, &r, &err),
                     CALFCARE_OK);
    ck_assert(over[1] == 0 && over[2] == 1);
    ck_assert_double_eq_tol(chg[1], -100.0, 1e-9);

    /* Climbing more than the distance itself (1 km = 1000 m), with the distances given. */
    ck_assert_int_eq(calfcare_progression_check_weekly_climb(climb_km, 2, km, 2, &p, chg, 4, over, 4, &r, &err),
                     CALFCARE_OK); /* 1000 m in 1 km: exactly the edge */
    ck_assert_int_eq(calfcare_progression_check_weekly_climb(climb_km, 3, km, 3, &p, chg, 4, over, 4, &r, &err),
                     CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "weekly_climb_m");
    ck_assert(err.value == 5001 && err.min == 0 && err.max == 5000);
    ck_assert_ptr_nonnull(strstr(err.message, "more than the distance itself"));
    ck_assert_ptr_nonnull(strstr(err.message, "(index 2)"));
    ck_assert_int_eq(calfcare_progression_check_weekly_climb(climb_km, 3, km, 2, &p, chg, 4, over, 4, &r, &err),
                     CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "weekly_km");
    ck_assert_int_eq(calfcare_progression_check_weekly_climb(climb_km, 3, NULL, 3, &p, chg, 4, over, 4, &r, &err),
                     CALFCARE_E_NULL);
    /* 0 distances: not given, whatever the pointer */
    ck_assert_int_eq(calfcare_progression_check_weekly_climb(climb_km, 3, km, 0, &p, chg, 4, over, 4, &r, &err),
                     CALFCARE_OK);
    /* negative, NaN, too much */
    ck_assert_int_eq(calfcare_progression_check_weekly_climb(bad, 2, NULL, 0, &p, chg, 4, over, 4, &r, &err),
                     CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "weekly_climb_m");
    ck_assert_ptr_nonnull(strstr(err.message, "(index 1)"));
    bad[1] = NAN;
    ck_assert_int_eq(calfcare_progression_check_weekly_climb(bad, 2, NULL, 0, &p, chg, 4, over, 4, &r, &err),
                     CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "weekly_climb_m");
    bad[1] = 100000.5;
    ck_assert_int_eq(calfcare_progression_check_weekly_climb(bad, 2, NULL, 0, &p, chg, 4, over, 4, &r, &err),
                     CALFCARE_E_INVALID);
    ck_assert(err.max == CALFCARE_PROGRESSION_MAX_WEEKLY_CLIMB_M);
    ck_assert_int_eq(calfcare_progression_check_weekly_climb(exact, 3, NULL, 0, &p, chg, 2, over, 4, &r, &err),
                     CALFCARE_E_BUFFER);
    ck_assert_str_eq(err.field, "change_pct");

    /* Hard minutes: 66 after 60 is exactly +10%, 66.01 over, 20 after 0 over. */
    ck_assert_int_eq(calfcare_progression_check_weekly_hard(hard_exact, 2, &p, chg, 4, over, 4, &r, &err), CALFCARE_OK);
    ck_assert(over[1] == 0);
    ck_assert_double_eq_tol(r.next_week_max, 72.6, 1e-9);
    ck_assert_int_eq(r.advice[0], CALFCARE_PROGRESSION_R_WEEKLY_WITHIN);
    ck_assert_int_eq(calfcare_progression_check_weekly_hard(hard_above, 2, &p, chg, 4, over, 4, &r, &err), CALFCARE_OK);
    ck_assert(over[1] == 1);
    ck_assert_uint_eq(r.advice_count, 1);
    ck_assert_int_eq(r.advice[0], CALFCARE_PROGRESSION_R_HARD_OVER_LIMIT);
    ck_assert_int_eq(calfcare_progression_check_weekly_hard(hard_zero, 2, &p, chg, 4, over, 4, &r, &err), CALFCARE_OK);
    ck_assert(over[1] == 1 && isnan(chg[1]));
    bad[1] = 10080.5;
    ck_assert_int_eq(calfcare_progression_check_weekly_hard(bad, 2, &p, chg, 4, over, 4, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "weekly_hard_min");
    bad[1] = NAN;
    ck_assert_int_eq(calfcare_progression_check_weekly_hard(bad, 2, &p, chg, 4, over, 4, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "weekly_hard_min");
    p.max_increase_pct = 0.5;
    ck_assert_int_eq(calfcare_progression_check_weekly_hard(hard_exact, 2, &p, chg, 4, over, 4, &r, &err),
                     CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "max_increase_pct");
}
END_TEST

static calfcare_progression_plan_params plan_params(double current, double target)
{
    calfcare_progression_plan_params pp;
    ck_assert_int_eq(calfcare_progression_plan_params_init(&pp, NULL), CALFCARE_OK);
    pp.current_km = current;
    pp.target_km = target;
    return pp;
}

START_TEST(test_plan_hand_worked)
{
    /* 30 -> 50 km, 10%, cutback every 4th week 25% down (rounded down to 0.1 km):
     * w1 30 x 1.1 = 33; w2 36.3; w3 39.93 -> 39.9; w4 cutback 39.9 x 0.75 = 29.925 -> 29.9;
     * w5 39.9 x 1.1 = 43.89 -> 43.8; w6 43.8 x 1.1 = 48.18 -> 48.1; w7 48.1 x 1.1 = 52.91 >= 50 -> 50 (reached). */
    calfcare_progression_plan_params pp = plan_params(30, 50);
    calfcare_progression_plan plan;
    const double expect[] = {33, 36.3, 39.9, 29.9, 43.8, 48.1, 50};
    size_t i;
    ck_assert_int_eq(calfcare_progression_make_plan(&pp, &plan, NULL), CALFCARE_OK);
    ck_assert_uint_eq(plan.count, 7);
    ck_assert_int_eq(plan.reached_week, 7);
    for (i = 0; i < 7; i++) {
        ck_assert_int_eq(plan.week[i].week, (int)i + 1);
        ck_assert_double_eq_tol(plan.week[i].km, expect[i], 1e-9);
        ck_assert_int_eq(plan.week[i].cutback, i == 3);
    }
    ck_assert_double_eq_tol(plan.week[3].limit_km, 43.89, 1e-9);
    ck_assert_uint_eq(plan.advice_count, 3);
    ck_assert_int_eq(plan.advice[0], CALFCARE_PROGRESSION_R_CUTBACK_WEEK);
    ck_assert_int_eq(plan.advice[1], CALFCARE_PROGRESSION_R_HOLD_AT_TARGET);
    ck_assert_int_eq(plan.advice[2], CALFCARE_PROGRESSION_R_ONE_RISE_A_WEEK);
    /* Climbing and intensity stay flat in the weeks where distance rises: 33 > 30, 36.3 > 33, 39.9 > 36.3,
     * the cutback 29.9 does not rise, 43.8 > 29.9, 48.1 > 43.8, 50 > 48.1. */
    for (i = 0; i < 7; i++)
        ck_assert_int_eq(plan.week[i].hold_intensity, i != 3);

    /* weeks = 10: hold at 50 after week 7, with the week-8 cutback 50 x 0.75 = 37.5. */
    pp.weeks = 10;
    ck_assert_int_eq(calfcare_progression_make_plan(&pp, &plan, NULL), CALFCARE_OK);
    ck_assert_uint_eq(plan.count, 10);
    ck_assert_double_eq_tol(plan.week[7].km, 37.5, 1e-9);
    ck_assert_int_eq(plan.week[7].cutback, 1);
    ck_assert_double_eq_tol(plan.week[8].km, 50, 1e-9);
    ck_assert_double_eq_tol(plan.week[9].km, 50, 1e-9);
    ck_assert_int_eq(plan.reached_week, 7);
    /* week 8 (cutback 37.5) does not rise; week 9 (50 after 37.5) does; week 10 (50 after 50) does not */
    ck_assert_int_eq(plan.week[7].hold_intensity, 0);
    ck_assert_int_eq(plan.week[8].hold_intensity, 1);
    ck_assert_int_eq(plan.week[9].hold_intensity, 0);

    /* Cutback every 2nd week at 10%: w1 22, w2 20 x 0.9 = 18 (cutback), w3 22 x 1.1 = 24.2 (over the
     * last full week 22, not over the cutback). */
    pp = plan_params(20, 30);
    pp.cutback_every = 2;
    pp.cutback_pct = 10;
    ck_assert_int_eq(calfcare_progression_make_plan(&pp, &plan, NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(plan.week[0].km, 22, 1e-9);
    ck_assert_double_eq_tol(plan.week[1].km, 19.8, 1e-9); /* 22 x 0.9 */
    ck_assert_double_eq_tol(plan.week[2].km, 24.2, 1e-9);

    /* Already above the target: hold at the target from week 1. */
    pp = plan_params(60, 40);
    ck_assert_int_eq(calfcare_progression_make_plan(&pp, &plan, NULL), CALFCARE_OK);
    ck_assert_uint_eq(plan.count, 1);
    ck_assert_double_eq_tol(plan.week[0].km, 40, 1e-9);
    ck_assert_int_eq(plan.reached_week, 1);
    /* 40 after 60 is no rise: nothing to hold, no advice 3024 */
    ck_assert_int_eq(plan.week[0].hold_intensity, 0);
    ck_assert_uint_eq(plan.advice_count, 1);
    ck_assert_int_eq(plan.advice[0], CALFCARE_PROGRESSION_R_HOLD_AT_TARGET);

    /* Not reachable in 156 weeks at 1%: 1 km -> 1000 km needs ln(1000)/ln(1.01) = 694 build weeks. */
    pp = plan_params(1, 1000);
    pp.max_increase_pct = 1;
    ck_assert_int_eq(calfcare_progression_make_plan(&pp, &plan, NULL), CALFCARE_OK);
    ck_assert_uint_eq(plan.count, CALFCARE_PROGRESSION_PLAN_MAX_WEEKS);
    ck_assert_int_eq(plan.reached_week, 0);
    ck_assert_int_eq(plan.advice[plan.advice_count - 2], CALFCARE_PROGRESSION_R_TARGET_NOT_REACHED);
    ck_assert_int_eq(plan.advice[plan.advice_count - 1], CALFCARE_PROGRESSION_R_ONE_RISE_A_WEEK);
}
END_TEST

START_TEST(test_plan_invariants)
{
    /* For many settings: no week above the limit over the last full week, none above the target,
     * cutbacks exactly every Nth week at (1 - pct) x the last full week, holding once reached. */
    const double currents[] = {1, 12.3, 30, 80, 200};
    const double targets[] = {0, 10, 55.5, 120, 1000};
    const double limits[] = {1, 5, 10, 20, 50};
    const int everies[] = {2, 3, 4, 6};
    const double cuts[] = {10, 25, 40};
    size_t a, b, c, d, e, i;
    for (a = 0; a < 5; a++)
        for (b = 0; b < 5; b++)
            for (c = 0; c < 5; c++)
                for (d = 0; d < 4; d++)
                    for (e = 0; e < 3; e++) {
                        calfcare_progression_plan_params pp = plan_params(currents[a], targets[b]);
                        calfcare_progression_plan plan;
                        double last_full = currents[a];
                        pp.max_increase_pct = limits[c];
                        pp.cutback_every = everies[d];
                        pp.cutback_pct = cuts[e];
                        pp.weeks = 60;
                        ck_assert_int_eq(calfcare_progression_make_plan(&pp, &plan, NULL), CALFCARE_OK);
                        ck_assert_uint_eq(plan.count, 60);
                        for (i = 0; i < plan.count; i++) {
                            const calfcare_progression_plan_week *w = &plan.week[i];
                            ck_assert_int_eq(w->cutback, (i + 1) % (size_t)everies[d] == 0);
                            ck_assert(w->km >= 0);
                            ck_assert(w->km <= last_full * (1 + limits[c] / 100) + 1e-9);
                            ck_assert(w->km <= targets[b] + 1e-9 || w->cutback);
                            if (w->cutback) {
                                ck_assert(w->km <= last_full * (1 - cuts[e] / 100) + 1e-9);
                                ck_assert(w->km > last_full * (1 - cuts[e] / 100) - 0.1 - 1e-9);
                            } else {
                                if (plan.reached_week && (int)i + 1 >= plan.reached_week)
                                    ck_assert(w->km == targets[b]);
                                last_full = w->km;
                            }
                        }
                    }
}
END_TEST

START_TEST(test_plan_invalid)
{
    calfcare_progression_plan_params pp;
    calfcare_progression_plan plan;
    calfcare_error err;
    plan.count = 777;
    pp = plan_params(0, 50);
    ck_assert_int_eq(calfcare_progression_make_plan(&pp, &plan, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "current_km");
    pp = plan_params(30, -1); /* a target below zero */
    ck_assert_int_eq(calfcare_progression_make_plan(&pp, &plan, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "target_km");
    pp = plan_params(30, NAN);
    ck_assert_int_eq(calfcare_progression_make_plan(&pp, &plan, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "target_km");
    pp = plan_params(30, 1000.1);
    ck_assert_int_eq(calfcare_progression_make_plan(&pp, &plan, &err), CALFCARE_E_INVALID);
    pp = plan_params(30, 50);
    pp.max_increase_pct = 500;
    ck_assert_int_eq(calfcare_progression_make_plan(&pp, &plan, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "max_increase_pct");
    pp = plan_params(30, 50);
    pp.cutback_every = 1;
    ck_assert_int_eq(calfcare_progression_make_plan(&pp, &plan, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "cutback_every");
    pp.cutback_every = 7;
    ck_assert_int_eq(calfcare_progression_make_plan(&pp, &plan, &err), CALFCARE_E_INVALID);
    pp = plan_params(30, 50);
    pp.cutback_pct = 9.9;
    ck_assert_int_eq(calfcare_progression_make_plan(&pp, &plan, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "cutback_pct");
    pp.cutback_pct = 40.1;
    ck_assert_int_eq(calfcare_progression_make_plan(&pp, &plan, &err), CALFCARE_E_INVALID);
    pp = plan_params(30, 50);
    pp.weeks = 157;
    ck_assert_int_eq(calfcare_progression_make_plan(&pp, &plan, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "weeks");
    pp.weeks = -1;
    ck_assert_int_eq(calfcare_progression_make_plan(&pp, &plan, &err), CALFCARE_E_INVALID);
    ck_assert_uint_eq(plan.count, 777); /* untouched */
    ck_assert_int_eq(calfcare_progression_make_plan(NULL, &plan, &err), CALFCARE_E_NULL);
    ck_assert_str_eq(err.field, "params");
    pp = plan_params(30, 50);
    ck_assert_int_eq(calfcare_progression_make_plan(&pp, NULL, &err), CALFCARE_E_NULL);
    ck_assert_str_eq(err.field, "plan");
}
END_TEST

/* ---- return to run ------------------------------------------------------------------------------- */

START_TEST(test_return_to_run)
{
    calfcare_progression_rtr rtr;
    calfcare_error err;
    size_t i;
    ck_assert_int_eq(calfcare_progression_return_to_run(&rtr, NULL), CALFCARE_OK);
    ck_assert_uint_eq(rtr.gate_count, 3);
    ck_assert_str_eq(rtr.gate[0].name, "walk_pain_free");
    ck_assert_str_eq(rtr.gate[1].name, "heel_raises");
    ck_assert_str_eq(rtr.gate[2].name, "hop_pain_free");
    ck_assert_int_eq(rtr.gate[1].code, CALFCARE_PROGRESSION_R_RTR_HEEL_RAISES);
    ck_assert_str_eq(rtr.gate[1].text, calfcare_reason_lookup(CALFCARE_PROGRESSION_R_RTR_HEEL_RAISES)->text);
    ck_assert_uint_eq(rtr.stage_count, 6);
    /* Stage 1 is 4.5 min walk / 0.5 min run x 4; the last is 20 min continuous; every session is
     * repeats x (walk + run) = 20 min and running time only grows. */
    ck_assert(rtr.stage[0].walk_min == 4.5 && rtr.stage[0].run_min == 0.5 && rtr.stage[0].repeats == 4);
    ck_assert(rtr.stage[5].walk_min == 0 && rtr.stage[5].run_min == 20 && rtr.stage[5].repeats == 1);
    for (i = 0; i < rtr.stage_count; i++) {
        ck_assert_int_eq(rtr.stage[i].stage, (int)i + 1);
        ck_assert_double_eq_tol(rtr.stage[i].repeats * (rtr.stage[i].walk_min + rtr.stage[i].run_min),
                                rtr.stage[i].total_min, 1e-12);
        if (i)
            ck_assert(rtr.stage[i].run_min * rtr.stage[i].repeats >
                      rtr.stage[i - 1].run_min * rtr.stage[i - 1].repeats);
    }
    ck_assert_int_eq(rtr.heel_raises, 25);
    ck_assert(rtr.asymmetry_pct == 10);
    ck_assert_int_eq(rtr.rest_days_between, 1);
    ck_assert_int_eq(rtr.clean_sessions, 2);
    ck_assert_uint_eq(rtr.advice_count, 3);
    ck_assert_int_eq(rtr.advice[0], CALFCARE_PROGRESSION_R_RTR_ALTERNATE_DAYS);
    ck_assert_int_eq(calfcare_progression_return_to_run(NULL, &err), CALFCARE_E_NULL);
    ck_assert_str_eq(err.field, "rtr");
}
END_TEST

/* The gate's answers through their parameter table (calfcare/params.h): the rows as progression.h
 * documents them (worked out by hand: yes/no 0-1, counts 0-200, every one -1 unknown by default),
 * each range +-1, non-whole counts refused naming the side and the range, and -1 staying unknown. */
START_TEST(test_rtr_gate_table)
{
    static const struct {
        const char *name;
        calfcare_params_type type;
        double min, max;
        size_t offset;
    } want[] = {
        {"walk_pain_free", CALFCARE_PARAMS_TYPE_CHOICE, 0, 1, offsetof(calfcare_progression_rtr_gate_input, walk_pain_free)},
        {"heel_raises_left", CALFCARE_PARAMS_TYPE_INT, 0, 200,
         offsetof(calfcare_progression_rtr_gate_input, heel_raises_left)},
        {"heel_raises_right", CALFCARE_PARAMS_TYPE_INT, 0, 200,
         offsetof(calfcare_progression_rtr_gate_input, heel_raises_right)},
        {"hop_pain_free", CALFCARE_PARAMS_TYPE_CHOICE, 0, 1, offsetof(calfcare_progression_rtr_gate_input, hop_pain_free)},
    };
    const int T = CALFCARE_PARAMS_TABLE_RTR_GATE;
    calfcare_progression_rtr_gate_input in, before;
    calfcare_progression_rtr_gate_result r;
    calfcare_error err;
    double got;
    int id, i, w;

    ck_assert_int_eq(T, 4);
    ck_assert_uint_eq(calfcare_params_field_count(T), 4);
    for (i = 0; i < 4; i++) {
        const calfcare_params_field *f = calfcare_params_field_at(T, i);
        ck_assert_str_eq(f->name, want[i].name);
        ck_assert_int_eq(f->type, want[i].type);
        ck_assert(f->min == want[i].min && f->max == want[i].max);
        ck_assert(f->default_value == -1 && f->unset == -1);
        ck_assert_str_eq(f->unset_help, "unknown");
        ck_assert_uint_eq(f->offset, want[i].offset);
        /* min and max taken and read back; min - 1 is -1: unknown, taken; max + 1 and -2 refused,
         * naming the row, the struct unchanged */
        calfcare_progression_rtr_gate_input_init(&in, NULL);
        ck_assert_int_eq(calfcare_params_set(T, &in, sizeof in, i, want[i].min, &err), CALFCARE_OK);
        ck_assert_int_eq(calfcare_params_get(T, &in, sizeof in, i, &got, NULL), CALFCARE_OK);
        ck_assert(got == want[i].min);
        ck_assert_int_eq(calfcare_params_set(T, &in, sizeof in, i, want[i].max, &err), CALFCARE_OK);
        ck_assert_int_eq(calfcare_params_get(T, &in, sizeof in, i, &got, NULL), CALFCARE_OK);
        ck_assert(got == want[i].max);
        ck_assert_int_eq(calfcare_params_set(T, &in, sizeof in, i, want[i].min - 1, &err), CALFCARE_OK);
        ck_assert_int_eq(calfcare_params_get(T, &in, sizeof in, i, &got, NULL), CALFCARE_OK);
        ck_assert(got == -1);
        before = in;
        ck_assert_int_eq(calfcare_params_set(T, &in, sizeof in, i, want[i].max + 1, &err), CALFCARE_E_INVALID);
        ck_assert_str_eq(err.field, want[i].name);
        ck_assert_int_eq(calfcare_params_set(T, &in, sizeof in, i, -2, &err), CALFCARE_E_INVALID);
        ck_assert_str_eq(err.field, want[i].name);
        ck_assert(memcmp(&in, &before, sizeof in) == 0);
        /* the struct's checks read the same rows: max + 1 written straight in is refused there */
        calfcare_progression_rtr_gate_input_init(&in, NULL);
        *(int *)((char *)&in + want[i].offset) = (int)want[i].max + 1;
        ck_assert_int_eq(calfcare_progression_rtr_gate_check(&in, &r, &err), CALFCARE_E_INVALID);
        ck_assert_str_eq(err.field, want[i].name);
    }
    /* non-whole counts: refused naming the side and the range */
    calfcare_progression_rtr_gate_input_init(&in, NULL);
    ck_assert_int_eq(calfcare_params_field_parse(T, "heel-raises-right", &id, NULL), CALFCARE_OK);
    ck_assert_int_eq(id, 2);
    ck_assert_int_eq(calfcare_params_set_text(T, &in, sizeof in, id, "24.5", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "heel_raises_right");
    ck_assert_str_eq(err.message, "heel_raises_right: 24.5 is not a whole number; accepted: whole numbers from 0 to "
                                  "200 raises (or -1 for unknown)");
    ck_assert(err.value == 24.5 && err.min == 0 && err.max == 200);
    ck_assert_int_eq(calfcare_params_set(T, &in, sizeof in, 1, 25.5, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "heel_raises_left");
    ck_assert_int_eq(calfcare_params_set(T, &in, sizeof in, 1, NAN, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "heel_raises_left");
    ck_assert(in.heel_raises_left == -1 && in.heel_raises_right == -1); /* unchanged: still unknown */
    ck_assert_int_eq(calfcare_params_set_text(T, &in, sizeof in, id, "26", &err), CALFCARE_OK);
    ck_assert_int_eq(in.heel_raises_right, 26);
    /* unknown stays unknown: the left side not given, the right one enough -> the item is unknown */
    ck_assert_int_eq(calfcare_progression_rtr_gate_check(&in, &r, &err), CALFCARE_OK);
    ck_assert(r.item[1] == -1 && isnan(r.asymmetry_pct) && r.passed == -1);
    /* the yes/no answers: the words, under the row's own field name */
    ck_assert_int_eq(calfcare_params_set_text(T, &in, sizeof in, 0, "yes", &err), CALFCARE_OK);
    ck_assert_int_eq(in.walk_pain_free, CALFCARE_YES);
    ck_assert_int_eq(calfcare_params_set_text(T, &in, sizeof in, 3, "no", &err), CALFCARE_OK);
    ck_assert_int_eq(in.hop_pain_free, CALFCARE_NO);
    ck_assert_int_eq(calfcare_params_set_text(T, &in, sizeof in, 3, "unknown", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "hop_pain_free: unknown word 'unknown'; accepted: no|yes");
    ck_assert_int_eq(calfcare_params_set_text(T, &in, sizeof in, 0, "1", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "walk_pain_free: unknown word '1'; accepted: no|yes");
    ck_assert_int_eq(in.walk_pain_free, CALFCARE_YES);
    ck_assert_str_eq(calfcare_params_choice_name(T, 0, CALFCARE_YES), "yes");
    ck_assert_str_eq(calfcare_params_choice_name(T, 0, CALFCARE_UNKNOWN), "unknown");
    ck_assert_int_eq(calfcare_params_choice_parse(T, 3, "yes", &w, NULL), CALFCARE_OK);
    ck_assert_int_eq(w, CALFCARE_YES);
    ck_assert_int_eq(calfcare_params_set(T, &in, sizeof in, 0, 0.5, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "walk_pain_free: accepted: 0 (no), 1 (yes), -1 (unknown); got 0.5");
    /* a smaller struct (the old double layout's first 8 bytes) is refused */
    ck_assert_int_eq(calfcare_params_set(T, &in, 8, 1, 25, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "size");
}
END_TEST

START_TEST(test_rtr_gate)
{
    calfcare_progression_rtr_gate_input in;
    calfcare_progression_rtr_gate_result r;
    calfcare_error err;
    ck_assert_int_eq(calfcare_progression_rtr_gate_input_init(&in, NULL), CALFCARE_OK);
    ck_assert(in.walk_pain_free == -1 && in.hop_pain_free == -1 && in.heel_raises_left == -1 &&
              in.heel_raises_right == -1);
    /* Nothing answered: every item unknown, the gate unknown (never a pass). */
    ck_assert_int_eq(calfcare_progression_rtr_gate_check(&in, &r, NULL), CALFCARE_OK);
    ck_assert_int_eq(r.passed, -1);
    ck_assert(r.item[0] == -1 && r.item[1] == -1 && r.item[2] == -1);
    ck_assert(isnan(r.asymmetry_pct));
    ck_assert_uint_eq(r.advice_count, 3);
    /* All passed: 27 and 25 raises, |27 - 25| / 27 = 7.4% <= 10%. */
    in.walk_pain_free = 1;
    in.hop_pain_free = 1;
    in.heel_raises_left = 27;
    in.heel_raises_right = 25;
    ck_assert_int_eq(calfcare_progression_rtr_gate_check(&in, &r, NULL), CALFCARE_OK);
    ck_assert_int_eq(r.passed, 1);
    ck_assert_int_eq(r.item[1], 1);
    ck_assert_double_eq_tol(r.asymmetry_pct, 7.4074074, 1e-6);
    ck_assert_uint_eq(r.advice_count, 0);
    /* 30 and 27: 10% exactly -> passes; 30 and 26: 13.3% -> fails. */
    in.heel_raises_left = 30;
    in.heel_raises_right = 27;
    ck_assert_int_eq(calfcare_progression_rtr_gate_check(&in, &r, NULL), CALFCARE_OK);
    ck_assert_int_eq(r.item[1], 1);
    in.heel_raises_right = 26;
    ck_assert_int_eq(calfcare_progression_rtr_gate_check(&in, &r, NULL), CALFCARE_OK);
    ck_assert_int_eq(r.item[1], 0);
    ck_assert_int_eq(r.passed, 0);
    ck_assert_uint_eq(r.advice_count, 1);
    ck_assert_int_eq(r.advice[0], CALFCARE_PROGRESSION_R_RTR_HEEL_RAISES);
    /* 25 is enough, 24 is not (both sides equal: no asymmetry). */
    in.heel_raises_left = in.heel_raises_right = 25;
    ck_assert_int_eq(calfcare_progression_rtr_gate_check(&in, &r, NULL), CALFCARE_OK);
    ck_assert_int_eq(r.item[1], 1);
    in.heel_raises_left = in.heel_raises_right = 24;
    ck_assert_int_eq(calfcare_progression_rtr_gate_check(&in, &r, NULL), CALFCARE_OK);
    ck_assert_int_eq(r.item[1], 0);
    /* One side known and short: failed; one side known and enough: unknown (-1: not answered). */
    in.heel_raises_right = -1;
    ck_assert_int_eq(calfcare_progression_rtr_gate_check(&in, &r, NULL), CALFCARE_OK);
    ck_assert_int_eq(r.item[1], 0);
    in.heel_raises_left = 40;
    ck_assert_int_eq(calfcare_progression_rtr_gate_check(&in, &r, NULL), CALFCARE_OK);
    ck_assert_int_eq(r.item[1], -1);
    ck_assert_int_eq(r.passed, -1);
    /* A failed item wins over an unknown one. */
    in.hop_pain_free = 0;
    ck_assert_int_eq(calfcare_progression_rtr_gate_check(&in, &r, NULL), CALFCARE_OK);
    ck_assert_int_eq(r.passed, 0);
    /* both 0 raises: no asymmetry, but short of 25 */
    in.heel_raises_left = in.heel_raises_right = 0;
    ck_assert_int_eq(calfcare_progression_rtr_gate_check(&in, &r, NULL), CALFCARE_OK);
    ck_assert(r.asymmetry_pct == 0 && r.item[1] == 0);
    /* invalid answers */
    in.walk_pain_free = 2;
    ck_assert_int_eq(calfcare_progression_rtr_gate_check(&in, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "walk_pain_free");
    ck_assert_str_eq(err.message, "walk_pain_free: accepted: 0 (no), 1 (yes), -1 (unknown); got 2");
    in.walk_pain_free = 1;
    /* the counts: 0 and 200 taken, -2 and 201 refused naming the side and the table's range */
    in.heel_raises_left = 0;
    in.heel_raises_right = 200;
    ck_assert_int_eq(calfcare_progression_rtr_gate_check(&in, &r, &err), CALFCARE_OK);
    ck_assert(r.item[1] == 0 && r.asymmetry_pct == 100); /* |0 - 200| / 200 */
    in.heel_raises_left = -2;
    ck_assert_int_eq(calfcare_progression_rtr_gate_check(&in, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "heel_raises_left");
    ck_assert_str_eq(err.message, "heel_raises_left: -2 is outside the accepted range; accepted: whole numbers from "
                                  "0 to 200 raises (or -1 for unknown)");
    ck_assert(err.value == -2 && err.min == 0 && err.max == 200);
    in.heel_raises_left = 30;
    in.heel_raises_right = 201;
    ck_assert_int_eq(calfcare_progression_rtr_gate_check(&in, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "heel_raises_right");
    in.heel_raises_right = INT_MIN;
    ck_assert_int_eq(calfcare_progression_rtr_gate_check(&in, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "heel_raises_right");
    in.heel_raises_right = 30;
    in.hop_pain_free = -2;
    ck_assert_int_eq(calfcare_progression_rtr_gate_check(&in, &r, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "hop_pain_free");
    ck_assert_int_eq(calfcare_progression_rtr_gate_check(NULL, &r, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_progression_rtr_gate_check(&in, NULL, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_progression_rtr_gate_input_init(NULL, &err), CALFCARE_E_NULL);
}
END_TEST

START_TEST(test_rtr_advance)
{
    int s = -1, k = -1;
    calfcare_error err;
    /* first clean session: stay, streak 1; second: next stage, streak 0 */
    ck_assert_int_eq(calfcare_progression_rtr_advance(1, 0, 1, &s, &k, NULL), CALFCARE_OK);
    ck_assert(s == 1 && k == 1);
    ck_assert_int_eq(calfcare_progression_rtr_advance(1, 1, 1, &s, &k, NULL), CALFCARE_OK);
    ck_assert(s == 2 && k == 0);
    /* pain: back one stage, streak reset; never below stage 1 */
    ck_assert_int_eq(calfcare_progression_rtr_advance(3, 1, 0, &s, &k, NULL), CALFCARE_OK);
    ck_assert(s == 2 && k == 0);
    ck_assert_int_eq(calfcare_progression_rtr_advance(1, 0, 0, &s, &k, NULL), CALFCARE_OK);
    ck_assert(s == 1 && k == 0);
    /* two clean sessions at the last stage: past it (7 = done) */
    ck_assert_int_eq(calfcare_progression_rtr_advance(6, 1, 1, &s, &k, NULL), CALFCARE_OK);
    ck_assert(s == 7 && k == 0);
    s = k = -1;
    ck_assert_int_eq(calfcare_progression_rtr_advance(0, 0, 1, &s, &k, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "stage");
    ck_assert_int_eq(calfcare_progression_rtr_advance(7, 0, 1, &s, &k, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_progression_rtr_advance(2, 2, 1, &s, &k, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "clean_streak");
    ck_assert_int_eq(calfcare_progression_rtr_advance(2, 0, 2, &s, &k, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "pain_free");
    ck_assert(s == -1 && k == -1);
    ck_assert_int_eq(calfcare_progression_rtr_advance(2, 0, 1, NULL, &k, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_progression_rtr_advance(2, 0, 1, &s, NULL, &err), CALFCARE_E_NULL);
}
END_TEST

/* ---- batch ------------------------------------------------------------------------------------------ */

/* Deterministic pseudo-random training: rest days, easy runs and the odd long run. */
static void fill_runners(double *x, size_t runners, size_t days)
{
    uint32_t s = 12345u;
    size_t i;
    for (i = 0; i < runners * days; i++) {
        s = s * 1103515245u + 12345u;
        switch ((s >> 16) % 5) {
        case 0:
        case 1:
            x[i] = 0;
            break;
        case 4:
            x[i] = (double)((s >> 8) % 300) / 10.0; /* up to 30 km */
            break;
        default:
            x[i] = (double)((s >> 8) % 120) / 10.0;
        }
    }
}

static int same(double a, double b)
{
    return (isnan(a) && isnan(b)) || a == b;
}

/* Single-runner results of one row, as the batch documents them. */
static void single_runner(const double *x, size_t days, const calfcare_progression_params *p, double *out)
{
    double weekly[64], chg[64], day[400], km[400], sp[400];
    unsigned char over[64], band[400];
    size_t weeks, runs = 0, d;
    calfcare_progression_weekly_result wr;
    calfcare_progression_spike_result sr;
    calfcare_progression_acwr_result ar;
    double total = 0;

    ck_assert_int_eq(calfcare_progression_weekly_totals(x, days, weekly, 64, &weeks, NULL), CALFCARE_OK);
    if (weeks) {
        ck_assert_int_eq(calfcare_progression_check_weekly(weekly, weeks, p, chg, 64, over, 64, &wr, NULL), CALFCARE_OK);
        out[CALFCARE_PROGRESSION_COL_LAST_WEEK_KM] = weekly[weeks - 1];
        out[CALFCARE_PROGRESSION_COL_CHANGE_PCT] = wr.last_change_pct;
        out[CALFCARE_PROGRESSION_COL_NEXT_WEEK_MAX_KM] = wr.next_week_max;
        out[CALFCARE_PROGRESSION_COL_WEEKS_OVER_LIMIT] = (double)wr.over_limit_count;
    } else {
        out[CALFCARE_PROGRESSION_COL_LAST_WEEK_KM] = NAN;
        out[CALFCARE_PROGRESSION_COL_CHANGE_PCT] = NAN;
        out[CALFCARE_PROGRESSION_COL_NEXT_WEEK_MAX_KM] = NAN;
        out[CALFCARE_PROGRESSION_COL_WEEKS_OVER_LIMIT] = 0;
    }
    for (d = 0; d < days; d++) {
        total += x[d];
        if (x[d] > 0) {
            day[runs] = (double)d;
            km[runs++] = x[d];
        }
    }
    if (runs) {
        ck_assert_int_eq(calfcare_progression_spikes(day, runs, km, runs, (double)days, sp, 400, band, 400, &sr, NULL),
                         CALFCARE_OK);
        out[CALFCARE_PROGRESSION_COL_LONGEST_30D_KM] = sr.longest_30d_km;
        out[CALFCARE_PROGRESSION_COL_NEXT_RUN_MAX_KM] = sr.next_run_max_km;
        out[CALFCARE_PROGRESSION_COL_LAST_SPIKE_PCT] = sr.last_spike_pct;
        out[CALFCARE_PROGRESSION_COL_LAST_BAND] = band[runs - 1];
    } else {
        out[CALFCARE_PROGRESSION_COL_LONGEST_30D_KM] = 0;
        out[CALFCARE_PROGRESSION_COL_NEXT_RUN_MAX_KM] = 0;
        out[CALFCARE_PROGRESSION_COL_LAST_SPIKE_PCT] = NAN;
        out[CALFCARE_PROGRESSION_COL_LAST_BAND] = CALFCARE_PROGRESSION_BAND_NO_REFERENCE;
    }
    ck_assert_int_eq(calfcare_progression_acwr(x, days, p, &ar, NULL), CALFCARE_OK);
    out[CALFCARE_PROGRESSION_COL_ACUTE] = ar.acute;
    out[CALFCARE_PROGRESSION_COL_CHRONIC] = ar.chronic;
    out[CALFCARE_PROGRESSION_COL_ACWR] = ar.ratio;
    out[CALFCARE_PROGRESSION_COL_TOTAL_KM] = total;
}

START_TEST(test_batch_equals_single)
{
    enum { R = 7 };
    static const size_t day_counts[] = {1, 6, 7, 13, 30, 31, 64, 365};
    static double x[R * 365], res[R * CALFCARE_PROGRESSION_BATCH_COLUMNS], ratio[R * 365];
    double one[CALFCARE_PROGRESSION_BATCH_COLUMNS], a[365], c[365], q[365];
    size_t k, r, col, d;
    int decay, coupling, seed;
    for (k = 0; k < sizeof day_counts / sizeof day_counts[0]; k++) {
        size_t days = day_counts[k];
        fill_runners(x, R, days);
        x[3 * days + days - 1] = 0; /* runner 3 ends on a rest day */
        if (days > 2)
            memset(x + 5 * days, 0, days * sizeof x[0]); /* runner 5 never runs */
        for (decay = 1; decay <= 3; decay++)
            for (coupling = 1; coupling <= 2; coupling++)
              for (seed = 1; seed <= 2; seed++) {
                calfcare_progression_params p = defaults();
                calfcare_progression_acwr_result ar;
                p.decay = decay;
                p.coupling = coupling;
                p.seed = seed;
                p.max_increase_pct = 15;
                ck_assert_int_eq(calfcare_progression_batch(x, R * days, R, days, &p, res, sizeof res / sizeof res[0],
                                                            NULL),
                                 CALFCARE_OK);
                ck_assert_int_eq(calfcare_progression_batch_acwr(x, R * days, R, days, &p, ratio, R * days, NULL),
                                 CALFCARE_OK);
                for (r = 0; r < R; r++) {
                    single_runner(x + r * days, days, &p, one);
                    for (col = 0; col < CALFCARE_PROGRESSION_BATCH_COLUMNS; col++)
                        ck_assert_msg(same(res[r * CALFCARE_PROGRESSION_BATCH_COLUMNS + col], one[col]),
                                      "days %zu runner %zu column %zu: batch %.17g single %.17g", days, r, col,
                                      res[r * CALFCARE_PROGRESSION_BATCH_COLUMNS + col], one[col]);
                    ck_assert_int_eq(calfcare_progression_acwr_series(x + r * days, days, &p, a, 365, c, 365, q, 365,
                                                                      &ar, NULL),
                                     CALFCARE_OK);
                    for (d = 0; d < days; d++)
                        ck_assert(same(ratio[r * days + d], q[d]));
                }
            }
    }
}
END_TEST

/* Bit for bit (so that -0 and 0 differ), or both NaN. */
static int same_bits(double a, double b)
{
    return (isnan(a) && isnan(b)) || memcmp(&a, &b, sizeof a) == 0;
}

/* Runner counts around the batch's group sizes (4 for SSE2, 8 for AVX2, 4 in the portable path, and
 * the runners left over after the last group) and day counts that are not whole weeks, for every
 * parameter, for both batch functions; the uncoupled lag (acute_days) falls before, inside and after the period. Runner 2
 * trains on days of -0 km, which are valid and must keep their sign where the single functions do. */
START_TEST(test_batch_runner_counts)
{
    static const size_t runner_counts[] = {1, 3, 7, 8, 9, 16, 17};
    static const size_t day_counts[] = {1, 2, 8, 13, 22, 61, 100};
    static const int acute_days[] = {3, 7, 30};
    enum { RMAX = 17, DMAX = 100 };
    static double x[RMAX * DMAX], res[RMAX * CALFCARE_PROGRESSION_BATCH_COLUMNS], ratio[RMAX * DMAX];
    double one[CALFCARE_PROGRESSION_BATCH_COLUMNS], ac[DMAX], ch[DMAX], q[DMAX];
    calfcare_progression_acwr_result ar;
    size_t ri, di, ai, r, col, d;
    int decay, coupling, seed;
    for (ri = 0; ri < sizeof runner_counts / sizeof runner_counts[0]; ri++)
        for (di = 0; di < sizeof day_counts / sizeof day_counts[0]; di++) {
            const size_t R = runner_counts[ri], days = day_counts[di];
            fill_runners(x, R, days);
            if (R > 2)
                for (d = 0; d < days; d += 2)
                    x[2 * days + d] = -0.0;
            for (ai = 0; ai < sizeof acute_days / sizeof acute_days[0]; ai++)
                for (decay = 1; decay <= 3; decay++)
                    for (coupling = 1; coupling <= 2; coupling++)
                        for (seed = 1; seed <= 2; seed++) {
                            calfcare_progression_params p = defaults();
                            p.decay = decay;
                            p.coupling = coupling;
                            p.seed = seed;
                            p.acute_days = acute_days[ai];
                            p.chronic_days = 4 * acute_days[ai];
                            p.max_increase_pct = 5 + 5 * (double)ai;
                            ck_assert_int_eq(calfcare_progression_batch(x, R * days, R, days, &p, res, CC_N(res), NULL),
                                             CALFCARE_OK);
                            ck_assert_int_eq(calfcare_progression_batch_acwr(x, R * days, R, days, &p, ratio, CC_N(ratio),
                                                                             NULL),
                                             CALFCARE_OK);
                            for (r = 0; r < R; r++) {
                                ck_assert_int_eq(calfcare_progression_acwr_series(x + r * days, days, &p, ac, DMAX, ch, DMAX,
                                                                                  q, DMAX, &ar, NULL),
                                                 CALFCARE_OK);
                                for (d = 0; d < days; d++)
                                    ck_assert_msg(same_bits(ratio[r * days + d], q[d]),
                                                  "runners %zu days %zu runner %zu day %zu: batch %.17g single %.17g", R,
                                                  days, r, d, ratio[r * days + d], q[d]);
                                single_runner(x + r * days, days, &p, one);
                                for (col = 0; col < CALFCARE_PROGRESSION_BATCH_COLUMNS; col++)
                                    ck_assert_msg(same_bits(res[r * CALFCARE_PROGRESSION_BATCH_COLUMNS + col], one[col]),
                                                  "runners %zu days %zu runner %zu column %zu: batch %.17g single %.17g",
                                                  R, days, r, col, res[r * CALFCARE_PROGRESSION_BATCH_COLUMNS + col],
                                                  one[col]);
                            }
                        }
        }
}
END_TEST

/* A bad value in any runner of any group (or after the last group) names that runner and day; the
 * rows before it are written as usual and nothing from it on (both batch functions). */
START_TEST(test_batch_bad_value_in_group)
{
    enum { R = 17, D = 20 };
    static const size_t bad_runner[] = {0, 3, 5, 10, 15, 16};
    const double bad[] = {NAN, -1, -1e-300, 320.5, INFINITY, -INFINITY};
    static double x[R * D], res[R * CALFCARE_PROGRESSION_BATCH_COLUMNS], ratio[R * D];
    double one[CALFCARE_PROGRESSION_BATCH_COLUMNS];
    calfcare_progression_params p = defaults();
    calfcare_error err;
    char where[64];
    size_t bi, vi, r, col, i;
    for (bi = 0; bi < sizeof bad_runner / sizeof bad_runner[0]; bi++)
        for (vi = 0; vi < sizeof bad / sizeof bad[0]; vi++) {
            fill_runners(x, R, D);
            x[bad_runner[bi] * D + 13] = bad[vi];
            for (i = 0; i < CC_N(res); i++)
                res[i] = SENTINEL;
            ck_assert_int_eq(calfcare_progression_batch(x, R * D, R, D, &p, res, CC_N(res), &err), CALFCARE_E_INVALID);
            ck_assert_str_eq(err.field, "daily_km");
            snprintf(where, sizeof where, "(runner %zu, day 13)", bad_runner[bi]);
            ck_assert_msg(strstr(err.message, where) != NULL, "%s: %s", where, err.message);
            for (r = 0; r < R; r++) {
                if (r < bad_runner[bi])
                    single_runner(x + r * D, D, &p, one);
                for (col = 0; col < CALFCARE_PROGRESSION_BATCH_COLUMNS; col++) {
                    const double got = res[r * CALFCARE_PROGRESSION_BATCH_COLUMNS + col];
                    ck_assert(r < bad_runner[bi] ? same_bits(got, one[col]) : got == SENTINEL);
                }
            }
            /* Every day's ratio: written up to the day before the bad one, nothing from it on. */
            for (i = 0; i < CC_N(ratio); i++)
                ratio[i] = SENTINEL;
            ck_assert_int_eq(calfcare_progression_batch_acwr(x, R * D, R, D, &p, ratio, CC_N(ratio), &err),
                             CALFCARE_E_INVALID);
            ck_assert_msg(strstr(err.message, where) != NULL, "%s: %s", where, err.message);
            for (i = 0; i < CC_N(ratio); i++)
                ck_assert(i < bad_runner[bi] * D + 13 ? ratio[i] != SENTINEL : ratio[i] == SENTINEL);
        }
}
END_TEST

START_TEST(test_batch_sample_runner)
{
    /* Two copies of the sample runner's 28 days: last week 48, +37.1% over 35, cap 52.8, one week over;
     * the last run 16 km against 12 km (the longest of the 30 days before): +33.3% -> over_30;
     * longest of the last 30 days 16 -> next run 17.6 km; total 145 km. */
    static const double s[28] = {6, 0, 8, 0, 6, 0, 10, 6, 0, 8, 0, 6, 0, 12,
                                 7, 0, 9, 0, 7, 0, 12, 8, 0, 10, 6, 8, 0, 16};
    double x[56], res[2 * CALFCARE_PROGRESSION_BATCH_COLUMNS];
    calfcare_progression_params p = defaults();
    size_t r;
    memcpy(x, s, sizeof s);
    memcpy(x + 28, s, sizeof s);
    ck_assert_int_eq(calfcare_progression_batch(x, 56, 2, 28, &p, res, 24, NULL), CALFCARE_OK);
    for (r = 0; r < 2; r++) {
        const double *o = res + r * CALFCARE_PROGRESSION_BATCH_COLUMNS;
        ck_assert_double_eq_tol(o[CALFCARE_PROGRESSION_COL_LAST_WEEK_KM], 48, 1e-12);
        ck_assert_double_eq_tol(o[CALFCARE_PROGRESSION_COL_CHANGE_PCT], 37.1428571, 1e-6);
        ck_assert_double_eq_tol(o[CALFCARE_PROGRESSION_COL_NEXT_WEEK_MAX_KM], 52.8, 1e-9);
        ck_assert(o[CALFCARE_PROGRESSION_COL_WEEKS_OVER_LIMIT] == 1);
        ck_assert_double_eq_tol(o[CALFCARE_PROGRESSION_COL_LONGEST_30D_KM], 16, 1e-12);
        ck_assert_double_eq_tol(o[CALFCARE_PROGRESSION_COL_NEXT_RUN_MAX_KM], 17.6, 1e-9);
        ck_assert_double_eq_tol(o[CALFCARE_PROGRESSION_COL_LAST_SPIKE_PCT], 33.333333, 1e-5);
        ck_assert(o[CALFCARE_PROGRESSION_COL_LAST_BAND] == CALFCARE_PROGRESSION_BAND_OVER_30);
        ck_assert_double_eq_tol(o[CALFCARE_PROGRESSION_COL_TOTAL_KM], 145, 1e-12);
        ck_assert(o[CALFCARE_PROGRESSION_COL_ACWR] > 1.0);
    }
}
END_TEST

/* A week over 1000 km is refused by the single-runner check (weekly_totals + check_weekly), so
 * the batch refuses it too, naming the runner and the week's days, on every path: 9 runners are an
 * SSE2 group of 4, then 4 more (an AVX2 group is 8), then 1 alone; one runner is the portable path. */
START_TEST(test_batch_week_over_the_weekly_maximum)
{
    enum { R = 9, D = 10 }; /* 10 days: days 0-2 lead in, days 3-9 the one whole week */
    double x[R * D], res[R * CALFCARE_PROGRESSION_BATCH_COLUMNS], weekly[1], chg[1];
    unsigned char over[1];
    size_t weekly_n = 0, i, bad;
    calfcare_progression_params p = defaults();
    calfcare_progression_weekly_result wr;
    calfcare_error err;

    for (i = 0; i < R * D; i++)
        x[i] = 20.0;
    /* 150 x 6 + 100 = 1000 km: exactly the most accepted, in every runner's week */
    for (i = 0; i < R; i++) {
        size_t d;
        for (d = 3; d < 9; d++)
            x[i * D + d] = 150.0;
        x[i * D + 9] = 100.0;
    }
    ck_assert_int_eq(calfcare_progression_batch(x, R * D, R, D, &p, res, CC_N(res), &err), CALFCARE_OK);
    ck_assert(res[CALFCARE_PROGRESSION_COL_LAST_WEEK_KM] == 1000.0);
    ck_assert(res[(R - 1) * CALFCARE_PROGRESSION_BATCH_COLUMNS + CALFCARE_PROGRESSION_COL_LAST_WEEK_KM] == 1000.0);
    ck_assert_int_eq(calfcare_progression_batch(x, D, 1, D, &p, res, CC_N(res), &err), CALFCARE_OK);

    /* 1000.5 km in one runner's week: each path refuses it; earlier rows are written */
    for (bad = 0; bad < R; bad++) {
        x[bad * D + 9] = 100.5;
        for (i = 0; i < CC_N(res); i++)
            res[i] = SENTINEL;
        ck_assert_int_eq(calfcare_progression_batch(x, R * D, R, D, &p, res, CC_N(res), &err), CALFCARE_E_INVALID);
        ck_assert_str_eq(err.field, "daily_km");
        ck_assert(err.value == 1000.5 && err.min == 0.0 && err.max == 1000.0);
        {
            char want[128];
            snprintf(want, sizeof want,
                     "daily_km: days 3 to 9 of runner %zu sum to 1000.5 km; accepted: at most 1000 km a week", bad);
            ck_assert_str_eq(err.message, want);
        }
        ck_assert(res[bad * CALFCARE_PROGRESSION_BATCH_COLUMNS + CALFCARE_PROGRESSION_COL_TOTAL_KM] == SENTINEL);
        if (bad > 0)
            ck_assert(res[(bad - 1) * CALFCARE_PROGRESSION_BATCH_COLUMNS + CALFCARE_PROGRESSION_COL_TOTAL_KM] != SENTINEL);
        /* the single-runner path refuses the same row */
        ck_assert_int_eq(calfcare_progression_weekly_totals(x + bad * D, D, weekly, 1, &weekly_n, NULL), CALFCARE_OK);
        ck_assert(weekly_n == 1 && weekly[0] == 1000.5);
        ck_assert_int_eq(calfcare_progression_check_weekly(weekly, 1, &p, chg, 1, over, 1, &wr, &err),
                         CALFCARE_E_INVALID);
        ck_assert_str_eq(err.field, "weekly_km");
        ck_assert_int_eq(calfcare_progression_batch(x + bad * D, D, 1, D, &p, res, CC_N(res), &err),
                         CALFCARE_E_INVALID);
        ck_assert(err.value == 1000.5);
        x[bad * D + 9] = 100.0;
    }
}
END_TEST

START_TEST(test_batch_invalid)
{
    double x[12] = {1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6}, res[2 * CALFCARE_PROGRESSION_BATCH_COLUMNS + 1];
    calfcare_progression_params p = defaults();
    calfcare_error err;
    size_t i;
    for (i = 0; i < CC_N(res); i++)
        res[i] = SENTINEL;
    ck_assert_int_eq(calfcare_progression_batch(x, 12, 2, 5, &p, res, 24, &err), CALFCARE_E_BUFFER);
    ck_assert_str_eq(err.field, "daily_km");
    ck_assert_int_eq(calfcare_progression_batch(x, 12, 2, 6, &p, res, 23, &err), CALFCARE_E_BUFFER);
    ck_assert_str_eq(err.field, "results");
    ck_assert_int_eq(calfcare_progression_batch(x, 12, 0, 6, &p, res, 24, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "runners");
    ck_assert_int_eq(calfcare_progression_batch(x, 12, 2, 0, &p, res, 24, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "days");
    ck_assert_int_eq(calfcare_progression_batch(x, 12, SIZE_MAX, 2, &p, res, 24, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_progression_batch(x, 12, SIZE_MAX / 2, 4, &p, res, 24, &err), CALFCARE_E_BUFFER);
    ck_assert_int_eq(calfcare_progression_batch(x, SIZE_MAX, 2, 6, &p, res, 24, &err), CALFCARE_E_BUFFER);
    ck_assert_int_eq(calfcare_progression_batch(x, 12, 2, 6, &p, res, SIZE_MAX, &err), CALFCARE_E_BUFFER);
    ck_assert_int_eq(calfcare_progression_batch(NULL, 12, 2, 6, &p, res, 24, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_progression_batch(x, 12, 2, 6, NULL, res, 24, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_progression_batch(x, 12, 2, 6, &p, NULL, 24, &err), CALFCARE_E_NULL);
    p.coupling = 5;
    ck_assert_int_eq(calfcare_progression_batch(x, 12, 2, 6, &p, res, 24, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "coupling");
    p = defaults();
    for (i = 0; i < CC_N(res); i++)
        ck_assert(res[i] == SENTINEL);
    /* A bad value names runner and day; the first runner's row was already written, nothing past it. */
    x[9] = NAN;
    ck_assert_int_eq(calfcare_progression_batch(x, 12, 2, 6, &p, res, 24, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "daily_km");
    ck_assert_str_eq(err.message, "daily_km: must be a finite number (got nan); accepted: 0 to 320 km (runner 1, day 3)");
    ck_assert(res[CALFCARE_PROGRESSION_COL_TOTAL_KM] == 21);
    ck_assert(res[CALFCARE_PROGRESSION_BATCH_COLUMNS] == SENTINEL);
    ck_assert(res[24] == SENTINEL);
    x[9] = 321;
    ck_assert_int_eq(calfcare_progression_batch_acwr(x, 12, 2, 6, &p, res, 12, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "daily_km");
    x[9] = 4;
    ck_assert_int_eq(calfcare_progression_batch_acwr(x, 12, 2, 6, &p, res, 11, &err), CALFCARE_E_BUFFER);
    ck_assert_str_eq(err.field, "ratio");
}
END_TEST

Suite *progression_suite(void)
{
    Suite *s = suite_create("progression");
    TCase *tc = tcase_create("params");
    tcase_add_test(tc, test_params_defaults);
    tcase_add_test(tc, test_enum_values_and_words);
    tcase_add_test(tc, test_reasons);
    tcase_add_test(tc, test_params_invalid);
    suite_add_tcase(s, tc);
    tc = tcase_create("weekly");
    tcase_add_test(tc, test_weekly_sample_runner);
    tcase_add_test(tc, test_weekly_thresholds);
    tcase_add_test(tc, test_weekly_load);
    tcase_add_test(tc, test_weekly_invalid);
    tcase_add_test(tc, test_weekly_totals);
    suite_add_tcase(s, tc);
    tc = tcase_create("spikes");
    tcase_add_test(tc, test_spike_bands);
    tcase_add_test(tc, test_spikes_hand_worked);
    tcase_add_test(tc, test_spikes_window_edges);
    tcase_add_test(tc, test_spikes_same_day);
    tcase_add_test(tc, test_spikes_invalid);
    suite_add_tcase(s, tc);
    tc = tcase_create("acwr");
    tcase_add_test(tc, test_acwr_two_over_n_plus_1);
    tcase_add_test(tc, test_acwr_one_over_n);
    tcase_add_test(tc, test_acwr_exp);
    tcase_add_test(tc, test_acwr_seed_first);
    tcase_add_test(tc, test_acwr_defaults_and_bands);
    tcase_add_test(tc, test_acwr_settled_day_every_parameter);
    suite_add_tcase(s, tc);
    tc = tcase_create("plan");
    tcase_add_test(tc, test_plan_hand_worked);
    tcase_add_test(tc, test_weekly_climb_hard);
    tcase_add_test(tc, test_plan_invariants);
    tcase_add_test(tc, test_plan_invalid);
    suite_add_tcase(s, tc);
    tc = tcase_create("return_to_run");
    tcase_add_test(tc, test_return_to_run);
    tcase_add_test(tc, test_rtr_gate);
    tcase_add_test(tc, test_rtr_gate_table);
    tcase_add_test(tc, test_rtr_advance);
    suite_add_tcase(s, tc);
    tc = tcase_create("batch");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_batch_equals_single);
    tcase_add_test(tc, test_batch_runner_counts);
    tcase_add_test(tc, test_batch_bad_value_in_group);
    tcase_add_test(tc, test_batch_sample_runner);
    tcase_add_test(tc, test_batch_invalid);
    tcase_add_test(tc, test_batch_week_over_the_weekly_maximum);
    suite_add_tcase(s, tc);
    return s;
}
