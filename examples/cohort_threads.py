#!/usr/bin/env python3
"""Score a synthetic cohort of runners with a thread pool in one process.

calfcare.batch_check and calfcare.batch_acwr release the GIL while the C code runs, so plain
threads score blocks of runners in parallel: no cluster, no worker processes, no copies of the
blocks. The cohort, the blocks and the per-runner rows are those of examples/cohort_dask.py (this
script reuses its functions), so the two give the same rows bit for bit.

    python3 examples/cohort_threads.py                           # 200,000 runners x 365 days
    python3 examples/cohort_threads.py --runners 20000 --threads 2 --json --out rows.npy
"""
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np

# The cohort generator, the per-block scoring, the options and the report live in the Dask example
# next to this file.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cohort_dask import blocks, cohort_arguments, report, score_block, summarise  # noqa: E402


def main(argv=None):
    ap = cohort_arguments(__doc__.split("\n\n")[0], 200_000)
    ap.add_argument("--threads", type=int, default=os.cpu_count(), help="threads (default: one per core)")
    args = ap.parse_args(argv)
    if args.runners < 1 or args.days < 1 or args.chunk < 1 or args.threads < 1:
        ap.error("--runners, --days, --chunk and --threads must be at least 1")

    parts = blocks(args.runners, args.chunk)
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.threads) as pool:
        rows = np.concatenate(list(pool.map(lambda p: score_block(args.seed, p[0], p[1], args.days), parts)))
    elapsed = time.perf_counter() - t0

    summary = summarise(rows, args.days)
    summary.update(threads=args.threads, blocks=len(parts), scoring_s=round(elapsed, 2),
                   runner_days_per_s=round(args.runners * args.days / max(elapsed, 1e-9)))
    report(args, rows, summary, f"{args.threads} threads", " (incl. generating them)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
