/*
 * libFuzzer target: the progression series functions (weekly check of km and load, weekly totals,
 * single-run spikes, acute:chronic ratio and its series, plan, session load, next-week cap,
 * return-to-run gate and stage advance) with series of any length (1..200) and any values, and
 * output buffers of any given length (0, shorter, exact, longer, SIZE_MAX) followed by guard values.
 *
 * Properties (abort on violation):
 * - nothing is ever written past the length given for a buffer (guards), and a buffer too small
 *   (or of length 0 / SIZE_MAX) gives CALFCARE_E_BUFFER with nothing written at all;
 * - valid inputs and big-enough buffers succeed; any value out of the documented range (re-stated
 *   here) gives CALFCARE_E_INVALID naming the field;
 * - results recomputed independently: weekly totals, over-limit flags and counts, next-week cap,
 *   spike bands and counts, ratio = acute / chronic with its band, the series' last day equal to the
 *   single result; plan weeks never above their limit, cutback weeks every Nth week.
 */
#include "fuzz_common.h"

#define MAXN 200
#define GUARDS 4
static const double GUARD = -12345.678;

static void fill_guard(double *buf, size_t from, size_t to)
{
    size_t i;
    for (i = from; i < to; i++)
        buf[i] = GUARD;
}

static int guards_ok(const double *buf, size_t from, size_t to)
{
    size_t i;
    for (i = from; i < to; i++)
        if (memcmp(&buf[i], &GUARD, sizeof GUARD) != 0)
            return 0;
    return 1;
}

/* A given buffer length for n items: 0, n-1, n, n+2 or SIZE_MAX (the real buffer is MAXN+GUARDS). */
static size_t pick_len(fz *f, size_t n)
{
    switch (fz_u8(f) % 8) {
    case 0: return 0;
    case 1: return n ? n - 1 : 0;
    case 2: return SIZE_MAX;
    case 3: return n + 2 <= MAXN ? n + 2 : n;
    default: return n;
    }
}

static int len_ok(size_t len, size_t need)
{
    return len != 0 && len != SIZE_MAX && len >= need;
}

static int series_valid(const double *x, size_t n, double max)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (!in_range(x[i], 0, max))
            return 0;
    return 1;
}

static int params_valid(const calfcare_progression_params *p)
{
    return in_range(p->max_increase_pct, 1, 50) && p->acute_days >= 1 && p->acute_days <= 364 &&
           p->chronic_days >= 2 && p->chronic_days <= 365 && p->acute_days < p->chronic_days && p->decay >= 1 &&
           p->decay <= 3 && p->coupling >= 1 && p->coupling <= 2 && p->seed >= 1 && p->seed <= 2;
}

static void pick_params(fz *f, calfcare_progression_params *p)
{
    PROP(calfcare_progression_params_init(p, NULL) == CALFCARE_OK);
    if (fz_u8(f) & 1) p->max_increase_pct = fz_double(f, 1, 50);
    if (fz_u8(f) & 1) p->acute_days = (int)(int16_t)fz_u32(f);
    if (fz_u8(f) & 1) p->acute_days = 1 + (int)fz_u8(f) % 30;
    if (fz_u8(f) & 1) p->chronic_days = 2 + (int)fz_u8(f) % 60;
    if (fz_u8(f) & 1) p->chronic_days = (int)fz_u32(f);
    if (fz_u8(f) & 1) p->decay = (int)(int8_t)fz_u8(f) % 5;
    if (fz_u8(f) & 1) p->coupling = (int)(int8_t)fz_u8(f) % 4;
    if (fz_u8(f) & 1) p->seed = (int)(int8_t)fz_u8(f) % 4;
}

static int close_to(double a, double b)
{
    if (isnan(a) || isnan(b))
        return isnan(a) && isnan(b);
    if (a == b) /* also equal infinities (a subnormal week before gives +inf) */
        return 1;
    return fabs(a - b) <= 1e-9 * (1.0 + fabs(a) + fabs(b));
}

