"""Relief protocols, prevention routines and the timer engine (calfcare/relief.h).

Build a protocol, look at its schedule, then drive it with any clock::

    import calfcare
    p = calfcare.relief_protocol("stretch", hold_s=30, reps=3)
    for step in p.steps:
        print(step.start_s, step.kind, step.side, step.duration_s)
    timer = calfcare.Timer(p)            # default clock_ms: time.monotonic_ns() // 1_000_000
    timer.start()
    while True:                          # e.g. every 100 ms
        for event in timer.update():
            print(event)                 # Event(type='halfway', step=1, ...)

Times are milliseconds on a 32-bit clock that wraps (as a watch's does); durations in the
schedule are seconds. Errors raise: :class:`InvalidInputError` (``.field`` names the parameter,
``.min``/``.max`` give the range), :class:`BlockedError` (a red flag blocks a step:
``.red_flag``, ``.care``, ``.step_kind``), :class:`TooSoonError` (ice within 60 min of the last
application), :class:`StateError` (a corrupt or foreign saved timer).
"""

import operator
import time
from dataclasses import field

from . import capi as _capi
from ._common import InvalidInputError, BlockedError, Result, reason, result, word_enum, invalid as _invalid
from ._common import params_doc as _params_doc, params_fields as _params_fields, params_set as _params_set
from ._diagnosis import CareKind

__all__ = [
    "relief",
    "RELIEF_PROTOCOLS",
    "ROLLING_TOOLS",
    "ROUTINES",
    "Step",
    "Protocol",
    "Event",
    "TimerStatus",
    "Timer",
    "relief_protocol",
    "routine",
    "blocked_set",
    "ProtocolName",
    "StepKind",
    "Cue",
    "Side",
    "EventType",
    "TimerState",
]

def _protocol_words(routines):
    """The library's words of its protocols (routines=False) or routines (True), in value order:
    calfcare_relief_name() from CALFCARE_RELIEF_RICE until "unknown", split by calfcare_relief_is_routine()."""
    out, i = [], _capi.CALFCARE_RELIEF_RICE
    while _capi.calfcare_relief_name(i) != "unknown":
        if bool(_capi.calfcare_relief_is_routine(i)) == routines:
            out.append(_capi.calfcare_relief_name(i))
        i += 1
    return tuple(out)


RELIEF_PROTOCOLS = _protocol_words(routines=False)
"""Relief protocol names (``calfcare relief NAME``), the library's words in value order."""
ROLLING_TOOLS = tuple(_capi.calfcare_relief_tool_name(i) for i in range(2))
"""Rolling tools of "roll" and "full" (``tool=``, ``calfcare relief --tool``): "roller", "ball"."""
ROUTINES = _protocol_words(routines=True)
"""Prevention routine names (``calfcare routine NAME``), the library's words in value order."""

_MASK32 = 0xFFFFFFFF
_CARE_BITS = {"massage": _capi.CALFCARE_CARE_MASSAGE, "foam_roll": _capi.CALFCARE_CARE_FOAM_ROLL,
              "stretch": _capi.CALFCARE_CARE_STRETCH, "ice": _capi.CALFCARE_CARE_ICE,
              "running": _capi.CALFCARE_CARE_RUNNING, "compression": _capi.CALFCARE_CARE_COMPRESSION}
_FLAGS = {_capi.calfcare_red_flag_name(i): i
          for i in (*range(1, _capi.CALFCARE_FLAG_COUNT), _capi.CALFCARE_FLAG_UNNAMED)}


def _names(name_of, first, last):
    return [name_of(i) for i in range(first, last + 1)]


def _all_names(name_of, first):
    """Every word of an append-only enum, from first until the library says "unknown"."""
    out, i = [], first
    while name_of(i) != "unknown":
        out.append(name_of(i))
        i += 1
    return out


StepKind = word_enum("StepKind", __name__, _all_names(_capi.calfcare_relief_step_kind_name, _capi.CALFCARE_RELIEF_STEP_REST),
                     "Kind of a protocol step: rest, compress, ice, get_ready, stretch_straight, ...")
