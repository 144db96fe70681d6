/**
 * @file calfcare/relief.h
 * @brief Relief protocols (RICE, stretching, foam rolling), prevention routines (warm-up,
 *        cool-down, calf strength) and the tick-driven timer engine that runs them.
 *
 * Two parts:
 *
 * 1. **Building.** calfcare_relief_build() turns a protocol id (#CALFCARE_RELIEF_RICE ...
 *    #CALFCARE_RELIEF_REST), a ::calfcare_relief_params (defaults from
 *    calfcare_relief_params_init()) and the blocked set of a diagnosis (::calfcare_blocked) into a
 *    caller-allocated ::calfcare_relief_protocol: a schedule of timed steps (kind, side, start and
 *    duration in ms, cue code) that an app can show before it starts. Out-of-range parameters are
 *    refused (#CALFCARE_E_INVALID naming the field and the range; never clamped), a step blocked by a
 *    red flag is refused (#CALFCARE_E_BLOCKED), and ice within 60 min of the previous application is
 *    refused (#CALFCARE_E_TOO_SOON).
 *
 * 2. **Timing.** A ::calfcare_relief_timer is a small plain struct (at most 128 bytes) that
 *    points to a caller-held array of ::calfcare_relief_timer_step (8 bytes a step) holding a
 *    copy of the step durations and kinds. The caller drives it with its own
 *    monotonic clock in milliseconds as `uint32_t`; the engine has no clock, never sleeps, never
 *    allocates. calfcare_relief_timer_update() (a buffer of events) or calfcare_relief_timer_poll()
 *    (one event per call) report, in order: step started, switch side, halfway, the last 3 seconds,
 *    step done, session done.
 *    - Time arithmetic is unsigned 32-bit, so a session that runs across the 2^32 ms wrap (about
 *      49.7 days of uptime) behaves exactly as any other. Consequence: a forward jump of 2^31 ms
 *      (24.8 days) or more between two calls cannot be told from a backwards step.
 *    - Every step has a deadline (its start on the caller's clock + its duration); the next step
 *      starts at the previous step's deadline, not at the time the caller noticed it, so remaining
 *      time never drifts whatever the tick rate.
 *    - Big jump forward (the watch slept): each missed event is reported once, in order, with
 *      `late` set when it is reported more than #CALFCARE_RELIEF_LATE_MS after it was due.
 *    - Clock going backwards: nothing is reported and no error is raised; the engine keeps the
 *      elapsed time it had reached and counts on from the new reading (as if the clock was set back).
 *    - Pause and resume shift the deadlines by the paused time. Skip ends the current step now.
 *    - Save/restore: calfcare_relief_timer_save() writes the state and steps with a checksum;
 *      calfcare_relief_timer_restore() checks magic, version, size, checksum, every field and the
 *      meaning of every step, and refuses a corrupt, foreign or forged blob with #CALFCARE_E_STATE.
 *    - Cost: an update with nothing due is a handful of comparisons (no loops over steps), and
 *      the timer uses no floating point (calfcare_relief_timer_query() is the double layer).
 *
 * Durations in this API are in milliseconds (`_ms`) unless the name says `_s` or `_min`.
 *
 * Rules and sources: docs/relief.md (source keys such as "bleakley2004" are defined there).
 *
 * @code
 * calfcare_relief_params p;
 * calfcare_relief_protocol proto;
 * calfcare_relief_timer t;
 * calfcare_relief_timer_step steps[CALFCARE_RELIEF_MAX_STEPS]; // or the protocol's count
 * calfcare_relief_event ev[8];
 * size_t n;
 * calfcare_relief_params_init(&p, NULL);
 * if (calfcare_relief_build(CALFCARE_RELIEF_STRETCH, &p, NULL, &proto, &err) != CALFCARE_OK) ...
 * calfcare_relief_timer_init(&t, &proto, steps, CALFCARE_RELIEF_MAX_STEPS, NULL);
 * calfcare_relief_timer_start(&t, now_ms(), NULL);
 * for (;;) {                                   // e.g. every 100 ms
 *     calfcare_relief_timer_update(&t, now_ms(), ev, 8, &n, NULL);
 *     for (i = 0; i < n; i++) vibrate_or_beep(&ev[i]);
 * }
 * @endcode
 *
 * @since 1.0.0 (every declaration in this file unless its own comment says otherwise)
 */
#ifndef CALFCARE_RELIEF_H
#define CALFCARE_RELIEF_H

#include <calfcare/common.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- protocols and routines ------------------------------------------------------------- */

/** Protocols (relief) and routines (prevention). Stable values, append-only. */
typedef enum calfcare_relief_id {
    CALFCARE_RELIEF_RICE = 1,     /**< Rest, compression, ice, elevation (CLI `relief rice`). */
    CALFCARE_RELIEF_STRETCH = 2,  /**< Wall calf stretch, knee straight then bent (CLI `relief stretch`). */
    CALFCARE_RELIEF_ROLL = 3,     /**< Rolling of each calf on a foam roller or a massage ball (CLI `relief roll`). */
    CALFCARE_RELIEF_FULL = 4,     /**< rice, then stretch, then roll as one session (CLI `relief full`). */
    CALFCARE_RELIEF_WARMUP = 5,   /**< Dynamic drills before a run (CLI `routine warmup`). */
    CALFCARE_RELIEF_COOLDOWN = 6, /**< Static calf stretches after a run (CLI `routine cooldown`). */
    CALFCARE_RELIEF_STRENGTH = 7, /**< Calf raises in sets, progressing by week (CLI `routine strength`). */
    CALFCARE_RELIEF_REST = 8      /**< Rest with the leg raised, nothing else: first aid that needs neither
                                       normal sensation nor touching the calf (CLI `relief rest`). */
} calfcare_relief_id;

