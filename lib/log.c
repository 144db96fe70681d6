/* calfcare/log.h, training logs: dates, the format detector, the row parser and the check.
 *
 * No allocation and no stdio: the host splits CSV and passes one row of fields at a time (as minmea
 * takes one sentence), errors say where (line and column, as jansson's do), and the check works in
 * memory the caller sizes with calfcare_log_check_size(). Every number of the check comes from the
 * progression functions (weekly totals and limit, spikes, acute:chronic ratio), so a log gives the
 * same figures as the same series passed by hand. Formats and their sources: docs/progression.md. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <string.h>

#include "internal.h"
#include "rules.h"

#define SECONDS_PER_DAY 86400.0

/* ---- messages ------------------------------------------------------------------------------ */

static calfcare_status (fail_text)(calfcare_error *err, const char *field, const char *a, const char *b, const char *c,
                                   const char *d)
{
    char buf[CALFCARE_ERROR_MESSAGE_SIZE];
    cc_text t;
    cc_msg_init(&t, buf, sizeof buf);
    cc_msg_puts(&t, a);
    cc_msg_puts(&t, b);
    cc_msg_puts(&t, c);
    cc_msg_puts(&t, d);
    return cc_fail(err, CALFCARE_E_INVALID, field, buf);
}
/* Below full messages (CALFCARE_MESSAGES) the texts are dropped at the call, so none is linked. */
#define fail_text(err, field, a, b, c, d) (fail_text)(err, field, CC_MSG(a), CC_MSG(b), CC_MSG(c), CC_MSG(d))


/* ---- dates: days since 1970-01-01, proleptic Gregorian (H. Hinnant's civil-day arithmetic) ------- */

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

static void civil_from_days(long z, long *y, unsigned *m, unsigned *d)
{
    long era;
    unsigned doe, yoe, doy, mp;
    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = (unsigned)(z - era * 146097);
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = (long)yoe + era * 400 + (*m <= 2);
}

static int days_in_month(long y, unsigned m)
{
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 ? 28 + leap : dm[m - 1];
}

static int valid_ymd(long y, long m, long d)
{
    return y >= CALFCARE_LOG_MIN_YEAR && y <= CALFCARE_LOG_MAX_YEAR && m >= 1 && m <= 12 && d >= 1 &&
           d <= days_in_month(y, (unsigned)m);
}

/* Smallest and largest day numbers of a log date. */
static double min_day(void)
{
    return (double)days_from_civil(CALFCARE_LOG_MIN_YEAR, 1, 1);
}

static double max_day(void)
{
    return (double)days_from_civil(CALFCARE_LOG_MAX_YEAR, 12, 31);
}

calfcare_status calfcare_log_day(int year, int month, int mday, double *day, calfcare_error *err)
{
    if (!day)
        return cc_fail_null(err, "day");
    if (!valid_ymd(year, month, mday))
        return fail_text(err, "date", "not a calendar date of the years 1900 to 2100", NULL, NULL, NULL);
    *day = (double)days_from_civil(year, (unsigned)month, (unsigned)mday);
    return CALFCARE_OK;
}

calfcare_status calfcare_log_date_format(double day, char *buf, size_t cap, calfcare_error *err)
{
    long y;
    unsigned m, d;
    calfcare_status st;
    if (!buf)
        return cc_fail_null(err, "buf");
    st = cc_check_number(err, "day", day, min_day(), max_day(), "", 1);
    if (st != CALFCARE_OK)
        return st;
    if (cap < 11)
        return cc_fail(err, CALFCARE_E_BUFFER, "buf", "needs 11 bytes for YYYY-MM-DD");
    civil_from_days((long)day, &y, &m, &d);
    buf[0] = (char)('0' + y / 1000);
    buf[1] = (char)('0' + y / 100 % 10);
    buf[2] = (char)('0' + y / 10 % 10);
    buf[3] = (char)('0' + y % 10);
    buf[4] = '-';
    buf[5] = (char)('0' + m / 10);
    buf[6] = (char)('0' + m % 10);
    buf[7] = '-';
    buf[8] = (char)('0' + d / 10);
    buf[9] = (char)('0' + d % 10);
    buf[10] = '\0';
    return CALFCARE_OK;
}

/* Read 1..max digits; returns the count read (0 if none). */
static int read_digits(const char **p, int max, long *out)
{
    int n = 0;
    long v = 0;
    while (n < max && **p >= '0' && **p <= '9') {
        v = v * 10 + (**p - '0');
        (*p)++;
        n++;
    }
    *out = v;
    return n;
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static void skip_spaces(const char **p)
{
    while (is_space(**p))
        (*p)++;
}

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* An English month name or abbreviation ("Feb", "February", "Sept", "feb."). */
static int read_month(const char **p, long *m)
{
    static const char *const names[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    int i;
    for (i = 0; i < 12; i++)
        if (lower((*p)[0]) == names[i][0] && lower((*p)[1]) == names[i][1] && lower((*p)[2]) == names[i][2]) {
            *p += 3;
            while ((**p >= 'a' && **p <= 'z') || (**p >= 'A' && **p <= 'Z'))
                (*p)++;
            if (**p == '.')
                (*p)++;
            *m = i + 1;
            return 1;
        }
    return 0;
}

/* A time of day "H:MM[:SS[.fff]]" with an optional " AM"/" PM" (then H is 1-12). */
static int read_time(const char **p, double *sec)
{
    long h, mi, s = 0;
    double frac = 0;
    if (!read_digits(p, 2, &h) || **p != ':')
        return 0;
    (*p)++;
    if (read_digits(p, 2, &mi) != 2)
        return 0;
    if (**p == ':') {
        (*p)++;
        if (read_digits(p, 2, &s) != 2)
            return 0;
        if (**p == '.') {
            double scale = 0.1;
            (*p)++;
            if (!(**p >= '0' && **p <= '9'))
                return 0;
            while (**p >= '0' && **p <= '9') {
                frac += (**p - '0') * scale;
                scale /= 10;
                (*p)++;
            }
        }
    }
    skip_spaces(p);
    if ((lower((*p)[0]) == 'a' || lower((*p)[0]) == 'p') && lower((*p)[1]) == 'm') {
        int pm = lower((*p)[0]) == 'p';
        if (h < 1 || h > 12)
            return 0;
        h = h % 12 + (pm ? 12 : 0);
        *p += 2;
    }
    if (h > 23 || mi > 59 || s > 59)
        return 0;
    *sec = (double)(h * 3600 + mi * 60 + s) + frac;
    return 1;
}

/* The date part, in one of the documented styles; sets y, m, d and leaves p after it. */
static int read_date(const char **p, long *y, long *m, long *d)
{
    const char *s = *p;
    long a;
    int n = read_digits(&s, 4, &a);
    if (n == 4 && *s == '-') { /* ISO: 2024-02-21 */
        *y = a;
        s++;
        if (read_digits(&s, 2, m) != 2 || *s != '-')
            return 0;
        s++;
        if (read_digits(&s, 2, d) != 2)
            return 0;
    } else if (n >= 1 && n <= 2 && *s == '.') { /* dotted, day first: 21.02.2024 */
        *d = a;
        s++;
        if (!read_digits(&s, 2, m) || *s != '.')
            return 0;
        s++;
        if (read_digits(&s, 4, y) != 4)
            return 0;
    } else if (n >= 1 && n <= 2 && *s == ' ') { /* day first: 21 Feb 2024 */
        *d = a;
        skip_spaces(&s);
        if (!read_month(&s, m))
            return 0;
        skip_spaces(&s);
        if (read_digits(&s, 4, y) != 4)
            return 0;
    } else if (n == 0 && read_month(&s, m)) { /* US: Feb 21, 2024 */
        skip_spaces(&s);
        if (!read_digits(&s, 2, d) || *s != ',')
            return 0;
        s++;
        skip_spaces(&s);
        if (read_digits(&s, 4, y) != 4)
            return 0;
    } else {
        return 0;
    }
    *p = s;
    return 1;
}

calfcare_status calfcare_log_date_parse(const char *text, double *seconds, int *time_known, calfcare_error *err)
{
    const char *p = text;
    long y = 0, m = 0, d = 0;
    double sec = 0;
    int has_time = 0;
    if (!text)
        return cc_fail_null(err, "text");
    if (!seconds)
        return cc_fail_null(err, "seconds");
    if (!time_known)
        return cc_fail_null(err, "time_known");
    skip_spaces(&p);
    if (!read_date(&p, &y, &m, &d))
        goto bad;
    if (*p == ',' || *p == 'T' || is_space(*p)) {
        const char *q = p + 1;
        skip_spaces(&q);
        if (*q) {
            if (!read_time(&q, &sec))
                goto bad;
            has_time = 1;
            if (*q == 'Z')
                q++;
            p = q;
        }
    }
    skip_spaces(&p);
    if (*p)
        goto bad;
    if (!valid_ymd(y, m, d))
        return fail_text(err, "date", "'", text, "' is not a calendar date of the years 1900 to 2100", NULL);
    *seconds = (double)days_from_civil(y, (unsigned)m, (unsigned)d) * SECONDS_PER_DAY + sec;
    *time_known = has_time;
    return CALFCARE_OK;
bad:
    return fail_text(err, "date", "'", text,
                     "' is not a date in an accepted style (2024-02-21, Feb 21, 2024, 21 Feb 2024 or 21.02.2024, "
                     "each with an optional time)", NULL);
}

/* ---- numbers ----------------------------------------------------------------------------------- */

calfcare_status calfcare_log_number_parse(const char *text, double *value, calfcare_error *err)
{
    const char *p = text;
    double v;
    size_t used;
    if (!text)
        return cc_fail_null(err, "text");
    if (!value)
        return cc_fail_null(err, "value");
    skip_spaces(&p);
    if (p[0] == '-' && p[1] == '-') { /* Garmin's "--", spaces around allowed */
        const char *q = p + 2;
        skip_spaces(&q);
        if (!*q) {
            *value = NAN;
            return CALFCARE_OK;
        }
    }
    if (!*p) {
        *value = NAN; /* missing: empty or Garmin's "--" */
        return CALFCARE_OK;
    }
    used = cc_parse_decimal(p, CC_NUM_COMMA, &v); /* a decimal point, or one decimal comma ("2,81") */
    p += used;
    skip_spaces(&p);
    if (!used || *p || isnan(v))
        return fail_text(err, "number", "'", text, "' is not a number (decimal digits with '.' or one ',')", NULL);
    *value = v;
    return CALFCARE_OK;
}

/* Does s hold a ':' (a duration written h:mm:ss or mm:ss)? */
static int has_colon(const char *s)
{
    while (*s && *s != ':')
        s++;
    return *s == ':';
}

/* Duration "h:mm:ss", "mm:ss" (with optional fraction of a second) or a number of seconds. */
static int parse_hms(const char *text, double *seconds)
{
    const char *p = text;
    long part[3];
    int n = 0, k;
    double frac = 0;
    skip_spaces(&p);
    for (;;) {
        if (n == 3 || !read_digits(&p, 4, &part[n]))
            return 0;
        n++;
        if (*p != ':')
            break;
        p++;
    }
    if (*p == '.' || *p == ',') {
        double scale = 0.1;
        p++;
        while (*p >= '0' && *p <= '9') {
            frac += (*p++ - '0') * scale;
            scale /= 10;
        }
    }
    skip_spaces(&p);
    if (*p || n < 2)
        return 0;
    for (k = 1; k < n; k++)
        if (part[k] > 59)
            return 0;
    *seconds = n == 3 ? (double)(part[0] * 3600 + part[1] * 60 + part[2]) : (double)(part[0] * 60 + part[1]);
    *seconds += frac;
    return 1;
}

/* ---- names ------------------------------------------------------------------------------------- */

const char *calfcare_log_format_name(int format)
{
    switch (format) {
    case CALFCARE_LOG_FORMAT_CALFCARE:
        return "calfcare";
    case CALFCARE_LOG_FORMAT_STRAVA:
        return "strava";
    case CALFCARE_LOG_FORMAT_STRAVA_OLD:
        return "strava_old";
    case CALFCARE_LOG_FORMAT_GARMIN:
        return "garmin";
    default:
        return "unknown";
    }
}

calfcare_status calfcare_log_format_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_log_format_name, CALFCARE_LOG_FORMAT_UNKNOWN, CALFCARE_LOG_FORMAT_GARMIN, "format", word, value, err);
}

