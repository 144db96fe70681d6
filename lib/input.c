/* Schema-driven optional inputs: one table per area validates C calls, CLI options and Python
 * keyword arguments alike (see calfcare/input.h). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define CC_INPUT_CHECK 0x63616c66u /* "calf": marks an initialised calfcare_input */

/* Values of field id start after the max_count slots of every earlier field. */
static size_t slot_of(const cc_schema *s, int id)
{
    size_t slot = 0;
    int i;
    for (i = 0; i < id; i++)
        slot += s->fields[i].max_count;
    return slot;
}

size_t calfcare_input_size(void)
{
    return sizeof(calfcare_input);
}

size_t calfcare_input_field_count(int schema)
{
    const cc_schema *s = cc_schema_get(schema);
    return s ? s->count : 0;
}

const calfcare_input_field *calfcare_input_field_at(int schema, int id)
{
    const cc_schema *s = cc_schema_get(schema);
    if (!s || id < 0 || (size_t)id >= s->count)
        return NULL;
    return &s->fields[id];
}

static int name_eq(const char *field_name, const char *name)
{
    for (; *field_name && *name; field_name++, name++) {
        char c = *name == '-' ? '_' : *name;
        if (c != *field_name)
            return 0;
    }
    return *field_name == '\0' && *name == '\0';
}

calfcare_status calfcare_input_field_parse(int schema, const char *word, int *value, calfcare_error *err)
{
    const cc_schema *s = cc_schema_get(schema);
    size_t i;
    if (!s)
        return cc_fail(err, CALFCARE_E_INVALID, "schema", "unknown schema");
    if (!word)
        return cc_fail_null(err, "field");
    if (!value)
        return cc_fail_null(err, "out");
    for (i = 0; i < s->count; i++)
        if (name_eq(s->fields[i].name, word)) {
            *value = (int)i;
            return CALFCARE_OK;
        }
    return cc_fail(err, CALFCARE_E_INVALID, "field",
                   "not a field of this schema; accepted: the names calfcare_input_field_at() gives");
}

int calfcare_input_schema_of(const calfcare_input *in)
{
    if (!in || in->check_ != CC_INPUT_CHECK || !cc_schema_get((int)in->schema_))
        return 0;
    return (int)in->schema_;
}

calfcare_status calfcare_input_init(calfcare_input *in, int schema, calfcare_error *err)
{
    const cc_schema *s = cc_schema_get(schema);
    if (!in)
        return cc_fail_null(err, "input");
    if (!s)
        return cc_fail(err, CALFCARE_E_INVALID, "schema", "unknown schema; accepted: 1 (diagnosis), 2 (shoes)");
    memset(in, 0, sizeof *in);
    in->schema_ = (uint32_t)schema;
    in->check_ = CC_INPUT_CHECK;
    return CALFCARE_OK;
}

calfcare_status cc_input_check(const calfcare_input *in, int schema, calfcare_error *err)
{
    if (!in)
        return cc_fail_null(err, "input");
    if (in->check_ != CC_INPUT_CHECK || !cc_schema_get((int)in->schema_))
        return cc_fail(err, CALFCARE_E_STATE, "input", "not initialised with calfcare_input_init()");
    if (schema && (int)in->schema_ != schema)
        return cc_fail(err, CALFCARE_E_STATE, "input", "initialised for a different schema");
    return CALFCARE_OK;
}

size_t cc_input_n(const calfcare_input *in, int id)
{
    return in->count_[id];
}

double cc_input_value(const calfcare_input *in, int id, size_t idx, double fallback)
{
    const cc_schema *s = cc_schema_get((int)in->schema_);
    if (idx >= in->count_[id])
        return fallback;
    return in->value_[slot_of(s, id) + idx];
}

const double *cc_input_values(const calfcare_input *in, int id)
{
    return &in->value_[slot_of(cc_schema_get((int)in->schema_), id)];
}

/* Common prologue: the input is initialised and id names one of its fields. */
static calfcare_status field_of(const calfcare_input *in, int id, const calfcare_input_field **f, calfcare_error *err)
{
    calfcare_status st = cc_input_check(in, 0, err);
    const cc_schema *s;
    if (st != CALFCARE_OK)
        return st;
    s = cc_schema_get((int)in->schema_);
    if (id < 0 || (size_t)id >= s->count)
        return cc_fail(err, CALFCARE_E_INVALID, "field", "unknown field id for this schema");
    *f = &s->fields[id];
    return CALFCARE_OK;
}

