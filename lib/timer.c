/* The relief timer engine (calfcare/relief.h): a tick-driven, clock-free state machine that runs
 * a built protocol. Rules: docs/relief.md; sizes, stack and cost on a watch: docs/embedding.md.
 *
 * No floating point in this file (checked on the Cortex-M4F build with nm: no __aeabi_d*), except
 * calfcare_relief_timer_query(), the double layer for hosts, which lives in lib/timer_query.c. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <stddef.h>
#include <string.h>

#include "internal.h"

#define TIMER_MAGIC 0x54524343u /* "CCRT" little-endian: a calfcare relief timer */
#define TIMER_VERSION 2u        /* 2: steps apart, in the caller's array */
#define HEAD_SIZE CALFCARE_RELIEF_TIMER_SAVED_HEAD
#define STEP_SIZE 8u

/* Events of one step, in the order they are due (ties in this order). */
enum { P_START, P_SWITCH, P_HALF, P_CD3, P_CD2, P_CD1, P_DONE, P_SESSION, P_COUNT };

typedef calfcare_relief_timer timer_t_;
typedef calfcare_relief_timer_step tstep;

#define SIDE_OF(st) ((unsigned)((st)->bits_ & 3u))
#define FLAGS_OF(st) ((unsigned)((st)->bits_ >> 2))

/* ---- what a built protocol can hold (checked by init and restore) ----------------------------- */

#define BIT(p) (1u << (p))
/* The `rest` protocol's one step is a rest of CALFCARE_RELIEF_REST_MIN, not rice's 60 s. */
#define REST_ONLY_MS ((uint32_t)CALFCARE_RELIEF_REST_MIN * 60000u)

/* What is wrong with a step (init's message names it; restore refuses the blob). */
enum { S_OK, S_KIND, S_PROTOCOL, S_DURATION, S_CUE, S_SIDE, S_FLAGS, S_CARE, S_START, S_FIELDS, S_WHY_COUNT };

/* S_OK when step st (the previous sided step's side in *last) can be in a protocol built by
 * calfcare_relief_build(): against the builders' step rules (cc_relief_rule(), lib/relief.c). */
static int step_rule(uint32_t protocol, const tstep *st, int *last)
{
    unsigned want, kind = st->kind_, side = SIDE_OF(st);
    uint32_t d = st->duration_ms_;
    const cc_step_rule *rule = cc_relief_rule((int)kind);
    if (!rule)
        return S_KIND;
    if (protocol == CALFCARE_RELIEF_REST) {
        if (kind != CALFCARE_RELIEF_STEP_REST)
            return S_PROTOCOL;
        if (d != REST_ONLY_MS)
            return S_DURATION;
    } else if (!(rule->protocols & BIT(protocol))) {
        return S_PROTOCOL;
    } else if (d < rule->min_s * 1000u || d > rule->max_s * 1000u) {
        return S_DURATION;
    }
    if (st->cue_ != cc_relief_cue_of((int)kind))
        return S_CUE;
    if (side > CALFCARE_RELIEF_SIDE_RIGHT || (st->bits_ >> 5) != 0)
        return S_SIDE;
    want = cc_relief_step_flags((int)kind, d);
    if (side != CALFCARE_RELIEF_SIDE_NONE) {
        if (*last != CALFCARE_RELIEF_SIDE_NONE && (int)side != *last)
            want |= CALFCARE_RELIEF_STEP_SWITCH_SIDE;
        *last = (int)side;
    }
    if (FLAGS_OF(st) != want)
        return S_FLAGS;
    return S_OK;
}

static int protocol_known(uint32_t protocol)
{
    return protocol >= CALFCARE_RELIEF_RICE && protocol <= CC_RELIEF_LAST;
}

/* ---- state ---------------------------------------------------------------------------------- */

size_t calfcare_relief_timer_size(void)
{
    return sizeof(calfcare_relief_timer);
}

