"""The result model every area shares: words are str enums, one advice schema, dict keys equal to
attribute names, tuples inside frozen results, to_frame(), == on arrays, pickling, short reprs.

Expected values are worked out by hand from the library's rules (docs/progression.md,
docs/diagnosis.md) where a number is checked."""
import dataclasses
import enum
import json
import math
import pickle

import numpy as np
import pytest

import calfcare
from calfcare import _common

pd = pytest.importorskip("pandas")


def _results():
    """One result of every kind the package returns (and the protocol and log)."""
    log = calfcare.read_log(_log_csv())
    return {
        "diagnosis": calfcare.diagnose(weekly_km=[30, 32, 35, 48], cadence=162, overstride=True, fever=True),
        "protocol": calfcare.relief_protocol("stretch", hold_s=20, reps=2),
        "routine": calfcare.routine("strength", week=3),
        "weekly": calfcare.check_weekly([30, 32, 35, 48]),
        "spikes": calfcare.check_spikes([0, 10, 20, 35, 36], [10, 11, 13, 26.1, 5]),
        "acwr": calfcare.acwr([5.0] * 40),
        "acwr_series_list": calfcare.acwr_series([5.0] * 40),
        "acwr_series_numpy": calfcare.acwr_series(np.full(40, 5.0)),
        "plan": calfcare.make_plan(30, 40),
        "rtr": calfcare.return_to_run(),
        "gate": calfcare.rtr_gate(True, (30, 28), True),
        "batch": calfcare.batch_check(np.arange(70, dtype=float).reshape(2, 35) % 7),
        "shoes": calfcare.shoes(foot_length_mm=(245, 248), foot_width_mm=95, sex="female", shoe_km=720),
        "log": log,
        "log_report": calfcare.check_log(log, until="2026-11-22"),
    }


def _log_csv():
    import io
    rows = ["date,distance_km,duration_min,rpe"]
    for i, km in enumerate([5, 0, 6, 0, 8, 0, 10, 5, 0, 6, 0, 8, 0, 12]):
        if km:
            rows.append(f"2026-11-{9 + i:02d},{km},{km * 6},4")
    return io.StringIO("\n".join(rows) + "\n")


@pytest.mark.parametrize("kind", sorted(_results()))
def test_every_result_pickles_and_compares_equal(kind):
    r = _results()[kind]
    back = pickle.loads(pickle.dumps(r))
    assert back == r and type(back) is type(r)
    assert not (back != r)


def test_pickled_protocol_still_drives_a_timer():
    p = pickle.loads(pickle.dumps(calfcare.relief_protocol("stretch", hold_s=20, reps=2)))
    t = calfcare.Timer(p)
    t.start(0)
    assert [e.type for e in t.update(0)] == ["step_start"]
    assert p.total_s == 2 * 2 * 2 * (5 + 20)  # 2 variants x 2 sides x 2 reps x (5 s get ready + 20 s hold)


def test_equality_compares_arrays_by_value():
    a = calfcare.acwr_series(np.full(40, 5.0))
    b = calfcare.acwr_series(np.full(40, 5.0))
    assert a == b  # numpy arrays inside: compared by value, no "truth value of an array" error
    c = calfcare.acwr_series(np.r_[np.full(39, 5.0), 6.0])
    assert a != c
    assert calfcare.batch_check(np.ones((2, 14))) == calfcare.batch_check(np.ones((2, 14)))
    assert calfcare.batch_check(np.ones((2, 14))) != calfcare.batch_check(np.ones((3, 14)))


def test_words_are_str_enums():
    d = calfcare.diagnose(fever=True)
    assert d.triage == "urgent" and isinstance(d.triage, str) and isinstance(d.triage, enum.Enum)
    assert d.causes[0].cause in {"overtraining", "warmup_stretching", "running_form", "calf_strength_flexibility",
                                 "shoes"}
    assert d.wells_band == "not_assessed" and d.wells_band is calfcare.WellsBand.NOT_ASSESSED
    # fever: the systemic red flag (urgent) blocks every kind of self-care (docs/diagnosis.md's gate)
    assert d.red_flags[0].flag is calfcare.RedFlagKind.SYSTEMIC and d.red_flags[0].flag == "systemic"
    assert d.blocked[0] is calfcare.CareKind.MASSAGE and d.blocked_by["massage"] is calfcare.RedFlagKind.SYSTEMIC
    assert calfcare.relief_protocol("rice").steps[2].care is calfcare.CareKind.ICE
    s = calfcare.check_spikes([0, 10], [10, 12])
    assert s.runs[1].band is calfcare.SpikeBand.OVER_10 and s.runs[1].band == "over_10"
    assert calfcare.acwr([5.0] * 40).band is calfcare.AcwrBand.MODERATE
    p = calfcare.relief_protocol("rice")
    assert p.steps[0].kind is calfcare.StepKind.REST and p.steps[0].side is calfcare.Side.NONE
    sh = calfcare.shoes(foot_length_mm=250, foot_width_mm=95, sex="female")
    assert sh.category is calfcare.ShoeCategory.NEUTRAL and sh.drop.advice is calfcare.DropKind.NONE
    # a DataFrame of words shows the words, and groups by them
    frame = pd.DataFrame({"triage": [d.triage, calfcare.diagnose().triage]})
    assert list(frame["triage"].astype(str)) == ["urgent", "self_care"]
    assert frame["triage"].value_counts()["urgent"] == 1
    # a member is equal to its word and hashed as it, so dicts and sets mix them
    assert {"urgent": 1}[calfcare.Triage.URGENT] == 1 and {calfcare.Cause.SHOES: 2}["shoes"] == 2
    assert {"over_10", calfcare.SpikeBand.OVER_10} == {"over_10"}
    # words pickle by name and stay the same member
    assert pickle.loads(pickle.dumps(calfcare.SpikeBand.OVER_30)) is calfcare.SpikeBand.OVER_30
    assert pickle.loads(pickle.dumps(calfcare.Decay.EXP)) is calfcare.Decay.EXP


