/* The double layer of the relief timer for hosts (calfcare/relief.h): progress as 0..1. Apart from
 * lib/timer.c so that firmware that calls calfcare_relief_timer_status() links no double arithmetic. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "internal.h"

calfcare_status calfcare_relief_timer_query(const calfcare_relief_timer *timer, uint32_t now_ms,
                                            calfcare_relief_timer_info *info, calfcare_error *err)
{
    calfcare_status st = calfcare_relief_timer_status(timer, now_ms, info, err);
    if (st != CALFCARE_OK)
        return st;
    info->step_progress = info->step_duration_ms ? (double)info->step_elapsed_ms / (double)info->step_duration_ms : 1.0;
    info->session_progress =
        info->session_total_ms ? (double)info->session_elapsed_ms / (double)info->session_total_ms : 1.0;
    return CALFCARE_OK;
}
