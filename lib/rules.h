/* The load rules every area applies, written once (private to lib/): the weekly increase limit,
 * with its tolerance, and the single-run spike. The weekly check, the plans, the batch, the
 * training-log check and the diagnosis all call these, so `calfcare diagnose` and `calfcare check`
 * give the same verdict on the same weeks, to the last bit. docs/progression.md has the rules and
 * their sources (buist2008, nielsen2014, frandsen2025). */
#ifndef CC_RULES_H
#define CC_RULES_H

#include <math.h>

/* Relative tolerance of every limit comparison: over the limit by less than this share of the
 * limit is binary rounding, not over, so "exactly +10%" is within (44.000000001 after 40). */
#define CC_LIMIT_TOL 1e-9

/* The most a week may hold after a week of `last` under a limit of `pct` percent. */
static inline double cc_week_cap(double last, double pct)
{
    return last * (1.0 + pct / 100.0);
}

/* Is `cur` over `cap`, by more than rounding? */
static inline int cc_over_cap(double cur, double cap)
{
    return cur > cap + cap * CC_LIMIT_TOL;
}

/* Did a week of `cur` rise more than `pct` percent over a week of `prev`? After a week of 0, any
 * distance is over every limit. */
static inline int cc_week_over(double prev, double cur, double pct)
{
    return cc_over_cap(cur, cc_week_cap(prev, pct));
}

/* A run's spike, % over the reference (the longest run of the 30 days before, Frandsen 2025); NaN
 * without a reference (no run in those 30 days): calfcare_progression_spike_classify() then says
 * "no_reference". */
static inline double cc_spike_pct(double km, double ref)
{
    return ref > 0.0 ? (km / ref - 1.0) * 100.0 : NAN;
}

#endif /* CC_RULES_H */
