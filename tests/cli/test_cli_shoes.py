"""CLI tests of `calfcare shoes`: options, exit codes, stderr naming the option, JSON keys and values."""
import pytest

SAMPLE = ["--foot-length-mm", "245,248", "--foot-width-mm", "95", "--sex", "female", "--arch", "normal",
          "--pronation", "over", "--weekly-km", "48", "--body-mass-kg", "58", "--calf-pain", "yes",
          "--current-drop-mm", "4", "--new-drop-mm", "10", "--stack-mm", "30", "--cushioning", "firm",
          "--shoe-km", "720", "--shoe-age-months", "14", "--minimalist", "no", "--pairs", "1"]


def test_help_lists_every_option(run):
    r = run("shoes", "--help")
    assert r.code == 0
    assert r.out.startswith("Usage: calfcare shoes")
    for opt in ("--foot-length-mm L[,R]", "--foot-width-mm", "--sex female|male", "--arch low|normal|high",
                "--pronation over|neutral|under", "--weekly-km", "--body-mass-kg", "--calf-pain no|yes",
                "--current-drop-mm", "--new-drop-mm", "--stack-mm", "--cushioning soft|medium|firm", "--shoe-km",
                "--shoe-age-months", "--minimalist no|yes", "--pairs N", "--limit-km", "--limit-months",
                "--toe-room-mm", "--new-minimalist", "--brand nike|new_balance", "--json"):
        assert opt in r.out, opt
    assert "[150..350 mm]" in r.out


def test_json_contract_keys(run):
    r = run("shoes", *SAMPLE, "--json")
    assert r.code == 0, r.err
    d = r.json()
    assert set(d["size"]) >= {"mondopoint_mm", "eu", "uk", "us_men", "us_women"}
    assert isinstance(d["width"], str)
    assert isinstance(d["category"], str)
    assert set(d["drop"]) >= {"advice", "transition_weeks", "weekly_plan"}
    assert set(d["replace"]) >= {"due", "km_left", "limit_km"}
    assert d["advice"] and all({"code", "text"} <= set(a) for a in d["advice"])


def test_sample_values(run):
    d = run("shoes", *SAMPLE, "--json").json()
    # 248 mm = 9.76378 in, x3 = 29.2913: US men 7.29 -> 7.5, US women 8.79 -> 9, UK 6.29 -> 6.5;
    # EU (248 + 15) x 3/20 = 39.45 -> 39.5. Fits: (7.5 + 0.25 + 22)/3 in = 251.883 mm (US, UK);
    # EU 39.5 x 20/3 - 15 = 248.333 mm
    fits = d["size"].pop("fits_up_to_mm")
    assert d["size"] == {"mondopoint_mm": 250, "eu": 39.5, "uk": 6.5, "us_men": 7.5, "us_women": 9,
                         "foot_mm": 248, "toe_room_mm": 10, "last_mm": 258}
    assert fits == {"mondopoint": 250, "eu": pytest.approx(248.3333333), "uk": pytest.approx(251.8833333),
                    "us_men": pytest.approx(251.8833333), "us_women": pytest.approx(251.8833333)}
    assert d["brand"] is None
    assert d["width"] == "B"                      # 95 mm, women's standard
    # US women's 9: the width chart's B 3 11/16 in = 93.6625 mm; + 3/16 in and + 9/16 in
    assert d["width_bounds"] == {"wide_from_mm": pytest.approx(98.425), "extra_wide_from_mm": pytest.approx(107.95),
                                 "from_chart": True}
    assert d["category"] == "neutral_cushioned"   # calf pain
    assert d["drop"]["advice"] == "ok"            # 4 -> 10 mm raises the drop
    assert d["drop"]["transition_weeks"] == 0 and d["drop"]["weekly_plan"] == []
    assert d["replace"]["due"] is True            # 14 months >= 12
    assert d["replace"]["km_left"] == 80 and d["replace"]["limit_km"] == 800
    assert d["stack"]["track_ok"] is False and d["stack"]["road_ok"] is True
    codes = [a["name"] for a in d["advice"]]
    for code in ("feet_differ", "pronation_reported", "drop_raise_eases", "firm_lighter_runner", "replace_age",
                 "rotate_pairs", "stack_over_track", "fit_late_in_day", "fit_heel_lock"):
        assert code in codes, code
    first = d["advice"][0]
    assert first["code"] == 4001 and "EU 39.5" in first["text"]


