/**
 * @file calfcare/diagnosis.h
 * @brief Cause diagnosis and red-flag triage.
 *
 * Give what is known about a runner with a sore calf in a ::calfcare_input of schema
 * #CALFCARE_INPUT_SCHEMA_DIAGNOSIS (every field optional; a field not given is "unknown", which is not
 * the same as "no"), then call calfcare_diagnosis_assess(). The result ranks the five causes of calf pain
 * named by the product brief, screens the red flags that must go to a clinician (fixed rules that
 * always win), gives the Wells DVT score, the kinds of self-care the red flags block, and concrete
 * advice. Red flags win in every output: one table (calfcare_diagnosis_gate()) decides what each
 * flag blocks and which first aid it still allows; with any flag the advice has no running target
 * and no routine, and every protocol or routine it advises builds under its blocked set. Every score, flag and piece of advice carries stable reason codes (1000-1999) whose text,
 * source and evidence strength are available from calfcare_reason_lookup(). The rules, weights and
 * sources are listed in docs/diagnosis.md.
 *
 * @code
 * calfcare_input in;
 * calfcare_diagnosis dx;
 * calfcare_error err;
 * calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, &err);
 * calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_WEEKLY_KM, "30,32,35,48", &err);
 * calfcare_input_set(&in, CALFCARE_DIAGNOSIS_CADENCE, 162, &err);
 * if (calfcare_diagnosis_assess(&in, &dx, &err) == CALFCARE_OK)
 *     printf("%s\n", calfcare_diagnosis_triage_name(dx.triage));
 * @endcode
 *
 * @since 1.0.0 (every declaration in this file unless its own comment says otherwise)
 */
#ifndef CALFCARE_DIAGNOSIS_H
#define CALFCARE_DIAGNOSIS_H

#include <calfcare/common.h>
#include <calfcare/input.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Field ids of the diagnosis input schema (#CALFCARE_INPUT_SCHEMA_DIAGNOSIS). A field's name is the
 * `calfcare diagnose` option with `_` for `-` (calfcare_input_field_at() gives its unit and range).
 * Values are stable and append-only.
 */
