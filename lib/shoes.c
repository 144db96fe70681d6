/* Shoe-fit guidance tied to calf load (calfcare/shoes.h). Rules, numbers and sources: docs/shoes.md. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include <string.h>

#include "internal.h"

/* ---- input schema ------------------------------------------------------------------------ */

static const char *const sex_words[] = {"female", "male", NULL};
static const char *const arch_words[] = {"low", "normal", "high", NULL};
static const char *const pronation_words[] = {"over", "neutral", "under", NULL};
static const char *const cushioning_words[] = {"soft", "medium", "firm", NULL};
/* In ::calfcare_shoes_brand order. */
static const char *const brand_words[] = {"nike", "new_balance", NULL};

#define NUM(id, name, flags, unit, min, max, minc, maxc, help) \
    {id, name, CALFCARE_INPUT_FIELD_NUMBER, flags, unit, min, max, minc, maxc, NULL, help}
#define CHOICE(id, name, words, help) {id, name, CALFCARE_INPUT_FIELD_CHOICE, 0, "", 0, 0, 1, 1, words, help}

/* Ranges: a runner's foot is 150-350 mm long (EU ~25 to ~55), so 100 mm and 400 mm are rejected;
 * widths 50-200 mm, further checked against the length in calfcare_shoes_advise(). Drops of
 * running shoes run 0-14 mm; 20 mm leaves room for boots. Stack above 80 mm is absurd. */
static const calfcare_input_field shoes_fields[CALFCARE_SHOES_FIELD_COUNT] = {
    NUM(CALFCARE_SHOES_FOOT_LENGTH_MM, "foot_length_mm", 0, "mm", 150, 350, 1, 2,
        "foot length heel to longest toe, mm; one value or left,right (required)"),
    NUM(CALFCARE_SHOES_FOOT_WIDTH_MM, "foot_width_mm", 0, "mm", 50, 200, 1, 1,
        "foot width at the ball of the longer foot, mm"),
    CHOICE(CALFCARE_SHOES_SEX, "sex", sex_words, "women's or men's last (width letters differ)"),
    CHOICE(CALFCARE_SHOES_ARCH, "arch", arch_words, "arch height (reported, not used to prescribe)"),
    CHOICE(CALFCARE_SHOES_PRONATION, "pronation", pronation_words,
           "pronation from a gait analysis (reported, not used to prescribe)"),
    NUM(CALFCARE_SHOES_WEEKLY_KM, "weekly_km", 0, "km", 0, 300, 1, 1, "usual weekly running distance, km"),
    NUM(CALFCARE_SHOES_BODY_MASS_KG, "body_mass_kg", 0, "kg", 30, 250, 1, 1, "body mass, kg"),
    CHOICE(CALFCARE_SHOES_CALF_PAIN, "calf_pain", cc_yes_no_words, "calf pain now or a recent calf problem"),
    NUM(CALFCARE_SHOES_CURRENT_DROP_MM, "current_drop_mm", 0, "mm", 0, 20, 1, 1,
        "heel-to-toe drop of the current shoe, mm"),
    NUM(CALFCARE_SHOES_NEW_DROP_MM, "new_drop_mm", 0, "mm", 0, 20, 1, 1, "drop of the shoe being considered, mm"),
    NUM(CALFCARE_SHOES_STACK_MM, "stack_mm", 0, "mm", 0, 80, 1, 1, "stack height of the current shoe, mm"),
    CHOICE(CALFCARE_SHOES_CUSHIONING, "cushioning", cushioning_words, "cushioning of the current shoe"),
    NUM(CALFCARE_SHOES_SHOE_KM, "shoe_km", 0, "km", 0, CALFCARE_SHOES_MAX_KM, 1, 1,
        "distance run in the current pair, km"),
    NUM(CALFCARE_SHOES_SHOE_AGE_MONTHS, "shoe_age_months", 0, "months", 0, 240, 1, 1,
        "age of the current pair, months"),
    CHOICE(CALFCARE_SHOES_MINIMALIST, "minimalist", cc_yes_no_words, "the current shoe is minimalist"),
    NUM(CALFCARE_SHOES_PAIRS, "pairs", CALFCARE_INPUT_FIELD_WHOLE, "pairs", 1, 20, 1, 1,
        "pairs of running shoes in rotation"),
    NUM(CALFCARE_SHOES_LIMIT_KM, "limit_km", 0, "km", 100, 2000, 1, 1, "replacement distance, km (default 800)"),
    NUM(CALFCARE_SHOES_LIMIT_MONTHS, "limit_months", 0, "months", 1, 60, 1, 1,
        "replacement age, months (default 12)"),
    NUM(CALFCARE_SHOES_TOE_ROOM_MM, "toe_room_mm", 0, "mm", 10, 15, 1, 1,
        "room wanted in front of the longest toe, mm (default 10, a thumb's width; the sizes already allow it)"),
    CHOICE(CALFCARE_SHOES_NEW_MINIMALIST, "new_minimalist", cc_yes_no_words, "the shoe being considered is minimalist"),
    CHOICE(CALFCARE_SHOES_BRAND, "brand", brand_words, "also give the size in this brand's published chart"),
};

const cc_schema cc_shoes_schema = {CALFCARE_INPUT_SCHEMA_SHOES, shoes_fields, CALFCARE_SHOES_FIELD_COUNT};

