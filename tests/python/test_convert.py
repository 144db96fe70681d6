"""The conversions done in C for speed (bindings/python/calfcare-python-convert.swg).

calfcare.diagnose() reads its keyword arguments, runs calfcare_diagnosis_assess() and builds the Diagnosis
objects in one C call. These tests hold it to an independent oracle: the same result read field by
field through the generic SWIG accessors of capi (cause_at, flag_at, advice_at...), for every
vignette and for inputs that raise each red flag; and they check what the keyword conversion
accepts and refuses, and that nothing leaks on success or on error.
"""
import fractions
import gc
import json
import math
import pathlib
import tracemalloc
from array import array

import numpy as np
import pytest

import calfcare
from calfcare import capi
from calfcare import Cause, Triage

DATA = pathlib.Path(__file__).resolve().parents[1] / "data" / "diagnosis"


def _oracle_input(kwargs):
    """A calfcare_input set one field at a time through the plain SWIG setters."""
    schema = capi.CALFCARE_INPUT_SCHEMA_DIAGNOSIS
    inp = capi.calfcare_input()
    capi.calfcare_input_init(inp, schema)
    for name, value in kwargs.items():
        fid = capi.calfcare_input_field_parse(schema, name)
        field = capi.calfcare_input_field_at(schema, fid)
        if value is None:
            continue
        if isinstance(value, bool):
            if field.type == capi.CALFCARE_INPUT_FIELD_SWITCH:
                capi.calfcare_input_set(inp, fid, 1.0 if value else 0.0)
            else:
                capi.calfcare_input_set_word(inp, fid, "yes" if value else "no")
        elif isinstance(value, str):
            capi.calfcare_input_set_text(inp, fid, value)
        elif isinstance(value, (int, float)):
            capi.calfcare_input_set(inp, fid, float(value))
        else:
            capi.calfcare_input_set_list(inp, fid, [float(v) for v in value])
    return inp


def _oracle(kwargs):
    """The diagnosis as plain Python values, read through the SWIG accessors."""
    out = capi.calfcare_diagnosis()
    capi.calfcare_diagnosis_assess(_oracle_input(kwargs), out)
    causes = []
    for i in range(capi.CALFCARE_DIAGNOSIS_CAUSE_COUNT):
        c = out.cause_at(i)
        causes.append((c.cause, c.score, [c.reason_at(k) for k in range(c.reason_count)]))
    flags = []
    for i in range(out.flag_count):
        f = out.flag_at(i)
        flags.append((capi.calfcare_red_flag_name(f.flag), f.triage, [f.reason_at(k) for k in range(f.reason_count)]))
    blocked, blocked_by = [], {}
    for bit in range(capi.CALFCARE_CARE_KIND_COUNT):
        if out.blocked.mask & (1 << bit):
            kind = capi.calfcare_care_kind_name(1 << bit)
            blocked.append(kind)
            blocked_by[kind] = capi.calfcare_red_flag_name(out.blocked_flag_at(bit))
    advice = []
    for i in range(out.advice_count):
        a = out.advice_at(i)
        r = capi.calfcare_reason_lookup(a.code)
        advice.append((a.code, r.name if r else "unknown", a.text, None if math.isnan(a.value) else a.value))
    return dict(triage=out.triage, causes=causes, flags=flags,
                wells=out.wells_score if out.wells_known else None,
                blocked=blocked, blocked_by=blocked_by, advice=advice)


def _as_plain(d):
    """A Diagnosis object in the oracle's shape, checking the types on the way."""
    assert type(d) is calfcare.Diagnosis and type(d.triage) is Triage
    for c in d.causes:
        assert type(c) is calfcare.CauseScore and type(c.cause) is Cause and type(c.score) is float
        assert all(type(r) is calfcare.Reason for r in c.reasons)
    for f in d.red_flags:
        assert type(f) is calfcare.RedFlag and type(f.triage) is Triage and type(f.flag) is calfcare.RedFlagKind
    for a in d.advice:
        assert type(a) is calfcare.Advice and type(a.code) is int and type(a.text) is str
        assert a.value is None or type(a.value) is float
    assert type(d.causes) is tuple and type(d.red_flags) is tuple and type(d.advice) is tuple
    assert type(d.blocked) is tuple and type(d.blocked_by) is dict
    assert all(type(c.reasons) is tuple for c in d.causes) and all(type(f.reasons) is tuple for f in d.red_flags)
    return dict(triage=d.triage.code,
                causes=[(c.cause.code, c.score, [r.code for r in c.reasons]) for c in d.causes],
                flags=[(f.flag, f.triage.code, [r.code for r in f.reasons]) for f in d.red_flags],
                wells=d.wells_score, blocked=list(d.blocked), blocked_by=d.blocked_by,
                advice=[(a.code, a.name, a.text, a.value) for a in d.advice])


