/**
 * @file calfcare/progression.h
 * @brief Mileage progression limits, load analysis, safe plans, return to running and batch analysis.
 *
 * The load side of calf-pain prevention: overtraining (sudden jumps in mileage, speed or hills) is
 * the first cause of calf pain in the product brief, and its cure is the "10% rule". This header
 * checks what a runner did and caps what they do next:
 *
 * - weekly check of a distance (km) or load series against the increase limit
 *   (calfcare_progression_check_weekly(), calfcare_progression_check_weekly_load());
 * - single-run spikes against the longest run of the previous 30 days (calfcare_progression_spikes());
 * - the acute:chronic workload ratio by calendar day (calfcare_progression_acwr(),
 *   calfcare_progression_acwr_series());
 * - a week-by-week plan to a target with cutback weeks (calfcare_progression_make_plan());
 * - the return-to-running gate and walk-run stages (calfcare_progression_return_to_run(),
 *   calfcare_progression_rtr_advance());
 * - one call over many runners' daily distances (calfcare_progression_batch());
 * - a runner's training log read and checked in the library: dates, the format detector and row
 *   parser of our CSV, Strava's and Garmin Connect's exports, and one check over the runs
 *   (calfcare_log_header(), calfcare_log_row(), calfcare_log_check()).
 *
 * Series are passed as a pointer and a count of doubles owned by the caller; results are written to
 * caller buffers whose lengths are given explicitly. A buffer shorter than needed gives
 * #CALFCARE_E_BUFFER and nothing is written; a length of 0 or SIZE_MAX is rejected; nothing is ever
 * written past a given length. Nothing is allocated. Series are oldest first.
 *
 * Evidence (docs/progression.md has the full citations): the 10% weekly limit is the brief's rule with
 * weak evidence (Buist 2008 found no benefit of a 10% plan; Nielsen 2014 found more injuries above 30%
 * over two weeks); single-run spikes are from Frandsen 2025 (moderate); the acute:chronic ratio is
 * contested (Gabbett 2016, Williams 2017 for; Impellizzeri 2020, Lolli 2019 against) and is shown for
 * information, never used as an injury predictor; cutback weeks and return-to-run stages are practice.
 *
 * @since 0.1.0 (every declaration in this file unless its own comment says otherwise)
 */
#ifndef CALFCARE_PROGRESSION_H
#define CALFCARE_PROGRESSION_H

#include <calfcare/common.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Default weekly increase limit, percent: the "10% rule" (brief; Buist 2008, Nielsen 2014; weak evidence). */
#define CALFCARE_PROGRESSION_DEFAULT_MAX_INCREASE_PCT 10.0
/** Smallest accepted weekly increase limit, percent (0% would forbid any progression). */
#define CALFCARE_PROGRESSION_MIN_INCREASE_PCT 1.0
/** Largest accepted weekly increase limit, percent (above 30% over two weeks is the clearly risky zone). */
#define CALFCARE_PROGRESSION_MAX_INCREASE_PCT 50.0
/** Largest accepted weekly distance, km (anything above is a data error). */
#define CALFCARE_PROGRESSION_MAX_WEEKLY_KM 1000.0
/** Largest accepted distance of one day or one run, km (about the 24-hour world record). */
#define CALFCARE_PROGRESSION_MAX_DAILY_KM 320.0
/** Largest accepted weekly load, arbitrary units (a week of 7 x 24 h at effort 10 is 100800 min x RPE). */
#define CALFCARE_PROGRESSION_MAX_WEEKLY_LOAD 100800.0
/** Largest accepted daily load, arbitrary units (24 h at effort 10 = 14400 min x RPE). */
#define CALFCARE_PROGRESSION_MAX_DAILY_LOAD 14400.0
/** Longest accepted single session, min (24 h). */
#define CALFCARE_PROGRESSION_MAX_SESSION_MIN 1440.0
/** Largest accepted day number in a run's date (days since any fixed origin; about 27000 years). */
#define CALFCARE_PROGRESSION_MAX_DAY 10000000.0
/** Most values one series may hold (weekly or daily values, runs): longer ones are refused with
 *  #CALFCARE_E_INVALID naming the field, never worked through (the same bound as a log's rows). */
#define CALFCARE_PROGRESSION_MAX_SERIES 10000000
/** Window of the single-run spike reference: the previous 30 calendar days (Frandsen 2025). */
#define CALFCARE_PROGRESSION_SPIKE_WINDOW_DAYS 30
/** Next-run cap over the longest run of the last 30 days, percent: 1.10 x longest (Frandsen 2025). */
#define CALFCARE_PROGRESSION_SPIKE_CAP_PCT 10.0
/** Two-week increase above which the risk is clearly raised, percent (Nielsen 2014: >30%, HR 1.59). */
#define CALFCARE_PROGRESSION_TWO_WEEK_RISK_PCT 30.0
/** Acute:chronic ratio band edges (Gabbett 2016): below 0.8 low, up to 1.3 moderate, 1.5 or more very high. */
#define CALFCARE_PROGRESSION_ACWR_LOW 0.8
/** See #CALFCARE_PROGRESSION_ACWR_LOW. */
#define CALFCARE_PROGRESSION_ACWR_HIGH 1.3
/** See #CALFCARE_PROGRESSION_ACWR_LOW. */
#define CALFCARE_PROGRESSION_ACWR_VERY_HIGH 1.5
/** Most weeks a plan holds (three years). */
#define CALFCARE_PROGRESSION_PLAN_MAX_WEEKS 156
/** Largest weight of the EWMA start in a settled chronic value (see calfcare_progression_acwr_result::settled). */
#define CALFCARE_PROGRESSION_SETTLED_WEIGHT 0.1
/** Most advice codes in one result. */
#define CALFCARE_PROGRESSION_MAX_ADVICE 8

/* ---- reason and advice codes (3000-3999) -------------------------------------------------- */

/** Reason and advice codes of this area (stable, append-only); see calfcare_reason_lookup(). */
typedef enum calfcare_progression_reason {
    CALFCARE_PROGRESSION_R_WEEKLY_OVER_LIMIT = 3001,  /**< A week rose more than the limit over the week before. */
    CALFCARE_PROGRESSION_R_TWO_WEEK_OVER_30 = 3002,   /**< More than 30% up over two weeks (Nielsen 2014). */
    CALFCARE_PROGRESSION_R_WEEKLY_WITHIN = 3003,      /**< Every week within the limit. */
    CALFCARE_PROGRESSION_R_SPIKE_OVER_10 = 3004,      /**< A run over 10-30% longer than the 30-day longest (HR 1.64). */
    CALFCARE_PROGRESSION_R_SPIKE_OVER_30 = 3005,      /**< A run over 30-100% longer (HR 1.52). */
    CALFCARE_PROGRESSION_R_SPIKE_OVER_100 = 3006,     /**< A run over twice the 30-day longest (HR 2.28). */
    CALFCARE_PROGRESSION_R_NEXT_RUN_CAP = 3007,       /**< Keep the next run within 1.10 x the 30-day longest. */
    CALFCARE_PROGRESSION_R_ACWR_VERY_HIGH = 3008,     /**< Acute:chronic ratio 1.5 or more (contested). */
    CALFCARE_PROGRESSION_R_ACWR_LOW = 3009,           /**< Acute:chronic ratio below 0.8 (contested). */
    CALFCARE_PROGRESSION_R_ACWR_CONTESTED = 3010,     /**< The ratio is information, not an injury predictor. */
    CALFCARE_PROGRESSION_R_ACWR_UNSETTLED = 3011,     /**< The series is too short: its start still weighs over 10% in the chronic load. */
    CALFCARE_PROGRESSION_R_CUTBACK_WEEK = 3012,       /**< A cutback week every Nth week. */
    CALFCARE_PROGRESSION_R_HOLD_AT_TARGET = 3013,     /**< Hold at the target once reached. */
    CALFCARE_PROGRESSION_R_TARGET_NOT_REACHED = 3014, /**< The target is not reached within the plan's weeks. */
    CALFCARE_PROGRESSION_R_RTR_WALK = 3015,           /**< Gate: brisk walking without pain. */
    CALFCARE_PROGRESSION_R_RTR_HEEL_RAISES = 3016,    /**< Gate: single-leg heel raises, count and side difference. */
    CALFCARE_PROGRESSION_R_RTR_HOP = 3017,            /**< Gate: hopping on the sore leg without pain. */
    CALFCARE_PROGRESSION_R_RTR_ALTERNATE_DAYS = 3018, /**< Walk-run sessions on alternate days. */
    CALFCARE_PROGRESSION_R_RTR_TWO_CLEAN = 3019,      /**< Advance only after two pain-free sessions. */
    CALFCARE_PROGRESSION_R_RTR_STEP_BACK = 3020,      /**< Pain during or after a session: go back one stage. */
    CALFCARE_PROGRESSION_R_LOAD_SESSION_RPE = 3021    /**< Load = session minutes x effort 1-10 (session-RPE). */
} calfcare_progression_reason;