# Free text and table keys, not words of a closed list: what a str field may hold besides a Word.
FREE_TEXT = {"text", "cue_text", "source", "strength", "path", "tz", "title", "note", "read_on", "chart"}
# A code's name (Reason, Advice, LogAdvice: the key is the int code beside it), a width letter or
# class on the runner's last (B, 2E, ... or standard), and "" where a step counts as no care kind.
NOT_A_WORD_ENUM = {("Reason", "name"), ("Advice", "name"), ("LogAdvice", "name"), ("ShoeAdvice", "width"),
                   ("Step", "care"), ("TimerStatus", "kind"), ("TimerStatus", "cue")}


def _str_fields(obj, out, path="r"):
    if isinstance(obj, _common.Result):
        for f in dataclasses.fields(obj):
            if f.name.startswith("_") or isinstance(obj, calfcare.LogReport) and f.name not in ("log", "advice"):
                continue  # LogReport's dicts are the CLI's JSON, key for key (to_dict())
            v = getattr(obj, f.name)
            if isinstance(v, str):
                out.append((type(obj).__name__, f.name, v, f"{path}.{f.name}"))
            elif isinstance(v, dict):
                for k in v:
                    out.append((type(obj).__name__, f.name + "{key}", k, f"{path}.{f.name}"))
            _str_fields(v, out, f"{path}.{f.name}")
    elif isinstance(obj, (list, tuple)):
        for x in obj:
            _str_fields(x, out, path)
    elif isinstance(obj, dict):
        for x in obj.values():
            _str_fields(x, out, path)


def _more_results():
    t = calfcare.Timer(calfcare.relief_protocol("stretch"), clock_ms=lambda: 0)
    t.start(0)
    return {**_results(), "events": tuple(t.update(0)), "status": t.status(0), "charts": calfcare.brand_charts(),
            "brand": calfcare.shoes(foot_length_mm=270, sex="male", brand="nike"),
            "load": calfcare.check_weekly_load([100, 120]), "gate": calfcare.rtr_gate(True, (30, 28), None)}


def test_every_word_in_a_result_is_a_word_enum():
    # Walk one result of every kind: a str that is a word of a closed list is a Word member (a str
    # enum); only free text, code names and the listed exceptions stay plain str.
    found = []
    for r in _more_results().values():
        _str_fields(r, found)
    plain_words = [(cls, name, v, path) for cls, name, v, path in found
                   if not isinstance(v, calfcare.Word) and name not in FREE_TEXT and (cls, name) not in NOT_A_WORD_ENUM]
    assert not plain_words, plain_words
    assert {(c, n) for c, n, v, _ in found if isinstance(v, calfcare.Word)} >= {
        ("Acwr", "seed"), ("CheckedWeek", "unit"), ("WeeklyCheck", "unit"), ("TrainingLog", "format"),
        ("TrainingLog", "units"), ("TrainingLog", "times"), ("Step", "cue"), ("Event", "cue"), ("Protocol", "name"),
        ("RtrGateItem", "name"), ("RtrGateCheck", "items{key}"), ("SpikeCheck", "band_counts{key}"),
        ("BrandChart", "name"), ("BrandChart", "sex"), ("BrandSize", "name"), ("BrandSize", "chart_sex")}


