/* Tests of calfcare/relief.h: every protocol's schedule (totals worked out by hand from the step
 * durations in docs/relief.md), every parameter bound, the 60-minute ice gap, blocked steps, and
 * the timer engine (2^32 wrap, clock going backwards, long jumps, pause/resume/skip,
 * save/restore, corrupt blobs). */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include <calfcare.h>

#include "suites.h"

/* Step storage for the timers of these tests: one array per timer address (a timer on the stack of
 * one test gets the array of the timer that had its address before, which is fine: one test at a
 * time). */
static calfcare_relief_timer_step *steps_for(const void *t) /* the timer's address only */
{
    static struct {
        const void *t;
        calfcare_relief_timer_step steps[CALFCARE_RELIEF_MAX_STEPS];
    } pool[8];
    size_t i;
    for (i = 0; i < 8; i++)
        if (pool[i].t == t || !pool[i].t) {
            pool[i].t = t;
            return pool[i].steps;
        }
    return pool[7].steps;
}
#define STEPS(t) steps_for(t), CALFCARE_RELIEF_MAX_STEPS

/* ---- helpers ------------------------------------------------------------------------------ */

static calfcare_relief_params defaults(void)
{
    calfcare_relief_params p;
    ck_assert_int_eq(calfcare_relief_params_init(&p, NULL), CALFCARE_OK);
    return p;
}

static void build_ok(int id, const calfcare_relief_params *p, calfcare_relief_protocol *out)
{
    calfcare_error err;
    calfcare_status st = calfcare_relief_build(id, p, NULL, out, &err);
    ck_assert_msg(st == CALFCARE_OK, "build %d: %s", id, err.message);
}

static void check_step(const calfcare_relief_protocol *pr, size_t i, int kind, int side, uint32_t start_ms,
                       uint32_t duration_ms)
{
    ck_assert_uint_lt(i, pr->count);
    ck_assert_str_eq(calfcare_relief_step_kind_name(pr->steps[i].kind), calfcare_relief_step_kind_name(kind));
    ck_assert_int_eq(pr->steps[i].side, side);
    ck_assert_uint_eq(pr->steps[i].start_ms, start_ms);
    ck_assert_uint_eq(pr->steps[i].duration_ms, duration_ms);
}

/* Starts are the running sum of durations; the total is the last start + duration. */
static void check_sums(const calfcare_relief_protocol *pr)
{
    uint32_t at = 0;
    size_t i;
    for (i = 0; i < pr->count; i++) {
        ck_assert_uint_eq(pr->steps[i].start_ms, at);
        ck_assert_ptr_nonnull(calfcare_reason_lookup(pr->steps[i].cue));
        at += pr->steps[i].duration_ms;
    }
    ck_assert_uint_eq(pr->total_ms, at);
}

static int has_advice(const calfcare_relief_protocol *pr, int code)
{
    size_t i;
    for (i = 0; i < pr->advice_count; i++)
        if (pr->advice[i] == code)
            return 1;
    return 0;
}

/* ---- parameters and names ------------------------------------------------------------------ */

START_TEST(test_params_defaults)
{
    calfcare_relief_params p = defaults();
    calfcare_error err;
    ck_assert(p.ice_min == 15.0 && p.hold_s == 30.0 && p.reps == 3.0 && p.roll_s == 60.0);
    ck_assert(p.sets == 3.0 && p.week == 1.0 && p.last_ice_ended_min_ago == -1.0 && p.ice_rounds == 1.0);
    ck_assert_int_eq(calfcare_relief_params_init(NULL, &err), CALFCARE_E_NULL);
    ck_assert_str_eq(err.field, "params");
}
END_TEST

START_TEST(test_names)
{
    int i;
    ck_assert_str_eq(calfcare_relief_name(CALFCARE_RELIEF_RICE), "rice");
    ck_assert_str_eq(calfcare_relief_name(CALFCARE_RELIEF_STRENGTH), "strength");
    ck_assert_str_eq(calfcare_relief_name(0), "unknown");
    ck_assert_str_eq(calfcare_relief_name(CALFCARE_RELIEF_REST), "rest");
    ck_assert_str_eq(calfcare_relief_name(9), "unknown");
    for (i = 1; i <= 8; i++)
    {
        int id = -1;
        ck_assert_int_eq(calfcare_relief_parse(calfcare_relief_name(i), &id, NULL), CALFCARE_OK);
        ck_assert_int_eq(id, i);
    }
    {
        int id = 42;
        calfcare_error e;
        ck_assert_int_eq(calfcare_relief_parse("RICE", &id, &e), CALFCARE_E_INVALID);
        ck_assert_int_eq(id, 42);
        ck_assert_str_eq(e.field, "protocol");
        ck_assert_str_eq(e.message, "protocol: unknown word 'RICE'; accepted: rice|stretch|roll|full|warmup|cooldown|strength|rest");
        ck_assert_int_eq(calfcare_relief_parse(NULL, &id, NULL), CALFCARE_E_NULL);
    }
    ck_assert(!calfcare_relief_is_routine(CALFCARE_RELIEF_FULL));
    ck_assert(calfcare_relief_is_routine(CALFCARE_RELIEF_WARMUP));
    ck_assert(calfcare_relief_is_routine(CALFCARE_RELIEF_STRENGTH));
    ck_assert(!calfcare_relief_is_routine(8));
    ck_assert_str_eq(calfcare_relief_step_kind_name(CALFCARE_RELIEF_STEP_ICE), "ice");
    ck_assert_str_eq(calfcare_relief_step_kind_name(CALFCARE_RELIEF_STEP_SET_REST), "set_rest");
    ck_assert_str_eq(calfcare_relief_step_kind_name(CALFCARE_RELIEF_STEP_ICE_BREAK), "ice_break");
    ck_assert_str_eq(calfcare_relief_step_kind_name(CALFCARE_RELIEF_STEP_PAIN_CHECK), "pain_check");
    ck_assert_str_eq(calfcare_relief_step_kind_name(CALFCARE_RELIEF_STEP_MASSAGE_BALL), "massage_ball");
    ck_assert_str_eq(calfcare_relief_step_kind_name(19), "unknown");
    ck_assert_str_eq(calfcare_relief_tool_name(CALFCARE_RELIEF_TOOL_ROLLER), "roller");
    ck_assert_str_eq(calfcare_relief_tool_name(CALFCARE_RELIEF_TOOL_BALL), "ball");
    ck_assert_str_eq(calfcare_relief_tool_name(2), "unknown");
    ck_assert_str_eq(calfcare_relief_tool_name(-1), "unknown");
    {
        int t = -1;
        calfcare_error e;
        ck_assert_int_eq(calfcare_relief_tool_parse("ball", &t, NULL), CALFCARE_OK);
        ck_assert_int_eq(t, CALFCARE_RELIEF_TOOL_BALL);
        ck_assert_int_eq(calfcare_relief_tool_parse("roller", &t, NULL), CALFCARE_OK);
        ck_assert_int_eq(t, CALFCARE_RELIEF_TOOL_ROLLER);
        ck_assert_int_eq(calfcare_relief_tool_parse("Ball", &t, &e), CALFCARE_E_INVALID);
        ck_assert_str_eq(e.message, "tool: unknown word 'Ball'; accepted: roller|ball");
        ck_assert_int_eq(t, CALFCARE_RELIEF_TOOL_ROLLER);
        ck_assert_int_eq(calfcare_relief_tool_parse(NULL, &t, NULL), CALFCARE_E_NULL);
    }
    ck_assert_str_eq(calfcare_relief_side_name(CALFCARE_RELIEF_SIDE_RIGHT), "right");
    ck_assert_str_eq(calfcare_relief_side_name(3), "unknown");
    ck_assert_str_eq(calfcare_relief_event_name(CALFCARE_RELIEF_EV_SESSION_DONE), "session_done");
    ck_assert_str_eq(calfcare_relief_event_name(7), "unknown");
    ck_assert_str_eq(calfcare_relief_timer_state_name(CALFCARE_RELIEF_TIMER_PAUSED), "paused");
    ck_assert_str_eq(calfcare_relief_timer_state_name(0), "unknown");
}
END_TEST

START_TEST(test_reason_table)
{
    int code, n = 0;
    for (code = 2000; code < 3000; code++) {
        const calfcare_reason *r = calfcare_reason_lookup(code);
        if (!r)
            continue;
        n++;
        ck_assert_int_eq(r->code, code);
        ck_assert(strlen(r->name) > 0 && strlen(r->text) > 0 && strlen(r->source) > 0);
        ck_assert_msg(strchr("SMWCF", r->strength[0]) && r->strength[1] == '\0', "%d strength", code);
    }
    /* 18 cues (2001-2018) + 14 advice codes (2100-2113) */
    ck_assert_int_eq(n, 32);
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_RELIEF_R_MASSAGE_BALL)->name, "massage_ball");
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_RELIEF_R_MASSAGE_BALL)->source, "brief");
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_RELIEF_R_ICE_BREAK)->source, "bleakley2006");
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_RELIEF_R_ICE_GAP)->name, "ice_gap_60");
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_RELIEF_R_NO_ROLL_CLOT)->strength, "F");
    ck_assert_ptr_null(calfcare_reason_lookup(2000));
}
END_TEST

/* ---- schedules ----------------------------------------------------------------------------- */

START_TEST(test_rice_schedule)
{
    calfcare_relief_params p = defaults();
    calfcare_relief_protocol pr;
    build_ok(CALFCARE_RELIEF_RICE, &p, &pr);
    ck_assert_int_eq(pr.protocol, CALFCARE_RELIEF_RICE);
    ck_assert_uint_eq(pr.count, 3);
    check_step(&pr, 0, CALFCARE_RELIEF_STEP_REST, CALFCARE_RELIEF_SIDE_NONE, 0, 60000);
    check_step(&pr, 1, CALFCARE_RELIEF_STEP_COMPRESS, CALFCARE_RELIEF_SIDE_NONE, 60000, 60000);
    check_step(&pr, 2, CALFCARE_RELIEF_STEP_ICE, CALFCARE_RELIEF_SIDE_NONE, 120000, 900000); /* 15 min */
    ck_assert_uint_eq(pr.total_ms, 1020000); /* 60 + 60 + 900 s */
    check_sums(&pr);
    ck_assert_int_eq(pr.steps[2].cue, CALFCARE_RELIEF_R_ICE);
    ck_assert_uint_eq(pr.steps[2].care, CALFCARE_CARE_ICE);
    ck_assert_uint_eq(pr.steps[0].care, 0);
    /* ice: halfway + countdown; rest: countdown only (no halfway for set-up steps) */
    ck_assert_uint_eq(pr.steps[2].flags, CALFCARE_RELIEF_STEP_HALFWAY | CALFCARE_RELIEF_STEP_COUNTDOWN);
    ck_assert_uint_eq(pr.steps[0].flags, CALFCARE_RELIEF_STEP_COUNTDOWN);
    ck_assert(has_advice(&pr, CALFCARE_RELIEF_R_ICE_GAP));
    ck_assert(has_advice(&pr, CALFCARE_RELIEF_R_COMPRESSION));
    ck_assert(has_advice(&pr, CALFCARE_RELIEF_R_PAUSE_RUNNING));
    ck_assert(has_advice(&pr, CALFCARE_RELIEF_R_CROSS_TRAIN));
    ck_assert_uint_eq(pr.week, 0);

    p.ice_min = 20;
    build_ok(CALFCARE_RELIEF_RICE, &p, &pr);
    ck_assert_uint_eq(pr.steps[2].duration_ms, 1200000); /* 20 min */
    ck_assert_uint_eq(pr.total_ms, 1320000);             /* 60 + 60 + 1200 s */
    p.ice_min = 17.5;
    build_ok(CALFCARE_RELIEF_RICE, &p, &pr);
    ck_assert_uint_eq(pr.steps[2].duration_ms, 1050000); /* 17.5 x 60000 */
}
END_TEST

/* Intermittent ice (Bleakley 2006): 10 min on, 10 off with the leg raised, 10 on. */
START_TEST(test_rice_intermittent)
{
    calfcare_relief_params p = defaults();
    calfcare_relief_protocol pr;
    p.ice_rounds = 2;
    p.ice_min = 20; /* not used by the intermittent pattern (still validated) */
    build_ok(CALFCARE_RELIEF_RICE, &p, &pr);
    ck_assert_uint_eq(pr.count, 5);
    check_step(&pr, 0, CALFCARE_RELIEF_STEP_REST, CALFCARE_RELIEF_SIDE_NONE, 0, 60000);
    check_step(&pr, 1, CALFCARE_RELIEF_STEP_COMPRESS, CALFCARE_RELIEF_SIDE_NONE, 60000, 60000);
    check_step(&pr, 2, CALFCARE_RELIEF_STEP_ICE, CALFCARE_RELIEF_SIDE_NONE, 120000, 600000);
    check_step(&pr, 3, CALFCARE_RELIEF_STEP_ICE_BREAK, CALFCARE_RELIEF_SIDE_NONE, 720000, 600000);
    check_step(&pr, 4, CALFCARE_RELIEF_STEP_ICE, CALFCARE_RELIEF_SIDE_NONE, 1320000, 600000);
    ck_assert_uint_eq(pr.total_ms, 1920000); /* 60 + 60 + 600 + 600 + 600 s = 32 min */
    check_sums(&pr);
    /* the break is not ice (no care kind, nothing to block), has its own cue, no halfway */
    ck_assert_uint_eq(pr.steps[3].care, 0);
    ck_assert_uint_eq(pr.steps[4].care, CALFCARE_CARE_ICE);
    ck_assert_int_eq(pr.steps[3].cue, CALFCARE_RELIEF_R_ICE_BREAK);
    ck_assert_uint_eq(pr.steps[3].flags, CALFCARE_RELIEF_STEP_COUNTDOWN);
    ck_assert_uint_eq(pr.steps[4].flags, CALFCARE_RELIEF_STEP_HALFWAY | CALFCARE_RELIEF_STEP_COUNTDOWN);
    ck_assert(has_advice(&pr, CALFCARE_RELIEF_R_ICE_GAP));
    /* full: rice's 5 steps first, the 10 min pain check, then the stretch and roll steps */
    build_ok(CALFCARE_RELIEF_FULL, &p, &pr);
    ck_assert_int_eq(pr.steps[3].kind, CALFCARE_RELIEF_STEP_ICE_BREAK);
    check_step(&pr, 5, CALFCARE_RELIEF_STEP_PAIN_CHECK, CALFCARE_RELIEF_SIDE_NONE, 1920000, 600000);
    ck_assert_int_eq(pr.steps[6].kind, CALFCARE_RELIEF_STEP_GET_READY);
    ck_assert_uint_eq(pr.steps[6].start_ms, 2520000); /* 1920 + 600 s */
    /* protocols without ice are unchanged by ice_rounds */
    build_ok(CALFCARE_RELIEF_STRETCH, &p, &pr);
    ck_assert_int_eq(pr.steps[0].kind, CALFCARE_RELIEF_STEP_GET_READY);
}
END_TEST

