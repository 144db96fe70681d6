/* Cause diagnosis and red-flag triage (calfcare/diagnosis.h). Rules, weights and sources:
 * docs/diagnosis.md; every rule below names its source key and strength in the reason table. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <string.h>

#include "diagnosis_rules.h"
#include "internal.h"
#include "rules.h"

/* ---- input schema ----------------------------------------------------------------------- */

static const char *const habit_words[] = {"never", "sometimes", "always", NULL};
static const char *const strike_words[] = {"heel", "midfoot", "forefoot", NULL};
static const char *const cushioning_words[] = {"soft", "medium", "firm", NULL};
static const char *const sex_words[] = {"female", "male", NULL};

#define NUM(id, name, unit, min, max, help) {id, name, CALFCARE_INPUT_FIELD_NUMBER, 0, unit, min, max, 1, 1, NULL, help}
#define WHOLE(id, name, unit, min, max, help) \
    {id, name, CALFCARE_INPUT_FIELD_NUMBER, CALFCARE_INPUT_FIELD_WHOLE, unit, min, max, 1, 1, NULL, help}
#define CHOICE(id, name, words, help) {id, name, CALFCARE_INPUT_FIELD_CHOICE, 0, "", 0, 0, 1, 1, words, help}
#define SWITCH(id, name, help) {id, name, CALFCARE_INPUT_FIELD_SWITCH, 0, "", 0, 1, 1, 1, NULL, help}

/* Ranges: wide enough for any real runner, narrow enough that typing errors (a cadence of 20 or
 * 400, 500 heel raises, 40 cm of swelling) are caught. Distances use the progression and shoe
 * areas' limits so the shared primitives accept every value the schema accepts. */
static const calfcare_input_field dx_fields[CALFCARE_DIAGNOSIS_FIELD_COUNT] = {
    {CALFCARE_DIAGNOSIS_WEEKLY_KM, "weekly_km", CALFCARE_INPUT_FIELD_NUMBER, 0, "km", 0, CALFCARE_PROGRESSION_MAX_WEEKLY_KM, 1, 52,
     NULL, "weekly distances, oldest first, km (1 to 52 weeks)"},
    NUM(CALFCARE_DIAGNOSIS_LAST_RUN_KM, "last_run_km", "km", 0, 300, "distance of the last run, km"),
    NUM(CALFCARE_DIAGNOSIS_LONGEST_RUN_30D_KM, "longest_run_30d_km", "km", 0, 300,
        "longest run in the 30 days before the last run, km"),
    CHOICE(CALFCARE_DIAGNOSIS_WARMUP, "warmup", habit_words, "warm-up before runs"),
    CHOICE(CALFCARE_DIAGNOSIS_STRETCH_AFTER, "stretch_after", habit_words, "stretching after runs"),
    CHOICE(CALFCARE_DIAGNOSIS_FOOT_STRIKE, "foot_strike", strike_words, "where the foot lands first"),
    NUM(CALFCARE_DIAGNOSIS_CADENCE, "cadence", "steps/min", 120, 240, "cadence, steps per minute"),
    CHOICE(CALFCARE_DIAGNOSIS_OVERSTRIDE, "overstride", cc_yes_no_words, "overstriding (foot lands well ahead of the hips)"),
    {CALFCARE_DIAGNOSIS_HEEL_RAISES, "heel_raises", CALFCARE_INPUT_FIELD_NUMBER, CALFCARE_INPUT_FIELD_WHOLE, "raises", 0, 200, 2, 2,
     NULL, "single-leg heel raises to fatigue, left,right"},
    {CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM, "knee_to_wall_cm", CALFCARE_INPUT_FIELD_NUMBER, 0, "cm", 0, 30, 2, 2, NULL,
     "knee-to-wall lunge distance, left,right, cm"},
    NUM(CALFCARE_DIAGNOSIS_SHOE_KM, "shoe_km", "km", 0, CALFCARE_SHOES_MAX_KM, "distance on the current pair of shoes, km"),
    NUM(CALFCARE_DIAGNOSIS_SHOE_AGE_MONTHS, "shoe_age_months", "months", 0, 240, "age of the current pair, months"),
    NUM(CALFCARE_DIAGNOSIS_SHOE_DROP_MM, "shoe_drop_mm", "mm", 0, 20, "heel-to-toe drop of the current pair, mm"),
    NUM(CALFCARE_DIAGNOSIS_PREVIOUS_DROP_MM, "previous_drop_mm", "mm", 0, 20, "drop of the previous pair, mm"),
    CHOICE(CALFCARE_DIAGNOSIS_CUSHIONING, "cushioning", cushioning_words, "cushioning of the current pair"),
    CHOICE(CALFCARE_DIAGNOSIS_MINIMALIST, "minimalist", cc_yes_no_words, "minimalist shoes"),
    WHOLE(CALFCARE_DIAGNOSIS_AGE, "age", "years", 5, 110, "age, years"),
    CHOICE(CALFCARE_DIAGNOSIS_SEX, "sex", sex_words, "sex (for the heel-raise norm)"),
    NUM(CALFCARE_DIAGNOSIS_BODY_MASS_KG, "body_mass_kg", "kg", 30, 250, "body mass, kg"),
    CHOICE(CALFCARE_DIAGNOSIS_PREVIOUS_CALF_STRAIN, "previous_calf_strain", cc_yes_no_words, "a calf strain before"),
    SWITCH(CALFCARE_DIAGNOSIS_ACTIVE_CANCER, "active_cancer", "active cancer (Wells +1)"),
    SWITCH(CALFCARE_DIAGNOSIS_PARALYSIS_OR_CAST, "paralysis_or_cast", "paralysis, paresis or recent cast of the leg (Wells +1)"),
    SWITCH(CALFCARE_DIAGNOSIS_BEDRIDDEN_OR_SURGERY, "bedridden_or_surgery",
           "bedridden over 3 days or major surgery within 12 weeks (Wells +1)"),
    SWITCH(CALFCARE_DIAGNOSIS_DEEP_VEIN_TENDERNESS, "deep_vein_tenderness", "tenderness along the deep veins (Wells +1)"),
    SWITCH(CALFCARE_DIAGNOSIS_WHOLE_LEG_SWOLLEN, "whole_leg_swollen", "the entire leg is swollen (Wells +1)"),
    NUM(CALFCARE_DIAGNOSIS_CALF_SWELLING_CM, "calf_swelling_cm", "cm", 0, 20,
        "calf circumference difference vs the other leg, 10 cm below the tibial tuberosity, cm (Wells +1 over 3 cm)"),
    SWITCH(CALFCARE_DIAGNOSIS_PITTING_EDEMA, "pitting_edema", "pitting oedema in the painful leg (Wells +1)"),
    SWITCH(CALFCARE_DIAGNOSIS_COLLATERAL_VEINS, "collateral_veins", "collateral non-varicose superficial veins (Wells +1)"),
    SWITCH(CALFCARE_DIAGNOSIS_PREVIOUS_DVT, "previous_dvt", "previously documented DVT (Wells +1)"),
    SWITCH(CALFCARE_DIAGNOSIS_ALTERNATIVE_DIAGNOSIS_LIKELY, "alternative_diagnosis_likely",
           "another diagnosis at least as likely as DVT (Wells -2)"),
    SWITCH(CALFCARE_DIAGNOSIS_SUDDEN_POP, "sudden_pop", "a sudden pop or kicked feeling"),
    SWITCH(CALFCARE_DIAGNOSIS_WEAK_PUSH_OFF, "weak_push_off", "cannot rise on the toes of that leg"),
    SWITCH(CALFCARE_DIAGNOSIS_THOMPSON_POSITIVE, "thompson_positive", "calf squeeze does not move the foot (Thompson test)"),
    SWITCH(CALFCARE_DIAGNOSIS_PALPABLE_GAP, "palpable_gap", "a gap felt in the Achilles tendon"),
    SWITCH(CALFCARE_DIAGNOSIS_BRUISING, "bruising", "bruising of the calf"),
    SWITCH(CALFCARE_DIAGNOSIS_PREDICTABLE_EXERTIONAL_PAIN, "predictable_exertional_pain",
           "pain starts at a predictable time into a run and eases with rest"),
    SWITCH(CALFCARE_DIAGNOSIS_NUMBNESS, "numbness", "numbness or tingling"),
    SWITCH(CALFCARE_DIAGNOSIS_NIGHT_PAIN, "night_pain", "pain at night"),
    SWITCH(CALFCARE_DIAGNOSIS_REST_PAIN, "rest_pain", "pain at rest"),
    SWITCH(CALFCARE_DIAGNOSIS_FOCAL_BONE_TENDERNESS, "focal_bone_tenderness", "tenderness at one spot on the bone"),
    SWITCH(CALFCARE_DIAGNOSIS_PAIN_ON_HOPPING, "pain_on_hopping", "pain on hopping on that leg"),
    SWITCH(CALFCARE_DIAGNOSIS_FEVER, "fever", "fever"),
    SWITCH(CALFCARE_DIAGNOSIS_CANNOT_WALK_4_STEPS, "cannot_walk_4_steps", "cannot walk four steps"),
    NUM(CALFCARE_DIAGNOSIS_MAX_INCREASE_PCT, "max_increase_pct", "%", CALFCARE_PROGRESSION_MIN_INCREASE_PCT,
        CALFCARE_PROGRESSION_MAX_INCREASE_PCT, "weekly increase limit, % (default 10)"),
    NUM(CALFCARE_DIAGNOSIS_CADENCE_INCREASE_PCT, "cadence_increase_pct", "%", 1, CALFCARE_DIAGNOSIS_MAX_CADENCE_INCREASE_PCT,
        "cadence increase to advise, % (default 5)"),
    WHOLE(CALFCARE_DIAGNOSIS_HEEL_RAISES_NORM, "heel_raises_norm", "raises", 1, 100,
          "heel-raise norm per leg (default 24 male, 21 female or unknown)"),
    NUM(CALFCARE_DIAGNOSIS_KNEE_TO_WALL_MIN_CM, "knee_to_wall_min_cm", "cm", 3, 20, "knee-to-wall limit, cm (default 10)"),
    NUM(CALFCARE_DIAGNOSIS_SHOE_LIMIT_KM, "shoe_limit_km", "km", 100, 2000, "shoe replacement distance, km (default 800)"),
    NUM(CALFCARE_DIAGNOSIS_MINIMALIST_WEEKLY_KM, "minimalist_weekly_km", "km", 5, 200,
        "weekly km above which minimalist shoes add risk (default 35)"),
    NUM(CALFCARE_DIAGNOSIS_SHOE_LIMIT_MONTHS, "shoe_limit_months", "months", 1, 60,
        "shoe replacement age, months (default 12)"),
    {CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "weekly_climb_m", CALFCARE_INPUT_FIELD_NUMBER, 0, "m", 0,
     CALFCARE_PROGRESSION_MAX_WEEKLY_CLIMB_M, 1, 52, NULL,
     "weekly elevation gain, oldest first, m (1 to 52 weeks; the last is the same week as the last weekly_km)"},
    {CALFCARE_DIAGNOSIS_WEEKLY_HARD_MIN, "weekly_hard_min", CALFCARE_INPUT_FIELD_NUMBER, 0, "min", 0,
     CALFCARE_PROGRESSION_MAX_WEEKLY_HARD_MIN, 1, 52, NULL,
     "weekly minutes of hard running (intervals, tempo, hill repeats, races), oldest first (1 to 52 weeks)"},
    SWITCH(CALFCARE_DIAGNOSIS_SPEED_WORK_ADDED, "speed_work_added", "speed work added in the last 4 weeks"),
    SWITCH(CALFCARE_DIAGNOSIS_HILL_TRAINING_ADDED, "hill_training_added", "hill training added in the last 4 weeks"),
};

