"""Python tests of the diagnosis area: calfcare.diagnose() and its result objects.

Expected values are worked out by hand from the rules in docs/diagnosis.md (same contract as the
Check suite and the CLI tests)."""
import json
import math

import pytest

import calfcare
from calfcare import capi
from calfcare import Cause, Triage


SAMPLE = dict(
    weekly_km=[30, 32, 35, 48], last_run_km=16, longest_run_30d_km=12, warmup="never",
    stretch_after="sometimes", foot_strike="forefoot", cadence=162, overstride=True,
    heel_raises=(18, 24), knee_to_wall_cm=(8.0, 11.0), shoe_km=720, shoe_age_months=14,
    shoe_drop_mm=4, previous_drop_mm=10, cushioning="firm", minimalist=False, age=41, sex="female",
    body_mass_kg=58, previous_calf_strain="yes",
)


def test_exports():
    for name in ("diagnose", "Diagnosis", "Triage", "Cause", "CauseScore", "RedFlag", "Advice",
                 "diagnosis_fields"):
        assert name in calfcare.__all__
        assert hasattr(calfcare, name)


def test_enums_match_the_c_names():
    assert [t.word for t in Triage] == ["self_care", "see_clinician", "urgent"]
    assert [t.code for t in Triage] == [0, 1, 2]
    # str-valued: a member is its word, so comparisons, f-strings, json and pandas see the word
    assert Triage.SELF_CARE == "self_care" and f"{Triage.URGENT}" == "urgent" and str(Cause.SHOES) == "shoes"
    assert json.dumps([Triage.SEE_CLINICIAN, Cause.OVERTRAINING]) == '["see_clinician", "overtraining"]'
    assert Triage("urgent") is Triage.URGENT
    assert [c.word for c in Cause] == ["overtraining", "warmup_stretching", "running_form",
                                       "calf_strength_flexibility", "shoes"]
    assert [c.code for c in Cause] == [1, 2, 3, 4, 5]
    assert str(Triage.URGENT) == "urgent"
    assert str(Cause.SHOES) == "shoes"


def test_fields_are_the_cli_options():
    names = calfcare.diagnosis_fields()
    assert names[:3] == ["weekly_km", "last_run_km", "longest_run_30d_km"]
    assert "cannot_walk_4_steps" in names and "calf_swelling_cm" in names
    assert len(names) == capi.CALFCARE_DIAGNOSIS_FIELD_COUNT


def test_empty_input():
    d = calfcare.diagnose()
    assert d.triage is Triage.SELF_CARE
    assert [c.cause for c in d.causes] == list(Cause)  # all five, ties in cause order
    assert all(c.score == 0 and c.reasons == () for c in d.causes)
    assert d.red_flags == ()
    assert d.wells_score is None
    assert d.blocked == ()
    assert [a.name for a in d.advice] == ["relief_full"]
    assert d.advice[0].value is None


def test_sample_runner_ranking_and_advice():
    d = calfcare.diagnose(**SAMPLE)
    # calf 1.15 capped at 1; form 0.35+0.20+0.25; overtraining 0.30+0.20+0.25; shoes
    # 0.10+0.10+0.35+0.15; warm-up 0.35+0.10
    assert [(c.cause.word, round(c.score, 2)) for c in d.causes] == [
        ("calf_strength_flexibility", 1.0), ("running_form", 0.8), ("overtraining", 0.75),
        ("shoes", 0.7), ("warmup_stretching", 0.45)]
    assert d.top_cause.cause is Cause.CALF_STRENGTH_FLEXIBILITY
    over = d.causes[2]
    assert [r.name for r in over.reasons] == ["weekly_increase_over_limit", "weekly_increase_over_30pct",
                                              "run_spike_30_100"]
    assert over.reasons[2].source == "frandsen2025" and over.reasons[2].strength == "M"
    advice = {a.name: a for a in d.advice}
    assert advice["next_week_cap"].value == pytest.approx(52.8)  # 48 * 1.10
    assert advice["next_week_cap"].text == "Next week: at most 52.8 km (last week 48 km + 10%)."
    assert advice["next_run_cap"].value == pytest.approx(13.2)  # 12 * 1.10
    assert advice["cadence_target"].value == 170  # 162 * 1.05 = 170.1
    assert advice["shoes_km_left"].value == 80  # 800 - 720
    assert advice["drop_transition"].value == 6  # 10 - 4
    assert d.triage is Triage.SELF_CARE and d.wells_score is None


