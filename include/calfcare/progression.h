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

#ifdef __cplusplus
}
#endif

#endif /* CALFCARE_PROGRESSION_H */
