/* calfcare_params_set_text() (calfcare/params.h): apart from lib/params.c because it reads numbers
 * with calfcare_input_parse_number() (lib/input.c), which a firmware without the input schemas
 * leaves out. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "internal.h"

calfcare_status calfcare_params_set_text(int table, void *params, size_t size, int id, const char *text,
                                         calfcare_error *err)
{
    const cc_params_row *r;
    calfcare_status st;
    double v;
    if ((st = cc_params_row_of(table, params, size, id, err, &r)) != CALFCARE_OK)
        return st;
    if (!text)
        return cc_fail_null(err, "text");
    if (r->pub.type == CALFCARE_PARAMS_TYPE_CHOICE) {
        int c;
        if ((st = calfcare_params_choice_parse(table, id, text, &c, err)) != CALFCARE_OK)
            return st;
        v = c;
    } else if ((st = calfcare_input_parse_number(r->pub.name, text, &v, err)) != CALFCARE_OK) {
        return st;
    }
    return calfcare_params_set(table, params, size, id, v, err);
}
