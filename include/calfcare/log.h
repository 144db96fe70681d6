/**
 * @file calfcare/log.h
 * @brief Training logs: a runner's own CSV, Strava's and Garmin Connect's exports, read and checked.
 *
 * The log area reads what runners already have - the activity exports of Strava and Garmin Connect,
 * or our own `date,distance_km,...` CSV - and checks it with the progression rules
 * (calfcare/progression.h): dates (calfcare_log_date_parse()), the format detector over a header
 * (calfcare_log_header()), the row parser (calfcare_log_row()) and one check over the runs
 * (calfcare_log_check()): weekly totals against the limit, single-run spikes, the acute:chronic
 * ratio and dated advice. The host splits the CSV (the CLI with libcsv, Python with the csv module,
 * Java with Commons CSV) and localises UTC times (calfcare_log_run_localize()); the library never
 * reads a file and never allocates. Formats, units, time zones and duplicates: docs/progression.md.
 *
 * @since 1.0.0 (every declaration in this file unless its own comment says otherwise)
 */
#ifndef CALFCARE_LOG_H
#define CALFCARE_LOG_H

#include <stddef.h>

#include <calfcare/common.h>
#include <calfcare/progression.h>

#ifdef __cplusplus
extern "C" {
#endif

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
#define CALFCARE_LOG_MAX_ADVICE 16
/** Kilometres in a statute mile. */
#define CALFCARE_LOG_KM_PER_MILE 1.609344
/** Metres in a foot (the ascent of a log in miles is in feet). */
#define CALFCARE_LOG_M_PER_FOOT 0.3048
/** Intensity proxy: a run is hard when its pace (min/km) is at most (100 - this) percent of the reference
 *  pace, i.e. at least 10% faster (documented in docs/progression.md). */
#define CALFCARE_LOG_HARD_PACE_PCT 10.0
/** Intensity proxy: the reference pace is the median of the runner's previous runs of the last this many days. */
#define CALFCARE_LOG_HARD_WINDOW_DAYS 28
/** Intensity proxy: at most this many of those runs (the latest) make the median. */
#define CALFCARE_LOG_HARD_REF_RUNS 10
/** Intensity proxy: fewer earlier runs with a pace than this give no reference (the run is not judged). */
#define CALFCARE_LOG_HARD_MIN_REF_RUNS 3

/** Formats of a training log (detected from the header). Stable values. */
typedef enum calfcare_log_format {
    CALFCARE_LOG_FORMAT_UNKNOWN = 0,    /**< Not detected. Word "unknown". */
    CALFCARE_LOG_FORMAT_CALFCARE = 1,   /**< Our own `date,distance_km[,duration_min,rpe][,climb_m][,moving_min]`.
                                             Word "calfcare". */
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
    CALFCARE_LOG_COL_RPE = 6,       /**< Perceived effort 0-10 (our format). */
    CALFCARE_LOG_COL_CLIMB = 7,     /**< Elevation gain of the run: `climb_m` in ours, Strava's "Elevation Gain" (m),
                                         Garmin's "Total Ascent" (m, or ft in a file in miles). */
    CALFCARE_LOG_COL_MOVING = 8     /**< Moving time: `moving_min` in ours (min), Strava's "Moving Time" (s). */
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
    int reserved_[4];      /**< @private zero; room to grow without breaking the ABI. */
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
    double climb_m;      /**< Elevation gain, m (converted from ft in a log in miles); NaN when the log has none. */
    double moving_min;   /**< Moving time, min; NaN when the log has none (the pace then uses duration_min). */
    double pace_pct;     /**< Out (check): how much lower the pace (min/km) is than the reference pace, percent:
                              (1 - pace / reference) x 100, positive is faster; NaN without a reference or a time. */
    int hard;            /**< Out (check): 1 when pace_pct >= #CALFCARE_LOG_HARD_PACE_PCT (at least 10% faster than
                              the reference); 0 when not; -1 unknown (no time, 0 km, a duplicate left out, or
                              fewer than #CALFCARE_LOG_HARD_MIN_REF_RUNS earlier runs). */
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
    int reserved_[4];      /**< @private zero (calfcare_log_options_init()); room to grow without breaking the ABI. */
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
    double climb_m;        /**< Climbing, m (NaN when the log has no elevation). */
    double climb_change_pct; /**< Climbing's change, percent (NaN when not defined). */
    int climb_over_limit;  /**< 1 when the climbing is above the limit over the week before. */
    double hard_min;       /**< Minutes of hard runs (the pace proxy; NaN when the log has no times). */
    double hard_change_pct; /**< Their change, percent (NaN when not defined). */
    int hard_over_limit;   /**< 1 when the hard minutes are above the limit over the week before. */
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
    int has_climb;         /**< 1 when some run has an elevation gain: the weekly climbing is checked. */
    int has_time;          /**< 1 when some run has a moving time or duration: the hard minutes are checked. */
    size_t climb_missing;  /**< Runs counted without an elevation gain (counted as 0 m) when has_climb. */
    size_t hard_runs;      /**< Runs judged hard (the pace proxy). */
    size_t hard_unknown;   /**< Runs over 0 km not judged: no time, or too few earlier runs for a reference. */
    size_t window_climb_over_weeks; /**< Weeks in the window whose climbing is over the limit. */
    size_t window_hard_over_weeks;  /**< Weeks in the window whose hard minutes are over the limit. */
    size_t window_both_rise_weeks;  /**< Weeks in the window where distance and climbing or hard minutes both rose. */
    calfcare_progression_weekly_result weekly;   /**< The weekly distance check (zero when weeks is 0). */
    calfcare_progression_weekly_result load;     /**< The weekly load check (zero without load). */
    calfcare_progression_weekly_result climb;    /**< The weekly climbing check, m (zero without climbing). */
    calfcare_progression_weekly_result hard;     /**< The weekly hard-minutes check, min (zero without times). */
    calfcare_progression_spike_result spikes;    /**< The spike check over all runs (zero without runs over 0 km). */
    calfcare_progression_acwr_result acwr;       /**< The acute:chronic ratio on until. */
    size_t advice_count;   /**< Items in advice. */
    calfcare_log_advice advice[CALFCARE_LOG_MAX_ADVICE]; /**< One item per code, latest first is not implied: in code order of the checks. */
    int reserved_[4];      /**< @private zero; room to grow without breaking the ABI. */
} calfcare_log_report;

/** Word of a format ("calfcare", "strava", "strava_old", "garmin"; "unknown" otherwise). */
CALFCARE_API const char *calfcare_log_format_name(int format);
/**
 * The value of a word of a log format ("unknown", "calfcare", "strava", "strava_old", "garmin"; field "format"): the inverse of the _name() function above.
 * @param word  the word, exactly as the _name() function spells it.
 * @param value receives the value.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID naming the field and listing the
 *         accepted words.
 */
CALFCARE_API calfcare_status calfcare_log_format_parse(const char *word, int *value, calfcare_error *err);

/** Word of units ("km", "mi", "m"; "unknown" otherwise). */
CALFCARE_API const char *calfcare_log_units_name(int units);

/** Word of the climbing unit of a log in @p units: "ft" for miles, "m" otherwise. */
CALFCARE_API const char *calfcare_log_climb_unit(int units);

/**
 * Climbing in the unit of a log: feet for a log in miles (`metres / 0.3048`), else metres.
 * @param metres the climbing, m (NaN stays NaN)
 * @param units  ::calfcare_log_units of the log
 * @return the climbing in calfcare_log_climb_unit() units
 */
CALFCARE_API double calfcare_log_climb_in_units(double metres, int units);

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
 * (`2,81`), optional exponent; no hex, no inf or nan, nothing after it; spaces around allowed.
 * Missing (`--` or empty) is NaN with #CALFCARE_OK. The value is the double nearest the decimal,
 * read by the parser of calfcare_input_parse_number() with the same limits (at most 19
 * significant digits, none below 1e-22, below 1.8e41).
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
 * Climbing is read in metres (feet in a Garmin file in miles, converted) and refused when negative,
 * over #CALFCARE_PROGRESSION_MAX_RUN_CLIMB_M or more than the run's distance (1000 m per km).
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_INVALID (the field at fault by its role: "date",
 *         "distance_km", "duration_min", "rpe", "climb_m", "moving_min", "fields"; reader->error_line and
 *         error_column say where),
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
    int reserved_[4]; /**< @private zero; room to grow without breaking the ABI. */
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
 * whose items carry the latest day they apply to. With elevation, the weeks' climbing gets
 * calfcare_progression_check_weekly_climb(); with times, each run gets the pace proxy (hard when at
 * least #CALFCARE_LOG_HARD_PACE_PCT percent faster than the median pace of the latest
 * #CALFCARE_LOG_HARD_REF_RUNS runs of the #CALFCARE_LOG_HARD_WINDOW_DAYS days before; see
 * calfcare_log_run::hard) and the weeks' hard minutes get calfcare_progression_check_weekly_hard(). Linear in runs and days (sorting is skipped for
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
 *         "until", "since", "day" for a run after until, "climb_m" (negative, or more than the run's
 *         distance) and "moving_min" (over 24 h) of runs built by hand, "daily_km", "weekly_km" for
 *         impossible totals,
 *         and the params; the message names the run's line) or #CALFCARE_E_BUFFER (fields "work", "weeks")
 */
CALFCARE_API calfcare_status calfcare_log_check(calfcare_log_run *runs, size_t runs_n,
                                                const calfcare_log_options *options, double *work, size_t work_len,
                                                calfcare_log_week *weeks, size_t weeks_len,
                                                calfcare_log_report *report, calfcare_error *err);

#ifdef __cplusplus
}
#endif

#endif /* CALFCARE_LOG_H */
