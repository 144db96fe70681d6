/* Tests of calfcare/diagnosis.h, and of the generic input mechanism (calfcare/input.h) through the
 * first real schema. Expected values are worked out by hand from the rules in docs/diagnosis.md;
 * the arithmetic is in the comment next to each assertion. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <calfcare.h>

#include "suites.h"

/* The id of a field by name (-1 when the schema has none): calfcare_input_field_parse() without
 * the error detail. */
static int field_id(int schema, const char *name)
{
    int id;
    return calfcare_input_field_parse(schema, name, &id, NULL) == CALFCARE_OK ? id : -1;
}

static calfcare_input in;
static calfcare_diagnosis dx;
static calfcare_error err;

static void setup(void)
{
    ck_assert_int_eq(calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, &err), CALFCARE_OK);
    memset(&dx, 0x5a, sizeof dx);
    calfcare_error_clear(&err);
}

/* Set a field from text as the CLI would, asserting success. */
static void set(int id, const char *text)
{
    calfcare_status st = calfcare_input_set_text(&in, id, text, &err);
    ck_assert_msg(st == CALFCARE_OK, "setting field %d to '%s': %s", id, text, err.message);
}

static void run(void)
{
    ck_assert_int_eq(calfcare_diagnosis_assess(&in, &dx, &err), CALFCARE_OK);
}

static const calfcare_diagnosis_cause_score *cause(int c)
{
    for (int i = 0; i < CALFCARE_DIAGNOSIS_CAUSE_COUNT; i++)
        if (dx.causes[i].cause == c)
            return &dx.causes[i];
    ck_abort_msg("cause %d missing", c);
    return NULL;
}

static int cause_has(int c, int code)
{
    const calfcare_diagnosis_cause_score *x = cause(c);
    for (unsigned i = 0; i < x->reason_count; i++)
        if (x->reasons[i] == code)
            return 1;
    return 0;
}

static const calfcare_diagnosis_flag *flag(int f)
{
    for (unsigned i = 0; i < dx.flag_count; i++)
        if (dx.flags[i].flag == f)
            return &dx.flags[i];
    return NULL;
}

static int flag_has(int f, int code)
{
    const calfcare_diagnosis_flag *x = flag(f);
    if (!x)
        return 0;
    for (unsigned i = 0; i < x->reason_count; i++)
        if (x->reasons[i] == code)
            return 1;
    return 0;
}

static const calfcare_diagnosis_advice *advice(int code)
{
    for (unsigned i = 0; i < dx.advice_count; i++)
        if (dx.advice[i].code == code)
            return &dx.advice[i];
    return NULL;
}

/* Score of one cause after running the diagnosis on the current input. */
static double score(int c)
{
    run();
    return cause(c)->score;
}

#define ASSERT_SCORE(c, expect) ck_assert_double_eq_tol(score(c), (expect), 1e-12)

/* ==== the generic input mechanism, through the diagnosis schema ============================ */

START_TEST(test_schema_names_are_the_cli_options)
{
    static const char *const names[] = {
        "weekly_km", "last_run_km", "longest_run_30d_km", "warmup", "stretch_after", "foot_strike", "cadence",
        "overstride", "heel_raises", "knee_to_wall_cm", "shoe_km", "shoe_age_months", "shoe_drop_mm",
        "previous_drop_mm", "cushioning", "minimalist", "age", "sex", "body_mass_kg", "previous_calf_strain",
        "active_cancer", "paralysis_or_cast", "bedridden_or_surgery", "deep_vein_tenderness", "whole_leg_swollen",
        "calf_swelling_cm", "pitting_edema", "collateral_veins", "previous_dvt", "alternative_diagnosis_likely",
        "sudden_pop", "weak_push_off", "thompson_positive", "palpable_gap", "bruising",
        "predictable_exertional_pain", "numbness", "night_pain", "rest_pain", "focal_bone_tenderness",
        "pain_on_hopping", "fever", "cannot_walk_4_steps", "max_increase_pct", "cadence_increase_pct",
        "heel_raises_norm", "knee_to_wall_min_cm", "shoe_limit_km", "minimalist_weekly_km", "shoe_limit_months",
        "weekly_climb_m", "weekly_hard_min", "speed_work_added", "hill_training_added"};
    ck_assert_uint_eq(sizeof names / sizeof names[0], CALFCARE_DIAGNOSIS_FIELD_COUNT);
    ck_assert_uint_eq(calfcare_input_field_count(CALFCARE_INPUT_SCHEMA_DIAGNOSIS), CALFCARE_DIAGNOSIS_FIELD_COUNT);
    for (int i = 0; i < CALFCARE_DIAGNOSIS_FIELD_COUNT; i++) {
        const calfcare_input_field *f = calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, i);
        ck_assert_str_eq(f->name, names[i]);
        ck_assert_int_eq(f->id, i);
        ck_assert(strlen(f->help) > 0);
    }
    /* The CLI spelling finds the field too. */
    ck_assert_int_eq(field_id(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, "cannot-walk-4-steps"), CALFCARE_DIAGNOSIS_CANNOT_WALK_4_STEPS);
    ck_assert_int_eq(field_id(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, "knee-to-wall-cm"), CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM);
}
END_TEST

START_TEST(test_schema_field_kinds)
{
    const calfcare_input_field *f;
    static const int yes_no[] = {CALFCARE_DIAGNOSIS_OVERSTRIDE, CALFCARE_DIAGNOSIS_MINIMALIST, CALFCARE_DIAGNOSIS_PREVIOUS_CALF_STRAIN};
    for (size_t i = 0; i < 3; i++) {
        f = calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, yes_no[i]);
        ck_assert_int_eq(f->type, CALFCARE_INPUT_FIELD_CHOICE);
        ck_assert_str_eq(f->choices[0], "no");
        ck_assert_str_eq(f->choices[1], "yes");
        ck_assert_ptr_null(f->choices[2]);
    }
    /* Every symptom but the swelling in cm is a switch. */
    for (int id = CALFCARE_DIAGNOSIS_ACTIVE_CANCER; id <= CALFCARE_DIAGNOSIS_CANNOT_WALK_4_STEPS; id++) {
        f = calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, id);
        ck_assert_int_eq(f->type, id == CALFCARE_DIAGNOSIS_CALF_SWELLING_CM ? CALFCARE_INPUT_FIELD_NUMBER : CALFCARE_INPUT_FIELD_SWITCH);
    }
    f = calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, CALFCARE_DIAGNOSIS_HEEL_RAISES);
    ck_assert_uint_eq(f->min_count, 2);
    ck_assert_uint_eq(f->max_count, 2);
    ck_assert_uint_eq(f->flags & CALFCARE_INPUT_FIELD_WHOLE, CALFCARE_INPUT_FIELD_WHOLE);
    f = calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM);
    ck_assert_uint_eq(f->min_count, 2);
    ck_assert_uint_eq(f->max_count, 2);
    f = calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, CALFCARE_DIAGNOSIS_WEEKLY_KM);
    ck_assert_uint_eq(f->min_count, 1);
    ck_assert_uint_eq(f->max_count, 52);
    f = calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, CALFCARE_DIAGNOSIS_CADENCE);
    ck_assert(f->min == 120 && f->max == 240);
    ck_assert_str_eq(f->unit, "steps/min");
    f = calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, CALFCARE_DIAGNOSIS_FOOT_STRIKE);
    ck_assert_str_eq(f->choices[CALFCARE_DIAGNOSIS_FOOT_STRIKE_FOREFOOT], "forefoot");
    f = calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, CALFCARE_DIAGNOSIS_WARMUP);
    ck_assert_str_eq(f->choices[CALFCARE_DIAGNOSIS_HABIT_SOMETIMES], "sometimes");
    f = calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, CALFCARE_DIAGNOSIS_CUSHIONING);
    ck_assert_str_eq(f->choices[CALFCARE_CUSHIONING_FIRM], "firm");
    f = calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, CALFCARE_DIAGNOSIS_SEX);
    ck_assert_str_eq(f->choices[CALFCARE_SEX_MALE], "male");
}
END_TEST

START_TEST(test_input_set_text_numbers_lists_words)
{
    double v;
    set(CALFCARE_DIAGNOSIS_CADENCE, "172");
    ck_assert_uint_eq(calfcare_input_count(&in, CALFCARE_DIAGNOSIS_CADENCE), 1);
    ck_assert_int_eq(calfcare_input_get(&in, CALFCARE_DIAGNOSIS_CADENCE, 0, &v, &err), CALFCARE_OK);
    ck_assert(v == 172);
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "40, 44,52.5");
    ck_assert_uint_eq(calfcare_input_count(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM), 3);
    ck_assert_int_eq(calfcare_input_get(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM, 2, &v, &err), CALFCARE_OK);
    ck_assert(v == 52.5);
    ck_assert_int_eq(calfcare_input_get(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM, 0, &v, &err), CALFCARE_OK);
    ck_assert(v == 40);
    set(CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM, "12.5,11");
    ck_assert_int_eq(calfcare_input_get(&in, CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM, 1, &v, &err), CALFCARE_OK);
    ck_assert(v == 11);
    set(CALFCARE_DIAGNOSIS_WARMUP, "always");
    ck_assert_int_eq(calfcare_input_get(&in, CALFCARE_DIAGNOSIS_WARMUP, 0, &v, &err), CALFCARE_OK);
    ck_assert(v == CALFCARE_DIAGNOSIS_HABIT_ALWAYS); /* index 2 of never|sometimes|always */
    set(CALFCARE_DIAGNOSIS_OVERSTRIDE, "yes");
    ck_assert_int_eq(calfcare_input_get(&in, CALFCARE_DIAGNOSIS_OVERSTRIDE, 0, &v, &err), CALFCARE_OK);
    ck_assert(v == CALFCARE_YES);
    set(CALFCARE_DIAGNOSIS_FEVER, "yes"); /* a switch takes yes/no as text */
    ck_assert_int_eq(calfcare_input_get(&in, CALFCARE_DIAGNOSIS_FEVER, 0, &v, &err), CALFCARE_OK);
    ck_assert(v == 1);
    set(CALFCARE_DIAGNOSIS_FEVER, "no");
    ck_assert_uint_eq(calfcare_input_count(&in, CALFCARE_DIAGNOSIS_FEVER), 1); /* known, and no */
    ck_assert_int_eq(calfcare_input_get(&in, CALFCARE_DIAGNOSIS_FEVER, 0, &v, &err), CALFCARE_OK);
    ck_assert(v == 0);
    /* Numbers through the numeric calls. */
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_AGE, 41, &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_input_set_word(&in, CALFCARE_DIAGNOSIS_SEX, "female", &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_input_get(&in, CALFCARE_DIAGNOSIS_SEX, 0, &v, &err), CALFCARE_OK);
    ck_assert(v == CALFCARE_SEX_FEMALE);
    {
        const double hr[2] = {18, 24};
        ck_assert_int_eq(calfcare_input_set_list(&in, CALFCARE_DIAGNOSIS_HEEL_RAISES, hr, 2, &err), CALFCARE_OK);
        ck_assert_int_eq(calfcare_input_get(&in, CALFCARE_DIAGNOSIS_HEEL_RAISES, 1, &v, &err), CALFCARE_OK);
        ck_assert(v == 24);
    }
    /* 52 weeks is the most a list takes. */
    {
        char text[52 * 3 + 1] = "";
        for (int i = 0; i < 52; i++)
            strcat(text, i ? ",10" : "10");
        set(CALFCARE_DIAGNOSIS_WEEKLY_KM, text);
        ck_assert_uint_eq(calfcare_input_count(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM), 52);
    }
}
END_TEST

START_TEST(test_input_wrong_value_counts)
{
    double one = 20, three[3] = {20, 21, 22}, many[53];
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_HEEL_RAISES, "20", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "heel_raises");
    ck_assert_str_eq(err.message, "heel_raises: 1 value given; accepted: 2 (left,right)");
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_HEEL_RAISES, "20,21,22", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "heel_raises: 3 values given; accepted: 2 (left,right)");
    ck_assert_int_eq(calfcare_input_set_list(&in, CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM, three, 3, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "knee_to_wall_cm");
    /* A single-value setter on a left,right field is a count error too. */
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM, 10, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "knee_to_wall_cm");
    ck_assert_int_eq(calfcare_input_set_list(&in, CALFCARE_DIAGNOSIS_CADENCE, three, 2, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "cadence: 2 values given; accepted: 1 comma-separated values");
    for (int i = 0; i < 53; i++)
        many[i] = 10;
    ck_assert_int_eq(calfcare_input_set_list(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM, many, 53, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "weekly_km: 53 values given; accepted: 1 to 52 comma-separated values");
    ck_assert(err.value == 53 && err.min == 1 && err.max == 52);
    ck_assert_int_eq(calfcare_input_set_list(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM, many, 0, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "weekly_km");
    ck_assert_int_eq(calfcare_input_set_list(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM, NULL, 2, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM, "", &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM, "40,,44", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "weekly_km");
    (void)one;
    /* Nothing was stored by any of the failures. */
    ck_assert_uint_eq(calfcare_input_count(&in, CALFCARE_DIAGNOSIS_HEEL_RAISES), 0);
    ck_assert_uint_eq(calfcare_input_count(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM), 0);
    ck_assert_uint_eq(calfcare_input_count(&in, CALFCARE_DIAGNOSIS_CADENCE), 0);
}
END_TEST

START_TEST(test_input_unknown_words_list_the_accepted_ones)
{
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_WARMUP, "often", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "warmup");
    ck_assert_str_eq(err.message, "warmup: unknown word 'often'; accepted: never|sometimes|always");
    ck_assert_int_eq(calfcare_input_set_word(&in, CALFCARE_DIAGNOSIS_FOOT_STRIKE, "toe", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "foot_strike: unknown word 'toe'; accepted: heel|midfoot|forefoot");
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_OVERSTRIDE, "maybe", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "overstride: unknown word 'maybe'; accepted: no|yes");
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_FEVER, "1", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "fever: unknown word '1'; accepted: no|yes");
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_CUSHIONING, "Firm", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "cushioning: unknown word 'Firm'; accepted: soft|medium|firm");
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_SEX, "other", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "sex");
    /* Words for numbers and numbers for words. */
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_CADENCE, "fast", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "cadence: 'fast' is not a number; accepted: 120 to 240 steps/min");
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_SHOE_KM, "12km", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "shoe_km");
    ck_assert_int_eq(calfcare_input_set_word(&in, CALFCARE_DIAGNOSIS_CADENCE, "fast", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "cadence: takes a number, not a word");
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_WARMUP, 3, &err), CALFCARE_E_INVALID); /* index 0..2 */
    ck_assert_str_eq(err.field, "warmup");
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_FEVER, 2, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_input_set_word(&in, CALFCARE_DIAGNOSIS_WARMUP, NULL, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_WARMUP, NULL, &err), CALFCARE_E_NULL);
    ck_assert_uint_eq(calfcare_input_count(&in, CALFCARE_DIAGNOSIS_WARMUP), 0);
}
END_TEST

