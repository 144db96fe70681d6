/* Tests of calfcare/common.h: status codes, error details, version, reason lookup. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <calfcare.h>

#include "suites.h"

START_TEST(test_status_values_are_stable)
{
    /* The numbers are ABI: these must never change. */
    ck_assert_int_eq(CALFCARE_OK, 0);
    ck_assert_int_eq(CALFCARE_E_NULL, -1);
    ck_assert_int_eq(CALFCARE_E_INVALID, -2);
    ck_assert_int_eq(CALFCARE_E_BUFFER, -3);
    ck_assert_int_eq(CALFCARE_E_BLOCKED, -4);
    ck_assert_int_eq(CALFCARE_E_TOO_SOON, -5);
    ck_assert_int_eq(CALFCARE_E_STATE, -6);
    ck_assert_int_eq(CALFCARE_E_UNSUPPORTED, -7);
}
END_TEST

START_TEST(test_status_names_and_texts)
{
    ck_assert_str_eq(calfcare_status_name(CALFCARE_OK), "CALFCARE_OK");
    ck_assert_str_eq(calfcare_status_name(CALFCARE_E_INVALID), "CALFCARE_E_INVALID");
    ck_assert_str_eq(calfcare_status_name(CALFCARE_E_UNSUPPORTED), "CALFCARE_E_UNSUPPORTED");
    ck_assert_str_eq(calfcare_strerror(CALFCARE_OK), "success");
    ck_assert_str_eq(calfcare_strerror(CALFCARE_E_BLOCKED), "refused for safety: blocked by a red flag");
    /* Every defined code has its own name; undefined codes say so instead of crashing. */
    for (int s = CALFCARE_E_UNSUPPORTED; s < 0; s++)
        ck_assert_str_ne(calfcare_status_name(s), calfcare_status_name(s + 1));
    ck_assert_str_eq(calfcare_status_name(-8), "CALFCARE_E_UNKNOWN");
    ck_assert_str_eq(calfcare_status_name(1), "CALFCARE_E_UNKNOWN");
    ck_assert_str_eq(calfcare_status_name(-2147483647 - 1), "CALFCARE_E_UNKNOWN");
    ck_assert_str_eq(calfcare_strerror(99), "unknown status");
}
END_TEST

START_TEST(test_version_macros_match_runtime)
{
    char expect[32];
    ck_assert_int_eq(calfcare_version_major(), CALFCARE_VERSION_MAJOR);
    ck_assert_int_eq(calfcare_version_minor(), CALFCARE_VERSION_MINOR);
    ck_assert_int_eq(calfcare_version_patch(), CALFCARE_VERSION_PATCH);
    ck_assert_str_eq(calfcare_version_string(), CALFCARE_VERSION_STRING);
    snprintf(expect, sizeof expect, "%d.%d.%d", CALFCARE_VERSION_MAJOR, CALFCARE_VERSION_MINOR, CALFCARE_VERSION_PATCH);
    ck_assert_str_eq(calfcare_version_string(), expect);
    ck_assert_int_eq(CALFCARE_VERSION_NUMBER,
                     CALFCARE_VERSION_MAJOR * 10000 + CALFCARE_VERSION_MINOR * 100 + CALFCARE_VERSION_PATCH);
}
END_TEST

START_TEST(test_error_clear)
{
    calfcare_error err;
    memset(&err, 0x5a, sizeof err);
    calfcare_error_clear(&err);
    ck_assert_int_eq(err.status, CALFCARE_OK);
    ck_assert_str_eq(err.field, "");
    ck_assert_str_eq(err.message, "");
    ck_assert(isnan(err.value) && isnan(err.min) && isnan(err.max));
    calfcare_error_clear(NULL); /* must not crash */
}
END_TEST

START_TEST(test_reason_lookup_unknown)
{
    ck_assert_ptr_null(calfcare_reason_lookup(0));
    ck_assert_ptr_null(calfcare_reason_lookup(-1000));
    ck_assert_ptr_null(calfcare_reason_lookup(999999));
}
END_TEST

