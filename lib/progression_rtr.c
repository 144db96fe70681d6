/* calfcare/progression.h: return to running after a calf injury (the gate, the walk/run stages and
 * how a session moves the stage). Sources: docs/progression.md. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <string.h>

#include "internal.h"
#include "progression_maths.h"

calfcare_status calfcare_progression_return_to_run(calfcare_progression_rtr *rtr, calfcare_error *err)
{
    /* Walk/run minutes per repeat: 4.5/0.5 x 4 (the example of the clinic protocols) up to 20 min
     * continuous running; every session is 20 min. */
    static const calfcare_progression_rtr_stage stages[CALFCARE_PROGRESSION_RTR_STAGES] = {
        {1, 4.5, 0.5, 4, 20.0}, {2, 4.0, 1.0, 4, 20.0}, {3, 3.0, 2.0, 4, 20.0},
        {4, 2.0, 3.0, 4, 20.0}, {5, 1.0, 4.0, 4, 20.0}, {6, 0.0, 20.0, 1, 20.0},
    };
    if (!rtr)
        return cc_fail_null(err, "rtr");
    memset(rtr, 0, sizeof *rtr);
    rtr->gate[0].code = CALFCARE_PROGRESSION_R_RTR_WALK;
    rtr->gate[0].name = "walk_pain_free";
    rtr->gate[1].code = CALFCARE_PROGRESSION_R_RTR_HEEL_RAISES;
    rtr->gate[1].name = "heel_raises";
    rtr->gate[2].code = CALFCARE_PROGRESSION_R_RTR_HOP;
    rtr->gate[2].name = "hop_pain_free";
    for (rtr->gate_count = 0; rtr->gate_count < CALFCARE_PROGRESSION_RTR_GATE_ITEMS; rtr->gate_count++) {
        calfcare_progression_rtr_gate_item *g = &rtr->gate[rtr->gate_count];
        g->text = cc_progression_reason(g->code)->text;
    }
    memcpy(rtr->stage, stages, sizeof stages);
    rtr->stage_count = CALFCARE_PROGRESSION_RTR_STAGES;
    rtr->heel_raises = CALFCARE_PROGRESSION_RTR_HEEL_RAISES;
    rtr->asymmetry_pct = CALFCARE_PROGRESSION_RTR_ASYMMETRY_PCT;
    rtr->rest_days_between = 1;
    rtr->clean_sessions = CALFCARE_PROGRESSION_RTR_CLEAN_SESSIONS;
    add_advice(rtr->advice, &rtr->advice_count, CALFCARE_PROGRESSION_R_RTR_ALTERNATE_DAYS);
    add_advice(rtr->advice, &rtr->advice_count, CALFCARE_PROGRESSION_R_RTR_TWO_CLEAN);
    add_advice(rtr->advice, &rtr->advice_count, CALFCARE_PROGRESSION_R_RTR_STEP_BACK);
    return CALFCARE_OK;
}

calfcare_status calfcare_progression_rtr_gate_input_init(calfcare_progression_rtr_gate_input *input,
                                                         calfcare_error *err)
{
    if (!input)
        return cc_fail_null(err, "input");
    cc_params_defaults(&cc_rtr_gate_params_tab, input); /* every answer -1: unknown */
    return CALFCARE_OK;
}

calfcare_status calfcare_progression_rtr_gate_check(const calfcare_progression_rtr_gate_input *in,
                                                    calfcare_progression_rtr_gate_result *result, calfcare_error *err)
{
    calfcare_status st;
    calfcare_progression_rtr_gate_result r;
    int l, rr;
    size_t i;

    if (!in)
        return cc_fail_null(err, "input");
    if (!result)
        return cc_fail_null(err, "result");
    /* each answer within its row's range, or -1 unknown (lib/progression_params.c) */
    if ((st = cc_params_check(&cc_rtr_gate_params_tab, in, err)) != CALFCARE_OK)
        return st;
    l = in->heel_raises_left;
    rr = in->heel_raises_right;

    memset(&r, 0, sizeof r);
    r.item[0] = in->walk_pain_free;
    r.asymmetry_pct = NAN;
    if (l >= 0 && rr >= 0) {
        int hi = l > rr ? l : rr;
        r.asymmetry_pct = hi > 0 ? (double)(l > rr ? l - rr : rr - l) / hi * 100.0 : 0.0;
        r.item[1] = l >= CALFCARE_PROGRESSION_RTR_HEEL_RAISES && rr >= CALFCARE_PROGRESSION_RTR_HEEL_RAISES &&
                    r.asymmetry_pct <= CALFCARE_PROGRESSION_RTR_ASYMMETRY_PCT + BAND_EPS;
    } else if ((l >= 0 && l < CALFCARE_PROGRESSION_RTR_HEEL_RAISES) ||
               (rr >= 0 && rr < CALFCARE_PROGRESSION_RTR_HEEL_RAISES)) {
        r.item[1] = 0; /* one side already short of the count: failed whatever the other side does */
    } else {
        r.item[1] = -1;
    }
    r.item[2] = in->hop_pain_free;
    r.passed = 1;
    for (i = 0; i < CALFCARE_PROGRESSION_RTR_GATE_ITEMS; i++) {
        static const int codes[CALFCARE_PROGRESSION_RTR_GATE_ITEMS] = {
            CALFCARE_PROGRESSION_R_RTR_WALK, CALFCARE_PROGRESSION_R_RTR_HEEL_RAISES, CALFCARE_PROGRESSION_R_RTR_HOP};
        if (r.item[i] == 0)
            r.passed = 0;
        else if (r.item[i] < 0 && r.passed)
            r.passed = -1;
        if (r.item[i] != 1)
            add_advice(r.advice, &r.advice_count, codes[i]);
    }
    *result = r;
    return CALFCARE_OK;
}

calfcare_status calfcare_progression_rtr_advance(int stage, int clean_streak, int pain_free, int *next_stage,
                                                 int *next_streak, calfcare_error *err)
{
    calfcare_status st;
    if (!next_stage)
        return cc_fail_null(err, "next_stage");
    if (!next_streak)
        return cc_fail_null(err, "next_streak");
    st = cc_check_number(err, "stage", stage, 1, CALFCARE_PROGRESSION_RTR_STAGES, "", 1);
    if (st == CALFCARE_OK)
        st = cc_check_number(err, "clean_streak", clean_streak, 0, CALFCARE_PROGRESSION_RTR_CLEAN_SESSIONS - 1, "", 1);
    if (st == CALFCARE_OK)
        st = cc_check_number(err, "pain_free", pain_free, 0, 1, "", 1);
    if (st != CALFCARE_OK)
        return st;
    if (!pain_free) {
        *next_stage = stage > 1 ? stage - 1 : 1;
        *next_streak = 0;
    } else if (clean_streak + 1 >= CALFCARE_PROGRESSION_RTR_CLEAN_SESSIONS) {
        *next_stage = stage + 1; /* past the last stage: done, continue with a weekly plan */
        *next_streak = 0;
    } else {
        *next_stage = stage;
        *next_streak = clean_streak + 1;
    }
    return CALFCARE_OK;
}