/* ---- parameters --------------------------------------------------------------------------- */

/** EWMA decay constants (lambda) for a window of N days. Stable values. */
typedef enum calfcare_progression_decay {
    CALFCARE_PROGRESSION_DECAY_2_OVER_N_PLUS_1 = 1, /**< lambda = 2/(N+1) (Williams 2017; Runalyze; R ACWR). Default. Word "2/(n+1)". */
    CALFCARE_PROGRESSION_DECAY_EXP = 2,             /**< lambda = 1 - exp(-1/N) (GoldenCheetah's PMC). Word "exp". */
    CALFCARE_PROGRESSION_DECAY_1_OVER_N = 3         /**< lambda = 1/N (the simple form C += (x - C)/N). Word "1/n". */
} calfcare_progression_decay;

/** Whether the chronic load includes the acute window. Stable values. */
typedef enum calfcare_progression_coupling {
    CALFCARE_PROGRESSION_COUPLED = 1,  /**< Chronic EWMA includes today (the classic ratio). Word "coupled". Default. */
    CALFCARE_PROGRESSION_UNCOUPLED = 2 /**< Chronic EWMA as of acute_days ago: it has not seen the acute window
                                            (Windt & Gabbett 2019). Word "uncoupled". */
} calfcare_progression_coupling;

/** How the EWMAs start. Stable values. */
typedef enum calfcare_progression_seed {
    CALFCARE_PROGRESSION_SEED_ZERO = 1, /**< A and C start from 0 before the first day (no load before the log).
                                             Word "zero". Default. */
    CALFCARE_PROGRESSION_SEED_FIRST = 2 /**< A and C both equal the first day's load (the R package ACWR's EWMA,
                                             ratio 1 on day one). Word "first". */
} calfcare_progression_seed;

/**
 * Parameters of the weekly check, the acute:chronic ratio and the batch analysis.
 * Fill with calfcare_progression_params_init(), then change what you need. Member names are the
 * `calfcare check` options with `_` for `-`, and the field names in ::calfcare_error.
 */
typedef struct calfcare_progression_params {
    double max_increase_pct; /**< Weekly increase limit, percent (1-50; default 10). */
    int acute_days;          /**< Acute EWMA window N, days (1-364, shorter than chronic_days; default 7). */
    int chronic_days;        /**< Chronic EWMA window N, days (2-365; default 28). */
    int decay;               /**< ::calfcare_progression_decay (default 2/(N+1)). */
    int coupling;            /**< ::calfcare_progression_coupling (default coupled). */
    int seed;                /**< ::calfcare_progression_seed: how the EWMAs start (default zero). */
} calfcare_progression_params;

/**
 * Fill @p params with the documented defaults: 10%, 7 and 28 days, lambda = 2/(N+1), coupled, zero start.
 * @return #CALFCARE_OK, or #CALFCARE_E_NULL (field "params").
 */
CALFCARE_API calfcare_status calfcare_progression_params_init(calfcare_progression_params *params,
                                                              calfcare_error *err);

/**
 * Parameters of a plan (calfcare_progression_make_plan()). Fill with calfcare_progression_plan_params_init()
 * (which leaves current_km and target_km at 0: set them). Member names are the `calfcare plan` options.
 */
typedef struct calfcare_progression_plan_params {
    double current_km;       /**< The last full week's distance, km (1-1000; from 0 km use the return-to-run stages). */
    double target_km;        /**< The weekly distance to reach, km (0-1000). */
    double max_increase_pct; /**< Weekly increase limit over the last full week, percent (1-50; default 10). */
    int cutback_every;       /**< Every Nth week is a cutback week (2-6; default 4; coaching practice). */
    double cutback_pct;      /**< How much lower a cutback week is than the last full week, percent (10-40; default 25). */
    int weeks;               /**< Weeks to plan (1-#CALFCARE_PROGRESSION_PLAN_MAX_WEEKS), or 0 (default) for
                                  "until the target is first reached" (at most #CALFCARE_PROGRESSION_PLAN_MAX_WEEKS). */
} calfcare_progression_plan_params;

/**
 * Fill @p params with the defaults: 10%, a cutback every 4th week 25% down, weeks 0 (until the
 * target), current_km and target_km 0 (to be set by the caller).
 * @return #CALFCARE_OK, or #CALFCARE_E_NULL (field "params").
 */
CALFCARE_API calfcare_status calfcare_progression_plan_params_init(calfcare_progression_plan_params *params,
                                                                   calfcare_error *err);

/**
 * Name of a decay constant as the CLI writes it: "2/(n+1)", "exp", "1/n".
 * @return a static string, "unknown" for undefined values.
 */
CALFCARE_API const char *calfcare_progression_decay_name(int decay);

/**
 * Parse a decay word ("2/(n+1)", "exp", "1/n"; case-sensitive).
 * @param word   the word
 * @param[out] decay the ::calfcare_progression_decay value
 * @param err             details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID (field "decay").
 */
CALFCARE_API calfcare_status calfcare_progression_decay_parse(const char *word, int *decay, calfcare_error *err);

/** Name of a seed: "zero", "first"; "unknown" for undefined values. */
CALFCARE_API const char *calfcare_progression_seed_name(int seed);

/**
 * Parse a seed word ("zero", "first").
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID (field "seed").
 */
CALFCARE_API calfcare_status calfcare_progression_seed_parse(const char *word, int *seed, calfcare_error *err);

/** Name of a coupling mode: "coupled", "uncoupled"; "unknown" for undefined values. */
CALFCARE_API const char *calfcare_progression_coupling_name(int coupling);

/**
 * Parse a coupling word ("coupled", "uncoupled").
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID (field "coupling").
 */
CALFCARE_API calfcare_status calfcare_progression_coupling_parse(const char *word, int *coupling,
                                                                 calfcare_error *err);

/* ---- shared primitive --------------------------------------------------------------------- */

/**
 * Largest advisable distance (or load) for next week under the weekly increase limit:
 * `last_week * (1 + max_increase_pct / 100)`.
 *
 * @param last_week         last week's distance, km (0 .. #CALFCARE_PROGRESSION_MAX_WEEKLY_KM), or load
 * @param max_increase_pct  the limit, percent (#CALFCARE_PROGRESSION_MIN_INCREASE_PCT .. #CALFCARE_PROGRESSION_MAX_INCREASE_PCT)
 * @param[out] out          the cap, same unit as @p last_week
 * @param err               details on failure (fields "weekly_km", "max_increase_pct"), may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID
 */
CALFCARE_API calfcare_status calfcare_progression_next_week_max(double last_week, double max_increase_pct,
                                                                double *out, calfcare_error *err);

/* ---- weekly check ------------------------------------------------------------------------- */

/** Summary of a weekly check. */
typedef struct calfcare_progression_weekly_result {
    size_t count;               /**< Weeks checked. */
    size_t over_limit_count;    /**< Weeks above the limit over the week before. */
    double next_week_max;       /**< Largest advisable next week: last week x (1 + limit/100), km or load. */
    double last_change_pct;     /**< Change of the last week over the one before, percent; NaN with one week or
                                     when the week before was 0. */
    double max_change_pct;      /**< Largest week-to-week change, percent; NaN when none is defined. */
    double two_week_change_pct; /**< Last week over the week two before, percent; NaN when not defined.
                                     Above 30% is the clearly risky zone (Nielsen 2014). */
    size_t advice_count;        /**< Number of codes in advice. */
    int advice[CALFCARE_PROGRESSION_MAX_ADVICE]; /**< ::calfcare_progression_reason codes. */
} calfcare_progression_weekly_result;

