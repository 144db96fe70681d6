/**
 * @file calfcare/shoes.h
 * @brief Shoe-fit guidance tied to calf load.
 *
 * From the runner's feet, habits and current shoe, calfcare_shoes_advise() gives: a size
 * (Mondopoint, EU, UK, US men's and women's) from the longer foot, the size in a brand's chart,
 * a width class,
 * a shoe category chosen comfort-first, drop advice with a transition plan, cushioning flags,
 * replacement and rotation advice, a fit checklist and racing stack-height checks. Every piece
 * of advice carries a stable code (4000-4999; calfcare_reason_lookup() gives its source key and
 * evidence strength) and an English sentence with the runner's numbers. Rules and sources:
 * docs/shoes.md.
 *
 * Inputs use the ::calfcare_input schema #CALFCARE_INPUT_SCHEMA_SHOES (fields ::calfcare_shoes_field):
 *
 * @code
 * calfcare_input in;
 * calfcare_shoes_advice out;
 * calfcare_error err;
 * static const double feet[2] = {245, 248};
 * calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_SHOES, &err);
 * calfcare_input_set_list(&in, CALFCARE_SHOES_FOOT_LENGTH_MM, feet, 2, &err);
 * calfcare_input_set_word(&in, CALFCARE_SHOES_SEX, "female", &err);
 * if (calfcare_shoes_advise(&in, &out, &err) == CALFCARE_OK)
 *     printf("EU %g\n", out.size.eu);   // EU 39.5
 * @endcode
 *
 * @since 1.0.0 (every declaration in this file unless its own comment says otherwise)
 */
#ifndef CALFCARE_SHOES_H
#define CALFCARE_SHOES_H

#include <calfcare/common.h>
#include <calfcare/input.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Default replacement distance, km (convention; cushioning falls to about 60% by 800 km: Cook 1985; weak). */
#define CALFCARE_SHOES_DEFAULT_LIMIT_KM 800.0
/** Default replacement age, months (convention; weak). */
#define CALFCARE_SHOES_DEFAULT_LIMIT_MONTHS 12.0
/** Largest accepted distance on a pair of shoes, km. */
#define CALFCARE_SHOES_MAX_KM 10000.0

/** Default toe room in front of the longest toe, mm (a thumb's width). The size scales already
 *  include this room: a size "fits feet up to" its foot length with about this much room in front,
 *  so the default leaves the size as the scale gives it. More room (up to 15 mm) sizes for a foot
 *  longer by the difference. */
#define CALFCARE_SHOES_DEFAULT_TOE_ROOM_MM 10.0
/** Brannock zero point of the US men's scale: size = 3 x foot length (in) - 22 (Brannock scale;
 *  US women's = men's + 1.5; UK = US men's - 1). */
#define CALFCARE_SHOES_BRANNOCK_US_MEN_ZERO 22.0
/** Inside length of a shoe over the foot that the EU (Paris point) scale counts, mm: the inner
 *  cavity is typically 15 mm longer than the foot, so EU = (foot + 15 mm) x 3/20. */
#define CALFCARE_SHOES_EU_ALLOWANCE_MM 15.0
/** A foot this close to the line between two half sizes (either side) is "between two sizes", mm
 *  (a quarter of the 4.2 mm US/UK half size). */
#define CALFCARE_SHOES_BETWEEN_SIZES_MM 1.0
/** One Brannock width letter, mm (3/16 in). The width class bounds are the width chart's standard
 *  width at the runner's size plus one letter (wide) and three letters (extra wide). */
#define CALFCARE_SHOES_WIDTH_LETTER_MM 4.7625
/** Width-to-length ratio from which a foot counts as wide when the width chart does not apply (sex
 *  unknown, or a size outside it): two width letters above standard; Brannock width steps of
 *  3/16 in, about 4.8 mm, per letter; practice convention, weak. */
