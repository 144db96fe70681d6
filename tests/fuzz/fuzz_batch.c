/*
 * libFuzzer target: calfcare_progression_batch() and calfcare_progression_batch_acwr() with any
 * runners x days shape (including 0 and lengths that do not match), any daily distances, and result
 * buffers of any given length followed by guard values.
 *
 * Properties (abort on violation):
 * - nothing is written past the length given (guards); a result buffer too small, or of length 0
 *   or SIZE_MAX, gives CALFCARE_E_BUFFER and writes nothing; a daily_km length that is not
 *   runners x days gives CALFCARE_E_BUFFER; zero runners or days give CALFCARE_E_INVALID;
 * - every row equals the single-runner functions on the same runner's days (as batch's
 *   documentation promises): weekly totals + weekly check, spikes, acute:chronic ratio, total;
 * - batch_acwr's ratios equal calfcare_progression_acwr_series() per runner.
 */
#include "fuzz_common.h"

#define MAXR 8
#define MAXD 120
#define COLS CALFCARE_PROGRESSION_BATCH_COLUMNS
#define GUARDS 6
static const double GUARD = -777.25;

static int same(double a, double b)
{
    if (isnan(a) || isnan(b))
        return isnan(a) && isnan(b);
    if (a == b)
        return 1;
    return fabs(a - b) <= 1e-9 * (1.0 + fabs(a) + fabs(b));
}

static int guards_ok(const double *buf, size_t from, size_t to)
{
    size_t i;
    for (i = from; i < to; i++)
        if (memcmp(&buf[i], &GUARD, sizeof GUARD) != 0)
            return 0;
    return 1;
}