/* Each area's lookup answers its own range only, and the same entry as the lookup of any area. */
START_TEST(test_reason_lookup_per_area)
{
    int area, code;
    for (area = 1; area <= 4; area++) {
        const calfcare_reason *(*own)(int) =
            area == 1 ? calfcare_diagnosis_reason_lookup
            : area == 2 ? calfcare_relief_reason_lookup
            : area == 3 ? calfcare_progression_reason_lookup
                        : calfcare_shoes_reason_lookup;
        int found = 0;
        for (code = area * 1000; code < area * 1000 + 1000; code++) {
            const calfcare_reason *r = calfcare_reason_lookup(code);
            ck_assert_ptr_eq(own(code), r);
            if (r)
                found++;
        }
        ck_assert_int_gt(found, 0);
        /* another area's code, codes at the range edges: NULL */
        ck_assert_ptr_null(own(area == 2 ? 1001 : 2001));
        ck_assert_ptr_null(own(area * 1000 - 1));
        ck_assert_ptr_null(own(area * 1000 + 1000));
    }
    ck_assert_str_eq(calfcare_relief_reason_lookup(CALFCARE_RELIEF_R_ICE)->name, "ice_apply");
}
END_TEST

/* A caller's (e.g. translated) table keyed by the same codes. */
START_TEST(test_reason_find_in_caller_table)
{
    static const calfcare_reason de[] = {
        {CALFCARE_RELIEF_R_ICE, "ice_apply", "Eis in einem feuchten Tuch auf die Wade.", "bleakley2004", "W"},
        {CALFCARE_RELIEF_R_REST_ELEVATE, "rest_elevate", "Hinlegen, Wade hoch.", "brief", "W"},
    };
    ck_assert_str_eq(calfcare_reason_find_in(de, 2, 2003)->text, "Eis in einem feuchten Tuch auf die Wade.");
    ck_assert_ptr_eq(calfcare_reason_find_in(de, 2, 2001), &de[1]);
    ck_assert_ptr_null(calfcare_reason_find_in(de, 2, 2002));
    ck_assert_ptr_null(calfcare_reason_find_in(de, 1, 2001)); /* n limits the search */
    ck_assert_ptr_null(calfcare_reason_find_in(NULL, 0, 2001));
    ck_assert_ptr_null(calfcare_reason_find_in(NULL, 5, 2001));
}
END_TEST

START_TEST(test_red_flag_and_care_kind_names)
{
    ck_assert_str_eq(calfcare_red_flag_name(CALFCARE_FLAG_NONE), "none");
    ck_assert_str_eq(calfcare_red_flag_name(CALFCARE_FLAG_DVT), "dvt");
    ck_assert_str_eq(calfcare_red_flag_name(CALFCARE_FLAG_ACHILLES_RUPTURE), "achilles_rupture");
    ck_assert_str_eq(calfcare_red_flag_name(CALFCARE_FLAG_REST_NIGHT_PAIN), "rest_night_pain");
    ck_assert_str_eq(calfcare_red_flag_name(CALFCARE_FLAG_COUNT), "unknown");
    ck_assert_str_eq(calfcare_red_flag_name(-1), "unknown");
    /* Not a finding: a care kind blocked by a caller's list, the red flag not named. */
    ck_assert_int_eq(CALFCARE_FLAG_UNNAMED, 100);
    ck_assert_str_eq(calfcare_red_flag_name(CALFCARE_FLAG_UNNAMED), "unnamed");
    ck_assert_str_eq(calfcare_red_flag_name(CALFCARE_FLAG_UNNAMED - 1), "unknown");
    ck_assert_str_eq(calfcare_red_flag_name(CALFCARE_FLAG_UNNAMED + 1), "unknown");
    {
        int v = 0;
        calfcare_error err;
        ck_assert_int_eq(calfcare_red_flag_parse("unnamed", &v, &err), CALFCARE_OK);
        ck_assert_int_eq(v, CALFCARE_FLAG_UNNAMED);
        ck_assert_int_eq(calfcare_red_flag_parse("dvt", &v, &err), CALFCARE_OK);
        ck_assert_int_eq(v, CALFCARE_FLAG_DVT);
        ck_assert_int_eq(calfcare_red_flag_parse("unnamed ", &v, &err), CALFCARE_E_INVALID);
        ck_assert_str_eq(err.field, "red_flag");
        ck_assert_msg(strstr(err.message, "rest_night_pain|unnamed") != NULL, "%s", err.message);
        ck_assert_int_eq(calfcare_red_flag_parse("unnamed", NULL, &err), CALFCARE_E_NULL);
    }
    ck_assert_str_eq(calfcare_care_kind_name(CALFCARE_CARE_MASSAGE), "massage");
    ck_assert_str_eq(calfcare_care_kind_name(CALFCARE_CARE_FOAM_ROLL), "foam_roll");
    ck_assert_str_eq(calfcare_care_kind_name(CALFCARE_CARE_RUNNING), "running");
    /* Only single defined bits have names. */
    ck_assert_str_eq(calfcare_care_kind_name(CALFCARE_CARE_ICE | CALFCARE_CARE_STRETCH), "unknown");
    ck_assert_str_eq(calfcare_care_kind_name(0), "unknown");
    ck_assert_str_eq(calfcare_care_kind_name(1u << CALFCARE_CARE_KIND_COUNT), "unknown");
}
END_TEST

