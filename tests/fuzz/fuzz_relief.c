/*
 * libFuzzer target: calfcare_relief_build() with any protocol id, parameters (NaN, infinities,
 * huge, negative, fractional) and blocked sets (any mask, any flag values, or NULL), plus
 * calfcare_relief_block().
 *
 * Properties (abort on violation):
 * - out-of-range parameters or an unknown id give CALFCARE_E_INVALID naming the field (the ranges
 *   are re-stated here from relief.h, independently of the library's table); accepted ones build;
 * - a built protocol: 1..64 steps, valid kinds and sides, durations 1 s..20 min, start_ms the sum
 *   of the earlier durations, total_ms their sum, no step of a blocked care kind, no ice step when
 *   the last ice ended under 60 min ago, advice codes known;
 * - a refusal zero-fills the protocol except the blocked_* fields on CALFCARE_E_BLOCKED, which name
 *   a blocked care kind and the flag the caller gave for it;
 * - the same call twice gives the same protocol (no hidden state).
 */
#include "fuzz_common.h"

static int params_valid(const calfcare_relief_params *p, const char **field)
{
    if (!in_range(p->ice_min, 15, 20)) return *field = "ice_min", 0;
    if (!in_range(p->hold_s, 20, 30)) return *field = "hold_s", 0;
    if (!whole_in_range(p->reps, 1, 5)) return *field = "reps", 0;
    if (!in_range(p->roll_s, 30, 120)) return *field = "roll_s", 0;
    if (!whole_in_range(p->sets, 1, 3)) return *field = "sets", 0;
    if (!whole_in_range(p->week, 1, 52)) return *field = "week", 0;
    if (!(p->last_ice_ended_min_ago == CALFCARE_RELIEF_ICE_UNKNOWN || in_range(p->last_ice_ended_min_ago, 0, 525600)))
        return *field = "last_ice_ended_min_ago", 0;
    if (!whole_in_range(p->ice_rounds, 1, 2)) return *field = "ice_rounds", 0;
    if (!whole_in_range(p->tool, 0, 1)) return *field = "tool", 0;
    return 1;
}

/* An int member (reps, sets, week, ice_rounds, tool): a whole value around its range goes into the
 * struct directly (the builder checks it); any other number (a fraction, NaN, infinite, huge) goes
 * through the table's setter (calfcare/params.h), which must refuse it naming the member and leave
 * the struct unchanged. */
static void fuzz_int_member(fz *f, calfcare_relief_params *p, const char *name, double lo, double hi)
{
    calfcare_relief_params before = *p;
    calfcare_error err;
    double v = fz_double(f, lo, hi);
    int id;
    PROP(calfcare_params_field_parse(CALFCARE_PARAMS_TABLE_RELIEF, name, &id, NULL) == CALFCARE_OK);
    if (isfinite(v) && floor(v) == v && fabs(v) <= 1e9) {
        int w = (int)v;
        memcpy((char *)p + calfcare_params_field_at(CALFCARE_PARAMS_TABLE_RELIEF, id)->offset, &w, sizeof w);
    } else {
        PROP(calfcare_params_set(CALFCARE_PARAMS_TABLE_RELIEF, p, sizeof *p, id, v, &err) == CALFCARE_E_INVALID);
        PROP(strcmp(err.field, name) == 0);
        PROP(memcmp(&before, p, sizeof *p) == 0);
    }
}

