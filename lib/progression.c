/* calfcare/progression.h - under construction in its own issue. */
#include "config.h"

#include "internal.h"

const calfcare_reason *cc_progression_reason(int code)
{
    (void)code;
    return NULL;
}
