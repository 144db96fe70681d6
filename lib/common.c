/* Error details, version and reason lookup shared by every area (status names and texts:
 * lib/status.c). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <string.h>

#include "internal.h"

const char *calfcare_version_string(void)
{
    return CALFCARE_VERSION_STRING;
}

int calfcare_version_major(void)
{
    return CALFCARE_VERSION_MAJOR;
}

int calfcare_version_minor(void)
{
    return CALFCARE_VERSION_MINOR;
}

int calfcare_version_patch(void)
{
    return CALFCARE_VERSION_PATCH;
}

void calfcare_error_clear(calfcare_error *err)
{
    if (!err)
        return;
    err->status = CALFCARE_OK;
    err->field = "";
    err->value = NAN;
    err->min = NAN;
    err->max = NAN;
    err->message[0] = '\0';
}

/* ---- message building ------------------------------------------------------------------- */

void cc_text_init(cc_text *t, char *buf, size_t cap)
{
    t->buf = buf;
    t->cap = cap;
    t->len = 0;
    if (cap)
        buf[0] = '\0';
}

void cc_text_puts(cc_text *t, const char *s)
{
    if (!t->cap || !s)
        return;
    /* As much as fits, copied in one pass (no strlen: a firmware then links none); the buffer
     * always ends in '\0'. */
    while (*s && t->len < t->cap - 1)
        t->buf[t->len++] = *s++;
    t->buf[t->len] = '\0';
}

