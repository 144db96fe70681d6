/*
 * libFuzzer target: the relief timer engine driven by arbitrary sequences of update, poll, pause,
 * resume, skip, query, save/restore (and corrupted restores) with arbitrary uint32_t clock
 * values: any start time (so sessions cross the 2^32 ms wrap), small and huge forward jumps,
 * backwards steps, the same time again. The protocol is built by calfcare_relief_build() with
 * fuzzed parameters. A second mode makes one up from the fuzz bytes (1..64 steps, any durations,
 * kinds, sides and flags): calfcare_relief_timer_init() either refuses it with CALFCARE_E_INVALID
 * or accepts it, and then it must run like a built one. A third mode restores a forged or stale
 * blob (a real saved state with fuzzed bytes in its head and steps, sealed with a valid checksum).
 *
 * Properties (abort on violation):
 * - every event's due_ms + late_ms is the clock reading it was reported at (mod 2^32);
 * - events come strictly in order: by step, and within a step start < switch < halfway <
 *   countdown 3 < 2 < 1 < done < session_done; a step's first event is its step_start; no event is
 *   ever reported twice; each event carries its step's kind, side and cue; late == late_ms > 1 s;
 *   halfway/countdown only for steps with that flag; skipped only on a step that was skipped;
 * - nothing is reported before start, while paused or after done; update never writes past cap
 *   (guard events after the buffer) and reports at most cap;
 * - nothing lost: run to the end, every step had exactly one step_start and one step_done, and
 *   session_done came exactly once; the timer is then done;
 * - query agrees with the events (state, current step) and is self-consistent (elapsed <= duration,
 *   remaining = duration - elapsed, session sums, progress within 0..1);
 * - save then restore gives back the same state; a blob with any one byte changed, or a wrong
 *   length, is refused with CALFCARE_E_STATE and leaves the target timer unchanged;
 * - any blob is either refused or restores a timer whose every later update succeeds (and that
 *   runs to session_done); step_permille and session_permille are elapsed * 1000 / total.
 */
#include "fuzz_common.h"

#define MAXS CALFCARE_RELIEF_MAX_STEPS

typedef struct model {
    const calfcare_relief_protocol *proto; /* step kinds etc. to compare with events */
    int strict;          /* 1: the session was followed from its start (counts are exact) */
    int started, paused, done;
    int have_last;
    uint32_t last_step;
    int last_phase;
    unsigned starts[MAXS], dones[MAXS], session;
    int skip_called[MAXS];
    uint32_t cur;        /* the step the timer is on (== count when done) */
} model;

static int phase_of(const calfcare_relief_event *ev)
{
    switch (ev->type) {
    case CALFCARE_RELIEF_EV_STEP_START: return 0;
    case CALFCARE_RELIEF_EV_SWITCH_SIDE: return 1;
    case CALFCARE_RELIEF_EV_HALFWAY: return 2;
    case CALFCARE_RELIEF_EV_COUNTDOWN:
        PROP(ev->seconds_left >= 1 && ev->seconds_left <= 3);
        return 3 + (3 - (int)ev->seconds_left);
    case CALFCARE_RELIEF_EV_STEP_DONE: return 6;
    case CALFCARE_RELIEF_EV_SESSION_DONE: return 7;
    default: PROP(!"unknown event type"); return -1;
    }
}

