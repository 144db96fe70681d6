/* The relief timer engine (calfcare/relief.h): a tick-driven, clock-free state machine that runs
 * a built protocol. Rules: docs/relief.md. */
#include "config.h"

#include <stddef.h>
#include <string.h>

#include "internal.h"

#define MIN_STEP_MS 1000u
#define MAX_STEP_MS 1200000u /* 20 min: the longest ice application */
#define N_STEP_KINDS cc_relief_kind_count()

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