static void text_putdigits(cc_text *t, unsigned long u, int negative)
{
    char buf[24];
    size_t n = sizeof buf - 1;
    buf[n] = 0;
    do {
        buf[--n] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (negative)
        buf[--n] = '-';
    cc_text_puts(t, buf + n);
}

void cc_text_putint(cc_text *t, long v)
{
    text_putdigits(t, v < 0 ? 0ul - (unsigned long)v : (unsigned long)v, v < 0);
}

/* "<field>: <v> is outside the accepted range <min> to <max> <unit>", straight into err. */
static calfcare_status range_error(calfcare_error *err, const char *field, unsigned long v, int v_negative, long min,
                                   long max, const char *unit)
{
    cc_text t;
    if (!err)
        return CALFCARE_E_INVALID;
    cc_fail(err, CALFCARE_E_INVALID, field, "");
#if CALFCARE_MESSAGES >= 1
    cc_text_init(&t, err->message, sizeof err->message);
    cc_text_puts(&t, field);
    cc_text_puts(&t, ": ");
    text_putdigits(&t, v, v_negative);
#if CALFCARE_MESSAGES >= 2
    cc_text_puts(&t, " is outside the accepted range ");
    cc_text_putint(&t, min);
    cc_text_puts(&t, " to ");
#else
    cc_text_puts(&t, " not in ");
    cc_text_putint(&t, min);
    cc_text_puts(&t, "..");
#endif
    cc_text_putint(&t, max);
    if (unit && *unit) {
        cc_text_puts(&t, " ");
        cc_text_puts(&t, unit);
    }
#else
    (void)t, (void)v, (void)v_negative, (void)min, (void)max, (void)unit;
#endif
    return CALFCARE_E_INVALID;
}

calfcare_status cc_check_int(calfcare_error *err, const char *field, long v, long min, long max, const char *unit)
{
    if (v >= min && v <= max)
        return CALFCARE_OK;
    return range_error(err, field, v < 0 ? 0ul - (unsigned long)v : (unsigned long)v, v < 0, min, max, unit);
}

calfcare_status cc_check_u32(calfcare_error *err, const char *field, uint32_t v, uint32_t min, uint32_t max,
                             const char *unit)
{
    if (v >= min && v <= max)
        return CALFCARE_OK;
    return range_error(err, field, v, 0, (long)min, (long)max, unit);
}

void cc_text_putnum(cc_text *t, double v)
{
    char digits[24], out[32]; /* whole < 1e15: at most 15 digits, then ".ddd" */
    size_t n = 0, k = 0;
    double ip;
    unsigned long long whole, frac;

    if (isnan(v)) {
        cc_text_puts(t, "nan");
        return;
    }
    if (isinf(v)) {
        cc_text_puts(t, v < 0 ? "-inf" : "inf");
        return;
    }
    if (v < 0) {
        out[k++] = '-';
        v = -v;
    }
    if (v >= 1e15) { /* beyond what any field accepts: say so rather than print digits */
        out[k] = '\0';
        cc_text_puts(t, out);
        cc_text_puts(t, "1e15 or more");
        return;
    }
    /* Round to 3 decimals, then print the whole part and up to 3 trimmed decimals. */
    v = floor(v * 1000.0 + 0.5) / 1000.0;
    ip = floor(v);
    whole = (unsigned long long)ip;
    frac = (unsigned long long)floor((v - ip) * 1000.0 + 0.5);
    if (frac >= 1000) {
        whole++;
        frac -= 1000;
    }
    do {
        digits[n++] = (char)('0' + whole % 10);
        whole /= 10;
    } while (whole);
    while (n)
        out[k++] = digits[--n];
    if (frac) {
        out[k++] = '.';
        out[k++] = (char)('0' + frac / 100);
        out[k++] = (char)('0' + frac / 10 % 10);
        out[k++] = (char)('0' + frac % 10);
        while (out[k - 1] == '0')
            k--;
    }
    out[k] = '\0';
    cc_text_puts(t, out);
}

void cc_text_putnum_exact(cc_text *t, double v)
{
    char digits[24], out[48];
    size_t n = 0, k = 0;
    unsigned d, i;
    double p10 = 1, a, ip;
    unsigned long long whole, frac;

    if (isnan(v) || isinf(v) || fabs(v) >= 1e15) {
        cc_text_putnum(t, v);
        return;
    }
    a = fabs(v);
    /* The fewest decimals (up to 15) that give back the same double: 20.0001 stays 20.0001. */
    for (d = 0; d < 15; d++, p10 *= 10)
        if (floor(a * p10 + 0.5) / p10 == a)
            break;
    if (a * p10 >= 9007199254740992.0) { /* too many digits for an exact integer: 3 decimals will do */
        cc_text_putnum(t, v);
        return;
    }
    ip = floor(a);
    whole = (unsigned long long)ip;
    frac = (unsigned long long)floor((a - ip) * p10 + 0.5);
    if ((double)frac >= p10) {
        whole++;
        frac -= (unsigned long long)p10;
    }
    if (v < 0)
        out[k++] = '-';
    do {
        digits[n++] = (char)('0' + whole % 10);
        whole /= 10;
    } while (whole);
    while (n)
        out[k++] = digits[--n];
    if (d) {
        out[k++] = '.';
        for (i = 0; i < d; i++) {
            unsigned long long div = 1;
            unsigned j;
            for (j = 1; j < d - i; j++)
                div *= 10;
            out[k++] = (char)('0' + frac / div % 10);
        }
        while (out[k - 1] == '0')
            k--;
        if (out[k - 1] == '.')
            k--;
    }
    out[k] = '\0';
    cc_text_puts(t, out);
}

void (cc_fail_append)(calfcare_error *err, const char *s1, double n, const char *s2)
{
    cc_text t;
    if (!err)
        return;
    t.buf = err->message;
    t.cap = sizeof err->message;
    t.len = strlen(err->message);
    cc_text_puts(&t, s1);
    if (!isnan(n))
        cc_text_putnum(&t, n);
    cc_text_puts(&t, s2);
}

calfcare_status (cc_fail)(calfcare_error *err, calfcare_status st, const char *field, const char *msg)
{
    if (err) {
        calfcare_error_clear(err);
        err->status = st;
        err->field = field ? field : "";
#if CALFCARE_MESSAGES >= 2
        {
            cc_text t;
            cc_text_init(&t, err->message, sizeof err->message);
            if (field && *field) {
                cc_text_puts(&t, field);
                cc_text_puts(&t, ": ");
            }
            cc_text_puts(&t, msg);
        }
#else
        (void)msg;
#endif
    }
    return st;
}

calfcare_status cc_fail_null(calfcare_error *err, const char *field)
{
    return cc_fail(err, CALFCARE_E_NULL, field, "must not be NULL");
}

calfcare_status cc_parse_name(const char *(*name_of)(int), int first, int last, const char *field,
                              const char *word, int *out, calfcare_error *err)
{
    int v;
    if (!word)
        return cc_fail_null(err, field);
    if (!out)
        return cc_fail_null(err, "out");
    for (v = first; v <= last; v++)
        if (strcmp(word, name_of(v)) == 0) {
            *out = v;
            return CALFCARE_OK;
        }
    cc_fail(err, CALFCARE_E_INVALID, field, "unknown word; accepted words:");
    for (v = first; v <= last; v++)
        cc_fail_append(err, v == first ? " " : ", ", NAN, name_of(v));
    return CALFCARE_E_INVALID;
}

int cc_is_finite(double v)
{
    return !isnan(v) && !isinf(v);
}

calfcare_status cc_check_number(calfcare_error *err, const char *field, double v, double min, double max,
                                const char *unit, int whole)
{
    cc_text t;
    int finite = cc_is_finite(v);
    int in_range = finite && v >= min && v <= max;
    int is_whole = finite && floor(v) == v;

    if (in_range && (!whole || is_whole))
        return CALFCARE_OK;
    if (!err)
        return CALFCARE_E_INVALID;
    calfcare_error_clear(err);
    err->status = CALFCARE_E_INVALID;
    err->field = field ? field : "";
    err->value = v;
    err->min = min;
    err->max = max;
#if CALFCARE_MESSAGES < 2
    /* short: "<field>: <v> not in [whole] <min>..<max> <unit>"; none: no message */
    if (CALFCARE_MESSAGES >= 1) {
        cc_text_init(&t, err->message, sizeof err->message);
        cc_text_puts(&t, field);
        cc_text_puts(&t, ": ");
        cc_text_putnum(&t, v);
        cc_text_puts(&t, whole ? " not in whole " : " not in ");
        cc_text_putnum(&t, min);
        cc_text_puts(&t, "..");
        cc_text_putnum(&t, max);
        if (unit && *unit) {
            cc_text_puts(&t, " ");
            cc_text_puts(&t, unit);
        }
    }
    return CALFCARE_E_INVALID;
#endif
    cc_text_init(&t, err->message, sizeof err->message);
    if (field && *field) {
        cc_text_puts(&t, field);
        cc_text_puts(&t, ": ");
    }
    if (!finite) {
        cc_text_puts(&t, "must be a finite number (got ");
        cc_text_putnum(&t, v);
        cc_text_puts(&t, ");");
    } else if (!in_range) {
        cc_text_putnum_exact(&t, v); /* the value as given: "20.0001 is outside", never "20 is outside" */
        cc_text_puts(&t, " is outside the accepted range;");
    } else {
        cc_text_putnum_exact(&t, v);
        cc_text_puts(&t, " is not a whole number;");
    }
    cc_text_puts(&t, whole ? " accepted: whole numbers from " : " accepted: ");
    cc_text_putnum(&t, min);
    cc_text_puts(&t, " to ");
    cc_text_putnum(&t, max);
    if (unit && *unit) {
        cc_text_puts(&t, " ");
        cc_text_puts(&t, unit);
    }
    return CALFCARE_E_INVALID;
}

/* ---- reasons -------------------------------------------------------------------------- */

const calfcare_reason *cc_reason_find(const calfcare_reason *table, size_t n, int code)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (table[i].code == code)
            return &table[i];
    return NULL;
}

