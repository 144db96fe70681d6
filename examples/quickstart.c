/*
 * quickstart.c - one runner through all four areas of libcalfcare.
 *
 * Build against an installed copy:
 *     cc quickstart.c $(pkg-config --cflags --libs calfcare) -o quickstart
 *
 * 1. diagnose: why does the calf hurt, and is there a red flag?
 * 2. relief: a stretching protocol (refused if a red flag blocks it), ticked on a clock
 * 3. progression: the 10% rule on the last weeks
 * 4. shoes: size and replacement
 * Every call returns a status; on failure the calfcare_error names the field and the range.
 */
#include <stdio.h>
#include <string.h>

#include <calfcare.h>

static int fail(const char *what, calfcare_status st, const calfcare_error *err)
{
    fprintf(stderr, "%s failed: %s (%s)\n", what, err->message, calfcare_status_name(st));
    return 1;
}

int main(void)
{
    static const double weeks_km[] = {30, 32, 35, 48};
    calfcare_error err;
    calfcare_status st;
    calfcare_input in;
    static calfcare_diagnosis dx; /* about 5 KiB: static rather than on a small stack */

    if (strcmp(calfcare_version_string(), CALFCARE_VERSION_STRING) != 0) {
        fprintf(stderr, "header/library version mismatch\n");
        return 1;
    }
    printf("libcalfcare %s\n", calfcare_version_string());

    /* 1. Diagnosis: inputs are optional; what is not set stays unknown. */
    calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, NULL);
    calfcare_input_set_list(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM, weeks_km, 4, NULL);
    calfcare_input_set(&in, CALFCARE_DIAGNOSIS_CADENCE, 162, NULL);
    calfcare_input_set_word(&in, CALFCARE_DIAGNOSIS_WARMUP, "never", NULL);
    /* A bad value is refused with the field and the range, and nothing is stored: */
    st = calfcare_input_set(&in, CALFCARE_DIAGNOSIS_CADENCE, 400, &err);
    printf("cadence 400 -> %s: %s\n", calfcare_status_name(st), err.message);
    if (st != CALFCARE_E_INVALID || strcmp(err.field, "cadence") != 0)
        return fail("rejecting cadence 400", st, &err);
    if ((st = calfcare_diagnosis_assess(&in, &dx, &err)) != CALFCARE_OK)
        return fail("calfcare_diagnosis_assess", st, &err);
    printf("triage %s; most likely cause %s (%.2f)\n", calfcare_diagnosis_triage_name(dx.triage),
           calfcare_diagnosis_cause_name(dx.causes[0].cause), dx.causes[0].score);

    /* 2. Relief: the diagnosis says what is blocked; the timer runs on the caller's clock. */
    {
        calfcare_relief_params params;
        static calfcare_relief_protocol protocol;
        calfcare_relief_timer timer;
        calfcare_relief_timer_step steps[CALFCARE_RELIEF_MAX_STEPS];
        calfcare_relief_event events[8];
        size_t n = 0;
        calfcare_relief_params_init(&params, NULL);
        if ((st = calfcare_relief_build(CALFCARE_RELIEF_STRETCH, &params, &dx.blocked, &protocol, &err)) != CALFCARE_OK)
            return fail("calfcare_relief_build", st, &err);
        calfcare_relief_timer_init(&timer, &protocol, steps, CALFCARE_RELIEF_MAX_STEPS, NULL);
        calfcare_relief_timer_start(&timer, 1000, NULL);
        calfcare_relief_timer_update(&timer, 1000, events, 8, &n, NULL);
        printf("stretch: %u steps, %u s; first event: %s\n", (unsigned)protocol.count,
               (unsigned)(protocol.total_ms / 1000), n ? calfcare_relief_event_name(events[0].type) : "none");
    }

    /* 3. Progression: the 10% rule on the weekly distances. */
    {
        calfcare_progression_params params;
        calfcare_progression_weekly_result result;
        double change[4];
        unsigned char over[4];
        calfcare_progression_params_init(&params, NULL);
        st = calfcare_progression_check_weekly(weeks_km, 4, &params, change, 4, over, 4, &result, &err);
        if (st != CALFCARE_OK)
            return fail("calfcare_progression_check_weekly", st, &err);
        printf("last week %+.1f%% (%s the limit); next week at most %.1f km\n", change[3],
               over[3] ? "over" : "within", result.next_week_max);
    }

    /* 4. Shoes: size from the longer foot, and whether the pair is due. */
    {
        static const double feet_mm[] = {245, 248};
        static calfcare_shoes_advice shoes;
        calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_SHOES, NULL);
        calfcare_input_set_list(&in, CALFCARE_SHOES_FOOT_LENGTH_MM, feet_mm, 2, NULL);
        calfcare_input_set(&in, CALFCARE_SHOES_SHOE_KM, 720, NULL);
        if ((st = calfcare_shoes_advise(&in, &shoes, &err)) != CALFCARE_OK)
            return fail("calfcare_shoes_advise", st, &err);
        printf("shoes: EU %.1f, UK %.1f; %.0f km left before %.0f km\n", shoes.size.eu, shoes.size.uk,
               shoes.km_left, shoes.limit_km);
    }
    return 0;
}