START_TEST(test_input_invalid_numbers_name_the_field)
{
    /* The issue's invalid examples. */
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_CADENCE, 20, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "cadence: 20 is outside the accepted range; accepted: 120 to 240 steps/min");
    ck_assert(err.value == 20 && err.min == 120 && err.max == 240);
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_CADENCE, 400, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "cadence");
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_HEEL_RAISES, "500,20", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "heel_raises: 500 is outside the accepted range; accepted: whole numbers from 0 to 200 raises");
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_HEEL_RAISES, "20,500", &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_HEEL_RAISES, "20.5,20", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "heel_raises: 20.5 is not a whole number; accepted: whole numbers from 0 to 200 raises");
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_CALF_SWELLING_CM, 40, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "calf_swelling_cm: 40 is outside the accepted range; accepted: 0 to 20 cm");
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM, "30,-5,40", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "weekly_km: -5 is outside the accepted range; accepted: 0 to 1000 km");
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_LAST_RUN_KM, -0.1, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "last_run_km");
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_LONGEST_RUN_30D_KM, -1, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "longest_run_30d_km");
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_SHOE_KM, -1, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "shoe_km");
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_SHOE_KM, NAN, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "shoe_km: must be a finite number (got nan); accepted: 0 to 10000 km");
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_BODY_MASS_KG, INFINITY, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "body_mass_kg");
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_BODY_MASS_KG, 29.9, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_SHOE_LIMIT_MONTHS, 0, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "shoe_limit_months");
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_CADENCE, "nan", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "cadence");
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_CADENCE, "1e400", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "cadence");
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_AGE, 40.5, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "age: 40.5 is not a whole number; accepted: whole numbers from 5 to 110 years");
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM + 0, 5, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_SHOE_DROP_MM, 21, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_MAX_INCREASE_PCT, 0.5, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "max_increase_pct");
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_CADENCE_INCREASE_PCT, 10.5, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "cadence_increase_pct"); /* never advise more than +10% */
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_SHOE_LIMIT_KM, 50, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_input_set(&in, 999, 1, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "field");
    ck_assert_int_eq(calfcare_input_set(&in, -1, 1, &err), CALFCARE_E_INVALID);
    /* Bounds are inclusive. */
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_CADENCE, 120, &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_CADENCE, 240, &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_CALF_SWELLING_CM, 20, &err), CALFCARE_OK);
}
END_TEST

START_TEST(test_input_rejected_value_keeps_the_old_one)
{
    double v;
    set(CALFCARE_DIAGNOSIS_CADENCE, "170");
    ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_CADENCE, 400, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_input_get(&in, CALFCARE_DIAGNOSIS_CADENCE, 0, &v, NULL), CALFCARE_OK);
    ck_assert(v == 170);
    set(CALFCARE_DIAGNOSIS_HEEL_RAISES, "20,22");
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_HEEL_RAISES, "20,999", &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_input_get(&in, CALFCARE_DIAGNOSIS_HEEL_RAISES, 1, &v, NULL), CALFCARE_OK);
    ck_assert(v == 22);
}
END_TEST

START_TEST(test_input_unset_get_count)
{
    double v = -1;
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "30,33");
    ck_assert_uint_eq(calfcare_input_count(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM), 2);
    ck_assert_int_eq(calfcare_input_get(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM, 2, &v, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "weekly_km: index past the values given");
    ck_assert(v == -1);
    ck_assert_int_eq(calfcare_input_get(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM, 0, NULL, &err), CALFCARE_E_NULL);
    ck_assert_int_eq(calfcare_input_unset(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM, &err), CALFCARE_OK);
    ck_assert_uint_eq(calfcare_input_count(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM), 0);
    ck_assert_int_eq(calfcare_input_get(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM, 0, &v, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "weekly_km: not given (unknown)");
    ck_assert_int_eq(calfcare_input_unset(&in, 999, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_input_unset(NULL, 0, &err), CALFCARE_E_NULL);
    ck_assert_uint_eq(calfcare_input_count(&in, 999), 0);
    ck_assert_uint_eq(calfcare_input_count(NULL, 0), 0);
    /* Unsetting removes the field's effect on the diagnosis. */
    set(CALFCARE_DIAGNOSIS_FEVER, "yes");
    run();
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_URGENT);
    ck_assert_int_eq(calfcare_input_unset(&in, CALFCARE_DIAGNOSIS_FEVER, &err), CALFCARE_OK);
    run();
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE);
}
END_TEST

START_TEST(test_unknown_is_not_no)
{
    /* Unknown Wells items: score unknown. The same items given as "no": score known, 0. */
    run();
    ck_assert_int_eq(dx.wells_known, 0);
    set(CALFCARE_DIAGNOSIS_ACTIVE_CANCER, "no");
    run();
    ck_assert_int_eq(dx.wells_known, 1);
    ck_assert_int_eq(dx.wells_score, 0);
    ck_assert_uint_eq(dx.flag_count, 0);
    /* A swelling of 0 cm is a known, negative Wells item. */
    setup();
    set(CALFCARE_DIAGNOSIS_CALF_SWELLING_CM, "0");
    run();
    ck_assert_int_eq(dx.wells_known, 1);
    /* "no" adds nothing to a cause, exactly like unknown. */
    setup();
    set(CALFCARE_DIAGNOSIS_OVERSTRIDE, "no");
    set(CALFCARE_DIAGNOSIS_MINIMALIST, "no");
    set(CALFCARE_DIAGNOSIS_PREVIOUS_CALF_STRAIN, "no");
    run();
    for (int i = 0; i < CALFCARE_DIAGNOSIS_CAUSE_COUNT; i++)
        ck_assert(dx.causes[i].score == 0 && dx.causes[i].reason_count == 0);
    /* Swelling unknown but other Wells items known: swelling simply counts 0. */
    setup();
    set(CALFCARE_DIAGNOSIS_PREVIOUS_DVT, "yes");
    run();
    ck_assert_int_eq(dx.wells_score, 1);
}
END_TEST

/* ==== the entry point ======================================================================= */

START_TEST(test_diagnose_rejects_bad_arguments)
{
    calfcare_input blank, shoes;
    calfcare_diagnosis before;
    ck_assert_int_eq(calfcare_diagnosis_assess(&in, NULL, &err), CALFCARE_E_NULL);
    ck_assert_str_eq(err.field, "out");
    ck_assert_int_eq(calfcare_diagnosis_assess(NULL, &dx, &err), CALFCARE_E_NULL);
    ck_assert_str_eq(err.field, "input");
    ck_assert_int_eq(calfcare_diagnosis_assess(NULL, &dx, NULL), CALFCARE_E_NULL); /* err may be NULL */
    memset(&blank, 0, sizeof blank);
    memcpy(&before, &dx, sizeof dx);
    ck_assert_int_eq(calfcare_diagnosis_assess(&blank, &dx, &err), CALFCARE_E_STATE);
    ck_assert_str_eq(err.field, "input");
    ck_assert_int_eq(calfcare_input_init(&shoes, CALFCARE_INPUT_SCHEMA_SHOES, &err), CALFCARE_OK);
    ck_assert_int_eq(calfcare_diagnosis_assess(&shoes, &dx, &err), CALFCARE_E_STATE);
    ck_assert_str_eq(err.message, "input: initialised for a different schema");
    /* Nothing written on error. */
    ck_assert_int_eq(memcmp(&before, &dx, sizeof dx), 0);
}
END_TEST

START_TEST(test_empty_input)
{
    run();
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE);
    ck_assert_int_eq(dx.triage_flag, CALFCARE_FLAG_NONE);
    /* All five causes, score 0, no reasons, in cause order (ties keep the enum order). */
    for (int i = 0; i < CALFCARE_DIAGNOSIS_CAUSE_COUNT; i++) {
        ck_assert_int_eq(dx.causes[i].cause, i + 1);
        ck_assert(dx.causes[i].score == 0);
        ck_assert_uint_eq(dx.causes[i].reason_count, 0);
    }
    ck_assert_uint_eq(dx.flag_count, 0);
    ck_assert_int_eq(dx.wells_known, 0);
    ck_assert_int_eq(dx.wells_score, 0);
    ck_assert_uint_eq(dx.blocked.mask, 0);
    for (int k = 0; k < CALFCARE_CARE_KIND_COUNT; k++)
        ck_assert_int_eq(dx.blocked.flag[k], CALFCARE_FLAG_NONE);
    /* Only the generic relief advice: nothing else can be made concrete. */
    ck_assert_uint_eq(dx.advice_count, 1);
    ck_assert_int_eq(dx.advice[0].code, CALFCARE_DIAGNOSIS_R_RELIEF_FULL);
    ck_assert(isnan(dx.advice[0].value));
    ck_assert_int_eq(dx.reserved_[0], 0);
}
END_TEST

START_TEST(test_names)
{
    ck_assert_str_eq(calfcare_diagnosis_triage_name(CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE), "self_care");
    ck_assert_str_eq(calfcare_diagnosis_triage_name(CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN), "see_clinician");
    ck_assert_str_eq(calfcare_diagnosis_triage_name(CALFCARE_DIAGNOSIS_TRIAGE_URGENT), "urgent");
    ck_assert_str_eq(calfcare_diagnosis_triage_name(3), "unknown");
    ck_assert_str_eq(calfcare_diagnosis_triage_name(-1), "unknown");
    ck_assert_str_eq(calfcare_diagnosis_cause_name(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING), "overtraining");
    ck_assert_str_eq(calfcare_diagnosis_cause_name(CALFCARE_DIAGNOSIS_CAUSE_WARMUP_STRETCHING), "warmup_stretching");
    ck_assert_str_eq(calfcare_diagnosis_cause_name(CALFCARE_DIAGNOSIS_CAUSE_RUNNING_FORM), "running_form");
    ck_assert_str_eq(calfcare_diagnosis_cause_name(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY), "calf_strength_flexibility");
    ck_assert_str_eq(calfcare_diagnosis_cause_name(CALFCARE_DIAGNOSIS_CAUSE_SHOES), "shoes");
    ck_assert_str_eq(calfcare_diagnosis_cause_name(0), "unknown");
    ck_assert_str_eq(calfcare_diagnosis_cause_name(6), "unknown");
    /* ABI values. */
    ck_assert_int_eq(CALFCARE_DIAGNOSIS_TRIAGE_URGENT, 2);
    ck_assert_int_eq(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 5);
    ck_assert_int_eq(CALFCARE_DIAGNOSIS_CANNOT_WALK_4_STEPS, 42);
    ck_assert_int_eq(CALFCARE_DIAGNOSIS_MINIMALIST_WEEKLY_KM, 48);
    ck_assert_int_eq(CALFCARE_DIAGNOSIS_SHOE_LIMIT_MONTHS, 49);
    ck_assert_int_eq(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, 50);
    ck_assert_int_eq(CALFCARE_DIAGNOSIS_HILL_TRAINING_ADDED, CALFCARE_DIAGNOSIS_FIELD_COUNT - 1);
}
END_TEST

/* Every code the header declares is described, in the diagnosis range, with unique names. */
static const int all_codes[] = {
    1001, 1002, 1003, 1004, 1005, 1010, 1011, 1012, 1013, 1020, 1021, 1022, 1023, 1030, 1031, 1032, 1033,
    1034, 1035, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1101, 1102, 1103, 1104, 1105, 1106, 1107,
    1108, 1109, 1110, 1120, 1121, 1122, 1130, 1131, 1132, 1140, 1141, 1150, 1151, 1152, 1160, 1170, 1180,
    1190, 1191, 1200, 1201, 1202, 1210, 1211, 1220, 1221, 1222, 1223, 1230, 1231, 1232, 1233, 1234, 1240, 1241};

START_TEST(test_reason_table)
{
    size_t n = sizeof all_codes / sizeof all_codes[0];
    for (size_t i = 0; i < n; i++) {
        const calfcare_reason *r = calfcare_reason_lookup(all_codes[i]);
        ck_assert_msg(r != NULL, "code %d has no description", all_codes[i]);
        ck_assert_int_eq(r->code, all_codes[i]);
        ck_assert(strlen(r->name) > 0 && strlen(r->text) > 0 && strlen(r->source) > 0);
        ck_assert_msg(strlen(r->strength) == 1 && strchr("SMWCF", r->strength[0]), "strength of %d", r->code);
        for (const char *p = r->name; *p; p++)
            ck_assert_msg((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_', "name %s", r->name);
        for (size_t j = 0; j < i; j++)
            ck_assert_str_ne(r->name, calfcare_reason_lookup(all_codes[j])->name);
        /* Cause rules have a weight and a cause; red flags and advice have neither. */
        if (all_codes[i] < 1100) {
            ck_assert(calfcare_diagnosis_reason_weight(all_codes[i]) > 0);
            ck_assert(calfcare_diagnosis_reason_weight(all_codes[i]) <= 1);
            ck_assert_int_ge(calfcare_diagnosis_reason_cause(all_codes[i]), CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING);
            ck_assert_int_le(calfcare_diagnosis_reason_cause(all_codes[i]), CALFCARE_DIAGNOSIS_CAUSE_SHOES);
        } else {
            ck_assert(calfcare_diagnosis_reason_weight(all_codes[i]) < 0);
            ck_assert_int_eq(calfcare_diagnosis_reason_cause(all_codes[i]), 0);
        }
        if (all_codes[i] >= 1100 && all_codes[i] < 1200)
            ck_assert_str_eq(r->strength, "F"); /* red flags are fixed rules */
    }
    ck_assert_ptr_null(calfcare_reason_lookup(1000));
    ck_assert_ptr_null(calfcare_reason_lookup(1999));
    ck_assert(calfcare_diagnosis_reason_weight(0) < 0);
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_DIAGNOSIS_R_CADENCE_LOW)->name, "cadence_low");
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_DIAGNOSIS_R_RUN_SPIKE_OVER_100)->source, "frandsen2025");
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_DIAGNOSIS_R_WELLS_DVT_LIKELY)->source, "wells1997");
    /* Documented weights (docs/diagnosis.md). */
    ck_assert_double_eq_tol(calfcare_diagnosis_reason_weight(CALFCARE_DIAGNOSIS_R_OVERSTRIDING), 0.35, 1e-12);
    ck_assert_double_eq_tol(calfcare_diagnosis_reason_weight(CALFCARE_DIAGNOSIS_R_RUN_SPIKE_OVER_100), 0.40, 1e-12);
    ck_assert_int_eq(calfcare_diagnosis_reason_cause(CALFCARE_DIAGNOSIS_R_DROP_LOWERED), CALFCARE_DIAGNOSIS_CAUSE_SHOES);
}
END_TEST

/* ==== cause rules at and around their thresholds ============================================ */

START_TEST(test_weekly_increase)
{
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "40,44");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0); /* 44/40 - 1 = 10.0%: at the limit, not over */
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "40,44.1");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.30); /* 10.25% > 10% */
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, CALFCARE_DIAGNOSIS_R_WEEKLY_INCREASE_OVER_LIMIT));
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "40,52");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.30); /* 30.0%: over 10%, not over 30% */
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "40,52.1");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.50); /* 30.25% > 30%: 0.30 + 0.20 */
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, CALFCARE_DIAGNOSIS_R_WEEKLY_INCREASE_OVER_30PCT));
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "35,48");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.50); /* 48/35 - 1 = 37.1% > 30% */
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "0,10");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.50); /* from a zero week: over every limit */
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "0,0");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0);
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "80");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0); /* one week: no increase to judge */
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "50,40");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0); /* a decrease */
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "10,40,41");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0); /* only the last two weeks count: 41/40 = 2.5% */
    /* The limit is configurable. */
    set(CALFCARE_DIAGNOSIS_MAX_INCREASE_PCT, "20");
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "40,47");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0); /* 17.5% <= 20% */
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "40,48.1");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.30); /* 20.25% > 20% */
    set(CALFCARE_DIAGNOSIS_MAX_INCREASE_PCT, "5");
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "40,42.1");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.30); /* 5.25% > 5% */
}
END_TEST

static int check_says_over(double prev, double cur, double pct);

/* Climbing and hard minutes: the distance's weekly rule and limit (lib/rules.h) on their own last
 * two weeks, weight 0.25 each; the "added in the last 4 weeks" switches 0.15 each. */
