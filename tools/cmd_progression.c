/* Subcommands of the progression area: check, plan, return-to-run, and its demo section.
 *
 * `check --log FILE` reads a CSV training log with libcsv: our own format (header
 * date,distance_km[,duration_min][,rpe]) or Strava's bulk-export activities.csv (detected by its
 * header; runs only). Every problem is reported with its line number and exit status 2; non-run
 * Strava activities and blank lines are skipped on purpose and counted in the report. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <csv.h>

#include "cli.h"
#include "sample.h"

/* ---- small helpers ------------------------------------------------------------------------------ */

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fprintf(stderr, "calfcare: out of memory\n");
        exit(CLI_EXIT_FAILURE);
    }
    return q;
}

/* A whole number option (days, weeks): parsed as a number, then required to be whole. */
static int parse_int_opt(const char *cmd, const char *opt, const char *text, int *out)
{
    double v;
    if (cli_parse_double(cmd, opt, text, &v))
        return CLI_EXIT_USAGE;
    if (!(v == floor(v)) || v < -1e6 || v > 1e6)
        return cli_usage_error(cmd, "%s: '%s' is not a whole number", opt, text);
    *out = (int)v;
    return 0;
}

/* A comma-separated list of numbers. */
static int parse_list(const char *cmd, const char *opt, const char *text, double **out, size_t *n)
{
    const char *p = text;
    size_t cap = 0;
    *out = NULL;
    *n = 0;
    for (;;) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        char item[64];
        if (len >= sizeof item) {
            free(*out);
            return cli_usage_error(cmd, "%s: '%.*s...' is not a number", opt, 20, p);
        }
        memcpy(item, p, len);
        item[len] = '\0';
        if (*n == cap) {
            cap = cap ? cap * 2 : 16;
            *out = xrealloc(*out, cap * sizeof **out);
        }
        if (cli_parse_double(cmd, opt, item, &(*out)[*n])) {
            free(*out);
            *out = NULL;
            return CLI_EXIT_USAGE;
        }
        (*n)++;
        if (!comma)
            break;
        p = comma + 1;
    }
    return 0;
}

static json_t *advice_json(const int *codes, size_t n)
{
    return cli_json_advice(codes, n);
}

static void print_advice(const int *codes, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        const calfcare_reason *r = calfcare_reason_lookup(codes[i]);
        if (r)
            printf("  - %s [%s, %s]\n", r->text, r->source, r->strength);
    }
}

/* ---- dates: days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm) ------------------- */

static long days_from_civil(long y, unsigned m, unsigned d)
{
    long era;
    unsigned yoe, doy, doe;
    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = (unsigned)(y - era * 400);
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long)doe - 719468;
}

static void civil_from_days(long z, char *buf, size_t cap)
{
    long era, y;
    unsigned doe, yoe, doy, mp, d, m;
    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = (unsigned)(z - era * 146097);
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = (long)yoe + era * 400;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    snprintf(buf, cap, "%04d-%02d-%02d", (int)(y % 10000), (int)(m % 100), (int)(d % 100));
}

static int days_in_month(long y, unsigned m)
{
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 ? 28 + leap : dm[m - 1];
}

/* Read exactly n digits. */
static int digits(const char *s, int n, unsigned *out)
{
    unsigned v = 0;
    int i;
    for (i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (unsigned)(s[i] - '0');
    }
    *out = v;
    return 1;
}

static int valid_ymd(unsigned y, unsigned m, unsigned d)
{
    return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && (int)d <= days_in_month((long)y, m);
}

/* YYYY-MM-DD, nothing else. */
static int parse_iso_date(const char *s, long *day)
{
    unsigned y, m, d;
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' || !digits(s, 4, &y) || !digits(s + 5, 2, &m) ||
        !digits(s + 8, 2, &d) || !valid_ymd(y, m, d))
        return 0;
    *day = days_from_civil((long)y, m, d);
    return 1;
}

/* Strava's "Activity Date": "Nov 3, 2023, 6:45:12 PM" (English month, 12-hour clock), or the ISO form
 * "2023-11-03 18:45:12" of older exports. The date is taken as written (Strava writes UTC). */
