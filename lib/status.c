/* Status names and texts (calfcare/common.h), apart from lib/common.c so that their strings are
 * linked only into a firmware that calls calfcare_strerror() or calfcare_status_name() (the
 * compiler puts the strings of a file's tables in one section per file: docs/embedding.md). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "internal.h"

/* Names and texts from the one status list (calfcare/common.h); index = -status. */
#define CC_STATUS_ROW(name, value, kind, text) [-(value)] = {"CALFCARE_" #name, text},
static const struct {
    const char *name;
    const char *text;
} status_table[] = {CALFCARE_STATUS_LIST(CC_STATUS_ROW)};
#undef CC_STATUS_ROW

/* The list and the enum agree: a wrong value fails to compile (negative array size). */
#define CC_STATUS_AGREES(name, value, kind, text) typedef char cc_status_##name[CALFCARE_##name == (value) ? 1 : -1];
CALFCARE_STATUS_LIST(CC_STATUS_AGREES)
#undef CC_STATUS_AGREES


const char *calfcare_strerror(int status)
{
    if (status > 0 || (size_t)(-(long)status) >= CC_COUNTOF(status_table))
        return "unknown status";
    return status_table[-status].text;
}

const char *calfcare_status_name(int status)
{
    if (status > 0 || (size_t)(-(long)status) >= CC_COUNTOF(status_table))
        return "CALFCARE_E_UNKNOWN";
    return status_table[-status].name;
}

calfcare_status calfcare_status_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_status_name, -(int)(CC_COUNTOF(status_table) - 1), 0, "status", word, value, err);
}