static int timer_ok(const timer_t_ *t)
{
    return t->magic_ == TIMER_MAGIC && t->version_ == TIMER_VERSION && t->steps_ && t->count_ >= 1 &&
           t->count_ <= CALFCARE_RELIEF_MAX_STEPS && t->step_ <= t->count_;
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
    return t->skipped_ ? t->skip_at_ - t->start_ : t->steps_[t->step_].duration_ms_;
}

/* Offset of event phase ph of the current step, or -1 when the step has no such event. */
static int64_t phase_offset(const timer_t_ *t, unsigned ph)
{
    const tstep *st = &t->steps_[t->step_];
    uint32_t d = st->duration_ms_, end = end_offset(t);
    unsigned f = FLAGS_OF(st);
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

/* due_ caches the caller-clock time the next event falls due, when it is still ahead of the
 * latest reading; otherwise (an event is due or pending, not running, done) it equals last_now_.
 * An update at a time in [last_now_, due_) (on the wrapping clock) has nothing to report and only
 * moves last_now_: the fast path, one unsigned comparison. Everything that changes the step, the
 * phase, the skip, the state or the deadlines (start_) sets it again. */
static void timer_plan(timer_t_ *t)
{
    unsigned ph;
    uint32_t off;
    if (t->state_ == CALFCARE_RELIEF_TIMER_RUNNING && timer_next(t, &ph, &off) && t->last_now_ - t->start_ < off)
        t->due_ = t->start_ + off;
    else
        t->due_ = t->last_now_;
}

static const uint8_t phase_event[P_COUNT] = {
    CALFCARE_RELIEF_EV_STEP_START, CALFCARE_RELIEF_EV_SWITCH_SIDE, CALFCARE_RELIEF_EV_HALFWAY,
    CALFCARE_RELIEF_EV_COUNTDOWN,  CALFCARE_RELIEF_EV_COUNTDOWN,   CALFCARE_RELIEF_EV_COUNTDOWN,
    CALFCARE_RELIEF_EV_STEP_DONE,  CALFCARE_RELIEF_EV_SESSION_DONE,
};

/* Report the next event if it is due at the latest clock reading; advance the state past it. */
static int timer_emit(timer_t_ *t, calfcare_relief_event *ev)
{
    unsigned ph;
    uint32_t off, elapsed, s = t->step_;
    const tstep *st;
    if (t->state_ != CALFCARE_RELIEF_TIMER_RUNNING || !timer_next(t, &ph, &off))
        return 0;
    elapsed = t->last_now_ - t->start_;
    if (elapsed < off)
        return 0;
    st = &t->steps_[s];
    memset(ev, 0, sizeof *ev);
    ev->type = phase_event[ph];
    ev->step = s;
    ev->kind = st->kind_;
    ev->side = (int)SIDE_OF(st);
    ev->cue = st->cue_;
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
        t->before_ += st->duration_ms_;
        t->start_ += off;
        t->step_++;
        t->phase_ = P_START;
        t->skipped_ = 0;
        t->skip_at_ = 0;
    } else if (ph == P_SESSION) {
        t->before_ += st->duration_ms_;
        t->step_ = t->count_;
        t->state_ = CALFCARE_RELIEF_TIMER_DONE;
    }
    timer_plan(t);
    return 1;
}