def test_unknown_is_not_no():
    assert calfcare.diagnose().wells_score is None
    assert calfcare.diagnose(active_cancer=False).wells_score == 0
    assert calfcare.diagnose(active_cancer=None).wells_score is None  # None = not given
    assert calfcare.diagnose(calf_swelling_cm=0).wells_score == 0
    # overstride "no" adds nothing, like unknown
    assert calfcare.diagnose(overstride=False).causes[0].score == 0
    assert calfcare.diagnose(overstride="no").causes[0].score == 0
    assert calfcare.diagnose(overstride=True).causes[0].score == pytest.approx(0.35)


def test_wells_and_dvt():
    d = calfcare.diagnose(deep_vein_tenderness=True)
    assert d.wells_score == 1
    assert d.triage is Triage.SEE_CLINICIAN  # a low score never clears a DVT sign
    assert [f.flag for f in d.red_flags] == ["dvt"]
    assert d.red_flags[0].reasons[0].name == "wells_deep_vein_tenderness"
    assert d.blocked == ("massage", "foam_roll", "stretch", "running", "compression")
    assert d.blocked_by == {"massage": "dvt", "foam_roll": "dvt", "stretch": "dvt", "running": "dvt",
                            "compression": "dvt"}
    d = calfcare.diagnose(bedridden_or_surgery=True, calf_swelling_cm=4, pitting_edema=True)
    assert d.wells_score == 3
    assert d.triage is Triage.URGENT
    assert d.red_flags[0].triage is Triage.URGENT
    assert "wells_dvt_likely" in [r.name for r in d.red_flags[0].reasons]
    assert d.advice[0].name == "see_clinician_today"
    assert d.advice[0].text.startswith("See a clinician today: possible deep-vein thrombosis")
    # swelling of exactly 3 cm is not an item; the -2 item counts once
    assert calfcare.diagnose(calf_swelling_cm=3).wells_score == 0
    assert calfcare.diagnose(calf_swelling_cm=3.1, alternative_diagnosis_likely=True).wells_score == -1


@pytest.mark.parametrize("inputs, flag, triage, blocked", [
    (dict(thompson_positive=True), "achilles_rupture", Triage.URGENT,
     ("massage", "foam_roll", "stretch", "running")),
    (dict(sudden_pop=True, weak_push_off=True), "achilles_rupture", Triage.URGENT,
     ("massage", "foam_roll", "stretch", "running")),
    (dict(sudden_pop=True, bruising=True), "calf_tear", Triage.SEE_CLINICIAN,
     ("massage", "foam_roll", "stretch", "running")),
    (dict(predictable_exertional_pain=True), "exertional", Triage.SEE_CLINICIAN, ("massage", "foam_roll", "stretch", "running")),
    (dict(focal_bone_tenderness=True), "stress_fracture", Triage.SEE_CLINICIAN, ("massage", "foam_roll", "stretch", "running")),
    (dict(fever=True), "systemic", Triage.URGENT, ("massage", "foam_roll", "stretch", "ice", "running", "compression")),
    (dict(numbness=True), "nerve", Triage.SEE_CLINICIAN, ("massage", "foam_roll", "stretch", "ice", "running", "compression")),
    (dict(cannot_walk_4_steps=True), "cannot_bear_weight", Triage.URGENT, ("massage", "foam_roll", "stretch", "running")),
    (dict(rest_pain=True), "rest_night_pain", Triage.SEE_CLINICIAN, ("running",)),
])
def test_red_flags(inputs, flag, triage, blocked):
    d = calfcare.diagnose(**inputs)
    assert d.red_flags[0].flag == flag
    assert d.triage is triage
    assert d.blocked == tuple(blocked)


def test_switch_false_is_an_explicit_no():
    d = calfcare.diagnose(fever=False, numbness=False, sudden_pop=False)
    assert d.red_flags == () and d.triage is Triage.SELF_CARE


def test_invalid_inputs_raise_value_errors_naming_the_field():
    cases = [
        (dict(cadence=20), "cadence"),
        (dict(cadence=400), "cadence"),
        (dict(heel_raises=(500, 20)), "heel_raises"),
        (dict(heel_raises=(20,)), "heel_raises"),
        (dict(heel_raises=(20.5, 20)), "heel_raises"),
        (dict(knee_to_wall_cm=10), "knee_to_wall_cm"),
        (dict(calf_swelling_cm=40), "calf_swelling_cm"),
        (dict(weekly_km=[30, -5]), "weekly_km"),
        (dict(weekly_km=[10] * 53), "weekly_km"),
        (dict(last_run_km=-1), "last_run_km"),
        (dict(shoe_km=[float("nan")]), "shoe_km"),
        (dict(body_mass_kg=math.inf), "body_mass_kg"),
        (dict(warmup="often"), "warmup"),
        (dict(sex="other"), "sex"),
        (dict(age=40.5), "age"),
    ]
    for inputs, field in cases:
        with pytest.raises(calfcare.InvalidInputError) as info:
            calfcare.diagnose(**inputs)
        assert isinstance(info.value, ValueError)
        assert info.value.field == field, inputs
        assert str(info.value).startswith(field + ":"), str(info.value)
    with pytest.raises(ValueError) as info:
        calfcare.diagnose(warmup="often")
    assert "accepted: never|sometimes|always" in str(info.value)