static void weekly(fz *f, const double *x, size_t n, int load)
{
    calfcare_progression_params p;
    calfcare_progression_weekly_result r;
    calfcare_error err;
    double chg[MAXN + GUARDS];
    unsigned char over[MAXN + GUARDS], ucopy[MAXN + GUARDS];
    size_t lc, lo, i, nover = 0;
    calfcare_status st;
    double max = load ? CALFCARE_PROGRESSION_MAX_WEEKLY_LOAD : CALFCARE_PROGRESSION_MAX_WEEKLY_KM;

    pick_params(f, &p);
    lc = pick_len(f, n);
    lo = pick_len(f, n);
    fill_guard(chg, 0, MAXN + GUARDS);
    memset(over, GUARD_BYTE, sizeof over);
    memcpy(ucopy, over, sizeof over);
    st = (load ? calfcare_progression_check_weekly_load : calfcare_progression_check_weekly)(
        x, n, &p, chg, lc, over, lo, &r, &err);
    if (n == 0) {
        PROP(st == CALFCARE_E_INVALID || st == CALFCARE_E_BUFFER);
        PROP_ERR(st, err);
        PROP(guards_ok(chg, 0, MAXN + GUARDS) && memcmp(over, ucopy, sizeof over) == 0);
        return;
    }
    /* Never past the given lengths; nothing at all unless it succeeded. */
    PROP(guards_ok(chg, st == CALFCARE_OK ? n : 0, MAXN + GUARDS));
    PROP(memcmp(over + (st == CALFCARE_OK ? n : 0), ucopy, sizeof over - (st == CALFCARE_OK ? n : 0)) == 0);
    if (!series_valid(x, n, max) || !params_valid(&p)) {
        PROP(st == CALFCARE_E_INVALID || st == CALFCARE_E_BUFFER);
        PROP_ERR(st, err);
        return;
    }
    if (!len_ok(lc, n) || !len_ok(lo, n)) {
        PROP(st == CALFCARE_E_BUFFER);
        PROP_ERR(st, err);
        return;
    }
    PROP(st == CALFCARE_OK);
    PROP(r.count == n);
    PROP(isnan(chg[0]) && over[0] == 0);
    for (i = 1; i < n; i++) {
        double lim = x[i - 1] * (1 + p.max_increase_pct / 100);
        PROP(over[i] == 0 || over[i] == 1);
        /* Away from the rounding margin the flag is exact. */
        if (x[i] > lim * (1 + 1e-6) + 1e-9)
            PROP(over[i] == 1);
        if (x[i] < lim * (1 - 1e-6))
            PROP(over[i] == 0);
#ifdef FUZZ_TRACE
        fprintf(stderr, "x %.17g -> %.17g chg %.17g\n", x[i - 1], x[i], chg[i]);
#endif
        PROP(close_to(chg[i], x[i - 1] == 0 ? NAN : (x[i] / x[i - 1] - 1) * 100));
        nover += over[i];
    }
    PROP(r.over_limit_count == nover);
    PROP(close_to(r.next_week_max, x[n - 1] * (1 + p.max_increase_pct / 100)));
    PROP(r.advice_count <= CALFCARE_PROGRESSION_MAX_ADVICE);
}

