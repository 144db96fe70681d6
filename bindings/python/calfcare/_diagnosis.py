"""Cause diagnosis and red-flag triage for a runner with a sore calf.

:func:`diagnose` takes what is known as keyword arguments (the ``calfcare diagnose`` options with
``_`` for ``-``; every one optional, an argument not given is unknown, which is not the same as
``False``/``"no"``) and returns a :class:`Diagnosis`: the triage, all five causes ranked by score
with the reason codes behind each score, the red flags, the Wells DVT score, the kinds of
self-care the red flags block, and concrete advice. Rules, weights and sources: docs/diagnosis.md.

>>> d = diagnose(weekly_km=[30, 32, 35, 48], cadence=162, overstride=True)
>>> d.triage
<Triage.SELF_CARE: 0>
>>> d.causes[0].cause
<Cause.RUNNING_FORM: 3>
"""

import enum
from dataclasses import dataclass

from . import capi as _capi
from ._capi import diagnose_kwargs as _diagnose_kwargs
from ._common import keyword_signature, schema_doc, reason

__all__ = [
    "Triage",
    "Cause",
    "CauseScore",
    "RedFlag",
    "Advice",
    "Diagnosis",
    "diagnose",
    "diagnosis_fields",
]


class Triage(enum.IntEnum):
    """What the runner should do; the most serious red flag decides."""

    SELF_CARE = _capi.CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE
    SEE_CLINICIAN = _capi.CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN
    URGENT = _capi.CALFCARE_DIAGNOSIS_TRIAGE_URGENT

    @property
    def word(self):
        """The snake_case name used in JSON and the CLI: "self_care", "see_clinician", "urgent"."""
        return _capi.calfcare_diagnosis_triage_name(int(self))

    def __str__(self):
        return self.word


class Cause(enum.IntEnum):
    """The five causes of calf pain in runners."""

    OVERTRAINING = _capi.CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING
    WARMUP_STRETCHING = _capi.CALFCARE_DIAGNOSIS_CAUSE_WARMUP_STRETCHING
    RUNNING_FORM = _capi.CALFCARE_DIAGNOSIS_CAUSE_RUNNING_FORM
    CALF_STRENGTH_FLEXIBILITY = _capi.CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY
    SHOES = _capi.CALFCARE_DIAGNOSIS_CAUSE_SHOES

    @property
    def word(self):
        """The snake_case name used in JSON and the CLI, e.g. "overtraining"."""
        return _capi.calfcare_diagnosis_cause_name(int(self))

    def __str__(self):
        return self.word


@dataclass(frozen=True)
class CauseScore:
    """One cause with its score (0..1) and the reasons (rules) that gave it."""

    cause: Cause
    score: float
    reasons: list

    def to_dict(self):
        return {"cause": self.cause.word, "score": self.score, "reasons": [r.name for r in self.reasons]}

    def __repr__(self):
        names = ", ".join(r.name for r in self.reasons)
        return f"CauseScore({self.cause.word}, {self.score:.2f}, reasons=[{names}])"


@dataclass(frozen=True)
class RedFlag:
    """A red flag ("dvt", "achilles_rupture", ...), the triage it calls for and its findings."""

    flag: str
    triage: Triage
    reasons: list

    def to_dict(self):
        return {"flag": self.flag, "triage": self.triage.word, "reasons": [r.name for r in self.reasons]}

    def __repr__(self):
        names = ", ".join(r.name for r in self.reasons)
        return f"RedFlag({self.flag}, {self.triage.word}, reasons=[{names}])"


@dataclass(frozen=True)
class Advice:
    """A piece of advice: stable code and name, English text with the numbers filled in, and the
    number it is about (km, steps/min, mm...; None when there is none)."""

    code: int
    name: str
    text: str
    value: object

    def to_dict(self):
        return {"code": self.name, "id": self.code, "text": self.text, "value": self.value}

    def __str__(self):
        return self.text