const cc_schema cc_diagnosis_schema = {CALFCARE_INPUT_SCHEMA_DIAGNOSIS, dx_fields, CC_COUNTOF(dx_fields)};

/* ---- cause weights (the reasons: lib/diagnosis_rules.h; their texts: lib/diagnosis_texts.c) -- */

/* A cause rule's weight: 4 bytes a rule, no text. */
typedef struct dx_weight {
    int16_t code;
    uint8_t cause, points;
} dx_weight;
#define DX_WEIGHT_RULE(code, name, text, source, strength, cause, points) {code, cause, points},
#define DX_WEIGHT_NONE4(code, name, text, source)
#define DX_WEIGHT_NONE5(code, name, text, source, strength)
static const dx_weight dx_weights[] = {DX_RULES(DX_WEIGHT_RULE, DX_WEIGHT_NONE4, DX_WEIGHT_NONE5)};

/* The weight row of a cause rule; NULL for a flag, advice or unknown code. */
static const dx_weight *rule_find(int code)
{
    size_t i;
    for (i = 0; i < CC_COUNTOF(dx_weights); i++)
        if (dx_weights[i].code == code)
            return &dx_weights[i];
    return NULL;
}

double calfcare_diagnosis_reason_weight(int code)
{
    const dx_weight *r = rule_find(code);
    return r ? r->points / 100.0 : -1.0;
}

int calfcare_diagnosis_reason_cause(int code)
{
    const dx_weight *r = rule_find(code);
    return r ? r->cause : 0;
}

/* ---- names ------------------------------------------------------------------------------- */

const char *calfcare_diagnosis_triage_name(int triage)
{
    static const char *const names[] = {"self_care", "see_clinician", "urgent"};
    if (triage < 0 || (size_t)triage >= CC_COUNTOF(names))
        return "unknown";
    return names[triage];
}

calfcare_status calfcare_diagnosis_triage_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_diagnosis_triage_name, CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE, CALFCARE_DIAGNOSIS_TRIAGE_URGENT, "triage", word, value, err);
}

int calfcare_diagnosis_wells_classify(int score)
{
    return score >= CALFCARE_DIAGNOSIS_WELLS_HIGH_MIN       ? CALFCARE_DIAGNOSIS_WELLS_HIGH
           : score >= CALFCARE_DIAGNOSIS_WELLS_MODERATE_MIN ? CALFCARE_DIAGNOSIS_WELLS_MODERATE
                                                     : CALFCARE_DIAGNOSIS_WELLS_LOW;
}

const char *calfcare_diagnosis_wells_band_name(int band)
{
    static const char *const names[] = {"not_assessed", "low", "moderate", "high"};
    if (band < 0 || (size_t)band >= CC_COUNTOF(names))
        return "unknown";
    return names[band];
}

calfcare_status calfcare_diagnosis_wells_band_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_diagnosis_wells_band_name, CALFCARE_DIAGNOSIS_WELLS_NOT_ASSESSED, CALFCARE_DIAGNOSIS_WELLS_HIGH, "wells_band", word, value, err);
}

const char *calfcare_diagnosis_cause_name(int cause)
{
    static const char *const names[] = {"overtraining", "warmup_stretching", "running_form",
                                        "calf_strength_flexibility", "shoes"};
    if (cause < 1 || (size_t)cause > CC_COUNTOF(names))
        return "unknown";
    return names[cause - 1];
}

calfcare_status calfcare_diagnosis_cause_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_diagnosis_cause_name, 1, CALFCARE_DIAGNOSIS_CAUSE_COUNT, "cause", word, value, err);
}

/* ---- reading inputs ---------------------------------------------------------------------- */

static int known(const calfcare_input *in, int id)
{
    return cc_input_n(in, id) > 0;
}

/* First value of a field, or fallback when unknown. */
static double val(const calfcare_input *in, int id, double fallback)
{
    return cc_input_value(in, id, 0, fallback);
}

/* A SWITCH or yes/no CHOICE given as yes; any other CHOICE equal to index. Unknown is never a match. */
static int is(const calfcare_input *in, int id, int index)
{
    return known(in, id) && val(in, id, -1) == index;
}

/* Comparisons allow for rounding in products such as 40 * 1.1 (44.000000000000007): a value that
 * equals the threshold as written is at the threshold, not above it. */
#define CC_EPS 1e-9

/* Is the side difference of a left,right pair more than 10% of the better side? */
static int asymmetric(double l, double r)
{
    double hi = l > r ? l : r, lo = l > r ? r : l;
    return hi > 0 && hi - lo > 0.10 * hi + CC_EPS;
}

/* ---- causes ------------------------------------------------------------------------------ */

typedef struct cause_acc {
    int points[CALFCARE_DIAGNOSIS_CAUSE_COUNT + 1]; /* index = cause */
    calfcare_diagnosis_cause_score c[CALFCARE_DIAGNOSIS_CAUSE_COUNT + 1];
} cause_acc;