ProtocolName = word_enum("ProtocolName", __name__, RELIEF_PROTOCOLS + ROUTINES,
                         "Name of a relief protocol (rice, stretch, roll, full, rest) or routine (warmup, cooldown, "
                         "strength): Protocol.name.")


def _cue_words():
    """The cue names of the library's relief cue codes (2001 on, until the first code without a cue)."""
    out, code = [], _capi.CALFCARE_RELIEF_R_REST_ELEVATE
    while _capi.calfcare_reason_lookup(code) is not None and code < _capi.CALFCARE_RELIEF_R_REST_ELEVATE + 99:
        out.append(_capi.calfcare_reason_lookup(code).name)
        code += 1
    return out


Cue = word_enum("Cue", __name__, _cue_words(),
                "What a step tells the user (the name of its cue code, 2001 on): rest_elevate, ice, get_ready, "
                "stretch_straight, ..., massage_ball. Step.cue, Event.cue, TimerStatus.cue.")
Side = word_enum("Side", __name__, _names(_capi.calfcare_relief_side_name, 0, 2), "Leg of a step: none, left, right.")
EventType = word_enum("EventType", __name__, _names(_capi.calfcare_relief_event_name, _capi.CALFCARE_RELIEF_EV_STEP_START,
                                                    _capi.CALFCARE_RELIEF_EV_SESSION_DONE),
                      "Timer events: step_start, switch_side, halfway, countdown, step_done, session_done.")
TimerState = word_enum("TimerState", __name__, _names(_capi.calfcare_relief_timer_state_name, _capi.CALFCARE_RELIEF_TIMER_READY,
                                                      _capi.CALFCARE_RELIEF_TIMER_DONE),
                       "State of a timer: ready, running, paused, done.")


def _seconds(ms):
    """Whole seconds as int, fractions as float (the CLI's JSON does the same)."""
    return ms // 1000 if ms % 1000 == 0 else ms / 1000.0


@result
class Step(Result):
    """One timed step of a protocol. Times in seconds from the session start."""

    index: int
    kind: str           # "ice", "stretch_straight", "get_ready", ...
    side: str           # "none", "left" or "right"
    start_s: float
    duration_s: float
    cue: str            # a Cue: the cue code's name, e.g. "stretch_straight"
    cue_code: int       # 2001-2015
    cue_text: str       # what to tell the user, in English
    reps: int           # repetitions within the step (calf raises), 0 for holds
    care: str           # care kind it counts as for blocking ("stretch", ...) or "" if none
    halfway: bool       # the timer reports halfway for this step
    countdown: bool     # the timer reports 3, 2, 1 s left
    switch_side: bool   # the step is on the other leg than the one before


@result(rows="steps")
class Protocol(Result):
    """A built protocol or routine: the schedule to show before starting (``to_frame()``: one row
    per step), and advice (:class:`calfcare.Reason`: code, name, text, source, strength). Pickles
    (it is rebuilt from its name and parameters, which the library turns into the same schedule)."""

    name: str
    steps: tuple
    total_s: float
    advice: tuple       # of calfcare.Reason
    week: int = None    # strength routine only
    _c: object = field(default=None, repr=False, compare=False)
    _params: dict = field(default=None, repr=False, compare=False)

    def __len__(self):
        return len(self.steps)

    def __iter__(self):
        return iter(self.steps)

    def __reduce__(self):
        return (_rebuild, (self.name, self._params))

    def __repr__(self):
        return (f"Protocol({str(self.name)!r}, {len(self.steps)} steps, total_s={self.total_s}, "
                f"advice={len(self.advice)} items{'' if self.week is None else f', week={self.week}'})")


def _rebuild(name, params):
    """A pickled Protocol, built again (refusals were checked when it was first built)."""
    return _build(name, RELIEF_PROTOCOLS if name in RELIEF_PROTOCOLS else ROUTINES, dict(params or {}), None)


