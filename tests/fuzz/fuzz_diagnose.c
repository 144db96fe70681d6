/*
 * libFuzzer target: calfcare_diagnosis_assess() on inputs built from the fuzz bytes through the
 * calfcare_input API (set, set_list, set_text, set_word, unset; any field id, any double).
 *
 * Properties (abort on violation):
 * - every failed set names the field and says why; diagnose succeeds on any initialised input and
 *   does not change it;
 * - five causes, each once, scores within 0..1, sorted descending (ties in cause order), reason
 *   codes that belong to their cause;
 * - red flags: each at most once, most serious first; the flags listed are exactly the ones the
 *   table of docs/diagnosis.md gives for the switches that were set (an independent model here);
 *   triage is never self_care when any red flag is set, and is the highest flag level;
 * - blocked set: exactly the care kinds the flags block, each bit naming the most serious flag
 *   that blocks it, no bit without a flag and no flag without a bit;
 * - Wells score recomputed from the items; advice texts NUL-terminated with known codes.
 */
#include "fuzz_common.h"

enum { TRI_SELF = CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE, TRI_SEE = CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN, TRI_URG = CALFCARE_DIAGNOSIS_TRIAGE_URGENT };

/* Value of a single-valued field: 1/0 for a switch or choice index, NaN when unknown. */
static double val(const calfcare_input *in, int id)
{
    double v;
    if (calfcare_input_count(in, id) == 0)
        return NAN;
    PROP(calfcare_input_get(in, id, 0, &v, NULL) == CALFCARE_OK);
    return v;
}

static int yes(const calfcare_input *in, int id)
{
    return val(in, id) == 1.0;
}

/* Care kinds each flag blocks (docs/diagnosis.md, "The safety gate"), written out here rather than
 * read from calfcare_diagnosis_gate() so the property checks the table. */
static unsigned blocks_of(int flag, const calfcare_input *in)
{
    const unsigned MFS = CALFCARE_CARE_MASSAGE | CALFCARE_CARE_FOAM_ROLL | CALFCARE_CARE_STRETCH;
    const unsigned NUMB = MFS | CALFCARE_CARE_RUNNING | CALFCARE_CARE_ICE | CALFCARE_CARE_COMPRESSION;
    switch (flag) {
    case CALFCARE_FLAG_DVT: return MFS | CALFCARE_CARE_RUNNING | CALFCARE_CARE_COMPRESSION;
    case CALFCARE_FLAG_ACHILLES_RUPTURE:
    case CALFCARE_FLAG_CALF_TEAR:
    case CALFCARE_FLAG_STRESS_FRACTURE:
    case CALFCARE_FLAG_CANNOT_BEAR_WEIGHT: return MFS | CALFCARE_CARE_RUNNING;
    case CALFCARE_FLAG_EXERTIONAL: return yes(in, CALFCARE_DIAGNOSIS_NUMBNESS) ? NUMB : MFS | CALFCARE_CARE_RUNNING;
    case CALFCARE_FLAG_SYSTEMIC:
    case CALFCARE_FLAG_NERVE: return NUMB;
    case CALFCARE_FLAG_REST_NIGHT_PAIN: return CALFCARE_CARE_RUNNING;
    default: return 0;
    }
}

