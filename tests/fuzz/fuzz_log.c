/*
 * libFuzzer target: the training-log reader of the library (calfcare/progression.h, lib/log.c):
 * the format detector (calfcare_log_header), the row parser (calfcare_log_row), the date and number
 * parsers on every field, the UTC offset (calfcare_log_run_localize) and the check
 * (calfcare_log_check_size, calfcare_log_check).
 *
 * Input: 4 bytes of options (units given or not, a UTC offset, days from the last run to until,
 * all/keep_duplicates), then text: lines split at '\n', fields at ',' (this target is the host that
 * splits; quotes are not special), the first line is the header.
 *
 * Properties (abort on violation):
 * - the header is accepted (a known format, one date and one distance column, columns = fields) or
 *   refused with an error naming "header" or "units" and the header's line;
 * - a row is a run (day whole, 1900-2100, = floor(start_s / 86400); km 0-320; duration NaN or
 *   0-1440 min; utc as the format says) or a skipped activity, or is refused with an error and the
 *   row's line in reader.error_line; a date or number parse that succeeds gives a time flag of 0/1
 *   and seconds of 1900-2100, or NaN / a finite number;
 * - a run still in UTC is refused by the check (field "runs"); once localized, the check succeeds
 *   unless a day or week holds more than the accepted km (fields "daily_km", "weekly_km"); then the
 *   runs are in order of day and start, the counts add up (counted + left-out duplicates = runs),
 *   the weeks' km add up to at most the counted km, every advice code is known and dated within
 *   the window .. until + 1.
 */
#include "fuzz_common.h"

#define MAX_RUNS 512
#define MAX_FIELDS 300

static size_t split(char *line, const char **fields)
{
    size_t n = 0;
    char *p = line;
    for (;;) {
        char *c = strchr(p, ',');
        if (n == MAX_FIELDS)
            return n;
        fields[n++] = p;
        if (!c)
            return n;
        *c = '\0';
        p = c + 1;
    }
}