/**
 * Check weekly distances against the increase limit (the "10% rule").
 *
 * For week i > 0: `change_pct[i] = (km[i] / km[i-1] - 1) x 100` (NaN when km[i-1] is 0), and
 * `over_limit[i] = km[i] > km[i-1] x (1 + max_increase_pct/100)` (so a week after a 0 km week is over
 * the limit if it holds any distance; exactly at the limit is within it, up to 1e-9 relative rounding).
 * Week 0 has change NaN and over_limit 0.
 *
 * @param weekly_km        weekly distances, km, oldest first (0-1000 each)
 * @param weekly_km_n      number of weeks (1 or more)
 * @param params           the limit (max_increase_pct); other members are validated but unused
 * @param[out] change_pct  one change per week, percent (length >= weekly_km_n)
 * @param change_pct_len   length of @p change_pct
 * @param[out] over_limit  one flag per week, 1 over the limit, 0 not (length >= weekly_km_n)
 * @param over_limit_len   length of @p over_limit
 * @param[out] result      the summary, next week's cap in km
 * @param err             details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_INVALID (fields "weekly_km", "max_increase_pct",
 *         ...) or #CALFCARE_E_BUFFER (fields "weekly_km", "change_pct", "over_limit")
 */
CALFCARE_API calfcare_status calfcare_progression_check_weekly(const double *weekly_km, size_t weekly_km_n,
                                                               const calfcare_progression_params *params,
                                                               double *change_pct, size_t change_pct_len,
                                                               unsigned char *over_limit, size_t over_limit_len,
                                                               calfcare_progression_weekly_result *result,
                                                               calfcare_error *err);

/**
 * The same check on a weekly load series (for example session-RPE: minutes x effort 1-10 summed per
 * week), since the brief's rule is about "mileage or intensity". Values 0-100800 (field "weekly_load").
 */
CALFCARE_API calfcare_status calfcare_progression_check_weekly_load(const double *weekly_load, size_t weekly_load_n,
                                                                    const calfcare_progression_params *params,
                                                                    double *change_pct, size_t change_pct_len,
                                                                    unsigned char *over_limit, size_t over_limit_len,
                                                                    calfcare_progression_weekly_result *result,
                                                                    calfcare_error *err);

/**
 * Session-RPE load of one session (Foster 2001): `duration_min x rpe`.
 * @param duration_min session duration, min (0-1440)
 * @param rpe          perceived effort on the CR-10 scale (0-10)
 * @param[out] load    the load, arbitrary units (min x RPE)
 * @param err             details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID (fields "duration_min", "rpe")
 */
CALFCARE_API calfcare_status calfcare_progression_session_load(double duration_min, double rpe, double *load,
                                                               calfcare_error *err);

/**
 * Weekly totals of a daily series, weeks ending on the last day.
 *
 * Week k (0 = oldest) sums days `lead + 7k .. lead + 7k + 6` where `lead = daily_n % 7`: the last week
 * is always the latest 7 days, and the first `lead` days (a partial week) are left out so that a
 * partial first week does not look like a jump. `weekly_n = daily_n / 7` (0 when fewer than 7 days).
 *
 * @param daily_km     km per calendar day, rest days 0 (0-320 each), oldest first
 * @param daily_km_n   number of days (1 or more)
 * @param[out] weekly_km     the totals, km
 * @param weekly_km_len      length of @p weekly_km (>= daily_km_n / 7, at least 1)
 * @param[out] weekly_n      number of weeks written
 * @param err             details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_INVALID (field "daily_km") or #CALFCARE_E_BUFFER
 */
CALFCARE_API calfcare_status calfcare_progression_weekly_totals(const double *daily_km, size_t daily_km_n,
                                                                double *weekly_km, size_t weekly_km_len,
                                                                size_t *weekly_n, calfcare_error *err);

/**
 * The same weekly totals of a daily load series (0-14400 per day, field "daily_load"), for example
 * session-RPE load per day; weeks end on the last day exactly as calfcare_progression_weekly_totals().
 */
CALFCARE_API calfcare_status calfcare_progression_weekly_load_totals(const double *daily_load, size_t daily_load_n,
                                                                     double *weekly_load, size_t weekly_load_len,
                                                                     size_t *weekly_n, calfcare_error *err);

/* ---- single-run spikes -------------------------------------------------------------------- */

/** Spike band of a run against the longest run of the previous 30 days (Frandsen 2025). Stable values. */
typedef enum calfcare_progression_band {
    CALFCARE_PROGRESSION_BAND_NO_REFERENCE = 0, /**< No run in the previous 30 days. Word "no_reference". */
    CALFCARE_PROGRESSION_BAND_WITHIN_10 = 1,    /**< Up to 10% longer (or shorter): the reference. Word "within_10". */
    CALFCARE_PROGRESSION_BAND_OVER_10 = 2,      /**< Over 10% up to 30% longer: HR 1.64. Word "over_10". */
    CALFCARE_PROGRESSION_BAND_OVER_30 = 3,      /**< Over 30% up to 100% longer: HR 1.52. Word "over_30". */
    CALFCARE_PROGRESSION_BAND_OVER_100 = 4      /**< Over 100% longer: HR 2.28. Word "over_100". */
} calfcare_progression_band;

/** Number of spike bands (for arrays indexed by band). */
#define CALFCARE_PROGRESSION_BAND_COUNT 5

/**
 * Band of a spike: NaN -> no_reference; <= 10 -> within_10; <= 30 -> over_10; <= 100 -> over_30; else over_100.
 * @param spike_pct the run's length over the 30-day longest, percent (NaN when there is none)
 * @return a ::calfcare_progression_band
 */
CALFCARE_API int calfcare_progression_spike_classify(double spike_pct);

/** Word of a spike band ("no_reference", "within_10", "over_10", "over_30", "over_100"), "unknown" otherwise. */
CALFCARE_API const char *calfcare_progression_band_name(int band);

/** Summary of a run list. */
typedef struct calfcare_progression_spike_result {
    size_t count;                 /**< Runs checked. */
    double longest_30d_km;        /**< Longest run of days next_day-30 .. next_day-1, km (0 if none). */
    double next_run_max_km;       /**< 1.10 x longest_30d_km: the longest advisable next run, km. */
    double last_spike_pct;        /**< Spike of the last run, percent (NaN without a reference). */
    double max_spike_pct;         /**< Largest spike of any run, percent (NaN when no run has a reference). */
    size_t band_count[CALFCARE_PROGRESSION_BAND_COUNT]; /**< Runs per band. */
    size_t advice_count;          /**< Number of codes in advice. */
    int advice[CALFCARE_PROGRESSION_MAX_ADVICE]; /**< ::calfcare_progression_reason codes. */
    double reference_from_day;    /**< First day whose reference is complete: run_day[0] + 30. A run on an earlier day
                                       is judged against a window that starts before the first run (the history does
                                       not cover it), so its spike may be an artefact of the log's start. */
} calfcare_progression_spike_result;

/**
 * Single-run spikes (Frandsen 2025): each run against the longest run in the previous 30 days.
 *
 * For run i on day d: `ref = max(km of runs on days d-30 .. d-1)` (runs earlier on the same day are not
 * in the reference); `spike_pct[i] = (km[i] / ref - 1) x 100`, NaN when no run with more than 0 km lies in
 * the window. Days are whole numbers on any fixed origin (for example days since 1970-01-01), non-decreasing.
 *
 * @param run_day         day number of each run (whole, 0-1e7, non-decreasing)
 * @param run_day_n       number of runs (1 or more)
 * @param run_km          distance of each run, km (0-320)
 * @param run_km_n        must equal @p run_day_n
 * @param next_day        the day of the next run (whole, from the last run's day to
 *                        #CALFCARE_PROGRESSION_MAX_DAY + 400): the longest run of days
 *                        next_day-30 .. next_day-1 sets the next-run cap (usually last day + 1)
 * @param[out] spike_pct  per run, percent (length >= run_day_n)
 * @param spike_pct_len   length of @p spike_pct
 * @param[out] band       per run, a ::calfcare_progression_band (length >= run_day_n)
 * @param band_len        length of @p band
 * @param[out] result     summary: longest of the last 30 days, the next-run cap, counts per band
 * @param err             details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_INVALID (fields "run_day", "run_km", "next_day") or
 *         #CALFCARE_E_BUFFER (fields "run_day", "spike_pct", "band")
 */