START_TEST(test_climb_and_hard_minutes)
{
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "300,330");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0); /* 330/300 - 1 = 10.0%: at the limit, not over */
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "300,330.1");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.25); /* 10.03% > 10% */
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, CALFCARE_DIAGNOSIS_R_WEEKLY_CLIMB_OVER_LIMIT));
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "0,50");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.25); /* a 0 m week, then hills: over every limit, as for km */
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "0,0");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0); /* flat, then flat: 0 is not over a cap of 0 */
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "500");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0); /* one week: nothing to compare */
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "400,300,330");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0); /* only the last two weeks: 300 -> 330 = +10.0% */
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "600,300");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0); /* a decrease */

    setup();
    set(CALFCARE_DIAGNOSIS_WEEKLY_HARD_MIN, "20,22");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0); /* 22/20 - 1 = 10.0%: not over */
    set(CALFCARE_DIAGNOSIS_WEEKLY_HARD_MIN, "20,22.5");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.25); /* 12.5% > 10% */
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, CALFCARE_DIAGNOSIS_R_WEEKLY_HARD_OVER_LIMIT));
    set(CALFCARE_DIAGNOSIS_WEEKLY_HARD_MIN, "0,10");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.25); /* speed work after a week without */
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "300,400");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.50); /* climbing 0.25 + hard minutes 0.25 */

    /* The switches; "no" is known but adds nothing. */
    setup();
    set(CALFCARE_DIAGNOSIS_HILL_TRAINING_ADDED, "no");
    set(CALFCARE_DIAGNOSIS_SPEED_WORK_ADDED, "no");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0);
    set(CALFCARE_DIAGNOSIS_HILL_TRAINING_ADDED, "yes");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.15);
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, CALFCARE_DIAGNOSIS_R_HILL_TRAINING_ADDED));
    set(CALFCARE_DIAGNOSIS_SPEED_WORK_ADDED, "yes");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.30); /* 0.15 + 0.15 */
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, CALFCARE_DIAGNOSIS_R_SPEED_WORK_ADDED));
    /* Everything at once: km 0.30 + 0.20, climbing 0.25, hard 0.25, switches 0.30 = 1.30, capped at 1. */
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "30,40");
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "100,200");
    set(CALFCARE_DIAGNOSIS_WEEKLY_HARD_MIN, "10,20");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 1.0);
    ck_assert_uint_eq(cause(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING)->reason_count, 6);

    /* Missing weeks: the lists are aligned on the most recent week. Distance steady over five weeks,
     * climbing known for the last two only (300 -> 400 m = +33%): the climbing rule alone. */
    setup();
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "40,40,40,40,40");
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "300,400");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.25);
    ck_assert_uint_eq(cause(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING)->reason_count, 1);

    /* The limit is the distance's configurable one. */
    setup();
    set(CALFCARE_DIAGNOSIS_MAX_INCREASE_PCT, "20");
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "300,360");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0); /* +20.0% <= 20% */
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "300,360.1");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.25); /* +20.03% */
    set(CALFCARE_DIAGNOSIS_WEEKLY_HARD_MIN, "30,36");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.25); /* hard +20.0%: not over */
    set(CALFCARE_DIAGNOSIS_WEEKLY_HARD_MIN, "30,36.1");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.50);
    /* Documented weights and sources. */
    ck_assert_double_eq_tol(calfcare_diagnosis_reason_weight(CALFCARE_DIAGNOSIS_R_WEEKLY_CLIMB_OVER_LIMIT), 0.25, 1e-12);
    ck_assert_double_eq_tol(calfcare_diagnosis_reason_weight(CALFCARE_DIAGNOSIS_R_SPEED_WORK_ADDED), 0.15, 1e-12);
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_DIAGNOSIS_R_WEEKLY_CLIMB_OVER_LIMIT)->source, "padulo2013");
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_DIAGNOSIS_R_WEEKLY_HARD_OVER_LIMIT)->source, "dorn2012");
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_DIAGNOSIS_R_ONE_INCREASE_PER_WEEK)->source, "coaching");
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_DIAGNOSIS_R_ONE_INCREASE_PER_WEEK)->strength, "W");
}
END_TEST

/* The same edges as the weekly check: climbing compared by calfcare_progression_check_weekly()'s
 * rule gives the same verdict at and around +10% (the cap 330 m after 300 m, and one ulp above). */
START_TEST(test_climb_rule_is_the_weekly_rule)
{
    const double cap = 300.0 * 1.10;
    const double cur[] = {cap, nextafter(cap, 0), 330.0000001, 331.0};
    for (size_t i = 0; i < sizeof cur / sizeof cur[0]; i++) {
        double w[2] = {300.0, cur[i]};
        setup();
        ck_assert_int_eq(calfcare_input_set_list(&in, CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, w, 2, &err), CALFCARE_OK);
        run();
        ck_assert_msg(cause_has(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, CALFCARE_DIAGNOSIS_R_WEEKLY_CLIMB_OVER_LIMIT) ==
                          check_says_over(300.0, cur[i], 10.0),
                      "300 -> %.17g m: diagnose and check differ", cur[i]);
    }
    /* 330.0000001 is over 330 by 3e-10 of the cap: rounding, not over (1e-9); 331 is over. */
    ck_assert_int_eq(check_says_over(300.0, 330.0000001, 10.0), 0);
    ck_assert_int_eq(check_says_over(300.0, 331.0, 10.0), 1);
}
END_TEST

/* Bad input: negative, NaN and too much climbing, each naming the field and the range. */
START_TEST(test_climb_bad_input)
{
    double nan_week[2] = {300.0, NAN}, v;
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "300,-1", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "weekly_climb_m");
    ck_assert_ptr_nonnull(strstr(err.message, "0 to 100000 m"));
    ck_assert_int_eq(calfcare_input_set_list(&in, CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, nan_week, 2, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "weekly_climb_m");
    ck_assert_ptr_nonnull(strstr(err.message, "must be a finite number (got nan); accepted: 0 to 100000 m"));
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "100000.5", &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_WEEKLY_HARD_MIN, "-0.5", &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "weekly_hard_min");
    ck_assert_ptr_nonnull(strstr(err.message, "0 to 10080 min"));
    ck_assert_uint_eq(calfcare_input_count(&in, CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M), 0); /* nothing was stored */
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "100000");                                    /* the top of the range */

    /* Climbing more than the distance: 5 km allows 5000 m at most (1 km = 1000 m). */
    setup();
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "40,5");
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "300,5000");
    run(); /* exactly the distance: accepted */
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "300,5000.5");
    memset(&dx, 0x5a, sizeof dx);
    ck_assert_int_eq(calfcare_diagnosis_assess(&in, &dx, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "weekly_climb_m");
    ck_assert_double_eq(err.value, 5000.5);
    ck_assert_double_eq(err.min, 0);
    ck_assert_double_eq(err.max, 5000);
    ck_assert_str_eq(err.message, "weekly_climb_m: week 2 of 2 (the most recent): 5000.5 m is more than that week's "
                                  "distance of 5 km allows; accepted: 0 to 5000 m (1 km = 1000 m)");
    ck_assert_uint_eq(dx.advice_count, (size_t)-1 / 0xff * 0x5a); /* not written on failure (every byte 0x5a) */
    /* Aligned on the most recent week: climbing 2500 m is the week of 2 km (the middle one). */
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "40,2,40");
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "2500,300");
    ck_assert_int_eq(calfcare_diagnosis_assess(&in, &dx, &err), CALFCARE_E_INVALID);
    ck_assert_ptr_nonnull(strstr(err.message, "week 1 of 2 (oldest first): 2500 m"));
    ck_assert_double_eq(err.max, 2000);
    /* Climbing for a week without a distance is not compared; the order of setting does not matter. */
    setup();
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "9000,200");
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "3");
    run();
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "3000.1");
    ck_assert_int_eq(calfcare_diagnosis_assess(&in, &dx, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(calfcare_input_get(&in, CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, 0, &v, &err), CALFCARE_OK);
    ck_assert_double_eq(v, 3000.1);
    /* Hard minutes in a week of 0 km. */
    setup();
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "0,10");
    set(CALFCARE_DIAGNOSIS_WEEKLY_HARD_MIN, "0,20");
    run();
    set(CALFCARE_DIAGNOSIS_WEEKLY_HARD_MIN, "5,20");
    ck_assert_int_eq(calfcare_diagnosis_assess(&in, &dx, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "weekly_hard_min");
    ck_assert_str_eq(err.message, "weekly_hard_min: week 1 of 2 (oldest first): 5 min in a week of 0 km; accepted: 0 min");
    ck_assert_double_eq(err.max, 0);
}
END_TEST

START_TEST(test_single_run_spike)
{
    set(CALFCARE_DIAGNOSIS_LONGEST_RUN_30D_KM, "10");
    set(CALFCARE_DIAGNOSIS_LAST_RUN_KM, "11");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0); /* +10%: the reference band of Frandsen 2025 */
    set(CALFCARE_DIAGNOSIS_LAST_RUN_KM, "11.1");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.25); /* +11% */
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, CALFCARE_DIAGNOSIS_R_RUN_SPIKE_10_30));
    set(CALFCARE_DIAGNOSIS_LAST_RUN_KM, "13");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.25); /* +30%: still the 10-30% band */
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, CALFCARE_DIAGNOSIS_R_RUN_SPIKE_10_30));
    set(CALFCARE_DIAGNOSIS_LAST_RUN_KM, "13.1");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.25); /* +31% */
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, CALFCARE_DIAGNOSIS_R_RUN_SPIKE_30_100));
    ck_assert(!cause_has(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, CALFCARE_DIAGNOSIS_R_RUN_SPIKE_10_30)); /* one band only */
    set(CALFCARE_DIAGNOSIS_LAST_RUN_KM, "20");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.25); /* +100%: still 30-100% */
    set(CALFCARE_DIAGNOSIS_LAST_RUN_KM, "20.1");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.40); /* +101% */
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, CALFCARE_DIAGNOSIS_R_RUN_SPIKE_OVER_100));
    set(CALFCARE_DIAGNOSIS_LAST_RUN_KM, "8");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0); /* shorter than the longest */
    set(CALFCARE_DIAGNOSIS_LONGEST_RUN_30D_KM, "0");
    set(CALFCARE_DIAGNOSIS_LAST_RUN_KM, "5");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0); /* first run in 30 days: no reference (as the log check) */
    /* Either distance unknown: no spike rule. */
    ck_assert_int_eq(calfcare_input_unset(&in, CALFCARE_DIAGNOSIS_LONGEST_RUN_30D_KM, NULL), CALFCARE_OK);
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0);
    /* Weekly and single-run rules add: 0.50 + 0.40 = 0.90. */
    set(CALFCARE_DIAGNOSIS_LONGEST_RUN_30D_KM, "10");
    set(CALFCARE_DIAGNOSIS_LAST_RUN_KM, "25");
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "30,45");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.90);
    ck_assert_uint_eq(cause(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING)->reason_count, 3);
}
END_TEST

START_TEST(test_warmup_stretching)
{
    set(CALFCARE_DIAGNOSIS_WARMUP, "always");
    set(CALFCARE_DIAGNOSIS_STRETCH_AFTER, "always");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_WARMUP_STRETCHING, 0);
    set(CALFCARE_DIAGNOSIS_WARMUP, "sometimes");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_WARMUP_STRETCHING, 0.15);
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_WARMUP_STRETCHING, CALFCARE_DIAGNOSIS_R_WARMUP_SOMETIMES));
    set(CALFCARE_DIAGNOSIS_WARMUP, "never");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_WARMUP_STRETCHING, 0.35);
    set(CALFCARE_DIAGNOSIS_STRETCH_AFTER, "sometimes");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_WARMUP_STRETCHING, 0.45); /* 0.35 + 0.10 */
    set(CALFCARE_DIAGNOSIS_STRETCH_AFTER, "never");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_WARMUP_STRETCHING, 0.60); /* 0.35 + 0.25 */
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_WARMUP_STRETCHING, CALFCARE_DIAGNOSIS_R_NO_WARMUP));
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_WARMUP_STRETCHING, CALFCARE_DIAGNOSIS_R_NO_STRETCH_AFTER));
    ck_assert_uint_eq(cause(CALFCARE_DIAGNOSIS_CAUSE_WARMUP_STRETCHING)->reason_count, 2);
}
END_TEST

START_TEST(test_running_form)
{
    set(CALFCARE_DIAGNOSIS_CADENCE, "170");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_RUNNING_FORM, 0); /* 170 is not under 170 */
    set(CALFCARE_DIAGNOSIS_CADENCE, "169.9");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_RUNNING_FORM, 0.20);
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_RUNNING_FORM, CALFCARE_DIAGNOSIS_R_CADENCE_LOW));
    set(CALFCARE_DIAGNOSIS_OVERSTRIDE, "yes");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_RUNNING_FORM, 0.55); /* 0.20 + 0.35 */
    set(CALFCARE_DIAGNOSIS_FOOT_STRIKE, "forefoot");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_RUNNING_FORM, 0.80); /* + 0.25 */
    set(CALFCARE_DIAGNOSIS_FOOT_STRIKE, "heel");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_RUNNING_FORM, 0.65); /* + 0.10 */
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_RUNNING_FORM, CALFCARE_DIAGNOSIS_R_HEEL_STRIKE));
    set(CALFCARE_DIAGNOSIS_FOOT_STRIKE, "midfoot");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_RUNNING_FORM, 0.55);
    set(CALFCARE_DIAGNOSIS_OVERSTRIDE, "no");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_RUNNING_FORM, 0.20);
}
END_TEST

START_TEST(test_heel_raises)
{
    set(CALFCARE_DIAGNOSIS_HEEL_RAISES, "21,21");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 0); /* sex unknown: norm 21; 21 is not below */
    set(CALFCARE_DIAGNOSIS_HEEL_RAISES, "20,21");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 0.30); /* 20 < 21; 1/21 = 4.8% is no asymmetry */
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, CALFCARE_DIAGNOSIS_R_HEEL_RAISES_BELOW_NORM));
    set(CALFCARE_DIAGNOSIS_SEX, "female");
    set(CALFCARE_DIAGNOSIS_HEEL_RAISES, "21,22");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 0); /* women: norm 21 */
    set(CALFCARE_DIAGNOSIS_SEX, "male");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 0.30); /* men: norm 24, 21 < 24 */
    set(CALFCARE_DIAGNOSIS_HEEL_RAISES, "24,25");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 0);
    set(CALFCARE_DIAGNOSIS_HEEL_RAISES_NORM, "30"); /* configurable norm */
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 0.30);
    set(CALFCARE_DIAGNOSIS_HEEL_RAISES_NORM, "10");
    /* Asymmetry: (30 - 27) / 30 = 10%: not more than 10%. */
    set(CALFCARE_DIAGNOSIS_HEEL_RAISES, "30,27");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 0);
    set(CALFCARE_DIAGNOSIS_HEEL_RAISES, "26,30"); /* 4/30 = 13.3% */
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 0.20);
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, CALFCARE_DIAGNOSIS_R_HEEL_RAISES_ASYMMETRY));
    set(CALFCARE_DIAGNOSIS_HEEL_RAISES, "0,0"); /* below norm; no asymmetry to compute */
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 0.30);
    set(CALFCARE_DIAGNOSIS_HEEL_RAISES, "5,20"); /* both rules: 0.30 + 0.20 */
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 0.50);
}
END_TEST

START_TEST(test_knee_to_wall_and_risk_factors)
{
    set(CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM, "10,10");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 0); /* 10 cm is not under 10 */
    set(CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM, "10,9.9");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 0.20); /* 9.9 < 10; 0.1/10 = 1% */
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, CALFCARE_DIAGNOSIS_R_KNEE_TO_WALL_RESTRICTED));
    set(CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM, "12,10.8");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 0); /* 1.2/12 = 10%: not more */
    set(CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM, "12,10.7");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 0.10); /* 1.3/12 = 10.8% */
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, CALFCARE_DIAGNOSIS_R_KNEE_TO_WALL_ASYMMETRY));
    set(CALFCARE_DIAGNOSIS_KNEE_TO_WALL_MIN_CM, "12"); /* configurable limit: 10.7 < 12 */
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 0.30);
    ck_assert_int_eq(calfcare_input_unset(&in, CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM, NULL), CALFCARE_OK);
    set(CALFCARE_DIAGNOSIS_PREVIOUS_CALF_STRAIN, "yes");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 0.20);
    set(CALFCARE_DIAGNOSIS_AGE, "39");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 0.20);
    set(CALFCARE_DIAGNOSIS_AGE, "40");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 0.35); /* + 0.15 */
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, CALFCARE_DIAGNOSIS_R_AGE_40_PLUS));
    /* Everything at once: 0.30 + 0.20 + 0.20 + 0.10 + 0.20 + 0.15 = 1.15, capped at 1. */
    set(CALFCARE_DIAGNOSIS_HEEL_RAISES, "10,20");
    set(CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM, "5,8");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 1.0);
    ck_assert_uint_eq(cause(CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY)->reason_count, 6);
}
END_TEST