static int parse_strava_date(const char *s, long *day)
{
    static const char *const months[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    unsigned y, m = 0, d, hh, mm, ss;
    int i, n;
    size_t len = strlen(s);
    if (len == 19 && s[10] == ' ') {
        char date[11];
        memcpy(date, s, 10);
        date[10] = '\0';
        return s[13] == ':' && s[16] == ':' && digits(s + 11, 2, &hh) && digits(s + 14, 2, &mm) &&
               digits(s + 17, 2, &ss) && hh < 24 && mm < 60 && ss < 60 && parse_iso_date(date, day);
    }
    for (i = 0; i < 12; i++)
        if (strncmp(s, months[i], 3) == 0 && s[3] == ' ')
            m = (unsigned)i + 1;
    if (!m)
        return 0;
    s += 4;
    n = (s[1] == ',') ? 1 : 2; /* day: 1 or 2 digits */
    if (!digits(s, n, &d) || s[n] != ',' || s[n + 1] != ' ')
        return 0;
    s += n + 2;
    if (!digits(s, 4, &y) || s[4] != ',' || s[5] != ' ')
        return 0;
    s += 6;
    n = (s[1] == ':') ? 1 : 2; /* hour: 1 or 2 digits */
    if (!digits(s, n, &hh) || s[n] != ':' || !digits(s + n + 1, 2, &mm) || s[n + 3] != ':' ||
        !digits(s + n + 4, 2, &ss) || s[n + 6] != ' ')
        return 0;
    s += n + 7;
    if (hh < 1 || hh > 12 || mm > 59 || ss > 59 || (strcmp(s, "AM") && strcmp(s, "PM")))
        return 0;
    if (!valid_ymd(y, m, d))
        return 0;
    *day = days_from_civil((long)y, m, d);
    return 1;
}

/* ---- the training log ---------------------------------------------------------------------------- */

enum { FMT_NONE = 0, FMT_OWN = 1, FMT_STRAVA = 2 };

typedef struct log_row {
    long day;
    double km;
    double load; /* NaN without duration_min and rpe */
    size_t line;
} log_row;

typedef struct training_log {
    int format;
    log_row *rows;
    size_t nrows, rows_cap;
    size_t runs;       /* rows with km > 0 */
    size_t rest_rows;  /* own-format rows with 0 km */
    size_t filtered;   /* Strava activities that are not runs */
    size_t blank;      /* blank lines */
    int has_load;
} training_log;

typedef struct log_reader {
    const char *cmd;
    const char *path;
    training_log *log;
    size_t line;     /* physical line being fed, 1-based */
    size_t row_line; /* line where the current row began */
    size_t row_begin; /* line at which the parser last stood outside any row */
    char **field;
    size_t nfield, field_cap;
    size_t header_n;
    int col_date, col_km, col_dur, col_rpe, col_type;
    int failed;
} log_reader;

static int log_error(log_reader *rd, size_t line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int log_error(log_reader *rd, size_t line, const char *fmt, ...)
{
    va_list ap;
    if (rd->failed)
        return CLI_EXIT_USAGE;
    rd->failed = 1;
    fprintf(stderr, "calfcare %s: --log: %s:%zu: ", rd->cmd, rd->path, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return CLI_EXIT_USAGE;
}

static void trim(char *s)
{
    size_t n = strlen(s), i = 0;
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    while (isspace((unsigned char)s[i]))
        i++;
    if (i)
        memmove(s, s + i, n - i + 1);
}

static void on_field(void *s, size_t len, void *data)
{
    log_reader *rd = data;
    char *copy;
    if (rd->failed)
        return;
    if (rd->nfield == 0)
        rd->row_line = rd->row_begin;
    if (rd->nfield == rd->field_cap) {
        rd->field_cap = rd->field_cap ? rd->field_cap * 2 : 16;
        rd->field = xrealloc(rd->field, rd->field_cap * sizeof *rd->field);
    }
    copy = xrealloc(NULL, len + 1);
    if (len)
        memcpy(copy, s, len);
    copy[len] = '\0';
    if (memchr(copy, '\0', len)) { /* a NUL byte inside a field */
        free(copy);
        log_error(rd, rd->line, "a field holds a NUL byte: not a text CSV file");
        return;
    }
    trim(copy);
    rd->field[rd->nfield++] = copy;
}

static int col_find(log_reader *rd, const char *name, int *col)
{
    size_t i;
    int found = -1;
    for (i = 0; i < rd->nfield; i++)
        if (strcasecmp(rd->field[i], name) == 0) {
            if (found >= 0 && rd->log->format == FMT_OWN)
                return log_error(rd, rd->row_line, "column '%s' appears twice", name);
            if (found < 0)
                found = (int)i; /* Strava has two "Distance" columns: the first is km */
        }
    *col = found;
    return 0;
}

static void read_header(log_reader *rd)
{
    int date, type;
    size_t i;
    col_find(rd, "Activity Date", &date);
    col_find(rd, "Activity Type", &type);
    if (date >= 0 && type >= 0) {
        rd->log->format = FMT_STRAVA;
        rd->col_date = date;
        rd->col_type = type;
        col_find(rd, "Distance", &rd->col_km);
        if (rd->col_km < 0)
            log_error(rd, rd->row_line, "Strava activities.csv without a 'Distance' column");
        rd->col_dur = rd->col_rpe = -1;
    } else {
        rd->log->format = FMT_OWN;
        if (col_find(rd, "date", &rd->col_date) || col_find(rd, "distance_km", &rd->col_km) ||
            col_find(rd, "duration_min", &rd->col_dur) || col_find(rd, "rpe", &rd->col_rpe))
            return;
        if (rd->col_date < 0 || rd->col_km < 0) {
            log_error(rd, rd->row_line,
                      "unknown header: expected date,distance_km[,duration_min][,rpe] or Strava's activities.csv "
                      "(Activity Date, Activity Type, Distance)");
            return;
        }
        for (i = 0; i < rd->nfield; i++)
            if ((int)i != rd->col_date && (int)i != rd->col_km && (int)i != rd->col_dur && (int)i != rd->col_rpe) {
                log_error(rd, rd->row_line, "unknown column '%s' (accepted: date, distance_km, duration_min, rpe)",
                          rd->field[i]);
                return;
            }
        if ((rd->col_dur >= 0) != (rd->col_rpe >= 0)) {
            log_error(rd, rd->row_line, "duration_min and rpe go together (load = minutes x RPE)");
            return;
        }
        rd->log->has_load = rd->col_dur >= 0;
    }
    rd->header_n = rd->nfield;
}

/* A number of a log field: the whole text, finite. */
static int field_number(log_reader *rd, const char *name, const char *text, double *out)
{
    char *end;
    if (!*text)
        return log_error(rd, rd->row_line, "%s: empty", name);
    errno = 0;
    *out = strtod(text, &end);
    if (end == text || *end || errno == ERANGE || !isfinite(*out))
        return log_error(rd, rd->row_line, "%s: '%s' is not a number", name, text);
    return 0;
}

static int is_run_type(const char *t)
{
    return strcmp(t, "Run") == 0 || strcmp(t, "Trail Run") == 0 || strcmp(t, "Virtual Run") == 0;
}

static void read_row(log_reader *rd)
{
    training_log *lg = rd->log;
    log_row row;
    const char *km_name = lg->format == FMT_STRAVA ? "Distance" : "distance_km";
    if (rd->nfield != rd->header_n) {
        log_error(rd, rd->row_line, "expected %zu fields as in the header, found %zu", rd->header_n, rd->nfield);
        return;
    }
    if (lg->format == FMT_STRAVA && !is_run_type(rd->field[rd->col_type])) {
        lg->filtered++; /* deliberately not a run: counted in the report */
        return;
    }
    row.line = rd->row_line;
    row.load = NAN;
    if (lg->format == FMT_STRAVA ? !parse_strava_date(rd->field[rd->col_date], &row.day)
                                 : !parse_iso_date(rd->field[rd->col_date], &row.day)) {
        log_error(rd, rd->row_line, "%s: '%s' is not a valid date (%s)",
                  lg->format == FMT_STRAVA ? "Activity Date" : "date", rd->field[rd->col_date],
                  lg->format == FMT_STRAVA ? "like 'Nov 3, 2023, 6:45:12 PM'" : "YYYY-MM-DD");
        return;
    }
    if (field_number(rd, km_name, rd->field[rd->col_km], &row.km))
        return;
    if (row.km < 0 || row.km > CALFCARE_PROGRESSION_MAX_DAILY_KM) {
        log_error(rd, rd->row_line, "%s: %g km is %s; accepted: 0 to %g km", km_name, row.km,
                  row.km < 0 ? "negative" : "too long", CALFCARE_PROGRESSION_MAX_DAILY_KM);
        return;
    }
    if (lg->has_load) {
        double dur, rpe;
        calfcare_error err;
        calfcare_status st;
        if (field_number(rd, "duration_min", rd->field[rd->col_dur], &dur) ||
            field_number(rd, "rpe", rd->field[rd->col_rpe], &rpe))
            return;
        st = calfcare_progression_session_load(dur, rpe, &row.load, &err);
        if (st != CALFCARE_OK) {
            log_error(rd, rd->row_line, "%s", err.message);
            return;
        }
    }
    if (row.km > 0)
        lg->runs++;
    else
        lg->rest_rows++;
    if (lg->nrows == lg->rows_cap) {
        lg->rows_cap = lg->rows_cap ? lg->rows_cap * 2 : 64;
        lg->rows = xrealloc(lg->rows, lg->rows_cap * sizeof *lg->rows);
    }
    lg->rows[lg->nrows++] = row;
}

static void on_row(int c, void *data)
{
    log_reader *rd = data;
    size_t i;
    (void)c;
    if (!rd->failed) {
        if (rd->log->format == FMT_NONE)
            read_header(rd);
        else
            read_row(rd);
    }
    for (i = 0; i < rd->nfield; i++)
        free(rd->field[i]);
    rd->nfield = 0;
}

static int blank_line(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (!isspace((unsigned char)s[i]))
            return 0;
    return 1;
}

static int row_cmp(const void *a, const void *b)
{
    const log_row *x = a, *y = b;
    if (x->day != y->day)
        return x->day < y->day ? -1 : 1;
    return x->line < y->line ? -1 : x->line > y->line;
}

/* Read a whole training log. Returns 0 or an exit code after printing the problem. */
static int read_log(const char *cmd, const char *path, training_log *lg)
{
    int is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    char *buf = NULL;
    size_t len = 0, cap = 0, pos = 0;
    struct csv_parser p;
    log_reader rd;
    int rc = 0;

    memset(lg, 0, sizeof *lg);
    if (!f)
        return cli_usage_error(cmd, "--log: cannot open '%s': %s", path, strerror(errno));
    for (;;) {
        size_t got;
        if (len == cap) {
            cap = cap ? cap * 2 : 65536;
            buf = xrealloc(buf, cap);
        }
        got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        if (!is_stdin)
            fclose(f);
        free(buf);
        return cli_usage_error(cmd, "--log: cannot read '%s'", path);
    }
    if (!is_stdin)
        fclose(f);
    if (len >= 3 && (unsigned char)buf[0] == 0xEF && (unsigned char)buf[1] == 0xBB && (unsigned char)buf[2] == 0xBF)
        pos = 3; /* UTF-8 byte order mark (Excel writes one) */

    memset(&rd, 0, sizeof rd);
    rd.cmd = cmd;
    rd.path = path;
    rd.log = lg;
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
        free(buf);
        fprintf(stderr, "calfcare %s: cannot start the CSV parser\n", cmd);
        return CLI_EXIT_FAILURE;
    }
    /* Feed one physical line at a time so that every row knows its line number. A line that is
     * blank outside a quoted field is counted, not parsed. */
    rd.line = 1;
    while (pos < len && !rd.failed) {
        const char *nl = memchr(buf + pos, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - (buf + pos)) + 1 : len - pos;
        int outside = p.pstate == 0 && rd.nfield == 0; /* not inside a row (libcsv's ROW_NOT_BEGUN) */
        if (outside)
            rd.row_begin = rd.line;
        if (outside && blank_line(buf + pos, n)) {
            lg->blank++;
        } else if (csv_parse(&p, buf + pos, n, on_field, on_row, &rd) != n) {
            log_error(&rd, rd.line, "malformed CSV (%s): check the quotes", csv_strerror(csv_error(&p)));
        }
        pos += n;
        if (nl)
            rd.line++;
    }
    if (!rd.failed && csv_fini(&p, on_field, on_row, &rd) != 0)
        log_error(&rd, rd.row_begin, "malformed CSV: the row starting here does not end (an unclosed quote?)");
    csv_free(&p);
    {
        size_t i;
        for (i = 0; i < rd.nfield; i++)
            free(rd.field[i]);
        free(rd.field);
    }
    free(buf);
    if (rd.failed)
        rc = CLI_EXIT_USAGE;
    else if (lg->format == FMT_NONE)
        rc = cli_usage_error(cmd, "--log: %s: the file is empty (no header)", path);
    else if (lg->nrows == 0)
        rc = cli_usage_error(cmd, "--log: %s: no runs in the log (%zu other activities, %zu blank lines)", path,
                             lg->filtered, lg->blank);
    if (rc) {
        free(lg->rows);
        lg->rows = NULL;
        return rc;
    }
    qsort(lg->rows, lg->nrows, sizeof *lg->rows, row_cmp);
    return 0;
}

/* ---- check ------------------------------------------------------------------------------------------ */

typedef struct check_opts {
    calfcare_progression_params params;
    int json;
} check_opts;

static json_t *json_num(double v)
{
    return cli_json_number_or_null(v);
}

/* The weekly table of km or load; start_day/lead give dates when known (start_day < 0: none). */
static json_t *weeks_json(const char *unit_key, const double *v, size_t n, const double *chg,
                          const unsigned char *over, long first_day, size_t lead)
{
    json_t *arr = json_array();
    size_t i;
    for (i = 0; i < n; i++) {
        json_t *w = json_object();
        json_object_set_new(w, "index", json_integer((json_int_t)i + 1));
        json_object_set_new(w, unit_key, json_real(v[i]));
        json_object_set_new(w, "change_pct", json_num(chg[i]));
        json_object_set_new(w, "over_limit", json_boolean(over[i]));
        if (first_day != LONG_MIN) {
            char d[16];
            civil_from_days(first_day + (long)(lead + 7 * i), d, sizeof d);
            json_object_set_new(w, "start", json_string(d));
            civil_from_days(first_day + (long)(lead + 7 * i + 6), d, sizeof d);
            json_object_set_new(w, "end", json_string(d));
        }
        json_array_append_new(arr, w);
    }
    return arr;
}

static void print_weeks(const char *unit, const double *v, size_t n, const double *chg, const unsigned char *over,
                        double limit)
{
    size_t i;
    for (i = 0; i < n; i++) {
        printf("  week %-3zu %8.1f%s%s", i + 1, v[i], *unit ? " " : "", unit);
        if (!isnan(chg[i]))
            printf("  %+6.1f%%", chg[i]);
        else if (i)
            printf("  (from 0)");
        if (over[i])
            printf("  over the %g%% limit", limit);
        putchar('\n');
    }
}

/* Weekly check of a plain list (--weekly-km or --weekly-load). */
static int check_list(const char *cmd, const check_opts *o, const double *v, size_t n, int load)
{
    calfcare_progression_weekly_result r;
    calfcare_error err;
    calfcare_status st;
    double *chg = xrealloc(NULL, n * sizeof *chg);
    unsigned char *over = xrealloc(NULL, n);
    int rc = CLI_EXIT_OK;
    st = load ? calfcare_progression_check_weekly_load(v, n, &o->params, chg, n, over, n, &r, &err)
              : calfcare_progression_check_weekly(v, n, &o->params, chg, n, over, n, &r, &err);
    if (st != CALFCARE_OK) {
        rc = cli_fail(cmd, st, &err);
    } else if (o->json) {
        json_t *j = json_object();
        json_object_set_new(j, "max_increase_pct", json_real(o->params.max_increase_pct));
        json_object_set_new(j, "weeks", weeks_json(load ? "load" : "km", v, n, chg, over, LONG_MIN, 0));
        json_object_set_new(j, load ? "next_week_max_load" : "next_week_max_km", json_real(r.next_week_max));
        json_object_set_new(j, "over_limit_weeks", json_integer((json_int_t)r.over_limit_count));
        json_object_set_new(j, "two_week_change_pct", json_num(r.two_week_change_pct));
        json_object_set_new(j, "advice", advice_json(r.advice, r.advice_count));
        rc = cli_print_json(j);
    } else {
        printf("Weekly %s against the %g%% limit:\n", load ? "load" : "distance", o->params.max_increase_pct);
        print_weeks(load ? "" : "km", v, n, chg, over, o->params.max_increase_pct);
        printf("Next week at most: %.1f %s\n", r.next_week_max, load ? "(load units)" : "km");
        print_advice(r.advice, r.advice_count);
    }
    free(chg);
    free(over);
    return rc;
}

/* Everything a log check finds; also used by the demo on the sample runner. */
typedef struct log_report {
    long first_day, last_day;
    size_t days, lead;
    double *daily, *daily_load;
    size_t weeks;
    double *weekly, *chg, *wload, *lchg;
    unsigned char *over, *lover;
    calfcare_progression_weekly_result wr, lr;
    size_t nruns;
    double *run_day, *run_km, *spike;
    long *run_date;
    unsigned char *band;
    calfcare_progression_spike_result sr;
    calfcare_progression_acwr_result ar;
} log_report;

static void report_free(log_report *r)
{
    free(r->daily);
    free(r->daily_load);
    free(r->weekly);
    free(r->chg);
    free(r->wload);
    free(r->lchg);
    free(r->over);
    free(r->lover);
    free(r->run_day);
    free(r->run_km);
    free(r->spike);
    free(r->run_date);
    free(r->band);
}

static int analyse_log(const char *cmd, const training_log *lg, const calfcare_progression_params *params,
                       long until, log_report *r)
{
    calfcare_error err;
    calfcare_status st;
    size_t i, k;

    memset(r, 0, sizeof *r);
    r->first_day = lg->rows[0].day;
    r->last_day = lg->rows[lg->nrows - 1].day;
    if (until != LONG_MIN) {
        char d[16];
        civil_from_days(r->last_day, d, sizeof d);
        if (until < r->last_day)
            return cli_usage_error(cmd, "--until: the log goes on to %s, after this date", d);
        r->last_day = until; /* rest days up to and including this date */
    }
    r->days = (size_t)(r->last_day - r->first_day) + 1;
    r->lead = r->days % 7;
    r->daily = xrealloc(NULL, r->days * sizeof *r->daily);
    r->daily_load = xrealloc(NULL, r->days * sizeof *r->daily_load);
    for (i = 0; i < r->days; i++)
        r->daily[i] = r->daily_load[i] = 0.0;
    r->run_day = xrealloc(NULL, lg->nrows * sizeof *r->run_day);
    r->run_km = xrealloc(NULL, lg->nrows * sizeof *r->run_km);
    r->run_date = xrealloc(NULL, lg->nrows * sizeof *r->run_date);
    r->spike = xrealloc(NULL, lg->nrows * sizeof *r->spike);
    r->band = xrealloc(NULL, lg->nrows);
    for (i = 0; i < lg->nrows; i++) {
        size_t d = (size_t)(lg->rows[i].day - r->first_day);
        r->daily[d] += lg->rows[i].km; /* daily totals by calendar day */
        if (lg->has_load)
            r->daily_load[d] += lg->rows[i].load;
        if (lg->rows[i].km > 0) {
            r->run_day[r->nruns] = (double)d;
            r->run_km[r->nruns] = lg->rows[i].km;
            r->run_date[r->nruns++] = lg->rows[i].day;
        }
    }
    for (i = 0; i < r->days; i++)
        if (r->daily[i] > CALFCARE_PROGRESSION_MAX_DAILY_KM) {
            char d[16];
            civil_from_days(r->first_day + (long)i, d, sizeof d);
            return cli_usage_error(cmd, "--log: %s: %g km in one day is more than %g km", d, r->daily[i],
                                   CALFCARE_PROGRESSION_MAX_DAILY_KM);
        }

    /* Weekly totals (weeks end on the last day of the log) and the weekly check. */
    r->weeks = r->days / 7;
    r->weekly = xrealloc(NULL, (r->weeks + 1) * sizeof *r->weekly);
    r->chg = xrealloc(NULL, (r->weeks + 1) * sizeof *r->chg);
    r->over = xrealloc(NULL, r->weeks + 1);
    st = calfcare_progression_weekly_totals(r->daily, r->days, r->weekly, r->weeks + 1, &r->weeks, &err);
    for (k = 0; st == CALFCARE_OK && k < r->weeks; k++)
        if (r->weekly[k] > CALFCARE_PROGRESSION_MAX_WEEKLY_KM) {
            char d[16];
            civil_from_days(r->first_day + (long)(r->lead + 7 * k + 6), d, sizeof d);
            return cli_usage_error(cmd, "--log: the week ending %s holds %g km, more than %g km", d, r->weekly[k],
                                   CALFCARE_PROGRESSION_MAX_WEEKLY_KM);
        }
    if (st == CALFCARE_OK && r->weeks)
        st = calfcare_progression_check_weekly(r->weekly, r->weeks, params, r->chg, r->weeks, r->over, r->weeks,
                                               &r->wr, &err);
    if (st != CALFCARE_OK)
        return cli_fail(cmd, st, &err);
    if (lg->has_load && r->weeks) {
        /* The same weeks (ending on the last day) for the session-RPE load. */
        size_t lweeks;
        r->wload = xrealloc(NULL, r->weeks * sizeof *r->wload);
        r->lchg = xrealloc(NULL, r->weeks * sizeof *r->lchg);
        r->lover = xrealloc(NULL, r->weeks);
        st = calfcare_progression_weekly_load_totals(r->daily_load, r->days, r->wload, r->weeks, &lweeks, &err);
        if (st == CALFCARE_OK)
            st = calfcare_progression_check_weekly_load(r->wload, r->weeks, params, r->lchg, r->weeks, r->lover,
                                                    r->weeks, &r->lr, &err);
        if (st != CALFCARE_OK)
            return cli_fail(cmd, st, &err);
    }
    /* Single-run spikes; the next run is the day after the log's last day. */
    if (r->nruns) {
        st = calfcare_progression_spikes(r->run_day, r->nruns, r->run_km, r->nruns, (double)r->days, r->spike,
                                         r->nruns, r->band, r->nruns, &r->sr, &err);
        if (st != CALFCARE_OK)
            return cli_fail(cmd, st, &err);
    }
    /* Acute:chronic ratio of the daily distances by calendar day. */
    st = calfcare_progression_acwr(r->daily, r->days, params, &r->ar, &err);
    if (st != CALFCARE_OK)
        return cli_fail(cmd, st, &err);
    return 0;
}

static json_t *acwr_json(const calfcare_progression_params *p, const calfcare_progression_acwr_result *a)
{
    json_t *j = json_object();
    json_object_set_new(j, "acute", json_real(a->acute));
    json_object_set_new(j, "chronic", json_real(a->chronic));
    json_object_set_new(j, "ratio", json_num(a->ratio));
    json_object_set_new(j, "band", json_string(calfcare_progression_acwr_band_name(a->band)));
    json_object_set_new(j, "settled", json_boolean(a->settled));
    json_object_set_new(j, "acute_days", json_integer(p->acute_days));
    json_object_set_new(j, "chronic_days", json_integer(p->chronic_days));
    json_object_set_new(j, "decay", json_string(calfcare_progression_decay_name(p->decay)));
    json_object_set_new(j, "coupling", json_string(calfcare_progression_coupling_name(p->coupling)));
    json_object_set_new(j, "seed", json_string(calfcare_progression_seed_name(p->seed)));
    json_object_set_new(j, "lambda_acute", json_real(a->lambda_acute));
    json_object_set_new(j, "lambda_chronic", json_real(a->lambda_chronic));
    json_object_set_new(j, "note", json_string("contested: shown for information, not an injury predictor"));
    return j;
}

static int print_log_json(const char *path, const training_log *lg, const calfcare_progression_params *p,
                          const log_report *r)
{
    json_t *j = json_object(), *runs = json_array(), *info = json_object(), *advice;
    int codes[3 * CALFCARE_PROGRESSION_MAX_ADVICE];
    size_t ncodes = 0, i;
    char d[16];

    json_object_set_new(j, "max_increase_pct", json_real(p->max_increase_pct));
    json_object_set_new(j, "weeks", weeks_json("km", r->weekly, r->weeks, r->chg, r->over, r->first_day, r->lead));
    json_object_set_new(j, "next_week_max_km", r->weeks ? json_real(r->wr.next_week_max) : json_null());
    json_object_set_new(j, "two_week_change_pct", r->weeks ? json_num(r->wr.two_week_change_pct) : json_null());
    for (i = 0; i < r->nruns; i++) {
        json_t *run = json_object();
        civil_from_days(r->run_date[i], d, sizeof d);
        json_object_set_new(run, "date", json_string(d));
        json_object_set_new(run, "km", json_real(r->run_km[i]));
        json_object_set_new(run, "spike_pct", json_num(r->spike[i]));
        json_object_set_new(run, "band", json_string(calfcare_progression_band_name(r->band[i])));
        json_array_append_new(runs, run);
    }
    json_object_set_new(j, "runs", runs);
    json_object_set_new(j, "next_run_max_km", r->nruns ? json_real(r->sr.next_run_max_km) : json_real(0));
    json_object_set_new(j, "longest_30d_km", r->nruns ? json_real(r->sr.longest_30d_km) : json_real(0));
    json_object_set_new(j, "acwr", acwr_json(p, &r->ar));
    if (lg->has_load) {
        json_object_set_new(j, "load_weeks", weeks_json("load", r->wload, r->weeks, r->lchg, r->lover, r->first_day,
                                                        r->lead));
        json_object_set_new(j, "next_week_max_load", r->weeks ? json_real(r->lr.next_week_max) : json_null());
    }
    if (path)
        json_object_set_new(info, "file", json_string(path));
    json_object_set_new(info, "format", json_string(lg->format == FMT_STRAVA ? "strava" : "calfcare"));
    json_object_set_new(info, "rows", json_integer((json_int_t)lg->nrows));
    json_object_set_new(info, "runs", json_integer((json_int_t)lg->runs));
    json_object_set_new(info, "rest_rows", json_integer((json_int_t)lg->rest_rows));
    json_object_set_new(info, "non_runs_filtered", json_integer((json_int_t)lg->filtered));
    json_object_set_new(info, "blank_lines", json_integer((json_int_t)lg->blank));
    civil_from_days(r->first_day, d, sizeof d);
    json_object_set_new(info, "first_date", json_string(d));
    civil_from_days(r->last_day, d, sizeof d);
    json_object_set_new(info, "last_date", json_string(d));
    json_object_set_new(info, "days", json_integer((json_int_t)r->days));
    json_object_set_new(info, "days_before_first_week", json_integer((json_int_t)(r->weeks ? r->lead : r->days)));
    json_object_set_new(j, "log", info);
    if (r->weeks)
        for (i = 0; i < r->wr.advice_count; i++)
            codes[ncodes++] = r->wr.advice[i];
    if (r->nruns)
        for (i = 0; i < r->sr.advice_count; i++)
            codes[ncodes++] = r->sr.advice[i];
    for (i = 0; i < r->ar.advice_count; i++)
        codes[ncodes++] = r->ar.advice[i];
    advice = advice_json(codes, ncodes);
    json_object_set_new(j, "advice", advice);
    return cli_print_json(j);
}

static void print_log_text(const training_log *lg, const calfcare_progression_params *p, const log_report *r,
                           int all_runs)
{
    size_t i, from;
    char d[16], d2[16];
    civil_from_days(r->first_day, d, sizeof d);
    civil_from_days(r->last_day, d2, sizeof d2);
    printf("Log: %s to %s, %zu days, %zu runs", d, d2, r->days, lg->runs);
    if (lg->filtered)
        printf(", %zu non-run activities left out", lg->filtered);
    if (lg->blank)
        printf(", %zu blank lines", lg->blank);
    printf("\n");
    if (r->weeks) {
        printf("Weekly distance (weeks end on the last day) against the %g%% limit:\n", p->max_increase_pct);
        print_weeks("km", r->weekly, r->weeks, r->chg, r->over, p->max_increase_pct);
        printf("Next week at most: %.1f km\n", r->wr.next_week_max);
    } else {
        printf("Fewer than 7 days: no weekly check.\n");
    }
    if (lg->has_load && r->weeks) {
        printf("Weekly load (min x RPE):\n");
        print_weeks("", r->wload, r->weeks, r->lchg, r->lover, p->max_increase_pct);
        printf("Next week's load at most: %.0f\n", r->lr.next_week_max);
    }
    if (r->nruns) {
        from = all_runs || r->nruns <= 8 ? 0 : r->nruns - 8;
        printf("Runs against the longest run of the previous 30 days%s:\n", from ? " (last 8)" : "");
        for (i = from; i < r->nruns; i++) {
            civil_from_days(r->run_date[i], d, sizeof d);
            printf("  %s %6.1f km", d, r->run_km[i]);
            if (!isnan(r->spike[i]))
                printf("  %+6.1f%%", r->spike[i]);
            printf("  %s\n", calfcare_progression_band_name(r->band[i]));
        }
        printf("Next run at most: %.1f km (1.10 x the longest of the last 30 days, %.1f km)\n", r->sr.next_run_max_km,
               r->sr.longest_30d_km);
    }
    printf("Acute:chronic load (EWMA %d/%d days, lambda %s, %s): ", p->acute_days, p->chronic_days,
           calfcare_progression_decay_name(p->decay), calfcare_progression_coupling_name(p->coupling));
    if (isnan(r->ar.ratio))
        printf("no chronic load yet\n");
    else
        printf("%.2f (%s; acute %.2f, chronic %.2f km/day)%s\n", r->ar.ratio,
               calfcare_progression_acwr_band_name(r->ar.band), r->ar.acute, r->ar.chronic,
               r->ar.settled ? "" : " - not settled");
    printf("  (contested: shown for information, not an injury predictor)\n");
    if (r->weeks)
        print_advice(r->wr.advice, r->wr.advice_count);
    if (r->nruns)
        print_advice(r->sr.advice, r->sr.advice_count);
}

/* Options shared by check: the limit and the acute:chronic parameters. Returns 1 consumed, 0 not
 * ours, or -exit code. */
static int params_option(const char *cmd, calfcare_progression_params *p, int argc, char **argv, int *i)
{
    const char *v;
    calfcare_error err;
    calfcare_status st;
    if (cli_is_option(argv[*i], "max-increase-pct")) {
        if (cli_option_value(cmd, argc, argv, i, &v) || cli_parse_double(cmd, "--max-increase-pct", v, &p->max_increase_pct))
            return -CLI_EXIT_USAGE;
        return 1;
    }
    if (cli_is_option(argv[*i], "acute-days")) {
        if (cli_option_value(cmd, argc, argv, i, &v) || parse_int_opt(cmd, "--acute-days", v, &p->acute_days))
            return -CLI_EXIT_USAGE;
        return 1;
    }
    if (cli_is_option(argv[*i], "chronic-days")) {
        if (cli_option_value(cmd, argc, argv, i, &v) || parse_int_opt(cmd, "--chronic-days", v, &p->chronic_days))
            return -CLI_EXIT_USAGE;
        return 1;
    }
    if (cli_is_option(argv[*i], "decay")) {
        if (cli_option_value(cmd, argc, argv, i, &v))
            return -CLI_EXIT_USAGE;
        st = calfcare_progression_decay_parse(v, &p->decay, &err);
        return st == CALFCARE_OK ? 1 : -cli_fail(cmd, st, &err);
    }
    if (cli_is_option(argv[*i], "seed")) {
        if (cli_option_value(cmd, argc, argv, i, &v))
            return -CLI_EXIT_USAGE;
        st = calfcare_progression_seed_parse(v, &p->seed, &err);
        return st == CALFCARE_OK ? 1 : -cli_fail(cmd, st, &err);
    }
    if (cli_is_option(argv[*i], "coupling")) {
        if (cli_option_value(cmd, argc, argv, i, &v))
            return -CLI_EXIT_USAGE;
        st = calfcare_progression_coupling_parse(v, &p->coupling, &err);
        return st == CALFCARE_OK ? 1 : -cli_fail(cmd, st, &err);
    }
    return 0;
}

static void check_usage(FILE *out)
{
    fprintf(out,
            "Usage: calfcare check (--weekly-km LIST | --weekly-load LIST | --log FILE) [OPTIONS]\n\n"
            "Check weekly distances, a weekly load series or a CSV training log against the progression\n"
            "limits: the weekly increase limit (default 10%%), single-run spikes against the longest run of\n"
            "the previous 30 days, and the acute:chronic load ratio (shown for information; contested).\n\n"
            "  --weekly-km LIST          weekly distances, km, oldest first (e.g. 30,32,35,48)\n"
            "  --weekly-load LIST        weekly loads (e.g. session-RPE: minutes x effort 1-10), oldest first\n"
            "  --log FILE                CSV training log ('-' for standard input): header\n"
            "                            date,distance_km[,duration_min][,rpe]\n"
            "                            (date YYYY-MM-DD; one row per run), or Strava's activities.csv\n"
            "                            (runs only; the first Distance column, in km)\n"
            "  --until YYYY-MM-DD        with --log: check as of this date (later than the log's last\n"
            "                            date: the days in between are rest days)\n"
            "  --max-increase-pct P      weekly increase limit [1..50 %%, default 10]\n"
            "  --acute-days N            acute EWMA window [1..364 days, default 7]\n"
            "  --chronic-days N          chronic EWMA window [2..365 days, default 28]\n"
            "  --decay 2/(n+1)|exp|1/n   EWMA decay constant lambda [default 2/(n+1)]\n"
            "  --coupling coupled|uncoupled  chronic load with or without the acute window [default coupled]\n"
            "  --seed zero|first         EWMAs start from 0, or from the first day's load [default zero]\n"
            "  --json                    one JSON object on stdout\n"
            "  --help                    this help\n");
}

int cli_cmd_check(int argc, char **argv)
{
    const char *cmd = argv[0];
    check_opts o;
    const char *weekly = NULL, *wload = NULL, *logpath = NULL;
    long until = LONG_MIN;
    int i, rc;

    memset(&o, 0, sizeof o);
    calfcare_progression_params_init(&o.params, NULL);
    for (i = 1; i < argc; i++) {
        int used;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            check_usage(stdout);
            return CLI_EXIT_OK;
        } else if (strcmp(argv[i], "--json") == 0) {
            o.json = 1;
        } else if (cli_is_option(argv[i], "weekly-km")) {
            if (cli_option_value(cmd, argc, argv, &i, &weekly))
                return CLI_EXIT_USAGE;
        } else if (cli_is_option(argv[i], "weekly-load")) {
            if (cli_option_value(cmd, argc, argv, &i, &wload))
                return CLI_EXIT_USAGE;
        } else if (cli_is_option(argv[i], "log")) {
            if (cli_option_value(cmd, argc, argv, &i, &logpath))
                return CLI_EXIT_USAGE;
        } else if (cli_is_option(argv[i], "until")) {
            const char *v;
            if (cli_option_value(cmd, argc, argv, &i, &v))
                return CLI_EXIT_USAGE;
            if (!parse_iso_date(v, &until))
                return cli_usage_error(cmd, "--until: '%s' is not a valid date (YYYY-MM-DD)", v);
        } else if ((used = params_option(cmd, &o.params, argc, argv, &i)) != 0) {
            if (used < 0)
                return -used;
        } else {
            return cli_usage_error(cmd, "unknown option '%s'; run 'calfcare check --help'", argv[i]);
        }
    }
    if ((weekly != NULL) + (wload != NULL) + (logpath != NULL) != 1)
        return cli_usage_error(cmd, "give exactly one of --weekly-km LIST, --weekly-load LIST or --log FILE");
    if (until != LONG_MIN && !logpath)
        return cli_usage_error(cmd, "--until goes with --log");

    if (weekly || wload) {
        double *v;
        size_t n;
        const char *opt = weekly ? "--weekly-km" : "--weekly-load";
        if (parse_list(cmd, opt, weekly ? weekly : wload, &v, &n))
            return CLI_EXIT_USAGE;
        rc = check_list(cmd, &o, v, n, wload != NULL);
        free(v);
        return rc;
    }
    {
        training_log lg;
        log_report r;
        calfcare_error err;
        calfcare_status st;
        calfcare_progression_acwr_result probe;
        const double one = 0;
        /* Validate the parameters before reading the file, so that option errors come first. */
        st = calfcare_progression_acwr(&one, 1, &o.params, &probe, &err);
        if (st != CALFCARE_OK)
            return cli_fail(cmd, st, &err);
        if ((rc = read_log(cmd, logpath, &lg)) != 0)
            return rc;
        rc = analyse_log(cmd, &lg, &o.params, until, &r);
        if (rc == 0) {
            if (o.json)
                rc = print_log_json(logpath, &lg, &o.params, &r);
            else
                print_log_text(&lg, &o.params, &r, 1);
        }
        report_free(&r);
        free(lg.rows);
        return rc;
    }
}

/* ---- plan ------------------------------------------------------------------------------------------- */

static void plan_usage(FILE *out)
{
    fprintf(out,
            "Usage: calfcare plan --current-km X --target-km Y [OPTIONS]\n\n"
            "Plan weekly distances from the current week to a target: no week above the limit over the\n"
            "last full week, a cutback week every Nth week, holding at the target once reached.\n\n"
            "  --current-km X            the last full week's distance [1..1000 km]\n"
            "  --target-km Y             the weekly distance to reach [0..1000 km]\n"
            "  --max-increase-pct P      weekly increase limit [1..50 %%, default 10]\n"
            "  --cutback-every N         every Nth week is a cutback week [2..6, default 4]\n"
            "  --cutback-pct P           how much lower a cutback week is [10..40 %%, default 25]\n"
            "  --weeks N                 weeks to plan [1..%d; default: until the target is reached]\n"
            "  --json                    one JSON object on stdout\n"
            "  --help                    this help\n",
            CALFCARE_PROGRESSION_PLAN_MAX_WEEKS);
}

static json_t *plan_json(const calfcare_progression_plan_params *pp, const calfcare_progression_plan *plan)
{
    json_t *j = json_object(), *weeks = json_array();
    size_t i;
    json_object_set_new(j, "current_km", json_real(pp->current_km));
    json_object_set_new(j, "target_km", json_real(pp->target_km));
    json_object_set_new(j, "max_increase_pct", json_real(pp->max_increase_pct));
    json_object_set_new(j, "cutback_every", json_integer(pp->cutback_every));
    json_object_set_new(j, "cutback_pct", json_real(pp->cutback_pct));
    for (i = 0; i < plan->count; i++) {
        json_t *w = json_object();
        json_object_set_new(w, "week", json_integer(plan->week[i].week));
        json_object_set_new(w, "km", json_real(plan->week[i].km));
        json_object_set_new(w, "cutback", json_boolean(plan->week[i].cutback));
        json_object_set_new(w, "limit_km", json_real(plan->week[i].limit_km));
        json_array_append_new(weeks, w);
    }
    json_object_set_new(j, "weeks", weeks);
    json_object_set_new(j, "reached_week", plan->reached_week ? json_integer(plan->reached_week) : json_null());
    json_object_set_new(j, "advice", advice_json(plan->advice, plan->advice_count));
    return j;
}

static void print_plan(const calfcare_progression_plan_params *pp, const calfcare_progression_plan *plan)
{
    size_t i;
    printf("Plan from %.1f km to %.1f km a week (limit %g%%, cutback every %d weeks, -%g%%):\n", pp->current_km,
           pp->target_km, pp->max_increase_pct, pp->cutback_every, pp->cutback_pct);
    for (i = 0; i < plan->count; i++)
        printf("  week %-3d %6.1f km%s\n", plan->week[i].week, plan->week[i].km,
               plan->week[i].cutback ? "  cutback" : "");
    if (plan->reached_week)
        printf("Target reached in week %d; hold there before setting a new one.\n", plan->reached_week);
    else
        printf("Target not reached within %zu weeks at this limit.\n", plan->count);
}

int cli_cmd_plan(int argc, char **argv)
{
    const char *cmd = argv[0];
    calfcare_progression_plan_params pp;
    calfcare_progression_plan plan;
    calfcare_error err;
    calfcare_status st;
    int i, json = 0, have_current = 0, have_target = 0;

    calfcare_progression_plan_params_init(&pp, NULL);
    for (i = 1; i < argc; i++) {
        const char *v;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            plan_usage(stdout);
            return CLI_EXIT_OK;
        } else if (strcmp(argv[i], "--json") == 0) {
            json = 1;
        } else if (cli_is_option(argv[i], "current-km")) {
            if (cli_option_value(cmd, argc, argv, &i, &v) || cli_parse_double(cmd, "--current-km", v, &pp.current_km))
                return CLI_EXIT_USAGE;
            have_current = 1;
        } else if (cli_is_option(argv[i], "target-km")) {
            if (cli_option_value(cmd, argc, argv, &i, &v) || cli_parse_double(cmd, "--target-km", v, &pp.target_km))
                return CLI_EXIT_USAGE;
            have_target = 1;
        } else if (cli_is_option(argv[i], "max-increase-pct")) {
            if (cli_option_value(cmd, argc, argv, &i, &v) ||
                cli_parse_double(cmd, "--max-increase-pct", v, &pp.max_increase_pct))
                return CLI_EXIT_USAGE;
        } else if (cli_is_option(argv[i], "cutback-pct")) {
            if (cli_option_value(cmd, argc, argv, &i, &v) || cli_parse_double(cmd, "--cutback-pct", v, &pp.cutback_pct))
                return CLI_EXIT_USAGE;
        } else if (cli_is_option(argv[i], "cutback-every")) {
            if (cli_option_value(cmd, argc, argv, &i, &v) || parse_int_opt(cmd, "--cutback-every", v, &pp.cutback_every))
                return CLI_EXIT_USAGE;
        } else if (cli_is_option(argv[i], "weeks")) {
            if (cli_option_value(cmd, argc, argv, &i, &v) || parse_int_opt(cmd, "--weeks", v, &pp.weeks))
                return CLI_EXIT_USAGE;
            /* 0 is the C API's "until the target"; on the command line that is leaving --weeks out. */
            if (pp.weeks < 1 || pp.weeks > CALFCARE_PROGRESSION_PLAN_MAX_WEEKS)
                return cli_range_error(cmd, "--weeks", v, 1, CALFCARE_PROGRESSION_PLAN_MAX_WEEKS, "weeks");
        } else {
            return cli_usage_error(cmd, "unknown option '%s'; run 'calfcare plan --help'", argv[i]);
        }
    }
    if (!have_current)
        return cli_usage_error(cmd, "--current-km: required (the last full week's distance, km)");
    if (!have_target)
        return cli_usage_error(cmd, "--target-km: required (the weekly distance to reach, km)");
    st = calfcare_progression_make_plan(&pp, &plan, &err);
    if (st != CALFCARE_OK)
        return cli_fail(cmd, st, &err);
    if (json)
        return cli_print_json(plan_json(&pp, &plan));
    print_plan(&pp, &plan);
    print_advice(plan.advice, plan.advice_count);
    return CLI_EXIT_OK;
}

