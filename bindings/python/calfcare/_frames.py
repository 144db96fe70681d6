"""pandas adapters: training logs, weekly Series and cohort tables in, DataFrames out.

Thin wrappers over the progression functions of the package: they only reshape data (group runs
by calendar day, fill rest days, align results with the caller's index); every check, threshold
and band comes from the C library. pandas is imported when a function is called, never at
``import calfcare``.

- :func:`log_daily`: a training log (one row per run: ``date``, ``distance_km`` or ``distance``,
  optional ``duration_min`` and ``rpe``) as daily totals, one row per calendar day, rest days 0;
- :func:`check_log`: the checks of ``calfcare check --log`` on a log DataFrame: the weekly check
  (weeks end on the last day), the session-RPE load check, the run spikes and the acute:chronic
  ratio, each also as a DataFrame;
- :func:`check_weekly_series`: :func:`calfcare.check_weekly` on a Series of weekly km, indexed like it;
- :func:`acwr_frame`: every day's acute, chronic, ratio and band of a daily Series;
- :func:`cohort_matrix`: a long table (runner, date, km) as a wide runners x days table;
- :func:`batch_check_frame` / :func:`batch_acwr_frame`: the batch API on a wide cohort DataFrame
  (or a 2-D array), results indexed by runner.
"""

import datetime
from dataclasses import field
from typing import Any

from . import capi as _capi
from ._common import InvalidInputError, Result, optional_import, result
from ._progression import (BatchColumn, acwr_band, acwr_series, batch_acwr, batch_check, check_spikes,
                           check_weekly, check_weekly_load, session_load, weekly_totals, weekly_load_totals)

__all__ = [
    "LogCheck",
    "log_daily",
    "check_weekly_series",
    "acwr_frame",
    "cohort_matrix",
    "batch_check_frame",
    "batch_acwr_frame",
]

_DISTANCE_NAMES = ("distance_km", "distance")


def _invalid(name, message):
    exc = InvalidInputError(f"{name}: {message}")
    exc.field = name
    exc.status = _capi.CALFCARE_E_INVALID
    exc.status_name = "CALFCARE_E_INVALID"
    return exc


def _pd():
    return optional_import("pandas", "calfcare.check_log (and every pandas adapter)")


def _column(log, name, what):
    if name not in log.columns:
        raise _invalid(name, f"the log has no {what} column {name!r} (columns: {', '.join(map(str, log.columns))})")
    return log[name]


def _distance_name(log, distance):
    if distance is not None:
        return distance
    for name in _DISTANCE_NAMES:
        if name in log.columns:
            return name
    raise _invalid("distance_km", "the log has no distance column ('distance_km' or 'distance'; "
                                  "pass distance= to name another)")


def _dates(values, name, dayfirst=None, format=None):
    """Calendar days of dates given as datetime64 of any unit, date objects, ISO text or tz-aware
    timestamps (their wall-clock day where they were); ``dayfirst`` / ``format`` go to
    pandas.to_datetime, which otherwise reads 01/03/2026 month first."""
    pd = _pd()
    kw = {k: v for k, v in (("dayfirst", dayfirst), ("format", format)) if v is not None}
    try:
        d = pd.to_datetime(values, **kw)
    except (ValueError, TypeError) as e:
        raise _invalid(name, f"not a date: {e}") from None
    if d.isna().any():
        raise _invalid(name, f"missing date in row {int(d.isna().to_numpy().argmax())}")
    if getattr(d.dt, "tz", None) is not None:
        d = d.dt.tz_localize(None)
    return d.dt.normalize()


def _own_columns(log, date, distance, duration, rpe):
    """A log DataFrame with the caller's column names mapped to our own format's (date,
    distance_km, duration_min, rpe); other columns go through the library's detector unchanged."""
    pd = _pd()
    if not isinstance(log, pd.DataFrame):
        raise TypeError("log must be a pandas DataFrame with one row per run")
    names = {}
    if distance is not None:
        names[distance] = "distance_km"
    elif "distance_km" not in log.columns and "distance" in log.columns and "date" in log.columns:
        names["distance"] = "distance_km"  # our own format under its short name
    for given, own in ((date, "date"), (duration, "duration_min"), (rpe, "rpe")):
        if given != own:
            names[given] = own
    return log.rename(columns=names) if names else log


