/* calfcare relief / routine: build a relief protocol or prevention routine, print its schedule
 * (--schedule, --json) or run it live on the timer engine; and the relief section of the demo.
 * Uses only the public API (calfcare/relief.h). */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "sample.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define SPEED_MIN 1.0
#define SPEED_MAX 100000.0

typedef struct relief_opts {
    const char *cmd;         /* "relief" or "routine" */
    int protocol;            /* calfcare_relief_id */
    calfcare_relief_params params;
    int json, schedule;
    double speed;
} relief_opts;

/* The options of calfcare_relief_params are the rows of its table (calfcare/params.h): `routine`
 * takes `week`, `relief` every other row. */
static int is_option_of(const calfcare_params_field *f, int routine)
{
    return (strcmp(f->name, "week") == 0) == (routine != 0);
}

static void usage(FILE *out, int routine)
{
    size_t i, n = calfcare_params_field_count(CALFCARE_PARAMS_TABLE_RELIEF);
    if (routine)
        fprintf(out, "Usage: calfcare routine warmup|cooldown|strength [--week N] [SYMPTOMS] [--schedule] [--speed N]\n"
                     "       [--json]\n\n"
                     "Run a prevention routine with timers: warmup (dynamic drills before a run), cooldown\n"
                     "(static calf stretches after), strength (calf raises in sets, progressing by week).\n\n");
    else
        fprintf(out, "Usage: calfcare relief rice|stretch|roll|full|rest [OPTIONS] [SYMPTOMS]\n\n"
                     "Run a relief protocol with timers: rice (rest, compression, ice, elevation), stretch\n"
                     "(wall calf stretch, knee straight and bent), roll (foam roller or massage ball), full (rice, a pain\n"
                     "check, then stretch and roll once the pain eases), rest (rest with the leg raised only:\n"
                     "first aid without ice or a bandage, e.g. with numbness).\n\n");
    fprintf(out, "Options:\n");
    for (i = 0; i < n; i++)
        if (is_option_of(calfcare_params_field_at(CALFCARE_PARAMS_TABLE_RELIEF, (int)i), routine))
            cli_print_params_help(out, CALFCARE_PARAMS_TABLE_RELIEF, (int)i, 0);
    fprintf(out, "  --schedule\n      print the steps and exit without waiting\n"
                 "  --json\n      print the steps as one JSON object {protocol, steps, total_s, advice} and exit\n"
                 "  --speed N\n      run the session N times faster [1..100000] (default 1)\n"
                 "  --help\n      this text\n\n"
                 "SYMPTOMS: the symptom switches of 'calfcare diagnose' (--active-cancer ...\n"
                 "--cannot-walk-4-steps, --calf-swelling-cm X). They are run through the diagnosis, and a\n"
                 "protocol or routine with a step that a red flag blocks is refused (exit 3). An option\n"
                 "given twice is an error.\n\n"
                 "Without --schedule or --json the session runs live: a countdown and a progress bar on a\n"
                 "terminal, one line per event otherwise. Exit status: 0 ok, 2 invalid option (the message\n"
                 "names it and its range), 3 refused for safety (a red flag blocks a step, or ice again\n"
                 "within 60 min).\n");
}