#define CALFCARE_SHOES_WIDE_RATIO 0.40
/** Width-to-length ratio from which a foot counts as extra wide when the chart does not apply (weak, as above). */
#define CALFCARE_SHOES_EXTRA_WIDE_RATIO 0.44
/** Smallest and largest plausible width-to-length ratio of a foot; outside is a measuring error. */
#define CALFCARE_SHOES_MIN_WIDTH_RATIO 0.25
/** @copydoc CALFCARE_SHOES_MIN_WIDTH_RATIO */
#define CALFCARE_SHOES_MAX_WIDTH_RATIO 0.55
/** Drop decrease from which a transition plan is given, mm (retail/clinical practice; weak). */
#define CALFCARE_SHOES_TRANSITION_DROP_MM 4.0
/** Transition length for going minimalist, weeks (Fuller 2017 AJSM 45:1162 studied 26 weeks). */
#define CALFCARE_SHOES_MINIMALIST_WEEKS 26
/** Weekly distance in minimalist shoes above which calf pain rose, km (Fuller 2017; weak-moderate). */
#define CALFCARE_SHOES_MINIMALIST_CAP_KM 35.0
/** Body mass above which minimalist shoes carried more injury risk, kg (Fuller 2017), and below
 *  which firm cushioning did (Malisoux 2020 AJSM 48:473, lighter runners). */
#define CALFCARE_SHOES_HEAVY_KG 71.0
/** Racing stack-height limit on the road, mm (World Athletics, from 2024). */
#define CALFCARE_SHOES_ROAD_STACK_MM 40.0
/** Racing stack-height limit on the track, mm (World Athletics, spikes). */
#define CALFCARE_SHOES_TRACK_STACK_MM 20.0

/** Most weeks in a transition plan. */
#define CALFCARE_SHOES_MAX_PLAN_WEEKS 32
/** Most advice items in one result. */
#define CALFCARE_SHOES_MAX_ADVICE 32
/** Size of one advice sentence, bytes including the terminating NUL. */
#define CALFCARE_SHOES_TEXT_SIZE 224

/**
 * Fields of the #CALFCARE_INPUT_SCHEMA_SHOES input schema. The name of each field is the `calfcare shoes`
 * option with `_` for `-`. Values are stable and only appended.
 */
typedef enum calfcare_shoes_field {
    CALFCARE_SHOES_FOOT_LENGTH_MM = 0,   /**< "foot_length_mm": foot length, mm, 150-350; one value, or left,right. Required. */
    CALFCARE_SHOES_FOOT_WIDTH_MM = 1,    /**< "foot_width_mm": width at the ball of the longer foot, mm, 50-200
                                              (and 25-55% of the foot's length). */
    CALFCARE_SHOES_SEX = 2,              /**< "sex": female|male (which last: women's or men's). */
    CALFCARE_SHOES_ARCH = 3,             /**< "arch": low|normal|high (reported, not used to prescribe). */
    CALFCARE_SHOES_PRONATION = 4,        /**< "pronation": over|neutral|under from a gait analysis (reported only). */
    CALFCARE_SHOES_WEEKLY_KM = 5,        /**< "weekly_km": usual weekly distance, km, 0-300. */
    CALFCARE_SHOES_BODY_MASS_KG = 6,     /**< "body_mass_kg": body mass, kg, 30-250. */
    CALFCARE_SHOES_CALF_PAIN = 7,        /**< "calf_pain": no|yes, calf pain now or a recent calf problem. */
    CALFCARE_SHOES_CURRENT_DROP_MM = 8,  /**< "current_drop_mm": heel-to-toe drop of the current shoe, mm, 0-20. */
    CALFCARE_SHOES_NEW_DROP_MM = 9,      /**< "new_drop_mm": drop of the shoe being considered, mm, 0-20. */
    CALFCARE_SHOES_STACK_MM = 10,        /**< "stack_mm": stack height of the current shoe, mm, 0-80. */
    CALFCARE_SHOES_CUSHIONING = 11,      /**< "cushioning": soft|medium|firm, of the current shoe. */
    CALFCARE_SHOES_SHOE_KM = 12,         /**< "shoe_km": distance run in the current pair, km, 0-10000. */
    CALFCARE_SHOES_SHOE_AGE_MONTHS = 13, /**< "shoe_age_months": age of the current pair, months, 0-240. */
    CALFCARE_SHOES_MINIMALIST = 14,      /**< "minimalist": no|yes, the current shoe is minimalist. */
    CALFCARE_SHOES_PAIRS = 15,           /**< "pairs": pairs of running shoes in rotation, 1-20 (whole). */
    CALFCARE_SHOES_LIMIT_KM = 16,        /**< "limit_km": replacement distance, km, 100-2000 (default 800). */
    CALFCARE_SHOES_LIMIT_MONTHS = 17,    /**< "limit_months": replacement age, months, 1-60 (default 12). */
    CALFCARE_SHOES_TOE_ROOM_MM = 18,     /**< "toe_room_mm": toe room added to the longer foot, mm, 10-15 (default 10). */
    CALFCARE_SHOES_NEW_MINIMALIST = 19,  /**< "new_minimalist": no|yes, the shoe being considered is minimalist. */
    CALFCARE_SHOES_BRAND = 20            /**< "brand": a brand with a shipped chart (::calfcare_shoes_brand:
                                              nike|new_balance); also gives that brand's size. */
} calfcare_shoes_field;