CALFCARE_API calfcare_status calfcare_progression_spikes(const double *run_day, size_t run_day_n,
                                                         const double *run_km, size_t run_km_n, double next_day,
                                                         double *spike_pct, size_t spike_pct_len,
                                                         unsigned char *band, size_t band_len,
                                                         calfcare_progression_spike_result *result,
                                                         calfcare_error *err);

/* ---- acute:chronic workload ratio --------------------------------------------------------- */

/** Band of an acute:chronic ratio (Gabbett 2016's bands, contested). Stable values. */
typedef enum calfcare_progression_acwr_band {
    CALFCARE_PROGRESSION_ACWR_BAND_UNKNOWN = 0,  /**< No chronic load (ratio NaN). Word "unknown". */
    CALFCARE_PROGRESSION_ACWR_BAND_LOW = 1,      /**< Below 0.8. Word "low". */
    CALFCARE_PROGRESSION_ACWR_BAND_MODERATE = 2, /**< 0.8 to 1.3. Word "moderate". */
    CALFCARE_PROGRESSION_ACWR_BAND_HIGH = 3,     /**< Above 1.3, below 1.5. Word "high". */
    CALFCARE_PROGRESSION_ACWR_BAND_VERY_HIGH = 4 /**< 1.5 or more. Word "very_high". */
} calfcare_progression_acwr_band;

/** Band of a ratio (see ::calfcare_progression_acwr_band). */
CALFCARE_API int calfcare_progression_acwr_classify(double ratio);

/** Word of an acute:chronic band ("unknown", "low", "moderate", "high", "very_high"), "unknown" otherwise. */
CALFCARE_API const char *calfcare_progression_acwr_band_name(int band);

/** Decay constant lambda of a window of @p days under @p decay; NaN when either is invalid. */
CALFCARE_API double calfcare_progression_lambda(int decay, int days);

/** The acute:chronic ratio of the last day of a series. */
typedef struct calfcare_progression_acwr_result {
    size_t days;         /**< Days in the series. */
    double acute;        /**< Acute EWMA of the last day, load units per day. */
    double chronic;      /**< Chronic EWMA of the last day (lagged when uncoupled), load units per day. */
    double ratio;        /**< acute / chronic; NaN when chronic is 0. */
    int band;            /**< ::calfcare_progression_acwr_band of ratio. */
    int settled;         /**< 1 when the start of the series (zero, or the first day) weighs at most 10% in the
                              chronic value: (1 - lambda_chronic)^k <= 0.1, k = days the chronic EWMA has seen
                              (days, minus acute_days when uncoupled). With N = 28: 33 days for 2/(N+1),
                              65 for exp, 64 for 1/n. */
    size_t settled_days; /**< The days a series needs for a settled value under these parameters, whatever its
                              length: the value of day i (0-based) is settled when i + 1 >= settled_days (the
                              rule of settled, day by day; 33 for N = 28 and 2/(N+1), coupled). */
    double lambda_acute; /**< The decay constant used for the acute EWMA. */
    double lambda_chronic; /**< The decay constant used for the chronic EWMA. */
    size_t advice_count; /**< Number of codes in advice. */
    int advice[CALFCARE_PROGRESSION_MAX_ADVICE]; /**< ::calfcare_progression_reason codes. */
} calfcare_progression_acwr_result;

/**
 * Acute:chronic workload ratio of the last day, by calendar day (rest days are 0 in the series).
 *
 * With lambda_a, lambda_c from params (see ::calfcare_progression_decay) and the load x_t of day t:
 * - `A_t = lambda_a x_t + (1 - lambda_a) A_(t-1)`, `C_t = lambda_c x_t + (1 - lambda_c) C_(t-1)`,
 *   starting from `A_(-1) = C_(-1) = 0` (seed zero: no load before the series), or with
 *   `A_0 = C_0 = x_0` (seed first, as the R package ACWR);
 * - coupled: `ratio_t = A_t / C_t`; uncoupled: `ratio_t = A_t / C_(t-acute_days)` with C before the
 *   series = 0 (the chronic load has not seen the acute window);
 * - the ratio is NaN when its denominator is 0.
 * Shown with the usual bands; contested and not an injury predictor (Impellizzeri 2020).
 *
 * @param daily_load    load per calendar day (km, or any load 0-14400), oldest first
 * @param daily_load_n  number of days (1 or more)
 * @param params        acute_days, chronic_days, decay, coupling, seed (max_increase_pct is validated too)
 * @param[out] result   the last day's values
 * @param err             details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_INVALID (fields "daily_load", "acute_days",
 *         "chronic_days", "decay", "coupling", "seed", "max_increase_pct") or #CALFCARE_E_BUFFER
 */
CALFCARE_API calfcare_status calfcare_progression_acwr(const double *daily_load, size_t daily_load_n,
                                                       const calfcare_progression_params *params,
                                                       calfcare_progression_acwr_result *result,
                                                       calfcare_error *err);

/**
 * The same, with every day's acute, chronic and ratio written to caller buffers (each of length
 * >= daily_load_n; fields "acute", "chronic", "ratio" on #CALFCARE_E_BUFFER).
 */
CALFCARE_API calfcare_status calfcare_progression_acwr_series(const double *daily_load, size_t daily_load_n,
                                                              const calfcare_progression_params *params,
                                                              double *acute, size_t acute_len,
                                                              double *chronic, size_t chronic_len,
                                                              double *ratio, size_t ratio_len,
                                                              calfcare_progression_acwr_result *result,
                                                              calfcare_error *err);

/* ---- plan --------------------------------------------------------------------------------- */

/** One week of a plan. */
typedef struct calfcare_progression_plan_week {
    int week;        /**< Week number, 1 = the first planned week. */
    double km;       /**< Planned distance, km (rounded down to 0.1 km, so never above the limit). */
    int cutback;     /**< 1 for a cutback week. */
    double limit_km; /**< The cap of this week: last full week x (1 + limit/100), km. */
} calfcare_progression_plan_week;

/** A plan: a table of weeks. */
typedef struct calfcare_progression_plan {
    size_t count;        /**< Weeks in week[]. */
    int reached_week;    /**< First week at the target, 0 if the target is not reached within count weeks. */
    size_t advice_count; /**< Number of codes in advice. */
    int advice[CALFCARE_PROGRESSION_MAX_ADVICE]; /**< ::calfcare_progression_reason codes. */
    calfcare_progression_plan_week week[CALFCARE_PROGRESSION_PLAN_MAX_WEEKS]; /**< The weeks, first first. */
} calfcare_progression_plan;

/**
 * Plan weekly distances from the current week to a target.
 *
 * The "last full week" starts at current_km. Week w (1, 2, ...) is a cutback week when w is a
 * multiple of cutback_every: `km = last_full x (1 - cutback_pct/100)`, and last_full is unchanged.
 * Any other week: `km = min(target_km, last_full x (1 + max_increase_pct/100))`, and it becomes the
 * last full week; so no week is above the limit over the last full week, and once the target is
 * reached the plan holds there (cutback weeks continue). Distances are rounded down to 0.1 km
 * (except the target itself). With weeks = 0 the plan ends with the first week at the target.
 *
 * @param params   current_km, target_km, max_increase_pct, cutback_every, cutback_pct, weeks
 * @param[out] plan the table of weeks
 * @param err             details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID (fields as the members of @p params)
 */
CALFCARE_API calfcare_status calfcare_progression_make_plan(const calfcare_progression_plan_params *params,
                                                            calfcare_progression_plan *plan, calfcare_error *err);

/* ---- return to running -------------------------------------------------------------------- */

