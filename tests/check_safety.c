/* The safety gate (docs/diagnosis.md "The safety gate"): its table, and the exhaustive proof that
 * the library never advises what its own builders refuse.
 *
 * A program of its own (not in check_calfcare) so that the exhaustive enumeration runs once per
 * `make check`, not once per batch path, and not under valgrind.
 *
 * How the enumeration stays under ~20 s: every combination of the 22 symptom switches, each
 * "yes" or unknown (2^22 = 4,194,304 diagnoses, the switches stepped in Gray-code order so that one
 * field changes per step), with the swelling unknown; then the swelling at its edges (0, 3 = not
 * over, 3.001 = just over, 20 = the maximum) with every combination of the 13 switches that are not
 * Wells items, the number of positive Wells switches 0..8 (the Wells switches differ only in their
 * reason code, which nothing downstream reads) and the "alternative diagnosis" item yes or no, the
 * Wells items that are not "yes" given as an explicit "no" (4 x 2^13 x 9 x 2 = 589,824). Each
 * diagnosis: every protocol or routine it advises is built under its blocked set and must build;
 * the urgent level and the self-care level are worked out from the switches independently; an
 * urgent triage has no running target, no routine and nothing but the referral and first aid. */
#include "config.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <calfcare.h>

/* The id of a field by name (-1 when the schema has none): calfcare_input_field_parse() without
 * the error detail. */
static int field_id(int schema, const char *name)
{
    int id;
    return calfcare_input_field_parse(schema, name, &id, NULL) == CALFCARE_OK ? id : -1;
}

#define SOFT (CALFCARE_CARE_MASSAGE | CALFCARE_CARE_FOAM_ROLL | CALFCARE_CARE_STRETCH)
#define ALL_CARE ((1u << CALFCARE_CARE_KIND_COUNT) - 1u)
#define N_PROTOCOLS 8

/* The 22 switches, in field order (calf_swelling_cm, a number, is handled apart). */
static int switch_id(int k)
{
    return CALFCARE_DIAGNOSIS_ACTIVE_CANCER + k + (k >= CALFCARE_DIAGNOSIS_CALF_SWELLING_CM - CALFCARE_DIAGNOSIS_ACTIVE_CANCER);
}
#define N_SWITCHES 22
#define BIT(field) (1ul << ((field) - CALFCARE_DIAGNOSIS_ACTIVE_CANCER - ((field) > CALFCARE_DIAGNOSIS_CALF_SWELLING_CM)))

/* ---- the table --------------------------------------------------------------------------- */

START_TEST(test_gate_table)
{
    int flag;
    calfcare_relief_params p;
    calfcare_relief_protocol pr;
    calfcare_blocked b;
    calfcare_relief_params_init(&p, NULL);
    ck_assert_ptr_null(calfcare_diagnosis_gate(CALFCARE_FLAG_NONE));
    ck_assert_ptr_null(calfcare_diagnosis_gate(CALFCARE_FLAG_COUNT));
    ck_assert_ptr_null(calfcare_diagnosis_gate(-1));
    for (flag = 1; flag < CALFCARE_FLAG_COUNT; flag++) {
        const calfcare_diagnosis_gate_rule *g = calfcare_diagnosis_gate(flag);
        ck_assert_ptr_nonnull(g);
        ck_assert_int_eq(g->flag, flag);
        ck_assert(g->triage == CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN || g->triage == CALFCARE_DIAGNOSIS_TRIAGE_URGENT);
        /* Every flag blocks running: a flagged runner gets no distance or cadence target. */
        ck_assert_msg(g->blocks & CALFCARE_CARE_RUNNING, "%s", calfcare_red_flag_name(flag));
        /* Urgent: running, every routine, stretching, rolling and massage. */
        if (g->triage == CALFCARE_DIAGNOSIS_TRIAGE_URGENT)
            ck_assert_uint_eq(g->blocks & (SOFT | CALFCARE_CARE_RUNNING), SOFT | CALFCARE_CARE_RUNNING);
        ck_assert(g->first_aid == CALFCARE_RELIEF_RICE || g->first_aid == CALFCARE_RELIEF_REST);
        /* The first aid it allows builds under what it blocks. */
        memset(&b, 0, sizeof b);
        b.mask = g->blocks;
        ck_assert_int_eq(calfcare_relief_build(g->first_aid, &p, &b, &pr, NULL), CALFCARE_OK);
        ck_assert(strlen(g->why) > 40 && strlen(g->source) > 3);
    }
    /* The rows decided flag by flag (docs/diagnosis.md). */
    ck_assert_uint_eq(calfcare_diagnosis_gate(CALFCARE_FLAG_DVT)->blocks,
                      SOFT | CALFCARE_CARE_RUNNING | CALFCARE_CARE_COMPRESSION);
    ck_assert_int_eq(calfcare_diagnosis_gate(CALFCARE_FLAG_DVT)->first_aid, CALFCARE_RELIEF_REST);
    ck_assert_uint_eq(calfcare_diagnosis_gate(CALFCARE_FLAG_NERVE)->blocks, ALL_CARE); /* nothing needs no feeling */
    ck_assert_int_eq(calfcare_diagnosis_gate(CALFCARE_FLAG_NERVE)->first_aid, CALFCARE_RELIEF_REST);
    ck_assert_uint_eq(calfcare_diagnosis_gate(CALFCARE_FLAG_SYSTEMIC)->blocks, ALL_CARE);
    ck_assert_uint_eq(calfcare_diagnosis_gate(CALFCARE_FLAG_REST_NIGHT_PAIN)->blocks, CALFCARE_CARE_RUNNING);
    ck_assert_int_eq(calfcare_diagnosis_gate(CALFCARE_FLAG_ACHILLES_RUPTURE)->first_aid, CALFCARE_RELIEF_RICE);
    ck_assert_int_eq(calfcare_diagnosis_gate(CALFCARE_FLAG_CANNOT_BEAR_WEIGHT)->triage, CALFCARE_DIAGNOSIS_TRIAGE_URGENT);
}
END_TEST

