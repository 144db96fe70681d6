"""calfcare.batch_check_dask / batch_acwr_dask: the chunking is checked, results equal the direct call."""
import numpy as np
import pytest

import calfcare

da = pytest.importorskip("dask.array")


def cohort(runners=7, days=60):
    rng = np.random.default_rng(3)
    km = np.round(rng.gamma(2.0, 3.0, size=(runners, days)), 1)
    km[rng.random((runners, days)) < 0.4] = 0.0
    return km


def test_equals_the_direct_call_bit_for_bit():
    x = cohort()
    lazy = calfcare.batch_check_dask(da.from_array(x, chunks=(3, -1)))   # chunks of 3, 3, 1 runners
    assert lazy.shape == (7, calfcare.BATCH_COLUMNS) and lazy.chunks == ((3, 3, 1), (calfcare.BATCH_COLUMNS,))
    np.testing.assert_array_equal(lazy.compute(), calfcare.batch_check(x).table)
    ratios = calfcare.batch_acwr_dask(da.from_array(x, chunks=(2, -1)), acute_days=5, chronic_days=20)
    np.testing.assert_array_equal(ratios.compute(), calfcare.batch_acwr(x, acute_days=5, chronic_days=20))


def test_parameters_pass_through():
    x = np.array([[0, 0, 0, 0, 0, 0, 40.0] + [0] * 6 + [46.0]])   # weeks 40 then 46 km: +15%
    strict = calfcare.batch_check_dask(da.from_array(x), max_increase_pct=10).compute()
    loose = calfcare.batch_check_dask(da.from_array(x), max_increase_pct=20).compute()
    assert strict[0, calfcare.BatchColumn.WEEKS_OVER_LIMIT] == 1
    assert loose[0, calfcare.BatchColumn.WEEKS_OVER_LIMIT] == 0


@pytest.mark.parametrize("fn", [calfcare.batch_check_dask, calfcare.batch_acwr_dask])
def test_days_split_across_chunks_are_refused(fn):
    # map_blocks over such an array would score each runner from part of its history.
    with pytest.raises(calfcare.InvalidInputError, match=r"daily_km: chunked along the days \(3 chunks .*rechunk\(\{1: -1\}\)") as e:
        fn(da.from_array(cohort(), chunks=(7, 20)))
    assert e.value.field == "daily_km"


@pytest.mark.parametrize("bad, message", [
    (np.zeros((3, 5)), "expected a dask array, got ndarray"),
    (da.zeros((10,)), "expected a 2-D dask array"),
    (da.zeros((3, 0)), "an empty chunk"),
])
def test_other_bad_arrays(bad, message):
    with pytest.raises(calfcare.InvalidInputError, match=message):
        calfcare.batch_check_dask(bad)