def _cases():
    vignettes = json.loads((DATA / "vignettes.json").read_text())["vignettes"]
    cases = [(v["name"], v["inputs"]) for v in vignettes]
    cases += [
        ("empty", {}),
        ("dvt + rupture + tear", dict(calf_swelling_cm=4, pitting_edema=True, bedridden_or_surgery=True,
                                      thompson_positive=True, sudden_pop=True, bruising=True)),
        ("every switch raised", {name: True for name in ("fever", "numbness", "rest_pain", "cannot_walk_4_steps",
                                                         "focal_bone_tenderness", "predictable_exertional_pain")}),
        ("explicit noes", dict(fever=False, numbness=False, sudden_pop=False, overstride=False)),
    ]
    return cases


@pytest.mark.parametrize("name, inputs", _cases(), ids=[c[0] for c in _cases()])
def test_diagnose_equals_the_swig_accessors(name, inputs):
    assert _as_plain(calfcare.diagnose(**inputs)) == _oracle(inputs)


def test_the_cases_cover_flags_blocks_wells_and_advice_values():
    # The oracle comparison above is only as good as its cases: make sure they reach every part.
    results = [_oracle(inputs) for _, inputs in _cases()]
    assert sum(len(r["flags"]) for r in results) >= 8
    assert {k for r in results for k in r["blocked"]} == {"massage", "foam_roll", "stretch", "ice", "running",
                                                              "compression"}
    assert any(r["wells"] is not None for r in results) and any(r["wells"] is None for r in results)
    assert any(a[3] is not None for r in results for a in r["advice"])
    assert any(a[3] is None for r in results for a in r["advice"])
    assert any(len(c[2]) >= 2 for r in results for c in r["causes"])


def test_numbers_arrive_as_python_float_does_them():
    base = calfcare.diagnose(weekly_km=[30, 32, 35, 48], cadence=162)
    same = [
        dict(weekly_km=np.array([30, 32, 35, 48], dtype=np.float64), cadence=np.int64(162)),
        dict(weekly_km=array("d", [30, 32, 35, 48]), cadence=np.float32(162)),
        dict(weekly_km=(w for w in (30, 32, 35, 48)), cadence=fractions.Fraction(324, 2)),
        dict(weekly_km=["30", "32", "35", "48"], cadence=162.0),  # float("30") == 30.0
        dict(weekly_km=range(30, 36, 2), cadence=162),
    ]
    for kwargs in same[:4]:
        assert calfcare.diagnose(**kwargs) == base, kwargs
    # range(30, 36, 2) is 30, 32, 34: a different series (so the comparison above can fail)
    assert calfcare.diagnose(**same[4]) != base

    class OldStyleSequence:  # iterable through __getitem__ only, as iter() allows
        def __getitem__(self, i):
            return [30, 32, 35, 48][i]

        def __len__(self):
            return 4

    assert calfcare.diagnose(weekly_km=OldStyleSequence(), cadence=162) == base


def test_values_that_are_not_numbers_name_the_field():
    cases = [
        (dict(cadence=object()), "cadence"),
        (dict(cadence=1j), "cadence"),
        (dict(weekly_km=[30, "thirty"]), "weekly_km"),
        (dict(weekly_km=[30, None]), "weekly_km"),
    ]
    for kwargs, field in cases:
        with pytest.raises(calfcare.InvalidInputError) as info:
            calfcare.diagnose(**kwargs)
        assert isinstance(info.value, ValueError)
        assert info.value.field == field
        assert info.value.status == capi.CALFCARE_E_INVALID
        assert str(info.value).startswith(field + ": expected a number, a word or a sequence of numbers, got ")
    # A dict or set where a list is meant: no order to read left,right or oldest-first from.
    for kwargs, field in [(dict(heel_raises={"left": 18}), "heel_raises"), (dict(weekly_km={30, 32}), "weekly_km")]:
        with pytest.raises(calfcare.InvalidInputError) as info:
            calfcare.diagnose(**kwargs)
        assert info.value.field == field
        assert str(info.value).startswith(field + ": expected a list or tuple (a set or dict has no order), got ")


