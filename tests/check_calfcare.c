/* The single Check runner: every area's suite, one report. CK_FORK=no for valgrind. */
#include <stdlib.h>

#include "suites.h"

int main(void)
{
    SRunner *sr = srunner_create(common_suite());
    int failed;
    srunner_add_suite(sr, input_suite());
    srunner_add_suite(sr, diagnosis_suite());
    srunner_add_suite(sr, relief_suite());
    srunner_add_suite(sr, progression_suite());
    srunner_add_suite(sr, log_suite());
    srunner_add_suite(sr, shoes_suite());
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