START_TEST(test_shoes)
{
    set(CALFCARE_DIAGNOSIS_SHOE_KM, "499");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0);
    set(CALFCARE_DIAGNOSIS_SHOE_KM, "500");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0.10);
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_SHOES, CALFCARE_DIAGNOSIS_R_SHOES_500_KM));
    set(CALFCARE_DIAGNOSIS_SHOE_KM, "799.9");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0.10);
    set(CALFCARE_DIAGNOSIS_SHOE_KM, "800");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0.25); /* at the default 800 km limit */
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_SHOES, CALFCARE_DIAGNOSIS_R_SHOES_PAST_LIMIT));
    ck_assert(!cause_has(CALFCARE_DIAGNOSIS_CAUSE_SHOES, CALFCARE_DIAGNOSIS_R_SHOES_500_KM));
    set(CALFCARE_DIAGNOSIS_SHOE_LIMIT_KM, "1000");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0.10); /* configurable limit: 800 < 1000 */
    set(CALFCARE_DIAGNOSIS_SHOE_LIMIT_KM, "400");
    set(CALFCARE_DIAGNOSIS_SHOE_KM, "450");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0.25);
    ck_assert_int_eq(calfcare_input_unset(&in, CALFCARE_DIAGNOSIS_SHOE_KM, NULL), CALFCARE_OK);
    set(CALFCARE_DIAGNOSIS_SHOE_AGE_MONTHS, "11.9");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0);
    set(CALFCARE_DIAGNOSIS_SHOE_AGE_MONTHS, "12");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0.10);
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_SHOES, CALFCARE_DIAGNOSIS_R_SHOES_OLD));
    set(CALFCARE_DIAGNOSIS_SHOE_LIMIT_MONTHS, "18"); /* configurable: 12 < 18 */
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0);
    set(CALFCARE_DIAGNOSIS_SHOE_AGE_MONTHS, "18");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0.10);
    ck_assert_int_eq(calfcare_input_unset(&in, CALFCARE_DIAGNOSIS_SHOE_AGE_MONTHS, NULL), CALFCARE_OK);
    set(CALFCARE_DIAGNOSIS_PREVIOUS_DROP_MM, "10");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0); /* current drop unknown */
    set(CALFCARE_DIAGNOSIS_SHOE_DROP_MM, "7");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0); /* 10 - 7 = 3 mm */
    set(CALFCARE_DIAGNOSIS_SHOE_DROP_MM, "6");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0.35); /* 10 - 6 = 4 mm: a transition is needed */
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_SHOES, CALFCARE_DIAGNOSIS_R_DROP_LOWERED));
    set(CALFCARE_DIAGNOSIS_SHOE_DROP_MM, "12");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0); /* a higher drop */
    set(CALFCARE_DIAGNOSIS_CUSHIONING, "firm");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0.15);
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_SHOES, CALFCARE_DIAGNOSIS_R_FIRM_CUSHIONING));
    set(CALFCARE_DIAGNOSIS_CUSHIONING, "medium");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0);
    set(CALFCARE_DIAGNOSIS_CUSHIONING, "soft");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0);
}
END_TEST

START_TEST(test_minimalist)
{
    set(CALFCARE_DIAGNOSIS_MINIMALIST, "yes");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0.20);
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "30,35");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0.20); /* 35 km is not above 35 */
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "40,35.1");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0.35); /* last week 35.1 > 35: + 0.15 */
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_SHOES, CALFCARE_DIAGNOSIS_R_MINIMALIST_HIGH_MILEAGE));
    set(CALFCARE_DIAGNOSIS_MINIMALIST_WEEKLY_KM, "40"); /* configurable */
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0.20);
    set(CALFCARE_DIAGNOSIS_BODY_MASS_KG, "71");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0.20); /* 71 kg is not above 71 */
    set(CALFCARE_DIAGNOSIS_BODY_MASS_KG, "71.5");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0.30);
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_SHOES, CALFCARE_DIAGNOSIS_R_MINIMALIST_HEAVY_RUNNER));
    set(CALFCARE_DIAGNOSIS_MINIMALIST, "no"); /* the mass and mileage rules only apply to minimalist shoes */
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0);
    /* Everything: 0.25 + 0.10 + 0.35 + 0.20 + 0.15 + 0.10 + 0.15 = 1.30, capped at 1. */
    set(CALFCARE_DIAGNOSIS_MINIMALIST, "yes");
    set(CALFCARE_DIAGNOSIS_MINIMALIST_WEEKLY_KM, "20");
    set(CALFCARE_DIAGNOSIS_SHOE_KM, "900");
    set(CALFCARE_DIAGNOSIS_SHOE_AGE_MONTHS, "24");
    set(CALFCARE_DIAGNOSIS_SHOE_DROP_MM, "0");
    set(CALFCARE_DIAGNOSIS_PREVIOUS_DROP_MM, "12");
    set(CALFCARE_DIAGNOSIS_CUSHIONING, "firm");
    ASSERT_SCORE(CALFCARE_DIAGNOSIS_CAUSE_SHOES, 1.0);
    ck_assert_uint_eq(cause(CALFCARE_DIAGNOSIS_CAUSE_SHOES)->reason_count, 7);
}
END_TEST

/* One rule, one verdict: `diagnose` and `check` fed the same two weeks at the limit and one ulp
 * either side of its tolerance agree (they call the same lib/rules.h). Expected verdicts by hand:
 * 40 -> 44 is exactly +10% (within); the tolerance is 1e-9 of the 44 km cap, 4.4e-8 km, so
 * 44.00000002 is within and 44.0000001 is over. The same for the 30% row and the spike bands. */
static int diagnosis_says_over(double prev, double cur, int code)
{
    double w[2] = {prev, cur};
    setup();
    ck_assert_int_eq(calfcare_input_set_list(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM, w, 2, &err), CALFCARE_OK);
    run();
    return cause_has(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, code);
}

static int check_says_over(double prev, double cur, double pct)
{
    double w[2] = {prev, cur}, change[2];
    unsigned char over[2];
    calfcare_progression_params p;
    calfcare_progression_weekly_result r;
    ck_assert_int_eq(calfcare_progression_params_init(&p, &err), CALFCARE_OK);
    p.max_increase_pct = pct;
    ck_assert_int_eq(calfcare_progression_check_weekly(w, 2, &p, change, 2, over, 2, &r, &err), CALFCARE_OK);
    return over[1];
}

START_TEST(test_rules_agree_with_check_at_the_edges)
{
    const double cap = 40.0 * 1.10, tol_edge = cap + cap * 1e-9;
    const double cur[] = {cap, nextafter(cap, 0), nextafter(cap, 100), 44.00000002, 44.0000001,
                          tol_edge, nextafter(tol_edge, 0), nextafter(tol_edge, 100)};
    const int expect_over[] = {0, 0, 0, 0, 1, 0, 0, 1};
    for (size_t i = 0; i < sizeof cur / sizeof cur[0]; i++) {
        int dx_over = diagnosis_says_over(40.0, cur[i], CALFCARE_DIAGNOSIS_R_WEEKLY_INCREASE_OVER_LIMIT);
        ck_assert_msg(dx_over == check_says_over(40.0, cur[i], 10.0), "40 -> %.17g: diagnose %d, check differs", cur[i],
                      dx_over);
        ck_assert_msg(dx_over == expect_over[i], "40 -> %.17g: over %d, expected %d", cur[i], dx_over, expect_over[i]);
    }
    /* 30% over one week: 40 -> 52 exactly is within, 52.0001 over; check with a 30% limit agrees. */
    ck_assert_int_eq(diagnosis_says_over(40.0, 52.0, CALFCARE_DIAGNOSIS_R_WEEKLY_INCREASE_OVER_30PCT), 0);
    ck_assert_int_eq(check_says_over(40.0, 52.0, 30.0), 0);
    ck_assert_int_eq(diagnosis_says_over(40.0, 52.0001, CALFCARE_DIAGNOSIS_R_WEEKLY_INCREASE_OVER_30PCT), 1);
    ck_assert_int_eq(check_says_over(40.0, 52.0001, 30.0), 1);
    /* After a 0 km week any distance is over every limit, in both. */
    ck_assert_int_eq(diagnosis_says_over(0.0, 1.0, CALFCARE_DIAGNOSIS_R_WEEKLY_INCREASE_OVER_LIMIT), 1);
    ck_assert_int_eq(check_says_over(0.0, 1.0, 10.0), 1);
}
END_TEST

/* The spike band of diagnose's last run is the log check's band of the same run (both call
 * calfcare_progression_spike_classify on the same spike): 11 km after a longest of 10 is exactly +10%. */
START_TEST(test_spike_band_agrees_with_progression)
{
    static const struct {
        double last, longest;
        int band, code;
    } cases[] = {
        {11.0, 10.0, CALFCARE_PROGRESSION_BAND_WITHIN_10, 0},
        {11.000001, 10.0, CALFCARE_PROGRESSION_BAND_OVER_10, CALFCARE_DIAGNOSIS_R_RUN_SPIKE_10_30},
        {13.0, 10.0, CALFCARE_PROGRESSION_BAND_OVER_10, CALFCARE_DIAGNOSIS_R_RUN_SPIKE_10_30},
        {13.000001, 10.0, CALFCARE_PROGRESSION_BAND_OVER_30, CALFCARE_DIAGNOSIS_R_RUN_SPIKE_30_100},
        {20.0, 10.0, CALFCARE_PROGRESSION_BAND_OVER_30, CALFCARE_DIAGNOSIS_R_RUN_SPIKE_30_100},
        {20.000001, 10.0, CALFCARE_PROGRESSION_BAND_OVER_100, CALFCARE_DIAGNOSIS_R_RUN_SPIKE_OVER_100},
        {5.0, 0.0, CALFCARE_PROGRESSION_BAND_NO_REFERENCE, 0}, /* no run in 30 days: no reference */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        double day[2] = {0, 1}, km[2] = {cases[i].longest, cases[i].last}, spike[2];
        unsigned char bands[2];
        int any = 0;
        calfcare_progression_spike_result r;
        size_t n = cases[i].longest > 0 ? 2 : 1;
        ck_assert_int_eq(calfcare_progression_spikes(day + 2 - n, n, km + 2 - n, n, 2.0, spike, 2, bands, 2, &r, &err),
                         CALFCARE_OK);
        ck_assert_int_eq(bands[n - 1], cases[i].band);
        setup();
        ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_LAST_RUN_KM, cases[i].last, &err), CALFCARE_OK);
        ck_assert_int_eq(calfcare_input_set(&in, CALFCARE_DIAGNOSIS_LONGEST_RUN_30D_KM, cases[i].longest, &err), CALFCARE_OK);
        run();
        for (int c = CALFCARE_DIAGNOSIS_R_RUN_SPIKE_10_30; c <= CALFCARE_DIAGNOSIS_R_RUN_SPIKE_OVER_100; c++)
            any |= cause_has(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, c) ? c : 0;
        ck_assert_msg(any == cases[i].code, "last %g longest %g: reason %d, expected %d", cases[i].last,
                      cases[i].longest, any, cases[i].code);
    }
}
END_TEST

START_TEST(test_causes_sorted)
{
    set(CALFCARE_DIAGNOSIS_WARMUP, "sometimes");       /* warmup_stretching 0.15 */
    set(CALFCARE_DIAGNOSIS_OVERSTRIDE, "yes");         /* running_form 0.35 */
    set(CALFCARE_DIAGNOSIS_CUSHIONING, "firm");        /* shoes 0.15 */
    set(CALFCARE_DIAGNOSIS_PREVIOUS_CALF_STRAIN, "yes"); /* calf 0.20 */
    run();
    ck_assert_int_eq(dx.causes[0].cause, CALFCARE_DIAGNOSIS_CAUSE_RUNNING_FORM);
    ck_assert_int_eq(dx.causes[1].cause, CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY);
    ck_assert_int_eq(dx.causes[2].cause, CALFCARE_DIAGNOSIS_CAUSE_WARMUP_STRETCHING); /* tie 0.15: cause order */
    ck_assert_int_eq(dx.causes[3].cause, CALFCARE_DIAGNOSIS_CAUSE_SHOES);
    ck_assert_int_eq(dx.causes[4].cause, CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING);
    ck_assert(dx.causes[4].score == 0 && dx.causes[4].reason_count == 0);
    for (int i = 1; i < CALFCARE_DIAGNOSIS_CAUSE_COUNT; i++)
        ck_assert(dx.causes[i - 1].score >= dx.causes[i].score);
}
END_TEST

/* ==== Wells score, item by item ============================================================== */

static const struct {
    int field;
    int code;
} wells_switches[] = {
    {CALFCARE_DIAGNOSIS_ACTIVE_CANCER, CALFCARE_DIAGNOSIS_R_WELLS_ACTIVE_CANCER},
    {CALFCARE_DIAGNOSIS_PARALYSIS_OR_CAST, CALFCARE_DIAGNOSIS_R_WELLS_PARALYSIS_OR_CAST},
    {CALFCARE_DIAGNOSIS_BEDRIDDEN_OR_SURGERY, CALFCARE_DIAGNOSIS_R_WELLS_BEDRIDDEN_OR_SURGERY},
    {CALFCARE_DIAGNOSIS_DEEP_VEIN_TENDERNESS, CALFCARE_DIAGNOSIS_R_WELLS_DEEP_VEIN_TENDERNESS},
    {CALFCARE_DIAGNOSIS_WHOLE_LEG_SWOLLEN, CALFCARE_DIAGNOSIS_R_WELLS_WHOLE_LEG_SWOLLEN},
    {CALFCARE_DIAGNOSIS_PITTING_EDEMA, CALFCARE_DIAGNOSIS_R_WELLS_PITTING_EDEMA},
    {CALFCARE_DIAGNOSIS_COLLATERAL_VEINS, CALFCARE_DIAGNOSIS_R_WELLS_COLLATERAL_VEINS},
    {CALFCARE_DIAGNOSIS_PREVIOUS_DVT, CALFCARE_DIAGNOSIS_R_WELLS_PREVIOUS_DVT},
};

START_TEST(test_wells_each_item)
{
    int i = _i;
    set(wells_switches[i].field, "yes");
    run();
    ck_assert_int_eq(dx.wells_known, 1);
    ck_assert_int_eq(dx.wells_score, 1); /* one +1 item */
    ck_assert_uint_eq(dx.flag_count, 1);
    ck_assert_int_eq(dx.flags[0].flag, CALFCARE_FLAG_DVT);
    ck_assert_int_eq(dx.flags[0].triage, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN); /* 1 < 2, yet a sign never clears */
    ck_assert_uint_eq(dx.flags[0].reason_count, 2); /* the item, then the band: 1 is moderate */
    ck_assert_int_eq(dx.flags[0].reasons[0], wells_switches[i].code);
    ck_assert_int_eq(dx.flags[0].reasons[1], CALFCARE_DIAGNOSIS_R_WELLS_MODERATE);
    ck_assert_int_eq(dx.wells_band, CALFCARE_DIAGNOSIS_WELLS_MODERATE);
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN);
    ck_assert_int_eq(dx.triage_flag, CALFCARE_FLAG_DVT);
    /* Any DVT sign blocks massage, foam rolling, stretching, running and a bandage (the gate's dvt
     * row); ice is not blocked, only not advised (the first aid is rest). */
    ck_assert_uint_eq(dx.blocked.mask, CALFCARE_CARE_MASSAGE | CALFCARE_CARE_FOAM_ROLL | CALFCARE_CARE_STRETCH |
                                           CALFCARE_CARE_RUNNING | CALFCARE_CARE_COMPRESSION);
    ck_assert_int_eq(dx.blocked.flag[0], CALFCARE_FLAG_DVT);
    ck_assert_int_eq(dx.blocked.flag[1], CALFCARE_FLAG_DVT);
    ck_assert_int_eq(dx.blocked.flag[2], CALFCARE_FLAG_DVT);
    ck_assert_int_eq(dx.blocked.flag[3], CALFCARE_FLAG_NONE);
    ck_assert_int_eq(dx.blocked.flag[4], CALFCARE_FLAG_DVT);
    ck_assert_int_eq(dx.blocked.flag[5], CALFCARE_FLAG_DVT);
    /* Given as "no", the same item scores 0 and raises nothing. */
    set(wells_switches[i].field, "no");
    run();
    ck_assert_int_eq(dx.wells_score, 0);
    ck_assert_int_eq(dx.wells_band, CALFCARE_DIAGNOSIS_WELLS_LOW); /* answered: assessed, and low */
    ck_assert_uint_eq(dx.flag_count, 0);
}
END_TEST