def test_unknown_keyword_is_a_type_error():
    with pytest.raises(TypeError) as info:
        calfcare.diagnose(cadense=170)
    assert "cadense" in str(info.value)


def test_numpy_like_buffers_are_accepted():
    from array import array
    d = calfcare.diagnose(weekly_km=array("d", [40.0, 52.1]))
    assert d.causes[0].cause is Cause.OVERTRAINING
    assert d.causes[0].score == pytest.approx(0.50)  # 30.25% > 30%: 0.30 + 0.20


def test_to_dict_is_the_cli_json_shape():
    d = calfcare.diagnose(**SAMPLE, deep_vein_tenderness=True)
    obj = d.to_dict()
    # keys are the attribute names; the CLI's JSON has the same keys without blocked_by
    assert list(obj) == ["triage", "causes", "red_flags", "wells_score", "wells_band", "blocked", "blocked_by",
                         "advice"]
    assert obj["blocked_by"] == {"massage": "dvt", "foam_roll": "dvt", "stretch": "dvt", "running": "dvt",
                                 "compression": "dvt"}
    assert obj["triage"] == "see_clinician"
    assert obj["causes"][0] == {"cause": "calf_strength_flexibility", "score": 1.0,
                                "reasons": ["heel_raises_below_norm", "heel_raises_asymmetry",
                                            "knee_to_wall_restricted", "knee_to_wall_asymmetry",
                                            "previous_calf_strain", "age_40_plus"]}
    assert obj["red_flags"] == [{"flag": "dvt", "triage": "see_clinician",
                                 "reasons": ["wells_deep_vein_tenderness", "wells_moderate"]}]
    assert obj["wells_score"] == 1 and obj["wells_band"] == "moderate" and d.wells_band == "moderate"
    assert obj["blocked"] == ["massage", "foam_roll", "stretch", "running", "compression"]
    # one advice schema in every area: code (int), name (word), text, source, strength, value
    assert obj["advice"][0]["name"] == "see_clinician" and obj["advice"][0]["code"] == 1201 == calfcare.reason(1201).code
    assert all(list(a) == ["code", "name", "text", "source", "strength", "value"] for a in obj["advice"])
    assert obj["advice"][0]["source"] == calfcare.reason(obj["advice"][0]["code"]).source
    json.dumps(obj)  # plain JSON types only


def test_repr_is_readable():
    d = calfcare.diagnose(**SAMPLE)
    r = repr(d)
    assert r.startswith("Diagnosis(triage=self_care, causes=[calf_strength_flexibility 1.00, running_form 0.80")
    assert "wells_score=None" in r
    assert repr(d.causes[2]) == ("CauseScore(overtraining, 0.75, reasons=[weekly_increase_over_limit, "
                                 "weekly_increase_over_30pct, run_spike_30_100])")
    assert str(d.advice[0]) == d.advice[0].text


def test_results_are_frozen():
    d = calfcare.diagnose()
    with pytest.raises(Exception):
        d.triage = Triage.URGENT


def test_low_level_api():
    # The C API through capi: reason lookups and weights for auditing.
    r = calfcare.reason(capi.CALFCARE_DIAGNOSIS_R_CADENCE_LOW)
    assert (r.code, r.name, r.source, r.strength) == (1021, "cadence_low", "heiderscheit2011", "W")
    assert capi.calfcare_diagnosis_reason_weight(capi.CALFCARE_DIAGNOSIS_R_CADENCE_LOW) == pytest.approx(0.20)
    assert capi.calfcare_diagnosis_reason_cause(capi.CALFCARE_DIAGNOSIS_R_CADENCE_LOW) == capi.CALFCARE_DIAGNOSIS_CAUSE_RUNNING_FORM
    # An uninitialised input is refused with StateError.
    with pytest.raises(calfcare.StateError):
        capi.calfcare_diagnosis_assess(capi.calfcare_input(), capi.calfcare_diagnosis())
    shoes = capi.calfcare_input()
    capi.calfcare_input_init(shoes, capi.CALFCARE_INPUT_SCHEMA_SHOES)
    with pytest.raises(calfcare.StateError):
        capi.calfcare_diagnosis_assess(shoes, capi.calfcare_diagnosis())
    # Out-of-range accessors return None / 0 instead of reading past the arrays.
    out = capi.calfcare_diagnosis()
    assert out.flag_at(0) is None and out.advice_at(99) is None and out.cause_at(5) is None