/** Kinds of step. Stable values, append-only. Names: calfcare_relief_step_kind_name(). */
typedef enum calfcare_relief_step_kind {
    CALFCARE_RELIEF_STEP_REST = 1,            /**< "rest": stop what hurts, lie down, calf raised above the heart. */
    CALFCARE_RELIEF_STEP_COMPRESS = 2,        /**< "compress": put on an elastic compression bandage. */
    CALFCARE_RELIEF_STEP_ICE = 3,             /**< "ice": ice in a damp cloth on the calf (care kind ice). */
    CALFCARE_RELIEF_STEP_GET_READY = 4,       /**< "get_ready": countdown into position before a hold. */
    CALFCARE_RELIEF_STEP_STRETCH_STRAIGHT = 5, /**< "stretch_straight": wall calf stretch, back knee straight. */
    CALFCARE_RELIEF_STEP_STRETCH_BENT = 6,    /**< "stretch_bent": wall calf stretch, back knee bent. */
    CALFCARE_RELIEF_STEP_FOAM_ROLL = 7,       /**< "foam_roll": foam roller under one calf. */
    CALFCARE_RELIEF_STEP_ANKLE_CIRCLES = 8,   /**< "ankle_circles": warm-up drill. */
    CALFCARE_RELIEF_STEP_LEG_SWINGS = 9,      /**< "leg_swings": warm-up drill, front to back. */
    CALFCARE_RELIEF_STEP_WALKING_LUNGES = 10, /**< "walking_lunges": warm-up drill. */
    CALFCARE_RELIEF_STEP_SKIPS = 11,          /**< "skips": warm-up drill (A-skips). */
    CALFCARE_RELIEF_STEP_CALF_RAISE_DOUBLE = 12, /**< "calf_raise_double": calf raises on both legs. */
    CALFCARE_RELIEF_STEP_CALF_RAISE_SINGLE = 13, /**< "calf_raise_single": calf raises on one leg. */
    CALFCARE_RELIEF_STEP_CALF_RAISE_ECCENTRIC = 14, /**< "calf_raise_eccentric": up on both, slow lowering on one. */
    CALFCARE_RELIEF_STEP_SET_REST = 15,       /**< "set_rest": rest between two sets. */
    CALFCARE_RELIEF_STEP_ICE_BREAK = 16,      /**< "ice_break": ice off, leg still raised, between two
                                                   intermittent applications (`ice_rounds` 2). */
    CALFCARE_RELIEF_STEP_PAIN_CHECK = 17,     /**< "pain_check": leg down, let the calf rewarm after the ice and
                                                   check the pain; stretching and rolling follow only when it eases. */
    CALFCARE_RELIEF_STEP_MASSAGE_BALL = 18    /**< "massage_ball": a massage ball under one calf (the rolling step with
                                                   `tool` ball; care kind foam_roll, like the roller). */
} calfcare_relief_step_kind;

/** The rolling tool of `roll` and `full` (::calfcare_relief_params `tool`). Stable values. */
typedef enum calfcare_relief_tool {
    CALFCARE_RELIEF_TOOL_ROLLER = 0, /**< "roller": a foam roller (the default), steps #CALFCARE_RELIEF_STEP_FOAM_ROLL. */
    CALFCARE_RELIEF_TOOL_BALL = 1    /**< "ball": a massage ball, steps #CALFCARE_RELIEF_STEP_MASSAGE_BALL; the same
                                          dose (`roll_s`, `sets`) and the same blocking (foam_roll). */
} calfcare_relief_tool;

/** Which leg a step is for. Stable values. */
typedef enum calfcare_relief_side {
    CALFCARE_RELIEF_SIDE_NONE = 0,  /**< "none": both legs or not leg-specific. */
    CALFCARE_RELIEF_SIDE_LEFT = 1,  /**< "left" */
    CALFCARE_RELIEF_SIDE_RIGHT = 2  /**< "right" */
} calfcare_relief_side;

/** Step flag: the timer reports #CALFCARE_RELIEF_EV_HALFWAY (steps of 10 s or more that are holds or exercises). */
#define CALFCARE_RELIEF_STEP_HALFWAY 0x1u
/** Step flag: the timer reports #CALFCARE_RELIEF_EV_COUNTDOWN at 3, 2 and 1 s left (steps of 4 s or more). */
#define CALFCARE_RELIEF_STEP_COUNTDOWN 0x2u
/** Step flag: the step is on the other leg than the previous step that had a side (#CALFCARE_RELIEF_EV_SWITCH_SIDE). */
#define CALFCARE_RELIEF_STEP_SWITCH_SIDE 0x4u

/** Most steps a protocol can have (the longest, `full` with intermittent ice, 5 holds and 3 sets, has 52). */
#define CALFCARE_RELIEF_MAX_STEPS 64
/** Most advice codes a protocol carries. */
#define CALFCARE_RELIEF_MAX_ADVICE 12

