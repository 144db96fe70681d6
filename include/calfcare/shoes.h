/**
 * @file calfcare/shoes.h
 * @brief Shoe-fit guidance tied to calf load.
 */
#ifndef CALFCARE_SHOES_H
#define CALFCARE_SHOES_H

#include <calfcare/common.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Default replacement distance, km (convention; cushioning falls to about 60% by 800 km: Cook 1985; weak). */
#define CALFCARE_SHOES_DEFAULT_LIMIT_KM 800.0
/** Default replacement age, months (convention; weak). */
#define CALFCARE_SHOES_DEFAULT_LIMIT_MONTHS 12.0
/** Largest accepted distance on a pair of shoes, km. */
#define CALFCARE_SHOES_MAX_KM 10000.0

/**
 * Distance left on a pair of shoes before the replacement limit: `limit_km - shoe_km`, negative
 * when the limit has been passed (the pair is overdue by that much).
 *
 * @param shoe_km   distance run in the pair, km (0 .. #CALFCARE_SHOES_MAX_KM)
 * @param limit_km  replacement limit, km (100 .. 2000; default #CALFCARE_SHOES_DEFAULT_LIMIT_KM)
 * @param[out] out  km left (negative when overdue)
 * @param err       details on failure (fields "shoe_km", "limit_km"), may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID
 */
CALFCARE_API calfcare_status calfcare_shoes_km_left(double shoe_km, double limit_km, double *out,
                                                    calfcare_error *err);

#ifdef __cplusplus
}
#endif

#endif /* CALFCARE_SHOES_H */
