/*
 * Library bugs found by the reliability tools and not fixed yet, as a test that fails while they are
 * there. It is listed in XFAIL_TESTS (Makefile.am, reliability block): once the library is fixed it
 * passes, `make check` reports XPASS as an error, and it is time to remove it from XFAIL_TESTS
 * (and the matching skips marked KNOWN BUG in tests/fuzz/fuzz_timer.c).
 *
 * 1. A finished timer cannot be restored: after session_done the timer's next-event phase is
 *    P_COUNT, and timer_valid() in lib/relief.c refuses `phase_ >= P_COUNT`, so
 *    calfcare_relief_timer_restore() returns CALFCARE_E_STATE for a blob that
 *    calfcare_relief_timer_save() wrote a moment before. Found by fuzz_timer.
 * 2. A running timer whose current step started 2^31 ms or more before the latest clock reading
 *    (reachable: a forward jump of just under 2^31 ms, which the engine accepts, with events still
 *    pending because the caller drains one event per update) is saved but refused by restore:
 *    timer_valid() requires (int32_t)(last_now_ - start_) >= 0. Found by fuzz_timer.
 */
#include <stdio.h>
#include <string.h>

#include <calfcare.h>

static int roundtrip(const calfcare_relief_timer *t, const char *what)
{
    unsigned char blob[sizeof(calfcare_relief_timer)];
    calfcare_relief_timer copy;
    calfcare_error err;
    if (calfcare_relief_timer_save(t, blob, sizeof blob, &err) != CALFCARE_OK) {
        printf("known-bugs: %s: save failed: %s\n", what, err.message);
        return 1;
    }
    if (calfcare_relief_timer_restore(&copy, blob, sizeof blob, &err) != CALFCARE_OK) {
        printf("known-bugs: %s: restore of a state saved a moment before failed: %s\n", what, err.message);
        return 1;
    }
    printf("known-bugs: %s: fixed\n", what);
    return 0;
}

int main(void)
{
    calfcare_relief_params p;
    calfcare_relief_protocol proto;
    calfcare_relief_timer t;
    calfcare_relief_event ev[64];
    size_t n;
    int bugs = 0;

    calfcare_relief_params_init(&p, NULL);
    if (calfcare_relief_build(CALFCARE_RELIEF_STRETCH, &p, NULL, &proto, NULL) != CALFCARE_OK)
        return 99;

    /* 1: run a session to its end, then save and restore. */
    calfcare_relief_timer_init(&t, &proto, NULL);
    calfcare_relief_timer_start(&t, 1000, NULL);
    do
        calfcare_relief_timer_update(&t, 1000 + proto.total_ms + 1, ev, 64, &n, NULL);
    while (n);
    bugs += roundtrip(&t, "bug 1 (restore of a finished timer)");

    /* 2: jump 2^31 - 1000 ms ahead, drain one event, step 2 s on, drain one more. */
    calfcare_relief_timer_init(&t, &proto, NULL);
    calfcare_relief_timer_start(&t, 0, NULL);
    calfcare_relief_timer_update(&t, 0x7FFFFFFFu - 1000u, ev, 1, &n, NULL);
    calfcare_relief_timer_update(&t, 0x7FFFFFFFu + 1000u, ev, 1, &n, NULL);
    bugs += roundtrip(&t, "bug 2 (restore after a jump of nearly 2^31 ms)");
    return bugs ? 1 : 0;
}
