/*
 * Internal helpers shared by the library's areas. Not installed.
 *
 * Rules for everything in lib/: no malloc/free, no stdio, no global mutable state; libc string
 * functions and libm only. Internal symbols use the cc_ prefix and are hidden (-fvisibility=hidden).
 */
#ifndef CALFCARE_INTERNAL_H
#define CALFCARE_INTERNAL_H

#include <calfcare.h>

/* ---- error reporting (lib/common.c) ------------------------------------------------------ */

/* A small bounded string builder for messages (no stdio in lib/). Always NUL-terminated. */
typedef struct cc_text {
    char *buf;
    size_t cap;
    size_t len;
} cc_text;

void cc_text_init(cc_text *t, char *buf, size_t cap);
void cc_text_puts(cc_text *t, const char *s);
/* Shortest plain decimal form with at most 3 decimals: 12, 12.5, 0.125, -3, nan, inf. */
void cc_text_putnum(cc_text *t, double v);

/* The value with as many decimals as it needs to read back the same (up to 15): for messages that
 * quote a rejected value, so "20.0001" is never shown as "20". */
void cc_text_putnum_exact(cc_text *t, double v);

/*
 * How much an error message says: CALFCARE_MESSAGES (the CMake option of the same name; the
 * autotools build, and so every host, CLI and binding, is always 2). err->status and err->field
 * are set at every level; docs/embedding.md says what a firmware loses.
 *   2  full   the English sentence: the field, the value and what is accepted
 *   1  short  a range check's value and accepted range as numbers ("ice_ms: 1300000 not in
 *             900000..1200000 ms"); every other message empty
 *   0  none   every message empty: the status and the field only
 * Below 2, cc_fail()'s msg and everything given to the cc_msg_*() builders compile to nothing,
 * so their string literals are not linked: build composite messages with cc_msg_init() and
 * cc_msg_puts() (cc_text_*() is for results' texts, which every level keeps).
 */
#ifndef CALFCARE_MESSAGES
#define CALFCARE_MESSAGES 2
#endif
#if CALFCARE_MESSAGES >= 2
#define CC_MSG(s) (s)
#define cc_msg_init(t, buf, cap) cc_text_init(t, buf, cap)
#define cc_msg_puts(t, s) cc_text_puts(t, s)
#define cc_msg_putint(t, v) cc_text_putint(t, v)
#define cc_msg_putnum(t, v) cc_text_putnum(t, v)
#else
#define CC_MSG(s) ((void)sizeof(s), "")
#define cc_msg_init(t, buf, cap) ((void)sizeof(t), (void)sizeof(buf), (void)sizeof(cap))
/* sizeof: the operands count as used but are never evaluated or linked */
#define cc_msg_puts(t, s) ((void)sizeof(t), (void)sizeof(s))
#define cc_msg_putint(t, v) ((void)sizeof(t), (void)sizeof(v))
#define cc_msg_putnum(t, v) ((void)sizeof(t), (void)sizeof(v))
#endif

/* Fill err (may be NULL) and return st. msg is copied (below full messages: dropped); field may
 * be NULL. */
calfcare_status cc_fail(calfcare_error *err, calfcare_status st, const char *field, const char *msg);
#define cc_fail(err, st, field, msg) (cc_fail)(err, st, field, CC_MSG(msg))
/* Append to a message cc_fail() or cc_check_number() already set: text, a number unless it is NaN,
 * more text (each text may be NULL), within the message buffer. Nothing below full messages. */
void cc_fail_append(calfcare_error *err, const char *s1, double n, const char *s2);
#if CALFCARE_MESSAGES < 2
#define cc_fail_append(err, s1, n, s2) ((void)(err), (void)sizeof(s1), (void)sizeof(n), (void)sizeof(s2))
#endif

/* "no", "yes", NULL: the words of calfcare_yes_no (lib/common.c), the choices of yes/no input fields. */
extern const char *const cc_yes_no_words[];

/* err for a pointer argument that must not be NULL. */
calfcare_status cc_fail_null(calfcare_error *err, const char *field);
/* The _parse() beside every _name(): find the value v in first..last whose name_of(v) is word;
 * otherwise CALFCARE_E_INVALID naming field, quoting the word and listing the accepted words
 * (cc_fail_word()) (name_of itself is the only word list, so a name and its parse can never
 * disagree). */
