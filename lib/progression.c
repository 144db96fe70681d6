/* calfcare/progression.h: weekly limits, spikes, acute:chronic load, plans (the rules); return to run
 * is in lib/progression_rtr.c and the batch in lib/progression_batch.c.
 *
 * Sources and strengths of every rule are in docs/progression.md (keys in the reason table below).
 * The arithmetic of the weekly totals, the over-limit test, the spike and the EWMA step is written
 * once (lib/rules.h, lib/progression_maths.h) and shared by the single-runner functions and the
 * batch, so that both give bit-identical results. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "internal.h"
#include "progression_maths.h"
#include "rules.h"


/* ---- reasons ------------------------------------------------------------------------------- */

static const calfcare_reason progression_reasons[] = {
    {CALFCARE_PROGRESSION_R_WEEKLY_OVER_LIMIT, "weekly_over_limit",
     "A week rose more than the weekly increase limit over the week before", "buist2008", "W"},
    {CALFCARE_PROGRESSION_R_TWO_WEEK_OVER_30, "two_week_over_30",
     "Distance rose more than 30% over two weeks: the clearly risky zone", "nielsen2014", "W"},
    {CALFCARE_PROGRESSION_R_WEEKLY_WITHIN, "weekly_within_limit",
     "Every week stayed within the weekly increase limit", "buist2008", "W"},
    {CALFCARE_PROGRESSION_R_SPIKE_OVER_10, "spike_over_10",
     "A run was 10-30% longer than the longest run of the previous 30 days (HR 1.64)", "frandsen2025", "M"},
    {CALFCARE_PROGRESSION_R_SPIKE_OVER_30, "spike_over_30",
     "A run was 30-100% longer than the longest run of the previous 30 days (HR 1.52)", "frandsen2025", "M"},
    {CALFCARE_PROGRESSION_R_SPIKE_OVER_100, "spike_over_100",
     "A run was more than twice the longest run of the previous 30 days (HR 2.28)", "frandsen2025", "M"},
    {CALFCARE_PROGRESSION_R_NEXT_RUN_CAP, "next_run_cap",
     "Keep the next run within 10% of the longest run of the last 30 days", "frandsen2025", "M"},
    {CALFCARE_PROGRESSION_R_ACWR_VERY_HIGH, "acwr_very_high",
     "Acute:chronic load ratio is 1.5 or more (a contested marker)", "gabbett2016", "C"},
    {CALFCARE_PROGRESSION_R_ACWR_LOW, "acwr_low",
     "Acute:chronic load ratio is below 0.8 (a contested marker)", "gabbett2016", "C"},
    {CALFCARE_PROGRESSION_R_ACWR_CONTESTED, "acwr_contested",
     "The acute:chronic ratio is shown for information; it is not a validated injury predictor",
     "impellizzeri2020", "C"},
    {CALFCARE_PROGRESSION_R_ACWR_UNSETTLED, "acwr_unsettled",
     "The log is too short: its start still weighs more than 10% in the chronic load", "williams2017", "C"},
    {CALFCARE_PROGRESSION_R_CUTBACK_WEEK, "cutback_week",
     "Every few weeks, run a cutback week about a quarter lower", "coaching", "W"},
    {CALFCARE_PROGRESSION_R_HOLD_AT_TARGET, "hold_at_target",
     "Hold at the target distance once reached before setting a new one", "coaching", "W"},
    {CALFCARE_PROGRESSION_R_TARGET_NOT_REACHED, "target_not_reached",
     "The target is not reached within the planned weeks at this limit", "buist2008", "W"},
    {CALFCARE_PROGRESSION_R_RTR_WALK, "rtr_walk_pain_free",
     "Walk briskly for 30 minutes without calf pain", "green2022", "W"},
    {CALFCARE_PROGRESSION_R_RTR_HEEL_RAISES, "rtr_heel_raises",
     "Do at least 25 single-leg heel raises on each side, the sides within 10%", "green2022", "W"},
    {CALFCARE_PROGRESSION_R_RTR_HOP, "rtr_hop_pain_free",
     "Hop 10 times on the sore leg without pain", "green2022", "W"},
    {CALFCARE_PROGRESSION_R_RTR_ALTERNATE_DAYS, "rtr_alternate_days",
     "Walk-run sessions on alternate days, never on consecutive days", "green2022", "W"},
    {CALFCARE_PROGRESSION_R_RTR_TWO_CLEAN, "rtr_two_clean_sessions",
     "Move to the next stage only after two pain-free sessions in a row", "green2022", "W"},
    {CALFCARE_PROGRESSION_R_RTR_STEP_BACK, "rtr_step_back",
     "Pain during a session or the next morning: go back one stage", "green2022", "W"},
    {CALFCARE_PROGRESSION_R_LOAD_SESSION_RPE, "load_session_rpe",
     "Load is session minutes times perceived effort 1-10 (session-RPE)", "foster2001", "W"},
    {CALFCARE_PROGRESSION_R_CLIMB_OVER_LIMIT, "climb_over_limit",
     "Weekly climbing rose more than the weekly increase limit over the week before", "padulo2013", "W"},
    {CALFCARE_PROGRESSION_R_HARD_OVER_LIMIT, "hard_over_limit",
     "Weekly minutes of hard running rose more than the weekly increase limit over the week before", "dorn2012",
     "W"},
    {CALFCARE_PROGRESSION_R_ONE_RISE_A_WEEK, "one_rise_a_week",
     "Raise distance or climbing and hard running, never both in the same week: keep the others flat",
     "coaching", "W"},
    {CALFCARE_PROGRESSION_R_HARD_PROXY, "hard_minutes_proxy",
     "Hard minutes are runs at least 10% faster than your median pace of the last 28 days; heart rate, "
     "intervals inside a run, terrain and heat are not seen", "dorn2012", "W"},
};

