/**
 * @file calfcare/progression.h
 * @brief Mileage progression limits, load analysis, safe plans, return to running and batch analysis.
 *
 * The load side of calf-pain prevention: overtraining (sudden jumps in mileage, speed or hills) is
 * the first cause of calf pain in the product brief, and its cure is the "10% rule". This header
 * checks what a runner did and caps what they do next:
 *
 * - weekly check of a distance (km) or load series against the increase limit
 *   (calfcare_progression_check_weekly(), calfcare_progression_check_weekly_load()), and the same
 *   limit on climbing and on minutes of hard running (calfcare_progression_check_weekly_climb(),
 *   calfcare_progression_check_weekly_hard());
 * - single-run spikes against the longest run of the previous 30 days (calfcare_progression_spikes());
 * - the acute:chronic workload ratio by calendar day (calfcare_progression_acwr(),
 *   calfcare_progression_acwr_series());
 * - a week-by-week plan to a target with cutback weeks (calfcare_progression_make_plan());
 * - the return-to-running gate and walk-run stages (calfcare_progression_return_to_run(),
 *   calfcare_progression_rtr_advance());
 * - one call over many runners' daily distances (calfcare_progression_batch()).
 *
 * A runner's training log (CSV exports) is read and checked by the same rules in calfcare/log.h.
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
 * @since 1.0.0 (every declaration in this file unless its own comment says otherwise)
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
/** Largest accepted weekly climbing (elevation gain), m: 100 km of ascent in a week is a data error. */
#define CALFCARE_PROGRESSION_MAX_WEEKLY_CLIMB_M 100000.0
/** Largest accepted climbing of one run, m (more than any single-day race climbs). */
#define CALFCARE_PROGRESSION_MAX_RUN_CLIMB_M 20000.0
/** Most climbing per km of distance, m: a week or run never climbs more than its own distance (1 km = 1000 m). */
#define CALFCARE_PROGRESSION_MAX_CLIMB_M_PER_KM 1000.0
/** Largest accepted weekly minutes of hard running, min (7 x 24 h). */
#define CALFCARE_PROGRESSION_MAX_WEEKLY_HARD_MIN 10080.0
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
    CALFCARE_PROGRESSION_R_LOAD_SESSION_RPE = 3021,   /**< Load = session minutes x effort 1-10 (session-RPE). */
    CALFCARE_PROGRESSION_R_CLIMB_OVER_LIMIT = 3022,   /**< Weekly climbing rose more than the limit (Padulo 2013, Neves 2014). */
    CALFCARE_PROGRESSION_R_HARD_OVER_LIMIT = 3023,    /**< Weekly minutes of hard running rose more than the limit (Dorn 2012). */
    CALFCARE_PROGRESSION_R_ONE_RISE_A_WEEK = 3024,    /**< Raise distance, or climbing and hard running, never both in one week. */
    CALFCARE_PROGRESSION_R_HARD_PROXY = 3025          /**< Hard minutes are a pace proxy (runs >= 10% faster than the
                                                           runner's recent median pace); heart rate, intervals inside a
                                                           run, terrain and heat are not seen. */
} calfcare_progression_reason;

/** calfcare_reason_lookup() for progression codes (3000-3999) only: links only the progression table.
 *  @return the description, or NULL (another area's code, unknown, or a build without texts). */
CALFCARE_API const calfcare_reason *calfcare_progression_reason_lookup(int code);

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
    int reserved_[4];        /**< @private zero; room to grow without breaking the ABI. */
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
    int reserved_[4];        /**< @private zero; room to grow without breaking the ABI. */
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
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID (field "decay", quoting the word and listing
 *         the accepted ones: `decay: unknown word 'x'; accepted: 2/(n+1)|exp|1/n`).
 */
CALFCARE_API calfcare_status calfcare_progression_decay_parse(const char *word, int *decay, calfcare_error *err);

/** Name of a seed: "zero", "first"; "unknown" for undefined values. */
CALFCARE_API const char *calfcare_progression_seed_name(int seed);

/**
 * Parse a seed word ("zero", "first").
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID (field "seed", quoting the word and listing
 *         the accepted ones: `seed: unknown word 'x'; accepted: zero|first`).
 */
CALFCARE_API calfcare_status calfcare_progression_seed_parse(const char *word, int *seed, calfcare_error *err);

/** Name of a coupling mode: "coupled", "uncoupled"; "unknown" for undefined values. */
CALFCARE_API const char *calfcare_progression_coupling_name(int coupling);

