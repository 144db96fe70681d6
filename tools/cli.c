/* Shared plumbing of the calfcare program (see cli.h). */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "calfcare%s%s: ", cmd ? " " : "", cmd ? cmd : "");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return CLI_EXIT_USAGE;
}

const char *cli_option_name(const char *field, char *buf, size_t cap)
{
    size_t i = 0;
    if (cap < 3)
        return "";
    buf[i++] = '-';
    buf[i++] = '-';
    for (; *field && i + 1 < cap; field++)
        buf[i++] = *field == '_' ? '-' : *field;
    buf[i] = '\0';
    return buf;
}

int cli_exit_code(calfcare_status st)
{
    switch (st) {
    case CALFCARE_OK:
        return CLI_EXIT_OK;
    case CALFCARE_E_INVALID:
    case CALFCARE_E_NULL:
        return CLI_EXIT_USAGE;
    case CALFCARE_E_BLOCKED:
    case CALFCARE_E_TOO_SOON:
        return CLI_EXIT_REFUSED;
    default:
        return CLI_EXIT_FAILURE;
    }
}

int cli_fail(const char *cmd, calfcare_status st, const calfcare_error *err)
{
    const char *msg = err && err->message[0] ? err->message : calfcare_strerror(st);
    char opt[96];
    size_t flen = err && err->field ? strlen(err->field) : 0;

    /* The library says "field: ..."; the user typed "--field": say it their way. */
    if (flen && strncmp(msg, err->field, flen) == 0 && msg[flen] == ':')
        fprintf(stderr, "calfcare %s: %s%s\n", cmd, cli_option_name(err->field, opt, sizeof opt), msg + flen);
    else
        fprintf(stderr, "calfcare %s: %s\n", cmd, msg);
    if (st == CALFCARE_E_BLOCKED || st == CALFCARE_E_TOO_SOON)
        fprintf(stderr, "calfcare %s: refused for safety (%s)\n", cmd, calfcare_status_name(st));
    return cli_exit_code(st);
}

int cli_is_option(const char *arg, const char *name)
{
    size_t n = strlen(name);
    return strncmp(arg, "--", 2) == 0 && strncmp(arg + 2, name, n) == 0 && (arg[2 + n] == '\0' || arg[2 + n] == '=');
}

int cli_option_value(const char *cmd, int argc, char **argv, int *i, const char **value)
{
    const char *eq = strchr(argv[*i], '=');
    if (eq) {
        *value = eq + 1;
        return 0;
    }
    if (*i + 1 >= argc)
        return cli_usage_error(cmd, "%s: needs a value", argv[*i]);
    *value = argv[++*i];
    return 0;
}

int cli_parse_double(const char *cmd, const char *opt, const char *text, double *out)
{
    /* The library's number parser, the one every host uses: no hex, no "inf"/"nan", any locale. */
    if (calfcare_input_parse_number(NULL, text, out, NULL) != CALFCARE_OK || !isfinite(*out))
        return cli_usage_error(cmd, "%s: '%s' is not a number", opt, text);
    return 0;
}

int cli_range_error(const char *cmd, const char *opt, const char *text, double min, double max, const char *unit)
{
    return cli_usage_error(cmd, "%s: %s is outside the accepted range; accepted: %g to %g%s%s", opt, text, min, max,
                           unit && *unit ? " " : "", unit ? unit : "");
}

int cli_check_repeats(const char *cmd, int argc, char **argv)
{
    int i, j;
    for (i = 1; i < argc; i++) {
        size_t len;
        if (strncmp(argv[i], "--", 2) != 0 || argv[i][2] == '\0')
            continue;
        len = strcspn(argv[i] + 2, "=");
        for (j = 1; j < i; j++)
            if (strncmp(argv[j], "--", 2) == 0 && strcspn(argv[j] + 2, "=") == len &&
                strncmp(argv[j] + 2, argv[i] + 2, len) == 0)
                return cli_usage_error(cmd, "--%.*s: given twice ('%s', then '%s'); give it once", (int)len,
                                       argv[i] + 2, argv[j], argv[i]);
    }
    return CLI_EXIT_OK;
}