/** Ice per application, min: default (brief; Bleakley 2004; W). */
#define CALFCARE_RELIEF_ICE_MIN_DEFAULT 15.0
/** Ice per application, min: shortest accepted (brief: 15-20 min). */
#define CALFCARE_RELIEF_ICE_MIN_MIN 15.0
/** Ice per application, min: longest accepted; never over 20 (brief; Bleakley 2004). */
#define CALFCARE_RELIEF_ICE_MIN_MAX 20.0
/** Ice applications per session: default, one continuous application of `ice_min`. */
#define CALFCARE_RELIEF_ICE_ROUNDS_DEFAULT 1.0
/** Ice applications per session: fewest accepted. */
#define CALFCARE_RELIEF_ICE_ROUNDS_MIN 1.0
/** Ice applications per session: most accepted; 2 is the intermittent protocol (Bleakley 2006; W). */
#define CALFCARE_RELIEF_ICE_ROUNDS_MAX 2.0
/** Intermittent ice: minutes on, then off, then on again (Bleakley 2006: 10 on, 10 off, 10 on). */
#define CALFCARE_RELIEF_ICE_INTERMITTENT_MIN 10.0
/** Least time between the end of one ice application and the next, min (Bleakley 2004/2006; W). */
#define CALFCARE_RELIEF_ICE_GAP_MIN 60.0
/** Stretch hold, s: default (brief 20-30 s; Bandy 1997: 30 s as good as 60 s; M). */
#define CALFCARE_RELIEF_HOLD_S_DEFAULT 30.0
/** Stretch hold, s: shortest accepted. */
#define CALFCARE_RELIEF_HOLD_S_MIN 20.0
/** Stretch hold, s: longest accepted. */
#define CALFCARE_RELIEF_HOLD_S_MAX 30.0
/** Stretch holds per side and per variant: default. */
#define CALFCARE_RELIEF_REPS_DEFAULT 3
/** Stretch holds per side: fewest accepted. */
#define CALFCARE_RELIEF_REPS_MIN 1
/** Stretch holds per side: most accepted. */
#define CALFCARE_RELIEF_REPS_MAX 5
/** Foam rolling per leg and set, s: default (Seever 2022: calf 3 x 60 s per leg; W). */
#define CALFCARE_RELIEF_ROLL_S_DEFAULT 60.0
/** Foam rolling per leg and set, s: shortest accepted (review 2022: 30-120 s). */
#define CALFCARE_RELIEF_ROLL_S_MIN 30.0
/** Foam rolling per leg and set, s: longest accepted. */
#define CALFCARE_RELIEF_ROLL_S_MAX 120.0
/** Foam rolling sets: default (Seever 2022). */
#define CALFCARE_RELIEF_SETS_DEFAULT 3
/** Foam rolling sets: fewest accepted. */
#define CALFCARE_RELIEF_SETS_MIN 1
/** Foam rolling sets: most accepted (review 2022: 1-3 sets). */
#define CALFCARE_RELIEF_SETS_MAX 3
/** Strength routine week: default. */
#define CALFCARE_RELIEF_WEEK_DEFAULT 1
/** Strength routine week: first. */
#define CALFCARE_RELIEF_WEEK_MIN 1
/** Strength routine week: last accepted (weeks after 6 repeat week 6). */
#define CALFCARE_RELIEF_WEEK_MAX 52
/** last_ice_ended_min_ago: "unknown / no ice yet today" (the default). */
#define CALFCARE_RELIEF_ICE_UNKNOWN (-1.0)
/** last_ice_ended_min_ago: largest accepted value, min (one year). */
#define CALFCARE_RELIEF_LAST_ICE_MAX_MIN 525600.0
/** Get-ready countdown before each stretch hold, s (coaching practice). */
#define CALFCARE_RELIEF_GET_READY_S 5
/** Pain check in `full` between the ice and the stretching: rewarming time, min (coaching practice). */
#define CALFCARE_RELIEF_PAIN_CHECK_MIN 10
/** Rest with the leg raised in the `rest` protocol, min (as long as an ice application; practice). */
#define CALFCARE_RELIEF_REST_MIN 15

/**
 * Parameters of the protocols and routines. Fill with calfcare_relief_params_init(), then change
 * what you need (directly, or through the table #CALFCARE_PARAMS_TABLE_RELIEF of calfcare/params.h,
 * which holds each member's range and default). Member names are the `calfcare relief|routine`
 * option names with '_' for '-', and the field names in ::calfcare_error. Every member is validated
 * by calfcare_relief_build() whatever the protocol (an out-of-range value is an error even where it
 * is not used).
 */
typedef struct calfcare_relief_params {
    double ice_min;   /**< Ice per application, min, 15..20 (default 15). */
    double hold_s;    /**< Stretch hold, s, 20..30 (default 30). */
    int reps;         /**< Stretch holds per side and per variant (knee straight, knee bent), 1..5 (default 3). */
    double roll_s;    /**< Foam rolling per leg and set, s, 30..120 (default 60). */
    int sets;         /**< Foam rolling sets (each: left leg then right leg), 1..3 (default 3). */
    int week;         /**< Strength routine week, 1..52 (default 1); see docs/relief.md for the table. */
    double last_ice_ended_min_ago; /**< Minutes since the previous ice application ended, 0..525600,
                                        or #CALFCARE_RELIEF_ICE_UNKNOWN (default): no earlier application
                                        known. Under 60 with an ice step -> #CALFCARE_E_TOO_SOON. */
    int ice_rounds;   /**< Ice applications, 1..2 (default 1): 1 = one application of `ice_min`;
                           2 = intermittent ice, 10 min on, 10 min off (leg raised), 10 min on (Bleakley
                           2006), `ice_min` not used. */
    int tool;         /**< Rolling tool, a ::calfcare_relief_tool (default #CALFCARE_RELIEF_TOOL_ROLLER; the
                           massage ball only with `roll` and `full`). */
    double reserved_[2]; /**< @private zero; room to grow without breaking the ABI */
} calfcare_relief_params;

/** One timed step of a protocol. */
typedef struct calfcare_relief_step {
    int kind;             /**< ::calfcare_relief_step_kind */
    int side;             /**< ::calfcare_relief_side */
    uint32_t start_ms;    /**< Start, ms after the session start (sum of the earlier durations). */
    uint32_t duration_ms; /**< Duration, ms (1000 .. 1200000). */
    int cue;              /**< What to tell the user: a reason code 2000-2099 (calfcare_reason_lookup()). */
    unsigned care;        /**< The ::calfcare_care_kind this step counts as for blocking, 0 if none. */
    unsigned reps;        /**< Repetitions to do within the step (calf raises), 0 for holds and timed steps. */
    unsigned flags;       /**< #CALFCARE_RELIEF_STEP_HALFWAY | #CALFCARE_RELIEF_STEP_COUNTDOWN | #CALFCARE_RELIEF_STEP_SWITCH_SIDE */
} calfcare_relief_step;

/** A built protocol or routine: caller-allocated (2160 bytes on LP64), filled by calfcare_relief_build(). */
typedef struct calfcare_relief_protocol {
    int protocol;         /**< ::calfcare_relief_id */
    unsigned week;        /**< Strength week used (1..52), 0 for the other protocols. */
    size_t count;         /**< Number of steps (1 .. #CALFCARE_RELIEF_MAX_STEPS). */
    uint32_t total_ms;    /**< Sum of the step durations, ms. */
    calfcare_relief_step steps[CALFCARE_RELIEF_MAX_STEPS]; /**< The steps in order. */
    size_t advice_count;  /**< Number of advice codes. */
    int advice[CALFCARE_RELIEF_MAX_ADVICE]; /**< Advice codes 2100-2199 to show with the protocol. */
    unsigned blocked_care; /**< After #CALFCARE_E_BLOCKED: the ::calfcare_care_kind that is blocked; else 0. */
    int blocked_flag;      /**< After #CALFCARE_E_BLOCKED: the ::calfcare_red_flag that blocks it; else 0. */
    int blocked_kind;      /**< After #CALFCARE_E_BLOCKED: the ::calfcare_relief_step_kind refused; else 0. */
    uint32_t reserved_[4]; /**< @private */
} calfcare_relief_protocol;