static int parse_args(relief_opts *o, int argc, char **argv, int routine, calfcare_blocked *blocked)
{
    char **rest = calloc((size_t)argc + 1, sizeof *rest);
    int nrest = 0, i, rc = CLI_EXIT_OK, week, ice_min, ice_rounds;
    const char *word = NULL;
    const char *given[32] = {NULL}; /* the text typed for each option of the parameter table, by id */

    if (!rest) {
        fprintf(stderr, "calfcare %s: out of memory\n", o->cmd);
        return CLI_EXIT_FAILURE;
    }
    calfcare_relief_params_init(&o->params, NULL);
    calfcare_params_field_parse(CALFCARE_PARAMS_TABLE_RELIEF, "week", &week, NULL);
    calfcare_params_field_parse(CALFCARE_PARAMS_TABLE_RELIEF, "ice_min", &ice_min, NULL);
    calfcare_params_field_parse(CALFCARE_PARAMS_TABLE_RELIEF, "ice_rounds", &ice_rounds, NULL);
    o->speed = 1.0;
    for (i = 1; i < argc && rc == CLI_EXIT_OK; i++) {
        const char *a = argv[i], *value;
        int id, k = cli_params_option_id(CALFCARE_PARAMS_TABLE_RELIEF, a);
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout, routine);
            free(rest);
            return -1;
        }
        if (strcmp(a, "--json") == 0) {
            o->json = 1;
            continue;
        }
        if (strcmp(a, "--schedule") == 0) {
            o->schedule = 1;
            continue;
        }
        if (cli_is_option(a, "speed")) {
            double v;
            if ((rc = cli_option_value(o->cmd, argc, argv, &i, &value)) != 0 ||
                (rc = cli_parse_double(o->cmd, "--speed", value, &v)) != 0)
                break;
            if (!(v >= SPEED_MIN && v <= SPEED_MAX)) {
                rc = cli_usage_error(o->cmd, "--speed: %s is outside the accepted range; accepted: 1 to 100000", value);
                break;
            }
            o->speed = v;
            continue;
        }
        if (k >= 0 && (size_t)k < ARRAY_LEN(given) &&
            is_option_of(calfcare_params_field_at(CALFCARE_PARAMS_TABLE_RELIEF, k), routine)) {
            if ((rc = cli_option_value(o->cmd, argc, argv, &i, &value)) != 0)
                break;
            if (strcmp(calfcare_params_field_at(CALFCARE_PARAMS_TABLE_RELIEF, k)->name, "tool") == 0 &&
                calfcare_relief_tool_parse(value, &id, NULL) != CALFCARE_OK) {
                rc = cli_usage_error(o->cmd, "--tool: '%s' is not a rolling tool; accepted: %s, %s", value,
                                     calfcare_relief_tool_name(CALFCARE_RELIEF_TOOL_ROLLER),
                                     calfcare_relief_tool_name(CALFCARE_RELIEF_TOOL_BALL));
                break;
            }
            rc = cli_params_set(o->cmd, CALFCARE_PARAMS_TABLE_RELIEF, &o->params, sizeof o->params, k, value);
            given[k] = value;
            continue;
        }
        /* The protocol is the first known protocol word, wherever it is: other words may be the
         * values of symptom options (`--foot-strike forefoot`). */
        if (a[0] != '-' && !word && calfcare_relief_parse(a, &id, NULL) == CALFCARE_OK) {
            word = a;
            continue;
        }
        rest[nrest++] = argv[i]; /* symptom switches (and their values) go to the diagnosis */
    }
    if (rc == CLI_EXIT_OK && !word) {
        for (i = 0; i < nrest && !word; i++)
            if (rest[i][0] != '-')
                word = rest[i];
        if (word)
            rc = cli_usage_error(o->cmd, "'%s' is not a %s; accepted: %s", word, routine ? "routine" : "protocol",
                                 routine ? "warmup, cooldown, strength" : "rice, stretch, roll, full, rest");
        else
            rc = cli_usage_error(o->cmd, "needs a %s: %s; run 'calfcare %s --help'", routine ? "routine" : "protocol",
                                 routine ? "warmup, cooldown or strength" : "rice, stretch, roll, full or rest", o->cmd);
    }
    if (rc == CLI_EXIT_OK) {
        if (calfcare_relief_parse(word, &o->protocol, NULL) != CALFCARE_OK ||
            calfcare_relief_is_routine(o->protocol) != routine)
            rc = cli_usage_error(o->cmd, "'%s' is not a %s; accepted: %s", word, routine ? "routine" : "protocol",
                                 routine ? "warmup, cooldown, strength" : "rice, stretch, roll, full, rest");
    }
    /* Conflicting pairs: both named, never one silently ignored (the tool with a protocol that does
     * not roll: calfcare_relief_build()). */
    if (rc == CLI_EXIT_OK && routine && given[week] && o->protocol != CALFCARE_RELIEF_STRENGTH)
        rc = cli_usage_error(o->cmd, "--week %s and '%s' conflict: --week applies to the strength routine only",
                             given[week], word);
    if (rc == CLI_EXIT_OK && !routine && given[ice_min] && given[ice_rounds] && o->params.ice_rounds == 2)
        rc = cli_usage_error(o->cmd,
                             "--ice-min %s and --ice-rounds %s conflict: intermittent ice is fixed at 10 min on, 10 off, "
                             "10 on; give one of them",
                             given[ice_min], given[ice_rounds]);
    if (rc == CLI_EXIT_OK)
        rc = cli_blocked_from_symptoms(o->cmd, nrest, rest, blocked);
    free(rest);
    return rc;
}