const char *calfcare_log_units_name(int units)
{
    switch (units) {
    case CALFCARE_LOG_UNITS_KM:
        return "km";
    case CALFCARE_LOG_UNITS_MI:
        return "mi";
    case CALFCARE_LOG_UNITS_M:
        return "m";
    default:
        return "unknown";
    }
}

const char *calfcare_log_climb_unit(int units)
{
    return units == CALFCARE_LOG_UNITS_MI ? "ft" : "m";
}

double calfcare_log_climb_in_units(double metres, int units)
{
    return units == CALFCARE_LOG_UNITS_MI ? metres / CALFCARE_LOG_M_PER_FOOT : metres;
}

calfcare_status calfcare_log_units_parse(const char *word, int *units, calfcare_error *err)
{
    /* A log's distances are in km or mi (metres are only Strava's older layout, known by its columns). */
    return cc_parse_name(calfcare_log_units_name, CALFCARE_LOG_UNITS_KM, CALFCARE_LOG_UNITS_MI, "units", word, units, err);
}

/* ---- the format detector ------------------------------------------------------------------------ */

/* Header names by role. Matching ignores ASCII case and surrounding spaces; non-ASCII letters are
 * matched as written (lower case). Sources of the localised names: docs/progression.md. */
static const char *const strava_date_names[] = {"activity date", "aktivitätsdatum", "date de l'activité",
                                                "fecha de la actividad", "data dell'attività", "activiteitsdatum",
                                                "aktivitetsdato", NULL};
static const char *const type_names[] = {"activity type", "aktivitätstyp", "aktivitätsart", "type d'activité",
                                         "type d’activité", "tipo de actividad", "tipo di attività", "activiteittype",
                                         "activiteitstype", "aktivitetstype", "sportart", NULL};
static const char *const distance_names[] = {"distance", "distanz", "distancia", "distanza", "afstand",
                                             "strecke", NULL};
static const char *const garmin_date_names[] = {"date", "datum", "fecha", "data", "dato", NULL};
static const char *const garmin_time_names[] = {"time", "zeit", "durée", "tiempo", "tempo", "tijd", "tid", NULL};
static const char *const strava_elapsed_names[] = {"elapsed time", "verstrichene zeit", "temps écoulé",
                                                   "tiempo transcurrido", "tempo trascorso", "verstreken tijd",
                                                   "forløbet tid", NULL};
/* Elevation gain: Strava's "Elevation Gain" (m, among its SI columns) and older "elevation_gain";
 * Garmin's "Total Ascent" in the languages of its exports. */
static const char *const climb_names[] = {"elevation gain", "höhenzunahme", "elevation_gain", "total ascent",
                                          "anstieg gesamt", "ascension totale", "ascenso total", "salita totale",
                                          "totale stijging", "samlet stigning", NULL};
static const char *const moving_names[] = {"moving time", "bewegungszeit", "moving_time", "temps de déplacement",
                                           "tiempo en movimiento", "tempo in movimento", "tijd in beweging",
                                           "bevægelsestid", NULL};

/* Compare a header field with a lower-case name: ASCII case-insensitive, spaces around ignored. */
static int name_is(const char *field, const char *name)
{
    size_t n;
    while (is_space(*field))
        field++;
    n = cc_strlen(field);
    while (n && is_space(field[n - 1]))
        n--;
    if (n != cc_strlen(name))
        return 0;
    while (n--) {
        if (lower(*field) != *name)
            return 0;
        field++;
        name++;
    }
    return 1;
}

static int name_in(const char *field, const char *const *names)
{
    for (; *names; names++)
        if (name_is(field, *names))
            return 1;
    return 0;
}

/* First column whose name is in the list (or equals name), -1 if none; skip columns already taken. */
static long find_col(const char *const *fields, size_t n, const char *const *names, const char *name,
                     const unsigned char *role)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (role[i] == CALFCARE_LOG_COL_IGNORED && (names ? name_in(fields[i], names) : name_is(fields[i], name)))
            return (long)i;
    return -1;
}

calfcare_status calfcare_log_reader_init(calfcare_log_reader *reader, int units, calfcare_error *err)
{
    if (!reader)
        return cc_fail_null(err, "reader");
    if (units != CALFCARE_LOG_UNITS_UNKNOWN && units != CALFCARE_LOG_UNITS_KM && units != CALFCARE_LOG_UNITS_MI) {
        cc_fail(err, CALFCARE_E_INVALID, "units", "accepted: km or mi (or unknown)");
        if (err)
            err->value = units;
        return CALFCARE_E_INVALID;
    }
    memset(reader, 0, sizeof *reader);
    reader->units = units;
    reader->units_given_ = units != CALFCARE_LOG_UNITS_UNKNOWN;
    return CALFCARE_OK;
}

