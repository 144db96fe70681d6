/* calfcare/progression.h: the batch, many runners' weekly totals, spikes and acute:chronic ratios in
 * one call (portable, and SSE2/AVX2 on x86-64), bit-identical to the single-runner functions of
 * lib/progression.c. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "internal.h"
#include "progression_maths.h"
#include "rules.h"

size_t calfcare_progression_batch_columns(void)
{
    return CALFCARE_PROGRESSION_BATCH_COLUMNS;
}

static calfcare_status check_batch_shape(const double *daily_km, size_t daily_km_n, size_t runners, size_t days,
                                         const calfcare_progression_params *params, calfcare_error *err)
{
    calfcare_status st;
    if ((st = cc_progression_check_input_len(err, "daily_km", daily_km, daily_km_n)) != CALFCARE_OK)
        return st;
    if (runners == 0 || runners == SIZE_MAX)
        return cc_fail(err, CALFCARE_E_INVALID, "runners", "needs at least one runner (and not SIZE_MAX)");
    if (days == 0 || days == SIZE_MAX)
        return cc_fail(err, CALFCARE_E_INVALID, "days", "needs at least one day (and not SIZE_MAX)");
    if (days > SIZE_MAX / runners || runners * days != daily_km_n) {
        cc_fail(err, CALFCARE_E_BUFFER, "daily_km", "length must equal runners x days: ");
        cc_fail_append(err, NULL, (double)daily_km_n, " values for runners x days = ");
        cc_fail_append(err, NULL, (double)runners * (double)days, NULL);
        return CALFCARE_E_BUFFER;
    }
    return cc_progression_check_params(params, err);
}

static calfcare_status bad_day(calfcare_error *err, double v, size_t r, size_t d)
{
    calfcare_status st = cc_check_number(err, "daily_km", v, 0, CALFCARE_PROGRESSION_MAX_DAILY_KM, "km", 0);
    cc_fail_append(err, " (runner ", (double)r, NULL);
    cc_fail_append(err, ", day ", (double)d, ")");
    return st;
}

/* Seven days from v summed from 0 in day order: the rounding of calfcare_progression_weekly_totals()
 * (the `0.0 +` keeps a week of -0 km days at +0, as there). */
static inline double week_sum(const double *v)
{
    return 0.0 + v[0] + v[1] + v[2] + v[3] + v[4] + v[5] + v[6];
}

/* The first week of a row (summed as calfcare_progression_weekly_totals() does: weeks end on the
 * last day) over the weekly maximum, which calfcare_progression_check_weekly() refuses: its first
 * day, or SIZE_MAX if there is none. */
static size_t week_over_max(const double *x, size_t days)
{
    size_t w;
    for (w = days % 7; w + 7 <= days; w += 7)
        if (week_sum(x + w) > CALFCARE_PROGRESSION_MAX_WEEKLY_KM)
            return w;
    return SIZE_MAX;
}

/* A week can pass the weekly maximum only if one of its days is over a seventh of it; below an
 * eighth (125 km) there is no need to sum the weeks again, whatever the rounding. */
#define BATCH_WEEK_CHECK_KM (CALFCARE_PROGRESSION_MAX_WEEKLY_KM / 8.0)

/* The first bad value of runner r's row, which batch_row() refused: a day out of range, or else a
 * week over the weekly maximum. */
static calfcare_status bad_row(calfcare_error *err, const double *x, size_t days, size_t r)
{
    size_t d, w;
    double week;
    for (d = 0; d < days; d++)
        if (!(x[d] >= 0.0 && x[d] <= CALFCARE_PROGRESSION_MAX_DAILY_KM))
            return bad_day(err, x[d], r, d);
    if ((w = week_over_max(x, days)) == SIZE_MAX)
        return cc_fail(err, CALFCARE_E_INVALID, "daily_km", "invalid value"); /* not reached */
    week = week_sum(x + w);
    cc_fail(err, CALFCARE_E_INVALID, "daily_km", "days ");
    cc_fail_append(err, NULL, (double)w, " to ");
    cc_fail_append(err, NULL, (double)(w + 6), " of runner ");
    cc_fail_append(err, NULL, (double)r, " sum to ");
    cc_fail_append(err, NULL, week, " km; accepted: at most ");
    cc_fail_append(err, NULL, CALFCARE_PROGRESSION_MAX_WEEKLY_KM, " km a week");
    if (err) {
        err->value = week;
        err->min = 0.0;
        err->max = CALFCARE_PROGRESSION_MAX_WEEKLY_KM;
    }
    return CALFCARE_E_INVALID;
}