def log_daily(log, *, date="date", distance=None, duration="duration_min", rpe="rpe", until=None, tz=None,
              units=None, dayfirst=None, format=None):
    """Daily totals of a training log, as the library's check counts them.

    ``log``: a DataFrame read by :func:`calfcare.read_log` through the library's format detector
    (our own ``date,distance_km[,duration_min,rpe]``, Strava's or Garmin's columns); ``date``,
    ``distance``, ``duration``, ``rpe`` name other columns of our own format. ``until``: the last
    day (default today; later runs are refused).

    Returns a DataFrame indexed by every calendar day from the first run to ``until``, with columns
    ``km`` and ``runs`` (runs with a distance that day, second recordings left out).
    """
    return check_log(log, date=date, distance=distance, duration=duration, rpe=rpe, until=until, tz=tz,
                     units=units, all=True, dayfirst=dayfirst, format=format).daily


def _weeks_frame(weeks, value_name, change_name, over_name):
    pd = _pd()
    ends = pd.DatetimeIndex([pd.Timestamp(w["end"]) for w in weeks], name="end")
    return pd.DataFrame({
        "start": [pd.Timestamp(w["start"]) for w in weeks],
        value_name: [float(w[value_name]) for w in weeks],
        "change_pct": [w[change_name] for w in weeks],
        "over_limit": [w[over_name] for w in weeks],
    }, index=ends).astype({"change_pct": float})


@result
class LogCheck(Result):
    """A :class:`calfcare.LogReport` as DataFrames (every value from the library's check).

    - ``report``: the :class:`calfcare.LogReport` itself (``to_dict()`` is the CLI's JSON)
    - ``daily``: km and runs per calendar day from the first run to the until date
    - ``weekly`` (:class:`calfcare.WeeklyCheck` of the weeks) and ``weeks`` (DataFrame indexed by the
      week's last day: ``start``, ``km``, ``change_pct``, ``over_limit``); weeks end on the until
      date; ``weekly`` is None under a week
    - ``weekly_load`` / ``load_weeks``: the same for the session-RPE load (None without load)
    - ``spikes`` (:class:`calfcare.SpikeCheck`) and ``runs`` (DataFrame: ``date``, ``line``, ``km``,
      ``spike_pct``, ``band``, ``duplicate``)
    - ``acwr`` (:class:`calfcare.AcwrSeries` of the daily km) and ``acwr_daily``; contested
    - ``climb_weeks``: the weeks' climbing (``climb`` in the log's unit, ``report.to_dict()["climb_unit"]``:
      m, or ft for a log in miles), ``change_pct``, ``over_limit`` (None without elevation)
    - ``hard_weeks``: the weeks' minutes of hard running (``hard_min``, the pace proxy), ``change_pct``,
      ``over_limit`` (None without times)
    """

    daily: Any
    weekly: Any
    weeks: Any
    spikes: Any
    runs: Any
    acwr: Any
    acwr_daily: Any
    weekly_load: Any = None
    load_weeks: Any = None
    params: dict = field(default_factory=dict, repr=False)
    report: Any = field(default=None, repr=False)
    climb_weeks: Any = None
    hard_weeks: Any = None

    @property
    def advice(self):
        """The library's advice list (:class:`calfcare.LogAdvice`: reason, date, count)."""
        return self.report.advice

    def __repr__(self):
        d = self.daily
        last = self.acwr.last
        ratio = "None" if last.ratio is None else f"{last.ratio:.2f}"
        wk = self.weekly
        weekly = (f"over_limit={wk.over_limit_count}, next_week_max_km={wk.next_week_max:.1f}"
                  if wk is not None else "over_limit=0, next_week_max_km=None")
        return (f"LogCheck({d.index[0].date()}..{d.index[-1].date()}, {len(d)} days, {int(d['runs'].sum())} runs, "
                f"weeks={len(self.weeks)}, {weekly}, next_run_max_km={self.spikes.next_run_max_km:.1f}, "
                f"acwr={ratio} ({last.band}, contested))")

    def to_dict(self):
        """``calfcare check --log --json``, key for key."""
        return self.report.to_dict()