typedef enum calfcare_diagnosis_field {
    /* Training */
    CALFCARE_DIAGNOSIS_WEEKLY_KM = 0,           /**< Weekly distances, oldest first, km (1 to 52 values, 0 .. 1000 each). */
    CALFCARE_DIAGNOSIS_LAST_RUN_KM = 1,         /**< Distance of the last run, km (0 .. 300). */
    CALFCARE_DIAGNOSIS_LONGEST_RUN_30D_KM = 2,  /**< Longest run in the 30 days before the last run, km (0 .. 300). */
    /* Habits */
    CALFCARE_DIAGNOSIS_WARMUP = 3,              /**< Warm-up before runs: ::calfcare_diagnosis_habit (never/sometimes/always). */
    CALFCARE_DIAGNOSIS_STRETCH_AFTER = 4,       /**< Stretching after runs: ::calfcare_diagnosis_habit. */
    /* Form */
    CALFCARE_DIAGNOSIS_FOOT_STRIKE = 5,         /**< Foot strike: ::calfcare_diagnosis_foot_strike (heel/midfoot/forefoot). */
    CALFCARE_DIAGNOSIS_CADENCE = 6,             /**< Cadence, steps/min (120 .. 240). */
    CALFCARE_DIAGNOSIS_OVERSTRIDE = 7,          /**< Overstriding: ::calfcare_yes_no. */
    /* Strength and mobility */
    CALFCARE_DIAGNOSIS_HEEL_RAISES = 8,         /**< Single-leg heel raises, left and right (2 whole values, 0 .. 200). */
    CALFCARE_DIAGNOSIS_KNEE_TO_WALL_CM = 9,     /**< Knee-to-wall distance, left and right, cm (2 values, 0 .. 30). */
    /* Shoes */
    CALFCARE_DIAGNOSIS_SHOE_KM = 10,            /**< Distance on the current pair, km (0 .. 10000). */
    CALFCARE_DIAGNOSIS_SHOE_AGE_MONTHS = 11,    /**< Age of the current pair, months (0 .. 240). */
    CALFCARE_DIAGNOSIS_SHOE_DROP_MM = 12,       /**< Heel-to-toe drop of the current pair, mm (0 .. 20). */
    CALFCARE_DIAGNOSIS_PREVIOUS_DROP_MM = 13,   /**< Drop of the previous pair, mm (0 .. 20). */
    CALFCARE_DIAGNOSIS_CUSHIONING = 14,         /**< Cushioning: ::calfcare_cushioning (soft/medium/firm). */
    CALFCARE_DIAGNOSIS_MINIMALIST = 15,         /**< Minimalist shoes: ::calfcare_yes_no. */
    /* Person */
    CALFCARE_DIAGNOSIS_AGE = 16,                /**< Age, years (whole, 5 .. 110). */
    CALFCARE_DIAGNOSIS_SEX = 17,                /**< Sex: ::calfcare_sex (female/male). */
    CALFCARE_DIAGNOSIS_BODY_MASS_KG = 18,       /**< Body mass, kg (30 .. 250, as in the shoe schema). */
    CALFCARE_DIAGNOSIS_PREVIOUS_CALF_STRAIN = 19, /**< Previous calf strain: ::calfcare_yes_no. */
    /* Symptoms: Wells DVT items (switches, except the swelling in cm) */
    CALFCARE_DIAGNOSIS_ACTIVE_CANCER = 20,      /**< Active cancer (Wells +1). */
    CALFCARE_DIAGNOSIS_PARALYSIS_OR_CAST = 21,  /**< Paralysis, paresis or recent cast of the leg (Wells +1). */
    CALFCARE_DIAGNOSIS_BEDRIDDEN_OR_SURGERY = 22, /**< Bedridden over 3 days or major surgery within 12 weeks (Wells +1, one item). */
    CALFCARE_DIAGNOSIS_DEEP_VEIN_TENDERNESS = 23, /**< Localised tenderness along the deep veins (Wells +1). */
    CALFCARE_DIAGNOSIS_WHOLE_LEG_SWOLLEN = 24,  /**< Entire leg swollen (Wells +1). */
    CALFCARE_DIAGNOSIS_CALF_SWELLING_CM = 25,   /**< Calf circumference difference vs the other leg, 10 cm below the
                                              tibial tuberosity, cm (0 .. 20; Wells +1 when over 3 cm). */
    CALFCARE_DIAGNOSIS_PITTING_EDEMA = 26,      /**< Pitting oedema in the symptomatic leg (Wells +1). */
    CALFCARE_DIAGNOSIS_COLLATERAL_VEINS = 27,   /**< Collateral non-varicose superficial veins (Wells +1). */
    CALFCARE_DIAGNOSIS_PREVIOUS_DVT = 28,       /**< Previously documented DVT (Wells +1). */
    CALFCARE_DIAGNOSIS_ALTERNATIVE_DIAGNOSIS_LIKELY = 29, /**< Another diagnosis at least as likely (Wells -2). */
    /* Symptoms: other red-flag findings (switches) */
    CALFCARE_DIAGNOSIS_SUDDEN_POP = 30,         /**< A sudden "pop" or kicked feeling. */
    CALFCARE_DIAGNOSIS_WEAK_PUSH_OFF = 31,      /**< Weak push-off: cannot rise on the toes of that leg. */
    CALFCARE_DIAGNOSIS_THOMPSON_POSITIVE = 32,  /**< Positive Thompson (calf squeeze) test: the foot does not move. */
    CALFCARE_DIAGNOSIS_PALPABLE_GAP = 33,       /**< A gap felt in the Achilles tendon. */
    CALFCARE_DIAGNOSIS_BRUISING = 34,           /**< Bruising of the calf. */
    CALFCARE_DIAGNOSIS_PREDICTABLE_EXERTIONAL_PAIN = 35, /**< Pain starting at a predictable time into a run, easing with rest. */
    CALFCARE_DIAGNOSIS_NUMBNESS = 36,           /**< Numbness or tingling. */
    CALFCARE_DIAGNOSIS_NIGHT_PAIN = 37,         /**< Pain at night. */
    CALFCARE_DIAGNOSIS_REST_PAIN = 38,          /**< Pain at rest. */
    CALFCARE_DIAGNOSIS_FOCAL_BONE_TENDERNESS = 39, /**< Tenderness at one spot on the bone. */
    CALFCARE_DIAGNOSIS_PAIN_ON_HOPPING = 40,    /**< Pain on hopping on that leg. */
    CALFCARE_DIAGNOSIS_FEVER = 41,              /**< Fever. */
    CALFCARE_DIAGNOSIS_CANNOT_WALK_4_STEPS = 42, /**< Cannot walk four steps. */
    /* Configurable thresholds (optional; the documented default applies when not given) */
    CALFCARE_DIAGNOSIS_MAX_INCREASE_PCT = 43,   /**< Weekly increase limit, % (1 .. 50; default
                                              #CALFCARE_PROGRESSION_DEFAULT_MAX_INCREASE_PCT). */
    CALFCARE_DIAGNOSIS_CADENCE_INCREASE_PCT = 44, /**< Cadence increase to advise, % (1 .. 10; default
                                                #CALFCARE_DIAGNOSIS_DEFAULT_CADENCE_INCREASE_PCT). */
    CALFCARE_DIAGNOSIS_HEEL_RAISES_NORM = 45,   /**< Heel raises per leg below which strength is low (whole, 1 .. 100;
                                              default by sex: #CALFCARE_DIAGNOSIS_HEEL_RAISES_NORM_MALE /
                                              #CALFCARE_DIAGNOSIS_HEEL_RAISES_NORM_FEMALE). */
    CALFCARE_DIAGNOSIS_KNEE_TO_WALL_MIN_CM = 46, /**< Knee-to-wall distance below which the ankle is restricted, cm
                                               (3 .. 20; default #CALFCARE_DIAGNOSIS_DEFAULT_KNEE_TO_WALL_MIN_CM). */
    CALFCARE_DIAGNOSIS_SHOE_LIMIT_KM = 47,      /**< Shoe replacement distance, km (100 .. 2000; default
                                              #CALFCARE_SHOES_DEFAULT_LIMIT_KM). */
    CALFCARE_DIAGNOSIS_MINIMALIST_WEEKLY_KM = 48, /**< Weekly distance above which minimalist shoes add risk, km
                                               (5 .. 200; default #CALFCARE_DIAGNOSIS_DEFAULT_MINIMALIST_WEEKLY_KM). */
    CALFCARE_DIAGNOSIS_SHOE_LIMIT_MONTHS = 49,  /**< Shoe replacement age, months (1 .. 60; default
                                              #CALFCARE_SHOES_DEFAULT_LIMIT_MONTHS). */
    /* Training: hills and intensity */
    CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M = 50,     /**< Weekly elevation gain, oldest first, m (1 to 52 values, 0 ..
                                              #CALFCARE_PROGRESSION_MAX_WEEKLY_CLIMB_M each, the range `calfcare check` takes). The last value is the
                                              same week as the last of #CALFCARE_DIAGNOSIS_WEEKLY_KM (lists are aligned
                                              on the most recent week; a shorter list leaves earlier weeks
                                              unknown); a week may not climb more than its distance (1 km =
                                              1000 m): calfcare_diagnosis_assess() refuses it. */
    CALFCARE_DIAGNOSIS_WEEKLY_HARD_MIN = 51,    /**< Weekly minutes of hard running (intervals, tempo, hill repeats, races),
                                              oldest first, min (1 to 52 values, 0 ..
                                              #CALFCARE_PROGRESSION_MAX_WEEKLY_HARD_MIN each); aligned on the most
                                              recent week like #CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M; a week of 0 km has no
                                              hard minutes. */
    CALFCARE_DIAGNOSIS_SPEED_WORK_ADDED = 52,   /**< Speed work added in the last 4 weeks (switch). */
    CALFCARE_DIAGNOSIS_HILL_TRAINING_ADDED = 53 /**< Hill training added in the last 4 weeks (switch). */
} calfcare_diagnosis_field;

