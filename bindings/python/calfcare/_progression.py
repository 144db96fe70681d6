"""Mileage progression limits, load analysis, safe plans, return to running and batch analysis.

The load side of calf-pain prevention (calfcare/progression.h):

- :func:`check_weekly` / :func:`check_weekly_load`: each week's change against the weekly increase
  limit (the "10% rule"; weak evidence: Buist 2008, Nielsen 2014) and next week's cap;
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
from dataclasses import dataclass, field
from typing import Optional, Tuple

from . import capi as _capi
from ._common import InvalidInputError, nan_to_none, optional_import, reason
from ._common import strict_bool as _strict_bool, strict_number as _strict_number, BlockedError

__all__ = [
    "Decay",
    "Coupling",
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
]


class Decay(enum.IntEnum):
    """EWMA decay constant lambda for a window of N days."""

    TWO_OVER_N_PLUS_1 = _capi.CALFCARE_PROGRESSION_DECAY_2_OVER_N_PLUS_1  #: 2/(N+1) (default; Williams 2017)
    EXP = _capi.CALFCARE_PROGRESSION_DECAY_EXP  #: 1 - exp(-1/N) (GoldenCheetah)
    ONE_OVER_N = _capi.CALFCARE_PROGRESSION_DECAY_1_OVER_N  #: 1/N

    @property
    def word(self):
        """The CLI word: "2/(n+1)", "exp" or "1/n"."""
        return _capi.calfcare_progression_decay_name(int(self))


class Coupling(enum.IntEnum):
    """Whether the chronic load includes the acute window."""

    COUPLED = _capi.CALFCARE_PROGRESSION_COUPLED
    UNCOUPLED = _capi.CALFCARE_PROGRESSION_UNCOUPLED

    @property
    def word(self):
        """The CLI word: "coupled" or "uncoupled"."""
        return _capi.calfcare_progression_coupling_name(int(self))


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

def _invalid(name, message, value=float("nan")):
    exc = InvalidInputError(f"{name}: {message}")
    exc.field = name
    exc.value = value
    exc.status = _capi.CALFCARE_E_INVALID
    exc.status_name = "CALFCARE_E_INVALID"
    return exc


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
    if isinstance(value, enum_cls):
        return int(value)
    if isinstance(value, str):
        return parse(value)
    return _whole(name, value)


def _params(max_increase_pct=10.0, acute_days=7, chronic_days=28, decay="2/(n+1)", coupling="coupled",
            seed="zero"):
    p = _capi.calfcare_progression_params()
    _capi.calfcare_progression_params_init(p)
    p.max_increase_pct = float(max_increase_pct)
    p.acute_days = _whole("acute_days", acute_days)
    p.chronic_days = _whole("chronic_days", chronic_days)
    p.decay = _word_or_enum("decay", decay, Decay, _capi.calfcare_progression_decay_parse)
    p.coupling = _word_or_enum("coupling", coupling, Coupling, _capi.calfcare_progression_coupling_parse)
    p.seed = _capi.calfcare_progression_seed_parse(seed) if isinstance(seed, str) else _whole("seed", seed)
    return p


def _series(values, name):
    """A 1-D series for the C typemap: C-contiguous float64 numpy arrays pass through untouched (no
    copy); numpy arrays of other dtypes or strides are converted once; iterators become lists."""
    if not _is_numpy(values) and hasattr(values, "to_numpy"):
        values = values.to_numpy()  # a pandas Series: by position, never by index label
    if _is_numpy(values):
        import numpy as np
        if values.ndim != 1:
            raise _invalid(name, f"expected a 1-D series, got shape {values.shape}")
        return np.ascontiguousarray(values, dtype=np.float64)
    if hasattr(values, "__len__"):
        return values
    return list(values)


def _is_numpy(x):
    return type(x).__module__ == "numpy"


def _advice(obj):
    return tuple(reason(obj.advice_at(i)) for i in range(obj.advice_count))


# ---- weekly check ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class CheckedWeek:
    """One week of a weekly check: its value (km or load), change over the week before (percent,
    None for the first week or after a 0 week) and whether it is over the limit."""

    index: int
    value: float
    change_pct: Optional[float]
    over_limit: bool
    unit: str = "km"

    @property
    def km(self):
        """The week's distance, km (weekly distance checks)."""
        return self.value

    def to_dict(self):
        return {"index": self.index, "km" if self.unit == "km" else "load": self.value,
                "change_pct": self.change_pct, "over_limit": self.over_limit}


