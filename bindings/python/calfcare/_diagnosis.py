"""Cause diagnosis and red-flag triage for a runner with a sore calf.

:func:`diagnose` takes what is known as keyword arguments (the ``calfcare diagnose`` options with
``_`` for ``-``; every one optional, an argument not given is unknown, which is not the same as
``False``/``"no"``) and returns a :class:`Diagnosis`: the triage, all five causes ranked by score
with the reason codes behind each score, the red flags, the Wells DVT score, the kinds of
self-care the red flags block, and concrete advice. Rules, weights and sources: docs/diagnosis.md.

>>> d = diagnose(weekly_km=[30, 32, 35, 48], cadence=162, overstride=True)
>>> d.triage == "self_care"
True
>>> d.causes[0].cause
<Cause.RUNNING_FORM: 'running_form'>
"""

from . import capi as _capi
from ._capi import diagnose_kwargs as _diagnose_kwargs
from ._common import Advice, Result, Word, keyword_signature, optional_import, plain, result, schema_doc, reason
from ._common import word_enum, frame_advice, frame_columns, frame_error, frame_result, frame_words, Error

__all__ = [
    "Triage",
    "Cause",
    "WellsBand",
    "RedFlagKind",
    "CareKind",
    "CauseScore",
    "RedFlag",
    "Diagnosis",
    "diagnose",
    "diagnose_frame",
    "diagnosis_fields",
]


class Triage(Word):
    """What the runner should do; the most serious red flag decides. Each member is its word (a str:
    ``dx.triage == "self_care"``); ``.code`` is the library's number."""

    SELF_CARE = _capi.calfcare_diagnosis_triage_name(_capi.CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE)
    SEE_CLINICIAN = _capi.calfcare_diagnosis_triage_name(_capi.CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN)
    URGENT = _capi.calfcare_diagnosis_triage_name(_capi.CALFCARE_DIAGNOSIS_TRIAGE_URGENT)

    @property
    def code(self):
        """The library's number (CALFCARE_DIAGNOSIS_TRIAGE_*): 0 self care, 1 see a clinician, 2 urgent."""
        return _TRIAGE_CODE[self]


class Cause(Word):
    """The five causes of calf pain in runners; each member is its word (a str), ``.code`` the number."""

    OVERTRAINING = _capi.calfcare_diagnosis_cause_name(_capi.CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING)
    WARMUP_STRETCHING = _capi.calfcare_diagnosis_cause_name(_capi.CALFCARE_DIAGNOSIS_CAUSE_WARMUP_STRETCHING)
    RUNNING_FORM = _capi.calfcare_diagnosis_cause_name(_capi.CALFCARE_DIAGNOSIS_CAUSE_RUNNING_FORM)
    CALF_STRENGTH_FLEXIBILITY = _capi.calfcare_diagnosis_cause_name(_capi.CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY)
    SHOES = _capi.calfcare_diagnosis_cause_name(_capi.CALFCARE_DIAGNOSIS_CAUSE_SHOES)

    @property
    def code(self):
        """The library's number (CALFCARE_DIAGNOSIS_CAUSE_*)."""
        return _CAUSE_CODE[self]


# Each member's number, read back from the library by its word (the members were made from the
# library's names above, so word and number cannot disagree).
_TRIAGE_CODE = {t: _capi.calfcare_diagnosis_triage_parse(t.word) for t in Triage}
_CAUSE_CODE = {c: _capi.calfcare_diagnosis_cause_parse(c.word) for c in Cause}


def _words(name_of):
    out, i = [], 0
    while True:
        w = name_of(i)
        if w in out or (w == "unknown" and i > 0) or w is None:
            return out
        out.append(w)
        i += 1


WellsBand = word_enum("WellsBand", __name__, _words(_capi.calfcare_diagnosis_wells_band_name),
                      "Pretest probability band of the Wells DVT score (Wells 1997): not_assessed, low, moderate, high.")


RedFlagKind = word_enum("RedFlagKind", __name__,
                        [_capi.calfcare_red_flag_name(i) for i in range(1, _capi.CALFCARE_FLAG_COUNT)],
                        "The red flags: dvt, achilles_rupture, calf_tear, ... (docs/diagnosis.md).")
CareKind = word_enum("CareKind", __name__,
                     [_capi.calfcare_care_kind_name(1 << i) for i in range(_capi.CALFCARE_CARE_KIND_COUNT)],
                     "Kinds of self-care a red flag can block: massage, foam_roll, stretch, ice, running, compression.")


@result
class CauseScore(Result):
    """One cause with its score (0..1) and the reasons (rules) that gave it."""

    cause: Cause
    score: float
    reasons: tuple

    def __repr__(self):
        names = ", ".join(r.name for r in self.reasons)
        return f"CauseScore({self.cause.word}, {self.score:.2f}, reasons=[{names}])"


@result
class RedFlag(Result):
    """A red flag (a :class:`RedFlagKind`: "dvt", "achilles_rupture", ...), the triage it calls for
    and its findings."""

    flag: RedFlagKind
    triage: Triage
    reasons: tuple

    def __repr__(self):
        names = ", ".join(r.name for r in self.reasons)
        return f"RedFlag({self.flag}, {self.triage.word}, reasons=[{names}])"