/** Items of the return-to-run gate. */
#define CALFCARE_PROGRESSION_RTR_GATE_ITEMS 3
/** Walk-run stages. */
#define CALFCARE_PROGRESSION_RTR_STAGES 6
/** Single-leg heel raises needed on each side before running (Green 2022 uses 30; clinic protocols 25). */
#define CALFCARE_PROGRESSION_RTR_HEEL_RAISES 25
/** Largest side difference of the heel-raise count, percent. */
#define CALFCARE_PROGRESSION_RTR_ASYMMETRY_PCT 10.0
/** Pain-free sessions in a row before moving to the next stage. */
#define CALFCARE_PROGRESSION_RTR_CLEAN_SESSIONS 2

/** One item of the gate. */
typedef struct calfcare_progression_rtr_gate_item {
    int code;            /**< ::calfcare_progression_reason code (3015-3017). */
    const char *name;    /**< snake_case key: "walk_pain_free", "heel_raises", "hop_pain_free". */
    const char *text;    /**< English test description. */
} calfcare_progression_rtr_gate_item;

/** One walk-run stage: repeats x (walk_min walking + run_min running). */
typedef struct calfcare_progression_rtr_stage {
    int stage;         /**< Stage number, 1 = first. */
    double walk_min;   /**< Walking per repeat, min. */
    double run_min;    /**< Running per repeat, min. */
    int repeats;       /**< Repeats per session. */
    double total_min;  /**< Session length, min. */
} calfcare_progression_rtr_stage;

/** The return-to-run programme. */
typedef struct calfcare_progression_rtr {
    size_t gate_count;   /**< Items in gate[]. */
    calfcare_progression_rtr_gate_item gate[CALFCARE_PROGRESSION_RTR_GATE_ITEMS]; /**< Must all pass first. */
    size_t stage_count;  /**< Stages in stage[]. */
    calfcare_progression_rtr_stage stage[CALFCARE_PROGRESSION_RTR_STAGES]; /**< Walk-run stages in order. */
    int heel_raises;     /**< Heel raises needed per side (#CALFCARE_PROGRESSION_RTR_HEEL_RAISES). */
    double asymmetry_pct; /**< Largest side difference, percent. */
    int rest_days_between; /**< Rest days between sessions (1: alternate days). */
    int clean_sessions;  /**< Pain-free sessions in a row to advance (2). */
    size_t advice_count; /**< Number of codes in advice. */
    int advice[CALFCARE_PROGRESSION_MAX_ADVICE]; /**< The rules, ::calfcare_progression_reason codes. */
} calfcare_progression_rtr;

/**
 * The return-to-running gate (pain-free walking, heel raises, pain-free hopping) and the walk-run
 * stages (4.5 min walk / 0.5 min run x 4, up to 20 min continuous running), on alternate days,
 * advancing only after two pain-free sessions (Green 2022; clinic protocols; weak evidence).
 * @return #CALFCARE_OK or #CALFCARE_E_NULL (field "rtr")
 */
CALFCARE_API calfcare_status calfcare_progression_return_to_run(calfcare_progression_rtr *rtr, calfcare_error *err);

/** Answers to the return-to-run gate; fill with calfcare_progression_rtr_gate_input_init() (all unknown). */
typedef struct calfcare_progression_rtr_gate_input {
    int walk_pain_free;       /**< Brisk walking (30 min) without pain: 1 yes, 0 no, -1 unknown. CLI --walk-pain-free. */
    double heel_raises_left;  /**< Single-leg heel raises to fatigue, left, count (whole, 0-200), NaN unknown.
                                   CLI --heel-raises L,R; error field "heel_raises". */
    double heel_raises_right; /**< The same, right. */
    int hop_pain_free;        /**< 10 hops on the sore leg without pain: 1 yes, 0 no, -1 unknown. CLI --hop-pain-free. */
} calfcare_progression_rtr_gate_input;

/** Outcome of the gate and of each item: 1 passed, 0 failed, -1 unknown (not answered). */
typedef struct calfcare_progression_rtr_gate_result {
    int passed;        /**< 1 when every item passed, 0 when any failed, else -1 (some unknown, none failed). */
    int item[CALFCARE_PROGRESSION_RTR_GATE_ITEMS]; /**< Per gate item, in the order of calfcare_progression_rtr::gate. */
    double asymmetry_pct; /**< Heel-raise side difference, percent of the stronger side: |L - R| / max(L, R) x 100
                               (NaN when unknown, 0 when both are 0). */
    size_t advice_count;  /**< Number of codes in advice. */
    int advice[CALFCARE_PROGRESSION_MAX_ADVICE]; /**< The items that failed or are unknown (3015-3017). */
} calfcare_progression_rtr_gate_result;

/**
 * Set every answer to unknown (-1 and NaN).
 * @return #CALFCARE_OK or #CALFCARE_E_NULL (field "input")
 */
CALFCARE_API calfcare_status calfcare_progression_rtr_gate_input_init(calfcare_progression_rtr_gate_input *input,
                                                                      calfcare_error *err);

/**
 * Check the return-to-run gate: walking pain-free; at least #CALFCARE_PROGRESSION_RTR_HEEL_RAISES heel
 * raises on each side with a side difference of at most #CALFCARE_PROGRESSION_RTR_ASYMMETRY_PCT percent
 * of the stronger side; hopping pain-free. An unanswered item is unknown, never a pass.
 * @param input    the answers
 * @param[out] result passed / failed / unknown per item and overall
 * @param err             details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID (fields "walk_pain_free", "heel_raises",
 *         "hop_pain_free")
 */
CALFCARE_API calfcare_status calfcare_progression_rtr_gate_check(const calfcare_progression_rtr_gate_input *input,
                                                                 calfcare_progression_rtr_gate_result *result,
                                                                 calfcare_error *err);

/**
 * Next stage after a walk-run session: a pain-free session adds to the run of clean sessions and, at
 * two, moves up one stage (the streak restarts); a painful session goes back one stage (not below 1)
 * and resets the streak.
 * @param stage         current stage (1 .. #CALFCARE_PROGRESSION_RTR_STAGES)
 * @param clean_streak  pain-free sessions in a row at this stage so far (0-1)
 * @param pain_free     1 if this session and the next morning were pain-free, 0 if not
 * @param[out] next_stage  the stage of the next session; #CALFCARE_PROGRESSION_RTR_STAGES + 1 after two
 *                         clean sessions at the last stage: the progression is done
 * @param[out] next_streak the streak after this session
 * @param err             details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID (fields "stage", "clean_streak", "pain_free")
 */
CALFCARE_API calfcare_status calfcare_progression_rtr_advance(int stage, int clean_streak, int pain_free,
                                                              int *next_stage, int *next_streak,
                                                              calfcare_error *err);

/* ---- batch -------------------------------------------------------------------------------- */

/**
 * Columns of the batch result, one row of #CALFCARE_PROGRESSION_BATCH_COLUMNS doubles per runner.
 * Stable values (append-only; a new column raises the count).
 */
typedef enum calfcare_progression_batch_column {
    CALFCARE_PROGRESSION_COL_LAST_WEEK_KM = 0,      /**< The last 7 days, km (NaN with fewer than 7 days). */
    CALFCARE_PROGRESSION_COL_CHANGE_PCT = 1,        /**< Last week over the week before, percent (NaN if not defined). */
    CALFCARE_PROGRESSION_COL_NEXT_WEEK_MAX_KM = 2,  /**< Last week x (1 + limit/100), km (NaN with fewer than 7 days). */
    CALFCARE_PROGRESSION_COL_WEEKS_OVER_LIMIT = 3,  /**< Weeks (as calfcare_progression_weekly_totals()) over the limit. */
    CALFCARE_PROGRESSION_COL_LONGEST_30D_KM = 4,    /**< Longest day in the last 30 days, km. */
    CALFCARE_PROGRESSION_COL_NEXT_RUN_MAX_KM = 5,   /**< 1.10 x that, km. */
    CALFCARE_PROGRESSION_COL_LAST_SPIKE_PCT = 6,    /**< Spike of the last day with a run, percent (NaN without reference). */
    CALFCARE_PROGRESSION_COL_LAST_BAND = 7,         /**< ::calfcare_progression_band of that spike. */
    CALFCARE_PROGRESSION_COL_ACUTE = 8,             /**< Acute EWMA of the last day, km/day. */
    CALFCARE_PROGRESSION_COL_CHRONIC = 9,           /**< Chronic EWMA of the last day (lagged when uncoupled), km/day. */
    CALFCARE_PROGRESSION_COL_ACWR = 10,             /**< Their ratio (NaN when chronic is 0). */
    CALFCARE_PROGRESSION_COL_TOTAL_KM = 11          /**< Sum of all days, km. */
} calfcare_progression_batch_column;

