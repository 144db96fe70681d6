/* Subcommands of the progression area: check, plan, return-to-run, and its demo section.
 *
 * `check --log FILE` splits a CSV training log with libcsv and hands the rows to the library, which
 * detects the format (ours, Strava's, Garmin Connect's), parses each row and checks the runs. Every
 * problem is reported with its line number and exit status 2; other activities, second recordings
 * and blank lines are counted in the report, never dropped silently. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

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

/* ---- training logs: the host's part ------------------------------------------------------------
 * The library reads the log (format detector, row parser, check: calfcare/progression.h). This
 * program only reads the file, splits it with libcsv (one physical line at a time, so every row
 * knows its line number), gives UTC-stamped runs their offset from the system's tzdata
 * (localtime_r under TZ) and prints the report. */

typedef struct log_input {
    calfcare_log_reader reader;
    calfcare_log_run *runs;
    size_t nruns, cap;
    size_t blank;       /* blank lines */
    char **header;      /* the header's names (for the notice of ignored columns) */
    size_t header_n;
} log_input;

typedef struct csv_state {
    const char *cmd;
    const char *path;
    log_input *in;
    size_t line;      /* physical line being fed, 1-based */
    size_t row_line;  /* line where the current row began */
    size_t row_begin; /* line at which the parser last stood outside any row */
    char *text;       /* the current row's fields, each NUL-terminated */
    size_t text_len, text_cap;
    size_t *off;      /* offset of each field in text */
    const char **field;
    size_t nfield, field_cap;
    int failed;
} csv_state;

