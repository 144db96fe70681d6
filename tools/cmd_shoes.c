/* calfcare shoes: shoe size, width, category, drop, cushioning, replacement and fit advice
 * (calfcare/shoes.h), and the shoe section of `calfcare demo`. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "cli.h"
#include "sample.h"

#define CMD "shoes"

static void usage(FILE *out)
{
    fprintf(out, "Usage: calfcare shoes --foot-length-mm L[,R] [OPTIONS] [--json]\n\n"
                 "Shoe-fit guidance tied to calf load: size (Mondopoint, EU, UK, US) from the longer foot\n"
                 "on the Brannock scale, with the foot length each size fits; with --brand, the size in that\n"
                 "brand's published chart; width class, a comfort-first category, drop advice with a\n"
                 "transition plan, cushioning flags, replacement and rotation, a fit checklist and racing\n"
                 "stack limits. Options left out count as unknown and give no advice of their kind. Sizes\n"
                 "are approximate: brands differ.\n\nOptions:\n");
    cli_print_schema_help(out, CALFCARE_INPUT_SCHEMA_SHOES);
    fprintf(out, "  --json\n      print one JSON object instead of the report\n"
                 "  --help\n      print this help\n\n"
                 "Exit status: 0 ok, 2 invalid input (the message names the option), 1 other failure.\n");
}

/* "width": the letter on the runner's last when the sex is known, else the class name. */
static const char *width_label(const calfcare_shoes_advice *a)
{
    if (a->width == CALFCARE_SHOES_WIDTH_UNKNOWN)
        return NULL;
    if (a->sex >= 0)
        return calfcare_shoes_width_letter(a->width, a->sex);
    return calfcare_shoes_width_name(a->width);
}

static json_t *json_tristate(int v)
{
    return v < 0 ? json_null() : json_boolean(v);
}

/* "brand": null without --brand, else the chart used, its source and the size in it. */
static json_t *brand_json(const calfcare_shoes_brand_size_result *b)
{
    calfcare_shoes_chart info;
    if (b->brand < 0 || calfcare_shoes_chart_info(b->brand, b->sex, &info, NULL) != CALFCARE_OK)
        return json_null();
    return json_pack("{s:s, s:s, s:s, s:s, s:s, s:b, s:o, s:o, s:o, s:o, s:o}", "name", info.name, "chart",
                     info.title, "chart_sex", b->sex == CALFCARE_SEX_MALE ? "male" : "female", "source",
                     info.source, "read_on", info.read_on, "in_chart", b->in_chart, "us",
                     cli_json_number_or_null(b->us), "uk", cli_json_number_or_null(b->uk), "eu",
                     cli_json_number_or_null(b->eu), "fits_up_to_mm", cli_json_number_or_null(b->fits_up_to_mm),
                     "smaller_fits_up_to_mm", cli_json_number_or_null(b->smaller_fits_up_to_mm));
}

/* One line with the size in the brand's chart (nothing without a brand). */
static void print_brand(FILE *out, const calfcare_shoes_brand_size_result *b)
{
    calfcare_shoes_chart info;
    if (b->brand < 0 || calfcare_shoes_chart_info(b->brand, b->sex, &info, NULL) != CALFCARE_OK)
        return;
    if (!b->in_chart) {
        fprintf(out, "  %s: the foot is outside the chart\n", info.title);
        return;
    }
    fprintf(out, "  %s: US %g, UK %g, EU %g (fits feet up to %g mm)\n", info.title, b->us, b->uk, b->eu,
            b->fits_up_to_mm);
}