const calfcare_reason *cc_progression_reason(int code)
{
    return cc_reason_find(progression_reasons, CC_COUNTOF(progression_reasons), code);
}

/* ---- validation helpers -------------------------------------------------------------------- */


/* An input series: not NULL, at least one value, a possible length. */
static calfcare_status check_input_len(calfcare_error *err, const char *field, const double *p, size_t n)
{
    if (!p)
        return cc_fail_null(err, field);
    if (n == SIZE_MAX || n > SIZE_MAX / sizeof(double))
        return cc_fail(err, CALFCARE_E_BUFFER, field, "impossible length");
    if (n == 0)
        return cc_fail(err, CALFCARE_E_INVALID, field, "needs at least one value");
    return CALFCARE_OK;
}

/* One runner's series: a possible input of at most CALFCARE_PROGRESSION_MAX_SERIES values. */
static calfcare_status check_series_len(calfcare_error *err, const char *field, const double *p, size_t n)
{
    calfcare_status st = check_input_len(err, field, p, n);
    if (st == CALFCARE_OK && n > (size_t)CALFCARE_PROGRESSION_MAX_SERIES) {
        st = cc_fail(err, CALFCARE_E_INVALID, field, "");
        cc_fail_append(err, "", (double)n, " values; at most 10000000 (CALFCARE_PROGRESSION_MAX_SERIES)");
    }
    return st;
}

/* An output buffer of `need` items: not NULL, a possible length, long enough. */
static calfcare_status check_output(calfcare_error *err, const char *field, const void *p, size_t len, size_t need)
{
    if (!p)
        return cc_fail_null(err, field);
    if (len == 0 || len == SIZE_MAX || len > SIZE_MAX / sizeof(double))
        return cc_fail(err, CALFCARE_E_BUFFER, field, "impossible buffer length (0 or too large)");
    if (len < need) {
        cc_fail(err, CALFCARE_E_BUFFER, field, "buffer too small: ");
        cc_fail_append(err, "length ", (double)len, NULL);
        cc_fail_append(err, ", needs ", (double)need, NULL);
        return CALFCARE_E_BUFFER;
    }
    return CALFCARE_OK;
}

/* Validate every value of a series (finite, within [0, max]); name the index on failure. */
static calfcare_status check_series(calfcare_error *err, const char *field, const double *x, size_t n, double max,
                                    const char *unit)
{
    size_t i;
    for (i = 0; i < n; i++) {
        if (!(x[i] >= 0.0 && x[i] <= max)) { /* also catches NaN */
            calfcare_status st = cc_check_number(err, field, x[i], 0.0, max, unit, 0);
            cc_fail_append(err, " (index ", (double)i, ")");
            return st;
        }
    }
    return CALFCARE_OK;
}

static calfcare_status check_params(const calfcare_progression_params *p, calfcare_error *err)
{
    calfcare_status st;
    if (!p)
        return cc_fail_null(err, "params");
    st = cc_params_check(&cc_progression_params_tab, p, err); /* each member's range (progression_params.c) */
    if (st == CALFCARE_OK && p->acute_days >= p->chronic_days) {
        cc_fail(err, CALFCARE_E_INVALID, "acute_days", "must be shorter than chronic_days (");
        cc_fail_append(err, NULL, p->acute_days, " >= ");
        cc_fail_append(err, NULL, p->chronic_days, ")");
        if (err) {
            err->value = p->acute_days;
            err->min = 1;
            err->max = p->chronic_days - 1;
        }
        return CALFCARE_E_INVALID;
    }
    return st;
}

/* ---- parameters ------------------------------------------------------------------------------ */

calfcare_status calfcare_progression_params_init(calfcare_progression_params *params, calfcare_error *err)
{
    if (!params)
        return cc_fail_null(err, "params");
    cc_params_defaults(&cc_progression_params_tab, params);
    return CALFCARE_OK;
}

calfcare_status calfcare_progression_plan_params_init(calfcare_progression_plan_params *params, calfcare_error *err)
{
    if (!params)
        return cc_fail_null(err, "params");
    cc_params_defaults(&cc_plan_params_tab, params);
    return CALFCARE_OK;
}

static const char *const decay_names[] = {"2/(n+1)", "exp", "1/n"};
static const char *const coupling_names[] = {"coupled", "uncoupled"};