def blocked_set(blocked):
    """A capi.calfcare_blocked from ``None``, a calfcare_blocked, a :class:`calfcare.Diagnosis` (its
    ``blocked_by``), a mapping ``{care kind: red flag}`` such as ``{"stretch": "dvt"}`` (names or
    ints), or the Diagnosis' list of blocked care kinds (``dx.blocked``: any iterable of care-kind
    words, :class:`calfcare.CareKind` members or bits; one word alone is a list of one). A list does
    not say which red flag blocks each kind: those kinds are blocked just the same, and a refusal's
    ``red_flag`` is "unnamed" (the library's CALFCARE_FLAG_UNNAMED), never "none"."""
    if blocked is None or isinstance(blocked, _capi.calfcare_blocked):
        return blocked
    if hasattr(blocked, "blocked_by") and hasattr(blocked, "triage"):  # a Diagnosis
        blocked = blocked.blocked_by
    if hasattr(blocked, "items"):
        pairs = list(dict(blocked).items())
    elif isinstance(blocked, str):
        pairs = [(blocked, _capi.CALFCARE_FLAG_UNNAMED)]
    else:
        try:
            pairs = [(care, _capi.CALFCARE_FLAG_UNNAMED) for care in blocked]
        except TypeError:
            raise _invalid("blocked", f"expected a Diagnosis, its blocked list of care kinds, a mapping "
                                      f"{{care kind: red flag}} or None, got {type(blocked).__name__} {blocked!r}") from None
    b = _capi.calfcare_blocked()
    for care, flag in pairs:
        try:
            if isinstance(care, (str, bool)):
                raise TypeError
            bit = operator.index(care)
        except TypeError:
            bit = _CARE_BITS.get(care) if isinstance(care, str) else None
        if bit is None:
            raise _invalid("care", f"unknown care kind {care!r}; accepted: {', '.join(_CARE_BITS)}")
        if isinstance(flag, str):
            if flag not in _FLAGS:
                raise _invalid("flag", f"unknown red flag {flag!r}; accepted: {', '.join(_FLAGS)}")
            flag = _FLAGS[flag]
        _capi.calfcare_relief_block(b, int(bit), int(flag))
    return b


def _step(c, i):
    s = c.step_at(i)
    cue = reason(s.cue)
    return Step(
        index=i,
        kind=StepKind(_capi.calfcare_relief_step_kind_name(s.kind)),
        side=Side(_capi.calfcare_relief_side_name(s.side)),
        start_s=_seconds(s.start_ms),
        duration_s=_seconds(s.duration_ms),
        cue=Cue(cue.name),
        cue_code=cue.code,
        cue_text=cue.text,
        reps=s.reps,
        care=CareKind(_capi.calfcare_care_kind_name(s.care)) if s.care else "",
        halfway=bool(s.flags & _capi.CALFCARE_RELIEF_STEP_HALFWAY),
        countdown=bool(s.flags & _capi.CALFCARE_RELIEF_STEP_COUNTDOWN),
        switch_side=bool(s.flags & _capi.CALFCARE_RELIEF_STEP_SWITCH_SIDE),
    )


def _blocked_from(blocked, symptoms):
    """The blocked set: from ``blocked``, or from the symptom switches run through the diagnosis
    (as ``calfcare relief|routine --fever ...`` does). Giving both is an error naming both."""
    if not symptoms:
        return blocked_set(blocked)
    if blocked is not None:
        raise _invalid("blocked", f"give either blocked or the symptom switches, not both ({', '.join(symptoms)})")
    return symptoms_blocked_by(symptoms)


def symptoms_blocked_by(symptoms):
    """``{care kind: red flag}`` the safety gate blocks for a dict of symptom switches
    (``{"fever": True}``), through :func:`calfcare.diagnose`. Keys that are not symptom switches
    raise TypeError."""
    from ._diagnosis import diagnosis_fields, diagnose
    names = diagnosis_fields()
    first, last = names.index("active_cancer"), names.index("cannot_walk_4_steps")
    for key in symptoms:
        norm = key.replace("-", "_")
        if norm not in names or not first <= names.index(norm) <= last:
            raise TypeError(f"unexpected keyword argument '{key}'; accepted: the parameters and the symptom "
                            f"switches {', '.join(names[first:last + 1])}")
    return diagnose(**symptoms).blocked_by


