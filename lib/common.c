/* Error details, version and reason lookup shared by every area (status names and texts:
 * lib/status.c). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <stdint.h>
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

/* calfcare_error_clear() clears the four reserved slots one by one. */
typedef char cc_error_has_4_reserved[sizeof(((calfcare_error *)0)->reserved_) == 4 * sizeof(int) ? 1 : -1];

void calfcare_error_clear(calfcare_error *err)
{
    double nan = NAN;
    if (!err)
        return;
    /* Stores, not memset(), in this order: arm-none-eabi-gcc -Os then keeps the function a leaf
     * without stack (make check-mcu's budget is 0 bytes; it is under every error path). */
    err->reserved_[0] = err->reserved_[1] = err->reserved_[2] = err->reserved_[3] = 0;
    err->message[0] = '\0';
    err->status = CALFCARE_OK;
    err->value = nan;
    err->min = nan;
    err->max = nan;
    err->field = "";
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
#if UINTPTR_MAX > 0xffffffffu
    /* A 64-bit host: libc's strlen and memcpy move many bytes a step (the advice texts are most of
     * a DataFrame row's time in Python's diagnose_frame / shoes_frame). */
    {
        size_t n = strlen(s), room = t->cap - 1 - t->len;
        memcpy(t->buf + t->len, s, n < room ? n : room);
        t->len += n < room ? n : room;
    }
#else
    /* As much as fits, copied in one pass (no strlen: a firmware then links none). */
    while (*s && t->len < t->cap - 1)
        t->buf[t->len++] = *s++;
#endif
    t->buf[t->len] = '\0'; /* the buffer always ends in '\0' */
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

/* "<field>: ", how every message starts (nothing for an empty field). A macro, not a function:
 * cc_fail() is on the deepest stack paths of a firmware, and a call would add a frame. */
#define TEXT_PUT_FIELD(t, field)                                                                       \
    do {                                                                                               \
        if ((field) && *(field)) {                                                                     \
            cc_text_puts(t, field);                                                                    \
            cc_text_puts(t, ": ");                                                                     \
        }                                                                                              \
    } while (0)

/* "<min><between><max>[ <unit>]" of a range of doubles, how both levels of cc_check_number() end. */
static void text_put_range(cc_text *t, double min, const char *between, double max, const char *unit)
{
    cc_text_putnum(t, min);
    cc_text_puts(t, between);
    cc_text_putnum(t, max);
    if (unit && *unit) {
        cc_text_puts(t, " ");
        cc_text_puts(t, unit);
    }
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
    /* Integers only (not text_put_range()): a firmware that checks only whole numbers links no
     * double formatting, and this path is its whole error text. */
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

/* *x / 10, returning *x % 10, in four 16-bit steps of 32-bit division: no 64-bit division, which
 * on a 32-bit MCU links libgcc's __udivmoddi4 (700 bytes on the M4). */
static inline unsigned divmod10(uint64_t *x)
{
#if UINTPTR_MAX > 0xffffffffu
    /* A 64-bit host divides by 10 natively (a multiply and a shift). */
    unsigned rem = (unsigned)(*x % 10u);
    *x /= 10u;
    return rem;
#else
    uint64_t q = 0;
    uint32_t rem = 0;
    int i;
    for (i = 48; i >= 0; i -= 16) {
        uint32_t cur = (rem << 16) | (uint32_t)((*x >> i) & 0xffffu); /* below 10 * 2^16 */
        q |= (uint64_t)(cur / 10) << i;
        rem = cur % 10;
    }
    *x = q;
    return rem;
#endif
}

void cc_text_putnum(cc_text *t, double v)
{
    char digits[24], out[32]; /* whole < 1e15: at most 15 digits, then ".ddd" */
    size_t n = 0, k = 0;
    double ip;
    uint64_t whole;
    unsigned frac;

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
    whole = (uint64_t)ip;
    frac = (unsigned)floor((v - ip) * 1000.0 + 0.5); /* 0 .. 1000 */
    if (frac >= 1000) {
        whole++;
        frac -= 1000;
    }
    do
        digits[n++] = (char)('0' + divmod10(&whole));
    while (whole);
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
    uint64_t whole, frac;

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
    whole = (uint64_t)ip;
    frac = (uint64_t)floor((a - ip) * p10 + 0.5);
    if ((double)frac >= p10) {
        whole++;
        frac -= (uint64_t)p10;
    }
    if (v < 0)
        out[k++] = '-';
    do
        digits[n++] = (char)('0' + divmod10(&whole));
    while (whole);
    while (n)
        out[k++] = digits[--n];
    if (d) {
        out[k++] = '.';
        for (i = d; i > 0; i--) /* the d decimals of frac, last first */
            out[k + i - 1] = (char)('0' + divmod10(&frac));
        k += d;
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
    t.len = cc_strlen(err->message);
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
            TEXT_PUT_FIELD(&t, field);
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
        if (cc_streq(word, name_of(v))) {
            *out = v;
            return CALFCARE_OK;
        }
    cc_fail_word(err, field, word);
    for (v = first; v <= last; v++)
        cc_fail_append(err, v == first ? NULL : "|", NAN, name_of(v));
    return CALFCARE_E_INVALID;
}

int cc_streq(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

size_t cc_strlen(const char *s)
{
    const char *p = s;
    while (*p)
        p++;
    return (size_t)(p - s);
}

int cc_is_finite(double v)
{
    return !isnan(v) && !isinf(v);
}

/* ---- decimal numbers ----------------------------------------------------------------------- */

/* 10^0 .. 10^22: each one an exact double (10^k = 5^k * 2^k and 5^22 < 2^53). */
static const double pow10_exact[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                       1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* A 128-bit whole number, for the exact path. */
typedef struct cc_u128 {
    uint64_t hi, lo;
} cc_u128;

/* 2^x as a double, for -1022 <= x <= 1023 (built from its bits: exact, no libm). */
static double pow2_exact(int x)
{
    uint64_t bits = (uint64_t)(x + 1023) << 52;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* a * b, both below 2^64, exactly. */
static cc_u128 mul_64x64(uint64_t a, uint64_t b)
{
    uint64_t al = a & 0xffffffffu, ah = a >> 32, bl = b & 0xffffffffu, bh = b >> 32;
    uint64_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
    uint64_t mid = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
    cc_u128 r;
    r.lo = (mid << 32) | (ll & 0xffffffffu);
    r.hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
    return r;
}

/* The double nearest (n + f) * 2^b, ties to even, where f is in [0, 1) and is 0 exactly when
 * sticky is 0; n has more than 53 bits and the result is a normal double (as every caller's). */
static double round_u128(cc_u128 n, int sticky, int b)
{
    unsigned half = 0; /* the last bit shifted out; sticky: any 1 below it (f included) */
    while (n.hi || n.lo >> 53) {
        sticky |= half;
        half = (unsigned)(n.lo & 1);
        n.lo = (n.lo >> 1) | (n.hi << 63);
        n.hi >>= 1;
        b++;
    }
    /* Up when what was shifted out is over half, or exactly half (f == 0) and n is odd. */
    if (half && (sticky || (n.lo & 1))) {
        n.lo++;
        if (n.lo >> 53) { /* carried into a new bit: 2^53, still exact halved */
            n.lo >>= 1;
            b++;
        }
    }
    return (double)n.lo * pow2_exact(b); /* below 2^53 times a power of two: exact */
}

/* w * 10^e for 2^53 < w < 2^64 and -22 <= e <= 22, correctly rounded. The decimal value is turned
 * into a binary one without any rounding: for e >= 0 it is the whole number w * 5^e (below
 * 2^116, more than 53 bits) times 2^e; for e < 0 it is w * 2^63 / 5^-e, computed by long division
 * as a quotient of at least 65 bits and a remainder (f != 0 when the remainder is), times
 * 2^(e - 63). round_u128() then rounds once. */
static double decimal_exact(uint64_t w, int e)
{
    uint64_t five = 1, r = 0;
    cc_u128 n, q = {0, 0};
    int i;
    for (i = 0; i < (e < 0 ? -e : e); i++)
        five *= 5; /* 5^22 < 2^52 */
    if (e >= 0)
        return round_u128(mul_64x64(w, five), 0, e);
    n.hi = w >> 1; /* n = w * 2^63 < 2^127 */
    n.lo = w << 63;
    for (i = 127; i >= 0; i--) { /* q = n / 5^-e bit by bit; r < 5^-e < 2^52, so 2r + 1 fits */
        r = (r << 1) | (i >= 64 ? (n.hi >> (i - 64)) & 1 : (n.lo >> i) & 1);
        q.hi = (q.hi << 1) | (q.lo >> 63);
        q.lo <<= 1;
        if (r >= five) {
            r -= five;
            q.lo |= 1;
        }
    }
    return round_u128(q, r != 0, e - 63);
}

size_t cc_parse_decimal(const char *s, unsigned flags, double *out)
{
    const char *p = s;
    uint64_t w = 0; /* the significant digits, at most 19 */
    long e = 0;     /* value = w * 10^e */
    int neg = 0, digits = 0, sig = 0, point = 0, lost = 0;
    double v;
    if (*p == '+' || *p == '-')
        neg = *p++ == '-';
    for (;; p++) {
        if (*p >= '0' && *p <= '9') {
            digits++;
            if (sig < 19 && (w || *p != '0')) { /* leading zeros are not significant */
                w = w * 10 + (uint64_t)(*p - '0');
                sig++;
                e -= point;
            } else if (!w) {
                e -= point; /* the zeros of 0.00x */
            } else {
                lost |= *p != '0'; /* a 20th significant digit: refused unless it is a zero */
                if (!point && e < 100000)
                    e++;
            }
        } else if (!point && (*p == '.' || (*p == ',' && (flags & CC_NUM_COMMA)))) {
            point = 1;
        } else {
            break;
        }
    }
    if (!digits)
        return 0;
    if (*p == 'e' || *p == 'E') {
        const char *q = p + 1;
        int eneg = 0, edigits = 0;
        long x = 0;
        if (*q == '+' || *q == '-')
            eneg = *q++ == '-';
        while (*q >= '0' && *q <= '9') {
            if (x < 100000)
                x = x * 10 + (*q - '0');
            q++;
            edigits++;
        }
        if (edigits) { /* "1e" is the number 1 followed by "e" */
            e += eneg ? -x : x;
            p = q;
        }
    }
    if (!w) {
        v = 0.0;
    } else {
        while (e > 22 && w <= UINT64_MAX / 10) { /* 1e30 = 10^8 * 10^22: the digits take the rest */
            w *= 10;
            e--;
        }
        while (e < -22) { /* 100e-24 = 1e-22 */
            uint64_t q = w;
            if (divmod10(&q))
                break;
            w = q;
            e++;
        }
        if (lost || e > 22 || e < -22)
            v = NAN;
        else if (w <= (UINT64_C(1) << 53))
            /* w and 10^|e| are exact doubles, so one IEEE multiplication or division rounds the
             * exact value once: the nearest double, ties to even (where doubles are evaluated as
             * doubles, FLT_EVAL_METHOD 0: every target of the library but x87 without SSE2) */
            v = e < 0 ? (double)w / pow10_exact[-e] : (double)w * pow10_exact[e];
        else
            v = decimal_exact(w, (int)e);
    }
    *out = neg ? -v : v;
    return (size_t)(p - s);
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
        TEXT_PUT_FIELD(&t, field);
        cc_text_putnum(&t, v);
        cc_text_puts(&t, whole ? " not in whole " : " not in ");
        text_put_range(&t, min, "..", max, unit);
    }
    return CALFCARE_E_INVALID;
#endif
    cc_text_init(&t, err->message, sizeof err->message);
    TEXT_PUT_FIELD(&t, field);
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
    text_put_range(&t, min, " to ", max, unit);
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
    /* The words one after the other, in value order, then "unnamed": 121 bytes where a table of
     * [CALFCARE_FLAG_COUNT + 1][19] would take 209 (a watch links this with the relief). */
    static const char names[] = "none\0dvt\0achilles_rupture\0calf_tear\0exertional\0stress_fracture\0"
                                "systemic\0nerve\0cannot_bear_weight\0rest_night_pain\0unnamed";
    const char *p = names;
    if (flag == CALFCARE_FLAG_UNNAMED)
        flag = CALFCARE_FLAG_COUNT;
    else if (flag < 0 || flag >= CALFCARE_FLAG_COUNT)
        return "unknown";
    for (; flag > 0; flag--)
        while (*p++ != '\0')
            ;
    return p;
}

calfcare_status calfcare_red_flag_parse(const char *word, int *value, calfcare_error *err)
{
    calfcare_status st;
    if (word && value && cc_streq(word, calfcare_red_flag_name(CALFCARE_FLAG_UNNAMED))) {
        *value = CALFCARE_FLAG_UNNAMED;
        return CALFCARE_OK;
    }
    st = cc_parse_name(calfcare_red_flag_name, 0, CALFCARE_FLAG_COUNT - 1, "red_flag", word, value, err);
    if (st == CALFCARE_E_INVALID)
        cc_fail_append(err, "|", NAN, calfcare_red_flag_name(CALFCARE_FLAG_UNNAMED));
    return st;
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