START_TEST(test_wells_swelling_threshold)
{
    set(CALFCARE_DIAGNOSIS_CALF_SWELLING_CM, "3");
    run();
    ck_assert_int_eq(dx.wells_score, 0); /* 3 cm is not more than 3 */
    ck_assert_uint_eq(dx.flag_count, 0);
    set(CALFCARE_DIAGNOSIS_CALF_SWELLING_CM, "3.1");
    run();
    ck_assert_int_eq(dx.wells_score, 1);
    ck_assert(flag_has(CALFCARE_FLAG_DVT, CALFCARE_DIAGNOSIS_R_WELLS_CALF_SWELLING_OVER_3CM));
}
END_TEST

START_TEST(test_wells_totals_and_triage)
{
    set(CALFCARE_DIAGNOSIS_ALTERNATIVE_DIAGNOSIS_LIKELY, "yes");
    run();
    ck_assert_int_eq(dx.wells_score, -2); /* only the -2 item: no DVT sign, no flag */
    ck_assert_uint_eq(dx.flag_count, 0);
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE);
    ck_assert_int_eq(dx.wells_band, CALFCARE_DIAGNOSIS_WELLS_LOW);
    set(CALFCARE_DIAGNOSIS_PREVIOUS_DVT, "yes");
    run();
    ck_assert_int_eq(dx.wells_score, -1); /* 1 - 2 */
    ck_assert(flag_has(CALFCARE_FLAG_DVT, CALFCARE_DIAGNOSIS_R_WELLS_LOW)); /* low, and still a red flag */
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN); /* a low score never clears a sign */
    set(CALFCARE_DIAGNOSIS_ACTIVE_CANCER, "yes");
    run();
    ck_assert_int_eq(dx.wells_score, 0); /* 2 - 2 */
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN);
    ck_assert(!flag_has(CALFCARE_FLAG_DVT, CALFCARE_DIAGNOSIS_R_WELLS_DVT_LIKELY));
    set(CALFCARE_DIAGNOSIS_ALTERNATIVE_DIAGNOSIS_LIKELY, "no");
    run();
    ck_assert_int_eq(dx.wells_score, 2); /* 1 + 1: DVT likely */
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_URGENT);
    ck_assert_int_eq(flag(CALFCARE_FLAG_DVT)->triage, CALFCARE_DIAGNOSIS_TRIAGE_URGENT);
    ck_assert(flag_has(CALFCARE_FLAG_DVT, CALFCARE_DIAGNOSIS_R_WELLS_DVT_LIKELY));
    ck_assert_uint_eq(flag(CALFCARE_FLAG_DVT)->reason_count, 4); /* two items + likely + band */
    ck_assert_int_eq(flag(CALFCARE_FLAG_DVT)->reasons[3], CALFCARE_DIAGNOSIS_R_WELLS_MODERATE); /* 2: moderate */
    /* All nine +1 items: 9; with the -2 item: 7. */
    for (size_t i = 0; i < sizeof wells_switches / sizeof wells_switches[0]; i++)
        set(wells_switches[i].field, "yes");
    set(CALFCARE_DIAGNOSIS_CALF_SWELLING_CM, "5");
    run();
    ck_assert_int_eq(dx.wells_score, 9);
    ck_assert_uint_eq(flag(CALFCARE_FLAG_DVT)->reason_count, 11); /* nine items + likely + band */
    ck_assert_int_eq(flag(CALFCARE_FLAG_DVT)->reasons[10], CALFCARE_DIAGNOSIS_R_WELLS_HIGH);
    set(CALFCARE_DIAGNOSIS_ALTERNATIVE_DIAGNOSIS_LIKELY, "yes");
    run();
    ck_assert_int_eq(dx.wells_score, 7);
    /* Three items with the -2 item: 3 - 2 = 1: see a clinician, not urgent. */
    setup();
    set(CALFCARE_DIAGNOSIS_BEDRIDDEN_OR_SURGERY, "yes");
    set(CALFCARE_DIAGNOSIS_PITTING_EDEMA, "yes");
    set(CALFCARE_DIAGNOSIS_WHOLE_LEG_SWOLLEN, "yes");
    set(CALFCARE_DIAGNOSIS_ALTERNATIVE_DIAGNOSIS_LIKELY, "yes");
    run();
    ck_assert_int_eq(dx.wells_score, 1);
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN);
}
END_TEST

/* Wells 1997's bands by score, worked from the paper: 3 or more high, 1-2 moderate, 0 or less low. */
START_TEST(test_wells_bands)
{
    static const struct {
        int score, band;
    } cases[] = {{-2, CALFCARE_DIAGNOSIS_WELLS_LOW},      {0, CALFCARE_DIAGNOSIS_WELLS_LOW},       {1, CALFCARE_DIAGNOSIS_WELLS_MODERATE},
                 {2, CALFCARE_DIAGNOSIS_WELLS_MODERATE}, {3, CALFCARE_DIAGNOSIS_WELLS_HIGH},      {9, CALFCARE_DIAGNOSIS_WELLS_HIGH},
                 {-100, CALFCARE_DIAGNOSIS_WELLS_LOW},   {100, CALFCARE_DIAGNOSIS_WELLS_HIGH}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        ck_assert_int_eq(calfcare_diagnosis_wells_classify(cases[i].score), cases[i].band);
    ck_assert_str_eq(calfcare_diagnosis_wells_band_name(CALFCARE_DIAGNOSIS_WELLS_NOT_ASSESSED), "not_assessed");
    ck_assert_str_eq(calfcare_diagnosis_wells_band_name(CALFCARE_DIAGNOSIS_WELLS_LOW), "low");
    ck_assert_str_eq(calfcare_diagnosis_wells_band_name(CALFCARE_DIAGNOSIS_WELLS_MODERATE), "moderate");
    ck_assert_str_eq(calfcare_diagnosis_wells_band_name(CALFCARE_DIAGNOSIS_WELLS_HIGH), "high");
    ck_assert_str_eq(calfcare_diagnosis_wells_band_name(4), "unknown");
    ck_assert_str_eq(calfcare_diagnosis_wells_band_name(-1), "unknown");
    /* Without any Wells item: not assessed, no band reason anywhere. */
    run();
    ck_assert_int_eq(dx.wells_known, 0);
    ck_assert_int_eq(dx.wells_band, CALFCARE_DIAGNOSIS_WELLS_NOT_ASSESSED);
    /* Three items: 3, high; the reason names the band. */
    set(CALFCARE_DIAGNOSIS_WHOLE_LEG_SWOLLEN, "yes");
    set(CALFCARE_DIAGNOSIS_PITTING_EDEMA, "yes");
    set(CALFCARE_DIAGNOSIS_PREVIOUS_DVT, "yes");
    run();
    ck_assert_int_eq(dx.wells_band, CALFCARE_DIAGNOSIS_WELLS_HIGH);
    ck_assert(flag_has(CALFCARE_FLAG_DVT, CALFCARE_DIAGNOSIS_R_WELLS_HIGH));
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_DIAGNOSIS_R_WELLS_HIGH)->name, "wells_high");
}
END_TEST

/* ==== other red flags ========================================================================== */

static const unsigned soft_and_running =
    CALFCARE_CARE_MASSAGE | CALFCARE_CARE_FOAM_ROLL | CALFCARE_CARE_STRETCH | CALFCARE_CARE_RUNNING;
/* Reduced sensation adds ice and a bandage (the gate's nerve row). */
static const unsigned no_sensation = CALFCARE_CARE_MASSAGE | CALFCARE_CARE_FOAM_ROLL | CALFCARE_CARE_STRETCH |
                                     CALFCARE_CARE_RUNNING | CALFCARE_CARE_ICE | CALFCARE_CARE_COMPRESSION;

START_TEST(test_achilles_rupture)
{
    set(CALFCARE_DIAGNOSIS_THOMPSON_POSITIVE, "yes");
    run();
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_URGENT);
    ck_assert_int_eq(dx.triage_flag, CALFCARE_FLAG_ACHILLES_RUPTURE);
    ck_assert(flag_has(CALFCARE_FLAG_ACHILLES_RUPTURE, CALFCARE_DIAGNOSIS_R_RUPTURE_THOMPSON_POSITIVE));
    ck_assert_uint_eq(dx.blocked.mask, soft_and_running);
    ck_assert_int_eq(dx.blocked.flag[4], CALFCARE_FLAG_ACHILLES_RUPTURE);
    setup();
    set(CALFCARE_DIAGNOSIS_PALPABLE_GAP, "yes");
    run();
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_URGENT);
    ck_assert(flag_has(CALFCARE_FLAG_ACHILLES_RUPTURE, CALFCARE_DIAGNOSIS_R_RUPTURE_PALPABLE_GAP));
    setup();
    set(CALFCARE_DIAGNOSIS_SUDDEN_POP, "yes");
    set(CALFCARE_DIAGNOSIS_WEAK_PUSH_OFF, "yes");
    run();
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_URGENT);
    ck_assert(flag_has(CALFCARE_FLAG_ACHILLES_RUPTURE, CALFCARE_DIAGNOSIS_R_RUPTURE_POP_WEAK_PUSH_OFF));
    ck_assert_ptr_null(flag(CALFCARE_FLAG_CALF_TEAR)); /* the pop is explained by the rupture picture */
    ck_assert_uint_eq(dx.flag_count, 1);
}
END_TEST

START_TEST(test_calf_tear)
{
    set(CALFCARE_DIAGNOSIS_SUDDEN_POP, "yes");
    run();
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN);
    ck_assert_int_eq(dx.triage_flag, CALFCARE_FLAG_CALF_TEAR);
    ck_assert(flag_has(CALFCARE_FLAG_CALF_TEAR, CALFCARE_DIAGNOSIS_R_TEAR_SUDDEN_POP));
    ck_assert_uint_eq(dx.blocked.mask, soft_and_running); /* a tear blocks stretch, massage, rolling, running */
    /* Tennis leg: the clinician must also exclude a DVT. */
    ck_assert_str_eq(dx.advice[0].text, "See a clinician within a few days, before treating it yourself: possible calf "
                                        "muscle tear (a clot must be ruled out too).");
    set(CALFCARE_DIAGNOSIS_BRUISING, "yes");
    run();
    ck_assert_uint_eq(flag(CALFCARE_FLAG_CALF_TEAR)->reason_count, 2);
    setup();
    set(CALFCARE_DIAGNOSIS_BRUISING, "yes");
    run();
    ck_assert(flag_has(CALFCARE_FLAG_CALF_TEAR, CALFCARE_DIAGNOSIS_R_TEAR_BRUISING));
    setup();
    set(CALFCARE_DIAGNOSIS_WEAK_PUSH_OFF, "yes");
    run();
    ck_assert(flag_has(CALFCARE_FLAG_CALF_TEAR, CALFCARE_DIAGNOSIS_R_TEAR_WEAK_PUSH_OFF));
    ck_assert_ptr_null(flag(CALFCARE_FLAG_ACHILLES_RUPTURE));
    /* Pop + weak push-off + bruising: the rupture (urgent) and the bruising as a tear finding. */
    set(CALFCARE_DIAGNOSIS_SUDDEN_POP, "yes");
    set(CALFCARE_DIAGNOSIS_BRUISING, "yes");
    run();
    ck_assert_uint_eq(dx.flag_count, 2);
    ck_assert_int_eq(dx.flags[0].flag, CALFCARE_FLAG_ACHILLES_RUPTURE);
    ck_assert_int_eq(dx.flags[1].flag, CALFCARE_FLAG_CALF_TEAR);
    ck_assert_int_eq(dx.blocked.flag[0], CALFCARE_FLAG_ACHILLES_RUPTURE); /* the more serious one */
}
END_TEST

START_TEST(test_exertional_and_nerve)
{
    set(CALFCARE_DIAGNOSIS_PREDICTABLE_EXERTIONAL_PAIN, "yes");
    run();
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN);
    ck_assert(flag_has(CALFCARE_FLAG_EXERTIONAL, CALFCARE_DIAGNOSIS_R_EXERTIONAL_PREDICTABLE_PAIN));
    ck_assert_uint_eq(dx.blocked.mask, soft_and_running); /* assessed before any loading */
    ck_assert_int_eq(dx.blocked.flag[4], CALFCARE_FLAG_EXERTIONAL);
    set(CALFCARE_DIAGNOSIS_NUMBNESS, "yes");
    run();
    ck_assert(flag_has(CALFCARE_FLAG_EXERTIONAL, CALFCARE_DIAGNOSIS_R_EXERTIONAL_NUMBNESS));
    ck_assert_ptr_null(flag(CALFCARE_FLAG_NERVE)); /* numbness belongs to the exertional pattern */
    ck_assert_uint_eq(dx.blocked.mask, no_sensation); /* ice and a bandage need sensation */
    ck_assert_int_eq(dx.blocked.flag[3], CALFCARE_FLAG_EXERTIONAL);
    ck_assert_int_eq(dx.blocked.flag[5], CALFCARE_FLAG_EXERTIONAL);
    setup();
    set(CALFCARE_DIAGNOSIS_NUMBNESS, "yes");
    run();
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN);
    ck_assert_int_eq(dx.triage_flag, CALFCARE_FLAG_NERVE);
    ck_assert(flag_has(CALFCARE_FLAG_NERVE, CALFCARE_DIAGNOSIS_R_NUMBNESS));
    ck_assert_uint_eq(dx.blocked.mask, no_sensation);
    set(CALFCARE_DIAGNOSIS_PREDICTABLE_EXERTIONAL_PAIN, "no");
    run();
    ck_assert_ptr_nonnull(flag(CALFCARE_FLAG_NERVE));
}
END_TEST

START_TEST(test_stress_fracture_and_rest_night_pain)
{
    set(CALFCARE_DIAGNOSIS_FOCAL_BONE_TENDERNESS, "yes");
    run();
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN);
    ck_assert(flag_has(CALFCARE_FLAG_STRESS_FRACTURE, CALFCARE_DIAGNOSIS_R_STRESS_FRACTURE_BONE_TENDERNESS));
    ck_assert_uint_eq(dx.blocked.mask, soft_and_running);
    ck_assert_int_eq(dx.blocked.flag[4], CALFCARE_FLAG_STRESS_FRACTURE);
    set(CALFCARE_DIAGNOSIS_NIGHT_PAIN, "yes");
    run();
    ck_assert(flag_has(CALFCARE_FLAG_STRESS_FRACTURE, CALFCARE_DIAGNOSIS_R_STRESS_FRACTURE_NIGHT_PAIN));
    ck_assert_ptr_null(flag(CALFCARE_FLAG_REST_NIGHT_PAIN)); /* explained by the bone signs */
    setup();
    set(CALFCARE_DIAGNOSIS_PAIN_ON_HOPPING, "yes");
    run();
    ck_assert(flag_has(CALFCARE_FLAG_STRESS_FRACTURE, CALFCARE_DIAGNOSIS_R_STRESS_FRACTURE_HOPPING_PAIN));
    setup();
    set(CALFCARE_DIAGNOSIS_NIGHT_PAIN, "yes");
    run();
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN);
    ck_assert(flag_has(CALFCARE_FLAG_REST_NIGHT_PAIN, CALFCARE_DIAGNOSIS_R_NIGHT_PAIN));
    ck_assert_ptr_null(flag(CALFCARE_FLAG_STRESS_FRACTURE));
    ck_assert_uint_eq(dx.blocked.mask, CALFCARE_CARE_RUNNING); /* explained before training resumes */
    setup();
    set(CALFCARE_DIAGNOSIS_REST_PAIN, "yes");
    run();
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN);
    ck_assert(flag_has(CALFCARE_FLAG_REST_NIGHT_PAIN, CALFCARE_DIAGNOSIS_R_REST_PAIN));
}
END_TEST