START_TEST(test_stretch_schedule)
{
    calfcare_relief_params p = defaults();
    calfcare_relief_protocol pr;
    size_t i;
    build_ok(CALFCARE_RELIEF_STRETCH, &p, &pr);
    /* 2 variants x 3 holds x 2 sides x (5 s get-ready + 30 s hold) = 24 steps, 420 s */
    ck_assert_uint_eq(pr.count, 24);
    ck_assert_uint_eq(pr.total_ms, 420000);
    check_sums(&pr);
    check_step(&pr, 0, CALFCARE_RELIEF_STEP_GET_READY, CALFCARE_RELIEF_SIDE_LEFT, 0, 5000);
    check_step(&pr, 1, CALFCARE_RELIEF_STEP_STRETCH_STRAIGHT, CALFCARE_RELIEF_SIDE_LEFT, 5000, 30000);
    check_step(&pr, 2, CALFCARE_RELIEF_STEP_GET_READY, CALFCARE_RELIEF_SIDE_RIGHT, 35000, 5000);
    check_step(&pr, 3, CALFCARE_RELIEF_STEP_STRETCH_STRAIGHT, CALFCARE_RELIEF_SIDE_RIGHT, 40000, 30000);
    /* the bent-knee variant starts after 6 x 35 s = 210 s; its first hold at 215 s */
    check_step(&pr, 12, CALFCARE_RELIEF_STEP_GET_READY, CALFCARE_RELIEF_SIDE_LEFT, 210000, 5000);
    check_step(&pr, 13, CALFCARE_RELIEF_STEP_STRETCH_BENT, CALFCARE_RELIEF_SIDE_LEFT, 215000, 30000);
    check_step(&pr, 23, CALFCARE_RELIEF_STEP_STRETCH_BENT, CALFCARE_RELIEF_SIDE_RIGHT, 390000, 30000);
    /* sides alternate: every get-ready except the first switches leg; holds stay on it */
    ck_assert_uint_eq(pr.steps[0].flags & CALFCARE_RELIEF_STEP_SWITCH_SIDE, 0);
    for (i = 1; i < pr.count; i++)
        ck_assert_uint_eq(!!(pr.steps[i].flags & CALFCARE_RELIEF_STEP_SWITCH_SIDE),
                          pr.steps[i].kind == CALFCARE_RELIEF_STEP_GET_READY);
    ck_assert_uint_eq(pr.steps[0].flags, CALFCARE_RELIEF_STEP_COUNTDOWN); /* 5 s: no halfway */
    ck_assert_uint_eq(pr.steps[1].flags, CALFCARE_RELIEF_STEP_HALFWAY | CALFCARE_RELIEF_STEP_COUNTDOWN);
    ck_assert_uint_eq(pr.steps[1].care, CALFCARE_CARE_STRETCH);
    ck_assert_uint_eq(pr.steps[0].care, 0);
    ck_assert(has_advice(&pr, CALFCARE_RELIEF_R_STRETCH_GENTLE));
    ck_assert(!has_advice(&pr, CALFCARE_RELIEF_R_ICE_GAP));

    p.reps = 1;
    p.hold_s = 20;
    build_ok(CALFCARE_RELIEF_STRETCH, &p, &pr);
    ck_assert_uint_eq(pr.count, 8);         /* 2 x 1 x 2 x 2 */
    ck_assert_uint_eq(pr.total_ms, 100000); /* 2 x 1 x 2 x (5 + 20) s */
    p.reps = 5;
    p.hold_s = 30;
    build_ok(CALFCARE_RELIEF_STRETCH, &p, &pr);
    ck_assert_uint_eq(pr.count, 40);        /* 2 x 5 x 2 x 2 */
    ck_assert_uint_eq(pr.total_ms, 700000); /* 2 x 5 x 2 x 35 s */
    check_sums(&pr);
}
END_TEST

START_TEST(test_roll_schedule)
{
    calfcare_relief_params p = defaults();
    calfcare_relief_protocol pr;
    build_ok(CALFCARE_RELIEF_ROLL, &p, &pr);
    ck_assert_uint_eq(pr.count, 6);         /* 3 sets x 2 legs */
    ck_assert_uint_eq(pr.total_ms, 360000); /* 6 x 60 s */
    check_sums(&pr);
    check_step(&pr, 0, CALFCARE_RELIEF_STEP_FOAM_ROLL, CALFCARE_RELIEF_SIDE_LEFT, 0, 60000);
    check_step(&pr, 1, CALFCARE_RELIEF_STEP_FOAM_ROLL, CALFCARE_RELIEF_SIDE_RIGHT, 60000, 60000);
    check_step(&pr, 5, CALFCARE_RELIEF_STEP_FOAM_ROLL, CALFCARE_RELIEF_SIDE_RIGHT, 300000, 60000);
    ck_assert_uint_eq(pr.steps[1].flags & CALFCARE_RELIEF_STEP_SWITCH_SIDE, CALFCARE_RELIEF_STEP_SWITCH_SIDE);
    ck_assert_uint_eq(pr.steps[1].care, CALFCARE_CARE_FOAM_ROLL);
    ck_assert(has_advice(&pr, CALFCARE_RELIEF_R_NO_ROLL_CLOT));

    p.sets = 1;
    p.roll_s = 30;
    build_ok(CALFCARE_RELIEF_ROLL, &p, &pr);
    ck_assert_uint_eq(pr.count, 2);
    ck_assert_uint_eq(pr.total_ms, 60000); /* 2 x 30 s */
    p.sets = 3;
    p.roll_s = 120;
    build_ok(CALFCARE_RELIEF_ROLL, &p, &pr);
    ck_assert_uint_eq(pr.total_ms, 720000); /* 6 x 120 s */
}
END_TEST

/* The massage ball: the roller's dose (sets x left, right x roll_s) in massage_ball steps with
 * their own cue, counted as foam_roll for blocking. */
START_TEST(test_roll_with_ball)
{
    calfcare_relief_params p = defaults();
    calfcare_relief_iparams ip;
    calfcare_relief_protocol pr;
    calfcare_blocked b;
    calfcare_error err;
    size_t i;
    ck_assert(p.tool == CALFCARE_RELIEF_TOOL_ROLLER);
    p.tool = CALFCARE_RELIEF_TOOL_BALL;
    build_ok(CALFCARE_RELIEF_ROLL, &p, &pr);
    ck_assert_uint_eq(pr.count, 6);         /* 3 sets x 2 legs, as with the roller */
    ck_assert_uint_eq(pr.total_ms, 360000); /* 6 x 60 s */
    check_sums(&pr);
    check_step(&pr, 0, CALFCARE_RELIEF_STEP_MASSAGE_BALL, CALFCARE_RELIEF_SIDE_LEFT, 0, 60000);
    check_step(&pr, 5, CALFCARE_RELIEF_STEP_MASSAGE_BALL, CALFCARE_RELIEF_SIDE_RIGHT, 300000, 60000);
    for (i = 0; i < pr.count; i++) {
        ck_assert_int_eq(pr.steps[i].cue, CALFCARE_RELIEF_R_MASSAGE_BALL);
        ck_assert_uint_eq(pr.steps[i].care, CALFCARE_CARE_FOAM_ROLL);
        ck_assert_uint_eq(pr.steps[i].flags & (CALFCARE_RELIEF_STEP_HALFWAY | CALFCARE_RELIEF_STEP_COUNTDOWN),
                          CALFCARE_RELIEF_STEP_HALFWAY | CALFCARE_RELIEF_STEP_COUNTDOWN);
    }
    ck_assert(has_advice(&pr, CALFCARE_RELIEF_R_NO_ROLL_CLOT));
    ck_assert_uint_eq(calfcare_relief_care(CALFCARE_RELIEF_ROLL), CALFCARE_CARE_FOAM_ROLL); /* whatever the tool */
    /* full: the same 34 steps, the rolling ones on the ball (28 is the first, at 2040 s) */
    build_ok(CALFCARE_RELIEF_FULL, &p, &pr);
    ck_assert_uint_eq(pr.count, 34);
    check_step(&pr, 28, CALFCARE_RELIEF_STEP_MASSAGE_BALL, CALFCARE_RELIEF_SIDE_LEFT, 2040000, 60000);
    /* The ball where nothing rolls is an error naming the tool and the protocols that take it, in
     * both APIs (never a choice silently lost); the roller, the default, goes with any protocol. */
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, NULL, &pr, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "tool");
    ck_assert_str_eq(err.message, "tool: ball and 'rice' conflict: tool applies to the protocols that roll (roll, full)");
    ck_assert_uint_eq(pr.count, 0);
    for (i = CALFCARE_RELIEF_RICE; i <= CALFCARE_RELIEF_REST; i++) {
        calfcare_status want = i == CALFCARE_RELIEF_ROLL || i == CALFCARE_RELIEF_FULL ? CALFCARE_OK : CALFCARE_E_INVALID;
        ck_assert_int_eq(calfcare_relief_build((int)i, &p, NULL, &pr, NULL), want);
    }
    ck_assert_int_eq(calfcare_relief_iparams_init(&ip, NULL), CALFCARE_OK);
    ip.tool = CALFCARE_RELIEF_TOOL_BALL;
    ck_assert_int_eq(calfcare_relief_build_int(CALFCARE_RELIEF_STRENGTH, &ip, NULL, &pr, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "tool");
    ck_assert_str_eq(err.message,
                     "tool: ball and 'strength' conflict: tool applies to the protocols that roll (roll, full)");
    p.tool = CALFCARE_RELIEF_TOOL_ROLLER;
    build_ok(CALFCARE_RELIEF_RICE, &p, &pr);
    ck_assert_uint_eq(pr.count, 3);
    p.tool = CALFCARE_RELIEF_TOOL_BALL;
    /* Blocked as rolling: the refusal names the ball step. */
    memset(&b, 0, sizeof b);
    ck_assert_int_eq(calfcare_relief_block(&b, CALFCARE_CARE_FOAM_ROLL, CALFCARE_FLAG_DVT, NULL), CALFCARE_OK);
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_ROLL, &p, &b, &pr, &err), CALFCARE_E_BLOCKED);
    ck_assert_int_eq(pr.blocked_kind, CALFCARE_RELIEF_STEP_MASSAGE_BALL);
    ck_assert_ptr_nonnull(strstr(err.message, "the massage_ball step is refused: foam_roll is blocked by the red flag dvt"));
    /* Bad tools: out of range, not whole, NaN; the integer API too. */
    p.tool = 2;
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_ROLL, &p, NULL, &pr, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "tool");
    ck_assert_str_eq(err.message, "tool: accepted: 0 (roller), 1 (ball); got 2");
    ck_assert(err.value == 2 && err.min == 0 && err.max == 1);
    p.tool = -1;
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, NULL, &pr, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "tool");
    ck_assert_int_eq(calfcare_relief_iparams_init(&ip, NULL), CALFCARE_OK);
    ck_assert_uint_eq(ip.tool, CALFCARE_RELIEF_TOOL_ROLLER);
    ip.tool = 2;
    ck_assert_int_eq(calfcare_relief_build_int(CALFCARE_RELIEF_ROLL, &ip, NULL, &pr, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "tool");
    ip.tool = CALFCARE_RELIEF_TOOL_BALL;
    ck_assert_int_eq(calfcare_relief_build_int(CALFCARE_RELIEF_ROLL, &ip, NULL, &pr, &err), CALFCARE_OK);
    ck_assert_int_eq(pr.steps[0].kind, CALFCARE_RELIEF_STEP_MASSAGE_BALL);
}
END_TEST

/* The timer's kind rules take the ball where the builder makes it (roll, full; 30-120 s), and only
 * there; a saved ball session restores. */
