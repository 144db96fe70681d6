/* calfcare/diagnosis.h */
#include "config.h"

#include "internal.h"

const cc_schema cc_diagnosis_schema = {CALFCARE_SCHEMA_DIAGNOSIS, NULL, 0};

const calfcare_reason *cc_diagnosis_reason(int code)
{
    (void)code;
    return NULL;
}