/* How the batch is fast and still bit-identical. Each runner gets exactly the operations of the
 * single-runner functions, in the same order: the total is 0 + x[0] + x[1] + ... in day order, each
 * weekly total is 0 + the week's seven days in day order, each EWMA step is ewma_step()'s
 * la * x + (1 - la) * a (two products, then the sum: never fused into an FMA, as no path here
 * enables the fma target and the library is built with -ffp-contract=off in case CFLAGS do), the
 * over-limit test is cc_over_cap() and the ratio is ratio_of(). What changes is only how many runners
 * share one loop. One runner's day loop is a chain of dependent operations (the total and each EWMA
 * need the previous day's value), so one runner at a time runs at the latency of the chain, not at
 * the CPU's throughput; with several runners in the same loop the CPU overlaps their chains, and
 * with SIMD vectors (one runner per element) one instruction does the same operation for two (SSE2)
 * or four (AVX2) runners. Nothing is reassociated across days or runners. The smallest and largest
 * day only decide whether a row is valid (a NaN is caught by the total), so their order is free.
 * The uncoupled chronic value is the chronic EWMA fed `lag` days late, which is bit-for-bit
 * C(days - 1 - lag) (see struct ewma): the group loop keeps that day's value of c.
 * Three paths: the portable one (any CPU; the watch), and on x86-64 with GCC or clang a group loop
 * written once (BATCH_GROUP_FN) and compiled for SSE2 and for AVX2, the latter chosen at run time.
 * The Check runner is built for each path (Makefile.am), and compares with the single functions. */

/* What the first pass over a runner's row gives: the total, the EWMA state after the last day,
 * the smallest and largest day, and the weekly figures. */
typedef struct batch_sums {
    double total;
    ewma e;
    double lo, hi;     /* smallest and largest day, starting from 0 */
    double last, prev; /* the last and the one-before-last weekly total (NaN when there are none) */
    size_t over;       /* weeks over the limit of the week before */
} batch_sums;

/* ---- the portable path: BATCH_LANES runners of scalar code, then one pass per row for the weeks */

#define BATCH_LANES 4

/* The day loop of BATCH_LANES runners whose rows start at x, days apart. */
static void batch_day_loop_lanes(const double *x, size_t days, const ewma *start, batch_sums *s)
{
    size_t d, k;
    if (!start->lag && !start->seed_first) {
        /* The default (coupled, zero start) in locals, so that the compiler keeps them in registers. */
        const double la = start->la, lc = start->lc, oma = 1.0 - start->la, omc = 1.0 - start->lc;
        const double *x0 = x, *x1 = x + days, *x2 = x + 2 * days, *x3 = x + 3 * days;
        double t0 = 0.0, t1 = 0.0, t2 = 0.0, t3 = 0.0;
        double a0 = 0.0, a1 = 0.0, a2 = 0.0, a3 = 0.0, c0 = 0.0, c1 = 0.0, c2 = 0.0, c3 = 0.0;
        for (d = 0; d < days; d++) {
            const double v0 = x0[d], v1 = x1[d], v2 = x2[d], v3 = x3[d];
            t0 += v0;
            t1 += v1;
            t2 += v2;
            t3 += v3;
            a0 = la * v0 + oma * a0;
            a1 = la * v1 + oma * a1;
            a2 = la * v2 + oma * a2;
            a3 = la * v3 + oma * a3;
            c0 = lc * v0 + omc * c0;
            c1 = lc * v1 + omc * c1;
            c2 = lc * v2 + omc * c2;
            c3 = lc * v3 + omc * c3;
        }
        for (k = 0; k < BATCH_LANES; k++)
            s[k].e = *start;
        s[0].total = t0, s[0].e.a = a0, s[0].e.c = c0;
        s[1].total = t1, s[1].e.a = a1, s[1].e.c = c1;
        s[2].total = t2, s[2].e.a = a2, s[2].e.c = c2;
        s[3].total = t3, s[3].e.a = a3, s[3].e.c = c3;
        return;
    }
    for (k = 0; k < BATCH_LANES; k++) {
        s[k].total = 0.0;
        s[k].e = *start;
    }
    for (d = 0; d < days; d++)
        for (k = 0; k < BATCH_LANES; k++) {
            s[k].total += x[k * days + d];
            ewma_step(&s[k].e, x + k * days, d);
        }
}