/* calfcare_relief_care() is what the diagnosis reads; it must be exactly what the builder refuses:
 * every protocol under every one of the 64 blocked sets, with the parameters that add steps. */
START_TEST(test_protocol_care_matches_builder)
{
    calfcare_relief_params p;
    calfcare_relief_protocol pr;
    calfcare_blocked b;
    unsigned mask;
    int id, variant;
    for (variant = 0; variant < 2; variant++) {
        calfcare_relief_params_init(&p, NULL);
        if (variant) {
            p.ice_rounds = 2;
            p.week = 6;
        }
        for (id = 1; id <= N_PROTOCOLS; id++) {
            unsigned used = 0;
            size_t i;
            /* rolling with the ball counts as foam_roll too; the ball goes with roll and full only */
            p.tool = variant ? CALFCARE_RELIEF_TOOL_BALL : CALFCARE_RELIEF_TOOL_ROLLER;
            if (variant && id != CALFCARE_RELIEF_ROLL && id != CALFCARE_RELIEF_FULL) {
                ck_assert_int_eq(calfcare_relief_build(id, &p, NULL, &pr, NULL), CALFCARE_E_INVALID);
                p.tool = CALFCARE_RELIEF_TOOL_ROLLER;
            }
            ck_assert_int_eq(calfcare_relief_build(id, &p, NULL, &pr, NULL), CALFCARE_OK);
            for (i = 0; i < pr.count; i++)
                used |= pr.steps[i].care;
            ck_assert_msg(used == calfcare_relief_care(id), "%s: steps 0x%x, care 0x%x", calfcare_relief_name(id),
                          used, calfcare_relief_care(id));
            for (mask = 0; mask <= ALL_CARE; mask++) {
                calfcare_status st;
                memset(&b, 0, sizeof b);
                b.mask = mask;
                st = calfcare_relief_build(id, &p, &b, &pr, NULL);
                ck_assert_int_eq(st, (used & mask) ? CALFCARE_E_BLOCKED : CALFCARE_OK);
            }
        }
    }
    ck_assert_uint_eq(calfcare_relief_care(CALFCARE_RELIEF_REST), 0);
    ck_assert_uint_eq(calfcare_relief_care(CALFCARE_RELIEF_RICE), CALFCARE_CARE_ICE | CALFCARE_CARE_COMPRESSION);
}
END_TEST

/* ---- the exhaustive consistency check ---------------------------------------------------- */

/* In the loops below: Check records a checkpoint on every ck_assert (a write per assertion), which
 * would make the millions of checks slow; REQUIRE only calls into Check when it fails. */
