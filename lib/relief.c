/* Relief protocols, prevention routines and the timer engine (calfcare/relief.h).
 * Rules, numbers and sources: docs/relief.md. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "internal.h"

/* ---- reason table: cues 2001-2016, advice 2100-2112 ------------------------------------- */

static const calfcare_reason relief_reasons[] = {
    {CALFCARE_RELIEF_CUE_REST_ELEVATE, "rest_elevate",
     "Stop what hurts. Lie down with the calf raised above heart level on pillows.", "brief", "W"},
    {CALFCARE_RELIEF_CUE_COMPRESS, "compress",
     "Wrap an elastic bandage from the toes to below the knee: firm, not tight.", "brief", "W"},
    {CALFCARE_RELIEF_CUE_ICE, "ice_apply",
     "Ice wrapped in a damp cloth on the calf, leg still raised. Stop at once if the skin goes numb.",
     "bleakley2004", "W"},
    {CALFCARE_RELIEF_CUE_GET_READY, "get_ready",
     "Get into position: hands on the wall, stretching leg back, heel down. The hold starts after the countdown.",
     "practice", "W"},
    {CALFCARE_RELIEF_CUE_STRETCH_STRAIGHT, "stretch_straight",
     "Wall calf stretch, back knee straight and heel down: lean in until a gentle pull. No bouncing, no pain.",
     "bandy1997", "M"},
    {CALFCARE_RELIEF_CUE_STRETCH_BENT, "stretch_bent",
     "Wall calf stretch, back knee bent and heel down: a gentle pull low in the calf. No bouncing, no pain.",
     "bandy1997", "M"},
    {CALFCARE_RELIEF_CUE_FOAM_ROLL, "foam_roll",
     "Roll the calf slowly on the foam roller from ankle to below the knee; ease off on sharp pain.",
     "seever2022", "W"},
    {CALFCARE_RELIEF_CUE_ANKLE_CIRCLES, "ankle_circles",
     "Ankle circles: draw slow, large circles with the foot, both directions.", "practice", "W"},
    {CALFCARE_RELIEF_CUE_LEG_SWINGS, "leg_swings",
     "Leg swings: hold a wall and swing the leg front to back, growing the range.", "practice", "W"},
    {CALFCARE_RELIEF_CUE_WALKING_LUNGES, "walking_lunges",
     "Walking lunges: long steps, back knee towards the ground, upright trunk.", "practice", "W"},
    {CALFCARE_RELIEF_CUE_SKIPS, "skips",
     "Skips: light A-skips, knee up, quick contact on the forefoot.", "practice", "W"},
    {CALFCARE_RELIEF_CUE_CALF_RAISE_DOUBLE, "calf_raise_double",
     "Calf raises on both legs: up in about 1 s, down in about 2 s, full range.", "practice", "W"},
    {CALFCARE_RELIEF_CUE_CALF_RAISE_SINGLE, "calf_raise_single",
     "Calf raises on one leg, fingertips on a wall: up in about 1 s, down in about 2 s, full range.",
     "practice", "W"},
    {CALFCARE_RELIEF_CUE_CALF_RAISE_ECCENTRIC, "calf_raise_eccentric",
     "Rise on both feet, then lower on one leg slowly over about 3 s, heel below the step if you can.",
     "alfredson1998", "W"},
    {CALFCARE_RELIEF_CUE_ICE_BREAK, "ice_break",
     "Take the ice off for 10 minutes and keep the leg raised; then ice again for 10 minutes.", "bleakley2006",
     "W"},
    {CALFCARE_RELIEF_CUE_SET_REST, "set_rest", "Rest: walk about and shake out the legs before the next set.",
     "practice", "W"},
    {CALFCARE_RELIEF_CUE_PAIN_CHECK, "pain_check",
     "Ice off, leg down: let the calf warm up again. If it still hurts at rest or when you walk, or still feels "
     "numb, stop the session here: stretch and roll another day, once the pain eases.",
     "practice", "W"},
    {CALFCARE_RELIEF_ADVICE_ICE_GAP, "ice_gap_60",
     "Wait at least 60 minutes after an ice application before the next one.", "bleakley2004", "W"},
    {CALFCARE_RELIEF_ADVICE_ICE_MAX, "ice_max_20", "Never ice for more than 20 minutes at a time.", "brief", "W"},
    {CALFCARE_RELIEF_ADVICE_ICE_CONTRA, "ice_contraindications",
     "Do not use ice with reduced sensation, poor circulation or cold sensitivity.", "bleakley2004", "W"},
    {CALFCARE_RELIEF_ADVICE_COMPRESSION, "compression_check",
     "Loosen the bandage at once if the toes tingle, go pale, blue or cold.", "brief", "W"},
    {CALFCARE_RELIEF_ADVICE_PAUSE_RUNNING, "pause_running",
     "Pause running until walking and daily activity are pain-free.", "brief", "W"},
    {CALFCARE_RELIEF_ADVICE_CROSS_TRAIN, "cross_train",
     "Keep your fitness meanwhile with swimming or cycling, if they do not hurt.", "brief", "W"},
    {CALFCARE_RELIEF_ADVICE_STRETCH_GENTLE, "stretch_gentle",
     "Stretch only once the pain eases: a gentle pull for 20-30 s, never pain.", "bandy1997", "M"},
    {CALFCARE_RELIEF_ADVICE_NO_ROLL_CLOT, "no_roll_clot_signs",
     "Never roll or massage a calf that is swollen, warm or red: see a clinician first (possible clot).",
     "wells1997", "F"},
    {CALFCARE_RELIEF_ADVICE_WARMUP_DYNAMIC, "warmup_dynamic",
     "Warm up with dynamic drills before a run; static stretching before runs does not prevent injury.",
     "lauersen2014", "M"},
    {CALFCARE_RELIEF_ADVICE_STRENGTH_PREVENTS, "strength_prevents",
     "Strength training lowers the risk of sports injuries (RR 0.32); stretching does not (RR 0.96).",
     "lauersen2014", "M"},
    {CALFCARE_RELIEF_ADVICE_STRENGTH_PROGRESS, "strength_progress",
     "Move on to the next week only when this one is pain-free during the sets and the next morning.",
     "practice", "W"},
    {CALFCARE_RELIEF_ADVICE_PEACE_LOVE, "peace_love",
     "Current guidance (PEACE & LOVE) favours early gentle loading over long rest and repeated ice.",
     "dubois2020", "W"},
    {CALFCARE_RELIEF_ADVICE_COOLDOWN_STATIC, "cooldown_static",
     "Do static calf stretches after the run, not before: 20-30 s holds, about 60 s per leg.", "bandy1997",
     "M"},
    {CALFCARE_RELIEF_ADVICE_NO_SENSATION, "no_ice_no_bandage",
     "With numbness or reduced feeling use no ice and no bandage: their safety checks need normal feeling. "
     "Rest with the leg raised and see a clinician.",
     "bleakley2004", "F"},
};