/* The day loop of one runner (the last runners when fewer than BATCH_LANES are left). */
static void batch_day_loop_one(const double *x, size_t days, const ewma *start, batch_sums *s)
{
    size_t d;
    s->total = 0.0;
    s->e = *start;
    for (d = 0; d < days; d++) {
        s->total += x[d];
        ewma_step(&s->e, x, d);
    }
}

/* The weekly totals, the weeks over the limit and the smallest and largest day of one row. The
 * row is in cache by now. */
static void batch_weeks(const double *x, size_t days, double pct, batch_sums *s)
{
    const size_t lead = days % 7;
    const double factor = 1.0 + pct / 100.0; /* cc_week_cap() and cc_week_over() without a division per week */
    double lo = 0.0, hi = 0.0, prev = NAN, last = NAN;
    size_t d, w, over = 0;

    for (d = 0; d < lead; d++) {
        lo = x[d] < lo ? x[d] : lo;
        hi = x[d] > hi ? x[d] : hi;
    }
    /* Weeks end on the last day; each week is summed from 0 in day order, as the single functions do. */
    for (w = lead; w + 7 <= days; w += 7) {
        const double *v = x + w;
        const double week = week_sum(v);
        double m01 = v[0] < v[1] ? v[0] : v[1], m23 = v[2] < v[3] ? v[2] : v[3], m45 = v[4] < v[5] ? v[4] : v[5];
        double n01 = v[0] > v[1] ? v[0] : v[1], n23 = v[2] > v[3] ? v[2] : v[3], n45 = v[4] > v[5] ? v[4] : v[5];
        m01 = m01 < m23 ? m01 : m23;
        m45 = m45 < v[6] ? m45 : v[6];
        n01 = n01 > n23 ? n01 : n23;
        n45 = n45 > v[6] ? n45 : v[6];
        m01 = m01 < m45 ? m01 : m45;
        n01 = n01 > n45 ? n01 : n45;
        lo = m01 < lo ? m01 : lo;
        hi = n01 > hi ? n01 : hi;
        if (!isnan(last)) {
            over += cc_over_cap(week, last * factor); /* cc_week_over() with the factor computed once */
            prev = last;
        }
        last = week;
    }
    s->lo = lo;
    s->hi = hi;
    s->last = last;
    s->prev = prev;
    s->over = over;
}

/* BATCH_LANES runners (or one, lanes == 1) from x: the day loop, then the weeks of each row. */
static void batch_portable(const double *x, size_t days, size_t lanes, const ewma *start, double pct, batch_sums *s)
{
    size_t k;
    if (lanes == BATCH_LANES)
        batch_day_loop_lanes(x, days, start, s);
    else
        batch_day_loop_one(x, days, start, s);
    for (k = 0; k < lanes; k++)
        batch_weeks(x + k * days, days, pct, &s[k]);
}

/* ---- the SIMD path (GCC or clang on x86-64): a group of runners in one pass over their rows --- */

/* CC_BATCH_PORTABLE (no SIMD) and CC_BATCH_NO_AVX2 (SSE2 only) are for the tests, which build the
 * library once more with each so that every path runs on a machine with AVX2. */