/* ---- return to run ---------------------------------------------------------------------------------- */

static void rtr_usage(FILE *out)
{
    fprintf(out,
            "Usage: calfcare return-to-run [GATE ANSWERS] [--stage N --clean-streak K --pain-free yes|no] [--json]\n\n"
            "The gate to pass before running again after calf pain, and the walk-run stages (alternate\n"
            "days; move up only after two pain-free sessions; pain means one stage back). With answers\n"
            "to the gate, says whether it is passed (an unanswered item is unknown, never a pass).\n\n"
            "  --walk-pain-free yes|no   brisk walking for 30 min without calf pain\n"
            "  --heel-raises L,R         single-leg heel raises to fatigue, left and right [0..200]\n"
            "  --hop-pain-free yes|no    10 hops on the sore leg without pain\n"
            "  --stage N                 the stage of the session just done [1..%d]\n"
            "  --clean-streak K          pain-free sessions in a row at this stage before it [0..1, default 0]\n"
            "  --pain-free yes|no        whether that session and the next morning were pain-free\n"
            "  --json                    one JSON object on stdout\n"
            "  --help                    this help\n"
            "The symptom switches of 'calfcare diagnose' (--fever, --numbness, ...) are run through the\n"
            "diagnosis: with any red flag running is blocked and the command refuses (exit 3).\n",
            CALFCARE_PROGRESSION_RTR_STAGES);
}

