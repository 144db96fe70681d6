/*
 * watch.c - a watch-style main loop over the relief timer engine.
 *
 * A watch app has a 32-bit millisecond tick counter, a vibration motor and a buzzer, little RAM
 * and must not burn battery. This example shows the pattern:
 *
 *   - the timer state is a static struct of at most 128 bytes, and its steps a static array sized
 *     to the protocol (8 steps of 8 bytes here; no heap);
 *   - the loop reads the clock, calls calfcare_relief_timer_update() and turns each event into
 *     a vibration pattern and a beep from a haptic cue table; late events (after the watch slept)
 *     are shown but not buzzed;
 *   - between events the watch sleeps exactly calfcare_relief_timer_info.next_event_in_ms
 *     (calfcare_relief_timer_status(): integers only, no floating point);
 *   - the user pauses and resumes; the app is killed and restarted (state saved and restored);
 *   - the clock starts 30 s before the 2^32 ms wrap, so the session runs across it.
 *
 * Here the clock, the motor and the buzzer are simulated so the example runs instantly under
 * `make check`. It checks the sequence of events it saw and exits non-zero if it is wrong.
 *
 * Build against an installed copy:
 *     cc watch.c $(pkg-config --cflags --libs calfcare) -o watch
 */
#include <stdio.h>
#include <string.h>

#include <calfcare.h>

/* ---- the "hardware" ------------------------------------------------------------------------ */

static uint32_t hw_clock;   /* the watch's monotonic ms counter (wraps at 2^32) */
static unsigned hw_vibrations, hw_beeps;

static uint32_t clock_ms(void)
{
    return hw_clock;
}

static void sleep_ms(uint32_t ms)
{
    hw_clock += ms; /* a real watch would enter low-power mode with a wake-up alarm */
}

static void vibrate(unsigned ms)
{
    hw_vibrations++;
    printf("    ~ vibrate %u ms\n", ms);
}

static void pause_motor(unsigned ms)
{
    printf("    . %u ms\n", ms); /* a real watch would wait with the motor off */
}

static void beep(unsigned hz, unsigned ms)
{
    hw_beeps++;
    printf("    ! beep %u Hz %u ms\n", hz, ms);
}

/* Flash storage that survives the app being killed: one saved timer of up to 64 steps. */
static unsigned char flash[CALFCARE_RELIEF_TIMER_SAVED_MAX];

/* ---- the app ----------------------------------------------------------------------------- */

#define STEPS 8                           /* the stretch below has 8 steps */
static calfcare_relief_timer timer;       /* static RAM: 72 bytes on a 32-bit watch */
static calfcare_relief_timer_step steps[STEPS]; /* 8 bytes a step: 64 bytes */

/*
 * Haptic cue table: event -> vibration pattern (motor on/off ms, up to 3 pulses) and an optional
 * beep. Distinct rhythms so that the user can tell the events apart without looking: one long
 * pulse to start a step, a double tap to switch legs, a short tap at halfway, a beep per second
 * of the countdown, a rising beep when a step ends and a long pulse with a high beep at the end.
 */
static const struct haptic_cue {
    uint16_t pulse_ms[3]; /* motor on, ms; 0 ends the pattern */
    uint16_t gap_ms;      /* motor off between pulses, ms */
    uint16_t beep_hz, beep_ms;
} haptic_cues[] = {
    [CALFCARE_RELIEF_EV_NONE] = {{0, 0, 0}, 0, 0, 0},
    [CALFCARE_RELIEF_EV_STEP_START] = {{200, 0, 0}, 0, 0, 0},
    [CALFCARE_RELIEF_EV_SWITCH_SIDE] = {{100, 100, 0}, 80, 0, 0},
    [CALFCARE_RELIEF_EV_HALFWAY] = {{80, 0, 0}, 0, 0, 0},
    [CALFCARE_RELIEF_EV_COUNTDOWN] = {{0, 0, 0}, 0, 880, 100},
    [CALFCARE_RELIEF_EV_STEP_DONE] = {{0, 0, 0}, 0, 1320, 300},
    [CALFCARE_RELIEF_EV_SESSION_DONE] = {{600, 0, 0}, 0, 1760, 500},
};

