/* The registry: the one file of lib/ that knows every area. common.c and input.c are leaves (they
 * know no area); each area's tables are reached from here - the reason texts by code range, the
 * input schemas by id - so an area left out of an embedded build is left out here alone. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <stddef.h>

#include "internal.h"

/* ---- input schemas ------------------------------------------------------------------------ */

#ifndef CALFCARE_HAVE_DIAGNOSIS
#define CALFCARE_HAVE_DIAGNOSIS 1
#endif
#ifndef CALFCARE_HAVE_PROGRESSION
#define CALFCARE_HAVE_PROGRESSION 1
#endif
#ifndef CALFCARE_HAVE_SHOES
#define CALFCARE_HAVE_SHOES 1
#endif

const cc_schema *cc_schema_get(int schema)
{
    switch (schema) {
#if CALFCARE_HAVE_DIAGNOSIS
    case CALFCARE_INPUT_SCHEMA_DIAGNOSIS:
        return &cc_diagnosis_schema;
#endif
#if CALFCARE_HAVE_SHOES
    case CALFCARE_INPUT_SCHEMA_SHOES:
        return &cc_shoes_schema;
#endif
    default:
        return NULL;
    }
}

/* ---- parameter tables ------------------------------------------------------------------- */

const cc_params_tab *cc_params_tab_get(int table)
{
    switch (table) {
    case CALFCARE_PARAMS_TABLE_RELIEF:
        return &cc_relief_params_tab;
#if CALFCARE_HAVE_PROGRESSION
    case CALFCARE_PARAMS_TABLE_PROGRESSION:
        return &cc_progression_params_tab;
    case CALFCARE_PARAMS_TABLE_PLAN:
        return &cc_plan_params_tab;
    case CALFCARE_PARAMS_TABLE_RTR_GATE:
        return &cc_rtr_gate_params_tab;
#endif
    default:
        return NULL;
    }
}

/* ---- reason texts ------------------------------------------------------------------------- */

/*
 * Texts apart from logic. Each area's table is reached only through its own lookup, so firmware
 * that calls calfcare_relief_reason_lookup() links the relief table alone, and firmware that
 * calls none links no table (-ffunction-sections -fdata-sections --gc-sections). Build options
 * (CMakeLists.txt; the autotools build has every area and the English texts):
 *   CALFCARE_NO_TEXTS       codes only: every lookup returns NULL, no table is linked
 *   CALFCARE_CUSTOM_TEXTS   the caller's table (calfcare_custom_reasons, e.g. translated) instead
 *                           of the English ones, keyed by the same codes
 *   CALFCARE_HAVE_DIAGNOSIS / _PROGRESSION / _SHOES = 0   an area left out of the build
 */
#if !defined(CALFCARE_NO_TEXTS) && !defined(CALFCARE_CUSTOM_TEXTS) && \
    (!CALFCARE_HAVE_DIAGNOSIS || !CALFCARE_HAVE_PROGRESSION || !CALFCARE_HAVE_SHOES)
static const calfcare_reason *no_table(int code)
{
    (void)code;
    return NULL;
}
#endif

#if defined(CALFCARE_CUSTOM_TEXTS)
#define AREA_LOOKUP(area, first, have, table_fn)                                                         \
    const calfcare_reason *calfcare_##area##_reason_lookup(int code)                                     \
    {                                                                                                    \
        return code / 1000 == (first) ? cc_reason_find(calfcare_custom_reasons, calfcare_custom_reason_count, code) \
                                      : NULL;                                                            \
    }
#elif defined(CALFCARE_NO_TEXTS)
#define AREA_LOOKUP(area, first, have, table_fn)                                                         \
    const calfcare_reason *calfcare_##area##_reason_lookup(int code)                                     \
    {                                                                                                    \
        (void)code;                                                                                      \
        return NULL;                                                                                     \
    }
#else
/* have is a literal 0 or 1 (CALFCARE_HAVE_<AREA>): an area left out names no_table, never its own
 * table, which is not linked. */
#define AREA_PICK_0(table_fn) no_table
#define AREA_PICK_1(table_fn) table_fn
#define AREA_PICK(have, table_fn) AREA_PICK_EXPANDED(have, table_fn)
#define AREA_PICK_EXPANDED(have, table_fn) AREA_PICK_##have(table_fn)
#define AREA_LOOKUP(area, first, have, table_fn)                                                         \
    const calfcare_reason *calfcare_##area##_reason_lookup(int code)                                     \
    {                                                                                                    \
        return code / 1000 == (first) ? AREA_PICK(have, table_fn)(code) : NULL;                          \
    }
#endif

AREA_LOOKUP(diagnosis, 1, CALFCARE_HAVE_DIAGNOSIS, cc_diagnosis_reason)
AREA_LOOKUP(relief, 2, 1, cc_relief_reason)
AREA_LOOKUP(progression, 3, CALFCARE_HAVE_PROGRESSION, cc_progression_reason)
AREA_LOOKUP(shoes, 4, CALFCARE_HAVE_SHOES, cc_shoes_reason)

const calfcare_reason *calfcare_reason_lookup(int code)
{
    switch (code / 1000) {
    case 1:
        return calfcare_diagnosis_reason_lookup(code);
    case 2:
        return calfcare_relief_reason_lookup(code);
    case 3:
        return calfcare_progression_reason_lookup(code);
    case 4:
        return calfcare_shoes_reason_lookup(code);
    default:
        return NULL;
    }
}