START_TEST(test_parse_quotes_the_word)
{
    /* Every _parse() refuses an unknown word with one message: the field, the word as given in
     * quotes and every accepted word in order (the words of calfcare_red_flag_name(0..9) and of
     * calfcare_care_kind_name(1 << 0..5)); nothing is written to the value. */
    calfcare_error err;
    int flag = 7;
    unsigned kind = 9u;
    char long_word[300];
    ck_assert_int_eq(calfcare_red_flag_parse("DVT", &flag, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "red_flag");
    ck_assert_str_eq(err.message, "red_flag: unknown word 'DVT'; accepted: none|dvt|achilles_rupture|calf_tear|"
                                  "exertional|stress_fracture|systemic|nerve|cannot_bear_weight|rest_night_pain|unnamed");
    ck_assert_int_eq(flag, 7);
    ck_assert_int_eq(calfcare_care_kind_parse("icing", &kind, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "care_kind");
    ck_assert_str_eq(err.message, "care_kind: unknown word 'icing'; accepted: massage|foam_roll|stretch|ice|running|compression");
    ck_assert_uint_eq(kind, 9u);
    /* An empty word is quoted as given; a word with a trailing space is not trimmed. */
    ck_assert_int_eq(calfcare_red_flag_parse("", &flag, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(strncmp(err.message, "red_flag: unknown word ''; accepted: none|dvt|", 46), 0);
    ck_assert_int_eq(calfcare_care_kind_parse("ice ", &kind, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(strncmp(err.message, "care_kind: unknown word 'ice '; accepted: massage|", 50), 0);
    /* A word longer than the message buffer: cut at CALFCARE_ERROR_MESSAGE_SIZE - 1 characters, still
     * naming the field first. */
    memset(long_word, 'x', sizeof long_word - 1);
    long_word[sizeof long_word - 1] = '\0';
    ck_assert_int_eq(calfcare_red_flag_parse(long_word, &flag, &err), CALFCARE_E_INVALID);
    ck_assert_uint_eq(strlen(err.message), CALFCARE_ERROR_MESSAGE_SIZE - 1);
    ck_assert_int_eq(strncmp(err.message, "red_flag: unknown word 'xxx", 27), 0);
    /* The input schemas say it the same way. */
    {
        calfcare_input in;
        ck_assert_int_eq(calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, &err), CALFCARE_OK);
        ck_assert_int_eq(calfcare_input_set_word(&in, CALFCARE_DIAGNOSIS_WARMUP, "often", &err), CALFCARE_E_INVALID);
        ck_assert_str_eq(err.message, "warmup: unknown word 'often'; accepted: never|sometimes|always");
    }
    /* A known word still parses: the last of each list. */
    ck_assert_int_eq(calfcare_red_flag_parse("rest_night_pain", &flag, &err), CALFCARE_OK);
    ck_assert_int_eq(flag, CALFCARE_FLAG_REST_NIGHT_PAIN);
    ck_assert_int_eq(calfcare_care_kind_parse("compression", &kind, &err), CALFCARE_OK);
    ck_assert_uint_eq(kind, CALFCARE_CARE_COMPRESSION);
}
END_TEST

/* Every reserved_ slot is zero once the library has filled or initialised its struct, whatever the
 * caller's memory held before (the rule of docs/HACKING.md, "ABI and releases": a later release
 * gives a slot a meaning, and a caller compiled today must read it as "not set"). */
#define GARBAGE(x) memset(&(x), 0xA5, sizeof(x))
#define ZERO_SLOTS(x)                                                                                  \
    do {                                                                                               \
        size_t k_;                                                                                     \
        for (k_ = 0; k_ < sizeof(x).reserved_ / sizeof(x).reserved_[0]; k_++)                          \
            ck_assert_msg((x).reserved_[k_] == 0, "%s.reserved_[%zu] is not 0", #x, k_);               \
    } while (0)

START_TEST(test_reserved_slots_are_zero)
{
    calfcare_error err;
    calfcare_input in;
    calfcare_diagnosis dx;
    calfcare_relief_params rp;
    calfcare_relief_protocol proto;
    calfcare_relief_timer timer;
    calfcare_relief_timer_step steps[CALFCARE_RELIEF_MAX_STEPS];
    calfcare_relief_timer_info info;
    calfcare_progression_params pp;
    calfcare_progression_plan_params plp;
    calfcare_progression_weekly_result wr;
    calfcare_progression_spike_result sr;
    calfcare_progression_acwr_result ar;
    calfcare_progression_plan plan;
    calfcare_progression_rtr rtr;
    calfcare_progression_rtr_gate_input gi;
    calfcare_progression_rtr_gate_result gr;
    calfcare_log_reader reader;
    calfcare_log_options lo;
    calfcare_log_sizes sizes;
    calfcare_log_report rep;
    calfcare_log_run runs[2];
    calfcare_log_week weeks[4];
    double work[64];
    calfcare_shoes_size_result size;
    calfcare_shoes_chart chart;
    calfcare_shoes_brand_size_result bsize;
    calfcare_shoes_advice shoes;
    static const double km[] = {40, 44, 50}, day[] = {0, 3}, run_km[] = {10, 12}, load[] = {300, 300, 400};
    double change[3], spike[2];
    unsigned char over[3], band[2];
    size_t i;

    /* A failed call fills the error, slots included. */
    GARBAGE(err);
    ck_assert_int_eq(calfcare_shoes_km_left(-1, 800, &work[0], &err), CALFCARE_E_INVALID);
    ZERO_SLOTS(err);
    GARBAGE(err);
    calfcare_error_clear(&err);
    ZERO_SLOTS(err);

    GARBAGE(dx);
    ck_assert_int_eq(calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_diagnosis_assess(&in, &dx, &err), CALFCARE_OK);
    ZERO_SLOTS(dx);
    ZERO_SLOTS(dx.blocked);

    GARBAGE(proto);
    GARBAGE(info);
    GARBAGE(rp);
    ck_assert_int_eq(calfcare_relief_params_init(&rp, &err), CALFCARE_OK);
    ZERO_SLOTS(rp);
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_RICE, &rp, NULL, &proto, &err), CALFCARE_OK);
    ZERO_SLOTS(proto);
    ck_assert_int_eq(calfcare_relief_timer_init(&timer, &proto, steps, CALFCARE_RELIEF_MAX_STEPS, &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_relief_timer_status(&timer, 0, &info, &err), CALFCARE_OK);
    ZERO_SLOTS(info);
    GARBAGE(info);
    ck_assert_int_eq(calfcare_relief_timer_query(&timer, 0, &info, &err), CALFCARE_OK);
    ZERO_SLOTS(info);

    GARBAGE(wr);
    GARBAGE(sr);
    GARBAGE(ar);
    GARBAGE(plan);
    GARBAGE(rtr);
    GARBAGE(gr);
    GARBAGE(pp);
    ck_assert_int_eq(calfcare_progression_params_init(&pp, &err), CALFCARE_OK);
    ZERO_SLOTS(pp);
    ck_assert_int_eq(calfcare_progression_check_weekly(km, 3, &pp, change, 3, over, 3, &wr, &err), CALFCARE_OK);
    ZERO_SLOTS(wr);
    GARBAGE(wr);
    ck_assert_int_eq(calfcare_progression_check_weekly_load(load, 3, &pp, change, 3, over, 3, &wr, &err), CALFCARE_OK);
    ZERO_SLOTS(wr);
    ck_assert_int_eq(calfcare_progression_spikes(day, 2, run_km, 2, 4, spike, 2, band, 2, &sr, &err), CALFCARE_OK);
    ZERO_SLOTS(sr);
    ck_assert_int_eq(calfcare_progression_acwr(load, 3, &pp, &ar, &err), CALFCARE_OK);
    ZERO_SLOTS(ar);
    GARBAGE(plp);
    ck_assert_int_eq(calfcare_progression_plan_params_init(&plp, &err), CALFCARE_OK);
    ZERO_SLOTS(plp);
    plp.current_km = 30;
    plp.target_km = 40;
    ck_assert_int_eq(calfcare_progression_make_plan(&plp, &plan, &err), CALFCARE_OK);
    ZERO_SLOTS(plan);
    ck_assert_int_eq(calfcare_progression_return_to_run(&rtr, &err), CALFCARE_OK);
    ZERO_SLOTS(rtr);
    GARBAGE(gi);
    ck_assert_int_eq(calfcare_progression_rtr_gate_input_init(&gi, &err), CALFCARE_OK);
    ZERO_SLOTS(gi);
    ck_assert_int_eq(calfcare_progression_rtr_gate_check(&gi, &gr, &err), CALFCARE_OK);
    ZERO_SLOTS(gr);

    GARBAGE(reader);
    GARBAGE(lo);
    GARBAGE(sizes);
    GARBAGE(rep);
    ck_assert_int_eq(calfcare_log_reader_init(&reader, CALFCARE_LOG_UNITS_KM, &err), CALFCARE_OK);
    ZERO_SLOTS(reader);
    ck_assert_int_eq(calfcare_log_options_init(&lo, &err), CALFCARE_OK);
    ZERO_SLOTS(lo);
    memset(runs, 0, sizeof runs);
    for (i = 0; i < 2; i++) {
        runs[i].kind = CALFCARE_LOG_ROW_RUN;
        runs[i].line = i + 2;
        runs[i].day = 20000 + 3 * (double)i;
        runs[i].start_s = runs[i].day * 86400;
        runs[i].km = 10;
        runs[i].duration_min = runs[i].load = runs[i].climb_m = runs[i].moving_min = NAN;
    }
    lo.until = 20006;
    ck_assert_int_eq(calfcare_log_check_size(runs, 2, &lo, &sizes, &err), CALFCARE_OK);
    ZERO_SLOTS(sizes);
    ck_assert(sizes.work_n <= 64 && sizes.weeks_n <= 4);
    ck_assert_int_eq(calfcare_log_check(runs, 2, &lo, work, sizes.work_n, weeks, sizes.weeks_n, &rep, &err), CALFCARE_OK);
    ZERO_SLOTS(rep);

    GARBAGE(size);
    GARBAGE(chart);
    GARBAGE(bsize);
    GARBAGE(shoes);
    ck_assert_int_eq(calfcare_shoes_size(250, 12, &size, &err), CALFCARE_OK);
    ZERO_SLOTS(size);
    ck_assert_int_eq(calfcare_shoes_chart_info(CALFCARE_SHOES_BRAND_NIKE, CALFCARE_SEX_MALE, &chart, &err), CALFCARE_OK);
    ZERO_SLOTS(chart);
    ck_assert_int_eq(calfcare_shoes_brand_size(CALFCARE_SHOES_BRAND_NIKE, CALFCARE_SEX_MALE, 250, 12, &bsize, &err), CALFCARE_OK);
    ZERO_SLOTS(bsize);
    ck_assert_int_eq(calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_SHOES, &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_SHOES_FOOT_LENGTH_MM, 250, &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_shoes_advise(&in, &shoes, &err), CALFCARE_OK);
    ZERO_SLOTS(shoes);
}
END_TEST

START_TEST(test_number_messages_name_field_and_range)
{
    /* Checked through a public function whose validation uses the shared checker. */
    calfcare_error err;
    double out = -1;
    ck_assert_int_eq(calfcare_progression_next_week_max(40, 0, &out, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "max_increase_pct");
    ck_assert_str_eq(err.message, "max_increase_pct: 0 is outside the accepted range; accepted: 1 to 50 %");
    ck_assert(err.min == 1 && err.max == 50 && err.value == 0);
    ck_assert(out == -1); /* nothing written on error */
    ck_assert_int_eq(calfcare_progression_next_week_max(NAN, 10, &out, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "weekly_km: must be a finite number (got nan); accepted: 0 to 1000 km");
    ck_assert_int_eq(calfcare_progression_next_week_max(-0.125, 10, &out, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "weekly_km: -0.125 is outside the accepted range; accepted: 0 to 1000 km");
    ck_assert_int_eq(calfcare_shoes_km_left(INFINITY, 800, &out, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "shoe_km: must be a finite number (got inf); accepted: 0 to 10000 km");
    ck_assert_int_eq(calfcare_shoes_km_left(100, 800, NULL, &err), CALFCARE_E_NULL);
    ck_assert_str_eq(err.field, "out");
    ck_assert_int_eq(calfcare_shoes_km_left(100, 800, NULL, NULL), CALFCARE_E_NULL); /* err may be NULL */
}
END_TEST

START_TEST(test_shared_primitives)
{
    double out;
    /* 40 km * 1.10 = 44 km */
    ck_assert_int_eq(calfcare_progression_next_week_max(40, 10, &out, NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(out, 44.0, 1e-9);
    /* 720 km on an 800 km limit leaves 80 km; 850 km is 50 km overdue */
    ck_assert_int_eq(calfcare_shoes_km_left(720, 800, &out, NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(out, 80.0, 1e-9);
    ck_assert_int_eq(calfcare_shoes_km_left(850, 800, &out, NULL), CALFCARE_OK);
    ck_assert_double_eq_tol(out, -50.0, 1e-9);
}
END_TEST

/* The one number parser (lib/common.c) read through both of its callers: the input schema's
 * calfcare_input_parse_number() (point only) and the log reader's calfcare_log_number_parse()
 * (point or one decimal comma, spaces around, "--" and "" missing). Each expected double is worked
 * out by hand from the binary representation and written as the bit pattern or an exact value, so
 * the test does not lean on the C compiler's or libc's reading of decimals. */
typedef struct number_case {
    const char *text;
    double want;       /* the nearest double (ties to even) */
    int input_ok, log_ok;
} number_case;

static uint64_t bits_of(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static double double_of(uint64_t u)
{
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

START_TEST(test_one_number_parser)
{
    /* 1.7 = 0x3FFB333333333333: 1.7 * 2^52 = 7656119366529843.2, rounded down (.2 < .5) to
     * 0x1B333333333333; 0.1 = 0x3FB999999999999A: 0.1 * 2^56 = 7205759403792793.6 rounds up to
     * ...794 = 0x1999999999999A; 0.3 = 0x3FD3333333333333 (0.3 * 2^54 = 5404319552844595.2, down) and
     * the double after it, 0.30000000000000004 = 0x3FD3333333333334 (the sum 0.1 + 0.2 prints as
     * that: 17 digits, more than 2^53 as a whole number, so the exact path) */
    const double d1_7 = double_of(UINT64_C(0x3FFB333333333333)), d0_1 = double_of(UINT64_C(0x3FB999999999999A));
    const double d0_3 = double_of(UINT64_C(0x3FD3333333333333)), d0_3up = double_of(UINT64_C(0x3FD3333333333334));
    const number_case cases[] = {
        {"1.7", d1_7, 1, 1},
        {"1,7", d1_7, 0, 1}, /* decimal comma: the log reader only */
        {"0.1", d0_1, 1, 1},
        {"0,1", d0_1, 0, 1},
        {".1", d0_1, 1, 1},
        {"1e-1", d0_1, 1, 1},
        {"0.3", d0_3, 1, 1},
        {"0.30000000000000004", d0_3up, 1, 1},
        {"2.81", 281.0 / 100.0, 1, 1}, /* 281 and 100 exact: one IEEE division, the nearest double */
        {"-1.5e1", -15.0, 1, 1},
        {"+20.0001e0", 200001.0 / 10000.0, 1, 1},
        {"1e22", 4768371582031250.0 * 2097152.0, 1, 1},   /* 5^22 * 2^22 (5^22 < 2^53): exact */
        {"1e23", 5960464477539062.0 * 16777216.0, 1, 1},  /* 10^23 = 5960464477539062.5 * 2^24: a tie
                                                            * between ...062 and ...063, even: ...062 */
        {"123456789012345678", 7716049313271605.0 * 16.0, 1, 1}, /* ulp 16 at 2^56..2^57:
                                                            * 123456789012345678 / 16 = 7716049313271604.875, up */
        {"9007199254740993", 9007199254740992.0, 1, 1},   /* 2^53 + 1: a tie, even is 2^53 */
        {"9007199254740995", 9007199254740996.0, 1, 1},   /* 2^53 + 3: a tie, even is 2^53 + 4 */
        {"9007199254740993.00", 9007199254740992.0, 1, 1}, /* trailing zeros are not significant */
        {"12345678901234567890", 6028163525993441.0 * 2048.0, 1, 1}, /* 20 digits, the last a zero;
                                                            * ulp 2048 at 2^63..2^64: / 2048 = 6028163525993441.35, down */
        {"0.0000000000000000000001", 1e-22, 1, 1},        /* the smallest digit read: 1 / 10^22, both exact */
        {"100e-24", 1e-22, 1, 1},                         /* 100e-24 = 1e-22 */
        {"-0", -0.0, 1, 1},
        {"0e-99999", 0.0, 1, 1},
        {"0.0000000000000000000000001", NAN, 0, 0},       /* a digit below 1e-22 */
        {"1e-23", NAN, 0, 0},
        {"1e42", NAN, 0, 0},                              /* above 1.8e41 */
        {"1e400", NAN, 0, 0},
        {"12345678901234567891", NAN, 0, 0},              /* 20 significant digits */
        {"", NAN, 0, 1},                                  /* missing in a log */
        {"--", NAN, 0, 1},
        {" 10.5 ", 10.5, 0, 1},                           /* spaces: the log reader only */
        {"1.2.3", NAN, 0, 0},
        {"1,5,0", NAN, 0, 0},
        {"0x10", NAN, 0, 0},
        {"inf", NAN, 0, 0},
        {"nan", NAN, 0, 0},
        {".", NAN, 0, 0},
        {"-", NAN, 0, 0},
        {"1e", NAN, 0, 0},
        {"e5", NAN, 0, 0},
        {"5 km", NAN, 0, 0},
    };
    size_t i;
    /* the hand-worked values above, checked against their own arithmetic first */
    ck_assert(bits_of(d1_7 * 10.0) == bits_of(17.0)); /* 1.7 * 10 rounds back to 17 */
    ck_assert(bits_of(d0_3up) == bits_of(d0_1 + 0.2));
    ck_assert(ldexp(7716049313271605.0, 4) == 123456789012345680.0);
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const number_case *c = &cases[i];
        calfcare_error err;
        double v = 7;
        calfcare_status st = calfcare_input_parse_number("x", c->text, &v, &err);
        ck_assert_msg(st == (c->input_ok ? CALFCARE_OK : CALFCARE_E_INVALID), "input '%s': %d", c->text, st);
        if (c->input_ok)
            ck_assert_msg(bits_of(v) == bits_of(c->want), "input '%s': %.17g, want %.17g", c->text, v, c->want);
        else
            ck_assert_msg(v == 7 && strcmp(err.field, "x") == 0 && strstr(err.message, c->text), "input '%s'",
                          c->text);
        v = 7;
        st = calfcare_log_number_parse(c->text, &v, &err);
        ck_assert_msg(st == (c->log_ok ? CALFCARE_OK : CALFCARE_E_INVALID), "log '%s': %d", c->text, st);
        if (c->log_ok)
            ck_assert_msg(bits_of(v) == bits_of(c->want) || (isnan(v) && isnan(c->want)), "log '%s': %.17g",
                          c->text, v);
        else
            ck_assert_msg(v == 7 && strcmp(err.field, "number") == 0, "log '%s'", c->text);
    }
}
END_TEST

/* The one yes/no/unknown model: its words both ways, and -1 as "unknown" (never a yes). */
START_TEST(test_yes_no)
{
    int v = 5;
    calfcare_error err;
    ck_assert_int_eq(CALFCARE_UNKNOWN, -1);
    ck_assert_int_eq(CALFCARE_NO, 0);
    ck_assert_int_eq(CALFCARE_YES, 1);
    ck_assert_str_eq(calfcare_yes_no_name(CALFCARE_NO), "no");
    ck_assert_str_eq(calfcare_yes_no_name(CALFCARE_YES), "yes");
    ck_assert_str_eq(calfcare_yes_no_name(CALFCARE_UNKNOWN), "unknown");
    ck_assert_str_eq(calfcare_yes_no_name(2), "unknown");
    ck_assert_int_eq(calfcare_yes_no_parse("yes", &v, NULL), CALFCARE_OK);
    ck_assert_int_eq(v, CALFCARE_YES);
    ck_assert_int_eq(calfcare_yes_no_parse("no", &v, NULL), CALFCARE_OK);
    ck_assert_int_eq(v, CALFCARE_NO);
    ck_assert_int_eq(calfcare_yes_no_parse("unknown", &v, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "yes_no");
    ck_assert_str_eq(err.message, "yes_no: unknown word 'unknown'; accepted: no|yes");
    ck_assert_int_eq(v, CALFCARE_NO);
    /* the input fields' yes/no choices are the same words, in the enum's order */
    {
        calfcare_input in;
        double got;
        calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_SHOES, NULL);
        ck_assert_int_eq(calfcare_input_set_word(&in, CALFCARE_SHOES_MINIMALIST, "yes", NULL), CALFCARE_OK);
        calfcare_input_get(&in, CALFCARE_SHOES_MINIMALIST, 0, &got, NULL);
        ck_assert(got == CALFCARE_YES);
    }
    /* the return-to-run gate starts unknown and takes the enum's values */
    {
        calfcare_progression_rtr_gate_input gin;
        calfcare_progression_rtr_gate_result r;
        calfcare_progression_rtr_gate_input_init(&gin, NULL);
        ck_assert_int_eq(gin.walk_pain_free, CALFCARE_UNKNOWN);
        ck_assert_int_eq(gin.hop_pain_free, CALFCARE_UNKNOWN);
        gin.walk_pain_free = CALFCARE_YES;
        gin.hop_pain_free = CALFCARE_NO;
        ck_assert_int_eq(calfcare_progression_rtr_gate_check(&gin, &r, NULL), CALFCARE_OK);
        ck_assert_int_eq(r.item[0], CALFCARE_YES);
        ck_assert_int_eq(r.item[1], CALFCARE_UNKNOWN);
        ck_assert_int_eq(r.item[2], CALFCARE_NO);
        ck_assert_int_eq(r.passed, CALFCARE_NO);
        gin.hop_pain_free = 2;
        ck_assert_int_eq(calfcare_progression_rtr_gate_check(&gin, &r, &err), CALFCARE_E_INVALID);
        ck_assert_str_eq(err.field, "hop_pain_free");
    }
}
END_TEST

Suite *common_suite(void)
{
    Suite *s = suite_create("common");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_status_values_are_stable);
    tcase_add_test(tc, test_status_names_and_texts);
    tcase_add_test(tc, test_version_macros_match_runtime);
    tcase_add_test(tc, test_error_clear);
    tcase_add_test(tc, test_reason_lookup_unknown);
    tcase_add_test(tc, test_reason_lookup_per_area);
    tcase_add_test(tc, test_reason_find_in_caller_table);
    tcase_add_test(tc, test_red_flag_and_care_kind_names);
    tcase_add_test(tc, test_parse_quotes_the_word);
    tcase_add_test(tc, test_reserved_slots_are_zero);
    tcase_add_test(tc, test_number_messages_name_field_and_range);
    tcase_add_test(tc, test_shared_primitives);
    tcase_add_test(tc, test_one_number_parser);
    tcase_add_test(tc, test_yes_no);
    suite_add_tcase(s, tc);
    return s;
}