static void add_rule(cause_acc *acc, int code)
{
    const dx_weight *r = rule_find(code);
    calfcare_diagnosis_cause_score *c = &acc->c[r->cause];
    acc->points[r->cause] += r->points;
    if (c->reason_count < CALFCARE_DIAGNOSIS_MAX_REASONS)
        c->reasons[c->reason_count++] = code;
}

/* Did the last week of a weekly list rise more than pct percent over the week before? (The weekly
 * check's rule, lib/rules.h; one week alone gives no increase.) */
static int last_two_over(const calfcare_input *in, int id, double pct)
{
    size_t n = cc_input_n(in, id);
    const double *w = cc_input_values(in, id);
    return n >= 2 && cc_week_over(w[n - 2], w[n - 1], pct);
}

static void score_overtraining(const calfcare_input *in, cause_acc *acc)
{
    size_t n = cc_input_n(in, CALFCARE_DIAGNOSIS_WEEKLY_KM);
    double limit = val(in, CALFCARE_DIAGNOSIS_MAX_INCREASE_PCT, CALFCARE_PROGRESSION_DEFAULT_MAX_INCREASE_PCT);
    if (n >= 2) {
        const double *w = cc_input_values(in, CALFCARE_DIAGNOSIS_WEEKLY_KM);
        /* The weekly check's own rule (lib/rules.h): the same verdict as `calfcare check`. */
        if (cc_week_over(w[n - 2], w[n - 1], limit))
            add_rule(acc, CALFCARE_DIAGNOSIS_R_WEEKLY_INCREASE_OVER_LIMIT);
        if (cc_week_over(w[n - 2], w[n - 1], CALFCARE_PROGRESSION_TWO_WEEK_RISK_PCT))
            add_rule(acc, CALFCARE_DIAGNOSIS_R_WEEKLY_INCREASE_OVER_30PCT);
    }
    if (known(in, CALFCARE_DIAGNOSIS_LAST_RUN_KM) && known(in, CALFCARE_DIAGNOSIS_LONGEST_RUN_30D_KM)) {
        /* The spike and its band as the log check computes them; a 0 km longest run is no reference. */
        double last = val(in, CALFCARE_DIAGNOSIS_LAST_RUN_KM, 0), longest = val(in, CALFCARE_DIAGNOSIS_LONGEST_RUN_30D_KM, 0);
        switch (calfcare_progression_spike_classify(cc_spike_pct(last, longest))) {
        case CALFCARE_PROGRESSION_BAND_OVER_100:
            add_rule(acc, CALFCARE_DIAGNOSIS_R_RUN_SPIKE_OVER_100);
            break;
        case CALFCARE_PROGRESSION_BAND_OVER_30:
            add_rule(acc, CALFCARE_DIAGNOSIS_R_RUN_SPIKE_30_100);
            break;
        case CALFCARE_PROGRESSION_BAND_OVER_10:
            add_rule(acc, CALFCARE_DIAGNOSIS_R_RUN_SPIKE_10_30);
            break;
        default: /* within 10%, or no reference */
            break;
        }
    }
    /* Climbing and hard minutes: the distance's weekly rule and limit (lib/rules.h), on their own
     * last two weeks (Padulo 2013: uphill raises triceps-surae work; Dorn 2012: calf forces rise
     * with speed). After a week of 0 any climbing or hard running is over every limit, as for km. */
    if (last_two_over(in, CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, limit))
        add_rule(acc, CALFCARE_DIAGNOSIS_R_WEEKLY_CLIMB_OVER_LIMIT);
    if (last_two_over(in, CALFCARE_DIAGNOSIS_WEEKLY_HARD_MIN, limit))
        add_rule(acc, CALFCARE_DIAGNOSIS_R_WEEKLY_HARD_OVER_LIMIT);
    if (is(in, CALFCARE_DIAGNOSIS_HILL_TRAINING_ADDED, 1))
        add_rule(acc, CALFCARE_DIAGNOSIS_R_HILL_TRAINING_ADDED);
    if (is(in, CALFCARE_DIAGNOSIS_SPEED_WORK_ADDED, 1))
        add_rule(acc, CALFCARE_DIAGNOSIS_R_SPEED_WORK_ADDED);
}

static void score_warmup(const calfcare_input *in, cause_acc *acc)
{
    if (is(in, CALFCARE_DIAGNOSIS_WARMUP, CALFCARE_DIAGNOSIS_HABIT_NEVER))
        add_rule(acc, CALFCARE_DIAGNOSIS_R_NO_WARMUP);
    else if (is(in, CALFCARE_DIAGNOSIS_WARMUP, CALFCARE_DIAGNOSIS_HABIT_SOMETIMES))
        add_rule(acc, CALFCARE_DIAGNOSIS_R_WARMUP_SOMETIMES);
    if (is(in, CALFCARE_DIAGNOSIS_STRETCH_AFTER, CALFCARE_DIAGNOSIS_HABIT_NEVER))
        add_rule(acc, CALFCARE_DIAGNOSIS_R_NO_STRETCH_AFTER);
    else if (is(in, CALFCARE_DIAGNOSIS_STRETCH_AFTER, CALFCARE_DIAGNOSIS_HABIT_SOMETIMES))
        add_rule(acc, CALFCARE_DIAGNOSIS_R_STRETCH_AFTER_SOMETIMES);
}

static void score_form(const calfcare_input *in, cause_acc *acc)
{
    if (is(in, CALFCARE_DIAGNOSIS_OVERSTRIDE, CALFCARE_YES))
        add_rule(acc, CALFCARE_DIAGNOSIS_R_OVERSTRIDING);
    if (known(in, CALFCARE_DIAGNOSIS_CADENCE) && val(in, CALFCARE_DIAGNOSIS_CADENCE, 0) < 170.0)
        add_rule(acc, CALFCARE_DIAGNOSIS_R_CADENCE_LOW);
    if (is(in, CALFCARE_DIAGNOSIS_FOOT_STRIKE, CALFCARE_DIAGNOSIS_FOOT_STRIKE_FOREFOOT))
        add_rule(acc, CALFCARE_DIAGNOSIS_R_FOREFOOT_STRIKE);
    else if (is(in, CALFCARE_DIAGNOSIS_FOOT_STRIKE, CALFCARE_DIAGNOSIS_FOOT_STRIKE_HEEL))
        add_rule(acc, CALFCARE_DIAGNOSIS_R_HEEL_STRIKE);
}

static double heel_raise_norm(const calfcare_input *in)
{
    if (known(in, CALFCARE_DIAGNOSIS_HEEL_RAISES_NORM))
        return val(in, CALFCARE_DIAGNOSIS_HEEL_RAISES_NORM, 0);
    return is(in, CALFCARE_DIAGNOSIS_SEX, CALFCARE_SEX_MALE) ? CALFCARE_DIAGNOSIS_HEEL_RAISES_NORM_MALE
                                                     : CALFCARE_DIAGNOSIS_HEEL_RAISES_NORM_FEMALE;
}

static void score_calf(const calfcare_input *in, cause_acc *acc)
{
    if (known(in, CALFCARE_DIAGNOSIS_HEEL_RAISES)) {
        const double *hr = cc_input_values(in, CALFCARE_DIAGNOSIS_HEEL_RAISES);
        if ((hr[0] < hr[1] ? hr[0] : hr[1]) < heel_raise_norm(in))
            add_rule(acc, CALFCARE_DIAGNOSIS_R_HEEL_RAISES_BELOW_NORM);
        if (asymmetric(hr[0], hr[1]))
            add_rule(acc, CALFCARE_DIAGNOSIS_R_HEEL_RAISES_ASYMMETRY);
    }
    if (known(in, CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM)) {
        const double *kw = cc_input_values(in, CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM);
        double limit = val(in, CALFCARE_DIAGNOSIS_KNEE_TO_WALL_MIN_CM, CALFCARE_DIAGNOSIS_DEFAULT_KNEE_TO_WALL_MIN_CM);
        if ((kw[0] < kw[1] ? kw[0] : kw[1]) < limit)
            add_rule(acc, CALFCARE_DIAGNOSIS_R_KNEE_TO_WALL_RESTRICTED);
        if (asymmetric(kw[0], kw[1]))
            add_rule(acc, CALFCARE_DIAGNOSIS_R_KNEE_TO_WALL_ASYMMETRY);
    }
    if (is(in, CALFCARE_DIAGNOSIS_PREVIOUS_CALF_STRAIN, CALFCARE_YES))
        add_rule(acc, CALFCARE_DIAGNOSIS_R_PREVIOUS_CALF_STRAIN);
    if (known(in, CALFCARE_DIAGNOSIS_AGE) && val(in, CALFCARE_DIAGNOSIS_AGE, 0) >= 40)
        add_rule(acc, CALFCARE_DIAGNOSIS_R_AGE_40_PLUS);
}