/** Number of fields of the diagnosis schema (also calfcare_input_field_count(#CALFCARE_INPUT_SCHEMA_DIAGNOSIS)). */
#define CALFCARE_DIAGNOSIS_FIELD_COUNT 54

/** Words of the warm-up and stretch-after fields, stored as these indexes. */
typedef enum calfcare_diagnosis_habit {
    CALFCARE_DIAGNOSIS_HABIT_NEVER = 0,     /**< "never" */
    CALFCARE_DIAGNOSIS_HABIT_SOMETIMES = 1, /**< "sometimes" */
    CALFCARE_DIAGNOSIS_HABIT_ALWAYS = 2     /**< "always" */
} calfcare_diagnosis_habit;

/** Words of the foot-strike field. */
typedef enum calfcare_diagnosis_foot_strike {
    CALFCARE_DIAGNOSIS_FOOT_STRIKE_HEEL = 0,     /**< "heel" */
    CALFCARE_DIAGNOSIS_FOOT_STRIKE_MIDFOOT = 1,  /**< "midfoot" */
    CALFCARE_DIAGNOSIS_FOOT_STRIKE_FOREFOOT = 2  /**< "forefoot" */
} calfcare_diagnosis_foot_strike;

/**
 * Reason and advice codes of the diagnosis (stable, never renumbered or reused; text, source and
 * strength via calfcare_reason_lookup()). 1000-1099 cause rules, 1100-1199 red-flag findings,
 * 1200-1299 advice.
 */