static calfcare_status header_error(calfcare_log_reader *r, size_t line, calfcare_error *err, const char *field,
                                    const char *msg)
{
    r->error_line = line;
    r->error_column = 0;
    r->format = CALFCARE_LOG_FORMAT_UNKNOWN;
    return cc_fail(err, CALFCARE_E_INVALID, field, msg);
}

calfcare_status calfcare_log_header(calfcare_log_reader *reader, const char *const *fields, size_t fields_n,
                                    size_t line, calfcare_error *err)
{
    const char *f0 = NULL, *local[CALFCARE_LOG_MAX_COLUMNS];
    unsigned char *role;
    long date, dist, type, c;
    size_t i;
    if (!reader)
        return cc_fail_null(err, "reader");
    if (!fields)
        return cc_fail_null(err, "fields");
    if (reader->format != CALFCARE_LOG_FORMAT_UNKNOWN || reader->columns)
        return cc_fail(err, CALFCARE_E_STATE, "reader", "the header was already given");
    if (fields_n == 0 || fields_n > CALFCARE_LOG_MAX_COLUMNS) {
        reader->error_line = line;
        cc_fail(err, CALFCARE_E_INVALID, "header", "");
        cc_fail_append(err, NULL, (double)fields_n, " columns; accepted: 1 to 256");
        return CALFCARE_E_INVALID;
    }
    for (i = 0; i < fields_n; i++) {
        if (!fields[i])
            return cc_fail_null(err, "fields");
        local[i] = fields[i];
    }
    f0 = fields[0];
    if ((unsigned char)f0[0] == 0xEF && (unsigned char)f0[1] == 0xBB && (unsigned char)f0[2] == 0xBF)
        local[0] = f0 + 3; /* UTF-8 byte order mark */
    role = reader->role_;
    memset(role, 0, sizeof reader->role_);
    reader->columns = fields_n;

    if ((date = find_col(local, fields_n, strava_date_names, NULL, role)) >= 0 &&
        (type = find_col(local, fields_n, type_names, NULL, role)) >= 0) {
        /* Strava's bulk export: the first Distance column is km (checked against the second, metres). */
        reader->format = CALFCARE_LOG_FORMAT_STRAVA;
        reader->times_utc = 1;
        role[date] = CALFCARE_LOG_COL_DATE;
        role[type] = CALFCARE_LOG_COL_TYPE;
        if ((dist = find_col(local, fields_n, distance_names, NULL, role)) < 0)
            return header_error(reader, line, err, "header",
                                "this looks like a Strava activities.csv without a Distance column");
        role[dist] = CALFCARE_LOG_COL_DISTANCE;
        if ((c = find_col(local, fields_n, distance_names, NULL, role)) >= 0)
            role[c] = CALFCARE_LOG_COL_DISTANCE_M;
        if ((c = find_col(local, fields_n, strava_elapsed_names, NULL, role)) >= 0)
            role[c] = CALFCARE_LOG_COL_DURATION;
        if ((c = find_col(local, fields_n, climb_names, NULL, role)) >= 0)
            role[c] = CALFCARE_LOG_COL_CLIMB;
        if ((c = find_col(local, fields_n, moving_names, NULL, role)) >= 0)
            role[c] = CALFCARE_LOG_COL_MOVING;
        if (!reader->units_given_)
            reader->units = CALFCARE_LOG_UNITS_KM;
    } else if (find_col(local, fields_n, NULL, "id", role) >= 0 && find_col(local, fields_n, NULL, "type", role) >= 0 &&
               (date = find_col(local, fields_n, NULL, "date", role)) >= 0 &&
               (dist = find_col(local, fields_n, NULL, "distance", role)) >= 0) {
        /* Strava's older layout: distance in metres, dates in UTC. */
        reader->format = CALFCARE_LOG_FORMAT_STRAVA_OLD;
        reader->times_utc = 1;
        role[date] = CALFCARE_LOG_COL_DATE;
        role[dist] = CALFCARE_LOG_COL_DISTANCE;
        role[find_col(local, fields_n, NULL, "type", role)] = CALFCARE_LOG_COL_TYPE;
        if ((c = find_col(local, fields_n, NULL, "elapsed_time", role)) >= 0)
            role[c] = CALFCARE_LOG_COL_DURATION;
        if ((c = find_col(local, fields_n, NULL, "elevation_gain", role)) >= 0)
            role[c] = CALFCARE_LOG_COL_CLIMB;
        if ((c = find_col(local, fields_n, NULL, "moving_time", role)) >= 0)
            role[c] = CALFCARE_LOG_COL_MOVING;
        reader->units = CALFCARE_LOG_UNITS_M;
    } else if ((dist = find_col(local, fields_n, NULL, "distance_km", role)) >= 0 &&
               (date = find_col(local, fields_n, NULL, "date", role)) >= 0) {
        long dur, rpe, climb, moving;
        reader->format = CALFCARE_LOG_FORMAT_CALFCARE;
        role[dist] = CALFCARE_LOG_COL_DISTANCE;
        role[date] = CALFCARE_LOG_COL_DATE;
        if (find_col(local, fields_n, NULL, "distance_km", role) >= 0 || find_col(local, fields_n, NULL, "date", role) >= 0)
            return header_error(reader, line, err, "header", "a column appears twice (date or distance_km)");
        dur = find_col(local, fields_n, NULL, "duration_min", role);
        rpe = find_col(local, fields_n, NULL, "rpe", role);
        if ((dur >= 0) != (rpe >= 0))
            return header_error(reader, line, err, "header",
                                "duration_min and rpe go together (load = minutes x RPE)");
        if (dur >= 0) {
            role[dur] = CALFCARE_LOG_COL_DURATION;
            role[rpe] = CALFCARE_LOG_COL_RPE;
            reader->has_load = 1;
        }
        if ((climb = find_col(local, fields_n, NULL, "climb_m", role)) >= 0)
            role[climb] = CALFCARE_LOG_COL_CLIMB;
        if ((moving = find_col(local, fields_n, NULL, "moving_min", role)) >= 0)
            role[moving] = CALFCARE_LOG_COL_MOVING;
        if (find_col(local, fields_n, NULL, "climb_m", role) >= 0 ||
            find_col(local, fields_n, NULL, "moving_min", role) >= 0)
            return header_error(reader, line, err, "header", "a column appears twice (climb_m or moving_min)");
        if (reader->units_given_ && reader->units != CALFCARE_LOG_UNITS_KM)
            return header_error(reader, line, err, "units",
                                "the distance_km column is in km by its name; units mi does not apply");
        reader->units = CALFCARE_LOG_UNITS_KM;
    } else if ((type = find_col(local, fields_n, type_names, NULL, role)) >= 0 &&
               (date = find_col(local, fields_n, garmin_date_names, NULL, role)) >= 0 &&
               (dist = find_col(local, fields_n, distance_names, NULL, role)) >= 0) {
        reader->format = CALFCARE_LOG_FORMAT_GARMIN;
        role[type] = CALFCARE_LOG_COL_TYPE;
        role[date] = CALFCARE_LOG_COL_DATE;
        role[dist] = CALFCARE_LOG_COL_DISTANCE;
        if ((c = find_col(local, fields_n, garmin_time_names, NULL, role)) >= 0)
            role[c] = CALFCARE_LOG_COL_DURATION;
        if ((c = find_col(local, fields_n, climb_names, NULL, role)) >= 0)
            role[c] = CALFCARE_LOG_COL_CLIMB;
        if ((c = find_col(local, fields_n, moving_names, NULL, role)) >= 0)
            role[c] = CALFCARE_LOG_COL_MOVING;
        if (!reader->units_given_) {
            memset(role, 0, sizeof reader->role_);
            return header_error(reader, line, err, "units",
                                "this looks like a Garmin Connect export; its distances may be km or miles: "
                                "add --units km or --units mi");
        }
    } else {
        int has_date = find_col(local, fields_n, garmin_date_names, NULL, role) >= 0 ||
                       find_col(local, fields_n, strava_date_names, NULL, role) >= 0;
        int has_dist = find_col(local, fields_n, distance_names, NULL, role) >= 0;
        reader->columns = 0;
        if (has_date && has_dist)
            return header_error(reader, line, err, "header",
                                "a date and a distance column but no known format; name them "
                                "date,distance_km (one row per run, km) or export activities from Strava or Garmin");
        return header_error(reader, line, err, "header",
                            "unknown; expected date,distance_km[,duration_min,rpe], Strava's "
                            "activities.csv or Garmin Connect's Activities.csv");
    }
    for (i = 0; i < fields_n; i++)
        if (role[i] == CALFCARE_LOG_COL_IGNORED)
            reader->ignored_columns++;
    return CALFCARE_OK;
}

