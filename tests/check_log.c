/* Tests of the training-log reader and check (calfcare/progression.h, lib/log.c). Expected values
 * are worked by hand in the comments beside them. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <calfcare.h>

#include "suites.h"

#define CC_N(a) (sizeof(a) / sizeof((a)[0]))

/* 2024-02-21 is day 19774 since 1970-01-01 (54 years: 13 leap days, 54 x 365 + 13 = 19723, then
 * 31 days of January and 20 of February). */
#define DAY_2024_02_21 19774.0

static double parse_ok(const char *text, int *time_known)
{
    double s = NAN;
    calfcare_error err;
    ck_assert_msg(calfcare_log_date_parse(text, &s, time_known, &err) == CALFCARE_OK, "%s: %s", text, err.message);
    return s;
}

START_TEST(test_date_styles)
{
    int t = -1;
    /* 01:17:32 is 1 x 3600 + 17 x 60 + 32 = 4652 s */
    const double at = DAY_2024_02_21 * 86400 + 4652;
    ck_assert(parse_ok("2024-02-21 01:17:32", &t) == at && t == 1);
    ck_assert(parse_ok("2024-02-21T01:17:32Z", &t) == at && t == 1);
    ck_assert(parse_ok("Feb 21, 2024, 1:17:32 AM", &t) == at && t == 1);
    ck_assert(parse_ok("21 Feb 2024, 01:17:32", &t) == at && t == 1);
    ck_assert(parse_ok("21.02.2024, 01:17:32", &t) == at && t == 1);
    ck_assert(parse_ok(" 2024-02-21 ", &t) == DAY_2024_02_21 * 86400 && t == 0);
    ck_assert(parse_ok("21 February 2024", &t) == DAY_2024_02_21 * 86400);
    /* 12-hour clock: 12:00 AM is midnight, 12:30 PM half past noon (45000 s) */
    ck_assert(parse_ok("Feb 21, 2024, 12:00:00 AM", &t) == DAY_2024_02_21 * 86400);
    ck_assert(parse_ok("Feb 21, 2024, 12:30:00 PM", &t) == DAY_2024_02_21 * 86400 + 45000);
    /* seconds optional: 15:09 = 54540 s */
    ck_assert(parse_ok("21.02.2024 15:09", &t) == DAY_2024_02_21 * 86400 + 54540);
    /* the range: 1900-01-01 is day -25567 (70 x 365 + 17 leap days before 1970), 2100-12-31 day 47846
     * (131 x 365 + 32 leap days of 1972-2096, minus 1) */
    ck_assert(parse_ok("1900-01-01", &t) == -25567.0 * 86400);
    ck_assert(parse_ok("2100-12-31", &t) == 47846.0 * 86400);
    ck_assert(parse_ok("2000-02-29", &t) == 11016.0 * 86400);
}
END_TEST

START_TEST(test_date_refused)
{
    static const char *const bad[] = {"1899-12-31", "2101-01-01", "2023-02-29", "2100-02-29", "2024-13-01",
                                      "2024-02-21 24:00:00", "Feb 21, 2024, 0:10:00 AM", "Feb 21, 2024, 13:10:00 PM",
                                      "Dez 21, 2024", "02/21/2024", "2024-2-21", "20240221", "", "2024-02-21 x",
                                      "Feb 21 2024", "21.02.24"};
    size_t i;
    double s;
    int t;
    calfcare_error err;
    for (i = 0; i < CC_N(bad); i++) {
        ck_assert_msg(calfcare_log_date_parse(bad[i], &s, &t, &err) == CALFCARE_E_INVALID, "%s", bad[i]);
        ck_assert_str_eq(err.field, "date");
        ck_assert_msg(strstr(err.message, bad[i]) != NULL, "%s", err.message); /* the text as written */
    }
    ck_assert_int_eq(calfcare_log_date_parse(NULL, &s, &t, &err), CALFCARE_E_NULL);
}
END_TEST