START_TEST(test_fever_and_cannot_walk)
{
    set(CALFCARE_DIAGNOSIS_FEVER, "yes");
    run();
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_URGENT);
    ck_assert_int_eq(dx.triage_flag, CALFCARE_FLAG_SYSTEMIC);
    ck_assert(flag_has(CALFCARE_FLAG_SYSTEMIC, CALFCARE_DIAGNOSIS_R_FEVER));
    ck_assert_uint_eq(dx.blocked.mask, no_sensation); /* nothing on the calf itself: rest only */
    setup();
    set(CALFCARE_DIAGNOSIS_CANNOT_WALK_4_STEPS, "yes");
    run();
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_URGENT);
    ck_assert_int_eq(dx.triage_flag, CALFCARE_FLAG_CANNOT_BEAR_WEIGHT);
    ck_assert(flag_has(CALFCARE_FLAG_CANNOT_BEAR_WEIGHT, CALFCARE_DIAGNOSIS_R_CANNOT_WALK_4_STEPS));
    ck_assert_uint_eq(dx.blocked.mask, soft_and_running); /* urgent: no routine, stretch, roll or massage */
    /* Every switch given as "no": no flag at all. */
    setup();
    for (int id = CALFCARE_DIAGNOSIS_ACTIVE_CANCER; id <= CALFCARE_DIAGNOSIS_CANNOT_WALK_4_STEPS; id++)
        if (id != CALFCARE_DIAGNOSIS_CALF_SWELLING_CM)
            set(id, "no");
    run();
    ck_assert_uint_eq(dx.flag_count, 0);
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE);
}
END_TEST

START_TEST(test_triage_order)
{
    /* A Wells-1 DVT sign (see a clinician) with an Achilles rupture (urgent): the rupture decides. */
    set(CALFCARE_DIAGNOSIS_PREVIOUS_DVT, "yes");
    set(CALFCARE_DIAGNOSIS_THOMPSON_POSITIVE, "yes");
    run();
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_URGENT);
    ck_assert_int_eq(dx.triage_flag, CALFCARE_FLAG_ACHILLES_RUPTURE);
    ck_assert_int_eq(dx.flags[0].flag, CALFCARE_FLAG_ACHILLES_RUPTURE);
    ck_assert_int_eq(dx.flags[1].flag, CALFCARE_FLAG_DVT);
    ck_assert_int_eq(dx.blocked.flag[0], CALFCARE_FLAG_ACHILLES_RUPTURE); /* massage: the urgent flag */
    ck_assert_uint_eq(dx.blocked.mask, soft_and_running | CALFCARE_CARE_COMPRESSION); /* the bandage: dvt */
    ck_assert_int_eq(dx.blocked.flag[5], CALFCARE_FLAG_DVT);
    /* Wells 2 (urgent) ranks the DVT before the rupture. */
    set(CALFCARE_DIAGNOSIS_ACTIVE_CANCER, "yes");
    run();
    ck_assert_int_eq(dx.triage_flag, CALFCARE_FLAG_DVT);
    ck_assert_int_eq(dx.flags[0].flag, CALFCARE_FLAG_DVT);
    ck_assert_int_eq(dx.blocked.flag[0], CALFCARE_FLAG_DVT);
    ck_assert_int_eq(dx.blocked.flag[4], CALFCARE_FLAG_DVT); /* the dvt row blocks running too */
    /* Fever (urgent) over a stress fracture (see a clinician). */
    setup();
    set(CALFCARE_DIAGNOSIS_FOCAL_BONE_TENDERNESS, "yes");
    set(CALFCARE_DIAGNOSIS_FEVER, "yes");
    run();
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_URGENT);
    ck_assert_int_eq(dx.flags[0].flag, CALFCARE_FLAG_SYSTEMIC);
    ck_assert_int_eq(dx.flags[1].flag, CALFCARE_FLAG_STRESS_FRACTURE);
    ck_assert_int_eq(dx.blocked.flag[4], CALFCARE_FLAG_SYSTEMIC);
    /* Every flag at once: urgent ones first, then the documented order; nine flags, all listed. */
    setup();
    set(CALFCARE_DIAGNOSIS_PREVIOUS_DVT, "yes");
    set(CALFCARE_DIAGNOSIS_ACTIVE_CANCER, "yes");
    set(CALFCARE_DIAGNOSIS_PALPABLE_GAP, "yes");
    set(CALFCARE_DIAGNOSIS_BRUISING, "yes");
    set(CALFCARE_DIAGNOSIS_PREDICTABLE_EXERTIONAL_PAIN, "yes");
    set(CALFCARE_DIAGNOSIS_FOCAL_BONE_TENDERNESS, "yes");
    set(CALFCARE_DIAGNOSIS_FEVER, "yes");
    set(CALFCARE_DIAGNOSIS_CANNOT_WALK_4_STEPS, "yes");
    set(CALFCARE_DIAGNOSIS_REST_PAIN, "yes");
    run();
    {
        static const int expect[] = {CALFCARE_FLAG_DVT, CALFCARE_FLAG_ACHILLES_RUPTURE, CALFCARE_FLAG_CANNOT_BEAR_WEIGHT,
                                     CALFCARE_FLAG_SYSTEMIC, CALFCARE_FLAG_CALF_TEAR, CALFCARE_FLAG_STRESS_FRACTURE,
                                     CALFCARE_FLAG_EXERTIONAL, CALFCARE_FLAG_REST_NIGHT_PAIN};
        ck_assert_uint_eq(dx.flag_count, 8);
        for (unsigned i = 0; i < 8; i++)
            ck_assert_int_eq(dx.flags[i].flag, expect[i]);
    }
    /* Fever (the systemic row) blocks ice and the bandage too; DVT the bandage. Everything is blocked. */
    ck_assert_uint_eq(dx.blocked.mask, no_sensation);
    ck_assert_int_eq(dx.blocked.flag[3], CALFCARE_FLAG_SYSTEMIC);
    ck_assert_int_eq(dx.blocked.flag[5], CALFCARE_FLAG_DVT);
    /* The nerve flag comes last of the see-a-clinician flags. */
    setup();
    set(CALFCARE_DIAGNOSIS_NUMBNESS, "yes");
    set(CALFCARE_DIAGNOSIS_NIGHT_PAIN, "yes");
    run();
    ck_assert_int_eq(dx.flags[0].flag, CALFCARE_FLAG_REST_NIGHT_PAIN);
    ck_assert_int_eq(dx.flags[1].flag, CALFCARE_FLAG_NERVE);
}
END_TEST

/* ==== advice ================================================================================= */

START_TEST(test_advice_training_caps)
{
    const calfcare_diagnosis_advice *a;
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "35,40");
    run();
    a = advice(CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CAP);
    ck_assert_ptr_nonnull(a);
    ck_assert_double_eq_tol(a->value, 44, 1e-9); /* 40 * 1.10 */
    ck_assert_str_eq(a->text, "Next week: at most 44 km (last week 40 km + 10%).");
    set(CALFCARE_DIAGNOSIS_MAX_INCREASE_PCT, "5");
    run();
    a = advice(CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CAP);
    ck_assert_double_eq_tol(a->value, 42, 1e-9); /* 40 * 1.05 */
    ck_assert_str_eq(a->text, "Next week: at most 42 km (last week 40 km + 5%).");
    set(CALFCARE_DIAGNOSIS_LONGEST_RUN_30D_KM, "12");
    set(CALFCARE_DIAGNOSIS_LAST_RUN_KM, "16");
    run();
    a = advice(CALFCARE_DIAGNOSIS_R_NEXT_RUN_CAP);
    ck_assert_ptr_nonnull(a);
    ck_assert_double_eq_tol(a->value, 13.2, 1e-9); /* 12 * 1.10; the 16 km spike does not raise the cap */
    ck_assert_str_eq(a->text, "Next run: at most 13.2 km (longest run of the last 30 days 12 km + 10%).");
    set(CALFCARE_DIAGNOSIS_LONGEST_RUN_30D_KM, "0");
    run();
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_NEXT_RUN_CAP)); /* nothing to scale */
    /* No caps while running is blocked. */
    set(CALFCARE_DIAGNOSIS_LONGEST_RUN_30D_KM, "12");
    set(CALFCARE_DIAGNOSIS_PAIN_ON_HOPPING, "yes");
    run();
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CAP));
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_NEXT_RUN_CAP));
    a = advice(CALFCARE_DIAGNOSIS_R_AVOID_BLOCKED_CARE);
    ck_assert_ptr_nonnull(a);
    ck_assert_str_eq(a->text, "Until a clinician clears you, do not massage, foam roll, stretch or run.");
    ck_assert(a->value == soft_and_running);
    /* Rest pain alone blocks only running: still no targets. */
    ck_assert_int_eq(calfcare_input_unset(&in, CALFCARE_DIAGNOSIS_PAIN_ON_HOPPING, NULL), CALFCARE_OK);
    set(CALFCARE_DIAGNOSIS_REST_PAIN, "yes");
    run();
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CAP));
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_NEXT_RUN_CAP));
    ck_assert_str_eq(advice(CALFCARE_DIAGNOSIS_R_AVOID_BLOCKED_CARE)->text, "Until a clinician clears you, do not run.");
}
END_TEST

START_TEST(test_advice_cadence)
{
    const calfcare_diagnosis_advice *a;
    set(CALFCARE_DIAGNOSIS_CADENCE, "162");
    run();
    a = advice(CALFCARE_DIAGNOSIS_R_CADENCE_TARGET);
    ck_assert_ptr_nonnull(a);
    ck_assert(a->value == 170); /* 162 * 1.05 = 170.1, rounded down */
    ck_assert_str_eq(a->text, "Cadence: aim for 170 steps/min, 5% above your 162 (never more than 10% at once).");
    set(CALFCARE_DIAGNOSIS_CADENCE_INCREASE_PCT, "10");
    set(CALFCARE_DIAGNOSIS_CADENCE, "160");
    run();
    ck_assert(advice(CALFCARE_DIAGNOSIS_R_CADENCE_TARGET)->value == 176); /* 160 * 1.10 = 176 exactly */
    set(CALFCARE_DIAGNOSIS_CADENCE, "165");
    run();
    ck_assert(advice(CALFCARE_DIAGNOSIS_R_CADENCE_TARGET)->value == 181); /* 181.5 down: never over +10% */
    /* A good cadence and no other form finding: no cadence advice. */
    setup();
    set(CALFCARE_DIAGNOSIS_CADENCE, "175");
    run();
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_CADENCE_TARGET));
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_SHORTEN_STRIDE));
    set(CALFCARE_DIAGNOSIS_OVERSTRIDE, "yes");
    run();
    ck_assert(advice(CALFCARE_DIAGNOSIS_R_CADENCE_TARGET)->value == 183); /* 175 * 1.05 = 183.75 */
    ck_assert_ptr_nonnull(advice(CALFCARE_DIAGNOSIS_R_SHORTEN_STRIDE));
}
END_TEST

START_TEST(test_advice_shoes)
{
    const calfcare_diagnosis_advice *a;
    set(CALFCARE_DIAGNOSIS_SHOE_KM, "720");
    run();
    a = advice(CALFCARE_DIAGNOSIS_R_SHOES_KM_LEFT);
    ck_assert_ptr_nonnull(a);
    ck_assert(a->value == 80); /* 800 - 720 */
    ck_assert_str_eq(a->text, "Shoes: 80 km left before the 800 km replacement point.");
    set(CALFCARE_DIAGNOSIS_SHOE_LIMIT_KM, "1000");
    run();
    ck_assert(advice(CALFCARE_DIAGNOSIS_R_SHOES_KM_LEFT)->value == 280); /* 1000 - 720 */
    ck_assert_int_eq(calfcare_input_unset(&in, CALFCARE_DIAGNOSIS_SHOE_LIMIT_KM, NULL), CALFCARE_OK);
    set(CALFCARE_DIAGNOSIS_SHOE_KM, "850");
    run();
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_SHOES_KM_LEFT));
    a = advice(CALFCARE_DIAGNOSIS_R_SHOES_REPLACE);
    ck_assert(a->value == -50); /* 800 - 850 */
    ck_assert_str_eq(a->text, "Shoes: 50 km past the 800 km replacement point; replace them.");
    set(CALFCARE_DIAGNOSIS_SHOE_KM, "800");
    run();
    ck_assert(advice(CALFCARE_DIAGNOSIS_R_SHOES_REPLACE)->value == 0);
    set(CALFCARE_DIAGNOSIS_SHOE_DROP_MM, "4");
    set(CALFCARE_DIAGNOSIS_PREVIOUS_DROP_MM, "10");
    run();
    a = advice(CALFCARE_DIAGNOSIS_R_DROP_TRANSITION);
    ck_assert(a->value == 6);
    ck_assert_str_eq(a->text, "Drop: you went from 10 mm to 4 mm; run mostly in the higher-drop pair and move to the "
                              "lower one over several weeks.");
    set(CALFCARE_DIAGNOSIS_SHOE_DROP_MM, "8");
    run();
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_DROP_TRANSITION)); /* 2 mm */
    set(CALFCARE_DIAGNOSIS_SHOE_AGE_MONTHS, "11.5");
    run();
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_SHOES_REPLACE_AGE));
    set(CALFCARE_DIAGNOSIS_SHOE_AGE_MONTHS, "14");
    run();
    a = advice(CALFCARE_DIAGNOSIS_R_SHOES_REPLACE_AGE);
    ck_assert(a->value == 14);
    ck_assert_str_eq(a->text, "Shoes: at 14 months they have reached the 12-month replacement age; replace them.");
    set(CALFCARE_DIAGNOSIS_MINIMALIST, "yes");
    run();
    a = advice(CALFCARE_DIAGNOSIS_R_MINIMALIST_TRANSITION);
    ck_assert(a->value == 35);
    ck_assert_str_eq(a->text, "Minimalist shoes: build up over weeks and keep under 35 km a week in them.");
}
END_TEST