int calfcare_log_column_role(const calfcare_log_reader *reader, size_t column)
{
    if (!reader || column >= reader->columns || column >= CALFCARE_LOG_MAX_COLUMNS)
        return CALFCARE_LOG_COL_IGNORED;
    return reader->role_[column];
}

const char *calfcare_log_skipped_type(const calfcare_log_reader *reader, size_t i, size_t *count)
{
    if (!reader || i >= CALFCARE_LOG_MAX_SKIPPED_TYPES || reader->skipped_n_[i] == 0)
        return NULL;
    if (count)
        *count = reader->skipped_n_[i];
    return reader->skipped_name_[i];
}

/* ---- the row parser ---------------------------------------------------------------------------- */

/* Does an activity type name a run? Word stems of running in the documented languages, at the start
 * of a word, ASCII case ignored: Run, Trail Run, Virtual Run, Running, Treadmill Running, Laufen,
 * Laufband, Course à pied, Carrera, Corsa, Hardlopen, Løb. Walks, hikes and workouts are not runs. */
static int is_run_type(const char *t)
{
    static const char *const stems[] = {"run", "lauf", "course", "carrera", "corsa", "hardlop", "løb", "trail", NULL};
    const char *p = t;
    while (*p) {
        const char *const *s;
        while (*p && !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (unsigned char)*p >= 0x80))
            p++;
        for (s = stems; *s; s++) {
            size_t k = 0;
            while ((*s)[k] && lower(p[k]) == (*s)[k])
                k++;
            if (!(*s)[k])
                return 1;
        }
        while (*p && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (unsigned char)*p >= 0x80))
            p++;
    }
    return 0;
}

static void count_skipped(calfcare_log_reader *r, const char *type)
{
    size_t i, n;
    char name[40];
    while (is_space(*type))
        type++;
    n = cc_strlen(type);
    while (n && is_space(type[n - 1]))
        n--;
    if (n >= sizeof name)
        n = sizeof name - 1;
    memcpy(name, type, n);
    name[n] = '\0';
    r->skipped++;
    for (i = 0; i < CALFCARE_LOG_MAX_SKIPPED_TYPES; i++) {
        if (r->skipped_n_[i] == 0) {
            memcpy(r->skipped_name_[i], name, n + 1);
            r->skipped_n_[i] = 1;
            return;
        }
        if (cc_streq(r->skipped_name_[i], name)) {
            r->skipped_n_[i]++;
            return;
        }
    }
    r->skipped_other++;
}

/* A field error: where (line, column) goes to the reader, the message names the column. */
static calfcare_status (field_error)(calfcare_log_reader *r, size_t line, size_t col, calfcare_error *err,
                                     const char *field, const char *header, const char *a, const char *text,
                                     const char *b)
{
    r->error_line = line;
    r->error_column = col + 1;
    (void)header;
    fail_text(err, field, a, text, b, NULL);
    return CALFCARE_E_INVALID;
}
#define field_error(r, line, col, err, field, header, a, text, b)                                               \
    (field_error)(r, line, col, err, field, CC_MSG(header), CC_MSG(a), text, CC_MSG(b))

static const char *role_field(int role)
{
    switch (role) {
    case CALFCARE_LOG_COL_DATE:
        return "date";
    case CALFCARE_LOG_COL_DISTANCE:
    case CALFCARE_LOG_COL_DISTANCE_M:
        return "distance_km";
    case CALFCARE_LOG_COL_DURATION:
        return "duration_min";
    case CALFCARE_LOG_COL_RPE:
        return "rpe";
    case CALFCARE_LOG_COL_CLIMB:
        return "climb_m";
    case CALFCARE_LOG_COL_MOVING:
        return "moving_min";
    default:
        return "fields";
    }
}

/* Garmin writes ascent as a whole number with a thousands separator ("1,234" in English, "1.234" in
 * German): digits in groups of three after the first 1-3 are one whole number, never a decimal. */
static int parse_grouped_whole(const char *t, double *v)
{
    const char *p = t;
    long part;
    int n;
    double acc;
    skip_spaces(&p);
    n = read_digits(&p, 3, &part);
    if (n == 0 || (*p != ',' && *p != '.'))
        return 0;
    acc = (double)part;
    while (*p == ',' || *p == '.') {
        char sep = *p;
        p++;
        if (read_digits(&p, 3, &part) != 3 || (*p >= '0' && *p <= '9') || (*p && *p != sep && !is_space(*p)))
            return 0;
        acc = acc * 1000.0 + (double)part;
    }
    skip_spaces(&p);
    if (*p)
        return 0;
    *v = acc;
    return 1;
}

static double km_of(double v, int units)
{
    switch (units) {
    case CALFCARE_LOG_UNITS_MI:
        return v * CALFCARE_LOG_KM_PER_MILE;
    case CALFCARE_LOG_UNITS_M:
        return v / 1000.0;
    default:
        return v;
    }
}

