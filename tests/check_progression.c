/* Tests of calfcare/progression.h (written with the area's issue). */
#include <calfcare.h>

#include "suites.h"

Suite *progression_suite(void)
{
    return suite_create("progression");
}