START_TEST(test_timer_takes_the_ball)
{
    calfcare_relief_params p = defaults();
    calfcare_relief_protocol pr, bad;
    calfcare_relief_timer t, t2;
    calfcare_relief_timer_step steps[CALFCARE_RELIEF_MAX_STEPS], steps2[CALFCARE_RELIEF_MAX_STEPS];
    unsigned char blob[CALFCARE_RELIEF_TIMER_SAVED_MAX];
    calfcare_relief_timer_info info;
    calfcare_error err;
    p.tool = CALFCARE_RELIEF_TOOL_BALL;
    build_ok(CALFCARE_RELIEF_FULL, &p, &pr);
    ck_assert_int_eq(calfcare_relief_timer_init(&t, &pr, steps, CALFCARE_RELIEF_MAX_STEPS, &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_relief_timer_start(&t, 1000, NULL), CALFCARE_OK);
    ck_assert_int_eq(calfcare_relief_timer_save(&t, blob, sizeof blob, &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_relief_timer_restore(&t2, steps2, CALFCARE_RELIEF_MAX_STEPS, blob,
                                                   CALFCARE_RELIEF_TIMER_SAVED_SIZE(pr.count), &err),
                     CALFCARE_OK);
    ck_assert_int_eq(calfcare_relief_timer_status(&t2, 1000, &info, &err), CALFCARE_OK);
    ck_assert_uint_eq(info.session_total_ms, pr.total_ms);
    /* A ball step where the builder never puts one (rice) is refused; so is one shorter than 30 s. */
    p.tool = CALFCARE_RELIEF_TOOL_ROLLER; /* rice takes no ball */
    build_ok(CALFCARE_RELIEF_RICE, &p, &bad);
    bad.steps[2].kind = CALFCARE_RELIEF_STEP_MASSAGE_BALL;
    bad.steps[2].cue = CALFCARE_RELIEF_R_MASSAGE_BALL;
    bad.steps[2].care = CALFCARE_CARE_FOAM_ROLL;
    ck_assert_int_eq(calfcare_relief_timer_init(&t, &bad, steps, CALFCARE_RELIEF_MAX_STEPS, &err), CALFCARE_E_INVALID);
    ck_assert_ptr_nonnull(strstr(err.message, "a step kind this protocol does not have"));
    bad = pr;
    bad.steps[28].duration_ms = 29000;
    ck_assert_int_eq(calfcare_relief_timer_init(&t, &bad, steps, CALFCARE_RELIEF_MAX_STEPS, &err), CALFCARE_E_INVALID);
    ck_assert_ptr_nonnull(strstr(err.message, "a duration outside the bounds of its kind"));
}
END_TEST

START_TEST(test_full_schedule)
{
    calfcare_relief_params p = defaults();
    calfcare_relief_protocol pr;
    build_ok(CALFCARE_RELIEF_FULL, &p, &pr);
    /* rice 3 steps 1020 s + pain check 600 s + stretch 24 steps 420 s + roll 6 steps 360 s */
    ck_assert_uint_eq(pr.count, 34);
    ck_assert_uint_eq(pr.total_ms, 2400000);
    check_sums(&pr);
    check_step(&pr, 2, CALFCARE_RELIEF_STEP_ICE, CALFCARE_RELIEF_SIDE_NONE, 120000, 900000);
    /* Stretching never starts on the iced calf: a pain check (the calf rewarms; stop unless the
     * pain eases) comes first. No care kind, its own cue, no halfway. */
    check_step(&pr, 3, CALFCARE_RELIEF_STEP_PAIN_CHECK, CALFCARE_RELIEF_SIDE_NONE, 1020000, 600000);
    ck_assert_uint_eq(pr.steps[3].care, 0);
    ck_assert_int_eq(pr.steps[3].cue, CALFCARE_RELIEF_R_PAIN_CHECK);
    ck_assert_uint_eq(pr.steps[3].flags, CALFCARE_RELIEF_STEP_COUNTDOWN);
    check_step(&pr, 4, CALFCARE_RELIEF_STEP_GET_READY, CALFCARE_RELIEF_SIDE_LEFT, 1620000, 5000);
    check_step(&pr, 28, CALFCARE_RELIEF_STEP_FOAM_ROLL, CALFCARE_RELIEF_SIDE_LEFT, 2040000, 60000);
    /* the last hold was on the right leg: rolling the left leg is a switch */
    ck_assert_uint_eq(pr.steps[28].flags & CALFCARE_RELIEF_STEP_SWITCH_SIDE, CALFCARE_RELIEF_STEP_SWITCH_SIDE);
    ck_assert(has_advice(&pr, CALFCARE_RELIEF_R_ICE_GAP));
    ck_assert(has_advice(&pr, CALFCARE_RELIEF_R_STRETCH_GENTLE));
    ck_assert(has_advice(&pr, CALFCARE_RELIEF_R_NO_ROLL_CLOT));
    ck_assert_uint_le(pr.advice_count, CALFCARE_RELIEF_MAX_ADVICE);

    /* the longest protocol of all: 3 + 1 + 40 + 6 = 50 steps, 1320 + 600 + 700 + 720 = 3340 s */
    p.ice_min = 20;
    p.reps = 5;
    p.roll_s = 120;
    build_ok(CALFCARE_RELIEF_FULL, &p, &pr);
    ck_assert_uint_eq(pr.count, 50);
    ck_assert_uint_eq(pr.total_ms, 3340000);
    check_sums(&pr);
}
END_TEST

START_TEST(test_warmup_cooldown_schedule)
{
    calfcare_relief_params p = defaults();
    calfcare_relief_protocol pr;
    build_ok(CALFCARE_RELIEF_WARMUP, &p, &pr);
    /* ankle circles 30 + 30, leg swings 30 + 30, lunges 60, skips 60 = 240 s */
    ck_assert_uint_eq(pr.count, 6);
    ck_assert_uint_eq(pr.total_ms, 240000);
    check_sums(&pr);
    check_step(&pr, 0, CALFCARE_RELIEF_STEP_ANKLE_CIRCLES, CALFCARE_RELIEF_SIDE_LEFT, 0, 30000);
    check_step(&pr, 3, CALFCARE_RELIEF_STEP_LEG_SWINGS, CALFCARE_RELIEF_SIDE_RIGHT, 90000, 30000);
    check_step(&pr, 4, CALFCARE_RELIEF_STEP_WALKING_LUNGES, CALFCARE_RELIEF_SIDE_NONE, 120000, 60000);
    check_step(&pr, 5, CALFCARE_RELIEF_STEP_SKIPS, CALFCARE_RELIEF_SIDE_NONE, 180000, 60000);
    ck_assert_uint_eq(pr.steps[5].care, CALFCARE_CARE_RUNNING);
    ck_assert(has_advice(&pr, CALFCARE_RELIEF_R_WARMUP_DYNAMIC));

    build_ok(CALFCARE_RELIEF_COOLDOWN, &p, &pr);
    /* one 30 s hold per variant and leg, each after a 5 s get-ready: 2 x 2 x 35 = 140 s */
    ck_assert_uint_eq(pr.count, 8);
    ck_assert_uint_eq(pr.total_ms, 140000);
    check_sums(&pr);
    check_step(&pr, 5, CALFCARE_RELIEF_STEP_STRETCH_BENT, CALFCARE_RELIEF_SIDE_LEFT, 75000, 30000);
    ck_assert(has_advice(&pr, CALFCARE_RELIEF_R_COOLDOWN_STATIC));
}
END_TEST

/* The integer API builds exactly what the double API builds, checks the same ranges (in ms and s)
 * and refuses ice within 60 min (3600 s) as it does. */
START_TEST(test_build_int_matches_double)
{
    calfcare_relief_params p = defaults();
    calfcare_relief_iparams ip;
    calfcare_relief_protocol a, b;
    calfcare_error err;
    calfcare_blocked bl;
    int id;
    ck_assert_int_eq(calfcare_relief_iparams_init(&ip, NULL), CALFCARE_OK);
    ck_assert_uint_eq(ip.ice_ms, 900000);  /* 15 min */
    ck_assert_uint_eq(ip.hold_ms, 30000);
    ck_assert_uint_eq(ip.roll_ms, 60000);
    ck_assert_int_eq(ip.last_ice_ended_s, -1);
    for (id = CALFCARE_RELIEF_RICE; id <= CALFCARE_RELIEF_REST; id++) { /* every protocol, rest last */
        build_ok(id, &p, &a);
        ck_assert_int_eq(calfcare_relief_build_int(id, &ip, NULL, &b, &err), CALFCARE_OK);
        ck_assert_int_eq(memcmp(&a, &b, sizeof a), 0);
    }
    /* non-default values: 17.5 min of ice is 1050000 ms; 25.5 s holds 25500 ms; 45 s rolls; week 5 */
    p.ice_min = 17.5;
    p.hold_s = 25.5;
    p.roll_s = 45;
    p.reps = 2;
    p.sets = 1;
    p.week = 5;
    ip.ice_ms = 1050000;
    ip.hold_ms = 25500;
    ip.roll_ms = 45000;
    ip.reps = 2;
    ip.sets = 1;
    ip.week = 5;
    for (id = CALFCARE_RELIEF_RICE; id <= CALFCARE_RELIEF_REST; id++) { /* every protocol, rest last */
        build_ok(id, &p, &a);
        ck_assert_int_eq(calfcare_relief_build_int(id, &ip, NULL, &b, &err), CALFCARE_OK);
        ck_assert_int_eq(memcmp(&a, &b, sizeof a), 0);
    }
    /* ranges: the bounds are accepted, one past them refused with the field and the range */
    calfcare_relief_iparams_init(&ip, NULL);
    ip.ice_ms = 1200000;
    ck_assert_int_eq(calfcare_relief_build_int(CALFCARE_RELIEF_RICE, &ip, NULL, &b, &err), CALFCARE_OK);
    ck_assert_uint_eq(b.steps[2].duration_ms, 1200000);
    ip.ice_ms = 1200001;
    ck_assert_int_eq(calfcare_relief_build_int(CALFCARE_RELIEF_RICE, &ip, NULL, &b, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "ice_ms");
    ck_assert_str_eq(err.message, "ice_ms: 1200001 is outside the accepted range 900000 to 1200000 ms");
    ck_assert(isnan(err.value));
    ip.ice_ms = 899999;
    ck_assert_int_eq(calfcare_relief_build_int(CALFCARE_RELIEF_RICE, &ip, NULL, &b, &err), CALFCARE_E_INVALID);
    ip.ice_ms = UINT32_MAX; /* printed as given on every target */
    ck_assert_int_eq(calfcare_relief_build_int(CALFCARE_RELIEF_RICE, &ip, NULL, &b, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "ice_ms: 4294967295 is outside the accepted range 900000 to 1200000 ms");
    calfcare_relief_iparams_init(&ip, NULL);
    ip.hold_ms = 19999;
    ck_assert_int_eq(calfcare_relief_build_int(CALFCARE_RELIEF_STRETCH, &ip, NULL, &b, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "hold_ms");
    calfcare_relief_iparams_init(&ip, NULL);
    ip.last_ice_ended_s = -2;
    ck_assert_int_eq(calfcare_relief_build_int(CALFCARE_RELIEF_RICE, &ip, NULL, &b, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "last_ice_ended_s: -2 is outside the accepted range 0 to 31536000 s (or -1 for unknown)");
    ck_assert_int_eq(calfcare_relief_build_int(0, &ip, NULL, &b, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "protocol: 0 is outside the accepted range 1 to 8");
    /* ice gap: 3599 s refused, 3600 s (60 min) accepted; stretch has no ice, so not refused */
    ip.last_ice_ended_s = 3599;
    ck_assert_int_eq(calfcare_relief_build_int(CALFCARE_RELIEF_RICE, &ip, NULL, &b, &err), CALFCARE_E_TOO_SOON);
    ck_assert_str_eq(err.field, "last_ice_ended_s");
    ck_assert_ptr_nonnull(strstr(err.message, "3599 s ago"));
    ck_assert_ptr_nonnull(strstr(err.message, "(1 s more)"));
    ck_assert_uint_eq(b.count, 0);
    ip.last_ice_ended_s = 3600;
    ck_assert_int_eq(calfcare_relief_build_int(CALFCARE_RELIEF_RICE, &ip, NULL, &b, &err), CALFCARE_OK);
    ip.last_ice_ended_s = 0;
    ck_assert_int_eq(calfcare_relief_build_int(CALFCARE_RELIEF_STRETCH, &ip, NULL, &b, &err), CALFCARE_OK);
    /* the double API still answers in minutes: 59.99 min is too soon, 60 is not */
    p = defaults();
    p.last_ice_ended_min_ago = 59.99;
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, NULL, &a, &err), CALFCARE_E_TOO_SOON);
    ck_assert_str_eq(err.field, "last_ice_ended_min_ago");
    ck_assert(err.value == 59.99 && err.min == 60.0);
    ck_assert_ptr_nonnull(strstr(err.message, "59.99 min ago"));
    p.last_ice_ended_min_ago = 60;
    build_ok(CALFCARE_RELIEF_RICE, &p, &a);
    /* a red flag wins in both; the double API gives the flag as the value */
    memset(&bl, 0, sizeof bl);
    ck_assert_int_eq(calfcare_relief_block(&bl, CALFCARE_CARE_ICE, CALFCARE_FLAG_DVT, NULL), CALFCARE_OK);
    calfcare_relief_iparams_init(&ip, NULL);
    ip.last_ice_ended_s = 10;
    ck_assert_int_eq(calfcare_relief_build_int(CALFCARE_RELIEF_RICE, &ip, &bl, &b, &err), CALFCARE_E_BLOCKED);
    ck_assert_str_eq(err.field, "ice");
    ck_assert_int_eq(b.blocked_flag, CALFCARE_FLAG_DVT);
    p = defaults();
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, &bl, &a, &err), CALFCARE_E_BLOCKED);
    ck_assert(err.value == CALFCARE_FLAG_DVT);
    ck_assert_int_eq(calfcare_relief_iparams_init(NULL, &err), CALFCARE_E_NULL);
}
END_TEST

START_TEST(test_strength_progression)
{
    calfcare_relief_params p = defaults();
    calfcare_relief_protocol pr;

    /* week 1: 3 x 15 double-leg raises at 3 s each = 45 s, 60 s rests: 3 x 45 + 2 x 60 = 255 s */
    build_ok(CALFCARE_RELIEF_STRENGTH, &p, &pr);
    ck_assert_uint_eq(pr.week, 1);
    ck_assert_uint_eq(pr.count, 5);
    ck_assert_uint_eq(pr.total_ms, 255000);
    check_sums(&pr);
    check_step(&pr, 0, CALFCARE_RELIEF_STEP_CALF_RAISE_DOUBLE, CALFCARE_RELIEF_SIDE_NONE, 0, 45000);
    check_step(&pr, 1, CALFCARE_RELIEF_STEP_SET_REST, CALFCARE_RELIEF_SIDE_NONE, 45000, 60000);
    ck_assert_uint_eq(pr.steps[0].reps, 15);
    ck_assert_uint_eq(pr.steps[1].reps, 0);
    ck_assert(has_advice(&pr, CALFCARE_RELIEF_R_STRENGTH_PREVENTS));

    /* week 2: 3 x 20 double at 3 s = 60 s: 3 x 60 + 2 x 60 = 300 s */
    p.week = 2;
    build_ok(CALFCARE_RELIEF_STRENGTH, &p, &pr);
    ck_assert_uint_eq(pr.total_ms, 300000);
    ck_assert_uint_eq(pr.steps[0].reps, 20);

    /* week 3: single-leg 3 x 10 per leg = 30 s each: 6 x 30 + 2 x 60 = 300 s, 8 steps */
    p.week = 3;
    build_ok(CALFCARE_RELIEF_STRENGTH, &p, &pr);
    ck_assert_uint_eq(pr.count, 8);
    ck_assert_uint_eq(pr.total_ms, 300000);
    check_step(&pr, 0, CALFCARE_RELIEF_STEP_CALF_RAISE_SINGLE, CALFCARE_RELIEF_SIDE_LEFT, 0, 30000);
    check_step(&pr, 1, CALFCARE_RELIEF_STEP_CALF_RAISE_SINGLE, CALFCARE_RELIEF_SIDE_RIGHT, 30000, 30000);
    check_step(&pr, 2, CALFCARE_RELIEF_STEP_SET_REST, CALFCARE_RELIEF_SIDE_NONE, 60000, 60000);
    check_step(&pr, 3, CALFCARE_RELIEF_STEP_CALF_RAISE_SINGLE, CALFCARE_RELIEF_SIDE_LEFT, 120000, 30000);
    /* right then (rest) left: still a switch of leg */
    ck_assert_uint_ne(pr.steps[3].flags & CALFCARE_RELIEF_STEP_SWITCH_SIDE, 0);

    /* week 4: 3 x 15 single = 45 s: 6 x 45 + 2 x 60 = 390 s */
    p.week = 4;
    build_ok(CALFCARE_RELIEF_STRENGTH, &p, &pr);
    ck_assert_uint_eq(pr.total_ms, 390000);

    /* week 5: eccentric 3 x 12 at 4 s = 48 s, 90 s rests: 6 x 48 + 2 x 90 = 468 s */
    p.week = 5;
    build_ok(CALFCARE_RELIEF_STRENGTH, &p, &pr);
    ck_assert_uint_eq(pr.total_ms, 468000);
    check_step(&pr, 0, CALFCARE_RELIEF_STEP_CALF_RAISE_ECCENTRIC, CALFCARE_RELIEF_SIDE_LEFT, 0, 48000);

    /* week 6 and every later week: 3 x 15 at 4 s = 60 s: 6 x 60 + 2 x 90 = 540 s */
    p.week = 6;
    build_ok(CALFCARE_RELIEF_STRENGTH, &p, &pr);
    ck_assert_uint_eq(pr.total_ms, 540000);
    p.week = 52;
    build_ok(CALFCARE_RELIEF_STRENGTH, &p, &pr);
    ck_assert_uint_eq(pr.total_ms, 540000);
    ck_assert_uint_eq(pr.week, 52);
    ck_assert_uint_eq(pr.steps[0].reps, 15);
}
END_TEST

/* ---- bounds -------------------------------------------------------------------------------- */

/* Set one parameter, build rice, expect st; for INVALID the field and the range are checked. A
 * value an int member cannot hold (a fraction, NaN, infinite, huge) goes through the table's
 * setter, which must refuse it the same way (calfcare/params.h). */
static void bound_case(size_t offset, double value, calfcare_status expect, const char *field, double min, double max)
{
    calfcare_relief_params p = defaults();
    calfcare_relief_protocol pr;
    calfcare_error err;
    calfcare_status st;
    int id = -1, is_int = 0;
    size_t i;
    memset(&pr, 0xff, sizeof pr);
    for (i = 0; i < calfcare_params_field_count(CALFCARE_PARAMS_TABLE_RELIEF); i++)
        if (calfcare_params_field_at(CALFCARE_PARAMS_TABLE_RELIEF, (int)i)->offset == offset) {
            id = (int)i;
            is_int = calfcare_params_field_at(CALFCARE_PARAMS_TABLE_RELIEF, id)->type != CALFCARE_PARAMS_TYPE_DOUBLE;
        }
    ck_assert_int_ge(id, 0);
    if (!is_int) {
        memcpy((char *)&p + offset, &value, sizeof value); /* the member is a double */
        st = calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, NULL, &pr, &err);
    } else if (isfinite(value) && value == floor(value) && fabs(value) < 1e9) {
        int v = (int)value;
        memcpy((char *)&p + offset, &v, sizeof v);
        st = calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, NULL, &pr, &err);
    } else {
        calfcare_relief_params before = p;
        st = calfcare_params_set(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, id, value, &err);
        ck_assert(memcmp(&before, &p, sizeof p) == 0); /* unchanged */
        pr.count = 0;
    }
    ck_assert_msg(st == expect, "%s = %g: got %s (%s)", field, value, calfcare_status_name(st),
                  st ? err.message : "");
    if (st == CALFCARE_E_INVALID) {
        ck_assert_str_eq(err.field, field);
        ck_assert_msg(strncmp(err.message, field, strlen(field)) == 0, "%s", err.message);
        ck_assert(err.min == min && err.max == max);
        ck_assert_uint_eq(pr.count, 0); /* nothing half-built */
    }
}

#define BOUNDS(member, lo, hi, step)                                                                         \
    do {                                                                                                   \
        size_t o = offsetof(calfcare_relief_params, member);                                               \
        bound_case(o, lo, CALFCARE_OK, #member, lo, hi);                                                   \
        bound_case(o, hi, CALFCARE_OK, #member, lo, hi);                                                   \
        bound_case(o, (lo) - (step), CALFCARE_E_INVALID, #member, lo, hi);                                 \
        bound_case(o, (hi) + (step), CALFCARE_E_INVALID, #member, lo, hi);                                 \
        bound_case(o, NAN, CALFCARE_E_INVALID, #member, lo, hi);                                           \
        bound_case(o, INFINITY, CALFCARE_E_INVALID, #member, lo, hi);                                      \
        bound_case(o, -INFINITY, CALFCARE_E_INVALID, #member, lo, hi);                                     \
        bound_case(o, 1e300, CALFCARE_E_INVALID, #member, lo, hi);                                         \
    } while (0)

START_TEST(test_bounds)
{
    BOUNDS(ice_min, 15, 20, 0.01);
    BOUNDS(hold_s, 20, 30, 0.01);
    BOUNDS(reps, 1, 5, 1);
    BOUNDS(roll_s, 30, 120, 0.01);
    BOUNDS(sets, 1, 3, 1);
    BOUNDS(week, 1, 52, 1);
    BOUNDS(ice_rounds, 1, 2, 1);
    bound_case(offsetof(calfcare_relief_params, ice_rounds), 1.5, CALFCARE_E_INVALID, "ice_rounds", 1, 2);
    /* whole numbers only where counts are meant */
    bound_case(offsetof(calfcare_relief_params, reps), 2.5, CALFCARE_E_INVALID, "reps", 1, 5);
    bound_case(offsetof(calfcare_relief_params, sets), 1.5, CALFCARE_E_INVALID, "sets", 1, 3);
    bound_case(offsetof(calfcare_relief_params, week), 3.5, CALFCARE_E_INVALID, "week", 1, 52);
    /* last_ice_ended_min_ago: -1 is "unknown", 0..525600 accepted (60 and more for rice) */
    bound_case(offsetof(calfcare_relief_params, last_ice_ended_min_ago), -1, CALFCARE_OK, "", 0, 0);
    bound_case(offsetof(calfcare_relief_params, last_ice_ended_min_ago), 525600, CALFCARE_OK, "", 0, 0);
    bound_case(offsetof(calfcare_relief_params, last_ice_ended_min_ago), 525600.5, CALFCARE_E_INVALID,
               "last_ice_ended_min_ago", 0, 525600);
    bound_case(offsetof(calfcare_relief_params, last_ice_ended_min_ago), -0.5, CALFCARE_E_INVALID,
               "last_ice_ended_min_ago", 0, 525600);
    bound_case(offsetof(calfcare_relief_params, last_ice_ended_min_ago), -2, CALFCARE_E_INVALID,
               "last_ice_ended_min_ago", 0, 525600);
    bound_case(offsetof(calfcare_relief_params, last_ice_ended_min_ago), NAN, CALFCARE_E_INVALID,
               "last_ice_ended_min_ago", 0, 525600);
}
END_TEST

START_TEST(test_out_of_range_not_clamped_for_unused_field)
{
    /* hold_s is not used by rice, but 31 s is still an error, never silently ignored */
    calfcare_relief_params p = defaults();
    calfcare_relief_protocol pr;
    calfcare_error err;
    p.hold_s = 31;
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, NULL, &pr, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "hold_s");
    ck_assert_str_eq(err.message, "hold_s: 31 is outside the accepted range; accepted: 20 to 30 s");
}
END_TEST

START_TEST(test_build_null_and_bad_protocol)
{
    calfcare_relief_params p = defaults();
    calfcare_relief_protocol pr;
    calfcare_error err;
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, NULL, NULL, &err), CALFCARE_E_NULL);
    ck_assert_str_eq(err.field, "out");
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_RICE, NULL, NULL, &pr, &err), CALFCARE_E_NULL);
    ck_assert_str_eq(err.field, "params");
    ck_assert_int_eq(calfcare_relief_build(0, &p, NULL, &pr, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "protocol");
    ck_assert(err.min == 1 && err.max == 8);
    ck_assert_int_eq(calfcare_relief_build(9, &p, NULL, &pr, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_relief_build(-1, &p, NULL, &pr, NULL), CALFCARE_E_INVALID); /* err NULL is fine */
}
END_TEST

/* ---- ice gap ------------------------------------------------------------------------------- */

START_TEST(test_ice_gap)
{
    calfcare_relief_params p = defaults();
    calfcare_relief_protocol pr;
    calfcare_error err;

    p.last_ice_ended_min_ago = 60; /* exactly 60 min: allowed */
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, NULL, &pr, &err), CALFCARE_OK);
    p.last_ice_ended_min_ago = 59.9;
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, NULL, &pr, &err), CALFCARE_E_TOO_SOON);
    ck_assert_str_eq(err.field, "last_ice_ended_min_ago");
    ck_assert_uint_eq(pr.count, 0);
    p.last_ice_ended_min_ago = 45; /* 60 - 45 = 15 min more */
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, NULL, &pr, &err), CALFCARE_E_TOO_SOON);
    ck_assert_str_eq(err.message, "last_ice_ended_min_ago: the last ice application ended 45 min ago; "
                                  "wait at least 60 min between applications (15 min more)");
    ck_assert(err.value == 45 && err.min == 60);
    p.last_ice_ended_min_ago = 0;
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_FULL, &p, NULL, &pr, &err), CALFCARE_E_TOO_SOON);
    /* no ice step: the gap does not matter */
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_STRETCH, &p, NULL, &pr, &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_ROLL, &p, NULL, &pr, &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_STRENGTH, &p, NULL, &pr, &err), CALFCARE_OK);
    /* intermittent ice is ice too */
    p.ice_rounds = 2;
    p.last_ice_ended_min_ago = 30;
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, NULL, &pr, &err), CALFCARE_E_TOO_SOON);
}
END_TEST