const calfcare_reason *cc_relief_reason(int code)
{
    return cc_reason_find(relief_reasons, CC_COUNTOF(relief_reasons), code);
}

/* ---- names ------------------------------------------------------------------------------ */

static const char *const protocol_names[] = {NULL,     "rice",     "stretch",  "roll", "full",
                                             "warmup", "cooldown", "strength", "rest"};
static const char *const step_kind_names[] = {
    NULL, "rest", "compress", "ice", "get_ready", "stretch_straight", "stretch_bent", "foam_roll", "ankle_circles",
    "leg_swings", "walking_lunges", "skips", "calf_raise_double", "calf_raise_single", "calf_raise_eccentric",
    "set_rest", "ice_break", "pain_check",
};
static const char *const side_names[] = {"none", "left", "right"};
static const char *const event_names[] = {"none", "step_start", "switch_side", "halfway", "countdown", "step_done",
                                          "session_done"};
static const char *const timer_state_names[] = {NULL, "ready", "running", "paused", "done"};

#define N_PROTOCOLS ((int)CC_COUNTOF(protocol_names))
#define N_STEP_KINDS ((int)CC_COUNTOF(step_kind_names))

const char *calfcare_relief_name(int protocol)
{
    return protocol >= 1 && protocol < N_PROTOCOLS ? protocol_names[protocol] : "unknown";
}

int calfcare_relief_find(const char *name)
{
    int i;
    if (!name)
        return -1;
    for (i = 1; i < N_PROTOCOLS; i++)
        if (strcmp(name, protocol_names[i]) == 0)
            return i;
    return -1;
}

int calfcare_relief_is_routine(int protocol)
{
    return protocol >= CALFCARE_RELIEF_WARMUP && protocol <= CALFCARE_RELIEF_STRENGTH;
}

unsigned calfcare_relief_care(int protocol)
{
    /* The care kinds of each protocol's steps (care_of() below); the same whatever the parameters.
     * The consistency test builds every protocol and compares. */
    switch (protocol) {
    case CALFCARE_RELIEF_RICE:
        return CALFCARE_CARE_ICE | CALFCARE_CARE_COMPRESSION;
    case CALFCARE_RELIEF_STRETCH:
    case CALFCARE_RELIEF_COOLDOWN:
        return CALFCARE_CARE_STRETCH;
    case CALFCARE_RELIEF_ROLL:
        return CALFCARE_CARE_FOAM_ROLL;
    case CALFCARE_RELIEF_FULL:
        return CALFCARE_CARE_ICE | CALFCARE_CARE_COMPRESSION | CALFCARE_CARE_STRETCH | CALFCARE_CARE_FOAM_ROLL;
    case CALFCARE_RELIEF_WARMUP:
    case CALFCARE_RELIEF_STRENGTH:
        return CALFCARE_CARE_RUNNING;
    default: /* rest, unknown ids */
        return 0;
    }
}

const char *calfcare_relief_step_kind_name(int kind)
{
    return kind >= 1 && kind < N_STEP_KINDS ? step_kind_names[kind] : "unknown";
}

const char *calfcare_relief_side_name(int side)
{
    return side >= 0 && side < (int)CC_COUNTOF(side_names) ? side_names[side] : "unknown";
}

const char *calfcare_relief_event_name(int type)
{
    return type >= 0 && type < (int)CC_COUNTOF(event_names) ? event_names[type] : "unknown";
}

const char *calfcare_relief_timer_state_name(int state)
{
    return state >= 1 && state < (int)CC_COUNTOF(timer_state_names) ? timer_state_names[state] : "unknown";
}

size_t calfcare_relief_protocol_size(void)
{
    return sizeof(calfcare_relief_protocol);
}

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
    return CALFCARE_OK;
}

/* ---- building ----------------------------------------------------------------------------- */

/* Fixed durations (coaching practice; docs/relief.md). */
#define RICE_REST_MS 60000u     /* settle: lie down, leg up */
#define RICE_COMPRESS_MS 60000u /* put the bandage on */
#define READY_MS ((uint32_t)CALFCARE_RELIEF_GET_READY_S * 1000u)
#define DRILL_SIDE_MS 30000u    /* ankle circles, leg swings: per side */
#define DRILL_MS 60000u         /* walking lunges, skips */
#define COOLDOWN_HOLD_MS 30000u /* one 30 s hold per variant and side: 60 s per leg (Bandy 1997; ACSM) */
#define PAIN_CHECK_MS ((uint32_t)CALFCARE_RELIEF_PAIN_CHECK_MIN * 60000u)
#define REST_ONLY_MS ((uint32_t)CALFCARE_RELIEF_REST_MIN * 60000u)
#define MIN_STEP_MS 1000u
#define MAX_STEP_MS 1200000u /* 20 min: the longest ice application */

/* Strength progression by week (docs/relief.md: coaching practice; the eccentric shape follows
 * Alfredson 1998's 3 x 15). Weeks after the last row repeat it. */
static const struct strength_week {
    int kind;
    unsigned sets, reps;
    uint32_t rep_ms, rest_ms;
} strength_table[] = {
    {CALFCARE_RELIEF_STEP_CALF_RAISE_DOUBLE, 3, 15, 3000, 60000},    /* week 1 */
    {CALFCARE_RELIEF_STEP_CALF_RAISE_DOUBLE, 3, 20, 3000, 60000},    /* week 2 */
    {CALFCARE_RELIEF_STEP_CALF_RAISE_SINGLE, 3, 10, 3000, 60000},    /* week 3 */
    {CALFCARE_RELIEF_STEP_CALF_RAISE_SINGLE, 3, 15, 3000, 60000},    /* week 4 */
    {CALFCARE_RELIEF_STEP_CALF_RAISE_ECCENTRIC, 3, 12, 4000, 90000}, /* week 5 */
    {CALFCARE_RELIEF_STEP_CALF_RAISE_ECCENTRIC, 3, 15, 4000, 90000}, /* week 6 and later */
};