/* ---- output ---------------------------------------------------------------------------------- */

/* "m:ss" (or "h:mm:ss") of a duration in ms, rounded down to the second. */
static const char *clock_text(uint32_t ms, char *buf, size_t cap)
{
    uint32_t s = ms / 1000;
    if (s >= 3600)
        snprintf(buf, cap, "%u:%02u:%02u", s / 3600, s / 60 % 60, s % 60);
    else
        snprintf(buf, cap, "%u:%02u", s / 60, s % 60);
    return buf;
}

static json_t *json_seconds(uint32_t ms)
{
    return ms % 1000 ? json_real(ms / 1000.0) : json_integer((json_int_t)(ms / 1000));
}

static const char *cue_text(int code)
{
    const calfcare_reason *r = calfcare_reason_lookup(code);
    return r ? r->text : "";
}

static int print_json(const calfcare_relief_protocol *pr)
{
    json_t *obj = json_object(), *steps = json_array();
    size_t i;
    json_object_set_new(obj, "protocol", json_string(calfcare_relief_name(pr->protocol)));
    if (pr->protocol == CALFCARE_RELIEF_STRENGTH)
        json_object_set_new(obj, "week", json_integer(pr->week));
    for (i = 0; i < pr->count; i++) {
        const calfcare_relief_step *s = &pr->steps[i];
        json_t *js = json_object();
        json_object_set_new(js, "kind", json_string(calfcare_relief_step_kind_name(s->kind)));
        json_object_set_new(js, "side", json_string(calfcare_relief_side_name(s->side)));
        json_object_set_new(js, "start_s", json_seconds(s->start_ms));
        json_object_set_new(js, "duration_s", json_seconds(s->duration_ms));
        json_object_set_new(js, "cue", cli_json_reason(s->cue, NULL));
        if (s->reps)
            json_object_set_new(js, "reps", json_integer(s->reps));
        json_array_append_new(steps, js);
    }
    json_object_set_new(obj, "steps", steps);
    json_object_set_new(obj, "total_s", json_seconds(pr->total_ms));
    json_object_set_new(obj, "advice", cli_json_advice(pr->advice, pr->advice_count));
    return cli_print_json(obj);
}

static void step_label(const calfcare_relief_step *s, char *buf, size_t cap)
{
    const char *side = s->side == CALFCARE_RELIEF_SIDE_NONE ? "" : calfcare_relief_side_name(s->side);
    if (s->reps)
        snprintf(buf, cap, "%s%s%s x%u", calfcare_relief_step_kind_name(s->kind), *side ? " " : "", side, s->reps);
    else
        snprintf(buf, cap, "%s%s%s", calfcare_relief_step_kind_name(s->kind), *side ? " " : "", side);
}

static void print_advice(FILE *out, const calfcare_relief_protocol *pr)
{
    size_t i;
    if (!pr->advice_count)
        return;
    fprintf(out, "Advice:\n");
    for (i = 0; i < pr->advice_count; i++)
        fprintf(out, "  - %s\n", cue_text(pr->advice[i]));
}

static void print_heading(FILE *out, const calfcare_relief_protocol *pr)
{
    char total[16];
    fprintf(out, "%s", calfcare_relief_name(pr->protocol));
    if (pr->protocol == CALFCARE_RELIEF_STRENGTH)
        fprintf(out, " (week %u)", pr->week);
    fprintf(out, ": %zu steps, %s total\n", pr->count, clock_text(pr->total_ms, total, sizeof total));
}