/* ---- names ------------------------------------------------------------------------------- */

const char *calfcare_shoes_width_name(int width)
{
    static const char *const names[] = {"unknown", "standard", "wide", "extra_wide"};
    if (width < 0 || (size_t)width >= CC_COUNTOF(names))
        return "unknown";
    return names[width];
}

calfcare_status calfcare_shoes_width_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_shoes_width_name, CALFCARE_SHOES_WIDTH_UNKNOWN, CALFCARE_SHOES_WIDTH_EXTRA_WIDE, "width", word, value, err);
}

const char *calfcare_shoes_width_letter(int width, int sex)
{
    /* Women's lasts are one "two-letter" step narrower: B/D/2E vs men's D/2E/4E. */
    static const char *const letters[3][2] = {{"B", "D"}, {"D", "2E"}, {"2E", "4E"}};
    if (width < CALFCARE_SHOES_WIDTH_STANDARD || width > CALFCARE_SHOES_WIDTH_EXTRA_WIDE || sex < 0 || sex > 1)
        return "";
    return letters[width - 1][sex];
}

const char *calfcare_shoes_category_name(int category)
{
    switch (category) {
    case CALFCARE_SHOES_CATEGORY_NEUTRAL:
        return "neutral";
    case CALFCARE_SHOES_CATEGORY_NEUTRAL_CUSHIONED:
        return "neutral_cushioned";
    default:
        return "unknown";
    }
}

calfcare_status calfcare_shoes_category_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_shoes_category_name, CALFCARE_SHOES_CATEGORY_NEUTRAL, CALFCARE_SHOES_CATEGORY_NEUTRAL_CUSHIONED, "category", word, value, err);
}

const char *calfcare_shoes_drop_name(int drop)
{
    static const char *const names[] = {"none", "ok", "transition", "do_not_lower"};
    if (drop < 0 || (size_t)drop >= CC_COUNTOF(names))
        return "unknown";
    return names[drop];
}

calfcare_status calfcare_shoes_drop_parse(const char *word, int *value, calfcare_error *err)
{
    return cc_parse_name(calfcare_shoes_drop_name, CALFCARE_SHOES_DROP_NONE, CALFCARE_SHOES_DROP_DO_NOT_LOWER, "drop", word, value, err);
}

/* ---- primitives -------------------------------------------------------------------------- */

calfcare_status calfcare_shoes_km_left(double shoe_km, double limit_km, double *out, calfcare_error *err)
{
    calfcare_status st;
    if (!out)
        return cc_fail_null(err, "out");
    st = cc_check_number(err, "shoe_km", shoe_km, 0, CALFCARE_SHOES_MAX_KM, "km", 0);
    if (st == CALFCARE_OK)
        st = cc_check_number(err, "limit_km", limit_km, 100, 2000, "km", 0);
    if (st != CALFCARE_OK)
        return st;
    *out = limit_km - shoe_km;
    return CALFCARE_OK;
}

/* Round up to the next multiple of step; the small tolerance keeps exact sizes (39.0) from
 * moving up a step because of binary rounding (258 * 3 / 20 is exact, 780 / 25.4 is not). */
static double ceil_step(double v, double step)
{
    return ceil(v / step - 1e-9) * step;
}

/* Nearest half size on a barleycorn scale (3 sizes per inch) for a foot in inches; below size 1
 * (children's scales, not converted) NaN. Half sizes round up (the larger size). */
static double barleycorn_size(double inches, double zero)
{
    double size = floor((3.0 * inches - zero) * 2.0 + 0.5 + 1e-9) / 2.0; /* 1e-9: binary rounding at the line */
    return size < 1.0 ? NAN : size;
}

/* Foot length, mm, at the line between a size and the next half size up on a barleycorn scale:
 * (size + 0.25 + zero) / 3 in. */
static double barleycorn_fits_mm(double size, double zero)
{
    return isnan(size) ? NAN : (size + 0.25 + zero) / 3.0 * 25.4;
}

calfcare_status calfcare_shoes_size(double foot_mm, double toe_room_mm, calfcare_shoes_size_result *out, calfcare_error *err)
{
    calfcare_status st;
    double foot, inches;
    const double us_zero = CALFCARE_SHOES_BRANNOCK_US_MEN_ZERO;
    if (!out)
        return cc_fail_null(err, "out");
    st = cc_check_number(err, "foot_length_mm", foot_mm, 150, 350, "mm", 0);
    if (st == CALFCARE_OK)
        st = cc_check_number(err, "toe_room_mm", toe_room_mm, 10, 15, "mm", 0);
    if (st != CALFCARE_OK)
        return st;
    /* The scales already allow the default room; more room sizes for a longer foot. */
    foot = foot_mm + toe_room_mm - CALFCARE_SHOES_DEFAULT_TOE_ROOM_MM;
    inches = foot / 25.4;
    memset(out, 0, sizeof *out);
    out->foot_mm = foot_mm;
    out->toe_room_mm = toe_room_mm;
    out->last_mm = foot_mm + toe_room_mm;
    /* ISO 9407: Mondopoint is the foot's length in mm; charts step by 5 mm. */
    out->mondopoint_mm = ceil_step(foot, 5);
    /* EU: Paris points (2/3 cm) of the inside length, 15 mm over the foot, rounded up. */
    out->eu = ceil_step((foot + CALFCARE_SHOES_EU_ALLOWANCE_MM) * 3.0 / 20.0, 0.5);
    out->eu_fits_mm = out->eu * 20.0 / 3.0 - CALFCARE_SHOES_EU_ALLOWANCE_MM;
    /* Brannock: US men's = 3 x foot (in) - 22; women's + 1.5; UK = men's - 1. */
    out->us_men = barleycorn_size(inches, us_zero);
    out->us_women = barleycorn_size(inches, us_zero - 1.5);
    out->uk = barleycorn_size(inches, us_zero + 1.0);
    out->us_men_fits_mm = barleycorn_fits_mm(out->us_men, us_zero);
    out->us_women_fits_mm = barleycorn_fits_mm(out->us_women, us_zero - 1.5);
    out->uk_fits_mm = barleycorn_fits_mm(out->uk, us_zero + 1.0);
    return CALFCARE_OK;
}

