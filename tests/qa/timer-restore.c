/*
 * Regression test for two save/restore bugs the fuzzers found in the timer engine (fuzz_timer);
 * both are fixed in lib/timer.c timer_valid():
 *
 * 1. A finished timer could not be restored: after session_done the next-event phase is P_COUNT,
 *    which timer_valid() refused, so restore returned CALFCARE_E_STATE for a blob that save wrote
 *    a moment before.
 * 2. A running timer whose current step started 2^31 ms or more before the latest clock reading
 *    (reachable: a forward jump of just under 2^31 ms, which the engine accepts, with events still
 *    pending because the caller drains one event per update) was saved but refused by restore.
 *
 * Each case saves a state the engine reached and restores it; both must succeed.
 */
#include <stdio.h>
#include <string.h>

#include <calfcare.h>

static int roundtrip(const calfcare_relief_timer *t, const char *what)
{
    unsigned char blob[CALFCARE_RELIEF_TIMER_SAVED_MAX];
    calfcare_relief_timer copy;
    calfcare_relief_timer_step steps[CALFCARE_RELIEF_MAX_STEPS];
    calfcare_error err;
    if (calfcare_relief_timer_save(t, blob, sizeof blob, &err) != CALFCARE_OK) {
        printf("timer-restore: %s: save failed: %s\n", what, err.message);
        return 1;
    }
    if (calfcare_relief_timer_restore(&copy, steps, CALFCARE_RELIEF_MAX_STEPS, blob, calfcare_relief_timer_saved_size(t), &err) != CALFCARE_OK) {
        printf("timer-restore: %s: restore of a state saved a moment before failed: %s\n", what, err.message);
        return 1;
    }
    printf("timer-restore: %s: ok\n", what);
    return 0;
}

int main(void)
{
    calfcare_relief_params p;
    calfcare_relief_protocol proto;
    calfcare_relief_timer t;
    calfcare_relief_timer_step steps[CALFCARE_RELIEF_MAX_STEPS];
    calfcare_relief_event ev[64];
    size_t n;
    int bugs = 0;

    calfcare_relief_params_init(&p, NULL);
    if (calfcare_relief_build(CALFCARE_RELIEF_STRETCH, &p, NULL, &proto, NULL) != CALFCARE_OK)
        return 99;

    /* 1: run a session to its end, then save and restore. */
    calfcare_relief_timer_init(&t, &proto, steps, CALFCARE_RELIEF_MAX_STEPS, NULL);
    calfcare_relief_timer_start(&t, 1000, NULL);
    do
        calfcare_relief_timer_update(&t, 1000 + proto.total_ms + 1, ev, 64, &n, NULL);
    while (n);
    bugs += roundtrip(&t, "restore of a finished timer");

    /* 2: jump 2^31 - 1000 ms ahead, drain one event, step 2 s on, drain one more. */
    calfcare_relief_timer_init(&t, &proto, steps, CALFCARE_RELIEF_MAX_STEPS, NULL);
    calfcare_relief_timer_start(&t, 0, NULL);
    calfcare_relief_timer_update(&t, 0x7FFFFFFFu - 1000u, ev, 1, &n, NULL);
    calfcare_relief_timer_update(&t, 0x7FFFFFFFu + 1000u, ev, 1, &n, NULL);
    bugs += roundtrip(&t, "restore after a jump of nearly 2^31 ms");

    /* 3: skip every step to the end (the finished state keeps the skip mark); found by fuzz_timer. */
    calfcare_relief_timer_init(&t, &proto, steps, CALFCARE_RELIEF_MAX_STEPS, NULL);
    calfcare_relief_timer_start(&t, 0, NULL);
    for (uint32_t now = 10, guard = 0; guard < 1000; now += 10, guard++) {
        calfcare_relief_timer_skip(&t, now, NULL);
        do
            calfcare_relief_timer_update(&t, now, ev, 64, &n, NULL);
        while (n);
        {
            calfcare_relief_timer_info q;
            calfcare_relief_timer_query(&t, now, &q, NULL);
            if (q.state == CALFCARE_RELIEF_TIMER_DONE)
                break;
        }
    }
    bugs += roundtrip(&t, "restore of a session finished by skipping");
    return bugs ? 1 : 0;
}
