"""examples/cohort_threads.py at small size: its rows equal the Dask example's functions run
directly, block by block, in this process (the same cohort and scoring, one thread)."""
import importlib.util
import json
import os
import subprocess
import sys

import numpy as np

SRC = os.environ.get("top_srcdir", os.path.join(os.path.dirname(__file__), "..", ".."))
RUNNERS, DAYS, CHUNK, SEED = 3000, 120, 700, 11


def test_rows_equal_the_direct_calls(tmp_path):
    out = tmp_path / "rows.npy"
    proc = subprocess.run([sys.executable, os.path.join(SRC, "examples", "cohort_threads.py"), "--runners", str(RUNNERS),
                           "--days", str(DAYS), "--chunk", str(CHUNK), "--seed", str(SEED), "--threads", "3",
                           "--json", "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    summary, rows = json.loads(proc.stdout), np.load(out)
    assert summary["runners"] == RUNNERS and summary["threads"] == 3 and summary["blocks"] == 5  # 4 x 700 + 200

    spec = importlib.util.spec_from_file_location("cohort_dask", os.path.join(SRC, "examples", "cohort_dask.py"))
    ex = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ex)
    direct = np.concatenate([ex.score_block(SEED, first, count, DAYS) for first, count in ex.blocks(RUNNERS, CHUNK)])
    assert rows.shape == direct.shape == (RUNNERS, direct.shape[1])
    np.testing.assert_array_equal(rows, direct)          # bit for bit, NaN where NaN, in runner order
