/*
 * quickstart.c - the smallest program that uses libcalfcare.
 *
 * Build against an installed copy:
 *     cc quickstart.c $(pkg-config --cflags --libs calfcare) -o quickstart
 *
 * It checks that the headers match the library, then shows how an invalid input is reported:
 * a status code plus a calfcare_error that names the field and the accepted range.
 */
#include <stdio.h>
#include <string.h>

#include <calfcare.h>

int main(void)
{
    calfcare_input in;
    calfcare_error err;
    calfcare_status st;

    printf("libcalfcare %s (headers %s)\n", calfcare_version_string(), CALFCARE_VERSION_STRING);
    if (strcmp(calfcare_version_string(), CALFCARE_VERSION_STRING) != 0) {
        fprintf(stderr, "header/library version mismatch\n");
        return 1;
    }

    /* An input of an unknown schema is refused with a clear reason, not a crash. */
    st = calfcare_input_init(&in, 42, &err);
    printf("calfcare_input_init(schema 42): %s (%s): %s\n", calfcare_status_name(st), calfcare_strerror(st),
           err.message);
    return st == CALFCARE_E_INVALID && strcmp(err.field, "schema") == 0 ? 0 : 1;
}
