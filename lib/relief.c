/* Relief protocols, prevention routines and the timer engine (calfcare/relief.h).
 * Rules, numbers and sources: docs/relief.md. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include "internal.h"

/* ---- names ------------------------------------------------------------------------------ */

/* Arrays of characters, not pointers to literals, so that each table is its own section and links
 * only with its lookup (lib/common.c, "red flags"). */
static const char protocol_names[][9] = {"",     "rice",     "stretch",  "roll", "full",
                                         "warmup", "cooldown", "strength", "rest"};
static const char *const step_kind_names[] = {
    NULL, "rest", "compress", "ice", "get_ready", "stretch_straight", "stretch_bent", "foam_roll", "ankle_circles",
    "leg_swings", "walking_lunges", "skips", "calf_raise_double", "calf_raise_single", "calf_raise_eccentric",
    "set_rest", "ice_break", "pain_check", "massage_ball",
};
static const char tool_names[][7] = {"roller", "ball"};
static const char side_names[][6] = {"none", "left", "right"};
static const char event_names[][13] = {"none", "step_start", "switch_side", "halfway", "countdown", "step_done",
                                       "session_done"};
static const char timer_state_names[][8] = {"", "ready", "running", "paused", "done"};

#define N_PROTOCOLS ((int)CC_COUNTOF(protocol_names))
#define N_STEP_KINDS ((int)CC_COUNTOF(step_kind_names))

const char *calfcare_relief_name(int protocol)
{
    return protocol >= 1 && protocol < N_PROTOCOLS ? protocol_names[protocol] : "unknown";
}

calfcare_status calfcare_relief_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_relief_name, 1, N_PROTOCOLS - 1, "protocol", word, value, err);
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

calfcare_status calfcare_relief_step_kind_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_relief_step_kind_name, 1, N_STEP_KINDS - 1, "step_kind", word, value, err);
}

const char *calfcare_relief_tool_name(int tool)
{
    return tool >= 0 && tool < (int)CC_COUNTOF(tool_names) ? tool_names[tool] : "unknown";
}

calfcare_status calfcare_relief_tool_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_relief_tool_name, 0, (int)CC_COUNTOF(tool_names) - 1, "tool", word, value, err);
}

const char *calfcare_relief_side_name(int side)
{
    return side >= 0 && side < (int)CC_COUNTOF(side_names) ? side_names[side] : "unknown";
}

calfcare_status calfcare_relief_side_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_relief_side_name, 0, (int)CC_COUNTOF(side_names) - 1, "side", word, value, err);
}

const char *calfcare_relief_event_name(int type)
{
    return type >= 0 && type < (int)CC_COUNTOF(event_names) ? event_names[type] : "unknown";
}

calfcare_status calfcare_relief_event_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_relief_event_name, 0, (int)CC_COUNTOF(event_names) - 1, "event", word, value, err);
}

const char *calfcare_relief_timer_state_name(int state)
{
    return state >= 1 && state < (int)CC_COUNTOF(timer_state_names) ? timer_state_names[state] : "unknown";
}

calfcare_status calfcare_relief_timer_state_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_relief_timer_state_name, 1, (int)CC_COUNTOF(timer_state_names) - 1, "timer_state", word, value, err);
}

/* ---- parameters: integers (the double API is lib/relief_params.c) ------------------------ */

/* Bounds of calfcare_relief_iparams, from the header's (constant-folded, no run-time double). */
#define MS(v, unit) ((long)((v) * (unit) + 0.5))
#define ICE_MS_MIN MS(CALFCARE_RELIEF_ICE_MIN_MIN, 60000.0)
#define ICE_MS_MAX MS(CALFCARE_RELIEF_ICE_MIN_MAX, 60000.0)
#define LAST_ICE_S_MAX MS(CALFCARE_RELIEF_LAST_ICE_MAX_MIN, 60.0)
#define ICE_GAP_S MS(CALFCARE_RELIEF_ICE_GAP_MIN, 60.0)