def test_the_new_words_by_value():
    a = calfcare.acwr([5.0] * 40, seed="first")
    assert a.seed is calfcare.Seed.FIRST and a.seed == "first" and calfcare.acwr([5.0] * 3).seed == "zero"
    assert calfcare.acwr([5.0] * 40, seed=calfcare.Seed.FIRST) == a  # a member is accepted where the word is
    # the unit of each weekly check: km, load, m (climbing), min (hard minutes)
    assert [calfcare.check_weekly([1, 2]).unit, calfcare.check_weekly_load([1, 2]).unit,
            calfcare.check_weekly_climb([1, 2]).unit, calfcare.check_weekly_hard([1, 2]).unit] == ["km", "load", "m", "min"]
    w = calfcare.check_weekly_climb([100, 200])
    assert w.unit is calfcare.Unit.M and w.weeks[1].unit is calfcare.Unit.M
    assert calfcare.CheckedWeek(1, 30.0, None, False).unit is calfcare.Unit.KM  # the default
    log = _results()["log"]
    assert (log.format, log.units, log.times) == (calfcare.LogFormat.CALFCARE, calfcare.LogUnits.KM,
                                                  calfcare.LogTimes.LOCAL)
    p = calfcare.relief_protocol("stretch", reps=1)
    assert p.name is calfcare.ProtocolName.STRETCH and p.steps[0].cue is calfcare.Cue.GET_READY
    assert p.steps[1].cue is calfcare.Cue.STRETCH_STRAIGHT and p.steps[1].cue == "stretch_straight"
    assert [s.cue for s in calfcare.relief_protocol("roll", tool="ball", sets=1).steps] == ["massage_ball"] * 2
    # Cue holds the names of the relief cue codes 2001-2018 (relief.h), first to last
    assert len(calfcare.Cue) == 18 and list(calfcare.Cue)[0] == calfcare.reason(2001).name == "rest_elevate"
    assert list(calfcare.Cue)[-1] == "massage_ball" == calfcare.reason(2018).name
    t = calfcare.Timer(p, clock_ms=lambda: 0)
    t.start(0)
    assert t.update(0)[0].cue is calfcare.Cue.GET_READY and t.status(0).cue is calfcare.Cue.GET_READY
    t.update(10 ** 7)
    assert t.status(10 ** 7).state == "done" and t.status(10 ** 7).cue == ""  # done: no step, no cue
    gate = calfcare.return_to_run().gate
    assert [g.name for g in gate] == ["walk_pain_free", "heel_raises", "hop_pain_free"]
    assert all(isinstance(g.name, calfcare.GateItem) for g in gate)
    check = calfcare.rtr_gate(True, (30, 28), None)
    assert check.items == {"walk_pain_free": True, "heel_raises": True, "hop_pain_free": None}
    assert all(isinstance(k, calfcare.GateItem) for k in check.items)
    counts = calfcare.check_spikes([0, 10], [10, 12]).band_counts
    assert counts["over_10"] == 1 and counts[calfcare.SpikeBand.NO_REFERENCE] == 1
    assert all(isinstance(k, calfcare.SpikeBand) for k in counts)
    charts = calfcare.brand_charts()
    assert [c.name for c in charts] == ["nike", "new_balance"] and charts[0].name is calfcare.Brand.NIKE
    assert {c.sex for c in charts} == {calfcare.Sex.MALE}  # only men's charts are shipped
    b = calfcare.shoes(foot_length_mm=270, sex="female", brand="new_balance").brand
    assert b.name is calfcare.Brand.NEW_BALANCE and b.chart_sex is calfcare.Sex.MALE
    # plain where plain is asked for: to_dict and JSON give the words; members pickle as themselves
    assert json.loads(json.dumps(a.to_dict()))["seed"] == "first" and type(a.to_dict()["seed"]) is str
    assert json.dumps(check.to_dict()["items"]) == '{"walk_pain_free": true, "heel_raises": true, "hop_pain_free": null}'
    assert json.loads(json.dumps(log.to_dict()))["format"] == "calfcare"
    for e in (calfcare.Seed, calfcare.Unit, calfcare.LogFormat, calfcare.LogUnits, calfcare.LogTimes, calfcare.Cue,
              calfcare.ProtocolName, calfcare.GateItem, calfcare.Brand, calfcare.Sex):
        for m in e:
            assert pickle.loads(pickle.dumps(m)) is m and m == m.word and isinstance(m, str)
    assert pd.DataFrame({"u": [w.unit]})["u"].astype(str).tolist() == ["m"]


def _advice_items(r):
    out = []
    for name in ("advice",):
        out += list(getattr(r, name, ()) or ())
    return out


@pytest.mark.parametrize("kind", ["diagnosis", "protocol", "weekly", "spikes", "acwr", "plan", "rtr", "shoes",
                                  "log_report"])
def test_one_advice_schema(kind):
    items = _advice_items(_results()[kind])
    assert items, kind
    for a in items:
        assert type(a.code) is int and isinstance(a.name, str) and a.name and isinstance(a.text, str)
        r = calfcare.reason(a.code)
        assert (a.name, a.source, a.strength) == (r.name, r.source, r.strength)
        d = a.to_dict()
        assert list(d)[:5] == ["code", "name", "text", "source", "strength"]


