/* calfcare diagnose: rank the causes of calf pain and screen red flags; and the demo section. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "cli.h"
#include "sample.h"

static const char *const cmd_name = "diagnose";

static void usage(FILE *out)
{
    fprintf(out, "Usage: calfcare diagnose [--json] [OPTIONS]\n\n"
                 "Rank the five likely causes of calf pain (overtraining, warmup_stretching, running_form,\n"
                 "calf_strength_flexibility, shoes), screen red flags that need a clinician, give the Wells\n"
                 "DVT score, the self-care the red flags block, and concrete advice.\n"
                 "Every option is optional: what is not given is unknown (not \"no\").\n"
                 "Symptom switches take no value (--fever); --fever=no records an explicit no.\n\n"
                 "Options:\n"
                 "  --json\n      print one JSON object instead of the report\n"
                 "  --help\n      print this help\n");
    cli_print_schema_help(out, CALFCARE_INPUT_SCHEMA_DIAGNOSIS);
    fprintf(out, "\nExit status: 0 ok (whatever the triage), 2 invalid input, 1 other failure.\n");
}

static json_t *reason_names(const int *codes, unsigned n)
{
    json_t *arr = json_array();
    unsigned i;
    for (i = 0; i < n; i++) {
        const calfcare_reason *r = calfcare_reason_lookup(codes[i]);
        json_array_append_new(arr, json_string(r ? r->name : "unknown"));
    }
    return arr;
}

static json_t *diagnosis_json(const calfcare_diagnosis *dx)
{
    json_t *obj = json_object(), *causes = json_array(), *flags = json_array(), *blocked = json_array(),
           *advice = json_array();
    unsigned i;

    json_object_set_new(obj, "triage", json_string(calfcare_diagnosis_triage_name(dx->triage)));
    for (i = 0; i < CALFCARE_DIAGNOSIS_CAUSE_COUNT; i++) {
        const calfcare_diagnosis_cause_score *c = &dx->causes[i];
        json_array_append_new(causes, json_pack("{s:s, s:f, s:o}", "cause", calfcare_diagnosis_cause_name(c->cause),
                                                "score", c->score, "reasons",
                                                reason_names(c->reasons, c->reason_count)));
    }
    json_object_set_new(obj, "causes", causes);
    for (i = 0; i < dx->flag_count; i++) {
        const calfcare_diagnosis_flag *f = &dx->flags[i];
        json_array_append_new(flags, json_pack("{s:s, s:s, s:o}", "flag", calfcare_red_flag_name(f->flag), "triage",
                                               calfcare_diagnosis_triage_name(f->triage), "reasons",
                                               reason_names(f->reasons, f->reason_count)));
    }
    json_object_set_new(obj, "red_flags", flags);
    json_object_set_new(obj, "wells_score", dx->wells_known ? json_integer(dx->wells_score) : json_null());
    json_object_set_new(obj, "wells_band", json_string(calfcare_diagnosis_wells_band_name(dx->wells_band)));
    for (i = 0; i < CALFCARE_CARE_KIND_COUNT; i++)
        if (dx->blocked.mask & (1u << i))
            json_array_append_new(blocked, json_string(calfcare_care_kind_name(1u << i)));
    json_object_set_new(obj, "blocked", blocked);
    for (i = 0; i < dx->advice_count; i++) {
        const calfcare_diagnosis_advice *a = &dx->advice[i];
        const calfcare_reason *r = calfcare_reason_lookup(a->code);
        json_array_append_new(advice, json_pack("{s:s, s:i, s:s, s:o}", "code", r ? r->name : "unknown", "id",
                                                a->code, "text", a->text, "value",
                                                cli_json_number_or_null(a->value)));
    }
    json_object_set_new(obj, "advice", advice);
    return obj;
}

static void print_report(FILE *out, const calfcare_diagnosis *dx)
{
    static const char *const triage_text[] = {"self-care (no red flag in what was given)",
                                              "SEE A CLINICIAN before treating it yourself",
                                              "URGENT: see a clinician today"};
    unsigned i, k;

    fprintf(out, "Triage: %s\n", dx->triage >= 0 && dx->triage <= 2 ? triage_text[dx->triage] : "unknown");
    if (dx->flag_count) {
        fprintf(out, "Red flags:\n");
        for (i = 0; i < dx->flag_count; i++) {
            const calfcare_diagnosis_flag *f = &dx->flags[i];
            fprintf(out, "  %s (%s):", calfcare_red_flag_name(f->flag), calfcare_diagnosis_triage_name(f->triage));
            for (k = 0; k < f->reason_count; k++) {
                const calfcare_reason *r = calfcare_reason_lookup(f->reasons[k]);
                fprintf(out, "%s %s", k ? ";" : "", r ? r->text : "?");
            }
            fputc('\n', out);
        }
    }
    if (dx->wells_known)
        fprintf(out, "Wells DVT score: %d (%s; a low score never rules a clot out)\n", dx->wells_score,
                calfcare_diagnosis_wells_band_name(dx->wells_band));
    else
        fprintf(out, "Wells DVT score: not assessed (no Wells item given)\n");
    fprintf(out, "Likely causes (score 0-1):\n");
    for (i = 0; i < CALFCARE_DIAGNOSIS_CAUSE_COUNT; i++) {
        const calfcare_diagnosis_cause_score *c = &dx->causes[i];
        fprintf(out, "  %u. %-26s %.2f", i + 1, calfcare_diagnosis_cause_name(c->cause), c->score);
        if (!c->reason_count)
            fprintf(out, "  (no evidence given)");
        fputc('\n', out);
        for (k = 0; k < c->reason_count; k++) {
            const calfcare_reason *r = calfcare_reason_lookup(c->reasons[k]);
            fprintf(out, "       - %s [%s, %s]\n", r ? r->text : "?", r ? r->source : "?", r ? r->strength : "?");
        }
    }
    if (dx->blocked.mask) {
        fprintf(out, "Blocked until cleared:");
        for (i = 0, k = 0; i < CALFCARE_CARE_KIND_COUNT; i++)
            if (dx->blocked.mask & (1u << i))
                fprintf(out, "%s %s (%s)", k++ ? "," : "", calfcare_care_kind_name(1u << i),
                        calfcare_red_flag_name(dx->blocked.flag[i]));
        fputc('\n', out);
    }
    if (dx->advice_count) {
        fprintf(out, "Advice:\n");
        for (i = 0; i < dx->advice_count; i++)
            fprintf(out, "  - %s\n", dx->advice[i].text);
    }
}

int cli_cmd_diagnose(int argc, char **argv)
{
    calfcare_input in;
    calfcare_diagnosis dx;
    calfcare_error err;
    calfcare_status st;
    int json, done, rc = cli_parse_input_args(cmd_name, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, argc, argv, &in, &json, usage, &done);

    if (rc != CLI_EXIT_OK || done)
        return rc;
    st = calfcare_diagnosis_assess(&in, &dx, &err);
    if (st != CALFCARE_OK)
        return cli_fail(cmd_name, st, &err);
    if (json)
        return cli_print_json(diagnosis_json(&dx));
    print_report(stdout, &dx);
    return CLI_EXIT_OK;
}

/* The sample runner of tools/sample.h as a diagnosis input. */
static calfcare_status sample_input(calfcare_input *in, calfcare_error *err)
{
    static const struct {
        int id;
        const char *text;
    } words[] = {
        {CALFCARE_DIAGNOSIS_WARMUP, SAMPLE_WARMUP},
        {CALFCARE_DIAGNOSIS_STRETCH_AFTER, SAMPLE_STRETCH_AFTER},
        {CALFCARE_DIAGNOSIS_FOOT_STRIKE, SAMPLE_FOOT_STRIKE},
        {CALFCARE_DIAGNOSIS_OVERSTRIDE, SAMPLE_OVERSTRIDE},
        {CALFCARE_DIAGNOSIS_CUSHIONING, SAMPLE_CUSHIONING},
        {CALFCARE_DIAGNOSIS_MINIMALIST, SAMPLE_MINIMALIST},
        {CALFCARE_DIAGNOSIS_SEX, SAMPLE_SEX},
        {CALFCARE_DIAGNOSIS_PREVIOUS_CALF_STRAIN, SAMPLE_PREVIOUS_CALF_STRAIN},
    };
    const struct {
        int id;
        double value;
    } numbers[] = {
        {CALFCARE_DIAGNOSIS_LAST_RUN_KM, SAMPLE_LAST_RUN_KM},
        {CALFCARE_DIAGNOSIS_LONGEST_RUN_30D_KM, SAMPLE_LONGEST_RUN_30D_KM},
        {CALFCARE_DIAGNOSIS_CADENCE, SAMPLE_CADENCE_SPM},
        {CALFCARE_DIAGNOSIS_SHOE_KM, SAMPLE_SHOE_KM},
        {CALFCARE_DIAGNOSIS_SHOE_AGE_MONTHS, SAMPLE_SHOE_AGE_MONTHS},
        {CALFCARE_DIAGNOSIS_SHOE_DROP_MM, SAMPLE_SHOE_DROP_MM},
        {CALFCARE_DIAGNOSIS_PREVIOUS_DROP_MM, SAMPLE_PREVIOUS_DROP_MM},
        {CALFCARE_DIAGNOSIS_AGE, SAMPLE_AGE},
        {CALFCARE_DIAGNOSIS_BODY_MASS_KG, SAMPLE_BODY_MASS_KG},
    };
    calfcare_status st = calfcare_input_init(in, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, err);
    size_t i;
    if (st == CALFCARE_OK)
        st = calfcare_input_set_list(in, CALFCARE_DIAGNOSIS_WEEKLY_KM, sample_weekly_km,
                                     sizeof sample_weekly_km / sizeof sample_weekly_km[0], err);
    if (st == CALFCARE_OK)
        st = calfcare_input_set_list(in, CALFCARE_DIAGNOSIS_HEEL_RAISES, sample_heel_raises, 2, err);
    if (st == CALFCARE_OK)
        st = calfcare_input_set_list(in, CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM, sample_knee_to_wall_cm, 2, err);
    for (i = 0; st == CALFCARE_OK && i < sizeof words / sizeof words[0]; i++)
        st = calfcare_input_set_word(in, words[i].id, words[i].text, err);
    for (i = 0; st == CALFCARE_OK && i < sizeof numbers / sizeof numbers[0]; i++)
        st = calfcare_input_set(in, numbers[i].id, numbers[i].value, err);
    return st;
}

int cli_demo_diagnosis(void)
{
    calfcare_input in;
    calfcare_diagnosis dx;
    calfcare_error err;
    calfcare_status st;

    printf("\n== Diagnosis: why does the sample runner's calf hurt? ==\n");
    printf("(%d-year-old %s runner, weeks %g/%g/%g/%g km, last run %g km vs %g km longest, cadence %g,\n"
           " shoes at %g km with a %g mm drop after %g mm; no symptom reported)\n",
           SAMPLE_AGE, SAMPLE_SEX, sample_weekly_km[0], sample_weekly_km[1], sample_weekly_km[2], sample_weekly_km[3],
           SAMPLE_LAST_RUN_KM, SAMPLE_LONGEST_RUN_30D_KM, SAMPLE_CADENCE_SPM, SAMPLE_SHOE_KM, SAMPLE_SHOE_DROP_MM,
           SAMPLE_PREVIOUS_DROP_MM);
    st = sample_input(&in, &err);
    if (st == CALFCARE_OK)
        st = calfcare_diagnosis_assess(&in, &dx, &err);
    if (st != CALFCARE_OK)
        return cli_fail("demo", st, &err);
    print_report(stdout, &dx);
    return CLI_EXIT_OK;
}