/* Would protocol id `id` contain a step of this care kind? (relief.h: the step lists) */
static int has_care(int id, unsigned care)
{
    switch (id) {
    case CALFCARE_RELIEF_RICE: return care == CALFCARE_CARE_ICE || care == CALFCARE_CARE_COMPRESSION;
    case CALFCARE_RELIEF_STRETCH:
    case CALFCARE_RELIEF_COOLDOWN: return care == CALFCARE_CARE_STRETCH;
    case CALFCARE_RELIEF_ROLL: return care == CALFCARE_CARE_FOAM_ROLL;
    case CALFCARE_RELIEF_FULL:
        return care == CALFCARE_CARE_ICE || care == CALFCARE_CARE_COMPRESSION || care == CALFCARE_CARE_STRETCH ||
               care == CALFCARE_CARE_FOAM_ROLL;
    case CALFCARE_RELIEF_WARMUP:
    case CALFCARE_RELIEF_STRENGTH: return care == CALFCARE_CARE_RUNNING;
    default: return 0;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz f = {data, size};
    calfcare_relief_params p;
    calfcare_relief_protocol out, again;
    calfcare_blocked blocked;
    calfcare_error err;
    calfcare_status st;
    const calfcare_blocked *bp = &blocked;
    const char *bad_field = NULL;
    int id, i, valid;
    unsigned b, kinds_mask = CALFCARE_CARE_MASSAGE | CALFCARE_CARE_FOAM_ROLL | CALFCARE_CARE_STRETCH |
                                     CALFCARE_CARE_ICE | CALFCARE_CARE_RUNNING | CALFCARE_CARE_COMPRESSION;
    uint32_t sum = 0;

    PROP(calfcare_relief_params_init(&p, &err) == CALFCARE_OK);
    id = (int)(int8_t)fz_u8(&f);
    if (fz_u8(&f) & 1)
        id = 1 + (int)((unsigned)(id & 0xff) % 9); /* mostly ids 1..9 (9 is one past the end) */
    /* Each member: default, or a value around its range. */
    if (fz_u8(&f) & 1) p.ice_min = fz_double(&f, 15, 20);
    if (fz_u8(&f) & 1) p.hold_s = fz_double(&f, 20, 30);
    if (fz_u8(&f) & 1) fuzz_int_member(&f, &p, "reps", 1, 5);
    if (fz_u8(&f) & 1) p.roll_s = fz_double(&f, 30, 120);
    if (fz_u8(&f) & 1) fuzz_int_member(&f, &p, "sets", 1, 3);
    if (fz_u8(&f) & 1) fuzz_int_member(&f, &p, "week", 1, 52);
    if (fz_u8(&f) & 1) p.last_ice_ended_min_ago = fz_double(&f, 0, 525600);
    if (fz_u8(&f) & 1) fuzz_int_member(&f, &p, "ice_rounds", 1, 2);
    if (fz_u8(&f) & 1) fuzz_int_member(&f, &p, "tool", 0, 1);

    memset(&blocked, 0, sizeof blocked);
    switch (fz_u8(&f) % 4) {
    case 0:
        bp = NULL;
        break;
    case 1: /* through the helper, any arguments */
        for (i = fz_u8(&f) % 4; i > 0; i--) {
            unsigned care = fz_u8(&f) % 40;
            int flag = (int)(int8_t)fz_u8(&f);
            calfcare_blocked before = blocked;
            st = calfcare_relief_block(&blocked, care, flag, &err);
            if (st == CALFCARE_OK) {
                PROP(care && (care & (care - 1)) == 0 && (care & kinds_mask));
                PROP((flag >= 1 && flag < CALFCARE_FLAG_COUNT) || flag == CALFCARE_FLAG_UNNAMED);
            } else {
                PROP_ERR(st, err);
                PROP(memcmp(&before, &blocked, sizeof blocked) == 0);
            }
        }
        break;
    default: /* raw: any mask bits, any flag values */
        blocked.mask = fz_u32(&f);
        for (b = 0; b < CALFCARE_CARE_KIND_COUNT; b++)
            blocked.flag[b] = (int)fz_u32(&f);
        break;
    }

    memset(&out, 0x5A, sizeof out);
    st = calfcare_relief_build(id, &p, bp, &out, &err);
    valid = params_valid(&p, &bad_field);

    if (id < CALFCARE_RELIEF_RICE || id > CALFCARE_RELIEF_REST) {
        PROP(st == CALFCARE_E_INVALID);
        PROP(strcmp(err.field, "protocol") == 0);
    } else if (!valid) {
        PROP(st == CALFCARE_E_INVALID);
        PROP(strcmp(err.field, bad_field) == 0);
    } else if (p.tool == CALFCARE_RELIEF_TOOL_BALL && id != CALFCARE_RELIEF_ROLL && id != CALFCARE_RELIEF_FULL) {
        PROP(st == CALFCARE_E_INVALID); /* the ball only where something rolls */
        PROP(strcmp(err.field, "tool") == 0);
    } else {
        unsigned want_block = 0;
        for (b = 0; b < CALFCARE_CARE_KIND_COUNT; b++)
            if (bp && (bp->mask & (1u << b)) && has_care(id, 1u << b))
                want_block |= 1u << b;
        if (want_block) {
            PROP(st == CALFCARE_E_BLOCKED);
        } else if (has_care(id, CALFCARE_CARE_ICE) && p.last_ice_ended_min_ago != CALFCARE_RELIEF_ICE_UNKNOWN &&
                   p.last_ice_ended_min_ago < 60.0) {
            PROP(st == CALFCARE_E_TOO_SOON);
            PROP(strcmp(err.field, "last_ice_ended_min_ago") == 0);
        } else {
            PROP(st == CALFCARE_OK);
        }
    }

    if (st != CALFCARE_OK) {
        calfcare_relief_protocol zero;
        PROP_ERR(st, err);
        memset(&zero, 0, sizeof zero);
        if (st == CALFCARE_E_BLOCKED) {
            int bit = -1;
            PROP(out.blocked_care != 0 && (out.blocked_care & (out.blocked_care - 1)) == 0);
            PROP(bp && (bp->mask & out.blocked_care));
            for (b = 0; b < CALFCARE_CARE_KIND_COUNT; b++)
                if (out.blocked_care == 1u << b)
                    bit = (int)b;
            PROP(bit >= 0 && out.blocked_flag == bp->flag[bit]);
            PROP(out.blocked_kind >= CALFCARE_RELIEF_STEP_REST && out.blocked_kind <= CALFCARE_RELIEF_STEP_MASSAGE_BALL);
            zero.blocked_care = out.blocked_care;
            zero.blocked_flag = out.blocked_flag;
            zero.blocked_kind = out.blocked_kind;
        }
        PROP(memcmp(&zero, &out, sizeof out) == 0);
        return 0;
    }

    PROP(out.protocol == id);
    PROP(out.count >= 1 && out.count <= CALFCARE_RELIEF_MAX_STEPS);
    PROP(out.advice_count <= CALFCARE_RELIEF_MAX_ADVICE);
    PROP(out.blocked_care == 0 && out.blocked_flag == 0 && out.blocked_kind == 0);
    PROP(out.week == (id == CALFCARE_RELIEF_STRENGTH ? (unsigned)p.week : 0u));
    for (i = 0; i < (int)out.count; i++) {
        const calfcare_relief_step *s = &out.steps[i];
        PROP(s->kind >= CALFCARE_RELIEF_STEP_REST && s->kind <= CALFCARE_RELIEF_STEP_MASSAGE_BALL);
        PROP(s->side >= CALFCARE_RELIEF_SIDE_NONE && s->side <= CALFCARE_RELIEF_SIDE_RIGHT);
        PROP(s->duration_ms >= 1000u && s->duration_ms <= 1200000u);
        PROP(s->start_ms == sum);
        PROP(calfcare_reason_lookup(s->cue) != NULL);
        PROP(!(bp && (bp->mask & s->care)));
        PROP(s->flags <= 7u);
        if (s->kind == CALFCARE_RELIEF_STEP_ICE)
            PROP(fabs(s->duration_ms - (p.ice_rounds == 2 ? 10.0 : p.ice_min) * 60000.0) <= 0.5); /* 10 on, 10 off, 10 on */
        sum += s->duration_ms;
    }
    PROP(out.total_ms == sum);
    for (i = 0; i < (int)out.advice_count; i++)
        PROP(calfcare_reason_lookup(out.advice[i]) != NULL);

    /* Deterministic: a second build gives the same bytes where it wrote (zero-fill first). */
    memset(&again, 0xC3, sizeof again);
    PROP(calfcare_relief_build(id, &p, bp, &again, NULL) == CALFCARE_OK);
    PROP(again.count == out.count && again.total_ms == out.total_ms);
    PROP(memcmp(again.steps, out.steps, sizeof out.steps) == 0);
    return 0;
}