int cli_close_stdout(int rc)
{
    /* As coreutils do: output that could not be written is a failure, never a silent exit 0. */
    int bad = ferror(stdout);
    errno = 0;
    if (fflush(stdout) != 0)
        bad = 1;
    if (fclose(stdout) != 0)
        bad = 1;
    if (bad) {
        fprintf(stderr, "calfcare: write error%s%s\n", errno ? ": " : "", errno ? strerror(errno) : "");
        return rc == CLI_EXIT_OK ? CLI_EXIT_FAILURE : rc;
    }
    return rc;
}

/* The field of schema an option "--<name>[=<value>]" names: 1 and *id, or 0 when it names none. */
static int option_field(int schema, const char *arg, int *id)
{
    char name[96];
    size_t len;
    if (strncmp(arg, "--", 2) != 0)
        return 0;
    len = strcspn(arg + 2, "=");
    if (len >= sizeof name)
        return 0;
    memcpy(name, arg + 2, len);
    name[len] = '\0';
    return calfcare_input_field_parse(schema, name, id, NULL) == CALFCARE_OK;
}

int cli_input_option(const char *cmd, calfcare_input *in, int argc, char **argv, int *i)
{
    int schema = calfcare_input_schema_of(in);
    const char *arg = argv[*i];
    const char *eq = strchr(arg, '=');
    const calfcare_input_field *f;
    calfcare_error err;
    calfcare_status st;
    const char *value;
    int id;

    if (!option_field(schema, arg, &id))
        return 0;
    f = calfcare_input_field_at(schema, id);
    if (f->type == CALFCARE_INPUT_FIELD_SWITCH && !eq) {
        st = calfcare_input_set(in, id, 1, &err);
    } else {
        if (cli_option_value(cmd, argc, argv, i, &value))
            return -CLI_EXIT_USAGE;
        st = calfcare_input_set_text(in, id, value, &err);
    }
    if (st != CALFCARE_OK)
        return -cli_fail(cmd, st, &err);
    return 1;
}

int cli_parse_input_args(const char *cmd, int schema, int argc, char **argv, calfcare_input *in, int *json,
                         void (*usage)(FILE *out), int *done)
{
    calfcare_error err;
    calfcare_status st = calfcare_input_init(in, schema, &err);
    int i;
    *done = 0;
    *json = 0;
    if (st != CALFCARE_OK)
        return cli_fail(cmd, st, &err);
    for (i = 1; i < argc; i++) {
        int rc;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            *done = 1;
            return CLI_EXIT_OK;
        }
        if (strcmp(argv[i], "--json") == 0) {
            *json = 1;
            continue;
        }
        rc = cli_input_option(cmd, in, argc, argv, &i);
        if (rc < 0)
            return -rc;
        if (rc == 0)
            return cli_usage_error(cmd, "unknown option '%s'; run 'calfcare %s --help'", argv[i], cmd);
    }
    return CLI_EXIT_OK;
}

void cli_print_schema_help(FILE *out, int schema)
{
    size_t i, n = calfcare_input_field_count(schema);
    for (i = 0; i < n; i++) {
        const calfcare_input_field *f = calfcare_input_field_at(schema, (int)i);
        char opt[96], value[160] = "";
        cli_option_name(f->name, opt, sizeof opt);
        if (f->type == CALFCARE_INPUT_FIELD_CHOICE) {
            size_t k;
            for (k = 0; f->choices[k]; k++) {
                if (k)
                    strcat(value, "|");
                strncat(value, f->choices[k], sizeof value - strlen(value) - 1);
            }
        } else if (f->type == CALFCARE_INPUT_FIELD_NUMBER) {
            const char *shape = f->max_count == 1 ? ((f->flags & CALFCARE_INPUT_FIELD_WHOLE) ? "N" : "X")
                              : f->max_count == 2 ? (f->min_count == 2 ? "L,R" : "L[,R]") : "LIST";
            snprintf(value, sizeof value, "%s", shape);
        }
        fprintf(out, "  %s%s%s\n      %s", opt, *value ? " " : "", value, f->help);
        if (f->type == CALFCARE_INPUT_FIELD_NUMBER)
            fprintf(out, " [%g..%g%s%s]", f->min, f->max, *f->unit ? " " : "", f->unit);
        fputc('\n', out);
    }
}