/** Number of fields of the shoes schema. */
#define CALFCARE_SHOES_FIELD_COUNT 21

/** Brands with a shipped size chart: choice indexes of the "brand" field. Stable, append-only. */
typedef enum calfcare_shoes_brand {
    CALFCARE_SHOES_BRAND_NIKE = 0,       /**< "nike" */
    CALFCARE_SHOES_BRAND_NEW_BALANCE = 1 /**< "new_balance" */
} calfcare_shoes_brand;

/** Number of brands with a shipped chart. */
#define CALFCARE_SHOES_BRAND_COUNT 2


/** Choice indexes of the "arch" field. */
typedef enum calfcare_shoes_arch {
    CALFCARE_SHOES_ARCH_LOW = 0,    /**< low arch */
    CALFCARE_SHOES_ARCH_NORMAL = 1, /**< normal arch */
    CALFCARE_SHOES_ARCH_HIGH = 2    /**< high arch */
} calfcare_shoes_arch;

/** Choice indexes of the "pronation" field. */
typedef enum calfcare_shoes_pronation {
    CALFCARE_SHOES_PRONATION_OVER = 0,    /**< overpronation */
    CALFCARE_SHOES_PRONATION_NEUTRAL = 1, /**< neutral */
    CALFCARE_SHOES_PRONATION_UNDER = 2    /**< underpronation (supination) */
} calfcare_shoes_pronation;


/** Width class (bounds by size and sex: see calfcare_shoes_advice::width_wide_from_mm). Stable values. */
typedef enum calfcare_shoes_width {
    CALFCARE_SHOES_WIDTH_UNKNOWN = 0,   /**< no width given */
    CALFCARE_SHOES_WIDTH_STANDARD = 1,  /**< below the wide bound (see width_wide_from_mm): women's B, men's D */
    CALFCARE_SHOES_WIDTH_WIDE = 2,      /**< below the extra-wide bound: women's D, men's 2E */
    CALFCARE_SHOES_WIDTH_EXTRA_WIDE = 3 /**< women's 2E, men's 4E */
} calfcare_shoes_width;

/** Shoe category. Stable values. */
typedef enum calfcare_shoes_category {
    CALFCARE_SHOES_CATEGORY_NEUTRAL = 1,           /**< "neutral": the most comfortable neutral shoe */
    CALFCARE_SHOES_CATEGORY_NEUTRAL_CUSHIONED = 2  /**< "neutral_cushioned": neutral, soft or medium
                                                        cushioning, drop not lower than now (calf pain, or
                                                        firm shoes in a lighter runner) */
} calfcare_shoes_category;

/** What to do about the drop of the shoe being considered. Stable values. */
typedef enum calfcare_shoes_drop {
    CALFCARE_SHOES_DROP_NONE = 0,         /**< "none": no change considered (or the current drop is unknown) */
    CALFCARE_SHOES_DROP_OK = 1,           /**< "ok": same or higher drop, or lower by less than 4 mm */
    CALFCARE_SHOES_DROP_TRANSITION = 2,   /**< "transition": lower by 4 mm or more, or going minimalist:
                                               follow the weekly plan */
    CALFCARE_SHOES_DROP_DO_NOT_LOWER = 3  /**< "do_not_lower": calf pain; keep the drop (or raise it) */
} calfcare_shoes_drop;

/** Generic shoe size from the foot length, the way the Brannock scale and foot-length charts do
 *  (brands differ). The sizing foot is foot_mm + (toe_room_mm - #CALFCARE_SHOES_DEFAULT_TOE_ROOM_MM).
 *  US and UK sizes are the nearest half size on the Brannock scale (it already allows the last's
 *  length over the foot); EU is rounded up so the inside is never less than 15 mm over the foot. */
