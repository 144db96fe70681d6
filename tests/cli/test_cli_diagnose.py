"""CLI tests of `calfcare diagnose`: the issue's exact interface (options, JSON keys, exit codes),
with the expected values worked out by hand from docs/diagnosis.md."""
import pytest

SAMPLE_ARGS = [
    "--weekly-km", "30,32,35,48", "--last-run-km", "16", "--longest-run-30d-km", "12",
    "--warmup", "never", "--stretch-after", "sometimes", "--foot-strike", "forefoot",
    "--cadence", "162", "--overstride", "yes", "--heel-raises", "18,24", "--knee-to-wall-cm", "8,11",
    "--shoe-km", "720", "--shoe-age-months", "14", "--shoe-drop-mm", "4", "--previous-drop-mm", "10",
    "--cushioning", "firm", "--minimalist", "no", "--age", "41", "--sex", "female",
    "--body-mass-kg", "58", "--previous-calf-strain", "yes",
]

ALL_OPTIONS = [
    "--weekly-km", "--last-run-km", "--longest-run-30d-km", "--warmup", "--stretch-after",
    "--foot-strike", "--cadence", "--overstride", "--heel-raises", "--knee-to-wall-cm", "--shoe-km",
    "--shoe-age-months", "--shoe-drop-mm", "--previous-drop-mm", "--cushioning", "--minimalist",
    "--age", "--sex", "--body-mass-kg", "--previous-calf-strain", "--active-cancer",
    "--paralysis-or-cast", "--bedridden-or-surgery", "--deep-vein-tenderness", "--whole-leg-swollen",
    "--calf-swelling-cm", "--pitting-edema", "--collateral-veins", "--previous-dvt",
    "--alternative-diagnosis-likely", "--sudden-pop", "--weak-push-off", "--thompson-positive",
    "--palpable-gap", "--bruising", "--predictable-exertional-pain", "--numbness", "--night-pain",
    "--rest-pain", "--focal-bone-tenderness", "--pain-on-hopping", "--fever", "--cannot-walk-4-steps",
]


def test_help_lists_every_option(run):
    r = run("diagnose", "--help")
    assert r.code == 0
    assert r.out.startswith("Usage: calfcare diagnose")
    for opt in ALL_OPTIONS + ["--json"]:
        assert f"  {opt}" in r.out, opt
    assert "never|sometimes|always" in r.out
    assert "[120..240 steps/min]" in r.out


def test_json_keys_and_types(run):
    r = run("diagnose", "--json", *SAMPLE_ARGS)
    assert r.code == 0, r.err
    obj = r.json()
    assert list(obj)[:7] == ["triage", "causes", "red_flags", "wells_score", "wells_band", "blocked", "advice"]
    assert obj["triage"] == "self_care"
    assert obj["wells_score"] is None
    assert obj["red_flags"] == []
    assert obj["blocked"] == []
    assert len(obj["causes"]) == 5
    for c in obj["causes"]:
        assert set(c) == {"cause", "score", "reasons"}
        assert 0 <= c["score"] <= 1
        assert all(isinstance(x, str) for x in c["reasons"])
    for a in obj["advice"]:
        assert isinstance(a["code"], int) and isinstance(a["name"], str) and isinstance(a["text"], str) and a["text"]


def test_json_sample_runner_values(run):
    obj = run("diagnose", "--json", *SAMPLE_ARGS).json()
    # calf 1.15 -> 1; form 0.35+0.20+0.25; overtraining 0.30+0.20+0.25; shoes 0.10+0.10+0.35+0.15;
    # warm-up 0.35+0.10
    assert [(c["cause"], c["score"]) for c in obj["causes"]] == [
        ("calf_strength_flexibility", 1.0), ("running_form", 0.8), ("overtraining", 0.75),
        ("shoes", 0.7), ("warmup_stretching", 0.45)]
    assert obj["causes"][2]["reasons"] == ["weekly_increase_over_limit", "weekly_increase_over_30pct",
                                           "run_spike_30_100"]
    advice = {a["name"]: a for a in obj["advice"]}
    assert advice["next_week_cap"]["text"] == "Next week: at most 52.8 km (last week 48 km + 10%)."
    assert advice["cadence_target"]["text"].startswith("Cadence: aim for 170 steps/min, 5% above your 162")
    assert advice["shoes_km_left"]["text"] == "Shoes: 80 km left before the 800 km replacement point."
    assert advice["next_run_cap"]["value"] == pytest.approx(13.2)