START_TEST(test_advice_referral_and_relief)
{
    const calfcare_diagnosis_advice *a;
    /* Urgent: see a clinician today first, no self-care relief. */
    set(CALFCARE_DIAGNOSIS_THOMPSON_POSITIVE, "yes");
    run();
    ck_assert_int_eq(dx.advice[0].code, CALFCARE_DIAGNOSIS_R_SEE_CLINICIAN_TODAY);
    ck_assert_str_eq(dx.advice[0].text, "See a clinician today: possible Achilles tendon rupture. Do not treat it yourself.");
    ck_assert_str_eq(dx.advice[1].text, "Until a clinician clears you, do not massage, foam roll, stretch or run.");
    /* First aid the gate allows for a rupture: rice, nothing more. */
    ck_assert_str_eq(dx.advice[2].text, "First aid until seen: protocol 'rice' - stop what hurts, ice 15-20 min "
                                        "wrapped in a towel, compression and elevation; no stretching, rolling, "
                                        "massage or running.");
    ck_assert_uint_eq(dx.advice_count, 3);
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_RELIEF_FULL));
    /* DVT sign: see a clinician, the Wells score in the text, first aid 'rest' only. */
    setup();
    set(CALFCARE_DIAGNOSIS_DEEP_VEIN_TENDERNESS, "yes");
    run();
    ck_assert_int_eq(dx.advice[0].code, CALFCARE_DIAGNOSIS_R_SEE_CLINICIAN);
    ck_assert_str_eq(dx.advice[0].text, "See a clinician within a few days, before treating it yourself: possible "
                                        "deep-vein thrombosis (blood clot) (Wells score 1).");
    ck_assert_str_eq(dx.advice[1].text, "Until a clinician clears you, do not massage, foam roll, stretch, run or "
                                        "use a compression bandage.");
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_RELIEF_RICE));
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_RELIEF_FULL));
    ck_assert_str_eq(dx.advice[2].text, "First aid until seen: protocol 'rest' - lie down with the calf raised above "
                                        "the heart; no bandage, nothing that presses, rubs or stretches the calf, "
                                        "no running.");
    /* Wells 2: today. */
    set(CALFCARE_DIAGNOSIS_PREVIOUS_DVT, "yes");
    run();
    ck_assert_str_eq(dx.advice[0].text, "See a clinician today: possible deep-vein thrombosis (blood clot) "
                                        "(Wells score 2). Do not treat it yourself.");
    /* Urgent and see-clinician flags together: both named. */
    setup();
    set(CALFCARE_DIAGNOSIS_FEVER, "yes");
    set(CALFCARE_DIAGNOSIS_NIGHT_PAIN, "yes");
    run();
    ck_assert_str_eq(dx.advice[0].text, "See a clinician today: fever. Do not treat it yourself.");
    ck_assert_int_eq(dx.advice[1].code, CALFCARE_DIAGNOSIS_R_SEE_CLINICIAN);
    ck_assert_str_eq(dx.advice[1].text, "Also tell the clinician about: pain at rest or at night.");
    /* A tear: rice only until seen. */
    setup();
    set(CALFCARE_DIAGNOSIS_BRUISING, "yes");
    run();
    a = advice(CALFCARE_DIAGNOSIS_R_RELIEF_RICE);
    ck_assert_ptr_nonnull(a);
    ck_assert_str_eq(a->text, "First aid until seen: protocol 'rice' - stop what hurts, ice 15-20 min wrapped in a "
                              "towel, compression and elevation; no stretching, rolling, massage or running.");
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_RELIEF_FULL));
    /* Numbness: neither full nor rice (ice and a bandage need sensation): the rest protocol. */
    setup();
    set(CALFCARE_DIAGNOSIS_NUMBNESS, "yes");
    run();
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_RELIEF_FULL));
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_RELIEF_RICE));
    a = advice(CALFCARE_DIAGNOSIS_R_RELIEF_REST);
    ck_assert_ptr_nonnull(a);
    ck_assert_str_eq(a->text, "First aid until seen: protocol 'rest' - lie down with the calf raised above the heart; "
                              "no ice, no bandage, nothing that presses, rubs or stretches the calf, no running.");
    ck_assert_str_eq(dx.advice[0].text, "See a clinician within a few days, before treating it yourself: numbness or "
                                        "tingling.");
}
END_TEST

/* Next week's climbing and hard minutes: the distance's cap rule (cc_week_cap) on the last week. */
START_TEST(test_advice_climb_and_hard_caps)
{
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "40,40");
    run();
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CLIMB_CAP));
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_ONE_INCREASE_PER_WEEK)); /* distance alone: nothing to say */
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "250,620");
    set(CALFCARE_DIAGNOSIS_WEEKLY_HARD_MIN, "20,20");
    run();
    ck_assert_double_eq_tol(advice(CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CLIMB_CAP)->value, 682.0, 1e-9); /* 620 x 1.10 */
    ck_assert_str_eq(advice(CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CLIMB_CAP)->text,
                     "Next week's climbing: at most 682 m (last week 620 m + 10%, the same limit as distance).");
    ck_assert_double_eq_tol(advice(CALFCARE_DIAGNOSIS_R_NEXT_WEEK_HARD_CAP)->value, 22.0, 1e-9); /* 20 x 1.10 */
    ck_assert_ptr_nonnull(strstr(advice(CALFCARE_DIAGNOSIS_R_NEXT_WEEK_HARD_CAP)->text, "at most 22 min"));
    ck_assert_ptr_nonnull(strstr(advice(CALFCARE_DIAGNOSIS_R_ONE_INCREASE_PER_WEEK)->text,
                                 "do not raise distance and intensity or hills in the same week"));
    ck_assert(isnan(advice(CALFCARE_DIAGNOSIS_R_ONE_INCREASE_PER_WEEK)->value));
    /* Order: distance, climbing, hard minutes, one increase a week. */
    ck_assert_int_eq(dx.advice[1].code, CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CAP);
    ck_assert_int_eq(dx.advice[2].code, CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CLIMB_CAP);
    ck_assert_int_eq(dx.advice[3].code, CALFCARE_DIAGNOSIS_R_NEXT_WEEK_HARD_CAP);
    ck_assert_int_eq(dx.advice[4].code, CALFCARE_DIAGNOSIS_R_ONE_INCREASE_PER_WEEK);
    /* After a week without: the cap is 0, as for distance. */
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "300,0");
    run();
    ck_assert_double_eq(advice(CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CLIMB_CAP)->value, 0);
    ck_assert_ptr_nonnull(strstr(advice(CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CLIMB_CAP)->text, "after a week without"));
    /* The configurable limit. */
    set(CALFCARE_DIAGNOSIS_MAX_INCREASE_PCT, "20");
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "500");
    run();
    ck_assert_double_eq_tol(advice(CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CLIMB_CAP)->value, 600.0, 1e-9); /* 500 x 1.20 */
    ck_assert_double_eq_tol(advice(CALFCARE_DIAGNOSIS_R_NEXT_WEEK_HARD_CAP)->value, 24.0, 1e-9);   /* 20 x 1.20 */
    /* A switch alone brings the one-increase advice; an explicit "no" does not. */
    setup();
    set(CALFCARE_DIAGNOSIS_HILL_TRAINING_ADDED, "no");
    run();
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_ONE_INCREASE_PER_WEEK));
    set(CALFCARE_DIAGNOSIS_SPEED_WORK_ADDED, "yes");
    run();
    ck_assert_ptr_nonnull(advice(CALFCARE_DIAGNOSIS_R_ONE_INCREASE_PER_WEEK));
    /* Red flags win: no climbing or intensity target while running is blocked. */
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "250,620");
    set(CALFCARE_DIAGNOSIS_WEEKLY_HARD_MIN, "20,20");
    set(CALFCARE_DIAGNOSIS_REST_PAIN, "yes");
    run();
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN);
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CLIMB_CAP));
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_NEXT_WEEK_HARD_CAP));
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_ONE_INCREASE_PER_WEEK));
    ck_assert(cause_has(CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, CALFCARE_DIAGNOSIS_R_WEEKLY_CLIMB_OVER_LIMIT)); /* still a reason */
}
END_TEST

/* When running form scores: how to see it (film from the side, or a coach), two codes. */
START_TEST(test_advice_form_seeing)
{
    set(CALFCARE_DIAGNOSIS_CADENCE, "175");
    run();
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_FORM_FILM)); /* form scores 0 */
    set(CALFCARE_DIAGNOSIS_FOOT_STRIKE, "heel");
    run();
    ck_assert_ptr_nonnull(advice(CALFCARE_DIAGNOSIS_R_FORM_FILM));
    ck_assert_ptr_nonnull(strstr(advice(CALFCARE_DIAGNOSIS_R_FORM_FILM)->text, "from the side with a phone"));
    ck_assert_ptr_nonnull(strstr(advice(CALFCARE_DIAGNOSIS_R_FORM_FILM)->text, "usual pace"));
    ck_assert_ptr_nonnull(strstr(advice(CALFCARE_DIAGNOSIS_R_FORM_COACH)->text, "running coach"));
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_DIAGNOSIS_R_FORM_FILM)->source, "brief");
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_DIAGNOSIS_R_FORM_COACH)->name, "form_coach");
    set(CALFCARE_DIAGNOSIS_NIGHT_PAIN, "yes"); /* running blocked: no running-form homework */
    run();
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_FORM_FILM));
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_FORM_COACH));
}
END_TEST

/* A shoe finding sends the runner to a running store, comfort and fit first, and says what a gait
 * analysis can and cannot tell. */
START_TEST(test_advice_shoe_store)
{
    set(CALFCARE_DIAGNOSIS_SHOE_KM, "300");
    run();
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_SHOES_TRY_IN_STORE)); /* no shoe finding */
    set(CALFCARE_DIAGNOSIS_SHOE_KM, "500");
    run(); /* 500 km: the shoes_500_km rule */
    ck_assert_ptr_nonnull(strstr(advice(CALFCARE_DIAGNOSIS_R_SHOES_TRY_IN_STORE)->text, "running store"));
    ck_assert_ptr_nonnull(strstr(advice(CALFCARE_DIAGNOSIS_R_SHOES_TRY_IN_STORE)->text, "Comfort and fit come first"));
    ck_assert_ptr_nonnull(strstr(advice(CALFCARE_DIAGNOSIS_R_SHOES_GAIT_ANALYSIS)->text,
                                 "not been shown to prevent injuries"));
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_DIAGNOSIS_R_SHOES_TRY_IN_STORE)->source, "nigg2015");
    ck_assert_str_eq(calfcare_reason_lookup(CALFCARE_DIAGNOSIS_R_SHOES_GAIT_ANALYSIS)->source, "nielsen2014pronation");
    set(CALFCARE_DIAGNOSIS_REST_PAIN, "yes"); /* see_clinician: shoe advice still given */
    run();
    ck_assert_ptr_nonnull(advice(CALFCARE_DIAGNOSIS_R_SHOES_TRY_IN_STORE));
    set(CALFCARE_DIAGNOSIS_FEVER, "yes"); /* urgent: only the referral and the first aid */
    run();
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_SHOES_TRY_IN_STORE));
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_SHOES_GAIT_ANALYSIS));
}
END_TEST

START_TEST(test_advice_routines)
{
    set(CALFCARE_DIAGNOSIS_WARMUP, "never");
    set(CALFCARE_DIAGNOSIS_HEEL_RAISES, "10,12");
    run();
    ck_assert_ptr_nonnull(advice(CALFCARE_DIAGNOSIS_R_ROUTINE_WARMUP_COOLDOWN));
    ck_assert(advice(CALFCARE_DIAGNOSIS_R_ROUTINE_STRENGTH)->value == 25); /* Green 2022 return gate */
    /* Not while a flag blocks stretching. */
    set(CALFCARE_DIAGNOSIS_SUDDEN_POP, "yes");
    run();
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_ROUTINE_WARMUP_COOLDOWN));
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_ROUTINE_STRENGTH));
    /* No finding for a cause: no routine for it. */
    setup();
    set(CALFCARE_DIAGNOSIS_WARMUP, "always");
    run();
    ck_assert_ptr_null(advice(CALFCARE_DIAGNOSIS_R_ROUTINE_WARMUP_COOLDOWN));
}
END_TEST

START_TEST(test_advice_fits_everything)
{
    /* Every advice at once (see-clinician + relief + all concrete items): within the fixed array,
     * and every text NUL-terminated inside its buffer. */
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "30,40");
    set(CALFCARE_DIAGNOSIS_LONGEST_RUN_30D_KM, "10");
    set(CALFCARE_DIAGNOSIS_CADENCE, "150");
    set(CALFCARE_DIAGNOSIS_OVERSTRIDE, "yes");
    set(CALFCARE_DIAGNOSIS_SHOE_KM, "100");
    set(CALFCARE_DIAGNOSIS_SHOE_DROP_MM, "0");
    set(CALFCARE_DIAGNOSIS_PREVIOUS_DROP_MM, "12");
    set(CALFCARE_DIAGNOSIS_MINIMALIST, "yes");
    set(CALFCARE_DIAGNOSIS_WARMUP, "never");
    set(CALFCARE_DIAGNOSIS_HEEL_RAISES, "5,5");
    set(CALFCARE_DIAGNOSIS_NIGHT_PAIN, "yes");
    set(CALFCARE_DIAGNOSIS_NUMBNESS, "yes");
    run();
    set(CALFCARE_DIAGNOSIS_SHOE_AGE_MONTHS, "14");
    set(CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "100,300");
    set(CALFCARE_DIAGNOSIS_WEEKLY_HARD_MIN, "10,30");
    set(CALFCARE_DIAGNOSIS_SPEED_WORK_ADDED, "yes");
    set(CALFCARE_DIAGNOSIS_HILL_TRAINING_ADDED, "yes");
    run();
    /* With a red flag: see_clinician, avoid, first aid (rest), shoes km, age, drop, minimalist, store,
     * gait analysis = 9; no running target (distance, climbing, hard minutes), no form advice, no
     * routine. */
    ck_assert_uint_eq(dx.advice_count, 9);
    ck_assert_int_eq(dx.advice[2].code, CALFCARE_DIAGNOSIS_R_RELIEF_REST);
    ck_assert_int_eq(dx.advice[3].code, CALFCARE_DIAGNOSIS_R_SHOES_KM_LEFT);
    ck_assert_int_eq(dx.advice[8].code, CALFCARE_DIAGNOSIS_R_SHOES_GAIT_ANALYSIS);
    /* Without the flags: full relief, week cap, climbing cap, hard cap, one increase a week, run cap,
     * cadence, stride, film, coach, shoes km, age, drop, minimalist, store, gait analysis,
     * 2 routines = 18: every item the diagnosis can give at once, all kept. */
    ck_assert_int_eq(calfcare_input_unset(&in, CALFCARE_DIAGNOSIS_NIGHT_PAIN, NULL), CALFCARE_OK);
    ck_assert_int_eq(calfcare_input_unset(&in, CALFCARE_DIAGNOSIS_NUMBNESS, NULL), CALFCARE_OK);
    run();
    ck_assert_uint_eq(dx.advice_count, 18);
    ck_assert_uint_le(dx.advice_count, CALFCARE_DIAGNOSIS_MAX_ADVICE);
    for (unsigned i = 0; i < dx.advice_count; i++) {
        size_t len = strnlen(dx.advice[i].text, CALFCARE_DIAGNOSIS_ADVICE_TEXT_SIZE);
        ck_assert_uint_lt(len, CALFCARE_DIAGNOSIS_ADVICE_TEXT_SIZE - 1); /* not truncated */
        ck_assert_uint_gt(len, 10);
        ck_assert_ptr_nonnull(calfcare_reason_lookup(dx.advice[i].code));
    }
}
END_TEST

/* ==== runner vignettes from the sources ======================================================= */

typedef struct vignette {
    const char *name;
    struct {
        int id;
        const char *text;
    } in[16];
    int top_cause;    /* expected highest cause */
    double top_score; /* its score */
    int triage;
    int first_flag;   /* CALFCARE_FLAG_NONE for none */
    int wells;        /* expected Wells score, or -99 when unknown */
    unsigned blocked;
} vignette;