@dataclass(frozen=True)
class Diagnosis:
    """Result of :func:`diagnose`.

    - ``triage``: :class:`Triage`
    - ``causes``: all five :class:`CauseScore`, highest score first
    - ``red_flags``: :class:`RedFlag` list, most serious first
    - ``wells_score``: int, or None when no Wells item was given
    - ``wells_band``: the score's pretest probability, "low", "moderate" or "high" (Wells 1997;
      a low band never rules a clot out), "not_assessed" when no Wells item was given
    - ``blocked``: names of the blocked self-care kinds ("massage", "foam_roll", "stretch",
      "ice", "running", "compression"), from the safety gate's rows of the red flags
    - ``blocked_by``: dict kind -> red flag name that blocks it
    - ``advice``: :class:`Advice` list, most important first
    """

    triage: Triage
    causes: list
    red_flags: list
    wells_score: object
    wells_band: str
    blocked: list
    blocked_by: dict
    advice: list

    @property
    def top_cause(self):
        """The highest-scoring :class:`CauseScore`."""
        return self.causes[0]

    def to_dict(self):
        """The same object as ``calfcare diagnose --json`` prints."""
        return {
            "triage": self.triage.word,
            "causes": [c.to_dict() for c in self.causes],
            "red_flags": [f.to_dict() for f in self.red_flags],
            "wells_score": self.wells_score,
            "wells_band": self.wells_band,
            "blocked": list(self.blocked),
            "advice": [a.to_dict() for a in self.advice],
        }

    def __repr__(self):
        causes = ", ".join(f"{c.cause.word} {c.score:.2f}" for c in self.causes)
        flags = ", ".join(f.flag for f in self.red_flags)
        return (f"Diagnosis(triage={self.triage.word}, causes=[{causes}], red_flags=[{flags}], "
                f"wells_score={self.wells_score}, blocked={self.blocked}, advice={len(self.advice)} items)")


def diagnosis_fields():
    """Names of the keyword arguments :func:`diagnose` accepts, in field-id order."""
    n = _capi.calfcare_input_field_count(_capi.CALFCARE_INPUT_SCHEMA_DIAGNOSIS)
    return [_capi.calfcare_input_field_at(_capi.CALFCARE_INPUT_SCHEMA_DIAGNOSIS, i).name for i in range(n)]


def diagnose(**inputs):
    """Rank the causes of calf pain, screen red flags and give advice.

    Keyword arguments are the field names (``calfcare diagnose`` options with ``_`` for ``-``):
    numbers in the documented units (``weekly_km=[30, 32, 35, 48]`` km oldest first,
    ``cadence=162`` steps/min, ``heel_raises=(18, 24)`` left, right, ``knee_to_wall_cm=(8, 11)``),
    words (``warmup="never"``, ``foot_strike="forefoot"``, ``cushioning="firm"``, ``sex="female"``),
    booleans for yes/no fields and symptoms (``overstride=True``, ``fever=False`` is an explicit no;
    nothing else: ``"no"``, ``0``, ``1``, NaN or ``[True]`` raise InvalidInputError naming the field).
    ``None`` or leaving an argument out means unknown. One field under two spellings
    (``deep_vein_tenderness`` and ``"deep-vein-tenderness"``) is an error.

    Raises :class:`calfcare.InvalidInputError` (a ValueError) naming the field for an invalid value,
    TypeError for an unknown keyword.
    """
    # One C call reads the keywords, runs calfcare_diagnosis_assess() and builds the Diagnosis with its
    # CauseScore, RedFlag and Advice objects (bindings/python/calfcare-python-convert.swg).
    return _diagnose_kwargs(inputs)


diagnose.__doc__ += schema_doc(_capi.CALFCARE_INPUT_SCHEMA_DIAGNOSIS)
diagnose.__signature__ = keyword_signature(_capi.CALFCARE_INPUT_SCHEMA_DIAGNOSIS, "Diagnosis")


# The C converter creates these classes' objects directly; it checks their fields here, at import.
_capi.diagnosis_bind(Diagnosis, CauseScore, RedFlag, Advice, {int(c): c for c in Cause},
                     {int(t): t for t in Triage}, reason)
