/**
 * @file calfcare/progression.h
 * @brief Mileage progression limits, load analysis and safe plans.
 */
#ifndef CALFCARE_PROGRESSION_H
#define CALFCARE_PROGRESSION_H

#include <calfcare/common.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Default weekly increase limit, percent: the "10% rule" (brief; Buist 2008, Nielsen 2014; weak evidence). */
#define CALFCARE_PROGRESSION_DEFAULT_MAX_INCREASE_PCT 10.0
/** Smallest accepted weekly increase limit, percent. */
#define CALFCARE_PROGRESSION_MIN_INCREASE_PCT 1.0
/** Largest accepted weekly increase limit, percent (above 30% over two weeks is the clearly risky zone). */
#define CALFCARE_PROGRESSION_MAX_INCREASE_PCT 50.0
/** Largest accepted weekly distance, km (anything above is a data error). */
#define CALFCARE_PROGRESSION_MAX_WEEKLY_KM 1000.0

/**
 * Largest advisable distance (or load) for next week under the weekly increase limit:
 * `last_week * (1 + max_increase_pct / 100)`.
 *
 * @param last_week         last week's distance, km (0 .. #CALFCARE_PROGRESSION_MAX_WEEKLY_KM), or load
 * @param max_increase_pct  the limit, percent (#CALFCARE_PROGRESSION_MIN_INCREASE_PCT .. #CALFCARE_PROGRESSION_MAX_INCREASE_PCT)
 * @param[out] out          the cap, same unit as @p last_week
 * @param err               details on failure (fields "weekly_km", "max_increase_pct"), may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID
 */
CALFCARE_API calfcare_status calfcare_progression_next_week_max(double last_week, double max_increase_pct,
                                                                double *out, calfcare_error *err);

#ifdef __cplusplus
}
#endif

#endif /* CALFCARE_PROGRESSION_H */