/* ---- blocked steps ------------------------------------------------------------------------- */

START_TEST(test_blocked_steps)
{
    calfcare_relief_params p = defaults();
    calfcare_relief_protocol pr;
    calfcare_blocked b;
    calfcare_error err;

    /* DVT blocks massage, rolling and stretching (by hand, as the diagnosis would) */
    memset(&b, 0, sizeof b);
    b.mask = CALFCARE_CARE_MASSAGE | CALFCARE_CARE_FOAM_ROLL | CALFCARE_CARE_STRETCH;
    b.flag[0] = b.flag[1] = b.flag[2] = CALFCARE_FLAG_DVT;
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_STRETCH, &p, &b, &pr, &err), CALFCARE_E_BLOCKED);
    ck_assert_str_eq(err.field, "stretch");
    ck_assert(err.value == CALFCARE_FLAG_DVT);
    ck_assert_ptr_nonnull(strstr(err.message, "stretch_straight"));
    ck_assert_ptr_nonnull(strstr(err.message, "dvt"));
    ck_assert_uint_eq(pr.count, 0);
    ck_assert_uint_eq(pr.blocked_care, CALFCARE_CARE_STRETCH);
    ck_assert_int_eq(pr.blocked_flag, CALFCARE_FLAG_DVT);
    ck_assert_int_eq(pr.blocked_kind, CALFCARE_RELIEF_STEP_STRETCH_STRAIGHT);
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_ROLL, &p, &b, &pr, &err), CALFCARE_E_BLOCKED);
    ck_assert_str_eq(err.field, "foam_roll");
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_COOLDOWN, &p, &b, &pr, &err), CALFCARE_E_BLOCKED);
    /* rice has no stretch or roll: allowed */
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, &b, &pr, &err), CALFCARE_OK);
    /* full: the stretch comes first in the session, so it is the one named */
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_FULL, &p, &b, &pr, &err), CALFCARE_E_BLOCKED);
    ck_assert_int_eq(pr.blocked_kind, CALFCARE_RELIEF_STEP_STRETCH_STRAIGHT);

    /* only rolling blocked, by a calf tear: full is refused at the roll step */
    memset(&b, 0, sizeof b);
    b.mask = CALFCARE_CARE_FOAM_ROLL;
    b.flag[1] = CALFCARE_FLAG_CALF_TEAR;
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_FULL, &p, &b, &pr, &err), CALFCARE_E_BLOCKED);
    ck_assert_int_eq(pr.blocked_kind, CALFCARE_RELIEF_STEP_FOAM_ROLL);
    ck_assert_ptr_nonnull(strstr(err.message, "calf_tear"));
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_STRETCH, &p, &b, &pr, &err), CALFCARE_OK);

    /* ice blocked: refused, and the red flag wins over the ice gap */
    memset(&b, 0, sizeof b);
    b.mask = CALFCARE_CARE_ICE;
    b.flag[3] = CALFCARE_FLAG_NERVE;
    p.last_ice_ended_min_ago = 10;
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, &b, &pr, &err), CALFCARE_E_BLOCKED);
    ck_assert_str_eq(err.field, "ice");
    ck_assert_ptr_nonnull(strstr(err.message, "nerve"));
    p.last_ice_ended_min_ago = -1;

    /* running blocked (Achilles rupture): warm-up drills and calf raises are refused */
    memset(&b, 0, sizeof b);
    b.mask = CALFCARE_CARE_RUNNING;
    b.flag[4] = CALFCARE_FLAG_ACHILLES_RUPTURE;
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_WARMUP, &p, &b, &pr, &err), CALFCARE_E_BLOCKED);
    ck_assert_int_eq(pr.blocked_kind, CALFCARE_RELIEF_STEP_ANKLE_CIRCLES);
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_STRENGTH, &p, &b, &pr, &err), CALFCARE_E_BLOCKED);
    ck_assert_str_eq(err.field, "running");
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_STRETCH, &p, &b, &pr, &err), CALFCARE_OK);

    /* a mask bit without a named flag still blocks; unknown bits are ignored; zero blocks nothing */
    memset(&b, 0, sizeof b);
    b.mask = CALFCARE_CARE_STRETCH;
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_STRETCH, &p, &b, &pr, &err), CALFCARE_E_BLOCKED);
    ck_assert_ptr_nonnull(strstr(err.message, "(not named)"));
    b.mask = 1u << 12;
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_FULL, &p, &b, &pr, &err), CALFCARE_OK);
    b.mask = 0;
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_FULL, &p, &b, &pr, &err), CALFCARE_OK);
}
END_TEST

START_TEST(test_block_helper)
{
    calfcare_blocked b;
    calfcare_error err;
    memset(&b, 0, sizeof b);
    ck_assert_int_eq(calfcare_relief_block(&b, CALFCARE_CARE_ICE, CALFCARE_FLAG_SYSTEMIC, &err), CALFCARE_OK);
    ck_assert_uint_eq(b.mask, CALFCARE_CARE_ICE);
    ck_assert_int_eq(b.flag[3], CALFCARE_FLAG_SYSTEMIC);
    ck_assert_int_eq(calfcare_relief_block(&b, 3, CALFCARE_FLAG_DVT, &err), CALFCARE_E_INVALID); /* two bits */
    ck_assert_str_eq(err.field, "care");
    ck_assert_int_eq(calfcare_relief_block(&b, 0, CALFCARE_FLAG_DVT, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_relief_block(&b, 1u << 6, CALFCARE_FLAG_DVT, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_relief_block(&b, CALFCARE_CARE_ICE, 0, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "flag");
    ck_assert_int_eq(calfcare_relief_block(&b, CALFCARE_CARE_ICE, CALFCARE_FLAG_COUNT, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_relief_block(NULL, CALFCARE_CARE_ICE, 1, &err), CALFCARE_E_NULL);
    ck_assert_uint_eq(b.mask, CALFCARE_CARE_ICE); /* unchanged by the failures */
    ck_assert_int_eq(calfcare_relief_block(&b, CALFCARE_CARE_ICE, CALFCARE_FLAG_UNNAMED - 1, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "flag: 99 is outside the accepted range 1 to 9 or 100 (unnamed)");
    ck_assert_int_eq(calfcare_relief_block(&b, CALFCARE_CARE_ICE, CALFCARE_FLAG_UNNAMED + 1, &err), CALFCARE_E_INVALID);
}
END_TEST

/* A caller's list of blocked kinds (no red flag named): each kind is blocked as by a red flag, and
 * the refusal reports CALFCARE_FLAG_UNNAMED, never "none". */
START_TEST(test_block_unnamed)
{
    calfcare_blocked b;
    calfcare_relief_params p;
    calfcare_relief_protocol pr;
    calfcare_error err;
    memset(&b, 0, sizeof b);
    calfcare_relief_params_init(&p, NULL);
    ck_assert_int_eq(calfcare_relief_block(&b, CALFCARE_CARE_STRETCH, CALFCARE_FLAG_UNNAMED, &err), CALFCARE_OK);
    ck_assert_uint_eq(b.mask, CALFCARE_CARE_STRETCH);
    ck_assert_int_eq(b.flag[2], CALFCARE_FLAG_UNNAMED);
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_STRETCH, &p, &b, &pr, &err), CALFCARE_E_BLOCKED);
    ck_assert_uint_eq(pr.blocked_care, CALFCARE_CARE_STRETCH);
    ck_assert_int_eq(pr.blocked_flag, CALFCARE_FLAG_UNNAMED);
    ck_assert_int_eq(pr.blocked_kind, CALFCARE_RELIEF_STEP_STRETCH_STRAIGHT);
    ck_assert_str_eq(err.field, "stretch");
    ck_assert_str_eq(err.message, "the stretch_straight step is refused: stretch is blocked by the red flag (not "
                                  "named); see a clinician before any self-treatment");
    /* the routines are refused the same way; what is not blocked still builds */
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_COOLDOWN, &p, &b, &pr, &err), CALFCARE_E_BLOCKED);
    ck_assert_int_eq(pr.blocked_flag, CALFCARE_FLAG_UNNAMED);
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, &b, &pr, &err), CALFCARE_OK);
}
END_TEST

/* ---- timer --------------------------------------------------------------------------------- */

/* roll, 1 set of 30 s: left 30 s, right 30 s (switch). Events by hand, ms after the start:
 *   0 start(0); 15000 halfway(0); 27000, 28000, 29000 countdown 3, 2, 1;
 *   30000 done(0), start(1), switch(1); 45000 halfway(1); 57000, 58000, 59000 countdown;
 *   60000 done(1), session_done.  = 14 events */
typedef struct expect_ev {
    int type;
    uint32_t step;
    uint32_t at; /* ms after the start */
} expect_ev;

static const expect_ev roll30[] = {
    {CALFCARE_RELIEF_EV_STEP_START, 0, 0},     {CALFCARE_RELIEF_EV_HALFWAY, 0, 15000},
    {CALFCARE_RELIEF_EV_COUNTDOWN, 0, 27000},  {CALFCARE_RELIEF_EV_COUNTDOWN, 0, 28000},
    {CALFCARE_RELIEF_EV_COUNTDOWN, 0, 29000},  {CALFCARE_RELIEF_EV_STEP_DONE, 0, 30000},
    {CALFCARE_RELIEF_EV_STEP_START, 1, 30000}, {CALFCARE_RELIEF_EV_SWITCH_SIDE, 1, 30000},
    {CALFCARE_RELIEF_EV_HALFWAY, 1, 45000},    {CALFCARE_RELIEF_EV_COUNTDOWN, 1, 57000},
    {CALFCARE_RELIEF_EV_COUNTDOWN, 1, 58000},  {CALFCARE_RELIEF_EV_COUNTDOWN, 1, 59000},
    {CALFCARE_RELIEF_EV_STEP_DONE, 1, 60000},  {CALFCARE_RELIEF_EV_SESSION_DONE, 1, 60000},
};
#define N_ROLL30 (sizeof roll30 / sizeof roll30[0])

static void make_roll30(calfcare_relief_timer *t)
{
    calfcare_relief_params p = defaults();
    calfcare_relief_protocol pr;
    p.sets = 1;
    p.roll_s = 30;
    build_ok(CALFCARE_RELIEF_ROLL, &p, &pr);
    ck_assert_int_eq(calfcare_relief_timer_init(t, &pr, STEPS(t), NULL), CALFCARE_OK);
}

/* Tick from `from` to `to` (inclusive) every `tick` ms, collecting events. */
static size_t run_ticks(calfcare_relief_timer *t, uint32_t from, uint32_t to_off, uint32_t tick,
                        calfcare_relief_event *out, size_t cap)
{
    size_t total = 0, n;
    uint32_t off;
    for (off = 0; off <= to_off; off += tick) {
        ck_assert_int_eq(calfcare_relief_timer_update(t, from + off, out + total, cap - total, &n, NULL), CALFCARE_OK);
        total += n;
        ck_assert_uint_lt(total, cap);
    }
    return total;
}

