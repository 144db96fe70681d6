"""examples/cohort_dask.py at small size: 2,000 runners x 365 days on a LocalCluster of 2 worker
processes, 4 blocks. Its per-runner rows must equal one direct batch call on the same cohort."""
import importlib.util
import json
import os
import subprocess
import sys

import numpy as np
import pytest

import calfcare

SRC = os.environ.get("top_srcdir", os.path.join(os.path.dirname(__file__), "..", ".."))
SCRIPT = os.path.join(SRC, "examples", "cohort_dask.py")
RUNNERS, DAYS, CHUNK, SEED = 2000, 365, 500, 7


def load_example():
    spec = importlib.util.spec_from_file_location("cohort_dask", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    pytest.importorskip("distributed")
    out = tmp_path_factory.mktemp("cohort") / "rows.npy"
    proc = subprocess.run([sys.executable, SCRIPT, "--runners", str(RUNNERS), "--days", str(DAYS), "--chunk", str(CHUNK),
                           "--seed", str(SEED), "--workers", "2", "--json", "--out", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout), np.load(out)


def test_rows_equal_the_direct_batch_call(run):
    summary, rows = run
    ex = load_example()
    cohort = ex.synth_cohort(SEED, RUNNERS, DAYS, CHUNK)
    assert cohort.shape == (RUNNERS, DAYS) and cohort.dtype == np.float64
    direct = calfcare.batch_check(cohort).table
    ratios = calfcare.batch_acwr(cohort)
    assert rows.shape == (RUNNERS, calfcare.BATCH_COLUMNS + 1)
    np.testing.assert_array_equal(rows[:, :-1], direct)  # bit for bit, NaN where NaN
    with np.errstate(invalid="ignore"):
        np.testing.assert_array_equal(rows[:, -1], (ratios[:, 42:] >= 1.5).sum(axis=1))  # from day 42
    # and the batch agrees with the single-runner functions on a few runners
    for r in (0, 999, 1999):
        assert rows[r, calfcare.BatchColumn.TOTAL_KM] == pytest.approx(cohort[r].sum())
        wk = calfcare.check_weekly(calfcare.weekly_totals(cohort[r]))
        assert rows[r, calfcare.BatchColumn.WEEKS_OVER_LIMIT] == wk.over_limit_count
        last = calfcare.acwr(cohort[r]).ratio
        assert rows[r, calfcare.BatchColumn.ACWR] == pytest.approx(last)


def test_summary(run):
    summary, rows = run
    assert summary["runners"] == RUNNERS and summary["days"] == DAYS
    assert summary["workers"] == 2 and summary["blocks"] == RUNNERS // CHUNK
    assert sum(summary["last_run_band"].values()) == RUNNERS
    assert sum(summary["acwr_band_last_day"].values()) == RUNNERS
    assert summary["runners_with_a_week_over_limit"] == int((rows[:, calfcare.BatchColumn.WEEKS_OVER_LIMIT] > 0).sum())


def test_blocks_do_not_depend_on_the_chunking():
    """Each block is generated from (seed, first runner): a block is the same whichever task makes
    it, and the scores of a block do not depend on the other blocks."""
    ex = load_example()
    a = ex.synth_block(SEED, 500, 500, 60)
    assert np.array_equal(a, ex.synth_cohort(SEED, 1000, 60, 500)[500:])
    assert not np.array_equal(a, ex.synth_block(SEED + 1, 500, 500, 60))
    assert a.flags["C_CONTIGUOUS"] and (a >= 0).all() and (a <= 80).all()
    assert ex.blocks(1001, 500) == [(0, 500), (500, 500), (1000, 1)]