@dataclass(frozen=True)
class WeeklyCheck:
    """Result of :func:`check_weekly` or :func:`check_weekly_load`."""

    weeks: Tuple[CheckedWeek, ...]
    next_week_max: float  #: largest advisable next week (km or load): last week x (1 + limit/100)
    over_limit_count: int
    last_change_pct: Optional[float]
    max_change_pct: Optional[float]
    two_week_change_pct: Optional[float]  #: last week over the week two before; > 30% is the risky zone
    max_increase_pct: float
    unit: str
    advice: tuple = field(default=(), repr=False)

    @property
    def next_week_max_km(self):
        """Next week's cap, km (weekly distance checks)."""
        return self.next_week_max

    def to_dict(self):
        d = {"max_increase_pct": self.max_increase_pct, "weeks": [w.to_dict() for w in self.weeks],
             ("next_week_max_km" if self.unit == "km" else "next_week_max_load"): self.next_week_max,
             "over_limit_weeks": self.over_limit_count, "two_week_change_pct": self.two_week_change_pct,
             "advice": [a.to_dict() for a in self.advice]}
        return d


def _check(fn, unit, values, max_increase_pct):
    values = _series(values, "weekly_km" if unit == "km" else "weekly_load")
    n = len(values)
    p = _params(max_increase_pct=max_increase_pct)
    chg = array("d", bytes(8 * max(n, 1)))
    over = bytearray(max(n, 1))
    r = _capi.calfcare_progression_weekly_result()
    fn(values, p, chg, over, r)
    weeks = tuple(CheckedWeek(i + 1, float(values[i]), nan_to_none(chg[i]), bool(over[i]), unit) for i in range(n))
    return WeeklyCheck(weeks, r.next_week_max, r.over_limit_count, nan_to_none(r.last_change_pct),
                       nan_to_none(r.max_change_pct), nan_to_none(r.two_week_change_pct), float(max_increase_pct),
                       unit, _advice(r))


def check_weekly(weekly_km, max_increase_pct=10.0):
    """Check weekly distances (km, oldest first) against the weekly increase limit (percent, 1-50).

    A week is over the limit when it is above last week x (1 + limit/100); exactly at the limit is
    within it. Returns a :class:`WeeklyCheck`. Invalid values raise InvalidInputError naming
    ``weekly_km`` or ``max_increase_pct``.
    """
    return _check(_capi.calfcare_progression_check_weekly, "km", weekly_km, max_increase_pct)


def check_weekly_load(weekly_load, max_increase_pct=10.0):
    """The same check on weekly loads (for example session-RPE: minutes x effort 1-10 per week)."""
    return _check(_capi.calfcare_progression_check_weekly_load, "load", weekly_load, max_increase_pct)


def next_week_max(last_week_km, max_increase_pct=10.0):
    """Largest advisable distance for next week, km: ``last_week_km x (1 + max_increase_pct/100)``."""
    return _capi.calfcare_progression_next_week_max(float(last_week_km), float(max_increase_pct))


def session_load(duration_min, rpe):
    """Session-RPE load (Foster 2001): duration in min (0-1440) x effort on the CR-10 scale (0-10)."""
    return _capi.calfcare_progression_session_load(float(duration_min), float(rpe))


