# Type stubs of calfcare._diagnosis. Units: see help(calfcare.diagnose).
import enum
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

from ._common import Advice, Reason, Result, Word

__all__: List[str]

class WellsBand(Word): ...  # members: written at build time by gen_stubs.py

class Triage(Word):  # members: written at build time by gen_stubs.py
    @property
    def code(self) -> int: ...

class Cause(Word):  # members: written at build time by gen_stubs.py
    @property
    def code(self) -> int: ...

class RedFlagKind(Word): ...  # members: written at build time by gen_stubs.py

class CareKind(Word): ...  # members: written at build time by gen_stubs.py

@dataclass(frozen=True)
class CauseScore(Result):
    cause: Cause
    score: float
    reasons: Tuple[Reason, ...]
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class RedFlag(Result):
    flag: RedFlagKind
    triage: Triage
    reasons: Tuple[Reason, ...]
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class Diagnosis(Result):
    triage: Triage
    causes: Tuple[CauseScore, ...]
    red_flags: Tuple[RedFlag, ...]
    wells_score: Optional[int]
    wells_band: WellsBand
    blocked: Tuple[CareKind, ...]
    blocked_by: Dict[CareKind, RedFlagKind]
    advice: Tuple[Advice, ...]
    @property
    def top_cause(self) -> CauseScore: ...
    def to_dict(self) -> Dict[str, Any]: ...

def diagnosis_fields() -> List[str]: ...
def diagnose_frame(df: Any) -> Any: ...
def diagnose(**inputs: Any) -> Diagnosis: ...  # keywords: diagnosis