static json_t *to_json(const calfcare_shoes_advice *a)
{
    json_t *root = json_object(), *plan = json_array(), *advice = json_array();
    const char *width = width_label(a);
    size_t i;

    json_object_set_new(root, "size",
                        json_pack("{s:f, s:f, s:o, s:o, s:o, s:f, s:f, s:f, s:{s:f, s:f, s:o, s:o, s:o}}",
                                  "mondopoint_mm", a->size.mondopoint_mm, "eu", a->size.eu, "uk",
                                  cli_json_number_or_null(a->size.uk), "us_men", cli_json_number_or_null(a->size.us_men),
                                  "us_women", cli_json_number_or_null(a->size.us_women), "foot_mm", a->size.foot_mm,
                                  "toe_room_mm", a->size.toe_room_mm, "last_mm", a->size.last_mm, "fits_up_to_mm",
                                  "mondopoint", a->size.mondopoint_mm, "eu", a->size.eu_fits_mm, "uk",
                                  cli_json_number_or_null(a->size.uk_fits_mm), "us_men",
                                  cli_json_number_or_null(a->size.us_men_fits_mm), "us_women",
                                  cli_json_number_or_null(a->size.us_women_fits_mm)));
    json_object_set_new(root, "width", width ? json_string(width) : json_null());
    json_object_set_new(root, "width_class",
                        a->width ? json_string(calfcare_shoes_width_name(a->width)) : json_null());
    json_object_set_new(root, "width_ratio", cli_json_number_or_null(a->width_ratio));
    json_object_set_new(root, "width_bounds",
                        json_pack("{s:f, s:f, s:b}", "wide_from_mm", a->width_wide_from_mm, "extra_wide_from_mm",
                                  a->width_extra_wide_from_mm, "from_chart", a->width_from_chart));
    json_object_set_new(root, "category", json_string(calfcare_shoes_category_name(a->category)));
    for (i = 0; i < a->plan_count; i++)
        json_array_append_new(plan, json_pack("{s:i, s:i, s:o}", "week", a->plan[i].week, "share_pct",
                                              (int)a->plan[i].share_pct, "km", cli_json_number_or_null(a->plan[i].km)));
    json_object_set_new(root, "drop",
                        json_pack("{s:s, s:i, s:o, s:o, s:o}", "advice", calfcare_shoes_drop_name(a->drop),
                                  "transition_weeks", a->transition_weeks, "weekly_plan", plan, "change_mm",
                                  cli_json_number_or_null(a->drop_change_mm), "minimalist_cap_km",
                                  cli_json_number_or_null(a->minimalist_cap_km)));
    json_object_set_new(root, "replace",
                        json_pack("{s:o, s:o, s:f, s:o, s:f}", "due", json_tristate(a->replace_due), "km_left",
                                  cli_json_number_or_null(a->km_left), "limit_km", a->limit_km, "months_left",
                                  cli_json_number_or_null(a->months_left), "limit_months", a->limit_months));
    json_object_set_new(root, "stack",
                        json_pack("{s:o, s:o, s:f, s:f}", "road_ok", json_tristate(a->road_stack_ok), "track_ok",
                                  json_tristate(a->track_stack_ok), "road_limit_mm", CALFCARE_SHOES_ROAD_STACK_MM,
                                  "track_limit_mm", CALFCARE_SHOES_TRACK_STACK_MM));
    for (i = 0; i < a->advice_count; i++) {
        const calfcare_reason *r = calfcare_reason_lookup(a->advice[i].code);
        json_array_append_new(advice, json_pack("{s:s, s:i, s:s, s:o, s:s, s:s}", "code", r ? r->name : "unknown",
                                                "id", a->advice[i].code, "text", a->advice[i].text, "value",
                                                cli_json_number_or_null(a->advice[i].value), "source",
                                                r ? r->source : "", "strength", r ? r->strength : ""));
    }
    json_object_set_new(root, "advice", advice);
    json_object_set_new(root, "brand", brand_json(&a->brand_size));
    return root;
}