static unsigned care_of(int kind)
{
    switch (kind) {
    case CALFCARE_RELIEF_STEP_ICE:
        return CALFCARE_CARE_ICE;
    case CALFCARE_RELIEF_STEP_COMPRESS:
        return CALFCARE_CARE_COMPRESSION; /* its check ("loosen if the toes tingle") needs sensation */
    case CALFCARE_RELIEF_STEP_STRETCH_STRAIGHT:
    case CALFCARE_RELIEF_STEP_STRETCH_BENT:
        return CALFCARE_CARE_STRETCH;
    case CALFCARE_RELIEF_STEP_FOAM_ROLL:
        return CALFCARE_CARE_FOAM_ROLL;
    case CALFCARE_RELIEF_STEP_ANKLE_CIRCLES:
    case CALFCARE_RELIEF_STEP_LEG_SWINGS:
    case CALFCARE_RELIEF_STEP_WALKING_LUNGES:
    case CALFCARE_RELIEF_STEP_SKIPS:
    case CALFCARE_RELIEF_STEP_CALF_RAISE_DOUBLE:
    case CALFCARE_RELIEF_STEP_CALF_RAISE_SINGLE:
    case CALFCARE_RELIEF_STEP_CALF_RAISE_ECCENTRIC:
        /* Drills and calf raises load the calf like running does: blocked when running is. */
        return CALFCARE_CARE_RUNNING;
    default:
        return 0;
    }
}

static int cue_of(int kind)
{
    /* Cue codes follow the step kinds one to one (2000 + kind). */
    return 2000 + kind;
}

/* Halfway makes sense for holds and exercises, not for set-up, get-ready or rests. */
static int has_halfway(int kind)
{
    return kind != CALFCARE_RELIEF_STEP_REST && kind != CALFCARE_RELIEF_STEP_COMPRESS &&
           kind != CALFCARE_RELIEF_STEP_GET_READY && kind != CALFCARE_RELIEF_STEP_SET_REST &&
           kind != CALFCARE_RELIEF_STEP_ICE_BREAK && kind != CALFCARE_RELIEF_STEP_PAIN_CHECK;
}

static void add_step(calfcare_relief_protocol *out, int kind, int side, uint32_t duration_ms, unsigned reps)
{
    calfcare_relief_step *s;
    if (out->count >= CALFCARE_RELIEF_MAX_STEPS) /* cannot happen within the accepted parameters */
        return;
    s = &out->steps[out->count++];
    s->kind = kind;
    s->side = side;
    s->start_ms = out->total_ms;
    s->duration_ms = duration_ms;
    s->cue = cue_of(kind);
    s->care = care_of(kind);
    s->reps = reps;
    s->flags = 0;
    if (has_halfway(kind) && duration_ms >= 10000u)
        s->flags |= CALFCARE_RELIEF_STEP_HALFWAY;
    if (duration_ms >= 4000u)
        s->flags |= CALFCARE_RELIEF_STEP_COUNTDOWN;
    out->total_ms += duration_ms;
}

static void add_advice(calfcare_relief_protocol *out, int code)
{
    size_t i;
    for (i = 0; i < out->advice_count; i++)
        if (out->advice[i] == code)
            return;
    if (out->advice_count < CALFCARE_RELIEF_MAX_ADVICE)
        out->advice[out->advice_count++] = code;
}

static uint32_t ms_of(double v, double unit_ms)
{
    return (uint32_t)floor(v * unit_ms + 0.5);
}

static void build_rice(calfcare_relief_protocol *out, const calfcare_relief_params *p)
{
    add_step(out, CALFCARE_RELIEF_STEP_REST, CALFCARE_RELIEF_SIDE_NONE, RICE_REST_MS, 0);
    add_step(out, CALFCARE_RELIEF_STEP_COMPRESS, CALFCARE_RELIEF_SIDE_NONE, RICE_COMPRESS_MS, 0);
    if (p->ice_rounds == 2.0) { /* intermittent: 10 on, 10 off, 10 on (Bleakley 2006) */
        const uint32_t ms = ms_of(CALFCARE_RELIEF_ICE_INTERMITTENT_MIN, 60000.0);
        add_step(out, CALFCARE_RELIEF_STEP_ICE, CALFCARE_RELIEF_SIDE_NONE, ms, 0);
        add_step(out, CALFCARE_RELIEF_STEP_ICE_BREAK, CALFCARE_RELIEF_SIDE_NONE, ms, 0);
        add_step(out, CALFCARE_RELIEF_STEP_ICE, CALFCARE_RELIEF_SIDE_NONE, ms, 0);
    } else {
        add_step(out, CALFCARE_RELIEF_STEP_ICE, CALFCARE_RELIEF_SIDE_NONE, ms_of(p->ice_min, 60000.0), 0);
    }
    add_advice(out, CALFCARE_RELIEF_ADVICE_ICE_GAP);
    add_advice(out, CALFCARE_RELIEF_ADVICE_ICE_MAX);
    add_advice(out, CALFCARE_RELIEF_ADVICE_ICE_CONTRA);
    add_advice(out, CALFCARE_RELIEF_ADVICE_COMPRESSION);
}

static void build_stretch_holds(calfcare_relief_protocol *out, unsigned reps, uint32_t hold_ms)
{
    static const int variants[2] = {CALFCARE_RELIEF_STEP_STRETCH_STRAIGHT, CALFCARE_RELIEF_STEP_STRETCH_BENT};
    unsigned v, r;
    int side;
    for (v = 0; v < 2; v++)
        for (r = 0; r < reps; r++)
            for (side = CALFCARE_RELIEF_SIDE_LEFT; side <= CALFCARE_RELIEF_SIDE_RIGHT; side++) {
                add_step(out, CALFCARE_RELIEF_STEP_GET_READY, side, READY_MS, 0);
                add_step(out, variants[v], side, hold_ms, 0);
            }
}

static void build_roll(calfcare_relief_protocol *out, const calfcare_relief_params *p)
{
    unsigned s, sets = (unsigned)p->sets;
    for (s = 0; s < sets; s++) {
        add_step(out, CALFCARE_RELIEF_STEP_FOAM_ROLL, CALFCARE_RELIEF_SIDE_LEFT, ms_of(p->roll_s, 1000.0), 0);
        add_step(out, CALFCARE_RELIEF_STEP_FOAM_ROLL, CALFCARE_RELIEF_SIDE_RIGHT, ms_of(p->roll_s, 1000.0), 0);
    }
    add_advice(out, CALFCARE_RELIEF_ADVICE_NO_ROLL_CLOT);
}

