/*
 * Bad input everywhere: every public function of libcalfcare called with NULL pointers, NaN,
 * +/-infinity, negative and absurd values, unknown enum values, lengths of 0 and SIZE_MAX, and
 * output buffers followed by guard bytes. Each call must give a clear negative status (and, where
 * the function takes one, an error record naming the field with a message), and nothing may be
 * written past the length the caller gave (nor anything at all on CALFCARE_E_BUFFER).
 *
 * Plain C, no Check: run by `make check` (TESTS). Every call goes through F(name), which records
 * the function; at the end the test reads lib/libcalfcare.sym (the export list; path from argv[1]
 * or $top_srcdir) and fails if any exported function was not exercised here, so new API cannot
 * skip this test.
 */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <calfcare.h>

/* ---- bookkeeping -------------------------------------------------------------------------- */

#define MAX_NAMES 256
static const char *used[MAX_NAMES];
static size_t nused;
static int failures;

static void mark(const char *name)
{
    size_t i;
    for (i = 0; i < nused; i++)
        if (strcmp(used[i], name) == 0)
            return;
    if (nused < MAX_NAMES)
        used[nused++] = name;
}

/* F(fn)(args...): call fn and record that it was exercised. */
#define F(fn) (mark(#fn), fn)

#define CHECK(cond)                                                                                 \
    do {                                                                                            \
        if (!(cond)) {                                                                              \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);               \
            failures++;                                                                             \
        }                                                                                           \
    } while (0)

static calfcare_error err;

static void reset_err(void)
{
    memset(&err, 0x5A, sizeof err); /* garbage: a failing call must fill it */
}

/* The call failed with `want`, and the error record says so, naming `field` (NULL: any field). */
static void expect_at(const char *file, int line, const char *what, calfcare_status st, calfcare_status want,
                      const char *field)
{
    int ok = st == want && err.status == st && err.field != NULL && memchr(err.message, '\0', sizeof err.message) &&
             err.message[0] != '\0' && (field == NULL || strcmp(err.field, field) == 0);
    if (!ok) {
        fprintf(stderr, "%s:%d: %s: got %s (%d), want %s; err.status %d, field '%s', message '%.*s'\n", file, line,
                what, calfcare_status_name(st), st, calfcare_status_name(want), err.status,
                (st == want && err.status == st && err.field) ? err.field : "?", (int)sizeof err.message,
                memchr(err.message, '\0', sizeof err.message) ? err.message : "(not terminated)");
        failures++;
    }
    reset_err();
}
#define EXPECT(call, want, field) (reset_err(), expect_at(__FILE__, __LINE__, #call, (call), (want), (field)))

static int is_unknown(const char *s)
{
    return s != NULL && strcmp(s, "unknown") == 0;
}

static const double nasty[] = {NAN, INFINITY, -INFINITY, -1.0, -DBL_MIN, DBL_MAX, -DBL_MAX, 1e300};
#define N_NASTY (sizeof nasty / sizeof nasty[0])

/* Guarded buffers: GUARD bytes after the caller's length must survive every call. */
#define GUARD 32
static unsigned char guard_pattern[GUARD];

static void guard_fill(void *buf, size_t total)
{
    memset(buf, 0xA5, total);
}

static int untouched(const void *buf, size_t from, size_t to)
{
    const unsigned char *b = buf;
    size_t i;
    for (i = from; i < to; i++)
        if (b[i] != 0xA5)
            return 0;
    return 1;
}

/* ---- common ------------------------------------------------------------------------------- */

static void test_common(void)
{
    static const int bad_ints[] = {INT_MIN, -1000, -8, 1, 7, 1000, INT_MAX};
    size_t i;
    calfcare_error e;

    F(calfcare_error_clear)(NULL); /* ignored */
    memset(&e, 0x5A, sizeof e);
    F(calfcare_error_clear)(&e);
    CHECK(e.status == CALFCARE_OK && e.field && e.field[0] == '\0' && e.message[0] == '\0');
    CHECK(isnan(e.value) && isnan(e.min) && isnan(e.max));
    for (i = 0; i < sizeof bad_ints / sizeof bad_ints[0]; i++) {
        CHECK(strcmp(F(calfcare_strerror)(bad_ints[i]), "unknown status") == 0);
        CHECK(strcmp(F(calfcare_status_name)(bad_ints[i]), "CALFCARE_E_UNKNOWN") == 0);
        CHECK(F(calfcare_reason_lookup)(bad_ints[i]) == NULL);
        CHECK(F(calfcare_diagnosis_reason_lookup)(bad_ints[i]) == NULL);
        CHECK(F(calfcare_relief_reason_lookup)(bad_ints[i]) == NULL);
        CHECK(F(calfcare_progression_reason_lookup)(bad_ints[i]) == NULL);
        CHECK(F(calfcare_shoes_reason_lookup)(bad_ints[i]) == NULL);
        CHECK(F(calfcare_reason_find_in)(NULL, SIZE_MAX, bad_ints[i]) == NULL);
        CHECK(is_unknown(F(calfcare_red_flag_name)(bad_ints[i] == 1 || bad_ints[i] == 7 ? 10 : bad_ints[i])));
    }
    CHECK(F(calfcare_reason_lookup)(0) == NULL && calfcare_reason_lookup(999) == NULL && calfcare_reason_lookup(5000) == NULL);
    {
        int yn = 7;
        static const char *const bad_words[] = {"", "Yes", "YES", "y", "1", "true", "unknown", "yes "};
        CHECK(is_unknown(F(calfcare_yes_no_name)(INT_MIN)) && is_unknown(calfcare_yes_no_name(2)) &&
              is_unknown(calfcare_yes_no_name(CALFCARE_UNKNOWN)) && is_unknown(calfcare_yes_no_name(INT_MAX)));
        EXPECT(F(calfcare_yes_no_parse)(NULL, &yn, &err), CALFCARE_E_NULL, NULL);
        EXPECT(calfcare_yes_no_parse("yes", NULL, &err), CALFCARE_E_NULL, NULL);
        for (i = 0; i < sizeof bad_words / sizeof bad_words[0]; i++)
            EXPECT(calfcare_yes_no_parse(bad_words[i], &yn, &err), CALFCARE_E_INVALID, "yes_no");
        CHECK(yn == 7); /* untouched on error */
    }
    CHECK(is_unknown(F(calfcare_care_kind_name)(0)) && is_unknown(calfcare_care_kind_name(3)) &&
          is_unknown(calfcare_care_kind_name(64)) && is_unknown(calfcare_care_kind_name(UINT_MAX)));
    CHECK(strcmp(F(calfcare_version_string)(), CALFCARE_VERSION_STRING) == 0);
    CHECK(F(calfcare_version_major)() == CALFCARE_VERSION_MAJOR);
    CHECK(F(calfcare_version_minor)() == CALFCARE_VERSION_MINOR);
    CHECK(F(calfcare_version_patch)() == CALFCARE_VERSION_PATCH);
}

/* ---- input -------------------------------------------------------------------------------- */

static void test_input(void)
{
    calfcare_input in, garbage, before;
    static const int bad_schemas[] = {INT_MIN, -1, 0, 3, INT_MAX};
    static const int bad_ids[] = {INT_MIN, -1, CALFCARE_DIAGNOSIS_FIELD_COUNT, 64, INT_MAX};
    double two[2] = {10, 12}, out = 7;
    char *longtext;
    size_t i;
    int id;

    CHECK(F(calfcare_input_size)() == sizeof(calfcare_input));
    EXPECT(F(calfcare_input_init)(NULL, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, &err), CALFCARE_E_NULL, NULL);
    CHECK(calfcare_input_init(NULL, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, NULL) == CALFCARE_E_NULL); /* err may be NULL */
    for (i = 0; i < sizeof bad_schemas / sizeof bad_schemas[0]; i++) {
        EXPECT(calfcare_input_init(&in, bad_schemas[i], &err), CALFCARE_E_INVALID, "schema");
        CHECK(F(calfcare_input_field_count)(bad_schemas[i]) == 0);
        CHECK(F(calfcare_input_field_at)(bad_schemas[i], 0) == NULL);
        CHECK(F(calfcare_input_field_parse)(bad_schemas[i], "cadence", &id, &err) == CALFCARE_E_INVALID &&
              strcmp(err.field, "schema") == 0);
    }
    CHECK(calfcare_input_field_parse(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, NULL, &id, &err) == CALFCARE_E_NULL);
    CHECK(calfcare_input_field_parse(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, "cadence", NULL, &err) == CALFCARE_E_NULL);
    CHECK(calfcare_input_field_parse(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, "", &id, &err) == CALFCARE_E_INVALID);
    CHECK(calfcare_input_field_parse(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, "cadence_", &id, &err) == CALFCARE_E_INVALID);

    memset(&garbage, 0xFF, sizeof garbage); /* never initialised */
    CHECK(F(calfcare_input_schema_of)(NULL) == 0 && calfcare_input_schema_of(&garbage) == 0);
    EXPECT(F(calfcare_input_set)(&garbage, CALFCARE_DIAGNOSIS_CADENCE, 170, &err), CALFCARE_E_STATE, NULL);
    EXPECT(F(calfcare_input_unset)(&garbage, CALFCARE_DIAGNOSIS_CADENCE, &err), CALFCARE_E_STATE, NULL);
    EXPECT(F(calfcare_input_get)(&garbage, CALFCARE_DIAGNOSIS_CADENCE, 0, &out, &err), CALFCARE_E_STATE, NULL);
    CHECK(F(calfcare_input_count)(&garbage, CALFCARE_DIAGNOSIS_CADENCE) == 0);
    CHECK(calfcare_input_count(NULL, 0) == 0);

    CHECK(calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, &err) == CALFCARE_OK);
    CHECK(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_CADENCE, 170, NULL) == CALFCARE_OK);
    memcpy(&before, &in, sizeof in);
    EXPECT(calfcare_input_set(NULL, CALFCARE_DIAGNOSIS_CADENCE, 170, &err), CALFCARE_E_NULL, NULL);
    for (i = 0; i < sizeof bad_ids / sizeof bad_ids[0]; i++) {
        EXPECT(calfcare_input_set(&in, bad_ids[i], 1, &err), CALFCARE_E_INVALID, NULL);
        EXPECT(calfcare_input_unset(&in, bad_ids[i], &err), CALFCARE_E_INVALID, NULL);
        EXPECT(calfcare_input_get(&in, bad_ids[i], 0, &out, &err), CALFCARE_E_INVALID, NULL);
        CHECK(calfcare_input_count(&in, bad_ids[i]) == 0);
        CHECK(calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, bad_ids[i]) == NULL);
    }
    for (i = 0; i < N_NASTY; i++)
        EXPECT(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_CADENCE, nasty[i], &err), CALFCARE_E_INVALID, "cadence");
    EXPECT(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_AGE, 40.5, &err), CALFCARE_E_INVALID, "age");      /* whole */
    EXPECT(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_HEEL_RAISES, 20, &err), CALFCARE_E_INVALID, "heel_raises"); /* a pair */
    EXPECT(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_WARMUP, 3, &err), CALFCARE_E_INVALID, "warmup");   /* choice index */
    EXPECT(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_FEVER, 2, &err), CALFCARE_E_INVALID, "fever");     /* switch */
    EXPECT(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_FEVER, -0.5, &err), CALFCARE_E_INVALID, "fever");

    EXPECT(F(calfcare_input_set_list)(&in, CALFCARE_DIAGNOSIS_HEEL_RAISES, NULL, 2, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_input_set_list(&in, CALFCARE_DIAGNOSIS_HEEL_RAISES, two, 0, &err), CALFCARE_E_INVALID, "heel_raises");
    EXPECT(calfcare_input_set_list(&in, CALFCARE_DIAGNOSIS_HEEL_RAISES, two, 1, &err), CALFCARE_E_INVALID, "heel_raises");
    EXPECT(calfcare_input_set_list(&in, CALFCARE_DIAGNOSIS_HEEL_RAISES, two, SIZE_MAX, &err), CALFCARE_E_INVALID, "heel_raises");
    EXPECT(calfcare_input_set_list(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM, two, SIZE_MAX, &err), CALFCARE_E_INVALID, "weekly_km");
    EXPECT(calfcare_input_set_list(&garbage, CALFCARE_DIAGNOSIS_HEEL_RAISES, two, 2, &err), CALFCARE_E_STATE, NULL);
    for (i = 0; i < N_NASTY; i++) {
        double pair[2] = {20, nasty[i]};
        EXPECT(calfcare_input_set_list(&in, CALFCARE_DIAGNOSIS_HEEL_RAISES, pair, 2, &err), CALFCARE_E_INVALID, "heel_raises");
    }

    EXPECT(F(calfcare_input_set_word)(&in, CALFCARE_DIAGNOSIS_WARMUP, NULL, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_input_set_word(&in, CALFCARE_DIAGNOSIS_WARMUP, "", &err), CALFCARE_E_INVALID, "warmup");
    EXPECT(calfcare_input_set_word(&in, CALFCARE_DIAGNOSIS_WARMUP, "often", &err), CALFCARE_E_INVALID, "warmup");
    EXPECT(calfcare_input_set_word(&in, CALFCARE_DIAGNOSIS_CADENCE, "fast", &err), CALFCARE_E_INVALID, "cadence");
    EXPECT(calfcare_input_set_word(&garbage, CALFCARE_DIAGNOSIS_WARMUP, "never", &err), CALFCARE_E_STATE, NULL);

    EXPECT(F(calfcare_input_set_text)(&in, CALFCARE_DIAGNOSIS_CADENCE, NULL, &err), CALFCARE_E_NULL, NULL);
    {
        static const char *const bad_texts[] = {"", " ", "abc", "nan", "inf", "-inf", "1e999", "170,171", "0x10",
                                                "170abc", "1,7,0", ",", "170,", "- 1", "\xff\xfe"};
        for (i = 0; i < sizeof bad_texts / sizeof bad_texts[0]; i++)
            EXPECT(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_CADENCE, bad_texts[i], &err), CALFCARE_E_INVALID, "cadence");
    }
    longtext = malloc(100001);
    CHECK(longtext != NULL);
    if (longtext) {
        memset(longtext, '1', 100000);
        longtext[100000] = '\0';
        EXPECT(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_CADENCE, longtext, &err), CALFCARE_E_INVALID, "cadence");
        for (i = 0; i < 100000; i += 2)
            longtext[i + 1] = ',';
        longtext[99999] = '1';
        EXPECT(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM, longtext, &err), CALFCARE_E_INVALID, "weekly_km");
        free(longtext);
    }
    EXPECT(calfcare_input_set_text(&garbage, CALFCARE_DIAGNOSIS_CADENCE, "170", &err), CALFCARE_E_STATE, NULL);
    {
        static const char *const not_numbers[] = {"", " ", "abc", "nan", "inf", "0x14", "20km", "- 1", "1e", "\xff"};
        out = 7;
        EXPECT(F(calfcare_input_parse_number)("ice_min", NULL, &out, &err), CALFCARE_E_NULL, NULL);
        EXPECT(calfcare_input_parse_number(NULL, "1", NULL, &err), CALFCARE_E_NULL, NULL);
        for (i = 0; i < sizeof not_numbers / sizeof not_numbers[0]; i++)
            EXPECT(calfcare_input_parse_number("ice_min", not_numbers[i], &out, &err), CALFCARE_E_INVALID, "ice_min");
        CHECK(out == 7); /* written only on success */
    }
    EXPECT(calfcare_input_unset(NULL, 0, &err), CALFCARE_E_NULL, NULL);
    CHECK(memcmp(&before, &in, sizeof in) == 0); /* no rejected call changed anything */

    EXPECT(calfcare_input_get(NULL, CALFCARE_DIAGNOSIS_CADENCE, 0, &out, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_input_get(&in, CALFCARE_DIAGNOSIS_CADENCE, 0, NULL, &err), CALFCARE_E_NULL, NULL);
    out = 7;
    EXPECT(calfcare_input_get(&in, CALFCARE_DIAGNOSIS_CADENCE, 1, &out, &err), CALFCARE_E_INVALID, "cadence");
    EXPECT(calfcare_input_get(&in, CALFCARE_DIAGNOSIS_CADENCE, SIZE_MAX, &out, &err), CALFCARE_E_INVALID, "cadence");
    EXPECT(calfcare_input_get(&in, CALFCARE_DIAGNOSIS_AGE, 0, &out, &err), CALFCARE_E_INVALID, "age"); /* unknown */
    CHECK(out == 7);
}