def test_lists_longer_than_the_stack_buffer():
    # weekly_km takes 1-52 values: 52 are fine, 100 (past the 64-value stack buffer) are refused by the library
    d = calfcare.diagnose(weekly_km=[30.0] * 52)
    assert d.causes[0].score == 0
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.diagnose(weekly_km=[30.0] * 100)
    assert info.value.field == "weekly_km"


def test_unknown_keywords():
    with pytest.raises(TypeError) as info:
        calfcare.diagnose(cadense=170)
    msg = str(info.value)
    assert msg.startswith("unexpected keyword argument 'cadense'; accepted: weekly_km, last_run_km, ")
    assert msg.count(", ") == capi.CALFCARE_DIAGNOSIS_FIELD_COUNT - 1
    inp = capi.calfcare_input()
    capi.calfcare_input_init(inp, capi.CALFCARE_INPUT_SCHEMA_SHOES)
    with pytest.raises(TypeError) as info:
        capi.input_set_kwargs(inp, {1: 2})  # not reachable with **, but must not crash
    assert "'1'" in str(info.value)
    with pytest.raises(TypeError):
        capi.input_set_kwargs(inp, [("foot_length_mm", 260)])
    with pytest.raises(calfcare.StateError):
        capi.input_set_kwargs(capi.calfcare_input(), {"cadence": 170})  # never initialised


def test_make_input_sets_exactly_the_given_fields():
    schema = capi.CALFCARE_INPUT_SCHEMA_DIAGNOSIS
    inp = calfcare._common.make_input(schema, dict(weekly_km=[30, 32], overstride=True, fever=False, sex=None))
    fid = capi.calfcare_input_field_parse
    assert capi.calfcare_input_count(inp, fid(schema, "weekly_km")) == 2
    assert capi.calfcare_input_get(inp, fid(schema, "weekly_km"), 1) == 32.0
    assert capi.calfcare_input_count(inp, fid(schema, "overstride")) == 1
    assert capi.calfcare_input_count(inp, fid(schema, "fever")) == 1
    assert capi.calfcare_input_get(inp, fid(schema, "fever"), 0) == 0.0
    assert capi.calfcare_input_count(inp, fid(schema, "sex")) == 0  # None: unknown
    assert capi.calfcare_input_count(inp, fid(schema, "cadence")) == 0


def test_bind_checks_the_classes():
    from calfcare import _diagnosis as dx
    causes = {c.code: c for c in Cause}
    triages = {t.code: t for t in Triage}
    wells = {0: dx.WellsBand.NOT_ASSESSED}
    flags = {1: dx.RedFlagKind.DVT}
    care = {1: dx.CareKind.MASSAGE}
    with pytest.raises(TypeError, match="fields"):
        capi.diagnosis_bind(dx.CauseScore, dx.CauseScore, dx.RedFlag, dx.Advice, causes, triages, calfcare.reason,
                            wells, flags, care)
    with pytest.raises(TypeError):
        capi.diagnosis_bind(dx.Diagnosis, dx.CauseScore, dx.RedFlag, dx.Advice, causes, triages, None, wells, flags, care)
    with pytest.raises(TypeError):
        capi.diagnosis_bind(dx.Diagnosis, dx.CauseScore, dx.RedFlag, dx.Advice, causes, triages, calfcare.reason,
                            dx.WellsBand, flags, care)  # a class, not the dict
    # the failed binds left the working one in place
    assert calfcare.diagnose(fever=True).red_flags[0].flag == "systemic"


def _growth(fn, calls):
    """Bytes still allocated after `calls` more calls, once the first 1000 filled every cache."""
    tracemalloc.start()
    try:
        for _ in range(1000):
            fn()
        gc.collect()
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(calls):
            fn()
        gc.collect()
        return tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def _fails(**kwargs):
    def call():
        with pytest.raises((calfcare.Error, TypeError)):
            calfcare.diagnose(**kwargs)
    return call


@pytest.mark.parametrize("fn", [
    lambda: calfcare.diagnose(weekly_km=[30, 32, 35, 48], cadence=162, thompson_positive=True, calf_swelling_cm=4),
    _fails(cadence=400),
    _fails(weekly_km=[30, "x"]),
    _fails(cadense=170),
    _fails(weekly_km=[30.0] * 100),
], ids=["success", "out of range", "not a number", "unknown keyword", "long list"])
def test_nothing_leaks(fn):
    # A leaked object per call would be >= 24 bytes x 10000 calls = 240,000 bytes. One-time
    # allocations (interned strings, caches of the interpreter, tracemalloc's own frames) stay well
    # under a tenth of that, but have been seen at 10.8 kB once, so the bound sits at 60,000.
    assert _growth(fn, 10000) < 60000