const calfcare_reason *calfcare_reason_find_in(const calfcare_reason *table, size_t n, int code)
{
    return table ? cc_reason_find(table, n, code) : NULL;
}

/* ---- red flags and care kinds ------------------------------------------------------------ */

/* The names are arrays of characters, not pointers to literals: each table is then its own section
 * and links only with its lookup (a literal in a table shares one section with every other such
 * literal of the file, so one lookup linked them all). */

const char *calfcare_red_flag_name(int flag)
{
    static const char names[CALFCARE_FLAG_COUNT][19] = {
        "none", "dvt", "achilles_rupture", "calf_tear", "exertional", "stress_fracture",
        "systemic", "nerve", "cannot_bear_weight", "rest_night_pain",
    };
    if (flag < 0 || flag >= CALFCARE_FLAG_COUNT)
        return "unknown";
    return names[flag];
}

calfcare_status calfcare_red_flag_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_red_flag_name, 0, CALFCARE_FLAG_COUNT - 1, "red_flag", word, value, err);
}

/* ---- yes / no / unknown -------------------------------------------------------------------- */

/* The words of calfcare_yes_no by index (CALFCARE_NO, CALFCARE_YES): the choices of every yes/no
 * input field, and calfcare_yes_no_name()'s words. */
const char *const cc_yes_no_words[] = {"no", "yes", NULL};

const char *calfcare_yes_no_name(int value)
{
    return value == CALFCARE_NO || value == CALFCARE_YES ? cc_yes_no_words[value] : "unknown";
}

calfcare_status calfcare_yes_no_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_yes_no_name, CALFCARE_NO, CALFCARE_YES, "yes_no", word, value, err);
}

const char *calfcare_care_kind_name(unsigned kind)
{
    static const char names[CALFCARE_CARE_KIND_COUNT][12] = {"massage", "foam_roll", "stretch", "ice", "running",
                                                             "compression"};
    unsigned i;
    for (i = 0; i < CALFCARE_CARE_KIND_COUNT; i++)
        if (kind == 1u << i)
            return names[i];
    return "unknown";
}

static const char *care_kind_name_of_bit(int bit)
{
    return calfcare_care_kind_name(1u << bit);
}

calfcare_status calfcare_care_kind_parse(const char *word, unsigned *value, calfcare_error *err)
{
    int bit;
    calfcare_status st;
    if (!value)
        return cc_fail_null(err, "out");
    st = cc_parse_name(care_kind_name_of_bit, 0, CALFCARE_CARE_KIND_COUNT - 1, "care_kind", word, &bit, err);
    if (st == CALFCARE_OK)
        *value = 1u << bit;
    return st;
}
