"""Mileage progression limits, load analysis, safe plans, return to running and batch analysis.

The load side of calf-pain prevention (calfcare/progression.h):

- :func:`check_weekly` / :func:`check_weekly_load`: each week's change against the weekly increase
  limit (the "10% rule"; weak evidence: Buist 2008, Nielsen 2014) and next week's cap;
  :func:`check_weekly_climb` / :func:`check_weekly_hard`: the same limit on climbing (m) and on
  minutes of hard running;
- :func:`check_spikes`: each run against the longest run of the previous 30 days (Frandsen 2025) and
  the longest advisable next run;
- :func:`acwr` / :func:`acwr_series`: the acute:chronic workload ratio by calendar day (EWMA;
  contested, shown for information only);
- :func:`make_plan`: weekly distances to a target with cutback weeks;
- :func:`return_to_run` / :func:`rtr_advance`: the gate and the walk-run stages after calf pain;
- :func:`batch_check` / :func:`batch_acwr`: many runners at once from a 2-D float64 array
  (runners x days), without copying it.

Series may be lists, tuples, ``array('d')`` or numpy arrays; C-contiguous float64 numpy arrays are
read in place (other numpy dtypes are converted once; other buffers must hold float64). Distances are km, loads arbitrary units (for example minutes x RPE), days are calendar days.
Invalid input raises :class:`calfcare.InvalidInputError` whose ``field`` names the parameter.
"""

import datetime
import enum
from array import array
from dataclasses import field
from typing import Optional, Tuple

from . import capi as _capi
from ._common import Error, InvalidInputError, Result, Word, _same, nan_to_none, optional_import, reason, result, word_enum
from ._common import strict_bool as _strict_bool, strict_number as _strict_number, BlockedError
from ._common import invalid as _invalid
from ._common import TABLE_DEFAULT as _TABLE_DEFAULT, params_defaults as _params_defaults, params_set as _params_set
from ._common import params_set_pair as _params_set_pair

__all__ = [
    "Decay",
    "Coupling",
    "Seed",
    "Unit",
    "GateItem",
    "SpikeBand",
    "AcwrBand",
    "BatchColumn",
    "BATCH_COLUMNS",
    "CheckedWeek",
    "WeeklyCheck",
    "RunSpike",
    "SpikeCheck",
    "Acwr",
    "AcwrSeries",
    "PlanWeek",
    "WeeklyPlan",
    "RtrGateItem",
    "RtrStage",
    "ReturnToRun",
    "RtrStep",
    "RtrGateCheck",
    "ProgressionBatch",
    "next_week_max",
    "check_weekly",
    "check_weekly_load",
    "check_weekly_climb",
    "check_weekly_hard",
    "session_load",
    "weekly_totals",
    "weekly_load_totals",
    "spike_band",
    "acwr_band",
    "check_spikes",
    "acwr",
    "acwr_series",
    "make_plan",
    "return_to_run",
    "rtr_advance",
    "rtr_gate",
    "batch_check",
    "batch_acwr",
    "TrainingLog",
    "LogFormat",
    "LogUnits",
    "LogTimes",
    "LogAdvice",
    "LogReport",
    "read_log",
    "check_log",
]


class Decay(Word):
    """EWMA decay constant lambda for a window of N days; each member is the CLI word (a str)."""

    #: 2/(N+1) (default; Williams 2017)
    TWO_OVER_N_PLUS_1 = _capi.calfcare_progression_decay_name(_capi.CALFCARE_PROGRESSION_DECAY_2_OVER_N_PLUS_1)
    EXP = _capi.calfcare_progression_decay_name(_capi.CALFCARE_PROGRESSION_DECAY_EXP)  #: 1 - exp(-1/N) (GoldenCheetah)
    ONE_OVER_N = _capi.calfcare_progression_decay_name(_capi.CALFCARE_PROGRESSION_DECAY_1_OVER_N)  #: 1/N


class Coupling(Word):
    """Whether the chronic load includes the acute window; each member is the CLI word (a str)."""

    COUPLED = _capi.calfcare_progression_coupling_name(_capi.CALFCARE_PROGRESSION_COUPLED)
    UNCOUPLED = _capi.calfcare_progression_coupling_name(_capi.CALFCARE_PROGRESSION_UNCOUPLED)


class Seed(Word):
    """How both EWMAs start; each member is the CLI word (a str)."""

    ZERO = _capi.calfcare_progression_seed_name(_capi.CALFCARE_PROGRESSION_SEED_ZERO)  #: A and C start from 0 (default)
    FIRST = _capi.calfcare_progression_seed_name(_capi.CALFCARE_PROGRESSION_SEED_FIRST)  #: A and C start at day 0's value


Unit = word_enum("Unit", __name__, ["km", "load", "m", "min"],
                 "Unit of a weekly series' values (WeeklyCheck.unit, CheckedWeek.unit): km (distance), load "
                 "(e.g. session-RPE), m (climbing), min (hard minutes).")
LogFormat = word_enum("LogFormat", __name__, [_capi.calfcare_log_format_name(i) for i in range(
    _capi.CALFCARE_LOG_FORMAT_UNKNOWN, _capi.CALFCARE_LOG_FORMAT_GARMIN + 1)],
                      "Format of a training log the library detected: unknown, calfcare, strava, strava_old, garmin.")
LogUnits = word_enum("LogUnits", __name__, [_capi.calfcare_log_units_name(i) for i in range(
    _capi.CALFCARE_LOG_UNITS_UNKNOWN, _capi.CALFCARE_LOG_UNITS_M + 1)],
                     "Distance units of a training log: unknown, km, mi, m.")
LogTimes = word_enum("LogTimes", __name__, ["local", "utc"],
                     "The clock of a training log's start times: local (as the runner lived them) or utc (put on "
                     "local days with tz).")

SpikeBand = word_enum("SpikeBand", __name__, [_capi.calfcare_progression_band_name(b)
                                              for b in range(_capi.CALFCARE_PROGRESSION_BAND_COUNT)],
                      "Band of a run against the longest run of the previous 30 days: no_reference, within_10, "
                      "over_10, over_30, over_100 (Frandsen 2025).")
AcwrBand = word_enum("AcwrBand", __name__, [_capi.calfcare_progression_acwr_band_name(b) for b in range(5)],
                     "Band of an acute:chronic ratio (Gabbett 2016, contested): unknown, low, moderate, high, very_high.")


class BatchColumn(enum.IntEnum):
    """Columns of :attr:`ProgressionBatch.table` (one row per runner)."""

    LAST_WEEK_KM = _capi.CALFCARE_PROGRESSION_COL_LAST_WEEK_KM
    CHANGE_PCT = _capi.CALFCARE_PROGRESSION_COL_CHANGE_PCT
    NEXT_WEEK_MAX_KM = _capi.CALFCARE_PROGRESSION_COL_NEXT_WEEK_MAX_KM
    WEEKS_OVER_LIMIT = _capi.CALFCARE_PROGRESSION_COL_WEEKS_OVER_LIMIT
    LONGEST_30D_KM = _capi.CALFCARE_PROGRESSION_COL_LONGEST_30D_KM
    NEXT_RUN_MAX_KM = _capi.CALFCARE_PROGRESSION_COL_NEXT_RUN_MAX_KM
    LAST_SPIKE_PCT = _capi.CALFCARE_PROGRESSION_COL_LAST_SPIKE_PCT
    LAST_BAND = _capi.CALFCARE_PROGRESSION_COL_LAST_BAND
    ACUTE = _capi.CALFCARE_PROGRESSION_COL_ACUTE
    CHRONIC = _capi.CALFCARE_PROGRESSION_COL_CHRONIC
    ACWR = _capi.CALFCARE_PROGRESSION_COL_ACWR
    TOTAL_KM = _capi.CALFCARE_PROGRESSION_COL_TOTAL_KM


