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
    # 248 mm = 9.76378 in, x3 = 29.2913: US men 7.29 -> nearest half 7.5, US women 8.79 -> 9,
    # UK 6.29 -> 6.5; EU (248 + 15) x 3/20 = 39.45 -> up to 39.5; Mondopoint 248 -> 250
    s = calfcare.shoes(foot_length_mm=[245, 248]).size
    assert (s.mondopoint_mm, s.eu, s.uk, s.us_men, s.us_women) == (250, 39.5, 6.5, 7.5, 9)
    assert s.foot_mm == 248 and s.toe_room_mm == 10 and s.last_mm == 258
    # fits: US/UK (7.5 + 0.25 + 22)/3 = 9.91667 in = 251.883 mm; EU 39.5 x 20/3 - 15 = 248.333 mm
    f = s.fits_up_to_mm
    assert f.us_men == pytest.approx(251.8833333) and f.us_women == pytest.approx(251.8833333)
    assert f.uk == pytest.approx(251.8833333) and f.eu == pytest.approx(248.3333333) and f.mondopoint == 250
    # 254 mm = 10 in: US men 30 - 22 = 8 exactly, UK 7, US women 9.5; EU 269 x 0.15 = 40.35 -> 40.5
    s = calfcare.shoes(foot_length_mm=254).size
    assert (s.uk, s.us_men, s.us_women, s.eu) == (7, 8, 9.5, 40.5)
    # toe room 15 sizes the foot 5 mm longer: 235 -> 240: EU (240 + 15) x 0.15 = 38.25 -> 38.5
    assert calfcare.shoes(foot_length_mm=235, toe_room_mm=15).size.eu == 38.5


def test_between_sizes():
    # 248 mm is 0.35 mm over the US men's 7/7.5 line (29.25/3 in = 247.65 mm): choose 7.5
    a = calfcare.shoes(foot_length_mm=248)
    item = next(i for i in a.advice if i.name == "between_sizes")
    assert item.code == 4073 and item.value == pytest.approx(0.4)
    assert "US men's 7 and 7.5: choose 7.5" in item.text and "feet swell" in item.text
    # 262 mm is 1.65 mm over one line and 2.58 mm under the next: not between
    assert 4073 not in calfcare.shoes(foot_length_mm=262).codes


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
    assert ("child_sizes" in [i.name for i in a.advice]) == (None in (uk, us_men, us_women))


def test_golden_table_is_complete():
    assert len(_golden_sizes()) == 9


# 250 mm: US women's 9 (3 x 9.84252 - 20.5 = 9.03) and US men's 7.5 (7.53); the width chart's women's
# B at 9 and men's D at 7.5 are both 3 11/16 in = 93.6625 mm: wide from + 3/16 in = 98.425 mm, extra
# wide from + 9/16 in = 107.95 mm. Sex unknown: 0.40 and 0.44 of the length (100 and 110 mm).
@pytest.mark.parametrize("width,sex,expect,cls", [
    (98.42, "female", "B", "standard"),
    (98.43, "female", "D", "wide"),
    (98.43, "male", "2E", "wide"),
    (107.94, "male", "2E", "wide"),
    (107.96, "male", "4E", "extra_wide"),
    (107.96, "female", "2E", "extra_wide"),
    (99.9, None, "standard", "standard"),  # sex unknown: 99.9/250 = 0.3996 < 0.40, the class name
    (100, None, "wide", "wide"),           # 0.40
])
def test_width_classes(width, sex, expect, cls):
    a = calfcare.shoes(foot_length_mm=250, foot_width_mm=width, sex=sex)
    assert a.width == expect
    assert a.width_class == cls
    assert a.width_ratio == pytest.approx(width / 250)
    b = a.width_bounds
    if sex:
        assert b.from_chart and b.wide_from_mm == pytest.approx(98.425) and b.extra_wide_from_mm == pytest.approx(107.95)
    else:
        assert not b.from_chart and b.wide_from_mm == pytest.approx(100) and b.extra_wide_from_mm == pytest.approx(110)


# The published width chart, copied by hand from the page named in docs/shoes.md: standard width
# in sixteenths of an inch by US size (men's D, women's B).
MEN_D = [(6, 56), (6.5, 58), (7, 58), (7.5, 59), (8, 60), (8.5, 60), (9, 63), (9.5, 63), (10, 64), (10.5, 66),
         (11, 66), (11.5, 67), (12, 69), (12.5, 69), (13, 69), (13.5, 70)]