def test_transition_plan(run):
    d = run("shoes", "--foot-length-mm", "260", "--current-drop-mm", "10", "--new-drop-mm", "6",
            "--weekly-km", "40", "--json").json()
    assert d["drop"]["advice"] == "transition"
    assert d["drop"]["transition_weeks"] == 8
    plan = d["drop"]["weekly_plan"]
    assert [w["week"] for w in plan] == list(range(1, 9))
    assert [w["share_pct"] for w in plan] == [13, 25, 38, 50, 63, 75, 88, 100]
    assert plan[0]["km"] == pytest.approx(5.2)


def test_calf_pain_keeps_drop(run):
    d = run("shoes", "--foot-length-mm", "260", "--calf-pain", "yes", "--current-drop-mm", "10",
            "--new-drop-mm", "4", "--json").json()
    assert d["drop"]["advice"] == "do_not_lower"
    assert d["drop"]["transition_weeks"] == 0


def test_minimalist(run):
    d = run("shoes", "--foot-length-mm", "260", "--new-minimalist", "yes", "--weekly-km", "60", "--json").json()
    assert d["drop"]["transition_weeks"] == 26
    assert d["drop"]["minimalist_cap_km"] == 35
    assert d["drop"]["weekly_plan"][-1] == {"week": 26, "share_pct": 100, "km": 35}


@pytest.mark.parametrize("km,due,left", [("799", False, 1), ("800", True, 0), ("801", True, -1)])
def test_replacement_edges(run, km, due, left):
    d = run("shoes", "--foot-length-mm", "260", "--shoe-km", km, "--json").json()
    assert d["replace"]["due"] is due
    assert d["replace"]["km_left"] == left


def test_replacement_unknown_and_configurable(run):
    d = run("shoes", "--foot-length-mm", "260", "--json").json()
    assert d["replace"]["due"] is None and d["replace"]["km_left"] is None
    d = run("shoes", "--foot-length-mm", "260", "--shoe-km", "600", "--limit-km", "500", "--json").json()
    assert d["replace"] == {"due": True, "km_left": -100, "limit_km": 500, "months_left": None, "limit_months": 12}


def test_width_for_unknown_sex_and_none(run):
    # sex unknown: 100/250 = 0.40, wide by the length ratio
    d = run("shoes", "--foot-length-mm", "250", "--foot-width-mm", "100", "--json").json()
    assert d["width"] == "wide" and d["width_class"] == "wide"
    assert d["width_bounds"] == {"wide_from_mm": 100, "extra_wide_from_mm": 110, "from_chart": False}
    # men's 7.5 at 250 mm: the width chart's D 3 11/16 in = 93.6625 mm + 3/16 in = 98.425 mm
    d = run("shoes", "--foot-length-mm", "250", "--foot-width-mm", "100", "--sex", "male", "--json").json()
    assert d["width"] == "2E"
    d = run("shoes", "--foot-length-mm=250", "--json").json()   # --opt=value form
    assert d["width"] is None


def test_readable_report(run):
    r = run("shoes", *SAMPLE)
    assert r.code == 0
    assert r.out.startswith("Shoe fit\n")
    assert "EU 39.5" in r.out and "Width: B" in r.out and "Replace: due now" in r.out
    assert "EU 39.5 fits feet up to 248.3 mm, US women's 9 up to 251.9 mm" in r.out
    assert r.err == ""


