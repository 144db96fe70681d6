/* The built-in sample runner of `calfcare demo`: one person, used by every area's demo so the
 * report tells one coherent story. Values are plausible for a recreational runner who ramped up
 * too fast and switched to lower-drop shoes; they are not taken from any real person. */
#ifndef CALFCARE_SAMPLE_H
#define CALFCARE_SAMPLE_H

/* Person */
#define SAMPLE_AGE 41
#define SAMPLE_SEX "female"
#define SAMPLE_BODY_MASS_KG 58.0
#define SAMPLE_PREVIOUS_CALF_STRAIN "yes"

/* Training: the last four weeks, oldest first (km); the last week jumped by 37%. */
static const double sample_weekly_km[] = {30.0, 32.0, 35.0, 48.0};
#define SAMPLE_LAST_RUN_KM 16.0
#define SAMPLE_LONGEST_RUN_30D_KM 12.0

/* Daily log of the same four weeks (km per calendar day, 0 = rest), oldest first; the first day
 * is SAMPLE_LOG_START. Weekly sums equal sample_weekly_km; the final day is the 16 km run. */
#define SAMPLE_LOG_START "2026-10-26"
static const double sample_daily_km[28] = {
    6, 0, 8, 0, 6, 0, 10,  /* 30 */
    6, 0, 8, 0, 6, 0, 12,  /* 32 */
    7, 0, 9, 0, 7, 0, 12,  /* 35 */
    8, 0, 10, 6, 8, 0, 16, /* 48 */
};

/* A clubmate for the diagnosis demo: the distance is steady, but in the last week two easy runs
 * became hill repeats, so the climbing jumped (and the hard minutes with it). Oldest first, the
 * same four weeks; no other data given. */
static const double sample_hills_weekly_km[] = {40.0, 41.0, 40.0, 40.0};
static const double sample_hills_weekly_climb_m[] = {250.0, 260.0, 250.0, 620.0};
static const double sample_hills_weekly_hard_min[] = {20.0, 20.0, 20.0, 45.0};
#define SAMPLE_HILLS_HILL_TRAINING_ADDED "yes"

/* Habits and form */
#define SAMPLE_WARMUP "never"
#define SAMPLE_STRETCH_AFTER "sometimes"
#define SAMPLE_FOOT_STRIKE "forefoot"
#define SAMPLE_CADENCE_SPM 162.0
#define SAMPLE_OVERSTRIDE "yes"

/* Strength and mobility, left then right */
static const double sample_heel_raises[2] = {18, 24};
static const double sample_knee_to_wall_cm[2] = {8.0, 11.0};

/* Shoes: current pair, and the pair before it */
#define SAMPLE_SHOE_KM 720.0
#define SAMPLE_SHOE_AGE_MONTHS 14.0
#define SAMPLE_SHOE_DROP_MM 4.0
#define SAMPLE_PREVIOUS_DROP_MM 10.0
#define SAMPLE_SHOE_STACK_MM 30.0
#define SAMPLE_CUSHIONING "firm"
#define SAMPLE_MINIMALIST "no"
#define SAMPLE_PAIRS 1

/* Feet, left then right (mm) */
static const double sample_foot_length_mm[2] = {245.0, 248.0};
#define SAMPLE_FOOT_WIDTH_MM 95.0
#define SAMPLE_ARCH "normal"
#define SAMPLE_PRONATION "over"

#endif