static void totals(fz *f, const double *x, size_t n, int load)
{
    double w[MAXN + GUARDS];
    size_t len = pick_len(f, n / 7), wn = 12345, k, need = n / 7 ? n / 7 : 1;
    calfcare_error err;
    calfcare_status st;
    double max = load ? CALFCARE_PROGRESSION_MAX_DAILY_LOAD : CALFCARE_PROGRESSION_MAX_DAILY_KM;
    fill_guard(w, 0, MAXN + GUARDS);
    st = (load ? calfcare_progression_weekly_load_totals : calfcare_progression_weekly_totals)(x, n, w, len, &wn, &err);
    if (n == 0) {
        PROP(st == CALFCARE_E_INVALID || st == CALFCARE_E_BUFFER);
        PROP_ERR(st, err);
        PROP(guards_ok(w, 0, MAXN + GUARDS));
        return;
    }
    PROP(guards_ok(w, st == CALFCARE_OK ? n / 7 : 0, MAXN + GUARDS));
    if (!series_valid(x, n, max)) {
        PROP(st == CALFCARE_E_INVALID || st == CALFCARE_E_BUFFER);
        PROP_ERR(st, err);
        return;
    }
    if (!len_ok(len, need)) {
        PROP(st == CALFCARE_E_BUFFER);
        PROP_ERR(st, err);
        return;
    }
    PROP(st == CALFCARE_OK);
    PROP(wn == n / 7);
    for (k = 0; k < wn; k++) {
        double sum = 0;
        size_t d;
        for (d = 0; d < 7; d++)
            sum += x[n % 7 + 7 * k + d];
        PROP(fabs(sum - w[k]) <= 1e-9 * (1 + sum));
    }
}

static void spikes(fz *f, const double *x, size_t n)
{
    double day[MAXN], sp[MAXN + GUARDS], next_day;
    unsigned char band[MAXN + GUARDS], bcopy[MAXN + GUARDS];
    calfcare_progression_spike_result r;
    calfcare_error err;
    calfcare_status st;
    size_t i, ls = pick_len(f, n), lb = pick_len(f, n), counts[CALFCARE_PROGRESSION_BAND_COUNT] = {0};
    int days_ok = 1;
    double d = fz_u8(f) & 1 ? fz_double(f, 0, 1e7) : floor(fz_u8(f) * 100.0);

    if (n == 0) {
        fill_guard(sp, 0, MAXN + GUARDS);
        st = calfcare_progression_spikes(day, 0, x, 0, 100, sp, ls, band, lb, &r, &err);
        PROP(st == CALFCARE_E_INVALID || st == CALFCARE_E_BUFFER);
        PROP_ERR(st, err);
        PROP(guards_ok(sp, 0, MAXN + GUARDS));
        return;
    }

    for (i = 0; i < n; i++) {
        unsigned k = fz_u8(f);
        if (k < 250)
            d += k % 9; /* same day .. 8 days later */
        else
            d = fz_double(f, 0, 1e7); /* anything, maybe decreasing or fractional */
        day[i] = d;
        if (!whole_in_range(d, 0, 1e7) || (i && d < day[i - 1]))
            days_ok = 0;
    }
    next_day = fz_u8(f) & 1 ? day[n - 1] + 1 : fz_double(f, day[n - 1], day[n - 1] + 40);
    /* progression.c accepts next_day up to MAX_DAY + 400 (undocumented in the header; see report). */
    if (!whole_in_range(next_day, 0, 1e7 + 400) || next_day < day[n - 1])
        days_ok = 0;
    fill_guard(sp, 0, MAXN + GUARDS);
    memset(band, GUARD_BYTE, sizeof band);
    memcpy(bcopy, band, sizeof band);
    st = calfcare_progression_spikes(day, n, x, n, next_day, sp, ls, band, lb, &r, &err);
    PROP(guards_ok(sp, st == CALFCARE_OK ? n : 0, MAXN + GUARDS));
    PROP(memcmp(band + (st == CALFCARE_OK ? n : 0), bcopy, sizeof band - (st == CALFCARE_OK ? n : 0)) == 0);
#ifdef FUZZ_TRACE
    for (i = 0; i < n; i++)
        fprintf(stderr, "run %zu day %.17g km %.17g\n", i, day[i], x[i]);
    fprintf(stderr, "next_day %.17g st %d days_ok %d\n", next_day, st, days_ok);
#endif
    if (!days_ok || !series_valid(x, n, CALFCARE_PROGRESSION_MAX_DAILY_KM)) {
        PROP(st == CALFCARE_E_INVALID || st == CALFCARE_E_BUFFER);
        PROP_ERR(st, err);
        return;
    }
    if (!len_ok(ls, n) || !len_ok(lb, n)) {
        PROP(st == CALFCARE_E_BUFFER);
        PROP_ERR(st, err);
        return;
    }
    PROP(st == CALFCARE_OK);
    PROP(r.count == n);
    for (i = 0; i < n; i++) {
        /* Reference: the longest run of the 30 days before (same-day runs not included). */
        double ref = 0;
        size_t j;
        for (j = 0; j < i; j++)
            if (day[j] >= day[i] - 30 && day[j] < day[i] && x[j] > ref)
                ref = x[j];
        PROP(band[i] < CALFCARE_PROGRESSION_BAND_COUNT);
        PROP(band[i] == (unsigned char)calfcare_progression_spike_classify(sp[i]));
        PROP(close_to(sp[i], ref > 0 ? (x[i] / ref - 1) * 100 : NAN));
        counts[band[i]]++;
    }
    for (i = 0; i < CALFCARE_PROGRESSION_BAND_COUNT; i++)
        PROP(counts[i] == r.band_count[i]);
    PROP(close_to(r.next_run_max_km, 1.10 * r.longest_30d_km));
}