@result(rows="causes")
class Diagnosis(Result):
    """Result of :func:`diagnose`. Collections are tuples; ``to_dict()`` keys are these names.

    - ``triage``: :class:`Triage` (a str enum: ``dx.triage == "self_care"``)
    - ``causes``: all five :class:`CauseScore`, highest score first (``to_frame()``: one row each)
    - ``red_flags``: :class:`RedFlag` tuple, most serious first
    - ``wells_score``: int, or None when no Wells item was given
    - ``wells_band``: :class:`WellsBand`, the score's pretest probability, "low", "moderate" or "high"
      (Wells 1997; a low band never rules a clot out), "not_assessed" when no Wells item was given
    - ``blocked``: tuple of the blocked self-care kinds (:class:`CareKind`: "massage", "foam_roll",
      "stretch", "ice", "running", "compression"), from the safety gate's rows of the red flags
    - ``blocked_by``: dict kind -> the :class:`RedFlagKind` that blocks it
    - ``advice``: :class:`calfcare.Advice` tuple, most important first
    """

    triage: Triage
    causes: tuple
    red_flags: tuple
    wells_score: object
    wells_band: str
    blocked: tuple
    blocked_by: dict
    advice: tuple

    @property
    def top_cause(self):
        """The highest-scoring :class:`CauseScore`."""
        return self.causes[0]

    def __repr__(self):
        causes = ", ".join(f"{c.cause.word} {c.score:.2f}" for c in self.causes[:2])
        flags = ", ".join(f.flag for f in self.red_flags)
        return (f"Diagnosis(triage={self.triage.word}, causes=[{causes}, ...], red_flags=[{flags}], "
                f"wells_score={self.wells_score}, blocked={list(self.blocked)}, advice={len(self.advice)} items)")


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


_FLAG_BITS = [(1 << i, _capi.calfcare_red_flag_name(i)) for i in range(1, _capi.CALFCARE_FLAG_COUNT)]
_CARE_BITS = [(1 << i, _capi.calfcare_care_kind_name(1 << i)) for i in range(_capi.CALFCARE_CARE_KIND_COUNT)]


def _mask_names(bits):
    return lambda mask: tuple(name for bit, name in bits if mask & bit)


def diagnose_frame(df):
    """:func:`diagnose` for every row of a DataFrame: one row per runner, columns named as the
    keywords (``cadence``, ``weekly_km``, ``fever``...). A missing cell (NaN, None, pd.NA) is
    unknown for that runner, as a keyword left out is. The rows are read and diagnosed in one C loop
    (capi.frame_run): numeric columns of one-number fields are read as float64 arrays, other columns
    cell by cell with the keyword rules.

    Returns a DataFrame with the input's index: ``triage``, ``top_cause`` (words), one
    ``<cause>_score`` column per cause (0..1), ``wells_score`` (NaN when not assessed),
    ``wells_band``, ``red_flags`` and ``blocked`` (tuples of words), ``advice`` (tuple of advice
    names, most important first). A bad cell raises InvalidInputError naming the row (its index
    label, ``.row``) and the field (``.field``); a column that is not a keyword raises TypeError.
    """
    np = optional_import("numpy", "calfcare.diagnose_frame")
    pd = optional_import("pandas", "calfcare.diagnose_frame")
    schema = _capi.CALFCARE_INPUT_SCHEMA_DIAGNOSIS
    names, columns = frame_columns(schema, df, "calfcare.diagnose_frame")
    n = len(df)
    d = np.empty((n, 6))
    k = np.empty((n, 5), dtype=np.intc)
    kinds = np.empty(n, dtype=np.intc)
    try:
        lists = _capi.frame_run(schema, names, columns, n, d, k, kinds)
    except Error as e:
        raise frame_error(e, df.index) from None
    out = {"triage": frame_words(k[:, 0], _capi.calfcare_diagnosis_triage_name),
           "top_cause": frame_words(k[:, 1], _capi.calfcare_diagnosis_cause_name)}
    for cause, code in _CAUSE_CODE.items():
        out[f"{cause.word}_score"] = d[:, code - 1]
    out["wells_score"] = d[:, 5]
    out["wells_band"] = frame_words(k[:, 2], _capi.calfcare_diagnosis_wells_band_name)
    out["red_flags"] = frame_words(k[:, 3], _mask_names(_FLAG_BITS))
    out["blocked"] = frame_words(k[:, 4], _mask_names(_CARE_BITS))
    out["advice"] = frame_advice(lists, kinds)
    return frame_result(out, df.index)  # the arrays are new: no copy of them


diagnose.__doc__ += schema_doc(_capi.CALFCARE_INPUT_SCHEMA_DIAGNOSIS)
diagnose.__signature__ = keyword_signature(_capi.CALFCARE_INPUT_SCHEMA_DIAGNOSIS, "Diagnosis")


# The C converter creates these classes' objects directly; it checks their fields here, at import.
_capi.diagnosis_bind(Diagnosis, CauseScore, RedFlag, Advice, {v: c for c, v in _CAUSE_CODE.items()},
                     {v: t for t, v in _TRIAGE_CODE.items()}, reason,
                     {i: WellsBand(w) for i, w in enumerate(_words(_capi.calfcare_diagnosis_wells_band_name))},
                     {i: RedFlagKind(_capi.calfcare_red_flag_name(i)) for i in range(1, _capi.CALFCARE_FLAG_COUNT)},
                     {1 << i: CareKind(_capi.calfcare_care_kind_name(1 << i))
                      for i in range(_capi.CALFCARE_CARE_KIND_COUNT)})
