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
    Word,
    Result,
    Reason,
    Advice,
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
    "Word",
    "Result",
    "Reason",
    "Advice",
    "reason",
    "version",
    "version_info",
]

# Areas: one private module each; their public names are re-exported here, flat.
from ._diagnosis import *  # noqa: E402,F401,F403
from ._relief import *  # noqa: E402,F401,F403
from ._progression import *  # noqa: E402,F401,F403
from ._shoes import *  # noqa: E402,F401,F403
from . import _diagnosis, _relief, _progression, _shoes  # noqa: E402

__all__ += _diagnosis.__all__ + _relief.__all__ + _progression.__all__ + _shoes.__all__

# pandas adapters, re-exported flat (pandas is imported only when one is called); charts as
# calfcare.plot (matplotlib is imported only when one is drawn).
from ._frames import *  # noqa: E402,F401,F403
from . import _frames, plot  # noqa: E402,F401

__all__ += _frames.__all__

# Dask arrays through the batch functions, chunking checked (dask is imported only when called).
from ._dask import *  # noqa: E402,F401,F403
from . import _dask  # noqa: E402

__all__ += _dask.__all__
