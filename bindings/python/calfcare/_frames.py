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

from dataclasses import dataclass, field
from typing import Any

from . import capi as _capi
from ._common import InvalidInputError, optional_import
from ._progression import (BatchColumn, acwr_band, acwr_series, batch_acwr, batch_check, check_spikes,
                           check_weekly, check_weekly_load, session_load, weekly_totals, weekly_load_totals)

__all__ = [
    "LogCheck",
    "log_daily",
    "check_log",
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


def _dates(values, name):
    pd = _pd()
    try:
        d = pd.to_datetime(values)
    except (ValueError, TypeError) as e:
        raise _invalid(name, f"not a date: {e}") from None
    if d.isna().any():
        raise _invalid(name, f"missing date in row {int(d.isna().to_numpy().argmax())}")
    if getattr(d.dt, "tz", None) is not None:
        d = d.dt.tz_localize(None)
    return d.dt.normalize()


def _runs(log, date, distance, duration, rpe):
    """The log as a frame of runs (date, km[, load]) in date order (stable for equal dates)."""
    pd = _pd()
    if not isinstance(log, pd.DataFrame):
        raise TypeError("log must be a pandas DataFrame with one row per run")
    if len(log) == 0:
        raise _invalid("log", "the log has no rows")
    dist = _distance_name(log, distance)
    km = pd.to_numeric(_column(log, dist, "distance"), errors="coerce").astype(float)
    if km.isna().any():
        row = int(km.isna().to_numpy().argmax())
        raise _invalid(dist, f"row {row}: {log[dist].iloc[row]!r} is not a distance (km)")
    runs = pd.DataFrame({"date": _dates(_column(log, date, "date"), date).to_numpy(), "km": km.to_numpy()})
    has_dur, has_rpe = duration in log.columns, rpe in log.columns
    if has_dur != has_rpe:
        raise _invalid(rpe if has_dur else duration,
                       f"give both {duration!r} and {rpe!r} for session load, or neither")
    if has_dur:
        dur = pd.to_numeric(log[duration], errors="coerce").astype(float).to_numpy()
        eff = pd.to_numeric(log[rpe], errors="coerce").astype(float).to_numpy()
        # Each row's load through the library: it validates duration (0-1440 min) and RPE (0-10).
        runs["load"] = [session_load(m, e) for m, e in zip(dur, eff)]
    return runs.sort_values("date", kind="stable").reset_index(drop=True)


def _daily(runs, until):
    pd = _pd()
    first = runs["date"].iloc[0]
    last = runs["date"].iloc[-1]
    if until is not None:
        until = pd.Timestamp(until).normalize()
        if until < last:
            runs = runs[runs["date"] <= until]
            if len(runs) == 0:
                raise _invalid("until", f"{until.date()} is before the first run ({first.date()})")
        last = until
    days = pd.date_range(first, last, freq="D", name="date")
    cols = [c for c in ("km", "load") if c in runs.columns]
    daily = runs.groupby("date")[cols].sum().reindex(days, fill_value=0.0)
    daily["runs"] = runs[runs["km"] != 0].groupby("date").size().reindex(days, fill_value=0).astype(int)
    return runs, daily


def log_daily(log, *, date="date", distance=None, duration="duration_min", rpe="rpe", until=None):
    """Daily totals of a training log.

    ``log``: a DataFrame with one row per run: a ``date`` column (anything :func:`pandas.to_datetime`
    reads; the time of day is dropped), a distance column in km (``distance_km`` or ``distance``,
    or the name given as ``distance``), and optionally ``duration_min`` (min) and ``rpe`` (CR-10)
    for the session-RPE load. Several rows on a day are summed; days without rows are rest days (0).
    ``until``: a date after the last row extends the series with rest days to that date; an
    earlier date drops the later rows.

    Returns a DataFrame indexed by every calendar day from the first run to the last day, with
    columns ``km``, ``runs`` (runs with a distance that day) and ``load`` when the log has one.
    """
    return _daily(_runs(log, date, distance, duration, rpe), until)[1]


def _weeks_frame(wc, week_end_days, value_name):
    pd = _pd()
    ends = week_end_days
    weeks = wc.weeks if wc is not None else ()
    return pd.DataFrame({
        "start": ends - pd.Timedelta(days=6),
        value_name: [float(w.value) for w in weeks],
        "change_pct": [w.change_pct for w in weeks],
        "over_limit": [w.over_limit for w in weeks],
    }, index=pd.DatetimeIndex(ends, name="end")).astype({"change_pct": float})


@dataclass(frozen=True)
class LogCheck:
    """Result of :func:`check_log`: the package's own results and the same as DataFrames.

    - ``daily``: :func:`log_daily` of the log (index: calendar days)
    - ``weekly`` (:class:`calfcare.WeeklyCheck`) and ``weeks`` (DataFrame indexed by the week's last
      day: ``start``, ``km``, ``change_pct``, ``over_limit``); weeks end on the last day, a leading
      partial week is left out; a log shorter than a week has ``weekly`` None and no ``weeks`` rows
    - ``weekly_load`` / ``load_weeks``: the same for the session-RPE load (None without load
      columns; ``weekly_load`` also None under a week)
    - ``spikes`` (:class:`calfcare.SpikeCheck`) and ``runs`` (DataFrame, one row per run:
      ``date``, ``km``, ``spike_pct``, ``band``); the next run is the day after the last day
    - ``acwr`` (:class:`calfcare.AcwrSeries` of the daily km) and ``acwr_daily`` (DataFrame indexed
      by day: ``acute``, ``chronic``, ``ratio``, ``band``); contested, for information only
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

    @property
    def advice(self):
        """Advice of every check (:class:`calfcare.Reason`), each code once, in check order."""
        seen, out = set(), []
        for part in (self.weekly, self.spikes, self.acwr.last, self.weekly_load):
            for a in (part.advice if part is not None else ()):
                if a.code not in seen:
                    seen.add(a.code)
                    out.append(a)
        return tuple(out)

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
        """Plain data, keys as in ``calfcare check --log --json`` where they exist."""
        def iso(ts):
            return ts.date().isoformat()
        if self.weekly is not None:
            d = self.weekly.to_dict()
            d["weeks"] = [dict(w, start=iso(row["start"]), end=iso(end))
                          for w, (end, row) in zip(d["weeks"], self.weeks.iterrows())]
        else:
            d = {"max_increase_pct": float(self.params.get("max_increase_pct", 10.0)), "weeks": [],
                 "next_week_max_km": None, "over_limit_weeks": 0, "two_week_change_pct": None}
        d.update({k: v for k, v in self.spikes.to_dict().items() if k != "advice"})
        d["acwr"] = {k: v for k, v in self.acwr.last.to_dict().items() if k != "advice"}
        if self.weekly_load is not None:
            lw = self.weekly_load.to_dict()
            d["load_weeks"] = [dict(w, start=iso(row["start"]), end=iso(end))
                               for w, (end, row) in zip(lw["weeks"], self.load_weeks.iterrows())]
            d["next_week_max_load"] = lw["next_week_max_load"]
        d["advice"] = [a.to_dict() for a in self.advice]
        return d


def check_log(log, *, until=None, max_increase_pct=10.0, acute_days=7, chronic_days=28, decay="2/(n+1)",
              coupling="coupled", seed="zero", date="date", distance=None, duration="duration_min", rpe="rpe"):
    """The progression checks of a training log DataFrame (what ``calfcare check --log`` does).

    The log is read as in :func:`log_daily`. Daily km feed the weekly check (weeks end on the last
    day) and the acute:chronic ratio; each run with a distance feeds the spike check (several runs
    on a day are separate runs), the next run being the day after the last day. With duration and
    RPE columns the weekly session-RPE load is checked too. Parameters are those of
    :func:`calfcare.check_weekly` and :func:`calfcare.acwr`. Returns a :class:`LogCheck`.
    """
    pd = _pd()
    runs, daily = _daily(_runs(log, date, distance, duration, rpe), until)
    km = daily["km"].to_numpy(dtype=float)
    n_weeks = len(weekly_totals(km))
    ends = daily.index[len(daily) - 7 * n_weeks + 6::7] if n_weeks else daily.index[:0]
    # Under a full week there is nothing to check week by week (the CLI prints "weeks": []).
    weekly = check_weekly(weekly_totals(km), max_increase_pct) if n_weeks else None
    weeks = _weeks_frame(weekly, ends, "km")
    weekly_load = load_weeks = None
    if "load" in daily.columns:
        if n_weeks:
            weekly_load = check_weekly_load(weekly_load_totals(daily["load"].to_numpy(dtype=float)),
                                            max_increase_pct)
        load_weeks = _weeks_frame(weekly_load, ends, "load")
    ran = runs[runs["km"] != 0]
    next_day = (daily.index[-1] + pd.Timedelta(days=1)).date()
    spikes = check_spikes([ts.date() for ts in ran["date"]], ran["km"].to_numpy(dtype=float), next_day)
    run_frame = pd.DataFrame({
        "date": pd.DatetimeIndex(ran["date"]),
        "km": [r.km for r in spikes.runs],
        "spike_pct": [r.spike_pct for r in spikes.runs],
        "band": [r.band for r in spikes.runs],
    }).astype({"spike_pct": float})
    params = dict(acute_days=acute_days, chronic_days=chronic_days, decay=decay, coupling=coupling, seed=seed)
    series = acwr_series(km, **params)
    return LogCheck(daily=daily, weekly=weekly, weeks=weeks, spikes=spikes, runs=run_frame, acwr=series,
                    acwr_daily=_acwr_table(series, daily.index), weekly_load=weekly_load, load_weeks=load_weeks,
                    params=dict(params, max_increase_pct=max_increase_pct))


def _values(series, name):
    pd = _pd()
    if isinstance(series, pd.DataFrame):
        if "km" in series.columns:
            series = series["km"]
        elif series.shape[1] == 1:
            series = series.iloc[:, 0]
        else:
            raise _invalid(name, "expected a Series or a DataFrame with a 'km' column")
    if isinstance(series, pd.Series):
        return series.to_numpy(dtype=float), series.index
    import numpy as np
    a = np.asarray(series, dtype=float)
    return a, pd.RangeIndex(len(a))


def check_weekly_series(weekly_km, max_increase_pct=10.0):
    """:func:`calfcare.check_weekly` on a Series of weekly km (oldest first; any index, for example
    week-ending dates). Values are taken by position, never by index label.

    Returns a DataFrame with the Series' index and columns ``km``, ``change_pct`` (NaN for the
    first week or after a 0 week) and ``over_limit``; ``.attrs`` holds ``next_week_max_km``,
    ``over_limit_count``, ``two_week_change_pct`` and ``advice`` (reason names), and ``.attrs["check"]``
    the :class:`calfcare.WeeklyCheck` itself.
    """
    pd = _pd()
    values, index = _values(weekly_km, "weekly_km")
    wc = check_weekly(values, max_increase_pct)
    df = pd.DataFrame({"km": [w.km for w in wc.weeks], "change_pct": [w.change_pct for w in wc.weeks],
                       "over_limit": [w.over_limit for w in wc.weeks]}, index=index).astype({"change_pct": float})
    df.attrs.update(next_week_max_km=wc.next_week_max, over_limit_count=wc.over_limit_count,
                    two_week_change_pct=wc.two_week_change_pct, advice=[a.name for a in wc.advice], check=wc)
    return df


def _acwr_table(series, index):
    pd = _pd()
    return pd.DataFrame({"acute": list(series.acute), "chronic": list(series.chronic), "ratio": list(series.ratio),
                         "band": [acwr_band(q) for q in series.ratio]}, index=index)


def acwr_frame(daily_load, acute_days=7, chronic_days=28, decay="2/(n+1)", coupling="coupled", seed="zero"):
    """Every day's acute:chronic values of a daily Series (km or load per calendar day, rest days 0;
    or a :func:`log_daily` DataFrame, whose ``km`` is used). Returns a DataFrame with the same index
    and columns ``acute``, ``chronic``, ``ratio`` (NaN without chronic load) and ``band``.
    Contested: for information, not an injury predictor."""
    values, index = _values(daily_load, "daily_load")
    series = acwr_series(values, acute_days=acute_days, chronic_days=chronic_days, decay=decay,
                         coupling=coupling, seed=seed)
    return _acwr_table(series, index)


def cohort_matrix(runs, *, runner="runner", date="date", distance=None, start=None, end=None):
    """A long table of runs (one row per run: ``runner``, ``date``, distance km) as a wide
    DataFrame: one row per runner (sorted), one column per calendar day from ``start`` (default the
    first date) to ``end`` (default the last date), km summed per day, rest days 0. Its values are
    what :func:`batch_check_frame` expects."""
    pd = _pd()
    dist = _distance_name(runs, distance)
    day = _dates(_column(runs, date, "date"), date)
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


def _cohort(cohort):
    """(C-contiguous float64 matrix, runner index, day columns or None)."""
    pd = _pd()
    import numpy as np
    if isinstance(cohort, pd.DataFrame):
        # A single-dtype float64 frame is stored column-major: this is one copy into row-major order.
        return np.ascontiguousarray(cohort.to_numpy(dtype=np.float64)), cohort.index, cohort.columns
    a = np.asarray(cohort)
    return a, pd.RangeIndex(a.shape[0] if a.ndim else 0, name="runner"), None


def batch_check_frame(cohort, max_increase_pct=10.0, acute_days=7, chronic_days=28, decay="2/(n+1)",
                      coupling="coupled", seed="zero"):
    """:func:`calfcare.batch_check` on a cohort: a wide DataFrame (runners x calendar days, km,
    rest days 0, as from :func:`cohort_matrix`) or a 2-D array. Returns a DataFrame indexed by
    runner with one column per :class:`calfcare.BatchColumn` (lower-case names: ``last_week_km``,
    ``change_pct``, ..., ``total_km``) and ``last_band_name`` (the spike band word)."""
    pd = _pd()
    a, index, _ = _cohort(cohort)
    res = batch_check(a, max_increase_pct, acute_days, chronic_days, decay, coupling, seed)
    df = pd.DataFrame(res.table, index=index, columns=[c.name.lower() for c in BatchColumn])
    df["last_band_name"] = [_capi.calfcare_progression_band_name(int(b)) for b in res.last_band]
    return df


def batch_acwr_frame(cohort, acute_days=7, chronic_days=28, decay="2/(n+1)", coupling="coupled", seed="zero"):
    """:func:`calfcare.batch_acwr` on a cohort: every runner's daily acute:chronic ratio, a DataFrame
    with the cohort's index and columns (NaN where there is no chronic load)."""
    pd = _pd()
    a, index, columns = _cohort(cohort)
    out = batch_acwr(a, acute_days, chronic_days, decay, coupling, seed)
    return pd.DataFrame(out, index=index, columns=columns)