static void build_strength(calfcare_relief_protocol *out, unsigned week)
{
    const struct strength_week *w =
        &strength_table[week <= CC_COUNTOF(strength_table) ? week - 1 : CC_COUNTOF(strength_table) - 1];
    unsigned s;
    for (s = 0; s < w->sets; s++) {
        if (s)
            add_step(out, CALFCARE_RELIEF_STEP_SET_REST, CALFCARE_RELIEF_SIDE_NONE, w->rest_ms, 0);
        if (w->kind == CALFCARE_RELIEF_STEP_CALF_RAISE_DOUBLE) {
            add_step(out, w->kind, CALFCARE_RELIEF_SIDE_NONE, w->reps * w->rep_ms, w->reps);
        } else {
            add_step(out, w->kind, CALFCARE_RELIEF_SIDE_LEFT, w->reps * w->rep_ms, w->reps);
            add_step(out, w->kind, CALFCARE_RELIEF_SIDE_RIGHT, w->reps * w->rep_ms, w->reps);
        }
    }
    out->week = week;
    add_advice(out, CALFCARE_RELIEF_ADVICE_STRENGTH_PREVENTS);
    add_advice(out, CALFCARE_RELIEF_ADVICE_STRENGTH_PROGRESS);
}

/* A step on one leg right after a step on the other one: tell the user to switch. */
static void mark_switches(calfcare_relief_protocol *out)
{
    int last = CALFCARE_RELIEF_SIDE_NONE;
    size_t i;
    for (i = 0; i < out->count; i++) {
        int side = out->steps[i].side;
        if (side == CALFCARE_RELIEF_SIDE_NONE)
            continue;
        if (last != CALFCARE_RELIEF_SIDE_NONE && side != last)
            out->steps[i].flags |= CALFCARE_RELIEF_STEP_SWITCH_SIDE;
        last = side;
    }
}

static calfcare_status refuse_blocked(calfcare_relief_protocol *out, const calfcare_relief_step *s,
                                      const calfcare_blocked *blocked, calfcare_error *err)
{
    unsigned bit;
    int flag = CALFCARE_FLAG_NONE, kind = s->kind;
    unsigned care = s->care;
    const char *care_name = calfcare_care_kind_name(care);
    char msg[CALFCARE_ERROR_MESSAGE_SIZE];
    cc_text t;

    for (bit = 0; bit < CALFCARE_CARE_KIND_COUNT; bit++)
        if (care == 1u << bit)
            flag = blocked->flag[bit];
    memset(out, 0, sizeof *out);
    out->blocked_care = care;
    out->blocked_flag = flag;
    out->blocked_kind = kind;
    cc_text_init(&t, msg, sizeof msg);
    cc_text_puts(&t, "the ");
    cc_text_puts(&t, calfcare_relief_step_kind_name(kind));
    cc_text_puts(&t, " step is refused: ");
    cc_text_puts(&t, care_name);
    cc_text_puts(&t, " is blocked by the red flag ");
    cc_text_puts(&t, flag == CALFCARE_FLAG_NONE ? "(not named)" : calfcare_red_flag_name(flag));
    cc_text_puts(&t, "; see a clinician before any self-treatment");
    cc_fail(err, CALFCARE_E_BLOCKED, NULL, msg);
    if (err) {
        err->field = care_name; /* after cc_fail so that the message does not start with it */
        err->value = flag;
    }
    return CALFCARE_E_BLOCKED;
}

