# Type stubs of the calfcare package: every public name, re-exported from the private module that
# defines it (as calfcare/__init__.py does). The pandas adapters (_frames) and calfcare.plot are
# included. tests/python/test_stubs.py checks this file against the running package.
from typing import List

from . import plot as plot
from ._common import (
    Error as Error,
    InvalidInputError as InvalidInputError,
    RefusedError as RefusedError,
    BlockedError as BlockedError,
    TooSoonError as TooSoonError,
    BufferTooSmallError as BufferTooSmallError,
    StateError as StateError,
    UnsupportedError as UnsupportedError,
    Reason as Reason,
    reason as reason,
    version as version,
    version_info as version_info,
)
from ._diagnosis import (
    Triage as Triage,
    Cause as Cause,
    CauseScore as CauseScore,
    RedFlag as RedFlag,
    Advice as Advice,
    Diagnosis as Diagnosis,
    diagnose as diagnose,
    diagnosis_fields as diagnosis_fields,
)
from ._relief import (
    relief as relief,
    RELIEF_PROTOCOLS as RELIEF_PROTOCOLS,
    ROLLING_TOOLS as ROLLING_TOOLS,
    ROUTINES as ROUTINES,
    Step as Step,
    Protocol as Protocol,
    Event as Event,
    TimerStatus as TimerStatus,
    Timer as Timer,
    relief_protocol as relief_protocol,
    routine as routine,
    blocked_set as blocked_set,
)
from ._progression import (
    Decay as Decay,
    Coupling as Coupling,
    BatchColumn as BatchColumn,
    BATCH_COLUMNS as BATCH_COLUMNS,
    CheckedWeek as CheckedWeek,
    WeeklyCheck as WeeklyCheck,
    RunSpike as RunSpike,
    SpikeCheck as SpikeCheck,
    Acwr as Acwr,
    AcwrSeries as AcwrSeries,
    WeeklyPlan as WeeklyPlan,
    PlanWeek as PlanWeek,
    RtrGateItem as RtrGateItem,
    RtrStage as RtrStage,
    ReturnToRun as ReturnToRun,
    RtrStep as RtrStep,
    RtrGateCheck as RtrGateCheck,
    ProgressionBatch as ProgressionBatch,
    next_week_max as next_week_max,
    check_weekly as check_weekly,
    check_weekly_load as check_weekly_load,
    session_load as session_load,
    weekly_totals as weekly_totals,
    weekly_load_totals as weekly_load_totals,
    spike_band as spike_band,
    acwr_band as acwr_band,
    check_spikes as check_spikes,
    acwr as acwr,
    acwr_series as acwr_series,
    make_plan as make_plan,
    return_to_run as return_to_run,
    rtr_advance as rtr_advance,
    rtr_gate as rtr_gate,
    batch_check as batch_check,
    batch_acwr as batch_acwr,
    TrainingLog as TrainingLog,
    LogAdvice as LogAdvice,
    LogReport as LogReport,
    read_log as read_log,
    check_log as check_log,
)
from ._shoes import (
    TransitionWeek as TransitionWeek,
    shoes as shoes,
    shoe_advice as shoe_advice,
    ShoeAdvice as ShoeAdvice,
    ShoeSize as ShoeSize,
    SizeFits as SizeFits,
    BrandSize as BrandSize,
    WidthBounds as WidthBounds,
    BrandChart as BrandChart,
    ChartRow as ChartRow,
    brand_charts as brand_charts,
    DropAdvice as DropAdvice,
    Replacement as Replacement,
    StackCheck as StackCheck,
    AdviceItem as AdviceItem,
)
from ._frames import (
    LogCheck as LogCheck,
    log_daily as log_daily,
    check_weekly_series as check_weekly_series,
    acwr_frame as acwr_frame,
    cohort_matrix as cohort_matrix,
    batch_check_frame as batch_check_frame,
    batch_acwr_frame as batch_acwr_frame,
)
from ._dask import (
    batch_check_dask as batch_check_dask,
    batch_acwr_dask as batch_acwr_dask,
)

__version__: str
__all__: List[str]