#define REQUIRE(cond, ...)                                                                               \
    do {                                                                                                 \
        if (!(cond))                                                                                     \
            ck_abort_msg(__VA_ARGS__);                                                                   \
    } while (0)

typedef struct tally {
    unsigned long cases, urgent, see, self, advised_builds;
} tally;

static int has(const calfcare_diagnosis *dx, int code)
{
    unsigned i;
    for (i = 0; i < dx->advice_count; i++)
        if (dx->advice[i].code == code)
            return 1;
    return 0;
}

static void must_build(const calfcare_diagnosis *dx, int protocol, unsigned long bits, tally *t)
{
    calfcare_relief_params p;
    calfcare_relief_protocol pr;
    calfcare_error err;
    calfcare_status st;
    calfcare_relief_params_init(&p, NULL);
    st = calfcare_relief_build(protocol, &p, &dx->blocked, &pr, &err);
    REQUIRE(st == CALFCARE_OK, "switches 0x%lx: advised '%s' is refused: %s", bits, calfcare_relief_name(protocol),
                  err.message);
    t->advised_builds++;
}

/* Check one diagnosis. bits: the switches given as yes; wells: the expected Wells score. */
static void check_case(const calfcare_diagnosis *dx, unsigned long bits, int wells, int swelling_over, tally *t)
{
    static const int running_targets[] = {CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CAP,       CALFCARE_DIAGNOSIS_R_NEXT_RUN_CAP,
                                          CALFCARE_DIAGNOSIS_R_CADENCE_TARGET,      CALFCARE_DIAGNOSIS_R_SHORTEN_STRIDE,
                                          CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CLIMB_CAP, CALFCARE_DIAGNOSIS_R_NEXT_WEEK_HARD_CAP,
                                          CALFCARE_DIAGNOSIS_R_ONE_INCREASE_PER_WEEK, CALFCARE_DIAGNOSIS_R_FORM_FILM,
                                          CALFCARE_DIAGNOSIS_R_FORM_COACH};
    int pop = !!(bits & BIT(CALFCARE_DIAGNOSIS_SUDDEN_POP)), weak = !!(bits & BIT(CALFCARE_DIAGNOSIS_WEAK_PUSH_OFF));
    int urgent = (bits & (BIT(CALFCARE_DIAGNOSIS_THOMPSON_POSITIVE) | BIT(CALFCARE_DIAGNOSIS_PALPABLE_GAP) | BIT(CALFCARE_DIAGNOSIS_FEVER) |
                          BIT(CALFCARE_DIAGNOSIS_CANNOT_WALK_4_STEPS))) ||
                 (pop && weak) || wells >= 2;
    /* Every switch but "alternative diagnosis likely" raises a flag when yes. */
    int flagged = (bits & ~BIT(CALFCARE_DIAGNOSIS_ALTERNATIVE_DIAGNOSIS_LIKELY)) != 0 || swelling_over;
    unsigned expect_blocked = 0, i;
    size_t k;

    t->cases++;
    REQUIRE(dx->triage == (urgent ? CALFCARE_DIAGNOSIS_TRIAGE_URGENT
                                 : flagged ? CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN
                                           : CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE),
                  "switches 0x%lx: triage %s", bits, calfcare_diagnosis_triage_name(dx->triage));
    /* The blocked set is the union of the raised flags' rows (and the nerve row for numbness). */
    for (i = 0; i < dx->flag_count; i++)
        expect_blocked |= calfcare_diagnosis_gate(dx->flags[i].flag)->blocks;
    if (bits & BIT(CALFCARE_DIAGNOSIS_NUMBNESS))
        expect_blocked |= calfcare_diagnosis_gate(CALFCARE_FLAG_NERVE)->blocks;
    REQUIRE(dx->blocked.mask == expect_blocked, "switches 0x%lx: blocked 0x%x", bits, dx->blocked.mask);
    for (k = 0; k < CALFCARE_CARE_KIND_COUNT; k++)
        REQUIRE((dx->blocked.flag[k] != CALFCARE_FLAG_NONE) == !!(dx->blocked.mask & (1u << k)),
                "switches 0x%lx: care bit %zu without its flag", bits, k);

    /* Nothing advised is refused. */
    if (has(dx, CALFCARE_DIAGNOSIS_R_RELIEF_RICE))
        must_build(dx, CALFCARE_RELIEF_RICE, bits, t);
    if (has(dx, CALFCARE_DIAGNOSIS_R_RELIEF_FULL))
        must_build(dx, CALFCARE_RELIEF_FULL, bits, t);
    if (has(dx, CALFCARE_DIAGNOSIS_R_RELIEF_REST))
        must_build(dx, CALFCARE_RELIEF_REST, bits, t);
    if (has(dx, CALFCARE_DIAGNOSIS_R_ROUTINE_WARMUP_COOLDOWN)) {
        must_build(dx, CALFCARE_RELIEF_WARMUP, bits, t);
        must_build(dx, CALFCARE_RELIEF_COOLDOWN, bits, t);
    }
    if (has(dx, CALFCARE_DIAGNOSIS_R_ROUTINE_STRENGTH))
        must_build(dx, CALFCARE_RELIEF_STRENGTH, bits, t);

    if (dx->triage == CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE) {
        t->self++;
        /* The sample runner's data: every target and routine is due. */
        REQUIRE(has(dx, CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CAP) && has(dx, CALFCARE_DIAGNOSIS_R_CADENCE_TARGET) &&
                    has(dx, CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CLIMB_CAP) && has(dx, CALFCARE_DIAGNOSIS_R_NEXT_WEEK_HARD_CAP) &&
                    has(dx, CALFCARE_DIAGNOSIS_R_FORM_FILM),
                "switches 0x%lx: self-care without its targets", bits);
        REQUIRE(has(dx, CALFCARE_DIAGNOSIS_R_RELIEF_FULL) && has(dx, CALFCARE_DIAGNOSIS_R_ROUTINE_STRENGTH),
                "switches 0x%lx: self-care without full relief or the strength routine", bits);
        return;
    }
    /* Any red flag: no running target, no routine, no full protocol; exactly one first aid. */
    for (k = 0; k < sizeof running_targets / sizeof running_targets[0]; k++)
        REQUIRE(!has(dx, running_targets[k]), "switches 0x%lx: running target %d", bits, running_targets[k]);
    REQUIRE(!has(dx, CALFCARE_DIAGNOSIS_R_ROUTINE_WARMUP_COOLDOWN) && !has(dx, CALFCARE_DIAGNOSIS_R_ROUTINE_STRENGTH),
            "switches 0x%lx: a routine with a red flag", bits);
    REQUIRE(!has(dx, CALFCARE_DIAGNOSIS_R_RELIEF_FULL), "switches 0x%lx: protocol full with a red flag", bits);
    REQUIRE(has(dx, CALFCARE_DIAGNOSIS_R_RELIEF_RICE) + has(dx, CALFCARE_DIAGNOSIS_R_RELIEF_REST) == 1,
            "switches 0x%lx: not exactly one first aid", bits);
    REQUIRE(dx->blocked.mask & CALFCARE_CARE_RUNNING, "switches 0x%lx: running not blocked", bits);
    if (dx->triage == CALFCARE_DIAGNOSIS_TRIAGE_URGENT) {
        t->urgent++;
        REQUIRE((dx->blocked.mask & (SOFT | CALFCARE_CARE_RUNNING)) == (SOFT | CALFCARE_CARE_RUNNING),
                "switches 0x%lx: urgent leaves soft-tissue care or running open", bits);
        /* Only the referral and the first aid. */
        for (i = 0; i < dx->advice_count; i++) {
            int c = dx->advice[i].code;
            REQUIRE(c == CALFCARE_DIAGNOSIS_R_SEE_CLINICIAN_TODAY || c == CALFCARE_DIAGNOSIS_R_SEE_CLINICIAN ||
                        c == CALFCARE_DIAGNOSIS_R_AVOID_BLOCKED_CARE || c == CALFCARE_DIAGNOSIS_R_RELIEF_RICE ||
                        c == CALFCARE_DIAGNOSIS_R_RELIEF_REST,
                    "switches 0x%lx: urgent with advice %d", bits, c);
        }
        REQUIRE(dx->advice[0].code == CALFCARE_DIAGNOSIS_R_SEE_CLINICIAN_TODAY, "switches 0x%lx: referral not first", bits);
    } else {
        t->see++;
        REQUIRE(dx->advice[0].code == CALFCARE_DIAGNOSIS_R_SEE_CLINICIAN, "switches 0x%lx: referral not first", bits);
    }
}

