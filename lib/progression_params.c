/* The parameter tables of calfcare/progression.h (calfcare/params.h): the weekly check's and the
 * acute:chronic ratio's ::calfcare_progression_params, the plan's ::calfcare_progression_plan_params
 * and the return-to-run gate's answers ::calfcare_progression_rtr_gate_input. Their _init() functions
 * and checks read these rows. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <stddef.h>

#include "internal.h"

#define P_OFF(m) offsetof(calfcare_progression_params, m)
#define PLAN_OFF(m) offsetof(calfcare_progression_plan_params, m)

static const cc_params_row progression_rows[] = {
    {{0, "max_increase_pct", CALFCARE_PARAMS_TYPE_DOUBLE, 0, CALFCARE_PROGRESSION_MIN_INCREASE_PCT,
      CALFCARE_PROGRESSION_MAX_INCREASE_PCT, CALFCARE_PROGRESSION_DEFAULT_MAX_INCREASE_PCT, NAN, "%", "",
      P_OFF(max_increase_pct), CC_HELP("weekly increase limit")},
     NULL, NULL},
    /* 7 and 28 days: Williams 2017; the acute window is shorter than the chronic one (progression.c) */
    {{1, "acute_days", CALFCARE_PARAMS_TYPE_INT, 0, 1, 364, 7, NAN, "days", "", P_OFF(acute_days),
      CC_HELP("acute EWMA window (shorter than chronic_days)")},
     NULL, NULL},
    {{2, "chronic_days", CALFCARE_PARAMS_TYPE_INT, 0, 2, 365, 28, NAN, "days", "", P_OFF(chronic_days),
      CC_HELP("chronic EWMA window")},
     NULL, NULL},
    {{3, "decay", CALFCARE_PARAMS_TYPE_CHOICE, 0, CALFCARE_PROGRESSION_DECAY_2_OVER_N_PLUS_1,
      CALFCARE_PROGRESSION_DECAY_1_OVER_N, CALFCARE_PROGRESSION_DECAY_2_OVER_N_PLUS_1, NAN, "", "", P_OFF(decay),
      CC_HELP("EWMA decay constant lambda")},
     calfcare_progression_decay_name, calfcare_progression_decay_parse},
    {{4, "coupling", CALFCARE_PARAMS_TYPE_CHOICE, 0, CALFCARE_PROGRESSION_COUPLED, CALFCARE_PROGRESSION_UNCOUPLED,
      CALFCARE_PROGRESSION_COUPLED, NAN, "", "", P_OFF(coupling), CC_HELP("chronic load with or without the acute window")},
     calfcare_progression_coupling_name, calfcare_progression_coupling_parse},
    {{5, "seed", CALFCARE_PARAMS_TYPE_CHOICE, 0, CALFCARE_PROGRESSION_SEED_ZERO, CALFCARE_PROGRESSION_SEED_FIRST,
      CALFCARE_PROGRESSION_SEED_ZERO, NAN, "", "", P_OFF(seed), CC_HELP("EWMAs start from 0, or from the first day's load")},
     calfcare_progression_seed_name, calfcare_progression_seed_parse},
};

const cc_params_tab cc_progression_params_tab = {progression_rows, CC_COUNTOF(progression_rows),
                                                 sizeof(calfcare_progression_params)};

