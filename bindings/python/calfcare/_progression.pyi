# Type stubs of calfcare._progression. Distances km, loads arbitrary units, days calendar days.
import datetime
import enum
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple, Union

from ._common import Advice, Reason, Result, Word

__all__: List[str]

class SpikeBand(Word): ...  # members: written at build time by gen_stubs.py

class AcwrBand(Word): ...  # members: written at build time by gen_stubs.py

Series = Union[Sequence[float], Iterable[float], Any]  # list, tuple, array('d'), numpy 1-D array
Day = Union[int, float, datetime.date]
DecayArg = Union[str, int, "Decay"]
CouplingArg = Union[str, int, "Coupling"]
SeedArg = Union[str, int, "Seed"]

class Decay(Word): ...  # members: written at build time by gen_stubs.py

class Coupling(Word): ...  # members: written at build time by gen_stubs.py

class Seed(Word): ...  # members: written at build time by gen_stubs.py

class Unit(Word): ...  # members: written at build time by gen_stubs.py

class GateItem(Word): ...  # members: written at build time by gen_stubs.py

class LogFormat(Word): ...  # members: written at build time by gen_stubs.py

class LogUnits(Word): ...  # members: written at build time by gen_stubs.py

class LogTimes(Word): ...  # members: written at build time by gen_stubs.py

class BatchColumn(enum.IntEnum): ...  # members: written at build time by gen_stubs.py

BATCH_COLUMNS: int

@dataclass(frozen=True)
class CheckedWeek(Result):
    index: int
    value: float
    change_pct: Optional[float]
    over_limit: bool
    unit: Unit = ...

@dataclass(frozen=True)
class WeeklyCheck(Result):
    weeks: Tuple[CheckedWeek, ...]
    next_week_max: float
    over_limit_count: int
    last_change_pct: Optional[float]
    max_change_pct: Optional[float]
    two_week_change_pct: Optional[float]
    max_increase_pct: float
    unit: Unit
    advice: Tuple[Reason, ...] = ...

@dataclass(frozen=True)
class RunSpike(Result):
    day: Any
    km: float
    spike_pct: Optional[float]
    band: SpikeBand
    reference_complete: bool = ...

@dataclass(frozen=True)
class SpikeCheck(Result):
    runs: Tuple[RunSpike, ...]
    longest_30d_km: float
    next_run_max_km: float
    last_spike_pct: Optional[float]
    max_spike_pct: Optional[float]
    band_counts: Dict[SpikeBand, int]
    advice: Tuple[Reason, ...] = ...
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class Acwr(Result):
    acute: float
    chronic: float
    ratio: Optional[float]
    band: AcwrBand
    settled: bool
    settled_days: int
    days: int
    lambda_acute: float
    lambda_chronic: float
    acute_days: int
    chronic_days: int
    decay: Decay
    coupling: Coupling
    seed: Seed
    advice: Tuple[Reason, ...] = ...
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class AcwrSeries(Result):
    acute: Any
    chronic: Any
    ratio: Any
    settled: Any
    last: Acwr
    def to_frame(self) -> Any: ...

@dataclass(frozen=True)
class PlanWeek(Result):
    week: int
    km: float
    cutback: bool
    limit_km: float
    hold_intensity: bool = ...
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class WeeklyPlan(Result):
    weeks: Tuple[PlanWeek, ...]
    reached_week: Optional[int]
    advice: Tuple[Reason, ...] = ...
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class RtrGateItem(Result):
    code: int
    name: GateItem
    text: str
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class RtrStage(Result):
    stage: int
    walk_min: float
    run_min: float
    repeats: int
    total_min: float
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class ReturnToRun(Result):
    gate: Tuple[RtrGateItem, ...]
    stages: Tuple[RtrStage, ...]
    heel_raises: int
    asymmetry_pct: float
    rest_days_between: int
    clean_sessions: int
    advice: Tuple[Reason, ...] = ...
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class RtrGateCheck(Result):
    passed: Optional[bool]
    items: Dict[GateItem, Optional[bool]]
    asymmetry_pct: Optional[float]
    advice: Tuple[Reason, ...] = ...
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class RtrStep(Result):
    stage: int
    clean_streak: int
    done: bool

@dataclass(frozen=True)
class ProgressionBatch(Result):
    table: Any  # numpy.ndarray (runners, BATCH_COLUMNS)
    def column(self, col: Union[BatchColumn, int]) -> Any: ...
    def to_frame(self) -> Any: ...
    @property
    def last_week_km(self) -> Any: ...
    @property
    def change_pct(self) -> Any: ...
    @property
    def next_week_max_km(self) -> Any: ...
    @property
    def weeks_over_limit(self) -> Any: ...
    @property
    def longest_30d_km(self) -> Any: ...
    @property
    def next_run_max_km(self) -> Any: ...
    @property
    def last_spike_pct(self) -> Any: ...
    @property
    def last_band(self) -> Any: ...
    @property
    def acute(self) -> Any: ...
    @property
    def chronic(self) -> Any: ...
    @property
    def acwr(self) -> Any: ...
    @property
    def total_km(self) -> Any: ...
    def to_dict(self) -> Dict[str, List[Optional[float]]]: ...

