"""Python tests of the shoes area: calfcare.shoes(**inputs) on the same contract as the CLI."""
import dataclasses
import json
import math
import os
import subprocess

import pytest

import calfcare
from calfcare import capi

SAMPLE = dict(foot_length_mm=(245, 248), foot_width_mm=95, sex="female", arch="normal", pronation="over",
              weekly_km=48, body_mass_kg=58, calf_pain=True, current_drop_mm=4, new_drop_mm=10, stack_mm=30,
              cushioning="firm", shoe_km=720, shoe_age_months=14, minimalist=False, pairs=1)


def test_shoes_is_the_short_name_of_shoe_advice():
    assert calfcare.shoes is calfcare.shoe_advice
    assert "shoes" in calfcare.__all__
    assert "ShoeAdvice" in calfcare.__all__
    a = calfcare.shoes(foot_length_mm=260)
    assert isinstance(a, calfcare.ShoeAdvice)
    assert a == calfcare.shoe_advice(foot_length_mm=260)


def test_size_hand_worked():
    # 248 + 10 = 258 mm: EU 258*3/20 = 38.7 -> 39; 258/25.4*3 = 30.47: UK 5.47 -> 5.5,
    # US men 6.47 -> 6.5, US women 7.97 -> 8; Mondopoint 248 -> 250
    s = calfcare.shoes(foot_length_mm=[245, 248]).size
    assert (s.mondopoint_mm, s.eu, s.uk, s.us_men, s.us_women) == (250, 39, 5.5, 6.5, 8)
    assert s.foot_mm == 248 and s.toe_room_mm == 10 and s.last_mm == 258
    # 244 + 10 = 254 mm = 10 in: UK 30 - 25 = 5 exactly (not rounded up); EU 38.1 -> 38.5
    s = calfcare.shoes(foot_length_mm=244).size
    assert (s.uk, s.us_men, s.us_women, s.eu) == (5, 6, 7.5, 38.5)
    # toe room 15: 235 + 15 = 250 -> EU 37.5
    assert calfcare.shoes(foot_length_mm=235, toe_room_mm=15).size.eu == 37.5


def _golden_sizes():
    path = os.path.join(os.path.dirname(__file__), "..", "data", "shoes", "sizes.tsv")
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                rows.append([None if v == "-" else float(v) for v in line.split("\t")])
    return rows


@pytest.mark.parametrize("row", _golden_sizes(), ids=lambda r: f"{r[0]:g}+{r[1]:g}")
def test_golden_sizes(row):
    foot, toe, mondo, eu, uk, us_men, us_women = row
    s = calfcare.shoes(foot_length_mm=foot, toe_room_mm=toe).size
    assert (s.mondopoint_mm, s.eu, s.uk, s.us_men, s.us_women) == (mondo, eu, uk, us_men, us_women)
    a = calfcare.shoes(foot_length_mm=foot, toe_room_mm=toe)
    assert ("child_sizes" in [i.code for i in a.advice]) == (None in (uk, us_men, us_women))


def test_golden_table_is_complete():
    assert len(_golden_sizes()) == 8


@pytest.mark.parametrize("width,sex,expect,cls", [
    (99.9, "female", "B", "standard"),   # 99.9/250 = 0.3996
    (100, "female", "D", "wide"),        # 100/250 = 0.40
    (100, "male", "2E", "wide"),
    (109.9, "male", "2E", "wide"),       # 0.4396
    (110, "male", "4E", "extra_wide"),   # 0.44
    (110, "female", "2E", "extra_wide"),
    (95, None, "standard", "standard"),  # sex unknown: the class name
])
def test_width_classes(width, sex, expect, cls):
    a = calfcare.shoes(foot_length_mm=250, foot_width_mm=width, sex=sex)
    assert a.width == expect
    assert a.width_class == cls
    assert a.width_ratio == pytest.approx(width / 250)


def test_no_width():
    a = calfcare.shoes(foot_length_mm=250)
    assert a.width is None and a.width_class is None and a.width_ratio is None


def test_transition_plan_4mm():
    # 10 -> 6 mm: 8 weeks, share k/8 rounded half up; 40 km/week x share
    a = calfcare.shoes(foot_length_mm=260, current_drop_mm=10, new_drop_mm=6, weekly_km=40)
    assert a.drop.advice == "transition"
    assert a.drop.transition_weeks == 8
    assert [w.share_pct for w in a.drop.weekly_plan] == [13, 25, 38, 50, 63, 75, 88, 100]
    assert [w.week for w in a.drop.weekly_plan] == list(range(1, 9))
    assert a.drop.weekly_plan[0].km == pytest.approx(5.2)
    assert a.drop.change_mm == -4
    assert 4031 in a.codes


