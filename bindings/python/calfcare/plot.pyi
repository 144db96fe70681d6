# Type stubs of calfcare.plot. matplotlib types are named loosely (Any) so that the stubs need no
# matplotlib stubs.
from typing import Any, List, Optional, Sequence, Tuple, Union

from ._frames import LogCheck
from ._progression import AcwrSeries, WeeklyCheck, WeeklyPlan

__all__: List[str]

Figure = Any  # matplotlib.figure.Figure
Axes = Any  # matplotlib.axes.Axes

def plan_chart(plan: WeeklyPlan, ax: Optional[Axes] = ..., target_km: Optional[float] = ...,
               title: str = ...) -> Figure: ...
def weekly_load_chart(check: Union[WeeklyCheck, LogCheck, Any], ax: Optional[Axes] = ...,
                      title: str = ...) -> Figure: ...
def acwr_chart(data: Union[AcwrSeries, LogCheck, Any], axes: Optional[Tuple[Axes, Axes]] = ...,
               dates: Optional[Sequence[Any]] = ..., title: str = ..., unit: Optional[str] = ...) -> Figure: ...
