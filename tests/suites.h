/* One Check suite per area; the runner (check_calfcare.c) runs them all. */
#ifndef CALFCARE_TEST_SUITES_H
#define CALFCARE_TEST_SUITES_H

#include <check.h>

Suite *common_suite(void);
Suite *input_suite(void);
Suite *diagnosis_suite(void);
Suite *relief_suite(void);
Suite *progression_suite(void);
Suite *log_suite(void);
Suite *shoes_suite(void);

#endif