static void acwr(fz *f, const double *x, size_t n)
{
    calfcare_progression_params p;
    calfcare_progression_acwr_result r, r2;
    calfcare_error err;
    double a[MAXN + GUARDS], c[MAXN + GUARDS], q[MAXN + GUARDS];
    size_t la, lc, lq, i;
    calfcare_status st;

    pick_params(f, &p);
    la = pick_len(f, n);
    lc = pick_len(f, n);
    lq = pick_len(f, n);
    st = calfcare_progression_acwr(x, n, &p, &r, &err);
    if (n == 0) {
        PROP(st == CALFCARE_E_INVALID || st == CALFCARE_E_BUFFER);
        PROP_ERR(st, err);
        fill_guard(a, 0, MAXN + GUARDS);
        st = calfcare_progression_acwr_series(x, 0, &p, a, la, a, lc, a, lq, &r2, &err);
        PROP(st < 0 && guards_ok(a, 0, MAXN + GUARDS));
        return;
    }
    if (!series_valid(x, n, CALFCARE_PROGRESSION_MAX_DAILY_LOAD) || !params_valid(&p)) {
        PROP(st == CALFCARE_E_INVALID);
        PROP_ERR(st, err);
    } else {
        PROP(st == CALFCARE_OK);
        PROP(r.days == n);
        PROP(r.acute >= 0 && isfinite(r.acute) && r.chronic >= 0 && isfinite(r.chronic));
        PROP(close_to(r.ratio, r.chronic == 0 ? NAN : r.acute / r.chronic));
        PROP(r.band == calfcare_progression_acwr_classify(r.ratio));
        PROP(r.settled == 0 || r.settled == 1);
        PROP(close_to(r.lambda_acute, calfcare_progression_lambda(p.decay, p.acute_days)));
        PROP(close_to(r.lambda_chronic, calfcare_progression_lambda(p.decay, p.chronic_days)));
    }
    fill_guard(a, 0, MAXN + GUARDS);
    fill_guard(c, 0, MAXN + GUARDS);
    fill_guard(q, 0, MAXN + GUARDS);
    st = calfcare_progression_acwr_series(x, n, &p, a, la, c, lc, q, lq, &r2, &err);
    PROP(guards_ok(a, st == CALFCARE_OK ? n : 0, MAXN + GUARDS));
    PROP(guards_ok(c, st == CALFCARE_OK ? n : 0, MAXN + GUARDS));
    PROP(guards_ok(q, st == CALFCARE_OK ? n : 0, MAXN + GUARDS));
    if (!series_valid(x, n, CALFCARE_PROGRESSION_MAX_DAILY_LOAD) || !params_valid(&p)) {
        PROP(st == CALFCARE_E_INVALID || st == CALFCARE_E_BUFFER);
        PROP_ERR(st, err);
        return;
    }
    if (!len_ok(la, n) || !len_ok(lc, n) || !len_ok(lq, n)) {
        PROP(st == CALFCARE_E_BUFFER);
        PROP_ERR(st, err);
        return;
    }
    PROP(st == CALFCARE_OK);
    PROP(close_to(a[n - 1], r.acute) && close_to(c[n - 1], r.chronic) && close_to(q[n - 1], r.ratio));
    PROP(close_to(r2.ratio, r.ratio) && r2.band == r.band && r2.settled == r.settled);
    for (i = 0; i < n; i++)
        PROP(a[i] >= 0 && c[i] >= 0 && (isnan(q[i]) || q[i] >= 0));
}