/* ---- building the advice ----------------------------------------------------------------- */

/* Start an advice item and return its text builder; when the list is full the builder writes
 * nothing (the fixed maximum is larger than the most items one result can produce). */
static void add(calfcare_shoes_advice *out, int code, double value, cc_text *t)
{
    calfcare_shoes_advice_item *it;
    if (out->advice_count >= CALFCARE_SHOES_MAX_ADVICE) {
        cc_text_init(t, NULL, 0);
        return;
    }
    it = &out->advice[out->advice_count++];
    it->code = code;
    it->value = value;
    cc_text_init(t, it->text, sizeof it->text);
}

/* Append "a<n>b" to t. */
static void say(cc_text *t, const char *a, double n, const char *b)
{
    cc_text_puts(t, a);
    cc_text_putnum(t, n);
    cc_text_puts(t, b);
}

static void add_text(calfcare_shoes_advice *out, int code, double value, const char *text)
{
    cc_text t;
    add(out, code, value, &t);
    cc_text_puts(&t, text);
}

/* Value of a single-valued field or NaN when unknown. */
static double get(const calfcare_input *in, int id)
{
    return cc_input_value(in, id, 0, NAN);
}

/* A CHOICE field's index, or -1 when unknown. */
static int choice(const calfcare_input *in, int id)
{
    return cc_input_n(in, id) ? (int)cc_input_value(in, id, 0, -1) : -1;
}

/* Weeks to move into a shoe with a lower drop or a minimalist shoe (docs/shoes.md, "Drop"):
 * 2 weeks per mm of drop decrease from 4 mm (8 weeks) up to 26; going minimalist 26 weeks
 * (Fuller 2017's programme); heavier runners x1.25, at most CALFCARE_SHOES_MAX_PLAN_WEEKS. */
/* The smaller of v and cap (cap when v is NaN, as fmin gives it). */
static double cap_at(double v, double cap)
{
    return v < cap ? v : cap;
}

static int transition_weeks(double decrease_mm, int going_minimalist, int heavy)
{
    double w = 0;
    if (decrease_mm >= CALFCARE_SHOES_TRANSITION_DROP_MM)
        w = cap_at(ceil(2.0 * decrease_mm - 1e-9), CALFCARE_SHOES_MINIMALIST_WEEKS);
    if (going_minimalist)
        w = CALFCARE_SHOES_MINIMALIST_WEEKS;
    if (heavy && w > 0)
        w = cap_at(ceil(w * 1.25 - 1e-9), CALFCARE_SHOES_MAX_PLAN_WEEKS);
    return (int)w;
}

/* Between two sizes: the foot is within CALFCARE_SHOES_BETWEEN_SIZES_MM of the line between two
 * US half sizes (women's on a women's last, else men's). The size shown is the nearer one; the
 * advice says which to choose and why. */
static void advise_between_sizes(calfcare_shoes_advice *out)
{
    int women = out->sex == CALFCARE_SEX_FEMALE;
    double size = women ? out->size.us_women : out->size.us_men;
    double zero = CALFCARE_SHOES_BRANNOCK_US_MEN_ZERO - (women ? 1.5 : 0.0);
    double foot = out->size.foot_mm + out->size.toe_room_mm - CALFCARE_SHOES_DEFAULT_TOE_ROOM_MM;
    double below, above, d, smaller;
    cc_text t;
    if (isnan(size))
        return;
    below = foot - barleycorn_fits_mm(size - 0.5, zero); /* >= 0: over the line below the size */
    above = foot - barleycorn_fits_mm(size, zero);       /* <= 0: under the line above it */
    if (below <= CALFCARE_SHOES_BETWEEN_SIZES_MM + 1e-9) {
        d = below;
        smaller = size - 0.5;
    } else if (-above <= CALFCARE_SHOES_BETWEEN_SIZES_MM + 1e-9) {
        d = above;
        smaller = size;
    } else {
        return;
    }
    d = floor(d * 10.0 + 0.5) / 10.0;
    add(out, CALFCARE_SHOES_R_BETWEEN_SIZES, d, &t);
    say(&t, women ? "Your foot is on the line between US women's " : "Your foot is on the line between US men's ",
        smaller, " and ");
    say(&t, "", smaller + 0.5, ": choose ");
    say(&t, "", smaller + 0.5, ", the larger: fit the longer foot, leave room for running socks, and feet swell "
                              "on long runs.");
}

