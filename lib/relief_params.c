/* The double API of relief building (calfcare/relief.h): calfcare_relief_params and
 * calfcare_relief_build(), a thin validating layer over calfcare_relief_build_int() in
 * lib/relief.c. Apart from it so that firmware that builds with integers links no double
 * arithmetic (docs/embedding.md). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <stddef.h>
#include <string.h>

#include "internal.h"

/* ---- parameters: the table (calfcare/params.h) ------------------------------------------- */

#define ROW(name, type, unit, min, max, def, help)                                                           \
    {{CC_ROW_ID_##name, #name, type, 0, min, max, def, NAN, unit, "", offsetof(calfcare_relief_params, name), CC_HELP(help)}, \
     NULL, NULL}

enum {
    CC_ROW_ID_ice_min,
    CC_ROW_ID_hold_s,
    CC_ROW_ID_reps,
    CC_ROW_ID_roll_s,
    CC_ROW_ID_sets,
    CC_ROW_ID_week,
    CC_ROW_ID_last_ice_ended_min_ago,
    CC_ROW_ID_ice_rounds,
    CC_ROW_ID_tool
};

static const cc_params_row relief_rows[] = {
    ROW(ice_min, CALFCARE_PARAMS_TYPE_DOUBLE, "min", CALFCARE_RELIEF_ICE_MIN_MIN, CALFCARE_RELIEF_ICE_MIN_MAX,
        CALFCARE_RELIEF_ICE_MIN_DEFAULT, "ice per application"),
    ROW(hold_s, CALFCARE_PARAMS_TYPE_DOUBLE, "s", CALFCARE_RELIEF_HOLD_S_MIN, CALFCARE_RELIEF_HOLD_S_MAX,
        CALFCARE_RELIEF_HOLD_S_DEFAULT, "stretch hold"),
    ROW(reps, CALFCARE_PARAMS_TYPE_INT, "holds per side", CALFCARE_RELIEF_REPS_MIN, CALFCARE_RELIEF_REPS_MAX,
        CALFCARE_RELIEF_REPS_DEFAULT, "stretch holds per side and variant (knee straight, knee bent)"),
    ROW(roll_s, CALFCARE_PARAMS_TYPE_DOUBLE, "s", CALFCARE_RELIEF_ROLL_S_MIN, CALFCARE_RELIEF_ROLL_S_MAX,
        CALFCARE_RELIEF_ROLL_S_DEFAULT, "foam rolling per leg and set"),
    ROW(sets, CALFCARE_PARAMS_TYPE_INT, "sets", CALFCARE_RELIEF_SETS_MIN, CALFCARE_RELIEF_SETS_MAX,
        CALFCARE_RELIEF_SETS_DEFAULT, "foam rolling sets, each left then right"),
    ROW(week, CALFCARE_PARAMS_TYPE_INT, "", CALFCARE_RELIEF_WEEK_MIN, CALFCARE_RELIEF_WEEK_MAX,
        CALFCARE_RELIEF_WEEK_DEFAULT,
        "strength routine week: 1-2 double-leg, 3-4 single-leg, 5+ slow eccentric (strength only)"),
    {{CC_ROW_ID_last_ice_ended_min_ago, "last_ice_ended_min_ago", CALFCARE_PARAMS_TYPE_DOUBLE, 0, 0,
      CALFCARE_RELIEF_LAST_ICE_MAX_MIN, CALFCARE_RELIEF_ICE_UNKNOWN, CALFCARE_RELIEF_ICE_UNKNOWN, "min", "unknown",
      offsetof(calfcare_relief_params, last_ice_ended_min_ago),
      CC_HELP("minutes since the previous ice application ended; under 60 refuses ice")},
     NULL, NULL},
    ROW(ice_rounds, CALFCARE_PARAMS_TYPE_INT, "applications", CALFCARE_RELIEF_ICE_ROUNDS_MIN,
        CALFCARE_RELIEF_ICE_ROUNDS_MAX, CALFCARE_RELIEF_ICE_ROUNDS_DEFAULT,
        "ice applications; 2 = intermittent: 10 min on, 10 off, 10 on (ice_min does not apply)"),
    {{CC_ROW_ID_tool, "tool", CALFCARE_PARAMS_TYPE_CHOICE, 0, CALFCARE_RELIEF_TOOL_ROLLER, CALFCARE_RELIEF_TOOL_BALL,
      CALFCARE_RELIEF_TOOL_ROLLER, NAN, "", "", offsetof(calfcare_relief_params, tool),
      CC_HELP("the rolling tool of roll and full: foam roller or massage ball (the same dose)")},
     calfcare_relief_tool_name, calfcare_relief_tool_parse},
};

const cc_params_tab cc_relief_params_tab = {relief_rows, CC_COUNTOF(relief_rows), sizeof(calfcare_relief_params)};

calfcare_status calfcare_relief_params_init(calfcare_relief_params *params, calfcare_error *err)
{
    if (!params)
        return cc_fail_null(err, "params");
    cc_params_defaults(&cc_relief_params_tab, params);
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
    if ((st = cc_params_check(&cc_relief_params_tab, params, err)) != CALFCARE_OK)
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