const char *calfcare_progression_decay_name(int decay)
{
    if (decay < 1 || decay > 3)
        return "unknown";
    return decay_names[decay - 1];
}

calfcare_status calfcare_progression_decay_parse(const char *word, int *decay, calfcare_error *err)
{
    return cc_parse_name(calfcare_progression_decay_name, CALFCARE_PROGRESSION_DECAY_2_OVER_N_PLUS_1,
                         CALFCARE_PROGRESSION_DECAY_1_OVER_N, "decay", word, decay, err);
}

static const char *const seed_names[] = {"zero", "first"};

const char *calfcare_progression_seed_name(int seed)
{
    if (seed < 1 || seed > 2)
        return "unknown";
    return seed_names[seed - 1];
}

calfcare_status calfcare_progression_seed_parse(const char *word, int *seed, calfcare_error *err)
{
    return cc_parse_name(calfcare_progression_seed_name, CALFCARE_PROGRESSION_SEED_ZERO, CALFCARE_PROGRESSION_SEED_FIRST,
                         "seed", word, seed, err);
}

const char *calfcare_progression_coupling_name(int coupling)
{
    if (coupling < 1 || coupling > 2)
        return "unknown";
    return coupling_names[coupling - 1];
}

calfcare_status calfcare_progression_coupling_parse(const char *word, int *coupling, calfcare_error *err)
{
    return cc_parse_name(calfcare_progression_coupling_name, CALFCARE_PROGRESSION_COUPLED,
                         CALFCARE_PROGRESSION_UNCOUPLED, "coupling", word, coupling, err);
}

/* ---- the checks the other progression files share (lib/progression_maths.h) --------------- */

calfcare_status cc_progression_check_input_len(calfcare_error *err, const char *field, const double *p, size_t n)
{
    return check_input_len(err, field, p, n);
}

calfcare_status cc_progression_check_output(calfcare_error *err, const char *field, const void *p, size_t len,
                                            size_t need)
{
    return check_output(err, field, p, len, need);
}

calfcare_status cc_progression_check_params(const calfcare_progression_params *p, calfcare_error *err)
{
    return check_params(p, err);
}

/* ---- shared primitive ---------------------------------------------------------------------- */

calfcare_status calfcare_progression_next_week_max(double last_week, double max_increase_pct, double *out,
                                                   calfcare_error *err)
{
    calfcare_status st;
    if (!out)
        return cc_fail_null(err, "out");
    st = cc_check_number(err, "weekly_km", last_week, 0, CALFCARE_PROGRESSION_MAX_WEEKLY_KM, "km", 0);
    if (st == CALFCARE_OK)
        st = cc_check_number(err, "max_increase_pct", max_increase_pct, CALFCARE_PROGRESSION_MIN_INCREASE_PCT,
                             CALFCARE_PROGRESSION_MAX_INCREASE_PCT, "%", 0);
    if (st != CALFCARE_OK)
        return st;
    *out = cc_week_cap(last_week, max_increase_pct);
    return CALFCARE_OK;
}

/* ---- weekly check ---------------------------------------------------------------------------- */

static calfcare_status check_weekly(const char *field, double max, const char *unit, const double *weekly, size_t n,
                                    const calfcare_progression_params *params, double *chg, size_t chg_len,
                                    unsigned char *over, size_t over_len, calfcare_progression_weekly_result *res,
                                    calfcare_error *err)
{
    calfcare_status st;
    calfcare_progression_weekly_result r;
    size_t i;
    double pct;

    if ((st = check_series_len(err, field, weekly, n)) != CALFCARE_OK)
        return st;
    if ((st = check_params(params, err)) != CALFCARE_OK)
        return st;
    if ((st = check_output(err, "change_pct", chg, chg_len, n)) != CALFCARE_OK)
        return st;
    if ((st = check_output(err, "over_limit", over, over_len, n)) != CALFCARE_OK)
        return st;
    if (!res)
        return cc_fail_null(err, "result");
    if ((st = check_series(err, field, weekly, n, max, unit)) != CALFCARE_OK)
        return st;

    pct = params->max_increase_pct;
    memset(&r, 0, sizeof r);
    r.count = n;
    r.max_change_pct = NAN;
    chg[0] = NAN;
    over[0] = 0;
    for (i = 1; i < n; i++) {
        chg[i] = change_pct(weekly[i - 1], weekly[i]);
        over[i] = (unsigned char)cc_week_over(weekly[i - 1], weekly[i], pct);
        r.over_limit_count += over[i];
        if (!isnan(chg[i]) && (isnan(r.max_change_pct) || chg[i] > r.max_change_pct))
            r.max_change_pct = chg[i];
    }
    r.next_week_max = cc_week_cap(weekly[n - 1], pct);
    r.last_change_pct = n >= 2 ? chg[n - 1] : NAN;
    r.two_week_change_pct = n >= 3 ? change_pct(weekly[n - 3], weekly[n - 1]) : NAN;
    if (r.over_limit_count)
        add_advice(r.advice, &r.advice_count, CALFCARE_PROGRESSION_R_WEEKLY_OVER_LIMIT);
    if (r.two_week_change_pct > CALFCARE_PROGRESSION_TWO_WEEK_RISK_PCT + BAND_EPS)
        add_advice(r.advice, &r.advice_count, CALFCARE_PROGRESSION_R_TWO_WEEK_OVER_30);
    if (!r.over_limit_count)
        add_advice(r.advice, &r.advice_count, CALFCARE_PROGRESSION_R_WEEKLY_WITHIN);
    *res = r;
    return CALFCARE_OK;
}

