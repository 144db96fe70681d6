/* calfcare/shoes.h - under construction in its own issue. */
#include "config.h"

#include "internal.h"

const cc_schema cc_shoes_schema = {CALFCARE_SCHEMA_SHOES, NULL, 0};

const calfcare_reason *cc_shoes_reason(int code)
{
    (void)code;
    return NULL;
}