#if (defined(__GNUC__) || defined(__clang__)) && defined(__x86_64__) && !defined(CC_BATCH_PORTABLE)
#define BATCH_SIMD 1
#include <immintrin.h> /* _mm_min_pd, _mm_max_pd (SSE2: every x86-64); _mm256_min_pd, _mm256_max_pd (AVX) */

/* Vectors of doubles, one runner per element: +, * and > work element by element (GCC and clang
 * vector extensions; the same types as __m128d and __m256d), a scalar operand is used in every
 * element, and a comparison gives -1 (true) or 0 per element. */
typedef double batch_v2d __attribute__((vector_size(16)));
typedef long long batch_v2i __attribute__((vector_size(16)));
typedef double batch_v4d __attribute__((vector_size(32)));
typedef long long batch_v4i __attribute__((vector_size(32)));

#define BATCH_NV 2 /* vectors per group: two independent chains of each EWMA */
#define BATCH_GROUP_MAX (4 * BATCH_NV)

/* The day's values of runners p, p + days, ... (one per element). */
#define BATCH_LOAD2(p, days) ((batch_v2d){(p)[0], (p)[days]})
#define BATCH_LOAD4(p, days) ((batch_v4d){(p)[0], (p)[days], (p)[2 * (days)], (p)[3 * (days)]})

/* BATCH_GROUP_FN defines one group function (written once, compiled for SSE2 and for AVX2):
 *   static void NAME(const double *x, size_t days, const ewma *start, double pct, const double *next,
 *                    batch_sums *s)
 * The whole first pass of BATCH_NV * W runners whose rows start at x, days apart, in one loop over
 * the days: vector i holds runners W * i to W * i + W - 1. The total, both EWMAs (ewma_step()), the
 * week sums, the smallest and largest day and the over-limit test run in the same loop, so each row
 * is read once. The loop over days stops where a week ends (b) and where the uncoupled chronic
 * value is taken (snap: after days - lag days). A seed-first start is day 0 on its own.
 * next (NULL for the last group) is the next group's rows, which follow these in memory: the loop
 * prefetches them, a group's width of doubles a day, so that they are in cache when their turn
 * comes. Without it a group reads its rows as a few short streams, too short for the hardware
 * prefetcher to catch on, and waits for memory (measured with SSE2: 40 ms instead of 25 ms).
 * LOC is the prefetch's locality hint: 3 (into L1) for SSE2's 4 rows (12 KB for a year); 2 (L2)
 * for AVX2's 8 rows, whose next group would push the current one out of L1 (18 ms instead of 23). */