calfcare_status calfcare_progression_check_weekly(const double *weekly_km, size_t weekly_km_n,
                                                  const calfcare_progression_params *params, double *change_pct_out,
                                                  size_t change_pct_len, unsigned char *over_limit,
                                                  size_t over_limit_len, calfcare_progression_weekly_result *result,
                                                  calfcare_error *err)
{
    return check_weekly("weekly_km", CALFCARE_PROGRESSION_MAX_WEEKLY_KM, "km", weekly_km, weekly_km_n, params,
                        change_pct_out, change_pct_len, over_limit, over_limit_len, result, err);
}

calfcare_status calfcare_progression_check_weekly_load(const double *weekly_load, size_t weekly_load_n,
                                                       const calfcare_progression_params *params,
                                                       double *change_pct_out, size_t change_pct_len,
                                                       unsigned char *over_limit, size_t over_limit_len,
                                                       calfcare_progression_weekly_result *result, calfcare_error *err)
{
    calfcare_status st = check_weekly("weekly_load", CALFCARE_PROGRESSION_MAX_WEEKLY_LOAD, "min x RPE", weekly_load,
                                      weekly_load_n, params, change_pct_out, change_pct_len, over_limit,
                                      over_limit_len, result, err);
    if (st == CALFCARE_OK)
        add_advice(result->advice, &result->advice_count, CALFCARE_PROGRESSION_R_LOAD_SESSION_RPE);
    return st;
}

/* A climbing or hard-minutes result: the same numbers as distance, the advice of that quantity (the
 * two-week 30% zone is a distance finding, nielsen2014, and is left out). */
static void quantity_advice(calfcare_progression_weekly_result *r, int over_code)
{
    r->advice_count = 0;
    add_advice(r->advice, &r->advice_count,
               r->over_limit_count ? over_code : CALFCARE_PROGRESSION_R_WEEKLY_WITHIN);
}

calfcare_status calfcare_progression_check_weekly_climb(const double *weekly_climb_m, size_t weekly_climb_m_n,
                                                        const double *weekly_km, size_t weekly_km_n,
                                                        const calfcare_progression_params *params,
                                                        double *change_pct_out, size_t change_pct_len,
                                                        unsigned char *over_limit, size_t over_limit_len,
                                                        calfcare_progression_weekly_result *result, calfcare_error *err)
{
    calfcare_status st;
    size_t i;
    if (weekly_km_n) { /* 0: no distances given (weekly_km is then not read) */
        if ((st = check_series_len(err, "weekly_km", weekly_km, weekly_km_n)) != CALFCARE_OK)
            return st;
        if (weekly_climb_m && weekly_km_n != weekly_climb_m_n) {
            cc_fail(err, CALFCARE_E_INVALID, "weekly_km", "");
            cc_fail_append(err, NULL, (double)weekly_km_n, " distances for ");
            cc_fail_append(err, NULL, (double)weekly_climb_m_n, " weeks of climbing; give one per week");
            return CALFCARE_E_INVALID;
        }
        if (weekly_climb_m && (st = check_series(err, "weekly_km", weekly_km, weekly_km_n,
                                                 CALFCARE_PROGRESSION_MAX_WEEKLY_KM, "km")) != CALFCARE_OK)
            return st;
    }
    /* Before anything is written: no week climbs more than its distance (values out of range are
     * left to the check below). */
    for (i = 0; weekly_km_n && weekly_climb_m && i < weekly_climb_m_n; i++)
        if (cc_climb_exceeds(weekly_climb_m[i], weekly_km[i])) {
            cc_fail(err, CALFCARE_E_INVALID, "weekly_climb_m", "");
            cc_fail_append(err, NULL, weekly_climb_m[i], " m of climbing in ");
            cc_fail_append(err, NULL, weekly_km[i], " km is more than the distance itself; accepted: 0 to ");
            cc_fail_append(err, NULL, weekly_km[i] * CALFCARE_PROGRESSION_MAX_CLIMB_M_PER_KM,
                           " m (1000 m per km)");
            cc_fail_append(err, " (index ", (double)i, ")");
            if (err) {
                err->value = weekly_climb_m[i];
                err->min = 0;
                err->max = weekly_km[i] * CALFCARE_PROGRESSION_MAX_CLIMB_M_PER_KM;
            }
            return CALFCARE_E_INVALID;
        }
    st = check_weekly("weekly_climb_m", CALFCARE_PROGRESSION_MAX_WEEKLY_CLIMB_M, "m", weekly_climb_m,
                      weekly_climb_m_n, params, change_pct_out, change_pct_len, over_limit, over_limit_len, result,
                      err);
    if (st != CALFCARE_OK)
        return st;
    quantity_advice(result, CALFCARE_PROGRESSION_R_CLIMB_OVER_LIMIT);
    return CALFCARE_OK;
}