/**
 * Fill @p params with the documented defaults: ice_min 15, hold_s 30, reps 3, roll_s 60, sets 3,
 * week 1, last_ice_ended_min_ago #CALFCARE_RELIEF_ICE_UNKNOWN, ice_rounds 1, tool 0 (the foam roller).
 * @return #CALFCARE_OK or #CALFCARE_E_NULL.
 */
CALFCARE_API calfcare_status calfcare_relief_params_init(calfcare_relief_params *params, calfcare_error *err);

/**
 * Build a protocol or routine.
 *
 * Steps (durations in docs/relief.md):
 * - rice: rest and elevate 60 s, compression 60 s, ice `ice_min` min; with `ice_rounds` 2 instead
 *   ice 10 min, ice_break 10 min, ice 10 min.
 * - stretch: for the knee-straight then the knee-bent variant, `reps` times: left then right, each
 *   a 5 s get-ready and a `hold_s` hold.
 * - roll: `sets` times: left `roll_s`, right `roll_s`, on the foam roller or, with `tool` ball, the
 *   massage ball (step kind massage_ball, its own cue).
 * - full: rice, then a 10 min pain check (leg down, the calf rewarms; stop here if it still hurts
 *   or feels numb), then stretch and roll.
 * - rest: rest with the leg raised 15 min (no ice, no bandage: first aid without sensation).
 * - warmup: ankle circles 30 s per side, leg swings 30 s per side, walking lunges 60 s, skips 60 s.
 * - cooldown: knee-straight then knee-bent wall stretch, left then right, 5 s get-ready + 30 s each.
 * - strength: 3 sets of calf raises by `week` (1-2 double-leg, 3-4 single-leg, 5+ slow eccentric)
 *   with rests between sets.
 *
 * Checks, in order: @p protocol id, every member of @p params, blocked steps, the ice gap.
 *
 * @param protocol a ::calfcare_relief_id
 * @param params   parameters (calfcare_relief_params_init() first); not NULL
 * @param blocked  what the diagnosis blocks; NULL or zero-filled blocks nothing. Unknown mask bits
 *                 are ignored; a mask bit with flag #CALFCARE_FLAG_NONE still blocks.
 * @param[out] out the protocol. On error it is zero-filled, except that #CALFCARE_E_BLOCKED sets
 *                 blocked_care, blocked_flag and blocked_kind.
 * @param err      on #CALFCARE_E_INVALID: field ("protocol", "ice_min", "hold_s", "reps", "roll_s",
 *                 "sets", "week", "last_ice_ended_min_ago", "ice_rounds", "tool") and range. On #CALFCARE_E_BLOCKED: field is
 *                 the care kind name ("stretch", "foam_roll", "ice", "running", "compression"), value the red flag,
 *                 and the message names the step kind and the red flag. On #CALFCARE_E_TOO_SOON: field
 *                 "last_ice_ended_min_ago", value the minutes given, min 60.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_INVALID, #CALFCARE_E_BLOCKED or #CALFCARE_E_TOO_SOON.
 */
CALFCARE_API calfcare_status calfcare_relief_build(int protocol, const calfcare_relief_params *params,
                                                   const calfcare_blocked *blocked,
                                                   calfcare_relief_protocol *out, calfcare_error *err);

/**
 * The parameters of calfcare_relief_build_int(): integers only, for firmware without double
 * arithmetic. Durations in ms, the time since the last ice in s; the same ranges as
 * ::calfcare_relief_params (calfcare_relief_build() converts to these and calls
 * calfcare_relief_build_int()). Fill with calfcare_relief_iparams_init().
 */
typedef struct calfcare_relief_iparams {
    uint32_t ice_ms;          /**< Ice per application, ms, 900000..1200000 (15-20 min; default 900000). */
    uint32_t hold_ms;         /**< Stretch hold, ms, 20000..30000 (default 30000). */
    uint32_t reps;            /**< Stretch holds per side and per variant, 1..5 (default 3). */
    uint32_t roll_ms;         /**< Foam rolling per leg and set, ms, 30000..120000 (default 60000). */
    uint32_t sets;            /**< Foam rolling sets, 1..3 (default 3). */
    uint32_t week;            /**< Strength routine week, 1..52 (default 1). */
    int32_t last_ice_ended_s; /**< Seconds since the previous ice application ended, 0..31536000 (one
                                   year), or -1 (default): none known. Under 3600 with an ice step ->
                                   #CALFCARE_E_TOO_SOON. */
    uint32_t ice_rounds;      /**< Ice applications, 1..2 (default 1); 2: 10 min on, 10 off, 10 on. */
    uint32_t tool;            /**< Rolling tool, a ::calfcare_relief_tool, 0..1 (default 0, the foam roller). */
} calfcare_relief_iparams;

/**
 * Fill @p params with the defaults of calfcare_relief_params_init() in integers: ice_ms 900000,
 * hold_ms 30000, reps 3, roll_ms 60000, sets 3, week 1, last_ice_ended_s -1, ice_rounds 1, tool 0.
 * @return #CALFCARE_OK or #CALFCARE_E_NULL.
 */
CALFCARE_API calfcare_status calfcare_relief_iparams_init(calfcare_relief_iparams *params, calfcare_error *err);

/**
 * calfcare_relief_build() with integer parameters and no floating point (the call for firmware:
 * docs/embedding.md). Same steps, checks and order; on #CALFCARE_E_INVALID the field is the
 * ::calfcare_relief_iparams member ("ice_ms", "hold_ms", "reps", "roll_ms", "sets", "week",
 * "last_ice_ended_s", "ice_rounds", "tool") or "protocol", with the range in the message; on
 * #CALFCARE_E_TOO_SOON the field is "last_ice_ended_s". err->value, min and max stay NaN.
 * @param protocol a ::calfcare_relief_id
 * @param params   parameters (calfcare_relief_iparams_init() first); not NULL
 * @param blocked  what the diagnosis blocks, as for calfcare_relief_build()
 * @param[out] out the protocol, as for calfcare_relief_build()
 * @param err      details on failure, may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_INVALID, #CALFCARE_E_BLOCKED or #CALFCARE_E_TOO_SOON.
 */