/* The size in the chart of the "brand" field, when one was asked. */
static void advise_brand(calfcare_shoes_advice *out)
{
    const calfcare_shoes_brand_size_result *b = &out->brand_size;
    calfcare_shoes_chart info;
    cc_text t;
    if (b->brand < 0 || calfcare_shoes_chart_info(b->brand, b->sex, &info, NULL) != CALFCARE_OK)
        return;
    if (out->sex == CALFCARE_SEX_FEMALE) {
        add(out, CALFCARE_SHOES_R_BRAND_MEN_ONLY, NAN, &t);
        cc_text_puts(&t, "Only the ");
        cc_text_puts(&t, info.title);
        cc_text_puts(&t, " is shipped: the brand size below is a men's (unisex) size.");
    }
    if (!b->in_chart) {
        add(out, CALFCARE_SHOES_R_BRAND_OUTSIDE, NAN, &t);
        say(&t, "Your foot (", out->size.foot_mm, " mm) is outside the ");
        cc_text_puts(&t, info.title);
        cc_text_puts(&t, ": use the generic size and try shoes on.");
        return;
    }
    add(out, CALFCARE_SHOES_R_BRAND_SIZE, b->fits_up_to_mm, &t);
    cc_text_puts(&t, info.title);
    say(&t, ": US ", b->us, "");
    say(&t, ", UK ", b->uk, "");
    say(&t, ", EU ", b->eu, "");
    say(&t, " (fits feet up to ", b->fits_up_to_mm, " mm");
    if (!isnan(b->smaller_fits_up_to_mm))
        say(&t, "; the next smaller size fits up to ", b->smaller_fits_up_to_mm, " mm");
    cc_text_puts(&t, ").");
}

/* Width class bounds for the longer foot (docs/shoes.md, "Width"): from the width chart's standard
 * width at the runner's US size (men's D, women's B), wide from one Brannock letter (3/16 in) above
 * it - halfway to the wide letter two letters up - and extra wide from three letters above; with
 * the sex unknown or the size outside the chart, the ratios of the foot length. */
static void width_bounds(double foot, calfcare_shoes_advice *out)
{
    double us = out->sex == CALFCARE_SEX_FEMALE ? out->size.us_women : out->size.us_men;
    double std = cc_shoes_standard_width_mm(out->sex, us);
    out->width_from_chart = !isnan(std);
    if (out->width_from_chart) {
        out->width_wide_from_mm = std + CALFCARE_SHOES_WIDTH_LETTER_MM;
        out->width_extra_wide_from_mm = std + 3.0 * CALFCARE_SHOES_WIDTH_LETTER_MM;
    } else {
        out->width_wide_from_mm = CALFCARE_SHOES_WIDE_RATIO * foot;
        out->width_extra_wide_from_mm = CALFCARE_SHOES_EXTRA_WIDE_RATIO * foot;
    }
}

static void advise_size_and_width(const calfcare_input *in, double foot, double width, calfcare_shoes_advice *out)
{
    cc_text t;
    add(out, CALFCARE_SHOES_R_SIZE_LONGER_FOOT, foot, &t);
    say(&t, "Size from the longer foot (", foot, " mm");
    if (out->size.toe_room_mm > CALFCARE_SHOES_DEFAULT_TOE_ROOM_MM)
        say(&t, ", sized ", out->size.toe_room_mm - CALFCARE_SHOES_DEFAULT_TOE_ROOM_MM, " mm longer for more toe room");
    say(&t, "): Mondopoint ", out->size.mondopoint_mm, "");
    say(&t, ", EU ", out->size.eu, "");
    if (!isnan(out->size.uk))
        say(&t, ", UK ", out->size.uk, "");
    if (!isnan(out->size.us_men))
        say(&t, ", US men's ", out->size.us_men, "");
    if (!isnan(out->size.us_women))
        say(&t, ", US women's ", out->size.us_women, "");
    cc_text_puts(&t, ".");
    if (isnan(out->size.uk) || isnan(out->size.us_men) || isnan(out->size.us_women))
        add_text(out, CALFCARE_SHOES_R_CHILD_SIZES, NAN,
                 "This foot is below size 1 of the UK or US adult scales: use the maker's children's chart "
                 "(EU and Mondopoint still apply).");

    if (cc_input_n(in, CALFCARE_SHOES_FOOT_LENGTH_MM) == 2) {
        double l = cc_input_value(in, CALFCARE_SHOES_FOOT_LENGTH_MM, 0, 0);
        double r = cc_input_value(in, CALFCARE_SHOES_FOOT_LENGTH_MM, 1, 0);
        if (l != r) {
            add(out, CALFCARE_SHOES_R_FEET_DIFFER, fabs(l - r), &t);
            say(&t, l > r ? "Your left foot is " : "Your right foot is ", fabs(l - r),
                " mm longer: fit the shoes to it.");
        }
    }
    advise_between_sizes(out);
    advise_brand(out);
    add_text(out, CALFCARE_SHOES_R_BRANDS_DIFFER, NAN,
             "Sizes are approximate: brands and models differ, so try shoes on before you buy.");

    if (!isnan(width)) {
        int sex = out->sex;
        double pct = floor(out->width_ratio * 1000.0 + 0.5) / 10.0;
        add(out, CALFCARE_SHOES_R_WIDTH_STANDARD + out->width - 1, out->width_ratio, &t);
        say(&t, "Foot width ", width, " mm is ");
        say(&t, "", pct, "% of its length");
        if (out->width_from_chart) {
            say(&t, "; wide from ", floor(out->width_wide_from_mm * 10.0 + 0.5) / 10.0, " mm");
            say(&t, ", extra wide from ", floor(out->width_extra_wide_from_mm * 10.0 + 0.5) / 10.0,
                " mm at this size");
        }
        cc_text_puts(&t, ": ");
        cc_text_puts(&t, out->width == CALFCARE_SHOES_WIDTH_STANDARD ? "standard width"
                         : out->width == CALFCARE_SHOES_WIDTH_WIDE  ? "a wide foot"
                                                                    : "an extra-wide foot");
        if (sex >= 0) {
            cc_text_puts(&t, ", ");
            cc_text_puts(&t, calfcare_shoes_width_letter(out->width, sex));
            cc_text_puts(&t, sex == CALFCARE_SEX_FEMALE ? " on a women's last." : " on a men's last.");
        } else {
            cc_text_puts(&t, " (women's ");
            cc_text_puts(&t, calfcare_shoes_width_letter(out->width, CALFCARE_SEX_FEMALE));
            cc_text_puts(&t, ", men's ");
            cc_text_puts(&t, calfcare_shoes_width_letter(out->width, CALFCARE_SEX_MALE));
            cc_text_puts(&t, ").");
        }
    }
}