/**
 * Parse a coupling word ("coupled", "uncoupled").
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID (field "coupling", quoting the word and
 *         listing the accepted ones: `coupling: unknown word 'x'; accepted: coupled|uncoupled`).
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
    int reserved_[4];           /**< @private zero; room to grow without breaking the ABI. */
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
 * The same check on weekly climbing (elevation gain, m): the same limit, the same over-limit test and
 * the same edges as distance (exactly +P% is within; a week after a 0 m week is over the limit if it
 * climbs at all). Uphill running raises calf work (Padulo 2013) and downhill running the peak vertical
 * force (Neves 2014); the brief names "adding more hill training" as overtraining.
 *
 * The advice is #CALFCARE_PROGRESSION_R_CLIMB_OVER_LIMIT when a week is over the limit, else
 * #CALFCARE_PROGRESSION_R_WEEKLY_WITHIN (the two-week 30% zone is a distance finding and not given).
 *
 * @param weekly_climb_m   weekly climbing, m, oldest first (0-#CALFCARE_PROGRESSION_MAX_WEEKLY_CLIMB_M each)
 * @param weekly_climb_m_n number of weeks (1 or more)
 * @param weekly_km        the same weeks' distances, km (0-1000 each), or NULL: when given, no week may
 *                         climb more than its distance (climb_m <= km x #CALFCARE_PROGRESSION_MAX_CLIMB_M_PER_KM)
 * @param weekly_km_n      number of distances: 0 for none (weekly_km is then not read), else equal to
 *                         @p weekly_climb_m_n
 * @param params           the limit (max_increase_pct); other members are validated but unused
 * @param[out] change_pct  one change per week, percent (NaN for week 0 and after a 0 m week)
 * @param change_pct_len   length of @p change_pct (>= weekly_climb_m_n)
 * @param[out] over_limit  one flag per week, 1 over the limit
 * @param over_limit_len   length of @p over_limit (>= weekly_climb_m_n)
 * @param[out] result      the summary; next_week_max is next week's climbing cap, m
 * @param err              details on failure (field, value, accepted range, message); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_INVALID (fields "weekly_climb_m" - also for a week
 *         climbing more than its distance, naming the index -, "weekly_km", "max_increase_pct", ...) or
 *         #CALFCARE_E_BUFFER (fields "weekly_climb_m", "change_pct", "over_limit")
 */
CALFCARE_API calfcare_status calfcare_progression_check_weekly_climb(const double *weekly_climb_m,
                                                                     size_t weekly_climb_m_n,
                                                                     const double *weekly_km, size_t weekly_km_n,
                                                                     const calfcare_progression_params *params,
                                                                     double *change_pct, size_t change_pct_len,
                                                                     unsigned char *over_limit, size_t over_limit_len,
                                                                     calfcare_progression_weekly_result *result,
                                                                     calfcare_error *err);

/**
 * The same check on weekly minutes of hard running (speed work: plantarflexor forces rise with speed,
 * Dorn 2012): values 0-#CALFCARE_PROGRESSION_MAX_WEEKLY_HARD_MIN min (field "weekly_hard_min"), the
 * same limit and edges as distance. The advice is #CALFCARE_PROGRESSION_R_HARD_OVER_LIMIT when a week
 * is over the limit, else #CALFCARE_PROGRESSION_R_WEEKLY_WITHIN. Other parameters as
 * calfcare_progression_check_weekly(); next_week_max is next week's cap, min.
 */
CALFCARE_API calfcare_status calfcare_progression_check_weekly_hard(const double *weekly_hard_min,
                                                                    size_t weekly_hard_min_n,
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
/**
 * The value of a word of a spike band ("no_reference", "within_10", ... "over_100"; field "band"): the inverse of the _name() function above.
 * @param word  the word, exactly as the _name() function spells it.
 * @param value receives the value.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID naming the field and listing the
 *         accepted words.
 */
CALFCARE_API calfcare_status calfcare_progression_band_parse(const char *word, int *value, calfcare_error *err);

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
    int reserved_[4];           /**< @private zero; room to grow without breaking the ABI. */
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
/**
 * The value of a word of an ACWR band ("unknown", "low", "moderate", "high", "very_high"; field "acwr_band"): the inverse of the _name() function above.
 * @param word  the word, exactly as the _name() function spells it.
 * @param value receives the value.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID naming the field and listing the
 *         accepted words.
 */
CALFCARE_API calfcare_status calfcare_progression_acwr_band_parse(const char *word, int *value, calfcare_error *err);

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
    int reserved_[4];    /**< @private zero; room to grow without breaking the ABI. */
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
    int hold_intensity; /**< 1 when this week's distance rises over the week before (week 1: over current_km):
                             keep climbing and hard minutes at last week's level this week
                             (#CALFCARE_PROGRESSION_R_ONE_RISE_A_WEEK; coaching practice). */
} calfcare_progression_plan_week;

/** A plan: a table of weeks. */
typedef struct calfcare_progression_plan {
    size_t count;        /**< Weeks in week[]. */
    int reached_week;    /**< First week at the target, 0 if the target is not reached within count weeks. */
    size_t advice_count; /**< Number of codes in advice. */
    int advice[CALFCARE_PROGRESSION_MAX_ADVICE]; /**< ::calfcare_progression_reason codes. */
    calfcare_progression_plan_week week[CALFCARE_PROGRESSION_PLAN_MAX_WEEKS]; /**< The weeks, first first. */
    int reserved_[4];    /**< @private zero; room to grow without breaking the ABI. */
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
 * A week whose distance rises over the week before (week 1 over current_km) has hold_intensity 1:
 * climbing and hard minutes stay at last week's level that week, and the plan's advice then holds
 * #CALFCARE_PROGRESSION_R_ONE_RISE_A_WEEK (coaching practice: one kind of increase a week).
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
    int reserved_[4];    /**< @private zero; room to grow without breaking the ABI. */
} calfcare_progression_rtr;

/**
 * The return-to-running gate (pain-free walking, heel raises, pain-free hopping) and the walk-run
 * stages (4.5 min walk / 0.5 min run x 4, up to 20 min continuous running), on alternate days,
 * advancing only after two pain-free sessions (Green 2022; clinic protocols; weak evidence).
 * @return #CALFCARE_OK or #CALFCARE_E_NULL (field "rtr")
 */
CALFCARE_API calfcare_status calfcare_progression_return_to_run(calfcare_progression_rtr *rtr, calfcare_error *err);

/**
 * Answers to the return-to-run gate; fill with calfcare_progression_rtr_gate_input_init() (all
 * unknown), then set what was answered. Described row by row by the parameter table
 * #CALFCARE_PARAMS_TABLE_RTR_GATE (calfcare/params.h): names, ranges and "unknown" are read from
 * there by the checks and by every host; members may be set through it (calfcare_params_set_text()).
 * Every member's "not answered" value is -1 (#CALFCARE_UNKNOWN).
 */
typedef struct calfcare_progression_rtr_gate_input {
    int walk_pain_free;    /**< Brisk walking (30 min) without pain: a ::calfcare_yes_no (#CALFCARE_YES,
                                #CALFCARE_NO, #CALFCARE_UNKNOWN). CLI --walk-pain-free. */
    int heel_raises_left;  /**< Single-leg heel raises to fatigue, left, count (0-200), or -1 unknown.
                                CLI --heel-raises L,R; error field "heel_raises_left". */
    int heel_raises_right; /**< The same, right, count (0-200), or -1 unknown; error field "heel_raises_right". */
    int hop_pain_free;     /**< 10 hops on the sore leg without pain: a ::calfcare_yes_no. CLI --hop-pain-free. */
    int reserved_[4];        /**< @private zero; room to grow without breaking the ABI. */
} calfcare_progression_rtr_gate_input;

/** Outcome of the gate and of each item: 1 passed, 0 failed, -1 unknown (not answered). */
typedef struct calfcare_progression_rtr_gate_result {
    int passed;        /**< 1 when every item passed, 0 when any failed, else -1 (some unknown, none failed). */
    int item[CALFCARE_PROGRESSION_RTR_GATE_ITEMS]; /**< Per gate item, in the order of calfcare_progression_rtr::gate. */
    double asymmetry_pct; /**< Heel-raise side difference, percent of the stronger side: |L - R| / max(L, R) x 100
                               (NaN when unknown, 0 when both are 0). */
    size_t advice_count;  /**< Number of codes in advice. */
    int advice[CALFCARE_PROGRESSION_MAX_ADVICE]; /**< The items that failed or are unknown (3015-3017). */
    int reserved_[4];     /**< @private zero; room to grow without breaking the ABI. */
} calfcare_progression_rtr_gate_result;

/**
 * Set every answer to unknown (-1, #CALFCARE_UNKNOWN: the table's defaults).
 * @param[out] input the answers
 * @param err        details on failure; may be NULL
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
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID (fields "walk_pain_free",
 *         "heel_raises_left", "heel_raises_right", "hop_pain_free": a value outside its row's range of
 *         #CALFCARE_PARAMS_TABLE_RTR_GATE that is not -1, unknown)
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

#ifdef __cplusplus
}
#endif

#endif /* CALFCARE_PROGRESSION_H */
