/* Tests of calfcare/diagnosis.h (written with the area's issue). */
#include <calfcare.h>

#include "suites.h"

Suite *diagnosis_suite(void)
{
    return suite_create("diagnosis");
}