static void plan(fz *f)
{
    calfcare_progression_plan_params pp;
    calfcare_progression_plan pl;
    calfcare_error err;
    calfcare_status st;
    size_t i;
    int valid;
    PROP(calfcare_progression_plan_params_init(&pp, NULL) == CALFCARE_OK);
    pp.current_km = fz_mostly_valid(f, 1, 1000);
    pp.target_km = fz_mostly_valid(f, 0, 1000);
    if (fz_u8(f) & 1) pp.max_increase_pct = fz_double(f, 1, 50);
    if (fz_u8(f) & 1) pp.cutback_every = (int)(int8_t)fz_u8(f);
    if (fz_u8(f) & 1) pp.cutback_pct = fz_double(f, 10, 40);
    if (fz_u8(f) & 1) pp.weeks = (int)(int16_t)fz_u32(f) % 200;
    valid = in_range(pp.current_km, 1, 1000) && in_range(pp.target_km, 0, 1000) &&
            in_range(pp.max_increase_pct, 1, 50) && pp.cutback_every >= 2 && pp.cutback_every <= 6 &&
            in_range(pp.cutback_pct, 10, 40) && pp.weeks >= 0 && pp.weeks <= CALFCARE_PROGRESSION_PLAN_MAX_WEEKS;
    st = calfcare_progression_make_plan(&pp, &pl, &err);
    if (!valid) {
        PROP(st == CALFCARE_E_INVALID);
        PROP_ERR(st, err);
        return;
    }
    PROP(st == CALFCARE_OK);
    PROP(pl.count >= 1 && pl.count <= CALFCARE_PROGRESSION_PLAN_MAX_WEEKS);
    if (pp.weeks)
        PROP(pl.count == (size_t)pp.weeks);
    PROP(pl.reached_week >= 0 && (size_t)pl.reached_week <= pl.count);
    for (i = 0; i < pl.count; i++) {
        const calfcare_progression_plan_week *w = &pl.week[i];
        PROP(w->week == (int)i + 1);
        PROP(w->cutback == (w->week % pp.cutback_every == 0));
        PROP(w->km >= 0 && isfinite(w->km));
        PROP(w->km <= w->limit_km * (1 + 1e-12));
        if (!w->cutback)
            PROP(w->km <= pp.target_km || w->km <= pp.current_km * (1 + 1e-12));
    }
}