calfcare_status calfcare_relief_timer_init(calfcare_relief_timer *timer, const calfcare_relief_protocol *protocol,
                                           calfcare_relief_timer_step *steps, size_t cap, calfcare_error *err)
{
    size_t i;
    uint32_t total = 0;
    unsigned care = 0;
    int last = CALFCARE_RELIEF_SIDE_NONE;
    if (!timer)
        return cc_fail_null(err, "timer");
    if (!protocol)
        return cc_fail_null(err, "protocol");
    if (!steps)
        return cc_fail_null(err, "steps");
    if (protocol->count < 1 || protocol->count > CALFCARE_RELIEF_MAX_STEPS)
        return cc_fail(err, CALFCARE_E_INVALID, "protocol", "has no steps or too many (build it with calfcare_relief_build)");
    if (!protocol_known((uint32_t)protocol->protocol))
        return cc_fail(err, CALFCARE_E_INVALID, "protocol", "has an unknown protocol id (1 to 7)");
    if (protocol->blocked_care || protocol->blocked_flag || protocol->blocked_kind)
        return cc_fail(err, CALFCARE_E_INVALID, "protocol", "was refused (a step is blocked by a red flag)");
    if (cap < protocol->count)
        return cc_fail(err, CALFCARE_E_BUFFER, "cap", "must be at least the protocol's step count");
    for (i = 0; i < protocol->count; i++) {
        static const char *const step_why[S_WHY_COUNT] = {
            NULL,
            "unknown step kind",
            "a step kind this protocol does not have",
            "a duration outside the bounds of its kind",
            "a cue code that is not its kind's",
            "an unknown side or flag",
            "flags that do not follow from its kind, duration and side",
            "a care kind that is not its kind's",
            "a start that is not the sum of the earlier durations",
            "an unknown kind, side, cue code or flag",
        };
        const calfcare_relief_step *s = &protocol->steps[i];
        int why = S_OK;
        tstep st;
        st.duration_ms_ = s->duration_ms;
        st.cue_ = (uint16_t)s->cue;
        st.kind_ = (uint8_t)s->kind;
        st.bits_ = (uint8_t)((unsigned)s->side | s->flags << 2);
        if (s->kind < 1 || s->kind > 255 || s->side < 0 || s->side > 3 || s->cue < 0 || s->cue > 0xFFFF || s->flags > 7u)
            why = S_FIELDS;
        if (!why)
            why = step_rule((uint32_t)protocol->protocol, &st, &last);
        if (!why && s->care != cc_relief_rule(s->kind)->care)
            why = S_CARE;
        if (!why && s->start_ms != total)
            why = S_START;
        if (why) { /* "protocol: step 7 has ..." written straight into err (no message buffer here) */
            cc_fail(err, CALFCARE_E_INVALID, "protocol", "");
            if (err) {
                cc_text t;
                cc_msg_init(&t, err->message, sizeof err->message);
                cc_msg_puts(&t, "protocol: step ");
                cc_msg_putint(&t, (long)i);
                cc_msg_puts(&t, " has ");
                cc_msg_puts(&t, step_why[why]);
                cc_msg_puts(&t, " (build the protocol with calfcare_relief_build)");
            }
            return CALFCARE_E_INVALID;
        }
        total += s->duration_ms;
        care |= s->care;
    }
    if (total != protocol->total_ms)
        return cc_fail(err, CALFCARE_E_INVALID, "protocol", "has a total_ms that is not the sum of its durations");
    memset(timer, 0, sizeof *timer);
    timer->magic_ = TIMER_MAGIC;
    timer->version_ = TIMER_VERSION;
    timer->protocol_ = (uint32_t)protocol->protocol;
    timer->count_ = (uint32_t)protocol->count;
    timer->state_ = CALFCARE_RELIEF_TIMER_READY;
    timer->total_ms_ = total;
    timer->care_ = care;
    timer->steps_ = steps;
    for (i = 0; i < protocol->count; i++) {
        const calfcare_relief_step *s = &protocol->steps[i];
        steps[i].duration_ms_ = s->duration_ms;
        steps[i].cue_ = (uint16_t)s->cue;
        steps[i].kind_ = (uint8_t)s->kind;
        steps[i].bits_ = (uint8_t)((unsigned)s->side | s->flags << 2);
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
    timer->before_ = 0;
    timer_plan(timer);
    return CALFCARE_OK;
}

static __attribute__((noinline)) calfcare_status timer_update_full(calfcare_relief_timer *timer, uint32_t now_ms, calfcare_relief_event *events,
                                         size_t cap, size_t *count, calfcare_error *err)
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
    while (n < cap && timer_emit(timer, &events[n]))
        n++;
    timer_plan(timer); /* the clock reading (or a clock set back) moved the window */
    *count = n;
    return CALFCARE_OK;
}