calfcare_status cc_parse_name(const char *(*name_of)(int), int first, int last, const char *field,
                              const char *word, int *out, calfcare_error *err);
/* The one message of a word that is not accepted, as every word list says it (_parse(), input
 * schemas): CALFCARE_E_INVALID with "<field>: unknown word '<word>'; accepted: "; the caller then
 * appends the accepted words, separated by "|", with cc_fail_append(). A macro: the _parse()
 * functions' stack stays one frame shallower on a firmware. */
#define cc_fail_word(err, field, word)                                                                 \
    ((void)cc_fail(err, CALFCARE_E_INVALID, field, "unknown word '"), cc_fail_append(err, word, NAN, "'; accepted: "))

/*
 * Validate a number: finite, within [min, max] and whole if whole != 0. On failure fills err with
 * "<field>: <value> is outside the accepted range <min> to <max> <unit>" (or "is not a finite
 * number" / "must be a whole number") and returns CALFCARE_E_INVALID.
 */
calfcare_status cc_check_number(calfcare_error *err, const char *field, double v, double min, double max,
                                const char *unit, int whole);

/* Integer forms, without floating point (firmware paths): decimal v; and the range check of
 * cc_check_number() for whole numbers, same message, err->value/min/max left NaN. */
void cc_text_putint(cc_text *t, long v);
calfcare_status cc_check_int(calfcare_error *err, const char *field, long v, long min, long max, const char *unit);
/* The same for a uint32_t (every value printed as given, also above LONG_MAX on 32-bit targets);
 * min and max at most LONG_MAX. */
calfcare_status cc_check_u32(calfcare_error *err, const char *field, uint32_t v, uint32_t min, uint32_t max,
                             const char *unit);

/* Return 1 if v is a finite number (not NaN, not infinite). */
int cc_is_finite(double v);

/* strcmp(a, b) == 0 and strlen(s), written out: a firmware then links neither of libc's (newlib's
 * are 732 and 220 bytes of unrolled code; these a few dozen). */
int cc_streq(const char *a, const char *b);
size_t cc_strlen(const char *s);

/* ---- decimal numbers (lib/common.c): the one parser of every text number -------------------- */

/* Accept one decimal comma as the decimal point, as well as '.' ("2,81"). */
#define CC_NUM_COMMA 1u

/*
 * Read a decimal number at the start of s: an optional sign, digits with at most one decimal
 * point (with CC_NUM_COMMA: or one comma), an optional exponent (e or E, optional sign, digits).
 * No spaces, no hex, no "inf" or "nan", whatever the locale. Returns the number of characters
 * read (0: s does not start with a number) and stores the value in *out: the double nearest the
 * decimal value, ties to even, as a correctly rounding strtod gives it. *out is NaN when the
 * number is written correctly but holds more than 19 significant digits (other than zeros) or a
 * digit below 1e-22 or a value of 1.8e41 or more: beyond what the parser reads exactly, and far
 * beyond any quantity of the library (no double needs more than 17 significant digits).
 */
size_t cc_parse_decimal(const char *s, unsigned flags, double *out);

/* ---- reason tables: each area defines its own lookup (NULL when not its code) ------------ */
const calfcare_reason *cc_diagnosis_reason(int code);
const calfcare_reason *cc_relief_reason(int code);
/* The last ::calfcare_relief_id (protocols and routines run from CALFCARE_RELIEF_RICE to it); a new
 * protocol moves it, and the builder's, the timer's and the parameters' checks follow. */
#define CC_RELIEF_LAST CALFCARE_RELIEF_REST
/* The step rules, one row per step kind (lib/relief.c): what the builders make and what the
 * timer's init and restore accept (one table for both). */
typedef struct cc_step_rule {
    uint16_t protocols;    /* bit p: protocol p has steps of this kind (the rest protocol: lib/timer.c) */
    uint8_t care;          /* the ::calfcare_care_kind the step counts as, 0 none */
    uint8_t halfway;       /* 1: a halfway cue when the step lasts 10 s or more */
    uint16_t min_s, max_s; /* the durations the builders make, s */
} cc_step_rule;
/* The row of a step kind; NULL for an unknown kind. */
const cc_step_rule *cc_relief_rule(int kind);
/* The halfway and countdown flags a step of this kind and duration gets (not switch-side), and
 * its cue code. */