typedef enum calfcare_diagnosis_reason {
    /* overtraining */
    CALFCARE_DIAGNOSIS_R_WEEKLY_INCREASE_OVER_LIMIT = 1001, /**< last week over the previous one by more than the limit (10%) */
    CALFCARE_DIAGNOSIS_R_WEEKLY_INCREASE_OVER_30PCT = 1002, /**< ... and by more than 30% */
    CALFCARE_DIAGNOSIS_R_RUN_SPIKE_10_30 = 1003,            /**< last run 10-30% longer than the longest of the 30 days before */
    CALFCARE_DIAGNOSIS_R_RUN_SPIKE_30_100 = 1004,           /**< last run 30-100% longer */
    CALFCARE_DIAGNOSIS_R_RUN_SPIKE_OVER_100 = 1005,         /**< last run more than twice the longest */
    CALFCARE_DIAGNOSIS_R_WEEKLY_CLIMB_OVER_LIMIT = 1006,    /**< last week's climbing over the previous week's by more than the limit */
    CALFCARE_DIAGNOSIS_R_WEEKLY_HARD_OVER_LIMIT = 1007,     /**< last week's hard minutes over the previous week's by more than the limit */
    CALFCARE_DIAGNOSIS_R_HILL_TRAINING_ADDED = 1008,        /**< hill training added in the last 4 weeks */
    CALFCARE_DIAGNOSIS_R_SPEED_WORK_ADDED = 1009,           /**< speed work added in the last 4 weeks */
    /* warmup_stretching */
    CALFCARE_DIAGNOSIS_R_NO_WARMUP = 1010,                  /**< never warms up */
    CALFCARE_DIAGNOSIS_R_WARMUP_SOMETIMES = 1011,           /**< warms up only sometimes */
    CALFCARE_DIAGNOSIS_R_NO_STRETCH_AFTER = 1012,           /**< never stretches after runs */
    CALFCARE_DIAGNOSIS_R_STRETCH_AFTER_SOMETIMES = 1013,    /**< stretches after runs only sometimes */
    /* running_form */
    CALFCARE_DIAGNOSIS_R_OVERSTRIDING = 1020,               /**< overstrides */
    CALFCARE_DIAGNOSIS_R_CADENCE_LOW = 1021,                /**< cadence under 170 steps/min */
    CALFCARE_DIAGNOSIS_R_FOREFOOT_STRIKE = 1022,            /**< lands on the forefoot */
    CALFCARE_DIAGNOSIS_R_HEEL_STRIKE = 1023,                /**< lands heavily on the heel */
    /* calf_strength_flexibility */
    CALFCARE_DIAGNOSIS_R_HEEL_RAISES_BELOW_NORM = 1030,     /**< weaker leg below the heel-raise norm */
    CALFCARE_DIAGNOSIS_R_HEEL_RAISES_ASYMMETRY = 1031,      /**< heel raises differ by more than 10% */
    CALFCARE_DIAGNOSIS_R_KNEE_TO_WALL_RESTRICTED = 1032,    /**< knee-to-wall under 10 cm */
    CALFCARE_DIAGNOSIS_R_KNEE_TO_WALL_ASYMMETRY = 1033,     /**< knee-to-wall differs by more than 10% */
    CALFCARE_DIAGNOSIS_R_PREVIOUS_CALF_STRAIN = 1034,       /**< previous calf strain */
    CALFCARE_DIAGNOSIS_R_AGE_40_PLUS = 1035,                /**< age 40 or more */
    /* shoes */
    CALFCARE_DIAGNOSIS_R_SHOES_PAST_LIMIT = 1040,           /**< shoes at or past the replacement distance */
    CALFCARE_DIAGNOSIS_R_SHOES_500_KM = 1041,               /**< shoes in the 500 km to limit replacement window */
    CALFCARE_DIAGNOSIS_R_SHOES_OLD = 1042,                  /**< shoes at or past the replacement age (12 months) */
    CALFCARE_DIAGNOSIS_R_DROP_LOWERED = 1043,               /**< drop lowered by 4 mm or more */
    CALFCARE_DIAGNOSIS_R_MINIMALIST_SHOES = 1044,           /**< runs in minimalist shoes */
    CALFCARE_DIAGNOSIS_R_MINIMALIST_HIGH_MILEAGE = 1045,    /**< minimalist shoes above 35 km/week */
    CALFCARE_DIAGNOSIS_R_MINIMALIST_HEAVY_RUNNER = 1046,    /**< minimalist shoes above 71 kg */
    CALFCARE_DIAGNOSIS_R_FIRM_CUSHIONING = 1047,            /**< firm cushioning */
    /* red flags */
    CALFCARE_DIAGNOSIS_R_WELLS_ACTIVE_CANCER = 1101,        /**< Wells: active cancer */
    CALFCARE_DIAGNOSIS_R_WELLS_PARALYSIS_OR_CAST = 1102,    /**< Wells: paralysis, paresis or recent cast */
    CALFCARE_DIAGNOSIS_R_WELLS_BEDRIDDEN_OR_SURGERY = 1103, /**< Wells: bedridden > 3 days or major surgery < 12 weeks */
    CALFCARE_DIAGNOSIS_R_WELLS_DEEP_VEIN_TENDERNESS = 1104, /**< Wells: tenderness along the deep veins */
    CALFCARE_DIAGNOSIS_R_WELLS_WHOLE_LEG_SWOLLEN = 1105,    /**< Wells: entire leg swollen */
    CALFCARE_DIAGNOSIS_R_WELLS_CALF_SWELLING_OVER_3CM = 1106, /**< Wells: calf swelling over 3 cm */
    CALFCARE_DIAGNOSIS_R_WELLS_PITTING_EDEMA = 1107,        /**< Wells: pitting oedema */
    CALFCARE_DIAGNOSIS_R_WELLS_COLLATERAL_VEINS = 1108,     /**< Wells: collateral superficial veins */
    CALFCARE_DIAGNOSIS_R_WELLS_PREVIOUS_DVT = 1109,         /**< Wells: previously documented DVT */
    CALFCARE_DIAGNOSIS_R_WELLS_DVT_LIKELY = 1110,           /**< Wells score 2 or more: DVT likely */
    CALFCARE_DIAGNOSIS_R_WELLS_LOW = 1111,                  /**< Wells score 0 or less: low pretest probability */
    CALFCARE_DIAGNOSIS_R_WELLS_MODERATE = 1112,             /**< Wells score 1-2: moderate pretest probability */
    CALFCARE_DIAGNOSIS_R_WELLS_HIGH = 1113,                 /**< Wells score 3 or more: high pretest probability */
    CALFCARE_DIAGNOSIS_R_RUPTURE_THOMPSON_POSITIVE = 1120,  /**< positive Thompson test */
    CALFCARE_DIAGNOSIS_R_RUPTURE_PALPABLE_GAP = 1121,       /**< palpable gap in the Achilles tendon */
    CALFCARE_DIAGNOSIS_R_RUPTURE_POP_WEAK_PUSH_OFF = 1122,  /**< sudden pop with weak push-off */
    CALFCARE_DIAGNOSIS_R_TEAR_SUDDEN_POP = 1130,            /**< sudden pop */
    CALFCARE_DIAGNOSIS_R_TEAR_BRUISING = 1131,              /**< bruising */
    CALFCARE_DIAGNOSIS_R_TEAR_WEAK_PUSH_OFF = 1132,         /**< weak push-off */
    CALFCARE_DIAGNOSIS_R_EXERTIONAL_PREDICTABLE_PAIN = 1140, /**< pain at a predictable time into runs, easing with rest */
    CALFCARE_DIAGNOSIS_R_EXERTIONAL_NUMBNESS = 1141,        /**< numbness with the exertional pattern */
    CALFCARE_DIAGNOSIS_R_STRESS_FRACTURE_BONE_TENDERNESS = 1150, /**< focal bone tenderness */
    CALFCARE_DIAGNOSIS_R_STRESS_FRACTURE_HOPPING_PAIN = 1151, /**< pain on hopping */
    CALFCARE_DIAGNOSIS_R_STRESS_FRACTURE_NIGHT_PAIN = 1152, /**< night pain with stress fracture signs */
    CALFCARE_DIAGNOSIS_R_FEVER = 1160,                      /**< fever */
    CALFCARE_DIAGNOSIS_R_NUMBNESS = 1170,                   /**< numbness without the exertional pattern */
    CALFCARE_DIAGNOSIS_R_CANNOT_WALK_4_STEPS = 1180,        /**< cannot walk four steps */
    CALFCARE_DIAGNOSIS_R_NIGHT_PAIN = 1190,                 /**< night pain without stress fracture signs */
    CALFCARE_DIAGNOSIS_R_REST_PAIN = 1191,                  /**< pain at rest */
    /* advice */
    CALFCARE_DIAGNOSIS_R_SEE_CLINICIAN_TODAY = 1200,        /**< urgent: see a clinician today (text names the flags) */
    CALFCARE_DIAGNOSIS_R_SEE_CLINICIAN = 1201,              /**< see a clinician before treating it yourself */
    CALFCARE_DIAGNOSIS_R_AVOID_BLOCKED_CARE = 1202,         /**< the blocked self-care kinds (value: the mask) */
    CALFCARE_DIAGNOSIS_R_RELIEF_RICE = 1210,                /**< relief protocol "rice" */
    CALFCARE_DIAGNOSIS_R_RELIEF_FULL = 1211,                /**< relief protocol "full" */
    CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CAP = 1220,              /**< next week's distance cap, km */
    CALFCARE_DIAGNOSIS_R_NEXT_RUN_CAP = 1221,               /**< next run's distance cap, km */
    CALFCARE_DIAGNOSIS_R_CADENCE_TARGET = 1222,             /**< target cadence, steps/min */
    CALFCARE_DIAGNOSIS_R_SHORTEN_STRIDE = 1223,             /**< land closer under the hips */
    CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CLIMB_CAP = 1224,        /**< next week's climbing cap, m (the distance rule's limit) */
    CALFCARE_DIAGNOSIS_R_NEXT_WEEK_HARD_CAP = 1225,         /**< next week's hard-running cap, min (the distance rule's limit) */
    CALFCARE_DIAGNOSIS_R_ONE_INCREASE_PER_WEEK = 1226,      /**< do not raise distance and intensity or hills in the same week */
    CALFCARE_DIAGNOSIS_R_FORM_FILM = 1227,                  /**< see your form: film yourself from the side at your usual pace */
    CALFCARE_DIAGNOSIS_R_FORM_COACH = 1228,                 /**< see your form: or ask a running coach to watch you run */
    CALFCARE_DIAGNOSIS_R_SHOES_KM_LEFT = 1230,              /**< km left on the shoes */
    CALFCARE_DIAGNOSIS_R_SHOES_REPLACE = 1231,              /**< shoes past the limit (value: km left, <= 0) */
    CALFCARE_DIAGNOSIS_R_DROP_TRANSITION = 1232,            /**< move to the lower drop over weeks (value: drop decrease, mm) */
    CALFCARE_DIAGNOSIS_R_MINIMALIST_TRANSITION = 1233,      /**< minimalist shoes: build up, stay under the weekly km (value) */
    CALFCARE_DIAGNOSIS_R_SHOES_REPLACE_AGE = 1234,          /**< shoes at or past the replacement age (value: age, months) */
    CALFCARE_DIAGNOSIS_R_SHOES_TRY_IN_STORE = 1235,         /**< try shoes on in a running store: comfort and fit first */
    CALFCARE_DIAGNOSIS_R_SHOES_GAIT_ANALYSIS = 1236,        /**< what a gait analysis can and cannot tell (pronation-based choice not shown to prevent injury) */
    CALFCARE_DIAGNOSIS_R_ROUTINE_WARMUP_COOLDOWN = 1240,    /**< prevention routines "warmup" and "cooldown" */
    CALFCARE_DIAGNOSIS_R_ROUTINE_STRENGTH = 1241,           /**< prevention routine "strength" (value: target raises per leg) */
    CALFCARE_DIAGNOSIS_R_RELIEF_REST = 1242                 /**< first aid "rest": rest with the leg raised, nothing else */
} calfcare_diagnosis_reason;