def _log_check_frames(report):
    """A LogReport as a LogCheck of DataFrames (the summaries come from the same library calls on the
    library's own daily and weekly series)."""
    pd = _pd()
    d = report.to_dict()
    days = pd.date_range(pd.Timestamp(d["log"]["first_date"]), pd.Timestamp(d["log"]["until"]), freq="D",
                         name="date")
    counted = [r for r in d["runs"] if not r["duplicate"] or d["log"]["duplicates_kept"]]
    per_day = pd.Series([1 for r in counted if r["km"] > 0], dtype=int,
                        index=pd.DatetimeIndex([pd.Timestamp(r["date"]) for r in counted if r["km"] > 0]))
    runs_per_day = per_day.groupby(level=0).sum().reindex(days, fill_value=0).astype(int)
    daily = pd.DataFrame({"km": list(report.daily_km), "runs": runs_per_day.to_numpy()}, index=days)
    weeks = d["weeks"]
    weekly = check_weekly([w["km"] for w in weeks], d["max_increase_pct"]) if weeks else None
    weeks_df = _weeks_frame(weeks, "km", "change_pct", "over_limit")
    weekly_load = load_weeks = None
    if "load_weeks" in d:
        lw = d["load_weeks"]
        weekly_load = check_weekly_load([w["load"] for w in lw], d["max_increase_pct"]) if lw else None
        load_weeks = _weeks_frame(lw, "load", "change_pct", "over_limit")
    climb_weeks = (_weeks_frame(weeks, "climb", "climb_change_pct", "climb_over_limit")
                   if weeks and "climb" in weeks[0] else None)
    hard_weeks = (_weeks_frame(weeks, "hard_min", "hard_change_pct", "hard_over_limit")
                  if weeks and "hard_min" in weeks[0] else None)
    ran = [r for r in counted if r["km"] > 0]
    first = datetime.date.fromisoformat(d["log"]["first_date"])
    until = datetime.date.fromisoformat(d["log"]["until"])
    spikes = check_spikes([datetime.date.fromisoformat(r["date"]) for r in ran], [r["km"] for r in ran],
                          until + datetime.timedelta(days=1)) if ran else None
    run_frame = pd.DataFrame({
        "date": pd.DatetimeIndex([pd.Timestamp(r["date"]) for r in d["runs"]]),
        "line": [r["line"] for r in d["runs"]],
        "km": [r["km"] for r in d["runs"]],
        "spike_pct": [r["spike_pct"] for r in d["runs"]],
        "band": [r["band"] for r in d["runs"]],
        "duplicate": [r["duplicate"] for r in d["runs"]],
        # the run's 30-day reference lies inside the log (the library's reference_from_day)
        "reference_complete": [report.reference_from is not None and r["date"] >= report.reference_from.isoformat()
                               for r in d["runs"]],
    }).astype({"spike_pct": float})
    a = d["acwr"]
    params = {k: a[k] for k in ("acute_days", "chronic_days", "decay", "coupling", "seed")}
    series = acwr_series(list(report.daily_km), **params)
    del first
    return LogCheck(daily=daily, weekly=weekly, weeks=weeks_df, spikes=spikes, runs=run_frame, acwr=series,
                    acwr_daily=_acwr_table(series, daily.index), weekly_load=weekly_load, load_weeks=load_weeks,
                    params=dict(params, max_increase_pct=d["max_increase_pct"]), report=report,
                    climb_weeks=climb_weeks, hard_weeks=hard_weeks)