static int log_error(csv_state *cs, size_t line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int log_error(csv_state *cs, size_t line, const char *fmt, ...)
{
    va_list ap;
    if (cs->failed)
        return CLI_EXIT_USAGE;
    cs->failed = 1;
    fprintf(stderr, "calfcare %s: --log: %s:%zu: ", cs->cmd, cs->path, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return CLI_EXIT_USAGE;
}

static void on_field(void *s, size_t len, void *data)
{
    csv_state *cs = data;
    if (cs->failed)
        return;
    if (cs->nfield == 0)
        cs->row_line = cs->row_begin;
    if (len && memchr(s, '\0', len)) {
        log_error(cs, cs->line, "a field holds a NUL byte: not a text CSV file");
        return;
    }
    if (cs->nfield == cs->field_cap) {
        cs->field_cap = cs->field_cap ? cs->field_cap * 2 : 32;
        cs->off = xrealloc(cs->off, cs->field_cap * sizeof *cs->off);
        cs->field = xrealloc(cs->field, cs->field_cap * sizeof *cs->field);
    }
    if (cs->text_len + len + 1 > cs->text_cap) {
        while (cs->text_len + len + 1 > cs->text_cap)
            cs->text_cap = cs->text_cap ? cs->text_cap * 2 : 1024;
        cs->text = xrealloc(cs->text, cs->text_cap);
    }
    cs->off[cs->nfield++] = cs->text_len;
    if (len)
        memcpy(cs->text + cs->text_len, s, len);
    cs->text_len += len;
    cs->text[cs->text_len++] = '\0';
}

/* A library error while reading: FILE:LINE: message (column C, its header name). */
static void log_fail(csv_state *cs, const calfcare_error *err)
{
    const log_input *in = cs->in;
    size_t line = in->reader.error_line ? in->reader.error_line : cs->row_line;
    size_t col = in->reader.error_column;
    if (col && in->header && col <= in->header_n)
        log_error(cs, line, "%s (column %zu, '%.40s')", err->message, col, in->header[col - 1]);
    else
        log_error(cs, line, "%s", err->message);
}

static void on_row(int c, void *data)
{
    csv_state *cs = data;
    log_input *in = cs->in;
    calfcare_error err;
    size_t i;
    (void)c;
    if (!cs->failed) {
        for (i = 0; i < cs->nfield; i++)
            cs->field[i] = cs->text + cs->off[i];
        if (!in->header) {
            in->header = xrealloc(NULL, (cs->nfield ? cs->nfield : 1) * sizeof *in->header);
            for (i = 0; i < cs->nfield; i++)
                in->header[i] = strdup(cs->field[i]);
            in->header_n = cs->nfield;
            if (calfcare_log_header(&in->reader, cs->field, cs->nfield, cs->row_line, &err) != CALFCARE_OK)
                log_fail(cs, &err);
        } else {
            if (in->nruns == in->cap) {
                in->cap = in->cap ? in->cap * 2 : 256;
                in->runs = xrealloc(in->runs, in->cap * sizeof *in->runs);
            }
            if (calfcare_log_row(&in->reader, cs->field, cs->nfield, cs->row_line, &in->runs[in->nruns], &err) !=
                CALFCARE_OK)
                log_fail(cs, &err);
            else if (in->runs[in->nruns].kind == CALFCARE_LOG_ROW_RUN)
                in->nruns++;
        }
    }
    cs->nfield = 0;
    cs->text_len = 0;
}

static int blank_line(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (!isspace((unsigned char)s[i]))
            return 0;
    return 1;
}

static void log_input_free(log_input *in)
{
    size_t i;
    for (i = 0; in->header && i < in->header_n; i++)
        free(in->header[i]);
    free(in->header);
    free(in->runs);
    memset(in, 0, sizeof *in);
}

/* Read and parse a whole training log. Returns 0 or an exit code after printing the problem. */
static int read_log(const char *cmd, const char *path, int units, log_input *in)
{
    int is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    char *buf = NULL;
    size_t len = 0, cap = 0, pos = 0;
    struct csv_parser p;
    csv_state cs;
    calfcare_error err;
    int rc = 0;

    memset(in, 0, sizeof *in);
    if (calfcare_log_reader_init(&in->reader, units, &err) != CALFCARE_OK)
        return cli_fail(cmd, CALFCARE_E_INVALID, &err);
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

    memset(&cs, 0, sizeof cs);
    cs.cmd = cmd;
    cs.path = path;
    cs.in = in;
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
        free(buf);
        fprintf(stderr, "calfcare %s: cannot start the CSV parser\n", cmd);
        return CLI_EXIT_FAILURE;
    }
    /* One physical line at a time; a line that is blank outside a quoted field is counted, not parsed. */
    cs.line = 1;
    while (pos < len && !cs.failed) {
        const char *nl = memchr(buf + pos, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - (buf + pos)) + 1 : len - pos;
        int outside = p.pstate == 0 && cs.nfield == 0; /* not inside a row (libcsv's ROW_NOT_BEGUN) */
        if (outside)
            cs.row_begin = cs.line;
        if (outside && blank_line(buf + pos, n))
            in->blank++;
        else if (csv_parse(&p, buf + pos, n, on_field, on_row, &cs) != n)
            log_error(&cs, cs.line, "malformed CSV (%s): check the quotes", csv_strerror(csv_error(&p)));
        pos += n;
        if (nl)
            cs.line++;
    }
    if (!cs.failed && csv_fini(&p, on_field, on_row, &cs) != 0)
        log_error(&cs, cs.row_begin, "malformed CSV: the row starting here does not end (an unclosed quote?)");
    csv_free(&p);
    free(cs.text);
    free(cs.off);
    free(cs.field);
    free(buf);
    if (cs.failed)
        rc = CLI_EXIT_USAGE;
    else if (!in->header)
        rc = cli_usage_error(cmd, "--log: %s: the file is empty (no header)", path);
    else if (in->nruns == 0)
        rc = cli_usage_error(cmd, "--log: %s: no runs in the log (%zu other activities, %zu blank lines)", path,
                             in->reader.skipped, in->blank);
    if (rc)
        log_input_free(in);
    return rc;
}

/* ---- time zones: the system's tzdata through TZ and localtime_r ----------------------------------- */

/* Is a zone name known to the system's tzdata? (glibc takes an unknown TZ as UTC without a word.) */
static int tz_known(const char *zone)
{
    const char *dir = getenv("TZDIR");
    char path[4096];
    struct stat stb;
    if (!*zone || zone[0] == '/' || strstr(zone, "..") || strlen(zone) > 200)
        return 0;
    snprintf(path, sizeof path, "%s/%s", dir && *dir ? dir : "/usr/share/zoneinfo", zone);
    return stat(path, &stb) == 0 && S_ISREG(stb.st_mode);
}

/* The name of the system's zone: TZ, else /etc/localtime's target below zoneinfo/, else "localtime". */
static void tz_system_name(char *out, size_t cap)
{
    const char *tz = getenv("TZ");
    char link[4096];
    ssize_t n;
    if (tz && *tz) {
        snprintf(out, cap, "%s", tz[0] == ':' ? tz + 1 : tz);
        return;
    }
    n = readlink("/etc/localtime", link, sizeof link - 1);
    if (n > 0) {
        const char *z;
        link[n] = '\0';
        z = strstr(link, "zoneinfo/");
        if (z) {
            snprintf(out, cap, "%s", z + 9);
            return;
        }
    }
    snprintf(out, cap, "localtime");
}

/* Local time minus UTC at a UTC instant, s. */
static double tz_offset(double utc_s)
{
    time_t t = (time_t)floor(utc_s);
    struct tm tm;
    if (!localtime_r(&t, &tm))
        return 0;
    return (double)tm.tm_gmtoff;
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

static json_t *json_date(double day)
{
    char d[16];
    if (calfcare_log_date_format(day, d, sizeof d, NULL) != CALFCARE_OK)
        return json_null();
    return json_string(d);
}

static const char *date_text(double day, char *buf)
{
    if (calfcare_log_date_format(day, buf, 11, NULL) != CALFCARE_OK)
        snprintf(buf, 11, "?");
    return buf;
}

/* The weekly table of a plain list (no dates). */
static json_t *weeks_json(const char *unit_key, const double *v, size_t n, const double *chg,
                          const unsigned char *over)
{
    json_t *arr = json_array();
    size_t i;
    for (i = 0; i < n; i++) {
        json_t *w = json_object();
        json_object_set_new(w, "index", json_integer((json_int_t)i + 1));
        json_object_set_new(w, unit_key, json_real(v[i]));
        json_object_set_new(w, "change_pct", json_num(chg[i]));
        json_object_set_new(w, "over_limit", json_boolean(over[i]));
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
        json_object_set_new(j, "weeks", weeks_json(load ? "load" : "km", v, n, chg, over));
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

/* One checked series of --weekly-km, --weekly-climb-m or --weekly-hard-min. */
typedef struct checked_list {
    const double *v;
    size_t n;
    double *chg;
    unsigned char *over;
    calfcare_progression_weekly_result r;
} checked_list;

static json_t *checked_list_json(const char *unit_key, const char *next_key, const checked_list *c)
{
    json_t *j = json_object();
    json_object_set_new(j, "weeks", weeks_json(unit_key, c->v, c->n, c->chg, c->over));
    json_object_set_new(j, next_key, json_real(c->r.next_week_max));
    json_object_set_new(j, "over_limit_weeks", json_integer((json_int_t)c->r.over_limit_count));
    json_object_set_new(j, "two_week_change_pct", json_num(c->r.two_week_change_pct));
    json_object_set_new(j, "advice", advice_json(c->r.advice, c->r.advice_count));
    return j;
}

/* Weekly climbing and hard minutes (--weekly-climb-m, --weekly-hard-min), with or without --weekly-km:
 * each list gets the library's weekly check with the same limit; with distances, no week may climb
 * more than its distance. */
static int check_climb_hard(const char *cmd, const check_opts *o, checked_list *km, checked_list *climb,
                            checked_list *hard)
{
    calfcare_error err;
    calfcare_status st = CALFCARE_OK;
    checked_list *all[3];
    size_t i;
    int rc = CLI_EXIT_OK;
    all[0] = km, all[1] = climb, all[2] = hard;
    for (i = 0; i < 3; i++)
        if (all[i]->v) {
            all[i]->chg = xrealloc(NULL, all[i]->n * sizeof *all[i]->chg);
            all[i]->over = xrealloc(NULL, all[i]->n);
        }
    if (km->v)
        st = calfcare_progression_check_weekly(km->v, km->n, &o->params, km->chg, km->n, km->over, km->n, &km->r, &err);
    if (st == CALFCARE_OK && climb->v)
        st = calfcare_progression_check_weekly_climb(climb->v, climb->n, km->v, km->v ? km->n : 0, &o->params,
                                                     climb->chg, climb->n, climb->over, climb->n, &climb->r, &err);
    if (st == CALFCARE_OK && hard->v)
        st = calfcare_progression_check_weekly_hard(hard->v, hard->n, &o->params, hard->chg, hard->n, hard->over,
                                                    hard->n, &hard->r, &err);
    if (st != CALFCARE_OK) {
        rc = cli_fail(cmd, st, &err);
    } else if (o->json) {
        json_t *j = json_object();
        json_object_set_new(j, "max_increase_pct", json_real(o->params.max_increase_pct));
        if (km->v) { /* the keys of --weekly-km alone */
            json_t *k = checked_list_json("km", "next_week_max_km", km);
            json_object_update(j, k);
            json_decref(k);
        }
        if (climb->v)
            json_object_set_new(j, "climb", checked_list_json("climb_m", "next_week_max_climb_m", climb));
        if (hard->v)
            json_object_set_new(j, "hard", checked_list_json("hard_min", "next_week_max_hard_min", hard));
        rc = cli_print_json(j);
    } else {
        if (km->v) {
            printf("Weekly distance against the %g%% limit:\n", o->params.max_increase_pct);
            print_weeks("km", km->v, km->n, km->chg, km->over, o->params.max_increase_pct);
            printf("Next week at most: %.1f km\n", km->r.next_week_max);
            print_advice(km->r.advice, km->r.advice_count);
        }
        if (climb->v) {
            printf("Weekly climbing against the %g%% limit:\n", o->params.max_increase_pct);
            print_weeks("m", climb->v, climb->n, climb->chg, climb->over, o->params.max_increase_pct);
            printf("Next week's climbing at most: %.0f m\n", floor(climb->r.next_week_max + 1e-9));
            print_advice(climb->r.advice, climb->r.advice_count);
        }
        if (hard->v) {
            printf("Weekly minutes of hard running against the %g%% limit:\n", o->params.max_increase_pct);
            print_weeks("min", hard->v, hard->n, hard->chg, hard->over, o->params.max_increase_pct);
            printf("Next week's hard running at most: %.0f min\n", floor(hard->r.next_week_max + 1e-9));
            print_advice(hard->r.advice, hard->r.advice_count);
        }
    }
    for (i = 0; i < 3; i++) {
        free(all[i]->chg);
        free(all[i]->over);
    }
    return rc;
}

/* A checked log: the runs, the weeks and the report, with what the host knows (file, zone). */
typedef struct log_result {
    const char *path;
    char tz[256];
    calfcare_log_options opts;
    double *work;
    calfcare_log_week *weeks;
    calfcare_log_report rep;
} log_result;

static void log_result_free(log_result *r)
{
    free(r->work);
    free(r->weeks);
}

/* Localize, size and check. Returns 0 or an exit code after printing the problem. */
static int check_log_runs(const char *cmd, log_input *in, log_result *r)
{
    calfcare_error err;
    calfcare_status st;
    calfcare_log_sizes sz;
    size_t i;
    if (in->reader.times_utc)
        for (i = 0; i < in->nruns; i++)
            calfcare_log_run_localize(&in->runs[i], tz_offset(in->runs[i].start_s), NULL);
    st = calfcare_log_check_size(in->runs, in->nruns, &r->opts, &sz, &err);
    if (st == CALFCARE_OK) {
        r->work = xrealloc(NULL, sz.work_n * sizeof *r->work);
        r->weeks = xrealloc(NULL, sz.weeks_n * sizeof *r->weeks);
        st = calfcare_log_check(in->runs, in->nruns, &r->opts, r->work, sz.work_n, r->weeks, sz.weeks_n, &r->rep, &err);
    }
    if (st != CALFCARE_OK) {
        if (strcmp(err.field, "day") == 0) /* the one date rule: nothing after --until (default today) */
            return cli_usage_error(cmd, "--until: %s: %s", r->path, err.message);
        if (strcmp(err.field, "daily_km") == 0 || strcmp(err.field, "runs") == 0 ||
            strcmp(err.field, "weekly_km") == 0)
            return cli_usage_error(cmd, "--log: %s: %s", r->path, err.message);
        return cli_fail(cmd, st, &err);
    }
    return 0;
}

static json_t *log_advice_json(const calfcare_log_report *rep)
{
    json_t *arr = json_array();
    size_t i;
    for (i = 0; i < rep->advice_count; i++) {
        json_t *a = cli_json_reason(rep->advice[i].code, NULL);
        json_object_set_new(a, "date", json_date(rep->advice[i].day));
        json_object_set_new(a, "count", json_integer((json_int_t)rep->advice[i].count));
        json_array_append_new(arr, a);
    }
    return arr;
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

#define RUNS_MARKER "\x01runs\x01"

/* Append text to a run's record. */
static char *put_text(char *p, const char *s)
{
    size_t n = strlen(s);
    memcpy(p, s, n);
    return p + n;
}

/* Append a whole number >= 0. */
static char *put_whole(char *p, unsigned long long v)
{
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        *p++ = tmp[--n];
    return p;
}

/* Append a real as jansson writes it with JSON_REAL_PRECISION(10) ("%.10g", ".0" added when whole);
 * null when not finite. Distances of a log mostly have at most 3 decimals: those are written from
 * their whole thousandths (the digits "%.10g" gives, without its cost). */
static char *put_real(char *p, double v)
{
    char buf[40];
    if (isnan(v) || isinf(v))
        return put_text(p, "null");
    if (v >= 0 && v < 1e6) {
        long long k = llround(v * 1000.0);
        if ((double)k / 1000.0 == v) {
            long long frac = k % 1000;
            p = put_whole(p, (unsigned long long)(k / 1000));
            *p++ = '.';
            if (frac == 0) {
                *p++ = '0';
            } else {
                *p++ = (char)('0' + frac / 100);
                if (frac % 100) {
                    *p++ = (char)('0' + frac / 10 % 10);
                    if (frac % 10)
                        *p++ = (char)('0' + frac % 10);
                }
            }
            return p;
        }
    }
    snprintf(buf, sizeof buf, "%.10g", v);
    p = put_text(p, buf);
    if (!strpbrk(buf, ".eE"))
        p = put_text(p, ".0");
    return p;
}

/* Print the document with the runs array streamed where the marker stands. */
static int print_json_with_runs(json_t *j, const log_input *in, const calfcare_log_report *rep)
{
    double since = rep->since;
    char *text = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
    char *mark;
    size_t i;
    char d[16];
    json_decref(j);
    if (!text) {
        fprintf(stderr, "calfcare: out of memory building JSON\n");
        return CLI_EXIT_FAILURE;
    }
    mark = strstr(text, "\"\\u0001runs\\u0001\"");
    if (!mark) {
        free(text);
        fprintf(stderr, "calfcare: internal error writing JSON\n");
        return CLI_EXIT_FAILURE;
    }
    fwrite(text, 1, (size_t)(mark - text), stdout);
    fputs(in->nruns ? "[\n" : "[]", stdout);
    for (i = 0; i < in->nruns; i++) {
        const calfcare_log_run *run = &in->runs[i];
        char rec[768], *p = rec;
        p = put_text(p, "    {\n      \"date\": \"");
        p = put_text(p, date_text(run->day, d));
        p = put_text(p, "\",\n      \"line\": ");
        p = put_whole(p, run->line);
        p = put_text(p, ",\n      \"km\": ");
        p = put_real(p, run->km);
        p = put_text(p, ",\n      \"spike_pct\": ");
        p = put_real(p, run->spike_pct);
        p = put_text(p, ",\n      \"band\": \"");
        p = put_text(p, calfcare_progression_band_name(run->band));
        p = put_text(p, run->duplicate ? "\",\n      \"duplicate\": true" : "\",\n      \"duplicate\": false");
        if (rep->has_climb) {
            p = put_text(p, ",\n      \"climb\": ");
            p = put_real(p, calfcare_log_climb_in_units(run->climb_m, in->reader.units));
        }
        if (rep->has_time) {
            p = put_text(p, ",\n      \"pace_pct\": ");
            p = put_real(p, run->pace_pct);
            p = put_text(p, run->hard < 0 ? ",\n      \"hard\": null" : run->hard ? ",\n      \"hard\": true"
                                                                                    : ",\n      \"hard\": false");
        }
        p = put_text(p, run->day >= since ? ",\n      \"in_window\": true\n    }" : ",\n      \"in_window\": false\n    }");
        p = put_text(p, i + 1 < in->nruns ? ",\n" : "\n  ]");
        fwrite(rec, 1, (size_t)(p - rec), stdout);
    }
    fputs(mark + strlen("\"\\u0001runs\\u0001\""), stdout);
    free(text);
    if (fputc('\n', stdout) == EOF || fflush(stdout) != 0) {
        fprintf(stderr, "calfcare: cannot write output: %s\n", strerror(errno));
        return CLI_EXIT_FAILURE;
    }
    return CLI_EXIT_OK;
}

static int print_log_json(const log_input *in, const log_result *r)
{
    const calfcare_log_report *rep = &r->rep;
    const calfcare_progression_params *p = &r->opts.params;
    json_t *j = json_object(), *weeks = json_array(), *info = json_object();
    json_t *skipped = json_object(), *ignored = json_array(), *window = json_object();
    size_t i, count;
    const char *name;

    json_object_set_new(j, "max_increase_pct", json_real(p->max_increase_pct));
    for (i = 0; i < rep->weeks; i++) {
        const calfcare_log_week *w = &r->weeks[i];
        json_t *o = json_object();
        json_object_set_new(o, "index", json_integer((json_int_t)i + 1));
        json_object_set_new(o, "km", json_real(w->km));
        json_object_set_new(o, "change_pct", json_num(w->change_pct));
        json_object_set_new(o, "over_limit", json_boolean(w->over_limit));
        json_object_set_new(o, "start", json_date(w->end_day - 6));
        json_object_set_new(o, "end", json_date(w->end_day));
        json_object_set_new(o, "in_window", json_boolean(w->in_window));
        if (rep->has_load) {
            json_object_set_new(o, "load", json_real(w->load));
            json_object_set_new(o, "load_change_pct", json_num(w->load_change_pct));
            json_object_set_new(o, "load_over_limit", json_boolean(w->load_over_limit));
        }
        if (rep->has_climb) { /* in the log's unit: m, or ft for a log in miles */
            json_object_set_new(o, "climb", json_real(calfcare_log_climb_in_units(w->climb_m, in->reader.units)));
            json_object_set_new(o, "climb_change_pct", json_num(w->climb_change_pct));
            json_object_set_new(o, "climb_over_limit", json_boolean(w->climb_over_limit));
        }
        if (rep->has_time) {
            json_object_set_new(o, "hard_min", json_real(w->hard_min));
            json_object_set_new(o, "hard_change_pct", json_num(w->hard_change_pct));
            json_object_set_new(o, "hard_over_limit", json_boolean(w->hard_over_limit));
        }
        json_array_append_new(weeks, o);
    }
    json_object_set_new(j, "weeks", weeks);
    if (rep->has_load) { /* the load weeks on their own too, as the weekly list check gives them */
        json_t *lw = json_array();
        for (i = 0; i < rep->weeks; i++) {
            const calfcare_log_week *w = &r->weeks[i];
            json_t *o = json_object();
            json_object_set_new(o, "index", json_integer((json_int_t)i + 1));
            json_object_set_new(o, "load", json_real(w->load));
            json_object_set_new(o, "change_pct", json_num(w->load_change_pct));
            json_object_set_new(o, "over_limit", json_boolean(w->load_over_limit));
            json_object_set_new(o, "start", json_date(w->end_day - 6));
            json_object_set_new(o, "end", json_date(w->end_day));
            json_array_append_new(lw, o);
        }
        json_object_set_new(j, "load_weeks", lw);
    }
    json_object_set_new(j, "next_week_max_km", rep->weeks ? json_real(rep->weekly.next_week_max) : json_null());
    json_object_set_new(j, "two_week_change_pct", rep->weeks ? json_num(rep->weekly.two_week_change_pct) : json_null());
    if (rep->has_load)
        json_object_set_new(j, "next_week_max_load", rep->weeks ? json_real(rep->load.next_week_max) : json_null());
    if (rep->has_climb) {
        json_object_set_new(j, "climb_unit", json_string(calfcare_log_climb_unit(in->reader.units)));
        json_object_set_new(j, "next_week_max_climb",
                            rep->weeks ? json_real(calfcare_log_climb_in_units(rep->climb.next_week_max,
                                                                               in->reader.units))
                                       : json_null());
    }
    if (rep->has_time)
        json_object_set_new(j, "next_week_max_hard_min", rep->weeks ? json_real(rep->hard.next_week_max) : json_null());
    /* The runs (up to millions) are written straight to stdout in the same layout as jansson's
     * (JSON_INDENT(2), reals as "%.10g" with ".0" when whole): building a jansson object per run
     * would take most of the time of a large log. "runs" holds a marker until then. */
    json_object_set_new(j, "runs", json_string(RUNS_MARKER));
    json_object_set_new(j, "next_run_max_km", json_real(rep->spikes.next_run_max_km));
    json_object_set_new(j, "longest_30d_km", json_real(rep->spikes.longest_30d_km));
    json_object_set_new(j, "acwr", acwr_json(p, &rep->acwr));

    json_object_set_new(info, "file", json_string(r->path));
    json_object_set_new(info, "format", json_string(calfcare_log_format_name(in->reader.format)));
    json_object_set_new(info, "units", json_string(calfcare_log_units_name(in->reader.units)));
    json_object_set_new(info, "times", json_string(in->reader.times_utc ? "utc" : "local"));
    json_object_set_new(info, "tz", json_string(r->tz));
    json_object_set_new(info, "rows", json_integer((json_int_t)in->reader.rows));
    json_object_set_new(info, "runs", json_integer((json_int_t)rep->runs));
    json_object_set_new(info, "duplicates", json_integer((json_int_t)rep->duplicates));
    json_object_set_new(info, "duplicates_kept", json_boolean(r->opts.keep_duplicates));
    json_object_set_new(info, "zero_km_runs", json_integer((json_int_t)rep->zero_km));
    json_object_set_new(info, "non_runs_filtered", json_integer((json_int_t)in->reader.skipped));
    for (i = 0; (name = calfcare_log_skipped_type(&in->reader, i, &count)) != NULL; i++)
        json_object_set_new(skipped, name, json_integer((json_int_t)count));
    if (in->reader.skipped_other)
        json_object_set_new(skipped, "(other)", json_integer((json_int_t)in->reader.skipped_other));
    json_object_set_new(info, "skipped_types", skipped);
    for (i = 0; i < in->header_n; i++)
        if (calfcare_log_column_role(&in->reader, i) == CALFCARE_LOG_COL_IGNORED &&
            in->reader.format == CALFCARE_LOG_FORMAT_CALFCARE)
            json_array_append_new(ignored, json_string(in->header[i]));
    json_object_set_new(info, "ignored_columns", ignored);
    json_object_set_new(info, "distance_cross_checked", json_integer((json_int_t)in->reader.cross_checked));
    json_object_set_new(info, "blank_lines", json_integer((json_int_t)in->blank));
    json_object_set_new(info, "first_date", json_date(rep->first_day));
    json_object_set_new(info, "last_date", json_date(rep->last_day));
    json_object_set_new(info, "until", json_date(rep->until));
    json_object_set_new(info, "days", json_integer((json_int_t)rep->days));
    json_object_set_new(info, "days_before_first_week",
                        json_integer((json_int_t)(rep->weeks ? rep->days % 7 : rep->days)));
    json_object_set_new(info, "days_since_last_run", json_integer((json_int_t)rep->days_since_last_run));
    json_object_set_new(info, "ends_early", json_boolean(rep->stale));
    if (rep->has_climb)
        json_object_set_new(info, "climb_missing", json_integer((json_int_t)rep->climb_missing));
    if (rep->has_time) {
        json_object_set_new(info, "hard_runs", json_integer((json_int_t)rep->hard_runs));
        json_object_set_new(info, "hard_unknown", json_integer((json_int_t)rep->hard_unknown));
    }
    json_object_set_new(j, "log", info);
    json_object_set_new(window, "since", json_date(rep->since));
    json_object_set_new(window, "until", json_date(rep->until));
    json_object_set_new(window, "all", json_boolean(r->opts.all));
    json_object_set_new(window, "runs", json_integer((json_int_t)rep->window_runs));
    json_object_set_new(window, "flagged_runs", json_integer((json_int_t)rep->window_flagged_runs));
    json_object_set_new(window, "over_limit_weeks", json_integer((json_int_t)rep->window_over_weeks));
    if (rep->has_climb)
        json_object_set_new(window, "climb_over_limit_weeks", json_integer((json_int_t)rep->window_climb_over_weeks));
    if (rep->has_time)
        json_object_set_new(window, "hard_over_limit_weeks", json_integer((json_int_t)rep->window_hard_over_weeks));
    if (rep->has_climb || rep->has_time)
        json_object_set_new(window, "both_rise_weeks", json_integer((json_int_t)rep->window_both_rise_weeks));
    json_object_set_new(j, "window", window);
    json_object_set_new(j, "advice", log_advice_json(rep));
    return print_json_with_runs(j, in, rep);
}

/* The text report: what was read, then the window only (about 40 lines for any length of log). */
static void print_log_text(const log_input *in, const log_result *r)
{
    const calfcare_log_report *rep = &r->rep;
    const calfcare_progression_params *p = &r->opts.params;
    char d1[16], d2[16];
    size_t i, count, shown = 0, from;
    const char *name;

    printf("Log: %s (%s", r->path, calfcare_log_format_name(in->reader.format));
    printf(", distances in %s%s", calfcare_log_units_name(in->reader.units),
           in->reader.units == CALFCARE_LOG_UNITS_KM ? "" : ", shown in km");
    if (in->reader.times_utc)
        printf("; UTC times put on local days in %s", r->tz);
    printf(")\n");
    printf("  %s to %s: %zu runs", date_text(rep->first_day, d1), date_text(rep->last_day, d2), rep->runs);
    if (rep->zero_km)
        printf(", %zu of 0 km", rep->zero_km);
    if (rep->duplicates)
        printf(", %zu recorded twice (%s)", rep->duplicates, r->opts.keep_duplicates ? "kept" : "counted once");
    printf("\n");
    if (in->reader.skipped) {
        printf("  left out: %zu other activities (", in->reader.skipped);
        for (i = 0; (name = calfcare_log_skipped_type(&in->reader, i, &count)) != NULL; i++)
            printf("%s%s %zu", i ? ", " : "", name, count);
        if (in->reader.skipped_other)
            printf(", other %zu", in->reader.skipped_other);
        printf(")\n");
    }
    if (in->reader.format == CALFCARE_LOG_FORMAT_CALFCARE && in->reader.ignored_columns) {
        size_t k = 0;
        printf("  notice: %zu extra column%s ignored (", in->reader.ignored_columns,
               in->reader.ignored_columns == 1 ? "" : "s");
        for (i = 0; i < in->header_n; i++)
            if (calfcare_log_column_role(&in->reader, i) == CALFCARE_LOG_COL_IGNORED)
                printf("%s%s", k++ ? ", " : "", in->header[i]);
        printf(")\n");
    }
    if (in->blank)
        printf("  %zu blank lines\n", in->blank);
    if (rep->stale)
        printf("  note: the last run is %.0f days before %s: the weeks since are rest weeks\n",
               rep->days_since_last_run, date_text(rep->until, d1));
    if (rep->weeks) {
        from = 0;
        while (from < rep->weeks && !r->weeks[from].in_window)
            from++;
        printf("Weeks ending on %s against the %g%% limit (%s%zu of %zu):\n", date_text(rep->until, d1),
               p->max_increase_pct, r->opts.all ? "all " : "the last ", rep->weeks - from, rep->weeks);
        for (i = from; i < rep->weeks; i++) {
            const calfcare_log_week *w = &r->weeks[i];
            printf("  week to %s %7.1f km", date_text(w->end_day, d1), w->km);
            if (!isnan(w->change_pct))
                printf("  %+6.1f%%", w->change_pct);
            else if (i)
                printf("  (from 0)");
            if (w->over_limit)
                printf("  over the %g%% limit", p->max_increase_pct);
            if (w->load_over_limit)
                printf("  load over the limit");
            if (rep->has_climb)
                printf("  climb %5.0f %s%s", calfcare_log_climb_in_units(w->climb_m, in->reader.units),
                       calfcare_log_climb_unit(in->reader.units), w->climb_over_limit ? " over the limit" : "");
            if (rep->has_time)
                printf("  hard %4.0f min%s", w->hard_min, w->hard_over_limit ? " over the limit" : "");
            putchar('\n');
            if (++shown == 12 && rep->weeks - i > 1 && !r->opts.all) /* never more than a screen */
                break;
        }
        printf("Next week at most: %.1f km", rep->weekly.next_week_max);
        if (rep->has_load)
            printf(" (load at most %.0f min x RPE)", rep->load.next_week_max);
        if (rep->has_climb)
            printf("; climbing at most %.0f %s",
                   floor(calfcare_log_climb_in_units(rep->climb.next_week_max, in->reader.units) + 1e-9),
                   calfcare_log_climb_unit(in->reader.units));
        if (rep->has_time)
            printf("; hard running at most %.0f min", floor(rep->hard.next_week_max + 1e-9));
        printf("\n");
        if (rep->has_climb && rep->climb_missing)
            printf("  %zu runs without an elevation gain counted as 0 climbing\n", rep->climb_missing);
        if (rep->has_time)
            printf("  hard minutes: runs at least %g%% faster than the median pace of the previous %d days "
                   "(%zu hard, %zu not judged)\n",
                   CALFCARE_LOG_HARD_PACE_PCT, CALFCARE_LOG_HARD_WINDOW_DAYS, rep->hard_runs, rep->hard_unknown);
    } else {
        printf("Fewer than 7 days: no weekly check.\n");
    }
    if (rep->window_flagged_runs) {
        printf("Runs since %s over 10%% above the longest of the previous 30 days: %zu%s\n", date_text(rep->since, d1),
               rep->window_flagged_runs, rep->window_flagged_runs > 8 ? " (the last 8)" : "");
        shown = 0;
        for (i = in->nruns; i > 0 && shown < 8; i--) {
            const calfcare_log_run *run = &in->runs[i - 1];
            if (run->day < rep->since)
                break;
            if (run->band >= CALFCARE_PROGRESSION_BAND_OVER_10 && !(run->duplicate && !r->opts.keep_duplicates)) {
                printf("  %s %6.1f km  %+6.1f%%  %s (line %zu)\n", date_text(run->day, d1), run->km, run->spike_pct,
                       calfcare_progression_band_name(run->band), run->line);
                shown++;
            }
        }
    } else {
        printf("No run since %s over 10%% above the longest of the previous 30 days.\n", date_text(rep->since, d1));
    }
    printf("Next run at most: %.1f km (1.10 x the longest of the last 30 days, %.1f km)\n", rep->spikes.next_run_max_km,
           rep->spikes.longest_30d_km);
    printf("Acute:chronic load on %s (EWMA %d/%d days, lambda %s, %s): ", date_text(rep->until, d1), p->acute_days,
           p->chronic_days, calfcare_progression_decay_name(p->decay), calfcare_progression_coupling_name(p->coupling));
    if (isnan(rep->acwr.ratio))
        printf("no chronic load yet\n");
    else
        printf("%.2f (%s; acute %.2f, chronic %.2f km/day)%s\n", rep->acwr.ratio,
               calfcare_progression_acwr_band_name(rep->acwr.band), rep->acwr.acute, rep->acwr.chronic,
               rep->acwr.settled ? "" : " - not settled");
    printf("  (contested: shown for information, not an injury predictor)\n");
    printf("Advice (since %s):\n", date_text(rep->since, d1));
    for (i = 0; i < rep->advice_count; i++) {
        const calfcare_reason *rs = calfcare_reason_lookup(rep->advice[i].code);
        if (!rs)
            continue;
        printf("  - %s: %s [%s, %s]", date_text(rep->advice[i].day, d1), rs->text, rs->source, rs->strength);
        if (rep->advice[i].count > 1)
            printf(" (%zu times)", rep->advice[i].count);
        putchar('\n');
    }
    if (!r->opts.all)
        printf("(--all or --since DATE for more; --json has every week and run)\n");
}

/* The options of calfcare_progression_params (check): the rows of its table (calfcare/params.h).
 * Returns 1 consumed, 0 not ours, or -exit code. */
static int params_option(const char *cmd, calfcare_progression_params *p, int argc, char **argv, int *i)
{
    const char *v;
    int id = cli_params_option_id(CALFCARE_PARAMS_TABLE_PROGRESSION, argv[*i]), rc;
    if (id < 0)
        return 0;
    if (cli_option_value(cmd, argc, argv, i, &v))
        return -CLI_EXIT_USAGE;
    rc = cli_params_set(cmd, CALFCARE_PARAMS_TABLE_PROGRESSION, p, sizeof *p, id, v);
    return rc == CLI_EXIT_OK ? 1 : -rc;
}

/* The help lines of a parameter table's options, aligned with the other options of a usage. */
static void params_usage(FILE *out, int table)
{
    size_t i, n = calfcare_params_field_count(table);
    for (i = 0; i < n; i++)
        cli_print_params_help(out, table, (int)i, 28);
}

static void check_usage(FILE *out)
{
    fprintf(out,
            "Usage: calfcare check (--weekly-km LIST | --weekly-load LIST | --log FILE) [OPTIONS]\n"
            "       calfcare check [--weekly-km LIST] (--weekly-climb-m LIST | --weekly-hard-min LIST)... [OPTIONS]\n\n"
            "Check weekly distances, a weekly load series or a training log against the progression\n"
            "limits: the weekly increase limit (default 10%%), single-run spikes against the longest run of\n"
            "the previous 30 days, and the acute:chronic load ratio (shown for information; contested).\n\n"
            "  --weekly-km LIST          weekly distances, km, oldest first (e.g. 30,32,35,48)\n"
            "  --weekly-load LIST        weekly loads (e.g. session-RPE: minutes x effort 1-10), oldest first\n"
            "  --weekly-climb-m LIST     weekly climbing (elevation gain), m, oldest first: the same limit as\n"
            "                            distance; with --weekly-km no week may climb more than its distance\n"
            "  --weekly-hard-min LIST    weekly minutes of hard running (speed work), oldest first: the same limit\n"
            "  --log FILE                CSV training log ('-' for standard input): our own\n"
            "                            date,distance_km[,duration_min,rpe] (one row per run), Strava's\n"
            "                            activities.csv (current or older layout) or Garmin Connect's\n"
            "                            Activities.csv (runs only; other activities are counted)\n"
            "  --units km|mi             distance units of a file that does not say (Garmin)\n"
            "  --tz ZONE                 IANA zone, e.g. Europe/Berlin [default: the system's]: puts\n"
            "                            UTC-stamped runs (Strava) on the runner's local day; formats that\n"
            "                            store local time (ours, Garmin) are left as they are\n"
            "  --until YYYY-MM-DD        check as of this date [default: today in the zone]: weeks end on\n"
            "                            it, the days after the last run are rest days, later runs are refused\n"
            "  --since YYYY-MM-DD        first day of advice and flagged weeks and runs [default: 8 weeks\n"
            "                            before --until]\n"
            "  --all                     advice and flags over the whole log\n"
            "  --keep-duplicates         count runs recorded twice (starts under 2 min apart with similar\n"
            "                            distances, or overlapping times) twice [default: once]\n");
    params_usage(out, CALFCARE_PARAMS_TABLE_PROGRESSION);
    fprintf(out, "  --json                    one JSON object on stdout (every week and run)\n"
                 "  --help                    this help\n");
}

/* A YYYY-MM-DD option (the library's date rule: 1900-2100, a real calendar date). */
static int parse_day_opt(const char *cmd, const char *opt, const char *v, double *day)
{
    double s;
    int has_time;
    if (calfcare_log_date_parse(v, &s, &has_time, NULL) != CALFCARE_OK || has_time || strlen(v) != 10 || v[4] != '-')
        return cli_usage_error(cmd, "%s: '%s' is not a valid date (YYYY-MM-DD, 1900 to 2100)", opt, v);
    *day = floor(s / 86400.0);
    return 0;
}

int cli_cmd_check(int argc, char **argv)
{
    const char *cmd = argv[0];
    check_opts o;
    const char *weekly = NULL, *wload = NULL, *logpath = NULL, *tz = NULL, *wclimb = NULL, *whard = NULL;
    double until = NAN, since = NAN;
    int i, rc, all = 0, keep = 0, units = CALFCARE_LOG_UNITS_UNKNOWN, log_only = 0;

    memset(&o, 0, sizeof o);
    calfcare_progression_params_init(&o.params, NULL);
    for (i = 1; i < argc; i++) {
        int used;
        const char *v;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            check_usage(stdout);
            return CLI_EXIT_OK;
        } else if (strcmp(argv[i], "--json") == 0) {
            o.json = 1;
        } else if (strcmp(argv[i], "--all") == 0) {
            all = log_only = 1;
        } else if (strcmp(argv[i], "--keep-duplicates") == 0) {
            keep = log_only = 1;
        } else if (cli_is_option(argv[i], "weekly-km")) {
            if (cli_option_value(cmd, argc, argv, &i, &weekly))
                return CLI_EXIT_USAGE;
        } else if (cli_is_option(argv[i], "weekly-load")) {
            if (cli_option_value(cmd, argc, argv, &i, &wload))
                return CLI_EXIT_USAGE;
        } else if (cli_is_option(argv[i], "weekly-climb-m")) {
            if (cli_option_value(cmd, argc, argv, &i, &wclimb))
                return CLI_EXIT_USAGE;
        } else if (cli_is_option(argv[i], "weekly-hard-min")) {
            if (cli_option_value(cmd, argc, argv, &i, &whard))
                return CLI_EXIT_USAGE;
        } else if (cli_is_option(argv[i], "log")) {
            if (cli_option_value(cmd, argc, argv, &i, &logpath))
                return CLI_EXIT_USAGE;
        } else if (cli_is_option(argv[i], "until")) {
            if (cli_option_value(cmd, argc, argv, &i, &v) || parse_day_opt(cmd, "--until", v, &until))
                return CLI_EXIT_USAGE;
            log_only = 1;
        } else if (cli_is_option(argv[i], "since")) {
            if (cli_option_value(cmd, argc, argv, &i, &v) || parse_day_opt(cmd, "--since", v, &since))
                return CLI_EXIT_USAGE;
            log_only = 1;
        } else if (cli_is_option(argv[i], "tz")) {
            if (cli_option_value(cmd, argc, argv, &i, &tz))
                return CLI_EXIT_USAGE;
            if (!tz_known(tz))
                return cli_usage_error(cmd, "--tz: '%s' is not a time zone of the system's tzdata (an IANA name "
                                            "such as Europe/Berlin or America/New_York)", tz);
            log_only = 1;
        } else if (cli_is_option(argv[i], "units")) {
            calfcare_error err;
            calfcare_status st;
            if (cli_option_value(cmd, argc, argv, &i, &v))
                return CLI_EXIT_USAGE;
            if ((st = calfcare_log_units_parse(v, &units, &err)) != CALFCARE_OK)
                return cli_fail(cmd, st, &err);
            log_only = 1;
        } else if ((used = params_option(cmd, &o.params, argc, argv, &i)) != 0) {
            if (used < 0)
                return -used;
        } else {
            return cli_usage_error(cmd, "unknown option '%s'; run 'calfcare check --help'", argv[i]);
        }
    }
    if ((wclimb || whard) && (wload || logpath))
        return cli_usage_error(cmd, "--weekly-climb-m and --weekly-hard-min go alone or with --weekly-km (a log's "
                                    "climbing and hard minutes come from its own columns)");
    if (wclimb || whard) {
        checked_list km, climb, hard;
        double *v[3] = {NULL, NULL, NULL};
        size_t n[3] = {0, 0, 0};
        if (log_only)
            return cli_usage_error(cmd, "--until, --since, --all, --tz, --units and --keep-duplicates go with --log");
        if ((weekly && parse_list(cmd, "--weekly-km", weekly, &v[0], &n[0])) ||
            (wclimb && parse_list(cmd, "--weekly-climb-m", wclimb, &v[1], &n[1])) ||
            (whard && parse_list(cmd, "--weekly-hard-min", whard, &v[2], &n[2]))) {
            free(v[0]), free(v[1]), free(v[2]);
            return CLI_EXIT_USAGE;
        }
        memset(&km, 0, sizeof km);
        memset(&climb, 0, sizeof climb);
        memset(&hard, 0, sizeof hard);
        km.v = v[0], km.n = n[0];
        climb.v = v[1], climb.n = n[1];
        hard.v = v[2], hard.n = n[2];
        rc = check_climb_hard(cmd, &o, &km, &climb, &hard);
        free(v[0]), free(v[1]), free(v[2]);
        return rc;
    }
    if ((weekly != NULL) + (wload != NULL) + (logpath != NULL) != 1)
        return cli_usage_error(cmd, "give exactly one of --weekly-km LIST, --weekly-load LIST or --log FILE "
                                    "(--weekly-climb-m and --weekly-hard-min may go with --weekly-km)");
    if (log_only && !logpath)
        return cli_usage_error(cmd, "--until, --since, --all, --tz, --units and --keep-duplicates go with --log");
    if (all && !isnan(since))
        return cli_usage_error(cmd, "--since and --all: give one");

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
        log_input in;
        log_result r;
        calfcare_error err;
        calfcare_status st;
        calfcare_progression_acwr_result probe;
        const double zero = 0;
        /* Validate the parameters before reading the file, so that option errors come first. */
        st = calfcare_progression_acwr(&zero, 1, &o.params, &probe, &err);
        if (st != CALFCARE_OK)
            return cli_fail(cmd, st, &err);
        memset(&r, 0, sizeof r);
        r.path = logpath;
        if (tz) {
            setenv("TZ", tz, 1);
            snprintf(r.tz, sizeof r.tz, "%s", tz);
        } else {
            tz_system_name(r.tz, sizeof r.tz);
        }
        tzset();
        if (isnan(until)) { /* today, in the runner's zone */
            time_t now = time(NULL);
            struct tm tm;
            if (!localtime_r(&now, &tm) ||
                calfcare_log_day(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, &until, NULL) != CALFCARE_OK)
                return cli_usage_error(cmd, "--until: today's date is not known; give --until YYYY-MM-DD");
        }
        if (!isnan(since) && since > until) {
            char d1[16], d2[16];
            return cli_usage_error(cmd, "--since: %s is after --until %s", date_text(since, d1), date_text(until, d2));
        }
        calfcare_log_options_init(&r.opts, NULL);
        r.opts.params = o.params;
        r.opts.until = until;
        r.opts.since = since;
        r.opts.all = all;
        r.opts.keep_duplicates = keep;
        if ((rc = read_log(cmd, logpath, units, &in)) != 0)
            return rc;
        rc = check_log_runs(cmd, &in, &r);
        if (rc == 0) {
            if (o.json)
                rc = print_log_json(&in, &r);
            else
                print_log_text(&in, &r);
        }
        log_result_free(&r);
        log_input_free(&in);
        return rc;
    }
}

/* ---- plan ------------------------------------------------------------------------------------------- */

static void plan_usage(FILE *out)
{
    fprintf(out,
            "Usage: calfcare plan --current-km X --target-km Y [OPTIONS]\n\n"
            "Plan weekly distances from the current week to a target: no week above the limit over the\n"
            "last full week, a cutback week every Nth week, holding at the target once reached.\n\n");
    params_usage(out, CALFCARE_PARAMS_TABLE_PLAN);
    fprintf(out, "  --json                    one JSON object on stdout\n"
                 "  --help                    this help\n");
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
        json_object_set_new(w, "hold_intensity", json_boolean(plan->week[i].hold_intensity));
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
        printf("  week %-3d %6.1f km%s%s\n", plan->week[i].week, plan->week[i].km,
               plan->week[i].cutback ? "  cutback" : "",
               plan->week[i].hold_intensity ? "  distance rises: keep climbing and hard minutes as last week" : "");
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
    int i, id, json = 0, have_current = 0, have_target = 0;

    calfcare_progression_plan_params_init(&pp, NULL);
    for (i = 1; i < argc; i++) {
        const char *v;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            plan_usage(stdout);
            return CLI_EXIT_OK;
        } else if (strcmp(argv[i], "--json") == 0) {
            json = 1;
        } else if ((id = cli_params_option_id(CALFCARE_PARAMS_TABLE_PLAN, argv[i])) >= 0) {
            int rc;
            if (cli_option_value(cmd, argc, argv, &i, &v))
                return CLI_EXIT_USAGE;
            if ((rc = cli_params_set(cmd, CALFCARE_PARAMS_TABLE_PLAN, &pp, sizeof pp, id, v)) != CLI_EXIT_OK)
                return rc;
            have_current |= strcmp(calfcare_params_field_at(CALFCARE_PARAMS_TABLE_PLAN, id)->name, "current_km") == 0;
            have_target |= strcmp(calfcare_params_field_at(CALFCARE_PARAMS_TABLE_PLAN, id)->name, "target_km") == 0;
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
            "to the gate, says whether it is passed (an unanswered item is unknown, never a pass).\n\n");
    params_usage(out, CALFCARE_PARAMS_TABLE_RTR_GATE);
    fprintf(out,
            "  --stage N                 the stage of the session just done [1..%d]\n"
            "  --clean-streak K          pain-free sessions in a row at this stage before it [0..1, default 0]\n"
            "  --pain-free yes|no        whether that session and the next morning were pain-free\n"
            "  --json                    one JSON object on stdout\n"
            "  --help                    this help\n"
            "The symptom switches of 'calfcare diagnose' (--fever, --numbness, ...) are run through the\n"
            "diagnosis: with any red flag running is blocked and the command refuses (exit 3).\n",
            CALFCARE_PROGRESSION_RTR_STAGES);
}

/* A yes/no answer through the library's one parser (calfcare_yes_no_parse()). */
static int parse_yes_no(const char *cmd, const char *opt, const char *v, int *out)
{
    if (calfcare_yes_no_parse(v, out, NULL) != CALFCARE_OK)
        return cli_usage_error(cmd, "%s: '%s' is not yes or no", opt, v);
    return 0;
}

static json_t *tristate_json(int v)
{
    return v < 0 ? json_null() : json_boolean(v);
}

/* A way out of return-to-run's option loop: the symptom list is freed on every one. */
static int rtr_fail(char **symptoms, int rc)
{
    free(symptoms);
    return rc;
}

int cli_cmd_return_to_run(int argc, char **argv)
{
    const char *cmd = argv[0];
    calfcare_progression_rtr rtr;
    calfcare_progression_rtr_gate_input gin;
    calfcare_progression_rtr_gate_result gres;
    calfcare_error err;
    calfcare_status st;
    int i, id, json = 0, stage = 0, streak = 0, pain_free = -1, next_stage = 0, next_streak = 0, gate_given = 0;
    const char *streak_text = NULL;
    char **symptoms = xrealloc(NULL, ((size_t)argc + 1) * sizeof *symptoms);
    int nsymptoms = 0, rc;
    calfcare_blocked blocked;

    calfcare_progression_rtr_gate_input_init(&gin, NULL);
    for (i = 1; i < argc; i++) {
        const char *v;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            rtr_usage(stdout);
            free(symptoms);
            return CLI_EXIT_OK;
        } else if (strcmp(argv[i], "--json") == 0) {
            json = 1;
        } else if (cli_is_option(argv[i], "stage")) {
            if (cli_option_value(cmd, argc, argv, &i, &v) || parse_int_opt(cmd, "--stage", v, &stage))
                return rtr_fail(symptoms, CLI_EXIT_USAGE);
        } else if (cli_is_option(argv[i], "clean-streak")) {
            if (cli_option_value(cmd, argc, argv, &i, &v) || parse_int_opt(cmd, "--clean-streak", v, &streak))
                return rtr_fail(symptoms, CLI_EXIT_USAGE);
            streak_text = v;
        } else if (cli_is_option(argv[i], "pain-free")) {
            if (cli_option_value(cmd, argc, argv, &i, &v) || parse_yes_no(cmd, "--pain-free", v, &pain_free))
                return rtr_fail(symptoms, CLI_EXIT_USAGE);
        } else if ((id = cli_params_option_id(CALFCARE_PARAMS_TABLE_RTR_GATE, argv[i])) >= 0) {
            /* --walk-pain-free, --heel-raises L,R, --hop-pain-free: the gate's table */
            if (cli_option_value(cmd, argc, argv, &i, &v))
                return rtr_fail(symptoms, CLI_EXIT_USAGE);
            if ((rc = cli_params_set(cmd, CALFCARE_PARAMS_TABLE_RTR_GATE, &gin, sizeof gin, id, v)) != CLI_EXIT_OK)
                return rtr_fail(symptoms, rc);
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
            json_array_append_new(gate, json_pack("{s:i, s:s, s:s}", "code", rtr.gate[k].code, "name",
                                                  rtr.gate[k].name, "text", rtr.gate[k].text));
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
        printf("Your gate:");
        for (i = 0; i < (int)rtr.gate_count; i++)
            printf(" %s %s;", rtr.gate[i].name, calfcare_yes_no_name(gres.item[i]));
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

/* A runner whose distance is steady but whose climbing jumped: the same limit catches it. */
static int cli_demo_hills(void)
{
    static const double km[] = {40, 40, 40, 40}, climb[] = {300, 320, 330, 650}, hard[] = {20, 20, 22, 22};
    check_opts o;
    checked_list k, c, h;
    printf("\n== Progression: distance steady, climbing jumped ==\n");
    memset(&o, 0, sizeof o);
    calfcare_progression_params_init(&o.params, NULL);
    memset(&k, 0, sizeof k);
    memset(&c, 0, sizeof c);
    memset(&h, 0, sizeof h);
    k.v = km, k.n = 4;
    c.v = climb, c.n = 4;
    h.v = hard, h.n = 4;
    return check_climb_hard("demo", &o, &k, &c, &h);
}

int cli_demo_progression(void)
{
    log_input in;
    log_result r;
    calfcare_progression_plan_params pp;
    calfcare_progression_plan plan;
    double start, s;
    int time_known, rc;
    size_t i;

    printf("\n== Progression: the sample runner's training log ==\n");
    memset(&in, 0, sizeof in);
    memset(&r, 0, sizeof r);
    if (calfcare_log_date_parse(SAMPLE_LOG_START, &s, &time_known, NULL) != CALFCARE_OK)
        return CLI_EXIT_FAILURE;
    start = floor(s / 86400.0);
    calfcare_log_reader_init(&in.reader, CALFCARE_LOG_UNITS_KM, NULL);
    in.reader.format = CALFCARE_LOG_FORMAT_CALFCARE;
    in.runs = xrealloc(NULL, 28 * sizeof *in.runs);
    for (i = 0; i < 28; i++)
        if (sample_daily_km[i] > 0) {
            calfcare_log_run *run = &in.runs[in.nruns++];
            memset(run, 0, sizeof *run);
            run->kind = CALFCARE_LOG_ROW_RUN;
            run->line = i + 2;
            run->day = start + (double)i;
            run->start_s = run->day * 86400.0;
            run->km = sample_daily_km[i];
            run->duration_min = run->load = run->spike_pct = NAN;
            run->climb_m = run->moving_min = run->pace_pct = NAN; /* the sample log has neither */
        }
    r.path = "sample";
    snprintf(r.tz, sizeof r.tz, "local");
    calfcare_log_options_init(&r.opts, NULL);
    r.opts.until = start + 27;
    r.opts.all = 1;
    rc = check_log_runs("demo", &in, &r);
    if (rc == 0)
        print_log_text(&in, &r);
    log_result_free(&r);
    free(in.runs);
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
    print_advice(plan.advice, plan.advice_count);
    return cli_demo_hills();
}