static int print_schedule(const calfcare_relief_protocol *pr)
{
    size_t i;
    print_heading(stdout, pr);
    printf("  %3s  %7s  %7s  %-24s %s\n", "#", "start", "length", "step", "cue");
    for (i = 0; i < pr->count; i++) {
        const calfcare_relief_step *s = &pr->steps[i];
        char a[16], b[16], label[64];
        step_label(s, label, sizeof label);
        printf("  %3zu  %7s  %7s  %-24s %s\n", i + 1, clock_text(s->start_ms, a, sizeof a),
               clock_text(s->duration_ms, b, sizeof b), label, cue_text(s->cue));
    }
    print_advice(stdout, pr);
    return fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_FAILURE;
}

/* ---- live run --------------------------------------------------------------------------------- */

static double real_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static void sleep_ms(double ms)
{
    struct timespec ts;
    if (ms <= 0)
        return;
    ts.tv_sec = (time_t)(ms / 1000.0);
    ts.tv_nsec = (long)((ms - (double)ts.tv_sec * 1000.0) * 1e6);
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
}

/* One line per event; times are the events' due times from the session start, so the output is
 * the same whatever the speed and the tick. */
static void print_event(const calfcare_relief_protocol *pr, const calfcare_relief_event *ev, uint32_t t0)
{
    char at[16], len[16], label[64];
    const calfcare_relief_step *s = &pr->steps[ev->step];
    clock_text(ev->due_ms - t0, at, sizeof at);
    switch (ev->type) {
    case CALFCARE_RELIEF_EV_STEP_START:
        step_label(s, label, sizeof label);
        printf("[%s] step %u/%zu: %s, %s - %s\n", at, ev->step + 1, pr->count, label,
               clock_text(s->duration_ms, len, sizeof len), cue_text(ev->cue));
        break;
    case CALFCARE_RELIEF_EV_SWITCH_SIDE:
        printf("[%s] switch to the %s leg\n", at, calfcare_relief_side_name(ev->side));
        break;
    case CALFCARE_RELIEF_EV_HALFWAY:
        printf("[%s] halfway\n", at);
        break;
    case CALFCARE_RELIEF_EV_COUNTDOWN:
        printf("[%s] %u\n", at, ev->seconds_left);
        break;
    case CALFCARE_RELIEF_EV_STEP_DONE:
        printf("[%s] step %u done%s\n", at, ev->step + 1, ev->skipped ? " (skipped)" : "");
        break;
    case CALFCARE_RELIEF_EV_SESSION_DONE:
        printf("[%s] session done\n", at);
        break;
    default:
        break;
    }
}

static void draw_status(const calfcare_relief_timer_info *info)
{
    char left[16], label[64];
    const int width = 24;
    int i, fill = (int)floor(info->step_progress * width + 0.5);
    calfcare_relief_step s;
    memset(&s, 0, sizeof s);
    s.kind = info->kind;
    s.side = info->side;
    step_label(&s, label, sizeof label);
    printf("\r\033[K%u/%u %-22s %6s left [", info->step + 1, info->step_count, label,
           clock_text(info->step_remaining_ms + 999, left, sizeof left));
    for (i = 0; i < width; i++)
        putchar(i < fill ? '#' : '.');
    printf("] session %3.0f%%", info->session_progress * 100.0);
    fflush(stdout);
}

