/*
 * Helpers shared by the libFuzzer targets (tests/fuzz/fuzz_*.c): a reader that turns the fuzz
 * bytes into choices, numbers and clock values, a table of "interesting" doubles (NaN, infinities,
 * range edges, huge and tiny values), and the property check macro.
 *
 * A property violation calls abort() with a line on stderr, so that libFuzzer keeps the input as a
 * crash and the report says which property failed.
 */
#ifndef CALFCARE_FUZZ_COMMON_H
#define CALFCARE_FUZZ_COMMON_H

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <calfcare.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define PROP(cond)                                                                                  \
    do {                                                                                            \
        if (!(cond)) {                                                                              \
            fprintf(stderr, "property violated: %s (%s:%d)\n", #cond, __FILE__, __LINE__);          \
            abort();                                                                                \
        }                                                                                           \
    } while (0)

/* An error record must say what went wrong whenever a call fails. */
#define PROP_ERR(st, err)                                                                           \
    do {                                                                                            \
        PROP((st) < 0);                                                                             \
        PROP((err).status == (st));                                                                 \
        PROP((err).field != NULL);                                                                  \
        PROP((err).message[0] != '\0');                                                             \
        PROP(memchr((err).message, '\0', sizeof (err).message) != NULL);                            \
    } while (0)

typedef struct fz {
    const uint8_t *p;
    size_t n;
} fz;

static inline int fz_more(const fz *f)
{
    return f->n > 0;
}

/* One byte; 0 once the input is used up (so every input is a complete run). */
static inline unsigned fz_u8(fz *f)
{
    unsigned v;
    if (!f->n)
        return 0;
    v = f->p[0];
    f->p++;
    f->n--;
    return v;
}

static inline uint32_t fz_u32(fz *f)
{
    uint32_t v = 0;
    int i;
    for (i = 0; i < 4; i++)
        v = (v << 8) | fz_u8(f);
    return v;
}

static inline double fz_raw_double(fz *f)
{
    uint64_t bits = 0;
    double d;
    int i;
    for (i = 0; i < 8; i++)
        bits = (bits << 8) | fz_u8(f);
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* A double around a field's range [lo, hi]: edges, just outside, inside, and the awkward values. */
static inline double fz_double(fz *f, double lo, double hi)
{
    unsigned k = fz_u8(f);
    switch (k % 24) {
    case 0: return lo;
    case 1: return hi;
    case 2: return nextafter(lo, -INFINITY);
    case 3: return nextafter(hi, INFINITY);
    case 4: return (lo + hi) / 2;
    case 5: return NAN;
    case 6: return INFINITY;
    case 7: return -INFINITY;
    case 8: return DBL_MAX;
    case 9: return -DBL_MAX;
    case 10: return DBL_MIN / 4; /* subnormal */
    case 11: return -0.0;
    case 12: return 0.0;
    case 13: return -1.0;
    case 14: return lo + 0.5;
    case 15: return floor(lo + (hi - lo) * (fz_u8(f) / 255.0));
    case 16: return lo + (hi - lo) * (fz_u8(f) / 255.0);
    case 17: return fz_raw_double(f);
    case 18: return 1e300;
    case 19: return 1.0;
    case 20: return lo - 1.0;
    case 21: return hi + 1.0;
    default: return lo + (hi - lo) * (fz_u32(f) / 4294967295.0);
    }
}

/* A double mostly inside [lo, hi] (so that deeper code runs), sometimes anything. */
static inline double fz_mostly_valid(fz *f, double lo, double hi)
{
    unsigned k = fz_u8(f);
    if (k < 200)
        return lo + (hi - lo) * (k / 199.0);
    return fz_double(f, lo, hi);
}

/* Is v a whole number within [lo, hi]? */
static inline int in_range(double v, double lo, double hi)
{
    return v >= lo && v <= hi;
}

static inline int whole_in_range(double v, double lo, double hi)
{
    return in_range(v, lo, hi) && floor(v) == v;
}

/* A static, NUL-terminated string of reasonable length. */
static inline int good_text(const char *s, size_t cap)
{
    return s != NULL && memchr(s, '\0', cap) != NULL;
}

#define GUARD_BYTE 0xA5

#endif /* CALFCARE_FUZZ_COMMON_H */