calfcare_status calfcare_log_row(calfcare_log_reader *reader, const char *const *fields, size_t fields_n, size_t line,
                                 calfcare_log_run *run, calfcare_error *err)
{
    calfcare_log_run out;
    calfcare_status st;
    size_t i;
    long col_m = -1, col_km = -1;
    double metres = NAN, rpe = NAN, climb = NAN;
    long col_climb = -1;
    int own;
    if (!reader)
        return cc_fail_null(err, "reader");
    if (!fields)
        return cc_fail_null(err, "fields");
    if (!run)
        return cc_fail_null(err, "run");
    if (reader->columns == 0 || reader->format == CALFCARE_LOG_FORMAT_UNKNOWN)
        return cc_fail(err, CALFCARE_E_STATE, "reader", "no header was read");
    if (reader->rows >= CALFCARE_LOG_MAX_ROWS) {
        reader->error_line = line;
        cc_fail(err, CALFCARE_E_BUFFER, "rows", "the log has more than ");
        cc_fail_append(err, NULL, CALFCARE_LOG_MAX_ROWS, " rows, the most accepted");
        return CALFCARE_E_BUFFER;
    }
    if (fields_n != reader->columns) {
        reader->error_line = line;
        reader->error_column = 0;
        cc_fail(err, CALFCARE_E_INVALID, "fields", "expected ");
        cc_fail_append(err, NULL, (double)reader->columns, " fields as in the header, found ");
        cc_fail_append(err, NULL, (double)fields_n, NULL);
        return CALFCARE_E_INVALID;
    }
    for (i = 0; i < fields_n; i++)
        if (!fields[i])
            return cc_fail_null(err, "fields");
    own = reader->format == CALFCARE_LOG_FORMAT_CALFCARE;
    memset(&out, 0, sizeof out);
    out.kind = CALFCARE_LOG_ROW_RUN;
    out.line = line;
    out.utc = reader->times_utc;
    out.duration_min = NAN;
    out.load = NAN;
    out.spike_pct = NAN;
    out.km = NAN;
    out.climb_m = NAN;
    out.moving_min = NAN;
    out.pace_pct = NAN;
    out.hard = -1;
    reader->rows++;
    /* The type first: other activities are counted and not parsed further. */
    for (i = 0; i < fields_n; i++)
        if (reader->role_[i] == CALFCARE_LOG_COL_TYPE && !is_run_type(fields[i])) {
            count_skipped(reader, fields[i]);
            memset(run, 0, sizeof *run);
            run->kind = CALFCARE_LOG_ROW_SKIPPED;
            run->line = line;
            run->duration_min = run->load = run->spike_pct = run->km = NAN;
            run->climb_m = run->moving_min = run->pace_pct = NAN;
            run->hard = -1;
            return CALFCARE_OK;
        }
    for (i = 0; i < fields_n; i++) {
        int role = reader->role_[i];
        const char *t = fields[i];
        double v;
        switch (role) {
        case CALFCARE_LOG_COL_DATE:
            if (calfcare_log_date_parse(t, &out.start_s, &out.time_known, err) != CALFCARE_OK) {
                reader->error_line = line;
                reader->error_column = i + 1;
                return CALFCARE_E_INVALID;
            }
            out.day = floor(out.start_s / SECONDS_PER_DAY);
            break;
        case CALFCARE_LOG_COL_DISTANCE:
        case CALFCARE_LOG_COL_DISTANCE_M:
        case CALFCARE_LOG_COL_DURATION:
        case CALFCARE_LOG_COL_RPE:
        case CALFCARE_LOG_COL_CLIMB:
        case CALFCARE_LOG_COL_MOVING:
            if ((role == CALFCARE_LOG_COL_DURATION || role == CALFCARE_LOG_COL_MOVING) && !own && has_colon(t)) {
                if (!parse_hms(t, &v))
                    return field_error(reader, line, i, err, role_field(role), "duration", "'", t,
                                       "' is not a time (h:mm:ss)");
            } else if (role == CALFCARE_LOG_COL_CLIMB && reader->format == CALFCARE_LOG_FORMAT_GARMIN &&
                       parse_grouped_whole(t, &v)) {
                /* "1,234" ft or m: a whole number with a thousands separator */
            } else if (calfcare_log_number_parse(t, &v, NULL) != CALFCARE_OK) {
                return field_error(reader, line, i, err, role_field(role), role_field(role), "'", t,
                                   "' is not a number");
            }
            if (own && isnan(v))
                return field_error(reader, line, i, err, role_field(role), role_field(role), "empty", "", NULL);
            if (!isnan(v) && v < 0)
                return field_error(reader, line, i, err, role_field(role), role_field(role), "'", t,
                                   role == CALFCARE_LOG_COL_CLIMB
                                       ? "' is negative; accepted: 0 to 20000 m, at most the distance (1000 m per km)"
                                   : role == CALFCARE_LOG_COL_MOVING ? "' is negative; accepted: 0 to 1440 min"
                                                                     : "' is negative");
            if (role == CALFCARE_LOG_COL_DISTANCE) {
                col_km = (long)i;
                out.km = km_of(v, reader->units);
                if (out.km > CALFCARE_PROGRESSION_MAX_DAILY_KM) { /* the value as written */
                    if (reader->units == CALFCARE_LOG_UNITS_KM) {
                        field_error(reader, line, i, err, "distance_km", NULL, "'", t,
                                    "' is outside the accepted range; accepted: 0 to 320 km");
                    } else { /* '200' mi is 321.869 km */
                        field_error(reader, line, i, err, "distance_km", NULL, "'", t, "' ");
                        cc_fail_append(err, calfcare_log_units_name(reader->units), NAN, " is ");
                        cc_fail_append(err, NULL, out.km, " km; accepted: 0 to 320 km");
                    }
                    if (err) {
                        err->value = out.km;
                        err->min = 0;
                        err->max = CALFCARE_PROGRESSION_MAX_DAILY_KM;
                    }
                    return CALFCARE_E_INVALID;
                }
            } else if (role == CALFCARE_LOG_COL_DISTANCE_M) {
                col_m = (long)i;
                metres = v;
            } else if (role == CALFCARE_LOG_COL_RPE) {
                rpe = v;
            } else if (role == CALFCARE_LOG_COL_CLIMB) {
                col_climb = (long)i;
                /* ft in a Garmin file in miles; m in ours and Strava's (its SI columns) */
                climb = reader->format == CALFCARE_LOG_FORMAT_GARMIN && reader->units == CALFCARE_LOG_UNITS_MI
                            ? v * CALFCARE_LOG_M_PER_FOOT
                            : v;
            } else if (role == CALFCARE_LOG_COL_MOVING) {
                if (!isnan(v))
                    out.moving_min = own ? v : v / 60.0; /* minutes in ours; seconds or h:mm:ss in exports */
            } else if (!isnan(v)) {
                out.duration_min = own ? v : v / 60.0; /* minutes in ours; seconds or h:mm:ss in exports */
            }
            break;
        default:
            break;
        }
    }
    if (isnan(out.km) && !isnan(metres))
        out.km = metres / 1000.0;
    if (isnan(out.km))
        out.km = 0; /* missing distance ("--" or empty in an export): a 0 km run, counted in the report */
    else if (col_m >= 0 && !isnan(metres) && fabs(out.km - metres / 1000.0) > CALFCARE_LOG_STRAVA_KM_TOLERANCE *
                                                                               (reader->units == CALFCARE_LOG_UNITS_MI ? CALFCARE_LOG_KM_PER_MILE : 1.0)) {
        /* Strava's two distance columns disagree: never pick one silently. */
        reader->error_line = line;
        reader->error_column = (size_t)col_km + 1;
        cc_fail(err, CALFCARE_E_INVALID, "units", "the first Distance column holds ");
        cc_fail_append(err, NULL, out.km / km_of(1.0, reader->units), reader->units == CALFCARE_LOG_UNITS_MI ? " mi" : " km");
        cc_fail_append(err, " but the metres column ", metres, " m");
        if (fabs(km_of(out.km, CALFCARE_LOG_UNITS_MI) - metres / 1000.0) <= 0.02)
            cc_fail_append(err, ": it is in miles; add --units mi", NAN, NULL);
        else if (reader->units == CALFCARE_LOG_UNITS_MI)
            cc_fail_append(err, ": drop --units mi", NAN, NULL);
        return CALFCARE_E_INVALID;
    } else if (col_m >= 0 && !isnan(metres)) {
        reader->cross_checked++;
    }
    st = cc_check_number(NULL, "distance_km", out.km, 0, CALFCARE_PROGRESSION_MAX_DAILY_KM, "km", 0);
    if (st != CALFCARE_OK) {
        reader->error_line = line;
        reader->error_column = (size_t)(col_km >= 0 ? col_km : col_m) + 1;
        cc_check_number(err, "distance_km", out.km, 0, CALFCARE_PROGRESSION_MAX_DAILY_KM, "km", 0);
        return st;
    }
    if (!isnan(out.duration_min) && out.duration_min > CALFCARE_PROGRESSION_MAX_SESSION_MIN) {
        reader->error_line = line;
        cc_check_number(err, "duration_min", out.duration_min, 0, CALFCARE_PROGRESSION_MAX_SESSION_MIN, "min", 0);
        return CALFCARE_E_INVALID;
    }
    if (!isnan(out.moving_min) && out.moving_min > CALFCARE_PROGRESSION_MAX_SESSION_MIN) {
        reader->error_line = line;
        cc_check_number(err, "moving_min", out.moving_min, 0, CALFCARE_PROGRESSION_MAX_SESSION_MIN, "min", 0);
        return CALFCARE_E_INVALID;
    }
    if (!isnan(climb)) {
        reader->error_line = line;
        reader->error_column = (size_t)col_climb + 1;
        if (climb > CALFCARE_PROGRESSION_MAX_RUN_CLIMB_M) {
            cc_check_number(err, "climb_m", climb, 0, CALFCARE_PROGRESSION_MAX_RUN_CLIMB_M, "m", 0);
            return CALFCARE_E_INVALID;
        }
        if (cc_climb_exceeds(climb, out.km)) {
            cc_fail(err, CALFCARE_E_INVALID, "climb_m", "");
            cc_fail_append(err, NULL, climb, " m of climbing in ");
            cc_fail_append(err, NULL, out.km, " km is more than the distance itself; accepted: 0 to ");
            cc_fail_append(err, NULL, out.km * CALFCARE_PROGRESSION_MAX_CLIMB_M_PER_KM, " m (1000 m per km)");
            if (err) {
                err->value = climb;
                err->min = 0;
                err->max = out.km * CALFCARE_PROGRESSION_MAX_CLIMB_M_PER_KM;
            }
            return CALFCARE_E_INVALID;
        }
        out.climb_m = climb;
    }
    if (reader->has_load) {
        st = calfcare_progression_session_load(out.duration_min, rpe, &out.load, err);
        if (st != CALFCARE_OK) {
            reader->error_line = line;
            return st;
        }
    }
    reader->runs++;
    reader->error_line = 0;
    reader->error_column = 0;
    *run = out;
    return CALFCARE_OK;
}