static void check_sequence(const calfcare_relief_event *ev, size_t n, const expect_ev *want, size_t nwant,
                           uint32_t t0, int late_expected)
{
    size_t i;
    ck_assert_uint_eq(n, nwant);
    for (i = 0; i < n; i++) {
        ck_assert_msg(ev[i].type == want[i].type && ev[i].step == want[i].step,
                      "event %zu: got %s step %u, want %s step %u", i, calfcare_relief_event_name(ev[i].type),
                      ev[i].step, calfcare_relief_event_name(want[i].type), want[i].step);
        ck_assert_uint_eq(ev[i].due_ms, (uint32_t)(t0 + want[i].at));
        if (late_expected >= 0)
            ck_assert_int_eq(ev[i].late, late_expected);
    }
}

START_TEST(test_timer_events_10hz)
{
    calfcare_relief_timer t;
    calfcare_relief_event ev[64];
    size_t n;
    const uint32_t t0 = 5000;
    make_roll30(&t);
    ck_assert_int_eq(calfcare_relief_timer_start(&t, t0, NULL), CALFCARE_OK);
    n = run_ticks(&t, t0, 61000, 100, ev, 64);
    check_sequence(ev, n, roll30, N_ROLL30, t0, 0);
    /* a 100 ms tick lands exactly on every boundary here (all are whole seconds) */
    ck_assert_uint_eq(ev[1].late_ms, 0);
    ck_assert_uint_eq(ev[2].seconds_left, 3);
    ck_assert_uint_eq(ev[4].seconds_left, 1);
    ck_assert_int_eq(ev[7].side, CALFCARE_RELIEF_SIDE_RIGHT);
    ck_assert_int_eq(ev[0].kind, CALFCARE_RELIEF_STEP_FOAM_ROLL);
    ck_assert_int_eq(ev[0].cue, CALFCARE_RELIEF_R_FOAM_ROLL);
    /* done: nothing more, ever */
    ck_assert_int_eq(calfcare_relief_timer_update(&t, t0 + 999999, ev, 64, &n, NULL), CALFCARE_OK);
    ck_assert_uint_eq(n, 0);
}
END_TEST

START_TEST(test_timer_odd_tick_never_drifts)
{
    /* 333 ms ticks: events come up to 332 ms after due, but due times stay on the deadlines */
    calfcare_relief_timer t;
    calfcare_relief_event ev[64];
    size_t n, i;
    make_roll30(&t);
    calfcare_relief_timer_start(&t, 0, NULL);
    n = run_ticks(&t, 0, 61000, 333, ev, 64);
    check_sequence(ev, n, roll30, N_ROLL30, 0, 0);
    for (i = 0; i < n; i++)
        ck_assert_uint_lt(ev[i].late_ms, 333);
}
END_TEST

START_TEST(test_timer_wrap)
{
    /* start 20 s before the 2^32 wrap: step 0 ends at 0xFFFFFFFF - 20000 + 30000 = 9999 (mod 2^32) */
    calfcare_relief_timer t;
    calfcare_relief_event ev[64];
    calfcare_relief_timer_info info;
    size_t n;
    const uint32_t t0 = 0xFFFFFFFFu - 20000u;
    make_roll30(&t);
    calfcare_relief_timer_start(&t, t0, NULL);
    /* 25 s in (after the wrap): 5 s left of step 0 */
    ck_assert_int_eq(calfcare_relief_timer_query(&t, t0 + 25000u, &info, NULL), CALFCARE_OK);
    ck_assert_uint_eq(info.step_remaining_ms, 5000);
    n = run_ticks(&t, t0, 61000, 100, ev, 64);
    check_sequence(ev, n, roll30, N_ROLL30, t0, 0);
    ck_assert_uint_eq(ev[5].due_ms, 9999u);
    ck_assert_uint_eq(ev[13].due_ms, 39999u);
}
END_TEST

START_TEST(test_timer_start_exactly_at_wrap)
{
    calfcare_relief_timer t;
    calfcare_relief_event ev[64];
    size_t n;
    make_roll30(&t);
    calfcare_relief_timer_start(&t, 0xFFFFFFFFu, NULL);
    n = run_ticks(&t, 0xFFFFFFFFu, 61000, 100, ev, 64);
    check_sequence(ev, n, roll30, N_ROLL30, 0xFFFFFFFFu, 0);
}
END_TEST

START_TEST(test_timer_backwards)
{
    calfcare_relief_timer t;
    calfcare_relief_event ev[16];
    calfcare_relief_timer_info info;
    size_t n;
    make_roll30(&t);
    calfcare_relief_timer_start(&t, 100, NULL);
    calfcare_relief_timer_update(&t, 10100, ev, 16, &n, NULL); /* start(0) */
    ck_assert_uint_eq(n, 1);
    /* the clock goes back 5 s: nothing, no error, the elapsed 10 s are kept */
    ck_assert_int_eq(calfcare_relief_timer_update(&t, 5100, ev, 16, &n, NULL), CALFCARE_OK);
    ck_assert_uint_eq(n, 0);
    calfcare_relief_timer_query(&t, 5100, &info, NULL);
    ck_assert_uint_eq(info.step_elapsed_ms, 10000);
    /* a query behind the latest reading also shows the elapsed time reached */
    calfcare_relief_timer_query(&t, 100, &info, NULL);
    ck_assert_uint_eq(info.step_elapsed_ms, 10000);
    /* counting goes on from the new reading: halfway (15 s into the step) at 5100 + 5000 */
    calfcare_relief_timer_update(&t, 10099, ev, 16, &n, NULL);
    ck_assert_uint_eq(n, 0);
    calfcare_relief_timer_update(&t, 10100, ev, 16, &n, NULL);
    ck_assert_uint_eq(n, 1);
    ck_assert_int_eq(ev[0].type, CALFCARE_RELIEF_EV_HALFWAY);
    ck_assert_uint_eq(ev[0].due_ms, 10100);
    ck_assert_int_eq(ev[0].late, 0);

    /* backwards across the wrap: 50 -> 0xFFFFFF00 is 306 ms back, not a 49-day jump */
    make_roll30(&t);
    calfcare_relief_timer_start(&t, 0, NULL);
    calfcare_relief_timer_update(&t, 50, ev, 16, &n, NULL);
    ck_assert_uint_eq(n, 1);
    calfcare_relief_timer_update(&t, 0xFFFFFF00u, ev, 16, &n, NULL);
    ck_assert_uint_eq(n, 0);
    calfcare_relief_timer_query(&t, 0xFFFFFF00u, &info, NULL);
    ck_assert_uint_eq(info.step_elapsed_ms, 50);
    ck_assert_uint_eq(info.session_elapsed_ms, 50);
}
END_TEST

START_TEST(test_timer_long_jump)
{
    calfcare_relief_timer t;
    calfcare_relief_event ev[64];
    size_t n, i;
    const uint32_t t0 = 0xFFFF0000u; /* and across the wrap while asleep */
    make_roll30(&t);
    calfcare_relief_timer_start(&t, t0, NULL);
    calfcare_relief_timer_update(&t, t0, ev, 64, &n, NULL);
    ck_assert_uint_eq(n, 1);
    ck_assert_int_eq(ev[0].late, 0);
    /* the watch sleeps 100 s: the 13 remaining events, once each, in order, all late */
    ck_assert_int_eq(calfcare_relief_timer_update(&t, t0 + 100000u, ev, 64, &n, NULL), CALFCARE_OK);
    check_sequence(ev, n, roll30 + 1, N_ROLL30 - 1, t0, 1);
    /* halfway was due at 15 s: reported 85 s late */
    ck_assert_uint_eq(ev[0].late_ms, 85000);
    ck_assert_uint_eq(ev[12].late_ms, 40000);
    calfcare_relief_timer_update(&t, t0 + 100001u, ev, 64, &n, NULL);
    ck_assert_uint_eq(n, 0);

    /* the same jump drained two at a time gives the same events */
    {
        calfcare_relief_event all[64];
        size_t total = 0;
        make_roll30(&t);
        calfcare_relief_timer_start(&t, t0, NULL);
        for (i = 0; i < 20; i++) {
            calfcare_relief_timer_update(&t, t0 + 100000u, all + total, 2, &n, NULL);
            ck_assert_uint_le(n, 2);
            total += n;
        }
        check_sequence(all, total, roll30, N_ROLL30, t0, -1);
        ck_assert_int_eq(all[0].late, 1); /* start was due 100 s before the first update */
    }

    /* a jump of exactly 1000 ms is not late; 1001 ms is */
    make_roll30(&t);
    calfcare_relief_timer_start(&t, 0, NULL);
    calfcare_relief_timer_update(&t, 1000, ev, 64, &n, NULL);
    ck_assert_uint_eq(ev[0].late_ms, 1000);
    ck_assert_int_eq(ev[0].late, 0);
    calfcare_relief_timer_update(&t, 16001, ev, 64, &n, NULL);
    ck_assert_int_eq(ev[0].type, CALFCARE_RELIEF_EV_HALFWAY);
    ck_assert_uint_eq(ev[0].late_ms, 1001);
    ck_assert_int_eq(ev[0].late, 1);
}
END_TEST

START_TEST(test_timer_poll)
{
    calfcare_relief_timer t;
    calfcare_relief_event ev;
    size_t got = 0;
    make_roll30(&t);
    calfcare_relief_timer_start(&t, 0, NULL);
    for (;;) {
        ck_assert_int_eq(calfcare_relief_timer_poll(&t, 70000, &ev, NULL), CALFCARE_OK);
        if (ev.type == CALFCARE_RELIEF_EV_NONE)
            break;
        ck_assert_int_eq(ev.type, roll30[got].type);
        got++;
    }
    ck_assert_uint_eq(got, N_ROLL30);
}
END_TEST

START_TEST(test_timer_pause_resume)
{
    calfcare_relief_timer t;
    calfcare_relief_event ev[16];
    calfcare_relief_timer_info info;
    size_t n;
    make_roll30(&t);
    calfcare_relief_timer_start(&t, 1000, NULL);
    calfcare_relief_timer_update(&t, 11000, ev, 16, &n, NULL); /* 10 s in */
    ck_assert_int_eq(calfcare_relief_timer_pause(&t, 11000, NULL), CALFCARE_OK);
    ck_assert_int_eq(calfcare_relief_timer_pause(&t, 12000, NULL), CALFCARE_OK); /* no-op */
    calfcare_relief_timer_update(&t, 51000, ev, 16, &n, NULL);
    ck_assert_uint_eq(n, 0);
    calfcare_relief_timer_query(&t, 51000, &info, NULL);
    ck_assert_int_eq(info.state, CALFCARE_RELIEF_TIMER_PAUSED);
    ck_assert_uint_eq(info.step_remaining_ms, 20000);
    ck_assert_uint_eq(info.next_event_in_ms, CALFCARE_RELIEF_NEVER);
    /* 40 s paused: halfway moves from 16000 to 56000, step 0 ends at 71000 instead of 31000 */
    ck_assert_int_eq(calfcare_relief_timer_resume(&t, 51000, NULL), CALFCARE_OK);
    ck_assert_int_eq(calfcare_relief_timer_resume(&t, 51000, NULL), CALFCARE_OK); /* no-op */
    calfcare_relief_timer_query(&t, 51000, &info, NULL);
    ck_assert_uint_eq(info.next_event_in_ms, 5000);
    calfcare_relief_timer_update(&t, 55999, ev, 16, &n, NULL);
    ck_assert_uint_eq(n, 0);
    calfcare_relief_timer_update(&t, 56000, ev, 16, &n, NULL);
    ck_assert_uint_eq(n, 1);
    ck_assert_int_eq(ev[0].type, CALFCARE_RELIEF_EV_HALFWAY);
    ck_assert_uint_eq(ev[0].due_ms, 56000);
    calfcare_relief_timer_update(&t, 71000, ev, 16, &n, NULL);
    ck_assert_uint_eq(n, 6); /* countdown x3, done(0), start(1), switch(1) */
    ck_assert_uint_eq(ev[3].due_ms, 71000);
    ck_assert_int_eq(ev[3].type, CALFCARE_RELIEF_EV_STEP_DONE);
    ck_assert_int_eq(ev[0].late, 1); /* countdown 3 was due at 68000 */

    /* events already due when pausing are kept and come after the resume */
    make_roll30(&t);
    calfcare_relief_timer_start(&t, 0, NULL);
    calfcare_relief_timer_pause(&t, 16000, NULL); /* start and halfway due, not yet reported */
    calfcare_relief_timer_update(&t, 20000, ev, 16, &n, NULL);
    ck_assert_uint_eq(n, 0);
    calfcare_relief_timer_resume(&t, 30000, NULL);
    calfcare_relief_timer_update(&t, 30000, ev, 16, &n, NULL);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(ev[1].type, CALFCARE_RELIEF_EV_HALFWAY);
    ck_assert_uint_eq(ev[1].due_ms, 29000); /* 15000 + 14000 paused */
}
END_TEST

START_TEST(test_timer_skip)
{
    calfcare_relief_timer t;
    calfcare_relief_event ev[16];
    calfcare_relief_timer_info info;
    size_t n;
    make_roll30(&t);
    calfcare_relief_timer_start(&t, 0, NULL);
    calfcare_relief_timer_update(&t, 5000, ev, 16, &n, NULL);
    ck_assert_int_eq(calfcare_relief_timer_skip(&t, 5000, NULL), CALFCARE_OK);
    calfcare_relief_timer_query(&t, 5000, &info, NULL);
    ck_assert_uint_eq(info.step_remaining_ms, 0);
    ck_assert_uint_eq(info.session_elapsed_ms, 30000); /* the skipped step counts as done */
    calfcare_relief_timer_update(&t, 5000, ev, 16, &n, NULL);
    /* no halfway or countdown for the skipped step: done (skipped), start(1), switch(1) */
    ck_assert_uint_eq(n, 3);
    ck_assert_int_eq(ev[0].type, CALFCARE_RELIEF_EV_STEP_DONE);
    ck_assert_int_eq(ev[0].skipped, 1);
    ck_assert_uint_eq(ev[0].due_ms, 5000);
    ck_assert_int_eq(ev[1].type, CALFCARE_RELIEF_EV_STEP_START);
    ck_assert_uint_eq(ev[1].due_ms, 5000);
    ck_assert_int_eq(ev[1].skipped, 0);
    /* step 1 now runs 5000 .. 35000 */
    calfcare_relief_timer_update(&t, 35000, ev, 16, &n, NULL);
    ck_assert_uint_eq(n, 6); /* halfway, countdown x3, done, session done */
    ck_assert_int_eq(ev[4].type, CALFCARE_RELIEF_EV_STEP_DONE);
    ck_assert_int_eq(ev[4].skipped, 0);
    ck_assert_uint_eq(ev[4].due_ms, 35000);
    ck_assert_int_eq(ev[5].type, CALFCARE_RELIEF_EV_SESSION_DONE);
    ck_assert_int_eq(calfcare_relief_timer_skip(&t, 36000, NULL), CALFCARE_E_STATE); /* done */

    /* skipping after halfway was due but before it was reported: halfway is not lost */
    make_roll30(&t);
    calfcare_relief_timer_start(&t, 0, NULL);
    calfcare_relief_timer_update(&t, 0, ev, 16, &n, NULL);
    calfcare_relief_timer_skip(&t, 20000, NULL);
    calfcare_relief_timer_update(&t, 20000, ev, 16, &n, NULL);
    ck_assert_uint_eq(n, 4);
    ck_assert_int_eq(ev[0].type, CALFCARE_RELIEF_EV_HALFWAY);
    ck_assert_int_eq(ev[1].type, CALFCARE_RELIEF_EV_STEP_DONE);
    ck_assert_uint_eq(ev[1].due_ms, 20000);

    /* skip while paused: the step ends at the pause time; the next one starts at the resume */
    make_roll30(&t);
    calfcare_relief_timer_start(&t, 0, NULL);
    calfcare_relief_timer_update(&t, 0, ev, 16, &n, NULL);
    calfcare_relief_timer_pause(&t, 8000, NULL);
    calfcare_relief_timer_skip(&t, 9000, NULL);
    calfcare_relief_timer_resume(&t, 12000, NULL);
    calfcare_relief_timer_update(&t, 12000, ev, 16, &n, NULL);
    ck_assert_uint_eq(n, 3);
    ck_assert_uint_eq(ev[0].due_ms, 12000);
    ck_assert_int_eq(ev[0].skipped, 1);
    calfcare_relief_timer_update(&t, 42000, ev, 16, &n, NULL);
    ck_assert_int_eq(ev[n - 1].type, CALFCARE_RELIEF_EV_SESSION_DONE);
    ck_assert_uint_eq(ev[n - 1].due_ms, 42000);

    /* skipping a step whose deadline already passed changes nothing */
    make_roll30(&t);
    calfcare_relief_timer_start(&t, 0, NULL);
    calfcare_relief_timer_skip(&t, 31000, NULL);
    calfcare_relief_timer_update(&t, 31000, ev, 16, &n, NULL);
    ck_assert_uint_eq(n, 8); /* start, halfway, 3 countdown, done(0), start(1), switch(1) */
    ck_assert_int_eq(ev[5].skipped, 0);
    ck_assert_uint_eq(ev[5].due_ms, 30000);
}
END_TEST