calfcare_status calfcare_relief_timer_update(calfcare_relief_timer *timer, uint32_t now_ms,
                                             calfcare_relief_event *events, size_t cap, size_t *count,
                                             calfcare_error *err)
{
    /* Fast path: the clock moved forward but not to the next event (timer_plan's due_; never
     * taken when not running or with events pending). Only what the API promises for every call
     * is checked here (the pointers, cap); the state itself is checked on the event path. */
    if (timer && events && count && cap - 1u < (size_t)-2 && now_ms - timer->last_now_ < timer->due_ - timer->last_now_) {
        timer->last_now_ = now_ms;
        *count = 0;
        return CALFCARE_OK;
    }
    return timer_update_full(timer, now_ms, events, cap, count, err);
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
    timer_plan(timer);
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
    timer_plan(timer);
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
    if (timer->skipped_ || timer->phase_ > P_DONE || elapsed >= timer->steps_[timer->step_].duration_ms_) {
        timer_plan(timer); /* the clock reading may have moved */
        return CALFCARE_OK; /* already over: its step_done is pending */
    }
    timer->skipped_ = 1;
    timer->skip_at_ = at;
    timer_plan(timer);
    return CALFCARE_OK;
}

/* a * 1000 / b rounded down, for a <= b and b >= 1, in 32-bit arithmetic (a * 1000 may not fit, and a
 * 64-bit division would pull in a library routine): long division, one decimal digit at a time. */
static uint32_t permille(uint32_t a, uint32_t b)
{
    uint32_t q = 0, r = a, i, j;
    if (b <= 0xFFFFFFFFu / 1000u)
        return a * 1000u / b; /* the usual case (under 71 min): one hardware division */
    for (i = 0; i < 3; i++) {
        uint32_t acc = 0, digit = 0;
        for (j = 0; j < 10; j++) { /* acc = r * 10 mod b, digit = r * 10 / b, without overflow (r < b) */
            if (acc >= b - r) {
                acc -= b - r;
                digit++;
            } else {
                acc += r;
            }
        }
        r = acc;
        q = q * 10 + digit;
    }
    return q;
}

calfcare_status calfcare_relief_timer_status(const calfcare_relief_timer *timer, uint32_t now_ms,
                                             calfcare_relief_timer_info *info, calfcare_error *err)
{
    calfcare_status st = timer_check(timer, err);
    uint32_t eff, elapsed = 0, d;
    unsigned ph;
    uint32_t off;
    const tstep *cur;
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
        info->step_permille = 1000;
        info->session_elapsed_ms = timer->total_ms_;
        info->session_permille = 1000;
        return CALFCARE_OK;
    }
    cur = &timer->steps_[timer->step_];
    d = cur->duration_ms_;
    info->kind = cur->kind_;
    info->side = (int)SIDE_OF(cur);
    info->cue = cur->cue_;
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
    info->step_elapsed_ms = elapsed;
    info->step_remaining_ms = d - elapsed;
    info->step_permille = permille(elapsed, d);
    info->session_elapsed_ms = timer->before_ + elapsed;
    info->session_remaining_ms = timer->total_ms_ - info->session_elapsed_ms;
    info->session_permille = permille(info->session_elapsed_ms, timer->total_ms_);
    return CALFCARE_OK;
}

/* ---- save and restore ------------------------------------------------------------------------ */

size_t calfcare_relief_timer_saved_size(const calfcare_relief_timer *timer)
{
    return timer && timer_ok(timer) ? CALFCARE_RELIEF_TIMER_SAVED_SIZE(timer->count_) : 0;
}