static void print_report(FILE *out, const calfcare_shoes_advice *a)
{
    const char *width = width_label(a);
    size_t i;

    fprintf(out, "  Size: Mondopoint %g, EU %g", a->size.mondopoint_mm, a->size.eu);
    if (!isnan(a->size.uk))
        fprintf(out, ", UK %g", a->size.uk);
    if (!isnan(a->size.us_men))
        fprintf(out, ", US men's %g", a->size.us_men);
    if (!isnan(a->size.us_women))
        fprintf(out, ", US women's %g", a->size.us_women);
    fputc('\n', out);
    fprintf(out, "        (longer foot %g mm; EU %g fits feet up to %.1f mm", a->size.foot_mm, a->size.eu,
            a->size.eu_fits_mm);
    if (a->sex == CALFCARE_SEX_FEMALE && !isnan(a->size.us_women))
        fprintf(out, ", US women's %g up to %.1f mm", a->size.us_women, a->size.us_women_fits_mm);
    else if (a->sex != CALFCARE_SEX_FEMALE && !isnan(a->size.us_men))
        fprintf(out, ", US men's %g up to %.1f mm", a->size.us_men, a->size.us_men_fits_mm);
    fprintf(out, "; brands differ)\n");
    print_brand(out, &a->brand_size);
    if (width)
        fprintf(out, "  Width: %s (%s, width %.1f%% of length; wide from %.1f mm, extra wide from %.1f mm)\n", width,
                calfcare_shoes_width_name(a->width), a->width_ratio * 100.0, a->width_wide_from_mm,
                a->width_extra_wide_from_mm);
    fprintf(out, "  Category: %s\n", calfcare_shoes_category_name(a->category));
    fprintf(out, "  Drop: %s", calfcare_shoes_drop_name(a->drop));
    if (!isnan(a->drop_change_mm))
        fprintf(out, " (change %+g mm)", a->drop_change_mm);
    fputc('\n', out);
    if (a->transition_weeks) {
        fprintf(out, "  Transition: %d weeks, share of weekly distance in the new shoe:\n   ", a->transition_weeks);
        for (i = 0; i < a->plan_count; i++) {
            fprintf(out, " w%d %g%%", a->plan[i].week, a->plan[i].share_pct);
            if (!isnan(a->plan[i].km))
                fprintf(out, " (%g km)", a->plan[i].km);
            fputs(i + 1 < a->plan_count ? (i % 6 == 5 ? "\n   " : ",") : "\n", out);
        }
    }
    if (a->replace_due >= 0) {
        fprintf(out, "  Replace: %s", a->replace_due ? "due now" : "not yet");
        if (!isnan(a->km_left))
            fprintf(out, "; %g km left of %g km", a->km_left, a->limit_km);
        if (!isnan(a->months_left))
            fprintf(out, "; %g months old, limit %g", a->limit_months - a->months_left, a->limit_months);
        fputc('\n', out);
    }
    fprintf(out, "  Advice:\n");
    for (i = 0; i < a->advice_count; i++) {
        const calfcare_reason *r = calfcare_reason_lookup(a->advice[i].code);
        fprintf(out, "    - %s [%d %s; %s, %s]\n", a->advice[i].text, a->advice[i].code, r ? r->name : "?",
                r ? r->source : "?", r ? r->strength : "?");
    }
}

int cli_cmd_shoes(int argc, char **argv)
{
    calfcare_input in;
    calfcare_shoes_advice advice;
    calfcare_error err;
    calfcare_status st;
    int json, done, rc = cli_parse_input_args(CMD, CALFCARE_INPUT_SCHEMA_SHOES, argc, argv, &in, &json, usage, &done);

    if (rc != CLI_EXIT_OK || done)
        return rc;
    st = calfcare_shoes_advise(&in, &advice, &err);
    if (st != CALFCARE_OK)
        return cli_fail(CMD, st, &err);
    if (json)
        return cli_print_json(to_json(&advice));
    printf("Shoe fit\n");
    print_report(stdout, &advice);
    return fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_FAILURE;
}

/* The sample runner's size in two brands' charts (only men's charts are shipped). */
static int demo_brands(double foot_mm, double toe_room_mm)
{
    static const int brands[] = {CALFCARE_SHOES_BRAND_NIKE, CALFCARE_SHOES_BRAND_NEW_BALANCE};
    size_t i;
    printf("  Brand charts (men's/unisex sizes; no women's chart is shipped):\n");
    for (i = 0; i < sizeof brands / sizeof brands[0]; i++) {
        calfcare_shoes_brand_size_result b;
        calfcare_error err;
        calfcare_status st =
            calfcare_shoes_brand_size(brands[i], CALFCARE_SEX_FEMALE, foot_mm, toe_room_mm, &b, &err);
        if (st != CALFCARE_OK)
            return cli_fail("demo", st, &err);
        printf("  ");
        print_brand(stdout, &b);
    }
    return CLI_EXIT_OK;
}