static void play(const struct haptic_cue *c)
{
    unsigned i;
    for (i = 0; i < 3 && c->pulse_ms[i]; i++) {
        if (i)
            pause_motor(c->gap_ms);
        vibrate(c->pulse_ms[i]);
    }
    if (c->beep_hz)
        beep(c->beep_hz, c->beep_ms);
}

/* What the app saw, to check at the end. */
#define LOG_MAX 256
static struct {
    int type;
    uint32_t step;
    int late;
} seen[LOG_MAX];
static size_t n_seen;

static void on_event(const calfcare_relief_event *ev)
{
    printf("  %-12s step %u %-16s %-5s%s\n", calfcare_relief_event_name(ev->type), ev->step + 1,
           calfcare_relief_step_kind_name(ev->kind), calfcare_relief_side_name(ev->side),
           ev->late ? " (late: shown, not buzzed)" : "");
    if (n_seen < LOG_MAX) {
        seen[n_seen].type = ev->type;
        seen[n_seen].step = ev->step;
        seen[n_seen].late = ev->late;
        n_seen++;
    }
    if (ev->late) /* the moment has passed: a buzz now would only confuse */
        return;
    if (ev->type >= 0 && ev->type < (int)(sizeof haptic_cues / sizeof haptic_cues[0]))
        play(&haptic_cues[ev->type]);
}

/* One pass of the main loop. Returns 1 when the session is done. */
static int tick(void)
{
    calfcare_relief_event ev[8];
    size_t n, i;
    int done = 0;
    do {
        if (calfcare_relief_timer_update(&timer, clock_ms(), ev, 8, &n, NULL) != CALFCARE_OK)
            return -1;
        for (i = 0; i < n; i++) {
            on_event(&ev[i]);
            done |= ev[i].type == CALFCARE_RELIEF_EV_SESSION_DONE;
        }
    } while (n == 8);
    return done;
}

/* Sleep until the next event is due, but at most max_ms (the display refresh). */
static void idle(uint32_t max_ms)
{
    calfcare_relief_timer_info info;
    uint32_t wait = max_ms;
    if (calfcare_relief_timer_status(&timer, clock_ms(), &info, NULL) == CALFCARE_OK && info.next_event_in_ms < wait)
        wait = info.next_event_in_ms;
    sleep_ms(wait ? wait : 1);
}

static int fail(const char *what)
{
    fprintf(stderr, "watch: wrong event sequence: %s\n", what);
    return 1;
}