/** Doubles per runner in the batch result. */
#define CALFCARE_PROGRESSION_BATCH_COLUMNS 12

/** @return #CALFCARE_PROGRESSION_BATCH_COLUMNS as compiled into the library. */
CALFCARE_API size_t calfcare_progression_batch_columns(void);

/**
 * Analyse many runners' daily distances in one call.
 *
 * Memory layout (row-major, runner-major, like a C array `double daily_km[runners][days]` or a
 * C-contiguous numpy array of shape (runners, days)): day d of runner r is `daily_km[r * days + d]`,
 * day 0 the oldest, rest days 0. Results: `results[r * CALFCARE_PROGRESSION_BATCH_COLUMNS + c]` for
 * column c (::calfcare_progression_batch_column), shape (runners, columns).
 *
 * Each runner's row is read once, front to back (weekly totals, the EWMAs and the 30-day window in one
 * pass), then its result row is written; nothing is allocated and there is no per-runner setup. The
 * values equal those of the single-runner functions on the same row: calfcare_progression_weekly_totals()
 * + calfcare_progression_check_weekly(), calfcare_progression_spikes() with one run per day with
 * distance and next_day = days, and calfcare_progression_acwr(). If a value is invalid the call fails naming the runner and
 * day in the message; so does a week (as calfcare_progression_weekly_totals() sums it) over
 * #CALFCARE_PROGRESSION_MAX_WEEKLY_KM, which calfcare_progression_check_weekly() refuses: the message
 * names the runner and the week's days, value is the week's total. Result rows of earlier runners may then
 * have been written (never past results_len).
 *
 * @param daily_km      runners x days distances, km (0-320 each)
 * @param daily_km_n    must equal runners x days
 * @param runners       number of runners (1 or more)
 * @param days          days per runner (1 or more)
 * @param params        limit and acute:chronic parameters
 * @param[out] results  runners x #CALFCARE_PROGRESSION_BATCH_COLUMNS doubles
 * @param results_len   length of @p results
 * @param err             details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_INVALID (fields "daily_km", "runners", "days", and
 *         the params) or #CALFCARE_E_BUFFER (fields "daily_km", "results")
 */
CALFCARE_API calfcare_status calfcare_progression_batch(const double *daily_km, size_t daily_km_n, size_t runners,
                                                        size_t days, const calfcare_progression_params *params,
                                                        double *results, size_t results_len, calfcare_error *err);

/**
 * Every day's acute:chronic ratio for many runners: same input layout as calfcare_progression_batch();
 * `ratio[r * days + d]` (length >= runners x days; field "ratio").
 */
CALFCARE_API calfcare_status calfcare_progression_batch_acwr(const double *daily_km, size_t daily_km_n,
                                                             size_t runners, size_t days,
                                                             const calfcare_progression_params *params,
                                                             double *ratio, size_t ratio_len, calfcare_error *err);

/* ---- training logs ------------------------------------------------------------------------ */
/*
 * Reading a runner's own export (our CSV, Strava's bulk export, Garmin Connect's Activities.csv)
 * and checking it, in the library so that every host gives the same answer. The host splits the
 * file into rows and fields (any CSV reader) and passes them one row at a time; the library detects
 * the format from the header, parses each row into a ::calfcare_log_run, and checks a caller-owned
 * array of runs. Nothing is allocated: the check's working memory is a caller buffer whose size
 * calfcare_log_check_size() gives. Time zones: the library has no time-zone database; runs stamped
 * in UTC (Strava) carry the flag `utc` until the host gives each run its UTC offset with
 * calfcare_log_run_localize() (from the system's tzdata), and the check refuses runs still in UTC.
 */

/** Most columns in a log's header (Strava's bulk export has about 90). */
#define CALFCARE_LOG_MAX_COLUMNS 256
/** Most data rows in one log (about 270 years of 100 activities a day): more is refused, never slow. */
#define CALFCARE_LOG_MAX_ROWS 10000000
/** Earliest accepted year of a log date. */
#define CALFCARE_LOG_MIN_YEAR 1900
/** Latest accepted year of a log date. */
#define CALFCARE_LOG_MAX_YEAR 2100
/** Default window of advice and flagged weeks and runs, weeks before the until date. */
#define CALFCARE_LOG_WINDOW_WEEKS 8
/** Two recordings starting less than this apart, s, with similar distances are one run recorded twice. */
#define CALFCARE_LOG_DUPLICATE_START_S 120.0
/** "Similar distances" of a duplicate: within this percentage of the longer one. */
#define CALFCARE_LOG_DUPLICATE_KM_PCT 10.0
/** A log whose last run is more than this many days before the until date gets a note. */
#define CALFCARE_LOG_STALE_DAYS 14
/** Largest accepted difference of Strava's two distance columns, km (the first is rounded to 0.01). */
#define CALFCARE_LOG_STRAVA_KM_TOLERANCE 0.011
/** Most distinct skipped activity types counted by name (more are counted together as "other"). */
#define CALFCARE_LOG_MAX_SKIPPED_TYPES 12
/** Most advice items of a log check. */
#define CALFCARE_LOG_MAX_ADVICE 12
/** Kilometres in a statute mile. */
#define CALFCARE_LOG_KM_PER_MILE 1.609344

/** Formats of a training log (detected from the header). Stable values. */
typedef enum calfcare_log_format {
    CALFCARE_LOG_FORMAT_UNKNOWN = 0,    /**< Not detected. Word "unknown". */
    CALFCARE_LOG_FORMAT_CALFCARE = 1,   /**< Our own `date,distance_km[,duration_min,rpe]`. Word "calfcare". */
    CALFCARE_LOG_FORMAT_STRAVA = 2,     /**< Strava bulk export activities.csv, current layout. Word "strava". */
    CALFCARE_LOG_FORMAT_STRAVA_OLD = 3, /**< Strava's older lower-case layout (`id,date,name,type,...`). Word "strava_old". */
    CALFCARE_LOG_FORMAT_GARMIN = 4      /**< Garmin Connect Activities.csv (any of the documented languages). Word "garmin". */
} calfcare_log_format;

/** Distance units of a log's distance column. Stable values. */
typedef enum calfcare_log_units {
    CALFCARE_LOG_UNITS_UNKNOWN = 0, /**< Not known (Garmin without units given). Word "unknown". */
    CALFCARE_LOG_UNITS_KM = 1,      /**< Kilometres. Word "km". */
    CALFCARE_LOG_UNITS_MI = 2,      /**< Statute miles (1.609344 km). Word "mi". */
    CALFCARE_LOG_UNITS_M = 3        /**< Metres (Strava's older layout). Word "m". */
} calfcare_log_units;

/** What a row was. Stable values. */
typedef enum calfcare_log_row_kind {
    CALFCARE_LOG_ROW_RUN = 1,    /**< A run: the ::calfcare_log_run holds it. */
    CALFCARE_LOG_ROW_SKIPPED = 2 /**< Another activity (a ride, a walk...): counted by type in the reader, not a run. */
} calfcare_log_row_kind;

/** Role of a header column (calfcare_log_column_role()). Stable values. */
typedef enum calfcare_log_role {
    CALFCARE_LOG_COL_IGNORED = 0,   /**< Not read. */
    CALFCARE_LOG_COL_DATE = 1,      /**< Date (and time) of the start. */
    CALFCARE_LOG_COL_DISTANCE = 2,  /**< Distance in the log's units. */
    CALFCARE_LOG_COL_DISTANCE_M = 3, /**< Strava's second distance column, metres (cross-check). */
    CALFCARE_LOG_COL_TYPE = 4,      /**< Activity type. */
    CALFCARE_LOG_COL_DURATION = 5,  /**< Duration (minutes in our format, seconds in Strava's, h:mm:ss in Garmin's). */
    CALFCARE_LOG_COL_RPE = 6        /**< Perceived effort 0-10 (our format). */
} calfcare_log_role;