WOMEN_B = [(5, 51), (5.5, 52), (6, 53), (6.5, 54), (7, 55), (7.5, 56), (8, 57), (8.5, 58), (9, 59), (9.5, 60),
           (10, 60), (10.5, 62), (11, 63), (12, 65)]


@pytest.mark.parametrize("sex,us,sixteenths", [("male", u, w) for u, w in MEN_D] + [("female", u, w) for u, w in WOMEN_B])
def test_width_chart_row_by_row(sex, us, sixteenths):
    zero = 22 if sex == "male" else 20.5
    foot = (us + zero) / 3 * 25.4            # the size's own Brannock line
    std = sixteenths / 16 * 25.4
    a = calfcare.shoes(foot_length_mm=foot, sex=sex)
    assert (a.size.us_men if sex == "male" else a.size.us_women) == us
    assert a.width_bounds.from_chart
    assert a.width_bounds.wide_from_mm == pytest.approx(std + 4.7625)
    assert a.width_bounds.extra_wide_from_mm == pytest.approx(std + 3 * 4.7625)
    assert calfcare.shoes(foot_length_mm=foot, sex=sex, foot_width_mm=std + 4.76).width_class == "standard"
    assert calfcare.shoes(foot_length_mm=foot, sex=sex, foot_width_mm=std + 4.77).width_class == "wide"


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
    item = next(i for i in a.advice if i.name == "drop_keep_calf_pain")
    assert item.code == 4030 and item.value == -6 and "10 to 4 mm" in item.text


def test_minimalist_plan_and_cap():
    # 26 weeks; 60 km/week, minimalist cap 35: week 13 = 60 x 50% = 30, week 26 = 35
    a = calfcare.shoes(foot_length_mm=260, new_minimalist=True, weekly_km=60)
    assert a.drop.transition_weeks == 26
    assert a.drop.weekly_plan[12].km == 30
    assert a.drop.weekly_plan[25].km == 35
    assert a.drop.minimalist_cap_km == 35
    assert {"minimalist_transition", "minimalist_cap", "minimalist_over_cap"} <= {i.name for i in a.advice}
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
    assert "stack_over_track" in [i.name for i in a.advice]
    assert "rotate_pairs" in [i.name for i in a.advice]
    a = calfcare.shoes(foot_length_mm=260, stack_mm=40.1)
    assert (a.stack.road_ok, a.stack.track_ok) == (False, False)
    assert calfcare.shoes(foot_length_mm=260).stack.road_ok is None


def test_pronation_reported_not_prescribed():
    a = calfcare.shoes(foot_length_mm=260, pronation="over", arch="low")
    assert a.category == "neutral"
    item = next(i for i in a.advice if i.code == 4021)
    assert "not used to prescribe" in item.text
    assert item.source == "nielsen2014pronation" and item.strength == "M"


def test_checklist_is_there():
    codes = calfcare.shoes(foot_length_mm=260).codes
    assert tuple(codes[-7:]) == (4060, 4061, 4062, 4063, 4064, 4065, 4066)
    store = next(i for i in calfcare.shoes(foot_length_mm=260).advice if i.code == 4065)
    assert "running store" in store.text and "comfort and fit come first" in store.text
    gait = next(i for i in calfcare.shoes(foot_length_mm=260).advice if i.code == 4066)
    assert "not been shown to prevent injuries" in gait.text
    assert (gait.source, gait.strength) == ("nielsen2014pronation", "M")