#define BATCH_GROUP_FN(NAME, ATTRS, VD, VI, W, LOAD, VMIN, VMAX, LOC)                                           \
    ATTRS static void NAME(const double *x, size_t days, const ewma *start, double pct, const double *next,     \
                           batch_sums *s)                                                                       \
    {                                                                                                           \
        const double la = start->la, oma = 1.0 - start->la, lc = start->lc, omc = 1.0 - start->lc;              \
        const double factor = 1.0 + pct / 100.0; /* cc_week_cap() and cc_week_over(), as in batch_weeks() */            \
        const VD zero = {0.0};                                                                                  \
        const size_t lead = days % 7, snap = start->lag && days > start->lag ? days - start->lag : SIZE_MAX;    \
        VD t[BATCH_NV], a[BATCH_NV], c[BATCH_NV], cl[BATCH_NV], w[BATCH_NV], lo[BATCH_NV], hi[BATCH_NV];        \
        VD last[BATCH_NV], prev[BATCH_NV];                                                                      \
        VI over[BATCH_NV];                                                                                      \
        size_t d = 0, b = lead, stop, i, j, weeks = 0;                                                          \
                                                                                                                \
        _Pragma("GCC unroll 4") for (i = 0; i < BATCH_NV; i++) {                                                \
            t[i] = a[i] = c[i] = cl[i] = w[i] = lo[i] = hi[i] = zero;                                           \
            last[i] = prev[i] = zero + (double)NAN;                                                             \
            over[i] = (VI){0};                                                                                  \
        }                                                                                                       \
        if (start->seed_first) { /* A_0 = C_0 = x_0 */                                                          \
            _Pragma("GCC unroll 4") for (i = 0; i < BATCH_NV; i++) {                                            \
                const VD v = LOAD(x + W * i * days, days);                                                      \
                t[i] = t[i] + v;                                                                                \
                a[i] = c[i] = v;                                                                                \
                w[i] = w[i] + v;                                                                                \
                lo[i] = VMIN(v, lo[i]);                                                                         \
                hi[i] = VMAX(v, hi[i]);                                                                         \
            }                                                                                                   \
            d = 1;                                                                                              \
            b = b ? b : 7;                                                                                      \
        }                                                                                                       \
        for (;;) {                                                                                              \
            if (d == b) { /* d days seen: a week ends, or the days before the first whole week */               \
                _Pragma("GCC unroll 4") for (i = 0; i < BATCH_NV; i++) {                                        \
                    if (d > lead) {                                                                             \
                        if (weeks > 0) {                                                                        \
                            const VD cap = last[i] * factor;                                                    \
                            over[i] -= w[i] > cap + cap * CC_LIMIT_TOL; /* cc_over_cap(); true is -1 */                    \
                            prev[i] = last[i];                                                                  \
                        }                                                                                       \
                        last[i] = w[i];                                                                         \
                    }                                                                                           \
                    w[i] = zero;                                                                                \
                }                                                                                               \
                weeks += d > lead;                                                                              \
                b += 7;                                                                                         \
            }                                                                                                   \
            if (d == snap)                                                                                      \
                _Pragma("GCC unroll 4") for (i = 0; i < BATCH_NV; i++)                                          \
                    cl[i] = c[i];                                                                               \
            if (d == days)                                                                                      \
                break;                                                                                          \
            stop = snap > d && snap < b ? snap : b; /* d < b <= days here */                                    \
            for (; d < stop; d++) {                                                                             \
                if (next)                                                                                       \
                    __builtin_prefetch(next + d * (W * BATCH_NV), 0, LOC);                                      \
                _Pragma("GCC unroll 4") for (i = 0; i < BATCH_NV; i++)                                          \
                {                                                                                               \
                    const VD v = LOAD(x + W * i * days + d, days);                                              \
                    t[i] = t[i] + v;                                                                            \
                    a[i] = la * v + oma * a[i];                                                                 \
                    c[i] = lc * v + omc * c[i];                                                                 \
                    w[i] = w[i] + v;                                                                            \
                    lo[i] = VMIN(v, lo[i]);                                                                     \
                    hi[i] = VMAX(v, hi[i]);                                                                     \
                }                                                                                               \
            }                                                                                                   \
        }                                                                                                       \
        _Pragma("GCC unroll 4") for (i = 0; i < BATCH_NV; i++)                                                  \
            for (j = 0; j < W; j++) {                                                                           \
                batch_sums *r = &s[W * i + j];                                                                  \
                r->total = t[i][j];                                                                             \
                r->e = *start;                                                                                  \
                r->e.a = a[i][j];                                                                               \
                r->e.c = c[i][j];                                                                               \
                r->e.cl = cl[i][j];                                                                             \
                r->lo = lo[i][j];                                                                               \
                r->hi = hi[i][j];                                                                               \
                r->last = last[i][j];                                                                           \
                r->prev = prev[i][j];                                                                           \
                r->over = (size_t)over[i][j];                                                                   \
            }                                                                                                   \
    }

/* BATCH_ACWR_FN defines, in the same way, the loop of calfcare_progression_batch_acwr() for a group:
 *   static int NAME(const double *x, size_t days, const ewma *start, const double *next, double *out)
 * It first checks every value of the group's rows (BATCH_NV * W * days values from x, which also
 * brings them into cache) and returns 0, writing nothing, if one is bad: the caller then takes the
 * runners one at a time, which finds and names it, as before. Then, day by day, ewma_step() and
 * ratio_of() for each runner, W runners per instruction: c > 0 ? a / c : NaN becomes the division
 * and a select by the comparison's mask. The division is what bounds this loop; one runner at a
 * time it also waited for each day's EWMA. */
