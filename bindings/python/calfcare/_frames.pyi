# Type stubs of calfcare._frames (pandas adapters). pandas types are named as strings so that
# type checkers without pandas stubs still read this file.
import datetime
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple, Union

from ._common import Reason
from ._common import Result
from ._progression import AcwrSeries, DecayArg, CouplingArg, LogAdvice, LogReport, SeedArg, SpikeCheck, WeeklyCheck

__all__: List[str]

DateLike = Union[str, datetime.date, Any]
DataFrame = Any  # pandas.DataFrame
Series = Any  # pandas.Series

@dataclass(frozen=True)
class LogCheck(Result):
    daily: DataFrame
    weekly: Optional[WeeklyCheck]
    weeks: DataFrame
    spikes: Optional[SpikeCheck]
    runs: DataFrame
    acwr: AcwrSeries
    acwr_daily: DataFrame
    weekly_load: Optional[WeeklyCheck] = ...
    load_weeks: Optional[DataFrame] = ...
    params: Dict[str, Any] = ...
    report: Optional[LogReport] = ...
    climb_weeks: Optional[DataFrame] = ...
    hard_weeks: Optional[DataFrame] = ...
    @property
    def advice(self) -> Tuple[LogAdvice, ...]: ...
    def to_dict(self) -> Dict[str, Any]: ...

def log_daily(log: DataFrame, *, date: str = ..., distance: Optional[str] = ..., duration: str = ...,
              rpe: str = ..., until: Optional[DateLike] = ..., tz: Optional[str] = ...,
              units: Optional[str] = ..., dayfirst: Optional[bool] = ..., format: Optional[str] = ...) -> DataFrame: ...
def check_log(log: DataFrame, *, until: Optional[DateLike] = ..., since: Optional[DateLike] = ..., all: bool = ...,
              keep_duplicates: bool = ..., tz: Optional[str] = ..., units: Optional[str] = ...,
              max_increase_pct: float = ..., acute_days: int = ..., chronic_days: int = ..., decay: DecayArg = ...,
              coupling: CouplingArg = ..., seed: SeedArg = ..., date: str = ..., distance: Optional[str] = ...,
              duration: str = ..., rpe: str = ..., dayfirst: Optional[bool] = ...,
              format: Optional[str] = ...) -> LogCheck: ...
def check_weekly_series(weekly_km: Union[Series, Any], max_increase_pct: float = ...,
                        fill: Optional[str] = ...) -> DataFrame: ...
def acwr_frame(daily_load: Union[Series, DataFrame, Any], acute_days: int = ..., chronic_days: int = ...,
               decay: DecayArg = ..., coupling: CouplingArg = ..., seed: SeedArg = ...,
               fill: Optional[str] = ...) -> DataFrame: ...
def cohort_matrix(runs: DataFrame, *, runner: str = ..., date: str = ..., distance: Optional[str] = ...,
                  start: Optional[DateLike] = ..., end: Optional[DateLike] = ..., dayfirst: Optional[bool] = ...,
                  format: Optional[str] = ...) -> DataFrame: ...
def batch_check_frame(cohort: Union[DataFrame, Any], max_increase_pct: float = ..., acute_days: int = ...,
                      chronic_days: int = ..., decay: DecayArg = ..., coupling: CouplingArg = ...,
                      seed: SeedArg = ..., fill: Optional[str] = ...) -> DataFrame: ...
def batch_acwr_frame(cohort: Union[DataFrame, Any], acute_days: int = ..., chronic_days: int = ...,
                     decay: DecayArg = ..., coupling: CouplingArg = ..., seed: SeedArg = ...,
                     fill: Optional[str] = ...) -> DataFrame: ...