CALFCARE_API calfcare_status calfcare_relief_build_int(int protocol, const calfcare_relief_iparams *params,
                                                       const calfcare_blocked *blocked,
                                                       calfcare_relief_protocol *out, calfcare_error *err);

/**
 * Mark one care kind as blocked by a red flag in @p blocked (sets the mask bit and its flag).
 * A helper for callers and bindings that build a ::calfcare_blocked without the diagnosis.
 * A caller that knows only which kinds are blocked (a list of care kinds) passes
 * #CALFCARE_FLAG_UNNAMED: the kind is blocked just the same, and a refusal reports that flag.
 * @param blocked the set to change (zero-fill it first)
 * @param care one ::calfcare_care_kind bit
 * @param flag a ::calfcare_red_flag, 1..#CALFCARE_FLAG_COUNT-1, or #CALFCARE_FLAG_UNNAMED
 * @param err  details on failure, may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID (fields "care", "flag").
 */
CALFCARE_API calfcare_status calfcare_relief_block(calfcare_blocked *blocked, unsigned care, int flag,
                                                   calfcare_error *err);

/** @return the CLI word of a protocol id ("rice", ... "strength"), or "unknown". */
CALFCARE_API const char *calfcare_relief_name(int protocol);
/**
 * The value of a word of a protocol or routine ("rice", "stretch", "roll", "full", "rest", "warmup", "cooldown", "strength"; field "protocol"): the inverse of calfcare_relief_name().
 * @param word  the word, exactly as the _name() function spells it.
 * @param value receives the value.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID naming the field and listing the
 *         accepted words.
 */
CALFCARE_API calfcare_status calfcare_relief_parse(const char *word, int *value, calfcare_error *err);
/** @return 1 for the prevention routines (warmup, cooldown, strength), 0 otherwise. */
CALFCARE_API int calfcare_relief_is_routine(int protocol);
/**
 * The care kinds a protocol's steps count as, whatever its parameters (rice: ice | compression;
 * full: ice | compression | stretch | foam_roll; warmup, strength: running; cooldown, stretch:
 * stretch; roll: foam_roll; rest: none). calfcare_relief_build() refuses the protocol exactly when
 * this mask meets the blocked set, so `(calfcare_relief_care(id) & blocked.mask) == 0` says whether
 * it may be advised.
 * @param protocol a ::calfcare_relief_id (any int is accepted)
 * @return OR of ::calfcare_care_kind values; 0 for rest and for undefined ids.
 */
CALFCARE_API unsigned calfcare_relief_care(int protocol);
/** @return the word of a ::calfcare_relief_tool: "roller", "ball", or "unknown". */
CALFCARE_API const char *calfcare_relief_tool_name(int tool);
/**
 * The value of a rolling tool's word ("roller", "ball"): the inverse of calfcare_relief_tool_name().
 * @param word  the word.
 * @param value receives the ::calfcare_relief_tool.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID (field "tool", listing the words).
 */
CALFCARE_API calfcare_status calfcare_relief_tool_parse(const char *word, int *value, calfcare_error *err);
/** @return the snake_case name of a ::calfcare_relief_step_kind ("ice", "stretch_bent", ...), or "unknown". */
CALFCARE_API const char *calfcare_relief_step_kind_name(int kind);
/**
 * The value of a word of a step kind ("get_ready", "ice", ...; field "step_kind"): the inverse of the _name() function above.
 * @param word  the word, exactly as the _name() function spells it.
 * @param value receives the value.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID naming the field and listing the
 *         accepted words.
 */
CALFCARE_API calfcare_status calfcare_relief_step_kind_parse(const char *word, int *value, calfcare_error *err);
/** @return "none", "left", "right", or "unknown". */
CALFCARE_API const char *calfcare_relief_side_name(int side);
/**
 * The value of a word of a side ("none", "left", "right"; field "side"): the inverse of the _name() function above.
 * @param word  the word, exactly as the _name() function spells it.
 * @param value receives the value.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID naming the field and listing the
 *         accepted words.
 */
CALFCARE_API calfcare_status calfcare_relief_side_parse(const char *word, int *value, calfcare_error *err);

/* ---- advice and cue codes --------------------------------------------------------------- */