def test_log_advice_has_its_date():
    rep = _results()["log_report"]
    a = rep.advice[0]
    assert isinstance(a, calfcare.LogAdvice) and a.date.isoformat() == a.to_dict()["date"]
    assert a.reason == calfcare.reason(a.code)


def _walk(obj, path, out):
    if isinstance(obj, _common.Result):
        out.append((path, obj))
        for f in dataclasses.fields(obj):
            if not f.name.startswith("_"):
                _walk(getattr(obj, f.name), f"{path}.{f.name}", out)
    elif isinstance(obj, (list, tuple)):
        for i, x in enumerate(obj):
            _walk(x, f"{path}[{i}]", out)


@pytest.mark.parametrize("kind", sorted(set(_results()) - {"log_report"}))
def test_dict_keys_are_attribute_names_and_collections_are_tuples(kind):
    found = []
    _walk(_results()[kind], kind, found)
    for path, r in found:
        names = [f.name for f in r._fields()]
        if isinstance(r, calfcare.ProgressionBatch):  # one key per column, each an attribute too
            names = [c.name.lower() for c in calfcare.BatchColumn]
            assert all(hasattr(r, n) for n in names)
        assert list(r.to_dict()) == names, path
        for n in names:
            assert not isinstance(getattr(r, n), list), f"{path}.{n} is a list inside a frozen result"
        json.dumps(r.to_dict())


def test_weekly_names_are_the_librarys():
    r = calfcare.check_weekly([30, 32, 35, 48])
    d = r.to_dict()
    # 48 x 1.10 = 52.8; one week (35 -> 48, +37%) over the limit
    assert d["next_week_max"] == pytest.approx(52.8) and d["over_limit_count"] == 1
    assert d["weeks"][3] == {"index": 4, "value": 48.0, "change_pct": pytest.approx(37.142857), "over_limit": True,
                             "unit": "km"}


def test_to_frame_on_list_like_results():
    w = calfcare.check_weekly([30, 32, 35, 48]).to_frame()
    assert list(w.columns) == ["index", "value", "change_pct", "over_limit", "unit"]
    assert list(w["over_limit"]) == [False, False, False, True]
    s = calfcare.check_spikes([0, 10, 20, 35, 36], [10, 11, 13, 26.1, 5]).to_frame()
    assert list(s["band"]) == ["no_reference", "within_10", "over_10", "over_100", "within_10"]
    p = calfcare.relief_protocol("stretch", hold_s=20, reps=2).to_frame()
    assert len(p) == 16 and list(p["kind"][:2]) == ["get_ready", "stretch_straight"]
    plan = calfcare.make_plan(30, 40).to_frame()
    assert plan["km"].iloc[0] == 33.0  # 30 x 1.10
    dx = calfcare.diagnose(weekly_km=[30, 32, 35, 48]).to_frame()
    assert list(dx.columns) == ["cause", "score", "reasons"] and len(dx) == 5
    assert dx["cause"].iloc[0] == "overtraining"
    b = calfcare.batch_check(np.ones((3, 14))).to_frame()
    assert b.shape == (3, 12) and list(b["last_week_km"]) == [7.0, 7.0, 7.0]
    rtr = calfcare.return_to_run().to_frame()
    assert list(rtr["stage"]) == list(range(1, len(rtr) + 1))
    with pytest.raises(TypeError, match="not list-like"):
        calfcare.acwr([1.0] * 10).to_frame()


def test_short_repr_and_html():
    for kind, r in _results().items():
        text = repr(r)
        assert len(text) <= 400, (kind, len(text))
        assert text.startswith(type(r).__name__), kind
        h = r._repr_html_()
        assert h.startswith("<b>" + type(r).__name__) and "<table>" in h, kind
    p = calfcare.relief_protocol("full")
    assert repr(p) == f"Protocol('full', {len(p.steps)} steps, total_s={p.total_s}, advice={len(p.advice)} items)"
    assert "<td>" in p._repr_html_() and "get_ready" in p._repr_html_() or "rest" in p._repr_html_()


def test_results_cross_processes():
    import multiprocessing
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(1) as pool:
        got = pool.map(_protocol_in_child, [20])
    assert got[0] == calfcare.relief_protocol("stretch", hold_s=20)


def _protocol_in_child(hold):
    return calfcare.relief_protocol("stretch", hold_s=hold)


def test_nan_equal_to_nan_inside_results():
    a = calfcare.check_spikes([0], [10])
    assert a.runs[0].spike_pct is None and a == pickle.loads(pickle.dumps(a))
    s = calfcare.acwr_series([0.0] * 3)  # no chronic load: ratio NaN every day
    assert all(math.isnan(q) for q in s.ratio) and s == pickle.loads(pickle.dumps(s))