def test_small_change_and_calf_pain():
    a = calfcare.shoes(foot_length_mm=260, current_drop_mm=10, new_drop_mm=6.1)
    assert a.drop.advice == "ok" and a.drop.transition_weeks == 0 and a.drop.weekly_plan == ()
    a = calfcare.shoes(foot_length_mm=260, current_drop_mm=10, new_drop_mm=4, calf_pain="yes")
    assert a.drop.advice == "do_not_lower" and a.drop.transition_weeks == 0
    assert a.category == "neutral_cushioned"
    item = next(i for i in a.advice if i.code == "drop_keep_calf_pain")
    assert item.id == 4030 and item.value == -6 and "10 to 4 mm" in item.text


def test_minimalist_plan_and_cap():
    # 26 weeks; 60 km/week, minimalist cap 35: week 13 = 60 x 50% = 30, week 26 = 35
    a = calfcare.shoes(foot_length_mm=260, new_minimalist=True, weekly_km=60)
    assert a.drop.transition_weeks == 26
    assert a.drop.weekly_plan[12].km == 30
    assert a.drop.weekly_plan[25].km == 35
    assert a.drop.minimalist_cap_km == 35
    assert {"minimalist_transition", "minimalist_cap", "minimalist_over_cap"} <= {i.code for i in a.advice}
    # heavier runner (> 71 kg): 8 x 1.25 = 10 weeks and the note
    a = calfcare.shoes(foot_length_mm=260, current_drop_mm=10, new_drop_mm=6, body_mass_kg=71.1)
    assert a.drop.transition_weeks == 10
    assert 4034 in a.codes
    a = calfcare.shoes(foot_length_mm=260, current_drop_mm=10, new_drop_mm=6, body_mass_kg=71)
    assert a.drop.transition_weeks == 8
    assert 4034 not in a.codes


@pytest.mark.parametrize("km,due,left", [(799, False, 1), (800, True, 0), (801, True, -1)])
def test_replacement_km_edges(km, due, left):
    r = calfcare.shoes(foot_length_mm=260, shoe_km=km).replace
    assert (r.due, r.km_left, r.limit_km) == (due, left, 800)


@pytest.mark.parametrize("months,due", [(11, False), (12, True), (13, True)])
def test_replacement_age_edges(months, due):
    r = calfcare.shoes(foot_length_mm=260, shoe_age_months=months).replace
    assert r.due is due
    assert r.months_left == 12 - months
    assert r.km_left is None


def test_replacement_configurable_and_unknown():
    r = calfcare.shoes(foot_length_mm=260, shoe_km=450, limit_km=500).replace
    assert (r.due, r.km_left, r.limit_km) == (False, 50, 500)
    r = calfcare.shoes(foot_length_mm=260).replace
    assert r.due is None and r.km_left is None


def test_stack_and_rotation():
    a = calfcare.shoes(foot_length_mm=260, stack_mm=30, pairs=1)
    assert (a.stack.road_ok, a.stack.track_ok) == (True, False)
    assert "stack_over_track" in [i.code for i in a.advice]
    assert "rotate_pairs" in [i.code for i in a.advice]
    a = calfcare.shoes(foot_length_mm=260, stack_mm=40.1)
    assert (a.stack.road_ok, a.stack.track_ok) == (False, False)
    assert calfcare.shoes(foot_length_mm=260).stack.road_ok is None


def test_pronation_reported_not_prescribed():
    a = calfcare.shoes(foot_length_mm=260, pronation="over", arch="low")
    assert a.category == "neutral"
    item = next(i for i in a.advice if i.id == 4021)
    assert "not used to prescribe" in item.text
    assert item.source == "nielsen2014pronation" and item.strength == "M"


def test_checklist_is_there():
    codes = calfcare.shoes(foot_length_mm=260).codes
    assert codes[-5:] == [4060, 4061, 4062, 4063, 4064]