calfcare_status calfcare_progression_check_weekly_hard(const double *weekly_hard_min, size_t weekly_hard_min_n,
                                                       const calfcare_progression_params *params,
                                                       double *change_pct_out, size_t change_pct_len,
                                                       unsigned char *over_limit, size_t over_limit_len,
                                                       calfcare_progression_weekly_result *result, calfcare_error *err)
{
    calfcare_status st = check_weekly("weekly_hard_min", CALFCARE_PROGRESSION_MAX_WEEKLY_HARD_MIN, "min",
                                      weekly_hard_min, weekly_hard_min_n, params, change_pct_out, change_pct_len,
                                      over_limit, over_limit_len, result, err);
    if (st == CALFCARE_OK)
        quantity_advice(result, CALFCARE_PROGRESSION_R_HARD_OVER_LIMIT);
    return st;
}

calfcare_status calfcare_progression_session_load(double duration_min, double rpe, double *load, calfcare_error *err)
{
    calfcare_status st;
    if (!load)
        return cc_fail_null(err, "load");
    st = cc_check_number(err, "duration_min", duration_min, 0, CALFCARE_PROGRESSION_MAX_SESSION_MIN, "min", 0);
    if (st == CALFCARE_OK)
        st = cc_check_number(err, "rpe", rpe, 0, 10, "(CR-10 scale)", 0);
    if (st != CALFCARE_OK)
        return st;
    *load = duration_min * rpe; /* Foster 2001 */
    return CALFCARE_OK;
}

static calfcare_status weekly_totals(const char *in_field, const char *out_field, double max, const char *unit,
                                     const double *daily, size_t n, double *weekly, size_t weekly_len,
                                     size_t *weekly_n, calfcare_error *err)
{
    calfcare_status st;
    size_t lead, weeks, k, j;
    if ((st = check_series_len(err, in_field, daily, n)) != CALFCARE_OK)
        return st;
    weeks = n / 7;
    if ((st = check_output(err, out_field, weekly, weekly_len, weeks)) != CALFCARE_OK)
        return st;
    if (!weekly_n)
        return cc_fail_null(err, "weekly_n");
    if ((st = check_series(err, in_field, daily, n, max, unit)) != CALFCARE_OK)
        return st;
    lead = n % 7;
    for (k = 0; k < weeks; k++) {
        double s = 0.0;
        for (j = 0; j < 7; j++)
            s += daily[lead + 7 * k + j];
        weekly[k] = s;
    }
    *weekly_n = weeks;
    return CALFCARE_OK;
}

calfcare_status calfcare_progression_weekly_totals(const double *daily_km, size_t daily_km_n, double *weekly_km,
                                                   size_t weekly_km_len, size_t *weekly_n, calfcare_error *err)
{
    return weekly_totals("daily_km", "weekly_km", CALFCARE_PROGRESSION_MAX_DAILY_KM, "km", daily_km, daily_km_n,
                         weekly_km, weekly_km_len, weekly_n, err);
}

calfcare_status calfcare_progression_weekly_load_totals(const double *daily_load, size_t daily_load_n,
                                                        double *weekly_load, size_t weekly_load_len, size_t *weekly_n,
                                                        calfcare_error *err)
{
    return weekly_totals("daily_load", "weekly_load", CALFCARE_PROGRESSION_MAX_DAILY_LOAD, "", daily_load,
                         daily_load_n, weekly_load, weekly_load_len, weekly_n, err);
}

/* ---- spikes ------------------------------------------------------------------------------------ */

int calfcare_progression_spike_classify(double spike_pct)
{
    if (isnan(spike_pct))
        return CALFCARE_PROGRESSION_BAND_NO_REFERENCE;
    if (spike_pct <= 10.0 + BAND_EPS)
        return CALFCARE_PROGRESSION_BAND_WITHIN_10;
    if (spike_pct <= 30.0 + BAND_EPS)
        return CALFCARE_PROGRESSION_BAND_OVER_10;
    if (spike_pct <= 100.0 + BAND_EPS)
        return CALFCARE_PROGRESSION_BAND_OVER_30;
    return CALFCARE_PROGRESSION_BAND_OVER_100;
}

const char *calfcare_progression_band_name(int band)
{
    static const char *const names[CALFCARE_PROGRESSION_BAND_COUNT] = {"no_reference", "within_10", "over_10",
                                                                       "over_30", "over_100"};
    if (band < 0 || band >= CALFCARE_PROGRESSION_BAND_COUNT)
        return "unknown";
    return names[band];
}

calfcare_status calfcare_progression_band_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_progression_band_name, 0, CALFCARE_PROGRESSION_BAND_COUNT - 1, "band", word, value, err);
}

/* Days held by the spike ring: the 30-day window and the day itself. */
#define SPIKE_RING (CALFCARE_PROGRESSION_SPIKE_WINDOW_DAYS + 1)

