/* calfcare/shoes.h */
#include "config.h"

#include "internal.h"

const cc_schema cc_shoes_schema = {CALFCARE_SCHEMA_SHOES, NULL, 0};

const calfcare_reason *cc_shoes_reason(int code)
{
    (void)code;
    return NULL;
}

calfcare_status calfcare_shoes_km_left(double shoe_km, double limit_km, double *out, calfcare_error *err)
{
    calfcare_status st;
    if (!out)
        return cc_fail_null(err, "out");
    st = cc_check_number(err, "shoe_km", shoe_km, 0, CALFCARE_SHOES_MAX_KM, "km", 0);
    if (st == CALFCARE_OK)
        st = cc_check_number(err, "limit_km", limit_km, 100, 2000, "km", 0);
    if (st != CALFCARE_OK)
        return st;
    *out = limit_km - shoe_km;
    return CALFCARE_OK;
}