calfcare_status calfcare_relief_build(int protocol, const calfcare_relief_params *params,
                                      const calfcare_blocked *blocked, calfcare_relief_protocol *out,
                                      calfcare_error *err)
{
    calfcare_status st;
    size_t i;
    int has_ice = 0;

    if (!out)
        return cc_fail_null(err, "out");
    memset(out, 0, sizeof *out);
    if (!params)
        return cc_fail_null(err, "params");
    if (protocol < 1 || protocol >= N_PROTOCOLS)
        return cc_check_number(err, "protocol", protocol, 1, N_PROTOCOLS - 1, "", 1);
    if ((st = check_params(params, err)) != CALFCARE_OK)
        return st;

    out->protocol = protocol;
    switch (protocol) {
    case CALFCARE_RELIEF_RICE:
        build_rice(out, params);
        add_advice(out, CALFCARE_RELIEF_ADVICE_PAUSE_RUNNING);
        add_advice(out, CALFCARE_RELIEF_ADVICE_CROSS_TRAIN);
        add_advice(out, CALFCARE_RELIEF_ADVICE_PEACE_LOVE);
        break;
    case CALFCARE_RELIEF_STRETCH:
        build_stretch_holds(out, (unsigned)params->reps, ms_of(params->hold_s, 1000.0));
        add_advice(out, CALFCARE_RELIEF_ADVICE_STRETCH_GENTLE);
        add_advice(out, CALFCARE_RELIEF_ADVICE_PAUSE_RUNNING);
        add_advice(out, CALFCARE_RELIEF_ADVICE_CROSS_TRAIN);
        break;
    case CALFCARE_RELIEF_ROLL:
        build_roll(out, params);
        add_advice(out, CALFCARE_RELIEF_ADVICE_PAUSE_RUNNING);
        add_advice(out, CALFCARE_RELIEF_ADVICE_CROSS_TRAIN);
        break;
    case CALFCARE_RELIEF_FULL:
        build_rice(out, params);
        /* Stretching and rolling only once the pain eases, never straight onto an iced, numbed calf:
         * a pain check after the calf has rewarmed, where the cue says to stop unless the pain eases. */
        add_step(out, CALFCARE_RELIEF_STEP_PAIN_CHECK, CALFCARE_RELIEF_SIDE_NONE, PAIN_CHECK_MS, 0);
        build_stretch_holds(out, (unsigned)params->reps, ms_of(params->hold_s, 1000.0));
        add_advice(out, CALFCARE_RELIEF_ADVICE_STRETCH_GENTLE);
        build_roll(out, params);
        add_advice(out, CALFCARE_RELIEF_ADVICE_PAUSE_RUNNING);
        add_advice(out, CALFCARE_RELIEF_ADVICE_CROSS_TRAIN);
        add_advice(out, CALFCARE_RELIEF_ADVICE_PEACE_LOVE);
        break;
    case CALFCARE_RELIEF_WARMUP:
        add_step(out, CALFCARE_RELIEF_STEP_ANKLE_CIRCLES, CALFCARE_RELIEF_SIDE_LEFT, DRILL_SIDE_MS, 0);
        add_step(out, CALFCARE_RELIEF_STEP_ANKLE_CIRCLES, CALFCARE_RELIEF_SIDE_RIGHT, DRILL_SIDE_MS, 0);
        add_step(out, CALFCARE_RELIEF_STEP_LEG_SWINGS, CALFCARE_RELIEF_SIDE_LEFT, DRILL_SIDE_MS, 0);
        add_step(out, CALFCARE_RELIEF_STEP_LEG_SWINGS, CALFCARE_RELIEF_SIDE_RIGHT, DRILL_SIDE_MS, 0);
        add_step(out, CALFCARE_RELIEF_STEP_WALKING_LUNGES, CALFCARE_RELIEF_SIDE_NONE, DRILL_MS, 0);
        add_step(out, CALFCARE_RELIEF_STEP_SKIPS, CALFCARE_RELIEF_SIDE_NONE, DRILL_MS, 0);
        add_advice(out, CALFCARE_RELIEF_ADVICE_WARMUP_DYNAMIC);
        break;
    case CALFCARE_RELIEF_COOLDOWN:
        build_stretch_holds(out, 1, COOLDOWN_HOLD_MS);
        add_advice(out, CALFCARE_RELIEF_ADVICE_COOLDOWN_STATIC);
        break;
    case CALFCARE_RELIEF_REST:
        /* First aid without sensation: nothing cold, nothing tight, nothing that presses or pulls. */
        add_step(out, CALFCARE_RELIEF_STEP_REST, CALFCARE_RELIEF_SIDE_NONE, REST_ONLY_MS, 0);
        add_advice(out, CALFCARE_RELIEF_ADVICE_NO_SENSATION);
        add_advice(out, CALFCARE_RELIEF_ADVICE_PAUSE_RUNNING);
        break;
    default: /* CALFCARE_RELIEF_STRENGTH */
        build_strength(out, (unsigned)params->week);
        break;
    }
    mark_switches(out);

    /* A red flag wins over everything else, then the ice gap. */
    for (i = 0; i < out->count; i++) {
        const calfcare_relief_step *s = &out->steps[i];
        if (s->care && blocked && (blocked->mask & s->care)) {
            calfcare_relief_step copy = *s;
            return refuse_blocked(out, &copy, blocked, err);
        }
        if (s->kind == CALFCARE_RELIEF_STEP_ICE)
            has_ice = 1;
    }
    if (has_ice && params->last_ice_ended_min_ago != CALFCARE_RELIEF_ICE_UNKNOWN &&
        params->last_ice_ended_min_ago < CALFCARE_RELIEF_ICE_GAP_MIN) {
        char msg[CALFCARE_ERROR_MESSAGE_SIZE];
        cc_text t;
        double ago = params->last_ice_ended_min_ago;
        cc_text_init(&t, msg, sizeof msg);
        cc_text_puts(&t, "the last ice application ended ");
        cc_text_putnum(&t, ago);
        cc_text_puts(&t, " min ago; wait at least 60 min between applications (");
        cc_text_putnum(&t, CALFCARE_RELIEF_ICE_GAP_MIN - ago);
        cc_text_puts(&t, " min more)");
        memset(out, 0, sizeof *out);
        cc_fail(err, CALFCARE_E_TOO_SOON, "last_ice_ended_min_ago", msg);
        if (err) {
            err->value = ago;
            err->min = CALFCARE_RELIEF_ICE_GAP_MIN;
        }
        return CALFCARE_E_TOO_SOON;
    }
    return CALFCARE_OK;
}

calfcare_status calfcare_relief_block(calfcare_blocked *blocked, unsigned care, int flag, calfcare_error *err)
{
    unsigned bit;
    calfcare_status st;
    if (!blocked)
        return cc_fail_null(err, "blocked");
    for (bit = 0; bit < CALFCARE_CARE_KIND_COUNT; bit++)
        if (care == 1u << bit)
            break;
    if (bit == CALFCARE_CARE_KIND_COUNT)
        return cc_fail(err, CALFCARE_E_INVALID, "care",
                       "must be exactly one calfcare_care_kind bit (1, 2, 4, 8, 16 or 32)");
    if ((st = cc_check_number(err, "flag", flag, 1, CALFCARE_FLAG_COUNT - 1, "", 1)) != CALFCARE_OK)
        return st;
    blocked->mask |= care;
    blocked->flag[bit] = flag;
    return CALFCARE_OK;
}

/* ---- timer engine ----------------------------------------------------------------------- */

#define TIMER_MAGIC 0x54524343u /* "CCRT" little-endian: a calfcare relief timer */
#define TIMER_VERSION 1u

/* Events of one step, in the order they are due (ties in this order). */
enum { P_START, P_SWITCH, P_HALF, P_CD3, P_CD2, P_CD1, P_DONE, P_SESSION, P_COUNT };

typedef calfcare_relief_timer timer_t_;

size_t calfcare_relief_timer_size(void)
{
    return sizeof(calfcare_relief_timer);
}

static int timer_ok(const timer_t_ *t)
{
    return t->magic_ == TIMER_MAGIC && t->version_ == TIMER_VERSION && t->size_ == sizeof *t &&
           t->count_ >= 1 && t->count_ <= CALFCARE_RELIEF_MAX_STEPS && t->step_ <= t->count_;
}

static calfcare_status timer_check(const timer_t_ *t, calfcare_error *err)
{
    if (!t)
        return cc_fail_null(err, "timer");
    if (!timer_ok(t))
        return cc_fail(err, CALFCARE_E_STATE, "timer", "not an initialised relief timer (call calfcare_relief_timer_init)");
    return CALFCARE_OK;
}

/* Move every caller-clock time of the state by delta (mod 2^32): elapsed times are unchanged. */
static void timer_shift(timer_t_ *t, uint32_t delta)
{
    t->start_ += delta;
    t->skip_at_ += delta;
    t->paused_at_ += delta;
}

/* Take a clock reading. A reading behind the latest one (by less than 2^31 ms) is a clock set
 * back: keep the elapsed time reached by shifting every deadline with it. */