#define BATCH_ACWR_FN(NAME, ATTRS, VD, VI, W, LOAD, LOC)                                                        \
    ATTRS static int NAME(const double *x, size_t days, const ewma *start, const double *next, double *out)     \
    {                                                                                                           \
        const double la = start->la, oma = 1.0 - start->la, lc = start->lc, omc = 1.0 - start->lc;              \
        const size_t lag = start->lag, n = BATCH_NV * W * days;                                                 \
        const VD zero = {0.0}, most = zero + CALFCARE_PROGRESSION_MAX_DAILY_KM, nanv = zero + (double)NAN;      \
        VD a[BATCH_NV], c[BATCH_NV], cl[BATCH_NV];                                                              \
        VI bad = {0};                                                                                           \
        size_t d, i, j, k;                                                                                      \
                                                                                                                \
        for (k = 0; k < n; k += W) {                                                                            \
            VD v;                                                                                               \
            memcpy(&v, x + k, sizeof v);                                                                        \
            bad |= ~((v >= zero) & (v <= most)); /* a NaN fails both */                                         \
        }                                                                                                       \
        for (j = 0; j < W; j++)                                                                                 \
            if (bad[j])                                                                                         \
                return 0;                                                                                       \
        for (i = 0; i < BATCH_NV; i++)                                                                          \
            a[i] = c[i] = cl[i] = zero;                                                                         \
        for (d = 0; d < days; d++) {                                                                            \
            if (next)                                                                                           \
                __builtin_prefetch(next + d * (W * BATCH_NV), 0, LOC);                                          \
            _Pragma("GCC unroll 4") for (i = 0; i < BATCH_NV; i++)                                              \
            {                                                                                                   \
                const double *row = x + W * i * days;                                                           \
                const VD v = LOAD(row + d, days);                                                               \
                VD ch, q;                                                                                       \
                VI pos;                                                                                         \
                if (d == 0 && start->seed_first) { /* ewma_step() */                                            \
                    a[i] = c[i] = v;                                                                            \
                } else {                                                                                        \
                    a[i] = la * v + oma * a[i];                                                                 \
                    c[i] = lc * v + omc * c[i];                                                                 \
                }                                                                                               \
                if (lag && d >= lag) {                                                                          \
                    if (d == lag && start->seed_first)                                                          \
                        cl[i] = LOAD(row, days);                                                                \
                    else                                                                                        \
                        cl[i] = lc * LOAD(row + d - lag, days) + omc * cl[i];                                   \
                }                                                                                               \
                ch = lag ? cl[i] : c[i]; /* ewma_chronic() */                                                   \
                q = a[i] / ch;                                                                                  \
                pos = ch > zero;                                                                                \
                q = (VD)(((VI)q & pos) | ((VI)nanv & ~pos)); /* ratio_of() */                                   \
                for (j = 0; j < W; j++)                                                                         \
                    out[(W * i + j) * days + d] = q[j];                                                         \
            }                                                                                                   \
        }                                                                                                       \
        return 1;                                                                                               \
    }

/* The order of minimum and maximum is free (see above), so the SIMD instructions can do them. */
BATCH_GROUP_FN(batch_group_sse2, , batch_v2d, batch_v2i, 2, BATCH_LOAD2, _mm_min_pd, _mm_max_pd, 3)

#ifndef CC_BATCH_NO_AVX2
/* AVX2 (4 doubles per vector) where the CPU has it; not FMA, so products and sums stay separate. */
BATCH_GROUP_FN(batch_group_avx2, __attribute__((target("avx2"))), batch_v4d, batch_v4i, 4, BATCH_LOAD4,
               _mm256_min_pd, _mm256_max_pd, 2)
/* Every day's ratio only with AVX2: with SSE2 it measured slower than one runner at a time. */
BATCH_ACWR_FN(batch_acwr_avx2, __attribute__((target("avx2"))), batch_v4d, batch_v4i, 4, BATCH_LOAD4, 2)
#define BATCH_ACWR_AVX2 1
#endif