static void expected_flags(const calfcare_input *in, int present[CALFCARE_FLAG_COUNT], int level[CALFCARE_FLAG_COUNT],
                           int *wells_known, int *wells)
{
    static const int wells_items[] = {
        CALFCARE_DIAGNOSIS_ACTIVE_CANCER,      CALFCARE_DIAGNOSIS_PARALYSIS_OR_CAST, CALFCARE_DIAGNOSIS_BEDRIDDEN_OR_SURGERY,
        CALFCARE_DIAGNOSIS_DEEP_VEIN_TENDERNESS, CALFCARE_DIAGNOSIS_WHOLE_LEG_SWOLLEN, CALFCARE_DIAGNOSIS_PITTING_EDEMA,
        CALFCARE_DIAGNOSIS_COLLATERAL_VEINS,   CALFCARE_DIAGNOSIS_PREVIOUS_DVT};
    int pop = yes(in, CALFCARE_DIAGNOSIS_SUDDEN_POP), weak = yes(in, CALFCARE_DIAGNOSIS_WEAK_PUSH_OFF);
    int sf_signs = yes(in, CALFCARE_DIAGNOSIS_FOCAL_BONE_TENDERNESS) || yes(in, CALFCARE_DIAGNOSIS_PAIN_ON_HOPPING);
    int positive = 0, id;
    size_t i;
    double swell = val(in, CALFCARE_DIAGNOSIS_CALF_SWELLING_CM);

    for (i = 0; i < sizeof wells_items / sizeof wells_items[0]; i++)
        positive += yes(in, wells_items[i]);
    if (swell > 3.0)
        positive++;
    *wells = positive - (yes(in, CALFCARE_DIAGNOSIS_ALTERNATIVE_DIAGNOSIS_LIKELY) ? 2 : 0);
    *wells_known = 0;
    for (id = CALFCARE_DIAGNOSIS_ACTIVE_CANCER; id <= CALFCARE_DIAGNOSIS_ALTERNATIVE_DIAGNOSIS_LIKELY; id++)
        if (calfcare_input_count(in, id))
            *wells_known = 1;
    if (!*wells_known)
        *wells = 0;

    memset(present, 0, CALFCARE_FLAG_COUNT * sizeof *present);
    present[CALFCARE_FLAG_DVT] = positive > 0;
    present[CALFCARE_FLAG_ACHILLES_RUPTURE] =
        yes(in, CALFCARE_DIAGNOSIS_THOMPSON_POSITIVE) || yes(in, CALFCARE_DIAGNOSIS_PALPABLE_GAP) || (pop && weak);
    present[CALFCARE_FLAG_CALF_TEAR] = (pop && !weak) || (weak && !pop) || yes(in, CALFCARE_DIAGNOSIS_BRUISING);
    present[CALFCARE_FLAG_EXERTIONAL] = yes(in, CALFCARE_DIAGNOSIS_PREDICTABLE_EXERTIONAL_PAIN);
    present[CALFCARE_FLAG_STRESS_FRACTURE] = sf_signs;
    present[CALFCARE_FLAG_SYSTEMIC] = yes(in, CALFCARE_DIAGNOSIS_FEVER);
    present[CALFCARE_FLAG_NERVE] = yes(in, CALFCARE_DIAGNOSIS_NUMBNESS) && !yes(in, CALFCARE_DIAGNOSIS_PREDICTABLE_EXERTIONAL_PAIN);
    present[CALFCARE_FLAG_CANNOT_BEAR_WEIGHT] = yes(in, CALFCARE_DIAGNOSIS_CANNOT_WALK_4_STEPS);
    present[CALFCARE_FLAG_REST_NIGHT_PAIN] = yes(in, CALFCARE_DIAGNOSIS_REST_PAIN) || (yes(in, CALFCARE_DIAGNOSIS_NIGHT_PAIN) && !sf_signs);

    level[CALFCARE_FLAG_NONE] = TRI_SELF;
    level[CALFCARE_FLAG_DVT] = *wells >= 2 ? TRI_URG : TRI_SEE;
    level[CALFCARE_FLAG_ACHILLES_RUPTURE] = TRI_URG;
    level[CALFCARE_FLAG_CALF_TEAR] = TRI_SEE;
    level[CALFCARE_FLAG_EXERTIONAL] = TRI_SEE;
    level[CALFCARE_FLAG_STRESS_FRACTURE] = TRI_SEE;
    level[CALFCARE_FLAG_SYSTEMIC] = TRI_URG;
    level[CALFCARE_FLAG_NERVE] = TRI_SEE;
    level[CALFCARE_FLAG_CANNOT_BEAR_WEIGHT] = TRI_URG;
    level[CALFCARE_FLAG_REST_NIGHT_PAIN] = TRI_SEE;
}

