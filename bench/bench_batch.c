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
 *
 * Then two threads against one: the cohort in two halves, each half once, one thread doing both
 * halves one after the other or two threads one half each (runs alternate, so both see the same
 * machine). For the floor this is the memory ceiling of a second core: a function that streams its
 * input cannot gain more from a second thread than the floor does, whatever its code.
 */
#include <pthread.h>
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

/* One half of the cohort for one thread: the floor (WHAT_FLOOR), the batch or every day's ratio. */
enum { WHAT_FLOOR, WHAT_BATCH, WHAT_ACWR };
typedef struct half_job {
    int what;
    const double *x;
    size_t runners, days;
    double *res, *ratio; /* this half's rows of the outputs */
    const calfcare_progression_params *p;
    double sum;
    calfcare_status st;
} half_job;

static void *run_half(void *arg)
{
    half_job *j = arg;
    const size_t n = j->runners * j->days;
    if (j->what == WHAT_FLOOR)
        j->sum = sum8(j->x, n);
    else if (j->what == WHAT_BATCH)
        j->st = calfcare_progression_batch(j->x, n, j->runners, j->days, j->p, j->res,
                                           j->runners * CALFCARE_PROGRESSION_BATCH_COLUMNS, NULL);
    else
        j->st = calfcare_progression_batch_acwr(j->x, n, j->runners, j->days, j->p, j->ratio, n, NULL);
    return NULL;
}

/* Seconds for both halves: in this thread one after the other (threads 1), or the second half in
 * another thread at the same time (threads 2). */
static double time_halves(half_job *j, int threads)
{
    pthread_t other;
    double t0 = now_s();
    if (threads == 1) {
        run_half(&j[0]);
        run_half(&j[1]);
    } else {
        if (pthread_create(&other, NULL, run_half, &j[1]) != 0) {
            fprintf(stderr, "bench-batch: cannot start a thread\n");
            exit(1);
        }
        run_half(&j[0]);
        pthread_join(other, NULL);
    }
    t0 = now_s() - t0;
    if (j[0].st != CALFCARE_OK || j[1].st != CALFCARE_OK) {
        fprintf(stderr, "bench-batch: a half failed\n");
        exit(1);
    }
    if (j[0].what == WHAT_FLOOR)
        sink = j[0].sum + j[1].sum;
    return t0;
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

    {
        static const char *const keys[] = {"floor_sum8", "batch", "batch_acwr"};
        const size_t r0 = runners / 2;
        double *t2 = malloc((size_t)repeats * sizeof *t2);
        int what;
        if (!t2) {
            fprintf(stderr, "bench-batch: out of memory\n");
            return 1;
        }
        for (what = WHAT_FLOOR; what <= WHAT_ACWR; what++) {
            char key[64];
            half_job j[2];
            memset(j, 0, sizeof j);
            j[0].what = j[1].what = what;
            j[0].p = j[1].p = &p;
            j[0].days = j[1].days = days;
            j[0].x = x, j[0].runners = r0, j[0].res = res, j[0].ratio = ratio;
            j[1].x = x + r0 * days, j[1].runners = runners - r0;
            j[1].res = res + r0 * CALFCARE_PROGRESSION_BATCH_COLUMNS, j[1].ratio = ratio + r0 * days;
            for (k = 0; k < repeats; k++) {
                t[k] = time_halves(j, 1);
                t2[k] = time_halves(j, 2);
            }
            snprintf(key, sizeof key, "threads1_%s", keys[what]);
            report(key, t, repeats);
            snprintf(key, sizeof key, "threads2_%s", keys[what]);
            report(key, t2, repeats);
        }
        free(t2);
    }

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
