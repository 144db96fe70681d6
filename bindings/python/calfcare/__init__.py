"""libcalfcare for Python: calf-pain guidance for runners.

Cause diagnosis with red-flag triage, relief protocols with timers, mileage progression limits
and shoe-fit guidance, over the libcalfcare C library. Every rule traces to a published source
(see the docs/ folder of libcalfcare).

Errors are exceptions: invalid input raises :class:`InvalidInputError` (a :class:`ValueError`)
whose ``field`` attribute names the input; refusals for safety raise :class:`RefusedError`.
"""

from . import capi as _capi
from ._common import (
    Error,
    InvalidInputError,
    RefusedError,
    BlockedError,
    TooSoonError,
    BufferTooSmallError,
    StateError,
    UnsupportedError,
    Reason,
    reason,
    version,
    version_info,
)

__version__ = _capi.calfcare_version_string()

__all__ = [
    "Error",
    "InvalidInputError",
    "RefusedError",
    "BlockedError",
    "TooSoonError",
    "BufferTooSmallError",
    "StateError",
    "UnsupportedError",
    "Reason",
    "reason",
    "version",
    "version_info",
]

# Areas: each module lists its public names in __all__.
from .diagnosis import *  # noqa: E402,F401,F403
from .relief import *  # noqa: E402,F401,F403
from .progression import *  # noqa: E402,F401,F403
from .shoes import *  # noqa: E402,F401,F403
from . import diagnosis as _diagnosis, relief as _relief, progression as _progression, shoes as _shoes  # noqa: E402

__all__ += _diagnosis.__all__ + _relief.__all__ + _progression.__all__ + _shoes.__all__