/* ---- diagnosis ---------------------------------------------------------------------------- */

static void test_diagnosis(void)
{
    calfcare_input in, shoes, garbage;
    calfcare_diagnosis dx;
    static const int bad[] = {INT_MIN, -1, 0, 6, 1000, INT_MAX};
    size_t i;

    CHECK(calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, NULL) == CALFCARE_OK);
    CHECK(calfcare_input_init(&shoes, CALFCARE_INPUT_SCHEMA_SHOES, NULL) == CALFCARE_OK);
    memset(&garbage, 0, sizeof garbage);
    guard_fill(&dx, sizeof dx);
    EXPECT(F(calfcare_diagnosis_assess)(NULL, &dx, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_diagnosis_assess(&in, NULL, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_diagnosis_assess(&garbage, &dx, &err), CALFCARE_E_STATE, "input");
    EXPECT(calfcare_diagnosis_assess(&shoes, &dx, &err), CALFCARE_E_STATE, "input");
    CHECK(untouched(&dx, 0, sizeof dx)); /* written only on success */
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK(is_unknown(F(calfcare_diagnosis_triage_name)(bad[i] == 0 ? 3 : bad[i])));
        CHECK(is_unknown(F(calfcare_diagnosis_cause_name)(bad[i])));
        CHECK(is_unknown(F(calfcare_diagnosis_wells_band_name)(bad[i] == 0 ? 4 : bad[i])));
        CHECK(F(calfcare_diagnosis_wells_classify)(bad[i]) >= CALFCARE_DIAGNOSIS_WELLS_LOW); /* any int has a band */
        CHECK(F(calfcare_diagnosis_reason_weight)(bad[i]) < 0);
        CHECK(F(calfcare_diagnosis_reason_cause)(bad[i]) == 0);
    }
    CHECK(calfcare_diagnosis_reason_weight(CALFCARE_DIAGNOSIS_R_SEE_CLINICIAN) < 0); /* advice, not a cause rule */
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
        CHECK(F(calfcare_diagnosis_gate)(bad[i] == 6 ? 10 : bad[i]) == NULL);
    CHECK(calfcare_diagnosis_reason_cause(CALFCARE_DIAGNOSIS_R_FEVER) == 0);
}

/* ---- relief ------------------------------------------------------------------------------- */

static void test_relief_build(void)
{
    calfcare_relief_params p, good;
    calfcare_relief_protocol proto, zero;
    calfcare_blocked bl, bl_before;
    static const int bad_ids[] = {INT_MIN, -1, 0, 9, 100, INT_MAX};
    size_t i, k;

    EXPECT(F(calfcare_relief_params_init)(NULL, &err), CALFCARE_E_NULL, NULL);
    CHECK(calfcare_relief_params_init(&good, NULL) == CALFCARE_OK);
    p = good;
    memset(&zero, 0, sizeof zero);
    /* The integer API: every member at each edge outside its range, and the extreme values. */
    {
        calfcare_relief_iparams ig, ip;
        static const struct {
            const char *field;
            size_t off;
            uint32_t below, above;
        } imembers[] = {
            {"ice_ms", offsetof(calfcare_relief_iparams, ice_ms), 899999, 1200001},
            {"hold_ms", offsetof(calfcare_relief_iparams, hold_ms), 19999, 30001},
            {"reps", offsetof(calfcare_relief_iparams, reps), 0, 6},
            {"roll_ms", offsetof(calfcare_relief_iparams, roll_ms), 29999, 120001},
            {"sets", offsetof(calfcare_relief_iparams, sets), 0, 4},
            {"week", offsetof(calfcare_relief_iparams, week), 0, 53},
            {"last_ice_ended_s", offsetof(calfcare_relief_iparams, last_ice_ended_s), (uint32_t)-2, 31536001},
            {"ice_rounds", offsetof(calfcare_relief_iparams, ice_rounds), 0, 3},
            {"tool", offsetof(calfcare_relief_iparams, tool), 2, 3},
        };
        EXPECT(F(calfcare_relief_iparams_init)(NULL, &err), CALFCARE_E_NULL, NULL);
        CHECK(calfcare_relief_iparams_init(&ig, NULL) == CALFCARE_OK);
        EXPECT(F(calfcare_relief_build_int)(CALFCARE_RELIEF_RICE, &ig, NULL, NULL, &err), CALFCARE_E_NULL, NULL);
        EXPECT(calfcare_relief_build_int(CALFCARE_RELIEF_RICE, NULL, NULL, &proto, &err), CALFCARE_E_NULL, NULL);
        for (i = 0; i < sizeof bad_ids / sizeof bad_ids[0]; i++)
            EXPECT(calfcare_relief_build_int(bad_ids[i], &ig, NULL, &proto, &err), CALFCARE_E_INVALID, "protocol");
        for (k = 0; k < sizeof imembers / sizeof imembers[0]; k++) {
            static const uint32_t extremes[] = {0x80000000u, UINT32_MAX};
            uint32_t vals[4];
            vals[0] = imembers[k].below;
            vals[1] = imembers[k].above;
            vals[2] = extremes[0];
            vals[3] = k == 6 ? (uint32_t)INT32_MIN : extremes[1];
            for (i = 0; i < 4; i++) {
                ip = ig;
                memcpy((char *)&ip + imembers[k].off, &vals[i], sizeof vals[i]);
                guard_fill(&proto, sizeof proto);
                EXPECT(calfcare_relief_build_int(CALFCARE_RELIEF_RICE, &ip, NULL, &proto, &err), CALFCARE_E_INVALID,
                       imembers[k].field);
                CHECK(memcmp(&proto, &zero, sizeof zero) == 0); /* zero-filled on error */
            }
        }
    }
    EXPECT(F(calfcare_relief_build)(CALFCARE_RELIEF_RICE, &p, NULL, NULL, &err), CALFCARE_E_NULL, NULL);
    guard_fill(&proto, sizeof proto);
    EXPECT(calfcare_relief_build(CALFCARE_RELIEF_RICE, NULL, NULL, &proto, &err), CALFCARE_E_NULL, NULL);
    CHECK(memcmp(&proto, &zero, sizeof zero) == 0); /* zero-filled on error */
    for (i = 0; i < sizeof bad_ids / sizeof bad_ids[0]; i++) {
        guard_fill(&proto, sizeof proto);
        EXPECT(calfcare_relief_build(bad_ids[i], &p, NULL, &proto, &err), CALFCARE_E_INVALID, "protocol");
        CHECK(memcmp(&proto, &zero, sizeof zero) == 0);
    }
    /* Every member of the table: each nasty number and a fraction refused by the setter (struct
     * unchanged); int members written directly at INT_MIN, INT_MAX and just outside the range are
     * refused by the builder, whatever the protocol. */
    for (k = 0; k < calfcare_params_field_count(CALFCARE_PARAMS_TABLE_RELIEF); k++) {
        const calfcare_params_field *f = calfcare_params_field_at(CALFCARE_PARAMS_TABLE_RELIEF, (int)k);
        for (i = 0; i <= N_NASTY; i++) {
            double v = i < N_NASTY ? nasty[i] : f->min + 0.5;
            p = good;
            if (v == f->unset || (f->type == CALFCARE_PARAMS_TYPE_DOUBLE && v >= f->min && v <= f->max))
                continue; /* accepted: the documented "unknown", or a fraction of a measured amount */
            EXPECT(calfcare_params_set(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, (int)k, v, &err),
                   CALFCARE_E_INVALID, f->name);
            CHECK(memcmp(&p, &good, sizeof p) == 0);
            if (f->type == CALFCARE_PARAMS_TYPE_DOUBLE) {
                memcpy((char *)&p + f->offset, &v, sizeof v);
                EXPECT(calfcare_relief_build(CALFCARE_RELIEF_WARMUP, &p, NULL, &proto, &err), CALFCARE_E_INVALID,
                       f->name);
                CHECK(memcmp(&proto, &zero, sizeof zero) == 0);
            }
        }
        if (f->type != CALFCARE_PARAMS_TYPE_DOUBLE) {
            const int ints[] = {INT_MIN, INT_MAX, (int)f->min - 1, (int)f->max + 1};
            for (i = 0; i < 4; i++) {
                p = good;
                memcpy((char *)&p + f->offset, &ints[i], sizeof ints[i]);
                EXPECT(calfcare_relief_build(CALFCARE_RELIEF_WARMUP, &p, NULL, &proto, &err), CALFCARE_E_INVALID,
                       f->name);
                CHECK(memcmp(&proto, &zero, sizeof zero) == 0);
            }
        }
    }
    /* A blocked set full of garbage: unknown bits are ignored, known bits block. */
    p = good;
    memset(&bl, 0xFF, sizeof bl);
    EXPECT(calfcare_relief_build(CALFCARE_RELIEF_ROLL, &p, &bl, &proto, &err), CALFCARE_E_BLOCKED, "foam_roll");
    CHECK(proto.blocked_care == CALFCARE_CARE_FOAM_ROLL && proto.blocked_flag == -1);
    bl.mask = ~0u & ~(unsigned)(CALFCARE_CARE_ICE | CALFCARE_CARE_RUNNING | CALFCARE_CARE_STRETCH |
                                CALFCARE_CARE_FOAM_ROLL | CALFCARE_CARE_MASSAGE | CALFCARE_CARE_COMPRESSION);
    CHECK(calfcare_relief_build(CALFCARE_RELIEF_FULL, &p, &bl, &proto, NULL) == CALFCARE_OK);
    p.last_ice_ended_min_ago = 59.999;
    EXPECT(calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, NULL, &proto, &err), CALFCARE_E_TOO_SOON,
           "last_ice_ended_min_ago");

    memset(&bl, 0, sizeof bl);
    bl_before = bl;
    EXPECT(F(calfcare_relief_block)(NULL, CALFCARE_CARE_ICE, CALFCARE_FLAG_DVT, &err), CALFCARE_E_NULL, NULL);
    {
        static const unsigned bad_care[] = {0, 3, 64, 1u << 31, UINT_MAX};
        static const int bad_flag[] = {INT_MIN, -1, 0, CALFCARE_FLAG_COUNT, INT_MAX};
        for (i = 0; i < 5; i++) {
            EXPECT(calfcare_relief_block(&bl, bad_care[i], CALFCARE_FLAG_DVT, &err), CALFCARE_E_INVALID, "care");
            EXPECT(calfcare_relief_block(&bl, CALFCARE_CARE_ICE, bad_flag[i], &err), CALFCARE_E_INVALID, "flag");
        }
    }
    CHECK(memcmp(&bl, &bl_before, sizeof bl) == 0);

    for (i = 0; i < sizeof bad_ids / sizeof bad_ids[0]; i++) {
        CHECK(is_unknown(F(calfcare_relief_name)(bad_ids[i])));
        CHECK(F(calfcare_relief_is_routine)(bad_ids[i]) == 0);
        CHECK(is_unknown(F(calfcare_relief_step_kind_name)(bad_ids[i] == 9 ? 19 : bad_ids[i])));
        CHECK(is_unknown(F(calfcare_relief_tool_name)(bad_ids[i] == 0 ? 2 : bad_ids[i])));
        CHECK(F(calfcare_relief_care)(bad_ids[i]) == 0);
        CHECK(is_unknown(F(calfcare_relief_side_name)(bad_ids[i] == 0 ? 3 : bad_ids[i])));
        CHECK(is_unknown(F(calfcare_relief_event_name)(bad_ids[i] == 0 ? 7 : bad_ids[i])));
        CHECK(is_unknown(F(calfcare_relief_timer_state_name)(bad_ids[i])));
    }
    {
        int t = 5;
        CHECK(F(calfcare_relief_tool_parse)(NULL, &t, NULL) == CALFCARE_E_NULL && t == 5);
        CHECK(calfcare_relief_tool_parse("ball", NULL, NULL) == CALFCARE_E_NULL);
        CHECK(calfcare_relief_tool_parse("", &t, NULL) == CALFCARE_E_INVALID && t == 5);
        CHECK(calfcare_relief_tool_parse("foam_roll", &t, NULL) == CALFCARE_E_INVALID && t == 5);
        CHECK(calfcare_relief_tool_parse("ball ", &t, NULL) == CALFCARE_E_INVALID && t == 5);
    }
}

