/* Parameter tables (calfcare/params.h): defaults, checks and the setters of the parameter structs,
 * read from each area's table (lib/relief_params.c, lib/progression_params.c). A leaf: it knows no
 * area; lib/registry.c finds a table by its id. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <string.h>

#include "internal.h"

static void *member(const cc_params_row *r, void *p)
{
    return (char *)p + r->pub.offset;
}

double cc_params_read(const cc_params_row *r, const void *p)
{
    const char *m = (const char *)p + r->pub.offset;
    if (r->pub.type == CALFCARE_PARAMS_TYPE_DOUBLE) {
        double v;
        memcpy(&v, m, sizeof v);
        return v;
    } else {
        int v;
        memcpy(&v, m, sizeof v);
        return v;
    }
}

static void write_member(const cc_params_row *r, void *p, double v)
{
    if (r->pub.type == CALFCARE_PARAMS_TYPE_DOUBLE) {
        memcpy(member(r, p), &v, sizeof v);
    } else {
        int i = (int)v; /* checked: whole and within an int range */
        memcpy(member(r, p), &i, sizeof i);
    }
}

void cc_params_defaults(const cc_params_tab *t, void *p)
{
    size_t i;
    memset(p, 0, t->size);
    for (i = 0; i < t->count; i++)
        write_member(&t->rows[i], p, t->rows[i].pub.default_value);
}

/* "decay: accepted: 1 (2/(n+1)), 2 (exp), 3 (1/n); got 4" */
static calfcare_status choice_error(const cc_params_row *r, double v, calfcare_error *err)
{
    int c;
    cc_fail(err, CALFCARE_E_INVALID, r->pub.name, "accepted: ");
    for (c = (int)r->pub.min; c <= (int)r->pub.max; c++) {
        cc_fail_append(err, c > (int)r->pub.min ? ", " : NULL, c, " (");
        cc_fail_append(err, r->name_of(c), NAN, ")");
    }
    if (!isnan(r->pub.unset)) { /* the gate's answers: ", -1 (unknown)" */
        cc_fail_append(err, ", ", r->pub.unset, " (");
        cc_fail_append(err, r->pub.unset_help, NAN, ")");
    }
    cc_fail_append(err, "; got ", v, NULL);
    if (err) {
        err->value = v;
        err->min = r->pub.min;
        err->max = r->pub.max;
    }
    return CALFCARE_E_INVALID;
}

calfcare_status cc_params_check_value(const cc_params_row *r, double v, calfcare_error *err)
{
    const calfcare_params_field *f = &r->pub;
    calfcare_status st;
    if (!isnan(f->unset) && v == f->unset)
        return CALFCARE_OK;
    if (f->type == CALFCARE_PARAMS_TYPE_CHOICE) {
        if (cc_is_finite(v) && v >= f->min && v <= f->max && floor(v) == v)
            return CALFCARE_OK;
        return choice_error(r, v, err);
    }
    st = cc_check_number(err, f->name, v, f->min, f->max, f->unit, f->type == CALFCARE_PARAMS_TYPE_INT);
    if (st != CALFCARE_OK && !isnan(f->unset)) {
        cc_fail_append(err, " (or ", f->unset, " for ");
        cc_fail_append(err, f->unset_help, NAN, ")");
    }
    return st;
}

calfcare_status cc_params_check(const cc_params_tab *t, const void *p, calfcare_error *err)
{
    size_t i;
    calfcare_status st;
    for (i = 0; i < t->count; i++)
        if ((st = cc_params_check_value(&t->rows[i], cc_params_read(&t->rows[i], p), err)) != CALFCARE_OK)
            return st;
    return CALFCARE_OK;
}

/* ---- public -------------------------------------------------------------------------------- */

size_t calfcare_params_field_count(int table)
{
    const cc_params_tab *t = cc_params_tab_get(table);
    return t ? t->count : 0;
}

const calfcare_params_field *calfcare_params_field_at(int table, int id)
{
    const cc_params_tab *t = cc_params_tab_get(table);
    if (!t || id < 0 || (size_t)id >= t->count)
        return NULL;
    return &t->rows[id].pub;
}

static calfcare_status table_of(int table, calfcare_error *err, const cc_params_tab **out)
{
    *out = cc_params_tab_get(table);
    if (*out)
        return CALFCARE_OK;
    cc_fail(err, CALFCARE_E_INVALID, "table", "unknown parameter table ");
    cc_fail_append(err, NULL, table, NULL);
    if (err)
        err->value = table;
    return CALFCARE_E_INVALID;
}