static const vignette vignettes[] = {
    /* Pure overtraining (Nielsen 2014, Frandsen 2025): 30 -> 45 km (+50%), a 14 km run after a
     * 10 km longest (+40%); good habits, form, strength and shoes. 0.30 + 0.20 + 0.25 = 0.75. */
    {"pure overtraining",
     {{CALFCARE_DIAGNOSIS_WEEKLY_KM, "30,30,45"}, {CALFCARE_DIAGNOSIS_LAST_RUN_KM, "14"}, {CALFCARE_DIAGNOSIS_LONGEST_RUN_30D_KM, "10"},
      {CALFCARE_DIAGNOSIS_WARMUP, "always"}, {CALFCARE_DIAGNOSIS_STRETCH_AFTER, "always"}, {CALFCARE_DIAGNOSIS_CADENCE, "178"},
      {CALFCARE_DIAGNOSIS_FOOT_STRIKE, "midfoot"}, {CALFCARE_DIAGNOSIS_OVERSTRIDE, "no"}, {CALFCARE_DIAGNOSIS_HEEL_RAISES, "30,29"},
      {CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM, "13,13"}, {CALFCARE_DIAGNOSIS_SHOE_KM, "200"}, {CALFCARE_DIAGNOSIS_SHOE_DROP_MM, "8"},
      {CALFCARE_DIAGNOSIS_PREVIOUS_DROP_MM, "8"}, {CALFCARE_DIAGNOSIS_CUSHIONING, "medium"}, {CALFCARE_DIAGNOSIS_AGE, "28"},
      {CALFCARE_DIAGNOSIS_SEX, "male"}},
     CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.75, CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE, CALFCARE_FLAG_NONE, -99, 0},
    /* Minimalist switcher (Ryan 2014, Fuller 2017): 10 -> 0 mm drop, minimalist, 42 km/week,
     * 75 kg, forefoot. Shoes 0.35 + 0.20 + 0.15 + 0.10 = 0.80 > form 0.25. */
    {"minimalist switcher",
     {{CALFCARE_DIAGNOSIS_WEEKLY_KM, "40,40,42"}, {CALFCARE_DIAGNOSIS_MINIMALIST, "yes"}, {CALFCARE_DIAGNOSIS_SHOE_DROP_MM, "0"},
      {CALFCARE_DIAGNOSIS_PREVIOUS_DROP_MM, "10"}, {CALFCARE_DIAGNOSIS_BODY_MASS_KG, "75"}, {CALFCARE_DIAGNOSIS_SHOE_KM, "150"},
      {CALFCARE_DIAGNOSIS_FOOT_STRIKE, "forefoot"}, {CALFCARE_DIAGNOSIS_CADENCE, "176"}, {CALFCARE_DIAGNOSIS_WARMUP, "always"}},
     CALFCARE_DIAGNOSIS_CAUSE_SHOES, 0.80, CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE, CALFCARE_FLAG_NONE, -99, 0},
    /* Weak-calf masters runner (Green & Pizzari 2017, Hebert-Losier 2017): 52, previous strain,
     * 14/20 raises (men's norm 24), 8/9 cm knee-to-wall. 1.15 capped at 1. */
    {"weak-calf masters runner",
     {{CALFCARE_DIAGNOSIS_AGE, "52"}, {CALFCARE_DIAGNOSIS_SEX, "male"}, {CALFCARE_DIAGNOSIS_PREVIOUS_CALF_STRAIN, "yes"},
      {CALFCARE_DIAGNOSIS_HEEL_RAISES, "14,20"}, {CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM, "8,9"}, {CALFCARE_DIAGNOSIS_WEEKLY_KM, "40,41,42"},
      {CALFCARE_DIAGNOSIS_WARMUP, "sometimes"}, {CALFCARE_DIAGNOSIS_CADENCE, "172"}},
     CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 1.0, CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE, CALFCARE_FLAG_NONE, -99, 0},
    /* DVT after surgery (Wells 1997): surgery, 4 cm swelling, pitting oedema, deep-vein tenderness:
     * Wells 4 -> urgent, massage/rolling/stretching blocked. */
    {"DVT after surgery",
     {{CALFCARE_DIAGNOSIS_BEDRIDDEN_OR_SURGERY, "yes"}, {CALFCARE_DIAGNOSIS_CALF_SWELLING_CM, "4"},
      {CALFCARE_DIAGNOSIS_PITTING_EDEMA, "yes"}, {CALFCARE_DIAGNOSIS_DEEP_VEIN_TENDERNESS, "yes"}, {CALFCARE_DIAGNOSIS_AGE, "60"},
      {CALFCARE_DIAGNOSIS_ACTIVE_CANCER, "no"}, {CALFCARE_DIAGNOSIS_PREVIOUS_DVT, "no"}},
     CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 0.15, CALFCARE_DIAGNOSIS_TRIAGE_URGENT, CALFCARE_FLAG_DVT, 4,
     CALFCARE_CARE_MASSAGE | CALFCARE_CARE_FOAM_ROLL | CALFCARE_CARE_STRETCH | CALFCARE_CARE_RUNNING |
         CALFCARE_CARE_COMPRESSION},
    /* Achilles rupture (Maffulli 1998): pop, weak push-off, positive Thompson. */
    {"Achilles rupture",
     {{CALFCARE_DIAGNOSIS_SUDDEN_POP, "yes"}, {CALFCARE_DIAGNOSIS_WEAK_PUSH_OFF, "yes"}, {CALFCARE_DIAGNOSIS_THOMPSON_POSITIVE, "yes"},
      {CALFCARE_DIAGNOSIS_AGE, "38"}, {CALFCARE_DIAGNOSIS_WEEKLY_KM, "30,36"}},
     CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.30, CALFCARE_DIAGNOSIS_TRIAGE_URGENT, CALFCARE_FLAG_ACHILLES_RUPTURE, -99,
     CALFCARE_CARE_MASSAGE | CALFCARE_CARE_FOAM_ROLL | CALFCARE_CARE_STRETCH | CALFCARE_CARE_RUNNING},
    /* Exertional compartment syndrome: pain at a predictable point of every run, numbness. */
    {"exertional",
     {{CALFCARE_DIAGNOSIS_PREDICTABLE_EXERTIONAL_PAIN, "yes"}, {CALFCARE_DIAGNOSIS_NUMBNESS, "yes"},
      {CALFCARE_DIAGNOSIS_FOOT_STRIKE, "forefoot"}, {CALFCARE_DIAGNOSIS_WEEKLY_KM, "30,31"}},
     CALFCARE_DIAGNOSIS_CAUSE_RUNNING_FORM, 0.25, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN, CALFCARE_FLAG_EXERTIONAL, -99,
     CALFCARE_CARE_MASSAGE | CALFCARE_CARE_FOAM_ROLL | CALFCARE_CARE_STRETCH | CALFCARE_CARE_RUNNING |
         CALFCARE_CARE_ICE | CALFCARE_CARE_COMPRESSION},
    /* Tennis leg: middle-aged, pop during push-off, bruising; Wells items answered no (DVT excluded
     * as far as the score goes: 0). */
    {"tennis leg",
     {{CALFCARE_DIAGNOSIS_AGE, "47"}, {CALFCARE_DIAGNOSIS_SUDDEN_POP, "yes"}, {CALFCARE_DIAGNOSIS_BRUISING, "yes"},
      {CALFCARE_DIAGNOSIS_DEEP_VEIN_TENDERNESS, "no"}, {CALFCARE_DIAGNOSIS_CALF_SWELLING_CM, "1"}},
     CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, 0.15, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN, CALFCARE_FLAG_CALF_TEAR, 0,
     CALFCARE_CARE_MASSAGE | CALFCARE_CARE_FOAM_ROLL | CALFCARE_CARE_STRETCH | CALFCARE_CARE_RUNNING},
    /* Stress fracture after a jump from 20 to 32 km: bone tenderness, hopping and night pain. */
    {"stress fracture",
     {{CALFCARE_DIAGNOSIS_FOCAL_BONE_TENDERNESS, "yes"}, {CALFCARE_DIAGNOSIS_PAIN_ON_HOPPING, "yes"}, {CALFCARE_DIAGNOSIS_NIGHT_PAIN, "yes"},
      {CALFCARE_DIAGNOSIS_WEEKLY_KM, "20,32"}, {CALFCARE_DIAGNOSIS_SEX, "female"}},
     CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, 0.50, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN, CALFCARE_FLAG_STRESS_FRACTURE, -99,
     CALFCARE_CARE_MASSAGE | CALFCARE_CARE_FOAM_ROLL | CALFCARE_CARE_STRETCH | CALFCARE_CARE_RUNNING},
};

START_TEST(test_vignettes)
{
    const vignette *v = &vignettes[_i];
    for (size_t k = 0; k < 16 && v->in[k].text; k++) {
        calfcare_status st = calfcare_input_set_text(&in, v->in[k].id, v->in[k].text, &err);
        ck_assert_msg(st == CALFCARE_OK, "%s: %s", v->name, err.message);
    }
    run();
    ck_assert_msg(dx.causes[0].cause == v->top_cause, "%s: top cause %s", v->name,
                  calfcare_diagnosis_cause_name(dx.causes[0].cause));
    ck_assert_msg(fabs(dx.causes[0].score - v->top_score) < 1e-12, "%s: top score %g", v->name, dx.causes[0].score);
    ck_assert_msg(dx.causes[1].score < dx.causes[0].score, "%s: top cause must lead", v->name);
    ck_assert_msg(dx.triage == v->triage, "%s: triage %s", v->name, calfcare_diagnosis_triage_name(dx.triage));
    ck_assert_msg(dx.triage_flag == v->first_flag, "%s: flag %s", v->name, calfcare_red_flag_name(dx.triage_flag));
    if (v->wells == -99) {
        ck_assert_int_eq(dx.wells_known, 0);
    } else {
        ck_assert_int_eq(dx.wells_known, 1);
        ck_assert_int_eq(dx.wells_score, v->wells);
    }
    ck_assert_msg(dx.blocked.mask == v->blocked, "%s: blocked 0x%x", v->name, dx.blocked.mask);
    if (v->triage == CALFCARE_DIAGNOSIS_TRIAGE_URGENT)
        ck_assert_int_eq(dx.advice[0].code, CALFCARE_DIAGNOSIS_R_SEE_CLINICIAN_TODAY);
    else if (v->triage == CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN)
        ck_assert_int_eq(dx.advice[0].code, CALFCARE_DIAGNOSIS_R_SEE_CLINICIAN);
}
END_TEST

/* The demo's sample runner (tools/sample.h), worked out by hand. */
START_TEST(test_sample_runner)
{
    set(CALFCARE_DIAGNOSIS_WEEKLY_KM, "30,32,35,48");
    set(CALFCARE_DIAGNOSIS_LAST_RUN_KM, "16");
    set(CALFCARE_DIAGNOSIS_LONGEST_RUN_30D_KM, "12");
    set(CALFCARE_DIAGNOSIS_WARMUP, "never");
    set(CALFCARE_DIAGNOSIS_STRETCH_AFTER, "sometimes");
    set(CALFCARE_DIAGNOSIS_FOOT_STRIKE, "forefoot");
    set(CALFCARE_DIAGNOSIS_CADENCE, "162");
    set(CALFCARE_DIAGNOSIS_OVERSTRIDE, "yes");
    set(CALFCARE_DIAGNOSIS_HEEL_RAISES, "18,24");
    set(CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM, "8,11");
    set(CALFCARE_DIAGNOSIS_SHOE_KM, "720");
    set(CALFCARE_DIAGNOSIS_SHOE_AGE_MONTHS, "14");
    set(CALFCARE_DIAGNOSIS_SHOE_DROP_MM, "4");
    set(CALFCARE_DIAGNOSIS_PREVIOUS_DROP_MM, "10");
    set(CALFCARE_DIAGNOSIS_CUSHIONING, "firm");
    set(CALFCARE_DIAGNOSIS_MINIMALIST, "no");
    set(CALFCARE_DIAGNOSIS_AGE, "41");
    set(CALFCARE_DIAGNOSIS_SEX, "female");
    set(CALFCARE_DIAGNOSIS_BODY_MASS_KG, "58");
    set(CALFCARE_DIAGNOSIS_PREVIOUS_CALF_STRAIN, "yes");
    run();
    /* calf: 18 < 21 (0.30), 6/24 = 25% (0.20), 8 < 10 (0.20), 3/11 = 27% (0.10), strain (0.20),
     * 41 >= 40 (0.15) = 1.15 -> 1.00; form: 0.35 + 0.20 + 0.25 = 0.80; overtraining: 48/35 = +37%
     * (0.30 + 0.20), 16/12 = +33% (0.25) = 0.75; shoes: 720 km (0.10), 14 months (0.10),
     * 10 -> 4 mm (0.35), firm (0.15) = 0.70; warm-up: never (0.35) + sometimes (0.10) = 0.45. */
    static const int order[] = {CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY, CALFCARE_DIAGNOSIS_CAUSE_RUNNING_FORM,
                                CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING, CALFCARE_DIAGNOSIS_CAUSE_SHOES, CALFCARE_DIAGNOSIS_CAUSE_WARMUP_STRETCHING};
    static const double scores[] = {1.0, 0.80, 0.75, 0.70, 0.45};
    for (int i = 0; i < 5; i++) {
        ck_assert_int_eq(dx.causes[i].cause, order[i]);
        ck_assert_double_eq_tol(dx.causes[i].score, scores[i], 1e-12);
    }
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE);
    ck_assert(advice(CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CAP)->value > 52.8 - 1e-9); /* 48 * 1.1 */
    ck_assert(advice(CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CAP)->value < 52.8 + 1e-9);
    ck_assert(advice(CALFCARE_DIAGNOSIS_R_CADENCE_TARGET)->value == 170);
    ck_assert(advice(CALFCARE_DIAGNOSIS_R_SHOES_KM_LEFT)->value == 80);
    ck_assert(advice(CALFCARE_DIAGNOSIS_R_SHOES_REPLACE_AGE)->value == 14); /* 14 >= 12 months */
}
END_TEST

Suite *diagnosis_suite(void)
{
    Suite *s = suite_create("diagnosis");
    TCase *tc;

    tc = tcase_create("input");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, test_schema_names_are_the_cli_options);
    tcase_add_test(tc, test_schema_field_kinds);
    tcase_add_test(tc, test_input_set_text_numbers_lists_words);
    tcase_add_test(tc, test_input_wrong_value_counts);
    tcase_add_test(tc, test_input_unknown_words_list_the_accepted_ones);
    tcase_add_test(tc, test_input_invalid_numbers_name_the_field);
    tcase_add_test(tc, test_input_rejected_value_keeps_the_old_one);
    tcase_add_test(tc, test_input_unset_get_count);
    tcase_add_test(tc, test_unknown_is_not_no);
    suite_add_tcase(s, tc);

    tc = tcase_create("api");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, test_diagnose_rejects_bad_arguments);
    tcase_add_test(tc, test_empty_input);
    tcase_add_test(tc, test_names);
    tcase_add_test(tc, test_reason_table);
    suite_add_tcase(s, tc);

    tc = tcase_create("causes");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, test_weekly_increase);
    tcase_add_test(tc, test_climb_and_hard_minutes);
    tcase_add_test(tc, test_climb_rule_is_the_weekly_rule);
    tcase_add_test(tc, test_climb_bad_input);
    tcase_add_test(tc, test_single_run_spike);
    tcase_add_test(tc, test_warmup_stretching);
    tcase_add_test(tc, test_running_form);
    tcase_add_test(tc, test_heel_raises);
    tcase_add_test(tc, test_knee_to_wall_and_risk_factors);
    tcase_add_test(tc, test_shoes);
    tcase_add_test(tc, test_minimalist);
    tcase_add_test(tc, test_causes_sorted);
    tcase_add_test(tc, test_rules_agree_with_check_at_the_edges);
    tcase_add_test(tc, test_spike_band_agrees_with_progression);
    suite_add_tcase(s, tc);

    tc = tcase_create("wells");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_loop_test(tc, test_wells_each_item, 0, (int)(sizeof wells_switches / sizeof wells_switches[0]));
    tcase_add_test(tc, test_wells_swelling_threshold);
    tcase_add_test(tc, test_wells_totals_and_triage);
    tcase_add_test(tc, test_wells_bands);
    suite_add_tcase(s, tc);

    tc = tcase_create("red_flags");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, test_achilles_rupture);
    tcase_add_test(tc, test_calf_tear);
    tcase_add_test(tc, test_exertional_and_nerve);
    tcase_add_test(tc, test_stress_fracture_and_rest_night_pain);
    tcase_add_test(tc, test_fever_and_cannot_walk);
    tcase_add_test(tc, test_triage_order);
    suite_add_tcase(s, tc);

    tc = tcase_create("advice");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, test_advice_training_caps);
    tcase_add_test(tc, test_advice_cadence);
    tcase_add_test(tc, test_advice_shoes);
    tcase_add_test(tc, test_advice_referral_and_relief);
    tcase_add_test(tc, test_advice_climb_and_hard_caps);
    tcase_add_test(tc, test_advice_form_seeing);
    tcase_add_test(tc, test_advice_shoe_store);
    tcase_add_test(tc, test_advice_routines);
    tcase_add_test(tc, test_advice_fits_everything);
    suite_add_tcase(s, tc);

    tc = tcase_create("vignettes");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_loop_test(tc, test_vignettes, 0, (int)(sizeof vignettes / sizeof vignettes[0]));
    tcase_add_test(tc, test_sample_runner);
    suite_add_tcase(s, tc);
    return s;
}