static void advise_category(const calfcare_input *in, int calf, int firm, int lighter, calfcare_shoes_advice *out)
{
    static const char *const pronation_text[] = {"Overpronation", "Neutral pronation", "Underpronation"};
    static const char *const arch_text[] = {"A low arch", "A normal arch", "A high arch"};
    int pronation = choice(in, CALFCARE_SHOES_PRONATION);
    int arch = choice(in, CALFCARE_SHOES_ARCH);
    cc_text t;

    out->category = (calf || (firm && lighter)) ? CALFCARE_SHOES_CATEGORY_NEUTRAL_CUSHIONED
                                                 : CALFCARE_SHOES_CATEGORY_NEUTRAL;
    add_text(out, CALFCARE_SHOES_R_COMFORT_FIRST, NAN,
             "Choose among neutral shoes the one that feels most comfortable: runners who pick by comfort "
             "had fewer injuries.");
    if (pronation >= 0) {
        add(out, CALFCARE_SHOES_R_PRONATION_REPORTED, NAN, &t);
        cc_text_puts(&t, pronation_text[pronation]);
        cc_text_puts(&t, " is noted but not used to prescribe a stability shoe: in studies it did not predict "
                         "injury in neutral shoes.");
    }
    if (arch >= 0) {
        add(out, CALFCARE_SHOES_R_ARCH_REPORTED, NAN, &t);
        cc_text_puts(&t, arch_text[arch]);
        cc_text_puts(&t, " is noted but not used on its own to choose a shoe; comfort decides.");
    }
    if (out->category == CALFCARE_SHOES_CATEGORY_NEUTRAL_CUSHIONED)
        add_text(out, CALFCARE_SHOES_R_CUSHIONED_FOR_CALF, NAN,
                 calf ? "With calf pain, choose a neutral shoe with soft or medium cushioning and a drop no "
                        "lower than now."
                      : "As a lighter runner in firm shoes, choose a neutral shoe with soft or medium cushioning.");
}