def check_log(log, *, until=None, since=None, all=False, keep_duplicates=False, tz=None, units=None,
              max_increase_pct=10.0, acute_days=7, chronic_days=28, decay="2/(n+1)", coupling="coupled",
              seed="zero", date="date", distance=None, duration="duration_min", rpe="rpe", dayfirst=None,
              format=None):
    """:func:`calfcare.check_log` on a log DataFrame, with the results also as DataFrames.

    The DataFrame's columns go through the library's format detector (row i is line i + 2 in error
    messages); ``date``, ``distance``, ``duration`` and ``rpe`` name other columns of our own format.
    Every number comes from the library's check (weeks end on ``until``, default today). Returns a
    :class:`LogCheck`.
    """
    from ._progression import check_log as _check, read_log as _read
    frame = _own_columns(log, date, distance, duration, rpe)
    if len(frame) == 0:
        raise _invalid("log", "the log has no rows")
    report = _check(_read(frame, tz=tz, units=units, dayfirst=dayfirst, format=format), until=until, since=since, all=all,
                    keep_duplicates=keep_duplicates, max_increase_pct=max_increase_pct, acute_days=acute_days,
                    chronic_days=chronic_days, decay=decay, coupling=coupling, seed=seed)
    return _log_check_frames(report)


def _day_index(index, name, step, fill):
    """The calendar days of a DatetimeIndex (tz-aware: the wall-clock day where it was), checked for
    a regular series of one value per ``step`` days. Returns (days, regular index or None): None when
    the days already are regular; else, with fill="zero", the full index to reindex to; without, an
    InvalidInputError naming the first gap or the doubled day."""
    pd = _pd()
    if fill not in (None, "zero"):
        raise _invalid("fill", f"expected None or 'zero', got {fill!r}")
    days = index.tz_localize(None) if index.tz is not None else index
    days = days.normalize()
    what = "day" if step == 1 else "week"
    if len(days) == 0:
        return days, None
    order = days.argsort(kind="stable")
    sorted_days = days[order]
    gaps = sorted_days[1:] - sorted_days[:-1]
    one = pd.Timedelta(days=step)
    if (gaps == one).all() and (order == range(len(order))).all():
        return days, None
    if fill == "zero":
        full = pd.date_range(sorted_days[0], sorted_days[-1], freq=f"{step}D", name=index.name)
        if len(sorted_days.difference(full)):
            bad = sorted_days.difference(full)[0]
            raise _invalid(name, f"{bad.date()} is not on the {step}-day grid from {sorted_days[0].date()}: "
                                 "the weeks must end on the same weekday")
        return days, full
    dup = (gaps == pd.Timedelta(0)).nonzero()[0]
    if len(dup):
        raise _invalid(name, f"the index holds {sorted_days[dup[0]].date()} twice: one value per {what} "
                             f"(sum them, or pass fill='zero', which sums the values of a {what})")
    if (order != range(len(order))).any():
        raise _invalid(name, "the DatetimeIndex is not in order: sort it (s.sort_index())")
    k = (gaps != one).nonzero()[0][0]
    a, b = sorted_days[k], sorted_days[k + 1]
    if gaps[k] > one and (gaps[k] % one) == pd.Timedelta(0):
        missing = gaps[k] // one - 1
        raise _invalid(name, f"gap in the DatetimeIndex: no {what} from {(a + one).date()} to {(b - one).date()} "
                             f"({missing} {what}{'s' if missing > 1 else ''} missing between {a.date()} and "
                             f"{b.date()}); pass fill='zero' if they were rest {what}s (0), or fill the Series")
    raise _invalid(name, f"irregular DatetimeIndex: {a.date()} to {b.date()} is {gaps[k].days} days, not {step}; "
                         f"one value per {what} is needed")