static const cc_params_row plan_rows[] = {
    /* from 0 km: the return-to-run stages instead */
    {{0, "current_km", CALFCARE_PARAMS_TYPE_DOUBLE, CALFCARE_PARAMS_FIELD_REQUIRED, 1,
      CALFCARE_PROGRESSION_MAX_WEEKLY_KM, 0, NAN, "km", "", PLAN_OFF(current_km), CC_HELP("the last full week's distance")},
     NULL, NULL},
    {{1, "target_km", CALFCARE_PARAMS_TYPE_DOUBLE, CALFCARE_PARAMS_FIELD_REQUIRED, 0,
      CALFCARE_PROGRESSION_MAX_WEEKLY_KM, 0, NAN, "km", "", PLAN_OFF(target_km), CC_HELP("the weekly distance to reach")},
     NULL, NULL},
    {{2, "max_increase_pct", CALFCARE_PARAMS_TYPE_DOUBLE, 0, CALFCARE_PROGRESSION_MIN_INCREASE_PCT,
      CALFCARE_PROGRESSION_MAX_INCREASE_PCT, CALFCARE_PROGRESSION_DEFAULT_MAX_INCREASE_PCT, NAN, "%", "",
      PLAN_OFF(max_increase_pct), CC_HELP("weekly increase limit over the last full week")},
     NULL, NULL},
    /* 2-6 weeks, 10-40% (default every 4th week, 25% down): the configurable range of the practice */
    {{3, "cutback_every", CALFCARE_PARAMS_TYPE_INT, 0, 2, 6, 4, NAN, "weeks", "", PLAN_OFF(cutback_every),
      CC_HELP("every Nth week is a cutback week")},
     NULL, NULL},
    {{4, "cutback_pct", CALFCARE_PARAMS_TYPE_DOUBLE, 0, 10, 40, 25, NAN, "%", "", PLAN_OFF(cutback_pct),
      CC_HELP("how much lower a cutback week is than the last full week")},
     NULL, NULL},
    {{5, "weeks", CALFCARE_PARAMS_TYPE_INT, 0, 1, CALFCARE_PROGRESSION_PLAN_MAX_WEEKS, 0, 0,
      "weeks", "until the target", PLAN_OFF(weeks), CC_HELP("weeks to plan")},
     NULL, NULL},
};

const cc_params_tab cc_plan_params_tab = {plan_rows, CC_COUNTOF(plan_rows), sizeof(calfcare_progression_plan_params)};

/* The return-to-run gate's answers. The yes/no rows take calfcare_yes_no's words under their own
 * field name (calfcare_yes_no_parse() names "yes_no"); -1 (CALFCARE_UNKNOWN) is "not answered". */
static calfcare_status walk_pain_free_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_yes_no_name, CALFCARE_NO, CALFCARE_YES, "walk_pain_free", word, value, err);
}

static calfcare_status hop_pain_free_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_yes_no_name, CALFCARE_NO, CALFCARE_YES, "hop_pain_free", word, value, err);
}

#define GATE_OFF(m) offsetof(calfcare_progression_rtr_gate_input, m)

static const cc_params_row rtr_gate_rows[] = {
    {{0, "walk_pain_free", CALFCARE_PARAMS_TYPE_CHOICE, 0, CALFCARE_NO, CALFCARE_YES, CALFCARE_UNKNOWN,
      CALFCARE_UNKNOWN, "", "unknown", GATE_OFF(walk_pain_free), CC_HELP("brisk walking for 30 min without calf pain")},
     calfcare_yes_no_name, walk_pain_free_parse},
    /* A count to fatigue: 0 is a real answer (none), so "not answered" is -1. 200 is far above the
     * 25 needed and any count a sore calf gives (docs/progression.md); more is a typing error. The
     * two sides' rows are a pair: one `--heel-raises L,R` option, one heel_raises=(L, R) keyword. */
    {{1, "heel_raises_left", CALFCARE_PARAMS_TYPE_INT, 0, 0, 200, -1, -1, "raises", "unknown",
      GATE_OFF(heel_raises_left), CC_HELP("single-leg heel raises to fatigue, left")},
     NULL, NULL},
    {{2, "heel_raises_right", CALFCARE_PARAMS_TYPE_INT, 0, 0, 200, -1, -1, "raises", "unknown",
      GATE_OFF(heel_raises_right), CC_HELP("single-leg heel raises to fatigue, right")},
     NULL, NULL},
    {{3, "hop_pain_free", CALFCARE_PARAMS_TYPE_CHOICE, 0, CALFCARE_NO, CALFCARE_YES, CALFCARE_UNKNOWN,
      CALFCARE_UNKNOWN, "", "unknown", GATE_OFF(hop_pain_free), CC_HELP("10 hops on the sore leg without pain")},
     calfcare_yes_no_name, hop_pain_free_parse},
};

const cc_params_tab cc_rtr_gate_params_tab = {rtr_gate_rows, CC_COUNTOF(rtr_gate_rows),
                                              sizeof(calfcare_progression_rtr_gate_input)};