calfcare_status calfcare_log_run_localize(calfcare_log_run *run, double utc_offset_s, calfcare_error *err)
{
    calfcare_status st;
    if (!run)
        return cc_fail_null(err, "run");
    st = cc_check_number(err, "utc_offset_s", utc_offset_s, -18 * 3600.0, 18 * 3600.0, "s", 0);
    if (st != CALFCARE_OK)
        return st;
    if (!run->utc)
        return CALFCARE_OK;
    run->start_s += utc_offset_s;
    run->day = floor(run->start_s / SECONDS_PER_DAY);
    run->utc = 0;
    return CALFCARE_OK;
}

/* ---- the check --------------------------------------------------------------------------------- */

calfcare_status calfcare_log_options_init(calfcare_log_options *options, calfcare_error *err)
{
    if (!options)
        return cc_fail_null(err, "options");
    memset(options, 0, sizeof *options);
    calfcare_progression_params_init(&options->params, NULL);
    options->until = NAN;
    options->since = NAN;
    return CALFCARE_OK;
}

/* The error's message ends with " (line N)" naming the run. */
static calfcare_status run_error(calfcare_error *err, const calfcare_log_run *run)
{
    cc_fail_append(err, " (line ", (double)run->line, ")");
    return err ? err->status : CALFCARE_E_INVALID;
}

static calfcare_status check_runs(const calfcare_log_run *runs, size_t n, const calfcare_log_options *o,
                                  double *first, calfcare_error *err)
{
    size_t i;
    calfcare_status st;
    char d1[11], d2[11];
    if (!runs)
        return cc_fail_null(err, "runs");
    if (!o)
        return cc_fail_null(err, "options");
    if (n == 0)
        return cc_fail(err, CALFCARE_E_INVALID, "runs", "the log holds no runs");
    if (n > CALFCARE_LOG_MAX_ROWS) {
        cc_fail(err, CALFCARE_E_BUFFER, "runs", "");
        cc_fail_append(err, NULL, (double)n, " runs; at most ");
        cc_fail_append(err, NULL, CALFCARE_LOG_MAX_ROWS, " are accepted");
        return CALFCARE_E_BUFFER;
    }
    st = cc_check_number(err, "until", o->until, min_day(), max_day(), "", 1);
    if (st != CALFCARE_OK)
        return st;
    *first = o->until;
    for (i = 0; i < n; i++) {
        const calfcare_log_run *r = &runs[i];
        if (r->kind != CALFCARE_LOG_ROW_RUN) {
            cc_fail(err, CALFCARE_E_INVALID, "runs", "an entry that is not a run");
            return run_error(err, r);
        }
        if (r->utc) {
            cc_fail(err, CALFCARE_E_INVALID, "runs",
                    "a start still in UTC; give the runner's offset with calfcare_log_run_localize()");
            return run_error(err, r);
        }
        if ((st = cc_check_number(err, "day", r->day, min_day(), max_day(), "", 1)) != CALFCARE_OK ||
            (st = cc_check_number(err, "distance_km", r->km, 0, CALFCARE_PROGRESSION_MAX_DAILY_KM, "km", 0)) != CALFCARE_OK)
            return run_error(err, r);
        /* climbing and moving time: NaN (unknown) or as the reader accepts them */
        if (!isnan(r->climb_m) &&
            (st = cc_check_number(err, "climb_m", r->climb_m, 0,
                                  cc_climb_cap(r->km) < CALFCARE_PROGRESSION_MAX_RUN_CLIMB_M
                                      ? cc_climb_cap(r->km)
                                      : CALFCARE_PROGRESSION_MAX_RUN_CLIMB_M,
                                  "m", 0)) != CALFCARE_OK)
            return run_error(err, r);
        if (!isnan(r->moving_min) &&
            (st = cc_check_number(err, "moving_min", r->moving_min, 0, CALFCARE_PROGRESSION_MAX_SESSION_MIN, "min", 0)) !=
                CALFCARE_OK)
            return run_error(err, r);
        if (r->day > o->until) {
            calfcare_log_date_format(r->day, d1, sizeof d1, NULL);
            calfcare_log_date_format(o->until, d2, sizeof d2, NULL);
            fail_text(err, "day", "", d1, " is after the until date ", d2);
            if (err)
                err->value = r->day;
            return run_error(err, r);
        }
        if (r->day < *first)
            *first = r->day;
    }
    return CALFCARE_OK;
}

/* Work layout (doubles): daily km, load, climb and hard minutes [days each], then 12 week vectors
 * [weeks], then 4 run vectors [n]. */
static size_t work_need(size_t days, size_t weeks, size_t n)
{
    return 4 * days + 12 * (weeks ? weeks : 1) + 4 * n;
}

calfcare_status calfcare_log_check_size(const calfcare_log_run *runs, size_t runs_n, const calfcare_log_options *options,
                                        calfcare_log_sizes *sizes, calfcare_error *err)
{
    double first;
    size_t days;
    calfcare_status st;
    if (!sizes)
        return cc_fail_null(err, "sizes");
    if ((st = check_runs(runs, runs_n, options, &first, err)) != CALFCARE_OK)
        return st;
    days = (size_t)(options->until - first) + 1;
    memset(sizes, 0, sizeof *sizes);
    sizes->weeks_n = days / 7 ? days / 7 : 1;
    sizes->work_n = work_need(days, days / 7, runs_n);
    return CALFCARE_OK;
}

/* Run order: day, then start, then line (a total order, so any sort gives the same result). */
static int run_before(const calfcare_log_run *a, const calfcare_log_run *b)
{
    if (a->day != b->day)
        return a->day < b->day;
    if (a->start_s != b->start_s)
        return a->start_s < b->start_s;
    return a->line < b->line;
}

static void swap_runs(calfcare_log_run *a, calfcare_log_run *b)
{
    calfcare_log_run t = *a;
    *a = *b;
    *b = t;
}

static void sift_down(calfcare_log_run *r, size_t root, size_t n)
{
    for (;;) {
        size_t child = 2 * root + 1;
        if (child >= n)
            return;
        if (child + 1 < n && run_before(&r[child], &r[child + 1]))
            child++;
        if (!run_before(&r[root], &r[child]))
            return;
        swap_runs(&r[root], &r[child]);
        root = child;
    }
}

/* In order already (exports are): one pass. Newest first (Garmin): reversed. Else heapsort (no memory). */
static void sort_runs(calfcare_log_run *r, size_t n)
{
    size_t i, asc = 1, desc = 1;
    for (i = 1; i < n && (asc || desc); i++) {
        if (run_before(&r[i], &r[i - 1]))
            asc = 0;
        if (run_before(&r[i - 1], &r[i]))
            desc = 0;
    }
    if (asc)
        return;
    if (desc) {
        for (i = 0; i < n / 2; i++)
            swap_runs(&r[i], &r[n - 1 - i]);
        return;
    }
    for (i = n / 2; i > 0; i--)
        sift_down(r, i - 1, n);
    for (i = n - 1; i > 0; i--) {
        swap_runs(&r[0], &r[i]);
        sift_down(r, 0, i);
    }
}

/* Is b a second recording of a (a starts first)? Both need a time of day. */
static int is_duplicate(const calfcare_log_run *a, const calfcare_log_run *b)
{
    double longer;
    if (!a->time_known || !b->time_known)
        return 0;
    if (!isnan(a->duration_min) && a->start_s + a->duration_min * 60.0 > b->start_s)
        return 1; /* overlapping times */
    longer = a->km > b->km ? a->km : b->km;
    return b->start_s - a->start_s < CALFCARE_LOG_DUPLICATE_START_S &&
           fabs(a->km - b->km) <= longer * CALFCARE_LOG_DUPLICATE_KM_PCT / 100.0;
}

static void add_item(calfcare_log_report *rep, int code, double day, size_t count)
{
    size_t i;
    for (i = 0; i < rep->advice_count; i++)
        if (rep->advice[i].code == code) {
            if (day > rep->advice[i].day)
                rep->advice[i].day = day;
            rep->advice[i].count += count;
            return;
        }
    if (rep->advice_count < CALFCARE_LOG_MAX_ADVICE) {
        rep->advice[rep->advice_count].code = code;
        rep->advice[rep->advice_count].day = day;
        rep->advice[rep->advice_count].count = count;
        rep->advice_count++;
    }
}

/* Weeks ending on the last day, as calfcare_progression_weekly_totals() sums them (climbing, hard minutes). */
static void week_sums(const double *daily, size_t days, double *weekly)
{
    size_t lead = days % 7, k, j;
    for (k = 0; k < days / 7; k++) {
        double s = 0.0;
        for (j = 0; j < 7; j++)
            s += daily[lead + 7 * k + j];
        weekly[k] = s;
    }
}

