/*
 * Concurrency test: many threads call every area of libcalfcare at once, on shared read-only
 * inputs (inputs, protocols, series, the library's static tables) and on separate per-thread
 * states (outputs, timers, error records), and each thread's results must equal a single-threaded
 * reference computed first.
 *
 * Results are compared as 64-bit FNV-1a digests of the output bytes (every output is zero-filled
 * before the call, so struct padding is the same in every run) and of the strings returned.
 *
 * Run by `make check` (plain build), `make check-tsan` (ThreadSanitizer) and `make check-helgrind`
 * (valgrind --tool=helgrind). Usage: threads [THREADS [ROUNDS]] (default 8 threads x 20 rounds).
 * Exit status 0 when every thread agrees with the reference, 1 otherwise.
 */
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <calfcare.h>

#define NSCEN 8
#define MAX_THREADS 64

typedef uint64_t digest;

static digest fnv(digest h, const void *p, size_t n)
{
    const unsigned char *b = p;
    size_t i;
    for (i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211ull;
    return h;
}

static digest fnv_str(digest h, const char *s)
{
    return fnv(h, s ? s : "(null)", strlen(s ? s : "(null)") + 1);
}

#define D0 14695981039346656037ull
#define CHECK(x)                                                                                   \
    do {                                                                                           \
        if (!(x)) {                                                                                \
            fprintf(stderr, "threads: %s failed (%s:%d)\n", #x, __FILE__, __LINE__);               \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

/* ---- shared read-only data, set up once before the threads start ---------------------------- */

static calfcare_input dx_in[4], shoes_in[3];
static calfcare_relief_protocol stretch_proto, full_proto;
static calfcare_blocked blocked_stretch;
static calfcare_relief_params relief_params;
static calfcare_progression_params prog_params;
static double weekly_km[12], daily_km[10 * 84], run_day[40], run_km[40];

static void set_text(calfcare_input *in, const char *field, const char *text)
{
    int id = calfcare_input_find(calfcare_input_schema_of(in), field);
    CHECK(id >= 0);
    CHECK(calfcare_input_set_text(in, id, text, NULL) == CALFCARE_OK);
}

static void setup(void)
{
    int i;
    for (i = 0; i < 4; i++)
        CHECK(calfcare_input_init(&dx_in[i], CALFCARE_INPUT_SCHEMA_DIAGNOSIS, NULL) == CALFCARE_OK);
    set_text(&dx_in[0], "weekly_km", "30,32,35,48");
    set_text(&dx_in[0], "cadence", "162");
    set_text(&dx_in[0], "warmup", "never");
    set_text(&dx_in[0], "heel_raises", "18,25");
    set_text(&dx_in[0], "shoe_km", "850");
    set_text(&dx_in[1], "deep_vein_tenderness", "yes");
    set_text(&dx_in[1], "calf_swelling_cm", "3.5");
    set_text(&dx_in[1], "fever", "yes");
    set_text(&dx_in[2], "sudden_pop", "yes");
    set_text(&dx_in[2], "weak_push_off", "yes");
    set_text(&dx_in[2], "numbness", "yes");
    for (i = 0; i < 3; i++)
        CHECK(calfcare_input_init(&shoes_in[i], CALFCARE_INPUT_SCHEMA_SHOES, NULL) == CALFCARE_OK);
    set_text(&shoes_in[0], "foot_length_mm", "245,248");
    set_text(&shoes_in[0], "sex", "female");
    set_text(&shoes_in[1], "foot_length_mm", "281");
    set_text(&shoes_in[1], "foot_width_mm", "118");
    set_text(&shoes_in[1], "calf_pain", "yes");
    set_text(&shoes_in[1], "current_drop_mm", "10");
    set_text(&shoes_in[1], "new_drop_mm", "4");
    set_text(&shoes_in[2], "foot_length_mm", "262");
    set_text(&shoes_in[2], "new_minimalist", "yes");
    set_text(&shoes_in[2], "weekly_km", "60");
    set_text(&shoes_in[2], "body_mass_kg", "80");

    CHECK(calfcare_relief_params_init(&relief_params, NULL) == CALFCARE_OK);
    CHECK(calfcare_relief_build(CALFCARE_RELIEF_STRETCH, &relief_params, NULL, &stretch_proto, NULL) == CALFCARE_OK);
    CHECK(calfcare_relief_build(CALFCARE_RELIEF_FULL, &relief_params, NULL, &full_proto, NULL) == CALFCARE_OK);
    memset(&blocked_stretch, 0, sizeof blocked_stretch);
    CHECK(calfcare_relief_block(&blocked_stretch, CALFCARE_CARE_STRETCH, CALFCARE_FLAG_DVT, NULL) == CALFCARE_OK);

    CHECK(calfcare_progression_params_init(&prog_params, NULL) == CALFCARE_OK);
    for (i = 0; i < 12; i++)
        weekly_km[i] = 20 + 3 * i + (i % 4 == 3 ? -8 : 0) + (i == 9 ? 15 : 0);
    for (i = 0; i < 10 * 84; i++)
        daily_km[i] = (i * 7919 % 13) < 5 ? 0.0 : (double)((i * 31) % 170) / 10.0;
    for (i = 0; i < 40; i++) {
        run_day[i] = 19000 + i * 2 + (i > 20);
        run_km[i] = 5 + (i * 37 % 11) + (i == 30 ? 12 : 0);
    }
}

/* ---- the scenarios: each returns a digest of everything it produced ------------------------- */

static digest scen_diagnosis(void)
{
    digest h = D0;
    int i;
    for (i = 0; i < 4; i++) {
        calfcare_diagnosis dx;
        calfcare_error err;
        memset(&dx, 0, sizeof dx);
        CHECK(calfcare_diagnosis_assess(&dx_in[i], &dx, &err) == CALFCARE_OK);
        h = fnv(h, &dx, sizeof dx);
    }
    {
        calfcare_diagnosis dx;
        calfcare_error err;
        memset(&err, 0, sizeof err);
        CHECK(calfcare_diagnosis_assess(&shoes_in[0], &dx, &err) == CALFCARE_E_STATE); /* wrong schema */
        h = fnv_str(h, err.field);
        h = fnv_str(h, err.message);
    }
    return h;
}

static digest scen_relief_build(void)
{
    digest h = D0;
    int id;
    for (id = CALFCARE_RELIEF_RICE; id <= CALFCARE_RELIEF_REST; id++) {
        calfcare_relief_protocol p;
        calfcare_error err;
        calfcare_status st;
        memset(&p, 0, sizeof p);
        memset(&err, 0, sizeof err);
        st = calfcare_relief_build(id, &relief_params, id % 2 ? &blocked_stretch : NULL, &p, &err);
        h = fnv(h, &st, sizeof st);
        h = fnv(h, &p, sizeof p);
        if (st != CALFCARE_OK)
            h = fnv_str(fnv_str(h, err.field), err.message);
    }
    return h;
}

/* A whole session on a per-thread timer, across the 2^32 ms wrap, with pause, skip, a clock set
 * back and a save/restore in the middle. */
static digest run_timer(const calfcare_relief_protocol *proto)
{
    digest h = D0;
    calfcare_relief_timer t, t2;
    calfcare_relief_timer_step steps[CALFCARE_RELIEF_MAX_STEPS], steps2[CALFCARE_RELIEF_MAX_STEPS];
    calfcare_relief_event ev[4];
    calfcare_relief_timer_info q;
    unsigned char blob[1024];
    uint32_t now = 0xFFFF0000u;
    size_t n, i;
    int tick;
    CHECK(calfcare_relief_timer_init(&t, proto, steps, CALFCARE_RELIEF_MAX_STEPS, NULL) == CALFCARE_OK);
    CHECK(calfcare_relief_timer_start(&t, now, NULL) == CALFCARE_OK);
    for (tick = 0; tick < 200000; tick++) {
        now += 250;
        if (tick == 500)
            CHECK(calfcare_relief_timer_pause(&t, now, NULL) == CALFCARE_OK);
        if (tick == 900)
            CHECK(calfcare_relief_timer_resume(&t, now, NULL) == CALFCARE_OK);
        if (tick == 1200)
            CHECK(calfcare_relief_timer_skip(&t, now, NULL) == CALFCARE_OK);
        if (tick == 1500)
            now -= 5000; /* clock set back */
        if (tick == 1700) {
            CHECK(calfcare_relief_timer_save(&t, blob, sizeof blob, NULL) == CALFCARE_OK);
            memset(&t2, 0, sizeof t2);
            CHECK(calfcare_relief_timer_restore(&t2, steps2, CALFCARE_RELIEF_MAX_STEPS, blob, calfcare_relief_timer_saved_size(&t), NULL) == CALFCARE_OK);
            t = t2; /* runs on steps2 from here */
        }
        if (tick == 2000)
            now += 3600000; /* the watch slept an hour */
        CHECK(calfcare_relief_timer_update(&t, now, ev, 4, &n, NULL) == CALFCARE_OK);
        for (i = 0; i < n; i++) {
            h = fnv(h, &ev[i], sizeof ev[i]);
            h = fnv_str(h, calfcare_relief_event_name(ev[i].type));
        }
        if (tick % 97 == 0) {
            memset(&q, 0, sizeof q);
            CHECK(calfcare_relief_timer_query(&t, now, &q, NULL) == CALFCARE_OK);
            h = fnv(h, &q, sizeof q);
            if (q.state == CALFCARE_RELIEF_TIMER_DONE)
                break;
        }
    }
    CHECK(calfcare_relief_timer_query(&t, now, &q, NULL) == CALFCARE_OK && q.state == CALFCARE_RELIEF_TIMER_DONE);
    return h;
}

static digest scen_timer(void)
{
    return fnv(run_timer(&stretch_proto), &(digest){run_timer(&full_proto)}, sizeof(digest));
}

static digest scen_progression(void)
{
    digest h = D0;
    double chg[12], sp[40], a[84], c[84], r[84], weeks[12];
    unsigned char over[12], band[40];
    size_t nw;
    calfcare_progression_weekly_result wr;
    calfcare_progression_spike_result sr;
    calfcare_progression_acwr_result ar;
    calfcare_progression_plan_params pp;
    calfcare_progression_plan plan;
    calfcare_progression_rtr rtr;
    calfcare_progression_rtr_gate_input gi;
    calfcare_progression_rtr_gate_result gr;
    int ns, nk, decay;

    memset(&wr, 0, sizeof wr);
    CHECK(calfcare_progression_check_weekly(weekly_km, 12, &prog_params, chg, 12, over, 12, &wr, NULL) == CALFCARE_OK);
    h = fnv(fnv(fnv(h, chg, sizeof chg), over, sizeof over), &wr, sizeof wr);
    memset(&sr, 0, sizeof sr);
    CHECK(calfcare_progression_spikes(run_day, 40, run_km, 40, run_day[39] + 1, sp, 40, band, 40, &sr, NULL) == CALFCARE_OK);
    h = fnv(fnv(fnv(h, sp, sizeof sp), band, sizeof band), &sr, sizeof sr);
    memset(&ar, 0, sizeof ar);
    CHECK(calfcare_progression_acwr_series(daily_km, 84, &prog_params, a, 84, c, 84, r, 84, &ar, NULL) == CALFCARE_OK);
    h = fnv(fnv(fnv(fnv(h, a, sizeof a), c, sizeof c), r, sizeof r), &ar, sizeof ar);
    CHECK(calfcare_progression_weekly_totals(daily_km, 84, weeks, 12, &nw, NULL) == CALFCARE_OK);
    h = fnv(h, weeks, nw * sizeof *weeks);
    CHECK(calfcare_progression_plan_params_init(&pp, NULL) == CALFCARE_OK);
    pp.current_km = 20;
    pp.target_km = 60;
    memset(&plan, 0, sizeof plan);
    CHECK(calfcare_progression_make_plan(&pp, &plan, NULL) == CALFCARE_OK);
    h = fnv(h, &plan, sizeof plan);
    memset(&rtr, 0, sizeof rtr);
    CHECK(calfcare_progression_return_to_run(&rtr, NULL) == CALFCARE_OK);
    h = fnv_str(fnv(h, &rtr.stage, sizeof rtr.stage), rtr.gate[0].text);
    CHECK(calfcare_progression_rtr_gate_input_init(&gi, NULL) == CALFCARE_OK);
    gi.walk_pain_free = 1;
    gi.heel_raises_left = 26;
    gi.heel_raises_right = 30;
    memset(&gr, 0, sizeof gr);
    CHECK(calfcare_progression_rtr_gate_check(&gi, &gr, NULL) == CALFCARE_OK);
    h = fnv(h, &gr, sizeof gr);
    CHECK(calfcare_progression_rtr_advance(3, 1, 1, &ns, &nk, NULL) == CALFCARE_OK);
    h = fnv(fnv(h, &ns, sizeof ns), &nk, sizeof nk);
    CHECK(calfcare_progression_decay_parse("exp", &decay, NULL) == CALFCARE_OK);
    h = fnv_str(fnv(h, &decay, sizeof decay), calfcare_progression_decay_name(decay));
    return h;
}

static digest scen_batch(void)
{
    static const size_t cols = CALFCARE_PROGRESSION_BATCH_COLUMNS;
    double res[10 * CALFCARE_PROGRESSION_BATCH_COLUMNS], ratio[10 * 84];
    digest h = D0;
    CHECK(calfcare_progression_batch(daily_km, 10 * 84, 10, 84, &prog_params, res, 10 * cols, NULL) == CALFCARE_OK);
    h = fnv(h, res, sizeof res);
    CHECK(calfcare_progression_batch_acwr(daily_km, 10 * 84, 10, 84, &prog_params, ratio, 10 * 84, NULL) == CALFCARE_OK);
    return fnv(h, ratio, sizeof ratio);
}

static digest scen_shoes(void)
{
    digest h = D0;
    int i;
    for (i = 0; i < 3; i++) {
        calfcare_shoes_advice out;
        memset(&out, 0, sizeof out);
        CHECK(calfcare_shoes_advise(&shoes_in[i], &out, NULL) == CALFCARE_OK);
        h = fnv(h, &out, sizeof out);
    }
    {
        calfcare_shoes_size_result s;
        double left;
        memset(&s, 0, sizeof s);
        CHECK(calfcare_shoes_size(271, 12, &s, NULL) == CALFCARE_OK);
        CHECK(calfcare_shoes_km_left(612, 800, &left, NULL) == CALFCARE_OK);
        h = fnv(fnv(h, &s, sizeof s), &left, sizeof left);
    }
    return h;
}

/* Static tables: names, reasons, status strings, schema fields. */
static digest scen_tables(void)
{
    digest h = D0;
    int i;
    for (i = -10; i < 10; i++)
        h = fnv_str(fnv_str(h, calfcare_strerror(i)), calfcare_status_name(i));
    for (i = 0; i < 5000; i++) {
        const calfcare_reason *r = calfcare_reason_lookup(i);
        if (r)
            h = fnv_str(fnv_str(fnv_str(h, r->name), r->text), r->source);
    }
    for (i = 0; i < 12; i++) {
        h = fnv_str(h, calfcare_red_flag_name(i));
        h = fnv_str(h, calfcare_relief_name(i));
        h = fnv_str(h, calfcare_relief_step_kind_name(i));
        h = fnv_str(h, calfcare_diagnosis_cause_name(i));
        h = fnv_str(h, calfcare_shoes_width_letter(i % 4, i % 2));
        h = fnv_str(h, calfcare_care_kind_name(1u << i));
    }
    for (i = 0; i < CALFCARE_DIAGNOSIS_FIELD_COUNT; i++)
        h = fnv_str(h, calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, i)->help);
    return fnv_str(h, calfcare_version_string());
}

/* Per-thread inputs parsed from text (the parser has no global state, whatever the locale). */
static digest scen_input(void)
{
    static const char *const texts[][2] = {
        {"weekly_km", "40,44,52"}, {"cadence", "171.5"}, {"knee_to_wall_cm", "9.5,12"}, {"warmup", "always"},
        {"cadence", "400"},        {"heel_raises", "1.5,3"}, {"sex", "other"},        {"fever", "maybe"}};
    calfcare_input in;
    digest h = D0;
    size_t i;
    CHECK(calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, NULL) == CALFCARE_OK);
    for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        calfcare_error err;
        calfcare_status st;
        memset(&err, 0, sizeof err);
        st = calfcare_input_set_text(&in, calfcare_input_find(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, texts[i][0]), texts[i][1], &err);
        h = fnv(h, &st, sizeof st);
        if (st != CALFCARE_OK)
            h = fnv_str(h, err.message);
    }
    return fnv(h, &in, sizeof in);
}

static digest (*const scenarios[NSCEN])(void) = {scen_diagnosis, scen_relief_build, scen_timer, scen_progression,
                                                  scen_batch,     scen_shoes,        scen_tables, scen_input};
static const char *const scen_names[NSCEN] = {"diagnosis", "relief_build", "timer", "progression",
                                              "batch",     "shoes",        "tables", "input"};

static digest reference[NSCEN];
static int rounds = 20;
static pthread_barrier_t go; /* all threads start together, so that they really overlap */

typedef struct worker {
    pthread_t id;
    int index;
    int mismatches;
} worker;

static void *work(void *arg)
{
    worker *w = arg;
    int r, k;
    pthread_barrier_wait(&go);
    for (r = 0; r < rounds; r++)
        for (k = 0; k < NSCEN; k++) {
            int s = (k + w->index + r) % NSCEN; /* each thread in its own order */
            if (scenarios[s]() != reference[s]) {
                fprintf(stderr, "threads: thread %d round %d: %s differs from the reference\n", w->index, r,
                        scen_names[s]);
                w->mismatches++;
            }
        }
    return NULL;
}

int main(int argc, char **argv)
{
    int nthreads = argc > 1 ? atoi(argv[1]) : 8, i, bad = 0;
    worker workers[MAX_THREADS];
    if (argc > 2)
        rounds = atoi(argv[2]);
    if (nthreads < 1 || nthreads > MAX_THREADS || rounds < 1) {
        fprintf(stderr, "usage: threads [THREADS 1..%d [ROUNDS]]\n", MAX_THREADS);
        return 2;
    }
    setup();
    for (i = 0; i < NSCEN; i++) {
        reference[i] = scenarios[i]();
        if (scenarios[i]() != reference[i]) { /* not even deterministic on one thread */
            fprintf(stderr, "threads: %s is not deterministic\n", scen_names[i]);
            return 1;
        }
    }
    if (pthread_barrier_init(&go, NULL, (unsigned)nthreads) != 0) {
        perror("pthread_barrier_init");
        return 1;
    }
    for (i = 0; i < nthreads; i++) {
        workers[i].index = i;
        workers[i].mismatches = 0;
        if (pthread_create(&workers[i].id, NULL, work, &workers[i]) != 0) {
            perror("pthread_create");
            return 1;
        }
    }
    for (i = 0; i < nthreads; i++) {
        pthread_join(workers[i].id, NULL);
        bad += workers[i].mismatches;
    }
    pthread_barrier_destroy(&go);
    printf("threads: %d threads x %d rounds x %d scenarios: %d mismatches\n", nthreads, rounds, NSCEN, bad);
    return bad ? 1 : 0;
}