static void timer_clock(timer_t_ *t, uint32_t now)
{
    if ((int32_t)(now - t->last_now_) < 0)
        timer_shift(t, now - t->last_now_);
    t->last_now_ = now;
}

/* Where the current step ends, ms after its start: its duration, or the skip time. */
static uint32_t end_offset(const timer_t_ *t)
{
    return t->skipped_ ? t->skip_at_ - t->start_ : t->duration_[t->step_];
}

/* Offset of event phase ph of the current step, or -1 when the step has no such event. */
static int64_t phase_offset(const timer_t_ *t, unsigned ph)
{
    uint32_t d = t->duration_[t->step_], end = end_offset(t);
    unsigned f = t->flags_[t->step_];
    uint32_t off;
    switch (ph) {
    case P_START:
        return 0;
    case P_SWITCH:
        return (f & CALFCARE_RELIEF_STEP_SWITCH_SIDE) ? 0 : -1;
    case P_HALF:
        if (!(f & CALFCARE_RELIEF_STEP_HALFWAY) || d < 6000u)
            return -1;
        off = d / 2;
        break;
    case P_CD3:
    case P_CD2:
    case P_CD1:
        if (!(f & CALFCARE_RELIEF_STEP_COUNTDOWN) || d < 4000u)
            return -1;
        off = d - 1000u * (uint32_t)(P_CD1 + 1 - ph);
        break;
    case P_DONE:
        return end;
    case P_SESSION:
        return t->step_ + 1 == t->count_ ? (int64_t)end : -1;
    default:
        return -1;
    }
    /* A skipped step keeps only the events that were already due when it was skipped. */
    return t->skipped_ && off > end ? -1 : (int64_t)off;
}

/* The next event of the state: phase and offset; 0 when none (done). */
static int timer_next(const timer_t_ *t, unsigned *ph_out, uint32_t *off_out)
{
    unsigned ph;
    if (t->state_ == CALFCARE_RELIEF_TIMER_DONE || t->step_ >= t->count_)
        return 0;
    for (ph = t->phase_; ph < P_COUNT; ph++) {
        int64_t off = phase_offset(t, ph);
        if (off >= 0) {
            *ph_out = ph;
            *off_out = (uint32_t)off;
            return 1;
        }
    }
    return 0;
}

/* reserved_ caches when the next event is due, ms after start_ (a lower bound: 0 means "look").
 * Offsets are relative to start_, so pause, resume and a clock set back (which move start_) keep it
 * valid; whatever changes the step, the phase or the skip sets it again. An update before that time
 * has nothing to report and returns after one comparison. */
static void timer_plan(timer_t_ *t)
{
    unsigned ph;
    uint32_t off;
    t->reserved_ = timer_next(t, &ph, &off) ? off : 0;
}

static const int phase_event[P_COUNT] = {
    CALFCARE_RELIEF_EV_STEP_START, CALFCARE_RELIEF_EV_SWITCH_SIDE, CALFCARE_RELIEF_EV_HALFWAY,
    CALFCARE_RELIEF_EV_COUNTDOWN,  CALFCARE_RELIEF_EV_COUNTDOWN,   CALFCARE_RELIEF_EV_COUNTDOWN,
    CALFCARE_RELIEF_EV_STEP_DONE,  CALFCARE_RELIEF_EV_SESSION_DONE,
};

/* Report the next event if it is due at the latest clock reading; advance the state past it. */
static int timer_emit(timer_t_ *t, calfcare_relief_event *ev)
{
    unsigned ph;
    uint32_t off, elapsed, s = t->step_;
    if (t->state_ != CALFCARE_RELIEF_TIMER_RUNNING || !timer_next(t, &ph, &off))
        return 0;
    elapsed = t->last_now_ - t->start_;
    if (elapsed < off)
        return 0;
    memset(ev, 0, sizeof *ev);
    ev->type = phase_event[ph];
    ev->step = s;
    ev->kind = t->kind_[s];
    ev->side = t->side_[s];
    ev->cue = t->cue_[s];
    ev->due_ms = t->start_ + off;
    ev->late_ms = elapsed - off;
    ev->late = ev->late_ms > CALFCARE_RELIEF_LATE_MS;
    if (ph >= P_CD3 && ph <= P_CD1)
        ev->seconds_left = P_CD1 + 1 - ph;
    if (ph == P_DONE)
        ev->skipped = t->skipped_ != 0;
    t->phase_ = ph + 1;
    if (ph == P_DONE && s + 1 < t->count_) {
        /* The next step starts at this step's deadline, not when we noticed it: no drift. */
        t->start_ += off;
        t->step_++;
        t->phase_ = P_START;
        t->skipped_ = 0;
        t->skip_at_ = 0;
    } else if (ph == P_SESSION) {
        t->step_ = t->count_;
        t->state_ = CALFCARE_RELIEF_TIMER_DONE;
    }
    timer_plan(t);
    return 1;
}

calfcare_status calfcare_relief_timer_init(calfcare_relief_timer *timer, const calfcare_relief_protocol *protocol,
                                           calfcare_error *err)
{
    size_t i;
    uint32_t total = 0;
    if (!timer)
        return cc_fail_null(err, "timer");
    if (!protocol)
        return cc_fail_null(err, "protocol");
    if (protocol->count < 1 || protocol->count > CALFCARE_RELIEF_MAX_STEPS)
        return cc_fail(err, CALFCARE_E_INVALID, "protocol", "has no steps or too many (build it with calfcare_relief_build)");
    for (i = 0; i < protocol->count; i++) {
        const calfcare_relief_step *s = &protocol->steps[i];
        if (s->duration_ms < MIN_STEP_MS || s->duration_ms > MAX_STEP_MS || s->kind < 1 || s->kind >= N_STEP_KINDS ||
            s->side < 0 || s->side > CALFCARE_RELIEF_SIDE_RIGHT || s->cue < 0 || s->cue > 0xFFFF || s->flags > 7u)
            return cc_fail(err, CALFCARE_E_INVALID, "protocol",
                           "has a step with an invalid kind, side, cue, flags or a duration outside 1000 to 1200000 ms");
        total += s->duration_ms;
    }
    memset(timer, 0, sizeof *timer);
    timer->magic_ = TIMER_MAGIC;
    timer->version_ = TIMER_VERSION;
    timer->size_ = sizeof *timer;
    timer->protocol_ = (uint32_t)protocol->protocol;
    timer->count_ = (uint32_t)protocol->count;
    timer->state_ = CALFCARE_RELIEF_TIMER_READY;
    timer->total_ms_ = total;
    for (i = 0; i < protocol->count; i++) {
        const calfcare_relief_step *s = &protocol->steps[i];
        timer->duration_[i] = s->duration_ms;
        timer->cue_[i] = (uint16_t)s->cue;
        timer->kind_[i] = (uint8_t)s->kind;
        timer->side_[i] = (uint8_t)s->side;
        timer->flags_[i] = (uint8_t)s->flags;
    }
    return CALFCARE_OK;
}