def test_result_is_frozen_and_dict_is_json():
    a = calfcare.shoes(**SAMPLE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.category = "x"
    d = a.to_dict()
    assert list(d)[:6] == ["size", "width", "width_class", "width_ratio", "category", "drop"]
    assert set(d["size"]) >= {"mondopoint_mm", "eu", "uk", "us_men", "us_women"}
    assert set(d["drop"]) >= {"advice", "transition_weeks", "weekly_plan"}
    assert set(d["replace"]) >= {"due", "km_left", "limit_km"}
    assert all({"code", "text"} <= set(i) for i in d["advice"])
    json.dumps(d)  # plain JSON types only
    assert d["width"] == "B"
    assert d["replace"] == {"due": True, "km_left": 80.0, "limit_km": 800.0, "months_left": -2.0,
                            "limit_months": 12.0}


def _rounded(obj):
    """The CLI prints reals with 10 significant digits: compare at 9."""
    if isinstance(obj, float):
        return float(f"{obj:.9g}")
    if isinstance(obj, dict):
        return {k: _rounded(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_rounded(v) for v in obj]
    return obj


@pytest.mark.skipif(not os.environ.get("CALFCARE_BIN"), reason="needs the built calfcare program")
def test_to_dict_equals_cli_json():
    args = ["--foot-length-mm", "245,248", "--foot-width-mm", "95", "--sex", "female", "--arch", "normal",
            "--pronation", "over", "--weekly-km", "48", "--body-mass-kg", "58", "--calf-pain", "yes",
            "--current-drop-mm", "4", "--new-drop-mm", "10", "--stack-mm", "30", "--cushioning", "firm",
            "--shoe-km", "720", "--shoe-age-months", "14", "--minimalist", "no", "--pairs", "1"]
    proc = subprocess.run([os.environ["CALFCARE_BIN"], "shoes", *args, "--json"], capture_output=True, text=True,
                          check=True)
    assert _rounded(json.loads(proc.stdout)) == _rounded(calfcare.shoes(**SAMPLE).to_dict())
    proc = subprocess.run([os.environ["CALFCARE_BIN"], "shoes", "--foot-length-mm", "260", "--new-minimalist",
                           "yes", "--weekly-km", "60", "--json"], capture_output=True, text=True, check=True)
    assert _rounded(json.loads(proc.stdout)) == _rounded(
        calfcare.shoes(foot_length_mm=260, new_minimalist=True, weekly_km=60).to_dict())


@pytest.mark.parametrize("kwargs,field", [
    (dict(foot_length_mm=100), "foot_length_mm"),
    (dict(foot_length_mm=400), "foot_length_mm"),
    (dict(foot_length_mm=(240, 241, 242)), "foot_length_mm"),
    (dict(foot_length_mm=float("nan")), "foot_length_mm"),
    (dict(weekly_km=30), "foot_length_mm"),                       # required
    (dict(foot_length_mm=180, foot_width_mm=190), "foot_width_mm"),  # wider than long
    (dict(foot_length_mm=250, foot_width_mm=201), "foot_width_mm"),
    (dict(foot_length_mm=250, sex="other"), "sex"),
    (dict(foot_length_mm=250, arch="flat"), "arch"),
    (dict(foot_length_mm=250, pronation="severe"), "pronation"),
    (dict(foot_length_mm=250, weekly_km=-1), "weekly_km"),
    (dict(foot_length_mm=250, body_mass_kg=10), "body_mass_kg"),
    (dict(foot_length_mm=250, calf_pain="maybe"), "calf_pain"),
    (dict(foot_length_mm=250, current_drop_mm=-1), "current_drop_mm"),
    (dict(foot_length_mm=250, new_drop_mm=25), "new_drop_mm"),
    (dict(foot_length_mm=250, stack_mm=-3), "stack_mm"),
    (dict(foot_length_mm=250, cushioning="hard"), "cushioning"),
    (dict(foot_length_mm=250, shoe_km=-5), "shoe_km"),
    (dict(foot_length_mm=250, shoe_age_months=-1), "shoe_age_months"),
    (dict(foot_length_mm=250, minimalist="maybe"), "minimalist"),
    (dict(foot_length_mm=250, pairs=1.5), "pairs"),
    (dict(foot_length_mm=250, pairs=0), "pairs"),
    (dict(foot_length_mm=250, limit_km=50), "limit_km"),
    (dict(foot_length_mm=250, limit_months=0), "limit_months"),
    (dict(foot_length_mm=250, toe_room_mm=20), "toe_room_mm"),
    (dict(foot_length_mm=250, new_minimalist="x"), "new_minimalist"),
])
def test_invalid_inputs_raise_with_field(kwargs, field):
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.shoes(**kwargs)
    assert info.value.field == field
    assert isinstance(info.value, ValueError)


def test_unknown_keyword_is_type_error():
    with pytest.raises(TypeError, match="shoe_size"):
        calfcare.shoes(foot_length_mm=250, shoe_size=9)


def test_none_means_unknown():
    a = calfcare.shoes(foot_length_mm=250, foot_width_mm=None, shoe_km=None)
    assert a.width is None and a.replace.due is None


def test_capi_level_state_errors():
    out = capi.calfcare_shoe_advice()
    inp = capi.calfcare_input()
    capi.calfcare_input_init(inp, capi.CALFCARE_SCHEMA_DIAGNOSIS)
    with pytest.raises(calfcare.StateError):
        capi.calfcare_shoes_advise(inp, out)
    assert out.advice_item(0) is None
    assert out.plan_week(0) is None
    size = capi.calfcare_shoe_size()
    capi.calfcare_shoes_size(270, 10, size)  # 280 mm last: EU 42 exactly
    assert math.isclose(size.eu, 42)
    with pytest.raises(calfcare.InvalidInputError) as info:
        capi.calfcare_shoes_size(270, 9, size)
    assert info.value.field == "toe_room_mm"