def test_no_evidence_scores_zero_without_reasons(run):
    obj = run("diagnose", "--json").json()
    assert [c["cause"] for c in obj["causes"]] == ["overtraining", "warmup_stretching", "running_form",
                                                   "calf_strength_flexibility", "shoes"]
    assert all(c["score"] == 0 and c["reasons"] == [] for c in obj["causes"])


def test_dvt_wells_and_blocked(run):
    obj = run("diagnose", "--json", "--bedridden-or-surgery", "--calf-swelling-cm", "4",
              "--pitting-edema").json()
    assert obj["wells_score"] == 3  # three +1 items
    assert obj["wells_band"] == "high"  # 3 or more (Wells 1997)
    assert obj["triage"] == "urgent"  # Wells >= 2
    assert obj["red_flags"][0]["flag"] == "dvt"
    assert obj["red_flags"][0]["reasons"] == ["wells_bedridden_or_surgery", "wells_calf_swelling_over_3cm",
                                              "wells_pitting_edema", "wells_dvt_likely", "wells_high"]
    assert obj["blocked"] == ["massage", "foam_roll", "stretch", "running", "compression"]
    assert obj["advice"][0]["name"] == "see_clinician_today"
    assert "today" in obj["advice"][0]["text"]


def test_low_wells_never_clears_a_sign(run):
    obj = run("diagnose", "--json", "--previous-dvt", "--alternative-diagnosis-likely").json()
    assert obj["wells_score"] == -1  # 1 - 2
    assert obj["wells_band"] == "low"  # 0 or less, and still a red flag
    assert obj["triage"] == "see_clinician"
    assert obj["red_flags"][0]["flag"] == "dvt"


def test_wells_unknown_vs_no(run):
    assert run("diagnose", "--json").json()["wells_score"] is None
    assert run("diagnose", "--json").json()["wells_band"] == "not_assessed"
    assert run("diagnose", "--json", "--active-cancer=no").json()["wells_score"] == 0
    assert run("diagnose", "--json", "--active-cancer=yes").json()["wells_score"] == 1
    assert run("diagnose", "--json", "--active-cancer=yes").json()["wells_band"] == "moderate"


@pytest.mark.parametrize("args, flag, triage, blocked", [
    (["--sudden-pop", "--weak-push-off"], "achilles_rupture", "urgent",
     ["massage", "foam_roll", "stretch", "running"]),
    (["--palpable-gap"], "achilles_rupture", "urgent", ["massage", "foam_roll", "stretch", "running"]),
    (["--sudden-pop", "--bruising"], "calf_tear", "see_clinician", ["massage", "foam_roll", "stretch", "running"]),
    (["--predictable-exertional-pain"], "exertional", "see_clinician", ["massage", "foam_roll", "stretch", "running"]),
    (["--pain-on-hopping"], "stress_fracture", "see_clinician", ["massage", "foam_roll", "stretch", "running"]),
    (["--fever"], "systemic", "urgent", ["massage", "foam_roll", "stretch", "ice", "running", "compression"]),
    (["--numbness"], "nerve", "see_clinician", ["massage", "foam_roll", "stretch", "ice", "running", "compression"]),
    (["--cannot-walk-4-steps"], "cannot_bear_weight", "urgent", ["massage", "foam_roll", "stretch", "running"]),
    (["--night-pain"], "rest_night_pain", "see_clinician", ["running"]),
])
def test_red_flags(run, args, flag, triage, blocked):
    obj = run("diagnose", "--json", *args).json()
    assert obj["red_flags"][0]["flag"] == flag
    assert obj["triage"] == triage
    assert obj["blocked"] == blocked


def test_most_serious_flag_wins(run):
    obj = run("diagnose", "--json", "--night-pain", "--focal-bone-tenderness", "--fever").json()
    assert obj["triage"] == "urgent"
    assert [f["flag"] for f in obj["red_flags"]] == ["systemic", "stress_fracture"]