/* The words of a CHOICE row joined by sep: "roller|ball". */
static const char *params_words(int table, const calfcare_params_field *f, const char *sep, char *buf, size_t cap)
{
    int v;
    buf[0] = '\0';
    for (v = (int)f->min; v <= (int)f->max; v++) {
        if (v > (int)f->min)
            strncat(buf, sep, cap - strlen(buf) - 1);
        strncat(buf, calfcare_params_choice_name(table, f->id, v), cap - strlen(buf) - 1);
    }
    return buf;
}

/* Does the row's name end in suffix? Then the length of what comes before it. */
static size_t stem_len(const char *name, const char *suffix)
{
    size_t n = strlen(name), k = strlen(suffix);
    return n > k && strcmp(name + n - k, suffix) == 0 ? n - k : 0;
}

/* A pair (calfcare/params.h): row id is "X_left" and row id + 1 is "X_right". Returns 1 for the left
 * row of a pair, 2 for the right row, 0 for a row of its own. */
static int params_pair(int table, int id)
{
    const calfcare_params_field *f = calfcare_params_field_at(table, id);
    const calfcare_params_field *next = calfcare_params_field_at(table, id + 1);
    const calfcare_params_field *prev = id > 0 ? calfcare_params_field_at(table, id - 1) : NULL;
    size_t n;
    if (!f)
        return 0;
    if ((n = stem_len(f->name, "_left")) && next && stem_len(next->name, "_right") == n &&
        strncmp(f->name, next->name, n) == 0)
        return 1;
    if ((n = stem_len(f->name, "_right")) && prev && stem_len(prev->name, "_left") == n &&
        strncmp(f->name, prev->name, n) == 0)
        return 2;
    return 0;
}

/* The option of row id: "--ice-min"; a pair's left row: "--heel-raises" (its stem). */
static const char *params_option(int table, int id, char *buf, size_t cap)
{
    const calfcare_params_field *f = calfcare_params_field_at(table, id);
    char stem[96];
    if (params_pair(table, id) == 1) {
        snprintf(stem, sizeof stem, "%.*s", (int)stem_len(f->name, "_left"), f->name);
        return cli_option_name(stem, buf, cap);
    }
    return cli_option_name(f->name, buf, cap);
}

/* A pair's help: the rows' helps "... left" and "... right" as "... left and right". */
static const char *pair_help(const calfcare_params_field *l, const calfcare_params_field *r, char *buf, size_t cap)
{
    size_t n = stem_len(l->help, "left");
    if (n && stem_len(r->help, "right") == n && strncmp(l->help, r->help, n) == 0)
        snprintf(buf, cap, "%s and right", l->help);
    else
        snprintf(buf, cap, "%s; %s", l->help, r->help);
    return buf;
}