static int run_live(const calfcare_relief_protocol *pr, double speed)
{
    calfcare_relief_timer t;
    calfcare_relief_timer_step steps[CALFCARE_RELIEF_MAX_STEPS];
    calfcare_relief_event ev[16];
    calfcare_relief_timer_info info;
    calfcare_error err;
    calfcare_status st;
    int tty = cli_stdout_is_tty(), done = 0;
    double r0 = real_ms();
    /* The simulated clock: the real monotonic clock, sped up, wrapping at 2^32 like a watch's. */
    uint32_t t0 = (uint32_t)fmod(r0, 4294967296.0), now;
    size_t n, i;

    if ((st = calfcare_relief_timer_init(&t, pr, steps, CALFCARE_RELIEF_MAX_STEPS, &err)) != CALFCARE_OK ||
        (st = calfcare_relief_timer_start(&t, t0, &err)) != CALFCARE_OK)
        return cli_fail("relief", st, &err);
    print_heading(stdout, pr);
    if (speed != 1.0)
        printf("(running %g times faster)\n", speed);
    while (!done) {
        now = t0 + (uint32_t)fmod((real_ms() - r0) * speed, 4294967296.0);
        do {
            calfcare_relief_timer_update(&t, now, ev, ARRAY_LEN(ev), &n, NULL);
            if (tty && n)
                printf("\r\033[K");
            for (i = 0; i < n; i++) {
                print_event(pr, &ev[i], t0);
                if (ev[i].type == CALFCARE_RELIEF_EV_SESSION_DONE)
                    done = 1;
            }
        } while (n == ARRAY_LEN(ev));
        if (done)
            break;
        calfcare_relief_timer_query(&t, now, &info, NULL);
        if (tty)
            draw_status(&info);
        else
            fflush(stdout);
        /* Sleep until the next event; on a terminal wake at least 10 times a second for the bar. */
        {
            double wait = info.next_event_in_ms == CALFCARE_RELIEF_NEVER ? 100.0 : info.next_event_in_ms / speed;
            if (tty && wait > 100.0)
                wait = 100.0;
            if (wait > 1000.0)
                wait = 1000.0;
            sleep_ms(wait < 1.0 ? 1.0 : wait);
        }
    }
    print_advice(stdout, pr);
    return fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_FAILURE;
}

static int run_command(int argc, char **argv, int routine)
{
    relief_opts o;
    calfcare_blocked blocked;
    calfcare_relief_protocol pr;
    calfcare_error err;
    calfcare_status st;
    int rc;

    memset(&o, 0, sizeof o);
    o.cmd = routine ? "routine" : "relief";
    rc = parse_args(&o, argc, argv, routine, &blocked);
    if (rc < 0)
        return CLI_EXIT_OK; /* --help */
    if (rc != CLI_EXIT_OK)
        return rc;
    st = calfcare_relief_build(o.protocol, &o.params, &blocked, &pr, &err);
    if (st != CALFCARE_OK)
        return cli_fail(o.cmd, st, &err);
    if (o.json)
        return print_json(&pr);
    if (o.schedule)
        return print_schedule(&pr);
    return run_live(&pr, o.speed);
}

int cli_cmd_relief(int argc, char **argv)
{
    return run_command(argc, argv, 0);
}

int cli_cmd_routine(int argc, char **argv)
{
    return run_command(argc, argv, 1);
}

/* ---- demo ------------------------------------------------------------------------------------- */

static int demo_build(int id, const calfcare_relief_params *p, calfcare_relief_protocol *pr)
{
    calfcare_error err;
    calfcare_status st = calfcare_relief_build(id, p, NULL, pr, &err);
    if (st != CALFCARE_OK) {
        printf("  %s: %s\n", calfcare_relief_name(id), err.message);
        return 0;
    }
    return 1;
}

/* Run a protocol on a simulated 10 Hz clock (no waiting) and count its events. */
static void demo_simulate(const calfcare_relief_protocol *pr, uint32_t t0)
{
    calfcare_relief_timer t;
    calfcare_relief_timer_step steps[CALFCARE_RELIEF_MAX_STEPS];
    calfcare_relief_event ev[16];
    size_t n, i, events = 0, late = 0;
    uint32_t now = t0, end = 0;
    int done = 0;
    char a[16], b[16];
    calfcare_relief_timer_init(&t, pr, steps, CALFCARE_RELIEF_MAX_STEPS, NULL);
    calfcare_relief_timer_start(&t, t0, NULL);
    while (!done && now - t0 < pr->total_ms + 10000u) {
        now += 100;
        calfcare_relief_timer_update(&t, now, ev, ARRAY_LEN(ev), &n, NULL);
        for (i = 0; i < n; i++) {
            events++;
            late += ev[i].late != 0;
            if (ev[i].type == CALFCARE_RELIEF_EV_SESSION_DONE) {
                done = 1;
                end = ev[i].due_ms - t0;
            }
        }
    }
    printf("  Timer check: %s on a simulated 10 Hz watch clock that starts %u ms before the 2^32 ms wrap:\n"
           "    %zu events, %zu late, session done at %s (planned %s).\n",
           calfcare_relief_name(pr->protocol), (unsigned)(0u - t0), events, late, clock_text(end, a, sizeof a),
           clock_text(pr->total_ms, b, sizeof b));
}