/**
 * A format detector and row parser for one log. Fill with calfcare_log_reader_init(), pass the
 * header to calfcare_log_header(), then each row to calfcare_log_row(). About 4 KiB; the caller owns it.
 */
typedef struct calfcare_log_reader {
    int format;            /**< ::calfcare_log_format detected by calfcare_log_header(). */
    int units;             /**< ::calfcare_log_units of the distance column (from the format or the caller). */
    int times_utc;         /**< 1 when the format stamps times in UTC (Strava): runs need calfcare_log_run_localize(). */
    int has_load;          /**< 1 when rows carry duration_min and rpe (our format): runs have a session-RPE load. */
    size_t columns;        /**< Fields in the header. */
    size_t ignored_columns; /**< Header columns not read (our format: extra columns, named by calfcare_log_column_role()). */
    size_t rows;           /**< Data rows parsed so far. */
    size_t runs;           /**< Rows that were runs. */
    size_t skipped;        /**< Rows of other activities. */
    size_t skipped_other;  /**< Skipped rows whose type did not fit in the named list (see calfcare_log_skipped_type()). */
    size_t cross_checked;  /**< Strava rows whose two distance columns were compared. */
    size_t error_line;     /**< Line of the last error (the caller's line number), 0 if none. */
    size_t error_column;   /**< Column of the last error, 1-based, 0 if none or the whole row. */
    unsigned char role_[CALFCARE_LOG_MAX_COLUMNS]; /**< Private: ::calfcare_log_role per column. */
    int units_given_;      /**< Private: units set by the caller. */
    size_t skipped_n_[CALFCARE_LOG_MAX_SKIPPED_TYPES]; /**< Private: count per skipped type. */
    char skipped_name_[CALFCARE_LOG_MAX_SKIPPED_TYPES][40]; /**< Private: skipped type names. */
} calfcare_log_reader;

/** One run of a log. Written by calfcare_log_row(); calfcare_log_check() fills the result members. */
typedef struct calfcare_log_run {
    int kind;            /**< ::calfcare_log_row_kind of the row. */
    size_t line;         /**< The row's line in the file (as given by the caller). */
    double start_s;      /**< Start, seconds since 1970-01-01 00:00 in the run's time base (UTC when utc is 1,
                              else local wall-clock time); a date without a time is its midnight. */
    int utc;             /**< 1 while start_s is UTC (calfcare_log_run_localize() makes it local). */
    int time_known;      /**< 1 when the row gave a time of day (needed to find duplicates). */
    double day;          /**< Calendar day of the start, days since 1970-01-01 (local once utc is 0). */
    double km;           /**< Distance, km (converted from the log's units; 0 allowed). */
    double duration_min; /**< Duration, min; NaN when unknown. */
    double load;         /**< Session-RPE load (duration_min x rpe); NaN without rpe. */
    double spike_pct;    /**< Out (check): over the longest run of the previous 30 days, percent; NaN without reference. */
    int band;            /**< Out (check): ::calfcare_progression_band of spike_pct. */
    int duplicate;       /**< Out (check): 1 when this run is a second recording of the run before (not counted). */
} calfcare_log_run;

/** Options of a log check. Fill with calfcare_log_options_init(), then set until (required). */
typedef struct calfcare_log_options {
    calfcare_progression_params params; /**< Weekly limit and acute:chronic parameters. */
    double until;          /**< Day the check is as of (days since 1970-01-01; usually today): weeks end on it,
                                later runs are refused. NaN until set (required). */
    double since;          /**< First day of the window of advice and flagged weeks and runs; NaN (default):
                                #CALFCARE_LOG_WINDOW_WEEKS weeks before until. */
    int all;               /**< 1: the window is the whole log (since is then ignored). */
    int keep_duplicates;   /**< 1: count second recordings as runs too. */
} calfcare_log_options;

/** One week of a log check: seven days ending on end_day. */
typedef struct calfcare_log_week {
    double end_day;        /**< Last day of the week, days since 1970-01-01. */
    double km;             /**< Distance, km. */
    double change_pct;     /**< Over the week before, percent (NaN for the first or after 0 km). */
    int over_limit;        /**< 1 when above the weekly increase limit. */
    int in_window;         /**< 1 when the week ends on or after the window's first day. */
    double load;           /**< Session-RPE load (NaN without load). */
    double load_change_pct; /**< The load's change, percent (NaN when not defined). */
    int load_over_limit;   /**< 1 when the load is above the limit. */
} calfcare_log_week;

/** One advice item of a log check: a reason code, when it happened and how often in the window. */
typedef struct calfcare_log_advice {
    int code;   /**< ::calfcare_progression_reason code. */
    double day; /**< When: the latest day it applies to (days since 1970-01-01). */
    size_t count; /**< How many weeks or runs in the window it applies to (1 for the others). */
} calfcare_log_advice;

/** Everything a log check found (besides the weeks and the runs' own members). */
typedef struct calfcare_log_report {
    double first_day;      /**< Day of the first run counted. */
    double last_day;       /**< Day of the last run counted. */
    double until;          /**< The check's last day. */
    double since;          /**< First day of the window. */
    size_t days;           /**< Days from first_day to until. */
    size_t weeks;          /**< Weeks written (days / 7; weeks end on until). */
    size_t runs;           /**< Runs counted (duplicates left out unless kept). */
    size_t duplicates;     /**< Second recordings found (left out unless keep_duplicates). */
    size_t zero_km;        /**< Runs of 0 km (counted as rest). */
    size_t window_runs;    /**< Runs counted in the window. */
    size_t window_flagged_runs;  /**< Runs in the window over 10% above the 30-day longest. */
    size_t window_over_weeks;    /**< Weeks in the window over the limit (distance or load). */
    double days_since_last_run;  /**< until - last_day, days (a note above #CALFCARE_LOG_STALE_DAYS). */
    int stale;             /**< 1 when days_since_last_run > #CALFCARE_LOG_STALE_DAYS. */
    int has_load;          /**< 1 when every run has a load: the weekly load is checked. */
    calfcare_progression_weekly_result weekly;   /**< The weekly distance check (zero when weeks is 0). */
    calfcare_progression_weekly_result load;     /**< The weekly load check (zero without load). */
    calfcare_progression_spike_result spikes;    /**< The spike check over all runs (zero without runs over 0 km). */
    calfcare_progression_acwr_result acwr;       /**< The acute:chronic ratio on until. */
    size_t advice_count;   /**< Items in advice. */
    calfcare_log_advice advice[CALFCARE_LOG_MAX_ADVICE]; /**< One item per code, latest first is not implied: in code order of the checks. */
} calfcare_log_report;

/** Word of a format ("calfcare", "strava", "strava_old", "garmin"; "unknown" otherwise). */
CALFCARE_API const char *calfcare_log_format_name(int format);

/** Word of units ("km", "mi", "m"; "unknown" otherwise). */
CALFCARE_API const char *calfcare_log_units_name(int units);

/**
 * Parse a units word ("km" or "mi").
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID (field "units").
 */
CALFCARE_API calfcare_status calfcare_log_units_parse(const char *word, int *units, calfcare_error *err);

/**
 * Day number of a calendar date: days since 1970-01-01 (proleptic Gregorian).
 * @param year  #CALFCARE_LOG_MIN_YEAR .. #CALFCARE_LOG_MAX_YEAR
 * @param month 1-12
 * @param mday  1 to the month's length
 * @param[out] day the day number
 * @param err   details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID (field "date")
 */
CALFCARE_API calfcare_status calfcare_log_day(int year, int month, int mday, double *day, calfcare_error *err);