void cli_print_params_help(FILE *out, int table, int id, int column)
{
    const calfcare_params_field *f = calfcare_params_field_at(table, id);
    char opt[96], value[160], head[300], help[400];
    int pair = params_pair(table, id);
    if (pair == 2)
        return; /* printed with its left row */
    params_option(table, id, opt, sizeof opt);
    if (f->type == CALFCARE_PARAMS_TYPE_CHOICE)
        params_words(table, f, "|", value, sizeof value);
    else
        snprintf(value, sizeof value, "%s", pair ? "L,R" : f->type == CALFCARE_PARAMS_TYPE_INT ? "N" : "X");
    snprintf(head, sizeof head, "%s %s", opt, value);
    snprintf(help, sizeof help, "%s", f->help);
    if (pair)
        pair_help(f, calfcare_params_field_at(table, id + 1), help, sizeof help);
    if (column > 0 && strlen(head) + 3 < (size_t)column)
        fprintf(out, "  %-*s %s", column - 3, head, help);
    else
        fprintf(out, "  %s\n      %s", head, help);
    if (f->type != CALFCARE_PARAMS_TYPE_CHOICE)
        fprintf(out, " [%g..%g%s%s%s]", f->min, f->max, *f->unit ? " " : "", f->unit, pair ? " each" : "");
    if (f->flags & CALFCARE_PARAMS_FIELD_REQUIRED)
        fprintf(out, " (required)");
    else if (!isnan(f->unset) && f->default_value == f->unset)
        fprintf(out, " (leave it out: %s)", f->unset_help);
    else if (f->type == CALFCARE_PARAMS_TYPE_CHOICE)
        fprintf(out, " (default %s)", calfcare_params_choice_name(table, id, (int)f->default_value));
    else
        fprintf(out, " (default %g)", f->default_value);
    fputc('\n', out);
}

int cli_params_option_id(int table, const char *arg)
{
    size_t i, n = calfcare_params_field_count(table);
    for (i = 0; i < n; i++) {
        char opt[96];
        if (params_pair(table, (int)i) == 2)
            continue; /* a pair is one option, its left row's */
        params_option(table, (int)i, opt, sizeof opt);
        if (cli_is_option(arg, opt + 2))
            return (int)i;
    }
    return -1;
}

/* Set row id from text; errors name opt, with the side of a pair: "--heel-raises (right): ...". */
static int params_set_one(const char *cmd, const char *opt, const char *side, int table, void *params, size_t size,
                          int id, const char *text)
{
    const calfcare_params_field *f = calfcare_params_field_at(table, id);
    calfcare_error err;
    calfcare_status st;
    char label[128];
    size_t flen;
    double v;
    snprintf(label, sizeof label, "%s%s%s%s", opt, side ? " (" : "", side ? side : "", side ? ")" : "");
    if (f->type == CALFCARE_PARAMS_TYPE_CHOICE) {
        st = calfcare_params_set_text(table, params, size, id, text, &err);
    } else {
        if (cli_parse_double(cmd, label, text, &v))
            return CLI_EXIT_USAGE;
        /* The C API's "not given" value (-1 unknown, 0 weeks until the target): on the command line
         * that is leaving the option out, so the value is out of range here, and the range said is
         * the option's (without the C API's note on that value). */
        if (!isnan(f->unset) && (v == f->unset || !(v >= f->min && v <= f->max)))
            return cli_range_error(cmd, label, text, f->min, f->max, f->unit);
        st = calfcare_params_set(table, params, size, id, v, &err);
    }
    if (st == CALFCARE_OK)
        return CLI_EXIT_OK;
    /* The library says "field: ..."; the user typed the option: say it their way, without the C
     * API's note on its "not given" value (" (or -1 for unknown)"): here that is leaving it out. */
    if (!isnan(f->unset) && strstr(err.message, " (or "))
        *strstr(err.message, " (or ") = '\0';
    flen = err.field ? strlen(err.field) : 0;
    if (flen && strncmp(err.message, err.field, flen) == 0 && err.message[flen] == ':')
        fprintf(stderr, "calfcare %s: %s%s\n", cmd, label, err.message + flen);
    else
        fprintf(stderr, "calfcare %s: %s: %s\n", cmd, label, err.message);
    return cli_exit_code(st);
}