/* The time of a run for its pace: moving time, else duration; NaN when neither (or 0). */
static double run_time_min(const calfcare_log_run *r)
{
    double t = !isnan(r->moving_min) ? r->moving_min : r->duration_min;
    return t > 0 ? t : NAN;
}

/* Does a run give a pace (counted, over 0 km, with a time)? */
static int has_pace(const calfcare_log_run *r, int keep_duplicates)
{
    return !(r->duplicate && !keep_duplicates) && r->km > 0 && !isnan(run_time_min(r));
}

/* The intensity proxy (docs/progression.md): each counted run over 0 km with a time is compared with
 * the median pace of the latest CALFCARE_LOG_HARD_REF_RUNS runs with a pace of the
 * CALFCARE_LOG_HARD_WINDOW_DAYS days before its day (runs earlier the same day are not in it, as for
 * spikes); with at least CALFCARE_LOG_HARD_MIN_REF_RUNS of them, it is hard when its pace is at least
 * CALFCARE_LOG_HARD_PACE_PCT percent lower. The runs are sorted; a day's runs join the reference
 * once the day is over. Linear in runs (the reference holds at most 10). Not inlined: its reference
 * arrays then never add to the stack of the checks that follow. */
static __attribute__((noinline)) void hard_runs(calfcare_log_run *runs, size_t n, int keep_duplicates)
{
    double rday[CALFCARE_LOG_HARD_REF_RUNS], rpace[CALFCARE_LOG_HARD_REF_RUNS], tmp[CALFCARE_LOG_HARD_REF_RUNS];
    size_t next = 0, have = 0, pend = 0, i, j, k, m;
    for (i = 0; i < n; i++) {
        calfcare_log_run *r = &runs[i];
        double ref, pace;
        if (i > 0 && r->day != runs[i - 1].day) /* the days before join the reference, latest kept */
            for (; pend < i; pend++)
                if (has_pace(&runs[pend], keep_duplicates)) {
                    rday[next] = runs[pend].day;
                    rpace[next] = run_time_min(&runs[pend]) / runs[pend].km;
                    next = (next + 1) % CALFCARE_LOG_HARD_REF_RUNS;
                    if (have < CALFCARE_LOG_HARD_REF_RUNS)
                        have++;
                }
        r->pace_pct = NAN;
        r->hard = -1;
        if (!has_pace(r, keep_duplicates))
            continue;
        for (k = 0, m = 0; k < have; k++)
            if (rday[k] >= r->day - CALFCARE_LOG_HARD_WINDOW_DAYS) {
                for (j = m; j > 0 && tmp[j - 1] > rpace[k]; j--) /* insertion sort of at most 10 */
                    tmp[j] = tmp[j - 1];
                tmp[j] = rpace[k];
                m++;
            }
        if (m < CALFCARE_LOG_HARD_MIN_REF_RUNS)
            continue;
        ref = m % 2 ? tmp[m / 2] : (tmp[m / 2 - 1] + tmp[m / 2]) / 2.0;
        pace = run_time_min(r) / r->km;
        r->pace_pct = (1.0 - pace / ref) * 100.0;
        r->hard = r->pace_pct >= CALFCARE_LOG_HARD_PACE_PCT - 1e-9;
    }
}

static int has_code(const int *codes, size_t n, int code)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (codes[i] == code)
            return 1;
    return 0;
}