/* The rest of the runner's data: every piece of advice would be given if nothing were flagged. */
static void sample_runner(calfcare_input *in)
{
    ck_assert_int_eq(calfcare_input_init(in, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, NULL), CALFCARE_OK);
    calfcare_input_set_text(in, CALFCARE_DIAGNOSIS_WEEKLY_KM, "30,32", NULL);
    calfcare_input_set_text(in, CALFCARE_DIAGNOSIS_LAST_RUN_KM, "10", NULL);
    calfcare_input_set_text(in, CALFCARE_DIAGNOSIS_LONGEST_RUN_30D_KM, "12", NULL);
    calfcare_input_set_text(in, CALFCARE_DIAGNOSIS_CADENCE, "160", NULL);
    calfcare_input_set_text(in, CALFCARE_DIAGNOSIS_OVERSTRIDE, "yes", NULL);
    calfcare_input_set_text(in, CALFCARE_DIAGNOSIS_WARMUP, "never", NULL);
    calfcare_input_set_text(in, CALFCARE_DIAGNOSIS_HEEL_RAISES, "10,20", NULL);
    calfcare_input_set_text(in, CALFCARE_DIAGNOSIS_SHOE_KM, "850", NULL);
    calfcare_input_set_text(in, CALFCARE_DIAGNOSIS_WEEKLY_CLIMB_M, "200,400", NULL);
    calfcare_input_set_text(in, CALFCARE_DIAGNOSIS_WEEKLY_HARD_MIN, "20,30", NULL);
}