calfcare_status calfcare_relief_timer_start(calfcare_relief_timer *timer, uint32_t now_ms, calfcare_error *err)
{
    calfcare_status st = timer_check(timer, err);
    if (st != CALFCARE_OK)
        return st;
    if (timer->state_ != CALFCARE_RELIEF_TIMER_READY)
        return cc_fail(err, CALFCARE_E_STATE, "timer", "already started");
    timer->state_ = CALFCARE_RELIEF_TIMER_RUNNING;
    timer->start_ = now_ms;
    timer->last_now_ = now_ms;
    timer->step_ = 0;
    timer->phase_ = P_START;
    timer_plan(timer);
    return CALFCARE_OK;
}

calfcare_status calfcare_relief_timer_update(calfcare_relief_timer *timer, uint32_t now_ms,
                                             calfcare_relief_event *events, size_t cap, size_t *count,
                                             calfcare_error *err)
{
    calfcare_status st = timer_check(timer, err);
    size_t n = 0;
    if (st != CALFCARE_OK)
        return st;
    if (!events)
        return cc_fail_null(err, "events");
    if (!count)
        return cc_fail_null(err, "count");
    *count = 0;
    if (cap == 0 || cap == (size_t)-1)
        return cc_fail(err, CALFCARE_E_BUFFER, "cap", "must be at least 1 and less than SIZE_MAX");
    if (timer->state_ == CALFCARE_RELIEF_TIMER_RUNNING || timer->state_ == CALFCARE_RELIEF_TIMER_PAUSED)
        timer_clock(timer, now_ms);
    if (timer->last_now_ - timer->start_ < timer->reserved_)
        return CALFCARE_OK; /* nothing due yet (timer_plan) */
    while (n < cap && timer_emit(timer, &events[n]))
        n++;
    *count = n;
    return CALFCARE_OK;
}

calfcare_status calfcare_relief_timer_poll(calfcare_relief_timer *timer, uint32_t now_ms,
                                           calfcare_relief_event *event, calfcare_error *err)
{
    size_t n;
    calfcare_status st;
    if (!event) {
        if ((st = timer_check(timer, err)) != CALFCARE_OK)
            return st;
        return cc_fail_null(err, "event");
    }
    st = calfcare_relief_timer_update(timer, now_ms, event, 1, &n, err);
    if (st == CALFCARE_OK && n == 0) {
        memset(event, 0, sizeof *event);
        event->type = CALFCARE_RELIEF_EV_NONE;
    }
    return st;
}

calfcare_status calfcare_relief_timer_pause(calfcare_relief_timer *timer, uint32_t now_ms, calfcare_error *err)
{
    calfcare_status st = timer_check(timer, err);
    if (st != CALFCARE_OK)
        return st;
    if (timer->state_ == CALFCARE_RELIEF_TIMER_PAUSED)
        return CALFCARE_OK;
    if (timer->state_ != CALFCARE_RELIEF_TIMER_RUNNING)
        return cc_fail(err, CALFCARE_E_STATE, "timer", "not running");
    timer_clock(timer, now_ms);
    timer->paused_at_ = timer->last_now_;
    timer->state_ = CALFCARE_RELIEF_TIMER_PAUSED;
    return CALFCARE_OK;
}

calfcare_status calfcare_relief_timer_resume(calfcare_relief_timer *timer, uint32_t now_ms, calfcare_error *err)
{
    calfcare_status st = timer_check(timer, err);
    if (st != CALFCARE_OK)
        return st;
    if (timer->state_ == CALFCARE_RELIEF_TIMER_RUNNING)
        return CALFCARE_OK;
    if (timer->state_ != CALFCARE_RELIEF_TIMER_PAUSED)
        return cc_fail(err, CALFCARE_E_STATE, "timer", "not paused (not started or already done)");
    timer_clock(timer, now_ms);
    timer_shift(timer, timer->last_now_ - timer->paused_at_);
    timer->state_ = CALFCARE_RELIEF_TIMER_RUNNING;
    return CALFCARE_OK;
}

calfcare_status calfcare_relief_timer_skip(calfcare_relief_timer *timer, uint32_t now_ms, calfcare_error *err)
{
    calfcare_status st = timer_check(timer, err);
    uint32_t at, elapsed;
    if (st != CALFCARE_OK)
        return st;
    if ((timer->state_ != CALFCARE_RELIEF_TIMER_RUNNING && timer->state_ != CALFCARE_RELIEF_TIMER_PAUSED) ||
        timer->step_ >= timer->count_)
        return cc_fail(err, CALFCARE_E_STATE, "timer", "not running (not started or already done)");
    timer_clock(timer, now_ms);
    at = timer->state_ == CALFCARE_RELIEF_TIMER_PAUSED ? timer->paused_at_ : timer->last_now_;
    elapsed = at - timer->start_;
    if (timer->skipped_ || timer->phase_ > P_DONE || elapsed >= timer->duration_[timer->step_])
        return CALFCARE_OK; /* already over: its step_done is pending */
    timer->skipped_ = 1;
    timer->skip_at_ = at;
    timer_plan(timer);
    return CALFCARE_OK;
}