calfcare_status calfcare_log_check(calfcare_log_run *runs, size_t runs_n, const calfcare_log_options *options,
                                   double *work, size_t work_len, calfcare_log_week *weeks, size_t weeks_len,
                                   calfcare_log_report *report, calfcare_error *err)
{
    calfcare_log_report rep;
    calfcare_status st;
    calfcare_progression_acwr_result probe;
    double first, *daily, *dload, *dclimb, *dhard, *wk, *wchg, *lwk, *lchg, *cwk, *cchg, *hwk, *hchg, *rday, *rkm, *rsp;
    unsigned char *wover, *lover, *cover, *hover, *rband;
    size_t days, nweeks, lead, i, k, nr = 0, last_kept = 0, need;
    const double zero = 0;
    char d1[11];

    if ((st = check_runs(runs, runs_n, options, &first, err)) != CALFCARE_OK)
        return st;
    if (!work)
        return cc_fail_null(err, "work");
    if (!weeks)
        return cc_fail_null(err, "weeks");
    if (!report)
        return cc_fail_null(err, "report");
    /* The parameters, validated once by the ratio's own check. */
    if ((st = calfcare_progression_acwr(&zero, 1, &options->params, &probe, err)) != CALFCARE_OK)
        return st;
    if (!options->all && !isnan(options->since) &&
        (st = cc_check_number(err, "since", options->since, min_day(), options->until, "", 1)) != CALFCARE_OK)
        return st;
    days = (size_t)(options->until - first) + 1;
    nweeks = days / 7;
    need = work_need(days, nweeks, runs_n);
    if (work_len < need || work_len == SIZE_MAX) {
        cc_fail(err, CALFCARE_E_BUFFER, "work", "needs ");
        cc_fail_append(err, NULL, (double)need, " doubles (calfcare_log_check_size())");
        return CALFCARE_E_BUFFER;
    }
    if (weeks_len < (nweeks ? nweeks : 1) || weeks_len == SIZE_MAX) {
        cc_fail(err, CALFCARE_E_BUFFER, "weeks", "needs ");
        cc_fail_append(err, NULL, (double)(nweeks ? nweeks : 1), " weeks (calfcare_log_check_size())");
        return CALFCARE_E_BUFFER;
    }
    daily = work;
    dload = daily + days;
    dclimb = dload + days;
    dhard = dclimb + days;
    wk = dhard + days;
    wchg = wk + (nweeks ? nweeks : 1);
    wover = (unsigned char *)(wchg + (nweeks ? nweeks : 1));
    lwk = wchg + 2 * (nweeks ? nweeks : 1);
    lchg = lwk + (nweeks ? nweeks : 1);
    lover = (unsigned char *)(lchg + (nweeks ? nweeks : 1));
    cwk = lchg + 2 * (nweeks ? nweeks : 1);
    cchg = cwk + (nweeks ? nweeks : 1);
    cover = (unsigned char *)(cchg + (nweeks ? nweeks : 1));
    hwk = cchg + 2 * (nweeks ? nweeks : 1);
    hchg = hwk + (nweeks ? nweeks : 1);
    hover = (unsigned char *)(hchg + (nweeks ? nweeks : 1));
    rday = hchg + 2 * (nweeks ? nweeks : 1);
    rkm = rday + runs_n;
    rsp = rkm + runs_n;
    rband = (unsigned char *)(rsp + runs_n);

    memset(&rep, 0, sizeof rep);
    sort_runs(runs, runs_n);
    /* Second recordings: against the last run kept (keep_duplicates counts them, still reported). */
    for (i = 0; i < runs_n; i++) {
        runs[i].duplicate = i > 0 && is_duplicate(&runs[last_kept], &runs[i]);
        runs[i].spike_pct = NAN;
        runs[i].band = CALFCARE_PROGRESSION_BAND_NO_REFERENCE;
        if (runs[i].duplicate)
            rep.duplicates++;
        else
            last_kept = i;
    }
    hard_runs(runs, runs_n, options->keep_duplicates);
    for (i = 0; i < days; i++)
        daily[i] = dload[i] = dclimb[i] = dhard[i] = 0.0;
    rep.has_load = 1;
    for (i = 0; i < runs_n; i++) {
        const calfcare_log_run *r = &runs[i];
        size_t d = (size_t)(r->day - first);
        if (r->duplicate && !options->keep_duplicates)
            continue;
        if (rep.runs == 0)
            rep.first_day = r->day;
        rep.last_day = r->day;
        rep.runs++;
        if (r->km == 0)
            rep.zero_km++;
        daily[d] += r->km;
        if (isnan(r->load))
            rep.has_load = 0;
        else
            dload[d] += r->load;
        if (isnan(r->climb_m)) {
            rep.climb_missing++;
        } else {
            rep.has_climb = 1;
            dclimb[d] += r->climb_m;
        }
        if (!isnan(run_time_min(r)))
            rep.has_time = 1;
        if (r->hard == 1) {
            rep.hard_runs++;
            dhard[d] += run_time_min(r);
        } else if (r->hard == -1 && r->km > 0) {
            rep.hard_unknown++;
        }
        if (daily[d] > CALFCARE_PROGRESSION_MAX_DAILY_KM) {
            calfcare_log_date_format(r->day, d1, sizeof d1, NULL);
            fail_text(err, "daily_km", "the runs of ", d1, " sum to more than the accepted 320 km", NULL);
            if (err)
                err->value = daily[d];
            return run_error(err, r);
        }
        if (r->km > 0) {
            rday[nr] = r->day - first;
            rkm[nr++] = r->km;
        }
    }
    if (!rep.has_climb)
        rep.climb_missing = 0;
    rep.until = options->until;
    rep.days = days;
    rep.weeks = nweeks;
    lead = days % 7;
    rep.since = options->all ? first : !isnan(options->since) ? options->since
                                                              : options->until - 7.0 * CALFCARE_LOG_WINDOW_WEEKS + 1;
    if (rep.since < first)
        rep.since = first;
    rep.days_since_last_run = options->until - rep.last_day;
    rep.stale = rep.days_since_last_run > CALFCARE_LOG_STALE_DAYS;

    /* Weeks ending on until, and the weekly check. */
    if (nweeks) {
        size_t got;
        if ((st = calfcare_progression_weekly_totals(daily, days, wk, nweeks, &got, err)) != CALFCARE_OK)
            return st;
        for (k = 0; k < nweeks; k++)
            if (wk[k] > CALFCARE_PROGRESSION_MAX_WEEKLY_KM) {
                calfcare_log_date_format(first + (double)(lead + 7 * k + 6), d1, sizeof d1, NULL);
                fail_text(err, "weekly_km", "the week ending ", d1, " holds more than the accepted 1000 km",
                          NULL);
                if (err)
                    err->value = wk[k];
                return CALFCARE_E_INVALID;
            }
        if ((st = calfcare_progression_check_weekly(wk, nweeks, &options->params, wchg, nweeks, wover, nweeks,
                                                    &rep.weekly, err)) != CALFCARE_OK)
            return st;
        if (rep.has_load) {
            if ((st = calfcare_progression_weekly_load_totals(dload, days, lwk, nweeks, &got, err)) != CALFCARE_OK ||
                (st = calfcare_progression_check_weekly_load(lwk, nweeks, &options->params, lchg, nweeks, lover, nweeks,
                                                             &rep.load, err)) != CALFCARE_OK)
                return st;
        }
        /* Climbing and hard minutes: the same limit rule as distance (each run's climbing was
         * checked against its distance when read). */
        if (rep.has_climb) {
            week_sums(dclimb, days, cwk);
            if ((st = calfcare_progression_check_weekly_climb(cwk, nweeks, NULL, 0, &options->params, cchg, nweeks,
                                                              cover, nweeks, &rep.climb, err)) != CALFCARE_OK)
                return st;
        }
        if (rep.has_time) {
            week_sums(dhard, days, hwk);
            if ((st = calfcare_progression_check_weekly_hard(hwk, nweeks, &options->params, hchg, nweeks, hover,
                                                             nweeks, &rep.hard, err)) != CALFCARE_OK)
                return st;
        }
    }
    for (k = 0; k < nweeks; k++) {
        calfcare_log_week *w = &weeks[k];
        w->end_day = first + (double)(lead + 7 * k + 6);
        w->km = wk[k];
        w->change_pct = wchg[k];
        w->over_limit = wover[k];
        w->in_window = w->end_day >= rep.since;
        w->load = rep.has_load ? lwk[k] : NAN;
        w->load_change_pct = rep.has_load ? lchg[k] : NAN;
        w->load_over_limit = rep.has_load ? lover[k] : 0;
        w->climb_m = rep.has_climb ? cwk[k] : NAN;
        w->climb_change_pct = rep.has_climb ? cchg[k] : NAN;
        w->climb_over_limit = rep.has_climb ? cover[k] : 0;
        w->hard_min = rep.has_time ? hwk[k] : NAN;
        w->hard_change_pct = rep.has_time ? hchg[k] : NAN;
        w->hard_over_limit = rep.has_time ? hover[k] : 0;
        if (w->in_window && (w->over_limit || w->load_over_limit)) {
            rep.window_over_weeks++;
            add_item(&rep, CALFCARE_PROGRESSION_R_WEEKLY_OVER_LIMIT, w->end_day, 1);
        }
        if (w->in_window && w->climb_over_limit) {
            rep.window_climb_over_weeks++;
            add_item(&rep, CALFCARE_PROGRESSION_R_CLIMB_OVER_LIMIT, w->end_day, 1);
        }
        if (w->in_window && w->hard_over_limit) {
            rep.window_hard_over_weeks++;
            add_item(&rep, CALFCARE_PROGRESSION_R_HARD_OVER_LIMIT, w->end_day, 1);
        }
        /* One kind of increase a week (coaching): distance rose and so did climbing or hard minutes. */
        if (w->in_window && k > 0 && wk[k] > wk[k - 1] &&
            ((rep.has_climb && cwk[k] > cwk[k - 1]) || (rep.has_time && hwk[k] > hwk[k - 1]))) {
            rep.window_both_rise_weeks++;
            add_item(&rep, CALFCARE_PROGRESSION_R_ONE_RISE_A_WEEK, w->end_day, 1);
        }
    }
    if (nweeks && has_code(rep.weekly.advice, rep.weekly.advice_count, CALFCARE_PROGRESSION_R_TWO_WEEK_OVER_30))
        add_item(&rep, CALFCARE_PROGRESSION_R_TWO_WEEK_OVER_30, options->until, 1);
    if (nweeks && rep.window_over_weeks == 0 && rep.window_climb_over_weeks == 0 && rep.window_hard_over_weeks == 0)
        add_item(&rep, CALFCARE_PROGRESSION_R_WEEKLY_WITHIN, options->until, 1);

    /* Spikes of every run over 0 km; the next run on until + 1. */
    if (nr) {
        if ((st = calfcare_progression_spikes(rday, nr, rkm, nr, (double)days, rsp, nr, rband, nr, &rep.spikes, err)) !=
            CALFCARE_OK)
            return st;
        for (i = 0, k = 0; i < runs_n; i++) {
            calfcare_log_run *r = &runs[i];
            if ((r->duplicate && !options->keep_duplicates) || r->km <= 0)
                continue;
            r->spike_pct = rsp[k];
            r->band = rband[k++];
            if (r->day >= rep.since) {
                if (r->band >= CALFCARE_PROGRESSION_BAND_OVER_10)
                    rep.window_flagged_runs++;
            }
        }
        for (i = runs_n; i > 0; i--) { /* latest first, so each item's day is its latest run */
            const calfcare_log_run *r = &runs[i - 1];
            if (r->day < rep.since)
                break;
            if ((r->duplicate && !options->keep_duplicates) || r->km <= 0)
                continue;
            if (r->band == CALFCARE_PROGRESSION_BAND_OVER_100)
                add_item(&rep, CALFCARE_PROGRESSION_R_SPIKE_OVER_100, r->day, 1);
            else if (r->band == CALFCARE_PROGRESSION_BAND_OVER_30)
                add_item(&rep, CALFCARE_PROGRESSION_R_SPIKE_OVER_30, r->day, 1);
            else if (r->band == CALFCARE_PROGRESSION_BAND_OVER_10)
                add_item(&rep, CALFCARE_PROGRESSION_R_SPIKE_OVER_10, r->day, 1);
        }
        add_item(&rep, CALFCARE_PROGRESSION_R_NEXT_RUN_CAP, options->until + 1, 1);
    }
    for (i = 0; i < runs_n; i++)
        if (runs[i].day >= rep.since && !(runs[i].duplicate && !options->keep_duplicates))
            rep.window_runs++;

    /* The acute:chronic ratio of the daily km on until. */
    if ((st = calfcare_progression_acwr(daily, days, &options->params, &rep.acwr, err)) != CALFCARE_OK)
        return st;
    for (i = 0; i < rep.acwr.advice_count; i++)
        add_item(&rep, rep.acwr.advice[i], options->until, 1);
    if (rep.has_load && nweeks)
        add_item(&rep, CALFCARE_PROGRESSION_R_LOAD_SESSION_RPE, options->until, 1);
    if (rep.has_time && nweeks)
        add_item(&rep, CALFCARE_PROGRESSION_R_HARD_PROXY, options->until, 1);
    *report = rep;
    return CALFCARE_OK;
}