static double last_week_km(const calfcare_input *in)
{
    size_t n = cc_input_n(in, CALFCARE_DIAGNOSIS_WEEKLY_KM);
    return n ? cc_input_value(in, CALFCARE_DIAGNOSIS_WEEKLY_KM, n - 1, NAN) : NAN;
}

static void score_shoes(const calfcare_input *in, cause_acc *acc)
{
    if (known(in, CALFCARE_DIAGNOSIS_SHOE_KM)) {
        double km = val(in, CALFCARE_DIAGNOSIS_SHOE_KM, 0);
        double limit = val(in, CALFCARE_DIAGNOSIS_SHOE_LIMIT_KM, CALFCARE_SHOES_DEFAULT_LIMIT_KM);
        if (km >= limit)
            add_rule(acc, CALFCARE_DIAGNOSIS_R_SHOES_PAST_LIMIT);
        else if (km >= CALFCARE_DIAGNOSIS_SHOE_WEAR_KM)
            add_rule(acc, CALFCARE_DIAGNOSIS_R_SHOES_500_KM);
    }
    if (known(in, CALFCARE_DIAGNOSIS_SHOE_AGE_MONTHS) &&
        val(in, CALFCARE_DIAGNOSIS_SHOE_AGE_MONTHS, 0) >= val(in, CALFCARE_DIAGNOSIS_SHOE_LIMIT_MONTHS, CALFCARE_SHOES_DEFAULT_LIMIT_MONTHS))
        add_rule(acc, CALFCARE_DIAGNOSIS_R_SHOES_OLD);
    if (known(in, CALFCARE_DIAGNOSIS_SHOE_DROP_MM) && known(in, CALFCARE_DIAGNOSIS_PREVIOUS_DROP_MM) &&
        val(in, CALFCARE_DIAGNOSIS_PREVIOUS_DROP_MM, 0) - val(in, CALFCARE_DIAGNOSIS_SHOE_DROP_MM, 0) >= CALFCARE_SHOES_TRANSITION_DROP_MM - CC_EPS)
        add_rule(acc, CALFCARE_DIAGNOSIS_R_DROP_LOWERED);
    if (is(in, CALFCARE_DIAGNOSIS_MINIMALIST, CALFCARE_YES)) {
        double week = last_week_km(in);
        add_rule(acc, CALFCARE_DIAGNOSIS_R_MINIMALIST_SHOES);
        if (!isnan(week) &&
            week > val(in, CALFCARE_DIAGNOSIS_MINIMALIST_WEEKLY_KM, CALFCARE_DIAGNOSIS_DEFAULT_MINIMALIST_WEEKLY_KM) + CC_EPS)
            add_rule(acc, CALFCARE_DIAGNOSIS_R_MINIMALIST_HIGH_MILEAGE);
        if (known(in, CALFCARE_DIAGNOSIS_BODY_MASS_KG) && val(in, CALFCARE_DIAGNOSIS_BODY_MASS_KG, 0) > CALFCARE_SHOES_HEAVY_KG)
            add_rule(acc, CALFCARE_DIAGNOSIS_R_MINIMALIST_HEAVY_RUNNER);
    }
    if (is(in, CALFCARE_DIAGNOSIS_CUSHIONING, CALFCARE_CUSHIONING_FIRM))
        add_rule(acc, CALFCARE_DIAGNOSIS_R_FIRM_CUSHIONING);
}

static void rank_causes(const calfcare_input *in, calfcare_diagnosis *out)
{
    cause_acc acc;
    int cause;
    size_t i;

    memset(&acc, 0, sizeof acc);
    score_overtraining(in, &acc);
    score_warmup(in, &acc);
    score_form(in, &acc);
    score_calf(in, &acc);
    score_shoes(in, &acc);
    for (cause = 1; cause <= CALFCARE_DIAGNOSIS_CAUSE_COUNT; cause++) {
        calfcare_diagnosis_cause_score c = acc.c[cause];
        c.cause = cause;
        c.score = (acc.points[cause] > 100 ? 100 : acc.points[cause]) / 100.0;
        /* Insertion sort: higher score first; equal scores keep cause order (stable). */
        for (i = (size_t)cause - 1; i > 0 && out->causes[i - 1].score < c.score; i--)
            out->causes[i] = out->causes[i - 1];
        out->causes[i] = c;
    }
}

/* ---- red flags --------------------------------------------------------------------------- */

typedef struct flag_acc {
    calfcare_diagnosis_flag f[CALFCARE_FLAG_COUNT]; /* index = flag; reason_count 0 = not raised */
} flag_acc;

static void raise_flag(flag_acc *acc, int flag, int code)
{
    calfcare_diagnosis_flag *f = &acc->f[flag];
    f->flag = flag;
    if (f->reason_count < CALFCARE_DIAGNOSIS_MAX_REASONS)
        f->reasons[f->reason_count++] = code;
}

/* Wells items: field, reason. The swelling item is a number (over 3 cm), handled apart. */
static const struct {
    int field;
    int code;
} wells_items[] = {
    {CALFCARE_DIAGNOSIS_ACTIVE_CANCER, CALFCARE_DIAGNOSIS_R_WELLS_ACTIVE_CANCER},
    {CALFCARE_DIAGNOSIS_PARALYSIS_OR_CAST, CALFCARE_DIAGNOSIS_R_WELLS_PARALYSIS_OR_CAST},
    {CALFCARE_DIAGNOSIS_BEDRIDDEN_OR_SURGERY, CALFCARE_DIAGNOSIS_R_WELLS_BEDRIDDEN_OR_SURGERY},
    {CALFCARE_DIAGNOSIS_DEEP_VEIN_TENDERNESS, CALFCARE_DIAGNOSIS_R_WELLS_DEEP_VEIN_TENDERNESS},
    {CALFCARE_DIAGNOSIS_WHOLE_LEG_SWOLLEN, CALFCARE_DIAGNOSIS_R_WELLS_WHOLE_LEG_SWOLLEN},
    {CALFCARE_DIAGNOSIS_CALF_SWELLING_CM, CALFCARE_DIAGNOSIS_R_WELLS_CALF_SWELLING_OVER_3CM},
    {CALFCARE_DIAGNOSIS_PITTING_EDEMA, CALFCARE_DIAGNOSIS_R_WELLS_PITTING_EDEMA},
    {CALFCARE_DIAGNOSIS_COLLATERAL_VEINS, CALFCARE_DIAGNOSIS_R_WELLS_COLLATERAL_VEINS},
    {CALFCARE_DIAGNOSIS_PREVIOUS_DVT, CALFCARE_DIAGNOSIS_R_WELLS_PREVIOUS_DVT},
};

static void wells(const calfcare_input *in, calfcare_diagnosis *out, flag_acc *acc)
{
    size_t i;
    int score = 0, known_any = 0;
    for (i = 0; i < CC_COUNTOF(wells_items); i++) {
        int id = wells_items[i].field, positive;
        if (!known(in, id))
            continue;
        known_any = 1;
        positive = id == CALFCARE_DIAGNOSIS_CALF_SWELLING_CM ? val(in, id, 0) > 3.0 : val(in, id, 0) == 1;
        if (positive) {
            score++;
            raise_flag(acc, CALFCARE_FLAG_DVT, wells_items[i].code);
        }
    }
    if (known(in, CALFCARE_DIAGNOSIS_ALTERNATIVE_DIAGNOSIS_LIKELY)) {
        known_any = 1;
        if (is(in, CALFCARE_DIAGNOSIS_ALTERNATIVE_DIAGNOSIS_LIKELY, 1))
            score -= 2; /* one item: counts once */
    }
    out->wells_known = known_any;
    out->wells_score = known_any ? score : 0;
    out->wells_band = known_any ? calfcare_diagnosis_wells_classify(score) : CALFCARE_DIAGNOSIS_WELLS_NOT_ASSESSED;
    acc->f[CALFCARE_FLAG_DVT].triage = CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN;
    /* A score of 2 or more needs the DVT flag's items, so the flag is already raised. */
    if (known_any && score >= 2) {
        raise_flag(acc, CALFCARE_FLAG_DVT, CALFCARE_DIAGNOSIS_R_WELLS_DVT_LIKELY);
        acc->f[CALFCARE_FLAG_DVT].triage = CALFCARE_DIAGNOSIS_TRIAGE_URGENT;
    }
    /* With a DVT sign, its reasons end with the probability band (a low band never clears the flag). */
    if (known_any && acc->f[CALFCARE_FLAG_DVT].reason_count > 0)
        raise_flag(acc, CALFCARE_FLAG_DVT, CALFCARE_DIAGNOSIS_R_WELLS_LOW + out->wells_band - CALFCARE_DIAGNOSIS_WELLS_LOW);
}

