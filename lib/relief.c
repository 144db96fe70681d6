/* calfcare/relief.h */
#include "config.h"

#include "internal.h"

const calfcare_reason *cc_relief_reason(int code)
{
    (void)code;
    return NULL;
}