@pytest.mark.parametrize("args,option", [
    (["--foot-length-mm", "100"], "--foot-length-mm"),
    (["--foot-length-mm", "400"], "--foot-length-mm"),
    (["--foot-length-mm", "240,241,242"], "--foot-length-mm"),
    (["--foot-length-mm", "abc"], "--foot-length-mm"),
    (["--weekly-km", "30"], "--foot-length-mm"),                            # required
    (["--foot-length-mm", "180", "--foot-width-mm", "190"], "--foot-width-mm"),  # wider than long
    (["--foot-length-mm", "250", "--foot-width-mm", "300"], "--foot-width-mm"),
    (["--foot-length-mm", "250", "--sex", "other"], "--sex"),
    (["--foot-length-mm", "250", "--arch", "flat"], "--arch"),
    (["--foot-length-mm", "250", "--pronation", "severe"], "--pronation"),
    (["--foot-length-mm", "250", "--weekly-km", "-1"], "--weekly-km"),
    (["--foot-length-mm", "250", "--body-mass-kg", "-70"], "--body-mass-kg"),
    (["--foot-length-mm", "250", "--calf-pain", "maybe"], "--calf-pain"),
    (["--foot-length-mm", "250", "--current-drop-mm", "-2"], "--current-drop-mm"),
    (["--foot-length-mm", "250", "--new-drop-mm", "-2"], "--new-drop-mm"),
    (["--foot-length-mm", "250", "--stack-mm", "-1"], "--stack-mm"),
    (["--foot-length-mm", "250", "--cushioning", "hard"], "--cushioning"),
    (["--foot-length-mm", "250", "--shoe-km", "-5"], "--shoe-km"),
    (["--foot-length-mm", "250", "--shoe-age-months", "-1"], "--shoe-age-months"),
    (["--foot-length-mm", "250", "--minimalist", "maybe"], "--minimalist"),
    (["--foot-length-mm", "250", "--pairs", "0"], "--pairs"),
    (["--foot-length-mm", "250", "--pairs", "2.5"], "--pairs"),
    (["--foot-length-mm", "250", "--limit-km", "-800"], "--limit-km"),
    (["--foot-length-mm", "250", "--limit-months", "0"], "--limit-months"),
    (["--foot-length-mm", "250", "--toe-room-mm", "30"], "--toe-room-mm"),
    (["--foot-length-mm", "250", "--new-minimalist", "x"], "--new-minimalist"),
    (["--foot-length-mm", "250", "--brand", "adidas"], "--brand"),
    (["--foot-length-mm"], "--foot-length-mm"),                                # missing value
])
def test_invalid_input_exit_2_names_option(run, args, option):
    r = run("shoes", *args, "--json")
    assert r.code == 2, r.out
    assert r.err.startswith(f"calfcare shoes: {option}"), r.err
    assert r.out == ""


def test_unknown_option(run):
    r = run("shoes", "--foot-length-mm", "250", "--shoe-size", "9")
    assert r.code == 2
    assert "--shoe-size" in r.err


def test_demo_has_shoe_check(run):
    r = run("demo")
    assert r.code == 0, r.err
    section = r.out[r.out.index("== Shoe check =="):]
    assert "EU 39.5" in section
    # the sample runner's longer foot (248 mm) in two brands' charts: Nike's 250 mm row, New Balance's 248
    assert "Nike men's shoe size chart: US 7, UK 6, EU 40 (fits feet up to 250 mm)" in section
    assert "New Balance men's shoe size chart: US 7.5, UK 7, EU 40.5 (fits feet up to 248 mm)" in section
    assert "Width: B" in section
    assert "Replace: due now" in section


def test_unknown_brand_lists_known_ones(run):
    r = run("shoes", "--foot-length-mm", "260", "--brand", "brooks")
    assert r.code == 2 and r.out == ""
    assert r.err.startswith("calfcare shoes: --brand") and "nike|new_balance" in r.err


# The published charts, copied by hand from the pages named in docs/shoes.md: (US, UK, EU, foot mm).
NIKE_MEN = [(6, 5.5, 38.5, 240), (6.5, 6, 39, 245), (7, 6, 40, 250), (7.5, 6.5, 40.5, 255), (8, 7, 41, 260),
            (8.5, 7.5, 42, 265), (9, 8, 42.5, 270), (9.5, 8.5, 43, 275), (10, 9, 44, 280), (10.5, 9.5, 44.5, 285),
            (11, 10, 45, 290), (11.5, 10.5, 45.5, 295)]