/** calfcare_reason_lookup() for diagnosis codes (1000-1999) only: links only the diagnosis table.
 *  @return the description, or NULL (another area's code, unknown, or a build without texts). */
CALFCARE_API const calfcare_reason *calfcare_diagnosis_reason_lookup(int code);

/** Shoe distance from which worn cushioning counts towards the shoe cause, km: the low end of the 500-800 km
 *  replacement range (Cook 1985; convention). */
#define CALFCARE_DIAGNOSIS_SHOE_WEAR_KM 500.0
/** Default cadence increase to advise, %: +5% step rate lowers calf/Achilles load (Heiderscheit 2011; weak, lab). */
#define CALFCARE_DIAGNOSIS_DEFAULT_CADENCE_INCREASE_PCT 5.0
/** Largest cadence increase ever advised at once, % (Heiderscheit 2011, Lyght 2016). */
#define CALFCARE_DIAGNOSIS_MAX_CADENCE_INCREASE_PCT 10.0
/** Single-leg heel-raise norm for men, raises per leg (Hebert-Losier 2017; moderate). */
#define CALFCARE_DIAGNOSIS_HEEL_RAISES_NORM_MALE 24
/** Single-leg heel-raise norm for women and when sex is unknown, raises per leg (Hebert-Losier 2017; moderate). */
#define CALFCARE_DIAGNOSIS_HEEL_RAISES_NORM_FEMALE 21
/** Default knee-to-wall limit, cm: under 10 cm is restricted dorsiflexion (lab manuals, Bennell 1998; weak). */
#define CALFCARE_DIAGNOSIS_DEFAULT_KNEE_TO_WALL_MIN_CM 10.0
/** Default weekly distance above which minimalist shoes add calf pain, km (Fuller 2017; weak-moderate). */
#define CALFCARE_DIAGNOSIS_DEFAULT_MINIMALIST_WEEKLY_KM 35.0