int main(void)
{
    calfcare_relief_params params;
    calfcare_relief_protocol proto;
    calfcare_error err;
    uint32_t t0, paused_ms = 20000;
    size_t i, starts = 0, dones = 0, sessions = 0, late = 0, countdowns = 0;
    uint32_t expect_step = 0;
    int rc;

    /* Stretch: 1 hold of 20 s per leg and variant: 8 steps, 2 x 2 x (5 + 20) = 100 s. */
    calfcare_relief_params_init(&params, NULL);
    params.reps = 1;
    params.hold_s = 20;
    if (calfcare_relief_build(CALFCARE_RELIEF_STRETCH, &params, NULL, &proto, &err) != CALFCARE_OK) {
        fprintf(stderr, "watch: %s\n", err.message);
        return 1;
    }
    printf("stretch: %zu steps, %u ms; timer state %zu bytes + %zu bytes of steps\n", proto.count, proto.total_ms,
           calfcare_relief_timer_size(), sizeof steps);

    hw_clock = 0xFFFFFFFFu - 30000u; /* 30 s before the wrap */
    t0 = clock_ms();
    if (calfcare_relief_timer_init(&timer, &proto, steps, STEPS, &err) != CALFCARE_OK) {
        fprintf(stderr, "watch: %s\n", err.message);
        return 1;
    }
    calfcare_relief_timer_start(&timer, t0, NULL);

    /* 1. Normal running: 10 Hz for the first 12 s. */
    printf("-- running at 10 Hz\n");
    while (clock_ms() - t0 < 12000u) {
        if (tick() < 0)
            return fail("update failed");
        sleep_ms(100);
    }

    /* 2. The user presses pause, waits 20 s, resumes. */
    printf("-- paused for %u ms\n", paused_ms);
    calfcare_relief_timer_pause(&timer, clock_ms(), NULL);
    sleep_ms(paused_ms);
    tick(); /* nothing while paused */
    calfcare_relief_timer_resume(&timer, clock_ms(), NULL);

    /* 3. Event-driven: sleep exactly until the next event, up to 40 s into the session. */
    printf("-- sleeping between events\n");
    while (clock_ms() - t0 < 40000u + paused_ms) {
        tick();
        idle(60000);
    }

    /* 4. The app is killed: its state was saved; it comes back 15 s later and restores it. */
    printf("-- app killed, restarted 15 s later\n");
    if (calfcare_relief_timer_save(&timer, flash, sizeof flash, NULL) != CALFCARE_OK)
        return fail("save failed");
    memset(&timer, 0xEE, sizeof timer);
    memset(steps, 0xEE, sizeof steps);
    sleep_ms(15000);
    if (calfcare_relief_timer_restore(&timer, steps, STEPS, flash, CALFCARE_RELIEF_TIMER_SAVED_SIZE(STEPS), NULL) !=
        CALFCARE_OK)
        return fail("restore failed");

    /* 5. Back to 10 Hz until the session is done. */
    printf("-- running at 10 Hz again\n");
    while ((rc = tick()) == 0) {
        sleep_ms(100);
        if (clock_ms() - t0 > 600000u)
            return fail("session never finished");
    }
    if (rc < 0)
        return fail("update failed");
    printf("done at %u ms after start (100000 planned + %u paused); %u vibrations, %u beeps\n",
           clock_ms() - t0, paused_ms, hw_vibrations, hw_beeps);

    /* Check: every step started and finished once, in order; session done once, last;
     * 3 countdown ticks per step; late events only after the restart gap. */
    for (i = 0; i < n_seen; i++) {
        switch (seen[i].type) {
        case CALFCARE_RELIEF_EV_STEP_START:
            if (seen[i].step != expect_step)
                return fail("step started out of order");
            starts++;
            break;
        case CALFCARE_RELIEF_EV_STEP_DONE:
            if (seen[i].step != expect_step)
                return fail("step done out of order");
            dones++;
            expect_step++;
            break;
        case CALFCARE_RELIEF_EV_SESSION_DONE:
            if (i != n_seen - 1)
                return fail("session done is not last");
            sessions++;
            break;
        case CALFCARE_RELIEF_EV_COUNTDOWN:
            countdowns++;
            break;
        default:
            if (seen[i].step != expect_step)
                return fail("event for a step that is not current");
        }
        late += seen[i].late != 0;
    }
    if (starts != proto.count || dones != proto.count)
        return fail("not every step started and finished exactly once");
    if (sessions != 1)
        return fail("session_done not reported exactly once");
    if (countdowns != 3 * proto.count)
        return fail("countdown ticks missing or repeated");
    if (late == 0)
        return fail("the 15 s restart gap should have produced late events");
    /* The session ends at its deadline: 100 s + 20 s paused (the restart gap is not a pause). */
    if (clock_ms() - t0 < 120000u || clock_ms() - t0 > 120100u)
        return fail("the session did not end at its deadline");
    printf("ok: %zu events, %zu late, sequence checked\n", n_seen, late);
    return 0;
}