def _vignettes():
    import pathlib
    path = pathlib.Path(__file__).resolve().parents[1] / "data" / "diagnosis" / "vignettes.json"
    return json.loads(path.read_text())["vignettes"]


@pytest.mark.parametrize("v", _vignettes(), ids=lambda v: v["name"])
def test_vignettes(v):
    d = calfcare.diagnose(**v["inputs"])
    e = v["expect"]
    assert [(c.cause.word, pytest.approx(c.score)) for c in d.causes] == [tuple(x) for x in e["causes"]], v["why"]
    assert d.triage.word == e["triage"]
    assert [f.flag for f in d.red_flags] == e["flags"]
    assert d.wells_score == e["wells_score"]
    assert list(d.blocked) == e["blocked"]


def _cli_advice(a):
    """An advice object in one shape whichever the CLI prints: ours (code int, name word) or the
    older one (code word, id int)."""
    if "id" in a:
        return {"code": a["id"], "name": a["code"], "text": a["text"], "value": a.get("value")}
    return {"code": a["code"], "name": a["name"], "text": a["text"], "value": a.get("value")}


def test_sample_runner_matches_the_cli_golden_json():
    import pathlib
    golden = pathlib.Path(__file__).resolve().parents[1] / "data" / "diagnosis" / "sample_runner.json"
    expect = json.loads(golden.read_text())
    got = calfcare.diagnose(**SAMPLE).to_dict()
    del got["blocked_by"]  # the CLI prints blocked only
    got["advice"] = [_cli_advice(a) for a in got["advice"]]
    expect["advice"] = [_cli_advice(a) for a in expect["advice"]]
    for a in got["advice"]:
        if a["value"] is not None:
            a["value"] = round(a["value"], 9)  # 48 * 1.1 = 52.800000000000004; the CLI prints 10 digits
    assert got == expect


def test_help_lists_every_field_with_units_and_range():
    # The docstring is completed from the library's own field table.
    doc = calfcare.diagnose.__doc__
    assert "    cadence: 120..240 steps/min - " in doc
    assert "    heel_raises: 0..200 raises x2 - " in doc
    assert "    warmup: never|sometimes|always - " in doc
    assert "    fever: True/False - " in doc
    for i in range(capi.calfcare_input_field_count(capi.CALFCARE_INPUT_SCHEMA_DIAGNOSIS)):
        assert "    " + capi.calfcare_input_field_at(capi.CALFCARE_INPUT_SCHEMA_DIAGNOSIS, i).name + ": " in doc


# ---- hills and intensity ----------------------------------------------------------------------

def _hills_fixture():
    import pathlib
    path = pathlib.Path(__file__).resolve().parents[1] / "data" / "diagnosis" / "hills_runner.json"
    return json.loads(path.read_text())


def test_hills_runner_matches_the_cli_fixture():
    """The same inputs give the CLI's JSON (tests/cli/test_cli_diagnose.py checks the CLI against it)."""
    fx = _hills_fixture()
    got = calfcare.diagnose(**fx["inputs"]).to_dict()
    del got["blocked_by"]  # the CLI prints blocked only
    for a in got["advice"]:
        if a["value"] is not None:
            a["value"] = round(a["value"], 9)  # 620 * 1.1 = 682.0000000000001; the CLI prints 10 digits
    assert got == fx["expect"]
    d = calfcare.diagnose(**fx["inputs"])
    # By hand: climbing 250 -> 620 m and hard 20 -> 45 min are over +10% (0.25 each), hills added 0.15.
    assert d.causes[0].cause is Cause.OVERTRAINING
    assert d.causes[0].score == pytest.approx(0.65)
    assert [r.name for r in d.causes[0].reasons] == ["weekly_climb_over_limit", "weekly_hard_over_limit",
                                                      "hill_training_added"]
    caps = {a.name: a.value for a in d.advice}
    assert caps["next_week_climb_cap"] == pytest.approx(682.0)
    assert caps["next_week_hard_cap"] == pytest.approx(49.5)
    assert caps["one_increase_per_week"] is None