/** Triage: what the runner should do. The most serious red flag wins. Values are stable. */
typedef enum calfcare_diagnosis_triage {
    CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE = 0,     /**< No red flag: self-care with the advice given. */
    CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN = 1, /**< A red flag: see a clinician before treating it yourself. */
    CALFCARE_DIAGNOSIS_TRIAGE_URGENT = 2         /**< An urgent red flag: see a clinician today. */
} calfcare_diagnosis_triage;

/** The five causes of calf pain in runners (product brief). Values are stable, append-only. */
typedef enum calfcare_diagnosis_cause {
    CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING = 1,              /**< Sudden jumps in distance (weekly or single run), climbing or
                                                       hard running, or speed or hill work newly added. */
    CALFCARE_DIAGNOSIS_CAUSE_WARMUP_STRETCHING = 2,         /**< No warm-up before, no stretching after runs. */
    CALFCARE_DIAGNOSIS_CAUSE_RUNNING_FORM = 3,              /**< Overstriding, low cadence, forefoot or heavy heel landing. */
    CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY = 4, /**< Weak or tight calves (heel raises, knee-to-wall), risk factors. */
    CALFCARE_DIAGNOSIS_CAUSE_SHOES = 5                      /**< Worn, low-drop, minimalist or firm shoes. */
} calfcare_diagnosis_cause;

/** Number of causes; every diagnosis lists all of them. */
#define CALFCARE_DIAGNOSIS_CAUSE_COUNT 5
/** Most reason codes per cause or per red flag. */
#define CALFCARE_DIAGNOSIS_MAX_REASONS 12
/** Most red flags in one diagnosis (every defined flag once). */
#define CALFCARE_DIAGNOSIS_MAX_FLAGS (CALFCARE_FLAG_COUNT - 1)
/** Most advice items in one diagnosis (every item that can be given at once fits: nothing is dropped). */
#define CALFCARE_DIAGNOSIS_MAX_ADVICE 24
/** Size of an advice item's text, bytes including the terminating NUL. */
#define CALFCARE_DIAGNOSIS_ADVICE_TEXT_SIZE 256

/** One cause with its score and the reason codes that gave it. */
typedef struct calfcare_diagnosis_cause_score {
    int cause;                                      /**< ::calfcare_diagnosis_cause value. */
    double score;                                   /**< 0 .. 1: min(1, sum of the rules' weights); 0 without evidence. */
    size_t reason_count;                            /**< Number of codes in @ref reasons. */
    int reasons[CALFCARE_DIAGNOSIS_MAX_REASONS];    /**< Reason codes (1000-1099), in rule order. */
} calfcare_diagnosis_cause_score;