START_TEST(test_timer_query)
{
    calfcare_relief_timer t;
    calfcare_relief_event ev[16];
    calfcare_relief_timer_info info;
    size_t n;
    make_roll30(&t);
    ck_assert_int_eq(calfcare_relief_timer_query(&t, 0, &info, NULL), CALFCARE_OK);
    ck_assert_int_eq(info.state, CALFCARE_RELIEF_TIMER_READY);
    ck_assert_uint_eq(info.step_remaining_ms, 30000);
    ck_assert_uint_eq(info.session_total_ms, 60000);
    ck_assert_uint_eq(info.next_event_in_ms, CALFCARE_RELIEF_NEVER);
    calfcare_relief_timer_start(&t, 1000, NULL);
    calfcare_relief_timer_update(&t, 11000, ev, 16, &n, NULL);
    calfcare_relief_timer_query(&t, 11000, &info, NULL);
    ck_assert_int_eq(info.state, CALFCARE_RELIEF_TIMER_RUNNING);
    ck_assert_uint_eq(info.step, 0);
    ck_assert_uint_eq(info.step_count, 2);
    ck_assert_int_eq(info.kind, CALFCARE_RELIEF_STEP_FOAM_ROLL);
    ck_assert_int_eq(info.side, CALFCARE_RELIEF_SIDE_LEFT);
    ck_assert_uint_eq(info.step_elapsed_ms, 10000);
    ck_assert_uint_eq(info.step_remaining_ms, 20000);
    ck_assert(fabs(info.step_progress - 1.0 / 3.0) < 1e-12); /* 10 / 30 */
    ck_assert_uint_eq(info.session_elapsed_ms, 10000);
    ck_assert_uint_eq(info.session_remaining_ms, 50000);
    ck_assert(fabs(info.session_progress - 1.0 / 6.0) < 1e-12); /* 10 / 60 */
    ck_assert_uint_eq(info.next_event_in_ms, 5000);             /* halfway at 15 s */
    ck_assert_uint_eq(info.step_permille, 333);                 /* 10000 * 1000 / 30000, rounded down */
    ck_assert_uint_eq(info.session_permille, 166);              /* 10000 * 1000 / 60000 = 166.7 */
    /* the integer call: the same figures, no doubles */
    ck_assert_int_eq(calfcare_relief_timer_status(&t, 11000, &info, NULL), CALFCARE_OK);
    ck_assert_uint_eq(info.step_elapsed_ms, 10000);
    ck_assert_uint_eq(info.step_permille, 333);
    ck_assert_uint_eq(info.session_permille, 166);
    ck_assert(info.step_progress == 0.0 && info.session_progress == 0.0);
    ck_assert_int_eq(calfcare_relief_timer_status(NULL, 0, &info, NULL), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_relief_timer_status(&t, 0, NULL, NULL), CALFCARE_E_NULL);
    /* query between updates follows the clock; remaining is derived, never below 0 */
    calfcare_relief_timer_query(&t, 23500, &info, NULL);
    ck_assert_uint_eq(info.step_remaining_ms, 7500);
    ck_assert_uint_eq(info.next_event_in_ms, 0); /* halfway due, not yet reported */
    calfcare_relief_timer_query(&t, 50000, &info, NULL);
    ck_assert_uint_eq(info.step_remaining_ms, 0);
    ck_assert_uint_eq(info.step, 0);
    calfcare_relief_timer_update(&t, 46000, ev, 16, &n, NULL); /* into step 1: 15 s of 30 */
    calfcare_relief_timer_query(&t, 46000, &info, NULL);
    ck_assert_uint_eq(info.step, 1);
    ck_assert_uint_eq(info.session_elapsed_ms, 45000);
    ck_assert(fabs(info.session_progress - 0.75) < 1e-12);
    ck_assert_uint_eq(info.session_permille, 750);
    ck_assert_uint_eq(info.step_permille, 500);
    calfcare_relief_timer_update(&t, 61000, ev, 16, &n, NULL);
    calfcare_relief_timer_query(&t, 61000, &info, NULL);
    ck_assert_int_eq(info.state, CALFCARE_RELIEF_TIMER_DONE);
    ck_assert_uint_eq(info.step, 2);
    ck_assert_uint_eq(info.session_remaining_ms, 0);
    ck_assert(info.session_progress == 1.0);
    ck_assert_uint_eq(info.session_permille, 1000);
    ck_assert_uint_eq(info.step_permille, 1000);
}
END_TEST

/* The same FNV-1a the library documents nowhere: the test forges a well-sealed blob. The checksum
 * field is the third uint32 of the head (bytes 8-11), taken as 0. */
static void fnv_seal(unsigned char *blob, size_t len)
{
    size_t i;
    uint32_t h = 2166136261u;
    memset(blob + 8, 0, 4);
    for (i = 0; i < len; i++)
        h = (h ^ blob[i]) * 16777619u;
    memcpy(blob + 8, &h, 4);
}

/* Head fields of a saved blob by their index (the timer's leading uint32 members, in order). */
enum { H_MAGIC, H_VERSION, H_CHECK, H_PROTOCOL, H_COUNT, H_STATE, H_STEP, H_PHASE, H_SKIPPED, H_START, H_SKIP_AT,
       H_PAUSED_AT, H_LAST_NOW, H_TOTAL, H_NEXT, H_BEFORE, H_CARE };

static void set_head(unsigned char *blob, int field, uint32_t v)
{
    memcpy(blob + 4 * field, &v, 4);
}