START_TEST(test_every_switch_combination)
{
    calfcare_input in;
    calfcare_diagnosis dx;
    tally t;
    unsigned long m, gray = 0;
    memset(&t, 0, sizeof t);
    sample_runner(&in);
    for (m = 0; m < (1ul << N_SWITCHES); m++) {
        int wells = 0, k;
        if (m) { /* Gray code: exactly one switch changes from the previous combination */
            int bit = __builtin_ctzl(m);
            gray ^= 1ul << bit;
            if (gray >> bit & 1)
                calfcare_input_set(&in, switch_id(bit), 1, NULL);
            else
                calfcare_input_unset(&in, switch_id(bit), NULL);
        }
        for (k = CALFCARE_DIAGNOSIS_ACTIVE_CANCER; k <= CALFCARE_DIAGNOSIS_PREVIOUS_DVT; k++)
            wells += k != CALFCARE_DIAGNOSIS_CALF_SWELLING_CM && (gray & BIT(k));
        if (gray & BIT(CALFCARE_DIAGNOSIS_ALTERNATIVE_DIAGNOSIS_LIKELY))
            wells -= 2;
        REQUIRE(calfcare_diagnosis_assess(&in, &dx, NULL) == CALFCARE_OK, "diagnose failed");
        check_case(&dx, gray, wells, 0, &t);
    }
    ck_assert_uint_eq(t.cases, 1ul << 22);
    ck_assert_uint_eq(t.self, 2); /* nothing, or only "alternative diagnosis likely" */
    ck_assert_uint_gt(t.urgent, 0);
    ck_assert_uint_gt(t.advised_builds, t.cases);
}
END_TEST