static void screen(const calfcare_input *in, calfcare_diagnosis *out, flag_acc *acc)
{
    int pop = is(in, CALFCARE_DIAGNOSIS_SUDDEN_POP, 1), weak = is(in, CALFCARE_DIAGNOSIS_WEAK_PUSH_OFF, 1);
    int exertional = is(in, CALFCARE_DIAGNOSIS_PREDICTABLE_EXERTIONAL_PAIN, 1);
    int numb = is(in, CALFCARE_DIAGNOSIS_NUMBNESS, 1);
    int night = is(in, CALFCARE_DIAGNOSIS_NIGHT_PAIN, 1);
    int f;

    memset(acc, 0, sizeof *acc);
    for (f = 0; f < CALFCARE_FLAG_COUNT; f++)
        acc->f[f].triage = CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN;
    acc->f[CALFCARE_FLAG_ACHILLES_RUPTURE].triage = CALFCARE_DIAGNOSIS_TRIAGE_URGENT;
    acc->f[CALFCARE_FLAG_SYSTEMIC].triage = CALFCARE_DIAGNOSIS_TRIAGE_URGENT;
    acc->f[CALFCARE_FLAG_CANNOT_BEAR_WEIGHT].triage = CALFCARE_DIAGNOSIS_TRIAGE_URGENT;

    wells(in, out, acc);

    /* Achilles rupture: Thompson (sens 96%, spec 93%), a gap, or a pop with weak push-off. */
    if (is(in, CALFCARE_DIAGNOSIS_THOMPSON_POSITIVE, 1))
        raise_flag(acc, CALFCARE_FLAG_ACHILLES_RUPTURE, CALFCARE_DIAGNOSIS_R_RUPTURE_THOMPSON_POSITIVE);
    if (is(in, CALFCARE_DIAGNOSIS_PALPABLE_GAP, 1))
        raise_flag(acc, CALFCARE_FLAG_ACHILLES_RUPTURE, CALFCARE_DIAGNOSIS_R_RUPTURE_PALPABLE_GAP);
    if (pop && weak)
        raise_flag(acc, CALFCARE_FLAG_ACHILLES_RUPTURE, CALFCARE_DIAGNOSIS_R_RUPTURE_POP_WEAK_PUSH_OFF);
    /* Calf tear: the findings not already explained by the rupture picture. */
    if (pop && !weak)
        raise_flag(acc, CALFCARE_FLAG_CALF_TEAR, CALFCARE_DIAGNOSIS_R_TEAR_SUDDEN_POP);
    if (weak && !pop)
        raise_flag(acc, CALFCARE_FLAG_CALF_TEAR, CALFCARE_DIAGNOSIS_R_TEAR_WEAK_PUSH_OFF);
    if (is(in, CALFCARE_DIAGNOSIS_BRUISING, 1))
        raise_flag(acc, CALFCARE_FLAG_CALF_TEAR, CALFCARE_DIAGNOSIS_R_TEAR_BRUISING);
    /* Exertional compartment syndrome / popliteal artery entrapment; numbness belongs to it. */
    if (exertional) {
        raise_flag(acc, CALFCARE_FLAG_EXERTIONAL, CALFCARE_DIAGNOSIS_R_EXERTIONAL_PREDICTABLE_PAIN);
        if (numb)
            raise_flag(acc, CALFCARE_FLAG_EXERTIONAL, CALFCARE_DIAGNOSIS_R_EXERTIONAL_NUMBNESS);
    } else if (numb) {
        raise_flag(acc, CALFCARE_FLAG_NERVE, CALFCARE_DIAGNOSIS_R_NUMBNESS);
    }
    /* Stress fracture; night pain joins it when there are bone signs, else it stands alone. */
    if (is(in, CALFCARE_DIAGNOSIS_FOCAL_BONE_TENDERNESS, 1))
        raise_flag(acc, CALFCARE_FLAG_STRESS_FRACTURE, CALFCARE_DIAGNOSIS_R_STRESS_FRACTURE_BONE_TENDERNESS);
    if (is(in, CALFCARE_DIAGNOSIS_PAIN_ON_HOPPING, 1))
        raise_flag(acc, CALFCARE_FLAG_STRESS_FRACTURE, CALFCARE_DIAGNOSIS_R_STRESS_FRACTURE_HOPPING_PAIN);
    if (night && acc->f[CALFCARE_FLAG_STRESS_FRACTURE].reason_count)
        raise_flag(acc, CALFCARE_FLAG_STRESS_FRACTURE, CALFCARE_DIAGNOSIS_R_STRESS_FRACTURE_NIGHT_PAIN);
    else if (night)
        raise_flag(acc, CALFCARE_FLAG_REST_NIGHT_PAIN, CALFCARE_DIAGNOSIS_R_NIGHT_PAIN);
    if (is(in, CALFCARE_DIAGNOSIS_REST_PAIN, 1))
        raise_flag(acc, CALFCARE_FLAG_REST_NIGHT_PAIN, CALFCARE_DIAGNOSIS_R_REST_PAIN);
    if (is(in, CALFCARE_DIAGNOSIS_FEVER, 1))
        raise_flag(acc, CALFCARE_FLAG_SYSTEMIC, CALFCARE_DIAGNOSIS_R_FEVER);
    if (is(in, CALFCARE_DIAGNOSIS_CANNOT_WALK_4_STEPS, 1))
        raise_flag(acc, CALFCARE_FLAG_CANNOT_BEAR_WEIGHT, CALFCARE_DIAGNOSIS_R_CANNOT_WALK_4_STEPS);
}

/* Seriousness among flags of the same triage level, most serious first (docs/diagnosis.md). */
static const int flag_order[CALFCARE_DIAGNOSIS_MAX_FLAGS] = {
    CALFCARE_FLAG_DVT,          CALFCARE_FLAG_ACHILLES_RUPTURE, CALFCARE_FLAG_CANNOT_BEAR_WEIGHT,
    CALFCARE_FLAG_SYSTEMIC,     CALFCARE_FLAG_CALF_TEAR,        CALFCARE_FLAG_STRESS_FRACTURE,
    CALFCARE_FLAG_EXERTIONAL,   CALFCARE_FLAG_REST_NIGHT_PAIN,  CALFCARE_FLAG_NERVE,
};

/* Numbness folded into the exertional flag (reason 1141)? */
static int has_exertional_numbness(const calfcare_diagnosis_flag *f)
{
    size_t i;
    for (i = 0; i < f->reason_count; i++)
        if (f->reasons[i] == CALFCARE_DIAGNOSIS_R_EXERTIONAL_NUMBNESS)
            return 1;
    return 0;
}

/* What a raised flag blocks: its row of the safety gate (lib/safety.c), plus the nerve row when
 * numbness came with the exertional pattern (reduced sensation whatever the flag it joined). */
static unsigned flag_blocks(const calfcare_diagnosis_flag *f)
{
    const calfcare_diagnosis_gate_rule *g = calfcare_diagnosis_gate(f->flag);
    unsigned blocks = g ? g->blocks : 0;
    if (f->flag == CALFCARE_FLAG_EXERTIONAL && has_exertional_numbness(f))
        blocks |= calfcare_diagnosis_gate(CALFCARE_FLAG_NERVE)->blocks;
    return blocks;
}

/* The first aid the gate still allows for a raised flag (the nerve row's with exertional numbness). */
static int flag_first_aid(const calfcare_diagnosis_flag *f)
{
    const calfcare_diagnosis_gate_rule *g = calfcare_diagnosis_gate(f->flag);
    if (f->flag == CALFCARE_FLAG_EXERTIONAL && has_exertional_numbness(f))
        g = calfcare_diagnosis_gate(CALFCARE_FLAG_NERVE);
    return g ? g->first_aid : CALFCARE_RELIEF_REST;
}