/* Longest run of days d-30 .. d-1 in the ring (0 when none). */
static double ring_max(const double *ring_day, const double *ring_km, double d)
{
    double ref = 0.0;
    size_t k;
    for (k = 0; k < SPIKE_RING; k++)
        if (ring_day[k] >= d - CALFCARE_PROGRESSION_SPIKE_WINDOW_DAYS && ring_day[k] < d && ring_km[k] > ref)
            ref = ring_km[k];
    return ref;
}

calfcare_status calfcare_progression_spikes(const double *run_day, size_t run_day_n, const double *run_km,
                                            size_t run_km_n, double next_day, double *spike_pct, size_t spike_pct_len,
                                            unsigned char *band, size_t band_len,
                                            calfcare_progression_spike_result *result, calfcare_error *err)
{
    calfcare_status st;
    calfcare_progression_spike_result r;
    size_t i, n = run_day_n;
    double ring_day[SPIKE_RING], ring_km[SPIKE_RING], ref = 0.0;

    if ((st = check_series_len(err, "run_day", run_day, run_day_n)) != CALFCARE_OK)
        return st;
    if ((st = check_input_len(err, "run_km", run_km, run_km_n)) != CALFCARE_OK)
        return st;
    if (run_km_n != run_day_n) {
        cc_fail(err, CALFCARE_E_INVALID, "run_km", "needs one value per run_day: ");
        cc_fail_append(err, NULL, (double)run_km_n, " values for ");
        cc_fail_append(err, NULL, (double)run_day_n, " runs");
        return CALFCARE_E_INVALID;
    }
    if ((st = check_output(err, "spike_pct", spike_pct, spike_pct_len, n)) != CALFCARE_OK)
        return st;
    if ((st = check_output(err, "band", band, band_len, n)) != CALFCARE_OK)
        return st;
    if (!result)
        return cc_fail_null(err, "result");
    for (i = 0; i < n; i++) {
        st = cc_check_number(err, "run_day", run_day[i], 0, CALFCARE_PROGRESSION_MAX_DAY, "", 1);
        if (st == CALFCARE_OK && i > 0 && run_day[i] < run_day[i - 1]) {
            cc_fail(err, CALFCARE_E_INVALID, "run_day", "days must not decrease: ");
            cc_fail_append(err, NULL, run_day[i], " after ");
            cc_fail_append(err, NULL, run_day[i - 1], NULL);
            st = CALFCARE_E_INVALID;
        }
        if (st == CALFCARE_OK)
            st = cc_check_number(err, "run_km", run_km[i], 0, CALFCARE_PROGRESSION_MAX_DAILY_KM, "km", 0);
        if (st != CALFCARE_OK) {
            cc_fail_append(err, " (run ", (double)i, ")");
            return st;
        }
    }
    st = cc_check_number(err, "next_day", next_day, run_day[n - 1], CALFCARE_PROGRESSION_MAX_DAY + 400, "", 1);
    if (st != CALFCARE_OK)
        return st;

    memset(&r, 0, sizeof r);
    r.count = n;
    r.max_spike_pct = NAN;
    /* The longest run of each of the last 31 days in a ring indexed by day modulo 31 (the 30-day
     * window plus the current day, which is not in its own reference): each run costs at most one
     * scan of 31 slots on a new day, so the check is linear in runs whatever their spread (a
     * log of many runs on one day used to walk back over all of them for each run). */
    for (i = 0; i < SPIKE_RING; i++) {
        ring_day[i] = -1.0;
        ring_km[i] = 0.0;
    }
    for (i = 0; i < n; i++) {
        double d = run_day[i];
        size_t slot = (size_t)d % SPIKE_RING; /* d is a whole day, 0 .. CALFCARE_PROGRESSION_MAX_DAY */
        int b;
        if (i == 0 || d != run_day[i - 1])
            ref = ring_max(ring_day, ring_km, d);
        spike_pct[i] = cc_spike_pct(run_km[i], ref);
        b = calfcare_progression_spike_classify(spike_pct[i]);
        band[i] = (unsigned char)b;
        r.band_count[b]++;
        if (!isnan(spike_pct[i]) && (isnan(r.max_spike_pct) || spike_pct[i] > r.max_spike_pct))
            r.max_spike_pct = spike_pct[i];
        if (ring_day[slot] != d) {
            ring_day[slot] = d;
            ring_km[slot] = 0.0;
        }
        if (run_km[i] > ring_km[slot])
            ring_km[slot] = run_km[i];
    }
    r.reference_from_day = run_day[0] + CALFCARE_PROGRESSION_SPIKE_WINDOW_DAYS;
    r.longest_30d_km = ring_max(ring_day, ring_km, next_day);
    r.next_run_max_km = r.longest_30d_km * (1.0 + CALFCARE_PROGRESSION_SPIKE_CAP_PCT / 100.0);
    r.last_spike_pct = spike_pct[n - 1];
    if (r.band_count[CALFCARE_PROGRESSION_BAND_OVER_100])
        add_advice(r.advice, &r.advice_count, CALFCARE_PROGRESSION_R_SPIKE_OVER_100);
    if (r.band_count[CALFCARE_PROGRESSION_BAND_OVER_30])
        add_advice(r.advice, &r.advice_count, CALFCARE_PROGRESSION_R_SPIKE_OVER_30);
    if (r.band_count[CALFCARE_PROGRESSION_BAND_OVER_10])
        add_advice(r.advice, &r.advice_count, CALFCARE_PROGRESSION_R_SPIKE_OVER_10);
    add_advice(r.advice, &r.advice_count, CALFCARE_PROGRESSION_R_NEXT_RUN_CAP);
    *result = r;
    return CALFCARE_OK;
}