/* Every _parse(): NULL word and NULL out refused, an empty or unknown word refused naming the field,
 * the output untouched on failure, and every word its _name() gives parses back. */
typedef calfcare_status (*parse_fn)(const char *, int *, calfcare_error *);
static void check_parse(parse_fn parse, const char *(*name_of)(int), int first, int last, const char *field)
{
    calfcare_error e;
    int v = 12345, i;
    CHECK(parse(NULL, &v, &e) == CALFCARE_E_NULL && v == 12345);
    CHECK(parse("x", NULL, &e) == CALFCARE_E_NULL);
    CHECK(parse("", &v, &e) == CALFCARE_E_INVALID && v == 12345 && strcmp(e.field, field) == 0);
    CHECK(parse("no such word", &v, NULL) == CALFCARE_E_INVALID && v == 12345);
    for (i = first; i <= last; i++)
        CHECK(parse(name_of(i), &v, NULL) == CALFCARE_OK && v == i);
}

static void test_parse(void)
{
    calfcare_error e;
    unsigned bit = 7;
    check_parse(F(calfcare_status_parse), calfcare_status_name, CALFCARE_E_UNSUPPORTED, CALFCARE_OK, "status");
    check_parse(F(calfcare_red_flag_parse), calfcare_red_flag_name, 0, CALFCARE_FLAG_COUNT - 1, "red_flag");
    check_parse(F(calfcare_diagnosis_cause_parse), calfcare_diagnosis_cause_name, 1, CALFCARE_DIAGNOSIS_CAUSE_COUNT, "cause");
    check_parse(F(calfcare_diagnosis_triage_parse), calfcare_diagnosis_triage_name, 0, 2, "triage");
    check_parse(F(calfcare_diagnosis_wells_band_parse), calfcare_diagnosis_wells_band_name, 0, 3, "wells_band");
    check_parse(F(calfcare_log_format_parse), calfcare_log_format_name, 0, 4, "format");
    check_parse(F(calfcare_progression_acwr_band_parse), calfcare_progression_acwr_band_name, 0, 4, "acwr_band");
    check_parse(F(calfcare_progression_band_parse), calfcare_progression_band_name, 0, CALFCARE_PROGRESSION_BAND_COUNT - 1, "band");
    check_parse(F(calfcare_relief_parse), calfcare_relief_name, CALFCARE_RELIEF_RICE, CALFCARE_RELIEF_REST, "protocol");
    check_parse(F(calfcare_relief_event_parse), calfcare_relief_event_name, 0, 6, "event");
    check_parse(F(calfcare_relief_side_parse), calfcare_relief_side_name, 0, 2, "side");
    check_parse(F(calfcare_relief_step_kind_parse), calfcare_relief_step_kind_name, 1, 5, "step_kind");
    check_parse(F(calfcare_relief_timer_state_parse), calfcare_relief_timer_state_name, 1, 4, "timer_state");
    check_parse(F(calfcare_shoes_brand_parse), calfcare_shoes_brand_name, 0, CALFCARE_SHOES_BRAND_COUNT - 1, "brand");
    check_parse(F(calfcare_shoes_category_parse), calfcare_shoes_category_name, 1, 2, "category");
    check_parse(F(calfcare_shoes_drop_parse), calfcare_shoes_drop_name, 0, 3, "drop");
    check_parse(F(calfcare_shoes_width_parse), calfcare_shoes_width_name, 0, 3, "width");
    CHECK(F(calfcare_care_kind_parse)(NULL, &bit, &e) == CALFCARE_E_NULL && bit == 7);
    CHECK(calfcare_care_kind_parse("ice", NULL, &e) == CALFCARE_E_NULL);
    CHECK(calfcare_care_kind_parse("ices", &bit, &e) == CALFCARE_E_INVALID && bit == 7 && strcmp(e.field, "care_kind") == 0);
    CHECK(calfcare_care_kind_parse("ice", &bit, &e) == CALFCARE_OK && bit == CALFCARE_CARE_ICE);
}

/* ---- parameter tables ------------------------------------------------------------------- */

