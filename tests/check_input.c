/* Tests of calfcare/input.h that need no particular schema; field-level behaviour is tested with
 * the real diagnosis and shoe schemas in their suites. */
#include <math.h>
#include <string.h>

#include <calfcare.h>

#include "suites.h"

START_TEST(test_init_rejects_bad_arguments)
{
    calfcare_input in;
    calfcare_error err;
    ck_assert_int_eq(calfcare_input_init(NULL, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(err.status, CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_input_init(&in, 0, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "schema");
    ck_assert_int_eq(calfcare_input_init(&in, 99, NULL), CALFCARE_E_INVALID);
    ck_assert_uint_eq(calfcare_input_size(), sizeof(calfcare_input));
}
END_TEST

START_TEST(test_uninitialised_input_is_refused)
{
    calfcare_input in;
    calfcare_error err;
    double v;
    memset(&in, 0, sizeof in);
    ck_assert_int_eq(calfcare_input_set(&in, 0, 1.0, &err), CALFCARE_E_STATE);
    ck_assert_str_eq(err.field, "input");
    ck_assert_int_eq(calfcare_input_get(&in, 0, 0, &v, &err), CALFCARE_E_STATE);
    ck_assert_uint_eq(calfcare_input_count(&in, 0), 0);
    ck_assert_int_eq(calfcare_input_schema_of(&in), 0);
    ck_assert_int_eq(calfcare_input_schema_of(NULL), 0);
}
END_TEST

START_TEST(test_schemas_fit_their_storage)
{
    const int schemas[] = {CALFCARE_INPUT_SCHEMA_DIAGNOSIS, CALFCARE_INPUT_SCHEMA_SHOES};
    for (size_t s = 0; s < sizeof schemas / sizeof schemas[0]; s++) {
        size_t n = calfcare_input_field_count(schemas[s]), values = 0;
        calfcare_input in;
        ck_assert_uint_le(n, CALFCARE_INPUT_MAX_FIELDS);
        ck_assert_int_eq(calfcare_input_init(&in, schemas[s], NULL), CALFCARE_OK);
        ck_assert_int_eq(calfcare_input_schema_of(&in), schemas[s]);
        for (size_t i = 0; i < n; i++) {
            const calfcare_input_field *f = calfcare_input_field_at(schemas[s], (int)i);
            ck_assert_ptr_nonnull(f);
            ck_assert_int_eq(f->id, (int)i);
            ck_assert_int_eq(calfcare_input_find(schemas[s], f->name), (int)i);
            ck_assert_uint_ge(f->max_count, f->min_count);
            ck_assert_uint_ge(f->min_count, 1);
            ck_assert_uint_le(f->max_count, 255);
            if (f->type == CALFCARE_INPUT_FIELD_NUMBER)
                ck_assert(f->min <= f->max);
            if (f->type == CALFCARE_INPUT_FIELD_CHOICE)
                ck_assert_ptr_nonnull(f->choices);
            ck_assert_ptr_nonnull(f->help);
            ck_assert_uint_eq(calfcare_input_count(&in, (int)i), 0); /* unknown until set */
            values += f->max_count;
        }
        ck_assert_uint_le(values, CALFCARE_INPUT_MAX_VALUES);
        ck_assert_ptr_null(calfcare_input_field_at(schemas[s], (int)n));
        ck_assert_ptr_null(calfcare_input_field_at(schemas[s], -1));
        ck_assert_int_eq(calfcare_input_find(schemas[s], "no_such_field"), -1);
        ck_assert_int_eq(calfcare_input_find(schemas[s], NULL), -1);
    }
    ck_assert_uint_eq(calfcare_input_field_count(0), 0);
}
END_TEST

Suite *input_suite(void)
{
    Suite *s = suite_create("input");
    TCase *tc = tcase_create("generic");
    tcase_add_test(tc, test_init_rejects_bad_arguments);
    tcase_add_test(tc, test_uninitialised_input_is_refused);
    tcase_add_test(tc, test_schemas_fit_their_storage);
    suite_add_tcase(s, tc);
    return s;
}