static calfcare_status check_value(const calfcare_input_field *f, double v, calfcare_error *err)
{
    switch (f->type) {
    case CALFCARE_INPUT_FIELD_NUMBER:
        return cc_check_number(err, f->name, v, f->min, f->max, f->unit, (f->flags & CALFCARE_INPUT_FIELD_WHOLE) != 0);
    case CALFCARE_INPUT_FIELD_CHOICE: {
        size_t n = 0;
        while (f->choices[n])
            n++;
        return cc_check_number(err, f->name, v, 0, (double)n - 1, "(index of the choice)", 1);
    }
    case CALFCARE_INPUT_FIELD_SWITCH:
        return cc_check_number(err, f->name, v, 0, 1, "(0 no, 1 yes)", 1);
    }
    return cc_fail(err, CALFCARE_E_INVALID, f->name, "field has an unknown type");
}

static void store(calfcare_input *in, int id, const double *v, size_t n)
{
    const cc_schema *s = cc_schema_get((int)in->schema_);
    memcpy(&in->value_[slot_of(s, id)], v, n * sizeof *v);
    in->count_[id] = (uint8_t)n;
}

static calfcare_status count_error(const calfcare_input_field *f, size_t n, calfcare_error *err)
{
    char msg[128];
    cc_text t;
    cc_msg_init(&t, msg, sizeof msg);
    cc_msg_putnum(&t, (double)n);
    cc_msg_puts(&t, n == 1 ? " value given; accepted: " : " values given; accepted: ");
    if (f->min_count == f->max_count) {
        cc_msg_putnum(&t, f->min_count);
    } else {
        cc_msg_putnum(&t, f->min_count);
        cc_msg_puts(&t, " to ");
        cc_msg_putnum(&t, f->max_count);
    }
    cc_msg_puts(&t, f->max_count == 2 && f->min_count == 2 ? " (left,right)" : " comma-separated values");
    cc_fail(err, CALFCARE_E_INVALID, f->name, msg);
    if (err) {
        err->value = (double)n;
        err->min = f->min_count;
        err->max = f->max_count;
    }
    return CALFCARE_E_INVALID;
}

calfcare_status calfcare_input_set_list(calfcare_input *in, int id, const double *values, size_t n,
                                        calfcare_error *err)
{
    const calfcare_input_field *f;
    calfcare_status st = field_of(in, id, &f, err);
    size_t i;
    if (st != CALFCARE_OK)
        return st;
    if (!values && n)
        return cc_fail_null(err, f->name);
    if (n < f->min_count || n > f->max_count)
        return count_error(f, n, err);
    for (i = 0; i < n; i++) {
        st = check_value(f, values[i], err);
        if (st != CALFCARE_OK)
            return st;
    }
    store(in, id, values, n);
    return CALFCARE_OK;
}

calfcare_status calfcare_input_set(calfcare_input *in, int id, double value, calfcare_error *err)
{
    return calfcare_input_set_list(in, id, &value, 1, err);
}

static calfcare_status word_index(const calfcare_input_field *f, const char *word, double *out, calfcare_error *err)
{
    const char *const *words = f->type == CALFCARE_INPUT_FIELD_SWITCH ? cc_yes_no_words : f->choices;
    size_t i;

    if (f->type == CALFCARE_INPUT_FIELD_NUMBER)
        return cc_fail(err, CALFCARE_E_INVALID, f->name, "takes a number, not a word");
    for (i = 0; words[i]; i++) {
        if (cc_streq(words[i], word)) {
            *out = (double)i;
            return CALFCARE_OK;
        }
    }
    cc_fail_word(err, f->name, word);
    for (i = 0; words[i]; i++)
        cc_fail_append(err, i ? "|" : NULL, NAN, words[i]);
    return CALFCARE_E_INVALID;
}

calfcare_status calfcare_input_set_word(calfcare_input *in, int id, const char *word, calfcare_error *err)
{
    const calfcare_input_field *f;
    calfcare_status st = field_of(in, id, &f, err);
    double v = 0;
    if (st != CALFCARE_OK)
        return st;
    if (!word)
        return cc_fail_null(err, f->name);
    st = word_index(f, word, &v, err);
    if (st != CALFCARE_OK)
        return st;
    return calfcare_input_set(in, id, v, err);
}