static void check_field(const char *t)
{
    double s, v;
    int known = -1;
    calfcare_error err;
    calfcare_status st = calfcare_log_date_parse(t, &s, &known, &err);
    if (st == CALFCARE_OK) {
        PROP(known == 0 || known == 1);
        PROP(s >= -2208988800.0 && s < 4133980800.0); /* 1900-01-01 .. 2101-01-01 */
    } else {
        PROP_ERR(st, err);
        PROP(strcmp(err.field, "date") == 0);
    }
    st = calfcare_log_number_parse(t, &v, &err);
    if (st == CALFCARE_OK)
        PROP(isnan(v) || isfinite(v));
    else
        PROP_ERR(st, err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz f = {data, size};
    unsigned units_sel = fz_u8(&f) % 3, off_sel = fz_u8(&f), until_sel = fz_u8(&f), flags = fz_u8(&f);
    static const int units_of[3] = {CALFCARE_LOG_UNITS_UNKNOWN, CALFCARE_LOG_UNITS_KM, CALFCARE_LOG_UNITS_MI};
    char *text = malloc(f.n + 1), *line;
    const char **fields = malloc(MAX_FIELDS * sizeof *fields);
    calfcare_log_run *runs = malloc(MAX_RUNS * sizeof *runs);
    calfcare_log_reader rd;
    calfcare_error err;
    calfcare_status st;
    size_t nruns = 0, lineno = 0, i;
    int have_header = 0;
    double offset = ((double)off_sel - 128.0) * 900.0; /* -32 h .. +31.75 h: some out of range */

    if (!text || !fields || !runs)
        abort();
    memcpy(text, f.p, f.n);
    text[f.n] = '\0';
    PROP(calfcare_log_reader_init(&rd, units_of[units_sel], &err) == CALFCARE_OK);
    line = text;
    while (line && nruns < MAX_RUNS) {
        char *nl = strchr(line, '\n');
        size_t n;
        if (nl)
            *nl = '\0';
        lineno++;
        n = split(line, fields);
        for (i = 0; i < n; i++)
            check_field(fields[i]);
        if (!have_header) {
            st = calfcare_log_header(&rd, fields, n, lineno, &err);
            if (st != CALFCARE_OK) {
                PROP_ERR(st, err);
                PROP(strcmp(err.field, "header") == 0 || strcmp(err.field, "units") == 0);
                PROP(rd.error_line == lineno || n == 0 || n > CALFCARE_LOG_MAX_COLUMNS);
                goto done;
            } else {
                int date = 0, dist = 0;
                PROP(rd.format >= CALFCARE_LOG_FORMAT_CALFCARE && rd.format <= CALFCARE_LOG_FORMAT_GARMIN);
                PROP(rd.columns == n);
                for (i = 0; i < n; i++) {
                    date += calfcare_log_column_role(&rd, i) == CALFCARE_LOG_COL_DATE;
                    dist += calfcare_log_column_role(&rd, i) == CALFCARE_LOG_COL_DISTANCE;
                }
                PROP(date == 1 && dist == 1);
                PROP(rd.units != CALFCARE_LOG_UNITS_UNKNOWN);
                /* a second header is a state error */
                PROP(calfcare_log_header(&rd, fields, n, lineno, NULL) == CALFCARE_E_STATE);
            }
            have_header = 1;
        } else {
            calfcare_log_run *r = &runs[nruns];
            rd.error_line = 0;
            st = calfcare_log_row(&rd, fields, n, lineno, r, &err);
            if (st != CALFCARE_OK) {
                PROP_ERR(st, err);
                PROP(rd.error_line == lineno);
            } else if (r->kind == CALFCARE_LOG_ROW_RUN) {
                PROP(r->line == lineno);
                PROP(r->day == floor(r->day) && r->day == floor(r->start_s / 86400.0));
                PROP(r->day >= -25567 && r->day <= 47846); /* 1900-01-01 .. 2100-12-31 */
                PROP(r->km >= 0 && r->km <= CALFCARE_PROGRESSION_MAX_DAILY_KM);
                PROP(isnan(r->duration_min) || (r->duration_min >= 0 && r->duration_min <= 1440));
                PROP(r->utc == rd.times_utc);
                nruns++;
            } else {
                PROP(r->kind == CALFCARE_LOG_ROW_SKIPPED);
            }
        }
        line = nl ? nl + 1 : NULL;
    }
    if (nruns) {
        calfcare_log_options o;
        calfcare_log_sizes sz;
        calfcare_log_report rep;
        double last = -1e9, *work;
        calfcare_log_week *weeks;
        int localized = 1;
        calfcare_log_options_init(&o, NULL);
        o.all = flags & 1;
        o.keep_duplicates = (flags >> 1) & 1;
        for (i = 0; i < nruns; i++) {
            st = calfcare_log_run_localize(&runs[i], offset, &err);
            if (st != CALFCARE_OK) {
                PROP(fabs(offset) > 18 * 3600.0 && strcmp(err.field, "utc_offset_s") == 0);
                localized = !runs[i].utc;
            }
            if (runs[i].day > last)
                last = runs[i].day;
        }
        o.until = last + until_sel % 64;
        if (o.until > 47846)
            o.until = 47846;
        st = calfcare_log_check_size(runs, nruns, &o, &sz, &err);
        if (!localized) {
            PROP(st == CALFCARE_E_INVALID && strcmp(err.field, "runs") == 0);
            goto done;
        }
        if (st != CALFCARE_OK) { /* only a run after until (a localized day past 2100-12-31) */
            PROP_ERR(st, err);
            PROP(strcmp(err.field, "day") == 0);
            goto done;
        }
        work = malloc(sz.work_n * sizeof *work);
        weeks = malloc(sz.weeks_n * sizeof *weeks);
        if (!work || !weeks)
            abort();
        st = calfcare_log_check(runs, nruns, &o, work, sz.work_n, weeks, sz.weeks_n, &rep, &err);
        if (st != CALFCARE_OK) {
            PROP_ERR(st, err);
            PROP(strcmp(err.field, "daily_km") == 0 || strcmp(err.field, "weekly_km") == 0);
        } else {
            double counted = 0, wsum = 0;
            size_t dups = 0;
            for (i = 0; i < nruns; i++) {
                if (i)
                    PROP(runs[i - 1].day < runs[i].day ||
                         (runs[i - 1].day == runs[i].day && runs[i - 1].start_s <= runs[i].start_s));
                dups += runs[i].duplicate != 0;
                if (!runs[i].duplicate || o.keep_duplicates)
                    counted += runs[i].km;
            }
            PROP(dups == rep.duplicates);
            PROP(rep.runs + (o.keep_duplicates ? 0 : dups) == nruns);
            for (i = 0; i < rep.weeks; i++)
                wsum += weeks[i].km;
            PROP(wsum <= counted + 1e-6 * (1 + counted));
            PROP(rep.until == o.until && rep.since <= rep.until && rep.days == (size_t)(o.until - rep.first_day) + 1);
            for (i = 0; i < rep.advice_count; i++) {
                PROP(calfcare_reason_lookup(rep.advice[i].code) != NULL);
                PROP(rep.advice[i].day <= o.until + 1);
                PROP(rep.advice[i].count >= 1);
            }
        }
        free(work);
        free(weeks);
    }
done:
    free(text);
    free(fields);
    free(runs);
    return 0;
}