static void see_event(model *m, const calfcare_relief_timer *t, const calfcare_relief_event *ev, uint32_t now)
{
    const calfcare_relief_protocol *p = m->proto;
    int ph = phase_of(ev);
    uint32_t count = (uint32_t)p->count;
    const calfcare_relief_step *s;

    PROP(m->started && !m->paused && !m->done);
    PROP(ev->step < count);
    s = &p->steps[ev->step];
    PROP(ev->kind == s->kind && ev->side == s->side && ev->cue == s->cue);
    PROP(ev->late == (ev->late_ms > CALFCARE_RELIEF_LATE_MS));
    /* Reported at `now`, due late_ms before it, on the caller's wrapping clock. (late_ms may pass
     * 2^31: several forward jumps of just under 2^31 ms each, with events left pending.) */
    PROP((uint32_t)(ev->due_ms + ev->late_ms) == now);
    if (ev->type != CALFCARE_RELIEF_EV_COUNTDOWN)
        PROP(ev->seconds_left == 0);
    if (ev->type != CALFCARE_RELIEF_EV_STEP_DONE)
        PROP(ev->skipped == 0);
    else if (ev->skipped)
        PROP(m->skip_called[ev->step] || !m->strict);
    if (ev->type == CALFCARE_RELIEF_EV_HALFWAY)
        PROP(s->flags & CALFCARE_RELIEF_STEP_HALFWAY);
    if (ev->type == CALFCARE_RELIEF_EV_COUNTDOWN)
        PROP(s->flags & CALFCARE_RELIEF_STEP_COUNTDOWN);
    if (ev->type == CALFCARE_RELIEF_EV_SWITCH_SIDE)
        PROP(s->flags & CALFCARE_RELIEF_STEP_SWITCH_SIDE);
    if (ev->type == CALFCARE_RELIEF_EV_SESSION_DONE)
        PROP(ev->step + 1 == count);

    /* Strict order: same step with a later phase, or the next step's start after a step_done. */
    if (m->have_last) {
        if (ev->step == m->last_step)
            PROP(ph > m->last_phase);
        else
            PROP(ev->step == m->last_step + 1 && m->last_phase == 6 && ph == 0);
    } else if (m->strict) {
        PROP(ev->step == 0 && ph == 0);
    }
    m->have_last = 1;
    m->last_step = ev->step;
    m->last_phase = ph;

    if (ph == 0)
        m->starts[ev->step]++;
    if (ph == 6) {
        m->dones[ev->step]++;
        if (ev->step + 1 < count)
            m->cur = ev->step + 1;
    }
    if (ph == 7) {
        m->session++;
        m->done = 1;
        m->cur = count;
    }
    (void)t;
}

static void check_query(const model *m, const calfcare_relief_timer *t, uint32_t now)
{
    calfcare_relief_timer_info q;
    calfcare_error err;
    uint32_t count = (uint32_t)m->proto->count;
    PROP(calfcare_relief_timer_query(t, now, &q, &err) == CALFCARE_OK);
    PROP(q.step_count == count);
    PROP(q.state >= CALFCARE_RELIEF_TIMER_READY && q.state <= CALFCARE_RELIEF_TIMER_DONE);
    if (m->strict) {
        int want = !m->started ? CALFCARE_RELIEF_TIMER_READY
                   : m->done   ? CALFCARE_RELIEF_TIMER_DONE
                   : m->paused ? CALFCARE_RELIEF_TIMER_PAUSED
                               : CALFCARE_RELIEF_TIMER_RUNNING;
        PROP(q.state == want);
        PROP(q.step == m->cur);
    }
    PROP(q.step <= count);
    PROP(q.step_elapsed_ms <= q.step_duration_ms);
    PROP(q.step_remaining_ms == q.step_duration_ms - q.step_elapsed_ms);
    PROP(q.step_progress >= 0.0 && q.step_progress <= 1.0);
    PROP(q.session_elapsed_ms <= q.session_total_ms);
    PROP(q.session_remaining_ms == q.session_total_ms - q.session_elapsed_ms);
    PROP(q.session_progress >= 0.0 && q.session_progress <= 1.0);
    if (q.state != CALFCARE_RELIEF_TIMER_DONE) {
        PROP(q.step_permille == (uint32_t)((uint64_t)q.step_elapsed_ms * 1000u / q.step_duration_ms));
        PROP(q.session_permille == (uint32_t)((uint64_t)q.session_elapsed_ms * 1000u / q.session_total_ms));
    } else {
        PROP(q.step_permille == 1000 && q.session_permille == 1000);
    }
    if (q.state == CALFCARE_RELIEF_TIMER_DONE) {
        PROP(q.step == count && q.session_elapsed_ms == q.session_total_ms);
        PROP(q.next_event_in_ms == CALFCARE_RELIEF_NEVER);
    } else {
        PROP(q.step < count);
        PROP(q.step_duration_ms == m->proto->steps[q.step].duration_ms);
        PROP(q.kind == m->proto->steps[q.step].kind);
        if (q.state != CALFCARE_RELIEF_TIMER_RUNNING)
            PROP(q.next_event_in_ms == CALFCARE_RELIEF_NEVER);
    }
}