/** Cue codes (2001-2018) and advice codes (2100-2113); texts via calfcare_reason_lookup(). Stable. */
typedef enum calfcare_relief_reason {
    CALFCARE_RELIEF_R_REST_ELEVATE = 2001, /**< cue of rest: stop, lie down, calf above the heart */
    CALFCARE_RELIEF_R_COMPRESS = 2002, /**< cue of compress: elastic bandage from toes to below the knee */
    CALFCARE_RELIEF_R_ICE = 2003, /**< cue of ice: damp cloth barrier, leg raised, stop if numb */
    CALFCARE_RELIEF_R_GET_READY = 2004, /**< cue of get_ready: into position before a hold */
    CALFCARE_RELIEF_R_STRETCH_STRAIGHT = 2005, /**< cue of stretch_straight */
    CALFCARE_RELIEF_R_STRETCH_BENT = 2006, /**< cue of stretch_bent */
    CALFCARE_RELIEF_R_FOAM_ROLL = 2007, /**< cue of foam_roll */
    CALFCARE_RELIEF_R_ANKLE_CIRCLES = 2008, /**< cue of ankle_circles */
    CALFCARE_RELIEF_R_LEG_SWINGS = 2009, /**< cue of leg_swings */
    CALFCARE_RELIEF_R_WALKING_LUNGES = 2010, /**< cue of walking_lunges */
    CALFCARE_RELIEF_R_SKIPS = 2011, /**< cue of skips */
    CALFCARE_RELIEF_R_CALF_RAISE_DOUBLE = 2012, /**< cue of calf_raise_double */
    CALFCARE_RELIEF_R_CALF_RAISE_SINGLE = 2013, /**< cue of calf_raise_single */
    CALFCARE_RELIEF_R_CALF_RAISE_ECCENTRIC = 2014, /**< cue of calf_raise_eccentric */
    CALFCARE_RELIEF_R_SET_REST = 2015, /**< cue of set_rest */
    CALFCARE_RELIEF_R_ICE_BREAK = 2016, /**< cue of ice_break: ice off for 10 min, leg still raised */
    CALFCARE_RELIEF_R_PAIN_CHECK = 2017, /**< cue of pain_check: rewarm, stop here unless the pain eases */
    CALFCARE_RELIEF_R_MASSAGE_BALL = 2018, /**< cue of massage_ball: ball under the calf, slow, pause on tender spots */
    CALFCARE_RELIEF_R_ICE_GAP = 2100,          /**< at least 60 min between ice applications */
    CALFCARE_RELIEF_R_ICE_MAX = 2101,          /**< never ice over 20 min */
    CALFCARE_RELIEF_R_ICE_CONTRA = 2102,       /**< no ice with reduced sensation, poor circulation */
    CALFCARE_RELIEF_R_COMPRESSION = 2103,      /**< loosen the bandage if toes tingle or go pale */
    CALFCARE_RELIEF_R_PAUSE_RUNNING = 2104,    /**< pause running until pain-free */
    CALFCARE_RELIEF_R_CROSS_TRAIN = 2105,      /**< swim or cycle meanwhile */
    CALFCARE_RELIEF_R_STRETCH_GENTLE = 2106,   /**< stretch once pain eases, gentle pull only */
    CALFCARE_RELIEF_R_NO_ROLL_CLOT = 2107,     /**< never roll a swollen, warm, red calf (F) */
    CALFCARE_RELIEF_R_WARMUP_DYNAMIC = 2108,   /**< dynamic drills before, static stretching after */
    CALFCARE_RELIEF_R_STRENGTH_PREVENTS = 2109, /**< strength training prevents injuries */
    CALFCARE_RELIEF_R_STRENGTH_PROGRESS = 2110, /**< progress a week only when pain-free */
    CALFCARE_RELIEF_R_PEACE_LOVE = 2111,       /**< PEACE & LOVE: gentle loading over long rest */
    CALFCARE_RELIEF_R_COOLDOWN_STATIC = 2112,  /**< static calf stretches after the run */
    CALFCARE_RELIEF_R_NO_SENSATION = 2113      /**< rest protocol: no ice, no bandage without normal sensation */
} calfcare_relief_reason;

/** calfcare_reason_lookup() for relief cue and advice codes (2000-2999) only: links only the relief
 *  table. @return the description, or NULL (another area's code, unknown, or a build without texts). */
CALFCARE_API const calfcare_reason *calfcare_relief_reason_lookup(int code);

/* ---- timer engine ----------------------------------------------------------------------- */

/** Events reported by the timer. Stable values; within one step they come in this order. */
typedef enum calfcare_relief_event_type {
    CALFCARE_RELIEF_EV_NONE = 0,         /**< "none": nothing was due (calfcare_relief_timer_poll()). */
    CALFCARE_RELIEF_EV_STEP_START = 1,   /**< "step_start": a step starts (due at its start). */
    CALFCARE_RELIEF_EV_SWITCH_SIDE = 2,  /**< "switch_side": the step starting is on the other leg. */
    CALFCARE_RELIEF_EV_HALFWAY = 3,      /**< "halfway": half of the step's duration has passed. */
    CALFCARE_RELIEF_EV_COUNTDOWN = 4,    /**< "countdown": 3, 2 and 1 s left (seconds_left). */
    CALFCARE_RELIEF_EV_STEP_DONE = 5,    /**< "step_done": the step's deadline was reached (or it was skipped). */
    CALFCARE_RELIEF_EV_SESSION_DONE = 6  /**< "session_done": the last step is done; reported once. */
} calfcare_relief_event_type;

/** An event is `late` when reported more than this many ms after it was due (a 10 Hz loop is not). */
#define CALFCARE_RELIEF_LATE_MS 1000u
/** calfcare_relief_timer_info::next_event_in_ms when no event can come (not running, paused, done). */
#define CALFCARE_RELIEF_NEVER 0xFFFFFFFFu

/** One timer event. */
typedef struct calfcare_relief_event {
    int type;              /**< ::calfcare_relief_event_type */
    uint32_t step;         /**< Index of the step it belongs to (0-based). */
    int kind;              /**< That step's ::calfcare_relief_step_kind. */
    int side;              /**< That step's ::calfcare_relief_side (the new side for a switch). */
    int cue;               /**< That step's cue code. */
    uint32_t due_ms;       /**< When it was due, on the caller's clock (ms, wraps at 2^32). */
    uint32_t late_ms;      /**< How long after due_ms it was reported, ms. */
    int late;              /**< 1 when late_ms > #CALFCARE_RELIEF_LATE_MS (after a jump): apps may stay quiet. */
    unsigned seconds_left; /**< #CALFCARE_RELIEF_EV_COUNTDOWN: 3, 2 or 1; else 0. */
    int skipped;           /**< #CALFCARE_RELIEF_EV_STEP_DONE: 1 when the step was ended by calfcare_relief_timer_skip(). */
} calfcare_relief_event;

/** Timer states. Stable values. */
typedef enum calfcare_relief_timer_state {
    CALFCARE_RELIEF_TIMER_READY = 1,   /**< "ready": initialised, not started. */
    CALFCARE_RELIEF_TIMER_RUNNING = 2, /**< "running" */
    CALFCARE_RELIEF_TIMER_PAUSED = 3,  /**< "paused" */
    CALFCARE_RELIEF_TIMER_DONE = 4     /**< "done": session_done has been reported. */
} calfcare_relief_timer_state;

/**
 * One step as the timer keeps it: 8 bytes, written by calfcare_relief_timer_init() or
 * calfcare_relief_timer_restore() into an array the caller provides (one per step of the
 * protocol; static RAM on a watch). Treat the members as private.
 */
typedef struct calfcare_relief_timer_step {
    uint32_t duration_ms_; /**< @private duration, ms */
    uint16_t cue_;         /**< @private cue code */
    uint8_t kind_;         /**< @private ::calfcare_relief_step_kind */
    uint8_t bits_;         /**< @private side (bits 0-1) and flags (bits 2-4) */
} calfcare_relief_timer_step;

