/**
 * @file calfcare/diagnosis.h
 * @brief Cause diagnosis and red-flag triage.
 */
#ifndef CALFCARE_DIAGNOSIS_H
#define CALFCARE_DIAGNOSIS_H

#include <calfcare/common.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __cplusplus
}
#endif

#endif /* CALFCARE_DIAGNOSIS_H */