def _build(name, accepted, params, blocked, symptoms=None):
    if not isinstance(name, str) or name not in accepted:
        err = InvalidInputError(f"protocol: {name!r} is not one of {', '.join(accepted)}")
        err.field = "protocol"
        raise err
    pid = _capi.calfcare_relief_parse(name)
    p = _capi.calfcare_relief_params()
    _capi.calfcare_relief_params_init(p)
    for key, value in params.items():  # each checked by the library's table (calfcare/params.h)
        if value is not None:
            _params_set(_TABLE, p, key, value)
    # Conflicting pairs name both, never silently ignore one (the tool with a protocol that does not
    # roll: calfcare_relief_build).
    if params.get("ice_rounds") is not None and params.get("ice_min") is not None and p.ice_rounds == 2:
        raise _invalid("ice_min", f"ice_min={params['ice_min']!r} and ice_rounds={params['ice_rounds']!r} conflict: "
                       "intermittent ice is fixed at 10 min on, 10 off, 10 on; give one of them")
    if params.get("week") is not None and pid != _capi.CALFCARE_RELIEF_STRENGTH:
        raise _invalid("week", f"week={params['week']!r} and {name!r} conflict: week applies to the strength "
                       "routine only")
    blocked = _blocked_from(blocked, symptoms)
    out = _capi.calfcare_relief_protocol()
    try:
        _capi.calfcare_relief_build(pid, p, blocked_set(blocked), out)
    except BlockedError as e:
        e.care = _capi.calfcare_care_kind_name(out.blocked_care)
        e.red_flag = _capi.calfcare_red_flag_name(out.blocked_flag)
        e.step_kind = _capi.calfcare_relief_step_kind_name(out.blocked_kind)
        raise
    return Protocol(
        name=ProtocolName(name),
        steps=tuple(_step(out, i) for i in range(out.count)),
        total_s=_seconds(out.total_ms),
        advice=tuple(reason(out.advice_at(i)) for i in range(out.advice_count)),
        week=out.week if out.protocol == _capi.CALFCARE_RELIEF_STRENGTH else None,
        _c=out,
        _params={k: v for k, v in params.items() if v is not None},
    )


_TABLE = _capi.CALFCARE_PARAMS_TABLE_RELIEF


def _param_doc(name):
    """"name: help (min-max unit, default D)" of a row of the relief parameter table (None: not given)."""
    return _params_doc(next(f for f in _params_fields(_TABLE) if f.name == name), _TABLE, unset_word="None")


def relief_protocol(name, *, ice_min=None, hold_s=None, reps=None, roll_s=None, sets=None,
                    last_ice_ended_min_ago=None, ice_rounds=None, tool=None, blocked=None, **symptoms):
    """Build a relief protocol: "rice", "stretch", "roll", "full" or "rest".

    The parameters, None for the library's default (ranges and defaults from the library's table,
    ``calfcare.capi.calfcare_params_field_at(calfcare.capi.CALFCARE_PARAMS_TABLE_RELIEF, id)``):

    {params}

    Under 60 min since the last ice raises TooSoonError for protocols with ice. ice_rounds 2 is
    intermittent ice (step "ice_break"); with ice_min as well it raises InvalidInputError naming both.
    tool "ball" rolls on a massage ball (steps "massage_ball" with their own cue; the same dose);
    another word, or the ball with a protocol that does not roll, raises InvalidInputError naming
    tool. blocked: what a diagnosis blocks (see :func:`blocked_set`); a blocked step raises
    BlockedError. Instead of ``blocked``, the symptom switches of :func:`calfcare.diagnose`
    (``fever=True``, ``numbness=True``, ...) are run through the diagnosis. ``calfcare.relief`` is
    the same function. Out-of-range values raise InvalidInputError naming the parameter; nothing is
    clamped. "full" stretches and rolls only after a 10 min pain check; "rest" is rest with the leg
    raised only (first aid without ice or a bandage).
    """
    return _build(name, RELIEF_PROTOCOLS,
                  {"ice_min": ice_min, "hold_s": hold_s, "reps": reps, "roll_s": roll_s, "sets": sets,
                   "last_ice_ended_min_ago": last_ice_ended_min_ago, "ice_rounds": ice_rounds, "tool": tool},
                  blocked, symptoms)