static void collect_flags(calfcare_diagnosis *out, const flag_acc *acc)
{
    int level;
    size_t i, k;
    out->flag_count = 0;
    out->triage = CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE;
    out->triage_flag = CALFCARE_FLAG_NONE;
    memset(&out->blocked, 0, sizeof out->blocked);
    for (level = CALFCARE_DIAGNOSIS_TRIAGE_URGENT; level >= CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN; level--) {
        for (i = 0; i < CC_COUNTOF(flag_order); i++) {
            const calfcare_diagnosis_flag *f = &acc->f[flag_order[i]];
            unsigned blocks;
            if (!f->reason_count || f->triage != level)
                continue;
            out->flags[out->flag_count++] = *f;
            if (out->triage_flag == CALFCARE_FLAG_NONE) {
                out->triage = level;
                out->triage_flag = f->flag;
            }
            /* Flags arrive most serious first, so the first to block a kind names it. */
            blocks = flag_blocks(f);
            for (k = 0; k < CALFCARE_CARE_KIND_COUNT; k++) {
                if ((blocks & (1u << k)) && !(out->blocked.mask & (1u << k))) {
                    out->blocked.mask |= 1u << k;
                    out->blocked.flag[k] = f->flag;
                }
            }
        }
    }
}

/* ---- advice ------------------------------------------------------------------------------ */

static const char *flag_phrase(int flag)
{
    switch (flag) {
    case CALFCARE_FLAG_DVT:
        return "possible deep-vein thrombosis (blood clot)";
    case CALFCARE_FLAG_ACHILLES_RUPTURE:
        return "possible Achilles tendon rupture";
    case CALFCARE_FLAG_CALF_TEAR:
        return "possible calf muscle tear (a clot must be ruled out too)";
    case CALFCARE_FLAG_EXERTIONAL:
        return "exertional pain pattern (compartment syndrome or artery entrapment)";
    case CALFCARE_FLAG_STRESS_FRACTURE:
        return "possible stress fracture";
    case CALFCARE_FLAG_SYSTEMIC:
        return "fever";
    case CALFCARE_FLAG_NERVE:
        return "numbness or tingling";
    case CALFCARE_FLAG_CANNOT_BEAR_WEIGHT:
        return "cannot walk four steps";
    case CALFCARE_FLAG_REST_NIGHT_PAIN:
        return "pain at rest or at night";
    default:
        return "red flag";
    }
}

/* Start an advice item; NULL when the list is full (then the item is dropped). */
static calfcare_diagnosis_advice *advice_new(calfcare_diagnosis *out, int code, double value, cc_text *t)
{
    calfcare_diagnosis_advice *a;
    if (out->advice_count >= CALFCARE_DIAGNOSIS_MAX_ADVICE)
        return NULL;
    a = &out->advice[out->advice_count++];
    a->code = code;
    a->value = value;
    cc_text_init(t, a->text, sizeof a->text);
    return a;
}

static void put_flags(cc_text *t, const calfcare_diagnosis *out, int level)
{
    size_t i;
    int first = 1;
    for (i = 0; i < out->flag_count; i++) {
        if (out->flags[i].triage != level)
            continue;
        if (!first)
            cc_text_puts(t, "; ");
        cc_text_puts(t, flag_phrase(out->flags[i].flag));
        if (out->flags[i].flag == CALFCARE_FLAG_DVT && out->wells_known) {
            cc_text_puts(t, " (Wells score ");
            cc_text_putnum(t, out->wells_score);
            cc_text_puts(t, ")");
        }
        first = 0;
    }
}

static void advise_referral(calfcare_diagnosis *out)
{
    static const char *const kind_words[CALFCARE_CARE_KIND_COUNT] = {"massage", "foam roll", "stretch", "ice",
                                                                     "run", "use a compression bandage"};
    cc_text t;
    size_t k;
    int first = 1, has_see = 0;

    for (k = 0; k < out->flag_count; k++)
        has_see |= out->flags[k].triage == CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN;
    if (out->triage == CALFCARE_DIAGNOSIS_TRIAGE_URGENT && advice_new(out, CALFCARE_DIAGNOSIS_R_SEE_CLINICIAN_TODAY, NAN, &t)) {
        cc_text_puts(&t, "See a clinician today: ");
        put_flags(&t, out, CALFCARE_DIAGNOSIS_TRIAGE_URGENT);
        cc_text_puts(&t, ". Do not treat it yourself.");
    }
    if (has_see && advice_new(out, CALFCARE_DIAGNOSIS_R_SEE_CLINICIAN, NAN, &t)) {
        cc_text_puts(&t, out->triage == CALFCARE_DIAGNOSIS_TRIAGE_URGENT ? "Also tell the clinician about: "
                                                                 : "See a clinician within a few days, before treating it yourself: ");
        put_flags(&t, out, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN);
        cc_text_puts(&t, ".");
    }
    if (out->blocked.mask && advice_new(out, CALFCARE_DIAGNOSIS_R_AVOID_BLOCKED_CARE, out->blocked.mask, &t)) {
        cc_text_puts(&t, "Until a clinician clears you, do not ");
        for (k = 0; k < CALFCARE_CARE_KIND_COUNT; k++) {
            if (!(out->blocked.mask & (1u << k)))
                continue;
            if (!first)
                cc_text_puts(&t, (out->blocked.mask >> (k + 1)) ? ", " : " or ");
            cc_text_puts(&t, kind_words[k]);
            first = 0;
        }
        cc_text_puts(&t, ".");
    }
}

/* May the protocol or routine be advised? Only when it builds under the blocked set: the builder
 * refuses exactly the protocols whose care kinds meet the mask (calfcare_relief_care()). */
static int allowed(const calfcare_diagnosis *out, int protocol)
{
    return (calfcare_relief_care(protocol) & out->blocked.mask) == 0;
}

static void advise_relief(calfcare_diagnosis *out)
{
    cc_text t;
    int first_aid = CALFCARE_RELIEF_RICE;
    size_t i;

    if (out->triage == CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE) {
        if (allowed(out, CALFCARE_RELIEF_FULL) && advice_new(out, CALFCARE_DIAGNOSIS_R_RELIEF_FULL, NAN, &t))
            cc_text_puts(&t, "Relief: protocol 'full' - rest, ice 15-20 min wrapped in a towel, compression and "
                             "elevation, then a 10 min pain check; gentle static calf stretches (20-30 s holds) "
                             "and rolling (foam roller or massage ball) follow only once the pain eases.");
        return;
    }
    /* A red flag: only the first aid its row of the gate allows (the most restrictive wins). */
    for (i = 0; i < out->flag_count; i++)
        if (flag_first_aid(&out->flags[i]) == CALFCARE_RELIEF_REST)
            first_aid = CALFCARE_RELIEF_REST;
    if (!allowed(out, first_aid))
        first_aid = CALFCARE_RELIEF_REST; /* always builds: it has no care kind */
    if (first_aid == CALFCARE_RELIEF_RICE) {
        if (advice_new(out, CALFCARE_DIAGNOSIS_R_RELIEF_RICE, NAN, &t))
            cc_text_puts(&t, "First aid until seen: protocol 'rice' - stop what hurts, ice 15-20 min wrapped in a "
                             "towel, compression and elevation; no stretching, rolling, massage or running.");
    } else if (advice_new(out, CALFCARE_DIAGNOSIS_R_RELIEF_REST, NAN, &t)) {
        cc_text_puts(&t, "First aid until seen: protocol 'rest' - lie down with the calf raised above the heart; ");
        cc_text_puts(&t, (out->blocked.mask & CALFCARE_CARE_ICE) ? "no ice, no bandage" : "no bandage");
        cc_text_puts(&t, ", nothing that presses, rubs or stretches the calf, no running.");
    }
}

/* Next week's cap of a weekly list (climbing, hard minutes): the distance's limit rule applied to
 * its last week (lib/rules.h cc_week_cap, as calfcare_progression_next_week_max() does for km). */
static void advise_weekly_cap(const calfcare_input *in, calfcare_diagnosis *out, int id, double limit, int code,
                              const char *lead, const char *unit)
{
    cc_text t;
    size_t n = cc_input_n(in, id);
    double last, cap;
    if (!n)
        return;
    last = cc_input_value(in, id, n - 1, 0);
    cap = cc_week_cap(last, limit);
    if (!advice_new(out, code, cap, &t))
        return;
    cc_text_puts(&t, lead);
    cc_text_putnum(&t, cap);
    cc_text_puts(&t, " ");
    cc_text_puts(&t, unit);
    cc_text_puts(&t, " (last week ");
    cc_text_putnum(&t, last);
    cc_text_puts(&t, " ");
    cc_text_puts(&t, unit);
    cc_text_puts(&t, " + ");
    cc_text_putnum(&t, limit);
    cc_text_puts(&t, last > 0 ? "%, the same limit as distance)." : "%, the same limit as distance: after a week "
                                                                   "without, build it back slowly).");
}