static void scalars(fz *f)
{
    calfcare_error err;
    calfcare_status st;
    double out = GUARD, a = fz_double(f, 0, 1440), b = fz_double(f, 0, 10);
    st = calfcare_progression_session_load(a, b, &out, &err);
    if (in_range(a, 0, 1440) && in_range(b, 0, 10))
        PROP(st == CALFCARE_OK && close_to(out, a * b));
    else
        PROP(st == CALFCARE_E_INVALID && memcmp(&out, &GUARD, sizeof out) == 0);
    a = fz_double(f, 0, 1000);
    b = fz_double(f, 1, 50);
    out = GUARD;
    st = calfcare_progression_next_week_max(a, b, &out, &err);
    if (in_range(a, 0, 1000) && in_range(b, 1, 50))
        PROP(st == CALFCARE_OK && close_to(out, a * (1 + b / 100)));
    else
        PROP(st == CALFCARE_E_INVALID);
    {
        int stage = (int)(int8_t)fz_u8(f), streak = (int)(int8_t)fz_u8(f), pf = (int)(int8_t)fz_u8(f);
        int ns = -99, nk = -99;
        st = calfcare_progression_rtr_advance(stage, streak, pf, &ns, &nk, &err);
#ifdef FUZZ_TRACE
        fprintf(stderr, "rtr_advance(%d, %d, %d) = %d -> %d, %d\n", stage, streak, pf, st, ns, nk);
#endif
        if (stage >= 1 && stage <= CALFCARE_PROGRESSION_RTR_STAGES && streak >= 0 && streak <= 1 && (pf == 0 || pf == 1)) {
            PROP(st == CALFCARE_OK);
            /* STAGES + 1 means "done" after the last stage (progression.c; not in the header's doc). */
            PROP(ns >= 1 && ns <= CALFCARE_PROGRESSION_RTR_STAGES + 1 && nk >= 0 && nk <= 1);
            PROP(ns <= stage + 1 && ns >= stage - 1);
            if (ns == CALFCARE_PROGRESSION_RTR_STAGES + 1)
                PROP(stage == CALFCARE_PROGRESSION_RTR_STAGES);
            if (!pf)
                PROP(ns == (stage > 1 ? stage - 1 : 1) && nk == 0);
        } else {
            PROP(st == CALFCARE_E_INVALID);
            PROP(ns == -99 && nk == -99);
        }
    }
    {
        calfcare_progression_rtr_gate_input gi;
        calfcare_progression_rtr_gate_result gr;
        PROP(calfcare_progression_rtr_gate_input_init(&gi, NULL) == CALFCARE_OK);
        if (fz_u8(f) & 1) gi.walk_pain_free = (int)(int8_t)fz_u8(f) % 3;
        if (fz_u8(f) & 1) gi.hop_pain_free = (int)(int8_t)fz_u8(f) % 3;
        if (fz_u8(f) & 1) gi.heel_raises_left = (int)fz_u8(f) - 2;   /* -2 .. 253: both edges of 0-200 */
        if (fz_u8(f) & 1) gi.heel_raises_right = (int)fz_u8(f) - 2;
        st = calfcare_progression_rtr_gate_check(&gi, &gr, &err);
        if (st == CALFCARE_OK) {
            int i, any_fail = 0, any_unknown = 0;
            for (i = 0; i < CALFCARE_PROGRESSION_RTR_GATE_ITEMS; i++) {
                PROP(gr.item[i] >= -1 && gr.item[i] <= 1);
                any_fail |= gr.item[i] == 0;
                any_unknown |= gr.item[i] == -1;
            }
            PROP(gr.passed == (any_fail ? 0 : any_unknown ? -1 : 1));
            if (gi.walk_pain_free == 0 || gi.hop_pain_free == 0)
                PROP(gr.passed == 0);
        } else {
            PROP(st == CALFCARE_E_INVALID);
            PROP_ERR(st, err);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz f = {data, size};
    double x[MAXN];
    unsigned what = fz_u8(&f) % 9;
    size_t n = 1 + fz_u8(&f) % MAXN, i;
    double max = what == 1 ? CALFCARE_PROGRESSION_MAX_WEEKLY_LOAD
                 : what == 0 ? CALFCARE_PROGRESSION_MAX_WEEKLY_KM
                 : what == 3 || what == 5 ? CALFCARE_PROGRESSION_MAX_DAILY_LOAD
                             : CALFCARE_PROGRESSION_MAX_DAILY_KM;
    if (fz_u8(&f) & 1)
        n = 1 + n % 16;
    if (fz_u8(&f) == 0xEE)
        n = 0; /* an empty series: refused, nothing written */
    for (i = 0; i < n; i++)
        x[i] = fz_u8(&f) < 250 ? fz_mostly_valid(&f, 0, max / 8) : fz_double(&f, 0, max);
    switch (what) {
    case 0: weekly(&f, x, n, 0); break;
    case 1: weekly(&f, x, n, 1); break;
    case 2: totals(&f, x, n, 0); break;
    case 3: totals(&f, x, n, 1); break;
    case 4: spikes(&f, x, n); break;
    case 5: acwr(&f, x, n); break;
    case 6: plan(&f); break;
    default: scalars(&f); break;
    }
    return 0;
}