static int parse_yes_no(const char *cmd, const char *opt, const char *v, int *out)
{
    if (strcmp(v, "yes") == 0)
        *out = 1;
    else if (strcmp(v, "no") == 0)
        *out = 0;
    else
        return cli_usage_error(cmd, "%s: '%s' is not yes or no", opt, v);
    return 0;
}

static json_t *tristate_json(int v)
{
    return v < 0 ? json_null() : json_boolean(v);
}

int cli_cmd_return_to_run(int argc, char **argv)
{
    const char *cmd = argv[0];
    calfcare_progression_rtr rtr;
    calfcare_progression_rtr_gate_input gin;
    calfcare_progression_rtr_gate_result gres;
    calfcare_error err;
    calfcare_status st;
    int i, json = 0, stage = 0, streak = 0, pain_free = -1, next_stage = 0, next_streak = 0, gate_given = 0;
    const char *streak_text = NULL;
    char **symptoms = xrealloc(NULL, ((size_t)argc + 1) * sizeof *symptoms);
    int nsymptoms = 0, rc;
    calfcare_blocked blocked;

    calfcare_progression_rtr_gate_input_init(&gin, NULL);
    for (i = 1; i < argc; i++) {
        const char *v;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            rtr_usage(stdout);
            return CLI_EXIT_OK;
        } else if (strcmp(argv[i], "--json") == 0) {
            json = 1;
        } else if (cli_is_option(argv[i], "stage")) {
            if (cli_option_value(cmd, argc, argv, &i, &v) || parse_int_opt(cmd, "--stage", v, &stage))
                return CLI_EXIT_USAGE;
        } else if (cli_is_option(argv[i], "clean-streak")) {
            if (cli_option_value(cmd, argc, argv, &i, &v) || parse_int_opt(cmd, "--clean-streak", v, &streak))
                return CLI_EXIT_USAGE;
            streak_text = v;
        } else if (cli_is_option(argv[i], "pain-free")) {
            if (cli_option_value(cmd, argc, argv, &i, &v) || parse_yes_no(cmd, "--pain-free", v, &pain_free))
                return CLI_EXIT_USAGE;
        } else if (cli_is_option(argv[i], "walk-pain-free")) {
            if (cli_option_value(cmd, argc, argv, &i, &v) ||
                parse_yes_no(cmd, "--walk-pain-free", v, &gin.walk_pain_free))
                return CLI_EXIT_USAGE;
            gate_given = 1;
        } else if (cli_is_option(argv[i], "hop-pain-free")) {
            if (cli_option_value(cmd, argc, argv, &i, &v) ||
                parse_yes_no(cmd, "--hop-pain-free", v, &gin.hop_pain_free))
                return CLI_EXIT_USAGE;
            gate_given = 1;
        } else if (cli_is_option(argv[i], "heel-raises")) {
            double *lr;
            size_t n;
            if (cli_option_value(cmd, argc, argv, &i, &v) || parse_list(cmd, "--heel-raises", v, &lr, &n))
                return CLI_EXIT_USAGE;
            if (n != 2) {
                free(lr);
                return cli_usage_error(cmd, "--heel-raises: give left and right as L,R (got %zu values)", n);
            }
            gin.heel_raises_left = lr[0];
            gin.heel_raises_right = lr[1];
            free(lr);
            gate_given = 1;
        } else if (cli_is_symptom_option(argv[i])) {
            /* Red flags win here too: the symptom switches go through the safety gate. */
            symptoms[nsymptoms++] = argv[i];
            if (!strchr(argv[i], '=') && strcmp(argv[i], "--calf-swelling-cm") == 0 && i + 1 < argc)
                symptoms[nsymptoms++] = argv[++i];
        } else {
            free(symptoms);
            return cli_usage_error(cmd, "unknown option '%s'; run 'calfcare return-to-run --help'", argv[i]);
        }
    }
    rc = cli_blocked_from_symptoms(cmd, nsymptoms, symptoms, &blocked);
    free(symptoms);
    if (rc != CLI_EXIT_OK)
        return rc;
    if (blocked.mask & CALFCARE_CARE_RUNNING) {
        fprintf(stderr, "calfcare %s: running is blocked by the red flag %s; see a clinician before returning to "
                        "running\ncalfcare %s: refused for safety (CALFCARE_E_BLOCKED)\n",
                cmd, calfcare_red_flag_name(blocked.flag[4] /* CALFCARE_CARE_RUNNING is bit 4 */), cmd);
        return CLI_EXIT_REFUSED;
    }
    if (streak_text && !stage)
        return cli_usage_error(cmd, "--clean-streak %s needs --stage: the streak counts sessions at a stage", streak_text);
    if ((stage != 0) != (pain_free >= 0))
        return cli_usage_error(cmd, "--stage and --pain-free go together");
    if (stage || pain_free >= 0) {
        st = calfcare_progression_rtr_advance(stage, streak, pain_free, &next_stage, &next_streak, &err);
        if (st != CALFCARE_OK)
            return cli_fail(cmd, st, &err);
    }
    if (gate_given) {
        st = calfcare_progression_rtr_gate_check(&gin, &gres, &err);
        if (st != CALFCARE_OK)
            return cli_fail(cmd, st, &err);
    }
    st = calfcare_progression_return_to_run(&rtr, &err);
    if (st != CALFCARE_OK)
        return cli_fail(cmd, st, &err);
    if (json) {
        json_t *j = json_object(), *gate = json_array(), *stages = json_array();
        size_t k;
        for (k = 0; k < rtr.gate_count; k++)
            json_array_append_new(gate, json_pack("{s:s, s:i, s:s}", "name", rtr.gate[k].name, "id",
                                                  rtr.gate[k].code, "text", rtr.gate[k].text));
        for (k = 0; k < rtr.stage_count; k++)
            json_array_append_new(stages, json_pack("{s:i, s:f, s:f, s:i, s:f}", "stage", rtr.stage[k].stage,
                                                    "walk_min", rtr.stage[k].walk_min, "run_min", rtr.stage[k].run_min,
                                                    "repeats", rtr.stage[k].repeats, "total_min",
                                                    rtr.stage[k].total_min));
        json_object_set_new(j, "gate", gate);
        json_object_set_new(j, "heel_raises", json_integer(rtr.heel_raises));
        json_object_set_new(j, "asymmetry_pct", json_real(rtr.asymmetry_pct));
        json_object_set_new(j, "stages", stages);
        json_object_set_new(j, "rest_days_between", json_integer(rtr.rest_days_between));
        json_object_set_new(j, "clean_sessions", json_integer(rtr.clean_sessions));
        json_object_set_new(j, "advice", advice_json(rtr.advice, rtr.advice_count));
        if (gate_given) {
            json_t *g = json_object(), *items = json_object();
            for (k = 0; k < rtr.gate_count; k++)
                json_object_set_new(items, rtr.gate[k].name, tristate_json(gres.item[k]));
            json_object_set_new(g, "passed", tristate_json(gres.passed));
            json_object_set_new(g, "items", items);
            json_object_set_new(g, "asymmetry_pct", json_num(gres.asymmetry_pct));
            json_object_set_new(g, "advice", advice_json(gres.advice, gres.advice_count));
            json_object_set_new(j, "gate_check", g);
        }
        if (stage)
            json_object_set_new(j, "next",
                                json_pack("{s:i, s:i, s:b}", "stage", next_stage, "clean_streak", next_streak, "done",
                                          next_stage > CALFCARE_PROGRESSION_RTR_STAGES));
        return cli_print_json(j);
    }
    printf("Return to running after calf pain\nGate (all must pass first):\n");
    for (i = 0; i < (int)rtr.gate_count; i++)
        printf("  %d. %s\n", i + 1, rtr.gate[i].text);
    printf("Walk-run stages (every session %g min):\n", rtr.stage[0].total_min);
    for (i = 0; i < (int)rtr.stage_count; i++) {
        const calfcare_progression_rtr_stage *s = &rtr.stage[i];
        if (s->walk_min > 0)
            printf("  stage %d: %d x (%g min walk + %g min run)\n", s->stage, s->repeats, s->walk_min, s->run_min);
        else
            printf("  stage %d: %g min continuous running\n", s->stage, s->run_min);
    }
    print_advice(rtr.advice, rtr.advice_count);
    if (gate_given) {
        static const char *const words[] = {"unknown", "no", "yes"};
        printf("Your gate:");
        for (i = 0; i < (int)rtr.gate_count; i++)
            printf(" %s %s;", rtr.gate[i].name, words[gres.item[i] + 1]);
        if (!isnan(gres.asymmetry_pct))
            printf(" heel-raise side difference %.1f%%;", gres.asymmetry_pct);
        printf(gres.passed == 1   ? " passed: start at stage 1.\n"
               : gres.passed == 0 ? " not passed yet: keep strengthening and walking.\n"
                                  : " not known yet: answer every item.\n");
    }
    if (stage) {
        if (next_stage > CALFCARE_PROGRESSION_RTR_STAGES)
            printf("Next: all stages done; continue with a weekly plan (calfcare plan).\n");
        else
            printf("Next session: stage %d (pain-free sessions in a row: %d).\n", next_stage, next_streak);
    }
    return CLI_EXIT_OK;
}