/* Row r of the batch against the single-runner functions. */
static void check_row(const double *x, size_t days, const calfcare_progression_params *p, const double *row)
{
    double weeks[MAXD / 7 + 1], chg[MAXD / 7 + 1], day[MAXD], km[MAXD], sp[MAXD];
    unsigned char over[MAXD / 7 + 1], band[MAXD];
    size_t nw = 0, d, nr = 0;
    calfcare_progression_weekly_result wr;
    calfcare_progression_spike_result sr;
    calfcare_progression_acwr_result ar;
    double total = 0, longest = 0;

    int weeks_checkable = 1;
    PROP(calfcare_progression_weekly_totals(x, days, weeks, MAXD / 7 + 1, &nw, NULL) == CALFCARE_OK);
    /* Inconsistency (reported): 7 days of up to 320 km make weeks of up to 2240 km, which batch
     * accepts but calfcare_progression_check_weekly() refuses (weekly_km 0..1000). */
    for (d = 0; d < nw; d++)
        if (weeks[d] > CALFCARE_PROGRESSION_MAX_WEEKLY_KM)
            weeks_checkable = 0;
    if (nw >= 1 && !weeks_checkable) {
        PROP(calfcare_progression_check_weekly(weeks, nw, p, chg, nw, over, nw, &wr, NULL) == CALFCARE_E_INVALID);
        PROP(same(row[CALFCARE_PROGRESSION_COL_LAST_WEEK_KM], weeks[nw - 1]));
    } else if (nw >= 1) {
        PROP(calfcare_progression_check_weekly(weeks, nw, p, chg, nw, over, nw, &wr, NULL) == CALFCARE_OK);
        PROP(same(row[CALFCARE_PROGRESSION_COL_LAST_WEEK_KM], weeks[nw - 1]));
        PROP(same(row[CALFCARE_PROGRESSION_COL_CHANGE_PCT], wr.last_change_pct));
        PROP(same(row[CALFCARE_PROGRESSION_COL_NEXT_WEEK_MAX_KM], wr.next_week_max));
        PROP(row[CALFCARE_PROGRESSION_COL_WEEKS_OVER_LIMIT] == (double)wr.over_limit_count);
    } else {
        PROP(isnan(row[CALFCARE_PROGRESSION_COL_LAST_WEEK_KM]));
        PROP(isnan(row[CALFCARE_PROGRESSION_COL_NEXT_WEEK_MAX_KM]));
        PROP(row[CALFCARE_PROGRESSION_COL_WEEKS_OVER_LIMIT] == 0);
    }
    for (d = 0; d < days; d++) {
        total += x[d];
        if (x[d] > 0) {
            day[nr] = (double)d;
            km[nr] = x[d];
            nr++;
        }
        if (d + 30 >= days && x[d] > longest)
            longest = x[d];
    }
    PROP(same(row[CALFCARE_PROGRESSION_COL_TOTAL_KM], total));
    PROP(same(row[CALFCARE_PROGRESSION_COL_LONGEST_30D_KM], longest));
    PROP(same(row[CALFCARE_PROGRESSION_COL_NEXT_RUN_MAX_KM], 1.10 * longest));
    if (nr) {
        PROP(calfcare_progression_spikes(day, nr, km, nr, (double)days, sp, nr, band, nr, &sr, NULL) == CALFCARE_OK);
        PROP(same(row[CALFCARE_PROGRESSION_COL_LAST_SPIKE_PCT], sp[nr - 1]));
        PROP(row[CALFCARE_PROGRESSION_COL_LAST_BAND] == (double)band[nr - 1]);
        PROP(same(sr.longest_30d_km, longest));
    } else {
        PROP(isnan(row[CALFCARE_PROGRESSION_COL_LAST_SPIKE_PCT]));
        PROP(row[CALFCARE_PROGRESSION_COL_LAST_BAND] == CALFCARE_PROGRESSION_BAND_NO_REFERENCE);
    }
    PROP(calfcare_progression_acwr(x, days, p, &ar, NULL) == CALFCARE_OK);
    PROP(same(row[CALFCARE_PROGRESSION_COL_ACUTE], ar.acute));
    PROP(same(row[CALFCARE_PROGRESSION_COL_CHRONIC], ar.chronic));
    PROP(same(row[CALFCARE_PROGRESSION_COL_ACWR], ar.ratio));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz f = {data, size};
    static double x[MAXR * MAXD], res[MAXR * COLS + GUARDS], ratio[MAXR * MAXD + GUARDS];
    calfcare_progression_params p;
    calfcare_error err;
    calfcare_status st;
    size_t runners = fz_u8(&f) % (MAXR + 1), days = fz_u8(&f) % (MAXD + 1), n, xn, len, need, r, i;
    int valid = 1;

    PROP(calfcare_progression_params_init(&p, NULL) == CALFCARE_OK);
    if (fz_u8(&f) & 1) {
        p.acute_days = 1 + (int)fz_u8(&f) % 20;
        p.chronic_days = p.acute_days + 1 + (int)fz_u8(&f) % 40;
        p.decay = 1 + (int)fz_u8(&f) % 3;
        p.coupling = 1 + (int)fz_u8(&f) % 2;
        p.seed = 1 + (int)fz_u8(&f) % 2;
        p.max_increase_pct = 1 + fz_u8(&f) % 50;
    }
    n = runners * days;
    for (i = 0; i < n; i++) {
        unsigned k = fz_u8(&f);
        x[i] = k < 100 ? 0.0 : k < 250 ? (k - 100) * 0.3 : fz_double(&f, 0, 320);
        if (!in_range(x[i], 0, 320))
            valid = 0;
    }
    /* A week over 1000 km (summed as calfcare_progression_weekly_totals() does) is refused, as
     * calfcare_progression_check_weekly() refuses it. */
    for (r = 0; valid && days >= 7 && r < runners; r++) {
        const double *row = x + r * days;
        for (i = days % 7; i + 7 <= days; i += 7)
            if (0.0 + row[i] + row[i + 1] + row[i + 2] + row[i + 3] + row[i + 4] + row[i + 5] + row[i + 6] > 1000.0)
                valid = 0;
    }
    /* The length of daily_km as given: usually right, sometimes off by one. */
    xn = n;
    switch (fz_u8(&f) % 8) {
    case 0: xn = n + 1 <= MAXR * MAXD ? n + 1 : n; break;
    case 1: xn = n ? n - 1 : 0; break;
    default: break;
    }
    need = runners * COLS;
    switch (fz_u8(&f) % 8) {
    case 0: len = 0; break;
    case 1: len = need ? need - 1 : 0; break;
    case 2: len = SIZE_MAX; break;
    case 3: len = need + GUARDS / 2; break;
    default: len = need; break;
    }
    for (i = 0; i < MAXR * COLS + GUARDS; i++)
        res[i] = GUARD;

    st = calfcare_progression_batch(x, xn, runners, days, &p, res, len, &err);
    if (st == CALFCARE_OK) {
        PROP(guards_ok(res, need, MAXR * COLS + GUARDS));
    } else {
        PROP_ERR(st, err);
        /* On an invalid value, rows of earlier runners may have been written (documented). */
        if (st == CALFCARE_E_INVALID && valid == 0 && len != SIZE_MAX && len >= need)
            PROP(guards_ok(res, need, MAXR * COLS + GUARDS));
        else
            PROP(guards_ok(res, 0, MAXR * COLS + GUARDS));
    }
    if (xn == 0 || runners == 0 || days == 0) {
        PROP(st == CALFCARE_E_INVALID || st == CALFCARE_E_NULL);
        return 0;
    }
    if (xn != n) {
        PROP(st == CALFCARE_E_BUFFER);
        return 0;
    }
    if (len == 0 || len == SIZE_MAX || len < need) {
        PROP(st == CALFCARE_E_BUFFER);
        return 0;
    }
    if (!valid) {
        PROP(st == CALFCARE_E_INVALID);
        PROP(strcmp(err.field, "daily_km") == 0);
        return 0;
    }
    PROP(st == CALFCARE_OK);
    for (r = 0; r < runners; r++)
        check_row(x + r * days, days, &p, res + r * COLS);

    /* Per-day ratios. */
    for (i = 0; i < MAXR * MAXD + GUARDS; i++)
        ratio[i] = GUARD;
    len = fz_u8(&f) & 1 ? n : n - 1;
    st = calfcare_progression_batch_acwr(x, n, runners, days, &p, ratio, len, &err);
    if (len < n) {
        PROP(st == CALFCARE_E_BUFFER);
        PROP(guards_ok(ratio, 0, MAXR * MAXD + GUARDS));
        return 0;
    }
    PROP(st == CALFCARE_OK);
    PROP(guards_ok(ratio, n, MAXR * MAXD + GUARDS));
    for (r = 0; r < runners; r++) {
        static double a[MAXD], c[MAXD], q[MAXD];
        calfcare_progression_acwr_result ar;
        PROP(calfcare_progression_acwr_series(x + r * days, days, &p, a, days, c, days, q, days, &ar, NULL) ==
             CALFCARE_OK);
        for (i = 0; i < days; i++)
            PROP(same(ratio[r * days + i], q[i]));
    }
    return 0;
}