/* 1 when the AVX2 functions are to be used: libgcc's CPU model, filled in when the library loads. */
static int batch_use_avx2(void)
{
#ifdef CC_BATCH_NO_AVX2
    return 0;
#else
    return __builtin_cpu_supports("avx2");
#endif
}

/* Runners per group on this CPU's path. */
static size_t batch_group_size(int avx2)
{
    return avx2 ? 4 * BATCH_NV : 2 * BATCH_NV;
}

/* The group loop of this CPU's path. */
static void batch_group(int avx2, const double *x, size_t days, const ewma *start, double pct, const double *next,
                        batch_sums *s)
{
#ifndef CC_BATCH_NO_AVX2
    if (avx2) {
        batch_group_avx2(x, days, start, pct, next, s);
        return;
    }
#endif
    (void)avx2;
    batch_group_sse2(x, days, start, pct, next, s);
}
#endif

/* ---- both paths -------------------------------------------------------------------------------- */

/* Check one runner's row (a NaN made the total NaN; the other bad values show in the smallest or
 * largest value; a week over the weekly maximum is looked for only after a day over 125 km), then the two 30-day windows, and write its result row. Returns 0, writing
 * nothing, when the row holds a bad value. The row is in cache by now. */
static int batch_row(const double *x, size_t days, double pct, const batch_sums *s, double *out)
{
    double longest = 0.0, ref = 0.0;
    size_t d, last_run = SIZE_MAX, first;

    if (!(s->lo >= 0.0 && s->hi <= CALFCARE_PROGRESSION_MAX_DAILY_KM && !isnan(s->total)) ||
        (s->hi > BATCH_WEEK_CHECK_KM && week_over_max(x, days) != SIZE_MAX))
        return 0;
    /* The 30-day windows: the next run (days days-30 .. days-1) and the last run's reference. */
    first = days > CALFCARE_PROGRESSION_SPIKE_WINDOW_DAYS ? days - CALFCARE_PROGRESSION_SPIKE_WINDOW_DAYS : 0;
    for (d = days; d > first; d--)
        longest = x[d - 1] > longest ? x[d - 1] : longest; /* no branch: maxima are unpredictable */
    for (d = days; d > 0; d--)
        if (x[d - 1] > 0.0) {
            last_run = d - 1;
            break;
        }
    if (last_run != SIZE_MAX) {
        first = last_run > CALFCARE_PROGRESSION_SPIKE_WINDOW_DAYS ? last_run - CALFCARE_PROGRESSION_SPIKE_WINDOW_DAYS : 0;
        for (d = first; d < last_run; d++)
            ref = x[d] > ref ? x[d] : ref;
    }
    out[CALFCARE_PROGRESSION_COL_LAST_WEEK_KM] = s->last;
    out[CALFCARE_PROGRESSION_COL_CHANGE_PCT] = isnan(s->prev) ? NAN : change_pct(s->prev, s->last);
    out[CALFCARE_PROGRESSION_COL_NEXT_WEEK_MAX_KM] = isnan(s->last) ? NAN : cc_week_cap(s->last, pct);
    out[CALFCARE_PROGRESSION_COL_WEEKS_OVER_LIMIT] = (double)s->over;
    out[CALFCARE_PROGRESSION_COL_LONGEST_30D_KM] = longest;
    out[CALFCARE_PROGRESSION_COL_NEXT_RUN_MAX_KM] = longest * (1.0 + CALFCARE_PROGRESSION_SPIKE_CAP_PCT / 100.0);
    out[CALFCARE_PROGRESSION_COL_LAST_SPIKE_PCT] = last_run == SIZE_MAX ? NAN : cc_spike_pct(x[last_run], ref);
    out[CALFCARE_PROGRESSION_COL_LAST_BAND] =
        (double)calfcare_progression_spike_classify(out[CALFCARE_PROGRESSION_COL_LAST_SPIKE_PCT]);
    out[CALFCARE_PROGRESSION_COL_ACUTE] = s->e.a;
    out[CALFCARE_PROGRESSION_COL_CHRONIC] = ewma_chronic(&s->e);
    out[CALFCARE_PROGRESSION_COL_ACWR] = ratio_of(s->e.a, ewma_chronic(&s->e));
    out[CALFCARE_PROGRESSION_COL_TOTAL_KM] = s->total;
    return 1;
}