/* ---- acute:chronic ratio ---------------------------------------------------------------------- */

double calfcare_progression_lambda(int decay, int days)
{
    double n = days;
    if (days < 1 || days > 365)
        return NAN;
    switch (decay) {
    case CALFCARE_PROGRESSION_DECAY_2_OVER_N_PLUS_1:
        return 2.0 / (n + 1.0);
    case CALFCARE_PROGRESSION_DECAY_EXP:
        return 1.0 - exp(-1.0 / n);
    case CALFCARE_PROGRESSION_DECAY_1_OVER_N:
        return 1.0 / n;
    default:
        return NAN;
    }
}

int calfcare_progression_acwr_classify(double ratio)
{
    if (isnan(ratio))
        return CALFCARE_PROGRESSION_ACWR_BAND_UNKNOWN;
    if (ratio < CALFCARE_PROGRESSION_ACWR_LOW - BAND_EPS)
        return CALFCARE_PROGRESSION_ACWR_BAND_LOW;
    if (ratio <= CALFCARE_PROGRESSION_ACWR_HIGH + BAND_EPS)
        return CALFCARE_PROGRESSION_ACWR_BAND_MODERATE;
    if (ratio < CALFCARE_PROGRESSION_ACWR_VERY_HIGH - BAND_EPS)
        return CALFCARE_PROGRESSION_ACWR_BAND_HIGH;
    return CALFCARE_PROGRESSION_ACWR_BAND_VERY_HIGH;
}

const char *calfcare_progression_acwr_band_name(int band)
{
    static const char *const names[] = {"unknown", "low", "moderate", "high", "very_high"};
    if (band < 0 || band >= (int)CC_COUNTOF(names))
        return "unknown";
    return names[band];
}

calfcare_status calfcare_progression_acwr_band_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_progression_acwr_band_name, CALFCARE_PROGRESSION_ACWR_BAND_UNKNOWN, CALFCARE_PROGRESSION_ACWR_BAND_VERY_HIGH, "acwr_band", word, value, err);
}

/* Days a series needs before its start weighs at most CALFCARE_PROGRESSION_SETTLED_WEIGHT in the chronic
 * value: lag + the smallest k >= 1 with (1 - lc)^k <= the weight. The power is a running product
 * (no libm pow or log: a firmware links neither); tests/check_progression.c compares k with the
 * pow() definition for every decay and every chronic_days the parameters accept (all 1,092 of
 * them): the same day everywhere. */
static size_t settled_days(const ewma *e)
{
    const double q = 1.0 - e->lc;
    double qk = q;
    size_t k = 1;
    if (q > 0.0 && q < 1.0)
        while (qk > CALFCARE_PROGRESSION_SETTLED_WEIGHT) {
            qk *= q;
            k++;
        }
    return e->lag + k;
}

static void acwr_finish(const ewma *e, size_t n,
                        calfcare_progression_acwr_result *res)
{
    calfcare_progression_acwr_result r;
    memset(&r, 0, sizeof r);
    r.days = n;
    r.acute = e->a;
    r.chronic = ewma_chronic(e);
    r.ratio = ratio_of(r.acute, r.chronic);
    r.band = calfcare_progression_acwr_classify(r.ratio);
    /* The start's weight in the chronic value is (1 - lc)^k after k days seen (either seed): at most
     * the weight from settled_days() on. */
    r.settled_days = settled_days(e);
    r.settled = n >= r.settled_days;
    r.lambda_acute = e->la;
    r.lambda_chronic = e->lc;
    if (r.band == CALFCARE_PROGRESSION_ACWR_BAND_VERY_HIGH)
        add_advice(r.advice, &r.advice_count, CALFCARE_PROGRESSION_R_ACWR_VERY_HIGH);
    if (r.band == CALFCARE_PROGRESSION_ACWR_BAND_LOW)
        add_advice(r.advice, &r.advice_count, CALFCARE_PROGRESSION_R_ACWR_LOW);
    if (!r.settled)
        add_advice(r.advice, &r.advice_count, CALFCARE_PROGRESSION_R_ACWR_UNSETTLED);
    add_advice(r.advice, &r.advice_count, CALFCARE_PROGRESSION_R_ACWR_CONTESTED);
    *res = r;
}

