/*
 * bench_timer.c - cost of calfcare_relief_timer_update() as a watch calls it.
 *
 * Usage: bench-timer TICK_MS UPDATES [REPEATS]
 *
 * Runs the default stretching session (calfcare_relief_build(CALFCARE_RELIEF_STRETCH) with default
 * parameters) on a simulated clock that advances TICK_MS per update, starting a new session when one
 * is done, until UPDATES updates have been made; an 8-event buffer as in the header's example. The
 * clock starts 10 s before the 2^32 ms wrap, as on a watch with a long uptime. Timed REPEATS times
 * (default 5); prints the best and the median ns per update, and how many updates and events one
 * repeat made. Under valgrind --tool=callgrind --toggle-collect=calfcare_relief_timer_update the
 * collected instruction count divided by "calls" is the cost of one update (see bench.py).
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <calfcare.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void fail(const char *what, const calfcare_error *err)
{
    fprintf(stderr, "bench-timer: %s: %s\n", what, err->message);
    exit(1);
}

/* One repeat: UPDATES updates over back-to-back sessions; returns the events seen. */
static unsigned long run(const calfcare_relief_protocol *proto, uint32_t tick, unsigned long updates,
                         unsigned long *sessions)
{
    calfcare_relief_timer t;
    calfcare_relief_timer_step steps[CALFCARE_RELIEF_MAX_STEPS];
    calfcare_relief_event ev[8];
    calfcare_error err;
    uint32_t clock = 0xFFFFFFFFu - 10000u;
    unsigned long u, events = 0;
    size_t n;
    int started = 0;

    *sessions = 0;
    for (u = 0; u < updates; u++) {
        if (!started) {
            if (calfcare_relief_timer_init(&t, proto, steps, CALFCARE_RELIEF_MAX_STEPS, &err) != CALFCARE_OK ||
                calfcare_relief_timer_start(&t, clock, &err) != CALFCARE_OK)
                fail("timer init/start", &err);
            started = 1;
            ++*sessions;
        }
        clock += tick;
        if (calfcare_relief_timer_update(&t, clock, ev, 8, &n, &err) != CALFCARE_OK)
            fail("calfcare_relief_timer_update", &err);
        events += n;
        if (n && ev[n - 1].type == CALFCARE_RELIEF_EV_SESSION_DONE)
            started = 0;
    }
    return events;
}

int main(int argc, char **argv)
{
    calfcare_relief_params p;
    calfcare_relief_protocol proto;
    calfcare_error err;
    unsigned long updates, events = 0, sessions = 0;
    uint32_t tick;
    int repeats, k;
    double *t;

    if (argc != 3 && argc != 4) {
        fprintf(stderr, "usage: bench-timer TICK_MS UPDATES [REPEATS]\n");
        return 2;
    }
    tick = (uint32_t)strtoul(argv[1], NULL, 10);
    updates = strtoul(argv[2], NULL, 10);
    repeats = argc == 4 ? atoi(argv[3]) : 5;
    if (tick == 0 || updates == 0 || repeats < 1) {
        fprintf(stderr, "bench-timer: TICK_MS, UPDATES and REPEATS must be positive\n");
        return 2;
    }
    if (calfcare_relief_params_init(&p, &err) != CALFCARE_OK ||
        calfcare_relief_build(CALFCARE_RELIEF_STRETCH, &p, NULL, &proto, &err) != CALFCARE_OK)
        fail("build the stretching protocol", &err);
    if (!(t = malloc((size_t)repeats * sizeof *t)))
        return 1;
    for (k = 0; k < repeats; k++) {
        double t0 = now_s();
        events = run(&proto, tick, updates, &sessions);
        t[k] = now_s() - t0;
    }
    qsort(t, (size_t)repeats, sizeof *t, cmp_double);
    printf("calls %lu\nevents %lu\nsessions %lu\nsteps %zu\n", updates, events, sessions, proto.count);
    printf("ns_per_update_best %.3f\nns_per_update_median %.3f\n", t[0] * 1e9 / (double)updates,
           t[repeats / 2] * 1e9 / (double)updates);
    free(t);
    return 0;
}