/**
 * Parse a log date as the exports write it: `2024-02-21`, `2024-02-21 01:17:32` (also with `T`,
 * optional `Z`), US `Feb 21, 2024, 1:17:32 AM`, day-first `21 Feb 2024, 01:17:32` and dotted
 * `21.02.2024, 01:17:32` (English month abbreviations; times optional, seconds optional).
 * @param text the date as written (surrounding spaces allowed)
 * @param[out] seconds seconds since 1970-01-01 00:00 in the file's time base
 * @param[out] time_known 1 when a time of day was given
 * @param err   details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID (field "date"; years
 *         #CALFCARE_LOG_MIN_YEAR-#CALFCARE_LOG_MAX_YEAR, real calendar dates only)
 */
CALFCARE_API calfcare_status calfcare_log_date_parse(const char *text, double *seconds, int *time_known,
                                                     calfcare_error *err);

/**
 * Write a day number as `YYYY-MM-DD`.
 * @param day  days since 1970-01-01 (a whole number of a year #CALFCARE_LOG_MIN_YEAR-#CALFCARE_LOG_MAX_YEAR)
 * @param[out] buf the text, NUL-terminated
 * @param cap  size of @p buf (11 or more)
 * @param err   details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_INVALID (field "day") or #CALFCARE_E_BUFFER (field "buf")
 */
CALFCARE_API calfcare_status calfcare_log_date_format(double day, char *buf, size_t cap, calfcare_error *err);

/**
 * Parse a number of a log field: decimal, optional sign, a decimal point or one decimal comma
 * (`2,81`), optional exponent; no hex, no inf or nan, nothing after it. Missing (`--` or empty)
 * is NaN with #CALFCARE_OK.
 * @param text  the field
 * @param[out] value the number, or NaN when missing
 * @param err   details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID (field "number")
 */
CALFCARE_API calfcare_status calfcare_log_number_parse(const char *text, double *value, calfcare_error *err);

/**
 * Start reading a log.
 * @param[out] reader the reader to fill
 * @param units  ::calfcare_log_units of the distances when the file does not say (Garmin): km or mi,
 *               or #CALFCARE_LOG_UNITS_UNKNOWN (the default: a Garmin file is then refused with advice)
 * @param err   details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID (field "units")
 */
CALFCARE_API calfcare_status calfcare_log_reader_init(calfcare_log_reader *reader, int units, calfcare_error *err);

/**
 * Detect the format from the header row. Names are matched without regard to ASCII case and
 * surrounding spaces (a UTF-8 byte order mark before the first name is skipped).
 * @param reader  the reader (after calfcare_log_reader_init())
 * @param fields  the header's fields, already split
 * @param fields_n number of fields (1-#CALFCARE_LOG_MAX_COLUMNS)
 * @param line    the header's line number (for errors)
 * @param err   details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_INVALID (field "header": unknown header,
 *         with what was detected and how to fix it; field "units": a file whose units are not known)
 *         or #CALFCARE_E_STATE (the header was already given)
 */
CALFCARE_API calfcare_status calfcare_log_header(calfcare_log_reader *reader, const char *const *fields,
                                                 size_t fields_n, size_t line, calfcare_error *err);

/** Role of header column @p column (0-based) as a ::calfcare_log_role; #CALFCARE_LOG_COL_IGNORED past the end. */
CALFCARE_API int calfcare_log_column_role(const calfcare_log_reader *reader, size_t column);

/**
 * Skipped activity type @p i (0-based, in order of first appearance) and its count.
 * @param reader the reader
 * @param i      index of the type
 * @param[out] count rows of that type (may be NULL)
 * @return the type as written (at most 39 bytes; storage of the reader), or NULL past the last one
 */
CALFCARE_API const char *calfcare_log_skipped_type(const calfcare_log_reader *reader, size_t i, size_t *count);

/**
 * Parse one data row into a run.
 * @param reader  the reader (after calfcare_log_header())
 * @param fields  the row's fields, already split (as many as the header)
 * @param fields_n number of fields
 * @param line    the row's line number (for errors and the run)
 * @param[out] run the run; its kind says whether it is a run or a skipped activity
 * @param err   details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_INVALID (the field at fault by its role: "date",
 *         "distance_km", "duration_min", "rpe", "fields"; reader->error_line and error_column say where),
 *         #CALFCARE_E_STATE (no header yet) or #CALFCARE_E_BUFFER (field "rows": more than
 *         #CALFCARE_LOG_MAX_ROWS rows)
 */
CALFCARE_API calfcare_status calfcare_log_row(calfcare_log_reader *reader, const char *const *fields,
                                              size_t fields_n, size_t line, calfcare_log_run *run,
                                              calfcare_error *err);

/**
 * Put a UTC-stamped run on the runner's local day: `start_s += utc_offset_s`, day recomputed, utc 0.
 * A run already local is left as it is. The host finds the offset of the run's instant (start_s)
 * in the runner's zone from its time-zone database.
 * @param run  the run
 * @param utc_offset_s local time minus UTC at that instant, s (-18 h .. +18 h)
 * @param err   details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID (field "utc_offset_s")
 */
CALFCARE_API calfcare_status calfcare_log_run_localize(calfcare_log_run *run, double utc_offset_s,
                                                       calfcare_error *err);

/**
 * Fill @p options with the defaults: the progression defaults, until NaN (set it), since NaN
 * (8 weeks), all 0, keep_duplicates 0.
 * @return #CALFCARE_OK or #CALFCARE_E_NULL (field "options")
 */
CALFCARE_API calfcare_status calfcare_log_options_init(calfcare_log_options *options, calfcare_error *err);

/** Buffer sizes of a log check (calfcare_log_check_size()). */
typedef struct calfcare_log_sizes {
    size_t work_n;  /**< Doubles of working memory. */
    size_t weeks_n; /**< Weeks of the result (at least 1). */
} calfcare_log_sizes;

/**
 * Sizes of the buffers of calfcare_log_check() for these runs and options: about 2 doubles a day from
 * the first run to until, 6 a week and 4 a run.
 * @param runs   the runs (each of kind #CALFCARE_LOG_ROW_RUN, local: utc 0)
 * @param runs_n number of runs (1-#CALFCARE_LOG_MAX_ROWS)
 * @param options until is required
 * @param[out] sizes the sizes
 * @param err   details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_INVALID (fields "runs", "until", "day",
 *         "distance_km"; the message names the run's line) or #CALFCARE_E_BUFFER (field "runs": too many)
 */
CALFCARE_API calfcare_status calfcare_log_check_size(const calfcare_log_run *runs, size_t runs_n,
                                                     const calfcare_log_options *options, calfcare_log_sizes *sizes,
                                                     calfcare_error *err);

/**
 * Check a log: sort the runs by start (in place; the array is the caller's), mark second recordings
 * (starts under #CALFCARE_LOG_DUPLICATE_START_S apart with distances within
 * #CALFCARE_LOG_DUPLICATE_KM_PCT percent, or overlapping times) unless kept, total each calendar day
 * from the first run to until, check the weeks ending on until (calfcare_progression_check_weekly()),
 * every run's spike (calfcare_progression_spikes(), the next run on until + 1) and the acute:chronic
 * ratio on until (calfcare_progression_acwr()), and give one de-duplicated advice list over the window
 * whose items carry the latest day they apply to. Linear in runs and days (sorting is skipped for
 * runs already in order or in reverse order; otherwise n log n).
 *
 * @param runs    the runs; reordered, and spike_pct, band and duplicate written
 * @param runs_n  number of runs
 * @param options until (required), since or all, keep_duplicates, params
 * @param work    working memory; on success its first report->days doubles are the daily km
 * @param work_len length of @p work (calfcare_log_check_size())
 * @param[out] weeks the weeks, oldest first
 * @param weeks_len length of @p weeks
 * @param[out] report everything else
 * @param err   details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_INVALID (fields "runs" for a run still in UTC,
 *         "until", "since", "day" for a run after until, "daily_km", "weekly_km" for impossible totals,
 *         and the params; the message names the run's line) or #CALFCARE_E_BUFFER (fields "work", "weeks")
 */
CALFCARE_API calfcare_status calfcare_log_check(calfcare_log_run *runs, size_t runs_n,
                                                const calfcare_log_options *options, double *work, size_t work_len,
                                                calfcare_log_week *weeks, size_t weeks_len,
                                                calfcare_log_report *report, calfcare_error *err);

#ifdef __cplusplus
}
#endif

#endif /* CALFCARE_PROGRESSION_H */
