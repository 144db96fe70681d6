#!/usr/bin/env python3
"""Score a large synthetic cohort of runners with dask.distributed through libcalfcare's batch API.

The cohort is a runners x days matrix of daily km (default: a million runners x 365 days, 2.9 GB of
float64) that never exists in one place: each task generates its own block of runners from the seed
and the block's first runner (so the result does not depend on where or in which order blocks
run), calls calfcare.batch_check (the weekly check, the run spikes and the acute:chronic ratio of
every runner, one C call per block, no copy of the block) and calfcare.batch_acwr (every day's
ratio), and returns one row of numbers per runner. The client gathers the rows (13 doubles per
runner: 104 MB for a million) and summarises the cohort.

Local (default: a LocalCluster of worker processes on this machine):

    python3 examples/cohort_dask.py                        # 1,000,000 runners x 365 days
    python3 examples/cohort_dask.py --runners 20000 --workers 2

A real cluster: the one-line change is the scheduler address (every worker needs the calfcare
package and libcalfcare installed):

    python3 examples/cohort_dask.py --scheduler tcp://scheduler.example:8786

--out FILE.npy saves the per-runner rows (columns: calfcare.BatchColumn, then the number of days
with a ratio of 1.5 or more); --json prints the summary as JSON.
"""

import argparse
import json
import sys
import time

import numpy as np

import calfcare

EXTRA_COLUMNS = ["days_acwr_very_high"]