typedef struct calfcare_shoes_size_result {
    double foot_mm;       /**< Length of the longer foot, mm. */
    double toe_room_mm;   /**< Toe room asked for in front of the longest toe, mm. */
    double last_mm;       /**< foot_mm + toe_room_mm: the inside length the toe room asks for, mm. */
    double mondopoint_mm; /**< Mondopoint (ISO 9407: the foot length), sizing foot rounded up to 5 mm. */
    double eu;            /**< EU: (sizing foot + 15 mm) x 3/20, rounded up to 0.5. */
    double uk;            /**< UK adult: 3 x sizing foot (in) - 23 (US men's - 1), nearest 0.5;
                               NaN below size 1 (a children's size, not converted). */
    double us_men;        /**< US men's (Brannock): 3 x sizing foot (in) - 22, nearest 0.5; NaN below 1. */
    double us_women;      /**< US women's: US men's + 1.5 (3 x foot (in) - 20.5), nearest 0.5; NaN below 1. */
    double eu_fits_mm;    /**< The foot length the EU size is meant for ("fits feet up to"), mm:
                               eu x 20/3 - 15. */
    double uk_fits_mm;    /**< Foot length the UK size is meant for, mm: (uk + 0.25 + 23) / 3 in (up to
                               the line to the next half size); NaN with uk. */
    double us_men_fits_mm;   /**< Foot length the US men's size is meant for, mm: (us_men + 0.25 + 22) / 3 in. */
    double us_women_fits_mm; /**< Foot length the US women's size is meant for, mm: (us_women + 0.25 + 20.5) / 3 in. */
    int reserved_[4];        /**< @private zero; room to grow without breaking the ABI. */
} calfcare_shoes_size_result;

/** One row of a brand's published size chart. */
typedef struct calfcare_shoes_chart_entry {
    double us;      /**< US size (men's or women's as the chart), half sizes. */
    double uk;      /**< UK size in that chart. */
    double eu;      /**< EU size in that chart. */
    double foot_mm; /**< Foot length the chart gives for that size, mm ("fits feet up to"). */
} calfcare_shoes_chart_entry;

/** A shipped brand chart: where its numbers come from. */
typedef struct calfcare_shoes_chart {
    int brand;          /**< ::calfcare_shoes_brand. */
    int sex;            /**< ::calfcare_sex of the chart. */
    const char *name;   /**< Brand name as the "brand" field takes it, e.g. "nike". */
    const char *title;  /**< Title of the chart, e.g. "Nike men's shoe size chart". */
    const char *source; /**< Address the numbers were read from. */
    const char *read_on;/**< Date the chart was read, YYYY-MM-DD. */
    const char *note;   /**< What the chart's lengths are (foot length or shoe length) and how they are used. */
    size_t row_count;   /**< Rows in the chart. */
    int reserved_[4];   /**< @private zero; room to grow without breaking the ABI. */
} calfcare_shoes_chart;

/** A size from a brand chart for one foot. */
typedef struct calfcare_shoes_brand_size_result {
    int brand;                /**< ::calfcare_shoes_brand, -1 when no brand was asked. */
    int sex;                  /**< ::calfcare_sex of the chart used. */
    int in_chart;             /**< 1 when the foot is within the chart, 0 when shorter or longer than it. */
    double us;                /**< US size of the chart's sex, NaN when not in the chart. */
    double uk;                /**< UK size, NaN when not in the chart. */
    double eu;                /**< EU size, NaN when not in the chart. */
    double fits_up_to_mm;     /**< Foot length the chart gives for that size, mm; NaN when not in the chart. */
    double smaller_fits_up_to_mm; /**< Foot length of the next smaller size in the chart, mm; NaN for the first row. */
    int reserved_[4];         /**< @private zero; room to grow without breaking the ABI. */
} calfcare_shoes_brand_size_result;

/** One week of a transition plan. */
typedef struct calfcare_shoes_week {
    int week;         /**< Week number, 1 .. transition_weeks. */
    double share_pct; /**< Share of the weekly distance run in the new shoe, percent (whole). */
    double km;        /**< That share of weekly_km, km (capped at 35 km for minimalist shoes); NaN
                           when weekly_km is unknown. */
} calfcare_shoes_week;

