/* Shoes texts (calfcare/shoes.h): the advice table, apart from the logic in lib/shoes.c so that
 * firmware that never looks a text up links none of it (its strings are in this file's sections
 * only), and a build without texts or with the caller's texts leaves it out (docs/embedding.md).
 * Rules, numbers and sources: docs/shoes.md. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "internal.h"

/* ---- advice codes ------------------------------------------------------------------------ */

/* Sorted by code. Source keys resolve in docs/evidence.md. */
static const calfcare_reason shoes_reasons[] = {
    {4001, "size_longer_foot", "size from the longer foot on the Brannock scale", "brannock", "W"},
    {4002, "feet_differ", "the feet differ in length: fit the longer one", "shoesize", "W"},
    {4003, "brands_differ", "sizes are approximate: brands differ, try shoes on", "shoesize", "W"},
    {4004, "child_sizes", "below the UK/US adult scales: use a children's chart", "shoesize", "W"},
    {4010, "width_standard", "standard width", "widthchart", "W"},
    {4011, "width_wide", "wide foot", "widthchart", "W"},
    {4012, "width_extra_wide", "extra-wide foot", "widthchart", "W"},
    {4020, "comfort_first", "choose the shoe that feels most comfortable", "nigg2015", "M"},
    {4021, "pronation_reported", "pronation is reported but not used to prescribe a stability shoe",
     "nielsen2014pronation", "M"},
    {4022, "arch_reported", "arch height is reported but not used to prescribe a shoe", "richards2009", "W"},
    {4023, "cushioned_for_calf", "neutral shoe with soft or medium cushioning and no lower drop", "malisoux2020",
     "W"},
    {4030, "drop_keep_calf_pain", "with calf pain, do not lower the drop", "ryan2014", "W"},
    {4031, "drop_transition", "lowering the drop by 4 mm or more: change over weeks", "ryan2014", "W"},
    {4032, "minimalist_transition", "going minimalist: change over weeks", "fuller2017", "W"},
    {4033, "minimalist_cap", "keep weekly distance in minimalist shoes under the cap", "fuller2017", "W"},
    {4034, "heavier_runner", "heavier runners: take the change more slowly", "fuller2017", "W"},
    {4035, "drop_small_change", "drop lower by less than 4 mm: no transition plan needed", "practice", "W"},
    {4036, "drop_raise_eases", "a higher drop lowers calf and Achilles load", "ryan2014", "W"},
    {4037, "low_drop_calf_pain", "low drop with calf pain: a mid or high drop may ease the calf", "ryan2014", "W"},
    {4038, "minimalist_over_cap", "weekly distance above the minimalist cap", "fuller2017", "W"},
    {4039, "drop_needs_current", "give the current drop to judge the new one", "practice", "W"},
    {4040, "firm_cushioning", "firm cushioning carries a higher injury risk than soft", "malisoux2020", "M"},
    {4041, "firm_lighter_runner", "firm cushioning in a lighter runner: prefer soft or medium", "malisoux2020", "M"},
    {4050, "replace_km", "replace the pair: distance limit reached", "cook1985", "W"},
    {4051, "replace_age", "replace the pair: age limit reached", "cook1985", "W"},
    {4052, "replace_soon", "close to the distance limit: plan the next pair", "cook1985", "W"},
    {4053, "wear_ok", "the pair is within its replacement limits", "cook1985", "W"},
    {4054, "rotate_pairs", "rotate two or more pairs", "malisoux2015", "M"},
    {4055, "rotation_ok", "two or more pairs in rotation", "malisoux2015", "M"},
    {4060, "fit_late_in_day", "measure and try shoes late in the day", "fitpractice", "W"},
    {4061, "fit_both_feet", "measure both feet", "fitpractice", "W"},
    {4062, "fit_running_socks", "try shoes on with running socks", "fitpractice", "W"},
    {4063, "fit_heel_lock", "the heel must sit firmly without slipping", "fitpractice", "W"},
    {4064, "fit_comfort", "the shoe must feel comfortable from the first steps", "nigg2015", "M"},
    {4065, "fit_try_in_store", "try shoes on in a running store: comfort and fit come first", "nigg2015", "M"},
    {4066, "gait_analysis", "a gait analysis describes how you run; choosing shoes by pronation was not shown to "
     "prevent injuries", "nielsen2014pronation", "M"},
    {4070, "stack_ok", "stack height within the road and track racing limits", "worldathletics", "F"},
    {4071, "stack_over_track", "stack height over the track racing limit", "worldathletics", "F"},
    {4072, "stack_over_road", "stack height over the road racing limit", "worldathletics", "F"},
    {4073, "between_sizes", "between two sizes: take the larger", "fitpractice", "W"},
    {4074, "brand_size", "size in the brand's published chart", "brandcharts", "W"},
    {4075, "brand_outside", "the foot is outside the brand's published chart", "brandcharts", "W"},
    {4076, "brand_men_only", "only the brand's men's chart is shipped", "brandcharts", "W"},
};

const calfcare_reason *cc_shoes_reason(int code)
{
    return cc_reason_find(shoes_reasons, CC_COUNTOF(shoes_reasons), code);
}