def routine(name, *, week=None, blocked=None, **symptoms):
    """Build a prevention routine: "warmup", "cooldown" or "strength".

    {params}

    (weeks 1-2 double-leg calf raises, 3-4 single-leg, 5 and later slow eccentric lowering;
    docs/relief.md has the counts and rests). blocked, or the symptom switches of
    :func:`calfcare.diagnose`: as for :func:`relief_protocol`; a routine with a blocked step raises
    BlockedError.
    """
    return _build(name, ROUTINES, {"week": week}, blocked, symptoms)


def _keywords(fn):
    """The keyword-only parameters of fn that are rows of the relief table, in order."""
    rows = {f.name for f in _params_fields(_TABLE)}
    return [k for k in fn.__code__.co_varnames[fn.__code__.co_argcount:fn.__code__.co_argcount +
                                                fn.__code__.co_kwonlyargcount] if k in rows]


for _fn in (relief_protocol, routine):
    _fn.__doc__ = _fn.__doc__.replace("{params}", "\n    ".join(_param_doc(k) + "." for k in _keywords(_fn)))
del _fn


@result
class Event(Result):
    """A timer event. Times in ms on the caller's clock (wrapping at 2**32)."""

    type: str          # "step_start", "switch_side", "halfway", "countdown", "step_done", "session_done"
    step: int          # index of the step it belongs to
    kind: str          # that step's kind
    side: str          # that step's side (the new side for "switch_side")
    cue: str           # that step's Cue
    due_ms: int        # when it was due
    late_ms: int       # how long after due it was reported
    late: bool         # reported more than 1000 ms late (after a jump): apps may stay quiet
    seconds_left: int  # 3, 2, 1 for "countdown", else 0
    skipped: bool      # "step_done" of a skipped step

    def __str__(self):
        extra = f" {self.seconds_left}" if self.type == "countdown" else ""
        extra += " (skipped)" if self.skipped else ""
        extra += f" (late {self.late_ms} ms)" if self.late else ""
        return f"{self.type}{extra}: step {self.step} {self.kind} {self.side}"


@result
class TimerStatus(Result):
    """Where the session is. Durations in ms; progress 0..1."""

    state: str                 # "ready", "running", "paused", "done"
    step: int
    step_count: int
    kind: str
    side: str
    cue: str
    step_duration_ms: int
    step_elapsed_ms: int
    step_remaining_ms: int
    step_progress: float
    session_elapsed_ms: int
    session_total_ms: int
    session_remaining_ms: int
    session_progress: float
    next_event_in_ms: int      # None when no event can come (not running, paused, done)


def _default_clock():
    return time.monotonic_ns() // 1000000


# Clocks of the standard library that count seconds: given as clock_ms they would run the
# session 1000 times too slowly without a word, so they are refused by name.
_SECOND_CLOCKS = {time.monotonic: "time.monotonic", time.time: "time.time", time.perf_counter: "time.perf_counter",
                  time.process_time: "time.process_time", time.thread_time: "time.thread_time"}


def _check_clock_ms(clock_ms):
    if clock_ms is None:
        return _default_clock
    if not callable(clock_ms):
        raise _invalid("clock_ms", f"expected a callable returning milliseconds, got {type(clock_ms).__name__}")
    name = _SECOND_CLOCKS.get(clock_ms)
    if name is not None:
        raise _invalid("clock_ms", f"{name} counts seconds, the timer needs milliseconds: pass "
                                   f"clock_ms=lambda: time.monotonic_ns() // 1_000_000 (or leave it out: that is the default)")
    return clock_ms


