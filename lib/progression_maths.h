/* What the progression files share (private to lib/): lib/progression.c (the rules: weekly check,
 * spikes, acute:chronic ratio, plans), lib/progression_batch.c (many runners at once) and
 * lib/progression_rtr.c (return to running). The EWMA step and the ratio are written once here, so
 * that the batch and the single-runner functions give bit-identical results; the load rules every
 * area shares are in lib/rules.h. */
#ifndef CC_PROGRESSION_MATHS_H
#define CC_PROGRESSION_MATHS_H

#include <math.h>
#include <stddef.h>

#include <calfcare/progression.h>

#include "internal.h"

/* Band edges are inclusive up to 1e-9 (percentage points or ratio units), so that 11 km over 10 km,
 * which is 10.000000000000009% in binary arithmetic, is "up to 10%" as the arithmetic on paper says. */
#define BAND_EPS 1e-9

static inline double change_pct(double prev, double cur)
{
    return prev > 0.0 ? (cur / prev - 1.0) * 100.0 : NAN;
}

static inline void add_advice(int *advice, size_t *count, int code)
{
    if (*count < CALFCARE_PROGRESSION_MAX_ADVICE)
        advice[(*count)++] = code;
}

/* The EWMA state of one runner. One step per calendar day; the uncoupled chronic value is the
 * chronic EWMA fed `lag` days late, which is bit-for-bit C(t - lag). */
typedef struct ewma {
    double la, lc; /* decay constants */
    double a, c, cl;
    size_t lag;     /* 0 when coupled */
    int seed_first; /* A_0 = C_0 = x_0 instead of starting from 0 */
} ewma;

static inline void ewma_start(ewma *e, const calfcare_progression_params *p)
{
    e->la = calfcare_progression_lambda(p->decay, p->acute_days);
    e->lc = calfcare_progression_lambda(p->decay, p->chronic_days);
    e->a = e->c = e->cl = 0.0;
    e->lag = p->coupling == CALFCARE_PROGRESSION_UNCOUPLED ? (size_t)p->acute_days : 0;
    e->seed_first = p->seed == CALFCARE_PROGRESSION_SEED_FIRST;
}

/* Day t of series x (x[t] is today's load). Inline: called once per day in every loop over days. */
static inline void ewma_step(ewma *e, const double *x, size_t t)
{
    if (t == 0 && e->seed_first) {
        e->a = e->c = x[0];
    } else {
        e->a = e->la * x[t] + (1.0 - e->la) * e->a;
        e->c = e->lc * x[t] + (1.0 - e->lc) * e->c;
    }
    if (e->lag && t >= e->lag) {
        if (t == e->lag && e->seed_first)
            e->cl = x[0];
        else
            e->cl = e->lc * x[t - e->lag] + (1.0 - e->lc) * e->cl;
    }
}

static inline double ewma_chronic(const ewma *e)
{
    return e->lag ? e->cl : e->c;
}

static inline double ratio_of(double a, double c)
{
    return c > 0.0 ? a / c : NAN;
}

/* The input checks of lib/progression.c, for the other progression files. */
calfcare_status cc_progression_check_input_len(calfcare_error *err, const char *field, const double *p, size_t n);
calfcare_status cc_progression_check_output(calfcare_error *err, const char *field, const void *p, size_t len,
                                            size_t need);
calfcare_status cc_progression_check_params(const calfcare_progression_params *p, calfcare_error *err);

#endif /* CC_PROGRESSION_MATHS_H */