NEW_BALANCE_MEN = [(7, 6.5, 40, 241), (7.5, 7, 40.5, 248), (8, 7.5, 41.5, 251), (8.5, 8, 42, 254),
                   (9, 8.5, 42.5, 260), (9.5, 9, 43, 264), (10, 9.5, 44, 267), (10.5, 10, 44.5, 273),
                   (11, 10.5, 45, 276), (11.5, 11, 45.5, 279), (12, 11.5, 46.5, 286), (13, 12.5, 47.5, 292)]


@pytest.mark.parametrize("brand,rows,source", [
    ("nike", NIKE_MEN, "https://visualfoodie.com/the-ultimate-nike-mens-shoe-sizing-chart"),
    ("new_balance", NEW_BALANCE_MEN, "https://winenfood.com/a-guide-to-the-new-balance-shoe-size-chart"),
])
def test_brand_chart_row_by_row(run, brand, rows, source):
    for i, (us, uk, eu, foot) in enumerate(rows):
        d = run("shoes", "--foot-length-mm", f"{foot:g}", "--sex", "male", "--brand", brand, "--json").json()
        b = d["brand"]
        assert (b["in_chart"], b["us"], b["uk"], b["eu"], b["fits_up_to_mm"]) == (True, us, uk, eu, foot)
        assert b["name"] == brand and b["source"] == source and b["read_on"] == "2026-12-02"
        assert b["chart_sex"] == "male"
        assert b["smaller_fits_up_to_mm"] == (rows[i - 1][3] if i else None)
        ids = [a["code"] for a in d["advice"]]
        assert 4074 in ids
    # longer than the largest row: outside the chart, exit 0, advice 4075
    d = run("shoes", "--foot-length-mm", f"{rows[-1][3] + 1:g}", "--brand", brand, "--json").json()
    assert d["brand"]["in_chart"] is False and d["brand"]["us"] is None
    assert 4075 in [a["code"] for a in d["advice"]]


def test_brand_in_report(run):
    r = run("shoes", "--foot-length-mm", "266", "--brand", "nike")
    assert r.code == 0
    # 266 mm: Nike's first row at least as long is 270 mm: US 9, UK 8, EU 42.5
    assert "Nike men's shoe size chart: US 9, UK 8, EU 42.5 (fits feet up to 270 mm)" in r.out


# The published width chart, copied by hand from the page named in docs/shoes.md: standard width
# in sixteenths of an inch by US size (men's D, women's B).
MEN_D = [(6, 56), (6.5, 58), (7, 58), (7.5, 59), (8, 60), (8.5, 60), (9, 63), (9.5, 63), (10, 64), (10.5, 66),
         (11, 66), (11.5, 67), (12, 69), (12.5, 69), (13, 69), (13.5, 70)]
WOMEN_B = [(5, 51), (5.5, 52), (6, 53), (6.5, 54), (7, 55), (7.5, 56), (8, 57), (8.5, 58), (9, 59), (9.5, 60),
           (10, 60), (10.5, 62), (11, 63), (12, 65)]


@pytest.mark.parametrize("sex,rows,zero", [("male", MEN_D, 22), ("female", WOMEN_B, 20.5)])
def test_width_chart_row_by_row(run, sex, rows, zero):
    for us, sixteenths in rows:
        foot = (us + zero) / 3 * 25.4            # the size's own Brannock line
        std = sixteenths / 16 * 25.4
        d = run("shoes", "--foot-length-mm", f"{foot:.6f}", "--sex", sex, "--foot-width-mm", f"{std + 4.77:.6f}",
                "--json").json()
        assert d["size"]["us_men" if sex == "male" else "us_women"] == us
        assert d["width_bounds"]["from_chart"] is True
        assert d["width_bounds"]["wide_from_mm"] == pytest.approx(std + 4.7625)
        assert d["width_bounds"]["extra_wide_from_mm"] == pytest.approx(std + 3 * 4.7625)
        assert d["width_class"] == "wide"