START_TEST(test_date_format_and_day)
{
    char buf[11];
    double day;
    calfcare_error err;
    ck_assert_int_eq(calfcare_log_date_format(DAY_2024_02_21, buf, sizeof buf, &err), CALFCARE_OK);
    ck_assert_str_eq(buf, "2024-02-21");
    ck_assert_int_eq(calfcare_log_date_format(-25567, buf, sizeof buf, NULL), CALFCARE_OK);
    ck_assert_str_eq(buf, "1900-01-01");
    ck_assert_int_eq(calfcare_log_date_format(DAY_2024_02_21, buf, 10, &err), CALFCARE_E_BUFFER);
    ck_assert_int_eq(calfcare_log_date_format(47847, buf, sizeof buf, &err), CALFCARE_E_INVALID); /* 2101-01-01 */
    ck_assert_int_eq(calfcare_log_date_format(0.5, buf, sizeof buf, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_log_day(2024, 2, 21, &day, &err), CALFCARE_OK);
    ck_assert(day == DAY_2024_02_21);
    ck_assert_int_eq(calfcare_log_day(2023, 2, 29, &day, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "date");
}
END_TEST

START_TEST(test_numbers)
{
    double v;
    calfcare_error err;
    static const char *const bad[] = {"0x1A", "inf", "nan", "1,234.5", "5 km", "1.2.3", "", "-", "+", ".", "e5"};
    size_t i;
    ck_assert_int_eq(calfcare_log_number_parse("2,81", &v, &err), CALFCARE_OK);
    ck_assert(v == 2.81); /* 281 / 100: the double nearest 2.81 */
    ck_assert_int_eq(calfcare_log_number_parse(" 10.5 ", &v, &err), CALFCARE_OK);
    ck_assert(v == 10.5);
    ck_assert_int_eq(calfcare_log_number_parse("1e3", &v, &err), CALFCARE_OK);
    ck_assert(v == 1000);
    ck_assert_int_eq(calfcare_log_number_parse("-5", &v, &err), CALFCARE_OK);
    ck_assert(v == -5);
    ck_assert_int_eq(calfcare_log_number_parse("--", &v, &err), CALFCARE_OK);
    ck_assert(isnan(v));
    for (i = 0; i < CC_N(bad); i++) {
        if (!*bad[i])
            continue; /* empty is missing: NaN */
        ck_assert_msg(calfcare_log_number_parse(bad[i], &v, &err) == CALFCARE_E_INVALID, "%s", bad[i]);
        ck_assert_msg(strstr(err.message, bad[i]) != NULL, "%s", err.message);
    }
    ck_assert_int_eq(calfcare_log_number_parse("", &v, &err), CALFCARE_OK);
    ck_assert(isnan(v));
}
END_TEST

static calfcare_log_reader reader_with(int units, const char *const *h, size_t n, calfcare_status want)
{
    calfcare_log_reader r;
    calfcare_error err;
    ck_assert_int_eq(calfcare_log_reader_init(&r, units, &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_log_header(&r, h, n, 1, &err), want);
    return r;
}

START_TEST(test_header_detection)
{
    static const char *const own[] = {"Date", " distance_km ", "start_lat"};
    static const char *const own_twice[] = {"date", "distance_km", "distance_km"};
    static const char *const own_dur[] = {"date", "distance_km", "duration_min"};
    static const char *const strava[] = {"\xEF\xBB\xBF" "Activity ID", "Activity Date", "Activity Name", "Activity Type",
                                         "Elapsed Time", "Distance", "Elapsed Time", "Distance"};
    static const char *const old[] = {"id", "date", "name", "type", "elapsed_time", "distance"};
    static const char *const garmin[] = {"Activity Type", "Date", "Favorite", "Title", "Distance", "Calories", "Time"};
    static const char *const garmin_da[] = {"Aktivitetstype", "Dato", "Favorit", "Titel", "Distance", "Tid"};
    static const char *const unknown[] = {"when", "km"};
    static const char *const date_dist[] = {"Datum", "Afstand"};
    calfcare_log_reader r;
    calfcare_error err;

    r = reader_with(CALFCARE_LOG_UNITS_UNKNOWN, own, CC_N(own), CALFCARE_OK);
    ck_assert_int_eq(r.format, CALFCARE_LOG_FORMAT_CALFCARE);
    ck_assert_int_eq(r.units, CALFCARE_LOG_UNITS_KM);
    ck_assert_int_eq(r.ignored_columns, 1);
    ck_assert_int_eq(calfcare_log_column_role(&r, 2), CALFCARE_LOG_COL_IGNORED);
    ck_assert_int_eq(calfcare_log_column_role(&r, 1), CALFCARE_LOG_COL_DISTANCE);
    ck_assert_int_eq(calfcare_log_column_role(&r, 99), CALFCARE_LOG_COL_IGNORED);
    /* a second header is a state error */
    ck_assert_int_eq(calfcare_log_header(&r, own, CC_N(own), 1, &err), CALFCARE_E_STATE);
    r = reader_with(CALFCARE_LOG_UNITS_UNKNOWN, own_twice, CC_N(own_twice), CALFCARE_E_INVALID);
    r = reader_with(CALFCARE_LOG_UNITS_UNKNOWN, own_dur, CC_N(own_dur), CALFCARE_E_INVALID); /* without rpe */
    /* our format is km by its column's name: mi does not apply */
    r = reader_with(CALFCARE_LOG_UNITS_MI, own, CC_N(own), CALFCARE_E_INVALID);

    r = reader_with(CALFCARE_LOG_UNITS_UNKNOWN, strava, CC_N(strava), CALFCARE_OK);
    ck_assert_int_eq(r.format, CALFCARE_LOG_FORMAT_STRAVA);
    ck_assert_int_eq(r.times_utc, 1);
    ck_assert_int_eq(calfcare_log_column_role(&r, 5), CALFCARE_LOG_COL_DISTANCE);   /* the first Distance */
    ck_assert_int_eq(calfcare_log_column_role(&r, 7), CALFCARE_LOG_COL_DISTANCE_M); /* the second: metres */
    ck_assert_int_eq(calfcare_log_column_role(&r, 4), CALFCARE_LOG_COL_DURATION);

    r = reader_with(CALFCARE_LOG_UNITS_UNKNOWN, old, CC_N(old), CALFCARE_OK);
    ck_assert_int_eq(r.format, CALFCARE_LOG_FORMAT_STRAVA_OLD);
    ck_assert_int_eq(r.units, CALFCARE_LOG_UNITS_M);

    /* Garmin: refused without units, with advice; accepted with them */
    ck_assert_int_eq(calfcare_log_reader_init(&r, CALFCARE_LOG_UNITS_UNKNOWN, NULL), CALFCARE_OK);
    ck_assert_int_eq(calfcare_log_header(&r, garmin, CC_N(garmin), 1, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "units");
    ck_assert(strstr(err.message, "looks like a Garmin Connect export") != NULL);
    ck_assert(strstr(err.message, "--units km or --units mi") != NULL);
    ck_assert_int_eq(r.error_line, 1);
    r = reader_with(CALFCARE_LOG_UNITS_MI, garmin_da, CC_N(garmin_da), CALFCARE_OK);
    ck_assert_int_eq(r.format, CALFCARE_LOG_FORMAT_GARMIN);
    ck_assert_int_eq(r.units, CALFCARE_LOG_UNITS_MI);

    ck_assert_int_eq(calfcare_log_reader_init(&r, CALFCARE_LOG_UNITS_UNKNOWN, NULL), CALFCARE_OK);
    ck_assert_int_eq(calfcare_log_header(&r, unknown, CC_N(unknown), 1, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "header");
    ck_assert(strstr(err.message, "date,distance_km") != NULL);
    ck_assert_int_eq(calfcare_log_reader_init(&r, CALFCARE_LOG_UNITS_UNKNOWN, NULL), CALFCARE_OK);
    ck_assert_int_eq(calfcare_log_header(&r, date_dist, CC_N(date_dist), 1, &err), CALFCARE_E_INVALID);
    ck_assert(strstr(err.message, "a date and a distance column") != NULL);
    ck_assert_int_eq(calfcare_log_header(&r, unknown, 0, 1, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_log_header(&r, unknown, CALFCARE_LOG_MAX_COLUMNS + 1, 1, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_log_reader_init(&r, 7, &err), CALFCARE_E_INVALID);
}
END_TEST

START_TEST(test_rows)
{
    static const char *const h[] = {"Activity Type", "Date", "Distance", "Time"};
    const char *row[4];
    calfcare_log_reader r = reader_with(CALFCARE_LOG_UNITS_MI, h, CC_N(h), CALFCARE_OK);
    calfcare_log_run run;
    calfcare_error err;
    size_t i, count;
    char type[16];

    /* 5 mi = 5 x 1.609344 = 8.04672 km; 0:45:30 = 2730 s = 45.5 min; local time, not UTC */
    row[0] = "Treadmill Running", row[1] = "2026-03-01 07:00:00", row[2] = "5,00", row[3] = "0:45:30";
    ck_assert_int_eq(calfcare_log_row(&r, row, 4, 2, &run, &err), CALFCARE_OK);
    ck_assert_int_eq(run.kind, CALFCARE_LOG_ROW_RUN);
    ck_assert(fabs(run.km - 8.04672) < 1e-12 && run.duration_min == 45.5 && run.utc == 0 && run.time_known);
    ck_assert_uint_eq(run.line, 2);
    /* "--" distance: a run of 0 km (reported by the check); "--" time: unknown */
    row[2] = "--", row[3] = "--";
    ck_assert_int_eq(calfcare_log_row(&r, row, 4, 3, &run, &err), CALFCARE_OK);
    ck_assert(run.km == 0 && isnan(run.duration_min));
    /* other activities are counted by type; a 13th distinct type goes to skipped_other */
    row[1] = "2026-03-02", row[2] = "10";
    for (i = 0; i < 13; i++) {
        type[0] = 'W', type[1] = 'a', type[2] = 'l', type[3] = 'k', type[4] = (char)('a' + i), type[5] = '\0';
        row[0] = type;
        ck_assert_int_eq(calfcare_log_row(&r, row, 4, 4 + i, &run, &err), CALFCARE_OK);
        ck_assert_int_eq(run.kind, CALFCARE_LOG_ROW_SKIPPED);
    }
    row[0] = "Walka";
    ck_assert_int_eq(calfcare_log_row(&r, row, 4, 20, &run, &err), CALFCARE_OK);
    ck_assert_str_eq(calfcare_log_skipped_type(&r, 0, &count), "Walka");
    ck_assert_uint_eq(count, 2);
    ck_assert(calfcare_log_skipped_type(&r, CALFCARE_LOG_MAX_SKIPPED_TYPES, &count) == NULL);
    ck_assert_uint_eq(r.skipped, 14);
    ck_assert_uint_eq(r.skipped_other, 1);
    /* errors: where they are */
    row[0] = "Running", row[2] = "-1";
    ck_assert_int_eq(calfcare_log_row(&r, row, 4, 21, &run, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "distance_km");
    ck_assert(r.error_line == 21 && r.error_column == 3);
    row[2] = "0x10";
    ck_assert_int_eq(calfcare_log_row(&r, row, 4, 22, &run, &err), CALFCARE_E_INVALID);
    ck_assert(strstr(err.message, "'0x10' is not a number") != NULL);
    row[2] = "200"; /* 200 mi = 321.9 km: over 320 */
    ck_assert_int_eq(calfcare_log_row(&r, row, 4, 23, &run, &err), CALFCARE_E_INVALID);
    row[2] = "10", row[1] = "2026-02-30";
    ck_assert_int_eq(calfcare_log_row(&r, row, 4, 24, &run, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "date");
    ck_assert(r.error_line == 24 && r.error_column == 2);
    ck_assert_int_eq(calfcare_log_row(&r, row, 3, 25, &run, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "fields");
    ck_assert(strstr(err.message, "expected 4 fields as in the header, found 3") != NULL);
    /* the row limit: refused, never slow */
    r.rows = CALFCARE_LOG_MAX_ROWS;
    row[1] = "2026-03-02";
    ck_assert_int_eq(calfcare_log_row(&r, row, 4, 26, &run, &err), CALFCARE_E_BUFFER);
    ck_assert_str_eq(err.field, "rows");
    /* no header yet */
    ck_assert_int_eq(calfcare_log_reader_init(&r, CALFCARE_LOG_UNITS_KM, NULL), CALFCARE_OK);
    ck_assert_int_eq(calfcare_log_row(&r, row, 4, 2, &run, &err), CALFCARE_E_STATE);
}
END_TEST

START_TEST(test_strava_cross_check_and_utc)
{
    static const char *const h[] = {"Activity Date", "Activity Type", "Distance", "Distance"};
    const char *row[4] = {"May 5, 2026, 1:30:00 AM", "Run", "8.00", "8000.0"};
    calfcare_log_reader r = reader_with(CALFCARE_LOG_UNITS_UNKNOWN, h, CC_N(h), CALFCARE_OK);
    calfcare_log_run run;
    calfcare_error err;
    double may5;
    ck_assert_int_eq(calfcare_log_row(&r, row, 4, 2, &run, &err), CALFCARE_OK);
    ck_assert(run.utc == 1 && run.km == 8.0);
    ck_assert_uint_eq(r.cross_checked, 1);
    /* 01:30 UTC is 18:30 the day before in Los Angeles (UTC-7 in May) */
    ck_assert_int_eq(calfcare_log_day(2026, 5, 5, &may5, NULL), CALFCARE_OK);
    ck_assert(run.day == may5);
    ck_assert_int_eq(calfcare_log_run_localize(&run, -7 * 3600.0, &err), CALFCARE_OK);
    ck_assert(run.day == may5 - 1 && run.utc == 0);
    ck_assert_int_eq(calfcare_log_run_localize(&run, -7 * 3600.0, &err), CALFCARE_OK); /* local: unchanged */
    ck_assert(run.day == may5 - 1);
    ck_assert_int_eq(calfcare_log_run_localize(&run, 18 * 3600.0 + 1, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "utc_offset_s");
    /* the columns disagree: 4.97 "km" is 8000 m in miles (4.97 x 1.609344 = 7.998 km) */
    row[2] = "4.97";
    ck_assert_int_eq(calfcare_log_row(&r, row, 4, 3, &run, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "units");
    ck_assert(strstr(err.message, "it is in miles; add --units mi") != NULL);
    /* 8.02 km against 8000 m: 0.02 km apart, over the 0.011 km tolerance */
    row[2] = "8.02";
    ck_assert_int_eq(calfcare_log_row(&r, row, 4, 4, &run, &err), CALFCARE_E_INVALID);
    row[2] = "8.01"; /* 0.01 km apart: within */
    ck_assert_int_eq(calfcare_log_row(&r, row, 4, 5, &run, &err), CALFCARE_OK);
}
END_TEST

/* A local run on day d at hour h (-1: no time), km, duration min (NaN unknown). */
static calfcare_log_run mk(double day, double hour, double km, double dur, size_t line)
{
    calfcare_log_run r;
    memset(&r, 0, sizeof r);
    r.kind = CALFCARE_LOG_ROW_RUN;
    r.line = line;
    r.day = day;
    r.time_known = hour >= 0;
    r.start_s = day * 86400 + (hour >= 0 ? hour * 3600 : 0);
    r.km = km;
    r.duration_min = dur;
    r.load = NAN;
    r.climb_m = NAN;
    r.moving_min = NAN;
    return r;
}

typedef struct checked {
    calfcare_status st;
    calfcare_log_report rep;
    calfcare_log_week weeks[64];
    calfcare_error err;
} checked;

static void run_check(checked *c, calfcare_log_run *runs, size_t n, const calfcare_log_options *o)
{
    calfcare_log_sizes sz;
    static double work[4096];
    c->st = calfcare_log_check_size(runs, n, o, &sz, &c->err);
    if (c->st != CALFCARE_OK)
        return;
    ck_assert(sz.work_n <= CC_N(work) && sz.weeks_n <= CC_N(c->weeks));
    c->st = calfcare_log_check(runs, n, o, work, sz.work_n, c->weeks, sz.weeks_n, &c->rep, &c->err);
}

static calfcare_log_run mkc(double day, double km, double moving, double climb, size_t line)
{
    calfcare_log_run r = mk(day, 7, km, NAN, line);
    r.moving_min = moving;
    r.climb_m = climb;
    return r;
}

START_TEST(test_check_climb_and_hard)
{
    /* Three weeks ending on day base + 20 (no partial week). Worked by hand:
     * distance 30, 30, 33 km (the last exactly +10%: within);
     * climbing 300, 330 (exactly +10%: within), 400 m (+21.2%: over; distance rose too: one rise a week);
     * paces (min/km): week 1 three runs at 6.0 (fewer than 3 earlier runs: not judged);
     * week 2: 6.0 (median 6.0 of 3: 0%), 5.4 (median 6.0 of 4: exactly 10% faster: hard, 54 min),
     * 6.0 (median of 6.0 x 4 and 5.4: 6.0);
     * week 3: 6.0, 5.4 (hard, 59.4 min), 5.0 (16.7% faster: hard, 55 min) against a median of 6.0.
     * Hard minutes 0, 54 (after a 0 week: over), 114.4 (+111.85%: over). */
    const double base = 20521;
    calfcare_log_run runs[] = {mkc(base, 10, 60, 100, 2),      mkc(base + 2, 10, 60, 100, 3),
                               mkc(base + 4, 10, 60, 100, 4),  mkc(base + 7, 10, 60, 110, 5),
                               mkc(base + 9, 10, 54, 110, 6),  mkc(base + 11, 10, 60, 110, 7),
                               mkc(base + 14, 11, 66, 130, 8), mkc(base + 16, 11, 59.4, 130, 9),
                               mkc(base + 18, 11, 55, 140, 10)};
    calfcare_log_options o;
    checked c;
    size_t i;
    int hard[] = {-1, -1, -1, 0, 1, 0, 0, 1, 1};
    ck_assert_int_eq(calfcare_log_options_init(&o, NULL), CALFCARE_OK);
    o.until = base + 20;
    run_check(&c, runs, CC_N(runs), &o);
    ck_assert_int_eq(c.st, CALFCARE_OK);
    ck_assert_uint_eq(c.rep.weeks, 3);
    ck_assert(c.rep.has_climb && c.rep.has_time);
    ck_assert_uint_eq(c.rep.climb_missing, 0);
    for (i = 0; i < CC_N(runs); i++)
        ck_assert_msg(runs[i].hard == hard[i], "run %zu: hard %d", i, runs[i].hard);
    ck_assert(isnan(runs[2].pace_pct));
    ck_assert_double_eq_tol(runs[3].pace_pct, 0.0, 1e-9);
    ck_assert_double_eq_tol(runs[4].pace_pct, 10.0, 1e-9);
    ck_assert_double_eq_tol(runs[8].pace_pct, 100.0 / 6.0, 1e-9);
    ck_assert_uint_eq(c.rep.hard_runs, 3);
    ck_assert_uint_eq(c.rep.hard_unknown, 3);

    ck_assert_double_eq_tol(c.weeks[0].km, 30, 1e-9);
    ck_assert_double_eq_tol(c.weeks[2].km, 33, 1e-9);
    ck_assert_int_eq(c.weeks[2].over_limit, 0);
    ck_assert_double_eq_tol(c.weeks[0].climb_m, 300, 1e-9);
    ck_assert_double_eq_tol(c.weeks[1].climb_m, 330, 1e-9);
    ck_assert_double_eq_tol(c.weeks[1].climb_change_pct, 10.0, 1e-9);
    ck_assert_int_eq(c.weeks[1].climb_over_limit, 0);
    ck_assert_double_eq_tol(c.weeks[2].climb_m, 400, 1e-9);
    ck_assert_double_eq_tol(c.weeks[2].climb_change_pct, (400.0 / 330.0 - 1) * 100, 1e-9);
    ck_assert_int_eq(c.weeks[2].climb_over_limit, 1);
    ck_assert_double_eq_tol(c.rep.climb.next_week_max, 440, 1e-9);
    ck_assert_double_eq_tol(c.weeks[0].hard_min, 0, 1e-9);
    ck_assert_double_eq_tol(c.weeks[1].hard_min, 54, 1e-9);
    ck_assert(isnan(c.weeks[1].hard_change_pct) && c.weeks[1].hard_over_limit == 1);
    ck_assert_double_eq_tol(c.weeks[2].hard_min, 114.4, 1e-9);
    ck_assert_double_eq_tol(c.weeks[2].hard_change_pct, (114.4 / 54 - 1) * 100, 1e-9);
    ck_assert_int_eq(c.weeks[2].hard_over_limit, 1);
    ck_assert_double_eq_tol(c.rep.hard.next_week_max, 125.84, 1e-9);
    ck_assert_uint_eq(c.rep.window_over_weeks, 0);
    ck_assert_uint_eq(c.rep.window_climb_over_weeks, 1);
    ck_assert_uint_eq(c.rep.window_hard_over_weeks, 2);
    ck_assert_uint_eq(c.rep.window_both_rise_weeks, 1); /* week 3: 33 > 30 km and 400 > 330 m */
    {
        int want[] = {CALFCARE_PROGRESSION_R_CLIMB_OVER_LIMIT, CALFCARE_PROGRESSION_R_HARD_OVER_LIMIT,
                      CALFCARE_PROGRESSION_R_ONE_RISE_A_WEEK, CALFCARE_PROGRESSION_R_HARD_PROXY};
        size_t k, j;
        for (k = 0; k < CC_N(want); k++) {
            for (j = 0; j < c.rep.advice_count && c.rep.advice[j].code != want[k]; j++)
                ;
            ck_assert_msg(j < c.rep.advice_count, "code %d missing", want[k]);
            if (want[k] == CALFCARE_PROGRESSION_R_HARD_OVER_LIMIT)
                ck_assert(c.rep.advice[j].count == 2 && c.rep.advice[j].day == base + 20);
        }
    }

    /* Runs built by hand are checked as the reader checks rows: climbing over the run's distance,
     * negative or infinite climbing, a moving time over 24 h. */
    {
        calfcare_log_run bad[] = {mkc(base, 10, 60, 100, 2), mkc(base + 1, 0.5, 30, 501, 3)};
        run_check(&c, bad, 2, &o);
        ck_assert(c.st == CALFCARE_E_INVALID && strcmp(c.err.field, "climb_m") == 0 && c.err.max == 500);
        ck_assert_ptr_nonnull(strstr(c.err.message, "(line 3)"));
        bad[1].climb_m = -1;
        run_check(&c, bad, 2, &o);
        ck_assert(c.st == CALFCARE_E_INVALID && strcmp(c.err.field, "climb_m") == 0);
        bad[1].climb_m = INFINITY;
        run_check(&c, bad, 2, &o);
        ck_assert(c.st == CALFCARE_E_INVALID && strcmp(c.err.field, "climb_m") == 0);
        bad[1].climb_m = 500; /* exactly 1000 m per km: accepted */
        bad[1].moving_min = 1441;
        run_check(&c, bad, 2, &o);
        ck_assert(c.st == CALFCARE_E_INVALID && strcmp(c.err.field, "moving_min") == 0);
        bad[1].moving_min = 30;
        run_check(&c, bad, 2, &o);
        ck_assert_int_eq(c.st, CALFCARE_OK);
    }

    /* A missing week (no run at all in days 7-13) followed by hills: 0 m, then 400 m is over. Runs of
     * week 2 dropped; without a time the hard minutes are not checked; a run without climbing counts
     * 0 m and is counted as missing. */
    {
        calfcare_log_run two[] = {mkc(base, 10, NAN, 300, 2), mkc(base + 14, 11, NAN, 400, 3),
                                  mkc(base + 15, 5, NAN, NAN, 4)};
        run_check(&c, two, 3, &o);
        ck_assert_int_eq(c.st, CALFCARE_OK);
        ck_assert(c.rep.has_climb && !c.rep.has_time);
        ck_assert_uint_eq(c.rep.climb_missing, 1);
        ck_assert_double_eq_tol(c.weeks[1].climb_m, 0, 1e-9);
        ck_assert_int_eq(c.weeks[1].climb_over_limit, 0);
        ck_assert_double_eq_tol(c.weeks[2].climb_m, 400, 1e-9);
        ck_assert(c.weeks[2].climb_over_limit == 1 && isnan(c.weeks[2].climb_change_pct));
        ck_assert(isnan(c.weeks[2].hard_min) && c.weeks[2].hard_over_limit == 0);
        ck_assert_uint_eq(c.rep.hard_unknown, 3);
    }
}
END_TEST

START_TEST(test_rows_climb_and_moving)
{
    static const char *const garmin[] = {"Activity Type", "Date", "Distance", "Time", "Total Ascent", "Moving Time"};
    static const char *const own[] = {"date", "distance_km", "climb_m", "moving_min"};
    static const char *const strava[] = {"Activity Date", "Activity Type", "Distance", "Elapsed Time", "Moving Time",
                                         "Distance", "Elevation Gain"};
    const char *row[7];
    calfcare_log_reader r;
    calfcare_log_run run;
    calfcare_error err;

    /* Garmin in miles: ascent in feet, "1,234" ft = 1234 x 0.3048 = 376.1232 m; 5 mi = 8.04672 km. */
    r = reader_with(CALFCARE_LOG_UNITS_MI, garmin, 6, CALFCARE_OK);
    ck_assert_int_eq(calfcare_log_column_role(&r, 4), CALFCARE_LOG_COL_CLIMB);
    ck_assert_int_eq(calfcare_log_column_role(&r, 5), CALFCARE_LOG_COL_MOVING);
    row[0] = "Running", row[1] = "2026-03-29 10:00:00", row[2] = "5.00", row[3] = "00:45:30", row[4] = "1,234",
    row[5] = "0:44:00";
    ck_assert_int_eq(calfcare_log_row(&r, row, 6, 2, &run, &err), CALFCARE_OK);
    ck_assert_double_eq_tol(run.climb_m, 376.1232, 1e-9);
    ck_assert_double_eq_tol(run.moving_min, 44, 1e-12);
    ck_assert_double_eq_tol(run.duration_min, 45.5, 1e-12);
    ck_assert_double_eq_tol(calfcare_log_climb_in_units(run.climb_m, CALFCARE_LOG_UNITS_MI), 1234, 1e-9);
    ck_assert_str_eq(calfcare_log_climb_unit(CALFCARE_LOG_UNITS_MI), "ft");
    ck_assert_str_eq(calfcare_log_climb_unit(CALFCARE_LOG_UNITS_KM), "m");
    ck_assert(calfcare_log_climb_in_units(12.5, CALFCARE_LOG_UNITS_KM) == 12.5);
    /* "--": no climbing known */
    row[4] = "--";
    ck_assert_int_eq(calfcare_log_row(&r, row, 6, 3, &run, &err), CALFCARE_OK);
    ck_assert(isnan(run.climb_m));
    /* 45.5 ft is a decimal, not a thousands group */
    row[4] = "45.5";
    ck_assert_int_eq(calfcare_log_row(&r, row, 6, 4, &run, &err), CALFCARE_OK);
    ck_assert_double_eq_tol(run.climb_m, 45.5 * 0.3048, 1e-12);
    /* 1 mi = 1609.344 m: 5281 ft (1609.65 m) of climbing in 1 mile is more than the distance */
    row[2] = "1.00", row[4] = "5,281";
    ck_assert_int_eq(calfcare_log_row(&r, row, 6, 5, &run, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "climb_m");
    ck_assert_ptr_nonnull(strstr(err.message, "more than the distance itself"));
    ck_assert_uint_eq(r.error_line, 5);
    ck_assert_uint_eq(r.error_column, 5);
    row[2] = "5.00", row[4] = "-3";
    ck_assert_int_eq(calfcare_log_row(&r, row, 6, 6, &run, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "climb_m");
    row[4] = "12", row[5] = "1:75:00";
    ck_assert_int_eq(calfcare_log_row(&r, row, 6, 7, &run, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "moving_min");

    /* Garmin in km: ascent in metres. */
    r = reader_with(CALFCARE_LOG_UNITS_KM, garmin, 6, CALFCARE_OK);
    row[4] = "1.234", row[5] = "0:44:00"; /* German grouping: 1234 m in 5 km */
    ck_assert_int_eq(calfcare_log_row(&r, row, 6, 2, &run, &err), CALFCARE_OK);
    ck_assert_double_eq_tol(run.climb_m, 1234, 1e-9);

    /* Our format: climb_m (m) and moving_min (min); empty is refused, NaN is not a number. */
    r = reader_with(CALFCARE_LOG_UNITS_UNKNOWN, own, 4, CALFCARE_OK);
    row[0] = "2026-03-29", row[1] = "10", row[2] = "250", row[3] = "55.5";
    ck_assert_int_eq(calfcare_log_row(&r, row, 4, 2, &run, &err), CALFCARE_OK);
    ck_assert(run.climb_m == 250 && run.moving_min == 55.5 && isnan(run.duration_min));
    row[2] = "";
    ck_assert_int_eq(calfcare_log_row(&r, row, 4, 3, &run, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "climb_m");
    row[2] = "nan";
    ck_assert_int_eq(calfcare_log_row(&r, row, 4, 4, &run, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "climb_m");
    row[2] = "10001";
    ck_assert_int_eq(calfcare_log_row(&r, row, 4, 5, &run, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "climb_m");
    ck_assert(err.max == 10000);
    row[2] = "100", row[3] = "1441";
    ck_assert_int_eq(calfcare_log_row(&r, row, 4, 6, &run, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "moving_min");

    /* Strava: Moving Time in s, Elevation Gain in m (its SI columns), whatever the first Distance's units. */
    r = reader_with(CALFCARE_LOG_UNITS_UNKNOWN, strava, 7, CALFCARE_OK);
    ck_assert_int_eq(calfcare_log_column_role(&r, 6), CALFCARE_LOG_COL_CLIMB);
    ck_assert_int_eq(calfcare_log_column_role(&r, 4), CALFCARE_LOG_COL_MOVING);
    row[0] = "2026-03-29 06:00:00", row[1] = "Run", row[2] = "10.00", row[3] = "3700", row[4] = "3600",
    row[5] = "10000.0", row[6] = "85.3";
    ck_assert_int_eq(calfcare_log_row(&r, row, 7, 2, &run, &err), CALFCARE_OK);
    ck_assert_double_eq_tol(run.climb_m, 85.3, 1e-12);
    ck_assert_double_eq_tol(run.moving_min, 60, 1e-12);
    row[6] = "";
    ck_assert_int_eq(calfcare_log_row(&r, row, 7, 3, &run, &err), CALFCARE_OK);
    ck_assert(isnan(run.climb_m));
}
END_TEST

START_TEST(test_check_weeks_spikes_advice)
{
    /* Days 0..20 (21 days, 3 weeks ending on day 20), newest first as Garmin writes them:
     * week 1 (days 0-6): 6 + 8 + 10 = 24; week 2: 6.5 + 8 + 12 = 26.5 (+10.4%, over 10%);
     * week 3: 7 + 8.5 + 16 + 5 = 36.5 (+37.7%). Spikes: 8/6 +33.3%, 10/8 +25%, 12/10 +20%, 16/12 +33.3%. */
    const double base = 20521; /* 2026-03-09 */
    calfcare_log_run runs[] = {mk(base + 20, 10, 5, NAN, 2), mk(base + 19, 8.75, 16, NAN, 3), mk(base + 16, 18, 8.5, NAN, 4),
                               mk(base + 14, 7, 7, NAN, 5), mk(base + 12, 9.5, 12, NAN, 6), mk(base + 9, 18, 8, NAN, 7),
                               mk(base + 7, 7.25, 6.5, NAN, 8), mk(base + 5, 9, 10, NAN, 9), mk(base + 2, 18, 8, NAN, 10),
                               mk(base, 7, 6, NAN, 11)};
    calfcare_log_options o;
    checked c;
    size_t i;
    calfcare_log_options_init(&o, NULL);
    o.until = base + 20;
    run_check(&c, runs, CC_N(runs), &o);
    ck_assert_msg(c.st == CALFCARE_OK, "%s", c.err.message);
    ck_assert_uint_eq(c.rep.weeks, 3);
    ck_assert(c.weeks[0].km == 24 && c.weeks[1].km == 26.5 && c.weeks[2].km == 36.5);
    ck_assert(c.weeks[0].end_day == base + 6 && c.weeks[2].end_day == base + 20);
    ck_assert(!c.weeks[0].over_limit && c.weeks[1].over_limit && c.weeks[2].over_limit);
    /* reversed into order */
    for (i = 1; i < CC_N(runs); i++)
        ck_assert(runs[i - 1].day < runs[i].day);
    ck_assert(fabs(runs[1].spike_pct - 100.0 / 3) < 1e-9 && runs[1].band == CALFCARE_PROGRESSION_BAND_OVER_30);
    ck_assert(runs[2].band == CALFCARE_PROGRESSION_BAND_OVER_10 && runs[5].band == CALFCARE_PROGRESSION_BAND_OVER_10);
    ck_assert(isnan(runs[0].spike_pct));
    ck_assert(fabs(c.rep.spikes.next_run_max_km - 17.6) < 1e-9);
    /* the window: 8 weeks back from day 20 reaches before the first run: since = the first day */
    ck_assert(c.rep.since == base && c.rep.window_over_weeks == 2 && c.rep.window_flagged_runs == 4);
    /* advice: one item per code with its latest day and count */
    ck_assert_int_eq(c.rep.advice[0].code, CALFCARE_PROGRESSION_R_WEEKLY_OVER_LIMIT);
    ck_assert(c.rep.advice[0].day == base + 20 && c.rep.advice[0].count == 2);
    ck_assert_int_eq(c.rep.advice[1].code, CALFCARE_PROGRESSION_R_TWO_WEEK_OVER_30); /* 36.5 / 24 = +52% */
    ck_assert_int_eq(c.rep.advice[2].code, CALFCARE_PROGRESSION_R_SPIKE_OVER_30);
    ck_assert(c.rep.advice[2].day == base + 19 && c.rep.advice[2].count == 2);
    ck_assert_int_eq(c.rep.advice[3].code, CALFCARE_PROGRESSION_R_SPIKE_OVER_10);
    ck_assert(c.rep.advice[3].day == base + 12 && c.rep.advice[3].count == 2);
    ck_assert_int_eq(c.rep.advice[4].code, CALFCARE_PROGRESSION_R_NEXT_RUN_CAP);
    ck_assert(c.rep.advice[4].day == base + 21);
    for (i = 0; i < c.rep.advice_count; i++)
        ck_assert(c.rep.advice[i].code != CALFCARE_PROGRESSION_R_WEEKLY_WITHIN);

    /* since day 14: only week 3 (days 14-20) and the run of day 19 are in the window */
    o.since = base + 14;
    run_check(&c, runs, CC_N(runs), &o);
    ck_assert(c.st == CALFCARE_OK && c.rep.window_over_weeks == 1 && c.rep.window_flagged_runs == 1);
    /* 20 days after the last run: rest weeks and a note (over 14 days); the 56-day window (days
     * -15..40) starts before the log, so at its first day */
    o.since = NAN;
    o.until = base + 40;
    run_check(&c, runs, CC_N(runs), &o);
    ck_assert(c.st == CALFCARE_OK && c.rep.stale && c.rep.days_since_last_run == 20 && c.rep.since == base);
    /* 14 days after: no note yet */
    o.until = base + 34;
    run_check(&c, runs, CC_N(runs), &o);
    ck_assert(c.st == CALFCARE_OK && !c.rep.stale);
}
END_TEST

START_TEST(test_check_duplicates)
{
    /* 16 km at 08:45 and 15.8 km 25 s later (a second recording: under 120 s, within 10%); 10 km at
     * 08:45:50 on another day and 5 km 60 s later (not similar: 50% apart); 12 km for 60 min from
     * 09:30 and 11 km from 09:50 (overlapping). */
    calfcare_log_run runs[6];
    calfcare_log_options o;
    checked c;
    runs[0] = mk(20000, 8.75, 16, 100, 2);
    runs[1] = mk(20000, 8.75 + 25.0 / 3600, 15.8, 100, 3);
    runs[2] = mk(20003, 8.75 + 50.0 / 3600, 10, NAN, 4);
    runs[3] = mk(20003, 8.75 + 110.0 / 3600, 5, NAN, 5);
    runs[4] = mk(20005, 9.5, 12, 60, 6);
    runs[5] = mk(20005, 9.5 + 20.0 / 60, 11, 54, 7);
    calfcare_log_options_init(&o, NULL);
    o.until = 20006;
    run_check(&c, runs, CC_N(runs), &o);
    ck_assert(c.st == CALFCARE_OK);
    ck_assert_uint_eq(c.rep.duplicates, 2);
    ck_assert(runs[1].duplicate && !runs[3].duplicate && runs[5].duplicate);
    ck_assert_uint_eq(c.rep.runs, 4);
    ck_assert(c.weeks[0].km == 16 + 10 + 5 + 12); /* days 20000-20006 */
    o.keep_duplicates = 1;
    run_check(&c, runs, CC_N(runs), &o);
    ck_assert(c.st == CALFCARE_OK && c.rep.runs == 6 && c.weeks[0].km == 16 + 15.8 + 10 + 5 + 12 + 11);
}
END_TEST

START_TEST(test_check_refuses)
{
    calfcare_log_run runs[3];
    calfcare_log_options o;
    checked c;
    calfcare_log_week weeks[4];
    calfcare_log_report rep;
    double work[128];
    calfcare_log_sizes sz;
    calfcare_error err;
    runs[0] = mk(20000, -1, 10, NAN, 2);
    runs[1] = mk(20001, -1, 12, NAN, 3);
    runs[2] = mk(20002, -1, 9, NAN, 4);
    calfcare_log_options_init(&o, NULL);
    /* until is required */
    run_check(&c, runs, 3, &o);
    ck_assert(c.st == CALFCARE_E_INVALID && strcmp(c.err.field, "until") == 0);
    /* one date rule: a run after until is refused, naming its line */
    o.until = 20001;
    run_check(&c, runs, 3, &o);
    ck_assert(c.st == CALFCARE_E_INVALID && strcmp(c.err.field, "day") == 0);
    ck_assert_msg(strstr(c.err.message, "is after the until date") && strstr(c.err.message, "(line 4)"), "%s",
                  c.err.message);
    /* a run still in UTC */
    o.until = 20010;
    runs[1].utc = 1;
    run_check(&c, runs, 3, &o);
    ck_assert(c.st == CALFCARE_E_INVALID && strcmp(c.err.field, "runs") == 0 && strstr(c.err.message, "(line 3)"));
    runs[1].utc = 0;
    /* more than 320 km in a day */
    runs[1].km = 200;
    runs[2] = mk(20001, -1, 200, NAN, 4);
    run_check(&c, runs, 3, &o);
    ck_assert(c.st == CALFCARE_E_INVALID && strcmp(c.err.field, "daily_km") == 0);
    runs[1].km = 12;
    runs[2] = mk(20002, -1, 9, NAN, 4);
    /* buffers */
    ck_assert_int_eq(calfcare_log_check_size(runs, 3, &o, &sz, &err), CALFCARE_OK);
    ck_assert_uint_eq(sz.weeks_n, 1);                   /* 11 days: one week */
    ck_assert_uint_eq(sz.work_n, 4 * 11 + 12 * 1 + 4 * 3); /* 4 a day, 12 a week, 4 a run = 68 */
    ck_assert_int_eq(calfcare_log_check(runs, 3, &o, work, sz.work_n - 1, weeks, 4, &rep, &err), CALFCARE_E_BUFFER);
    ck_assert_str_eq(err.field, "work");
    ck_assert_int_eq(calfcare_log_check(runs, 3, &o, work, sz.work_n, weeks, 0, &rep, &err), CALFCARE_E_BUFFER);
    ck_assert_str_eq(err.field, "weeks");
    ck_assert_int_eq(calfcare_log_check(runs, 0, &o, work, sz.work_n, weeks, 4, &rep, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_log_check(runs, 3, &o, work, sz.work_n, weeks, 4, &rep, &err), CALFCARE_OK);
    /* the daily km are the first doubles of the work buffer: days 20000-20010 */
    ck_assert(work[0] == 10 && work[1] == 12 && work[2] == 9 && work[10] == 0);
    ck_assert(rep.weeks == 1 && weeks[0].km == 0 && weeks[0].end_day == 20010); /* days 20004-20010 */
}
END_TEST

START_TEST(test_check_unsorted_heapsort)
{
    /* 40 runs on days 39, 0, 38, 1, ... (neither in order nor reversed): the check sorts them */
    calfcare_log_run runs[40];
    calfcare_log_options o;
    checked c;
    size_t i;
    for (i = 0; i < 40; i++)
        runs[i] = mk(20000 + (double)(i % 2 ? i / 2 : 39 - i / 2), -1, 5 + (double)(i % 3), NAN, i + 2);
    calfcare_log_options_init(&o, NULL);
    o.until = 20039;
    o.all = 1;
    run_check(&c, runs, 40, &o);
    ck_assert(c.st == CALFCARE_OK);
    for (i = 1; i < 40; i++)
        ck_assert(runs[i - 1].day < runs[i].day);
    ck_assert(c.rep.since == 20000 && c.rep.runs == 40);
}
END_TEST

START_TEST(test_spikes_many_runs_one_day)
{
    /* 160,000 runs on one day and one the next day: no run has a reference on its own day; the next
     * day's run is against the longest of them. Linear: a ring of 31 days, not a walk back over every run. */
    const size_t n = 160001;
    double *day = malloc(n * sizeof *day), *km = malloc(n * sizeof *km), *spike = malloc(n * sizeof *spike);
    unsigned char *band = malloc(n);
    calfcare_progression_spike_result r;
    size_t i;
    ck_assert(day && km && spike && band);
    for (i = 0; i < n - 1; i++) {
        day[i] = 100;
        km[i] = 1 + (double)(i % 10); /* longest 10 km */
    }
    day[n - 1] = 101;
    km[n - 1] = 12; /* 12 / 10 = +20% */
    ck_assert_int_eq(calfcare_progression_spikes(day, n, km, n, 102, spike, n, band, n, &r, NULL), CALFCARE_OK);
    for (i = 0; i < n - 1; i++)
        ck_assert(isnan(spike[i]));
    ck_assert(fabs(spike[n - 1] - 20.0) < 1e-9 && band[n - 1] == CALFCARE_PROGRESSION_BAND_OVER_10);
    ck_assert(r.longest_30d_km == 12 && r.band_count[CALFCARE_PROGRESSION_BAND_NO_REFERENCE] == n - 1);
    /* next day 131: the window 101..130 holds only the 12 km run; 132: nothing */
    ck_assert_int_eq(calfcare_progression_spikes(day, n, km, n, 131, spike, n, band, n, &r, NULL), CALFCARE_OK);
    ck_assert(r.longest_30d_km == 12);
    ck_assert_int_eq(calfcare_progression_spikes(day, n, km, n, 132, spike, n, band, n, &r, NULL), CALFCARE_OK);
    ck_assert(r.longest_30d_km == 0);
    free(day);
    free(km);
    free(spike);
    free(band);
}
END_TEST

START_TEST(test_words)
{
    int u = -1;
    calfcare_error err;
    ck_assert_str_eq(calfcare_log_format_name(CALFCARE_LOG_FORMAT_GARMIN), "garmin");
    ck_assert_str_eq(calfcare_log_format_name(99), "unknown");
    ck_assert_str_eq(calfcare_log_units_name(CALFCARE_LOG_UNITS_M), "m");
    ck_assert_int_eq(calfcare_log_units_parse("mi", &u, &err), CALFCARE_OK);
    ck_assert_int_eq(u, CALFCARE_LOG_UNITS_MI);
    ck_assert_int_eq(calfcare_log_units_parse("miles", &u, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "units");
    /* Only the units a log's distances come in (calfcare_log_units_name(1..2)), not "m". */
    ck_assert_str_eq(err.message, "units: unknown word 'miles'; accepted: km|mi");
    ck_assert_int_eq(calfcare_log_units_parse("m", &u, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(u, CALFCARE_LOG_UNITS_MI);
}
END_TEST

Suite *log_suite(void)
{
    Suite *s = suite_create("log");
    TCase *tc = tcase_create("log");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_date_styles);
    tcase_add_test(tc, test_date_refused);
    tcase_add_test(tc, test_date_format_and_day);
    tcase_add_test(tc, test_numbers);
    tcase_add_test(tc, test_header_detection);
    tcase_add_test(tc, test_rows);
    tcase_add_test(tc, test_strava_cross_check_and_utc);
    tcase_add_test(tc, test_check_weeks_spikes_advice);
    tcase_add_test(tc, test_check_climb_and_hard);
    tcase_add_test(tc, test_rows_climb_and_moving);
    tcase_add_test(tc, test_check_duplicates);
    tcase_add_test(tc, test_check_refuses);
    tcase_add_test(tc, test_check_unsorted_heapsort);
    tcase_add_test(tc, test_spikes_many_runs_one_day);
    tcase_add_test(tc, test_words);
    suite_add_tcase(s, tc);
    return s;
}