START_TEST(test_swelling_edges)
{
    static const struct {
        const char *text;
        int over;
    } edges[] = {{"0", 0}, {"3", 0}, {"3.001", 1}, {"20", 1}};
    static const int wells_switches[] = {CALFCARE_DIAGNOSIS_ACTIVE_CANCER,       CALFCARE_DIAGNOSIS_PARALYSIS_OR_CAST,
                                         CALFCARE_DIAGNOSIS_BEDRIDDEN_OR_SURGERY, CALFCARE_DIAGNOSIS_DEEP_VEIN_TENDERNESS,
                                         CALFCARE_DIAGNOSIS_WHOLE_LEG_SWOLLEN,    CALFCARE_DIAGNOSIS_PITTING_EDEMA,
                                         CALFCARE_DIAGNOSIS_COLLATERAL_VEINS,     CALFCARE_DIAGNOSIS_PREVIOUS_DVT};
    calfcare_input in;
    calfcare_diagnosis dx;
    tally t;
    size_t e;
    int npos, alt, k;
    unsigned long others;
    memset(&t, 0, sizeof t);
    sample_runner(&in);
    for (e = 0; e < sizeof edges / sizeof edges[0]; e++) {
        ck_assert_int_eq(calfcare_input_set_text(&in, CALFCARE_DIAGNOSIS_CALF_SWELLING_CM, edges[e].text, NULL), CALFCARE_OK);
        for (npos = 0; npos <= 8; npos++) {
            unsigned long wbits = 0;
            for (k = 0; k < 8; k++) { /* the first npos Wells switches yes, the rest an explicit no */
                calfcare_input_set(&in, wells_switches[k], k < npos, NULL);
                if (k < npos)
                    wbits |= BIT(wells_switches[k]);
            }
            for (alt = 0; alt <= 1; alt++) {
                calfcare_input_set(&in, CALFCARE_DIAGNOSIS_ALTERNATIVE_DIAGNOSIS_LIKELY, alt, NULL);
                /* The 13 switches that are not Wells items: every combination. */
                for (others = 0; others < (1ul << 13); others++) {
                    unsigned long bits = wbits | (alt ? BIT(CALFCARE_DIAGNOSIS_ALTERNATIVE_DIAGNOSIS_LIKELY) : 0);
                    for (k = 0; k < 13; k++) {
                        int id = CALFCARE_DIAGNOSIS_SUDDEN_POP + k;
                        if (others >> k & 1) {
                            calfcare_input_set(&in, id, 1, NULL);
                            bits |= BIT(id);
                        } else {
                            calfcare_input_unset(&in, id, NULL);
                        }
                    }
                    REQUIRE(calfcare_diagnosis_assess(&in, &dx, NULL) == CALFCARE_OK, "diagnose failed");
                    REQUIRE(dx.wells_known == 1, "wells unknown");
                    REQUIRE(dx.wells_score == npos + edges[e].over - 2 * alt, "wells %d", dx.wells_score);
                    check_case(&dx, bits, npos + edges[e].over - 2 * alt, edges[e].over, &t);
                }
            }
        }
    }
    ck_assert_uint_eq(t.cases, 4ul * 9 * 2 * 8192);
}
END_TEST

/* ---- the contradictions the gate removes, one by one ------------------------------------ */

static void diagnose_with(calfcare_diagnosis *dx, const char *const *pairs)
{
    calfcare_input in;
    calfcare_error err;
    ck_assert_int_eq(calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, NULL), CALFCARE_OK);
    for (; *pairs; pairs += 2) {
        int id = field_id(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, pairs[0]);
        ck_assert_int_ge(id, 0);
        ck_assert_msg(calfcare_input_set_text(&in, id, pairs[1], &err) == CALFCARE_OK, "%s", err.message);
    }
    ck_assert_int_eq(calfcare_diagnosis_assess(&in, dx, NULL), CALFCARE_OK);
}

START_TEST(test_dvt_urgent_gives_no_running_target)
{
    static const char *const in[] = {"deep_vein_tenderness", "yes", "pitting_edema", "yes", "weekly_km", "30,32",
                                     "last_run_km", "10", "longest_run_30d_km", "12", "cadence", "160", NULL};
    calfcare_diagnosis dx;
    unsigned i;
    diagnose_with(&dx, in);
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_URGENT);
    ck_assert_int_eq(dx.wells_score, 2);
    ck_assert_uint_eq(dx.advice_count, 3);
    ck_assert_int_eq(dx.advice[0].code, CALFCARE_DIAGNOSIS_R_SEE_CLINICIAN_TODAY);
    ck_assert_int_eq(dx.advice[1].code, CALFCARE_DIAGNOSIS_R_AVOID_BLOCKED_CARE);
    ck_assert_int_eq(dx.advice[2].code, CALFCARE_DIAGNOSIS_R_RELIEF_REST);
    for (i = 0; i < dx.advice_count; i++)
        ck_assert_ptr_null(strstr(dx.advice[i].text, "km"));
    ck_assert(dx.blocked.mask & CALFCARE_CARE_RUNNING);
    ck_assert_int_eq(dx.blocked.flag[4], CALFCARE_FLAG_DVT);
}
END_TEST

