/* calfcare/progression.h: weekly limits, spikes, acute:chronic load, plans, return to run, batch.
 *
 * Sources and strengths of every rule are in docs/progression.md (keys in the reason table below).
 * The arithmetic of the weekly totals, the over-limit test, the spike and the EWMA step is written
 * once (static helpers below) and shared by the single-runner functions and the batch, so that both
 * give bit-identical results. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "internal.h"
#include "rules.h"

/* Band edges are inclusive up to 1e-9 (percentage points or ratio units), so that 11 km over 10 km,
 * which is 10.000000000000009% in binary arithmetic, is "up to 10%" as the arithmetic on paper says. */
#define BAND_EPS 1e-9

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
    int i;
    if (!word)
        return cc_fail_null(err, "decay");
    if (!decay)
        return cc_fail_null(err, "out");
    for (i = 0; i < 3; i++)
        if (strcmp(word, decay_names[i]) == 0) {
            *decay = i + 1;
            return CALFCARE_OK;
        }
    return cc_fail(err, CALFCARE_E_INVALID, "decay", "accepted words: 2/(n+1), exp, 1/n");
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
    int i;
    if (!word)
        return cc_fail_null(err, "seed");
    if (!seed)
        return cc_fail_null(err, "out");
    for (i = 0; i < 2; i++)
        if (strcmp(word, seed_names[i]) == 0) {
            *seed = i + 1;
            return CALFCARE_OK;
        }
    return cc_fail(err, CALFCARE_E_INVALID, "seed", "accepted words: zero, first");
}

const char *calfcare_progression_coupling_name(int coupling)
{
    if (coupling < 1 || coupling > 2)
        return "unknown";
    return coupling_names[coupling - 1];
}

calfcare_status calfcare_progression_coupling_parse(const char *word, int *coupling, calfcare_error *err)
{
    int i;
    if (!word)
        return cc_fail_null(err, "coupling");
    if (!coupling)
        return cc_fail_null(err, "out");
    for (i = 0; i < 2; i++)
        if (strcmp(word, coupling_names[i]) == 0) {
            *coupling = i + 1;
            return CALFCARE_OK;
        }
    return cc_fail(err, CALFCARE_E_INVALID, "coupling", "accepted words: coupled, uncoupled");
}

/* ---- shared arithmetic ------------------------------------------------------------------------ */

/* The weekly limit and the spike: lib/rules.h (cc_week_cap, cc_over_cap, cc_week_over, cc_spike_pct). */

static double change_pct(double prev, double cur)
{
    return prev > 0.0 ? (cur / prev - 1.0) * 100.0 : NAN;
}