int cli_demo_shoes(void)
{
    calfcare_input in;
    calfcare_shoes_advice advice;
    calfcare_error err;
    calfcare_status st;
    /* The sample runner: last week's distance, calf pain, and the lower-drop pair she moved to;
     * she is thinking of going back to the drop of her previous pair. */
    const double weekly = sample_weekly_km[sizeof sample_weekly_km / sizeof sample_weekly_km[0] - 1];

    st = calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_SHOES, &err);
    if (st == CALFCARE_OK)
        st = calfcare_input_set_list(&in, CALFCARE_SHOES_FOOT_LENGTH_MM, sample_foot_length_mm, 2, &err);
    if (st == CALFCARE_OK)
        st = calfcare_input_set(&in, CALFCARE_SHOES_FOOT_WIDTH_MM, SAMPLE_FOOT_WIDTH_MM, &err);
    if (st == CALFCARE_OK)
        st = calfcare_input_set_word(&in, CALFCARE_SHOES_SEX, SAMPLE_SEX, &err);
    if (st == CALFCARE_OK)
        st = calfcare_input_set_word(&in, CALFCARE_SHOES_ARCH, SAMPLE_ARCH, &err);
    if (st == CALFCARE_OK)
        st = calfcare_input_set_word(&in, CALFCARE_SHOES_PRONATION, SAMPLE_PRONATION, &err);
    if (st == CALFCARE_OK)
        st = calfcare_input_set(&in, CALFCARE_SHOES_WEEKLY_KM, weekly, &err);
    if (st == CALFCARE_OK)
        st = calfcare_input_set(&in, CALFCARE_SHOES_BODY_MASS_KG, SAMPLE_BODY_MASS_KG, &err);
    if (st == CALFCARE_OK)
        st = calfcare_input_set_word(&in, CALFCARE_SHOES_CALF_PAIN, "yes", &err);
    if (st == CALFCARE_OK)
        st = calfcare_input_set(&in, CALFCARE_SHOES_CURRENT_DROP_MM, SAMPLE_SHOE_DROP_MM, &err);
    if (st == CALFCARE_OK)
        st = calfcare_input_set(&in, CALFCARE_SHOES_NEW_DROP_MM, SAMPLE_PREVIOUS_DROP_MM, &err);
    if (st == CALFCARE_OK)
        st = calfcare_input_set(&in, CALFCARE_SHOES_STACK_MM, SAMPLE_SHOE_STACK_MM, &err);
    if (st == CALFCARE_OK)
        st = calfcare_input_set_word(&in, CALFCARE_SHOES_CUSHIONING, SAMPLE_CUSHIONING, &err);
    if (st == CALFCARE_OK)
        st = calfcare_input_set(&in, CALFCARE_SHOES_SHOE_KM, SAMPLE_SHOE_KM, &err);
    if (st == CALFCARE_OK)
        st = calfcare_input_set(&in, CALFCARE_SHOES_SHOE_AGE_MONTHS, SAMPLE_SHOE_AGE_MONTHS, &err);
    if (st == CALFCARE_OK)
        st = calfcare_input_set_word(&in, CALFCARE_SHOES_MINIMALIST, SAMPLE_MINIMALIST, &err);
    if (st == CALFCARE_OK)
        st = calfcare_input_set(&in, CALFCARE_SHOES_PAIRS, SAMPLE_PAIRS, &err);
    if (st == CALFCARE_OK)
        st = calfcare_shoes_advise(&in, &advice, &err);
    if (st != CALFCARE_OK)
        return cli_fail("demo", st, &err);
    printf("\n== Shoe check ==\n");
    printf("Feet %g/%g mm (left/right), width %g mm, %s; in %s %g mm-drop shoes with %g km and %g months on them;\n"
           "considering going back to a %g mm drop.\n",
           sample_foot_length_mm[0], sample_foot_length_mm[1], SAMPLE_FOOT_WIDTH_MM, SAMPLE_SEX, SAMPLE_CUSHIONING,
           SAMPLE_SHOE_DROP_MM, SAMPLE_SHOE_KM, SAMPLE_SHOE_AGE_MONTHS, SAMPLE_PREVIOUS_DROP_MM);
    print_report(stdout, &advice);
    return demo_brands(advice.size.foot_mm, advice.size.toe_room_mm);
}