/** One piece of advice: a stable code, the library's English sentence and a number. */
typedef struct calfcare_shoes_advice_item {
    int code;                            /**< Advice code 4000-4999 (calfcare_reason_lookup()). */
    double value;                        /**< The main number of the advice (unit in the text), NaN if none. */
    char text[CALFCARE_SHOES_TEXT_SIZE]; /**< English sentence with the runner's numbers. */
} calfcare_shoes_advice_item;

/** Result of calfcare_shoes_advise(). Caller-allocated; filled completely on success. */
typedef struct calfcare_shoes_advice {
    calfcare_shoes_size_result size;     /**< Size from the longer foot. */
    calfcare_shoes_brand_size_result brand_size; /**< Size in the chart of the "brand" field (brand -1 when not given). */
    int sex;                     /**< ::calfcare_sex, or -1 when not given. */
    int width;                   /**< ::calfcare_shoes_width. */
    double width_ratio;          /**< Foot width / length of the longer foot; NaN when no width given. */
    double width_wide_from_mm;   /**< Foot width from which the foot counts as wide at this size and sex, mm. */
    double width_extra_wide_from_mm; /**< Foot width from which it counts as extra wide, mm. */
    int width_from_chart;        /**< 1 when the two bounds come from the width chart (sex known, size in
                                      it), 0 when from #CALFCARE_SHOES_WIDE_RATIO and
                                      #CALFCARE_SHOES_EXTRA_WIDE_RATIO x the foot length. */
    int category;                /**< ::calfcare_shoes_category. */
    int drop;                    /**< ::calfcare_shoes_drop. */
    double drop_change_mm;       /**< new - current drop, mm (negative = lower); NaN if either is unknown. */
    int transition_weeks;        /**< Weeks of the transition plan, 0 when none. */
    size_t plan_count;           /**< Entries in plan (= transition_weeks). */
    calfcare_shoes_week plan[CALFCARE_SHOES_MAX_PLAN_WEEKS]; /**< Weekly plan, week 1 first. */
    double minimalist_cap_km;    /**< Weekly-distance cap in minimalist shoes, km; NaN when no minimalist shoe. */
    int replace_due;             /**< 1 when distance or age has reached its limit, 0 when not, -1 when
                                      neither shoe_km nor shoe_age_months is given. */
    double km_left;              /**< limit_km - shoe_km, km (negative = overdue); NaN if shoe_km unknown. */
    double limit_km;             /**< Replacement distance used, km. */
    double months_left;          /**< limit_months - shoe_age_months; NaN if the age is unknown. */
    double limit_months;         /**< Replacement age used, months. */
    int road_stack_ok;           /**< 1 within the 40 mm road limit, 0 over, -1 stack unknown. */
    int track_stack_ok;          /**< 1 within the 20 mm track limit, 0 over, -1 stack unknown. */
    size_t advice_count;         /**< Entries in advice. */
    calfcare_shoes_advice_item advice[CALFCARE_SHOES_MAX_ADVICE]; /**< Advice in report order. */
    int reserved_[4];            /**< @private zero; room to grow without breaking the ABI. */
} calfcare_shoes_advice;

/**
 * Distance left on a pair of shoes before the replacement limit: `limit_km - shoe_km`, negative
 * when the limit has been passed (the pair is overdue by that much).
 *
 * @param shoe_km   distance run in the pair, km (0 .. #CALFCARE_SHOES_MAX_KM)
 * @param limit_km  replacement limit, km (100 .. 2000; default #CALFCARE_SHOES_DEFAULT_LIMIT_KM)
 * @param[out] out  km left (negative when overdue)
 * @param err       details on failure (fields "shoe_km", "limit_km"), may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID
 */
CALFCARE_API calfcare_status calfcare_shoes_km_left(double shoe_km, double limit_km, double *out,
                                                    calfcare_error *err);