/** One red flag with the triage level it calls for and the findings that raised it. */
typedef struct calfcare_diagnosis_flag {
    int flag;                                       /**< ::calfcare_red_flag value. */
    int triage;                                     /**< ::calfcare_diagnosis_triage level this flag calls for. */
    size_t reason_count;                            /**< Number of codes in @ref reasons. */
    int reasons[CALFCARE_DIAGNOSIS_MAX_REASONS];    /**< Reason codes (1100-1199). */
} calfcare_diagnosis_flag;

/** One piece of advice: a stable code, the number it is about, and English text composed by the library. */
typedef struct calfcare_diagnosis_advice {
    int code;                                       /**< Advice code (1200-1299). */
    double value;                                   /**< The advice's number (km, steps/min, mm...), NaN when none. */
    char text[CALFCARE_DIAGNOSIS_ADVICE_TEXT_SIZE]; /**< English sentence with the numbers filled in. */
} calfcare_diagnosis_advice;

/**
 * Result of calfcare_diagnosis_assess(). Caller-allocated, plain data (about 7.3 KiB on 64-bit systems),
 * with reserved slots at the end for fields a later release adds (docs/HACKING.md, "ABI and releases").
 */
typedef struct calfcare_diagnosis {
    int triage;                          /**< ::calfcare_diagnosis_triage: the most serious flag's level, self-care without flags. */
    int triage_flag;                     /**< ::calfcare_red_flag that decided the triage, #CALFCARE_FLAG_NONE without flags. */
    calfcare_diagnosis_cause_score causes[CALFCARE_DIAGNOSIS_CAUSE_COUNT]; /**< All five causes, highest score first
                                                                   (ties in ::calfcare_diagnosis_cause order). */
    size_t flag_count;                   /**< Number of red flags in @ref flags. */
    calfcare_diagnosis_flag flags[CALFCARE_DIAGNOSIS_MAX_FLAGS]; /**< Red flags, most serious first. */
    int wells_known;                     /**< 1 when any Wells item was given (even as "no"), else 0. */
    int wells_score;                     /**< Wells DVT score (-2 .. 9) when @ref wells_known, else 0. */
    int wells_band;                      /**< ::calfcare_diagnosis_wells_band of @ref wells_score (calfcare_diagnosis_wells_classify()),
                                              #CALFCARE_DIAGNOSIS_WELLS_NOT_ASSESSED without a Wells item. */
    calfcare_blocked blocked;            /**< Self-care kinds blocked by the red flags (for the relief API). */
    size_t advice_count;                 /**< Number of items in @ref advice. */
    calfcare_diagnosis_advice advice[CALFCARE_DIAGNOSIS_MAX_ADVICE]; /**< Advice, most important first. */
    int reserved_[7];                    /**< @private zero; room to grow without breaking the ABI. */
} calfcare_diagnosis;

/**
 * Pretest probability bands of the Wells DVT score (Wells 1997): high 3 or more, moderate 1-2, low 0
 * or less. A low score never rules a clot out: any DVT sign is still a red flag. Stable values.
 */
typedef enum calfcare_diagnosis_wells_band {
    CALFCARE_DIAGNOSIS_WELLS_NOT_ASSESSED = 0, /**< "not_assessed": no Wells item was given. */
    CALFCARE_DIAGNOSIS_WELLS_LOW = 1,          /**< "low": score #CALFCARE_DIAGNOSIS_WELLS_MODERATE_MIN - 1 or less. */
    CALFCARE_DIAGNOSIS_WELLS_MODERATE = 2,     /**< "moderate": #CALFCARE_DIAGNOSIS_WELLS_MODERATE_MIN to #CALFCARE_DIAGNOSIS_WELLS_HIGH_MIN - 1. */
    CALFCARE_DIAGNOSIS_WELLS_HIGH = 3          /**< "high": #CALFCARE_DIAGNOSIS_WELLS_HIGH_MIN or more. */
} calfcare_diagnosis_wells_band;

/** Lowest Wells score of the moderate band (Wells 1997). */
#define CALFCARE_DIAGNOSIS_WELLS_MODERATE_MIN 1
/** Lowest Wells score of the high band (Wells 1997). */
#define CALFCARE_DIAGNOSIS_WELLS_HIGH_MIN 3

/**
 * The pretest probability band of a Wells score.
 * @param score a Wells score (any int; the score itself runs from -2 to 9)
 * @return #CALFCARE_DIAGNOSIS_WELLS_LOW, #CALFCARE_DIAGNOSIS_WELLS_MODERATE or #CALFCARE_DIAGNOSIS_WELLS_HIGH.
 */
CALFCARE_API int calfcare_diagnosis_wells_classify(int score);

/** @return "not_assessed", "low", "moderate", "high", or "unknown" for other values. */
CALFCARE_API const char *calfcare_diagnosis_wells_band_name(int band);
/**
 * The value of a word of a Wells band ("not_assessed", "low", "moderate", "high"; field "wells_band"): the inverse of the _name() function above.
 * @param word  the word, exactly as the _name() function spells it.
 * @param value receives the value.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID naming the field and listing the
 *         accepted words.
 */
CALFCARE_API calfcare_status calfcare_diagnosis_wells_band_parse(const char *word, int *value, calfcare_error *err);