def synth_block(seed, first, count, days):
    """Daily km of runners first .. first+count-1 (a count x days C-contiguous float64 array).

    A made-up but plausible cohort: each runner has a usual weekly distance (log-normal, median
    25 km) run on the same 2-6 days of the week, skips about one run in twelve, drifts up or down
    over the year (some build up faster than the 10% a week rule), and now and then runs a long
    one. Rest days are 0; distances are rounded to 0.1 km and capped at 80 km a day (the library
    accepts up to 320).
    """
    rng = np.random.default_rng([seed, first])
    weekly = rng.lognormal(np.log(25.0), 0.5, size=(count, 1))
    runs_per_week = rng.integers(2, 7, size=(count, 1))
    weekdays = rng.random((count, 7)).argsort(axis=1).argsort(axis=1) < runs_per_week  # fixed run days
    trend = rng.normal(0.0, 0.002, size=(count, 1))  # per day: about -50% to +100% over a year
    t = np.arange(days, dtype=np.float64)[None, :]
    level = weekly * np.exp(trend * t)
    runs = np.tile(weekdays, (1, days // 7 + 1))[:, :days] & (rng.random((count, days)) >= 1 / 12)
    km = np.where(runs, level / runs_per_week * rng.gamma(20.0, 1 / 20.0, size=(count, days)), 0.0)
    long_run = runs & (rng.random((count, days)) < 0.02)
    km = np.where(long_run, km * rng.uniform(1.5, 2.5, size=(count, days)), km)
    return np.ascontiguousarray(np.minimum(np.round(km, 1), 80.0))


# The ratio of the first weeks mostly reflects the EWMAs starting from 0 (docs/progression.md: the
# chronic value settles after 33 days with 7/28-day windows); days with a ratio of 1.5 or more are
# counted from day 42 on.
SKIP_DAYS = 42


def score(daily_km):
    """Per-runner rows of one block: the batch_check table and the days (from day SKIP_DAYS) with
    a ratio of 1.5 or more."""
    table = calfcare.batch_check(daily_km).table
    ratios = calfcare.batch_acwr(daily_km)
    with np.errstate(invalid="ignore"):
        very_high = (ratios[:, SKIP_DAYS:] >= calfcare.capi.CALFCARE_PROGRESSION_ACWR_VERY_HIGH).sum(axis=1)
    return np.column_stack([table, very_high.astype(np.float64)])


def score_block(seed, first, count, days):
    """What a worker does: generate its runners and score them."""
    return score(synth_block(seed, first, count, days))


def blocks(runners, chunk):
    return [(first, min(chunk, runners - first)) for first in range(0, runners, chunk)]


def synth_cohort(seed, runners, days, chunk):
    """The whole cohort in memory, block by block as the workers make it (for checks at small size)."""
    return np.concatenate([synth_block(seed, first, count, days) for first, count in blocks(runners, chunk)])


def summarise(rows, days):
    col = calfcare.BatchColumn
    over = rows[:, col.WEEKS_OVER_LIMIT]
    band = rows[:, col.LAST_BAND]
    ratio = rows[:, col.ACWR]
    bands = {calfcare.capi.calfcare_progression_band_name(b): int((band == b).sum())
             for b in range(calfcare.capi.CALFCARE_PROGRESSION_BAND_COUNT)}
    ratio_bands = {}
    for q in ratio:
        name = calfcare.acwr_band(None if q != q else float(q))
        ratio_bands[name] = ratio_bands.get(name, 0) + 1
    return {
        "runners": int(rows.shape[0]),
        "days": int(days),
        "median_total_km": float(np.median(rows[:, col.TOTAL_KM])),
        "runners_with_a_week_over_limit": int((over > 0).sum()),
        "mean_weeks_over_limit": float(over.mean()),
        "last_run_band": bands,
        "acwr_band_last_day": dict(sorted(ratio_bands.items())),
        f"runners_with_a_day_acwr_1_5_or_more_after_day_{SKIP_DAYS}": int((rows[:, -1] > 0).sum()),
    }


def cohort_arguments(description, runners):
    """The options every cohort example takes: size, blocks, seed and where the results go."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--runners", type=int, default=runners)
    ap.add_argument("--days", type=int, default=365)
    ap.add_argument("--chunk", type=int, default=10_000, help="runners per task (default 10000: 29 MB a block)")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--out", default=None, help="save the per-runner rows here (.npy)")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    return ap


def report(args, rows, summary, where, note=""):
    """Save the rows (--out), then print the summary as JSON (--json) or as a few lines."""
    if args.out:
        np.save(args.out, rows)
    if args.json:
        json.dump(summary, sys.stdout, indent=2)
        print()
        return
    print(f"{summary['runners']} runners x {args.days} days on {where} ({summary['blocks']} blocks): "
          f"{summary['scoring_s']} s, {summary['runner_days_per_s']:,} runner-days/s{note}")
    print(f"  runners with a week over the +10% limit: {summary['runners_with_a_week_over_limit']} "
          f"(mean {summary['mean_weeks_over_limit']:.1f} weeks each)")
    print(f"  last run's spike band: {summary['last_run_band']}")
    print(f"  acute:chronic band on the last day (contested): {summary['acwr_band_last_day']}")


def main(argv=None):
    ap = cohort_arguments(__doc__.split("\n\n")[0], 1_000_000)
    ap.add_argument("--scheduler", default=None,
                    help="address of a running dask scheduler (tcp://host:8786); default: a LocalCluster")
    ap.add_argument("--workers", type=int, default=None, help="LocalCluster worker processes (default: one per core)")
    ap.add_argument("--threads", type=int, default=1, help="threads per LocalCluster worker")
    args = ap.parse_args(argv)
    if args.runners < 1 or args.days < 1 or args.chunk < 1:
        ap.error("--runners, --days and --chunk must be at least 1")

    from dask.distributed import Client, LocalCluster

    t0 = time.perf_counter()
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=args.threads, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        t1 = time.perf_counter()
        parts = blocks(args.runners, args.chunk)
        futures = client.map(score_block, [args.seed] * len(parts), [f for f, _ in parts], [c for _, c in parts],
                             [args.days] * len(parts), pure=False)
        rows = np.concatenate(client.gather(futures))
        t2 = time.perf_counter()
        nworkers = len(client.scheduler_info()["workers"])
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    summary = summarise(rows, args.days)
    summary.update(workers=nworkers, blocks=len(parts), cluster_start_s=round(t1 - t0, 2),
                   scoring_s=round(t2 - t1, 2),
                   runner_days_per_s=round(args.runners * args.days / max(t2 - t1, 1e-9)))
    report(args, rows, summary, f"{nworkers} workers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