calfcare_status calfcare_relief_timer_query(const calfcare_relief_timer *timer, uint32_t now_ms,
                                            calfcare_relief_timer_info *info, calfcare_error *err)
{
    calfcare_status st = timer_check(timer, err);
    uint32_t i, eff, elapsed = 0, d, before = 0;
    unsigned ph;
    uint32_t off;
    if (st != CALFCARE_OK)
        return st;
    if (!info)
        return cc_fail_null(err, "info");
    memset(info, 0, sizeof *info);
    info->state = (int)timer->state_;
    info->step = timer->step_;
    info->step_count = timer->count_;
    info->session_total_ms = timer->total_ms_;
    info->next_event_in_ms = CALFCARE_RELIEF_NEVER;
    if (timer->state_ == CALFCARE_RELIEF_TIMER_DONE || timer->step_ >= timer->count_) {
        info->step = timer->count_;
        info->step_progress = 1.0;
        info->session_elapsed_ms = timer->total_ms_;
        info->session_progress = 1.0;
        return CALFCARE_OK;
    }
    d = timer->duration_[timer->step_];
    info->kind = timer->kind_[timer->step_];
    info->side = timer->side_[timer->step_];
    info->cue = timer->cue_[timer->step_];
    info->step_duration_ms = d;
    if (timer->state_ != CALFCARE_RELIEF_TIMER_READY) {
        eff = (int32_t)(now_ms - timer->last_now_) < 0 ? timer->last_now_ : now_ms;
        if (timer->state_ == CALFCARE_RELIEF_TIMER_PAUSED)
            eff = timer->paused_at_;
        elapsed = eff - timer->start_;
        if (timer->skipped_ && elapsed >= end_offset(timer))
            elapsed = d; /* skipped: the step counts as finished */
        if (elapsed > d)
            elapsed = d;
        if (timer->state_ == CALFCARE_RELIEF_TIMER_RUNNING && timer_next(timer, &ph, &off)) {
            uint32_t real = eff - timer->start_;
            info->next_event_in_ms = real >= off ? 0 : off - real;
        }
    }
    for (i = 0; i < timer->step_; i++)
        before += timer->duration_[i];
    info->step_elapsed_ms = elapsed;
    info->step_remaining_ms = d - elapsed;
    info->step_progress = (double)elapsed / (double)d;
    info->session_elapsed_ms = before + elapsed;
    info->session_remaining_ms = timer->total_ms_ - info->session_elapsed_ms;
    info->session_progress = timer->total_ms_ ? (double)info->session_elapsed_ms / (double)timer->total_ms_ : 1.0;
    return CALFCARE_OK;
}

/* FNV-1a over the state with the checksum field taken as 0. */
static uint32_t timer_checksum(const timer_t_ *t)
{
    const unsigned char *p = (const unsigned char *)t;
    size_t i, at = offsetof(timer_t_, check_);
    uint32_t h = 2166136261u;
    for (i = 0; i < sizeof *t; i++) {
        unsigned char c = (i >= at && i < at + sizeof t->check_) ? 0 : p[i];
        h = (h ^ c) * 16777619u;
    }
    return h;
}

calfcare_status calfcare_relief_timer_save(const calfcare_relief_timer *timer, void *buf, size_t cap,
                                           calfcare_error *err)
{
    calfcare_status st = timer_check(timer, err);
    timer_t_ copy;
    if (st != CALFCARE_OK)
        return st;
    if (!buf)
        return cc_fail_null(err, "buf");
    if (cap < sizeof copy || cap == (size_t)-1)
        return cc_fail(err, CALFCARE_E_BUFFER, "cap", "must be at least calfcare_relief_timer_size() bytes");
    copy = *timer;
    copy.check_ = 0;
    copy.check_ = timer_checksum(&copy);
    memcpy(buf, &copy, sizeof copy);
    return CALFCARE_OK;
}

/* Every field of a restored state, so that a forged blob with a good checksum is still safe. */
static int timer_valid(const timer_t_ *t)
{
    uint32_t i, total = 0;
    /* Phase P_COUNT means "every event of the step reported": a finished session rests there. */
    if (!timer_ok(t) || t->state_ < CALFCARE_RELIEF_TIMER_READY || t->state_ > CALFCARE_RELIEF_TIMER_DONE ||
        t->phase_ > P_COUNT || (t->phase_ == P_COUNT && t->state_ != CALFCARE_RELIEF_TIMER_DONE) ||
        t->skipped_ > 1)
        return 0;
    for (i = 0; i < t->count_; i++) {
        if (t->duration_[i] < MIN_STEP_MS || t->duration_[i] > MAX_STEP_MS || t->kind_[i] < 1 ||
            t->kind_[i] >= N_STEP_KINDS || t->side_[i] > CALFCARE_RELIEF_SIDE_RIGHT || t->flags_[i] > 7u)
            return 0;
        total += t->duration_[i];
    }
    if (total != t->total_ms_)
        return 0;
    if ((t->state_ == CALFCARE_RELIEF_TIMER_DONE) != (t->step_ == t->count_))
        return 0;
    if (t->state_ == CALFCARE_RELIEF_TIMER_RUNNING || t->state_ == CALFCARE_RELIEF_TIMER_PAUSED) {
        /* No check of how long ago the current step started: the engine accepts any forward step
         * of the clock under 2^31 ms, and with events still pending (a caller draining one per
         * update) the step's start can lag the clock by more than that, so every uint32 distance
         * is reachable. */
        if (t->skipped_ && (t->skip_at_ - t->start_) > t->duration_[t->step_])
            return 0;
        if (t->phase_ == P_SESSION && t->step_ + 1 != t->count_)
            return 0;
    } else if (t->skipped_ && t->state_ != CALFCARE_RELIEF_TIMER_DONE) {
        return 0; /* a session finished by skipping its last step keeps the mark */
    }
    return 1;
}

calfcare_status calfcare_relief_timer_restore(calfcare_relief_timer *timer, const void *buf, size_t len,
                                              calfcare_error *err)
{
    timer_t_ copy;
    uint32_t check;
    if (!timer)
        return cc_fail_null(err, "timer");
    if (!buf)
        return cc_fail_null(err, "buf");
    if (len != sizeof copy)
        return cc_fail(err, CALFCARE_E_STATE, "len", "a saved relief timer is exactly calfcare_relief_timer_size() bytes");
    memcpy(&copy, buf, sizeof copy);
    if (copy.magic_ != TIMER_MAGIC || copy.version_ != TIMER_VERSION || copy.size_ != sizeof copy)
        return cc_fail(err, CALFCARE_E_STATE, "buf", "not a saved relief timer of this library version");
    check = copy.check_;
    copy.check_ = 0;
    if (timer_checksum(&copy) != check)
        return cc_fail(err, CALFCARE_E_STATE, "buf", "saved relief timer is corrupt (checksum mismatch)");
    if (!timer_valid(&copy))
        return cc_fail(err, CALFCARE_E_STATE, "buf", "saved relief timer holds impossible values");
    timer_plan(&copy); /* never trust a cached time from a blob */
    *timer = copy;
    return CALFCARE_OK;
}