def test_climbing_edges():
    assert calfcare.diagnose(weekly_climb_m=[300, 330]).causes[0].score == 0  # exactly +10%
    d = calfcare.diagnose(weekly_climb_m=(0, 50))  # a 0 m week followed by hills
    assert (d.causes[0].cause, d.causes[0].score) == (Cause.OVERTRAINING, pytest.approx(0.25))
    # Missing weeks: aligned on the most recent week; climbing known for two weeks of five.
    d = calfcare.diagnose(weekly_km=[40] * 5, weekly_climb_m=[300, 400])
    assert [r.name for r in d.causes[0].reasons] == ["weekly_climb_over_limit"]
    d = calfcare.diagnose(speed_work_added=True, hill_training_added=False)
    assert [r.name for r in d.causes[0].reasons] == ["speed_work_added"]
    assert d.causes[0].score == pytest.approx(0.15)


@pytest.mark.parametrize("kwargs, field, text", [
    (dict(weekly_climb_m=[300, -1]), "weekly_climb_m", "-1 is outside the accepted range"),
    (dict(weekly_climb_m=[300, float("nan")]), "weekly_climb_m", "must be a finite number"),
    (dict(weekly_km=[40, 5], weekly_climb_m=[300, 5000.5]), "weekly_climb_m",
     "week 2 of 2 (the most recent): 5000.5 m is more than that week's distance of 5 km allows; "
     "accepted: 0 to 5000 m (1 km = 1000 m)"),
    (dict(weekly_km=[0, 10], weekly_hard_min=[5, 20]), "weekly_hard_min", "5 min in a week of 0 km"),
    (dict(speed_work_added="yes"), "speed_work_added", ""),
])
def test_climbing_bad_input(kwargs, field, text):
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.diagnose(**kwargs)
    assert e.value.field == field
    assert text in str(e.value)


def test_climbing_exactly_the_distance_is_accepted():
    d = calfcare.diagnose(weekly_km=[40, 5], weekly_climb_m=[300, 5000])
    assert d.triage is Triage.SELF_CARE


def test_form_and_shoe_store_cues():
    d = calfcare.diagnose(overstride=True, shoe_km=850)
    names = [a.name for a in d.advice]
    assert names.index("form_film") == names.index("shorten_stride") + 1
    assert "form_coach" in names and "shoes_try_in_store" in names and "shoes_gait_analysis" in names
    film = calfcare.reason(capi.CALFCARE_DIAGNOSIS_R_FORM_FILM)
    assert (film.name, film.source, film.strength) == ("form_film", "brief", "W")


def test_the_python_example_of_diagnosis_md():
    # The example in docs/diagnosis.md shows what the calls return: each shown value is the real one
    # (the doc once showed lists where the results hold tuples, and a flag with one reason too few).
    import os
    src = os.environ.get("top_srcdir", os.path.join(os.path.dirname(__file__), "..", ".."))
    with open(os.path.join(src, "docs", "diagnosis.md"), encoding="utf-8") as f:
        text = f.read()
    d = calfcare.diagnose(weekly_km=[30, 32, 35, 48], cadence=162, overstride=True, heel_raises=(18, 24),
                          deep_vein_tenderness=True)
    # one Wells item (+1: deep-vein tenderness) -> 1, the moderate band (1-2), see a clinician
    assert d.triage == "see_clinician" and d.wells_score == 1
    for expr, value in (("d.causes[0]", d.causes[0]), ("d.red_flags", d.red_flags), ("d.advice[0]", d.advice[0])):
        assert f"{expr:<20}# {value!r}" in text, (expr, repr(value))
    assert type(d.blocked) is tuple and type(d.red_flags) is tuple
    assert f"d.blocked           # {tuple(c.word for c in d.blocked)!r}" in text
    h = calfcare.diagnose(weekly_km=[40, 41, 40, 40], weekly_climb_m=[250, 260, 250, 620],
                          weekly_hard_min=[20, 20, 20, 45], hill_training_added=True)
    assert "h.causes[0]         # overtraining 0.65: weekly_climb_over_limit, weekly_hard_over_limit," in text
    assert (h.causes[0].cause, round(h.causes[0].score, 2)) == ("overtraining", 0.65)
    assert [r.name for r in h.causes[0].reasons] == ["weekly_climb_over_limit", "weekly_hard_over_limit",
                                                     "hill_training_added"]
    # 620 m after 250 m: next week's cap 620 x 1.10 = 682 m; 45 hard min -> 45 x 1.10 = 49.5 min
    assert [(a.name, round(a.value, 6)) for a in h.advice[2:4]] == [("next_week_climb_cap", 682.0),
                                                                    ("next_week_hard_cap", 49.5)]