/* update with a buffer of cap events followed by guard events that must stay untouched. */
static size_t do_update(model *m, calfcare_relief_timer *t, uint32_t now, size_t cap, int use_poll)
{
    calfcare_relief_event buf[8 + 2], guard;
    calfcare_error err;
    size_t n = 0, i;
    if (use_poll) {
        calfcare_relief_event ev;
        PROP(calfcare_relief_timer_poll(t, now, &ev, &err) == CALFCARE_OK);
        if (ev.type == CALFCARE_RELIEF_EV_NONE)
            return 0;
        see_event(m, t, &ev, now);
        return 1;
    }
    memset(buf, GUARD_BYTE, sizeof buf);
    memset(&guard, GUARD_BYTE, sizeof guard);
    PROP(calfcare_relief_timer_update(t, now, buf, cap, &n, &err) == CALFCARE_OK);
    PROP(n <= cap);
    for (i = cap; i < cap + 2; i++)
        PROP(memcmp(&buf[i], &guard, sizeof guard) == 0);
    for (i = 0; i < n; i++)
        see_event(m, t, &buf[i], now);
    return n;
}

/* FNV-1a as lib/timer.c computes it ("checksum"), to forge states that pass the checksum. */
static uint32_t fnv(const unsigned char *p, size_t n, size_t skip_at)
{
    uint32_t h = 2166136261u;
    size_t i;
    for (i = 0; i < n; i++)
        h = (h ^ ((i >= skip_at && i < skip_at + 4) ? 0 : p[i])) * 16777619u;
    return h;
}

