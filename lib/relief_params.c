/* The double API of relief building (calfcare/relief.h): calfcare_relief_params and
 * calfcare_relief_build(), a thin validating layer over calfcare_relief_build_int() in
 * lib/relief.c. Apart from it so that firmware that builds with integers links no double
 * arithmetic (docs/embedding.md). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <string.h>

#include "internal.h"

/* ---- parameters --------------------------------------------------------------------------- */

calfcare_status calfcare_relief_params_init(calfcare_relief_params *params, calfcare_error *err)
{
    if (!params)
        return cc_fail_null(err, "params");
    memset(params, 0, sizeof *params);
    params->ice_min = CALFCARE_RELIEF_ICE_MIN_DEFAULT;
    params->hold_s = CALFCARE_RELIEF_HOLD_S_DEFAULT;
    params->reps = CALFCARE_RELIEF_REPS_DEFAULT;
    params->roll_s = CALFCARE_RELIEF_ROLL_S_DEFAULT;
    params->sets = CALFCARE_RELIEF_SETS_DEFAULT;
    params->week = CALFCARE_RELIEF_WEEK_DEFAULT;
    params->last_ice_ended_min_ago = CALFCARE_RELIEF_ICE_UNKNOWN;
    params->ice_rounds = CALFCARE_RELIEF_ICE_ROUNDS_DEFAULT;
    params->tool = CALFCARE_RELIEF_TOOL_ROLLER;
    return CALFCARE_OK;
}

static calfcare_status check_params(const calfcare_relief_params *p, calfcare_error *err)
{
    calfcare_status st;
    if ((st = cc_check_number(err, "ice_min", p->ice_min, CALFCARE_RELIEF_ICE_MIN_MIN, CALFCARE_RELIEF_ICE_MIN_MAX,
                              "min", 0)) != CALFCARE_OK)
        return st;
    if ((st = cc_check_number(err, "hold_s", p->hold_s, CALFCARE_RELIEF_HOLD_S_MIN, CALFCARE_RELIEF_HOLD_S_MAX, "s",
                              0)) != CALFCARE_OK)
        return st;
    if ((st = cc_check_number(err, "reps", p->reps, CALFCARE_RELIEF_REPS_MIN, CALFCARE_RELIEF_REPS_MAX,
                              "holds per side", 1)) != CALFCARE_OK)
        return st;
    if ((st = cc_check_number(err, "roll_s", p->roll_s, CALFCARE_RELIEF_ROLL_S_MIN, CALFCARE_RELIEF_ROLL_S_MAX, "s",
                              0)) != CALFCARE_OK)
        return st;
    if ((st = cc_check_number(err, "sets", p->sets, CALFCARE_RELIEF_SETS_MIN, CALFCARE_RELIEF_SETS_MAX, "sets",
                              1)) != CALFCARE_OK)
        return st;
    if ((st = cc_check_number(err, "week", p->week, CALFCARE_RELIEF_WEEK_MIN, CALFCARE_RELIEF_WEEK_MAX, "", 1)) !=
        CALFCARE_OK)
        return st;
    /* -1 exactly is the documented "unknown"; any other negative number is an error. */
    if (p->last_ice_ended_min_ago != CALFCARE_RELIEF_ICE_UNKNOWN &&
        (st = cc_check_number(err, "last_ice_ended_min_ago", p->last_ice_ended_min_ago, 0,
                              CALFCARE_RELIEF_LAST_ICE_MAX_MIN, "min (or -1 for unknown)", 0)) != CALFCARE_OK)
        return st;
    if ((st = cc_check_number(err, "ice_rounds", p->ice_rounds, CALFCARE_RELIEF_ICE_ROUNDS_MIN,
                              CALFCARE_RELIEF_ICE_ROUNDS_MAX, "applications", 1)) != CALFCARE_OK)
        return st;
    if ((st = cc_check_number(err, "tool", p->tool, CALFCARE_RELIEF_TOOL_ROLLER, CALFCARE_RELIEF_TOOL_BALL,
                              "(0 roller, 1 ball)", 1)) != CALFCARE_OK)
        return st;
    return CALFCARE_OK;
}

static uint32_t ms_of(double v, double unit_ms)
{
    return (uint32_t)floor(v * unit_ms + 0.5);
}

calfcare_status calfcare_relief_build(int protocol, const calfcare_relief_params *params,
                                      const calfcare_blocked *blocked, calfcare_relief_protocol *out,
                                      calfcare_error *err)
{
    calfcare_relief_iparams ip;
    calfcare_status st;

    if (!out)
        return cc_fail_null(err, "out");
    memset(out, 0, sizeof *out);
    if (!params)
        return cc_fail_null(err, "params");
    if (protocol < CALFCARE_RELIEF_RICE || protocol > CC_RELIEF_LAST)
        return cc_check_number(err, "protocol", protocol, CALFCARE_RELIEF_RICE, CC_RELIEF_LAST, "", 1);
    if ((st = check_params(params, err)) != CALFCARE_OK)
        return st;
    /* Within the ranges checked above every conversion is exact to the ms (the builders used
     * the same rounding), and floor(min * 60) < 3600 exactly when min < 60. */
    ip.ice_ms = ms_of(params->ice_min, 60000.0);
    ip.hold_ms = ms_of(params->hold_s, 1000.0);
    ip.reps = (uint32_t)params->reps;
    ip.roll_ms = ms_of(params->roll_s, 1000.0);
    ip.sets = (uint32_t)params->sets;
    ip.week = (uint32_t)params->week;
    ip.last_ice_ended_s = params->last_ice_ended_min_ago == CALFCARE_RELIEF_ICE_UNKNOWN
                              ? -1
                              : (int32_t)floor(params->last_ice_ended_min_ago * 60.0);
    ip.ice_rounds = (uint32_t)params->ice_rounds;
    ip.tool = (uint32_t)params->tool;
    st = calfcare_relief_build_int(protocol, &ip, blocked, out, err);
    if (st == CALFCARE_E_BLOCKED && err)
        err->value = out->blocked_flag; /* the red flag, as a number (the integer API leaves NaN) */
    if (st == CALFCARE_E_TOO_SOON && err) {
        /* The same refusal in the host's units: minutes, as given (written straight into err). */
        cc_text t;
        double ago = params->last_ice_ended_min_ago;
        cc_fail(err, CALFCARE_E_TOO_SOON, "last_ice_ended_min_ago", "");
        cc_msg_init(&t, err->message, sizeof err->message);
        cc_msg_puts(&t, "last_ice_ended_min_ago: the last ice application ended ");
        cc_msg_putnum(&t, ago);
        cc_msg_puts(&t, " min ago; wait at least 60 min between applications (");
        cc_msg_putnum(&t, CALFCARE_RELIEF_ICE_GAP_MIN - ago);
        cc_msg_puts(&t, " min more)");
        err->value = ago;
        err->min = CALFCARE_RELIEF_ICE_GAP_MIN;
    }
    return st;
}
