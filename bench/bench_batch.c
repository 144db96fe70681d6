/*
 * bench_batch.c - time the progression batch API and the memory floor on one cohort buffer.
 *
 * Usage: bench-batch DATA RUNNERS DAYS REPEATS RESULTS [DECAY COUPLING SEED]
 *
 *   DATA      raw native doubles, RUNNERS x DAYS, runner-major (written by bench.py)
 *   REPEATS   timed runs of each measurement; the best and the median are printed
 *   RESULTS   where the batch result (RUNNERS x 12 doubles) and every day's ratio
 *             (RUNNERS x DAYS doubles) are written, for bench.py to compare with Python and numpy
 *   DECAY COUPLING SEED   the CLI words (default 2/(n+1) coupled zero)
 *
 * Prints one "key value" line per figure (seconds, best and median). The floor is a plain sum of
 * the same buffer with 8 independent accumulators, so that it is limited by memory bandwidth and
 * not by the latency of one chain of additions; the one-accumulator sum is printed as well.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef __linux__
#include <sys/mman.h>
#endif

#include <calfcare.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* A large buffer as numpy allocates one: on Linux numpy asks for transparent huge pages
 * (madvise MADV_HUGEPAGE) for arrays of 4 MiB and more, which matters where THP is in "madvise"
 * mode. The C side does the same so that C, numpy and the floor read memory the same way. */
static void *big_alloc(size_t bytes)
{
    void *p = NULL;
    const size_t align = (size_t)2 << 20; /* 2 MiB: the x86-64 huge page */
    if (posix_memalign(&p, align, bytes ? bytes : 1) != 0)
        return NULL;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    (void)madvise(p, bytes, MADV_HUGEPAGE); /* a hint: fine if the kernel says no */
#endif
    return p;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Best and median of n timings (sorts t). */
static void report(const char *key, double *t, int n)
{
    qsort(t, (size_t)n, sizeof *t, cmp_double);
    printf("%s_best %.9f\n%s_median %.9f\n", key, t[0], key, t[n / 2]);
}

/* volatile sink so that the sums are not optimised away */
static volatile double sink;

static double sum8(const double *x, size_t n)
{
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        s0 += x[i];
        s1 += x[i + 1];
        s2 += x[i + 2];
        s3 += x[i + 3];
        s4 += x[i + 4];
        s5 += x[i + 5];
        s6 += x[i + 6];
        s7 += x[i + 7];
    }
    for (; i < n; i++)
        s0 += x[i];
    return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
}

static double sum1(const double *x, size_t n)
{
    double s = 0;
    size_t i;
    for (i = 0; i < n; i++)
        s += x[i];
    return s;
}

static void die(const char *what, calfcare_status st, const calfcare_error *err)
{
    fprintf(stderr, "bench-batch: %s: %s\n", what, st ? err->message : "failed");
    exit(1);
}

int main(int argc, char **argv)
{
    size_t runners, days, n, got;
    int repeats, k;
    double *x, *res, *ratio, *t;
    FILE *f;
    calfcare_progression_params p;
    calfcare_error err;
    calfcare_status st;

    if (argc != 6 && argc != 9) {
        fprintf(stderr, "usage: bench-batch DATA RUNNERS DAYS REPEATS RESULTS [DECAY COUPLING SEED]\n");
        return 2;
    }
    runners = strtoul(argv[2], NULL, 10);
    days = strtoul(argv[3], NULL, 10);
    repeats = atoi(argv[4]);
    if (runners == 0 || days == 0 || repeats < 1) {
        fprintf(stderr, "bench-batch: RUNNERS, DAYS and REPEATS must be positive\n");
        return 2;
    }
    n = runners * days;
    calfcare_progression_params_init(&p, NULL);
    if (argc == 9) {
        if ((st = calfcare_progression_decay_parse(argv[6], &p.decay, &err)) != CALFCARE_OK)
            die("decay", st, &err);
        if ((st = calfcare_progression_coupling_parse(argv[7], &p.coupling, &err)) != CALFCARE_OK)
            die("coupling", st, &err);
        if ((st = calfcare_progression_seed_parse(argv[8], &p.seed, &err)) != CALFCARE_OK)
            die("seed", st, &err);
    }

    x = big_alloc(n * sizeof *x);
    res = big_alloc(runners * CALFCARE_PROGRESSION_BATCH_COLUMNS * sizeof *res);
    ratio = big_alloc(n * sizeof *ratio);
    t = malloc((size_t)repeats * sizeof *t);
    if (!x || !res || !ratio || !t) {
        fprintf(stderr, "bench-batch: out of memory\n");
        return 1;
    }
    if (!(f = fopen(argv[1], "rb")) || (got = fread(x, sizeof *x, n, f)) != n) {
        fprintf(stderr, "bench-batch: cannot read %zu doubles from %s\n", n, argv[1]);
        return 1;
    }
    fclose(f);
    /* Touch the output pages once so that no timed run pays for first-touch page faults. */
    memset(res, 0, runners * CALFCARE_PROGRESSION_BATCH_COLUMNS * sizeof *res);
    memset(ratio, 0, n * sizeof *ratio);

    printf("bytes %zu\n", n * sizeof *x);

    for (k = 0; k < repeats; k++) {
        double t0 = now_s();
        sink = sum8(x, n);
        t[k] = now_s() - t0;
    }
    report("floor_sum8", t, repeats);
    for (k = 0; k < repeats; k++) {
        double t0 = now_s();
        sink = sum1(x, n);
        t[k] = now_s() - t0;
    }
    report("floor_sum1", t, repeats);

    for (k = 0; k < repeats; k++) {
        double t0 = now_s();
        st = calfcare_progression_batch(x, n, runners, days, &p, res, runners * CALFCARE_PROGRESSION_BATCH_COLUMNS,
                                        &err);
        t[k] = now_s() - t0;
        if (st != CALFCARE_OK)
            die("calfcare_progression_batch", st, &err);
    }
    report("batch", t, repeats);

    for (k = 0; k < repeats; k++) {
        double t0 = now_s();
        st = calfcare_progression_batch_acwr(x, n, runners, days, &p, ratio, n, &err);
        t[k] = now_s() - t0;
        if (st != CALFCARE_OK)
            die("calfcare_progression_batch_acwr", st, &err);
    }
    report("batch_acwr", t, repeats);

    if (!(f = fopen(argv[5], "wb")) ||
        fwrite(res, sizeof *res, runners * CALFCARE_PROGRESSION_BATCH_COLUMNS, f) !=
            runners * CALFCARE_PROGRESSION_BATCH_COLUMNS ||
        fwrite(ratio, sizeof *ratio, n, f) != n || fclose(f) != 0) {
        fprintf(stderr, "bench-batch: cannot write %s\n", argv[5]);
        return 1;
    }
    printf("checksum %.17g\n", sink);
    free(x);
    free(res);
    free(ratio);
    free(t);
    return 0;
}