/* The row of id in the table of a struct of the given size. */
calfcare_status cc_params_row_of(int table, const void *params, size_t size, int id, calfcare_error *err,
                              const cc_params_row **out)
{
    const cc_params_tab *t;
    calfcare_status st;
    if (!params)
        return cc_fail_null(err, "params");
    if ((st = table_of(table, err, &t)) != CALFCARE_OK)
        return st;
    if (size < t->size) {
        cc_fail(err, CALFCARE_E_INVALID, "size", "the struct is smaller than the library's (");
        cc_fail_append(err, NULL, (double)size, " < ");
        cc_fail_append(err, NULL, (double)t->size, " bytes)");
        return CALFCARE_E_INVALID;
    }
    if (id < 0 || (size_t)id >= t->count) {
        cc_check_number(err, "field", id, 0, (double)t->count - 1, "", 1);
        return CALFCARE_E_INVALID;
    }
    *out = &t->rows[id];
    return CALFCARE_OK;
}

/* "-" and "_" alike */
static int same_name(const char *name, const char *word)
{
    for (; *name && *word; name++, word++)
        if (*name != *word && !(*name == '_' && *word == '-'))
            return 0;
    return *name == *word;
}

calfcare_status calfcare_params_field_parse(int table, const char *word, int *value, calfcare_error *err)
{
    const cc_params_tab *t;
    calfcare_status st;
    size_t i;
    if (!word)
        return cc_fail_null(err, "word");
    if (!value)
        return cc_fail_null(err, "value");
    if ((st = table_of(table, err, &t)) != CALFCARE_OK)
        return st;
    for (i = 0; i < t->count; i++)
        if (same_name(t->rows[i].pub.name, word)) {
            *value = (int)i;
            return CALFCARE_OK;
        }
    cc_fail(err, CALFCARE_E_INVALID, "field", "'");
    cc_fail_append(err, word, NAN, "' is not a parameter; accepted: ");
    for (i = 0; i < t->count; i++)
        cc_fail_append(err, i ? ", " : NULL, NAN, t->rows[i].pub.name);
    return CALFCARE_E_INVALID;
}

const char *calfcare_params_choice_name(int table, int id, int value)
{
    const cc_params_tab *t = cc_params_tab_get(table);
    const cc_params_row *r;
    if (!t || id < 0 || (size_t)id >= t->count)
        return "unknown";
    r = &t->rows[id];
    if (r->pub.type != CALFCARE_PARAMS_TYPE_CHOICE || value < r->pub.min || value > r->pub.max)
        return "unknown";
    return r->name_of(value);
}

calfcare_status calfcare_params_set(int table, void *params, size_t size, int id, double value, calfcare_error *err)
{
    const cc_params_row *r;
    calfcare_status st;
    if ((st = cc_params_row_of(table, params, size, id, err, &r)) != CALFCARE_OK)
        return st;
    if ((st = cc_params_check_value(r, value, err)) != CALFCARE_OK)
        return st;
    write_member(r, params, value);
    return CALFCARE_OK;
}

calfcare_status calfcare_params_get(int table, const void *params, size_t size, int id, double *out,
                                    calfcare_error *err)
{
    const cc_params_row *r;
    calfcare_status st;
    if (!out)
        return cc_fail_null(err, "out");
    if ((st = cc_params_row_of(table, params, size, id, err, &r)) != CALFCARE_OK)
        return st;
    *out = cc_params_read(r, params);
    return CALFCARE_OK;
}

calfcare_status calfcare_params_choice_parse(int table, int id, const char *word, int *value, calfcare_error *err)
{
    const cc_params_tab *t;
    calfcare_status st;
    if (!word)
        return cc_fail_null(err, "word");
    if (!value)
        return cc_fail_null(err, "value");
    if ((st = table_of(table, err, &t)) != CALFCARE_OK)
        return st;
    if (id < 0 || (size_t)id >= t->count || t->rows[id].pub.type != CALFCARE_PARAMS_TYPE_CHOICE) {
        cc_fail(err, CALFCARE_E_INVALID, "field", "not a field with words: ");
        cc_fail_append(err, NULL, id, NULL);
        if (err)
            err->value = id;
        return CALFCARE_E_INVALID;
    }
    return t->rows[id].parse(word, value, err);
}