static void test_params(void)
{
    calfcare_relief_params p, before;
    static const int bad_tables[] = {INT_MIN, -1, 0, 5, INT_MAX};
    static const int bad_ids[] = {INT_MIN, -1, 9, INT_MAX};
    double v;
    int id;
    size_t i;
    CHECK(calfcare_relief_params_init(&p, NULL) == CALFCARE_OK);
    before = p;
    for (i = 0; i < sizeof bad_tables / sizeof bad_tables[0]; i++) {
        CHECK(F(calfcare_params_field_count)(bad_tables[i]) == 0);
        CHECK(F(calfcare_params_field_at)(bad_tables[i], 0) == NULL);
        CHECK(is_unknown(F(calfcare_params_choice_name)(bad_tables[i], 0, 0)));
        EXPECT(F(calfcare_params_choice_parse)(bad_tables[i], 8, "ball", &id, &err), CALFCARE_E_INVALID, "table");
        EXPECT(F(calfcare_params_field_parse)(bad_tables[i], "reps", &id, &err), CALFCARE_E_INVALID, "table");
        EXPECT(F(calfcare_params_set)(bad_tables[i], &p, sizeof p, 0, 15, &err), CALFCARE_E_INVALID, "table");
        EXPECT(F(calfcare_params_set_text)(bad_tables[i], &p, sizeof p, 0, "15", &err), CALFCARE_E_INVALID, "table");
        EXPECT(F(calfcare_params_get)(bad_tables[i], &p, sizeof p, 0, &v, &err), CALFCARE_E_INVALID, "table");
    }
    for (i = 0; i < sizeof bad_ids / sizeof bad_ids[0]; i++) {
        CHECK(calfcare_params_field_at(CALFCARE_PARAMS_TABLE_RELIEF, bad_ids[i]) == NULL);
        CHECK(is_unknown(calfcare_params_choice_name(CALFCARE_PARAMS_TABLE_RELIEF, bad_ids[i], 0)));
        EXPECT(calfcare_params_set(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, bad_ids[i], 15, &err),
               CALFCARE_E_INVALID, "field");
        EXPECT(calfcare_params_set_text(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, bad_ids[i], "15", &err),
               CALFCARE_E_INVALID, "field");
        EXPECT(calfcare_params_get(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, bad_ids[i], &v, &err),
               CALFCARE_E_INVALID, "field");
    }
    /* a choice's word out of range, a number field's choice word */
    CHECK(is_unknown(calfcare_params_choice_name(CALFCARE_PARAMS_TABLE_RELIEF, 8, 2)));
    CHECK(is_unknown(calfcare_params_choice_name(CALFCARE_PARAMS_TABLE_RELIEF, 0, 15)));
    EXPECT(calfcare_params_choice_parse(CALFCARE_PARAMS_TABLE_RELIEF, 0, "ball", &id, &err), CALFCARE_E_INVALID,
           "field");
    EXPECT(calfcare_params_choice_parse(CALFCARE_PARAMS_TABLE_RELIEF, 8, "stick", &id, &err), CALFCARE_E_INVALID,
           "tool");
    EXPECT(calfcare_params_choice_parse(CALFCARE_PARAMS_TABLE_RELIEF, 8, NULL, &id, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_params_choice_parse(CALFCARE_PARAMS_TABLE_RELIEF, 8, "ball", NULL, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_params_set(CALFCARE_PARAMS_TABLE_RELIEF, NULL, sizeof p, 0, 15, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_params_set(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p - 1, 0, 15, &err), CALFCARE_E_INVALID,
           "size");
    EXPECT(calfcare_params_set(CALFCARE_PARAMS_TABLE_RELIEF, &p, 0, 0, 15, &err), CALFCARE_E_INVALID, "size");
    EXPECT(calfcare_params_set_text(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, 0, NULL, &err), CALFCARE_E_NULL,
           NULL);
    EXPECT(calfcare_params_set_text(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, 0, "0x14", &err), CALFCARE_E_INVALID,
           "ice_min");
    EXPECT(calfcare_params_set_text(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, 8, "stick", &err), CALFCARE_E_INVALID,
           "tool");
    EXPECT(calfcare_params_get(CALFCARE_PARAMS_TABLE_RELIEF, NULL, sizeof p, 0, &v, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_params_get(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, 0, NULL, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_params_field_parse(CALFCARE_PARAMS_TABLE_RELIEF, NULL, &id, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_params_field_parse(CALFCARE_PARAMS_TABLE_RELIEF, "reps", NULL, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_params_field_parse(CALFCARE_PARAMS_TABLE_RELIEF, "", &id, &err), CALFCARE_E_INVALID, "field");
    EXPECT(calfcare_params_field_parse(CALFCARE_PARAMS_TABLE_RELIEF, "rep", &id, &err), CALFCARE_E_INVALID, "field");
    CHECK(memcmp(&p, &before, sizeof p) == 0); /* nothing written by a refused call */
}

static void test_relief_timer(void)
{
    calfcare_relief_params p;
    calfcare_relief_protocol proto, bad;
    calfcare_relief_timer t, garbage, before;
    calfcare_relief_timer_info info;
    calfcare_relief_event ev[2 + 4];
    calfcare_relief_timer_step steps[CALFCARE_RELIEF_MAX_STEPS];
    unsigned char blob[CALFCARE_RELIEF_TIMER_SAVED_MAX + GUARD];
    size_t n = 99, i, bs;
    const size_t ts = sizeof(calfcare_relief_timer);

    CHECK(F(calfcare_relief_timer_size)() == ts);
    CHECK(calfcare_relief_params_init(&p, NULL) == CALFCARE_OK);
    CHECK(calfcare_relief_build(CALFCARE_RELIEF_STRETCH, &p, NULL, &proto, NULL) == CALFCARE_OK);

    EXPECT(F(calfcare_relief_timer_init)(NULL, &proto, steps, CALFCARE_RELIEF_MAX_STEPS, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_relief_timer_init(&t, NULL, steps, CALFCARE_RELIEF_MAX_STEPS, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_relief_timer_init(&t, &proto, NULL, CALFCARE_RELIEF_MAX_STEPS, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_relief_timer_init(&t, &proto, steps, 0, &err), CALFCARE_E_BUFFER, "cap");
    EXPECT(calfcare_relief_timer_init(&t, &proto, steps, proto.count - 1, &err), CALFCARE_E_BUFFER, "cap");
    {
        static const size_t bad_counts[] = {0, CALFCARE_RELIEF_MAX_STEPS + 1, SIZE_MAX};
        for (i = 0; i < 3; i++) {
            bad = proto;
            bad.count = bad_counts[i];
            EXPECT(calfcare_relief_timer_init(&t, &bad, steps, CALFCARE_RELIEF_MAX_STEPS, &err), CALFCARE_E_INVALID, "protocol");
        }
    }
    {
        static const uint32_t bad_ms[] = {0, 999, 1200001, UINT32_MAX};
        static const int bad_kind[] = {0, 18, -1, INT_MAX};
        for (i = 0; i < 4; i++) {
            bad = proto;
            bad.steps[1].duration_ms = bad_ms[i];
            EXPECT(calfcare_relief_timer_init(&t, &bad, steps, CALFCARE_RELIEF_MAX_STEPS, &err), CALFCARE_E_INVALID, "protocol");
            bad = proto;
            bad.steps[2].kind = bad_kind[i];
            EXPECT(calfcare_relief_timer_init(&t, &bad, steps, CALFCARE_RELIEF_MAX_STEPS, &err), CALFCARE_E_INVALID, "protocol");
        }
        bad = proto;
        bad.steps[0].side = 3;
        EXPECT(calfcare_relief_timer_init(&t, &bad, steps, CALFCARE_RELIEF_MAX_STEPS, &err), CALFCARE_E_INVALID, "protocol");
        bad = proto;
        bad.steps[0].cue = -1;
        EXPECT(calfcare_relief_timer_init(&t, &bad, steps, CALFCARE_RELIEF_MAX_STEPS, &err), CALFCARE_E_INVALID, "protocol");
        bad = proto;
        bad.steps[0].flags = 8;
        EXPECT(calfcare_relief_timer_init(&t, &bad, steps, CALFCARE_RELIEF_MAX_STEPS, &err), CALFCARE_E_INVALID, "protocol");
    }

    /* A timer that was never initialised: every call refuses it. */
    for (i = 0; i < 2; i++) {
        memset(&garbage, i ? 0xFF : 0x00, sizeof garbage);
        EXPECT(F(calfcare_relief_timer_start)(&garbage, 0, &err), CALFCARE_E_STATE, "timer");
        EXPECT(F(calfcare_relief_timer_update)(&garbage, 0, ev, 2, &n, &err), CALFCARE_E_STATE, "timer");
        EXPECT(F(calfcare_relief_timer_poll)(&garbage, 0, ev, &err), CALFCARE_E_STATE, "timer");
        EXPECT(F(calfcare_relief_timer_pause)(&garbage, 0, &err), CALFCARE_E_STATE, "timer");
        EXPECT(F(calfcare_relief_timer_resume)(&garbage, 0, &err), CALFCARE_E_STATE, "timer");
        EXPECT(F(calfcare_relief_timer_skip)(&garbage, 0, &err), CALFCARE_E_STATE, "timer");
        EXPECT(F(calfcare_relief_timer_query)(&garbage, 0, &info, &err), CALFCARE_E_STATE, "timer");
        EXPECT(F(calfcare_relief_timer_save)(&garbage, blob, sizeof blob, &err), CALFCARE_E_STATE, "timer");
    }
    EXPECT(calfcare_relief_timer_start(NULL, 0, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_relief_timer_update(NULL, 0, ev, 2, &n, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_relief_timer_poll(NULL, 0, ev, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_relief_timer_pause(NULL, 0, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_relief_timer_resume(NULL, 0, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_relief_timer_skip(NULL, 0, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_relief_timer_query(NULL, 0, &info, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_relief_timer_save(NULL, blob, sizeof blob, &err), CALFCARE_E_NULL, NULL);
    EXPECT(F(calfcare_relief_timer_status)(NULL, 0, &info, &err), CALFCARE_E_NULL, NULL);
    CHECK(F(calfcare_relief_timer_saved_size)(NULL) == 0);

    CHECK(calfcare_relief_timer_init(&t, &proto, steps, proto.count, NULL) == CALFCARE_OK);
    bs = calfcare_relief_timer_saved_size(&t);
    CHECK(bs == CALFCARE_RELIEF_TIMER_SAVED_SIZE(proto.count));
    /* Not started: pause, resume and skip refuse; update reports nothing. */
    EXPECT(calfcare_relief_timer_pause(&t, 0, &err), CALFCARE_E_STATE, "timer");
    EXPECT(calfcare_relief_timer_resume(&t, 0, &err), CALFCARE_E_STATE, "timer");
    EXPECT(calfcare_relief_timer_skip(&t, 0, &err), CALFCARE_E_STATE, "timer");
    CHECK(calfcare_relief_timer_start(&t, UINT32_MAX - 10, NULL) == CALFCARE_OK);
    EXPECT(calfcare_relief_timer_start(&t, 0, &err), CALFCARE_E_STATE, "timer");
    EXPECT(calfcare_relief_timer_update(&t, 0, NULL, 2, &n, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_relief_timer_update(&t, 0, ev, 2, NULL, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_relief_timer_poll(&t, 0, NULL, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_relief_timer_query(&t, 0, NULL, &err), CALFCARE_E_NULL, NULL);
    memcpy(&before, &t, sizeof t);
    guard_fill(ev, sizeof ev);
    EXPECT(calfcare_relief_timer_update(&t, 0, ev, 0, &n, &err), CALFCARE_E_BUFFER, "cap");
    EXPECT(calfcare_relief_timer_update(&t, 0, ev, SIZE_MAX, &n, &err), CALFCARE_E_BUFFER, "cap");
    CHECK(untouched(ev, 0, sizeof ev));
    CHECK(memcmp(&before, &t, sizeof t) == 0);
    /* cap 2: a jump far ahead has many events due; only two are written. */
    CHECK(calfcare_relief_timer_update(&t, 600000, ev, 2, &n, NULL) == CALFCARE_OK && n == 2);
    CHECK(untouched(ev, 2 * sizeof ev[0], sizeof ev));

    /* save: buffer lengths 0, short, SIZE_MAX; nothing written on error; nothing past the state. */
    guard_fill(blob, sizeof blob);
    EXPECT(calfcare_relief_timer_save(&t, NULL, bs, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_relief_timer_save(&t, blob, 0, &err), CALFCARE_E_BUFFER, "cap");
    EXPECT(calfcare_relief_timer_save(&t, blob, bs - 1, &err), CALFCARE_E_BUFFER, "cap");
    EXPECT(calfcare_relief_timer_save(&t, blob, SIZE_MAX, &err), CALFCARE_E_BUFFER, "cap");
    CHECK(untouched(blob, 0, sizeof blob));
    CHECK(calfcare_relief_timer_save(&t, blob, sizeof blob, NULL) == CALFCARE_OK);
    CHECK(untouched(blob, bs, sizeof blob));

    /* restore: wrong lengths, foreign and corrupt blobs; the target is never changed. */
    memcpy(&before, &t, sizeof t);
    EXPECT(F(calfcare_relief_timer_restore)(NULL, steps, CALFCARE_RELIEF_MAX_STEPS, blob, bs, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_relief_timer_restore(&t, steps, CALFCARE_RELIEF_MAX_STEPS, NULL, bs, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_relief_timer_restore(&t, steps, CALFCARE_RELIEF_MAX_STEPS, blob, 0, &err), CALFCARE_E_STATE, "len");
    EXPECT(calfcare_relief_timer_restore(&t, steps, CALFCARE_RELIEF_MAX_STEPS, blob, bs - 1, &err), CALFCARE_E_STATE, "len");
    EXPECT(calfcare_relief_timer_restore(&t, steps, CALFCARE_RELIEF_MAX_STEPS, blob, bs + 1, &err), CALFCARE_E_STATE, "len");
    EXPECT(calfcare_relief_timer_restore(&t, steps, CALFCARE_RELIEF_MAX_STEPS, blob, SIZE_MAX, &err), CALFCARE_E_STATE, "len");
    for (i = 0; i < bs; i += 37) {
        blob[i] ^= 0x10;
        EXPECT(calfcare_relief_timer_restore(&t, steps, CALFCARE_RELIEF_MAX_STEPS, blob, bs, &err), CALFCARE_E_STATE, "buf");
        blob[i] ^= 0x10;
    }
    memset(blob, 0, bs);
    EXPECT(calfcare_relief_timer_restore(&t, steps, CALFCARE_RELIEF_MAX_STEPS, blob, bs, &err), CALFCARE_E_STATE, "buf");
    CHECK(memcmp(&before, &t, sizeof t) == 0);
}

/* ---- progression -------------------------------------------------------------------------- */

#define PN 10
typedef struct {
    double v[PN + GUARD];
} dbuf;

static void dfill(dbuf *b)
{
    guard_fill(b->v, sizeof b->v);
}

static int dclean(const dbuf *b, size_t from)
{
    return untouched(b->v, from * sizeof(double), sizeof b->v);
}

static void bad_params(void (*run)(const calfcare_progression_params *, const char *field))
{
    calfcare_progression_params p, good;
    size_t i;
    CHECK(calfcare_progression_params_init(&good, NULL) == CALFCARE_OK);
    for (i = 0; i < N_NASTY; i++) {
        p = good;
        p.max_increase_pct = nasty[i];
        run(&p, "max_increase_pct");
    }
    p = good, p.max_increase_pct = 0.5, run(&p, "max_increase_pct");
    p = good, p.max_increase_pct = 50.5, run(&p, "max_increase_pct");
    p = good, p.acute_days = 0, run(&p, "acute_days");
    p = good, p.acute_days = INT_MIN, run(&p, "acute_days");
    p = good, p.chronic_days = 1, run(&p, "chronic_days");
    p = good, p.chronic_days = 366, run(&p, "chronic_days");
    p = good, p.chronic_days = INT_MAX, run(&p, "chronic_days");
    p = good, p.acute_days = 28, p.chronic_days = 28, run(&p, NULL); /* acute must be shorter */
    p = good, p.decay = 0, run(&p, "decay");
    p = good, p.decay = 4, run(&p, "decay");
    p = good, p.coupling = -1, run(&p, "coupling");
    p = good, p.coupling = 3, run(&p, "coupling");
    p = good, p.seed = 0, run(&p, "seed");
    p = good, p.seed = INT_MAX, run(&p, "seed");
}

static const double series[PN] = {20, 22, 24, 26, 20, 28, 30, 32, 25, 35};
static const double days14[14] = {5, 0, 8, 0, 10, 0, 12, 6, 0, 9, 0, 11, 0, 14};

static void run_weekly(const calfcare_progression_params *p, const char *field)
{
    double chg[PN];
    unsigned char over[PN];
    calfcare_progression_weekly_result r;
    EXPECT(calfcare_progression_check_weekly(series, PN, p, chg, PN, over, PN, &r, &err), CALFCARE_E_INVALID, field);
    EXPECT(calfcare_progression_check_weekly_load(series, PN, p, chg, PN, over, PN, &r, &err), CALFCARE_E_INVALID, field);
}

static void run_acwr(const calfcare_progression_params *p, const char *field)
{
    calfcare_progression_acwr_result r;
    double a[14], c[14], q[14];
    double res[2 * CALFCARE_PROGRESSION_BATCH_COLUMNS];
    EXPECT(calfcare_progression_acwr(days14, 14, p, &r, &err), CALFCARE_E_INVALID, field);
    EXPECT(calfcare_progression_acwr_series(days14, 14, p, a, 14, c, 14, q, 14, &r, &err), CALFCARE_E_INVALID, field);
    EXPECT(calfcare_progression_batch(days14, 14, 2, 7, p, res, 2 * CALFCARE_PROGRESSION_BATCH_COLUMNS, &err),
           CALFCARE_E_INVALID, field);
    EXPECT(calfcare_progression_batch_acwr(days14, 14, 2, 7, p, q, 14, &err), CALFCARE_E_INVALID, field);
}

/* The climbing check without distances, in the signature of the other weekly checks. */
static calfcare_status climb_alone(const double *v, size_t n, const calfcare_progression_params *p, double *chg,
                                   size_t chg_len, unsigned char *over, size_t over_len,
                                   calfcare_progression_weekly_result *r, calfcare_error *e)
{
    return calfcare_progression_check_weekly_climb(v, n, NULL, 0, p, chg, chg_len, over, over_len, r, e);
}

static void test_progression_weekly(void)
{
    calfcare_progression_params p;
    calfcare_progression_weekly_result r;
    dbuf chg;
    unsigned char over[PN + GUARD];
    double x[PN], out = 5, w[4 + GUARD];
    size_t i, wn = 77;
    typeof(calfcare_progression_check_weekly) *const fns[4] = {
        F(calfcare_progression_check_weekly), F(calfcare_progression_check_weekly_load), climb_alone,
        F(calfcare_progression_check_weekly_hard)};
    static const char *const fields[4] = {"weekly_km", "weekly_load", "weekly_climb_m", "weekly_hard_min"};
    static const double too_big[4] = {1000.001, 100800.5, 100000.5, 10080.5};
    int k;

    EXPECT(F(calfcare_progression_params_init)(NULL, &err), CALFCARE_E_NULL, "params");
    CHECK(calfcare_progression_params_init(&p, NULL) == CALFCARE_OK);
    for (k = 0; k < 4; k++) {
        /* NULL pointers, lengths 0 and SIZE_MAX, short buffers: no write at all. */
        dfill(&chg);
        memset(over, 0xA5, sizeof over);
        EXPECT(fns[k](NULL, PN, &p, chg.v, PN, over, PN, &r, &err), CALFCARE_E_NULL, NULL);
        EXPECT(fns[k](series, PN, NULL, chg.v, PN, over, PN, &r, &err), CALFCARE_E_NULL, NULL);
        EXPECT(fns[k](series, PN, &p, NULL, PN, over, PN, &r, &err), CALFCARE_E_NULL, NULL);
        EXPECT(fns[k](series, PN, &p, chg.v, PN, NULL, PN, &r, &err), CALFCARE_E_NULL, NULL);
        EXPECT(fns[k](series, PN, &p, chg.v, PN, over, PN, NULL, &err), CALFCARE_E_NULL, NULL);
        EXPECT(fns[k](series, 0, &p, chg.v, PN, over, PN, &r, &err), CALFCARE_E_INVALID, fields[k]);
        EXPECT(fns[k](series, SIZE_MAX, &p, chg.v, PN, over, PN, &r, &err), CALFCARE_E_BUFFER, fields[k]);
        EXPECT(fns[k](series, PN, &p, chg.v, 0, over, PN, &r, &err), CALFCARE_E_BUFFER, "change_pct");
        EXPECT(fns[k](series, PN, &p, chg.v, PN - 1, over, PN, &r, &err), CALFCARE_E_BUFFER, "change_pct");
        EXPECT(fns[k](series, PN, &p, chg.v, SIZE_MAX, over, PN, &r, &err), CALFCARE_E_BUFFER, "change_pct");
        EXPECT(fns[k](series, PN, &p, chg.v, PN, over, 0, &r, &err), CALFCARE_E_BUFFER, "over_limit");
        EXPECT(fns[k](series, PN, &p, chg.v, PN, over, PN - 1, &r, &err), CALFCARE_E_BUFFER, "over_limit");
        EXPECT(fns[k](series, PN, &p, chg.v, PN, over, SIZE_MAX, &r, &err), CALFCARE_E_BUFFER, "over_limit");
        CHECK(dclean(&chg, 0) && untouched(over, 0, sizeof over));
        for (i = 0; i <= N_NASTY; i++) {
            memcpy(x, series, sizeof x);
            x[PN / 2] = i < N_NASTY ? nasty[i] : too_big[k];
            EXPECT(fns[k](x, PN, &p, chg.v, PN, over, PN, &r, &err), CALFCARE_E_INVALID, fields[k]);
        }
        /* Exact lengths: written up to the length, never past it. */
        CHECK(fns[k](series, PN, &p, chg.v, PN, over, PN, &r, NULL) == CALFCARE_OK);
        CHECK(dclean(&chg, PN) && untouched(over, PN, sizeof over));
    }
    bad_params(run_weekly);
    /* Climbing with the distances: their length, their values, climbing over the distance. */
    {
        double km[PN], cl[PN];
        for (i = 0; i < PN; i++)
            km[i] = series[i], cl[i] = series[i] * 1000; /* exactly the distance: accepted */
        dfill(&chg);
        EXPECT(F(calfcare_progression_check_weekly_climb)(cl, PN, km, PN - 1, &p, chg.v, PN, over, PN, &r, &err),
               CALFCARE_E_INVALID, "weekly_km");
        EXPECT(calfcare_progression_check_weekly_climb(cl, PN, NULL, PN, &p, chg.v, PN, over, PN, &r, &err),
               CALFCARE_E_NULL, NULL);
        EXPECT(calfcare_progression_check_weekly_climb(cl, PN, km, SIZE_MAX, &p, chg.v, PN, over, PN, &r, &err),
               CALFCARE_E_BUFFER, "weekly_km");
        CHECK(dclean(&chg, 0));
        for (i = 0; i < N_NASTY; i++) {
            km[PN / 2] = nasty[i];
            EXPECT(calfcare_progression_check_weekly_climb(cl, PN, km, PN, &p, chg.v, PN, over, PN, &r, &err),
                   CALFCARE_E_INVALID, "weekly_km");
        }
        km[PN / 2] = series[PN / 2];
        CHECK(calfcare_progression_check_weekly_climb(cl, PN, km, PN, &p, chg.v, PN, over, PN, &r, NULL) ==
              CALFCARE_OK);
        cl[PN - 1] += 0.5;
        EXPECT(calfcare_progression_check_weekly_climb(cl, PN, km, PN, &p, chg.v, PN, over, PN, &r, &err),
               CALFCARE_E_INVALID, "weekly_climb_m");
    }

    EXPECT(F(calfcare_progression_next_week_max)(30, 10, NULL, &err), CALFCARE_E_NULL, NULL);
    for (i = 0; i < N_NASTY; i++) {
        EXPECT(calfcare_progression_next_week_max(nasty[i], 10, &out, &err), CALFCARE_E_INVALID, "weekly_km");
        EXPECT(calfcare_progression_next_week_max(30, nasty[i], &out, &err), CALFCARE_E_INVALID, "max_increase_pct");
        EXPECT(F(calfcare_progression_session_load)(nasty[i], 5, &out, &err), CALFCARE_E_INVALID, "duration_min");
        EXPECT(calfcare_progression_session_load(30, nasty[i], &out, &err), CALFCARE_E_INVALID, "rpe");
    }
    EXPECT(calfcare_progression_session_load(1440.5, 5, &out, &err), CALFCARE_E_INVALID, "duration_min");
    EXPECT(calfcare_progression_session_load(30, 10.5, &out, &err), CALFCARE_E_INVALID, "rpe");
    EXPECT(calfcare_progression_session_load(30, 5, NULL, &err), CALFCARE_E_NULL, NULL);
    CHECK(out == 5);

    /* Weekly totals: 20 days need 2 weeks. */
    {
        double d20[20];
        typeof(calfcare_progression_weekly_totals) *const tf[2] = {F(calfcare_progression_weekly_totals),
                                                                   F(calfcare_progression_weekly_load_totals)};
        static const char *const tfield[2] = {"daily_km", "daily_load"};
        static const double tbig[2] = {320.5, 14400.5};
        for (i = 0; i < 20; i++)
            d20[i] = (double)(i % 5);
        for (k = 0; k < 2; k++) {
            guard_fill(w, sizeof w);
            EXPECT(tf[k](NULL, 20, w, 4, &wn, &err), CALFCARE_E_NULL, NULL);
            EXPECT(tf[k](d20, 20, NULL, 4, &wn, &err), CALFCARE_E_NULL, NULL);
            EXPECT(tf[k](d20, 20, w, 4, NULL, &err), CALFCARE_E_NULL, NULL);
            EXPECT(tf[k](d20, 0, w, 4, &wn, &err), CALFCARE_E_INVALID, tfield[k]);
            EXPECT(tf[k](d20, SIZE_MAX, w, 4, &wn, &err), CALFCARE_E_BUFFER, tfield[k]);
            EXPECT(tf[k](d20, 20, w, 0, &wn, &err), CALFCARE_E_BUFFER, NULL);
            EXPECT(tf[k](d20, 20, w, 1, &wn, &err), CALFCARE_E_BUFFER, NULL);
            EXPECT(tf[k](d20, 20, w, SIZE_MAX, &wn, &err), CALFCARE_E_BUFFER, NULL);
            CHECK(untouched(w, 0, sizeof w));
            for (i = 0; i <= N_NASTY; i++) {
                double y[20];
                memcpy(y, d20, sizeof y);
                y[19] = i < N_NASTY ? nasty[i] : tbig[k];
                EXPECT(tf[k](y, 20, w, 4, &wn, &err), CALFCARE_E_INVALID, tfield[k]);
            }
            CHECK(tf[k](d20, 20, w, 2, &wn, NULL) == CALFCARE_OK && wn == 2);
            CHECK(untouched(w, 2 * sizeof(double), sizeof w));
        }
    }
}

static void test_progression_spikes_acwr(void)
{
    static const double day[6] = {100, 102, 104, 110, 110, 120}, km[6] = {5, 6, 7, 10, 3, 12};
    double d[6], k6[6], lam;
    dbuf sp, a, c, q;
    unsigned char band[6 + GUARD];
    calfcare_progression_spike_result sr;
    calfcare_progression_acwr_result ar;
    calfcare_progression_params p;
    size_t i;

    CHECK(calfcare_progression_params_init(&p, NULL) == CALFCARE_OK);
    dfill(&sp);
    memset(band, 0xA5, sizeof band);
    EXPECT(F(calfcare_progression_spikes)(NULL, 6, km, 6, 121, sp.v, 6, band, 6, &sr, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_progression_spikes(day, 6, NULL, 6, 121, sp.v, 6, band, 6, &sr, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_progression_spikes(day, 6, km, 6, 121, NULL, 6, band, 6, &sr, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_progression_spikes(day, 6, km, 6, 121, sp.v, 6, NULL, 6, &sr, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_progression_spikes(day, 6, km, 6, 121, sp.v, 6, band, 6, NULL, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_progression_spikes(day, 0, km, 0, 121, sp.v, 6, band, 6, &sr, &err), CALFCARE_E_INVALID, "run_day");
    EXPECT(calfcare_progression_spikes(day, SIZE_MAX, km, SIZE_MAX, 121, sp.v, 6, band, 6, &sr, &err), CALFCARE_E_BUFFER,
           "run_day");
    CHECK(calfcare_progression_spikes(day, 6, km, 5, 121, sp.v, 6, band, 6, &sr, &err) < 0); /* lengths differ */
    EXPECT(calfcare_progression_spikes(day, 6, km, 6, 121, sp.v, 5, band, 6, &sr, &err), CALFCARE_E_BUFFER, "spike_pct");
    EXPECT(calfcare_progression_spikes(day, 6, km, 6, 121, sp.v, 0, band, 6, &sr, &err), CALFCARE_E_BUFFER, "spike_pct");
    EXPECT(calfcare_progression_spikes(day, 6, km, 6, 121, sp.v, SIZE_MAX, band, 6, &sr, &err), CALFCARE_E_BUFFER,
           "spike_pct");
    EXPECT(calfcare_progression_spikes(day, 6, km, 6, 121, sp.v, 6, band, 5, &sr, &err), CALFCARE_E_BUFFER, "band");
    EXPECT(calfcare_progression_spikes(day, 6, km, 6, 121, sp.v, 6, band, SIZE_MAX, &sr, &err), CALFCARE_E_BUFFER, "band");
    CHECK(dclean(&sp, 0) && untouched(band, 0, sizeof band));
    for (i = 0; i < N_NASTY; i++) {
        memcpy(d, day, sizeof d);
        memcpy(k6, km, sizeof k6);
        d[3] = nasty[i];
        EXPECT(calfcare_progression_spikes(d, 6, km, 6, 121, sp.v, 6, band, 6, &sr, &err), CALFCARE_E_INVALID, "run_day");
        k6[3] = nasty[i];
        EXPECT(calfcare_progression_spikes(day, 6, k6, 6, 121, sp.v, 6, band, 6, &sr, &err), CALFCARE_E_INVALID, "run_km");
        EXPECT(calfcare_progression_spikes(day, 6, km, 6, nasty[i], sp.v, 6, band, 6, &sr, &err), CALFCARE_E_INVALID,
               "next_day");
    }
    memcpy(d, day, sizeof d);
    d[2] = 103.5; /* not whole */
    EXPECT(calfcare_progression_spikes(d, 6, km, 6, 121, sp.v, 6, band, 6, &sr, &err), CALFCARE_E_INVALID, "run_day");
    d[2] = 99; /* going back */
    EXPECT(calfcare_progression_spikes(d, 6, km, 6, 121, sp.v, 6, band, 6, &sr, &err), CALFCARE_E_INVALID, "run_day");
    EXPECT(calfcare_progression_spikes(day, 6, km, 6, 119, sp.v, 6, band, 6, &sr, &err), CALFCARE_E_INVALID, "next_day");
    CHECK(calfcare_progression_spikes(day, 6, km, 6, 121, sp.v, 6, band, 6, &sr, NULL) == CALFCARE_OK);
    CHECK(dclean(&sp, 6) && untouched(band, 6, sizeof band));

    for (i = 0; i < N_NASTY; i++) {
        int b = F(calfcare_progression_spike_classify)(nasty[i]);
        int ab = F(calfcare_progression_acwr_classify)(nasty[i]);
        CHECK(b >= 0 && b < CALFCARE_PROGRESSION_BAND_COUNT && ab >= 0 && ab <= CALFCARE_PROGRESSION_ACWR_BAND_VERY_HIGH);
    }
    CHECK(calfcare_progression_spike_classify(NAN) == CALFCARE_PROGRESSION_BAND_NO_REFERENCE);
    CHECK(calfcare_progression_acwr_classify(NAN) == CALFCARE_PROGRESSION_ACWR_BAND_UNKNOWN);
    CHECK(is_unknown(F(calfcare_progression_band_name)(-1)) && is_unknown(calfcare_progression_band_name(5)));
    CHECK(is_unknown(F(calfcare_progression_acwr_band_name)(-1)) && is_unknown(calfcare_progression_acwr_band_name(5)));
    lam = F(calfcare_progression_lambda)(0, 7);
    CHECK(isnan(lam) && isnan(calfcare_progression_lambda(4, 7)) && isnan(calfcare_progression_lambda(1, 0)) &&
          isnan(calfcare_progression_lambda(1, -5)) && isnan(calfcare_progression_lambda(INT_MIN, INT_MIN)));

    EXPECT(F(calfcare_progression_acwr)(NULL, 14, &p, &ar, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_progression_acwr(days14, 14, NULL, &ar, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_progression_acwr(days14, 14, &p, NULL, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_progression_acwr(days14, 0, &p, &ar, &err), CALFCARE_E_INVALID, "daily_load");
    EXPECT(calfcare_progression_acwr(days14, SIZE_MAX, &p, &ar, &err), CALFCARE_E_BUFFER, "daily_load");
    for (i = 0; i < N_NASTY; i++) {
        double y[14];
        memcpy(y, days14, sizeof y);
        y[13] = nasty[i];
        EXPECT(calfcare_progression_acwr(y, 14, &p, &ar, &err), CALFCARE_E_INVALID, "daily_load");
    }
    bad_params(run_acwr);

    {
        double big[PN + GUARD];
        dbuf *bufs[3] = {&a, &c, &q};
        static const char *const names[3] = {"acute", "chronic", "ratio"};
        int k;
        for (k = 0; k < 3; k++)
            dfill(bufs[k]);
        guard_fill(big, sizeof big);
        EXPECT(F(calfcare_progression_acwr_series)(days14, 14, &p, NULL, 14, c.v, 14, q.v, 14, &ar, &err), CALFCARE_E_NULL,
               NULL);
        EXPECT(calfcare_progression_acwr_series(days14, 14, &p, a.v, 14, NULL, 14, q.v, 14, &ar, &err), CALFCARE_E_NULL, NULL);
        EXPECT(calfcare_progression_acwr_series(days14, 14, &p, a.v, 14, c.v, 14, NULL, 14, &ar, &err), CALFCARE_E_NULL, NULL);
        for (k = 0; k < 3; k++) {
            size_t lens[3] = {PN, PN, PN}, bad_lens[3] = {0, PN - 1, SIZE_MAX}, j;
            for (j = 0; j < 3; j++) {
                lens[0] = lens[1] = lens[2] = PN;
                lens[k] = bad_lens[j];
                EXPECT(calfcare_progression_acwr_series(days14, PN, &p, a.v, lens[0], c.v, lens[1], q.v, lens[2], &ar, &err),
                       CALFCARE_E_BUFFER, names[k]);
            }
        }
        for (k = 0; k < 3; k++)
            CHECK(dclean(bufs[k], 0));
        CHECK(calfcare_progression_acwr_series(days14, PN, &p, a.v, PN, c.v, PN, q.v, PN, &ar, NULL) == CALFCARE_OK);
        for (k = 0; k < 3; k++)
            CHECK(dclean(bufs[k], PN));
        (void)big;
    }
}

static void test_progression_plan_rtr(void)
{
    calfcare_progression_plan_params pp, good;
    calfcare_progression_plan plan;
    calfcare_progression_rtr rtr;
    calfcare_progression_rtr_gate_input gi, ggood;
    calfcare_progression_rtr_gate_result gr;
    int v = 42, ns = 42, nk = 42;
    size_t i;

    EXPECT(F(calfcare_progression_plan_params_init)(NULL, &err), CALFCARE_E_NULL, "params");
    CHECK(calfcare_progression_plan_params_init(&good, NULL) == CALFCARE_OK);
    good.current_km = 20;
    good.target_km = 40;
    EXPECT(F(calfcare_progression_make_plan)(NULL, &plan, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_progression_make_plan(&good, NULL, &err), CALFCARE_E_NULL, NULL);
    for (i = 0; i < N_NASTY; i++) {
        pp = good, pp.current_km = nasty[i];
        EXPECT(calfcare_progression_make_plan(&pp, &plan, &err), CALFCARE_E_INVALID, "current_km");
        pp = good, pp.target_km = nasty[i];
        EXPECT(calfcare_progression_make_plan(&pp, &plan, &err), CALFCARE_E_INVALID, "target_km");
        pp = good, pp.max_increase_pct = nasty[i];
        EXPECT(calfcare_progression_make_plan(&pp, &plan, &err), CALFCARE_E_INVALID, "max_increase_pct");
        pp = good, pp.cutback_pct = nasty[i];
        EXPECT(calfcare_progression_make_plan(&pp, &plan, &err), CALFCARE_E_INVALID, "cutback_pct");
    }
    pp = good, pp.current_km = 0;
    EXPECT(calfcare_progression_make_plan(&pp, &plan, &err), CALFCARE_E_INVALID, "current_km");
    pp = good, pp.cutback_every = 1;
    EXPECT(calfcare_progression_make_plan(&pp, &plan, &err), CALFCARE_E_INVALID, "cutback_every");
    pp = good, pp.cutback_every = INT_MIN;
    EXPECT(calfcare_progression_make_plan(&pp, &plan, &err), CALFCARE_E_INVALID, "cutback_every");
    pp = good, pp.weeks = -1;
    EXPECT(calfcare_progression_make_plan(&pp, &plan, &err), CALFCARE_E_INVALID, "weeks");
    pp = good, pp.weeks = CALFCARE_PROGRESSION_PLAN_MAX_WEEKS + 1;
    EXPECT(calfcare_progression_make_plan(&pp, &plan, &err), CALFCARE_E_INVALID, "weeks");

    EXPECT(F(calfcare_progression_return_to_run)(NULL, &err), CALFCARE_E_NULL, "rtr");
    CHECK(calfcare_progression_return_to_run(&rtr, NULL) == CALFCARE_OK);
    EXPECT(F(calfcare_progression_rtr_gate_input_init)(NULL, &err), CALFCARE_E_NULL, "input");
    CHECK(calfcare_progression_rtr_gate_input_init(&ggood, NULL) == CALFCARE_OK);
    EXPECT(F(calfcare_progression_rtr_gate_check)(NULL, &gr, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_progression_rtr_gate_check(&ggood, NULL, &err), CALFCARE_E_NULL, NULL);
    gi = ggood, gi.walk_pain_free = 2;
    EXPECT(calfcare_progression_rtr_gate_check(&gi, &gr, &err), CALFCARE_E_INVALID, "walk_pain_free");
    gi = ggood, gi.walk_pain_free = INT_MIN;
    EXPECT(calfcare_progression_rtr_gate_check(&gi, &gr, &err), CALFCARE_E_INVALID, "walk_pain_free");
    gi = ggood, gi.hop_pain_free = -2;
    EXPECT(calfcare_progression_rtr_gate_check(&gi, &gr, &err), CALFCARE_E_INVALID, "hop_pain_free");
    /* Every row of the gate's table: each nasty number and a fraction refused by the setter (struct
     * unchanged; -1 is "unknown"), and ints written directly at INT_MIN, INT_MAX and just outside the
     * range (-2: -1 is "unknown") refused by the check, naming the row. */
    for (i = 0; i < calfcare_params_field_count(CALFCARE_PARAMS_TABLE_RTR_GATE); i++) {
        const calfcare_params_field *f = calfcare_params_field_at(CALFCARE_PARAMS_TABLE_RTR_GATE, (int)i);
        const int ints[] = {INT_MIN, INT_MAX, (int)f->min - 2, (int)f->max + 1};
        size_t k;
        for (k = 0; k <= N_NASTY; k++) {
            double x = k < N_NASTY ? nasty[k] : f->min + 0.5;
            if (x == f->unset)
                continue;
            gi = ggood;
            EXPECT(calfcare_params_set(CALFCARE_PARAMS_TABLE_RTR_GATE, &gi, sizeof gi, (int)i, x, &err),
                   CALFCARE_E_INVALID, f->name);
            CHECK(memcmp(&gi, &ggood, sizeof gi) == 0);
        }
        for (k = 0; k < 4; k++) {
            gi = ggood;
            memcpy((char *)&gi + f->offset, &ints[k], sizeof ints[k]);
            EXPECT(calfcare_progression_rtr_gate_check(&gi, &gr, &err), CALFCARE_E_INVALID, f->name);
        }
    }
    EXPECT(calfcare_params_set_text(CALFCARE_PARAMS_TABLE_RTR_GATE, &gi, sizeof gi, 1, "25.5", &err),
           CALFCARE_E_INVALID, "heel_raises_left");
    EXPECT(calfcare_params_set_text(CALFCARE_PARAMS_TABLE_RTR_GATE, &gi, sizeof gi, 3, "maybe", &err),
           CALFCARE_E_INVALID, "hop_pain_free");

    EXPECT(F(calfcare_progression_rtr_advance)(0, 0, 1, &ns, &nk, &err), CALFCARE_E_INVALID, "stage");
    EXPECT(calfcare_progression_rtr_advance(CALFCARE_PROGRESSION_RTR_STAGES + 1, 0, 1, &ns, &nk, &err), CALFCARE_E_INVALID,
           "stage");
    EXPECT(calfcare_progression_rtr_advance(INT_MIN, 0, 1, &ns, &nk, &err), CALFCARE_E_INVALID, "stage");
    EXPECT(calfcare_progression_rtr_advance(2, -1, 1, &ns, &nk, &err), CALFCARE_E_INVALID, "clean_streak");
    EXPECT(calfcare_progression_rtr_advance(2, 2, 1, &ns, &nk, &err), CALFCARE_E_INVALID, "clean_streak");
    EXPECT(calfcare_progression_rtr_advance(2, 0, 2, &ns, &nk, &err), CALFCARE_E_INVALID, "pain_free");
    EXPECT(calfcare_progression_rtr_advance(2, 0, -1, &ns, &nk, &err), CALFCARE_E_INVALID, "pain_free");
    EXPECT(calfcare_progression_rtr_advance(2, 0, 1, NULL, &nk, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_progression_rtr_advance(2, 0, 1, &ns, NULL, &err), CALFCARE_E_NULL, NULL);
    CHECK(ns == 42 && nk == 42);

    {
        typeof(calfcare_progression_decay_parse) *const parse[3] = {F(calfcare_progression_decay_parse),
                                                                    F(calfcare_progression_seed_parse),
                                                                    F(calfcare_progression_coupling_parse)};
        typeof(calfcare_progression_decay_name) *const name[3] = {F(calfcare_progression_decay_name),
                                                                  F(calfcare_progression_seed_name),
                                                                  F(calfcare_progression_coupling_name)};
        static const char *const fields[3] = {"decay", "seed", "coupling"};
        static const char *const good_words[3] = {"exp", "zero", "coupled"};
        static const char *const bad_words[] = {"", "EXP", "Zero", " coupled", "2/(N+1)", "unknown", "\xff"};
        static const int bad_vals[] = {INT_MIN, -1, 0, 4, INT_MAX};
        int k;
        for (k = 0; k < 3; k++) {
            EXPECT(parse[k](NULL, &v, &err), CALFCARE_E_NULL, NULL);
            EXPECT(parse[k](good_words[k], NULL, &err), CALFCARE_E_NULL, NULL);
            for (i = 0; i < sizeof bad_words / sizeof bad_words[0]; i++)
                EXPECT(parse[k](bad_words[i], &v, &err), CALFCARE_E_INVALID, fields[k]);
            for (i = 0; i < sizeof bad_vals / sizeof bad_vals[0]; i++)
                CHECK(is_unknown(name[k](bad_vals[i] == 4 && k ? 3 : bad_vals[i])));
        }
        CHECK(v == 42);
    }
}

static void test_batch(void)
{
    enum { R = 3, D = 10, C = CALFCARE_PROGRESSION_BATCH_COLUMNS };
    double x[R * D], res[R * C + GUARD], ratio[R * D + GUARD];
    calfcare_progression_params p;
    size_t i;

    CHECK(F(calfcare_progression_batch_columns)() == C);
    CHECK(calfcare_progression_params_init(&p, NULL) == CALFCARE_OK);
    for (i = 0; i < R * D; i++)
        x[i] = (double)(i % 7);
    guard_fill(res, sizeof res);
    guard_fill(ratio, sizeof ratio);
    EXPECT(F(calfcare_progression_batch)(NULL, R * D, R, D, &p, res, R * C, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_progression_batch(x, R * D, R, D, NULL, res, R * C, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_progression_batch(x, R * D, R, D, &p, NULL, R * C, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_progression_batch(x, R * D, 0, D, &p, res, R * C, &err), CALFCARE_E_INVALID, "runners");
    EXPECT(calfcare_progression_batch(x, R * D, SIZE_MAX, D, &p, res, R * C, &err), CALFCARE_E_INVALID, "runners");
    EXPECT(calfcare_progression_batch(x, R * D, R, 0, &p, res, R * C, &err), CALFCARE_E_INVALID, "days");
    EXPECT(calfcare_progression_batch(x, R * D, R, SIZE_MAX, &p, res, R * C, &err), CALFCARE_E_INVALID, "days");
    EXPECT(calfcare_progression_batch(x, 0, R, D, &p, res, R * C, &err), CALFCARE_E_INVALID, "daily_km");
    EXPECT(calfcare_progression_batch(x, SIZE_MAX, R, D, &p, res, R * C, &err), CALFCARE_E_BUFFER, "daily_km");
    EXPECT(calfcare_progression_batch(x, R * D - 1, R, D, &p, res, R * C, &err), CALFCARE_E_BUFFER, "daily_km");
    /* runners x days overflows size_t: refused before anything is read */
    EXPECT(calfcare_progression_batch(x, R * D, SIZE_MAX / 2, 3, &p, res, R * C, &err), CALFCARE_E_BUFFER, "daily_km");
    EXPECT(calfcare_progression_batch(x, R * D, R, D, &p, res, 0, &err), CALFCARE_E_BUFFER, "results");
    EXPECT(calfcare_progression_batch(x, R * D, R, D, &p, res, R * C - 1, &err), CALFCARE_E_BUFFER, "results");
    EXPECT(calfcare_progression_batch(x, R * D, R, D, &p, res, SIZE_MAX, &err), CALFCARE_E_BUFFER, "results");
    CHECK(untouched(res, 0, sizeof res));
    for (i = 0; i < N_NASTY; i++) {
        double y[R * D];
        memcpy(y, x, sizeof y);
        y[R * D - 1] = nasty[i];
        EXPECT(calfcare_progression_batch(y, R * D, R, D, &p, res, R * C, &err), CALFCARE_E_INVALID, "daily_km");
        EXPECT(F(calfcare_progression_batch_acwr)(y, R * D, R, D, &p, ratio, R * D, &err), CALFCARE_E_INVALID, "daily_km");
        CHECK(untouched(res, R * C * sizeof(double), sizeof res));
    }
    guard_fill(res, sizeof res);
    CHECK(calfcare_progression_batch(x, R * D, R, D, &p, res, R * C, NULL) == CALFCARE_OK);
    CHECK(untouched(res, R * C * sizeof(double), sizeof res));

    guard_fill(ratio, sizeof ratio);
    EXPECT(calfcare_progression_batch_acwr(x, R * D, R, D, &p, NULL, R * D, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_progression_batch_acwr(x, R * D, R, D, &p, ratio, 0, &err), CALFCARE_E_BUFFER, "ratio");
    EXPECT(calfcare_progression_batch_acwr(x, R * D, R, D, &p, ratio, R * D - 1, &err), CALFCARE_E_BUFFER, "ratio");
    EXPECT(calfcare_progression_batch_acwr(x, R * D, R, D, &p, ratio, SIZE_MAX, &err), CALFCARE_E_BUFFER, "ratio");
    EXPECT(calfcare_progression_batch_acwr(x, R * D, 0, D, &p, ratio, R * D, &err), CALFCARE_E_INVALID, "runners");
    EXPECT(calfcare_progression_batch_acwr(x, R * D + 1, R, D, &p, ratio, R * D, &err), CALFCARE_E_BUFFER, "daily_km");
    CHECK(untouched(ratio, 0, sizeof ratio));
    CHECK(calfcare_progression_batch_acwr(x, R * D, R, D, &p, ratio, R * D, NULL) == CALFCARE_OK);
    CHECK(untouched(ratio, R * D * sizeof(double), sizeof ratio));
}

/* ---- shoes -------------------------------------------------------------------------------- */

static void test_shoes(void)
{
    calfcare_input in, dx, garbage;
    calfcare_shoes_advice out;
    calfcare_shoes_size_result sz;
    double left = 3;
    size_t i;
    static const int bad[] = {INT_MIN, -1, 4, 100, INT_MAX};

    for (i = 0; i < N_NASTY; i++) {
        EXPECT(F(calfcare_shoes_km_left)(nasty[i], 800, &left, &err), CALFCARE_E_INVALID, "shoe_km");
        EXPECT(calfcare_shoes_km_left(300, nasty[i], &left, &err), CALFCARE_E_INVALID, "limit_km");
        EXPECT(F(calfcare_shoes_size)(nasty[i], 10, &sz, &err), CALFCARE_E_INVALID, "foot_length_mm");
        EXPECT(calfcare_shoes_size(250, nasty[i], &sz, &err), CALFCARE_E_INVALID, "toe_room_mm");
    }
    EXPECT(calfcare_shoes_km_left(10000.5, 800, &left, &err), CALFCARE_E_INVALID, "shoe_km");
    EXPECT(calfcare_shoes_km_left(300, 99, &left, &err), CALFCARE_E_INVALID, "limit_km");
    EXPECT(calfcare_shoes_km_left(300, 800, NULL, &err), CALFCARE_E_NULL, NULL);
    CHECK(left == 3);
    EXPECT(calfcare_shoes_size(149.9, 10, &sz, &err), CALFCARE_E_INVALID, "foot_length_mm");
    EXPECT(calfcare_shoes_size(250, 15.1, &sz, &err), CALFCARE_E_INVALID, "toe_room_mm");
    EXPECT(calfcare_shoes_size(250, 10, NULL, &err), CALFCARE_E_NULL, NULL);

    CHECK(calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_SHOES, NULL) == CALFCARE_OK);
    CHECK(calfcare_input_init(&dx, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, NULL) == CALFCARE_OK);
    memset(&garbage, 0x77, sizeof garbage);
    EXPECT(F(calfcare_shoes_advise)(NULL, &out, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_shoes_advise(&in, NULL, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_shoes_advise(&garbage, &out, &err), CALFCARE_E_STATE, NULL);
    EXPECT(calfcare_shoes_advise(&dx, &out, &err), CALFCARE_E_STATE, NULL);
    EXPECT(calfcare_shoes_advise(&in, &out, &err), CALFCARE_E_INVALID, "foot_length_mm"); /* required */
    CHECK(calfcare_input_set(&in, CALFCARE_SHOES_FOOT_LENGTH_MM, 150, NULL) == CALFCARE_OK);
    CHECK(calfcare_input_set(&in, CALFCARE_SHOES_FOOT_WIDTH_MM, 90, NULL) == CALFCARE_OK); /* 60% of the length */
    EXPECT(calfcare_shoes_advise(&in, &out, &err), CALFCARE_E_INVALID, "foot_width_mm");
    CHECK(calfcare_input_set(&in, CALFCARE_SHOES_FOOT_LENGTH_MM, 350, NULL) == CALFCARE_OK);
    CHECK(calfcare_input_set(&in, CALFCARE_SHOES_FOOT_WIDTH_MM, 80, NULL) == CALFCARE_OK); /* 23% */
    EXPECT(calfcare_shoes_advise(&in, &out, &err), CALFCARE_E_INVALID, "foot_width_mm");

    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK(is_unknown(F(calfcare_shoes_width_name)(bad[i])));
        CHECK(strcmp(F(calfcare_shoes_width_letter)(bad[i], CALFCARE_SEX_MALE), "") == 0);
        CHECK(strcmp(calfcare_shoes_width_letter(CALFCARE_SHOES_WIDTH_WIDE, bad[i] == 4 ? 2 : bad[i]), "") == 0);
        CHECK(is_unknown(F(calfcare_shoes_category_name)(bad[i] == 4 ? 3 : bad[i])));
        CHECK(is_unknown(F(calfcare_shoes_drop_name)(bad[i])));
    }
    CHECK(strcmp(calfcare_shoes_width_letter(CALFCARE_SHOES_WIDTH_UNKNOWN, CALFCARE_SEX_MALE), "") == 0);

    /* brand charts: bad brand, sex, foot, toe room, row and NULL outputs */
    {
        calfcare_shoes_brand_size_result bs;
        calfcare_shoes_chart info;
        calfcare_shoes_chart_entry row;
        for (i = 0; i < N_NASTY; i++) {
            EXPECT(F(calfcare_shoes_brand_size)(0, 1, nasty[i], 10, &bs, &err), CALFCARE_E_INVALID, "foot_length_mm");
            EXPECT(calfcare_shoes_brand_size(0, 1, 250, nasty[i], &bs, &err), CALFCARE_E_INVALID, "toe_room_mm");
        }
        for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
            int brand = bad[i] == 4 ? CALFCARE_SHOES_BRAND_COUNT : bad[i];
            EXPECT(calfcare_shoes_brand_size(brand, 1, 250, 10, &bs, &err), CALFCARE_E_INVALID, "brand");
            EXPECT(F(calfcare_shoes_chart_info)(brand, 1, &info, &err), CALFCARE_E_INVALID, "brand");
            EXPECT(F(calfcare_shoes_chart_row)(brand, 1, 0, &row, &err), CALFCARE_E_INVALID, "brand");
            EXPECT(calfcare_shoes_chart_info(0, bad[i], &info, &err), CALFCARE_E_INVALID, "sex");
            CHECK(is_unknown(F(calfcare_shoes_brand_name)(brand)));
        }
        EXPECT(calfcare_shoes_brand_size(0, 2, 250, 10, &bs, &err), CALFCARE_E_INVALID, "sex");
        EXPECT(calfcare_shoes_brand_size(0, -2, 250, 10, &bs, &err), CALFCARE_E_INVALID, "sex");
        EXPECT(calfcare_shoes_chart_info(0, CALFCARE_SEX_FEMALE, &info, &err), CALFCARE_E_INVALID, "sex");
        EXPECT(calfcare_shoes_chart_row(0, 1, (size_t)-1, &row, &err), CALFCARE_E_INVALID, "row");
        EXPECT(calfcare_shoes_brand_size(0, 1, 250, 10, NULL, &err), CALFCARE_E_NULL, NULL);
        EXPECT(calfcare_shoes_chart_info(0, 1, NULL, &err), CALFCARE_E_NULL, NULL);
        EXPECT(calfcare_shoes_chart_row(0, 1, 0, NULL, &err), CALFCARE_E_NULL, NULL);
    }
}

/* ---- every exported function exercised ------------------------------------------------------ */

static int check_coverage(const char *symfile)
{
    FILE *f = fopen(symfile, "r");
    char line[256];
    int missing = 0, listed = 0;
    size_t i;
    if (!f) {
        fprintf(stderr, "badinput: cannot open the export list %s\n", symfile);
        return 1;
    }
    while (fgets(line, sizeof line, f)) {
        size_t n = strcspn(line, " \t\r\n");
        int found = 0;
        line[n] = '\0';
        if (!n || line[0] == '#')
            continue;
        listed++;
        for (i = 0; i < nused; i++)
            if (strcmp(used[i], line) == 0)
                found = 1;
        if (!found) {
            fprintf(stderr, "badinput: %s is exported (%s) but not exercised by tests/qa/badinput.c\n", line, symfile);
            missing++;
        }
    }
    fclose(f);
    /* And nothing exercised here that the library does not export (a stale name). */
    for (i = 0; i < nused; i++) {
        FILE *g = fopen(symfile, "r");
        int found = 0;
        while (g && fgets(line, sizeof line, g)) {
            line[strcspn(line, " \t\r\n")] = '\0';
            if (strcmp(line, used[i]) == 0)
                found = 1;
        }
        if (g)
            fclose(g);
        if (!found) {
            fprintf(stderr, "badinput: %s is exercised but not in %s\n", used[i], symfile);
            missing++;
        }
    }
    printf("badinput: %d exported functions, %zu exercised, %d missing\n", listed, nused, missing);
    return missing != 0;
}

/* ---- training logs ------------------------------------------------------------------------ */

static void test_log(void)
{
    static const char *const own[] = {"date", "distance_km"};
    static const char *const garmin[] = {"Activity Type", "Date", "Distance"};
    const char *row[2] = {"2026-01-05", "5"};
    calfcare_log_reader rd;
    calfcare_log_run run, runs[2];
    calfcare_log_options o;
    calfcare_log_sizes sz;
    calfcare_log_report rep;
    calfcare_log_week weeks[2 + GUARD];
    double work[128 + GUARD], v, s;
    char buf[11 + GUARD];
    int t, u;
    size_t i, n;

    CHECK(is_unknown(F(calfcare_log_format_name)(-1)) && is_unknown(calfcare_log_format_name(INT_MAX)));
    CHECK(is_unknown(F(calfcare_log_units_name)(-1)) && is_unknown(calfcare_log_units_name(99)));
    CHECK(strcmp(F(calfcare_log_climb_unit)(-1), "m") == 0 && strcmp(calfcare_log_climb_unit(INT_MAX), "m") == 0);
    CHECK(isnan(F(calfcare_log_climb_in_units)(NAN, CALFCARE_LOG_UNITS_MI)) &&
          calfcare_log_climb_in_units(3.048, INT_MIN) == 3.048);
    EXPECT(F(calfcare_log_units_parse)(NULL, &u, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_log_units_parse("km", NULL, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_log_units_parse("KM", &u, &err), CALFCARE_E_INVALID, "units");
    EXPECT(calfcare_log_units_parse("", &u, &err), CALFCARE_E_INVALID, "units");
    EXPECT(F(calfcare_log_day)(2026, 2, 29, &v, &err), CALFCARE_E_INVALID, "date");
    EXPECT(calfcare_log_day(INT_MIN, 1, 1, &v, &err), CALFCARE_E_INVALID, "date");
    EXPECT(calfcare_log_day(2026, 1, 1, NULL, &err), CALFCARE_E_NULL, NULL);
    EXPECT(F(calfcare_log_date_parse)(NULL, &s, &t, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_log_date_parse("2026-01-01", NULL, &t, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_log_date_parse("2026-01-01", &s, NULL, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_log_date_parse("99999-01-01", &s, &t, &err), CALFCARE_E_INVALID, "date");
    EXPECT(calfcare_log_date_parse("Feb 99999999999999999999, 2024", &s, &t, &err), CALFCARE_E_INVALID, "date");
    guard_fill(buf, sizeof buf);
    EXPECT(F(calfcare_log_date_format)(0, buf, 10, &err), CALFCARE_E_BUFFER, "buf");
    CHECK(untouched(buf, 0, sizeof buf));
    for (i = 0; i < N_NASTY; i++) /* -1 is a day: 1969-12-31 */
        if (nasty[i] != -1.0)
            EXPECT(calfcare_log_date_format(nasty[i], buf, sizeof buf, &err), CALFCARE_E_INVALID, "day");
    CHECK(untouched(buf, 0, sizeof buf));
    EXPECT(calfcare_log_date_format(0, NULL, 11, &err), CALFCARE_E_NULL, NULL);
    EXPECT(F(calfcare_log_number_parse)(NULL, &v, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_log_number_parse("1", NULL, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_log_number_parse("1e99999", &v, &err), CALFCARE_E_INVALID, "number");
    EXPECT(calfcare_log_number_parse("0x10", &v, &err), CALFCARE_E_INVALID, "number");

    EXPECT(F(calfcare_log_reader_init)(NULL, 0, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_log_reader_init(&rd, -1, &err), CALFCARE_E_INVALID, "units");
    EXPECT(calfcare_log_reader_init(&rd, CALFCARE_LOG_UNITS_M, &err), CALFCARE_E_INVALID, "units");
    CHECK(calfcare_log_reader_init(&rd, 0, &err) == CALFCARE_OK);
    EXPECT(F(calfcare_log_row)(&rd, row, 2, 2, &run, &err), CALFCARE_E_STATE, NULL);
    EXPECT(F(calfcare_log_header)(NULL, own, 2, 1, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_log_header(&rd, NULL, 2, 1, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_log_header(&rd, own, 0, 1, &err), CALFCARE_E_INVALID, "header");
    EXPECT(calfcare_log_header(&rd, own, SIZE_MAX, 1, &err), CALFCARE_E_INVALID, "header");
    EXPECT(calfcare_log_header(&rd, garmin, 3, 1, &err), CALFCARE_E_INVALID, "units");
    CHECK(calfcare_log_reader_init(&rd, 0, &err) == CALFCARE_OK);
    CHECK(calfcare_log_header(&rd, own, 2, 1, &err) == CALFCARE_OK);
    CHECK(F(calfcare_log_column_role)(NULL, 0) == CALFCARE_LOG_COL_IGNORED);
    CHECK(calfcare_log_column_role(&rd, SIZE_MAX) == CALFCARE_LOG_COL_IGNORED);
    CHECK(F(calfcare_log_skipped_type)(NULL, 0, &n) == NULL && calfcare_log_skipped_type(&rd, SIZE_MAX, NULL) == NULL);
    EXPECT(calfcare_log_row(NULL, row, 2, 2, &run, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_log_row(&rd, NULL, 2, 2, &run, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_log_row(&rd, row, 2, 2, NULL, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_log_row(&rd, row, 1, 2, &run, &err), CALFCARE_E_INVALID, "fields");
    EXPECT(calfcare_log_row(&rd, row, SIZE_MAX, 2, &run, &err), CALFCARE_E_INVALID, "fields");
    {
        static const char *const kms[] = {"-1", "320.1", "nan", "inf", "1e400", "", "--", "5km"};
        const char *r2[2];
        r2[0] = "2026-01-05";
        for (i = 0; i < sizeof kms / sizeof kms[0]; i++) {
            r2[1] = kms[i];
            EXPECT(calfcare_log_row(&rd, r2, 2, 2, &run, &err), CALFCARE_E_INVALID, "distance_km");
        }
    }
    EXPECT(F(calfcare_log_run_localize)(NULL, 0, &err), CALFCARE_E_NULL, NULL);
    CHECK(calfcare_log_row(&rd, row, 2, 2, &run, &err) == CALFCARE_OK);
    for (i = 0; i < N_NASTY; i++) /* -1 s and -DBL_MIN s are offsets within +/-18 h */
        if (nasty[i] != -1.0 && nasty[i] != -DBL_MIN)
            EXPECT(calfcare_log_run_localize(&run, nasty[i], &err), CALFCARE_E_INVALID, "utc_offset_s");

    EXPECT(F(calfcare_log_options_init)(NULL, &err), CALFCARE_E_NULL, NULL);
    CHECK(calfcare_log_options_init(&o, &err) == CALFCARE_OK);
    runs[0] = run;
    runs[1] = run;
    runs[1].day += 3;
    EXPECT(F(calfcare_log_check_size)(runs, 2, &o, &sz, &err), CALFCARE_E_INVALID, "until"); /* until not set */
    for (i = 0; i < N_NASTY; i++) {
        o.until = nasty[i]; /* -1 is a day before the runs: they are refused instead */
        EXPECT(calfcare_log_check_size(runs, 2, &o, &sz, &err), CALFCARE_E_INVALID, nasty[i] == -1.0 ? "day" : "until");
    }
    o.until = runs[1].day + 10;
    EXPECT(calfcare_log_check_size(NULL, 2, &o, &sz, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_log_check_size(runs, 2, NULL, &sz, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_log_check_size(runs, 2, &o, NULL, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_log_check_size(runs, 0, &o, &sz, &err), CALFCARE_E_INVALID, "runs");
    EXPECT(calfcare_log_check_size(runs, SIZE_MAX, &o, &sz, &err), CALFCARE_E_BUFFER, "runs");
    for (i = 0; i < N_NASTY; i++) {
        runs[1].km = nasty[i];
        EXPECT(calfcare_log_check_size(runs, 2, &o, &sz, &err), CALFCARE_E_INVALID, "distance_km");
        runs[1].km = 5;
        runs[1].day = nasty[i];
        if (nasty[i] != -1.0) /* 1969-12-31 is a day */
            EXPECT(calfcare_log_check_size(runs, 2, &o, &sz, &err), CALFCARE_E_INVALID, "day");
        runs[1].day = runs[0].day + 3;
    }
    runs[1].kind = CALFCARE_LOG_ROW_SKIPPED;
    EXPECT(calfcare_log_check_size(runs, 2, &o, &sz, &err), CALFCARE_E_INVALID, "runs");
    runs[1].kind = CALFCARE_LOG_ROW_RUN;
    CHECK(calfcare_log_check_size(runs, 2, &o, &sz, &err) == CALFCARE_OK);
    CHECK(sz.work_n + GUARD <= sizeof work / sizeof work[0] && sz.weeks_n == 2);
    guard_fill(work, sizeof work);
    guard_fill(weeks, sizeof weeks);
    EXPECT(F(calfcare_log_check)(runs, 2, &o, work, sz.work_n - 1, weeks, 2, &rep, &err), CALFCARE_E_BUFFER, "work");
    EXPECT(calfcare_log_check(runs, 2, &o, work, SIZE_MAX, weeks, 2, &rep, &err), CALFCARE_E_BUFFER, "work");
    EXPECT(calfcare_log_check(runs, 2, &o, work, sz.work_n, weeks, 1, &rep, &err), CALFCARE_E_BUFFER, "weeks");
    EXPECT(calfcare_log_check(runs, 2, &o, work, sz.work_n, weeks, SIZE_MAX, &rep, &err), CALFCARE_E_BUFFER, "weeks");
    CHECK(untouched(work, 0, sizeof work) && untouched(weeks, 0, sizeof weeks));
    EXPECT(calfcare_log_check(runs, 2, &o, NULL, sz.work_n, weeks, 2, &rep, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_log_check(runs, 2, &o, work, sz.work_n, NULL, 2, &rep, &err), CALFCARE_E_NULL, NULL);
    EXPECT(calfcare_log_check(runs, 2, &o, work, sz.work_n, weeks, 2, NULL, &err), CALFCARE_E_NULL, NULL);
    o.params.acute_days = 0;
    EXPECT(calfcare_log_check(runs, 2, &o, work, sz.work_n, weeks, 2, &rep, &err), CALFCARE_E_INVALID, "acute_days");
    o.params.acute_days = 7;
    for (i = 0; i < N_NASTY; i++) {
        o.since = nasty[i]; /* NaN is the default window, -1 a day before the log */
        if (!isnan(nasty[i]) && nasty[i] != -1.0)
            EXPECT(calfcare_log_check(runs, 2, &o, work, sz.work_n, weeks, 2, &rep, &err), CALFCARE_E_INVALID, "since");
    }
    o.since = NAN;
    guard_fill(work, sizeof work);
    guard_fill(weeks, sizeof weeks);
    CHECK(calfcare_log_check(runs, 2, &o, work, sz.work_n, weeks, 2, &rep, NULL) == CALFCARE_OK);
    CHECK(untouched(work, sz.work_n * sizeof work[0], sizeof work) &&
          untouched(weeks, 2 * sizeof weeks[0], sizeof weeks));
}

int main(int argc, char **argv)
{
    char path[4096];
    const char *sym = argc > 1 ? argv[1] : NULL;
    memset(guard_pattern, 0xA5, sizeof guard_pattern);
    if (!sym) {
        const char *top = getenv("top_srcdir");
        snprintf(path, sizeof path, "%s/lib/libcalfcare.sym", top ? top : ".");
        sym = path;
    }
    test_common();
    test_input();
    test_diagnosis();
    test_relief_build();
    test_params();
    test_parse();
    test_relief_timer();
    test_progression_weekly();
    test_progression_spikes_acwr();
    test_progression_plan_rtr();
    test_batch();
    test_shoes();
    test_log();
    if (check_coverage(sym))
        failures++;
    if (failures)
        fprintf(stderr, "badinput: %d failed checks\n", failures);
    else
        printf("badinput: every call refused bad input cleanly, nothing written past a buffer\n");
    return failures ? 1 : 0;
}
