/**
 * @file calfcare/relief.h
 * @brief Relief protocols and the tick-driven timer engine.
 */
#ifndef CALFCARE_RELIEF_H
#define CALFCARE_RELIEF_H

#include <calfcare/common.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __cplusplus
}
#endif

#endif /* CALFCARE_RELIEF_H */