def weekly_totals(daily_km):
    """Weekly totals (km) of daily distances, weeks ending on the last day; a leading partial week
    (``len(daily_km) % 7`` days) is left out. Returns a list, oldest first."""
    daily_km = _series(daily_km, "daily_km")
    n = len(daily_km)
    out = array("d", bytes(8 * max(n // 7, 1)))
    count = _capi.calfcare_progression_weekly_totals(daily_km, out)
    return list(out[:count])


def weekly_load_totals(daily_load):
    """Weekly totals of daily loads (0-14400 a day), the same weeks as :func:`weekly_totals`."""
    daily_load = _series(daily_load, "daily_load")
    n = len(daily_load)
    out = array("d", bytes(8 * max(n // 7, 1)))
    count = _capi.calfcare_progression_weekly_load_totals(daily_load, out)
    return list(out[:count])


# ---- spikes ----------------------------------------------------------------------------------------

def spike_band(spike_pct):
    """Band word of a spike percentage: "no_reference" (None/NaN), "within_10", "over_10", "over_30", "over_100"."""
    v = float("nan") if spike_pct is None else float(spike_pct)
    return _capi.calfcare_progression_band_name(_capi.calfcare_progression_spike_band(v))


@dataclass(frozen=True)
class RunSpike:
    """One run against the longest run of the previous 30 days."""

    day: object  #: the day as given (a number or a datetime.date)
    km: float
    spike_pct: Optional[float]  #: None when no run lies in the previous 30 days
    band: str

    def to_dict(self):
        day = self.day.isoformat() if isinstance(self.day, datetime.date) else self.day
        return {"date": day, "km": self.km, "spike_pct": self.spike_pct, "band": self.band}


@dataclass(frozen=True)
class SpikeCheck:
    """Result of :func:`check_spikes`."""

    runs: Tuple[RunSpike, ...]
    longest_30d_km: float  #: longest run of the 30 days before the next run
    next_run_max_km: float  #: 1.10 x longest_30d_km
    last_spike_pct: Optional[float]
    max_spike_pct: Optional[float]
    band_counts: dict
    advice: tuple = field(default=(), repr=False)

    def to_dict(self):
        return {"runs": [r.to_dict() for r in self.runs], "next_run_max_km": self.next_run_max_km,
                "longest_30d_km": self.longest_30d_km, "band_counts": dict(self.band_counts),
                "advice": [a.to_dict() for a in self.advice]}


def _day_number(d):
    if isinstance(d, datetime.datetime):
        d = d.date()
    if isinstance(d, datetime.date):
        return float(d.toordinal())
    return d


def check_spikes(run_day, run_km, next_day=None):
    """Each run against the longest run of the previous 30 days (Frandsen 2025).

    ``run_day``: day of each run, non-decreasing: whole numbers or ``datetime.date`` objects;
    ``run_km``: distance of each run, km; ``next_day``: day of the next run (default: the day after the
    last run) for the next-run cap. Returns a :class:`SpikeCheck`.
    """
    if _is_numpy(run_day):
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
    runs = tuple(RunSpike(days_in[i], float(run_km[i]), nan_to_none(sp[i]),
                          _capi.calfcare_progression_band_name(band[i])) for i in range(n))
    counts = {_capi.calfcare_progression_band_name(b): r.band_count_at(b)
              for b in range(_capi.CALFCARE_PROGRESSION_BAND_COUNT)}
    return SpikeCheck(runs, r.longest_30d_km, r.next_run_max_km, nan_to_none(r.last_spike_pct),
                      nan_to_none(r.max_spike_pct), counts, _advice(r))


# ---- acute:chronic ratio -------------------------------------------------------------------------------

def acwr_band(ratio):
    """Band word of an acute:chronic ratio: "unknown", "low", "moderate", "high", "very_high"."""
    v = float("nan") if ratio is None else float(ratio)
    return _capi.calfcare_progression_acwr_band_name(_capi.calfcare_progression_acwr_band_of(v))


@dataclass(frozen=True)
class Acwr:
    """The acute:chronic ratio of the last day (contested; for information, not an injury predictor)."""

    acute: float  #: acute EWMA, load per day
    chronic: float  #: chronic EWMA (as of acute_days ago when uncoupled), load per day
    ratio: Optional[float]  #: None when there is no chronic load
    band: str
    settled: bool  #: the start of the series weighs at most 10% in the chronic value
    days: int
    lambda_acute: float
    lambda_chronic: float
    acute_days: int
    chronic_days: int
    decay: str
    coupling: str
    seed: str
    advice: tuple = field(default=(), repr=False)

    def to_dict(self):
        return {"acute": self.acute, "chronic": self.chronic, "ratio": self.ratio, "band": self.band,
                "settled": self.settled, "acute_days": self.acute_days, "chronic_days": self.chronic_days,
                "decay": self.decay, "coupling": self.coupling, "seed": self.seed, "lambda_acute": self.lambda_acute,
                "lambda_chronic": self.lambda_chronic, "advice": [a.to_dict() for a in self.advice]}


@dataclass(frozen=True)
class AcwrSeries:
    """Every day's acute, chronic and ratio (numpy arrays for numpy input, else lists; ratio NaN
    where there is no chronic load), and the last day as :class:`Acwr`."""

    acute: object
    chronic: object
    ratio: object
    last: Acwr


def _acwr_result(r, p):
    return Acwr(r.acute, r.chronic, nan_to_none(r.ratio), _capi.calfcare_progression_acwr_band_name(r.band),
                bool(r.settled), r.days, r.lambda_acute, r.lambda_chronic, p.acute_days, p.chronic_days,
                _capi.calfcare_progression_decay_name(p.decay), _capi.calfcare_progression_coupling_name(p.coupling),
                _capi.calfcare_progression_seed_name(p.seed), _advice(r))


def acwr(daily_load, acute_days=7, chronic_days=28, decay="2/(n+1)", coupling="coupled", seed="zero"):
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


def acwr_series(daily_load, acute_days=7, chronic_days=28, decay="2/(n+1)", coupling="coupled", seed="zero"):
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
    if not _is_numpy(daily_load):
        a, c, q = list(a), list(c), list(q)
    return AcwrSeries(a, c, q, _acwr_result(r, p))


# ---- plan ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlanWeek:
    """One planned week: distance (km, rounded down to 0.1 km), cutback or not, and its cap (km)."""

    week: int
    km: float
    cutback: bool
    limit_km: float

    def to_dict(self):
        return {"week": self.week, "km": self.km, "cutback": self.cutback, "limit_km": self.limit_km}


@dataclass(frozen=True)
class WeeklyPlan:
    """Result of :func:`make_plan`."""

    weeks: Tuple[PlanWeek, ...]
    reached_week: Optional[int]  #: first week at the target, None if not reached
    advice: tuple = field(default=(), repr=False)

    def to_dict(self):
        return {"weeks": [w.to_dict() for w in self.weeks], "reached_week": self.reached_week,
                "advice": [a.to_dict() for a in self.advice]}


def make_plan(current_km, target_km, max_increase_pct=10.0, cutback_every=4, cutback_pct=25.0, weeks=0):
    """Weekly distances from ``current_km`` (the last full week, 1-1000 km) to ``target_km`` (0-1000 km).

    No week above ``max_increase_pct`` over the last full week; every ``cutback_every``-th week
    (2-6) is ``cutback_pct`` (10-40%) below the last full week; holds at the target once reached.
    ``weeks``: how many weeks (1-156), or 0 for "until the target is reached". Returns a :class:`WeeklyPlan`.
    """
    pp = _capi.calfcare_progression_plan_params()
    _capi.calfcare_progression_plan_params_init(pp)
    pp.current_km = float(current_km)
    pp.target_km = float(target_km)
    pp.max_increase_pct = float(max_increase_pct)
    pp.cutback_every = _whole("cutback_every", cutback_every)
    pp.cutback_pct = float(cutback_pct)
    pp.weeks = _whole("weeks", weeks)
    plan = _capi.calfcare_progression_plan()
    _capi.calfcare_progression_make_plan(pp, plan)
    out = []
    for i in range(plan.count):
        w = plan.week_at(i)
        out.append(PlanWeek(w.week, w.km, bool(w.cutback), w.limit_km))
    return WeeklyPlan(tuple(out), plan.reached_week or None, _advice(plan))


# ---- return to run ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RtrGateItem:
    """One test to pass before running again."""

    name: str
    text: str
    code: int

    def to_dict(self):
        return {"name": self.name, "id": self.code, "text": self.text}


@dataclass(frozen=True)
class RtrStage:
    """One walk-run stage: repeats x (walk_min walking + run_min running), total_min per session."""

    stage: int
    walk_min: float
    run_min: float
    repeats: int
    total_min: float

    def to_dict(self):
        return {"stage": self.stage, "walk_min": self.walk_min, "run_min": self.run_min,
                "repeats": self.repeats, "total_min": self.total_min}


@dataclass(frozen=True)
class ReturnToRun:
    """The return-to-run gate and walk-run stages (Green 2022; clinic protocols; weak evidence)."""

    gate: Tuple[RtrGateItem, ...]
    stages: Tuple[RtrStage, ...]
    heel_raises: int
    asymmetry_pct: float
    rest_days_between: int
    clean_sessions: int
    advice: tuple = field(default=(), repr=False)

    def to_dict(self):
        return {"gate": [g.to_dict() for g in self.gate], "heel_raises": self.heel_raises,
                "asymmetry_pct": self.asymmetry_pct, "stages": [s.to_dict() for s in self.stages],
                "rest_days_between": self.rest_days_between, "clean_sessions": self.clean_sessions,
                "advice": [a.to_dict() for a in self.advice]}


def return_to_run():
    """The gate (pain-free walking, heel raises, pain-free hopping) and the walk-run stages."""
    r = _capi.calfcare_progression_rtr()
    _capi.calfcare_progression_return_to_run(r)
    gate = tuple(RtrGateItem(g.name, g.text, g.code) for g in (r.gate_at(i) for i in range(r.gate_count)))
    stages = tuple(RtrStage(s.stage, s.walk_min, s.run_min, s.repeats, s.total_min)
                   for s in (r.stage_at(i) for i in range(r.stage_count)))
    return ReturnToRun(gate, stages, r.heel_raises, r.asymmetry_pct, r.rest_days_between, r.clean_sessions,
                       _advice(r))


@dataclass(frozen=True)
class RtrGateCheck:
    """Outcome of :func:`rtr_gate`: True passed, False failed, None unknown (not answered)."""

    passed: Optional[bool]
    items: dict  #: gate item name -> True / False / None
    asymmetry_pct: Optional[float]  #: heel-raise side difference, percent of the stronger side
    advice: tuple = field(default=(), repr=False)

    def to_dict(self):
        return {"passed": self.passed, "items": dict(self.items), "asymmetry_pct": self.asymmetry_pct,
                "advice": [a.to_dict() for a in self.advice]}


def _tristate(name, v):
    if v is None:
        return -1
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, str) and v in ("yes", "no"):
        return 1 if v == "yes" else 0
    raise _invalid(name, f"expected True, False, 'yes', 'no' or None, got {v!r}")


def rtr_gate(walk_pain_free=None, heel_raises=None, hop_pain_free=None):
    """Check the return-to-run gate. ``walk_pain_free`` / ``hop_pain_free``: True, False or None
    (unknown); ``heel_raises``: (left, right) counts to fatigue, or None. Passing needs pain-free
    walking and hopping and at least 25 raises per side within 10% of the stronger side.
    Returns a :class:`RtrGateCheck`; an unanswered item is unknown, never a pass."""
    gin = _capi.calfcare_progression_rtr_gate_input()
    _capi.calfcare_progression_rtr_gate_input_init(gin)
    gin.walk_pain_free = _tristate("walk_pain_free", walk_pain_free)
    gin.hop_pain_free = _tristate("hop_pain_free", hop_pain_free)
    if heel_raises is not None:
        try:
            left, right = (float(v) for v in heel_raises)
        except (TypeError, ValueError):
            raise _invalid("heel_raises", f"expected (left, right), got {heel_raises!r}") from None
        gin.heel_raises_left, gin.heel_raises_right = left, right
    r = _capi.calfcare_progression_rtr_gate_result()
    _capi.calfcare_progression_rtr_gate_check(gin, r)
    rtr = _capi.calfcare_progression_rtr()
    _capi.calfcare_progression_return_to_run(rtr)

    def tri(v):
        return None if v < 0 else bool(v)

    items = {rtr.gate_at(i).name: tri(r.item_at(i)) for i in range(rtr.gate_count)}
    return RtrGateCheck(tri(r.passed), items, nan_to_none(r.asymmetry_pct), _advice(r))


@dataclass(frozen=True)
class RtrStep:
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

@dataclass(frozen=True)
class ProgressionBatch:
    """Per-runner results of :func:`batch_check`: ``table`` is a numpy array (runners, BATCH_COLUMNS);
    the named attributes are its columns (views, one value per runner; NaN where not defined)."""

    table: object

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
    a = np.ascontiguousarray(daily_km, dtype=np.float64)  # no copy for C-contiguous float64
    if a.ndim != 2 or a.shape[0] == 0 or a.shape[1] == 0:
        raise _invalid("daily_km", f"expected a non-empty 2-D array runners x days, got shape {a.shape}")
    return a


def batch_check(daily_km, max_increase_pct=10.0, acute_days=7, chronic_days=28, decay="2/(n+1)",
                coupling="coupled", seed="zero"):
    """Analyse many runners at once. ``daily_km``: 2-D array (runners x days, km per calendar day,
    oldest first, rest days 0); read in place when it is a C-contiguous float64 numpy array.

    Each row gives the same values as the single-runner functions on it (weekly totals ending on
    the last day, the spikes of each day with a run, the acute:chronic ratio). Returns a
    :class:`ProgressionBatch`.
    """
    np = optional_import("numpy", "calfcare.batch_check")
    a = _matrix(daily_km)
    p = _params(max_increase_pct, acute_days, chronic_days, decay, coupling, seed)
    out = np.empty((a.shape[0], BATCH_COLUMNS))
    _capi.calfcare_progression_batch(a, a.shape[0], a.shape[1], p, out)
    return ProgressionBatch(out)


def batch_acwr(daily_km, acute_days=7, chronic_days=28, decay="2/(n+1)", coupling="coupled", seed="zero"):
    """Every day's acute:chronic ratio for many runners: a numpy array of the same shape as ``daily_km``."""
    np = optional_import("numpy", "calfcare.batch_acwr")
    a = _matrix(daily_km)
    p = _params(acute_days=acute_days, chronic_days=chronic_days, decay=decay, coupling=coupling, seed=seed)
    out = np.empty(a.shape)
    _capi.calfcare_progression_batch_acwr(a, a.shape[0], a.shape[1], p, out)
    return out
