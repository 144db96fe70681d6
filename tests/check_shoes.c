/* Tests of calfcare/shoes.h (written with the area's issue). */
#include <calfcare.h>

#include "suites.h"

Suite *shoes_suite(void)
{
    return suite_create("shoes");
}
