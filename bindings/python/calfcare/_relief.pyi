# Type stubs of calfcare._relief. Times: schedule in s, timer in ms (32-bit, wrapping).
from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterator, List, Mapping, Optional, Tuple, Union

from ._common import Advice, Reason, Result, Word
from ._diagnosis import CareKind

__all__: List[str]

class StepKind(Word): ...  # members: written at build time by gen_stubs.py

class ProtocolName(Word): ...  # members: written at build time by gen_stubs.py

class Cue(Word): ...  # members: written at build time by gen_stubs.py

class Side(Word): ...  # members: written at build time by gen_stubs.py

class EventType(Word): ...  # members: written at build time by gen_stubs.py

class TimerState(Word): ...  # members: written at build time by gen_stubs.py

RELIEF_PROTOCOLS: Tuple[str, ...]
ROLLING_TOOLS: Tuple[str, ...]
ROUTINES: Tuple[str, ...]

@dataclass(frozen=True)
class Step(Result):
    index: int
    kind: StepKind
    side: Side
    start_s: float
    duration_s: float
    cue: Cue
    cue_code: int
    cue_text: str
    reps: int
    care: str
    halfway: bool
    countdown: bool
    switch_side: bool
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class Protocol(Result):
    name: ProtocolName
    steps: Tuple[Step, ...]
    total_s: float
    advice: Tuple[Reason, ...]
    week: Optional[int] = ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[Step]: ...
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class Event(Result):
    type: str
    step: int
    kind: str
    side: str
    cue: Cue
    due_ms: int
    late_ms: int
    late: bool
    seconds_left: int
    skipped: bool
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class TimerStatus(Result):
    state: str
    step: int
    step_count: int
    kind: str
    side: str
    cue: Union[Cue, str]  # "" when the session is not running a step
    step_duration_ms: int
    step_elapsed_ms: int
    step_remaining_ms: int
    step_progress: float
    session_elapsed_ms: int
    session_total_ms: int
    session_remaining_ms: int
    session_progress: float
    next_event_in_ms: Optional[int]
    def to_dict(self) -> Dict[str, Any]: ...

Blocked = Union[None, Mapping[Union[str, int], Union[str, int]], Any]

class Timer:
    protocol: Optional[Protocol]
    def __init__(self, protocol: Optional[Protocol], clock_ms: Optional[Callable[[], float]] = ...) -> None: ...
    def start(self, now_ms: Optional[int] = ...) -> None: ...
    def update(self, now_ms: Optional[int] = ...) -> List[Event]: ...
    def pause(self, now_ms: Optional[int] = ...) -> None: ...
    def resume(self, now_ms: Optional[int] = ...) -> None: ...
    def skip(self, now_ms: Optional[int] = ...) -> None: ...
    def status(self, now_ms: Optional[int] = ...) -> TimerStatus: ...
    @property
    def state(self) -> str: ...
    def save(self) -> bytes: ...
    @classmethod
    def restore(cls, blob: bytes, clock_ms: Optional[Callable[[], float]] = ...,
                protocol: Optional[Protocol] = ...) -> "Timer": ...

def blocked_set(blocked: Blocked) -> Any: ...
def symptoms_blocked_by(symptoms: Dict[str, Optional[bool]]) -> Dict[str, str]: ...
def relief_protocol(name: str, *, ice_min: Optional[float] = ..., hold_s: Optional[float] = ...,
                    reps: Optional[int] = ..., roll_s: Optional[float] = ..., sets: Optional[int] = ...,
                    last_ice_ended_min_ago: Optional[float] = ..., ice_rounds: Optional[int] = ...,
                    tool: Optional[str] = ..., blocked: Blocked = ..., **symptoms: Optional[bool]) -> Protocol: ...
relief = relief_protocol
def routine(name: str, *, week: Optional[int] = ..., blocked: Blocked = ...,
            **symptoms: Optional[bool]) -> Protocol: ...