/* FNV-1a over a saved blob of len bytes with its checksum field taken as 0. */
static uint32_t blob_checksum(const unsigned char *p, size_t len)
{
    size_t i, at = offsetof(timer_t_, check_);
    uint32_t h = 2166136261u;
    for (i = 0; i < len; i++) {
        unsigned char c = (i >= at && i < at + sizeof(uint32_t)) ? 0 : p[i];
        h = (h ^ c) * 16777619u;
    }
    return h;
}

calfcare_status calfcare_relief_timer_save(const calfcare_relief_timer *timer, void *buf, size_t cap,
                                           calfcare_error *err)
{
    calfcare_status st = timer_check(timer, err);
    unsigned char *out = (unsigned char *)buf;
    size_t len;
    uint32_t check;
    if (st != CALFCARE_OK)
        return st;
    if (!buf)
        return cc_fail_null(err, "buf");
    len = CALFCARE_RELIEF_TIMER_SAVED_SIZE(timer->count_);
    if (cap < len || cap == (size_t)-1)
        return cc_fail(err, CALFCARE_E_BUFFER, "cap", "must be at least calfcare_relief_timer_saved_size() bytes");
    /* The head is the timer's leading uint32 fields; the steps follow. The checksum is computed over
     * the written bytes in place: no copy of the timer on the stack. */
    memcpy(out, timer, HEAD_SIZE);
    memcpy(out + HEAD_SIZE, timer->steps_, (size_t)timer->count_ * STEP_SIZE);
    memset(out + offsetof(timer_t_, check_), 0, sizeof(uint32_t));
    check = blob_checksum(out, len);
    memcpy(out + offsetof(timer_t_, check_), &check, sizeof check);
    return CALFCARE_OK;
}

/* Field i (a timer_head index) of the saved head at p: read in place, no copy of the head. */
enum { H_MAGIC, H_VERSION, H_CHECK, H_PROTOCOL, H_COUNT, H_STATE, H_STEP, H_PHASE, H_SKIPPED, H_START, H_SKIP_AT,
       H_PAUSED_AT, H_LAST_NOW, H_TOTAL, H_NEXT, H_BEFORE, H_CARE };

static uint32_t rd32(const unsigned char *p, unsigned i)
{
    uint32_t v;
    memcpy(&v, p + 4u * i, sizeof v);
    return v;
}

/* Why a saved blob cannot be restored (restore's messages); 0: it can. */
enum { R_OK, R_FOREIGN, R_COUNT, R_CORRUPT, R_IMPOSSIBLE };

/* The head of a saved blob of len bytes: magic, version, step count, checksum and every field. Read
 * in place (no copy of the timer on the stack). */
static __attribute__((noinline)) int head_refusal(const unsigned char *in, size_t len)
{
    uint32_t count = rd32(in, H_COUNT), state = rd32(in, H_STATE), step = rd32(in, H_STEP),
             phase = rd32(in, H_PHASE), skipped = rd32(in, H_SKIPPED);
    if (rd32(in, H_MAGIC) != TIMER_MAGIC || rd32(in, H_VERSION) != TIMER_VERSION)
        return R_FOREIGN;
    if (count != (len - HEAD_SIZE) / STEP_SIZE)
        return R_COUNT;
    if (blob_checksum(in, len) != rd32(in, H_CHECK))
        return R_CORRUPT;
    /* Phase P_COUNT means "every event of the step reported": a finished session rests there. */
    if (count < 1 || count > CALFCARE_RELIEF_MAX_STEPS || step > count || !protocol_known(rd32(in, H_PROTOCOL)) ||
        state < CALFCARE_RELIEF_TIMER_READY || state > CALFCARE_RELIEF_TIMER_DONE || phase > P_COUNT ||
        (phase == P_COUNT && state != CALFCARE_RELIEF_TIMER_DONE) || skipped > 1 ||
        (state == CALFCARE_RELIEF_TIMER_DONE) != (step == count) ||
        (state == CALFCARE_RELIEF_TIMER_READY && (step != 0 || phase != P_START)) ||
        (phase == P_SESSION && step + 1 != count && state != CALFCARE_RELIEF_TIMER_DONE) ||
        (skipped && state != CALFCARE_RELIEF_TIMER_DONE && state != CALFCARE_RELIEF_TIMER_RUNNING &&
         state != CALFCARE_RELIEF_TIMER_PAUSED))
        return R_IMPOSSIBLE;
    return R_OK;
}