static void make_protocol(fz *f, calfcare_relief_protocol *p)
{
    unsigned i, n = 1 + fz_u8(f) % MAXS, prev_side = 0;
    memset(p, 0, sizeof *p);
    p->protocol = CALFCARE_RELIEF_FULL;
    if (fz_u8(f) & 1)
        n = 1 + n % 4; /* short sessions finish in the sequence itself */
    p->count = n;
    for (i = 0; i < n; i++) {
        calfcare_relief_step *s = &p->steps[i];
        unsigned k = fz_u8(f);
        s->kind = 1 + (int)(k % 15);
        s->side = (int)(fz_u8(f) % 3);
        switch (fz_u8(f) % 6) {
        case 0: s->duration_ms = 1000; break;
        case 1: s->duration_ms = 1200000; break;
        case 2: s->duration_ms = 1000 + fz_u8(f) * 37u; break;
        case 3: s->duration_ms = 3999 + fz_u8(f) % 3; break;
        case 4: s->duration_ms = 5999 + fz_u8(f) % 3; break;
        default: s->duration_ms = 1000 + fz_u32(f) % 1199001u; break;
        }
        s->cue = 2000 + s->kind;
        s->flags = fz_u8(f) & 3u;
        if (s->side && prev_side && s->side != (int)prev_side)
            s->flags |= CALFCARE_RELIEF_STEP_SWITCH_SIDE;
        if (s->side)
            prev_side = (unsigned)s->side;
        s->start_ms = p->total_ms;
        p->total_ms += s->duration_ms;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz f = {data, size};
    calfcare_relief_protocol proto;
    calfcare_relief_timer t;
    calfcare_relief_timer_step steps[MAXS], steps2[MAXS];
    calfcare_error err;
    model m;
    uint32_t now, count;
    unsigned mode = fz_u8(&f) % 8, ops = 0, i;
    unsigned char blob[CALFCARE_RELIEF_TIMER_SAVED_MAX + 8];
    size_t len;

    memset(&m, 0, sizeof m);
    m.proto = &proto;
    m.strict = 1;
    if (mode < 6 || mode == 7) {
        calfcare_relief_params p;
        calfcare_relief_params_init(&p, NULL);
        p.reps = 1 + fz_u8(&f) % 5;
        p.sets = 1 + fz_u8(&f) % 3;
        p.week = 1 + fz_u8(&f) % 52;
        p.hold_s = 20 + fz_u8(&f) % 11;
        p.ice_min = 15 + fz_u8(&f) % 6;
        p.roll_s = 30 + fz_u8(&f) % 91;
        p.ice_rounds = 1 + fz_u8(&f) % 2;
        p.tool = fz_u8(&f) % 2;
        if (calfcare_relief_build(1 + (int)(fz_u8(&f) % 7), &p, NULL, &proto, &err) != CALFCARE_OK)
            return 0;
    } else {
        calfcare_status st;
        make_protocol(&f, &proto);
        st = calfcare_relief_timer_init(&t, &proto, steps, MAXS, &err);
        if (st != CALFCARE_OK) {
            PROP(st == CALFCARE_E_INVALID);
            PROP_ERR(st, err);
            return 0;
        }
    }
    if (mode == 7) {
        /* Forged or stale blob: a real saved state, fuzzed, re-sealed. Only the safety properties
         * hold (the session was not followed from its start). */
        size_t at = offsetof(calfcare_relief_timer, check_);
        calfcare_status rst;
        calfcare_relief_event ev[8];
        size_t n;
        PROP(calfcare_relief_timer_init(&t, &proto, steps, MAXS, &err) == CALFCARE_OK);
        now = fz_u32(&f);
        PROP(calfcare_relief_timer_start(&t, now, &err) == CALFCARE_OK);
        now += fz_u32(&f) % 3600000u;
        PROP(calfcare_relief_timer_update(&t, now, ev, 1 + fz_u8(&f) % 8, &n, &err) == CALFCARE_OK);
        len = calfcare_relief_timer_saved_size(&t);
        PROP(calfcare_relief_timer_save(&t, blob, sizeof blob, &err) == CALFCARE_OK);
        while (fz_more(&f)) {
            unsigned k = fz_u8(&f);
            if (k < 24)
                break;
            blob[fz_u32(&f) % len] = (unsigned char)fz_u8(&f);
        }
        if (fz_u8(&f) == 1) /* now and then a length that does not match */
            len = (len + 8) % (sizeof blob);
        blob[at] = blob[at + 1] = blob[at + 2] = blob[at + 3] = 0;
        {
            uint32_t h = fnv(blob, len, at);
            memcpy(blob + at, &h, 4);
        }
        memset(steps2, 0x5A, sizeof steps2);
        rst = calfcare_relief_timer_restore(&t, steps2, MAXS, blob, len, &err);
        if (rst != CALFCARE_OK) {
            PROP(rst == CALFCARE_E_STATE);
            PROP_ERR(rst, err);
            return 0;
        }
        /* Accepted: the blob may hold steps other than proto's; rebuild proto from the state. */
        proto.count = t.count_;
        for (i = 0; i < t.count_; i++) {
            const calfcare_relief_timer_step *s = &t.steps_[i];
            proto.steps[i].kind = s->kind_;
            proto.steps[i].side = s->bits_ & 3;
            proto.steps[i].cue = s->cue_;
            proto.steps[i].flags = s->bits_ >> 2;
            proto.steps[i].duration_ms = s->duration_ms_;
        }
        m.strict = 0;
        m.started = t.state_ != CALFCARE_RELIEF_TIMER_READY;
        m.paused = t.state_ == CALFCARE_RELIEF_TIMER_PAUSED;
        m.done = t.state_ == CALFCARE_RELIEF_TIMER_DONE;
        now = t.last_now_;
        check_query(&m, &t, now);
        goto run;
    }
    PROP(calfcare_relief_timer_init(&t, &proto, steps, MAXS, &err) == CALFCARE_OK);
    now = fz_u32(&f);
    if (fz_u8(&f) & 1)
        now = 0xFFFFFFFFu - (fz_u8(&f) << 12); /* just before the wrap */
    check_query(&m, &t, now);
    /* Nothing before start, whatever the time. */
    {
        size_t n;
        calfcare_relief_event ev[2];
        PROP(calfcare_relief_timer_update(&t, now, ev, 2, &n, &err) == CALFCARE_OK && n == 0);
        PROP(calfcare_relief_timer_pause(&t, now, &err) == CALFCARE_E_STATE);
        PROP(calfcare_relief_timer_skip(&t, now, &err) == CALFCARE_E_STATE);
    }
    PROP(calfcare_relief_timer_start(&t, now, &err) == CALFCARE_OK);
    PROP(calfcare_relief_timer_start(&t, now, &err) == CALFCARE_E_STATE);
    m.started = 1;

run:
    while (fz_more(&f) && ops++ < 400) {
        unsigned op = fz_u8(&f);
        calfcare_status st;
        /* The clock: mostly forward by small steps, sometimes anything. */
        switch (fz_u8(&f) % 10) {
        case 0: case 1: case 2: now += fz_u8(&f) * 10u; break;
        case 3: now += fz_u8(&f) * 1000u; break;
        case 4: now += fz_u32(&f) % 3600000u; break;
        case 5: now -= fz_u8(&f) * 100u; break;         /* backwards */
        case 6: now = fz_u32(&f); break;                /* anywhere: huge jump or backwards */
        case 7: now += 0x80000000u + fz_u8(&f); break;  /* 2^31 and more: looks backwards */
        case 8: break;                                  /* same time again */
        default: now += 100; break;
        }
#ifdef FUZZ_TRACE
        fprintf(stderr, "op %u now %u state %u step %u start %u last_now %u\n", op % 12, now, t.state_, t.step_,
                t.start_, t.last_now_);
#endif
        switch (op % 12) {
        case 0: case 1: case 2: case 3:
            do_update(&m, &t, now, 1 + fz_u8(&f) % 8, 0);
            break;
        case 4:
            do_update(&m, &t, now, 1, 1);
            break;
        case 5:
            st = calfcare_relief_timer_pause(&t, now, &err);
            if (m.strict)
                PROP((st == CALFCARE_OK) == (m.started && !m.done));
            if (st == CALFCARE_OK)
                m.paused = 1;
            else
                PROP_ERR(st, err);
            break;
        case 6:
            st = calfcare_relief_timer_resume(&t, now, &err);
            if (m.strict)
                PROP((st == CALFCARE_OK) == (m.started && !m.done));
            if (st == CALFCARE_OK)
                m.paused = 0;
            else
                PROP_ERR(st, err);
            break;
        case 7: {
            calfcare_relief_timer_info q;
            PROP(calfcare_relief_timer_query(&t, now, &q, NULL) == CALFCARE_OK);
            st = calfcare_relief_timer_skip(&t, now, &err);
            if (st == CALFCARE_OK) {
                PROP(q.state == CALFCARE_RELIEF_TIMER_RUNNING || q.state == CALFCARE_RELIEF_TIMER_PAUSED);
                if (q.step < MAXS)
                    m.skip_called[q.step] = 1;
            } else {
                PROP_ERR(st, err);
                PROP(q.state == CALFCARE_RELIEF_TIMER_READY || q.state == CALFCARE_RELIEF_TIMER_DONE);
            }
            break;
        }
        case 8: { /* save, restore into a fresh struct and step array, continue with the copy */
            calfcare_relief_timer copy;
            calfcare_relief_timer_step *into = t.steps_ == steps ? steps2 : steps;
            len = calfcare_relief_timer_saved_size(&t);
            PROP(len == CALFCARE_RELIEF_TIMER_SAVED_SIZE(proto.count));
            memset(blob, GUARD_BYTE, sizeof blob);
            PROP(calfcare_relief_timer_save(&t, blob, len - 1, &err) == CALFCARE_E_BUFFER);
            PROP(blob[0] == GUARD_BYTE);
            PROP(calfcare_relief_timer_save(&t, blob, len, &err) == CALFCARE_OK);
            for (i = (unsigned)len; i < sizeof blob; i++)
                PROP(blob[i] == GUARD_BYTE);
            memset(&copy, 0x33, sizeof copy);
            st = calfcare_relief_timer_restore(&copy, into, MAXS, blob, len, &err);
            if (st != CALFCARE_OK)
                fprintf(stderr, "restore of a saved live state: %s (state %u step %u/%u skipped %u phase %u "
                        "start %u last_now %u paused_at %u skip_at %u)\n", err.message, t.state_, t.step_, t.count_,
                        t.skipped_, t.phase_, t.start_, t.last_now_, t.paused_at_, t.skip_at_);
            PROP(st == CALFCARE_OK);
            PROP(copy.steps_ == into);
            PROP(memcmp(into, t.steps_, proto.count * sizeof *into) == 0);
            copy.steps_ = t.steps_;
            PROP(memcmp(&copy, &t, sizeof t) == 0);
            copy.steps_ = into;
            memcpy(&t, &copy, sizeof t);
            break;
        }
        case 9: { /* a corrupt blob: one byte changed, or a wrong length */
            calfcare_relief_timer before;
            calfcare_relief_timer_step *into = t.steps_ == steps ? steps2 : steps, into_before[MAXS];
            size_t at;
            len = calfcare_relief_timer_saved_size(&t);
            PROP(calfcare_relief_timer_save(&t, blob, sizeof blob, &err) == CALFCARE_OK);
            at = fz_u32(&f) % len;
            blob[at] ^= (unsigned char)(1 + fz_u8(&f) % 255);
            memcpy(&before, &t, sizeof before);
            memcpy(into_before, into, sizeof into_before);
            st = calfcare_relief_timer_restore(&t, into, MAXS, blob, len, &err);
            PROP(st == CALFCARE_E_STATE);
            PROP_ERR(st, err);
            PROP(memcmp(&before, &t, sizeof t) == 0);
            PROP(memcmp(into_before, into, sizeof into_before) == 0);
            st = calfcare_relief_timer_restore(&t, into, MAXS, blob, len + 1, &err);
            PROP(st == CALFCARE_E_STATE && memcmp(&before, &t, sizeof t) == 0);
            st = calfcare_relief_timer_restore(&t, into, MAXS, blob, SIZE_MAX, &err);
            PROP(st == CALFCARE_E_STATE && memcmp(&before, &t, sizeof t) == 0);
            break;
        }
        default:
            check_query(&m, &t, now);
            break;
        }
    }

    /* Run to the end: resume, then jump ahead (under 2^31 ms per call) and drain. */
    count = (uint32_t)proto.count;
    if (m.paused) {
        PROP(calfcare_relief_timer_resume(&t, now, &err) == CALFCARE_OK);
        m.paused = 0;
    }
    if (!m.started) {
        PROP(calfcare_relief_timer_start(&t, now, &err) == CALFCARE_OK);
        m.started = 1;
    }
    for (i = 0; i < 4 && !m.done; i++) {
        size_t guard = 0;
        now += 0x40000000u;
        while (do_update(&m, &t, now, 8, 0) > 0)
            PROP(guard++ < (size_t)count * 8 + 8);
    }
    PROP(m.done);
    check_query(&m, &t, now);
    {
        calfcare_relief_event ev;
        PROP(calfcare_relief_timer_poll(&t, now + 5000, &ev, &err) == CALFCARE_OK);
        PROP(ev.type == CALFCARE_RELIEF_EV_NONE);
        PROP(calfcare_relief_timer_skip(&t, now, &err) == CALFCARE_E_STATE);
        PROP(calfcare_relief_timer_resume(&t, now, &err) == CALFCARE_E_STATE);
    }
    if (m.strict) {
        for (i = 0; i < count; i++) {
            PROP(m.starts[i] == 1);
            PROP(m.dones[i] == 1);
        }
        PROP(m.session == 1);
    }
    return 0;
}