def test_result_is_frozen_and_dict_is_json():
    a = calfcare.shoes(**SAMPLE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.category = "x"
    d = a.to_dict()
    # keys are the attribute names, in field order
    assert list(d) == [f.name for f in dataclasses.fields(a)]
    assert list(d)[:7] == ["size", "width", "width_class", "width_ratio", "category", "drop", "replace"]
    assert set(d["size"]) >= {"mondopoint_mm", "eu", "uk", "us_men", "us_women"}
    assert set(d["drop"]) >= {"advice", "transition_weeks", "weekly_plan"}
    assert set(d["replace"]) >= {"due", "km_left", "limit_km"}
    assert all(list(i) == ["code", "name", "text", "source", "strength", "value"] for i in d["advice"])
    assert d["advice"][0]["code"] == 4001 and d["advice"][0]["name"] == "size_longer_foot"
    json.dumps(d)  # plain JSON types only
    assert d["width"] == "B"
    assert d["replace"] == {"due": True, "km_left": 80.0, "limit_km": 800.0, "months_left": -2.0,
                            "limit_months": 12.0}


def _rounded(obj):
    """The CLI prints reals with 10 significant digits: compare at 9. Advice items in one shape
    whichever the CLI prints (ours: code int, name word; or code word, id int)."""
    if isinstance(obj, float):
        return float(f"{obj:.9g}")
    if isinstance(obj, dict) and "text" in obj and "strength" in obj:
        code, name = (obj["id"], obj["code"]) if "id" in obj else (obj["code"], obj["name"])
        return {"code": code, "name": name, "text": obj["text"], "value": _rounded(obj["value"]),
                "source": obj["source"], "strength": obj["strength"]}
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
    proc = subprocess.run([os.environ["CALFCARE_BIN"], "shoes", "--foot-length-mm", "266", "--sex", "male",
                           "--brand", "new_balance", "--json"], capture_output=True, text=True, check=True)
    assert _rounded(json.loads(proc.stdout)) == _rounded(
        calfcare.shoes(foot_length_mm=266, sex="male", brand="new_balance").to_dict())


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
    (dict(foot_length_mm=250, brand="adidas"), "brand"),
    (dict(foot_length_mm=250, brand="Nike"), "brand"),
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
    out = capi.calfcare_shoes_advice()
    inp = capi.calfcare_input()
    capi.calfcare_input_init(inp, capi.CALFCARE_INPUT_SCHEMA_DIAGNOSIS)
    with pytest.raises(calfcare.StateError):
        capi.calfcare_shoes_advise(inp, out)
    assert out.advice_item(0) is None
    assert out.plan_week(0) is None
    size = capi.calfcare_shoes_size_result()
    capi.calfcare_shoes_size(255, 10, size)  # (255 + 15) x 3/20 = 40.5 exactly: stays 40.5
    assert math.isclose(size.eu, 40.5)
    with pytest.raises(calfcare.InvalidInputError) as info:
        capi.calfcare_shoes_size(270, 9, size)
    assert info.value.field == "toe_room_mm"


# ---- brand charts ------------------------------------------------------------------------------

# The published charts, copied by hand from the pages named in docs/shoes.md: (US, UK, EU, foot mm).
NIKE_MEN = [(6, 5.5, 38.5, 240), (6.5, 6, 39, 245), (7, 6, 40, 250), (7.5, 6.5, 40.5, 255), (8, 7, 41, 260),
            (8.5, 7.5, 42, 265), (9, 8, 42.5, 270), (9.5, 8.5, 43, 275), (10, 9, 44, 280), (10.5, 9.5, 44.5, 285),
            (11, 10, 45, 290), (11.5, 10.5, 45.5, 295)]
NEW_BALANCE_MEN = [(7, 6.5, 40, 241), (7.5, 7, 40.5, 248), (8, 7.5, 41.5, 251), (8.5, 8, 42, 254),
                   (9, 8.5, 42.5, 260), (9.5, 9, 43, 264), (10, 9.5, 44, 267), (10.5, 10, 44.5, 273),
                   (11, 10.5, 45, 276), (11.5, 11, 45.5, 279), (12, 11.5, 46.5, 286), (13, 12.5, 47.5, 292)]
CHARTS = {"nike": (NIKE_MEN, "https://visualfoodie.com/the-ultimate-nike-mens-shoe-sizing-chart"),
          "new_balance": (NEW_BALANCE_MEN, "https://winenfood.com/a-guide-to-the-new-balance-shoe-size-chart")}


def test_shipped_charts_and_sources():
    charts = {c.name: c for c in calfcare.brand_charts()}
    assert set(charts) == set(CHARTS)
    for name, (rows, source) in CHARTS.items():
        c = charts[name]
        assert c.sex == "male" and c.source == source and c.read_on == "2026-12-02" and c.note
        assert [(r.us, r.uk, r.eu, r.foot_mm) for r in c.rows] == rows


@pytest.mark.parametrize("name,i", [(n, i) for n, (rows, _) in CHARTS.items() for i in range(len(rows))])
def test_brand_size_row_by_row(name, i):
    rows = CHARTS[name][0]
    us, uk, eu, foot = rows[i]
    # a foot exactly the row's length gets that row
    b = calfcare.shoes(foot_length_mm=foot, sex="male", brand=name).brand
    assert (b.in_chart, b.us, b.uk, b.eu, b.fits_up_to_mm) == (True, us, uk, eu, foot)
    assert b.smaller_fits_up_to_mm == (rows[i - 1][3] if i else None)
    assert b.name == name and b.chart_sex == "male"
    # 0.5 mm longer: the next row, or outside the chart after the last
    b = calfcare.shoes(foot_length_mm=foot + 0.5, sex="male", brand=name).brand
    if i + 1 < len(rows):
        assert (b.us, b.uk, b.eu) == rows[i + 1][:3]
    else:
        assert not b.in_chart and b.us is None
        assert 4075 in calfcare.shoes(foot_length_mm=foot + 0.5, brand=name).codes


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_shipped_chart_cross_check(name):
    """US, EU and foot length rise at every row, UK never falls, and over the whole chart the foot
    length rises 8-11 mm per US size (Brannock: 8.47). By hand: Nike (295 - 240) / (11.5 - 6) = 10.0,
    New Balance (292 - 241) / (13 - 7) = 8.5."""
    rows = [(r.us, r.uk, r.eu, r.foot_mm) for r in next(c for c in calfcare.brand_charts() if c.name == name).rows]
    for prev, row in zip(rows, rows[1:]):
        assert row[0] > prev[0] and row[2] > prev[2] and row[3] > prev[3] and row[1] >= prev[1], (prev, row)
    rise = (rows[-1][3] - rows[0][3]) / (rows[-1][0] - rows[0][0])
    assert rise == pytest.approx({"nike": 10.0, "new_balance": 8.5}[name])
    assert 8 <= rise <= 11


def test_brand_for_a_woman_uses_the_mens_chart():
    a = calfcare.shoes(foot_length_mm=(245, 248), sex="female", brand="nike")
    assert a.brand.chart_sex == "male" and a.brand.us == 7  # 248 -> the 250 mm row
    assert 4076 in a.codes and 4074 in a.codes


def test_unknown_brand_lists_the_known_ones():
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.shoes(foot_length_mm=260, brand="brooks")
    assert info.value.field == "brand"
    assert "nike" in str(info.value) and "new_balance" in str(info.value)


def _median(values):
    v = sorted(values)
    return v[len(v) // 2] if len(v) % 2 else (v[len(v) // 2 - 1] + v[len(v) // 2]) / 2


def _chart_row(rows, foot):
    """The row a chart gives for a foot (first row at least as long), None outside the chart."""
    if foot <= rows[0][3] - 5 or foot > rows[-1][3]:
        return None
    return next(r for r in rows if foot <= r[3])


# 295 mm: only Nike's chart covers it (New Balance's ends at 292 mm) and Nike is 1.5 sizes below the
# Brannock scale there (US 11.5 vs 13): the goal is not met. Nike's chart, as reproduced, rises 10 mm
# per US size (5 mm per half size) against the Brannock 8.47 mm, so it falls further below the scale
# the longer the foot. No other chart covering 295 mm was found (docs/shoes.md "Not shipped").
# Strict: if that changes, the test says so.
GOAL_MISSES = {295}


@pytest.mark.parametrize("sex", ["male", "female"])
@pytest.mark.parametrize("foot", range(220, 305, 5))
def test_generic_within_goal_of_chart_median(foot, sex):
    """Generic US and UK within 1/2 size, EU within 1, of the median of the shipped charts."""
    if sex == "female":
        pytest.skip("no women's brand chart is shipped (none found with foot lengths): nothing to compare")
    rows = [r for r in (_chart_row(NIKE_MEN, foot), _chart_row(NEW_BALANCE_MEN, foot)) if r]
    if not rows:
        pytest.skip(f"no shipped chart covers {foot} mm (they cover 236-295 mm)")
    s = calfcare.shoes(foot_length_mm=foot, sex=sex).size
    us, uk, eu = (_median(r[k] for r in rows) for k in range(3))
    within = abs(s.us_men - us) <= 0.5 and abs(s.uk - uk) <= 0.5 and abs(s.eu - eu) <= 1
    if foot in GOAL_MISSES:
        assert not within, f"{foot} mm now meets the goal: take it out of GOAL_MISSES"
        pytest.xfail(f"{foot} mm: US {s.us_men} vs median {us}, UK {s.uk} vs {uk}, EU {s.eu} vs {eu}")
    assert within, f"{foot} mm: US {s.us_men} vs {us}, UK {s.uk} vs {uk}, EU {s.eu} vs {eu}"