calfcare_status calfcare_progression_batch(const double *daily_km, size_t daily_km_n, size_t runners, size_t days,
                                           const calfcare_progression_params *params, double *results,
                                           size_t results_len, calfcare_error *err)
{
    calfcare_status st;
    size_t r, k, lanes, need;
    ewma start;
#ifdef BATCH_SIMD
    batch_sums s[BATCH_GROUP_MAX];
    const int avx2 = batch_use_avx2();
    const size_t group = batch_group_size(avx2);
#else
    batch_sums s[BATCH_LANES];
#endif
    const double pct = params ? params->max_increase_pct : 0.0;

    if ((st = check_batch_shape(daily_km, daily_km_n, runners, days, params, err)) != CALFCARE_OK)
        return st;
    if (runners > SIZE_MAX / CALFCARE_PROGRESSION_BATCH_COLUMNS)
        return cc_fail(err, CALFCARE_E_BUFFER, "results", "impossible length");
    need = runners * CALFCARE_PROGRESSION_BATCH_COLUMNS;
    if ((st = cc_progression_check_output(err, "results", results, results_len, need)) != CALFCARE_OK)
        return st;

    ewma_start(&start, params); /* decay constants once for all runners */
    for (r = 0; r < runners; r += lanes) {
        const double *x = daily_km + r * days;
#ifdef BATCH_SIMD
        if (runners - r >= group) {
            const double *next = runners - r >= 2 * group ? x + group * days : NULL;
            lanes = group;
            batch_group(avx2, x, days, &start, pct, next, s);
        } else
#endif
        {
            lanes = runners - r >= BATCH_LANES ? BATCH_LANES : 1;
            batch_portable(x, days, lanes, &start, pct, s);
        }
        for (k = 0; k < lanes; k++) {
            const double *row = x + k * days;
            if (!batch_row(row, days, pct, &s[k], results + (r + k) * CALFCARE_PROGRESSION_BATCH_COLUMNS))
                return bad_row(err, row, days, r + k); /* rows of earlier runners are written */
        }
    }
    return CALFCARE_OK;
}

calfcare_status calfcare_progression_batch_acwr(const double *daily_km, size_t daily_km_n, size_t runners,
                                                size_t days, const calfcare_progression_params *params, double *ratio,
                                                size_t ratio_len, calfcare_error *err)
{
    calfcare_status st;
    size_t r, d, lanes;
    ewma start;
#ifdef BATCH_ACWR_AVX2
    const int avx2 = batch_use_avx2();
    const size_t group = batch_group_size(avx2);
#endif
    if ((st = check_batch_shape(daily_km, daily_km_n, runners, days, params, err)) != CALFCARE_OK)
        return st;
    if ((st = cc_progression_check_output(err, "ratio", ratio, ratio_len, daily_km_n)) != CALFCARE_OK)
        return st;
    ewma_start(&start, params);
    for (r = 0; r < runners; r += lanes) {
        const double *x = daily_km + r * days;
        double *out = ratio + r * days;
        ewma e = start;
#ifdef BATCH_ACWR_AVX2
        if (avx2 && runners - r >= group) {
            lanes = group;
            if (batch_acwr_avx2(x, days, &start, runners - r >= 2 * group ? x + group * days : NULL, out))
                continue; /* else a bad value in the group: one runner at a time finds it */
        }
#endif
        lanes = 1;
        for (d = 0; d < days; d++) {
            if (!(x[d] >= 0.0 && x[d] <= CALFCARE_PROGRESSION_MAX_DAILY_KM))
                return bad_day(err, x[d], r, d);
            ewma_step(&e, x, d);
            out[d] = ratio_of(e.a, ewma_chronic(&e));
        }
    }
    return CALFCARE_OK;
}