/* ---- demo ----------------------------------------------------------------------------------------- */

int cli_demo_progression(void)
{
    training_log lg;
    log_report r;
    calfcare_progression_params p;
    calfcare_progression_plan_params pp;
    calfcare_progression_plan plan;
    long start;
    size_t i;
    int rc;

    printf("\n== Progression: the sample runner's training log ==\n");
    memset(&lg, 0, sizeof lg);
    lg.format = FMT_OWN;
    if (!parse_iso_date(SAMPLE_LOG_START, &start))
        return CLI_EXIT_FAILURE;
    lg.rows = xrealloc(NULL, 28 * sizeof *lg.rows);
    for (i = 0; i < 28; i++)
        if (sample_daily_km[i] > 0) {
            lg.rows[lg.nrows].day = start + (long)i;
            lg.rows[lg.nrows].km = sample_daily_km[i];
            lg.rows[lg.nrows].load = NAN;
            lg.rows[lg.nrows].line = i + 2;
            lg.nrows++;
            lg.runs++;
        }
    calfcare_progression_params_init(&p, NULL);
    rc = analyse_log("demo", &lg, &p, LONG_MIN, &r);
    if (rc == 0)
        print_log_text(&lg, &p, &r, 0);
    report_free(&r);
    free(lg.rows);
    if (rc)
        return rc;

    /* Rebuild from the last week within the limit (35 km) towards 50 km. */
    calfcare_progression_plan_params_init(&pp, NULL);
    pp.current_km = sample_weekly_km[2];
    pp.target_km = 50;
    if (calfcare_progression_make_plan(&pp, &plan, NULL) != CALFCARE_OK)
        return CLI_EXIT_FAILURE;
    printf("\nA safer way up, from the last week within the limit:\n");
    print_plan(&pp, &plan);
    return CLI_EXIT_OK;
}