/* Apply one operation on the input from the fuzz bytes. */
static void one_op(fz *f, calfcare_input *in)
{
    calfcare_error err;
    calfcare_input before;
    calfcare_status st;
    int id = (int)(fz_u8(f) % (CALFCARE_DIAGNOSIS_FIELD_COUNT + 3)) - 1; /* -1 and ids past the end too */
    const calfcare_input_field *fd = calfcare_input_field_at(CALFCARE_INPUT_SCHEMA_DIAGNOSIS, id);
    double lo = fd ? fd->min : 0, hi = fd ? fd->max : 1;
    unsigned op = fz_u8(f) % 8;

    if (fd && fd->type != CALFCARE_INPUT_FIELD_NUMBER) {
        lo = 0;
        hi = fd->type == CALFCARE_INPUT_FIELD_SWITCH ? 1 : 2;
    }
    memcpy(&before, in, sizeof before);
    switch (op) {
    case 0:
    case 1: /* switches on: red flags are the interesting part */
        st = calfcare_input_set(in, id, fd && fd->type == CALFCARE_INPUT_FIELD_NUMBER ? fz_mostly_valid(f, lo, hi) : 1.0, &err);
        break;
    case 2:
        st = calfcare_input_set(in, id, fz_double(f, lo, hi), &err);
        break;
    case 3: {
        double v[60];
        size_t n = fz_u8(f) % 60, i;
        for (i = 0; i < n; i++)
            v[i] = i % 3 ? fz_mostly_valid(f, lo, hi) : fz_double(f, lo, hi);
        st = calfcare_input_set_list(in, id, v, n, &err);
        break;
    }
    case 4: {
        char text[40];
        size_t n = fz_u8(f) % sizeof text, i;
        for (i = 0; i < n; i++)
            text[i] = (char)fz_u8(f);
        text[n] = '\0';
        st = calfcare_input_set_text(in, id, text, &err);
        break;
    }
    case 5: {
        static const char *const words[] = {"yes", "no", "never", "sometimes", "always", "heel", "midfoot",
                                            "forefoot", "soft", "medium", "firm", "female", "male", "", "YES"};
        st = calfcare_input_set_word(in, id, words[fz_u8(f) % 15], &err);
        break;
    }
    case 6:
        st = calfcare_input_unset(in, id, &err);
        break;
    default:
        st = calfcare_input_set(in, id, 0.0, &err);
        break;
    }
    if (st != CALFCARE_OK) {
        PROP_ERR(st, err);
        PROP(memcmp(&before, in, sizeof before) == 0);
    } else {
        PROP(fd != NULL);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz f = {data, size};
    calfcare_input in, copy;
    calfcare_diagnosis dx;
    calfcare_error err;
    int present[CALFCARE_FLAG_COUNT], level[CALFCARE_FLAG_COUNT], seen[CALFCARE_FLAG_COUNT] = {0};
    int cause_seen[CALFCARE_DIAGNOSIS_CAUSE_COUNT + 1] = {0};
    int wells_known, wells, max_level = TRI_SELF, nflags = 0, i;
    unsigned want_mask = 0, ops = 0, b;
    calfcare_status st;

    PROP(calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, &err) == CALFCARE_OK);
    while (fz_more(&f) && ops++ < 200)
        one_op(&f, &in);

    memcpy(&copy, &in, sizeof copy);
    memset(&dx, 0x5A, sizeof dx);
    st = calfcare_diagnosis_assess(&in, &dx, &err);
    PROP(st == CALFCARE_OK);
    PROP(memcmp(&copy, &in, sizeof copy) == 0);
#ifdef FUZZ_TRACE
    fprintf(stderr, "triage %s flags %u (first %s) wells %d/%d top cause %s %.2f\n",
            calfcare_diagnosis_triage_name(dx.triage), dx.flag_count,
            calfcare_red_flag_name(dx.flag_count ? dx.flags[0].flag : 0), dx.wells_known, dx.wells_score,
            calfcare_diagnosis_cause_name(dx.causes[0].cause), dx.causes[0].score);
#endif

    /* Causes: all five, once each, scores 0..1, sorted, reasons of that cause. */
    for (i = 0; i < CALFCARE_DIAGNOSIS_CAUSE_COUNT; i++) {
        const calfcare_diagnosis_cause_score *c = &dx.causes[i];
        unsigned k;
        PROP(c->cause >= 1 && c->cause <= CALFCARE_DIAGNOSIS_CAUSE_COUNT);
        PROP(!cause_seen[c->cause]);
        cause_seen[c->cause] = 1;
        PROP(c->score >= 0.0 && c->score <= 1.0);
        PROP(c->reason_count <= CALFCARE_DIAGNOSIS_MAX_REASONS);
        PROP((c->reason_count == 0) == (c->score == 0.0));
        for (k = 0; k < c->reason_count; k++) {
            PROP(calfcare_diagnosis_reason_cause(c->reasons[k]) == c->cause);
            PROP(calfcare_reason_lookup(c->reasons[k]) != NULL);
        }
        if (i > 0) {
            PROP(dx.causes[i - 1].score >= c->score);
            if (dx.causes[i - 1].score == c->score)
                PROP(dx.causes[i - 1].cause < c->cause);
        }
    }

    /* Red flags against the independent model of docs/diagnosis.md. */
    expected_flags(&in, present, level, &wells_known, &wells);
    PROP(dx.wells_known == wells_known);
    PROP(dx.wells_score == wells);
    PROP(dx.flag_count <= CALFCARE_DIAGNOSIS_MAX_FLAGS);
    for (i = 0; i < (int)dx.flag_count; i++) {
        const calfcare_diagnosis_flag *fl = &dx.flags[i];
        PROP(fl->flag > CALFCARE_FLAG_NONE && fl->flag < CALFCARE_FLAG_COUNT);
        PROP(!seen[fl->flag]);
        seen[fl->flag] = 1;
        PROP(present[fl->flag]);
        PROP(fl->triage == level[fl->flag]);
        PROP(fl->reason_count >= 1 && fl->reason_count <= CALFCARE_DIAGNOSIS_MAX_REASONS);
        if (i > 0)
            PROP(dx.flags[i - 1].triage >= fl->triage); /* most serious first */
        if (fl->triage > max_level)
            max_level = fl->triage;
    }
    for (i = 1; i < CALFCARE_FLAG_COUNT; i++) {
        PROP(seen[i] == present[i]);
        if (present[i]) {
            nflags++;
            want_mask |= blocks_of(i, &in);
        }
    }
    PROP(dx.triage == max_level);
    if (nflags > 0) {
        PROP(dx.triage != CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE);
        PROP(dx.triage_flag == dx.flags[0].flag);
    } else {
        PROP(dx.triage == CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE);
        PROP(dx.triage_flag == CALFCARE_FLAG_NONE);
    }

    /* Blocked set: exactly the kinds the flags block, each by the most serious flag blocking it. */
    PROP(dx.blocked.mask == want_mask);
    for (b = 0; b < CALFCARE_CARE_KIND_COUNT; b++) {
        int want = CALFCARE_FLAG_NONE;
        for (i = 0; i < (int)dx.flag_count; i++)
            if (blocks_of(dx.flags[i].flag, &in) & (1u << b)) {
                want = dx.flags[i].flag;
                break;
            }
        PROP(dx.blocked.flag[b] == want);
    }

    /* Advice. */
    PROP(dx.advice_count <= CALFCARE_DIAGNOSIS_MAX_ADVICE);
    for (i = 0; i < (int)dx.advice_count; i++) {
        PROP(dx.advice[i].code >= 1200 && dx.advice[i].code <= 1299);
        PROP(calfcare_reason_lookup(dx.advice[i].code) != NULL);
        PROP(good_text(dx.advice[i].text, sizeof dx.advice[i].text));
        PROP(dx.advice[i].text[0] != '\0');
    }
    if (max_level == TRI_URG)
        PROP(dx.advice_count >= 1 && dx.advice[0].code == CALFCARE_DIAGNOSIS_R_SEE_CLINICIAN_TODAY);
    /* The gate: with any red flag no running target and no routine; urgent: referral and first aid only. */
    for (i = 0; nflags > 0 && i < (int)dx.advice_count; i++) {
        int c = dx.advice[i].code;
        PROP(c != CALFCARE_DIAGNOSIS_R_NEXT_WEEK_CAP && c != CALFCARE_DIAGNOSIS_R_NEXT_RUN_CAP && c != CALFCARE_DIAGNOSIS_R_CADENCE_TARGET &&
             c != CALFCARE_DIAGNOSIS_R_SHORTEN_STRIDE && c != CALFCARE_DIAGNOSIS_R_ROUTINE_WARMUP_COOLDOWN &&
             c != CALFCARE_DIAGNOSIS_R_ROUTINE_STRENGTH && c != CALFCARE_DIAGNOSIS_R_RELIEF_FULL);
        if (max_level == TRI_URG)
            PROP(c == CALFCARE_DIAGNOSIS_R_SEE_CLINICIAN_TODAY || c == CALFCARE_DIAGNOSIS_R_SEE_CLINICIAN ||
                 c == CALFCARE_DIAGNOSIS_R_AVOID_BLOCKED_CARE || c == CALFCARE_DIAGNOSIS_R_RELIEF_RICE || c == CALFCARE_DIAGNOSIS_R_RELIEF_REST);
    }
    return 0;
}