@pytest.mark.parametrize("args, option", [
    (["--cadence", "20"], "--cadence"),
    (["--cadence", "400"], "--cadence"),
    (["--cadence=nan"], "--cadence"),
    (["--heel-raises", "500,20"], "--heel-raises"),
    (["--heel-raises", "20"], "--heel-raises"),
    (["--knee-to-wall-cm", "10,11,12"], "--knee-to-wall-cm"),
    (["--calf-swelling-cm", "40"], "--calf-swelling-cm"),
    (["--weekly-km", "30,-5"], "--weekly-km"),
    (["--last-run-km", "-1"], "--last-run-km"),
    (["--shoe-km", "nan"], "--shoe-km"),
    (["--longest-run-30d-km", "inf"], "--longest-run-30d-km"),
    (["--warmup", "often"], "--warmup"),
    (["--foot-strike", "toes"], "--foot-strike"),
    (["--overstride", "maybe"], "--overstride"),
    (["--sex", "x"], "--sex"),
    (["--age", "40.5"], "--age"),
    (["--fever=perhaps"], "--fever"),
    (["--cadence"], "--cadence"),
])
def test_invalid_values_exit_2_naming_the_option(run, args, option):
    r = run("diagnose", "--json", *args)
    assert r.code == 2
    assert r.out == ""
    assert r.err.startswith(f"calfcare diagnose: {option}"), r.err


def test_invalid_messages(run):
    r = run("diagnose", "--cadence", "400")
    assert r.err.strip() == ("calfcare diagnose: --cadence: 400 is outside the accepted range; "
                             "accepted: 120 to 240 steps/min")
    r = run("diagnose", "--warmup", "often")
    assert r.err.strip() == "calfcare diagnose: --warmup: unknown word 'often'; accepted: never|sometimes|always"


def test_unknown_option_is_usage_error(run):
    r = run("diagnose", "--cadense", "170")
    assert r.code == 2
    assert "--cadense" in r.err


def test_readable_report(run):
    r = run("diagnose", *SAMPLE_ARGS)
    assert r.code == 0
    assert r.out.startswith("Triage: self-care")
    assert "Likely causes" in r.out
    assert "1. calf_strength_flexibility" in r.out
    assert "Next week: at most 52.8 km" in r.out
    assert "Wells DVT score: not assessed" in r.out


def test_readable_report_with_flags(run):
    r = run("diagnose", "--thompson-positive", "--previous-dvt")
    assert r.code == 0
    assert r.out.startswith("Triage: URGENT: see a clinician today")
    assert "achilles_rupture (urgent): positive Thompson" in r.out
    assert "Wells DVT score: 1 (moderate" in r.out
    assert "Blocked until cleared: massage (achilles_rupture)" in r.out
    assert "See a clinician today: possible Achilles tendon rupture" in r.out


def test_option_equals_form_and_configurable_thresholds(run):
    obj = run("diagnose", "--json", "--weekly-km=40,47", "--max-increase-pct=20").json()
    assert obj["causes"][0]["score"] == 0  # 17.5% <= 20%
    obj = run("diagnose", "--json", "--weekly-km=40,47").json()
    assert obj["causes"][0]["cause"] == "overtraining"  # 17.5% > 10%
    assert obj["causes"][0]["score"] == 0.3


def test_demo_section(run):
    r = run("demo")
    assert r.code == 0, r.err
    assert "== Diagnosis" in r.out
    assert "sample runner" in r.out
    assert "1. calf_strength_flexibility" in r.out


def _vignettes():
    import json
    import pathlib
    path = pathlib.Path(__file__).resolve().parents[1] / "data" / "diagnosis" / "vignettes.json"
    return json.loads(path.read_text())["vignettes"]


def _args(inputs):
    args = []
    for name, value in inputs.items():
        opt = "--" + name.replace("_", "-")
        if value is True:
            args.append(opt)
        elif value is False:
            args.append(opt + "=no")
        elif isinstance(value, list):
            args += [opt, ",".join(str(x) for x in value)]
        else:
            args += [opt, str(value)]
    return args


@pytest.mark.parametrize("v", _vignettes(), ids=lambda v: v["name"])
def test_vignettes(run, v):
    r = run("diagnose", "--json", *_args(v["inputs"]))
    assert r.code == 0, r.err
    obj = r.json()
    e = v["expect"]
    assert [[c["cause"], c["score"]] for c in obj["causes"]] == e["causes"], v["why"]
    assert obj["triage"] == e["triage"]
    assert [f["flag"] for f in obj["red_flags"]] == e["flags"]
    assert obj["wells_score"] == e["wells_score"]
    assert obj["blocked"] == e["blocked"]