static void advise_drop(const calfcare_input *in, int calf, int heavy, calfcare_shoes_advice *out)
{
    double cur = get(in, CALFCARE_SHOES_CURRENT_DROP_MM);
    double next = get(in, CALFCARE_SHOES_NEW_DROP_MM);
    double weekly = get(in, CALFCARE_SHOES_WEEKLY_KM);
    double mass = get(in, CALFCARE_SHOES_BODY_MASS_KG);
    int min_now = choice(in, CALFCARE_SHOES_MINIMALIST) == 1;
    int min_new = choice(in, CALFCARE_SHOES_NEW_MINIMALIST) == 1;
    int going_min = min_new && !min_now;
    double decrease = (!isnan(cur) && !isnan(next)) ? cur - next : NAN;
    cc_text t;
    int w;

    out->drop_change_mm = isnan(decrease) ? NAN : -decrease;
    if (calf && ((!isnan(decrease) && decrease > 0) || going_min)) {
        out->drop = CALFCARE_SHOES_DROP_DO_NOT_LOWER;
        add(out, CALFCARE_SHOES_R_DROP_KEEP_CALF_PAIN, out->drop_change_mm, &t);
        cc_text_puts(&t, "With calf pain, do not ");
        if (going_min)
            cc_text_puts(&t, "go minimalist");
        if (going_min && !isnan(decrease) && decrease > 0)
            cc_text_puts(&t, " or ");
        if (!isnan(decrease) && decrease > 0) {
            say(&t, "lower the drop (", cur, " to ");
            say(&t, "", next, " mm)");
        }
        cc_text_puts(&t, " now: a lower drop loads the calf more. Change only once it has settled, "
                         "over weeks.");
    } else if (going_min || (!isnan(decrease) && decrease >= CALFCARE_SHOES_TRANSITION_DROP_MM)) {
        int i;
        out->drop = CALFCARE_SHOES_DROP_TRANSITION;
        w = transition_weeks(decrease, going_min, heavy);
        out->transition_weeks = w;
        out->plan_count = (size_t)w;
        for (i = 0; i < w; i++) {
            calfcare_shoes_week *wk = &out->plan[i];
            wk->week = i + 1;
            /* linear ramp: week k of w runs k/w of the distance in the new shoe (whole percent) */
            wk->share_pct = floor(100.0 * (i + 1) / w + 0.5);
            wk->km = weekly * wk->share_pct / 100.0;
            if (min_new && wk->km > CALFCARE_SHOES_MINIMALIST_CAP_KM)
                wk->km = CALFCARE_SHOES_MINIMALIST_CAP_KM;
        }
        add(out, going_min ? CALFCARE_SHOES_R_MINIMALIST_TRANSITION : CALFCARE_SHOES_R_DROP_TRANSITION,
            (double)w, &t);
        if (going_min)
            cc_text_puts(&t, "Going minimalist");
        else
            say(&t, "Lowering the drop by ", decrease, " mm");
        say(&t, ": move over ", (double)w, " weeks, starting with ");
        say(&t, "", out->plan[0].share_pct, "% of your weekly distance in the new shoe");
        if (!isnan(weekly))
            say(&t, " (", out->plan[0].km, " km)");
        cc_text_puts(&t, ", adding a little each week; hold if the calf hurts.");
    } else if (!isnan(decrease)) {
        out->drop = CALFCARE_SHOES_DROP_OK;
        if (decrease > 0) {
            add(out, CALFCARE_SHOES_R_DROP_SMALL_CHANGE, out->drop_change_mm, &t);
            say(&t, "Lowering the drop by ", decrease, " mm is a small change: no transition plan is needed; "
                                                     "mix the pairs at first.");
        } else if (decrease < 0) {
            add(out, CALFCARE_SHOES_R_DROP_RAISE_EASES, out->drop_change_mm, &t);
            say(&t, "A higher drop (", cur, " to ");
            say(&t, "", next, " mm) lowers the load on the calf and Achilles tendon.");
        }
    } else if (!isnan(next)) {
        add_text(out, CALFCARE_SHOES_R_DROP_NEEDS_CURRENT, NAN,
                 "Give the current shoe's drop as well to judge the new drop.");
    }

    if (calf && !isnan(cur) && cur <= 4.0 && !(out->drop == CALFCARE_SHOES_DROP_OK && decrease < 0)) {
        add(out, CALFCARE_SHOES_R_LOW_DROP_CALF_PAIN, cur, &t);
        say(&t, "Your current drop (", cur, " mm) is low: with calf pain, a shoe with an 8-12 mm drop may ease "
                                            "the calf while it settles.");
    }
    if (min_now || min_new) {
        out->minimalist_cap_km = CALFCARE_SHOES_MINIMALIST_CAP_KM;
        add(out, CALFCARE_SHOES_R_MINIMALIST_CAP, CALFCARE_SHOES_MINIMALIST_CAP_KM, &t);
        say(&t, "In minimalist shoes keep your weekly distance under ", CALFCARE_SHOES_MINIMALIST_CAP_KM,
            " km: calf pain rose above it.");
        if (!isnan(weekly) && weekly > CALFCARE_SHOES_MINIMALIST_CAP_KM) {
            add(out, CALFCARE_SHOES_R_MINIMALIST_OVER_CAP, weekly, &t);
            say(&t, "Your ", weekly, " km a week is above that: run the rest in cushioned shoes.");
        }
    }
    if (heavy && (out->drop == CALFCARE_SHOES_DROP_TRANSITION || min_now)) {
        add(out, CALFCARE_SHOES_R_HEAVIER_RUNNER, mass, &t);
        say(&t, "At ", mass, " kg (over ");
        say(&t, "", CALFCARE_SHOES_HEAVY_KG, " kg) minimalist shoes carried more injury risk: ");
        cc_text_puts(&t, out->drop == CALFCARE_SHOES_DROP_TRANSITION
                             ? "the plan is a quarter longer; take it slowly."
                             : "keep the share of running in them small.");
    }
}