START_TEST(test_numbness_and_rest_pain_give_no_week_target)
{
    static const char *const numb[] = {"numbness", "yes", "weekly_km", "30,32", NULL};
    static const char *const rest[] = {"rest_pain", "yes", "weekly_km", "30,32", NULL};
    calfcare_diagnosis dx;
    calfcare_relief_params p;
    calfcare_relief_protocol pr;
    calfcare_error err;
    calfcare_relief_params_init(&p, NULL);
    diagnose_with(&dx, numb);
    ck_assert(!has(&dx, CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CAP));
    /* Numbness: rest with the leg raised, nothing that needs sensation; rice and full are refused. */
    ck_assert(has(&dx, CALFCARE_DIAGNOSIS_R_RELIEF_REST) && !has(&dx, CALFCARE_DIAGNOSIS_R_RELIEF_FULL) &&
              !has(&dx, CALFCARE_DIAGNOSIS_R_RELIEF_RICE));
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_REST, &p, &dx.blocked, &pr, NULL), CALFCARE_OK);
    ck_assert_uint_eq(pr.count, 1);
    ck_assert_int_eq(pr.steps[0].kind, CALFCARE_RELIEF_STEP_REST);
    ck_assert_uint_eq(pr.steps[0].duration_ms, 15u * 60000u);
    ck_assert_int_eq(pr.advice[0], CALFCARE_RELIEF_R_NO_SENSATION);
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_FULL, &p, &dx.blocked, &pr, &err), CALFCARE_E_BLOCKED);
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, &dx.blocked, &pr, &err), CALFCARE_E_BLOCKED);
    /* rice's first blocked step is the bandage: its check needs sensation */
    ck_assert_str_eq(err.field, "compression");
    ck_assert_int_eq(pr.blocked_kind, CALFCARE_RELIEF_STEP_COMPRESS);
    diagnose_with(&dx, rest);
    ck_assert(!has(&dx, CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CAP));
    ck_assert(has(&dx, CALFCARE_DIAGNOSIS_R_RELIEF_RICE)); /* sensation intact */
}
END_TEST

START_TEST(test_cannot_walk_advises_no_routine)
{
    static const char *const in[] = {"cannot_walk_4_steps", "yes", "heel_raises", "10,20", "warmup", "never", NULL};
    calfcare_diagnosis dx;
    calfcare_relief_params p;
    calfcare_relief_protocol pr;
    calfcare_error err;
    int id;
    calfcare_relief_params_init(&p, NULL);
    diagnose_with(&dx, in);
    ck_assert_int_eq(dx.triage, CALFCARE_DIAGNOSIS_TRIAGE_URGENT);
    ck_assert(!has(&dx, CALFCARE_DIAGNOSIS_R_ROUTINE_STRENGTH) && !has(&dx, CALFCARE_DIAGNOSIS_R_ROUTINE_WARMUP_COOLDOWN));
    /* Every routine and every protocol that stretches or rolls is refused under its blocked set. */
    for (id = CALFCARE_RELIEF_STRETCH; id <= CALFCARE_RELIEF_STRENGTH; id++)
        ck_assert_int_eq(calfcare_relief_build(id, &p, &dx.blocked, &pr, &err), CALFCARE_E_BLOCKED);
    ck_assert(has(&dx, CALFCARE_DIAGNOSIS_R_RELIEF_RICE));
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, &dx.blocked, &pr, NULL), CALFCARE_OK);
}
END_TEST

START_TEST(test_fever_refuses_full)
{
    static const char *const in[] = {"fever", "yes", NULL};
    calfcare_diagnosis dx;
    calfcare_relief_params p;
    calfcare_relief_protocol pr;
    calfcare_error err;
    calfcare_relief_params_init(&p, NULL);
    diagnose_with(&dx, in);
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_FULL, &p, &dx.blocked, &pr, &err), CALFCARE_E_BLOCKED);
    ck_assert_str_eq(err.message, "the compress step is refused: compression is blocked by the red flag systemic; see "
                                  "a clinician before any self-treatment");
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_STRETCH, &p, &dx.blocked, &pr, &err), CALFCARE_E_BLOCKED);
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_REST, &p, &dx.blocked, &pr, NULL), CALFCARE_OK);
}
END_TEST