static void add_advice(int *advice, size_t *count, int code)
{
    if (*count < CALFCARE_PROGRESSION_MAX_ADVICE)
        advice[(*count)++] = code;
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
        size_t slot = (size_t)fmod(d, (double)SPIKE_RING);
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

/* The EWMA state of one runner. One step per calendar day; the uncoupled chronic value is the
 * chronic EWMA fed `lag` days late, which is bit-for-bit C(t - lag). */
typedef struct ewma {
    double la, lc; /* decay constants */
    double a, c, cl;
    size_t lag;     /* 0 when coupled */
    int seed_first; /* A_0 = C_0 = x_0 instead of starting from 0 */
} ewma;

static void ewma_start(ewma *e, const calfcare_progression_params *p)
{
    e->la = calfcare_progression_lambda(p->decay, p->acute_days);
    e->lc = calfcare_progression_lambda(p->decay, p->chronic_days);
    e->a = e->c = e->cl = 0.0;
    e->lag = p->coupling == CALFCARE_PROGRESSION_UNCOUPLED ? (size_t)p->acute_days : 0;
    e->seed_first = p->seed == CALFCARE_PROGRESSION_SEED_FIRST;
}

/* Day t of series x (x[t] is today's load). Inline: called once per day in every loop over days. */
static inline void ewma_step(ewma *e, const double *x, size_t t)
{
    if (t == 0 && e->seed_first) {
        e->a = e->c = x[0];
    } else {
        e->a = e->la * x[t] + (1.0 - e->la) * e->a;
        e->c = e->lc * x[t] + (1.0 - e->lc) * e->c;
    }
    if (e->lag && t >= e->lag) {
        if (t == e->lag && e->seed_first)
            e->cl = x[0];
        else
            e->cl = e->lc * x[t - e->lag] + (1.0 - e->lc) * e->cl;
    }
}

static double ewma_chronic(const ewma *e)
{
    return e->lag ? e->cl : e->c;
}

static double ratio_of(double a, double c)
{
    return c > 0.0 ? a / c : NAN;
}

/* Days a series needs before its start weighs at most CALFCARE_PROGRESSION_SETTLED_WEIGHT in the chronic
 * value: lag + the smallest k >= 1 with (1 - lc)^k <= the weight (the estimate from logarithms is
 * corrected with the same pow() comparison settled uses, so both agree on every day). */
static size_t settled_days(const ewma *e)
{
    const double q = 1.0 - e->lc;
    double k = 1.0;
    if (q > 0.0 && q < 1.0) {
        k = ceil(log(CALFCARE_PROGRESSION_SETTLED_WEIGHT) / log(q));
        if (k < 1.0)
            k = 1.0;
        while (k > 1.0 && pow(q, k - 1.0) <= CALFCARE_PROGRESSION_SETTLED_WEIGHT)
            k -= 1.0;
        while (pow(q, k) > CALFCARE_PROGRESSION_SETTLED_WEIGHT)
            k += 1.0;
    }
    return e->lag + (size_t)k;
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
    /* The start's weight in the chronic value is (1 - lc)^k after k days seen (either seed). */
    r.settled = n > e->lag && pow(1.0 - e->lc, (double)(n - e->lag)) <= CALFCARE_PROGRESSION_SETTLED_WEIGHT;
    r.settled_days = settled_days(e);
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

/* ---- return to running -------------------------------------------------------------------------- */

calfcare_status calfcare_progression_return_to_run(calfcare_progression_rtr *rtr, calfcare_error *err)
{
    /* Walk/run minutes per repeat: 4.5/0.5 x 4 (the example of the clinic protocols) up to 20 min
     * continuous running; every session is 20 min. */
    static const calfcare_progression_rtr_stage stages[CALFCARE_PROGRESSION_RTR_STAGES] = {
        {1, 4.5, 0.5, 4, 20.0}, {2, 4.0, 1.0, 4, 20.0}, {3, 3.0, 2.0, 4, 20.0},
        {4, 2.0, 3.0, 4, 20.0}, {5, 1.0, 4.0, 4, 20.0}, {6, 0.0, 20.0, 1, 20.0},
    };
    if (!rtr)
        return cc_fail_null(err, "rtr");
    memset(rtr, 0, sizeof *rtr);
    rtr->gate[0].code = CALFCARE_PROGRESSION_R_RTR_WALK;
    rtr->gate[0].name = "walk_pain_free";
    rtr->gate[1].code = CALFCARE_PROGRESSION_R_RTR_HEEL_RAISES;
    rtr->gate[1].name = "heel_raises";
    rtr->gate[2].code = CALFCARE_PROGRESSION_R_RTR_HOP;
    rtr->gate[2].name = "hop_pain_free";
    for (rtr->gate_count = 0; rtr->gate_count < CALFCARE_PROGRESSION_RTR_GATE_ITEMS; rtr->gate_count++) {
        calfcare_progression_rtr_gate_item *g = &rtr->gate[rtr->gate_count];
        g->text = cc_progression_reason(g->code)->text;
    }
    memcpy(rtr->stage, stages, sizeof stages);
    rtr->stage_count = CALFCARE_PROGRESSION_RTR_STAGES;
    rtr->heel_raises = CALFCARE_PROGRESSION_RTR_HEEL_RAISES;
    rtr->asymmetry_pct = CALFCARE_PROGRESSION_RTR_ASYMMETRY_PCT;
    rtr->rest_days_between = 1;
    rtr->clean_sessions = CALFCARE_PROGRESSION_RTR_CLEAN_SESSIONS;
    add_advice(rtr->advice, &rtr->advice_count, CALFCARE_PROGRESSION_R_RTR_ALTERNATE_DAYS);
    add_advice(rtr->advice, &rtr->advice_count, CALFCARE_PROGRESSION_R_RTR_TWO_CLEAN);
    add_advice(rtr->advice, &rtr->advice_count, CALFCARE_PROGRESSION_R_RTR_STEP_BACK);
    return CALFCARE_OK;
}

calfcare_status calfcare_progression_rtr_gate_input_init(calfcare_progression_rtr_gate_input *input,
                                                         calfcare_error *err)
{
    if (!input)
        return cc_fail_null(err, "input");
    input->walk_pain_free = CALFCARE_UNKNOWN;
    input->heel_raises_left = NAN;
    input->heel_raises_right = NAN;
    input->hop_pain_free = CALFCARE_UNKNOWN;
    return CALFCARE_OK;
}

static calfcare_status check_tristate(calfcare_error *err, const char *field, int v)
{
    if (v >= CALFCARE_UNKNOWN && v <= CALFCARE_YES) /* a calfcare_yes_no */
        return CALFCARE_OK;
    cc_fail(err, CALFCARE_E_INVALID, field, "accepted: 1 (yes), 0 (no), -1 (unknown); got ");
    cc_fail_append(err, NULL, v, NULL);
    if (err) {
        err->value = v;
        err->min = -1;
        err->max = 1;
    }
    return CALFCARE_E_INVALID;
}

calfcare_status calfcare_progression_rtr_gate_check(const calfcare_progression_rtr_gate_input *in,
                                                    calfcare_progression_rtr_gate_result *result, calfcare_error *err)
{
    calfcare_status st;
    calfcare_progression_rtr_gate_result r;
    double l, rr;
    size_t i;
    int known_raises;

    if (!in)
        return cc_fail_null(err, "input");
    if (!result)
        return cc_fail_null(err, "result");
    l = in->heel_raises_left;
    rr = in->heel_raises_right;
    st = check_tristate(err, "walk_pain_free", in->walk_pain_free);
    if (st == CALFCARE_OK && !isnan(l))
        st = cc_check_number(err, "heel_raises", l, 0, 200, "raises", 1);
    if (st == CALFCARE_OK && !isnan(rr))
        st = cc_check_number(err, "heel_raises", rr, 0, 200, "raises", 1);
    if (st == CALFCARE_OK)
        st = check_tristate(err, "hop_pain_free", in->hop_pain_free);
    if (st != CALFCARE_OK)
        return st;

    memset(&r, 0, sizeof r);
    r.item[0] = in->walk_pain_free;
    known_raises = !isnan(l) && !isnan(rr);
    r.asymmetry_pct = NAN;
    if (known_raises) {
        double hi = l > rr ? l : rr;
        r.asymmetry_pct = hi > 0 ? fabs(l - rr) / hi * 100.0 : 0.0;
        r.item[1] = l >= CALFCARE_PROGRESSION_RTR_HEEL_RAISES && rr >= CALFCARE_PROGRESSION_RTR_HEEL_RAISES &&
                    r.asymmetry_pct <= CALFCARE_PROGRESSION_RTR_ASYMMETRY_PCT + BAND_EPS;
    } else if ((!isnan(l) && l < CALFCARE_PROGRESSION_RTR_HEEL_RAISES) ||
               (!isnan(rr) && rr < CALFCARE_PROGRESSION_RTR_HEEL_RAISES)) {
        r.item[1] = 0; /* one side already short of the count: failed whatever the other side does */
    } else {
        r.item[1] = -1;
    }
    r.item[2] = in->hop_pain_free;
    r.passed = 1;
    for (i = 0; i < CALFCARE_PROGRESSION_RTR_GATE_ITEMS; i++) {
        static const int codes[CALFCARE_PROGRESSION_RTR_GATE_ITEMS] = {
            CALFCARE_PROGRESSION_R_RTR_WALK, CALFCARE_PROGRESSION_R_RTR_HEEL_RAISES, CALFCARE_PROGRESSION_R_RTR_HOP};
        if (r.item[i] == 0)
            r.passed = 0;
        else if (r.item[i] < 0 && r.passed)
            r.passed = -1;
        if (r.item[i] != 1)
            add_advice(r.advice, &r.advice_count, codes[i]);
    }
    *result = r;
    return CALFCARE_OK;
}

calfcare_status calfcare_progression_rtr_advance(int stage, int clean_streak, int pain_free, int *next_stage,
                                                 int *next_streak, calfcare_error *err)
{
    calfcare_status st;
    if (!next_stage)
        return cc_fail_null(err, "next_stage");
    if (!next_streak)
        return cc_fail_null(err, "next_streak");
    st = cc_check_number(err, "stage", stage, 1, CALFCARE_PROGRESSION_RTR_STAGES, "", 1);
    if (st == CALFCARE_OK)
        st = cc_check_number(err, "clean_streak", clean_streak, 0, CALFCARE_PROGRESSION_RTR_CLEAN_SESSIONS - 1, "", 1);
    if (st == CALFCARE_OK)
        st = cc_check_number(err, "pain_free", pain_free, 0, 1, "", 1);
    if (st != CALFCARE_OK)
        return st;
    if (!pain_free) {
        *next_stage = stage > 1 ? stage - 1 : 1;
        *next_streak = 0;
    } else if (clean_streak + 1 >= CALFCARE_PROGRESSION_RTR_CLEAN_SESSIONS) {
        *next_stage = stage + 1; /* past the last stage: done, continue with a weekly plan */
        *next_streak = 0;
    } else {
        *next_stage = stage;
        *next_streak = clean_streak + 1;
    }
    return CALFCARE_OK;
}

/* ---- batch ------------------------------------------------------------------------------------- */

size_t calfcare_progression_batch_columns(void)
{
    return CALFCARE_PROGRESSION_BATCH_COLUMNS;
}

static calfcare_status check_batch_shape(const double *daily_km, size_t daily_km_n, size_t runners, size_t days,
                                         const calfcare_progression_params *params, calfcare_error *err)
{
    calfcare_status st;
    if ((st = check_input_len(err, "daily_km", daily_km, daily_km_n)) != CALFCARE_OK)
        return st;
    if (runners == 0 || runners == SIZE_MAX)
        return cc_fail(err, CALFCARE_E_INVALID, "runners", "needs at least one runner (and not SIZE_MAX)");
    if (days == 0 || days == SIZE_MAX)
        return cc_fail(err, CALFCARE_E_INVALID, "days", "needs at least one day (and not SIZE_MAX)");
    if (days > SIZE_MAX / runners || runners * days != daily_km_n) {
        cc_fail(err, CALFCARE_E_BUFFER, "daily_km", "length must equal runners x days: ");
        cc_fail_append(err, NULL, (double)daily_km_n, " values for runners x days = ");
        cc_fail_append(err, NULL, (double)runners * (double)days, NULL);
        return CALFCARE_E_BUFFER;
    }
    return check_params(params, err);
}

static calfcare_status bad_day(calfcare_error *err, double v, size_t r, size_t d)
{
    calfcare_status st = cc_check_number(err, "daily_km", v, 0, CALFCARE_PROGRESSION_MAX_DAILY_KM, "km", 0);
    cc_fail_append(err, " (runner ", (double)r, NULL);
    cc_fail_append(err, ", day ", (double)d, ")");
    return st;
}

/* Seven days from v summed from 0 in day order: the rounding of calfcare_progression_weekly_totals()
 * (the `0.0 +` keeps a week of -0 km days at +0, as there). */
static inline double week_sum(const double *v)
{
    return 0.0 + v[0] + v[1] + v[2] + v[3] + v[4] + v[5] + v[6];
}

/* The first week of a row (summed as calfcare_progression_weekly_totals() does: weeks end on the
 * last day) over the weekly maximum, which calfcare_progression_check_weekly() refuses: its first
 * day, or SIZE_MAX if there is none. */
static size_t week_over_max(const double *x, size_t days)
{
    size_t w;
    for (w = days % 7; w + 7 <= days; w += 7)
        if (week_sum(x + w) > CALFCARE_PROGRESSION_MAX_WEEKLY_KM)
            return w;
    return SIZE_MAX;
}

/* A week can pass the weekly maximum only if one of its days is over a seventh of it; below an
 * eighth (125 km) there is no need to sum the weeks again, whatever the rounding. */
#define BATCH_WEEK_CHECK_KM (CALFCARE_PROGRESSION_MAX_WEEKLY_KM / 8.0)

/* The first bad value of runner r's row, which batch_row() refused: a day out of range, or else a
 * week over the weekly maximum. */
static calfcare_status bad_row(calfcare_error *err, const double *x, size_t days, size_t r)
{
    size_t d, w;
    double week;
    for (d = 0; d < days; d++)
        if (!(x[d] >= 0.0 && x[d] <= CALFCARE_PROGRESSION_MAX_DAILY_KM))
            return bad_day(err, x[d], r, d);
    if ((w = week_over_max(x, days)) == SIZE_MAX)
        return cc_fail(err, CALFCARE_E_INVALID, "daily_km", "invalid value"); /* not reached */
    week = week_sum(x + w);
    cc_fail(err, CALFCARE_E_INVALID, "daily_km", "days ");
    cc_fail_append(err, NULL, (double)w, " to ");
    cc_fail_append(err, NULL, (double)(w + 6), " of runner ");
    cc_fail_append(err, NULL, (double)r, " sum to ");
    cc_fail_append(err, NULL, week, " km; accepted: at most ");
    cc_fail_append(err, NULL, CALFCARE_PROGRESSION_MAX_WEEKLY_KM, " km a week");
    if (err) {
        err->value = week;
        err->min = 0.0;
        err->max = CALFCARE_PROGRESSION_MAX_WEEKLY_KM;
    }
    return CALFCARE_E_INVALID;
}

/* How the batch is fast and still bit-identical. Each runner gets exactly the operations of the
 * single-runner functions, in the same order: the total is 0 + x[0] + x[1] + ... in day order, each
 * weekly total is 0 + the week's seven days in day order, each EWMA step is ewma_step()'s
 * la * x + (1 - la) * a (two products, then the sum: never fused into an FMA, as no path here
 * enables the fma target and the library is built with -ffp-contract=off in case CFLAGS do), the
 * over-limit test is cc_over_cap() and the ratio is ratio_of(). What changes is only how many runners
 * share one loop. One runner's day loop is a chain of dependent operations (the total and each EWMA
 * need the previous day's value), so one runner at a time runs at the latency of the chain, not at
 * the CPU's throughput; with several runners in the same loop the CPU overlaps their chains, and
 * with SIMD vectors (one runner per element) one instruction does the same operation for two (SSE2)
 * or four (AVX2) runners. Nothing is reassociated across days or runners. The smallest and largest
 * day only decide whether a row is valid (a NaN is caught by the total), so their order is free.
 * The uncoupled chronic value is the chronic EWMA fed `lag` days late, which is bit-for-bit
 * C(days - 1 - lag) (see struct ewma): the group loop keeps that day's value of c.
 * Three paths: the portable one (any CPU; the watch), and on x86-64 with GCC or clang a group loop
 * written once (BATCH_GROUP_FN) and compiled for SSE2 and for AVX2, the latter chosen at run time.
 * The Check runner is built for each path (Makefile.am), and compares with the single functions. */

/* What the first pass over a runner's row gives: the total, the EWMA state after the last day,
 * the smallest and largest day, and the weekly figures. */
typedef struct batch_sums {
    double total;
    ewma e;
    double lo, hi;     /* smallest and largest day, starting from 0 */
    double last, prev; /* the last and the one-before-last weekly total (NaN when there are none) */
    size_t over;       /* weeks over the limit of the week before */
} batch_sums;

/* ---- the portable path: BATCH_LANES runners of scalar code, then one pass per row for the weeks */

#define BATCH_LANES 4

/* The day loop of BATCH_LANES runners whose rows start at x, days apart. */
static void batch_day_loop_lanes(const double *x, size_t days, const ewma *start, batch_sums *s)
{
    size_t d, k;
    if (!start->lag && !start->seed_first) {
        /* The default (coupled, zero start) in locals, so that the compiler keeps them in registers. */
        const double la = start->la, lc = start->lc, oma = 1.0 - start->la, omc = 1.0 - start->lc;
        const double *x0 = x, *x1 = x + days, *x2 = x + 2 * days, *x3 = x + 3 * days;
        double t0 = 0.0, t1 = 0.0, t2 = 0.0, t3 = 0.0;
        double a0 = 0.0, a1 = 0.0, a2 = 0.0, a3 = 0.0, c0 = 0.0, c1 = 0.0, c2 = 0.0, c3 = 0.0;
        for (d = 0; d < days; d++) {
            const double v0 = x0[d], v1 = x1[d], v2 = x2[d], v3 = x3[d];
            t0 += v0;
            t1 += v1;
            t2 += v2;
            t3 += v3;
            a0 = la * v0 + oma * a0;
            a1 = la * v1 + oma * a1;
            a2 = la * v2 + oma * a2;
            a3 = la * v3 + oma * a3;
            c0 = lc * v0 + omc * c0;
            c1 = lc * v1 + omc * c1;
            c2 = lc * v2 + omc * c2;
            c3 = lc * v3 + omc * c3;
        }
        for (k = 0; k < BATCH_LANES; k++)
            s[k].e = *start;
        s[0].total = t0, s[0].e.a = a0, s[0].e.c = c0;
        s[1].total = t1, s[1].e.a = a1, s[1].e.c = c1;
        s[2].total = t2, s[2].e.a = a2, s[2].e.c = c2;
        s[3].total = t3, s[3].e.a = a3, s[3].e.c = c3;
        return;
    }
    for (k = 0; k < BATCH_LANES; k++) {
        s[k].total = 0.0;
        s[k].e = *start;
    }
    for (d = 0; d < days; d++)
        for (k = 0; k < BATCH_LANES; k++) {
            s[k].total += x[k * days + d];
            ewma_step(&s[k].e, x + k * days, d);
        }
}

/* The day loop of one runner (the last runners when fewer than BATCH_LANES are left). */
static void batch_day_loop_one(const double *x, size_t days, const ewma *start, batch_sums *s)
{
    size_t d;
    s->total = 0.0;
    s->e = *start;
    for (d = 0; d < days; d++) {
        s->total += x[d];
        ewma_step(&s->e, x, d);
    }
}

/* The weekly totals, the weeks over the limit and the smallest and largest day of one row. The
 * row is in cache by now. */
static void batch_weeks(const double *x, size_t days, double pct, batch_sums *s)
{
    const size_t lead = days % 7;
    const double factor = 1.0 + pct / 100.0; /* cc_week_cap() and cc_week_over() without a division per week */
    double lo = 0.0, hi = 0.0, prev = NAN, last = NAN;
    size_t d, w, over = 0;

    for (d = 0; d < lead; d++) {
        lo = x[d] < lo ? x[d] : lo;
        hi = x[d] > hi ? x[d] : hi;
    }
    /* Weeks end on the last day; each week is summed from 0 in day order, as the single functions do. */
    for (w = lead; w + 7 <= days; w += 7) {
        const double *v = x + w;
        const double week = week_sum(v);
        double m01 = v[0] < v[1] ? v[0] : v[1], m23 = v[2] < v[3] ? v[2] : v[3], m45 = v[4] < v[5] ? v[4] : v[5];
        double n01 = v[0] > v[1] ? v[0] : v[1], n23 = v[2] > v[3] ? v[2] : v[3], n45 = v[4] > v[5] ? v[4] : v[5];
        m01 = m01 < m23 ? m01 : m23;
        m45 = m45 < v[6] ? m45 : v[6];
        n01 = n01 > n23 ? n01 : n23;
        n45 = n45 > v[6] ? n45 : v[6];
        m01 = m01 < m45 ? m01 : m45;
        n01 = n01 > n45 ? n01 : n45;
        lo = m01 < lo ? m01 : lo;
        hi = n01 > hi ? n01 : hi;
        if (!isnan(last)) {
            over += cc_over_cap(week, last * factor); /* cc_week_over() with the factor computed once */
            prev = last;
        }
        last = week;
    }
    s->lo = lo;
    s->hi = hi;
    s->last = last;
    s->prev = prev;
    s->over = over;
}

/* BATCH_LANES runners (or one, lanes == 1) from x: the day loop, then the weeks of each row. */
static void batch_portable(const double *x, size_t days, size_t lanes, const ewma *start, double pct, batch_sums *s)
{
    size_t k;
    if (lanes == BATCH_LANES)
        batch_day_loop_lanes(x, days, start, s);
    else
        batch_day_loop_one(x, days, start, s);
    for (k = 0; k < lanes; k++)
        batch_weeks(x + k * days, days, pct, &s[k]);
}

/* ---- the SIMD path (GCC or clang on x86-64): a group of runners in one pass over their rows --- */

/* CC_BATCH_PORTABLE (no SIMD) and CC_BATCH_NO_AVX2 (SSE2 only) are for the tests, which build the
 * library once more with each so that every path runs on a machine with AVX2. */
#if (defined(__GNUC__) || defined(__clang__)) && defined(__x86_64__) && !defined(CC_BATCH_PORTABLE)
#define BATCH_SIMD 1
#include <immintrin.h> /* _mm_min_pd, _mm_max_pd (SSE2: every x86-64); _mm256_min_pd, _mm256_max_pd (AVX) */

/* Vectors of doubles, one runner per element: +, * and > work element by element (GCC and clang
 * vector extensions; the same types as __m128d and __m256d), a scalar operand is used in every
 * element, and a comparison gives -1 (true) or 0 per element. */
typedef double batch_v2d __attribute__((vector_size(16)));
typedef long long batch_v2i __attribute__((vector_size(16)));
typedef double batch_v4d __attribute__((vector_size(32)));
typedef long long batch_v4i __attribute__((vector_size(32)));

#define BATCH_NV 2 /* vectors per group: two independent chains of each EWMA */
#define BATCH_GROUP_MAX (4 * BATCH_NV)

/* The day's values of runners p, p + days, ... (one per element). */
#define BATCH_LOAD2(p, days) ((batch_v2d){(p)[0], (p)[days]})
#define BATCH_LOAD4(p, days) ((batch_v4d){(p)[0], (p)[days], (p)[2 * (days)], (p)[3 * (days)]})

/* BATCH_GROUP_FN defines one group function (written once, compiled for SSE2 and for AVX2):
 *   static void NAME(const double *x, size_t days, const ewma *start, double pct, const double *next,
 *                    batch_sums *s)
 * The whole first pass of BATCH_NV * W runners whose rows start at x, days apart, in one loop over
 * the days: vector i holds runners W * i to W * i + W - 1. The total, both EWMAs (ewma_step()), the
 * week sums, the smallest and largest day and the over-limit test run in the same loop, so each row
 * is read once. The loop over days stops where a week ends (b) and where the uncoupled chronic
 * value is taken (snap: after days - lag days). A seed-first start is day 0 on its own.
 * next (NULL for the last group) is the next group's rows, which follow these in memory: the loop
 * prefetches them, a group's width of doubles a day, so that they are in cache when their turn
 * comes. Without it a group reads its rows as a few short streams, too short for the hardware
 * prefetcher to catch on, and waits for memory (measured with SSE2: 40 ms instead of 25 ms).
 * LOC is the prefetch's locality hint: 3 (into L1) for SSE2's 4 rows (12 KB for a year); 2 (L2)
 * for AVX2's 8 rows, whose next group would push the current one out of L1 (18 ms instead of 23). */
#define BATCH_GROUP_FN(NAME, ATTRS, VD, VI, W, LOAD, VMIN, VMAX, LOC)                                           \
    ATTRS static void NAME(const double *x, size_t days, const ewma *start, double pct, const double *next,     \
                           batch_sums *s)                                                                       \
    {                                                                                                           \
        const double la = start->la, oma = 1.0 - start->la, lc = start->lc, omc = 1.0 - start->lc;              \
        const double factor = 1.0 + pct / 100.0; /* cc_week_cap() and cc_week_over(), as in batch_weeks() */            \
        const VD zero = {0.0};                                                                                  \
        const size_t lead = days % 7, snap = start->lag && days > start->lag ? days - start->lag : SIZE_MAX;    \
        VD t[BATCH_NV], a[BATCH_NV], c[BATCH_NV], cl[BATCH_NV], w[BATCH_NV], lo[BATCH_NV], hi[BATCH_NV];        \
        VD last[BATCH_NV], prev[BATCH_NV];                                                                      \
        VI over[BATCH_NV];                                                                                      \
        size_t d = 0, b = lead, stop, i, j, weeks = 0;                                                          \
                                                                                                                \
        _Pragma("GCC unroll 4") for (i = 0; i < BATCH_NV; i++) {                                                \
            t[i] = a[i] = c[i] = cl[i] = w[i] = lo[i] = hi[i] = zero;                                           \
            last[i] = prev[i] = zero + (double)NAN;                                                             \
            over[i] = (VI){0};                                                                                  \
        }                                                                                                       \
        if (start->seed_first) { /* A_0 = C_0 = x_0 */                                                          \
            _Pragma("GCC unroll 4") for (i = 0; i < BATCH_NV; i++) {                                            \
                const VD v = LOAD(x + W * i * days, days);                                                      \
                t[i] = t[i] + v;                                                                                \
                a[i] = c[i] = v;                                                                                \
                w[i] = w[i] + v;                                                                                \
                lo[i] = VMIN(v, lo[i]);                                                                         \
                hi[i] = VMAX(v, hi[i]);                                                                         \
            }                                                                                                   \
            d = 1;                                                                                              \
            b = b ? b : 7;                                                                                      \
        }                                                                                                       \
        for (;;) {                                                                                              \
            if (d == b) { /* d days seen: a week ends, or the days before the first whole week */               \
                _Pragma("GCC unroll 4") for (i = 0; i < BATCH_NV; i++) {                                        \
                    if (d > lead) {                                                                             \
                        if (weeks > 0) {                                                                        \
                            const VD cap = last[i] * factor;                                                    \
                            over[i] -= w[i] > cap + cap * CC_LIMIT_TOL; /* cc_over_cap(); true is -1 */                    \
                            prev[i] = last[i];                                                                  \
                        }                                                                                       \
                        last[i] = w[i];                                                                         \
                    }                                                                                           \
                    w[i] = zero;                                                                                \
                }                                                                                               \
                weeks += d > lead;                                                                              \
                b += 7;                                                                                         \
            }                                                                                                   \
            if (d == snap)                                                                                      \
                _Pragma("GCC unroll 4") for (i = 0; i < BATCH_NV; i++)                                          \
                    cl[i] = c[i];                                                                               \
            if (d == days)                                                                                      \
                break;                                                                                          \
            stop = snap > d && snap < b ? snap : b; /* d < b <= days here */                                    \
            for (; d < stop; d++) {                                                                             \
                if (next)                                                                                       \
                    __builtin_prefetch(next + d * (W * BATCH_NV), 0, LOC);                                      \
                _Pragma("GCC unroll 4") for (i = 0; i < BATCH_NV; i++)                                          \
                {                                                                                               \
                    const VD v = LOAD(x + W * i * days + d, days);                                              \
                    t[i] = t[i] + v;                                                                            \
                    a[i] = la * v + oma * a[i];                                                                 \
                    c[i] = lc * v + omc * c[i];                                                                 \
                    w[i] = w[i] + v;                                                                            \
                    lo[i] = VMIN(v, lo[i]);                                                                     \
                    hi[i] = VMAX(v, hi[i]);                                                                     \
                }                                                                                               \
            }                                                                                                   \
        }                                                                                                       \
        _Pragma("GCC unroll 4") for (i = 0; i < BATCH_NV; i++)                                                  \
            for (j = 0; j < W; j++) {                                                                           \
                batch_sums *r = &s[W * i + j];                                                                  \
                r->total = t[i][j];                                                                             \
                r->e = *start;                                                                                  \
                r->e.a = a[i][j];                                                                               \
                r->e.c = c[i][j];                                                                               \
                r->e.cl = cl[i][j];                                                                             \
                r->lo = lo[i][j];                                                                               \
                r->hi = hi[i][j];                                                                               \
                r->last = last[i][j];                                                                           \
                r->prev = prev[i][j];                                                                           \
                r->over = (size_t)over[i][j];                                                                   \
            }                                                                                                   \
    }

/* BATCH_ACWR_FN defines, in the same way, the loop of calfcare_progression_batch_acwr() for a group:
 *   static int NAME(const double *x, size_t days, const ewma *start, const double *next, double *out)
 * It first checks every value of the group's rows (BATCH_NV * W * days values from x, which also
 * brings them into cache) and returns 0, writing nothing, if one is bad: the caller then takes the
 * runners one at a time, which finds and names it, as before. Then, day by day, ewma_step() and
 * ratio_of() for each runner, W runners per instruction: c > 0 ? a / c : NaN becomes the division
 * and a select by the comparison's mask. The division is what bounds this loop; one runner at a
 * time it also waited for each day's EWMA. */
#define BATCH_ACWR_FN(NAME, ATTRS, VD, VI, W, LOAD, LOC)                                                        \
    ATTRS static int NAME(const double *x, size_t days, const ewma *start, const double *next, double *out)     \
    {                                                                                                           \
        const double la = start->la, oma = 1.0 - start->la, lc = start->lc, omc = 1.0 - start->lc;              \
        const size_t lag = start->lag, n = BATCH_NV * W * days;                                                 \
        const VD zero = {0.0}, most = zero + CALFCARE_PROGRESSION_MAX_DAILY_KM, nanv = zero + (double)NAN;      \
        VD a[BATCH_NV], c[BATCH_NV], cl[BATCH_NV];                                                              \
        VI bad = {0};                                                                                           \
        size_t d, i, j, k;                                                                                      \
                                                                                                                \
        for (k = 0; k < n; k += W) {                                                                            \
            VD v;                                                                                               \
            memcpy(&v, x + k, sizeof v);                                                                        \
            bad |= ~((v >= zero) & (v <= most)); /* a NaN fails both */                                         \
        }                                                                                                       \
        for (j = 0; j < W; j++)                                                                                 \
            if (bad[j])                                                                                         \
                return 0;                                                                                       \
        for (i = 0; i < BATCH_NV; i++)                                                                          \
            a[i] = c[i] = cl[i] = zero;                                                                         \
        for (d = 0; d < days; d++) {                                                                            \
            if (next)                                                                                           \
                __builtin_prefetch(next + d * (W * BATCH_NV), 0, LOC);                                          \
            _Pragma("GCC unroll 4") for (i = 0; i < BATCH_NV; i++)                                              \
            {                                                                                                   \
                const double *row = x + W * i * days;                                                           \
                const VD v = LOAD(row + d, days);                                                               \
                VD ch, q;                                                                                       \
                VI pos;                                                                                         \
                if (d == 0 && start->seed_first) { /* ewma_step() */                                            \
                    a[i] = c[i] = v;                                                                            \
                } else {                                                                                        \
                    a[i] = la * v + oma * a[i];                                                                 \
                    c[i] = lc * v + omc * c[i];                                                                 \
                }                                                                                               \
                if (lag && d >= lag) {                                                                          \
                    if (d == lag && start->seed_first)                                                          \
                        cl[i] = LOAD(row, days);                                                                \
                    else                                                                                        \
                        cl[i] = lc * LOAD(row + d - lag, days) + omc * cl[i];                                   \
                }                                                                                               \
                ch = lag ? cl[i] : c[i]; /* ewma_chronic() */                                                   \
                q = a[i] / ch;                                                                                  \
                pos = ch > zero;                                                                                \
                q = (VD)(((VI)q & pos) | ((VI)nanv & ~pos)); /* ratio_of() */                                   \
                for (j = 0; j < W; j++)                                                                         \
                    out[(W * i + j) * days + d] = q[j];                                                         \
            }                                                                                                   \
        }                                                                                                       \
        return 1;                                                                                               \
    }

/* The order of minimum and maximum is free (see above), so the SIMD instructions can do them. */
BATCH_GROUP_FN(batch_group_sse2, , batch_v2d, batch_v2i, 2, BATCH_LOAD2, _mm_min_pd, _mm_max_pd, 3)

#ifndef CC_BATCH_NO_AVX2
/* AVX2 (4 doubles per vector) where the CPU has it; not FMA, so products and sums stay separate. */
BATCH_GROUP_FN(batch_group_avx2, __attribute__((target("avx2"))), batch_v4d, batch_v4i, 4, BATCH_LOAD4,
               _mm256_min_pd, _mm256_max_pd, 2)
/* Every day's ratio only with AVX2: with SSE2 it measured slower than one runner at a time. */
BATCH_ACWR_FN(batch_acwr_avx2, __attribute__((target("avx2"))), batch_v4d, batch_v4i, 4, BATCH_LOAD4, 2)
#define BATCH_ACWR_AVX2 1
#endif

/* 1 when the AVX2 functions are to be used: libgcc's CPU model, filled in when the library loads. */
static int batch_use_avx2(void)
{
#ifdef CC_BATCH_NO_AVX2
    return 0;
#else
    return __builtin_cpu_supports("avx2");
#endif
}

/* Runners per group on this CPU's path. */
static size_t batch_group_size(int avx2)
{
    return avx2 ? 4 * BATCH_NV : 2 * BATCH_NV;
}

/* The group loop of this CPU's path. */
static void batch_group(int avx2, const double *x, size_t days, const ewma *start, double pct, const double *next,
                        batch_sums *s)
{
#ifndef CC_BATCH_NO_AVX2
    if (avx2) {
        batch_group_avx2(x, days, start, pct, next, s);
        return;
    }
#endif
    (void)avx2;
    batch_group_sse2(x, days, start, pct, next, s);
}
#endif

/* ---- both paths -------------------------------------------------------------------------------- */

/* Check one runner's row (a NaN made the total NaN; the other bad values show in the smallest or
 * largest value; a week over the weekly maximum is looked for only after a day over 125 km), then the two 30-day windows, and write its result row. Returns 0, writing
 * nothing, when the row holds a bad value. The row is in cache by now. */
static int batch_row(const double *x, size_t days, double pct, const batch_sums *s, double *out)
{
    double longest = 0.0, ref = 0.0;
    size_t d, last_run = SIZE_MAX, first;

    if (!(s->lo >= 0.0 && s->hi <= CALFCARE_PROGRESSION_MAX_DAILY_KM && !isnan(s->total)) ||
        (s->hi > BATCH_WEEK_CHECK_KM && week_over_max(x, days) != SIZE_MAX))
        return 0;
    /* The 30-day windows: the next run (days days-30 .. days-1) and the last run's reference. */
    first = days > CALFCARE_PROGRESSION_SPIKE_WINDOW_DAYS ? days - CALFCARE_PROGRESSION_SPIKE_WINDOW_DAYS : 0;
    for (d = days; d > first; d--)
        longest = x[d - 1] > longest ? x[d - 1] : longest; /* no branch: maxima are unpredictable */
    for (d = days; d > 0; d--)
        if (x[d - 1] > 0.0) {
            last_run = d - 1;
            break;
        }
    if (last_run != SIZE_MAX) {
        first = last_run > CALFCARE_PROGRESSION_SPIKE_WINDOW_DAYS ? last_run - CALFCARE_PROGRESSION_SPIKE_WINDOW_DAYS : 0;
        for (d = first; d < last_run; d++)
            ref = x[d] > ref ? x[d] : ref;
    }
    out[CALFCARE_PROGRESSION_COL_LAST_WEEK_KM] = s->last;
    out[CALFCARE_PROGRESSION_COL_CHANGE_PCT] = isnan(s->prev) ? NAN : change_pct(s->prev, s->last);
    out[CALFCARE_PROGRESSION_COL_NEXT_WEEK_MAX_KM] = isnan(s->last) ? NAN : cc_week_cap(s->last, pct);
    out[CALFCARE_PROGRESSION_COL_WEEKS_OVER_LIMIT] = (double)s->over;
    out[CALFCARE_PROGRESSION_COL_LONGEST_30D_KM] = longest;
    out[CALFCARE_PROGRESSION_COL_NEXT_RUN_MAX_KM] = longest * (1.0 + CALFCARE_PROGRESSION_SPIKE_CAP_PCT / 100.0);
    out[CALFCARE_PROGRESSION_COL_LAST_SPIKE_PCT] = last_run == SIZE_MAX ? NAN : cc_spike_pct(x[last_run], ref);
    out[CALFCARE_PROGRESSION_COL_LAST_BAND] =
        (double)calfcare_progression_spike_classify(out[CALFCARE_PROGRESSION_COL_LAST_SPIKE_PCT]);
    out[CALFCARE_PROGRESSION_COL_ACUTE] = s->e.a;
    out[CALFCARE_PROGRESSION_COL_CHRONIC] = ewma_chronic(&s->e);
    out[CALFCARE_PROGRESSION_COL_ACWR] = ratio_of(s->e.a, ewma_chronic(&s->e));
    out[CALFCARE_PROGRESSION_COL_TOTAL_KM] = s->total;
    return 1;
}

calfcare_status calfcare_progression_batch(const double *daily_km, size_t daily_km_n, size_t runners, size_t days,
                                           const calfcare_progression_params *params, double *results,
                                           size_t results_len, calfcare_error *err)
{
    calfcare_status st;
    size_t r, k, lanes, need;
    ewma start;
#ifdef BATCH_SIMD
    batch_sums s[BATCH_GROUP_MAX];
    const int avx2 = batch_use_avx2();
    const size_t group = batch_group_size(avx2);
#else
    batch_sums s[BATCH_LANES];
#endif
    const double pct = params ? params->max_increase_pct : 0.0;

    if ((st = check_batch_shape(daily_km, daily_km_n, runners, days, params, err)) != CALFCARE_OK)
        return st;
    if (runners > SIZE_MAX / CALFCARE_PROGRESSION_BATCH_COLUMNS)
        return cc_fail(err, CALFCARE_E_BUFFER, "results", "impossible length");
    need = runners * CALFCARE_PROGRESSION_BATCH_COLUMNS;
    if ((st = check_output(err, "results", results, results_len, need)) != CALFCARE_OK)
        return st;

    ewma_start(&start, params); /* decay constants once for all runners */
    for (r = 0; r < runners; r += lanes) {
        const double *x = daily_km + r * days;
#ifdef BATCH_SIMD
        if (runners - r >= group) {
            const double *next = runners - r >= 2 * group ? x + group * days : NULL;
            lanes = group;
            batch_group(avx2, x, days, &start, pct, next, s);
        } else
#endif
        {
            lanes = runners - r >= BATCH_LANES ? BATCH_LANES : 1;
            batch_portable(x, days, lanes, &start, pct, s);
        }
        for (k = 0; k < lanes; k++) {
            const double *row = x + k * days;
            if (!batch_row(row, days, pct, &s[k], results + (r + k) * CALFCARE_PROGRESSION_BATCH_COLUMNS))
                return bad_row(err, row, days, r + k); /* rows of earlier runners are written */
        }
    }
    return CALFCARE_OK;
}

calfcare_status calfcare_progression_batch_acwr(const double *daily_km, size_t daily_km_n, size_t runners,
                                                size_t days, const calfcare_progression_params *params, double *ratio,
                                                size_t ratio_len, calfcare_error *err)
{
    calfcare_status st;
    size_t r, d, lanes;
    ewma start;
#ifdef BATCH_ACWR_AVX2
    const int avx2 = batch_use_avx2();
    const size_t group = batch_group_size(avx2);
#endif
    if ((st = check_batch_shape(daily_km, daily_km_n, runners, days, params, err)) != CALFCARE_OK)
        return st;
    if ((st = check_output(err, "ratio", ratio, ratio_len, daily_km_n)) != CALFCARE_OK)
        return st;
    ewma_start(&start, params);
    for (r = 0; r < runners; r += lanes) {
        const double *x = daily_km + r * days;
        double *out = ratio + r * days;
        ewma e = start;
#ifdef BATCH_ACWR_AVX2
        if (avx2 && runners - r >= group) {
            lanes = group;
            if (batch_acwr_avx2(x, days, &start, runners - r >= 2 * group ? x + group * days : NULL, out))
                continue; /* else a bad value in the group: one runner at a time finds it */
        }
#endif
        lanes = 1;
        for (d = 0; d < days; d++) {
            if (!(x[d] >= 0.0 && x[d] <= CALFCARE_PROGRESSION_MAX_DAILY_KM))
                return bad_day(err, x[d], r, d);
            ewma_step(&e, x, d);
            out[d] = ratio_of(e.a, ewma_chronic(&e));
        }
    }
    return CALFCARE_OK;
}
