/* Build-only test: the public headers compile as strict C99 (-std=c99 -pedantic -Werror). */
#include <calfcare.h>

int main(void)
{
    calfcare_error err;
    calfcare_error_clear(&err);
    return CALFCARE_VERSION_MAJOR == calfcare_version_major() ? 0 : 1;
}