/**
 * Generic shoe size from a foot length, the way the Brannock scale and the brands' foot-length
 * charts convert: US men's = 3 x foot (in) - 22, US women's = men's + 1.5, UK = men's - 1 (each
 * to the nearest half size), EU = (foot + 15 mm) x 3/20 and Mondopoint = the foot (ISO 9407),
 * both rounded up, with the foot length each size is meant for. The foot used is foot_mm +
 * (toe_room_mm - #CALFCARE_SHOES_DEFAULT_TOE_ROOM_MM): the scales already allow a thumb's width.
 * UK and US sizes below 1 (children's scales) are NaN. Brands differ: see calfcare_shoes_brand_size().
 *
 * @param foot_mm      length of the longer foot, mm (150 .. 350; field "foot_length_mm")
 * @param toe_room_mm  toe room, mm (10 .. 15; field "toe_room_mm"; default #CALFCARE_SHOES_DEFAULT_TOE_ROOM_MM)
 * @param[out] out     the size
 * @param err          details on failure, may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID
 */
CALFCARE_API calfcare_status calfcare_shoes_size(double foot_mm, double toe_room_mm, calfcare_shoes_size_result *out,
                                                 calfcare_error *err);

/**
 * Where a shipped brand chart comes from.
 *
 * @param brand     ::calfcare_shoes_brand (0 .. #CALFCARE_SHOES_BRAND_COUNT - 1; field "brand")
 * @param sex       ::calfcare_sex of the chart wanted; a brand without a chart for that sex
 *                  fails naming "sex" (only men's charts are shipped)
 * @param[out] out  the chart's source, date read and row count
 * @param err       details on failure, may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID
 */
CALFCARE_API calfcare_status calfcare_shoes_chart_info(int brand, int sex, calfcare_shoes_chart *out,
                                                       calfcare_error *err);

/**
 * One row of a shipped brand chart, smallest size first.
 *
 * @param brand     ::calfcare_shoes_brand (field "brand")
 * @param sex       ::calfcare_sex of the chart (field "sex")
 * @param row       row index, 0 .. row_count - 1 (field "row")
 * @param[out] out  the row (sizes; foot length in mm)
 * @param err       details on failure, may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID
 */
CALFCARE_API calfcare_status calfcare_shoes_chart_row(int brand, int sex, size_t row, calfcare_shoes_chart_entry *out,
                                                      calfcare_error *err);

/**
 * Size in a brand's chart for a foot: the first (smallest) size whose chart foot length is at
 * least the sizing foot (foot_mm + toe_room_mm - #CALFCARE_SHOES_DEFAULT_TOE_ROOM_MM), so the
 * foot fits. A foot longer than the largest row, or more than one step (5 mm) shorter than the
 * smallest, is outside the chart: in_chart 0 and NaN sizes (not an error).
 *
 * @param brand        ::calfcare_shoes_brand (field "brand")
 * @param sex          ::calfcare_sex or -1 (unknown); only men's charts are shipped, so every
 *                     sex reads the men's chart and the result's sex says so
 * @param foot_mm      length of the longer foot, mm (150 .. 350; field "foot_length_mm")
 * @param toe_room_mm  toe room, mm (10 .. 15; field "toe_room_mm")
 * @param[out] out     the size
 * @param err          details on failure, may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID
 */
CALFCARE_API calfcare_status calfcare_shoes_brand_size(int brand, int sex, double foot_mm, double toe_room_mm,
                                                       calfcare_shoes_brand_size_result *out, calfcare_error *err);

/** @return "nike", "new_balance" or "unknown" for a ::calfcare_shoes_brand value. */
CALFCARE_API const char *calfcare_shoes_brand_name(int brand);
/**
 * The value of a word of a brand with a shipped chart ("nike", "new_balance"; field "brand"): the inverse of the _name() function above.
 * @param word  the word, exactly as the _name() function spells it.
 * @param value receives the value.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID naming the field and listing the
 *         accepted words.
 */
CALFCARE_API calfcare_status calfcare_shoes_brand_parse(const char *word, int *value, calfcare_error *err);

/**
 * Shoe-fit guidance from a #CALFCARE_INPUT_SCHEMA_SHOES input (see the file description).
 *
 * foot_length_mm is required; every other field is optional and unknown fields simply give no
 * advice of their kind. foot_width_mm is also checked against the longer foot's length (25% to
 * 55% of it; a foot wider than long is impossible) and the error names "foot_width_mm".
 *
 * @param in       an initialised shoes input
 * @param[out] out the advice; on error it may be partly written
 * @param err      details on failure, may be NULL
 * @return #CALFCARE_OK; #CALFCARE_E_NULL; #CALFCARE_E_STATE when @p in is not initialised or is of
 *         another schema; #CALFCARE_E_INVALID when foot_length_mm is missing or the width does not
 *         fit the length.
 */
