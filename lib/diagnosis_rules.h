/* The diagnosis's reasons, written once (private to lib/): lib/diagnosis.c expands the weights of
 * the cause rules (the scoring) and lib/diagnosis_texts.c the texts (the reason lookup), so that a
 * build without texts links none of them (docs/embedding.md). Rules, weights and sources:
 * docs/diagnosis.md. */
#ifndef CC_DIAGNOSIS_RULES_H
#define CC_DIAGNOSIS_RULES_H

#include <calfcare/diagnosis.h>

/* Every reason of the area, once: RULE(code, name, text, source key, strength, cause, points) for a
 * cause rule (the cause it feeds and its weight in hundredths: integer so that the sums are exact,
 * 0.35 + 0.20 is 0.55, not 0.5499...), FLAG(code, name, text, source key) for a red flag and
 * ADVICE(code, name, text, source key, strength) for advice. */
#define OT CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING
#define WS CALFCARE_DIAGNOSIS_CAUSE_WARMUP_STRETCHING
#define RF CALFCARE_DIAGNOSIS_CAUSE_RUNNING_FORM
#define CS CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY
#define SH CALFCARE_DIAGNOSIS_CAUSE_SHOES
#define DX_RULES(RULE, FLAG, ADVICE)                                                                                   \
    RULE(CALFCARE_DIAGNOSIS_R_WEEKLY_INCREASE_OVER_LIMIT, "weekly_increase_over_limit",                                \
         "last week's distance rose more than the weekly limit (10%) over the week before", "buist2008", "W", OT, 30)  \
    RULE(CALFCARE_DIAGNOSIS_R_WEEKLY_INCREASE_OVER_30PCT, "weekly_increase_over_30pct",                                \
         "last week's distance rose more than 30% over the week before", "nielsen2014", "W", OT, 20)                   \
    RULE(CALFCARE_DIAGNOSIS_R_RUN_SPIKE_10_30, "run_spike_10_30",                                                      \
         "the last run was 10-30% longer than the longest run of the 30 days before (HR 1.64)", "frandsen2025", "M", OT, 25) \
    RULE(CALFCARE_DIAGNOSIS_R_RUN_SPIKE_30_100, "run_spike_30_100",                                                    \
         "the last run was 30-100% longer than the longest run of the 30 days before (HR 1.52)", "frandsen2025", "M", OT, 25) \
    RULE(CALFCARE_DIAGNOSIS_R_RUN_SPIKE_OVER_100, "run_spike_over_100",                                                \
         "the last run was more than twice the longest run of the 30 days before (HR 2.28)", "frandsen2025", "M", OT, 40) \
    RULE(CALFCARE_DIAGNOSIS_R_WEEKLY_CLIMB_OVER_LIMIT, "weekly_climb_over_limit",                                      \
         "last week's climbing rose more than the weekly limit (10%) over the week before: uphill running loads the calf " \
         "more", "padulo2013", "W", OT, 25)                                                                            \
    RULE(CALFCARE_DIAGNOSIS_R_WEEKLY_HARD_OVER_LIMIT, "weekly_hard_over_limit",                                        \
         "last week's hard running rose more than the weekly limit (10%) over the week before: calf forces rise with " \
         "speed", "dorn2012", "W", OT, 25)                                                                             \
    RULE(CALFCARE_DIAGNOSIS_R_HILL_TRAINING_ADDED, "hill_training_added", "hill training added in the last 4 weeks",   \
         "padulo2013", "W", OT, 15)                                                                                    \
    RULE(CALFCARE_DIAGNOSIS_R_SPEED_WORK_ADDED, "speed_work_added", "speed work added in the last 4 weeks", "dorn2012", "W", OT, 15) \
    RULE(CALFCARE_DIAGNOSIS_R_NO_WARMUP, "no_warmup", "never warms up before runs", "brief", "W", WS, 35)              \
    RULE(CALFCARE_DIAGNOSIS_R_WARMUP_SOMETIMES, "warmup_sometimes", "warms up before runs only sometimes", "brief", "W", WS, 15) \
    RULE(CALFCARE_DIAGNOSIS_R_NO_STRETCH_AFTER, "no_stretch_after", "never stretches after runs", "lauersen2014", "C", WS, 25) \
    RULE(CALFCARE_DIAGNOSIS_R_STRETCH_AFTER_SOMETIMES, "stretch_after_sometimes", "stretches after runs only sometimes", \
         "lauersen2014", "C", WS, 10)                                                                                  \
    RULE(CALFCARE_DIAGNOSIS_R_OVERSTRIDING, "overstriding", "overstrides: the foot lands well ahead of the hips",      \
         "heiderscheit2011", "W", RF, 35)                                                                              \
    RULE(CALFCARE_DIAGNOSIS_R_CADENCE_LOW, "cadence_low", "cadence under 170 steps/min", "heiderscheit2011", "W", RF, 20) \
    RULE(CALFCARE_DIAGNOSIS_R_FOREFOOT_STRIKE, "forefoot_strike", "lands on the forefoot, which loads the calf and Achilles more", \
         "lyght2016", "W", RF, 25)                                                                                     \
    RULE(CALFCARE_DIAGNOSIS_R_HEEL_STRIKE, "heel_strike", "lands heavily on the heel", "brief", "W", RF, 10)           \
    RULE(CALFCARE_DIAGNOSIS_R_HEEL_RAISES_BELOW_NORM, "heel_raises_below_norm",                                        \
         "single-leg heel raises below the norm (24 men, 21 women)", "hebertlosier2017", "M", CS, 30)                  \
    RULE(CALFCARE_DIAGNOSIS_R_HEEL_RAISES_ASYMMETRY, "heel_raises_asymmetry", "heel raises differ between legs by more than 10%", \
         "hebertlosier2017", "M", CS, 20)                                                                              \
    RULE(CALFCARE_DIAGNOSIS_R_KNEE_TO_WALL_RESTRICTED, "knee_to_wall_restricted",                                      \
         "knee-to-wall distance under 10 cm: tight calf, restricted ankle", "bennell1998", "W", CS, 20)                \
    RULE(CALFCARE_DIAGNOSIS_R_KNEE_TO_WALL_ASYMMETRY, "knee_to_wall_asymmetry",                                        \
         "knee-to-wall distance differs between legs by more than 10%", "bennell1998", "W", CS, 10)                    \
    RULE(CALFCARE_DIAGNOSIS_R_PREVIOUS_CALF_STRAIN, "previous_calf_strain", "a previous calf strain (strongest risk factor)", \
         "green2017", "M", CS, 20)                                                                                     \
    RULE(CALFCARE_DIAGNOSIS_R_AGE_40_PLUS, "age_40_plus", "age 40 or more (older age is a calf strain risk factor)",   \
         "green2017", "M", CS, 15)                                                                                     \
    RULE(CALFCARE_DIAGNOSIS_R_SHOES_PAST_LIMIT, "shoes_past_limit", "shoes at or past the replacement distance (800 km)", \
         "cook1985", "W", SH, 25)                                                                                      \
    RULE(CALFCARE_DIAGNOSIS_R_SHOES_500_KM, "shoes_500_km", "shoes past 500 km, in the usual 500-800 km replacement window", \
         "cook1985", "W", SH, 10)                                                                                      \
    RULE(CALFCARE_DIAGNOSIS_R_SHOES_OLD, "shoes_old", "shoes at or past the replacement age (12 months)", "convention", "W", SH, 10) \
    RULE(CALFCARE_DIAGNOSIS_R_DROP_LOWERED, "drop_lowered", "heel drop lowered by 4 mm or more from the previous pair", \
         "ryan2014", "W", SH, 35)                                                                                      \
    RULE(CALFCARE_DIAGNOSIS_R_MINIMALIST_SHOES, "minimalist_shoes", "runs in minimalist shoes, which bring more calf pain", \
         "fuller2017", "W", SH, 20)                                                                                    \
    RULE(CALFCARE_DIAGNOSIS_R_MINIMALIST_HIGH_MILEAGE, "minimalist_high_mileage",                                      \
         "minimalist shoes above 35 km a week", "fuller2017", "W", SH, 15)                                             \
    RULE(CALFCARE_DIAGNOSIS_R_MINIMALIST_HEAVY_RUNNER, "minimalist_heavy_runner", "minimalist shoes with a body mass above 71 kg", \
         "fuller2017", "W", SH, 10)                                                                                    \
    RULE(CALFCARE_DIAGNOSIS_R_FIRM_CUSHIONING, "firm_cushioning", "firm cushioning (higher injury risk than soft, SHR 1.52)", \
         "malisoux2020", "M", SH, 15)                                                                                  \
    FLAG(CALFCARE_DIAGNOSIS_R_WELLS_ACTIVE_CANCER, "wells_active_cancer", "active cancer (Wells +1)", "wells1997")     \
    FLAG(CALFCARE_DIAGNOSIS_R_WELLS_PARALYSIS_OR_CAST, "wells_paralysis_or_cast",                                      \
         "paralysis, paresis or recent cast of the leg (Wells +1)", "wells1997")                                       \
    FLAG(CALFCARE_DIAGNOSIS_R_WELLS_BEDRIDDEN_OR_SURGERY, "wells_bedridden_or_surgery",                                \
         "bedridden over 3 days or major surgery within 12 weeks (Wells +1)", "wells1997")                             \
    FLAG(CALFCARE_DIAGNOSIS_R_WELLS_DEEP_VEIN_TENDERNESS, "wells_deep_vein_tenderness",                                \
         "tenderness along the deep veins (Wells +1)", "wells1997")                                                    \
    FLAG(CALFCARE_DIAGNOSIS_R_WELLS_WHOLE_LEG_SWOLLEN, "wells_whole_leg_swollen", "the entire leg is swollen (Wells +1)", \
         "wells1997")                                                                                                  \
    FLAG(CALFCARE_DIAGNOSIS_R_WELLS_CALF_SWELLING_OVER_3CM, "wells_calf_swelling_over_3cm",                            \
         "calf swollen more than 3 cm compared with the other leg (Wells +1)", "wells1997")                            \
    FLAG(CALFCARE_DIAGNOSIS_R_WELLS_PITTING_EDEMA, "wells_pitting_edema", "pitting oedema in the painful leg (Wells +1)", \
         "wells1997")                                                                                                  \
    FLAG(CALFCARE_DIAGNOSIS_R_WELLS_COLLATERAL_VEINS, "wells_collateral_veins",                                        \
         "collateral non-varicose superficial veins (Wells +1)", "wells1997")                                          \
    FLAG(CALFCARE_DIAGNOSIS_R_WELLS_PREVIOUS_DVT, "wells_previous_dvt", "a previously documented DVT (Wells +1)", "wells1997") \
    FLAG(CALFCARE_DIAGNOSIS_R_WELLS_DVT_LIKELY, "wells_dvt_likely", "Wells score 2 or more: a clot is likely", "wells1997") \
    FLAG(CALFCARE_DIAGNOSIS_R_WELLS_LOW, "wells_low", "Wells score 0 or less: low pretest probability, which never rules a clot out", \
         "wells1997")                                                                                                  \
    FLAG(CALFCARE_DIAGNOSIS_R_WELLS_MODERATE, "wells_moderate", "Wells score 1-2: moderate pretest probability of a clot", \
         "wells1997")                                                                                                  \
    FLAG(CALFCARE_DIAGNOSIS_R_WELLS_HIGH, "wells_high", "Wells score 3 or more: high pretest probability of a clot",   \
         "wells1997")                                                                                                  \
    FLAG(CALFCARE_DIAGNOSIS_R_RUPTURE_THOMPSON_POSITIVE, "rupture_thompson_positive",                                  \
         "positive Thompson (calf squeeze) test", "maffulli1998")                                                      \
    FLAG(CALFCARE_DIAGNOSIS_R_RUPTURE_PALPABLE_GAP, "rupture_palpable_gap", "a gap felt in the Achilles tendon", "maffulli1998") \
    FLAG(CALFCARE_DIAGNOSIS_R_RUPTURE_POP_WEAK_PUSH_OFF, "rupture_pop_weak_push_off",                                  \
         "a sudden pop with a weak push-off", "maffulli1998")                                                          \
    FLAG(CALFCARE_DIAGNOSIS_R_TEAR_SUDDEN_POP, "tear_sudden_pop", "a sudden pop in the calf", "redflags")              \
    FLAG(CALFCARE_DIAGNOSIS_R_TEAR_BRUISING, "tear_bruising", "bruising of the calf", "redflags")                      \
    FLAG(CALFCARE_DIAGNOSIS_R_TEAR_WEAK_PUSH_OFF, "tear_weak_push_off", "cannot rise on the toes of that leg", "redflags") \
    FLAG(CALFCARE_DIAGNOSIS_R_EXERTIONAL_PREDICTABLE_PAIN, "exertional_predictable_pain",                              \
         "pain at a predictable time into runs that eases with rest", "redflags")                                      \
    FLAG(CALFCARE_DIAGNOSIS_R_EXERTIONAL_NUMBNESS, "exertional_numbness", "numbness or tingling with the exertional pain", \
         "redflags")                                                                                                   \
    FLAG(CALFCARE_DIAGNOSIS_R_STRESS_FRACTURE_BONE_TENDERNESS, "stress_fracture_bone_tenderness",                      \
         "tenderness at one spot on the bone", "redflags")                                                             \
    FLAG(CALFCARE_DIAGNOSIS_R_STRESS_FRACTURE_HOPPING_PAIN, "stress_fracture_hopping_pain", "pain on hopping", "redflags") \
    FLAG(CALFCARE_DIAGNOSIS_R_STRESS_FRACTURE_NIGHT_PAIN, "stress_fracture_night_pain", "night pain with signs of a stress fracture", \
         "redflags")                                                                                                   \
    FLAG(CALFCARE_DIAGNOSIS_R_FEVER, "fever", "fever with calf pain", "redflags")                                      \
    FLAG(CALFCARE_DIAGNOSIS_R_NUMBNESS, "numbness", "numbness or tingling", "redflags")                                \
    FLAG(CALFCARE_DIAGNOSIS_R_CANNOT_WALK_4_STEPS, "cannot_walk_4_steps", "cannot walk four steps", "redflags")        \
    FLAG(CALFCARE_DIAGNOSIS_R_NIGHT_PAIN, "night_pain", "pain at night", "redflags")                                   \
    FLAG(CALFCARE_DIAGNOSIS_R_REST_PAIN, "rest_pain", "pain at rest", "redflags")                                      \
    ADVICE(CALFCARE_DIAGNOSIS_R_SEE_CLINICIAN_TODAY, "see_clinician_today", "see a clinician today", "redflags", "F")  \
    ADVICE(CALFCARE_DIAGNOSIS_R_SEE_CLINICIAN, "see_clinician", "see a clinician before treating it yourself", "redflags", "F") \
    ADVICE(CALFCARE_DIAGNOSIS_R_AVOID_BLOCKED_CARE, "avoid_blocked_care", "avoid the self-care the red flags block",   \
           "wells1997", "F")                                                                                           \
    ADVICE(CALFCARE_DIAGNOSIS_R_RELIEF_RICE, "relief_rice", "first aid until seen: rest, ice, compression, elevation", \
           "brief", "W")                                                                                               \
    ADVICE(CALFCARE_DIAGNOSIS_R_RELIEF_FULL, "relief_full",                                                            \
           "relief: RICE, a pain check, then stretching and foam rolling once the pain eases", "brief", "W")           \
    ADVICE(CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CAP, "next_week_cap", "next week's distance cap", "buist2008", "W")          \
    ADVICE(CALFCARE_DIAGNOSIS_R_NEXT_RUN_CAP, "next_run_cap", "next run's distance cap: 1.10 x the longest of 30 days", \
           "frandsen2025", "M")                                                                                        \
    ADVICE(CALFCARE_DIAGNOSIS_R_CADENCE_TARGET, "cadence_target", "raise cadence by 5%, never more than 10%",          \
           "heiderscheit2011", "W")                                                                                    \
    ADVICE(CALFCARE_DIAGNOSIS_R_SHORTEN_STRIDE, "shorten_stride", "land with the foot closer under the hips", "brief", "W") \
    ADVICE(CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CLIMB_CAP, "next_week_climb_cap",                                            \
           "next week's climbing cap: the weekly limit of distance applied to climbing", "padulo2013", "W")            \
    ADVICE(CALFCARE_DIAGNOSIS_R_NEXT_WEEK_HARD_CAP, "next_week_hard_cap",                                              \
           "next week's hard-running cap: the weekly limit of distance applied to hard minutes", "dorn2012", "W")      \
    ADVICE(CALFCARE_DIAGNOSIS_R_ONE_INCREASE_PER_WEEK, "one_increase_per_week",                                        \
           "do not raise distance and intensity or hills in the same week", "coaching", "W")                           \
    ADVICE(CALFCARE_DIAGNOSIS_R_FORM_FILM, "form_film",                                                                \
           "see your form: film yourself from the side with a phone at your usual pace", "brief", "W")                 \
    ADVICE(CALFCARE_DIAGNOSIS_R_FORM_COACH, "form_coach", "see your form: ask a running coach to watch you run", "brief", \
           "W")                                                                                                        \
    ADVICE(CALFCARE_DIAGNOSIS_R_SHOES_KM_LEFT, "shoes_km_left", "distance left on the shoes", "cook1985", "W")         \
    ADVICE(CALFCARE_DIAGNOSIS_R_SHOES_REPLACE, "shoes_replace", "replace the shoes", "cook1985", "W")                  \
    ADVICE(CALFCARE_DIAGNOSIS_R_DROP_TRANSITION, "drop_transition", "move to a lower drop over weeks", "ryan2014", "W") \
    ADVICE(CALFCARE_DIAGNOSIS_R_MINIMALIST_TRANSITION, "minimalist_transition",                                        \
           "build up minimalist running over weeks and keep under 35 km a week", "fuller2017", "W")                    \
    ADVICE(CALFCARE_DIAGNOSIS_R_SHOES_REPLACE_AGE, "shoes_replace_age", "replace the shoes: replacement age reached",  \
           "convention", "W")                                                                                          \
    ADVICE(CALFCARE_DIAGNOSIS_R_SHOES_TRY_IN_STORE, "shoes_try_in_store",                                              \
           "try shoes on in a running store: comfort and fit come first", "nigg2015", "M")                             \
    ADVICE(CALFCARE_DIAGNOSIS_R_SHOES_GAIT_ANALYSIS, "shoes_gait_analysis",                                            \
           "a gait analysis describes how you run; choosing shoes by pronation was not shown to prevent injuries",     \
           "nielsen2014pronation", "M")                                                                                \
    ADVICE(CALFCARE_DIAGNOSIS_R_ROUTINE_WARMUP_COOLDOWN, "routine_warmup_cooldown",                                    \
           "dynamic warm-up before runs, static stretching after", "brief", "W")                                       \
    ADVICE(CALFCARE_DIAGNOSIS_R_ROUTINE_STRENGTH, "routine_strength", "calf raises for strength", "lauersen2014", "M") \
    ADVICE(CALFCARE_DIAGNOSIS_R_RELIEF_REST, "relief_rest", "first aid: rest with the leg raised, nothing else",       \
           "bleakley2004", "F")

#endif /* CC_DIAGNOSIS_RULES_H */
