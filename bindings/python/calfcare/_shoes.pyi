# Type stubs of calfcare._shoes. Lengths in mm, distances in km, ages in months.
from dataclasses import dataclass
from ._common import Advice, Result, Word
from typing import Any, Dict, List, Optional, Tuple

__all__: List[str]

class WidthClass(Word): ...  # members: written at build time by gen_stubs.py

class ShoeCategory(Word): ...  # members: written at build time by gen_stubs.py

class Brand(Word): ...  # members: written at build time by gen_stubs.py

class Sex(Word): ...  # members: written at build time by gen_stubs.py

class DropKind(Word): ...  # members: written at build time by gen_stubs.py

@dataclass(frozen=True)
class SizeFits(Result):
    mondopoint: float
    eu: float
    uk: Optional[float]
    us_men: Optional[float]
    us_women: Optional[float]
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class ShoeSize(Result):
    mondopoint_mm: float
    eu: float
    uk: Optional[float]
    us_men: Optional[float]
    us_women: Optional[float]
    foot_mm: float
    toe_room_mm: float
    last_mm: float
    fits_up_to_mm: SizeFits
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class BrandSize(Result):
    name: Brand
    chart: str
    chart_sex: Sex
    source: str
    read_on: str
    in_chart: bool
    us: Optional[float]
    uk: Optional[float]
    eu: Optional[float]
    fits_up_to_mm: Optional[float]
    smaller_fits_up_to_mm: Optional[float]
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class WidthBounds(Result):
    wide_from_mm: float
    extra_wide_from_mm: float
    from_chart: bool
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class ChartRow(Result):
    us: float
    uk: float
    eu: float
    foot_mm: float

@dataclass(frozen=True)
class BrandChart(Result):
    name: Brand
    title: str
    sex: Sex
    source: str
    read_on: str
    note: str
    rows: Tuple[ChartRow, ...]

def brand_charts() -> Tuple[BrandChart, ...]: ...

@dataclass(frozen=True)
class TransitionWeek(Result):
    week: int
    share_pct: int
    km: Optional[float]
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class DropAdvice(Result):
    advice: str
    transition_weeks: int
    weekly_plan: Tuple[TransitionWeek, ...]
    change_mm: Optional[float]
    minimalist_cap_km: Optional[float]
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class Replacement(Result):
    due: Optional[bool]
    km_left: Optional[float]
    limit_km: float
    months_left: Optional[float]
    limit_months: float
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class StackCheck(Result):
    road_ok: Optional[bool]
    track_ok: Optional[bool]
    road_limit_mm: float
    track_limit_mm: float
    def to_dict(self) -> Dict[str, Any]: ...

@dataclass(frozen=True)
class ShoeAdvice(Result):
    size: ShoeSize
    width: Optional[str]
    width_class: Optional[str]
    width_ratio: Optional[float]
    category: str
    drop: DropAdvice
    replace: Replacement
    stack: StackCheck
    advice: Tuple[Advice, ...]
    brand: Optional[BrandSize] = ...
    width_bounds: Optional[WidthBounds] = ...
    @property
    def codes(self) -> Tuple[int, ...]: ...
    def to_dict(self) -> Dict[str, Any]: ...

def shoe_advice(**inputs: Any) -> ShoeAdvice: ...  # keywords: shoes
shoes = shoe_advice
def shoes_frame(df: Any) -> Any: ...