def _values(series, name, step=1, fill=None):
    """(float values, index) of a Series, a 'km' column or an array. A DatetimeIndex must be a regular
    series (one value per day, or per week with step 7), else an error names the gap; with fill="zero"
    missing days (weeks) are 0 and values of one day are summed."""
    pd = _pd()
    if isinstance(series, pd.DataFrame):
        if "km" in series.columns:
            series = series["km"]
        elif series.shape[1] == 1:
            series = series.iloc[:, 0]
        else:
            raise _invalid(name, "expected a Series or a DataFrame with a 'km' column")
    if isinstance(series, pd.Series):
        if isinstance(series.index, pd.DatetimeIndex):
            days, full = _day_index(series.index, name, step, fill)
            if full is not None:
                summed = pd.Series(series.to_numpy(dtype=float), index=days).groupby(level=0).sum()
                return summed.reindex(full, fill_value=0.0).to_numpy(dtype=float), full
        return series.to_numpy(dtype=float), series.index
    import numpy as np
    a = np.asarray(series, dtype=float)
    return a, pd.RangeIndex(len(a))


def check_weekly_series(weekly_km, max_increase_pct=10.0, fill=None):
    """:func:`calfcare.check_weekly` on a Series of weekly km (oldest first; any index, for example
    week-ending dates). Values are taken by position, never by index label. A DatetimeIndex must
    hold one week every 7 days: a missing week raises InvalidInputError naming it (weeks that are
    not adjacent would be compared), unless ``fill="zero"`` (a missing week ran 0 km).

    Returns a DataFrame with the Series' index and columns ``km``, ``change_pct`` (NaN for the
    first week or after a 0 week) and ``over_limit``; ``.attrs`` holds ``next_week_max`` (km),
    ``over_limit_count``, ``two_week_change_pct`` and ``advice`` (reason names), and ``.attrs["check"]``
    the :class:`calfcare.WeeklyCheck` itself.
    """
    pd = _pd()
    values, index = _values(weekly_km, "weekly_km", 7, fill)
    wc = check_weekly(values, max_increase_pct)
    df = pd.DataFrame({"km": [w.value for w in wc.weeks], "change_pct": [w.change_pct for w in wc.weeks],
                       "over_limit": [w.over_limit for w in wc.weeks]}, index=index).astype({"change_pct": float})
    df.attrs.update(next_week_max=wc.next_week_max, over_limit_count=wc.over_limit_count,
                    two_week_change_pct=wc.two_week_change_pct, advice=[a.name for a in wc.advice], check=wc)
    return df


def _acwr_table(series, index):
    pd = _pd()
    return pd.DataFrame({"acute": list(series.acute), "chronic": list(series.chronic), "ratio": list(series.ratio),
                         "band": [acwr_band(q).word for q in series.ratio], "settled": list(series.settled)},
                        index=index)


def acwr_frame(daily_load, acute_days=7, chronic_days=28, decay="2/(n+1)", coupling="coupled", seed="zero",
               fill=None):
    """Every day's acute:chronic values of a daily Series (km or load per calendar day, rest days 0;
    or a :func:`log_daily` DataFrame, whose ``km`` is used). Returns a DataFrame with the same index
    and columns ``acute``, ``chronic``, ``ratio`` (NaN without chronic load), ``band`` and
    ``settled`` (False while the start of the series still weighs over 10% in the chronic load: the
    library's settled_days). A DatetimeIndex must hold every calendar day: a Series of the run days
    only raises InvalidInputError naming the first gap, unless ``fill="zero"`` (the days between are
    rest days; values of one day are summed), and the result has the full daily index.
    Contested: for information, not an injury predictor."""
    values, index = _values(daily_load, "daily_load", 1, fill)
    series = acwr_series(values, acute_days=acute_days, chronic_days=chronic_days, decay=decay,
                         coupling=coupling, seed=seed)
    return _acwr_table(series, index)