unsigned cc_relief_step_flags(int kind, uint32_t duration_ms);
int cc_relief_cue_of(int kind);
const calfcare_reason *cc_progression_reason(int code);
const calfcare_reason *cc_shoes_reason(int code);
/* Standard width (men's D, women's B), mm, of the published width chart at a US size of that sex,
 * interpolated between rows; NaN outside the chart or for an unknown sex (lib/shoes_charts.c). */
double cc_shoes_standard_width_mm(int sex, double us_size);

/* CALFCARE_CUSTOM_TEXTS builds (CMakeLists.txt): the caller's table, defined in its own source. */
#ifdef CALFCARE_CUSTOM_TEXTS
extern const calfcare_reason calfcare_custom_reasons[];
extern const size_t calfcare_custom_reason_count;
#endif

/* Binary/linear search helper over a table sorted by code. */
const calfcare_reason *cc_reason_find(const calfcare_reason *table, size_t n, int code);

/* ---- input schemas (lib/input.c); each area defines its table ---------------------------- */
typedef struct cc_schema {
    int id;
    const calfcare_input_field *fields; /* fields[i].id == i */
    size_t count;
} cc_schema;

extern const cc_schema cc_diagnosis_schema;
extern const cc_schema cc_shoes_schema;
/* The schema of an id (lib/registry.c), NULL for an unknown id or an area left out of the build. */
const cc_schema *cc_schema_get(int schema);

/* Check that in is an initialised input of the given schema. */
calfcare_status cc_input_check(const calfcare_input *in, int schema, calfcare_error *err);
/* Number of values of field id (0 unknown); in must have passed cc_input_check. */
size_t cc_input_n(const calfcare_input *in, int id);
/* Value idx of field id, or fallback when the field holds fewer values. */
double cc_input_value(const calfcare_input *in, int id, size_t idx, double fallback);
/* Pointer to the values of field id (valid for cc_input_n(in, id) items). */
const double *cc_input_values(const calfcare_input *in, int id);

#define CC_COUNTOF(a) (sizeof(a) / sizeof((a)[0]))

/* ---- parameter tables (lib/params.c); each area defines its tables ----------------------- */
/* A row's help text: hosts (full messages) only; a firmware built with short or no messages keeps "". */
#if CALFCARE_MESSAGES >= 2
#define CC_HELP(s) (s)
#else
#define CC_HELP(s) ""
#endif
typedef struct cc_params_row {
    calfcare_params_field pub;                                    /* pub.id == its index */
    const char *(*name_of)(int);                                  /* CHOICE: the area's _name() */
    calfcare_status (*parse)(const char *, int *, calfcare_error *); /* CHOICE: the area's _parse() */
} cc_params_row;
typedef struct cc_params_tab {
    const cc_params_row *rows;
    size_t count;
    size_t size; /* sizeof the struct */
} cc_params_tab;

extern const cc_params_tab cc_relief_params_tab;
extern const cc_params_tab cc_progression_params_tab;
extern const cc_params_tab cc_plan_params_tab;
extern const cc_params_tab cc_rtr_gate_params_tab;
/* The table of an id (lib/registry.c), NULL for an unknown id or an area left out of the build. */
const cc_params_tab *cc_params_tab_get(int table);
/* Zero-fill the struct p, then write every member's default. */
void cc_params_defaults(const cc_params_tab *t, void *p);
/* Check value v for the row: the range (or the unset value), whole for INT and CHOICE; the error
 * names the field, the value as given and the accepted range (a CHOICE's values and words). */
calfcare_status cc_params_check_value(const cc_params_row *r, double v, calfcare_error *err);
/* Check every member of p in table order; the first error wins. */
calfcare_status cc_params_check(const cc_params_tab *t, const void *p, calfcare_error *err);
/* Member of row r in p as a double. */
double cc_params_read(const cc_params_row *r, const void *p);
/* The row of field id of a table's struct params of the caller's size (refused when smaller). */
calfcare_status cc_params_row_of(int table, const void *params, size_t size, int id, calfcare_error *err,
                                 const cc_params_row **out);

#endif /* CALFCARE_INTERNAL_H */