/** Bytes of a saved timer before its steps (calfcare_relief_timer_save()). */
#define CALFCARE_RELIEF_TIMER_SAVED_HEAD 68
/** Bytes of a saved timer of @p n steps: #CALFCARE_RELIEF_TIMER_SAVED_HEAD + 8 per step. */
#define CALFCARE_RELIEF_TIMER_SAVED_SIZE(n) (CALFCARE_RELIEF_TIMER_SAVED_HEAD + 8 * (n))
/** Bytes of the largest saved timer (#CALFCARE_RELIEF_MAX_STEPS steps): 580. */
#define CALFCARE_RELIEF_TIMER_SAVED_MAX CALFCARE_RELIEF_TIMER_SAVED_SIZE(CALFCARE_RELIEF_MAX_STEPS)

/**
 * Timer state: plain data, caller-allocated (static RAM on a watch is fine), 72 bytes on a 32-bit
 * MCU and 80 on LP64 (at most 128 on any target), plus the caller's array of
 * ::calfcare_relief_timer_step (8 bytes a step: 24 for a 3-step RICE session) that it points to.
 * The protocol it was made from need not be kept. Treat the members as private. Persist it only
 * through calfcare_relief_timer_save() / calfcare_relief_timer_restore() (same library version).
 */
typedef struct calfcare_relief_timer {
    uint32_t magic_;      /**< @private */
    uint32_t version_;    /**< @private */
    uint32_t check_;      /**< @private checksum, set in saved copies only */
    uint32_t protocol_;   /**< @private */
    uint32_t count_;      /**< @private */
    uint32_t state_;      /**< @private */
    uint32_t step_;       /**< @private current step */
    uint32_t phase_;      /**< @private next event of the current step */
    uint32_t skipped_;    /**< @private */
    uint32_t start_;      /**< @private caller-clock time the current step started */
    uint32_t skip_at_;    /**< @private */
    uint32_t paused_at_;  /**< @private */
    uint32_t last_now_;   /**< @private latest clock reading */
    uint32_t total_ms_;   /**< @private */
    uint32_t due_;        /**< @private caller-clock time the next event is due, or last_now_ */
    uint32_t before_;     /**< @private durations of the finished steps, ms */
    uint32_t care_;       /**< @private care kinds of the steps */
    calfcare_relief_timer_step *steps_; /**< @private the caller's step array */
} calfcare_relief_timer;

/** Where the session is (calfcare_relief_timer_query()). */
typedef struct calfcare_relief_timer_info {
    int state;                    /**< ::calfcare_relief_timer_state */
    uint32_t step;                /**< Current step index (== step_count once done). */
    uint32_t step_count;          /**< Number of steps. */
    int kind;                     /**< Current step's kind (0 once done). */
    int side;                     /**< Current step's side. */
    int cue;                      /**< Current step's cue code (0 once done). */
    uint32_t step_duration_ms;    /**< Current step's planned duration, ms. */
    uint32_t step_elapsed_ms;     /**< Time into the current step, ms (at most its duration). */
    uint32_t step_remaining_ms;   /**< step_duration_ms - step_elapsed_ms (0 after a skip). */
    double step_progress;         /**< step_elapsed_ms / step_duration_ms, 0..1 (calfcare_relief_timer_query()
                                       only; 0 from calfcare_relief_timer_status()). */
    uint32_t session_elapsed_ms;  /**< Planned durations of the finished steps + step_elapsed_ms, ms. */
    uint32_t session_total_ms;    /**< Sum of all planned durations, ms. */
    uint32_t session_remaining_ms; /**< session_total_ms - session_elapsed_ms. */
    double session_progress;      /**< session_elapsed_ms / session_total_ms, 0..1 (calfcare_relief_timer_query()
                                       only; 0 from calfcare_relief_timer_status()). */
    uint32_t next_event_in_ms;    /**< ms until the next event is due (0: due now; call update), or
                                       #CALFCARE_RELIEF_NEVER. A watch can sleep this long. */
    uint32_t step_permille;       /**< step_elapsed_ms * 1000 / step_duration_ms, rounded down, 0..1000. */
    uint32_t session_permille;    /**< session_elapsed_ms * 1000 / session_total_ms, rounded down, 0..1000. */
    uint32_t reserved_[4];        /**< @private zero; room to grow without breaking the ABI. */
} calfcare_relief_timer_info;

/** @return sizeof(calfcare_relief_timer), bytes: 72 on a 32-bit MCU, 80 on LP64 (the steps are apart). */
CALFCARE_API size_t calfcare_relief_timer_size(void);

/**
 * Initialise @p timer for @p protocol; state "ready". The steps are copied into @p steps (8 bytes
 * each), which the timer uses from then on: keep that array alive and unmoved as long as the timer.
 * The protocol is checked as calfcare_relief_timer_restore() checks a blob: a known protocol id,
 * every step of a kind that protocol has, with its duration in that kind's bounds (ice 10-20 min,
 * stretch holds 20-30 s, ...; docs/relief.md), its cue code, care kind and flags as
 * calfcare_relief_build() makes them, and no blocked step (a refused protocol).
 * @param timer    the timer
 * @param protocol a protocol from calfcare_relief_build()
 * @param steps    caller array of at least protocol->count steps
 * @param cap      number of entries in @p steps
 * @param err      details on failure, may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_BUFFER (field "cap": fewer entries than steps),
 *         or #CALFCARE_E_INVALID (field "protocol", saying which step and rule).
 */
CALFCARE_API calfcare_status calfcare_relief_timer_init(calfcare_relief_timer *timer,
                                                        const calfcare_relief_protocol *protocol,
                                                        calfcare_relief_timer_step *steps, size_t cap,
                                                        calfcare_error *err);

/**
 * Start the session at @p now_ms (the caller's monotonic clock, ms). The first update at or after
 * @p now_ms reports step_start of step 0.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_STATE (not initialised, or already started).
 */
CALFCARE_API calfcare_status calfcare_relief_timer_start(calfcare_relief_timer *timer, uint32_t now_ms,
                                                         calfcare_error *err);

/**
 * Advance to @p now_ms and write the events that are due, oldest first, into @p events.
 * When more are due than @p cap, the rest stay pending and come with the next call (call again
 * with the same time to drain). Nothing is reported before start, while paused, after done, or
 * when @p now_ms is behind the latest time seen.
 * @param timer   the timer
 * @param now_ms  the caller's monotonic clock, ms (wraps at 2^32)
 * @param events  caller buffer of @p cap events
 * @param cap     1 .. SIZE_MAX-1 (0 and SIZE_MAX give #CALFCARE_E_BUFFER)
 * @param[out] count number of events written
 * @param err     details on failure, may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_BUFFER or #CALFCARE_E_STATE (not initialised).
 */
