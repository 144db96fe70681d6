/* calfcare/progression.h */
#include "config.h"

#include "internal.h"

const calfcare_reason *cc_progression_reason(int code)
{
    (void)code;
    return NULL;
}

calfcare_status calfcare_progression_next_week_max(double last_week, double max_increase_pct, double *out,
                                                   calfcare_error *err)
{
    calfcare_status st;
    if (!out)
        return cc_fail_null(err, "out");
    st = cc_check_number(err, "weekly_km", last_week, 0, CALFCARE_PROGRESSION_MAX_WEEKLY_KM, "km", 0);
    if (st == CALFCARE_OK)
        st = cc_check_number(err, "max_increase_pct", max_increase_pct, CALFCARE_PROGRESSION_MIN_INCREASE_PCT,
                             CALFCARE_PROGRESSION_MAX_INCREASE_PCT, "%", 0);
    if (st != CALFCARE_OK)
        return st;
    *out = last_week * (1.0 + max_increase_pct / 100.0);
    return CALFCARE_OK;
}
