/*
 * libFuzzer target: the schema input parser (calfcare_input_set_text / set_word / set_list) with
 * arbitrary text, field ids and numbers.
 * Properties: a field that was accepted holds between min_count and max_count values, each within
 * the field's range (and whole when required); a rejection leaves the field unchanged and says why
 * (status, field name and message filled).
 * Input layout: byte 0 schema selector, byte 1 field selector, byte 2 mode, rest text / doubles.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <calfcare.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_field(const calfcare_input *in, int schema, int id)
{
    const calfcare_input_field *f = calfcare_input_field_at(schema, id);
    size_t n = calfcare_input_count(in, id);
    if (!n)
        return;
    if (n < f->min_count || n > f->max_count)
        abort();
    for (size_t i = 0; i < n; i++) {
        double v;
        if (calfcare_input_get(in, id, i, &v, NULL) != CALFCARE_OK)
            abort();
        if (f->type == CALFCARE_INPUT_FIELD_NUMBER) {
            if (!(v >= f->min && v <= f->max))
                abort();
            if ((f->flags & CALFCARE_INPUT_FIELD_WHOLE) && floor(v) != v)
                abort();
        } else if (!(v >= 0 && floor(v) == v)) {
            abort();
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int schemas[] = {CALFCARE_INPUT_SCHEMA_DIAGNOSIS, CALFCARE_INPUT_SCHEMA_SHOES};
    calfcare_input in, before;
    calfcare_error err;
    calfcare_status st;
    char text[512];
    int schema, id;
    size_t nfields;

    if (size < 3)
        return 0;
    schema = schemas[data[0] % 2];
    nfields = calfcare_input_field_count(schema);
    if (calfcare_input_init(&in, schema, &err) != CALFCARE_OK)
        abort();
    if (!nfields)
        return 0;
    /* Ids past the end must be rejected, not used: let one value in 8 be out of range. */
    id = (int)(data[1] % (nfields + nfields / 8 + 1));
    memcpy(&before, &in, sizeof in);
    switch (data[2] % 3) {
    case 0: {
        size_t len = size - 3 < sizeof text - 1 ? size - 3 : sizeof text - 1;
        memcpy(text, data + 3, len);
        text[len] = '\0';
        st = calfcare_input_set_text(&in, id, text, &err);
        break;
    }
    case 1: {
        size_t len = size - 3 < sizeof text - 1 ? size - 3 : sizeof text - 1;
        memcpy(text, data + 3, len);
        text[len] = '\0';
        st = calfcare_input_set_word(&in, id, text, &err);
        break;
    }
    default: {
        double values[300];
        size_t n = (size - 3) / sizeof(double);
        if (n > 300)
            n = 300;
        memcpy(values, data + 3, n * sizeof(double));
        st = calfcare_input_set_list(&in, id, values, n, &err);
        break;
    }
    }
    if (st == CALFCARE_OK) {
        if ((size_t)id >= nfields)
            abort();
        check_field(&in, schema, id);
    } else {
        if (st != err.status || err.message[0] == '\0' || err.field == NULL)
            abort();
        if (memcmp(&before, &in, sizeof in) != 0) /* a rejected value changes nothing */
            abort();
    }
    return 0;
}