calfcare_status calfcare_input_parse_number(const char *field, const char *text, double *out, calfcare_error *err)
{
    char msg[160];
    cc_text t;
    size_t used;
    double v;
    if (!text)
        return cc_fail_null(err, field ? field : "text");
    if (!out)
        return cc_fail_null(err, "out");
    used = cc_parse_decimal(text, 0, &v);
    if (used && text[used] == '\0' && !isnan(v)) {
        *out = v;
        return CALFCARE_OK;
    }
    cc_msg_init(&t, msg, sizeof msg);
    cc_msg_puts(&t, "'");
    cc_msg_puts(&t, text);
    if (used && text[used] == '\0') /* written as a number, but not one read exactly */
        cc_msg_puts(&t, "' is beyond the numbers read exactly (at most 19 significant digits, none below "
                        "1e-22, below 1.8e41)");
    else
        cc_msg_puts(&t, "' is not a number (digits with an optional sign, decimal point and exponent)");
    return cc_fail(err, CALFCARE_E_INVALID, field, msg);
}

static calfcare_status not_a_number(const calfcare_input_field *f, const char *text, calfcare_error *err)
{
    char msg[160];
    cc_text t;
    cc_msg_init(&t, msg, sizeof msg);
    cc_msg_puts(&t, "'");
    cc_msg_puts(&t, text);
    cc_msg_puts(&t, f->max_count > 1 ? "' is not a comma-separated list of numbers; accepted: "
                                     : "' is not a number; accepted: ");
    cc_msg_putnum(&t, f->min);
    cc_msg_puts(&t, " to ");
    cc_msg_putnum(&t, f->max);
    if (*f->unit) {
        cc_msg_puts(&t, " ");
        cc_msg_puts(&t, f->unit);
    }
    cc_fail(err, CALFCARE_E_INVALID, f->name, msg);
    if (err) {
        err->min = f->min;
        err->max = f->max;
    }
    return CALFCARE_E_INVALID;
}

calfcare_status calfcare_input_set_text(calfcare_input *in, int id, const char *text, calfcare_error *err)
{
    const calfcare_input_field *f;
    calfcare_status st = field_of(in, id, &f, err);
    double values[CALFCARE_INPUT_MAX_VALUES];
    size_t n = 0;
    const char *p;
    if (st != CALFCARE_OK)
        return st;
    if (!text)
        return cc_fail_null(err, f->name);
    if (f->type != CALFCARE_INPUT_FIELD_NUMBER)
        return calfcare_input_set_word(in, id, text, err);
    p = text;
    for (;;) {
        size_t used;
        while (*p == ' ')
            p++;
        if (n == CALFCARE_INPUT_MAX_VALUES || n > f->max_count)
            return count_error(f, n + 1, err);
        used = cc_parse_decimal(p, 0, &values[n]);
        if (!used || isnan(values[n]))
            return not_a_number(f, text, err);
        p += used;
        n++;
        while (*p == ' ')
            p++;
        if (*p == '\0')
            break;
        if (*p++ != ',') /* trailing text such as "12km" */
            return not_a_number(f, text, err);
    }
    return calfcare_input_set_list(in, id, values, n, err);
}

calfcare_status calfcare_input_unset(calfcare_input *in, int id, calfcare_error *err)
{
    const calfcare_input_field *f;
    calfcare_status st = field_of(in, id, &f, err);
    if (st != CALFCARE_OK)
        return st;
    in->count_[id] = 0;
    return CALFCARE_OK;
}

size_t calfcare_input_count(const calfcare_input *in, int id)
{
    const calfcare_input_field *f;
    if (field_of(in, id, &f, NULL) != CALFCARE_OK)
        return 0;
    return in->count_[id];
}

calfcare_status calfcare_input_get(const calfcare_input *in, int id, size_t index, double *out,
                                   calfcare_error *err)
{
    const calfcare_input_field *f;
    calfcare_status st = field_of(in, id, &f, err);
    if (st != CALFCARE_OK)
        return st;
    if (!out)
        return cc_fail_null(err, "out");
    if (index >= in->count_[id])
        return cc_fail(err, CALFCARE_E_INVALID, f->name, in->count_[id] ? "index past the values given" : "not given (unknown)");
    *out = cc_input_value(in, id, index, NAN);
    return CALFCARE_OK;
}