class Timer:
    """Runs a :class:`Protocol` on the C timer engine with any clock.

    ``clock_ms`` is a callable returning the current time in milliseconds (any monotonic number;
    it is taken modulo 2**32; default: ``time.monotonic_ns() // 1_000_000``). A clock of the
    standard library that counts seconds (``time.monotonic``, ``time.time``...) is refused with
    InvalidInputError: the session would run 1000 times too slowly. Every method also accepts an explicit ``now_ms``. The engine has
    no clock of its own: nothing happens between calls, and :meth:`update` reports everything
    that fell due since the previous call, in order, once.
    """

    def __init__(self, protocol, clock_ms=None):
        self._clock = _check_clock_ms(clock_ms)
        self._t = _capi.calfcare_relief_timer()
        self._ev = _capi.calfcare_relief_event()
        if protocol is not None:
            if not isinstance(protocol, Protocol):
                raise TypeError("protocol must be a calfcare.Protocol (from relief_protocol() or routine())")
            _capi.calfcare_relief_timer_init(self._t, protocol._c)
        self.protocol = protocol

    def _now(self, now_ms):
        return int(self._clock() if now_ms is None else now_ms) & _MASK32

    def start(self, now_ms=None):
        """Start the session now."""
        _capi.calfcare_relief_timer_start(self._t, self._now(now_ms))

    def update(self, now_ms=None):
        """Events due by now, oldest first (a list of :class:`Event`, often empty)."""
        now = self._now(now_ms)
        events = []
        while True:
            _capi.calfcare_relief_timer_poll(self._t, now, self._ev)
            e = self._ev
            if e.type == _capi.CALFCARE_RELIEF_EV_NONE:
                return events
            events.append(Event(
                type=EventType(_capi.calfcare_relief_event_name(e.type)), step=e.step,
                kind=StepKind(_capi.calfcare_relief_step_kind_name(e.kind)),
                side=Side(_capi.calfcare_relief_side_name(e.side)),
                cue=Cue(reason(e.cue).name), due_ms=e.due_ms, late_ms=e.late_ms, late=bool(e.late),
                seconds_left=e.seconds_left, skipped=bool(e.skipped)))

    def pause(self, now_ms=None):
        """Pause: deadlines stop moving closer."""
        _capi.calfcare_relief_timer_pause(self._t, self._now(now_ms))

    def resume(self, now_ms=None):
        """Resume: every deadline moves later by the time spent paused."""
        _capi.calfcare_relief_timer_resume(self._t, self._now(now_ms))

    def skip(self, now_ms=None):
        """End the current step now; the next update reports its step_done with skipped=True."""
        _capi.calfcare_relief_timer_skip(self._t, self._now(now_ms))

    def status(self, now_ms=None):
        """A :class:`TimerStatus` at now (derived from the deadlines; call update first)."""
        info = _capi.calfcare_relief_timer_info()
        _capi.calfcare_relief_timer_query(self._t, self._now(now_ms), info)
        nxt = info.next_event_in_ms
        return TimerStatus(
            state=TimerState(_capi.calfcare_relief_timer_state_name(info.state)), step=info.step,
            step_count=info.step_count,
            kind=StepKind(_capi.calfcare_relief_step_kind_name(info.kind)) if info.kind else "",
            side=Side(_capi.calfcare_relief_side_name(info.side)),
            cue=Cue(reason(info.cue).name) if info.cue else "",
            step_duration_ms=info.step_duration_ms, step_elapsed_ms=info.step_elapsed_ms,
            step_remaining_ms=info.step_remaining_ms, step_progress=info.step_progress,
            session_elapsed_ms=info.session_elapsed_ms, session_total_ms=info.session_total_ms,
            session_remaining_ms=info.session_remaining_ms, session_progress=info.session_progress,
            next_event_in_ms=None if nxt == _capi.CALFCARE_RELIEF_NEVER else nxt)

    @property
    def state(self):
        """"ready", "running", "paused" or "done"."""
        return self.status().state

    def save(self):
        """The timer state as bytes (with a checksum), for :meth:`restore` after a restart."""
        blob = bytearray(_capi.calfcare_relief_timer_saved_size(self._t))
        _capi.calfcare_relief_timer_save(self._t, blob)
        return bytes(blob)

    @classmethod
    def restore(cls, blob, clock_ms=None, protocol=None):
        """A Timer from :meth:`save` output. A corrupt or foreign blob raises StateError."""
        timer = cls(None, clock_ms)
        _capi.calfcare_relief_timer_restore(timer._t, bytes(blob))
        timer.protocol = protocol
        return timer


# `calfcare.relief(...)`, like `calfcare relief` on the command line.
relief = relief_protocol