/* The steps of a blob whose head passed: the meaning of every step (what the builder makes), and
 * the head's sums and care kinds against them. A skip in a running or paused step may not end
 * after its duration. No check of how long ago the current step started: the engine accepts any
 * forward step of the clock under 2^31 ms, and with events still pending (a caller draining one per
 * update) the step's start can lag the clock by more than that, so every uint32 distance is
 * reachable. */
static __attribute__((noinline)) int steps_refusal(const unsigned char *in)
{
    uint32_t i, total = 0, before = 0, count = rd32(in, H_COUNT), step = rd32(in, H_STEP);
    unsigned care = 0;
    int last = CALFCARE_RELIEF_SIDE_NONE;
    tstep s;
    for (i = 0; i < count; i++) {
        memcpy(&s, in + HEAD_SIZE + (size_t)i * STEP_SIZE, sizeof s);
        if (step_rule(rd32(in, H_PROTOCOL), &s, &last))
            return R_IMPOSSIBLE;
        if (i < step)
            before += s.duration_ms_;
        else if (i == step && rd32(in, H_SKIPPED) && rd32(in, H_STATE) != CALFCARE_RELIEF_TIMER_DONE &&
                 rd32(in, H_SKIP_AT) - rd32(in, H_START) > s.duration_ms_)
            return R_IMPOSSIBLE;
        total += s.duration_ms_;
        care |= cc_relief_rule(s.kind_)->care;
    }
    if (total != rd32(in, H_TOTAL) || care != rd32(in, H_CARE) || before != rd32(in, H_BEFORE))
        return R_IMPOSSIBLE;
    return R_OK;
}

calfcare_status calfcare_relief_timer_restore(calfcare_relief_timer *timer, calfcare_relief_timer_step *steps,
                                              size_t cap, const void *buf, size_t len, calfcare_error *err)
{
    static const char *const why[] = {
        NULL,
        "not a saved relief timer of this library version",
        "does not match the step count of the saved relief timer",
        "saved relief timer is corrupt (checksum mismatch)",
        "saved relief timer holds impossible or unknown values",
    };
    const unsigned char *in = (const unsigned char *)buf;
    int r;
    if (!timer)
        return cc_fail_null(err, "timer");
    if (!steps)
        return cc_fail_null(err, "steps");
    if (!buf)
        return cc_fail_null(err, "buf");
    if (len < HEAD_SIZE + STEP_SIZE || len > CALFCARE_RELIEF_TIMER_SAVED_MAX || (len - HEAD_SIZE) % STEP_SIZE)
        return cc_fail(err, CALFCARE_E_STATE, "len", "a saved relief timer is 68 + 8 per step bytes (76 to 580)");
    r = head_refusal(in, len);
    if (r == R_OK)
        r = steps_refusal(in);
    if (r != R_OK)
        return cc_fail(err, CALFCARE_E_STATE, r == R_COUNT ? "len" : "buf", why[r]);
    if (cap < rd32(in, H_COUNT))
        return cc_fail(err, CALFCARE_E_BUFFER, "cap", "must be at least the saved timer's step count");
    memset(timer, 0, sizeof *timer);
    memcpy(timer, in, HEAD_SIZE);
    timer->check_ = 0;
    memcpy(steps, in + HEAD_SIZE, (size_t)timer->count_ * STEP_SIZE);
    timer->steps_ = steps;
    timer_plan(timer); /* never trust a cached time from a blob */
    return CALFCARE_OK;
}
