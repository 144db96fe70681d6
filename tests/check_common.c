/* Tests of calfcare/common.h: status codes, error details, version, reason lookup. */
#include <math.h>
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
    ck_assert_str_eq(calfcare_care_kind_name(CALFCARE_CARE_MASSAGE), "massage");
    ck_assert_str_eq(calfcare_care_kind_name(CALFCARE_CARE_FOAM_ROLL), "foam_roll");
    ck_assert_str_eq(calfcare_care_kind_name(CALFCARE_CARE_RUNNING), "running");
    /* Only single defined bits have names. */
    ck_assert_str_eq(calfcare_care_kind_name(CALFCARE_CARE_ICE | CALFCARE_CARE_STRETCH), "unknown");
    ck_assert_str_eq(calfcare_care_kind_name(0), "unknown");
    ck_assert_str_eq(calfcare_care_kind_name(1u << CALFCARE_CARE_KIND_COUNT), "unknown");
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
    ck_assert_str_eq(err.message, "yes_no: unknown word; accepted words: no, yes");
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
    tcase_add_test(tc, test_number_messages_name_field_and_range);
    tcase_add_test(tc, test_shared_primitives);
    tcase_add_test(tc, test_yes_no);
    suite_add_tcase(s, tc);
    return s;
}
