# Type stubs of calfcare._diagnosis. Units: see help(calfcare.diagnose).
import enum
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

from ._common import Reason

__all__: List[str]

class Triage(enum.IntEnum):
    SELF_CARE: int
    SEE_CLINICIAN: int
    URGENT: int
    @property
    def word(self) -> str: ...

class Cause(enum.IntEnum):
    OVERTRAINING: int
    WARMUP_STRETCHING: int
    RUNNING_FORM: int
    CALF_STRENGTH_FLEXIBILITY: int
    SHOES: int
    @property
    def word(self) -> str: ...

@dataclass(frozen=True)
class CauseScore:
    cause: Cause
    score: float
    reasons: List[Reason]
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class RedFlag:
    flag: str
    triage: Triage
    reasons: List[Reason]
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class Advice:
    code: int
    name: str
    text: str
    value: Optional[float]
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class Diagnosis:
    triage: Triage
    causes: List[CauseScore]
    red_flags: List[RedFlag]
    wells_score: Optional[int]
    wells_band: str
    blocked: List[str]
    blocked_by: Dict[str, str]
    advice: List[Advice]
    @property
    def top_cause(self) -> CauseScore: ...
    def to_dict(self) -> Dict[str, Any]: ...

def diagnosis_fields() -> List[str]: ...
def diagnose(**inputs: Any) -> Diagnosis: ...  # keywords: diagnosis