CALFCARE_API calfcare_status calfcare_shoes_advise(const calfcare_input *in, calfcare_shoes_advice *out,
                                                   calfcare_error *err);

/** @return "standard", "wide", "extra_wide" or "unknown" for a ::calfcare_shoes_width value. */
CALFCARE_API const char *calfcare_shoes_width_name(int width);
/**
 * The value of a word of a width class ("unknown", "standard", "wide", "extra_wide"; field "width"): the inverse of the _name() function above.
 * @param word  the word, exactly as the _name() function spells it.
 * @param value receives the value.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID naming the field and listing the
 *         accepted words.
 */
CALFCARE_API calfcare_status calfcare_shoes_width_parse(const char *word, int *value, calfcare_error *err);

/**
 * Width letter of a width class on a women's or men's last: standard B / D, wide D / 2E, extra
 * wide 2E / 4E.
 * @param width a ::calfcare_shoes_width value
 * @param sex   a ::calfcare_sex value
 * @return a static string, "" when either is unknown.
 */
CALFCARE_API const char *calfcare_shoes_width_letter(int width, int sex);

/** @return "neutral", "neutral_cushioned" or "unknown" for a ::calfcare_shoes_category value. */
CALFCARE_API const char *calfcare_shoes_category_name(int category);
/**
 * The value of a word of a shoe category ("neutral", "neutral_cushioned"; field "category"): the inverse of the _name() function above.
 * @param word  the word, exactly as the _name() function spells it.
 * @param value receives the value.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID naming the field and listing the
 *         accepted words.
 */
CALFCARE_API calfcare_status calfcare_shoes_category_parse(const char *word, int *value, calfcare_error *err);

/** @return "none", "ok", "transition", "do_not_lower" or "unknown" for a ::calfcare_shoes_drop value. */
CALFCARE_API const char *calfcare_shoes_drop_name(int drop);
/**
 * The value of a word of a drop verdict ("none", "ok", "transition", "do_not_lower"; field "drop"): the inverse of the _name() function above.
 * @param word  the word, exactly as the _name() function spells it.
 * @param value receives the value.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID naming the field and listing the
 *         accepted words.
 */
CALFCARE_API calfcare_status calfcare_shoes_drop_parse(const char *word, int *value, calfcare_error *err);