static calfcare_status advise_wear(const calfcare_input *in, calfcare_shoes_advice *out, calfcare_error *err)
{
    double km = get(in, CALFCARE_SHOES_SHOE_KM);
    double age = get(in, CALFCARE_SHOES_SHOE_AGE_MONTHS);
    double pairs = get(in, CALFCARE_SHOES_PAIRS);
    int due_km = 0, due_age = 0;
    cc_text t;

    out->limit_km = cc_input_value(in, CALFCARE_SHOES_LIMIT_KM, 0, CALFCARE_SHOES_DEFAULT_LIMIT_KM);
    out->limit_months = cc_input_value(in, CALFCARE_SHOES_LIMIT_MONTHS, 0, CALFCARE_SHOES_DEFAULT_LIMIT_MONTHS);
    if (!isnan(km)) {
        calfcare_status st = calfcare_shoes_km_left(km, out->limit_km, &out->km_left, err);
        if (st != CALFCARE_OK)
            return st;
        due_km = out->km_left <= 0; /* due once the limit is reached */
    }
    if (!isnan(age)) {
        out->months_left = out->limit_months - age;
        due_age = out->months_left <= 0;
    }
    if (!isnan(km) || !isnan(age))
        out->replace_due = due_km || due_age;
    if (due_km) {
        add(out, CALFCARE_SHOES_R_REPLACE_KM, out->km_left, &t);
        say(&t, "Replace this pair: ", km, " km run reaches the ");
        say(&t, "", out->limit_km, " km limit");
        if (out->km_left < 0)
            say(&t, " (", -out->km_left, " km over)");
        cc_text_puts(&t, "; cushioning wears out with distance.");
    }
    if (due_age) {
        add(out, CALFCARE_SHOES_R_REPLACE_AGE, age, &t);
        say(&t, "Replace this pair: at ", age, " months it has reached the ");
        say(&t, "", out->limit_months, "-month limit.");
    }
    if (!due_km && !due_age && out->replace_due == 0) {
        if (!isnan(km) && out->km_left < 0.1 * out->limit_km) {
            add(out, CALFCARE_SHOES_R_REPLACE_SOON, out->km_left, &t);
            say(&t, "Only ", out->km_left, " km left before the ");
            say(&t, "", out->limit_km, " km limit: plan the next pair.");
        } else {
            add(out, CALFCARE_SHOES_R_WEAR_OK, out->km_left, &t);
            cc_text_puts(&t, "The pair is within its replacement limits");
            if (!isnan(km)) {
                say(&t, " (", out->km_left, " km left of ");
                say(&t, "", out->limit_km, " km)");
            }
            cc_text_puts(&t, ".");
        }
    }
    if (!isnan(pairs)) {
        if (pairs < 2) {
            add_text(out, CALFCARE_SHOES_R_ROTATE_PAIRS, pairs,
                     "You run in one pair: rotating two or more pairs was linked with fewer injuries "
                     "(hazard ratio 0.61).");
        } else {
            add(out, CALFCARE_SHOES_R_ROTATION_OK, pairs, &t);
            say(&t, "Rotating ", pairs, " pairs is good: it was linked with fewer injuries.");
        }
    }
    return CALFCARE_OK;
}

static void advise_stack(const calfcare_input *in, calfcare_shoes_advice *out)
{
    double stack = get(in, CALFCARE_SHOES_STACK_MM);
    cc_text t;
    if (isnan(stack))
        return;
    out->road_stack_ok = stack <= CALFCARE_SHOES_ROAD_STACK_MM;
    out->track_stack_ok = stack <= CALFCARE_SHOES_TRACK_STACK_MM;
    if (!out->road_stack_ok) {
        add(out, CALFCARE_SHOES_R_STACK_OVER_ROAD, stack, &t);
        say(&t, "Stack height ", stack, " mm is over the ");
        say(&t, "", CALFCARE_SHOES_ROAD_STACK_MM, " mm road-racing limit (and the ");
        say(&t, "", CALFCARE_SHOES_TRACK_STACK_MM, " mm track limit): not allowed in races.");
    } else if (!out->track_stack_ok) {
        add(out, CALFCARE_SHOES_R_STACK_OVER_TRACK, stack, &t);
        say(&t, "Stack height ", stack, " mm is within the ");
        say(&t, "", CALFCARE_SHOES_ROAD_STACK_MM, " mm road-racing limit but over the ");
        say(&t, "", CALFCARE_SHOES_TRACK_STACK_MM, " mm track limit.");
    } else {
        add(out, CALFCARE_SHOES_R_STACK_OK, stack, &t);
        say(&t, "Stack height ", stack, " mm is within the road (");
        say(&t, "", CALFCARE_SHOES_ROAD_STACK_MM, " mm) and track (");
        say(&t, "", CALFCARE_SHOES_TRACK_STACK_MM, " mm) racing limits.");
    }
}

static void advise_checklist(calfcare_shoes_advice *out)
{
    add_text(out, CALFCARE_SHOES_R_FIT_LATE_IN_DAY, NAN,
             "Measure and try shoes late in the day: feet swell 2-3% after walking or running.");
    add_text(out, CALFCARE_SHOES_R_FIT_BOTH_FEET, NAN,
             "Measure both feet standing, heel to longest toe, and size for the longer one.");
    add_text(out, CALFCARE_SHOES_R_FIT_RUNNING_SOCKS, NAN, "Try shoes on with the socks you run in.");
    add_text(out, CALFCARE_SHOES_R_FIT_HEEL_LOCK, NAN,
             "The heel should sit firmly without slipping when you jog; use the top eyelets to lock it if needed.");
    add_text(out, CALFCARE_SHOES_R_FIT_COMFORT, NAN,
             "Buy only a shoe that feels comfortable from the first steps, with a thumb's width (10-15 mm) in "
             "front of the longest toe.");
    /* The brief: choose shoes after a gait analysis. What the evidence supports: trying on and
     * choosing by comfort (Nigg 2015); not prescribing by pronation (Nielsen 2014, n = 927;
     * Richards 2009). */
    add_text(out, CALFCARE_SHOES_R_FIT_TRY_IN_STORE, NAN,
             "Try shoes on in a running store and jog a few steps in each pair: comfort and fit come first, "
             "before the label, the category or the price.");
    add_text(out, CALFCARE_SHOES_R_GAIT_ANALYSIS, NAN,
             "If the store offers a gait analysis: it shows how you run, but choosing a shoe by your pronation has "
             "not been shown to prevent injuries (927 novice runners in neutral shoes); let comfort and fit decide.");
}