calfcare_status calfcare_relief_iparams_init(calfcare_relief_iparams *params, calfcare_error *err)
{
    if (!params)
        return cc_fail_null(err, "params");
    memset(params, 0, sizeof *params);
    params->ice_ms = (uint32_t)MS(CALFCARE_RELIEF_ICE_MIN_DEFAULT, 60000.0);
    params->hold_ms = (uint32_t)MS(CALFCARE_RELIEF_HOLD_S_DEFAULT, 1000.0);
    params->reps = CALFCARE_RELIEF_REPS_DEFAULT;
    params->roll_ms = (uint32_t)MS(CALFCARE_RELIEF_ROLL_S_DEFAULT, 1000.0);
    params->sets = CALFCARE_RELIEF_SETS_DEFAULT;
    params->week = CALFCARE_RELIEF_WEEK_DEFAULT;
    params->last_ice_ended_s = -1;
    params->ice_rounds = (uint32_t)CALFCARE_RELIEF_ICE_ROUNDS_DEFAULT;
    params->tool = CALFCARE_RELIEF_TOOL_ROLLER;
    return CALFCARE_OK;
}

#if CALFCARE_MESSAGES >= 2
/* The ball with a protocol that does not roll: an error naming both, never a choice silently lost. */
static calfcare_status refuse_tool(int protocol, uint32_t tool, calfcare_error *err)
{
    char msg[CALFCARE_ERROR_MESSAGE_SIZE];
    cc_text t;
    cc_msg_init(&t, msg, sizeof msg);
    cc_msg_puts(&t, calfcare_relief_tool_name((int)tool));
    cc_msg_puts(&t, " and '");
    cc_msg_puts(&t, calfcare_relief_name(protocol));
    cc_msg_puts(&t, "' conflict: tool applies to the protocols that roll (roll, full)");
    return cc_fail(err, CALFCARE_E_INVALID, "tool", msg);
}
#endif