static void advise_training(const calfcare_input *in, calfcare_diagnosis *out)
{
    cc_text t;
    double week = last_week_km(in), cap;
    double limit = val(in, CALFCARE_DIAGNOSIS_MAX_INCREASE_PCT, CALFCARE_PROGRESSION_DEFAULT_MAX_INCREASE_PCT);

    /* Running targets only where running is allowed: every red flag blocks it (the safety gate), so
     * a flagged runner gets no distance or cadence target. */
    if (out->triage != CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE || (out->blocked.mask & CALFCARE_CARE_RUNNING))
        return;
    if (!isnan(week) && calfcare_progression_next_week_max(week, limit, &cap, NULL) == CALFCARE_OK &&
        advice_new(out, CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CAP, cap, &t)) {
        cc_text_puts(&t, "Next week: at most ");
        cc_text_putnum(&t, cap);
        cc_text_puts(&t, " km (last week ");
        cc_text_putnum(&t, week);
        cc_text_puts(&t, " km + ");
        cc_text_putnum(&t, limit);
        cc_text_puts(&t, "%).");
    }
    advise_weekly_cap(in, out, CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, limit, CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CLIMB_CAP,
                      "Next week's climbing: at most ", "m");
    advise_weekly_cap(in, out, CALFCARE_DIAGNOSIS_WEEKLY_HARD_MIN, limit, CALFCARE_DIAGNOSIS_R_NEXT_WEEK_HARD_CAP,
                      "Next week's hard running: at most ", "min");
    /* Coaching practice (W): one kind of load rises at a time. Said whenever hills or intensity are
     * part of the picture: given as lists, or newly added. */
    if ((known(in, CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M) || known(in, CALFCARE_DIAGNOSIS_WEEKLY_HARD_MIN) ||
         is(in, CALFCARE_DIAGNOSIS_SPEED_WORK_ADDED, 1) || is(in, CALFCARE_DIAGNOSIS_HILL_TRAINING_ADDED, 1)) &&
        advice_new(out, CALFCARE_DIAGNOSIS_R_ONE_INCREASE_PER_WEEK, NAN, &t))
        cc_text_puts(&t, "One increase a week: do not raise distance and intensity or hills in the same week; "
                         "in a week where one rises, keep the others flat (coaching practice, weak evidence).");
    if (known(in, CALFCARE_DIAGNOSIS_LONGEST_RUN_30D_KM)) {
        /* Frandsen 2025: 1.10 x the longest run of the 30 days before. The base is that longest run,
         * not a longer last run: a spike does not raise the cap (rounded to 0.1 km). */
        double base = val(in, CALFCARE_DIAGNOSIS_LONGEST_RUN_30D_KM, 0);
        double run_cap = floor(cc_week_cap(base, CALFCARE_PROGRESSION_SPIKE_CAP_PCT) * 10.0 + 0.5) / 10.0;
        if (base > 0 && advice_new(out, CALFCARE_DIAGNOSIS_R_NEXT_RUN_CAP, run_cap, &t)) {
            cc_text_puts(&t, "Next run: at most ");
            cc_text_putnum(&t, run_cap);
            cc_text_puts(&t, " km (longest run of the last 30 days ");
            cc_text_putnum(&t, base);
            cc_text_puts(&t, " km + 10%).");
        }
    }
}

static void advise_form(const calfcare_input *in, calfcare_diagnosis *out)
{
    cc_text t;
    const calfcare_diagnosis_cause_score *form = NULL;
    size_t i;
    for (i = 0; i < CALFCARE_DIAGNOSIS_CAUSE_COUNT; i++)
        if (out->causes[i].cause == CALFCARE_DIAGNOSIS_CAUSE_RUNNING_FORM)
            form = &out->causes[i];
    if (!form || form->score <= 0 || out->triage != CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE ||
        (out->blocked.mask & CALFCARE_CARE_RUNNING))
        return;
    if (known(in, CALFCARE_DIAGNOSIS_CADENCE)) {
        double spm = val(in, CALFCARE_DIAGNOSIS_CADENCE, 0);
        double pct = val(in, CALFCARE_DIAGNOSIS_CADENCE_INCREASE_PCT, CALFCARE_DIAGNOSIS_DEFAULT_CADENCE_INCREASE_PCT);
        /* Rounded down so the step never exceeds the percentage (and so never 10%). */
        double target = floor(spm * (1.0 + pct / 100.0) + CC_EPS);
        if (advice_new(out, CALFCARE_DIAGNOSIS_R_CADENCE_TARGET, target, &t)) {
            cc_text_puts(&t, "Cadence: aim for ");
            cc_text_putnum(&t, target);
            cc_text_puts(&t, " steps/min, ");
            cc_text_putnum(&t, pct);
            cc_text_puts(&t, "% above your ");
            cc_text_putnum(&t, spm);
            cc_text_puts(&t, " (never more than 10% at once).");
        }
    }
    if (is(in, CALFCARE_DIAGNOSIS_OVERSTRIDE, CALFCARE_YES) && advice_new(out, CALFCARE_DIAGNOSIS_R_SHORTEN_STRIDE, NAN, &t))
        cc_text_puts(&t, "Stride: land with the foot closer under the hips; shorter, quicker steps do this.");
    /* How to see it (the brief: video yourself, or a coach): two cues an app can show apart. */
    if (advice_new(out, CALFCARE_DIAGNOSIS_R_FORM_FILM, NAN, &t))
        cc_text_puts(&t, "See your form: film yourself from the side with a phone (propped up or held by a friend) "
                         "at your usual pace on flat ground; watch where the foot lands against the hips.");
    if (advice_new(out, CALFCARE_DIAGNOSIS_R_FORM_COACH, NAN, &t))
        cc_text_puts(&t, "Or ask a running coach to watch you run and check the changes with you.");
}

static double cause_score(const calfcare_diagnosis *out, int cause);

