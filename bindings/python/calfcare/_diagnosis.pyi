# Type stubs of calfcare._diagnosis. Units: see help(calfcare.diagnose).
import enum
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

from ._common import Advice, Reason, Result, Word

__all__: List[str]

class WellsBand(Word):
    NOT_ASSESSED: str
    LOW: str
    MODERATE: str
    HIGH: str

class Triage(Word):
    SELF_CARE: str
    SEE_CLINICIAN: str
    URGENT: str
    @property
    def code(self) -> int: ...

class Cause(Word):
    OVERTRAINING: str
    WARMUP_STRETCHING: str
    RUNNING_FORM: str
    CALF_STRENGTH_FLEXIBILITY: str
    SHOES: str
    @property
    def code(self) -> int: ...

@dataclass(frozen=True)
class CauseScore(Result):
    cause: Cause
    score: float
    reasons: Tuple[Reason, ...]
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class RedFlag(Result):
    flag: str
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
    blocked: Tuple[str, ...]
    blocked_by: Dict[str, str]
    advice: Tuple[Advice, ...]
    @property
    def top_cause(self) -> CauseScore: ...
    def to_dict(self) -> Dict[str, Any]: ...

def diagnosis_fields() -> List[str]: ...
def diagnose_frame(df: Any) -> Any: ...
def diagnose(**inputs: Any) -> Diagnosis: ...  # keywords: diagnosis