CALFCARE_API calfcare_status calfcare_relief_timer_update(calfcare_relief_timer *timer, uint32_t now_ms,
                                                          calfcare_relief_event *events, size_t cap,
                                                          size_t *count, calfcare_error *err);

/**
 * calfcare_relief_timer_update() one event at a time: writes the oldest due event into @p event,
 * or sets its type to #CALFCARE_RELIEF_EV_NONE when nothing is due. Poll until NONE.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_STATE.
 */
CALFCARE_API calfcare_status calfcare_relief_timer_poll(calfcare_relief_timer *timer, uint32_t now_ms,
                                                        calfcare_relief_event *event, calfcare_error *err);

/**
 * Pause at @p now_ms. Events already due stay pending. Pausing a paused timer does nothing.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_STATE (not running).
 */
CALFCARE_API calfcare_status calfcare_relief_timer_pause(calfcare_relief_timer *timer, uint32_t now_ms,
                                                         calfcare_error *err);

/**
 * Resume at @p now_ms: every deadline moves later by the time spent paused. Resuming a running
 * timer does nothing.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_STATE (not started or done).
 */
CALFCARE_API calfcare_status calfcare_relief_timer_resume(calfcare_relief_timer *timer, uint32_t now_ms,
                                                          calfcare_error *err);

/**
 * Skip the current step: it ends at @p now_ms (or at the pause time when paused). Its events that
 * were already due are still reported; the rest (halfway, countdown) are not; then step_done with
 * `skipped` set, and the next step starts at @p now_ms. A step whose deadline has already passed is
 * left as it is.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_STATE (not started or done).
 */
CALFCARE_API calfcare_status calfcare_relief_timer_skip(calfcare_relief_timer *timer, uint32_t now_ms,
                                                        calfcare_error *err);

/**
 * Where the session is at @p now_ms, without changing the timer (values are derived from the
 * deadlines; call update first so that the current step is up to date). Integers only: the
 * progress is in step_permille and session_permille; step_progress and session_progress are 0.
 * This is the call for firmware (no floating point).
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_STATE.
 */
CALFCARE_API calfcare_status calfcare_relief_timer_status(const calfcare_relief_timer *timer, uint32_t now_ms,
                                                          calfcare_relief_timer_info *info, calfcare_error *err);

/**
 * calfcare_relief_timer_status() plus step_progress and session_progress as doubles 0..1 (for
 * hosts; on a single-precision MCU this pulls in software double division).
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_STATE.
 */
CALFCARE_API calfcare_status calfcare_relief_timer_query(const calfcare_relief_timer *timer, uint32_t now_ms,
                                                         calfcare_relief_timer_info *info, calfcare_error *err);

/**
 * @return bytes calfcare_relief_timer_save() writes for @p timer:
 *         CALFCARE_RELIEF_TIMER_SAVED_SIZE(step count), 68 + 8 per step; 0 when @p timer is NULL or
 *         not initialised.
 */
CALFCARE_API size_t calfcare_relief_timer_saved_size(const calfcare_relief_timer *timer);

/**
 * Write the timer state and its steps with a checksum into @p buf (computed in place, no copy of
 * the timer on the stack).
 * @param timer the timer
 * @param buf where to write the saved state
 * @param cap size of @p buf, bytes: at least calfcare_relief_timer_saved_size() (else #CALFCARE_E_BUFFER)
 * @param err details on failure, may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_BUFFER or #CALFCARE_E_STATE.
 */
CALFCARE_API calfcare_status calfcare_relief_timer_save(const calfcare_relief_timer *timer, void *buf,
                                                        size_t cap, calfcare_error *err);

/**
 * Restore a state written by calfcare_relief_timer_save(). Checked before anything is written:
 * magic, version, size, checksum, every field of the state, and the meaning of the steps as
 * calfcare_relief_timer_init() checks a protocol (so a forged or stale blob with a good checksum is
 * refused too). @p timer and @p steps are unchanged on error. Events that fell due while the app
 * was not running are reported by the next update, late.
 * @param timer receives the state
 * @param steps caller array that receives the steps (the timer uses it from then on)
 * @param cap number of entries in @p steps: at least the blob's step count (else #CALFCARE_E_BUFFER)
 * @param buf the saved state
 * @param len size of the blob, bytes: must equal CALFCARE_RELIEF_TIMER_SAVED_SIZE(its step count)
 * @param err details on failure (field "len", "buf" or "cap"), may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_BUFFER, or #CALFCARE_E_STATE (wrong size,
 *         foreign, corrupt, impossible or unknown values).
 */
CALFCARE_API calfcare_status calfcare_relief_timer_restore(calfcare_relief_timer *timer,
                                                           calfcare_relief_timer_step *steps, size_t cap,
                                                           const void *buf, size_t len, calfcare_error *err);

/** @return "none", "step_start", "switch_side", "halfway", "countdown", "step_done", "session_done", or "unknown". */
CALFCARE_API const char *calfcare_relief_event_name(int type);
/**
 * The value of a word of a timer event type ("none", "step_start", ...; field "event"): the inverse of the _name() function above.
 * @param word  the word, exactly as the _name() function spells it.
 * @param value receives the value.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID naming the field and listing the
 *         accepted words.
 */
CALFCARE_API calfcare_status calfcare_relief_event_parse(const char *word, int *value, calfcare_error *err);
/** @return "ready", "running", "paused", "done", or "unknown". */
CALFCARE_API const char *calfcare_relief_timer_state_name(int state);
/**
 * The value of a word of a timer state ("ready", "running", "paused", "done"; field "timer_state"): the inverse of the _name() function above.
 * @param word  the word, exactly as the _name() function spells it.
 * @param value receives the value.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID naming the field and listing the
 *         accepted words.
 */
CALFCARE_API calfcare_status calfcare_relief_timer_state_parse(const char *word, int *value, calfcare_error *err);

#ifdef __cplusplus
}
#endif

#endif /* CALFCARE_RELIEF_H */