BATCH_COLUMNS = _capi.calfcare_progression_batch_columns()


# ---- helpers ------------------------------------------------------------------------------------

def _whole(name, value):
    """An int parameter: whole numbers only (7.0 is fine, 7.5 is not)."""
    try:
        f = float(value)
    except (TypeError, ValueError):
        raise _invalid(name, f"expected a whole number, got {value!r}") from None
    if f != f or f in (float("inf"), float("-inf")) or f != int(f) or abs(f) > 2 ** 31 - 1:
        raise _invalid(name, f"{value!r} is not a whole number", f)
    return int(f)


def _word_or_enum(name, value, enum_cls, parse):
    if isinstance(value, str):  # a word, or a member (which is its word)
        return parse(value)
    return _whole(name, value)


_TABLE = _capi.CALFCARE_PARAMS_TABLE_PROGRESSION
_PLAN_TABLE = _capi.CALFCARE_PARAMS_TABLE_PLAN
_GATE_TABLE = _capi.CALFCARE_PARAMS_TABLE_RTR_GATE
_D = _TABLE_DEFAULT


def _params(**kwargs):
    """A capi.calfcare_progression_params, each member set through the library's table (ranges,
    whole numbers and words checked there); words or enum values for decay, coupling and seed."""
    p = _capi.calfcare_progression_params()
    _capi.calfcare_progression_params_init(p)
    for name, value in kwargs.items():
        _params_set(_TABLE, p, name, value)
    return p


def _series(values, name):
    """A 1-D series for the C typemap: C-contiguous float64 numpy arrays pass through untouched (no
    copy); numpy arrays of other dtypes or strides are converted once; iterators become lists."""
    if not _is_numpy(values) and hasattr(values, "to_numpy"):
        step = _SERIES_STEP.get(name)
        if step and type(getattr(values, "index", None)).__name__ == "DatetimeIndex":
            # dated values: they must be one per day (week), or a gap would be read as adjacent days
            from ._frames import _day_index
            _day_index(values.index, name, step, None)
        values = values.to_numpy()  # a pandas Series: by position, never by index label
    if _is_numpy(values):
        import numpy as np
        if values.ndim != 1:
            raise _invalid(name, f"expected a 1-D series, got shape {values.shape}")
        return np.ascontiguousarray(values, dtype=np.float64)
    if hasattr(values, "__len__"):
        return values
    return list(values)


_SERIES_STEP = {"daily_km": 1, "daily_load": 1, "weekly_km": 7, "weekly_load": 7}


def _is_numpy(x):
    return type(x).__module__ == "numpy"


def _advice(obj):
    return tuple(reason(obj.advice_at(i)) for i in range(obj.advice_count))


def _band(b):
    return SpikeBand(_capi.calfcare_progression_band_name(b))


def _acwr_band(b):
    return AcwrBand(_capi.calfcare_progression_acwr_band_name(b))


# ---- weekly check ----------------------------------------------------------------------------------

@result
class CheckedWeek(Result):
    """One week of a weekly check: its value (in ``unit``: "km" or "load"), change over the week
    before (percent, None for the first week or after a 0 week) and whether it is over the limit."""

    index: int
    value: float
    change_pct: Optional[float]
    over_limit: bool
    unit: Unit = Unit.KM


#: JSON key of a week's value and of next week's cap, by the unit of the series (as the CLI writes them).
_UNIT_KEY = {"km": "km", "load": "load", "m": "climb_m", "min": "hard_min"}
_UNIT_FIELD = {"km": "weekly_km", "load": "weekly_load", "m": "weekly_climb_m", "min": "weekly_hard_min"}


@result(rows="weeks")
class WeeklyCheck(Result):
    """Result of :func:`check_weekly`, :func:`check_weekly_load`, :func:`check_weekly_climb` or
    :func:`check_weekly_hard` (the names of the library's calfcare_progression_weekly_result; values
    in ``unit``: "km", "load", "m" or "min"; ``to_frame()``: one row per week)."""

    weeks: Tuple[CheckedWeek, ...]
    next_week_max: float  #: largest advisable next week (in unit): last week x (1 + limit/100)
    over_limit_count: int  #: weeks over the limit
    last_change_pct: Optional[float]
    max_change_pct: Optional[float]
    two_week_change_pct: Optional[float]  #: last week over the week two before; > 30% is the risky zone
    max_increase_pct: float
    unit: Unit
    advice: tuple = field(default=(), repr=False)


def _check(fn, unit, values, max_increase_pct, km=None):
    unit = Unit(unit)
    values = _series(values, _UNIT_FIELD[unit])
    n = len(values)
    p = _params(max_increase_pct=max_increase_pct)
    chg = array("d", bytes(8 * max(n, 1)))
    over = bytearray(max(n, 1))
    r = _capi.calfcare_progression_weekly_result()
    if unit == "m":  # climbing: with the distances (an empty list: none given)
        fn(values, _series(km, "weekly_km") if km is not None else [], p, chg, over, r)
    else:
        fn(values, p, chg, over, r)
    weeks = tuple(CheckedWeek(i + 1, float(values[i]), nan_to_none(chg[i]), bool(over[i]), unit) for i in range(n))
    return WeeklyCheck(weeks, r.next_week_max, r.over_limit_count, nan_to_none(r.last_change_pct),
                       nan_to_none(r.max_change_pct), nan_to_none(r.two_week_change_pct), float(max_increase_pct),
                       unit, _advice(r))


@_params_defaults(_TABLE)
def check_weekly(weekly_km, max_increase_pct=_D):
    """Check weekly distances (km, oldest first) against the weekly increase limit (percent).

    A week is over the limit when it is above last week x (1 + limit/100); exactly at the limit is
    within it. Returns a :class:`WeeklyCheck`. Invalid values raise InvalidInputError naming
    ``weekly_km`` or ``max_increase_pct``.
    """
    return _check(_capi.calfcare_progression_check_weekly, "km", weekly_km, max_increase_pct)


@_params_defaults(_TABLE)
def check_weekly_load(weekly_load, max_increase_pct=_D):
    """The same check on weekly loads (for example session-RPE: minutes x effort 1-10 per week)."""
    return _check(_capi.calfcare_progression_check_weekly_load, "load", weekly_load, max_increase_pct)


@_params_defaults(_TABLE)
def check_weekly_climb(weekly_climb_m, weekly_km=None, max_increase_pct=_D):
    """The same check on weekly climbing (elevation gain, m, oldest first), with the same limit and edges
    as distance: exactly +limit% is within, a week after a 0 m week is over if it climbs at all.

    ``weekly_km``: the same weeks' distances (km), optional; when given, a week climbing more than its
    distance (1 km = 1000 m) raises InvalidInputError naming ``weekly_climb_m``. Returns a
    :class:`WeeklyCheck` (unit "m"; advice ``climb_over_limit`` or ``weekly_within_limit``).
    """
    return _check(_capi.calfcare_progression_check_weekly_climb, "m", weekly_climb_m, max_increase_pct,
                  km=weekly_km)


@_params_defaults(_TABLE)
def check_weekly_hard(weekly_hard_min, max_increase_pct=_D):
    """The same check on weekly minutes of hard running (speed work), oldest first (unit "min"; advice
    ``hard_over_limit`` or ``weekly_within_limit``). Invalid values name ``weekly_hard_min``."""
    return _check(_capi.calfcare_progression_check_weekly_hard, "min", weekly_hard_min, max_increase_pct)