START_TEST(test_full_checks_pain_before_stretching)
{
    calfcare_relief_params p;
    calfcare_relief_protocol pr;
    size_t i, check = 0, first_stretch = 0;
    calfcare_relief_params_init(&p, NULL);
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_FULL, &p, NULL, &pr, NULL), CALFCARE_OK);
    for (i = 0; i < pr.count; i++) {
        if (pr.steps[i].kind == CALFCARE_RELIEF_STEP_PAIN_CHECK && !check)
            check = i;
        if (pr.steps[i].care & (CALFCARE_CARE_STRETCH | CALFCARE_CARE_FOAM_ROLL) && !first_stretch)
            first_stretch = i;
    }
    ck_assert_uint_eq(check, 3);         /* right after rest, compress, ice */
    ck_assert_uint_eq(first_stretch, 5); /* after the pain check and a get-ready */
    ck_assert_uint_eq(pr.steps[check].duration_ms, 600000);
    ck_assert_ptr_nonnull(strstr(calfcare_reason_lookup(pr.steps[check].cue)->text, "stop the session here"));
}
END_TEST

START_TEST(test_number_rule)
{
    calfcare_relief_params p;
    calfcare_relief_protocol pr;
    calfcare_error err;
    double v = 0;
    ck_assert_int_eq(calfcare_input_parse_number("ice_min", "0x14", &v, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "ice_min: '0x14' is not a number (digits with an optional sign, decimal point and "
                                  "exponent)");
    ck_assert_int_eq(calfcare_input_parse_number("ice_min", "20.0001", &v, &err), CALFCARE_OK);
    ck_assert(v == 20.0001); /* the nearest double, as the compiler reads it */
    ck_assert_int_eq(calfcare_input_parse_number(NULL, "-1.5e1", &v, &err), CALFCARE_OK);
    ck_assert(v == -15.0);
    calfcare_relief_params_init(&p, NULL);
    p.ice_min = 20.0001;
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, NULL, &pr, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "ice_min: 20.0001 is outside the accepted range; accepted: 15 to 20 min");
    p.ice_min = 15;
    p.hold_s = 19.99999;
    ck_assert_int_eq(calfcare_relief_build(CALFCARE_RELIEF_RICE, &p, NULL, &pr, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.message, "hold_s: 19.99999 is outside the accepted range; accepted: 20 to 30 s");
}
END_TEST

/* The C side of strict truth values: pain_free is 0 or 1, nothing else ("no" and NaN cannot reach
 * C as such; the bindings refuse them, tests/python/test_safety.py). */
START_TEST(test_rtr_pain_free_is_0_or_1)
{
    calfcare_error err;
    int stage = 0, streak = 0;
    ck_assert_int_eq(calfcare_progression_rtr_advance(3, 1, 2, &stage, &streak, &err), CALFCARE_E_INVALID);
    ck_assert_str_eq(err.field, "pain_free");
    ck_assert_int_eq(calfcare_progression_rtr_advance(3, 1, -1, &stage, &streak, &err), CALFCARE_E_INVALID);
    ck_assert_int_eq(stage, 0); /* untouched */
    ck_assert_int_eq(calfcare_progression_rtr_advance(3, 1, 1, &stage, &streak, &err), CALFCARE_OK);
    ck_assert_int_eq(stage, 4); /* second pain-free session in a row: up one stage */
    ck_assert_int_eq(streak, 0);
}
END_TEST

static Suite *safety_suite(void)
{
    Suite *s = suite_create("safety");
    TCase *tc = tcase_create("gate");
    tcase_add_test(tc, test_gate_table);
    tcase_add_test(tc, test_protocol_care_matches_builder);
    tcase_add_test(tc, test_dvt_urgent_gives_no_running_target);
    tcase_add_test(tc, test_numbness_and_rest_pain_give_no_week_target);
    tcase_add_test(tc, test_cannot_walk_advises_no_routine);
    tcase_add_test(tc, test_fever_refuses_full);
    tcase_add_test(tc, test_full_checks_pain_before_stretching);
    tcase_add_test(tc, test_number_rule);
    tcase_add_test(tc, test_rtr_pain_free_is_0_or_1);
    suite_add_tcase(s, tc);
    tc = tcase_create("exhaustive");
    tcase_set_timeout(tc, 600); /* about 10 s on an idle machine; room for a loaded one */
    tcase_add_test(tc, test_every_switch_combination);
    tcase_add_test(tc, test_swelling_edges);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(safety_suite());
    int failed;
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