int cli_demo_relief(void)
{
    calfcare_relief_params p;
    calfcare_relief_protocol pr;
    calfcare_error err;
    char a[16];
    size_t i;
    int weak = sample_heel_raises[0] < sample_heel_raises[1] ? 0 : 1;
    double diff = fabs(sample_heel_raises[0] - sample_heel_raises[1]) /
                  fmax(sample_heel_raises[0], sample_heel_raises[1]) * 100.0;

    printf("\n== Relief and prevention (calfcare relief / routine) ==\n");
    calfcare_relief_params_init(&p, NULL);
    if (!demo_build(CALFCARE_RELIEF_FULL, &p, &pr))
        return CLI_EXIT_FAILURE;
    printf("Relief session 'full' with the default settings (no red flag blocks a step in this demo):\n");
    print_heading(stdout, &pr);
    for (i = 0; i < pr.count; i++) {
        const calfcare_relief_step *s = &pr.steps[i];
        char b[16], label[64];
        size_t k;
        int seen = s->kind == CALFCARE_RELIEF_STEP_GET_READY;
        /* Show each kind of step once, at its first occurrence; the summary below gives the counts. */
        for (k = 0; k < i && !seen; k++)
            seen = pr.steps[k].kind == s->kind;
        if (seen)
            continue;
        step_label(s, label, sizeof label);
        printf("  %7s  %-22s %6s  %s\n", clock_text(s->start_ms, a, sizeof a), label,
               clock_text(s->duration_ms, b, sizeof b), cue_text(s->cue));
    }
    printf("  (stretch: %g holds of %g s per leg, knee straight then bent, each after a %d s get-ready;\n"
           "   roll: %g sets of %g s per leg)\n",
           (double)p.reps, p.hold_s, CALFCARE_RELIEF_GET_READY_S, (double)p.sets, p.roll_s);
    print_advice(stdout, &pr);
    p.tool = CALFCARE_RELIEF_TOOL_BALL;
    if (demo_build(CALFCARE_RELIEF_ROLL, &p, &pr))
        printf("No foam roller? 'relief roll --tool ball' rolls with a massage ball, the same dose (%zu steps):\n"
               "  %s\n",
               pr.count, cue_text(pr.steps[0].cue));
    calfcare_relief_params_init(&p, NULL);

    p.last_ice_ended_min_ago = 30;
    if (calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, NULL, &pr, &err) == CALFCARE_E_TOO_SOON)
        printf("Ice again 30 min later? Refused (%s): %s\n", calfcare_status_name(err.status), err.message);
    calfcare_relief_params_init(&p, NULL);

    printf("\nPrevention routines (the long-term cure):\n");
    printf("  This runner warms up '%s' and stretches after runs '%s': warmup before, cooldown after.\n",
           SAMPLE_WARMUP, SAMPLE_STRETCH_AFTER);
    if (demo_build(CALFCARE_RELIEF_WARMUP, &p, &pr)) {
        printf("  ");
        print_heading(stdout, &pr);
    }
    if (demo_build(CALFCARE_RELIEF_COOLDOWN, &p, &pr)) {
        printf("  ");
        print_heading(stdout, &pr);
        demo_simulate(&pr, 0xFFFFFFFFu - 5000u + 1u);
    }
    printf("  Heel raises %g left / %g right (%.0f%% side difference): strength, week by week:\n",
           sample_heel_raises[0], sample_heel_raises[1], diff);
    {
        static const int weeks[] = {1, 3, 5};
        size_t w;
        for (w = 0; w < ARRAY_LEN(weeks); w++) {
            p.week = weeks[w];
            if (!demo_build(CALFCARE_RELIEF_STRENGTH, &p, &pr))
                continue;
            printf("    week %d: 3 sets of %u x %s, %s total\n", weeks[w], pr.steps[0].reps,
                   calfcare_relief_step_kind_name(pr.steps[0].kind), clock_text(pr.total_ms, a, sizeof a));
        }
    }
    if (diff > 10.0)
        printf("  The %s calf is the weaker one: the single-leg weeks train each leg on its own.\n",
               weak == 0 ? "left" : "right");
    return CLI_EXIT_OK;
}