def next_week_max(last_week_km: float, max_increase_pct: float = ...) -> float: ...
def check_weekly(weekly_km: Series, max_increase_pct: float = ...) -> WeeklyCheck: ...
def check_weekly_load(weekly_load: Series, max_increase_pct: float = ...) -> WeeklyCheck: ...
def check_weekly_climb(weekly_climb_m: Series, weekly_km: Optional[Series] = ...,
                       max_increase_pct: float = ...) -> WeeklyCheck: ...
def check_weekly_hard(weekly_hard_min: Series, max_increase_pct: float = ...) -> WeeklyCheck: ...
def session_load(duration_min: float, rpe: float) -> float: ...
def weekly_totals(daily_km: Series) -> List[float]: ...
def weekly_load_totals(daily_load: Series) -> List[float]: ...
def spike_band(spike_pct: Optional[float]) -> str: ...
def check_spikes(run_day: Union[Sequence[Day], Any], run_km: Series, next_day: Optional[Day] = ...) -> SpikeCheck: ...
def acwr_band(ratio: Optional[float]) -> str: ...
def acwr(daily_load: Series, acute_days: int = ..., chronic_days: int = ..., decay: DecayArg = ...,
         coupling: CouplingArg = ..., seed: SeedArg = ...) -> Acwr: ...
def acwr_series(daily_load: Series, acute_days: int = ..., chronic_days: int = ..., decay: DecayArg = ...,
                coupling: CouplingArg = ..., seed: SeedArg = ...) -> AcwrSeries: ...
def make_plan(current_km: float, target_km: float, max_increase_pct: float = ..., cutback_every: int = ...,
              cutback_pct: float = ..., weeks: int = ...) -> WeeklyPlan: ...
def return_to_run() -> ReturnToRun: ...
def rtr_gate(walk_pain_free: Union[bool, str, None] = ..., heel_raises: Optional[Tuple[int, int]] = ...,
             hop_pain_free: Union[bool, str, None] = ...) -> RtrGateCheck: ...
def rtr_advance(stage: int, clean_streak: int, pain_free: bool, **symptoms: Optional[bool]) -> RtrStep: ...
def batch_check(daily_km: Any, max_increase_pct: float = ..., acute_days: int = ..., chronic_days: int = ...,
                decay: DecayArg = ..., coupling: CouplingArg = ..., seed: SeedArg = ...) -> ProgressionBatch: ...
def batch_acwr(daily_km: Any, acute_days: int = ..., chronic_days: int = ..., decay: DecayArg = ...,
               coupling: CouplingArg = ..., seed: SeedArg = ...) -> Any: ...

@dataclass(frozen=True)
class TrainingLog(Result):
    path: str
    format: LogFormat
    units: LogUnits
    times: LogTimes
    tz: str
    rows: int
    run_count: int
    blank_lines: int
    skipped_types: Dict[str, int]
    skipped_other: int
    ignored_columns: Tuple[str, ...]
    cross_checked: int
    runs: Any = ...
    @property
    def non_runs(self) -> int: ...

@dataclass(frozen=True)
class LogAdvice(Result):
    code: int
    name: str
    text: str
    source: str
    strength: str
    date: datetime.date
    count: int
    @property
    def reason(self) -> Reason: ...

@dataclass(frozen=True)
class LogReport(Result):
    log: TrainingLog
    until: datetime.date
    since: datetime.date
    weeks: Tuple[Dict[str, Any], ...]
    runs: Tuple[Dict[str, Any], ...]
    daily_km: Tuple[float, ...]
    advice: Tuple[LogAdvice, ...]
    acwr: Dict[str, Any]
    reference_from: Optional[datetime.date]
    data: Dict[str, Any]
    @property
    def next_week_max_km(self) -> Optional[float]: ...
    @property
    def next_run_max_km(self) -> float: ...
    def to_dict(self) -> Dict[str, Any]: ...
    def frames(self) -> Any: ...

def read_log(source: Any, tz: Optional[str] = ..., units: Optional[str] = ..., dayfirst: Optional[bool] = ...,
             format: Optional[str] = ...) -> TrainingLog: ...
def check_log(log: Any, until: Any = ..., since: Any = ..., all: bool = ..., keep_duplicates: bool = ...,
              tz: Optional[str] = ..., units: Optional[str] = ..., max_increase_pct: float = ...,
              acute_days: int = ..., chronic_days: int = ..., decay: DecayArg = ..., coupling: CouplingArg = ...,
              seed: SeedArg = ..., dayfirst: Optional[bool] = ..., format: Optional[str] = ...) -> LogReport: ...
