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

#ifdef __cplusplus
}
#endif

#endif /* CALFCARE_SHOES_H */