static void advise_shoes(const calfcare_input *in, calfcare_diagnosis *out)
{
    cc_text t;
    double left;
    if (out->triage == CALFCARE_DIAGNOSIS_TRIAGE_URGENT)
        return; /* urgent: only the referral and the first aid */
    if (known(in, CALFCARE_DIAGNOSIS_SHOE_KM)) {
        double limit = val(in, CALFCARE_DIAGNOSIS_SHOE_LIMIT_KM, CALFCARE_SHOES_DEFAULT_LIMIT_KM);
        if (calfcare_shoes_km_left(val(in, CALFCARE_DIAGNOSIS_SHOE_KM, 0), limit, &left, NULL) == CALFCARE_OK) {
            if (left > 0 && advice_new(out, CALFCARE_DIAGNOSIS_R_SHOES_KM_LEFT, left, &t)) {
                cc_text_puts(&t, "Shoes: ");
                cc_text_putnum(&t, left);
                cc_text_puts(&t, " km left before the ");
                cc_text_putnum(&t, limit);
                cc_text_puts(&t, " km replacement point.");
            } else if (left <= 0 && advice_new(out, CALFCARE_DIAGNOSIS_R_SHOES_REPLACE, left, &t)) {
                cc_text_puts(&t, "Shoes: ");
                cc_text_putnum(&t, -left);
                cc_text_puts(&t, " km past the ");
                cc_text_putnum(&t, limit);
                cc_text_puts(&t, " km replacement point; replace them.");
            }
        }
    }
    if (known(in, CALFCARE_DIAGNOSIS_SHOE_AGE_MONTHS)) {
        double age = val(in, CALFCARE_DIAGNOSIS_SHOE_AGE_MONTHS, 0);
        double most = val(in, CALFCARE_DIAGNOSIS_SHOE_LIMIT_MONTHS, CALFCARE_SHOES_DEFAULT_LIMIT_MONTHS);
        if (age >= most && advice_new(out, CALFCARE_DIAGNOSIS_R_SHOES_REPLACE_AGE, age, &t)) {
            cc_text_puts(&t, "Shoes: at ");
            cc_text_putnum(&t, age);
            cc_text_puts(&t, " months they have reached the ");
            cc_text_putnum(&t, most);
            cc_text_puts(&t, "-month replacement age; replace them.");
        }
    }
    if (known(in, CALFCARE_DIAGNOSIS_SHOE_DROP_MM) && known(in, CALFCARE_DIAGNOSIS_PREVIOUS_DROP_MM)) {
        double now = val(in, CALFCARE_DIAGNOSIS_SHOE_DROP_MM, 0), before = val(in, CALFCARE_DIAGNOSIS_PREVIOUS_DROP_MM, 0);
        if (before - now >= CALFCARE_SHOES_TRANSITION_DROP_MM - CC_EPS && advice_new(out, CALFCARE_DIAGNOSIS_R_DROP_TRANSITION, before - now, &t)) {
            cc_text_puts(&t, "Drop: you went from ");
            cc_text_putnum(&t, before);
            cc_text_puts(&t, " mm to ");
            cc_text_putnum(&t, now);
            cc_text_puts(&t, " mm; run mostly in the higher-drop pair and move to the lower one over several weeks.");
        }
    }
    if (is(in, CALFCARE_DIAGNOSIS_MINIMALIST, CALFCARE_YES)) {
        double most = val(in, CALFCARE_DIAGNOSIS_MINIMALIST_WEEKLY_KM, CALFCARE_DIAGNOSIS_DEFAULT_MINIMALIST_WEEKLY_KM);
        if (advice_new(out, CALFCARE_DIAGNOSIS_R_MINIMALIST_TRANSITION, most, &t)) {
            cc_text_puts(&t, "Minimalist shoes: build up over weeks and keep under ");
            cc_text_putnum(&t, most);
            cc_text_puts(&t, " km a week in them.");
        }
    }
    /* Any shoe finding sends the runner to try the next pair on (Nigg 2015: comfort first), and says
     * what the store's gait analysis can tell: pronation-based choice was not shown to prevent
     * injuries (Nielsen 2014, n = 927; Richards 2009). */
    if (cause_score(out, CALFCARE_DIAGNOSIS_CAUSE_SHOES) <= 0)
        return;
    if (advice_new(out, CALFCARE_DIAGNOSIS_R_SHOES_TRY_IN_STORE, NAN, &t))
        cc_text_puts(&t, "Next pair: try shoes on in a running store, late in the day and in your running socks; "
                         "jog in them. Comfort and fit come first.");
    if (advice_new(out, CALFCARE_DIAGNOSIS_R_SHOES_GAIT_ANALYSIS, NAN, &t))
        cc_text_puts(&t, "A store's gait analysis describes how you run, but choosing a shoe by pronation has not "
                         "been shown to prevent injuries; let comfort and fit decide.");
}

static double cause_score(const calfcare_diagnosis *out, int cause)
{
    size_t i;
    for (i = 0; i < CALFCARE_DIAGNOSIS_CAUSE_COUNT; i++)
        if (out->causes[i].cause == cause)
            return out->causes[i].score;
    return 0;
}

static void advise_routines(calfcare_diagnosis *out)
{
    cc_text t;
    /* Prevention routines are for a runner who may run: none with a red flag, and each only when it
     * builds under the blocked set. */
    if (out->triage != CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE)
        return;
    if (cause_score(out, CALFCARE_DIAGNOSIS_CAUSE_WARMUP_STRETCHING) > 0 && allowed(out, CALFCARE_RELIEF_WARMUP) &&
        allowed(out, CALFCARE_RELIEF_COOLDOWN) &&
        advice_new(out, CALFCARE_DIAGNOSIS_R_ROUTINE_WARMUP_COOLDOWN, NAN, &t))
        cc_text_puts(&t, "Routines: 'warmup' (dynamic, 5-10 min) before every run and 'cooldown' "
                         "(static calf stretches, 20-30 s holds) after it.");
    if (cause_score(out, CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY) > 0 && allowed(out, CALFCARE_RELIEF_STRENGTH) &&
        advice_new(out, CALFCARE_DIAGNOSIS_R_ROUTINE_STRENGTH, 25, &t))
        cc_text_puts(&t, "Routine: 'strength' (calf raises) until you reach 25 single-leg heel raises on each leg, "
                         "within 10% of each other.");
}

/* ---- inputs checked against each other ---------------------------------------------------- */

/* Refuse value idx (0-based, oldest first) of a list field of n values: it is more than `most`,
 * which that week's distance allows. The message is written straight into err (no buffer on the
 * stack). */
static calfcare_status week_impossible(calfcare_error *err, const char *field, size_t idx, size_t n, double v,
                                       double km, double most, const char *unit)
{
#if CALFCARE_MESSAGES >= 2
    cc_text t;
#endif
    cc_fail(err, CALFCARE_E_INVALID, field, "");
    if (!err)
        return CALFCARE_E_INVALID;
#if CALFCARE_MESSAGES >= 2 /* below full messages: the status, field, value and range only */
    cc_text_init(&t, err->message, sizeof err->message);
    cc_text_puts(&t, field);
    cc_text_puts(&t, ": week ");
    cc_text_putnum(&t, (double)(idx + 1));
    cc_text_puts(&t, " of ");
    cc_text_putnum(&t, (double)n);
    cc_text_puts(&t, idx + 1 == n ? " (the most recent): " : " (oldest first): ");
    cc_text_putnum_exact(&t, v);
    cc_text_puts(&t, " ");
    cc_text_puts(&t, unit);
    if (most > 0) {
        cc_text_puts(&t, " is more than that week's distance of ");
        cc_text_putnum(&t, km);
        cc_text_puts(&t, " km allows; accepted: 0 to ");
        cc_text_putnum(&t, most);
        cc_text_puts(&t, " m (1 km = 1000 m)");
    } else {
        cc_text_puts(&t, " in a week of 0 km; accepted: 0 ");
        cc_text_puts(&t, unit);
    }
#else
    (void)idx, (void)n, (void)km, (void)unit;
#endif
    err->value = v;
    err->min = 0;
    err->max = most;
    return CALFCARE_E_INVALID;
}

/* The weekly lists are aligned on their most recent week. A week cannot climb more than its
 * distance (1 km = 1000 m, over by more than rounding as lib/rules.h decides), and a week of 0 km
 * has no hard running. Weeks missing from either list are not compared. */
static calfcare_status check_weeks(const calfcare_input *in, calfcare_error *err)
{
    size_t nk = cc_input_n(in, CALFCARE_DIAGNOSIS_WEEKLY_KM), nc = cc_input_n(in, CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M);
    size_t nh = cc_input_n(in, CALFCARE_DIAGNOSIS_WEEKLY_HARD_MIN), back;
    const double *km = cc_input_values(in, CALFCARE_DIAGNOSIS_WEEKLY_KM);
    const double *climb = cc_input_values(in, CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M);
    const double *hard = cc_input_values(in, CALFCARE_DIAGNOSIS_WEEKLY_HARD_MIN);
    for (back = 1; back <= nk && back <= nc; back++)
        if (cc_climb_exceeds(climb[nc - back], km[nk - back]))
            return week_impossible(err, "weekly_climb_m", nc - back, nc, climb[nc - back], km[nk - back],
                                   cc_climb_cap(km[nk - back]), "m");
    for (back = 1; back <= nk && back <= nh; back++)
        if (km[nk - back] == 0 && hard[nh - back] > 0)
            return week_impossible(err, "weekly_hard_min", nh - back, nh, hard[nh - back], 0, 0, "min");
    return CALFCARE_OK;
}

/* ---- entry point ------------------------------------------------------------------------- */

calfcare_status calfcare_diagnosis_assess(const calfcare_input *in, calfcare_diagnosis *out, calfcare_error *err)
{
    calfcare_status st;
    flag_acc flags;

    if (!out)
        return cc_fail_null(err, "out");
    st = cc_input_check(in, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, err);
    if (st == CALFCARE_OK)
        st = check_weeks(in, err);
    if (st != CALFCARE_OK)
        return st;
    /* Every failure is above: from here on nothing can fail, so out is written only on success.
     * It is filled in place (no local copy: the struct is over 5 KiB, too much for a watch's stack). */
    memset(out, 0, sizeof *out);
    rank_causes(in, out);
    screen(in, out, &flags);
    collect_flags(out, &flags);
    advise_referral(out);
    advise_relief(out);
    advise_training(in, out);
    advise_form(in, out);
    advise_shoes(in, out);
    advise_routines(out);
    return CALFCARE_OK;
}
