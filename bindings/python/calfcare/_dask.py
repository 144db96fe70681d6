"""Dask arrays through the batch functions, with the chunking checked first.

The batch functions analyse each runner from all of its days. A dask array chunked along the days
would hand each task a slice of every runner's history: a task's weeks, spikes and ratios would
then be computed from part of the log, and ``map_blocks`` with a made-up ``chunks=`` would return a
wrongly shaped array without a word. These helpers accept only whole runners per chunk (one chunk
along axis 1) and say how to rechunk otherwise. dask is imported only when one is called.
"""

from . import capi as _capi
from ._common import InvalidInputError, optional_import
from ._progression import BATCH_COLUMNS, batch_acwr, batch_check

__all__ = ["batch_check_dask", "batch_acwr_dask"]


def _invalid(message):
    exc = InvalidInputError(f"daily_km: {message}")
    exc.field = "daily_km"
    exc.status = _capi.CALFCARE_E_INVALID
    exc.status_name = "CALFCARE_E_INVALID"
    return exc


def _checked(daily_km, feature):
    da = optional_import("dask.array", feature)
    if not isinstance(daily_km, da.Array):
        raise _invalid(f"expected a dask array, got {type(daily_km).__name__} (use calfcare.batch_check for numpy)")
    if daily_km.ndim != 2:
        raise _invalid(f"expected a 2-D dask array runners x days, got {daily_km.ndim} dimension(s)")
    if daily_km.numblocks[1] != 1:
        raise _invalid(f"chunked along the days ({daily_km.numblocks[1]} chunks of {daily_km.chunks[1]} days): "
                       "every chunk must hold whole runners with all their days; "
                       "use daily_km.rechunk({1: -1})")
    if any(n == 0 for n in daily_km.chunks[0]) or daily_km.shape[1] == 0:
        raise _invalid(f"an empty chunk (chunks {daily_km.chunks}): every chunk needs at least one runner and one day")


def batch_check_dask(daily_km, **params):
    """:func:`calfcare.batch_check` over a dask array runners x days (whole runners per chunk).

    Returns a lazy dask array of shape (runners, :data:`calfcare.BATCH_COLUMNS`) whose columns are
    :class:`calfcare.BatchColumn`; ``params`` are batch_check's keywords (``max_increase_pct``,
    ``acute_days`` ...). Raises InvalidInputError (field ``daily_km``) for any other chunking.
    """
    _checked(daily_km, "calfcare.batch_check_dask")
    return daily_km.map_blocks(lambda block: batch_check(block, **params).table, dtype="float64",
                               chunks=(daily_km.chunks[0], (BATCH_COLUMNS,)))


def batch_acwr_dask(daily_km, **params):
    """:func:`calfcare.batch_acwr` over a dask array runners x days (whole runners per chunk): a lazy
    dask array of every day's ratio, the same shape and chunks as ``daily_km``."""
    _checked(daily_km, "calfcare.batch_acwr_dask")
    return daily_km.map_blocks(lambda block: batch_acwr(block, **params), dtype="float64")