def cohort_matrix(runs, *, runner="runner", date="date", distance=None, start=None, end=None, dayfirst=None,
                  format=None):
    """A long table of runs (one row per run: ``runner``, ``date``, distance km) as a wide
    DataFrame: one row per runner (sorted), one column per calendar day from ``start`` (default the
    first date) to ``end`` (default the last date), km summed per day, rest days 0. Its values are
    what :func:`batch_check_frame` expects."""
    pd = _pd()
    dist = _distance_name(runs, distance)
    day = _dates(_column(runs, date, "date"), date, dayfirst, format)
    km = pd.to_numeric(_column(runs, dist, "distance"), errors="coerce").astype(float)
    who = _column(runs, runner, "runner")
    start = day.min() if start is None else pd.Timestamp(start).normalize()
    end = day.max() if end is None else pd.Timestamp(end).normalize()
    keep = ((day >= start) & (day <= end)).to_numpy()
    long = pd.DataFrame({"runner": who.to_numpy()[keep], "date": day.to_numpy()[keep], "km": km.to_numpy()[keep]})
    wide = long.pivot_table(index="runner", columns="date", values="km", aggfunc="sum", fill_value=0.0)
    days = pd.date_range(start, end, freq="D", name="date")
    wide = wide.reindex(columns=days, fill_value=0.0)
    wide.index.name = runner
    return wide.astype(float)


def _cohort(cohort, fill=None):
    """(C-contiguous float64 matrix, runner index, day columns or None). A frame with a DatetimeIndex
    down the rows (days x runners, the usual pandas layout) is turned to runners x days; day columns
    must be every calendar day (a gap raises naming it, unless fill="zero")."""
    pd = _pd()
    import numpy as np
    if isinstance(cohort, pd.DataFrame):
        if "date" in cohort.columns and not isinstance(cohort.index, pd.DatetimeIndex):
            cohort = cohort.set_index(pd.DatetimeIndex(_dates(cohort["date"], "date"), name="date")).drop(columns="date")
        if isinstance(cohort.index, pd.DatetimeIndex) and not isinstance(cohort.columns, pd.DatetimeIndex):
            cohort = cohort.T  # days down the rows: one column per runner
        if isinstance(cohort.columns, pd.DatetimeIndex):
            days, full = _day_index(cohort.columns, "daily_km", 1, fill)
            if full is not None:
                cohort = cohort.T.set_axis(days, axis=0).groupby(level=0).sum().reindex(full, fill_value=0.0).T
        # A single-dtype float64 frame is stored column-major: this is one copy into row-major order.
        return np.ascontiguousarray(cohort.to_numpy(dtype=np.float64)), cohort.index, cohort.columns
    a = np.asarray(cohort)
    return a, pd.RangeIndex(a.shape[0] if a.ndim else 0, name="runner"), None


def batch_check_frame(cohort, max_increase_pct=10.0, acute_days=7, chronic_days=28, decay="2/(n+1)",
                      coupling="coupled", seed="zero", fill=None):
    """:func:`calfcare.batch_check` on a cohort: a wide DataFrame (runners x calendar days, km,
    rest days 0, as from :func:`cohort_matrix`) or a 2-D array. Returns a DataFrame indexed by
    runner with one column per :class:`calfcare.BatchColumn` (lower-case names: ``last_week_km``,
    ``change_pct``, ..., ``total_km``) and ``last_band_name`` (the spike band word)."""
    pd = _pd()
    a, index, _ = _cohort(cohort, fill)
    res = batch_check(a, max_increase_pct, acute_days, chronic_days, decay, coupling, seed)
    df = pd.DataFrame(res.table, index=index, columns=[c.name.lower() for c in BatchColumn])
    df["last_band_name"] = [_capi.calfcare_progression_band_name(int(b)) for b in res.last_band]
    return df


def batch_acwr_frame(cohort, acute_days=7, chronic_days=28, decay="2/(n+1)", coupling="coupled", seed="zero",
                     fill=None):
    """:func:`calfcare.batch_acwr` on a cohort: every runner's daily acute:chronic ratio, a DataFrame
    with the cohort's index and columns (NaN where there is no chronic load)."""
    pd = _pd()
    a, index, columns = _cohort(cohort, fill)
    out = batch_acwr(a, acute_days, chronic_days, decay, coupling, seed)
    return pd.DataFrame(out, index=index, columns=columns)

