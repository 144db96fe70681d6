/* Relief texts (calfcare/relief.h): the cue and advice table, apart from the logic in lib/relief.c
 * so that firmware that never looks a text up links none of it (its strings are in this file's
 * sections only), and a build without texts or with the caller's texts leaves it out
 * (docs/embedding.md). Rules, numbers and sources: docs/relief.md. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "internal.h"

/* ---- reason table: cues 2001-2017, advice 2100-2113 ------------------------------------- */

static const calfcare_reason relief_reasons[] = {
    {CALFCARE_RELIEF_R_REST_ELEVATE, "rest_elevate",
     "Stop what hurts. Lie down with the calf raised above heart level on pillows.", "brief", "W"},
    {CALFCARE_RELIEF_R_COMPRESS, "compress",
     "Wrap an elastic bandage from the toes to below the knee: firm, not tight.", "brief", "W"},
    {CALFCARE_RELIEF_R_ICE, "ice_apply",
     "Ice wrapped in a damp cloth on the calf, leg still raised. Stop at once if the skin goes numb.",
     "bleakley2004", "W"},
    {CALFCARE_RELIEF_R_GET_READY, "get_ready",
     "Get into position: hands on the wall, stretching leg back, heel down. The hold starts after the countdown.",
     "practice", "W"},
    {CALFCARE_RELIEF_R_STRETCH_STRAIGHT, "stretch_straight",
     "Wall calf stretch, back knee straight and heel down: lean in until a gentle pull. No bouncing, no pain.",
     "bandy1997", "M"},
    {CALFCARE_RELIEF_R_STRETCH_BENT, "stretch_bent",
     "Wall calf stretch, back knee bent and heel down: a gentle pull low in the calf. No bouncing, no pain.",
     "bandy1997", "M"},
    {CALFCARE_RELIEF_R_FOAM_ROLL, "foam_roll",
     "Roll the calf slowly on the foam roller from ankle to below the knee; ease off on sharp pain.",
     "seever2022", "W"},
    {CALFCARE_RELIEF_R_ANKLE_CIRCLES, "ankle_circles",
     "Ankle circles: draw slow, large circles with the foot, both directions.", "practice", "W"},
    {CALFCARE_RELIEF_R_LEG_SWINGS, "leg_swings",
     "Leg swings: hold a wall and swing the leg front to back, growing the range.", "practice", "W"},
    {CALFCARE_RELIEF_R_WALKING_LUNGES, "walking_lunges",
     "Walking lunges: long steps, back knee towards the ground, upright trunk.", "practice", "W"},
    {CALFCARE_RELIEF_R_SKIPS, "skips",
     "Skips: light A-skips, knee up, quick contact on the forefoot.", "practice", "W"},
    {CALFCARE_RELIEF_R_CALF_RAISE_DOUBLE, "calf_raise_double",
     "Calf raises on both legs: up in about 1 s, down in about 2 s, full range.", "practice", "W"},
    {CALFCARE_RELIEF_R_CALF_RAISE_SINGLE, "calf_raise_single",
     "Calf raises on one leg, fingertips on a wall: up in about 1 s, down in about 2 s, full range.",
     "practice", "W"},
    {CALFCARE_RELIEF_R_CALF_RAISE_ECCENTRIC, "calf_raise_eccentric",
     "Rise on both feet, then lower on one leg slowly over about 3 s, heel below the step if you can.",
     "alfredson1998", "W"},
    {CALFCARE_RELIEF_R_ICE_BREAK, "ice_break",
     "Take the ice off for 10 minutes and keep the leg raised; then ice again for 10 minutes.", "bleakley2006",
     "W"},
    {CALFCARE_RELIEF_R_SET_REST, "set_rest", "Rest: walk about and shake out the legs before the next set.",
     "practice", "W"},
    {CALFCARE_RELIEF_R_PAIN_CHECK, "pain_check",
     "Ice off, leg down: let the calf warm up again. If it still hurts at rest or when you walk, or still feels "
     "numb, stop the session here: stretch and roll another day, once the pain eases.",
     "practice", "W"},
    {CALFCARE_RELIEF_R_ICE_GAP, "ice_gap_60",
     "Wait at least 60 minutes after an ice application before the next one.", "bleakley2004", "W"},
    {CALFCARE_RELIEF_R_ICE_MAX, "ice_max_20", "Never ice for more than 20 minutes at a time.", "brief", "W"},
    {CALFCARE_RELIEF_R_ICE_CONTRA, "ice_contraindications",
     "Do not use ice with reduced sensation, poor circulation or cold sensitivity.", "bleakley2004", "W"},
    {CALFCARE_RELIEF_R_COMPRESSION, "compression_check",
     "Loosen the bandage at once if the toes tingle, go pale, blue or cold.", "brief", "W"},
    {CALFCARE_RELIEF_R_PAUSE_RUNNING, "pause_running",
     "Pause running until walking and daily activity are pain-free.", "brief", "W"},
    {CALFCARE_RELIEF_R_CROSS_TRAIN, "cross_train",
     "Keep your fitness meanwhile with swimming or cycling, if they do not hurt.", "brief", "W"},
    {CALFCARE_RELIEF_R_STRETCH_GENTLE, "stretch_gentle",
     "Stretch only once the pain eases: a gentle pull for 20-30 s, never pain.", "bandy1997", "M"},
    {CALFCARE_RELIEF_R_NO_ROLL_CLOT, "no_roll_clot_signs",
     "Never roll or massage a calf that is swollen, warm or red: see a clinician first (possible clot).",
     "wells1997", "F"},
    {CALFCARE_RELIEF_R_WARMUP_DYNAMIC, "warmup_dynamic",
     "Warm up with dynamic drills before a run; static stretching before runs does not prevent injury.",
     "lauersen2014", "M"},
    {CALFCARE_RELIEF_R_STRENGTH_PREVENTS, "strength_prevents",
     "Strength training lowers the risk of sports injuries (RR 0.32); stretching does not (RR 0.96).",
     "lauersen2014", "M"},
    {CALFCARE_RELIEF_R_STRENGTH_PROGRESS, "strength_progress",
     "Move on to the next week only when this one is pain-free during the sets and the next morning.",
     "practice", "W"},
    {CALFCARE_RELIEF_R_PEACE_LOVE, "peace_love",
     "Current guidance (PEACE & LOVE) favours early gentle loading over long rest and repeated ice.",
     "dubois2020", "W"},
    {CALFCARE_RELIEF_R_COOLDOWN_STATIC, "cooldown_static",
     "Do static calf stretches after the run, not before: 20-30 s holds, about 60 s per leg.", "bandy1997",
     "M"},
    {CALFCARE_RELIEF_R_NO_SENSATION, "no_ice_no_bandage",
     "With numbness or reduced feeling use no ice and no bandage: their safety checks need normal feeling. "
     "Rest with the leg raised and see a clinician.",
     "bleakley2004", "F"},
};

const calfcare_reason *cc_relief_reason(int code)
{
    return cc_reason_find(relief_reasons, CC_COUNTOF(relief_reasons), code);
}
