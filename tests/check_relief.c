/* Tests of calfcare/relief.h (written with the area's issue). */
#include <calfcare.h>

#include "suites.h"

Suite *relief_suite(void)
{
    return suite_create("relief");
}