def test_sample_runner_golden_json(run):
    """The whole JSON for the sample runner, checked in as tests/data/diagnosis/sample_runner.json
    (its numbers are worked out by hand in tests/check_diagnosis.c, test_sample_runner)."""
    import json
    import pathlib
    golden = pathlib.Path(__file__).resolve().parents[1] / "data" / "diagnosis" / "sample_runner.json"
    r = run("diagnose", "--json", *SAMPLE_ARGS)
    assert r.code == 0
    assert r.json() == json.loads(golden.read_text())


# ---- hills and intensity ----------------------------------------------------------------------

def _hills():
    import json
    import pathlib
    path = pathlib.Path(__file__).resolve().parents[1] / "data" / "diagnosis" / "hills_runner.json"
    return json.loads(path.read_text())


def test_hills_runner_fixture(run):
    """Steady distance, climbing that jumped: the whole JSON is the fixture's (the same fixture is
    checked through Python in tests/python/test_diagnosis.py, and its numbers in DiagnosisTest.java)."""
    fx = _hills()
    r = run("diagnose", "--json", *_args(fx["inputs"]))
    assert r.code == 0, r.err
    assert r.json() == fx["expect"]
    # By hand: 0.25 (climbing 250 -> 620 m) + 0.25 (hard 20 -> 45 min) + 0.15 (hills added) = 0.65.
    assert r.json()["causes"][0] == {"cause": "overtraining", "score": 0.65, "reasons": [
        "weekly_climb_over_limit", "weekly_hard_over_limit", "hill_training_added"]}
    caps = {a["name"]: a["value"] for a in r.json()["advice"]}
    assert caps["next_week_climb_cap"] == pytest.approx(682.0)  # 620 x 1.10
    assert caps["next_week_hard_cap"] == pytest.approx(49.5)    # 45 x 1.10


def test_hills_options_in_help(run):
    out = run("diagnose", "--help").out
    for opt in ("--weekly-climb-m", "--weekly-hard-min", "--speed-work-added", "--hill-training-added"):
        assert opt in out


def test_climb_exactly_ten_percent_is_within(run):
    obj = run("diagnose", "--json", "--weekly-climb-m", "300,330").json()
    assert obj["causes"][0]["score"] == 0
    obj = run("diagnose", "--json", "--weekly-climb-m", "0,50").json()  # a 0 m week, then hills
    assert obj["causes"][0] == {"cause": "overtraining", "score": 0.25, "reasons": ["weekly_climb_over_limit"]}


@pytest.mark.parametrize("args, message", [
    (["--weekly-climb-m", "300,-1"], "--weekly-climb-m: -1 is outside the accepted range; accepted: 0 to 100000 m"),
    (["--weekly-climb-m", "nan"], "--weekly-climb-m: 'nan' is not a comma-separated list of numbers"),
    (["--weekly-km", "40,5", "--weekly-climb-m", "300,5000.5"],
     "--weekly-climb-m: week 2 of 2 (the most recent): 5000.5 m is more than that week's distance of 5 km allows; "
     "accepted: 0 to 5000 m (1 km = 1000 m)"),
    (["--weekly-km", "0,10", "--weekly-hard-min", "5,20"],
     "--weekly-hard-min: week 1 of 2 (oldest first): 5 min in a week of 0 km; accepted: 0 min"),
    (["--weekly-hard-min", "10080.5"], "--weekly-hard-min: 10080.5 is outside the accepted range; accepted: 0 to 10080 min"),
])
def test_climb_and_hard_bad_input(run, args, message):
    r = run("diagnose", *args)
    assert r.code == 2
    assert r.out == ""
    assert message in r.err


def test_red_flag_blocks_climbing_targets(run):
    obj = run("diagnose", "--json", "--weekly-km", "40,40", "--weekly-climb-m", "250,620", "--rest-pain").json()
    codes = [a["name"] for a in obj["advice"]]
    assert "next_week_climb_cap" not in codes and "one_increase_per_week" not in codes
    assert "weekly_climb_over_limit" in obj["causes"][0]["reasons"]


def test_demo_shows_the_hills_runner(run):
    out = run("demo").out
    assert "climbing jumped" in out
    assert "Next week's climbing: at most 682 m (last week 620 m + 10%" in out
    assert "do not raise distance and intensity or hills in the same week" in out
    # Distance alone (40 -> 40 km) gives no signal: the contrast the demo prints.
    assert "From the distance alone, 40 -> 40 km, the overtraining score would be 0.00" in out