int cli_params_set(const char *cmd, int table, void *params, size_t size, int id, const char *text)
{
    char opt[96], left[64];
    const char *comma;
    double before;
    int rc;
    params_option(table, id, opt, sizeof opt);
    if (params_pair(table, id) != 1)
        return params_set_one(cmd, opt, NULL, table, params, size, id, text);
    /* A pair: "L,R", both sides or neither (the struct is unchanged when either is refused). */
    comma = strchr(text, ',');
    if (!comma || strchr(comma + 1, ',')) {
        size_t n = 1;
        for (; *text; text++)
            n += *text == ',';
        return cli_usage_error(cmd, "%s: give left and right as L,R (got %zu values)", opt, n);
    }
    if ((size_t)(comma - text) >= sizeof left)
        return cli_usage_error(cmd, "%s: '%.*s' is not a number", opt, (int)(comma - text), text);
    memcpy(left, text, (size_t)(comma - text));
    left[comma - text] = '\0';
    calfcare_params_get(table, params, size, id, &before, NULL);
    if ((rc = params_set_one(cmd, opt, "left", table, params, size, id, left)) != CLI_EXIT_OK)
        return rc;
    if ((rc = params_set_one(cmd, opt, "right", table, params, size, id + 1, comma + 1)) != CLI_EXIT_OK)
        calfcare_params_set(table, params, size, id, before, NULL); /* the left side as it was */
    return rc;
}

int cli_print_json(json_t *obj)
{
    int rc;
    if (!obj) {
        fprintf(stderr, "calfcare: out of memory building JSON\n");
        return CLI_EXIT_FAILURE;
    }
    rc = json_dumpf(obj, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
    json_decref(obj);
    if (rc != 0 || fputc('\n', stdout) == EOF || fflush(stdout) != 0) {
        fprintf(stderr, "calfcare: cannot write output: %s\n", strerror(errno));
        return CLI_EXIT_FAILURE;
    }
    return CLI_EXIT_OK;
}

json_t *cli_json_number_or_null(double v)
{
    /* JSON has no NaN or infinity: "not available" and "unbounded" are both null. */
    return isnan(v) || isinf(v) ? json_null() : json_real(v);
}

json_t *cli_json_reason(int code, const char *text)
{
    const calfcare_reason *r = calfcare_reason_lookup(code);
    return json_pack("{s:i, s:s, s:s, s:s, s:s}", "code", code, "name", r ? r->name : "unknown", "text",
                     text ? text : r ? r->text : "", "source", r ? r->source : "", "strength", r ? r->strength : "");
}

json_t *cli_json_advice(const int *codes, size_t n)
{
    json_t *arr = json_array();
    size_t i;
    for (i = 0; i < n; i++)
        json_array_append_new(arr, cli_json_reason(codes[i], NULL));
    return arr;
}

int cli_stdout_is_tty(void)
{
    return isatty(STDOUT_FILENO);
}

int cli_is_symptom_option(const char *arg)
{
    int id;
    if (!option_field(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, arg, &id))
        return 0;
    return id >= CALFCARE_DIAGNOSIS_ACTIVE_CANCER && id <= CALFCARE_DIAGNOSIS_CANNOT_WALK_4_STEPS;
}

int cli_blocked_from_symptoms(const char *cmd, int nargs, char **args, calfcare_blocked *blocked)
{
    calfcare_input in;
    calfcare_diagnosis dx;
    calfcare_error err;
    calfcare_status st;
    int i, given = 0;

    memset(blocked, 0, sizeof *blocked);
    if (nargs == 0)
        return CLI_EXIT_OK;
    st = calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, &err);
    if (st != CALFCARE_OK)
        return cli_fail(cmd, st, &err);
    for (i = 0; i < nargs; i++) {
        int rc;
        if (!cli_is_symptom_option(args[i]))
            return cli_usage_error(cmd, "unknown option '%s'; run 'calfcare %s --help'", args[i], cmd);
        rc = cli_input_option(cmd, &in, nargs, args, &i);
        if (rc < 0)
            return -rc;
        given = 1;
    }
    if (!given)
        return CLI_EXIT_OK;
    st = calfcare_diagnosis_assess(&in, &dx, &err);
    if (st != CALFCARE_OK)
        return cli_fail(cmd, st, &err);
    *blocked = dx.blocked;
    if (dx.triage != CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE)
        fprintf(stderr, "calfcare %s: warning: %s - %s (run 'calfcare diagnose' with the same symptoms for the reasons)\n",
                cmd, calfcare_diagnosis_triage_name(dx.triage), calfcare_red_flag_name(dx.triage_flag));
    return CLI_EXIT_OK;
}