/* rolls: the protocol has rolling steps, so it takes the ball as well as the roller. */
static calfcare_status check_iparams(int protocol, int rolls, const calfcare_relief_iparams *p, calfcare_error *err)
{
    calfcare_status st;
    if ((st = cc_check_u32(err, "ice_ms", p->ice_ms, ICE_MS_MIN, ICE_MS_MAX, "ms")) != CALFCARE_OK ||
        (st = cc_check_u32(err, "hold_ms", p->hold_ms, MS(CALFCARE_RELIEF_HOLD_S_MIN, 1000.0),
                           MS(CALFCARE_RELIEF_HOLD_S_MAX, 1000.0), "ms")) != CALFCARE_OK ||
        (st = cc_check_u32(err, "reps", p->reps, CALFCARE_RELIEF_REPS_MIN, CALFCARE_RELIEF_REPS_MAX,
                           "holds per side")) != CALFCARE_OK ||
        (st = cc_check_u32(err, "roll_ms", p->roll_ms, MS(CALFCARE_RELIEF_ROLL_S_MIN, 1000.0),
                           MS(CALFCARE_RELIEF_ROLL_S_MAX, 1000.0), "ms")) != CALFCARE_OK ||
        (st = cc_check_u32(err, "sets", p->sets, CALFCARE_RELIEF_SETS_MIN, CALFCARE_RELIEF_SETS_MAX, "sets")) !=
            CALFCARE_OK ||
        (st = cc_check_u32(err, "week", p->week, CALFCARE_RELIEF_WEEK_MIN, CALFCARE_RELIEF_WEEK_MAX, "")) !=
            CALFCARE_OK)
        return st;
    /* -1 exactly is "unknown"; any other negative number is an error. */
    if (p->last_ice_ended_s != -1 &&
        (st = cc_check_int(err, "last_ice_ended_s", (long)p->last_ice_ended_s, 0, LAST_ICE_S_MAX,
                           "s (or -1 for unknown)")) != CALFCARE_OK)
        return st;
    if ((st = cc_check_u32(err, "ice_rounds", p->ice_rounds, (uint32_t)CALFCARE_RELIEF_ICE_ROUNDS_MIN,
                           (uint32_t)CALFCARE_RELIEF_ICE_ROUNDS_MAX, "applications")) != CALFCARE_OK)
        return st;
#if CALFCARE_MESSAGES >= 2
    if ((st = cc_check_u32(err, "tool", p->tool, CALFCARE_RELIEF_TOOL_ROLLER, CALFCARE_RELIEF_TOOL_BALL,
                           "(0 roller, 1 ball)")) != CALFCARE_OK)
        return st;
    return p->tool != CALFCARE_RELIEF_TOOL_ROLLER && !rolls ? refuse_tool(protocol, p->tool, err) : CALFCARE_OK;
#else
    /* short and no messages: one range check, the ball only where something rolls ("tool: 1 not in 0..0") */
    (void)protocol;
    return cc_check_u32(err, "tool", p->tool, CALFCARE_RELIEF_TOOL_ROLLER,
                        rolls ? CALFCARE_RELIEF_TOOL_BALL : CALFCARE_RELIEF_TOOL_ROLLER, "(0 roller, 1 ball)");
#endif
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

/* Strength progression by week (docs/relief.md: coaching practice; the eccentric shape follows
 * Alfredson 1998's 3 x 15). Weeks after the last row repeat it. */
static const struct strength_week {
    uint8_t kind, sets, reps;
    uint16_t rep_ms;
    uint32_t rest_ms;
} strength_table[] = {
    {CALFCARE_RELIEF_STEP_CALF_RAISE_DOUBLE, 3, 15, 3000, 60000},    /* week 1 */
    {CALFCARE_RELIEF_STEP_CALF_RAISE_DOUBLE, 3, 20, 3000, 60000},    /* week 2 */
    {CALFCARE_RELIEF_STEP_CALF_RAISE_SINGLE, 3, 10, 3000, 60000},    /* week 3 */
    {CALFCARE_RELIEF_STEP_CALF_RAISE_SINGLE, 3, 15, 3000, 60000},    /* week 4 */
    {CALFCARE_RELIEF_STEP_CALF_RAISE_ECCENTRIC, 3, 12, 4000, 90000}, /* week 5 */
    {CALFCARE_RELIEF_STEP_CALF_RAISE_ECCENTRIC, 3, 15, 4000, 90000}, /* week 6 and later */
};

/*
 * The step rules: one row per step kind, the one table of what a step is. The builders take the
 * care kind and the halfway rule from it; the timer's init and restore check every step against
 * all of it (lib/timer.c), so that a blob or protocol the builders cannot make is refused.
 *   protocols  the protocols that have the kind
 *   care       the care kind it counts as (a red flag blocking it refuses the protocol)
 *   halfway    a halfway cue (holds and exercises; not set-up, get-ready or rests)
 *   min_s, max_s  the durations the builders make (docs/relief.md "Steps")
 */
#define IN(p) (1u << CALFCARE_RELIEF_##p)
#define MIN_S(min) ((uint16_t)((min) * 60.0)) /* constant-folded: no run-time double */
#define S_S(s) ((uint16_t)(s))
static const cc_step_rule step_rules[] = {
    [0] = {0, 0, 0, 0, 0},
    /* rest, compress: 60 s each (coaching practice); the compress check ("loosen if the toes
     * tingle") needs sensation. The rest protocol's one rest: lib/timer.c. */
    [CALFCARE_RELIEF_STEP_REST] = {IN(RICE) | IN(FULL), 0, 0, 60, 60},
    [CALFCARE_RELIEF_STEP_COMPRESS] = {IN(RICE) | IN(FULL), CALFCARE_CARE_COMPRESSION, 0, 60, 60},
    /* ice: 10 min (intermittent) or 15-20 min; never over 20 (Bleakley 2004/2006) */
    [CALFCARE_RELIEF_STEP_ICE] = {IN(RICE) | IN(FULL), CALFCARE_CARE_ICE, 1, MIN_S(CALFCARE_RELIEF_ICE_INTERMITTENT_MIN),
                                  MIN_S(CALFCARE_RELIEF_ICE_MIN_MAX)},
    [CALFCARE_RELIEF_STEP_GET_READY] = {IN(STRETCH) | IN(FULL) | IN(COOLDOWN), 0, 0, CALFCARE_RELIEF_GET_READY_S,
                                        CALFCARE_RELIEF_GET_READY_S},
    /* stretch holds: 20-30 s (Bandy 1997) */
    [CALFCARE_RELIEF_STEP_STRETCH_STRAIGHT] = {IN(STRETCH) | IN(FULL) | IN(COOLDOWN), CALFCARE_CARE_STRETCH, 1,
                                               S_S(CALFCARE_RELIEF_HOLD_S_MIN), S_S(CALFCARE_RELIEF_HOLD_S_MAX)},
    [CALFCARE_RELIEF_STEP_STRETCH_BENT] = {IN(STRETCH) | IN(FULL) | IN(COOLDOWN), CALFCARE_CARE_STRETCH, 1,
                                           S_S(CALFCARE_RELIEF_HOLD_S_MIN), S_S(CALFCARE_RELIEF_HOLD_S_MAX)},
    /* foam rolling: 30-120 s per leg and set (Seever 2022 and review) */
    [CALFCARE_RELIEF_STEP_FOAM_ROLL] = {IN(ROLL) | IN(FULL), CALFCARE_CARE_FOAM_ROLL, 1,
                                        S_S(CALFCARE_RELIEF_ROLL_S_MIN), S_S(CALFCARE_RELIEF_ROLL_S_MAX)},
    /* Drills and calf raises load the calf like running does: blocked when running is.
     * Warm-up drills: 30 s per side, 60 s. */
    [CALFCARE_RELIEF_STEP_ANKLE_CIRCLES] = {IN(WARMUP), CALFCARE_CARE_RUNNING, 1, 30, 30},
    [CALFCARE_RELIEF_STEP_LEG_SWINGS] = {IN(WARMUP), CALFCARE_CARE_RUNNING, 1, 30, 30},
    [CALFCARE_RELIEF_STEP_WALKING_LUNGES] = {IN(WARMUP), CALFCARE_CARE_RUNNING, 1, 60, 60},
    [CALFCARE_RELIEF_STEP_SKIPS] = {IN(WARMUP), CALFCARE_CARE_RUNNING, 1, 60, 60},
    /* calf raises: 10-20 reps of 3-4 s: 30-60 s a set (strength_table) */
    [CALFCARE_RELIEF_STEP_CALF_RAISE_DOUBLE] = {IN(STRENGTH), CALFCARE_CARE_RUNNING, 1, 30, 60},
    [CALFCARE_RELIEF_STEP_CALF_RAISE_SINGLE] = {IN(STRENGTH), CALFCARE_CARE_RUNNING, 1, 30, 60},
    [CALFCARE_RELIEF_STEP_CALF_RAISE_ECCENTRIC] = {IN(STRENGTH), CALFCARE_CARE_RUNNING, 1, 30, 60},
    /* rest between sets: 60-90 s */
    [CALFCARE_RELIEF_STEP_SET_REST] = {IN(STRENGTH), 0, 0, 60, 90},
    /* ice break: 10 min (Bleakley 2006) */
    [CALFCARE_RELIEF_STEP_ICE_BREAK] = {IN(RICE) | IN(FULL), 0, 0, MIN_S(CALFCARE_RELIEF_ICE_INTERMITTENT_MIN),
                                        MIN_S(CALFCARE_RELIEF_ICE_INTERMITTENT_MIN)},
    /* pain check between the ice and the stretching of `full`: 10 min */
    [CALFCARE_RELIEF_STEP_PAIN_CHECK] = {IN(FULL), 0, 0, MIN_S(CALFCARE_RELIEF_PAIN_CHECK_MIN),
                                         MIN_S(CALFCARE_RELIEF_PAIN_CHECK_MIN)},
    /* massage ball: the foam roller's dose and blocking (rolling with a ball presses the calf as a
     * roller does; no ball-specific dose in the evidence: docs/relief.md) */
    [CALFCARE_RELIEF_STEP_MASSAGE_BALL] = {IN(ROLL) | IN(FULL), CALFCARE_CARE_FOAM_ROLL, 1,
                                           S_S(CALFCARE_RELIEF_ROLL_S_MIN), S_S(CALFCARE_RELIEF_ROLL_S_MAX)},
};
/* A row for every step kind: a new kind without one fails to compile. */
typedef char cc_step_rules_complete[CC_COUNTOF(step_rules) == CC_COUNTOF(step_kind_names) ? 1 : -1];

const cc_step_rule *cc_relief_rule(int kind)
{
    return kind >= 1 && kind < N_STEP_KINDS ? &step_rules[kind] : NULL;
}

static unsigned care_of(int kind)
{
    return step_rules[kind].care;
}

static int cue_of(int kind)
{
    /* Cue codes follow the step kinds one to one (2000 + kind). */
    return 2000 + kind;
}

unsigned cc_relief_step_flags(int kind, uint32_t duration_ms)
{
    unsigned flags = 0;
    if (step_rules[kind].halfway && duration_ms >= 10000u)
        flags |= CALFCARE_RELIEF_STEP_HALFWAY;
    if (duration_ms >= 4000u)
        flags |= CALFCARE_RELIEF_STEP_COUNTDOWN;
    return flags;
}

int cc_relief_cue_of(int kind)
{
    return cue_of(kind);
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
    s->flags = cc_relief_step_flags(kind, duration_ms);
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

static void build_rice(calfcare_relief_protocol *out, const calfcare_relief_iparams *p)
{
    add_step(out, CALFCARE_RELIEF_STEP_REST, CALFCARE_RELIEF_SIDE_NONE, RICE_REST_MS, 0);
    add_step(out, CALFCARE_RELIEF_STEP_COMPRESS, CALFCARE_RELIEF_SIDE_NONE, RICE_COMPRESS_MS, 0);
    if (p->ice_rounds == 2) { /* intermittent: 10 on, 10 off, 10 on (Bleakley 2006) */
        const uint32_t ms = (uint32_t)MS(CALFCARE_RELIEF_ICE_INTERMITTENT_MIN, 60000.0);
        add_step(out, CALFCARE_RELIEF_STEP_ICE, CALFCARE_RELIEF_SIDE_NONE, ms, 0);
        add_step(out, CALFCARE_RELIEF_STEP_ICE_BREAK, CALFCARE_RELIEF_SIDE_NONE, ms, 0);
        add_step(out, CALFCARE_RELIEF_STEP_ICE, CALFCARE_RELIEF_SIDE_NONE, ms, 0);
    } else {
        add_step(out, CALFCARE_RELIEF_STEP_ICE, CALFCARE_RELIEF_SIDE_NONE, p->ice_ms, 0);
    }
    add_advice(out, CALFCARE_RELIEF_R_ICE_GAP);
    add_advice(out, CALFCARE_RELIEF_R_ICE_MAX);
    add_advice(out, CALFCARE_RELIEF_R_ICE_CONTRA);
    add_advice(out, CALFCARE_RELIEF_R_COMPRESSION);
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

static void build_roll(calfcare_relief_protocol *out, const calfcare_relief_iparams *p)
{
    /* The brief's "foam roller or massage ball": the same dose on either tool (the rolling sources
     * studied rollers; no ball-specific dose is published), each with its own cue. */
    int kind = p->tool == CALFCARE_RELIEF_TOOL_BALL ? CALFCARE_RELIEF_STEP_MASSAGE_BALL : CALFCARE_RELIEF_STEP_FOAM_ROLL;
    unsigned s, sets = p->sets;
    for (s = 0; s < sets; s++) {
        add_step(out, kind, CALFCARE_RELIEF_SIDE_LEFT, p->roll_ms, 0);
        add_step(out, kind, CALFCARE_RELIEF_SIDE_RIGHT, p->roll_ms, 0);
    }
    add_advice(out, CALFCARE_RELIEF_R_NO_ROLL_CLOT);
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
    add_advice(out, CALFCARE_RELIEF_R_STRENGTH_PREVENTS);
    add_advice(out, CALFCARE_RELIEF_R_STRENGTH_PROGRESS);
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
    cc_msg_init(&t, msg, sizeof msg);
    cc_msg_puts(&t, "the ");
    cc_msg_puts(&t, calfcare_relief_step_kind_name(kind));
    cc_msg_puts(&t, " step is refused: ");
    cc_msg_puts(&t, care_name);
    cc_msg_puts(&t, " is blocked by the red flag ");
    cc_msg_puts(&t, flag == CALFCARE_FLAG_NONE || flag == CALFCARE_FLAG_UNNAMED ? "(not named)"
                                                                               : calfcare_red_flag_name(flag));
    cc_msg_puts(&t, "; see a clinician before any self-treatment");
    cc_fail(err, CALFCARE_E_BLOCKED, NULL, msg);
    if (err) /* after cc_fail so that the message does not start with it; err->value: relief_params.c */
        err->field = care_name;
    return CALFCARE_E_BLOCKED;
}

/* The advice that closes each protocol, after the advice its steps bring (the ice rules, the clot
 * warning of rolling...), in this order; a byte a code: the code less CALFCARE_RELIEF_R_ICE_GAP, plus 1
 * (0 ends the row). A table rather than calls: smaller in the watch's flash. */
#define CLOSE(code) ((unsigned char)((code) - CALFCARE_RELIEF_R_ICE_GAP + 1))
static const unsigned char closing_advice[][3] = {
    [CALFCARE_RELIEF_RICE] = {CLOSE(CALFCARE_RELIEF_R_PAUSE_RUNNING), CLOSE(CALFCARE_RELIEF_R_CROSS_TRAIN),
                              CLOSE(CALFCARE_RELIEF_R_PEACE_LOVE)},
    [CALFCARE_RELIEF_STRETCH] = {CLOSE(CALFCARE_RELIEF_R_STRETCH_GENTLE), CLOSE(CALFCARE_RELIEF_R_PAUSE_RUNNING),
                                 CLOSE(CALFCARE_RELIEF_R_CROSS_TRAIN)},
    [CALFCARE_RELIEF_ROLL] = {CLOSE(CALFCARE_RELIEF_R_PAUSE_RUNNING), CLOSE(CALFCARE_RELIEF_R_CROSS_TRAIN)},
    [CALFCARE_RELIEF_FULL] = {CLOSE(CALFCARE_RELIEF_R_PAUSE_RUNNING), CLOSE(CALFCARE_RELIEF_R_CROSS_TRAIN),
                              CLOSE(CALFCARE_RELIEF_R_PEACE_LOVE)},
    [CALFCARE_RELIEF_WARMUP] = {CLOSE(CALFCARE_RELIEF_R_WARMUP_DYNAMIC)},
    [CALFCARE_RELIEF_COOLDOWN] = {CLOSE(CALFCARE_RELIEF_R_COOLDOWN_STATIC)},
    [CALFCARE_RELIEF_STRENGTH] = {0},
    [CALFCARE_RELIEF_REST] = {CLOSE(CALFCARE_RELIEF_R_NO_SENSATION), CLOSE(CALFCARE_RELIEF_R_PAUSE_RUNNING)},
};
#undef CLOSE

calfcare_status calfcare_relief_build_int(int protocol, const calfcare_relief_iparams *params,
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
        return cc_check_int(err, "protocol", protocol, 1, N_PROTOCOLS - 1, "");
    if ((st = check_iparams(protocol, (step_rules[CALFCARE_RELIEF_STEP_FOAM_ROLL].protocols >> protocol) & 1u, params,
                            err)) != CALFCARE_OK)
        return st;

    out->protocol = protocol;
    switch (protocol) {
    case CALFCARE_RELIEF_RICE:
        build_rice(out, params);
        break;
    case CALFCARE_RELIEF_STRETCH:
        build_stretch_holds(out, params->reps, params->hold_ms);
        break;
    case CALFCARE_RELIEF_ROLL:
        build_roll(out, params);
        break;
    case CALFCARE_RELIEF_FULL:
        build_rice(out, params);
        /* Stretching and rolling only once the pain eases, never straight onto an iced, numbed calf:
         * a pain check after the calf has rewarmed, where the cue says to stop unless the pain eases. */
        add_step(out, CALFCARE_RELIEF_STEP_PAIN_CHECK, CALFCARE_RELIEF_SIDE_NONE, PAIN_CHECK_MS, 0);
        build_stretch_holds(out, params->reps, params->hold_ms);
        add_advice(out, CALFCARE_RELIEF_R_STRETCH_GENTLE);
        build_roll(out, params);
        break;
    case CALFCARE_RELIEF_WARMUP:
        add_step(out, CALFCARE_RELIEF_STEP_ANKLE_CIRCLES, CALFCARE_RELIEF_SIDE_LEFT, DRILL_SIDE_MS, 0);
        add_step(out, CALFCARE_RELIEF_STEP_ANKLE_CIRCLES, CALFCARE_RELIEF_SIDE_RIGHT, DRILL_SIDE_MS, 0);
        add_step(out, CALFCARE_RELIEF_STEP_LEG_SWINGS, CALFCARE_RELIEF_SIDE_LEFT, DRILL_SIDE_MS, 0);
        add_step(out, CALFCARE_RELIEF_STEP_LEG_SWINGS, CALFCARE_RELIEF_SIDE_RIGHT, DRILL_SIDE_MS, 0);
        add_step(out, CALFCARE_RELIEF_STEP_WALKING_LUNGES, CALFCARE_RELIEF_SIDE_NONE, DRILL_MS, 0);
        add_step(out, CALFCARE_RELIEF_STEP_SKIPS, CALFCARE_RELIEF_SIDE_NONE, DRILL_MS, 0);
        break;
    case CALFCARE_RELIEF_COOLDOWN:
        build_stretch_holds(out, 1, COOLDOWN_HOLD_MS);
        break;
    case CALFCARE_RELIEF_REST:
        /* First aid without sensation: nothing cold, nothing tight, nothing that presses or pulls. */
        add_step(out, CALFCARE_RELIEF_STEP_REST, CALFCARE_RELIEF_SIDE_NONE, REST_ONLY_MS, 0);
        break;
    default: /* CALFCARE_RELIEF_STRENGTH */
        build_strength(out, params->week);
        break;
    }
    for (i = 0; i < CC_COUNTOF(closing_advice[0]) && closing_advice[protocol][i]; i++)
        add_advice(out, CALFCARE_RELIEF_R_ICE_GAP - 1 + closing_advice[protocol][i]);
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
    if (has_ice && params->last_ice_ended_s != -1 && params->last_ice_ended_s < ICE_GAP_S) {
        /* calfcare_relief_build() words this in minutes for hosts. Written straight into err. */
        memset(out, 0, sizeof *out);
        cc_fail(err, CALFCARE_E_TOO_SOON, "last_ice_ended_s", "");
        if (err) {
            cc_text t;
            cc_msg_init(&t, err->message, sizeof err->message);
            cc_msg_puts(&t, "last_ice_ended_s: the last ice application ended ");
            cc_msg_putint(&t, params->last_ice_ended_s);
            cc_msg_puts(&t, " s ago; wait at least 60 min (3600 s) between applications (");
            cc_msg_putint(&t, ICE_GAP_S - params->last_ice_ended_s);
            cc_msg_puts(&t, " s more)");
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
    if (flag != CALFCARE_FLAG_UNNAMED &&
        (st = cc_check_int(err, "flag", flag, 1, CALFCARE_FLAG_COUNT - 1, "or 100 (unnamed)")) != CALFCARE_OK)
        return st;
    blocked->mask |= care;
    blocked->flag[bit] = flag;
    return CALFCARE_OK;
}