calfcare_status calfcare_shoes_advise(const calfcare_input *in, calfcare_shoes_advice *out, calfcare_error *err)
{
    calfcare_status st;
    double foot, width, mass;
    int calf, firm, lighter, heavy;
    size_t i, n;

    if (!out)
        return cc_fail_null(err, "out");
    st = cc_input_check(in, CALFCARE_INPUT_SCHEMA_SHOES, err);
    if (st != CALFCARE_OK)
        return st;
    n = cc_input_n(in, CALFCARE_SHOES_FOOT_LENGTH_MM);
    if (!n)
        return cc_fail(err, CALFCARE_E_INVALID, "foot_length_mm",
                       "required: the foot length in mm (one value, or left,right)");
    foot = 0;
    for (i = 0; i < n; i++) { /* the longer foot (foot is never NaN, so this is fmax) */
        double v = cc_input_value(in, CALFCARE_SHOES_FOOT_LENGTH_MM, i, 0);
        foot = v > foot ? v : foot;
    }
    width = get(in, CALFCARE_SHOES_FOOT_WIDTH_MM);
    if (!isnan(width)) {
        double lo = CALFCARE_SHOES_MIN_WIDTH_RATIO * foot, hi = CALFCARE_SHOES_MAX_WIDTH_RATIO * foot;
        st = cc_check_number(err, "foot_width_mm", width, lo, hi, "mm", 0);
        if (st != CALFCARE_OK) {
#if CALFCARE_MESSAGES >= 2
            if (err) { /* say why the range moved: it follows the length */
                cc_text t;
                t.buf = err->message;
                t.cap = sizeof err->message;
                t.len = cc_strlen(err->message);
                say(&t, " for a foot ", foot, " mm long (25-55% of its length; no foot is that ");
                cc_text_puts(&t, width > hi ? "wide)" : "narrow)");
            }
#endif
            return st;
        }
    }

    memset(out, 0, sizeof *out);
    st = calfcare_shoes_size(foot, cc_input_value(in, CALFCARE_SHOES_TOE_ROOM_MM, 0, CALFCARE_SHOES_DEFAULT_TOE_ROOM_MM),
                             &out->size, err);
    if (st != CALFCARE_OK)
        return st;
    out->sex = choice(in, CALFCARE_SHOES_SEX);
    out->brand_size.brand = -1;
    out->brand_size.sex = -1;
    out->brand_size.us = out->brand_size.uk = out->brand_size.eu = NAN;
    out->brand_size.fits_up_to_mm = out->brand_size.smaller_fits_up_to_mm = NAN;
    if (choice(in, CALFCARE_SHOES_BRAND) >= 0) {
        st = calfcare_shoes_brand_size(choice(in, CALFCARE_SHOES_BRAND), out->sex, foot, out->size.toe_room_mm,
                                       &out->brand_size, err);
        if (st != CALFCARE_OK)
            return st;
    }
    width_bounds(foot, out);
    out->width_ratio = NAN;
    out->width = CALFCARE_SHOES_WIDTH_UNKNOWN;
    if (!isnan(width)) {
        out->width_ratio = width / foot;
        out->width = width < out->width_wide_from_mm         ? CALFCARE_SHOES_WIDTH_STANDARD
                     : width < out->width_extra_wide_from_mm ? CALFCARE_SHOES_WIDTH_WIDE
                                                             : CALFCARE_SHOES_WIDTH_EXTRA_WIDE;
    }
    out->drop = CALFCARE_SHOES_DROP_NONE;
    out->drop_change_mm = NAN;
    out->minimalist_cap_km = NAN;
    out->replace_due = -1;
    out->km_left = NAN;
    out->months_left = NAN;
    out->road_stack_ok = -1;
    out->track_stack_ok = -1;

    mass = get(in, CALFCARE_SHOES_BODY_MASS_KG);
    calf = choice(in, CALFCARE_SHOES_CALF_PAIN) == 1;
    firm = choice(in, CALFCARE_SHOES_CUSHIONING) == CALFCARE_CUSHIONING_FIRM;
    lighter = !isnan(mass) && mass <= CALFCARE_SHOES_HEAVY_KG;
    heavy = !isnan(mass) && mass > CALFCARE_SHOES_HEAVY_KG;

    advise_size_and_width(in, foot, width, out);
    advise_category(in, calf, firm, lighter, out);
    advise_drop(in, calf, heavy, out);
    if (firm) {
        cc_text t;
        add_text(out, CALFCARE_SHOES_R_FIRM_CUSHIONING, NAN,
                 "Firm cushioning: runners in harder shoes had more injuries than in soft ones (hazard ratio 1.52).");
        if (lighter) {
            add(out, CALFCARE_SHOES_R_FIRM_LIGHTER_RUNNER, mass, &t);
            say(&t, "At ", mass, " kg you are a lighter runner, in whom the extra risk of firm shoes was seen: "
                                 "prefer soft or medium cushioning.");
        }
    }
    st = advise_wear(in, out, err);
    if (st != CALFCARE_OK)
        return st;
    advise_stack(in, out);
    advise_checklist(out);
    return CALFCARE_OK;
}