START_TEST(test_timer_save_restore)
{
    calfcare_relief_timer t, t2;
    calfcare_relief_event ev[64], ev2[64];
    unsigned char blob[1024];
    size_t n, n2, i;
    calfcare_error err;
    make_roll30(&t);
    /* roll, 1 set: 2 steps -> 68 + 2 * 8 bytes */
    ck_assert_uint_eq(calfcare_relief_timer_saved_size(&t), 84);
    ck_assert_uint_eq(CALFCARE_RELIEF_TIMER_SAVED_SIZE(2), 84);
    ck_assert_uint_eq(calfcare_relief_timer_saved_size(NULL), 0);
    calfcare_relief_timer_start(&t, 0xFFFFC000u, NULL);
    calfcare_relief_timer_update(&t, 0xFFFFC000u + 12000u, ev, 64, &n, NULL); /* mid-step 0 */
    ck_assert_int_eq(calfcare_relief_timer_save(&t, blob, sizeof blob, &err), CALFCARE_OK);
    memset(&t2, 0xA5, sizeof t2);
    ck_assert_int_eq(calfcare_relief_timer_restore(&t2, STEPS(&t2), blob, 84, &err), CALFCARE_OK);
    /* both go on identically, across the wrap */
    n = run_ticks(&t, 0xFFFFC000u + 12100u, 50000, 100, ev, 64);
    n2 = run_ticks(&t2, 0xFFFFC000u + 12100u, 50000, 100, ev2, 64);
    ck_assert_uint_eq(n, 13);
    ck_assert_uint_eq(n, n2);
    for (i = 0; i < n; i++) {
        ck_assert_int_eq(ev[i].type, ev2[i].type);
        ck_assert_uint_eq(ev[i].due_ms, ev2[i].due_ms);
    }

    /* the app was killed at 12 s and comes back at 40 s: the missed events, late, once */
    make_roll30(&t);
    calfcare_relief_timer_start(&t, 0, NULL);
    calfcare_relief_timer_update(&t, 12000, ev, 64, &n, NULL);
    calfcare_relief_timer_save(&t, blob, sizeof blob, NULL);
    ck_assert_int_eq(calfcare_relief_timer_restore(&t2, STEPS(&t2), blob, 84, NULL), CALFCARE_OK);
    calfcare_relief_timer_update(&t2, 40000, ev, 64, &n, NULL);
    check_sequence(ev, n, roll30 + 1, 7, 0, 1); /* halfway .. switch(1), all late */

    /* a paused timer restores paused */
    make_roll30(&t);
    calfcare_relief_timer_start(&t, 0, NULL);
    calfcare_relief_timer_pause(&t, 5000, NULL);
    calfcare_relief_timer_save(&t, blob, sizeof blob, NULL);
    ck_assert_int_eq(calfcare_relief_timer_restore(&t2, STEPS(&t2), blob, 84, NULL), CALFCARE_OK);
    calfcare_relief_timer_resume(&t2, 100000, NULL);
    calfcare_relief_timer_update(&t2, 110000, ev, 64, &n, NULL);
    ck_assert_uint_eq(n, 2); /* start (due 95000 after the shift: late), halfway at 110000 */
    ck_assert_uint_eq(ev[1].due_ms, 110000);

    /* buffers: 84 bytes exactly is enough, 83 is not; the step array must hold the steps */
    ck_assert_int_eq(calfcare_relief_timer_save(&t, blob, 83, &err), CALFCARE_E_BUFFER);
    ck_assert_str_eq(err.field, "cap");
    ck_assert_int_eq(calfcare_relief_timer_save(&t, blob, 84, &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_relief_timer_save(&t, blob, SIZE_MAX, &err), CALFCARE_E_BUFFER);
    ck_assert_int_eq(calfcare_relief_timer_save(&t, NULL, sizeof blob, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_relief_timer_save(NULL, blob, sizeof blob, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_relief_timer_restore(&t2, steps_for(&t2), 1, blob, 84, &err), CALFCARE_E_BUFFER);
    ck_assert_str_eq(err.field, "cap");
    ck_assert_int_eq(calfcare_relief_timer_restore(&t2, NULL, 2, blob, 84, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_relief_timer_restore(&t2, steps_for(&t2), 2, blob, 84, &err), CALFCARE_OK);
}
END_TEST

/* A blob of `id` with default parameters, started at 0 and updated to `at` ms. */
static size_t saved_at(int id, uint32_t at, unsigned char *blob, size_t cap)
{
    calfcare_relief_params p = defaults();
    calfcare_relief_protocol pr;
    calfcare_relief_timer t;
    calfcare_relief_event ev[64];
    size_t n;
    build_ok(id, &p, &pr);
    ck_assert_int_eq(calfcare_relief_timer_init(&t, &pr, STEPS(&t), NULL), CALFCARE_OK);
    calfcare_relief_timer_start(&t, 0, NULL);
    calfcare_relief_timer_update(&t, at, ev, 64, &n, NULL);
    ck_assert_int_eq(calfcare_relief_timer_save(&t, blob, cap, NULL), CALFCARE_OK);
    return calfcare_relief_timer_saved_size(&t);
}

START_TEST(test_timer_corrupt_restore)
{
    calfcare_relief_timer t, t2, before;
    unsigned char blob[84], bad[84], big[CALFCARE_RELIEF_TIMER_SAVED_MAX];
    calfcare_relief_event ev[8];
    calfcare_relief_timer_step *s2, s2_before[2];
    size_t n, i;
    calfcare_error err;
    /* 18 uint32 members and a pointer: 72 bytes on ILP32, 80 on LP64 (as documented in relief.h) */
    ck_assert_uint_eq(calfcare_relief_timer_size(), sizeof(void *) == 4 ? 72 : 80);
    ck_assert_uint_eq(sizeof(calfcare_relief_timer_step), 8);
    make_roll30(&t);
    calfcare_relief_timer_start(&t, 0, NULL);
    calfcare_relief_timer_update(&t, 12000, ev, 8, &n, NULL);
    calfcare_relief_timer_save(&t, blob, sizeof blob, NULL);
    make_roll30(&t2);
    s2 = steps_for(&t2);
    memcpy(&before, &t2, sizeof before);
    memcpy(s2_before, s2, sizeof s2_before);

    /* every single flipped byte is caught (checksum, or magic/version/size first) */
    for (i = 0; i < sizeof blob; i++) {
        memcpy(bad, blob, sizeof bad);
        bad[i] ^= 0x40;
        ck_assert_int_eq(calfcare_relief_timer_restore(&t2, STEPS(&t2), bad, sizeof bad, &err), CALFCARE_E_STATE);
    }
    ck_assert_int_eq(memcmp(&t2, &before, sizeof t2), 0); /* unchanged by the failures */
    ck_assert_int_eq(memcmp(s2, s2_before, sizeof s2_before), 0);
    ck_assert_ptr_nonnull(strstr(err.message, "corrupt")); /* the last byte flipped is covered by the checksum only */
    ck_assert_int_eq(calfcare_relief_timer_restore(&t2, STEPS(&t2), blob, 83, &err), CALFCARE_E_STATE);
    ck_assert_str_eq(err.field, "len");
    ck_assert_int_eq(calfcare_relief_timer_restore(&t2, STEPS(&t2), blob, 76, &err), CALFCARE_E_STATE);
    ck_assert_str_eq(err.field, "len"); /* a whole number of steps, but not the blob's count */
    memset(bad, 0, sizeof bad); /* a foreign (all zero) blob */
    ck_assert_int_eq(calfcare_relief_timer_restore(&t2, STEPS(&t2), bad, sizeof bad, &err), CALFCARE_E_STATE);
    /* the live state is not a saved blob */
    ck_assert_int_eq(calfcare_relief_timer_restore(&t2, STEPS(&t2), &t, 76, &err), CALFCARE_E_STATE);
    ck_assert_int_eq(calfcare_relief_timer_restore(&t2, STEPS(&t2), NULL, 84, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_relief_timer_restore(NULL, STEPS(&t2), blob, sizeof blob, &err), CALFCARE_E_NULL);

    /* a correctly sealed blob with impossible values is refused too */
#define FORGE(fld, v)                                                                                  \
    do {                                                                                                 \
        memcpy(bad, blob, sizeof bad);                                                                   \
        set_head(bad, fld, v);                                                                           \
        fnv_seal(bad, sizeof bad);                                                                       \
        ck_assert_int_eq(calfcare_relief_timer_restore(&t2, STEPS(&t2), bad, sizeof bad, &err), CALFCARE_E_STATE); \
        ck_assert_str_eq(err.field, "buf");                                                              \
    } while (0)
    FORGE(H_STEP, 99);
    ck_assert_ptr_nonnull(strstr(err.message, "impossible"));
    /* Phase 8 (past the last phase) means "the whole session reported": impossible while running.
     * (A step start "in the future" is not checked: on a wrapping uint32 clock it cannot be told
     * from a step that started long ago with events still pending, which the engine can reach.) */
    FORGE(H_PHASE, 8);
    FORGE(H_PROTOCOL, 0);                   /* unknown protocol id */
    FORGE(H_PROTOCOL, 8);
    FORGE(H_PROTOCOL, CALFCARE_RELIEF_RICE); /* a roll step in a RICE session */
    FORGE(H_TOTAL, 60001);
    FORGE(H_CARE, 0);                       /* the steps' care (foam_roll) not recorded */
    FORGE(H_CARE, CALFCARE_CARE_FOAM_ROLL | CALFCARE_CARE_ICE);
    FORGE(H_BEFORE, 30000);                 /* in step 0, nothing before */
    /* steps: bytes 68.. duration (4), cue (2), kind (1), side | flags << 2 (1) */
#define FORGE_STEP(off, bytes, len)                                                                      \
    do {                                                                                                 \
        memcpy(bad, blob, sizeof bad);                                                                   \
        memcpy(bad + 68 + (off), bytes, len);                                                            \
        fnv_seal(bad, sizeof bad);                                                                       \
        ck_assert_int_eq(calfcare_relief_timer_restore(&t2, STEPS(&t2), bad, sizeof bad, &err), CALFCARE_E_STATE); \
    } while (0)
    {
        uint32_t d;
        uint16_t cue;
        uint8_t b;
        d = 29999; /* roll: 30-120 s */
        FORGE_STEP(0, &d, 4);
        d = 120001;
        FORGE_STEP(0, &d, 4);
        d = 0;
        FORGE_STEP(0, &d, 4);
        cue = 2001; /* the cue of rest on a roll step */
        FORGE_STEP(4, &cue, 2);
        cue = 2999;
        FORGE_STEP(4, &cue, 2);
        b = CALFCARE_RELIEF_STEP_ICE; /* an ice step in a roll session */
        FORGE_STEP(6, &b, 1);
        b = 17; /* unknown kind */
        FORGE_STEP(6, &b, 1);
        b = 0;
        FORGE_STEP(6, &b, 1);
        b = 3; /* side 3 */
        FORGE_STEP(7, &b, 1);
        b = (uint8_t)(CALFCARE_RELIEF_SIDE_LEFT | 0u << 2); /* halfway and countdown flags dropped */
        FORGE_STEP(7, &b, 1);
        b = (uint8_t)(CALFCARE_RELIEF_SIDE_RIGHT | 3u << 2); /* second step: switch flag dropped */
        FORGE_STEP(8 + 7, &b, 1);
    }
    /* the sealing in this test is the library's: an untouched re-seal is accepted */
    memcpy(bad, blob, sizeof bad);
    fnv_seal(bad, sizeof bad);
    ck_assert_int_eq(calfcare_relief_timer_restore(&t2, STEPS(&t2), bad, sizeof bad, &err), CALFCARE_OK);

    /* a stale blob: ice changed to 25 min (over the 20-min limit) and re-sealed, in a RICE session */
    n = saved_at(CALFCARE_RELIEF_RICE, 1000, big, sizeof big);
    ck_assert_uint_eq(n, 68 + 3 * 8);
    {
        uint32_t d = 25u * 60000u, total;
        memcpy(big + 68 + 2 * 8, &d, 4);
        total = 60000u + 60000u + d;
        memcpy(big + 4 * H_TOTAL, &total, 4);
        fnv_seal(big, n);
        ck_assert_int_eq(calfcare_relief_timer_restore(&t2, STEPS(&t2), big, n, &err), CALFCARE_E_STATE);
        d = 20u * 60000u; /* 20 min is the limit itself: accepted */
        memcpy(big + 68 + 2 * 8, &d, 4);
        total = 60000u + 60000u + d;
        memcpy(big + 4 * H_TOTAL, &total, 4);
        fnv_seal(big, n);
        ck_assert_int_eq(calfcare_relief_timer_restore(&t2, STEPS(&t2), big, n, &err), CALFCARE_OK);
    }
    /* every protocol's blob restores */
    for (i = CALFCARE_RELIEF_RICE; i <= CALFCARE_RELIEF_REST; i++) {
        n = saved_at((int)i, 100000, big, sizeof big);
        ck_assert_int_eq(calfcare_relief_timer_restore(&t2, STEPS(&t2), big, n, &err), CALFCARE_OK);
    }
#undef FORGE
#undef FORGE_STEP
}
END_TEST

START_TEST(test_timer_misuse)
{
    calfcare_relief_timer t;
    calfcare_relief_protocol pr;
    calfcare_relief_event ev[4];
    calfcare_relief_timer_info info;
    calfcare_error err;
    size_t n = 7;

    memset(&t, 0, sizeof t); /* never initialised */
    ck_assert_int_eq(calfcare_relief_timer_update(&t, 0, ev, 4, &n, &err), CALFCARE_E_STATE);
    ck_assert_str_eq(err.field, "timer");
    ck_assert_int_eq(calfcare_relief_timer_start(&t, 0, &err), CALFCARE_E_STATE);
    ck_assert_int_eq(calfcare_relief_timer_query(&t, 0, &info, &err), CALFCARE_E_STATE);
    ck_assert_int_eq(calfcare_relief_timer_poll(&t, 0, ev, &err), CALFCARE_E_STATE);
    ck_assert_int_eq(calfcare_relief_timer_update(NULL, 0, ev, 4, &n, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_relief_timer_init(NULL, &pr, STEPS(NULL), &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_relief_timer_init(&t, NULL, STEPS(&t), &err), CALFCARE_E_NULL);
    memset(&pr, 0, sizeof pr); /* no steps */
    ck_assert_int_eq(calfcare_relief_timer_init(&t, &pr, STEPS(&t), &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "protocol");
    {
        calfcare_relief_params p = defaults();
        build_ok(CALFCARE_RELIEF_RICE, &p, &pr);
        ck_assert_int_eq(calfcare_relief_timer_init(&t, &pr, NULL, 3, &err), CALFCARE_E_NULL);
        ck_assert_int_eq(calfcare_relief_timer_init(&t, &pr, steps_for(&t), 2, &err), CALFCARE_E_BUFFER);
        ck_assert_str_eq(err.field, "cap");
        ck_assert_int_eq(calfcare_relief_timer_init(&t, &pr, steps_for(&t), 3, &err), CALFCARE_OK);
    }

    make_roll30(&t);
    /* before start: no events, not an error; pause/skip/resume refuse */
    ck_assert_int_eq(calfcare_relief_timer_update(&t, 5000, ev, 4, &n, &err), CALFCARE_OK);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(calfcare_relief_timer_pause(&t, 0, &err), CALFCARE_E_STATE);
    ck_assert_int_eq(calfcare_relief_timer_resume(&t, 0, &err), CALFCARE_E_STATE);
    ck_assert_int_eq(calfcare_relief_timer_skip(&t, 0, &err), CALFCARE_E_STATE);
    ck_assert_int_eq(calfcare_relief_timer_start(&t, 0, &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_relief_timer_start(&t, 0, &err), CALFCARE_E_STATE);
    /* buffers */
    ck_assert_int_eq(calfcare_relief_timer_update(&t, 0, ev, 0, &n, &err), CALFCARE_E_BUFFER);
    ck_assert_int_eq(calfcare_relief_timer_update(&t, 0, ev, SIZE_MAX, &n, &err), CALFCARE_E_BUFFER);
    ck_assert_int_eq(calfcare_relief_timer_update(&t, 0, NULL, 4, &n, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_relief_timer_update(&t, 0, ev, 4, NULL, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_relief_timer_poll(&t, 0, NULL, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_relief_timer_query(&t, 0, NULL, &err), CALFCARE_E_NULL);
    /* the failed calls above consumed nothing */
    ck_assert_int_eq(calfcare_relief_timer_update(&t, 0, ev, 4, &n, &err), CALFCARE_OK);
    ck_assert_uint_eq(n, 1);
    ck_assert_int_eq(ev[0].type, CALFCARE_RELIEF_EV_STEP_START);
    /* a hand-made protocol with a step too long for the engine */
    make_roll30(&t);
    {
        calfcare_relief_params p = defaults();
        build_ok(CALFCARE_RELIEF_ROLL, &p, &pr);
        pr.steps[1].duration_ms = 1200001;
        ck_assert_int_eq(calfcare_relief_timer_init(&t, &pr, STEPS(&t), &err), CALFCARE_E_INVALID);
        pr.steps[1].duration_ms = 999;
        ck_assert_int_eq(calfcare_relief_timer_init(&t, &pr, STEPS(&t), &err), CALFCARE_E_INVALID);
        /* meaning, not only range: roll is 30-120 s per leg, so 29 s and 121 s are refused */
        p.sets = 1; /* 2 steps: left 60 s, right 60 s */
        build_ok(CALFCARE_RELIEF_ROLL, &p, &pr);
        pr.steps[1].duration_ms = 29999;
        pr.total_ms -= 60000 - 29999;
        ck_assert_int_eq(calfcare_relief_timer_init(&t, &pr, STEPS(&t), &err), CALFCARE_E_INVALID);
        ck_assert_str_eq(err.message, "protocol: step 1 has a duration outside the bounds of its kind "
                                      "(build the protocol with calfcare_relief_build)");
        ck_assert_str_eq(err.field, "protocol");
        pr.steps[1].duration_ms = 30000; /* the bound itself is fine, but starts and total must add up */
        ck_assert_int_eq(calfcare_relief_timer_init(&t, &pr, STEPS(&t), &err), CALFCARE_E_INVALID);
        ck_assert_ptr_nonnull(strstr(err.message, "total_ms"));
        pr.total_ms += 1;
        ck_assert_int_eq(calfcare_relief_timer_init(&t, &pr, STEPS(&t), &err), CALFCARE_OK);
        build_ok(CALFCARE_RELIEF_ROLL, &p, &pr);
        pr.steps[0].cue = CALFCARE_RELIEF_R_ICE;
        ck_assert_int_eq(calfcare_relief_timer_init(&t, &pr, STEPS(&t), &err), CALFCARE_E_INVALID);
        ck_assert_ptr_nonnull(strstr(err.message, "step 0 has a cue code"));
        build_ok(CALFCARE_RELIEF_ROLL, &p, &pr);
        pr.steps[0].care = 0; /* a roll step that does not count as foam rolling: would dodge a block */
        ck_assert_int_eq(calfcare_relief_timer_init(&t, &pr, STEPS(&t), &err), CALFCARE_E_INVALID);
        ck_assert_ptr_nonnull(strstr(err.message, "care kind"));
        build_ok(CALFCARE_RELIEF_ROLL, &p, &pr);
        pr.protocol = CALFCARE_RELIEF_WARMUP; /* roll steps in a warm-up */
        ck_assert_int_eq(calfcare_relief_timer_init(&t, &pr, STEPS(&t), &err), CALFCARE_E_INVALID);
        pr.protocol = 9;
        ck_assert_int_eq(calfcare_relief_timer_init(&t, &pr, STEPS(&t), &err), CALFCARE_E_INVALID);
        ck_assert_ptr_nonnull(strstr(err.message, "protocol id"));
        build_ok(CALFCARE_RELIEF_ROLL, &p, &pr);
        pr.blocked_care = CALFCARE_CARE_FOAM_ROLL; /* a refused protocol */
        ck_assert_int_eq(calfcare_relief_timer_init(&t, &pr, STEPS(&t), &err), CALFCARE_E_INVALID);
        ck_assert_ptr_nonnull(strstr(err.message, "refused"));
    }
}
END_TEST

/* Every protocol runs to the end at 10 Hz with the expected number of events of each type. */
START_TEST(test_timer_full_session_counts)
{
    calfcare_relief_params p = defaults();
    calfcare_relief_protocol pr;
    calfcare_relief_timer t;
    calfcare_relief_event ev[16];
    size_t n, i, count[7] = {0};
    uint32_t now, t0 = 0xFFF00000u, last_due = t0;
    build_ok(CALFCARE_RELIEF_FULL, &p, &pr);
    calfcare_relief_timer_init(&t, &pr, STEPS(&t), NULL);
    calfcare_relief_timer_start(&t, t0, NULL);
    for (now = t0; now != t0 + 2400100u; now += 100) {
        calfcare_relief_timer_update(&t, now, ev, 16, &n, NULL);
        for (i = 0; i < n; i++) {
            count[ev[i].type]++;
            ck_assert_int_eq(ev[i].late, 0);
            ck_assert((int32_t)(ev[i].due_ms - last_due) >= 0); /* in order */
            last_due = ev[i].due_ms;
        }
    }
    /* 34 steps, all 4 s or longer: 34 starts, 34 dones, 102 countdown ticks; halfway for ice (1),
     * 12 holds and 6 rolls = 19 (not the pain check); switches: 11 in the stretch (12 side groups)
     * + 6 rolls = 17 */
    ck_assert_uint_eq(count[CALFCARE_RELIEF_EV_STEP_START], 34);
    ck_assert_uint_eq(count[CALFCARE_RELIEF_EV_STEP_DONE], 34);
    ck_assert_uint_eq(count[CALFCARE_RELIEF_EV_COUNTDOWN], 102);
    ck_assert_uint_eq(count[CALFCARE_RELIEF_EV_HALFWAY], 19);
    ck_assert_uint_eq(count[CALFCARE_RELIEF_EV_SWITCH_SIDE], 17);
    ck_assert_uint_eq(count[CALFCARE_RELIEF_EV_SESSION_DONE], 1);
    ck_assert_uint_eq(last_due, t0 + 2400000u);
}
END_TEST

/* ---- parameter tables (calfcare/params.h) ---------------------------------------------------- */

/* A struct big enough for any parameter struct, for the generic walks below. */
typedef union any_params {
    calfcare_relief_params relief;
    calfcare_progression_params progression;
    calfcare_progression_plan_params plan;
    calfcare_progression_rtr_gate_input gate;
} any_params;

static void init_params(int table, any_params *p)
{
    memset(p, 0, sizeof *p);
    if (table == CALFCARE_PARAMS_TABLE_RELIEF)
        ck_assert_int_eq(calfcare_relief_params_init(&p->relief, NULL), CALFCARE_OK);
    else if (table == CALFCARE_PARAMS_TABLE_PROGRESSION)
        ck_assert_int_eq(calfcare_progression_params_init(&p->progression, NULL), CALFCARE_OK);
    else if (table == CALFCARE_PARAMS_TABLE_PLAN)
        ck_assert_int_eq(calfcare_progression_plan_params_init(&p->plan, NULL), CALFCARE_OK);
    else
        ck_assert_int_eq(calfcare_progression_rtr_gate_input_init(&p->gate, NULL), CALFCARE_OK);
}

static size_t size_of(int table)
{
    return table == CALFCARE_PARAMS_TABLE_RELIEF        ? sizeof(calfcare_relief_params)
           : table == CALFCARE_PARAMS_TABLE_PROGRESSION ? sizeof(calfcare_progression_params)
           : table == CALFCARE_PARAMS_TABLE_PLAN        ? sizeof(calfcare_progression_plan_params)
                                                        : sizeof(calfcare_progression_rtr_gate_input);
}

/* The setter refuses v, names the field and leaves the struct as it was. */
static void refused(int table, int id, double v)
{
    any_params p, before;
    calfcare_error err;
    const calfcare_params_field *f = calfcare_params_field_at(table, id);
    init_params(table, &p);
    before = p;
    ck_assert_msg(calfcare_params_set(table, &p, size_of(table), id, v, &err) == CALFCARE_E_INVALID, "%s = %.17g",
                  f->name, v);
    ck_assert_str_eq(err.field, f->name);
    ck_assert(memcmp(&p, &before, sizeof p) == 0);
}

/* The setter takes v, and reading the member back gives v. */
static void taken(int table, int id, double v)
{
    any_params p;
    calfcare_error err;
    double back;
    init_params(table, &p);
    ck_assert_msg(calfcare_params_set(table, &p, size_of(table), id, v, &err) == CALFCARE_OK, "%s",
                  err.message);
    ck_assert_int_eq(calfcare_params_get(table, &p, size_of(table), id, &back, NULL), CALFCARE_OK);
    ck_assert(back == v);
}

/* Every row of every table: the default inside the range (or the row's unset value, or a required
 * row's placeholder), the _init() functions write it, min and max taken, min - 1 ulp, max + 1 ulp,
 * NaN and infinities refused; whole numbers only for INT and CHOICE rows; offsets inside the struct. */
START_TEST(test_params_tables_every_row)
{
    static const int tables[] = {CALFCARE_PARAMS_TABLE_RELIEF, CALFCARE_PARAMS_TABLE_PROGRESSION,
                                 CALFCARE_PARAMS_TABLE_PLAN, CALFCARE_PARAMS_TABLE_RTR_GATE};
    size_t t;
    for (t = 0; t < sizeof tables / sizeof tables[0]; t++) {
        int table = tables[t];
        size_t i, n = calfcare_params_field_count(table);
        ck_assert_uint_ge(n, 4);
        for (i = 0; i < n; i++) {
            const calfcare_params_field *f = calfcare_params_field_at(table, (int)i);
            any_params p;
            double got;
            int id;
            ck_assert_int_eq(f->id, (int)i);
            ck_assert(f->min <= f->max);
            ck_assert_uint_le(f->offset + (f->type == CALFCARE_PARAMS_TYPE_DOUBLE ? sizeof(double) : sizeof(int)),
                              size_of(table));
            ck_assert_ptr_nonnull(f->help);
            ck_assert(f->help[0] != '\0');
            /* the default: inside the range, or the documented "not given", or a placeholder to set */
            if (f->flags & CALFCARE_PARAMS_FIELD_REQUIRED)
                ck_assert(f->default_value == 0);
            else
                ck_assert_msg((f->default_value >= f->min && f->default_value <= f->max) ||
                                  f->default_value == f->unset,
                              "%s default %g", f->name, f->default_value);
            init_params(table, &p);
            ck_assert_int_eq(calfcare_params_get(table, &p, size_of(table), (int)i, &got, NULL), CALFCARE_OK);
            ck_assert_msg(got == f->default_value, "%s: _init() wrote %g, the table says %g", f->name, got,
                          f->default_value);
            /* the name finds the row, with '-' or '_' */
            ck_assert_int_eq(calfcare_params_field_parse(table, f->name, &id, NULL), CALFCARE_OK);
            ck_assert_int_eq(id, (int)i);
            /* edges */
            taken(table, (int)i, f->min);
            taken(table, (int)i, f->max);
            refused(table, (int)i, nextafter(f->min, -INFINITY));
            refused(table, (int)i, nextafter(f->max, INFINITY));
            refused(table, (int)i, NAN);
            refused(table, (int)i, INFINITY);
            refused(table, (int)i, -INFINITY);
            if (f->type != CALFCARE_PARAMS_TYPE_DOUBLE)
                refused(table, (int)i, f->min + 0.5);
            if (!isnan(f->unset))
                taken(table, (int)i, f->unset);
            if (f->type == CALFCARE_PARAMS_TYPE_CHOICE) {
                int v, w;
                for (v = (int)f->min; v <= (int)f->max; v++) {
                    const char *word = calfcare_params_choice_name(table, (int)i, v);
                    ck_assert_str_ne(word, "unknown");
                    ck_assert_int_eq(calfcare_params_choice_parse(table, (int)i, word, &w, NULL), CALFCARE_OK);
                    ck_assert_int_eq(w, v);
                }
                ck_assert_str_eq(calfcare_params_choice_name(table, (int)i, (int)f->max + 1), "unknown");
            } else {
                ck_assert_str_eq(calfcare_params_choice_name(table, (int)i, (int)f->min), "unknown");
            }
        }
        ck_assert_ptr_null(calfcare_params_field_at(table, (int)n));
    }
}
END_TEST

/* The rows as the headers document them, worked out by hand from relief.h and progression.h. */
START_TEST(test_params_tables_content)
{
    static const struct {
        int table;
        const char *name;
        calfcare_params_type type;
        double min, max, def;
    } want[] = {
        {CALFCARE_PARAMS_TABLE_RELIEF, "ice_min", CALFCARE_PARAMS_TYPE_DOUBLE, 15, 20, 15},
        {CALFCARE_PARAMS_TABLE_RELIEF, "hold_s", CALFCARE_PARAMS_TYPE_DOUBLE, 20, 30, 30},
        {CALFCARE_PARAMS_TABLE_RELIEF, "reps", CALFCARE_PARAMS_TYPE_INT, 1, 5, 3},
        {CALFCARE_PARAMS_TABLE_RELIEF, "roll_s", CALFCARE_PARAMS_TYPE_DOUBLE, 30, 120, 60},
        {CALFCARE_PARAMS_TABLE_RELIEF, "sets", CALFCARE_PARAMS_TYPE_INT, 1, 3, 3},
        {CALFCARE_PARAMS_TABLE_RELIEF, "week", CALFCARE_PARAMS_TYPE_INT, 1, 52, 1},
        {CALFCARE_PARAMS_TABLE_RELIEF, "last_ice_ended_min_ago", CALFCARE_PARAMS_TYPE_DOUBLE, 0, 525600, -1},
        {CALFCARE_PARAMS_TABLE_RELIEF, "ice_rounds", CALFCARE_PARAMS_TYPE_INT, 1, 2, 1},
        {CALFCARE_PARAMS_TABLE_RELIEF, "tool", CALFCARE_PARAMS_TYPE_CHOICE, 0, 1, 0},
        {CALFCARE_PARAMS_TABLE_PROGRESSION, "max_increase_pct", CALFCARE_PARAMS_TYPE_DOUBLE, 1, 50, 10},
        {CALFCARE_PARAMS_TABLE_PROGRESSION, "acute_days", CALFCARE_PARAMS_TYPE_INT, 1, 364, 7},
        {CALFCARE_PARAMS_TABLE_PROGRESSION, "chronic_days", CALFCARE_PARAMS_TYPE_INT, 2, 365, 28},
        {CALFCARE_PARAMS_TABLE_PROGRESSION, "decay", CALFCARE_PARAMS_TYPE_CHOICE, 1, 3, 1},
        {CALFCARE_PARAMS_TABLE_PROGRESSION, "coupling", CALFCARE_PARAMS_TYPE_CHOICE, 1, 2, 1},
        {CALFCARE_PARAMS_TABLE_PROGRESSION, "seed", CALFCARE_PARAMS_TYPE_CHOICE, 1, 2, 1},
        {CALFCARE_PARAMS_TABLE_PLAN, "current_km", CALFCARE_PARAMS_TYPE_DOUBLE, 1, 1000, 0},
        {CALFCARE_PARAMS_TABLE_PLAN, "target_km", CALFCARE_PARAMS_TYPE_DOUBLE, 0, 1000, 0},
        {CALFCARE_PARAMS_TABLE_PLAN, "max_increase_pct", CALFCARE_PARAMS_TYPE_DOUBLE, 1, 50, 10},
        {CALFCARE_PARAMS_TABLE_PLAN, "cutback_every", CALFCARE_PARAMS_TYPE_INT, 2, 6, 4},
        {CALFCARE_PARAMS_TABLE_PLAN, "cutback_pct", CALFCARE_PARAMS_TYPE_DOUBLE, 10, 40, 25},
        {CALFCARE_PARAMS_TABLE_PLAN, "weeks", CALFCARE_PARAMS_TYPE_INT, 1, 156, 0},
    };
    size_t i;
    ck_assert_uint_eq(calfcare_params_field_count(CALFCARE_PARAMS_TABLE_RELIEF), 9);
    ck_assert_uint_eq(calfcare_params_field_count(CALFCARE_PARAMS_TABLE_PROGRESSION), 6);
    ck_assert_uint_eq(calfcare_params_field_count(CALFCARE_PARAMS_TABLE_PLAN), 6);
    for (i = 0; i < sizeof want / sizeof want[0]; i++) {
        int id;
        const calfcare_params_field *f;
        ck_assert_int_eq(calfcare_params_field_parse(want[i].table, want[i].name, &id, NULL), CALFCARE_OK);
        f = calfcare_params_field_at(want[i].table, id);
        ck_assert_str_eq(f->name, want[i].name);
        ck_assert_int_eq(f->type, want[i].type);
        ck_assert_msg(f->min == want[i].min && f->max == want[i].max && f->default_value == want[i].def, "%s",
                      f->name);
    }
    /* offsets are the members' */
    ck_assert_uint_eq(calfcare_params_field_at(CALFCARE_PARAMS_TABLE_RELIEF, 2)->offset,
                      offsetof(calfcare_relief_params, reps));
    ck_assert_uint_eq(calfcare_params_field_at(CALFCARE_PARAMS_TABLE_PLAN, 5)->offset,
                      offsetof(calfcare_progression_plan_params, weeks));
    /* the "not given" values: -1 unknown ice, 0 weeks until the target */
    ck_assert(calfcare_params_field_at(CALFCARE_PARAMS_TABLE_RELIEF, 6)->unset == -1);
    ck_assert_str_eq(calfcare_params_field_at(CALFCARE_PARAMS_TABLE_RELIEF, 6)->unset_help, "unknown");
    ck_assert(calfcare_params_field_at(CALFCARE_PARAMS_TABLE_PLAN, 5)->unset == 0);
    ck_assert(isnan(calfcare_params_field_at(CALFCARE_PARAMS_TABLE_RELIEF, 0)->unset));
    ck_assert(calfcare_params_field_at(CALFCARE_PARAMS_TABLE_PLAN, 0)->flags & CALFCARE_PARAMS_FIELD_REQUIRED);
    ck_assert_str_eq(calfcare_params_choice_name(CALFCARE_PARAMS_TABLE_PROGRESSION, 3, 1), "2/(n+1)");
    ck_assert_str_eq(calfcare_params_choice_name(CALFCARE_PARAMS_TABLE_RELIEF, 8, 1), "ball");
}
END_TEST

/* Setting from text: the one number parser, the choices' words, and the error messages (field, the
 * value as given, the accepted range). */
START_TEST(test_params_set_text)
{
    calfcare_relief_params p;
    calfcare_progression_params pp;
    calfcare_progression_plan_params plan;
    calfcare_error err;
    int id;
    calfcare_relief_params_init(&p, NULL);
    ck_assert_int_eq(calfcare_params_field_parse(CALFCARE_PARAMS_TABLE_RELIEF, "ice-min", &id, NULL), CALFCARE_OK);
    ck_assert_int_eq(calfcare_params_set_text(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, id, "17.5", &err),
                     CALFCARE_OK);
    ck_assert(p.ice_min == 17.5);
    ck_assert_int_eq(calfcare_params_set_text(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, id, "20.0001", &err),
                     CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "ice_min: 20.0001 is outside the accepted range; accepted: 15 to 20 min");
    ck_assert(err.value == 20.0001 && err.min == 15 && err.max == 20);
    ck_assert(p.ice_min == 17.5); /* unchanged */
    ck_assert_int_eq(calfcare_params_set_text(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, id, "0x10", &err),
                     CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "ice_min");
    ck_assert_int_eq(calfcare_params_set_text(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, id, "16 ", &err),
                     CALFCARE_E_INVALID);
    /* whole numbers into int members */
    ck_assert_int_eq(calfcare_params_field_parse(CALFCARE_PARAMS_TABLE_RELIEF, "reps", &id, NULL), CALFCARE_OK);
    ck_assert_int_eq(calfcare_params_set_text(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, id, "4", &err), CALFCARE_OK);
    ck_assert_int_eq(p.reps, 4);
    ck_assert_int_eq(calfcare_params_set_text(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, id, "2.5", &err),
                     CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "reps: 2.5 is not a whole number; accepted: whole numbers from 1 to 5 holds per side");
    ck_assert_int_eq(calfcare_params_set_text(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, id, "7", &err),
                     CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "reps: 7 is outside the accepted range; accepted: whole numbers from 1 to 5 holds per side");
    ck_assert_int_eq(p.reps, 4);
    /* the unset value, and its note in the range */
    ck_assert_int_eq(calfcare_params_field_parse(CALFCARE_PARAMS_TABLE_RELIEF, "last_ice_ended_min_ago", &id, NULL),
                     CALFCARE_OK);
    ck_assert_int_eq(calfcare_params_set_text(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, id, "-2", &err),
                     CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message,
                     "last_ice_ended_min_ago: -2 is outside the accepted range; accepted: 0 to 525600 min (or -1 for unknown)");
    ck_assert_int_eq(calfcare_params_set_text(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, id, "90", &err), CALFCARE_OK);
    ck_assert(p.last_ice_ended_min_ago == 90);
    /* choices: the area's words */
    ck_assert_int_eq(calfcare_params_set_text(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, 8, "ball", &err), CALFCARE_OK);
    ck_assert_int_eq(p.tool, CALFCARE_RELIEF_TOOL_BALL);
    ck_assert_int_eq(calfcare_params_set_text(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, 8, "1", &err),
                     CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "tool");
    ck_assert_int_eq(calfcare_params_set(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, 8, 2, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "tool: accepted: 0 (roller), 1 (ball); got 2");
    calfcare_progression_params_init(&pp, NULL);
    ck_assert_int_eq(calfcare_params_set_text(CALFCARE_PARAMS_TABLE_PROGRESSION, &pp, sizeof pp, 3, "exp", &err),
                     CALFCARE_OK);
    ck_assert_int_eq(pp.decay, CALFCARE_PROGRESSION_DECAY_EXP);
    ck_assert_int_eq(calfcare_params_set(CALFCARE_PARAMS_TABLE_PROGRESSION, &pp, sizeof pp, 3, 4, &err),
                     CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "decay: accepted: 1 (2/(n+1)), 2 (exp), 3 (1/n); got 4");
    /* the plan: weeks 0 is "until the target", 157 is out */
    calfcare_progression_plan_params_init(&plan, NULL);
    ck_assert_int_eq(calfcare_params_set(CALFCARE_PARAMS_TABLE_PLAN, &plan, sizeof plan, 5, 157, &err),
                     CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "weeks: 157 is outside the accepted range; accepted: whole numbers from 1 to 156 weeks "
                                  "(or 0 for until the target)");
    /* a struct smaller than the library's is refused */
    ck_assert_int_eq(calfcare_params_set(CALFCARE_PARAMS_TABLE_PLAN, &plan, sizeof plan - 8, 5, 3, &err),
                     CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "size");
}
END_TEST

Suite *relief_suite(void)
{
    Suite *s = suite_create("relief");
    TCase *tc = tcase_create("protocols");
    tcase_add_test(tc, test_params_defaults);
    tcase_add_test(tc, test_names);
    tcase_add_test(tc, test_reason_table);
    tcase_add_test(tc, test_rice_schedule);
    tcase_add_test(tc, test_rice_intermittent);
    tcase_add_test(tc, test_stretch_schedule);
    tcase_add_test(tc, test_roll_schedule);
    tcase_add_test(tc, test_roll_with_ball);
    tcase_add_test(tc, test_full_schedule);
    tcase_add_test(tc, test_warmup_cooldown_schedule);
    tcase_add_test(tc, test_strength_progression);
    tcase_add_test(tc, test_build_int_matches_double);
    tcase_add_test(tc, test_bounds);
    tcase_add_test(tc, test_out_of_range_not_clamped_for_unused_field);
    tcase_add_test(tc, test_build_null_and_bad_protocol);
    tcase_add_test(tc, test_ice_gap);
    tcase_add_test(tc, test_blocked_steps);
    tcase_add_test(tc, test_block_helper);
    tcase_add_test(tc, test_block_unnamed);
    suite_add_tcase(s, tc);
    tc = tcase_create("timer");
    tcase_add_test(tc, test_timer_events_10hz);
    tcase_add_test(tc, test_timer_odd_tick_never_drifts);
    tcase_add_test(tc, test_timer_wrap);
    tcase_add_test(tc, test_timer_start_exactly_at_wrap);
    tcase_add_test(tc, test_timer_backwards);
    tcase_add_test(tc, test_timer_long_jump);
    tcase_add_test(tc, test_timer_poll);
    tcase_add_test(tc, test_timer_pause_resume);
    tcase_add_test(tc, test_timer_skip);
    tcase_add_test(tc, test_timer_query);
    tcase_add_test(tc, test_timer_save_restore);
    tcase_add_test(tc, test_timer_takes_the_ball);
    tcase_add_test(tc, test_timer_corrupt_restore);
    tcase_add_test(tc, test_timer_misuse);
    tcase_add_test(tc, test_timer_full_session_counts);
    tcase_add_test(tc, test_params_tables_every_row);
    tcase_add_test(tc, test_params_tables_content);
    tcase_add_test(tc, test_params_set_text);
    suite_add_tcase(s, tc);
    return s;
}
