// Build-only test: the public headers compile as C++ (-pedantic -Werror) with C linkage.
#include <calfcare.h>

int main()
{
    calfcare_error err;
    calfcare_error_clear(&err);
    return CALFCARE_VERSION_MAJOR == calfcare_version_major() ? 0 : 1;
}