/**
 * One row of the safety gate: what a red flag means for every other output of the library
 * (docs/diagnosis.md "The safety gate"). The diagnosis's blocked set, its first-aid advice, the
 * relief protocols and routines it advises and its running targets are all derived from these rows.
 */
typedef struct calfcare_diagnosis_gate_rule {
    int flag;           /**< ::calfcare_red_flag of this row. */
    int triage;         /**< ::calfcare_diagnosis_triage level the flag calls for (dvt: see_clinician, urgent when the
                             Wells score is 2 or more). */
    unsigned blocks;    /**< OR of ::calfcare_care_kind values blocked until a clinician clears them. Every
                             flag blocks running, so no flag ever gets a distance or cadence target. */
    int first_aid;      /**< The ::calfcare_relief_id still allowed until the runner is seen:
                             #CALFCARE_RELIEF_RICE or #CALFCARE_RELIEF_REST (values of calfcare/relief.h). */
    const char *why;    /**< English: why this first aid is allowed and the rest waits. */
    const char *source; /**< Source keys, comma-separated (each resolves in docs/evidence.md). */
} calfcare_diagnosis_gate_rule;

/**
 * The safety gate's row for a red flag.
 *
 * Numbness that comes with the exertional pattern is folded into the exertional flag; the diagnosis
 * then applies the #CALFCARE_FLAG_NERVE row too (reduced sensation rules out ice, a bandage, and
 * stretching or rolling "until it hurts").
 *
 * @param flag a ::calfcare_red_flag value (any int is accepted).
 * @return a static row, or NULL for #CALFCARE_FLAG_NONE and undefined values.
 */
CALFCARE_API const calfcare_diagnosis_gate_rule *calfcare_diagnosis_gate(int flag);

/**
 * Rank the causes of calf pain, screen red flags, score Wells and compose advice.
 *
 * Every input is optional. Scores and flags only use what was given: an unknown field adds nothing,
 * a field given as "no" is recorded as known (for example it makes the Wells score known).
 *
 * @param in   an input initialised with calfcare_input_init(in, #CALFCARE_INPUT_SCHEMA_DIAGNOSIS, ...)
 * @param[out] out  the diagnosis; written only on success
 * @param err  details on failure, may be NULL
 * The inputs are checked against each other first: a week that climbs more than its distance
 * (#CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M over 1000 x #CALFCARE_DIAGNOSIS_WEEKLY_KM, lists aligned on the most recent
 * week) and hard minutes in a week of 0 km are impossible and refused.
 *
 * @return #CALFCARE_OK; #CALFCARE_E_NULL when @p in or @p out is NULL; #CALFCARE_E_STATE when @p in
 *         is not initialised or belongs to another schema (field "input"); #CALFCARE_E_INVALID for
 *         impossible combinations (field "weekly_climb_m" or "weekly_hard_min"; the message names the
 *         week and the accepted range, err->value the value, err->min 0 and err->max the most that week
 *         allows).
 */
CALFCARE_API calfcare_status calfcare_diagnosis_assess(const calfcare_input *in, calfcare_diagnosis *out,
                                               calfcare_error *err);


/**
 * snake_case name of a triage level: "self_care", "see_clinician", "urgent".
 * @param triage a ::calfcare_diagnosis_triage value (any int is accepted).
 * @return a static string; "unknown" for undefined values.
 */
CALFCARE_API const char *calfcare_diagnosis_triage_name(int triage);
/**
 * The value of a word of a triage level ("self_care", "see_clinician", "urgent"; field "triage"): the inverse of the _name() function above.
 * @param word  the word, exactly as the _name() function spells it.
 * @param value receives the value.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID naming the field and listing the
 *         accepted words.
 */
CALFCARE_API calfcare_status calfcare_diagnosis_triage_parse(const char *word, int *value, calfcare_error *err);

/**
 * snake_case name of a cause: "overtraining", "warmup_stretching", "running_form",
 * "calf_strength_flexibility", "shoes".
 * @param cause a ::calfcare_diagnosis_cause value (any int is accepted).
 * @return a static string; "unknown" for undefined values.
 */
CALFCARE_API const char *calfcare_diagnosis_cause_name(int cause);
/**
 * The value of a word of a cause ("overtraining" ... "shoes"; field "cause"): the inverse of the _name() function above.
 * @param word  the word, exactly as the _name() function spells it.
 * @param value receives the value.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID naming the field and listing the
 *         accepted words.
 */
CALFCARE_API calfcare_status calfcare_diagnosis_cause_parse(const char *word, int *value, calfcare_error *err);

/**
 * Weight a cause rule adds to its cause's score (the additive model of docs/diagnosis.md).
 * @param code a cause reason code (1000-1099)
 * @return the weight, 0 .. 1, or a negative value when @p code is not a cause rule.
 */
CALFCARE_API double calfcare_diagnosis_reason_weight(int code);

/**
 * The cause a reason code contributes to.
 * @param code a reason code (any int is accepted).
 * @return a ::calfcare_diagnosis_cause value, or 0 when @p code is not a cause rule.
 */
CALFCARE_API int calfcare_diagnosis_reason_cause(int code);

#ifdef __cplusplus
}
#endif

#endif /* CALFCARE_DIAGNOSIS_H */