/** Advice codes of the shoes area (4000-4999). Stable values, append-only; see docs/shoes.md. */
typedef enum calfcare_shoes_reason {
    CALFCARE_SHOES_R_SIZE_LONGER_FOOT = 4001,    /**< size from the longer foot plus toe room (value: foot, mm) */
    CALFCARE_SHOES_R_FEET_DIFFER = 4002,         /**< the feet differ; fit the longer (value: difference, mm) */
    CALFCARE_SHOES_R_BRANDS_DIFFER = 4003,       /**< sizes are approximate; brands differ */
    CALFCARE_SHOES_R_CHILD_SIZES = 4004,         /**< a UK/US size is below the adult scale (NaN) */
    CALFCARE_SHOES_R_WIDTH_STANDARD = 4010,      /**< standard width (value: ratio) */
    CALFCARE_SHOES_R_WIDTH_WIDE = 4011,          /**< wide (value: ratio) */
    CALFCARE_SHOES_R_WIDTH_EXTRA_WIDE = 4012,    /**< extra wide (value: ratio) */
    CALFCARE_SHOES_R_COMFORT_FIRST = 4020,       /**< choose by comfort */
    CALFCARE_SHOES_R_PRONATION_REPORTED = 4021,  /**< pronation reported, not used to prescribe */
    CALFCARE_SHOES_R_ARCH_REPORTED = 4022,       /**< arch reported, not used to prescribe */
    CALFCARE_SHOES_R_CUSHIONED_FOR_CALF = 4023,  /**< why the category is neutral_cushioned */
    CALFCARE_SHOES_R_DROP_KEEP_CALF_PAIN = 4030, /**< calf pain: do not lower the drop (value: change, mm) */
    CALFCARE_SHOES_R_DROP_TRANSITION = 4031,     /**< lowering the drop: transition (value: weeks) */
    CALFCARE_SHOES_R_MINIMALIST_TRANSITION = 4032,/**< going minimalist: transition (value: weeks) */
    CALFCARE_SHOES_R_MINIMALIST_CAP = 4033,      /**< weekly cap in minimalist shoes (value: km) */
    CALFCARE_SHOES_R_HEAVIER_RUNNER = 4034,      /**< heavier runner: slower transition (value: kg) */
    CALFCARE_SHOES_R_DROP_SMALL_CHANGE = 4035,   /**< lower by under 4 mm: no plan needed (value: change, mm) */
    CALFCARE_SHOES_R_DROP_RAISE_EASES = 4036,    /**< a higher drop eases calf load (value: change, mm) */
    CALFCARE_SHOES_R_LOW_DROP_CALF_PAIN = 4037,  /**< low current drop with calf pain (value: drop, mm) */
    CALFCARE_SHOES_R_MINIMALIST_OVER_CAP = 4038, /**< weekly distance over the minimalist cap (value: km) */
    CALFCARE_SHOES_R_DROP_NEEDS_CURRENT = 4039,  /**< new drop given without the current drop */
    CALFCARE_SHOES_R_FIRM_CUSHIONING = 4040,     /**< firm shoes flagged */
    CALFCARE_SHOES_R_FIRM_LIGHTER_RUNNER = 4041, /**< firm shoes in a lighter runner (value: kg) */
    CALFCARE_SHOES_R_REPLACE_KM = 4050,          /**< replace: distance limit reached (value: km left, 0 or negative) */
    CALFCARE_SHOES_R_REPLACE_AGE = 4051,         /**< replace: age limit reached (value: age, months) */
    CALFCARE_SHOES_R_REPLACE_SOON = 4052,        /**< within 10% of the distance limit (value: km left) */
    CALFCARE_SHOES_R_WEAR_OK = 4053,             /**< not due (value: km left, or NaN) */
    CALFCARE_SHOES_R_ROTATE_PAIRS = 4054,        /**< one pair: rotate two or more */
    CALFCARE_SHOES_R_ROTATION_OK = 4055,         /**< two or more pairs already (value: pairs) */
    CALFCARE_SHOES_R_FIT_LATE_IN_DAY = 4060,     /**< checklist: measure late in the day */
    CALFCARE_SHOES_R_FIT_BOTH_FEET = 4061,       /**< checklist: measure both feet */
    CALFCARE_SHOES_R_FIT_RUNNING_SOCKS = 4062,   /**< checklist: try on with running socks */
    CALFCARE_SHOES_R_FIT_HEEL_LOCK = 4063,       /**< checklist: heel held without slipping */
    CALFCARE_SHOES_R_FIT_COMFORT = 4064,         /**< checklist: comfortable from the first run */
    CALFCARE_SHOES_R_FIT_TRY_IN_STORE = 4065,    /**< checklist: try shoes on in a running store; comfort and fit first */
    CALFCARE_SHOES_R_GAIT_ANALYSIS = 4066,       /**< what a store's gait analysis can and cannot tell */
    CALFCARE_SHOES_R_STACK_OK = 4070,            /**< stack within road and track limits (value: mm) */
    CALFCARE_SHOES_R_STACK_OVER_TRACK = 4071,    /**< stack over the 20 mm track limit (value: mm) */
    CALFCARE_SHOES_R_STACK_OVER_ROAD = 4072,     /**< stack over the 40 mm road limit (value: mm) */
    CALFCARE_SHOES_R_BETWEEN_SIZES = 4073,       /**< foot on the line between two sizes (value: mm from the line, + over) */
    CALFCARE_SHOES_R_BRAND_SIZE = 4074,          /**< size in the asked brand's chart (value: foot fits up to, mm) */
    CALFCARE_SHOES_R_BRAND_OUTSIDE = 4075,       /**< the foot is outside the brand's chart */
    CALFCARE_SHOES_R_BRAND_MEN_ONLY = 4076       /**< only the brand's men's chart is shipped */
} calfcare_shoes_reason;

/** calfcare_reason_lookup() for shoe codes (4000-4999) only: links only the shoes table.
 *  @return the description, or NULL (another area's code, unknown, or a build without texts). */
CALFCARE_API const calfcare_reason *calfcare_shoes_reason_lookup(int code);

#ifdef __cplusplus
}
#endif

#endif /* CALFCARE_SHOES_H */