@_params_defaults(_TABLE)
def next_week_max(last_week_km, max_increase_pct=_D):
    """Largest advisable distance for next week, km: ``last_week_km x (1 + max_increase_pct/100)``."""
    return _capi.calfcare_progression_next_week_max(float(last_week_km), float(max_increase_pct))


def session_load(duration_min, rpe):
    """Session-RPE load (Foster 2001): duration in min (0-1440) x effort on the CR-10 scale (0-10)."""
    return _capi.calfcare_progression_session_load(float(duration_min), float(rpe))


def _weekly(totals, daily, name):
    """The weeks of a daily series through the library's ``totals`` function, oldest first."""
    daily = _series(daily, name)
    out = array("d", bytes(8 * max(len(daily) // 7, 1)))
    count = totals(daily, out)
    return list(out[:count])


def weekly_totals(daily_km):
    """Weekly totals (km) of daily distances, weeks ending on the last day; a leading partial week
    (``len(daily_km) % 7`` days) is left out. Returns a list, oldest first."""
    return _weekly(_capi.calfcare_progression_weekly_totals, daily_km, "daily_km")


def weekly_load_totals(daily_load):
    """Weekly totals of daily loads (0-14400 a day), the same weeks as :func:`weekly_totals`."""
    return _weekly(_capi.calfcare_progression_weekly_load_totals, daily_load, "daily_load")


# ---- spikes ----------------------------------------------------------------------------------------

def spike_band(spike_pct):
    """Band of a spike percentage (a :class:`SpikeBand`): "no_reference" (None/NaN), "within_10",
    "over_10", "over_30", "over_100"."""
    v = float("nan") if spike_pct is None else float(spike_pct)
    return _band(_capi.calfcare_progression_spike_classify(v))


@result
class RunSpike(Result):
    """One run against the longest run of the previous 30 days. ``reference_complete`` is False for
    a run in the first 30 days of the history: its window reaches before the first run, so its spike
    may only mean that the log starts there (the library's reference_from_day)."""

    day: object  #: the day as given (a number or a datetime.date)
    km: float
    spike_pct: Optional[float]  #: None when no run lies in the previous 30 days
    band: str
    reference_complete: bool = True


@result(rows="runs")
class SpikeCheck(Result):
    """Result of :func:`check_spikes` (``to_frame()``: one row per run)."""

    runs: Tuple[RunSpike, ...]
    longest_30d_km: float  #: longest run of the 30 days before the next run
    next_run_max_km: float  #: 1.10 x longest_30d_km
    last_spike_pct: Optional[float]
    max_spike_pct: Optional[float]
    band_counts: dict
    advice: tuple = field(default=(), repr=False)


def _day_number(d):
    if isinstance(d, datetime.datetime):
        d = d.date()
    if isinstance(d, datetime.date):
        return float(d.toordinal())
    if hasattr(d, "to_pydatetime"):  # pandas Timestamp
        return float(d.to_pydatetime().date().toordinal())
    if type(d).__module__ == "numpy" and type(d).__name__ == "datetime64":
        return float(_dt64_days(d)) + _EPOCH_ORDINAL
    return d


def _dt64_days(a):
    """Days since 1970-01-01 of numpy datetime64 values of any unit (floored to the day)."""
    import numpy as np
    return np.asarray(a).astype("datetime64[D]").astype(np.int64)


def _dt64_dates(a):
    return [_date_of(int(d)) for d in _dt64_days(a)]


def check_spikes(run_day, run_km, next_day=None):
    """Each run against the longest run of the previous 30 days (Frandsen 2025).

    ``run_day``: day of each run, non-decreasing: whole numbers or ``datetime.date`` objects;
    ``run_km``: distance of each run, km; ``next_day``: day of the next run (default: the day after the
    last run) for the next-run cap. Returns a :class:`SpikeCheck`.
    """
    if _is_numpy(run_day) and run_day.dtype.kind == "M":  # datetime64 of any unit: dates, not numbers
        days = [float(d) for d in _dt64_days(run_day)]
        days_in = _dt64_dates(run_day)
    elif _is_numpy(run_day):
        days_in = days = _series(run_day, "run_day")
    else:
        days_in = list(run_day)
        days = [_day_number(d) for d in days_in]
    run_km = _series(run_km, "run_km")
    n = len(days)
    if next_day is None:
        next_day = (float(days[-1]) + 1) if n else 0.0
    next_day = _day_number(next_day)
    sp = array("d", bytes(8 * max(n, 1)))
    band = bytearray(max(n, 1))
    r = _capi.calfcare_progression_spike_result()
    _capi.calfcare_progression_spikes(days, run_km, float(next_day), sp, band, r)
    runs = tuple(RunSpike(days_in[i], float(run_km[i]), nan_to_none(sp[i]), _band(band[i]),
                          bool(float(days[i]) >= r.reference_from_day)) for i in range(n))
    counts = {_band(b): r.band_count_at(b) for b in range(_capi.CALFCARE_PROGRESSION_BAND_COUNT)}
    return SpikeCheck(runs, r.longest_30d_km, r.next_run_max_km, nan_to_none(r.last_spike_pct),
                      nan_to_none(r.max_spike_pct), counts, _advice(r))


# ---- acute:chronic ratio -------------------------------------------------------------------------------

def acwr_band(ratio):
    """Band of an acute:chronic ratio (an :class:`AcwrBand`): "unknown", "low", "moderate", "high", "very_high"."""
    v = float("nan") if ratio is None else float(ratio)
    return _acwr_band(_capi.calfcare_progression_acwr_classify(v))


@result
class Acwr(Result):
    """The acute:chronic ratio of the last day (contested; for information, not an injury predictor)."""

    acute: float  #: acute EWMA, load per day
    chronic: float  #: chronic EWMA (as of acute_days ago when uncoupled), load per day
    ratio: Optional[float]  #: None when there is no chronic load
    band: str
    settled: bool  #: the start of the series weighs at most 10% in the chronic value
    settled_days: int  #: days a series needs to be settled under these parameters (day i settled when i + 1 >= it)
    days: int
    lambda_acute: float
    lambda_chronic: float
    acute_days: int
    chronic_days: int
    decay: Decay
    coupling: Coupling
    seed: Seed
    advice: tuple = field(default=(), repr=False)


@result
class AcwrSeries(Result):
    """Every day's acute, chronic and ratio (numpy arrays for numpy input, else tuples; ratio NaN
    where there is no chronic load), whether each day's value is ``settled`` (the library's rule:
    day i is settled from ``last.settled_days`` days of history on; before that the start of the
    series, a zero or the first day, still weighs over 10% in the chronic load), and the last day as
    :class:`Acwr`. ``to_frame()``: one row per day (acute, chronic, ratio, band, settled)."""

    acute: object
    chronic: object
    ratio: object
    settled: object
    last: Acwr

    def to_frame(self):
        pd = optional_import("pandas", "AcwrSeries.to_frame")
        return pd.DataFrame({"acute": list(self.acute), "chronic": list(self.chronic), "ratio": list(self.ratio),
                             "band": [acwr_band(q).word for q in self.ratio], "settled": list(self.settled)})

    def __repr__(self):
        return f"AcwrSeries({len(self.ratio)} days, settled from day {self.last.settled_days}, last={self.last!r})"


def _acwr_result(r, p):
    return Acwr(r.acute, r.chronic, nan_to_none(r.ratio), _acwr_band(r.band),
                bool(r.settled), int(r.settled_days), r.days, r.lambda_acute, r.lambda_chronic, p.acute_days,
                p.chronic_days, Decay(_capi.calfcare_progression_decay_name(p.decay)),
                Coupling(_capi.calfcare_progression_coupling_name(p.coupling)),
                Seed(_capi.calfcare_progression_seed_name(p.seed)), _advice(r))


@_params_defaults(_TABLE)
def acwr(daily_load, acute_days=_D, chronic_days=_D, decay=_D, coupling=_D, seed=_D):
    """Acute:chronic workload ratio of the last day of a daily series (rest days 0).

    EWMA by calendar day, starting from 0: ``A_t = la x_t + (1 - la) A_(t-1)``, the same for C;
    ratio = A/C (coupled) or A_t / C_(t - acute_days) (uncoupled). ``decay``: "2/(n+1)" (default),
    "exp" (1 - exp(-1/N)) or "1/n", or a :class:`Decay`. ``seed``: "zero" (A and C start from 0) or
    "first" (both start at the first day's load, as the R package ACWR). Returns an :class:`Acwr`.
    """
    p = _params(acute_days=acute_days, chronic_days=chronic_days, decay=decay, coupling=coupling, seed=seed)
    r = _capi.calfcare_progression_acwr_result()
    _capi.calfcare_progression_acwr(_series(daily_load, "daily_load"), p, r)
    return _acwr_result(r, p)


@_params_defaults(_TABLE)
def acwr_series(daily_load, acute_days=_D, chronic_days=_D, decay=_D, coupling=_D, seed=_D):
    """Like :func:`acwr`, with every day's values (see :class:`AcwrSeries`)."""
    p = _params(acute_days=acute_days, chronic_days=chronic_days, decay=decay, coupling=coupling, seed=seed)
    daily_load = _series(daily_load, "daily_load")
    n = max(len(daily_load), 1)
    if _is_numpy(daily_load):
        import numpy as np
        a, c, q = np.empty(n), np.empty(n), np.empty(n)
    else:
        a, c, q = (array("d", bytes(8 * n)) for _ in range(3))
    r = _capi.calfcare_progression_acwr_result()
    _capi.calfcare_progression_acwr_series(daily_load, p, a, c, q, r)
    days = len(daily_load)
    if _is_numpy(daily_load):
        import numpy as np
        settled = np.arange(1, days + 1) >= r.settled_days
    else:
        a, c, q = tuple(a[:days]), tuple(c[:days]), tuple(q[:days])
        settled = tuple(i + 1 >= r.settled_days for i in range(days))
    return AcwrSeries(a, c, q, settled, _acwr_result(r, p))


# ---- plan ---------------------------------------------------------------------------------------------

@result
class PlanWeek(Result):
    """One planned week: distance (km, rounded down to 0.1 km), cutback or not, its cap (km), and
    whether distance rises this week, so climbing and hard minutes stay at last week's level."""

    week: int
    km: float
    cutback: bool
    limit_km: float
    hold_intensity: bool = False


@result(rows="weeks")
class WeeklyPlan(Result):
    """Result of :func:`make_plan` (``to_frame()``: one row per week)."""

    weeks: Tuple[PlanWeek, ...]
    reached_week: Optional[int]  #: first week at the target, None if not reached
    advice: tuple = field(default=(), repr=False)


@_params_defaults(_PLAN_TABLE)
def make_plan(current_km, target_km, max_increase_pct=_D, cutback_every=_D, cutback_pct=_D, weeks=_D):
    """Weekly distances from ``current_km`` (the last full week) to ``target_km``.

    No week above ``max_increase_pct`` over the last full week; every ``cutback_every``-th week
    is ``cutback_pct`` below the last full week; holds at the target once reached. ``weeks``: how
    many weeks, or 0 for "until the target is reached". Returns a :class:`WeeklyPlan`.
    """
    pp = _capi.calfcare_progression_plan_params()
    _capi.calfcare_progression_plan_params_init(pp)
    for name, value in (("current_km", current_km), ("target_km", target_km), ("max_increase_pct", max_increase_pct),
                        ("cutback_every", cutback_every), ("cutback_pct", cutback_pct), ("weeks", weeks)):
        _params_set(_PLAN_TABLE, pp, name, value, unset_ok=True)  # weeks 0: until the target
    plan = _capi.calfcare_progression_plan()
    _capi.calfcare_progression_make_plan(pp, plan)
    out = []
    for i in range(plan.count):
        w = plan.week_at(i)
        out.append(PlanWeek(w.week, w.km, bool(w.cutback), w.limit_km, bool(w.hold_intensity)))
    return WeeklyPlan(tuple(out), plan.reached_week or None, _advice(plan))


# ---- return to run ---------------------------------------------------------------------------------------

def _gate_words():
    r = _capi.calfcare_progression_rtr()
    _capi.calfcare_progression_return_to_run(r)
    return [r.gate_at(i).name for i in range(r.gate_count)]


GateItem = word_enum("GateItem", __name__, _gate_words(),
                     "The tests of the return-to-run gate: walk_pain_free, heel_raises, hop_pain_free.")


@result
class RtrGateItem(Result):
    """One test to pass before running again: its code (int), name (a :class:`GateItem`) and text."""

    code: int
    name: GateItem
    text: str


@result
class RtrStage(Result):
    """One walk-run stage: repeats x (walk_min walking + run_min running), total_min per session."""

    stage: int
    walk_min: float
    run_min: float
    repeats: int
    total_min: float


@result(rows="stages")
class ReturnToRun(Result):
    """The return-to-run gate and walk-run stages (Green 2022; clinic protocols; weak evidence);
    ``to_frame()``: one row per stage."""

    gate: Tuple[RtrGateItem, ...]
    stages: Tuple[RtrStage, ...]
    heel_raises: int
    asymmetry_pct: float
    rest_days_between: int
    clean_sessions: int
    advice: tuple = field(default=(), repr=False)


def return_to_run():
    """The gate (pain-free walking, heel raises, pain-free hopping) and the walk-run stages."""
    r = _capi.calfcare_progression_rtr()
    _capi.calfcare_progression_return_to_run(r)
    gate = tuple(RtrGateItem(g.code, GateItem(g.name), g.text) for g in (r.gate_at(i) for i in range(r.gate_count)))
    stages = tuple(RtrStage(s.stage, s.walk_min, s.run_min, s.repeats, s.total_min)
                   for s in (r.stage_at(i) for i in range(r.stage_count)))
    return ReturnToRun(gate, stages, r.heel_raises, r.asymmetry_pct, r.rest_days_between, r.clean_sessions,
                       _advice(r))


@result
class RtrGateCheck(Result):
    """Outcome of :func:`rtr_gate`: True passed, False failed, None unknown (not answered)."""

    passed: Optional[bool]
    items: dict  #: gate item (:class:`GateItem`) -> True / False / None
    asymmetry_pct: Optional[float]  #: heel-raise side difference, percent of the stronger side
    advice: tuple = field(default=(), repr=False)


def _answer(name, v):
    """A yes/no answer as the library's word: True/False or "yes"/"no" (any other word is refused by
    the library's parser, naming the field); None stays unknown."""
    if isinstance(v, bool):
        return _capi.calfcare_yes_no_name(_capi.CALFCARE_YES if v else _capi.CALFCARE_NO)
    if isinstance(v, str):
        return v
    raise _invalid(name, f"expected True, False, 'yes', 'no' or None, got {v!r}")


@_params_defaults(_GATE_TABLE, unset_word="None")
def rtr_gate(walk_pain_free=_D, heel_raises=_D, hop_pain_free=_D):
    """Check the return-to-run gate. ``walk_pain_free`` / ``hop_pain_free``: True, False, "yes", "no"
    or None (unknown); ``heel_raises``: (left, right) whole counts to fatigue, or None (unknown).
    Passing needs pain-free walking and hopping and at least 25 raises per side within 10% of the
    stronger side. Returns a :class:`RtrGateCheck`; an unanswered item is unknown, never a pass.
    Each answer is checked by the gate's table in the library (InvalidInputError naming the keyword)."""
    gin = _capi.calfcare_progression_rtr_gate_input()
    _capi.calfcare_progression_rtr_gate_input_init(gin)  # every answer unknown
    for name, v in (("walk_pain_free", walk_pain_free), ("hop_pain_free", hop_pain_free)):
        if v is not None:
            _params_set(_GATE_TABLE, gin, name, _answer(name, v))
    if heel_raises is not None:
        _params_set_pair(_GATE_TABLE, gin, "heel_raises", heel_raises)
    r = _capi.calfcare_progression_rtr_gate_result()
    _capi.calfcare_progression_rtr_gate_check(gin, r)
    rtr = _capi.calfcare_progression_rtr()
    _capi.calfcare_progression_return_to_run(rtr)

    def tri(v):
        return None if v < 0 else bool(v)

    items = {GateItem(rtr.gate_at(i).name): tri(r.item_at(i)) for i in range(rtr.gate_count)}
    return RtrGateCheck(tri(r.passed), items, nan_to_none(r.asymmetry_pct), _advice(r))


@result
class RtrStep(Result):
    """Where the next walk-run session stands."""

    stage: int
    clean_streak: int
    done: bool  #: all stages passed: continue with a weekly plan


def rtr_advance(stage, clean_streak, pain_free, **symptoms):
    """Next stage after a session: two pain-free sessions in a row move up one stage, pain moves
    back one (not below 1). ``stage`` 1-6, ``clean_streak`` 0-1 (whole numbers), ``pain_free``
    True or False: anything else ("no", 0, 1, NaN, None) raises InvalidInputError naming it.

    The symptom switches of :func:`calfcare.diagnose` (``fever=True``, ...) may be given: any red
    flag blocks running (the safety gate), and the step is refused with BlockedError."""
    pain_free = _strict_bool("pain_free", pain_free)
    stage = _whole("stage", _strict_number("stage", stage))
    clean_streak = _whole("clean_streak", _strict_number("clean_streak", clean_streak))
    if symptoms:
        from ._relief import symptoms_blocked_by
        by = symptoms_blocked_by(symptoms)
        if "running" in by:
            exc = BlockedError(f"running is blocked by the red flag {by['running']}; see a clinician before "
                               "returning to running")
            exc.field, exc.care, exc.red_flag, exc.step_kind = "running", "running", by["running"], ""
            exc.status, exc.status_name = _capi.CALFCARE_E_BLOCKED, "CALFCARE_E_BLOCKED"
            exc.value = exc.min = exc.max = float("nan")
            raise exc
    s, k = _capi.calfcare_progression_rtr_advance(stage, clean_streak, 1 if pain_free else 0)
    return RtrStep(s, k, s > _capi.CALFCARE_PROGRESSION_RTR_STAGES)


# ---- batch -----------------------------------------------------------------------------------------------

@result
class ProgressionBatch(Result):
    """Per-runner results of :func:`batch_check`: ``table`` is a numpy array (runners, BATCH_COLUMNS);
    the named attributes are its columns (views, one value per runner; NaN where not defined).
    ``to_frame()``: one row per runner, one column per :class:`BatchColumn` (lower-case names)."""

    table: object

    def to_frame(self):
        pd = optional_import("pandas", "ProgressionBatch.to_frame")
        return pd.DataFrame(self.table, columns=[c.name.lower() for c in BatchColumn])

    def __repr__(self):
        return f"ProgressionBatch({self.table.shape[0]} runners x {self.table.shape[1]} columns)"

    def column(self, col):
        """One column (a :class:`BatchColumn`) as a 1-D numpy view."""
        return self.table[:, int(col)]

    last_week_km = property(lambda self: self.column(BatchColumn.LAST_WEEK_KM))
    change_pct = property(lambda self: self.column(BatchColumn.CHANGE_PCT))
    next_week_max_km = property(lambda self: self.column(BatchColumn.NEXT_WEEK_MAX_KM))
    weeks_over_limit = property(lambda self: self.column(BatchColumn.WEEKS_OVER_LIMIT))
    longest_30d_km = property(lambda self: self.column(BatchColumn.LONGEST_30D_KM))
    next_run_max_km = property(lambda self: self.column(BatchColumn.NEXT_RUN_MAX_KM))
    last_spike_pct = property(lambda self: self.column(BatchColumn.LAST_SPIKE_PCT))
    last_band = property(lambda self: self.column(BatchColumn.LAST_BAND))
    acute = property(lambda self: self.column(BatchColumn.ACUTE))
    chronic = property(lambda self: self.column(BatchColumn.CHRONIC))
    acwr = property(lambda self: self.column(BatchColumn.ACWR))
    total_km = property(lambda self: self.column(BatchColumn.TOTAL_KM))

    def to_dict(self):
        return {c.name.lower(): [nan_to_none(float(v)) for v in self.column(c)] for c in BatchColumn}


def _matrix(daily_km):
    np = optional_import("numpy", "calfcare.batch_check (and every batch function)")
    if _is_pandas_frame(daily_km):
        # dated frames by their dates: days down the rows turned, gaps named (as batch_check_frame)
        from ._frames import _cohort
        daily_km = _cohort(daily_km)[0]
    a = np.ascontiguousarray(daily_km, dtype=np.float64)  # no copy for C-contiguous float64
    if a.ndim != 2 or a.shape[0] == 0 or a.shape[1] == 0:
        raise _invalid("daily_km", f"expected a non-empty 2-D array runners x days, got shape {a.shape}")
    return a


@_params_defaults(_TABLE)
def batch_check(daily_km, max_increase_pct=_D, acute_days=_D, chronic_days=_D, decay=_D,
                coupling=_D, seed=_D):
    """Analyse many runners at once. ``daily_km``: 2-D array (runners x days, km per calendar day,
    oldest first, rest days 0); read in place when it is a C-contiguous float64 numpy array.

    Each row gives the same values as the single-runner functions on it (weekly totals ending on
    the last day, the spikes of each day with a run, the acute:chronic ratio). Returns a
    :class:`ProgressionBatch`.
    """
    np = optional_import("numpy", "calfcare.batch_check")
    a = _matrix(daily_km)
    p = _params(max_increase_pct=max_increase_pct, acute_days=acute_days, chronic_days=chronic_days, decay=decay,
                               coupling=coupling, seed=seed)
    out = np.empty((a.shape[0], BATCH_COLUMNS))
    _capi.calfcare_progression_batch(a, a.shape[0], a.shape[1], p, out)
    return ProgressionBatch(out)


@_params_defaults(_TABLE)
def batch_acwr(daily_km, acute_days=_D, chronic_days=_D, decay=_D, coupling=_D, seed=_D):
    """Every day's acute:chronic ratio for many runners: a numpy array of the same shape as ``daily_km``."""
    np = optional_import("numpy", "calfcare.batch_acwr")
    a = _matrix(daily_km)
    p = _params(acute_days=acute_days, chronic_days=chronic_days, decay=decay, coupling=coupling, seed=seed)
    out = np.empty(a.shape)
    _capi.calfcare_progression_batch_acwr(a, a.shape[0], a.shape[1], p, out)
    return out


# ---- training logs ---------------------------------------------------------------------------------
# The library reads the log (format detector, row parser, check: calfcare/progression.h); Python
# only splits CSV (the csv module, or a DataFrame's columns and cells) and gives UTC-stamped runs
# their offset from the system's tzdata (zoneinfo), as the CLI does with localtime_r.

_EPOCH_ORDINAL = datetime.date(1970, 1, 1).toordinal()


def _date_of(day):
    return datetime.date.fromordinal(int(day) + _EPOCH_ORDINAL)


def _day_of(value, name):
    """A day number from a date, a datetime, or the text YYYY-MM-DD (the library's date rule)."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return float(value.toordinal() - _EPOCH_ORDINAL)
    if hasattr(value, "date") and callable(value.date):  # pandas Timestamp
        return _day_of(value.date(), name)
    text = str(value)
    try:
        seconds, has_time = _capi.calfcare_log_date_parse(text)
    except InvalidInputError:
        has_time, seconds = True, 0.0
    if has_time or len(text) != 10 or text[4] != "-":
        raise _invalid(name, f"{text!r} is not a valid date (YYYY-MM-DD, 1900 to 2100)")
    return float(seconds // 86400)


def _zone(tz):
    """(zone name, offset function of a UTC instant in seconds)."""
    import time
    if tz is None:
        import os
        name = "localtime"  # the name the CLI gives it: TZ, else /etc/localtime's link below zoneinfo/
        if os.environ.get("TZ"):
            name = os.environ["TZ"][1:] if os.environ["TZ"].startswith(":") else os.environ["TZ"]
        else:
            try:
                link = os.readlink("/etc/localtime")
                if "zoneinfo/" in link:
                    name = link.split("zoneinfo/", 1)[1]
            except OSError:
                pass
        return name, lambda s: float(time.localtime(int(s // 1)).tm_gmtoff)
    import zoneinfo
    try:
        zone = zoneinfo.ZoneInfo(str(tz))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError):
        raise _invalid("tz", f"{tz!r} is not a time zone of the system's tzdata (an IANA name such as "
                             "Europe/Berlin or America/New_York)") from None
    utc = datetime.timezone.utc
    return str(tz), lambda s: datetime.datetime.fromtimestamp(s // 1, utc).astimezone(zone).utcoffset().total_seconds()


def _units_code(units):
    if units is None:
        return _capi.CALFCARE_LOG_UNITS_UNKNOWN
    return _capi.calfcare_log_units_parse(str(units))


def _located(exc, where, reader=None, header=None):
    """The library's error, raised again with where it happened (file:line, column and its name)."""
    col = reader.error_column if reader is not None else 0
    msg = str(exc)
    if col and header is not None and col <= len(header):
        msg += f" (column {col}, {header[col - 1][:40]!r})"
    new = type(exc)(f"{where}: {msg}")
    for attr in ("field", "value", "min", "max", "status", "status_name"):
        if hasattr(exc, attr):
            setattr(new, attr, getattr(exc, attr))
    new.line = reader.error_line if reader is not None and reader.error_line else None
    new.column = col or None
    return new


@result
class TrainingLog(Result):
    """A training log read by the library (:func:`read_log`): its format, units, runs and what was
    left out. ``runs`` is a C array of ``run_count`` runs (``capi.LogRunArray``), already on local days."""

    path: str
    format: LogFormat
    units: LogUnits
    times: LogTimes
    tz: str
    rows: int
    run_count: int
    blank_lines: int
    skipped_types: dict
    skipped_other: int
    ignored_columns: tuple
    cross_checked: int
    runs: object = field(repr=False, compare=False)

    @property
    def non_runs(self):
        """Rows of other activities (rides, walks...), counted and left out."""
        return sum(self.skipped_types.values()) + self.skipped_other

    def __reduce__(self):
        # The C array of runs pickles as its runs' fields; _log_unpickle builds the array again.
        values = {f.name: getattr(self, f.name) for f in self._fields() if f.name != "runs"}
        runs = [tuple(getattr(self.runs.get(i), k) for k in _RUN_FIELDS) for i in range(self.run_count)]
        return (_log_unpickle, (values, runs))

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return Result.__eq__(self, other) and _same(self.__reduce__()[1][1], other.__reduce__()[1][1])

    __hash__ = Result.__hash__


_RUN_FIELDS = ("kind", "line", "start_s", "utc", "time_known", "day", "km", "duration_min", "load", "spike_pct",
               "band", "duplicate")


def _log_unpickle(values, runs):
    arr = _capi.LogRunArray(max(len(runs), 1))
    for i, fields in enumerate(runs):
        r = _capi.calfcare_log_run()
        for k, v in zip(_RUN_FIELDS, fields):
            setattr(r, k, v)
        arr.set(i, r)
    return TrainingLog(runs=arr, **values)


def _where(path, line):
    if path == "DataFrame":
        return f"DataFrame {'columns' if line == 1 else f'row {line - 2}'} (line {line} as CSV)"
    return f"{path}:{line}"


def _read_rows(rows, path, tz, units):
    """Feed (line, fields) rows to the library; rows of blank text are counted. Returns a TrainingLog."""
    reader = _capi.calfcare_log_reader()
    _capi.calfcare_log_reader_init(reader, _units_code(units))
    zone_name, offset = _zone(tz)
    header, runs, blank = None, [], 0
    for line, fields in rows:
        if header is None and not fields:
            blank += 1
            continue
        if header is not None and (not fields or (len(fields) == 1 and not fields[0].strip())):
            blank += 1
            continue
        if header is None:
            header = list(fields)
            try:
                _capi.calfcare_log_header(reader, header, line)
            except Error as e:
                raise _located(e, _where(path, reader.error_line or line), reader) from None
            continue
        run = _capi.calfcare_log_run()
        try:
            _capi.calfcare_log_row(reader, fields, line, run)
        except Error as e:
            raise _located(e, _where(path, reader.error_line or line), reader, header) from None
        if run.kind == _capi.CALFCARE_LOG_ROW_RUN:
            if run.utc:
                _capi.calfcare_log_run_localize(run, offset(run.start_s))
            runs.append(run)
    if header is None:
        raise _invalid("log", f"{path}: the file is empty (no header)")
    if not runs:
        raise _invalid("log", f"{path}: no runs in the log ({reader.skipped} other activities, {blank} blank lines)")
    arr = _capi.LogRunArray(len(runs))
    for i, r in enumerate(runs):
        arr.set(i, r)
    skipped = {}
    i = 0
    while reader.skipped_count(i):
        skipped[reader.skipped_name(i)] = reader.skipped_count(i)
        i += 1
    ignored = tuple(h for k, h in enumerate(header)
                    if reader.format == _capi.CALFCARE_LOG_FORMAT_CALFCARE
                    and _capi.calfcare_log_column_role(reader, k) == _capi.CALFCARE_LOG_COL_IGNORED)
    return TrainingLog(path=path, format=LogFormat(_capi.calfcare_log_format_name(reader.format)),
                       units=LogUnits(_capi.calfcare_log_units_name(reader.units)),
                       times=LogTimes.UTC if reader.times_utc else LogTimes.LOCAL,
                       tz=zone_name, rows=reader.rows, run_count=len(runs), blank_lines=blank, skipped_types=skipped,
                       skipped_other=reader.skipped_other, ignored_columns=ignored, cross_checked=reader.cross_checked,
                       runs=arr)


def _csv_rows(f):
    """(line where the row begins, fields) of a CSV text stream, with Python's csv module."""
    import csv
    rd = csv.reader(f, strict=True)
    last = 0
    while True:
        try:
            fields = next(rd)
        except StopIteration:
            return
        yield last + 1, fields
        last = rd.line_num


def _frame_rows(df):
    """A DataFrame as rows of text: its columns are the header (line 1), row i is line i + 2."""
    import math as _m
    yield 1, [str(c) for c in df.columns]
    for i, values in enumerate(df.itertuples(index=False, name=None)):
        cells = []
        for v in values:
            if v is None or (isinstance(v, float) and _m.isnan(v)):
                cells.append("")
            elif isinstance(v, float):
                cells.append(repr(v))
            else:
                cells.append(str(v))
        yield i + 2, cells


def _frame_dates(df, dayfirst=None, format=None):
    """A log DataFrame with its dates as the text the library reads. datetime64 columns of any unit,
    and columns of date or datetime objects, become ``YYYY-MM-DD`` (``YYYY-MM-DD HH:MM:SS`` when
    they carry a time); tz-aware ones are the wall-clock time in their own zone. ``dayfirst`` /
    ``format`` are passed to pandas.to_datetime for the ``date`` column (our own format), whose text
    the library would otherwise read in its own styles only (``01/03/2026`` is refused, never guessed)."""
    pd = optional_import("pandas", "calfcare.read_log (a DataFrame)")
    out = {}
    for k, col in enumerate(df.columns):
        s = df.iloc[:, k]
        parse = col == "date" and (dayfirst is not None or format is not None)
        if not parse and not pd.api.types.is_datetime64_any_dtype(s):
            cells = s.dropna()
            if s.dtype != object or len(cells) == 0 or not all(
                    isinstance(v, (datetime.date, pd.Timestamp)) for v in cells):
                continue
        if parse:
            kw = {k: v for k, v in (("dayfirst", dayfirst), ("format", format)) if v is not None}
            try:
                d = pd.to_datetime(s, errors="raise", **kw)
            except (ValueError, TypeError) as e:
                raise _invalid("date", f"not a date as {', '.join(f'{k}={v!r}' for k, v in kw.items())}: {e}") from None
        else:
            d = pd.to_datetime(s)
        if getattr(d.dt, "tz", None) is not None:
            d = d.dt.tz_localize(None)  # the wall-clock time where the run was
        midnight = d == d.dt.normalize()
        text = d.dt.strftime("%Y-%m-%d %H:%M:%S").where(~midnight, d.dt.strftime("%Y-%m-%d"))
        out[k] = text.where(d.notna(), "")
    if (dayfirst is not None or format is not None) and "date" not in df.columns:
        raise _invalid("date", f"dayfirst/format apply to the 'date' column, which the log does not have "
                               f"(columns: {', '.join(map(str, df.columns))})")
    if not out:
        return df
    df = df.copy()
    for k, text in out.items():
        df.isetitem(k, text) if hasattr(df, "isetitem") else df.iloc.__setitem__((slice(None), k), text)
    return df


def read_log(source, tz=None, units=None, dayfirst=None, format=None):
    """Read a training log with the library's format detector and row parser.

    ``source``: a path, an open text file, or a pandas DataFrame (its columns go through the same
    detector as a file's header; row i is line i + 2). Formats: our own
    ``date,distance_km[,duration_min,rpe][,climb_m][,moving_min]`` (extra columns ignored, listed in
    ``ignored_columns``),
    Strava's bulk export (current and older layouts) and Garmin Connect's Activities.csv
    (docs/progression.md lists the languages and date styles). ``units``: "km" or "mi" for a file
    that does not say (Garmin); never guessed. ``tz``: an IANA zone name (default: the system's) that
    puts UTC-stamped runs (Strava) on local days; formats with local times are left as they are.
    Errors raise :class:`calfcare.InvalidInputError` naming the file's line (``.line``, ``.column``).
    A DataFrame's datetime columns (datetime64 of any unit, tz-aware too, or date objects) are read
    as their dates; ``dayfirst=`` / ``format=`` go to pandas.to_datetime for its ``date`` column.
    """
    if _is_pandas_frame(source):
        return _read_rows(_frame_rows(_frame_dates(source, dayfirst, format)), "DataFrame", tz, units)
    if dayfirst is not None or format is not None:
        raise TypeError("dayfirst and format apply to a DataFrame's date column; a file's dates are read by the "
                        "library in its own styles")
    if hasattr(source, "read"):
        return _read_rows(_csv_rows(source), getattr(source, "name", "<stream>"), tz, units)
    import csv
    path = str(source)
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            return _read_rows(_csv_rows(f), path, tz, units)
    except OSError as e:
        raise _invalid("log", f"cannot open {path!r}: {e.strerror}") from None
    except UnicodeDecodeError as e:
        raise _invalid("log", f"{path}: not UTF-8 text (byte {e.start})") from None
    except csv.Error as e:
        raise _invalid("log", f"{path}: malformed CSV ({e}): check the quotes") from None


def _is_pandas_frame(x):
    return type(x).__name__ == "DataFrame" and type(x).__module__.startswith("pandas")


@result
class LogAdvice(Result):
    """One advice item of a log check, in the advice schema of every area (code, name, text, source,
    strength) with the latest day it applies to and how often."""

    code: int
    name: str
    text: str
    source: str
    strength: str
    date: datetime.date
    count: int

    @property
    def reason(self):
        """The :class:`calfcare.Reason` of the code."""
        return reason(self.code)


def _log_advice(code, day, count):
    r = reason(code)
    return LogAdvice(r.code, r.name, r.text, r.source, r.strength, _date_of(day), int(count))


@result(rows="runs")
class LogReport(Result):
    """Result of :func:`check_log`; ``to_dict()`` is ``calfcare check --log --json`` key for key."""

    log: TrainingLog
    until: datetime.date
    since: datetime.date
    weeks: tuple
    runs: tuple
    daily_km: tuple
    advice: tuple
    acwr: object
    reference_from: Optional[datetime.date]  #: runs from this day on have a complete 30-day reference
    data: dict = field(repr=False)

    @property
    def next_week_max_km(self):
        return self.data["next_week_max_km"]

    @property
    def next_run_max_km(self):
        return self.data["next_run_max_km"]

    def to_dict(self):
        return self.data

    def frames(self):
        """The same as pandas DataFrames (:class:`calfcare._frames.LogCheck`, for calfcare.plot)."""
        from ._frames import _log_check_frames
        return _log_check_frames(self)


def _params_dict(p):
    return {"acute_days": p.acute_days, "chronic_days": p.chronic_days,
            "decay": _capi.calfcare_progression_decay_name(p.decay),
            "coupling": _capi.calfcare_progression_coupling_name(p.coupling),
            "seed": _capi.calfcare_progression_seed_name(p.seed)}


@_params_defaults(_TABLE)
def check_log(log, until=None, since=None, all=False, keep_duplicates=False, tz=None, units=None,
              max_increase_pct=_D, acute_days=_D, chronic_days=_D, decay=_D, coupling=_D,
              seed=_D, dayfirst=None, format=None):
    """Check a training log as ``calfcare check --log`` does, in the library.

    ``log``: a :class:`TrainingLog` (:func:`read_log`), or anything :func:`read_log` reads (then
    ``tz`` and ``units`` are passed on). ``until``: the day the check is as of (a date or
    YYYY-MM-DD; default today in the zone): weeks end on it, later runs are refused. ``since`` /
    ``all``: the window of advice and flagged weeks and runs (default the last 8 weeks).
    ``keep_duplicates``: count second recordings of a run as runs. Returns a :class:`LogReport`.
    """
    if not isinstance(log, TrainingLog):
        log = read_log(log, tz=tz, units=units, dayfirst=dayfirst, format=format)
    elif tz is not None or units is not None or dayfirst is not None or format is not None:
        raise TypeError("tz, units, dayfirst and format go to read_log(); this log is already read")
    opts = _capi.calfcare_log_options()
    _capi.calfcare_log_options_init(opts)
    opts.params = _params(max_increase_pct=max_increase_pct, acute_days=acute_days, chronic_days=chronic_days, decay=decay,
                               coupling=coupling, seed=seed)
    if until is None:
        zone = None
        if log.tz and "/" in log.tz or log.tz == "UTC":
            import zoneinfo
            try:
                zone = zoneinfo.ZoneInfo(log.tz)
            except Exception:
                zone = None
        now = datetime.datetime.now(zone) if zone else datetime.datetime.now()
        until = now.date()
    opts.until = _day_of(until, "until")
    if all and since is not None:
        raise _invalid("since", "give since or all, not both")
    if since is not None:
        opts.since = _day_of(since, "since")
        if opts.since > opts.until:
            raise _invalid("since", f"{_date_of(opts.since)} is after until {_date_of(opts.until)}")
    opts.all = 1 if all else 0
    opts.keep_duplicates = 1 if keep_duplicates else 0
    n = log.run_count
    sizes = _capi.calfcare_log_sizes()
    report = _capi.calfcare_log_report()
    try:
        _capi.calfcare_log_check_size(log.runs.cast(), n, opts, sizes)
        work = array("d", bytes(8 * sizes.work_n))
        weeks = _capi.LogWeekArray(sizes.weeks_n)
        _capi.calfcare_log_check(log.runs.cast(), n, opts, work, weeks.cast(), sizes.weeks_n, report)
    except Error as e:
        if getattr(e, "field", "") == "day":
            raise _located(e, f"until: {log.path}") from None
        raise _located(e, f"{log.path}") from None
    return _report(log, opts, report, weeks, work)


def _report(log, opts, rep, weeks_arr, work):
    p = opts.params
    since = rep.since
    has_load = bool(rep.has_load)
    has_climb, has_time = bool(rep.has_climb), bool(rep.has_time)
    # climbing in the log's unit: ft for a log in miles, else m (the library's conversion)
    ucode = _capi.CALFCARE_LOG_UNITS_MI if log.units == "mi" else _capi.CALFCARE_LOG_UNITS_KM

    def climb(v):
        return nan_to_none(_capi.calfcare_log_climb_in_units(v, ucode))

    weeks, load_weeks = [], []
    for i in range(rep.weeks):
        w = weeks_arr.get(i)
        d = {"index": i + 1, "km": w.km, "change_pct": nan_to_none(w.change_pct), "over_limit": bool(w.over_limit),
             "start": _date_of(w.end_day - 6).isoformat(), "end": _date_of(w.end_day).isoformat(),
             "in_window": bool(w.in_window)}
        if has_load:
            d.update(load=w.load, load_change_pct=nan_to_none(w.load_change_pct),
                     load_over_limit=bool(w.load_over_limit))
            load_weeks.append({"index": i + 1, "load": w.load, "change_pct": nan_to_none(w.load_change_pct),
                               "over_limit": bool(w.load_over_limit), "start": d["start"], "end": d["end"]})
        if has_climb:
            d.update(climb=climb(w.climb_m), climb_change_pct=nan_to_none(w.climb_change_pct),
                     climb_over_limit=bool(w.climb_over_limit))
        if has_time:
            d.update(hard_min=w.hard_min, hard_change_pct=nan_to_none(w.hard_change_pct),
                     hard_over_limit=bool(w.hard_over_limit))
        weeks.append(d)
    runs = []
    for i in range(log.run_count):
        r = log.runs.get(i)
        d = {"date": _date_of(r.day).isoformat(), "line": r.line, "km": r.km,
             "spike_pct": nan_to_none(r.spike_pct), "band": _capi.calfcare_progression_band_name(r.band),
             "duplicate": bool(r.duplicate)}
        if has_climb:
            d["climb"] = climb(r.climb_m)
        if has_time:
            d["pace_pct"] = nan_to_none(r.pace_pct)
            d["hard"] = None if r.hard < 0 else bool(r.hard)
        d["in_window"] = r.day >= since
        runs.append(d)
    a = rep.acwr
    acwr_d = {"acute": a.acute, "chronic": a.chronic, "ratio": nan_to_none(a.ratio),
              "band": _capi.calfcare_progression_acwr_band_name(a.band), "settled": bool(a.settled)}
    acwr_d.update(_params_dict(p))
    acwr_d.update(lambda_acute=a.lambda_acute, lambda_chronic=a.lambda_chronic,
                  note="contested: shown for information, not an injury predictor")
    skipped = dict(log.skipped_types)
    if log.skipped_other:
        skipped["(other)"] = log.skipped_other
    advice = tuple(_log_advice(x.code, x.day, x.count)
                   for x in (rep.advice_at(i) for i in range(rep.advice_count)))
    data = {"max_increase_pct": p.max_increase_pct, "weeks": weeks}
    if has_load:
        data["load_weeks"] = load_weeks
    data["next_week_max_km"] = rep.weekly.next_week_max if rep.weeks else None
    data["two_week_change_pct"] = nan_to_none(rep.weekly.two_week_change_pct) if rep.weeks else None
    if has_load:
        data["next_week_max_load"] = rep.load.next_week_max if rep.weeks else None
    if has_climb:
        data["climb_unit"] = _capi.calfcare_log_climb_unit(ucode)
        data["next_week_max_climb"] = climb(rep.climb.next_week_max) if rep.weeks else None
    if has_time:
        data["next_week_max_hard_min"] = rep.hard.next_week_max if rep.weeks else None
    data["runs"] = runs
    data["next_run_max_km"] = rep.spikes.next_run_max_km
    data["longest_30d_km"] = rep.spikes.longest_30d_km
    data["acwr"] = acwr_d
    data["log"] = {
        "file": log.path, "format": log.format, "units": log.units, "times": log.times, "tz": log.tz,
        "rows": log.rows, "runs": rep.runs, "duplicates": rep.duplicates, "duplicates_kept": bool(opts.keep_duplicates),
        "zero_km_runs": rep.zero_km, "non_runs_filtered": log.non_runs, "skipped_types": skipped,
        "ignored_columns": list(log.ignored_columns), "distance_cross_checked": log.cross_checked,
        "blank_lines": log.blank_lines, "first_date": _date_of(rep.first_day).isoformat(),
        "last_date": _date_of(rep.last_day).isoformat(), "until": _date_of(rep.until).isoformat(),
        "days": rep.days, "days_before_first_week": rep.days % 7 if rep.weeks else rep.days,
        "days_since_last_run": int(rep.days_since_last_run), "ends_early": bool(rep.stale)}
    if has_climb:
        data["log"]["climb_missing"] = rep.climb_missing
    if has_time:
        data["log"].update(hard_runs=rep.hard_runs, hard_unknown=rep.hard_unknown)
    data["window"] = {"since": _date_of(since).isoformat(), "until": _date_of(rep.until).isoformat(),
                      "all": bool(opts.all), "runs": rep.window_runs, "flagged_runs": rep.window_flagged_runs,
                      "over_limit_weeks": rep.window_over_weeks}
    if has_climb:
        data["window"]["climb_over_limit_weeks"] = rep.window_climb_over_weeks
    if has_time:
        data["window"]["hard_over_limit_weeks"] = rep.window_hard_over_weeks
    if has_climb or has_time:
        data["window"]["both_rise_weeks"] = rep.window_both_rise_weeks
    data["advice"] = [{**reason(x.code).to_dict(), "date": x.date.isoformat(), "count": x.count}
                      for x in advice]  # the CLI's JSON, key for key
    return LogReport(log=log, until=_date_of(rep.until), since=_date_of(since), weeks=tuple(weeks),
                     runs=tuple(runs), daily_km=tuple(work[:rep.days]), advice=advice, acwr=acwr_d,
                     reference_from=(_date_of(rep.first_day + rep.spikes.reference_from_day)
                                     if rep.spikes.count else None), data=data)