static calfcare_status acwr_core(int want_series, const double *daily_load, size_t daily_load_n,
                                 const calfcare_progression_params *params, double *acute, size_t acute_len,
                                 double *chronic, size_t chronic_len, double *ratio, size_t ratio_len,
                                 calfcare_progression_acwr_result *result, calfcare_error *err)
{
    calfcare_status st;
    ewma e;
    size_t t, n = daily_load_n;

    if ((st = check_series_len(err, "daily_load", daily_load, n)) != CALFCARE_OK)
        return st;
    if ((st = check_params(params, err)) != CALFCARE_OK)
        return st;
    if (want_series) {
        if ((st = check_output(err, "acute", acute, acute_len, n)) != CALFCARE_OK)
            return st;
        if ((st = check_output(err, "chronic", chronic, chronic_len, n)) != CALFCARE_OK)
            return st;
        if ((st = check_output(err, "ratio", ratio, ratio_len, n)) != CALFCARE_OK)
            return st;
    }
    if (!result)
        return cc_fail_null(err, "result");
    if ((st = check_series(err, "daily_load", daily_load, n, CALFCARE_PROGRESSION_MAX_DAILY_LOAD, "")) != CALFCARE_OK)
        return st;
    ewma_start(&e, params);
    for (t = 0; t < n; t++) {
        ewma_step(&e, daily_load, t);
        if (want_series) {
            acute[t] = e.a;
            chronic[t] = ewma_chronic(&e);
            ratio[t] = ratio_of(acute[t], chronic[t]);
        }
    }
    acwr_finish(&e, n, result);
    return CALFCARE_OK;
}

calfcare_status calfcare_progression_acwr_series(const double *daily_load, size_t daily_load_n,
                                                 const calfcare_progression_params *params, double *acute,
                                                 size_t acute_len, double *chronic, size_t chronic_len, double *ratio,
                                                 size_t ratio_len, calfcare_progression_acwr_result *result,
                                                 calfcare_error *err)
{
    return acwr_core(1, daily_load, daily_load_n, params, acute, acute_len, chronic, chronic_len, ratio, ratio_len,
                     result, err);
}

calfcare_status calfcare_progression_acwr(const double *daily_load, size_t daily_load_n,
                                          const calfcare_progression_params *params,
                                          calfcare_progression_acwr_result *result, calfcare_error *err)
{
    return acwr_core(0, daily_load, daily_load_n, params, NULL, 0, NULL, 0, NULL, 0, result, err);
}

/* ---- plan -------------------------------------------------------------------------------------- */

/* Round down to 0.1 km; the 1e-9 absorbs binary representation (44.0 stored as 43.99999...). */
static double round_down_tenth(double km)
{
    return floor(km * 10.0 + 1e-9) / 10.0;
}

calfcare_status calfcare_progression_make_plan(const calfcare_progression_plan_params *p,
                                               calfcare_progression_plan *plan, calfcare_error *err)
{
    calfcare_status st;
    double last_full;
    size_t max_weeks, w;
    int any_cutback = 0, any_rise = 0;
    double prev_km;

    if (!p)
        return cc_fail_null(err, "params");
    if (!plan)
        return cc_fail_null(err, "plan");
    st = cc_params_check(&cc_plan_params_tab, p, err); /* each member's range (progression_params.c) */
    if (st != CALFCARE_OK)
        return st;

    memset(plan, 0, sizeof *plan);
    max_weeks = p->weeks ? (size_t)p->weeks : CALFCARE_PROGRESSION_PLAN_MAX_WEEKS;
    last_full = p->current_km;
    prev_km = p->current_km;
    for (w = 1; w <= max_weeks; w++) {
        calfcare_progression_plan_week *wk = &plan->week[w - 1];
        wk->week = (int)w;
        wk->limit_km = cc_week_cap(last_full, p->max_increase_pct);
        if (w % (size_t)p->cutback_every == 0) {
            wk->cutback = 1;
            wk->km = round_down_tenth(last_full * (1.0 - p->cutback_pct / 100.0));
            any_cutback = 1;
        } else {
            wk->km = wk->limit_km >= p->target_km ? p->target_km : round_down_tenth(wk->limit_km);
            last_full = wk->km;
            if (wk->km == p->target_km && !plan->reached_week)
                plan->reached_week = (int)w;
        }
        /* One kind of increase a week (coaching): climbing and hard minutes flat while distance rises. */
        wk->hold_intensity = wk->km > prev_km;
        any_rise |= wk->hold_intensity;
        prev_km = wk->km;
        plan->count = w;
        if (!p->weeks && plan->reached_week)
            break;
    }
    if (any_cutback)
        add_advice(plan->advice, &plan->advice_count, CALFCARE_PROGRESSION_R_CUTBACK_WEEK);
    add_advice(plan->advice, &plan->advice_count,
               plan->reached_week ? CALFCARE_PROGRESSION_R_HOLD_AT_TARGET : CALFCARE_PROGRESSION_R_TARGET_NOT_REACHED);
    if (any_rise)
        add_advice(plan->advice, &plan->advice_count, CALFCARE_PROGRESSION_R_ONE_RISE_A_WEEK);
    return CALFCARE_OK;
}
