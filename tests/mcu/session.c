/* Stretch and RICE on the relief timer at 10 Hz across the 2^32 ms wrap, with save/restore, a
 * corrupted blob and ice too soon: the same code on the Cortex-M4 (tests/mcu/firmware.c) and on
 * the host (tests/mcu/host.c). No stdio: the lines are formatted here. */
#include <string.h>

#include <calfcare.h>

#include "session.h"

typedef struct line {
    char buf[160];
    size_t len;
} line;

static void put(line *l, const char *s)
{
    while (*s && l->len + 1 < sizeof l->buf)
        l->buf[l->len++] = *s++;
    l->buf[l->len] = 0;
}

static void put_u(line *l, unsigned long v)
{
    char tmp[21];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n && l->len + 1 < sizeof l->buf)
        l->buf[l->len++] = tmp[--n];
    l->buf[l->len] = 0;
}

static int fail(void (*emit)(const char *), const char *what)
{
    line l = {{0}, 0};
    put(&l, "FAIL: ");
    put(&l, what);
    put(&l, "\n");
    emit(l.buf);
    return 1;
}

/* The steps live in one of two arrays sized to the longest protocol; a restore switches arrays,
 * so nothing can depend on the old one. */
static calfcare_relief_timer_step steps_a[CALFCARE_RELIEF_MAX_STEPS], steps_b[CALFCARE_RELIEF_MAX_STEPS];
static unsigned char blob[CALFCARE_RELIEF_TIMER_SAVED_MAX], bad[CALFCARE_RELIEF_TIMER_SAVED_MAX];

static int run(void (*emit)(const char *), const char *name, int id, const calfcare_relief_params *p,
               uint32_t t0, int save_restore)
{
    calfcare_relief_protocol proto;
    calfcare_relief_timer t, before;
    calfcare_relief_event ev[8];
    calfcare_error err;
    uint32_t now = t0, tick = 0;
    size_t n, i, len;
    int done = 0;
    line l = {{0}, 0};

    if (calfcare_relief_build(id, p, NULL, &proto, &err) != CALFCARE_OK)
        return fail(emit, err.message);
    if (calfcare_relief_timer_init(&t, &proto, steps_a, proto.count, &err) != CALFCARE_OK)
        return fail(emit, err.message);
    put(&l, name);
    put(&l, ": ");
    put_u(&l, proto.count);
    put(&l, " steps, ");
    put_u(&l, proto.total_ms);
    put(&l, " ms, start ");
    put_u(&l, t0);
    put(&l, "\n");
    emit(l.buf);
    calfcare_relief_timer_start(&t, now, NULL);
    while (!done) {
        if (calfcare_relief_timer_update(&t, now, ev, 8, &n, &err) != CALFCARE_OK)
            return fail(emit, err.message);
        for (i = 0; i < n; i++) {
            const calfcare_reason *r = calfcare_relief_reason_lookup(ev[i].cue);
            l.len = 0;
            put(&l, name);
            put(&l, " ");
            put(&l, calfcare_relief_event_name(ev[i].type));
            put(&l, " step ");
            put_u(&l, ev[i].step);
            put(&l, " ");
            put(&l, calfcare_relief_step_kind_name(ev[i].kind));
            put(&l, " ");
            put(&l, calfcare_relief_side_name(ev[i].side));
            put(&l, " cue ");
            put_u(&l, (unsigned long)ev[i].cue);
            put(&l, " ");
            put(&l, r ? r->name : "-");
            put(&l, " due ");
            put_u(&l, ev[i].due_ms);
            put(&l, " late ");
            put_u(&l, ev[i].late_ms);
            if (ev[i].seconds_left) {
                put(&l, " left ");
                put_u(&l, ev[i].seconds_left);
            }
            put(&l, "\n");
            emit(l.buf);
            done |= ev[i].type == CALFCARE_RELIEF_EV_SESSION_DONE;
        }
        if (n == 8)
            continue; /* drain at the same time */
        now += 100;
        tick++;
        if (tick % 300 == 150) {
            /* Every 30 s: a corrupted copy of the saved state is refused and changes nothing. */
            len = calfcare_relief_timer_saved_size(&t);
            if (calfcare_relief_timer_save(&t, blob, sizeof blob, &err) != CALFCARE_OK)
                return fail(emit, err.message);
            memcpy(bad, blob, len);
            bad[(tick / 300) % len] ^= 0x20;
            memcpy(&before, &t, sizeof t);
            if (calfcare_relief_timer_restore(&t, t.steps_ == steps_a ? steps_b : steps_a, CALFCARE_RELIEF_MAX_STEPS,
                                              bad, len, &err) != CALFCARE_E_STATE ||
                memcmp(&before, &t, sizeof t) != 0)
                return fail(emit, "a corrupted blob was not refused");
            if (save_restore) {
                /* The app is killed and restarted: the state comes back from the blob alone. */
                calfcare_relief_timer_step *into = t.steps_ == steps_a ? steps_b : steps_a;
                memset(&t, 0xEE, sizeof t);
                memset(into, 0xEE, sizeof steps_a);
                if (calfcare_relief_timer_restore(&t, into, CALFCARE_RELIEF_MAX_STEPS, blob, len, &err) != CALFCARE_OK)
                    return fail(emit, err.message);
            }
        }
        if (now - t0 > proto.total_ms + 10000u)
            return fail(emit, "the session did not end");
    }
    l.len = 0;
    put(&l, name);
    put(&l, ": done at +");
    put_u(&l, now - t0);
    put(&l, " ms, corrupted blobs refused: ");
    put_u(&l, tick / 300 + (tick % 300 >= 150));
    put(&l, "\n");
    emit(l.buf);
    return 0;
}

int mcu_sessions(void (*emit)(const char *line), int save_restore)
{
    calfcare_relief_params p;
    calfcare_relief_protocol proto;
    calfcare_error err;
    calfcare_status st;
    line l = {{0}, 0};

    calfcare_relief_params_init(&p, NULL);
    /* Stretch with the defaults: 24 steps, 420 s; it starts 200 s before the 2^32 ms wrap. */
    if (run(emit, "stretch", CALFCARE_RELIEF_STRETCH, &p, 0xFFFFFFFFu - 200000u + 1u, save_restore))
        return 1;
    /* RICE with the defaults: rest 60 s, compress 60 s, ice 15 min; the wrap comes during the ice. */
    if (run(emit, "rice", CALFCARE_RELIEF_RICE, &p, 0xFFFFFFFFu - 400000u + 1u, save_restore))
        return 1;
    /* Ice 30 min after the last application ended is refused (at least 60 min between them). */
    p.last_ice_ended_min_ago = 30;
    st = calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, NULL, &proto, &err);
    put(&l, "rice 30 min after the last ice: ");
    put(&l, calfcare_status_name(st));
    put(&l, " field ");
    put(&l, err.field ? err.field : "-");
    put(&l, "\n");
    emit(l.buf);
    if (st != CALFCARE_E_TOO_SOON)
        return fail(emit, "ice 30 min after the last was not refused");
    return 0;
}
