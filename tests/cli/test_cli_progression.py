"""CLI tests of the progression commands: check, plan, return-to-run (and the demo section)."""
import math
import os

import pytest

DATA = os.path.join(os.environ.get("top_srcdir", os.path.join(os.path.dirname(__file__), "..", "..")),
                    "tests", "data", "progression")


def data(name):
    return os.path.join(DATA, name)


# ---- check --weekly-km ------------------------------------------------------------------------

def test_check_weekly_sample_json(run):
    r = run("check", "--weekly-km", "30,32,35,48", "--json")
    assert r.code == 0, r.err
    j = r.json()
    weeks = j["weeks"]
    assert [w["index"] for w in weeks] == [1, 2, 3, 4]
    assert [w["km"] for w in weeks] == [30, 32, 35, 48]
    assert weeks[0]["change_pct"] is None and weeks[0]["over_limit"] is False
    assert weeks[1]["change_pct"] == pytest.approx(6.6666667)  # 32/30 - 1
    assert weeks[2]["change_pct"] == pytest.approx(9.375)  # 35/32 - 1
    assert weeks[3]["change_pct"] == pytest.approx(37.142857)  # 48/35 - 1 > 10%
    assert [w["over_limit"] for w in weeks] == [False, False, False, True]
    assert j["next_week_max_km"] == pytest.approx(52.8)  # 48 x 1.10
    assert j["two_week_change_pct"] == pytest.approx(50.0)
    assert [a["name"] for a in j["advice"]] == ["weekly_over_limit", "two_week_over_30"]


def test_check_weekly_limit_option(run):
    # 40 -> 48 is +20%: within a 20% limit, over the default 10%.
    assert run("check", "--weekly-km", "40,48", "--json").json()["weeks"][1]["over_limit"] is True
    j = run("check", "--weekly-km", "40,48", "--max-increase-pct", "20", "--json").json()
    assert j["weeks"][1]["over_limit"] is False
    assert j["next_week_max_km"] == pytest.approx(57.6)
    # exactly at the limit is within it
    assert run("check", "--weekly-km=40,44", "--json").json()["weeks"][1]["over_limit"] is False


def test_check_weekly_text(run):
    r = run("check", "--weekly-km", "30,32,35,48")
    assert r.code == 0
    assert "over the 10% limit" in r.out
    assert "52.8 km" in r.out


@pytest.mark.parametrize("value", ["30,-32", "30,nan", "30,inf", "30,1001"])
def test_check_weekly_invalid_values(run, value):
    r = run("check", "--weekly-km", value)
    assert r.code == 2
    assert "--weekly-km" in r.err
    assert r.out == ""


# ---- check --weekly-climb-m / --weekly-hard-min: the same limit rule ------------------------------

def test_check_climb_and_hard_json(run):
    r = run("check", "--weekly-km", "30,30,33", "--weekly-climb-m", "300,330,400", "--weekly-hard-min", "0,54,114.4",
            "--json")
    assert r.code == 0, r.err
    j = r.json()
    # distance: 33 after 30 is exactly +10%: within (the keys of --weekly-km alone)
    assert [w["over_limit"] for w in j["weeks"]] == [False, False, False]
    assert j["next_week_max_km"] == pytest.approx(36.3)
    c = j["climb"]
    assert [w["climb_m"] for w in c["weeks"]] == [300, 330, 400]
    assert c["weeks"][1]["change_pct"] == pytest.approx(10.0)  # exactly +10%: within
    assert c["weeks"][2]["change_pct"] == pytest.approx((400 / 330 - 1) * 100)
    assert [w["over_limit"] for w in c["weeks"]] == [False, False, True]
    assert c["next_week_max_climb_m"] == pytest.approx(440)
    assert [a["name"] for a in c["advice"]] == ["climb_over_limit"]
    h = j["hard"]
    # 54 min after a week of 0: over every limit; 114.4 after 54: +111.85%
    assert [w["over_limit"] for w in h["weeks"]] == [False, True, True]
    assert h["weeks"][1]["change_pct"] is None
    assert h["next_week_max_hard_min"] == pytest.approx(125.84)
    assert [a["name"] for a in h["advice"]] == ["hard_over_limit"]


def test_check_climb_alone_and_limit(run):
    # without distances; a 0 m week followed by hills, and the configurable limit
    j = run("check", "--weekly-climb-m", "0,200,240", "--json").json()
    assert "weeks" not in j and [w["over_limit"] for w in j["climb"]["weeks"]] == [False, True, True]
    j = run("check", "--weekly-climb-m", "0,200,240", "--max-increase-pct", "20", "--json").json()
    assert [w["over_limit"] for w in j["climb"]["weeks"]] == [False, True, False]  # 240 = 200 x 1.2
    r = run("check", "--weekly-hard-min", "60,66")
    assert r.code == 0 and "Weekly minutes of hard running" in r.out and "72 min" in r.out  # 72.6 rounded down
    r = run("check", "--weekly-km", "30,30", "--weekly-climb-m", "300,400")
    assert r.code == 0 and "Weekly climbing" in r.out and "over the 10% limit" in r.out


@pytest.mark.parametrize("args,opt,text", [
    (["--weekly-climb-m", "300,-1"], "--weekly-climb-m", "accepted: 0 to 100000 m"),
    (["--weekly-climb-m", "300,nan"], "--weekly-climb-m", "not a number"),
    (["--weekly-km", "30,1", "--weekly-climb-m", "300,1200"], "--weekly-climb-m", "more than the distance itself"),
    (["--weekly-km", "30", "--weekly-climb-m", "300,330"], "--weekly-km", "give one per week"),
    (["--weekly-hard-min", "30,-5"], "--weekly-hard-min", "accepted: 0 to 10080 min"),
    (["--weekly-hard-min", "30,inf"], "--weekly-hard-min", ""),
    (["--weekly-load", "30", "--weekly-climb-m", "300"], "--weekly-climb-m", "alone or with --weekly-km"),
])
def test_check_climb_hard_invalid(run, args, opt, text):
    r = run("check", *args)
    assert r.code == 2 and r.out == ""
    assert opt in r.err and text in r.err


def test_check_log_hills_text(run):
    r = run("check", "--log", data("hills_garmin_mi.csv"), "--units", "mi", "--tz", "UTC", "--until", "2026-03-29")
    assert r.code == 0, r.err
    assert "climb   900 ft over the limit" in r.out
    assert "climbing at most 990 ft" in r.out
    assert "hard   54 min over the limit" in r.out
    assert "Weekly climbing rose more than the weekly increase limit" in r.out


@pytest.mark.parametrize("value", ["", "30,,32", "thirty"])
def test_check_weekly_not_numbers(run, value):
    r = run("check", "--weekly-km", value)
    assert r.code == 2
    assert "--weekly-km" in r.err and "not a number" in r.err


@pytest.mark.parametrize("pct", ["0", "500", "-10", "nan", "0.5", "50.1"])
def test_check_invalid_limit(run, pct):
    r = run("check", "--weekly-km", "30,32", "--max-increase-pct", pct)
    assert r.code == 2
    assert "--max-increase-pct" in r.err


def test_check_weekly_load(run):
    # 1200 -> 1500 min x RPE is +25%
    j = run("check", "--weekly-load", "1200,1500", "--json").json()
    assert j["weeks"][1]["load"] == 1500 and j["weeks"][1]["over_limit"] is True
    assert j["next_week_max_load"] == pytest.approx(1650)
    assert run("check", "--weekly-load", "1200,-1").code == 2


def test_check_usage(run):
    assert run("check").code == 2
    r = run("check", "--weekly-km", "30", "--log", data("sample.csv"))
    assert r.code == 2 and "exactly one" in r.err
    r = run("check", "--weekly-km", "30", "--bogus")
    assert r.code == 2 and "--bogus" in r.err
    r = run("check", "--weekly-km")
    assert r.code == 2 and "needs a value" in r.err
    r = run("check", "--help")
    assert r.code == 0
    for opt in ("--weekly-km", "--log", "--max-increase-pct", "--decay", "--coupling", "--json"):
        assert opt in r.out


# ---- check --log --------------------------------------------------------------------------------

def check_sample_log(j):
    assert [w["km"] for w in j["weeks"]] == [30, 32, 35, 48]
    assert [w["over_limit"] for w in j["weeks"]] == [False, False, False, True]
    assert j["weeks"][0]["change_pct"] is None
    assert j["weeks"][0]["start"] == "2026-10-26" and j["weeks"][3]["end"] == "2026-11-22"
    assert j["next_week_max_km"] == pytest.approx(52.8)
    runs = j["runs"]
    assert len(runs) == 17
    assert set(runs[0]) >= {"date", "km", "spike_pct", "band"}
    assert runs[0]["spike_pct"] is None and runs[0]["band"] == "no_reference"
    # the last run: 16 km against 12 km, the longest of the 30 days before: +33.3% -> over_30
    assert runs[-1]["date"] == "2026-11-22" and runs[-1]["km"] == 16
    assert runs[-1]["spike_pct"] == pytest.approx(33.333333)
    assert runs[-1]["band"] == "over_30"
    # 8 km on 10-28 after 6 km on 10-26: +33.3% as well
    assert runs[1]["spike_pct"] == pytest.approx(33.333333)
    assert j["next_run_max_km"] == pytest.approx(17.6)  # 1.10 x 16
    a = j["acwr"]
    assert set(a) >= {"acute", "chronic", "ratio"}
    assert a["ratio"] == pytest.approx(a["acute"] / a["chronic"])
    assert a["decay"] == "2/(n+1)" and a["coupling"] == "coupled"
    assert a["lambda_acute"] == pytest.approx(0.25) and a["lambda_chronic"] == pytest.approx(2 / 29)
    assert a["settled"] is False  # 28 days: the zero start still weighs (27/29)^28 = 13.5% > 10%
    assert "contested" in a["note"]


def test_check_log_own_format(run):
    r = run("check", "--log", data("sample.csv"), "--until", "2026-11-22", "--json")
    assert r.code == 0, r.err
    j = r.json()
    check_sample_log(j)
    assert j["log"]["format"] == "calfcare"
    assert j["log"]["rows"] == 17 and j["log"]["days"] == 28
    assert "load_weeks" not in j


def test_check_log_strava_equals_own(run):
    own = run("check", "--log", data("sample.csv"), "--until", "2026-11-22", "--json").json()
    r = run("check", "--log", data("strava_activities.csv"), "--until", "2026-11-22", "--tz", "UTC", "--json")
    assert r.code == 0, r.err
    j = r.json()
    check_sample_log(j)
    log = j["log"]
    assert log["format"] == "strava"
    assert log["non_runs_filtered"] == 4  # two rides, a swim and a walk, counted not hidden
    assert log["blank_lines"] == 1
    assert log["runs"] == 17
    assert j["acwr"] == own["acwr"]
    # the same runs (their lines differ: the export has more rows)
    # (the export also has moving times: the pace proxy of each run)
    assert [{k: v for k, v in x.items() if k not in ("line", "pace_pct", "hard")} for x in j["runs"]] == \
        [{k: v for k, v in x.items() if k != "line"} for x in own["runs"]]


def test_check_log_load(run):
    j = run("check", "--log", data("sample_load.csv"), "--until", "2026-11-22", "--json").json()
    # last week: (8 + 10 + 6 + 8) x 6 min x RPE 4 + 16 x 6 min x RPE 7 = 768 + 672 = 1440
    assert j["load_weeks"][3]["load"] == pytest.approx(1440)
    assert j["next_week_max_load"] == pytest.approx(1584)
    assert j["load_weeks"][0]["change_pct"] is None


def test_check_log_until(run):
    # A week later with no runs: five weeks, the last one 0 km (-100%); the 30-day window for the
    # next run is days 5..34 and still holds the 16 km run; the ratio drops with a week of rest.
    base = run("check", "--log", data("sample.csv"), "--until", "2026-11-22", "--json").json()
    j = run("check", "--log", data("sample.csv"), "--until", "2026-11-29", "--json").json()
    assert [w["km"] for w in j["weeks"]] == [30, 32, 35, 48, 0]
    assert j["weeks"][4]["change_pct"] == pytest.approx(-100)
    assert j["weeks"][4]["end"] == "2026-11-29"
    assert j["next_week_max_km"] == 0
    assert j["next_run_max_km"] == pytest.approx(17.6)
    assert j["acwr"]["ratio"] < base["acwr"]["ratio"]
    assert j["log"]["last_date"] == "2026-11-22" and j["log"]["until"] == "2026-11-29" and j["log"]["days"] == 35
    # the same date as the log's last: no change
    assert run("check", "--log", data("sample.csv"), "--until", "2026-11-22", "--json").json()["weeks"] == \
        base["weeks"]
    # 31 days later: the 16 km run has left the 30-day window
    j = run("check", "--log", data("sample.csv"), "--until", "2026-12-23", "--json").json()
    assert j["next_run_max_km"] == 0
    for args, words in [(["--until", "2026-11-21"], "after the until date"), (["--until", "2026-13-01"], "not a valid")]:
        r = run("check", "--log", data("sample.csv"), *args)
        assert r.code == 2 and "--until" in r.err and words in r.err
    r = run("check", "--weekly-km", "30,32", "--until", "2026-11-29")
    assert r.code == 2 and "--until" in r.err


def test_check_log_stdin(run):
    with open(data("sample.csv")) as f:
        text = f.read()
    r = run("check", "--log", "-", "--until", "2026-11-22", "--json", stdin=text)
    assert r.code == 0, r.err
    check_sample_log(r.json())
    r = run("check", "--log", "-", stdin="date,distance_km\n2026-01-01,-1\n")
    assert r.code == 2 and "--log: -:2: " in r.err


@pytest.mark.parametrize("date,ok", [
    ("2024-02-29", True), ("2023-02-29", False), ("2000-02-29", True), ("2100-02-29", False),
    ("2026-04-31", False), ("2026-12-31", True), ("2026-1-05", False), ("2026-01-05 ", True),
    ("1899-12-31", False), ("2026-00-10", False), ("20260105", False),
])
def test_check_log_dates(run, date, ok):
    # one date rule for every host: a real calendar date from 1900 up to --until (default today)
    r = run("check", "--log", "-", "--until", "2026-12-31", "--json", stdin=f"date,distance_km\n{date},5\n")
    assert r.code == (0 if ok else 2), r.err
    if not ok:
        assert "-:2: date:" in r.err


@pytest.mark.parametrize("date,ok", [
    ("Feb 29, 2024, 7:05:00 AM", True), ("Feb 29, 2023, 7:05:00 AM", False), ("Dec 31, 2025, 12:59:59 PM", True),
    ("Dec 31, 2025, 13:00:00 PM", False), ("Dec 31, 2025, 0:00:00 AM", False), ("Dez 31, 2025, 1:00:00 AM", False),
    ("Dec 31 2025, 1:00:00 AM", False), ("2025-12-31 23:59:59", True), ("2025-12-31 24:00:00", False),
])
def test_check_log_strava_dates(run, date, ok):
    text = f'Activity ID,Activity Date,Activity Name,Activity Type,Distance\n1,"{date}",Run,Run,5.0\n'
    r = run("check", "--log", "-", "--until", "2026-12-31", "--json", stdin=text)
    assert r.code == (0 if ok else 2), r.err
    if not ok:
        assert "-:2: date:" in r.err and "(column 2, 'Activity Date')" in r.err


def test_check_log_quotes_bom_blank_lines(run):
    r = run("check", "--log", data("own_quoted_bom.csv"), "--until", "2026-10-30", "--json")
    assert r.code == 0, r.err
    j = r.json()
    assert j["log"]["blank_lines"] == 3
    assert j["log"]["zero_km_runs"] == 1  # the 0 km row: reported, adds nothing
    assert j["log"]["days_before_first_week"] == 5
    assert j["weeks"] == [] and j["next_week_max_km"] is None  # fewer than 7 days
    # two runs on 10-30 (5 and 3 km) are two runs, each against 8 km; the 0 km run has no spike
    assert [x["km"] for x in j["runs"]] == [6, 8, 0, 5, 3]
    assert j["runs"][2]["spike_pct"] is None
    assert j["runs"][3]["spike_pct"] == pytest.approx(-37.5)
    assert j["next_run_max_km"] == pytest.approx(8.8)


def test_check_log_strava_iso_dates(run):
    j = run("check", "--log", data("strava_iso_date.csv"), "--until", "2023-11-05", "--tz", "UTC", "--json").json()
    assert [x["date"] for x in j["runs"]] == ["2023-11-03", "2023-11-05"]
    assert j["runs"][1]["band"] == "within_10"  # 11/10 - 1 = 10%


@pytest.mark.parametrize("name,line,words", [
    ("bad_date.csv", 3, "2026-02-30"),
    ("bad_date_format.csv", 3, "26/10/2026"),
    ("negative.csv", 4, "negative"),
    ("not_a_number.csv", 3, "not a number"),
    ("nan_distance.csv", 3, "not a number"),
    ("empty_distance.csv", 3, "empty"),
    ("too_long.csv", 3, "distance_km: '400' is outside the accepted range; accepted: 0 to 320 km"),
    ("field_count.csv", 3, "found 3"),
    ("unknown_header.csv", 1, "header: unknown"),
    ("unclosed_quote.csv", 3, "unclosed quote"),
    ("bad_quote.csv", 3, "malformed CSV"),
    ("bad_rpe.csv", 3, "rpe"),
    ("duration_without_rpe.csv", 1, "go together"),
    ("strava_bad_date.csv", 3, "Nov 31, 2023"),
    ("strava_negative.csv", 4, "negative"),
])
def test_check_log_errors_have_line_numbers(run, name, line, words):
    r = run("check", "--log", data(name), "--until", "2026-12-31", "--json")
    assert r.code == 2
    assert r.out == ""
    assert f"--log: {data(name)}:{line}: " in r.err
    assert words in r.err
    assert r.err.count("\n") == 1  # one clear message, no trace


@pytest.mark.parametrize("name,words", [
    ("empty.csv", "empty"),
    ("header_only.csv", "no runs"),
    ("strava_no_runs.csv", "2 other activities"),
    ("does_not_exist.csv", "cannot open"),
])
def test_check_log_nothing_to_check(run, name, words):
    r = run("check", "--log", data(name), "--until", "2026-12-31")
    assert r.code == 2
    assert "--log" in r.err and words in r.err


def test_check_log_acwr_options(run):
    base = ["check", "--log", data("sample.csv"), "--until", "2026-11-22", "--json"]
    j = run(*base, "--decay", "exp", "--coupling", "uncoupled", "--acute-days", "3", "--chronic-days", "21").json()
    a = j["acwr"]
    assert a["decay"] == "exp" and a["coupling"] == "uncoupled"
    assert a["acute_days"] == 3 and a["chronic_days"] == 21
    assert a["lambda_acute"] == pytest.approx(1 - math.exp(-1 / 3))
    assert a["settled"] is False  # the lagged chronic saw 25 days: e^(-25/21) = 0.30 > 0.1
    j = run(*base, "--seed", "first").json()
    assert j["acwr"]["seed"] == "first"
    j = run(*base, "--decay", "1/n").json()
    assert j["acwr"]["lambda_chronic"] == pytest.approx(1 / 28)
    for args, opt in [(["--decay", "ewma"], "--decay"), (["--coupling", "loose"], "--coupling"),
                      (["--acute-days", "28"], "--acute-days"), (["--acute-days", "7.5"], "--acute-days"),
                      (["--chronic-days", "400"], "--chronic-days"), (["--seed", "one"], "--seed")]:
        r = run(*base, *args)
        assert r.code == 2, args
        assert opt in r.err
    # the library's one word message, the option for the field (calfcare_progression_*_parse)
    for opt, word, accepted in (("--decay", "ewma", "2/(n+1)|exp|1/n"), ("--coupling", "loose", "coupled|uncoupled"),
                                ("--seed", "one", "zero|first")):
        r = run(*base, opt, word)
        assert r.code == 2
        assert f"calfcare check: {opt}: unknown word '{word}'; accepted: {accepted}\n" == r.err


def test_check_log_text(run):
    r = run("check", "--log", data("strava_activities.csv"), "--until", "2026-11-22", "--tz", "UTC")
    assert r.code == 0
    assert "left out: 4 other activities (Ride 2, Swim 1, Walk 1)" in r.out
    assert "over_30" in r.out and "17.6 km" in r.out
    assert "not an injury predictor" in r.out


def test_check_help_names_the_log_options(run):
    r = run("check", "--help")
    assert r.code == 0
    for words in ("--units km|mi", "--tz ZONE", "UTC-stamped runs (Strava)", "formats that", "store local time",
                  "--since YYYY-MM-DD", "--all", "--keep-duplicates", "default: today"):
        assert words in r.out, words


@pytest.mark.parametrize("args,words", [
    (["--tz", "Mars/Olympus_Mons"], "--tz: 'Mars/Olympus_Mons' is not a time zone"),
    (["--tz", "../etc/passwd"], "--tz:"),
    (["--units", "yards"], "--units: unknown word 'yards'; accepted: km|mi"),
    (["--since", "2026-11-01", "--all"], "--since and --all"),
    (["--since", "2026-12-01", "--until", "2026-11-22"], "--since: 2026-12-01 is after --until 2026-11-22"),
    (["--until", "1899-12-31"], "--until: '1899-12-31' is not a valid date"),
    (["--since", "2026-02-30"], "--since: '2026-02-30' is not a valid date"),
])
def test_check_log_option_errors(run, args, words):
    r = run("check", "--log", data("sample.csv"), *args)
    assert r.code == 2 and words in r.err, r.err
    assert r.out == ""


def test_check_log_options_need_a_log(run):
    for args in (["--tz", "UTC"], ["--units", "km"], ["--all"], ["--keep-duplicates"], ["--since", "2026-01-01"]):
        r = run("check", "--weekly-km", "30,32", *args)
        assert r.code == 2 and "go with --log" in r.err


def test_check_log_garmin_units(run):
    r = run("check", "--log", data("garmin_en.csv"), "--until", "2026-03-29")
    assert r.code == 2
    assert r.err == (f"calfcare check: --log: {data('garmin_en.csv')}:1: units: this looks like a Garmin Connect export; "
                     "its distances may be km or miles: add --units km or --units mi\n")
    r = run("check", "--log", data("garmin_en.csv"), "--until", "2026-03-29", "--units", "km")
    assert r.code == 0
    assert "(garmin, distances in km)" in r.out
    assert "left out: 3 other activities (Strength Training 1, Walking 1, Cycling 1)" in r.out


def test_check_log_text_states_zone_and_window(run):
    r = run("check", "--log", data("strava_us.csv"), "--until", "2026-03-29", "--tz", "Europe/Berlin")
    assert r.code == 0
    assert r.out.startswith(f"Log: {data('strava_us.csv')} (strava, distances in km; UTC times put on local days "
                            "in Europe/Berlin)\n")
    assert "Advice (since 2026-03-09):" in r.out
    # every advice item says when: the spike of Mar 28 (16 km over 12 km), the weeks ending Mar 29
    assert "  - 2026-03-28: A run was 30-100% longer than the longest run of the previous 30 days (HR 1.52) " \
           "[frandsen2025, M] (2 times)" in r.out
    assert "  - 2026-03-29: A week rose more than the weekly increase limit over the week before [buist2008, W] " \
           "(2 times)" in r.out
    # a log that ends long before --until gets a note; its weeks since are rest weeks
    r = run("check", "--log", data("sample.csv"), "--until", "2027-01-10")
    assert "note: the last run is 49 days before 2027-01-10" in r.out  # Nov 22 -> Jan 10
    # the window: Jan 10 - 55 days = Nov 16; the week ending Nov 22 and its 16 km run are in it
    assert "Runs since 2026-11-16 over 10% above the longest of the previous 30 days: 1" in r.out
    assert "(the last 8 of 11)" in r.out and "  week to 2027-01-10     0.0 km  (from 0)" in r.out


def test_check_log_ten_years_fits_a_screen(run, tmp_path):
    # ten years of 3 runs a week (Mon 8 km, Wed 10 km, Sat 12-19 km): 1566 runs, 522 weeks
    import datetime
    p = tmp_path / "ten_years.csv"
    day = datetime.date(2016, 1, 4)
    lines = ["date,distance_km"]
    while day <= datetime.date(2025, 12, 31):
        for off, km in ((0, 8), (2, 10), (5, 12 + (day.toordinal() // 7) % 8)):
            lines.append(f"{day + datetime.timedelta(days=off)},{km}")
        day += datetime.timedelta(days=7)
    p.write_text("\n".join(lines) + "\n")
    r = run("check", "--log", str(p), "--until", "2026-01-04")
    assert r.code == 0, r.err
    out = r.out.splitlines()
    assert len(out) <= 40, r.out
    assert sum(1 for x in out if x.startswith("  week to ")) == 8  # the 8 weeks of the window
    j = run("check", "--log", str(p), "--until", "2026-01-04", "--json").json()
    assert len(j["runs"]) == 1566 and len(j["weeks"]) == 522  # JSON keeps everything
    assert j["window"]["since"] == "2025-11-10"
    assert all(a["date"] >= "2025-11-10" for a in j["advice"])
    r = run("check", "--log", str(p), "--until", "2026-01-04", "--all")
    assert sum(1 for x in r.out.splitlines() if x.startswith("  week to ")) == 522


# ---- plan ------------------------------------------------------------------------------------------

def test_plan_json(run):
    r = run("plan", "--current-km", "30", "--target-km", "50", "--json")
    assert r.code == 0, r.err
    j = r.json()
    weeks = j["weeks"]
    assert [w["week"] for w in weeks] == list(range(1, 8))
    # 33, 36.3, 39.93 -> 39.9, cutback 39.9 x 0.75 -> 29.9, 43.89 -> 43.8, 48.18 -> 48.1, 50
    assert [w["km"] for w in weeks] == pytest.approx([33, 36.3, 39.9, 29.9, 43.8, 48.1, 50])
    assert [w["cutback"] for w in weeks] == [False, False, False, True, False, False, False]
    assert j["reached_week"] == 7


def test_plan_invariants(run):
    j = run("plan", "--current-km", "20", "--target-km", "60", "--max-increase-pct", "15", "--cutback-every", "3",
            "--cutback-pct", "30", "--weeks", "30", "--json").json()
    weeks = j["weeks"]
    assert len(weeks) == 30
    last_full = 20
    for w in weeks:
        assert w["cutback"] == (w["week"] % 3 == 0)
        if w["cutback"]:
            assert w["km"] <= last_full * 0.7 + 1e-9
        else:
            assert w["km"] <= last_full * 1.15 + 1e-9
            assert w["km"] <= 60
            last_full = w["km"]
    assert weeks[-1]["km"] == 60 or weeks[-1]["cutback"]


def test_plan_text(run):
    r = run("plan", "--current-km", "35", "--target-km", "50")
    assert r.code == 0
    assert "cutback" in r.out and "week 5" in r.out


def test_plan_holds_intensity(run):
    j = run("plan", "--current-km", "30", "--target-km", "50", "--json").json()
    # distance rises in every week but the cutback (week 4): climbing and hard minutes stay flat there
    assert [w["hold_intensity"] for w in j["weeks"]] == [True, True, True, False, True, True, True]
    assert [a["name"] for a in j["advice"]][-1] == "one_rise_a_week"
    r = run("plan", "--current-km", "30", "--target-km", "50")
    assert r.out.count("distance rises: keep climbing and hard minutes as last week") == 6
    assert "never both in the same week" in r.out


@pytest.mark.parametrize("args,opt", [
    (["--current-km", "30", "--target-km", "-1"], "--target-km"),
    (["--current-km", "-5", "--target-km", "50"], "--current-km"),
    (["--current-km", "nan", "--target-km", "50"], "--current-km"),
    (["--current-km", "30", "--target-km", "50", "--max-increase-pct", "0"], "--max-increase-pct"),
    (["--current-km", "30", "--target-km", "50", "--max-increase-pct", "500"], "--max-increase-pct"),
    (["--current-km", "30", "--target-km", "50", "--cutback-every", "1"], "--cutback-every"),
    (["--current-km", "30", "--target-km", "50", "--cutback-every", "2.5"], "--cutback-every"),
    (["--current-km", "30", "--target-km", "50", "--cutback-pct", "60"], "--cutback-pct"),
    (["--current-km", "30", "--target-km", "50", "--weeks", "200"], "--weeks"),
    (["--target-km", "50"], "--current-km"),
    (["--current-km", "30"], "--target-km"),
])
def test_plan_invalid(run, args, opt):
    r = run("plan", *args)
    assert r.code == 2
    assert opt in r.err


# ---- return-to-run -----------------------------------------------------------------------------------

def test_return_to_run_json(run):
    r = run("return-to-run", "--json")
    assert r.code == 0
    j = r.json()
    assert [g["name"] for g in j["gate"]] == ["walk_pain_free", "heel_raises", "hop_pain_free"]
    assert j["heel_raises"] == 25 and j["asymmetry_pct"] == 10
    stages = j["stages"]
    assert len(stages) == 6
    assert stages[0] == {"stage": 1, "walk_min": 4.5, "run_min": 0.5, "repeats": 4, "total_min": 20.0}
    assert stages[-1]["walk_min"] == 0 and stages[-1]["run_min"] == 20
    assert j["rest_days_between"] == 1 and j["clean_sessions"] == 2
    assert "next" not in j


def test_return_to_run_advance(run):
    j = run("return-to-run", "--stage", "2", "--clean-streak", "1", "--pain-free", "yes", "--json").json()
    assert j["next"] == {"stage": 3, "clean_streak": 0, "done": False}
    j = run("return-to-run", "--stage", "2", "--pain-free", "no", "--json").json()
    assert j["next"]["stage"] == 1
    j = run("return-to-run", "--stage", "6", "--clean-streak", "1", "--pain-free", "yes", "--json").json()
    assert j["next"]["done"] is True
    r = run("return-to-run", "--stage", "9", "--pain-free", "yes")
    assert r.code == 2 and "--stage" in r.err
    r = run("return-to-run", "--stage", "2")
    assert r.code == 2
    r = run("return-to-run", "--stage", "2", "--pain-free", "maybe")
    assert r.code == 2 and "--pain-free" in r.err


def test_return_to_run_gate(run):
    j = run("return-to-run", "--walk-pain-free", "yes", "--heel-raises", "27,25", "--hop-pain-free", "yes",
            "--json").json()
    g = j["gate_check"]
    assert g["passed"] is True
    assert g["items"] == {"walk_pain_free": True, "heel_raises": True, "hop_pain_free": True}
    assert g["asymmetry_pct"] == pytest.approx(7.4074074)  # |27 - 25| / 27
    # 30 and 26: 13.3% apart -> heel raises fail; hopping not answered -> unknown, but the gate fails
    g = run("return-to-run", "--heel-raises", "30,26", "--walk-pain-free", "yes", "--json").json()["gate_check"]
    assert g["passed"] is False
    assert g["items"]["heel_raises"] is False and g["items"]["hop_pain_free"] is None
    assert [a["name"] for a in g["advice"]] == ["rtr_heel_raises", "rtr_hop_pain_free"]
    g = run("return-to-run", "--walk-pain-free", "yes", "--json").json()["gate_check"]
    assert g["passed"] is None  # unanswered is unknown, never a pass
    r = run("return-to-run", "--walk-pain-free", "yes", "--heel-raises", "27,25", "--hop-pain-free", "yes")
    assert "passed: start at stage 1" in r.out
    for args, opt in [(["--heel-raises", "25"], "--heel-raises"), (["--heel-raises", "25,-1"], "--heel-raises"),
                      (["--heel-raises", "25,24.5"], "--heel-raises"), (["--hop-pain-free", "maybe"], "--hop-pain-free"),
                      (["--walk-pain-free", "1"], "--walk-pain-free")]:
        r = run("return-to-run", *args)
        assert r.code == 2, args
        assert opt in r.err


def test_return_to_run_gate_table(run):
    """--walk-pain-free, --heel-raises L,R and --hop-pain-free are the rows of the gate's table
    (calfcare/params.h): the options and help come from there, the syntax stays."""
    import calfcare
    c = calfcare.capi
    t = c.CALFCARE_PARAMS_TABLE_RTR_GATE
    names = [c.calfcare_params_field_at(t, i).name for i in range(c.calfcare_params_field_count(t))]
    assert names == ["walk_pain_free", "heel_raises_left", "heel_raises_right", "hop_pain_free"]
    text = run("return-to-run", "--help").out
    assert "  --walk-pain-free no|yes   brisk walking for 30 min without calf pain (leave it out: unknown)\n" in text
    assert ("  --heel-raises L,R         single-leg heel raises to fatigue, left and right [0..200 raises each] "
            "(leave it out: unknown)\n") in text
    assert "  --hop-pain-free no|yes    10 hops on the sore leg without pain (leave it out: unknown)\n" in text
    assert "--heel-raises-left" not in text and "--heel-raises-right" not in text

    def gate(*args):
        return run("return-to-run", *args, "--json").json()["gate_check"]
    # the range's edges, both sides: 0 and 200 are counts (|0 - 200| / 200 = 100% apart)
    g = gate("--heel-raises", "0,200")
    assert g["items"]["heel_raises"] is False and g["asymmetry_pct"] == 100
    assert gate("--heel-raises=200,200")["items"]["heel_raises"] is True
    # unknown stays unknown: without --heel-raises the item is null, never a pass
    g = gate("--walk-pain-free", "yes", "--hop-pain-free", "yes")
    assert g["items"]["heel_raises"] is None and g["passed"] is None and g["asymmetry_pct"] is None
    # just outside (-1 is the C API's "unknown": here that is leaving the option out), fractions,
    # the wrong count of values, and words: exit 2 naming the option (and the side)
    for value, err in [
        ("-1,25", "--heel-raises (left): -1 is outside the accepted range; accepted: 0 to 200 raises"),
        ("25,201", "--heel-raises (right): 201 is outside the accepted range; accepted: 0 to 200 raises"),
        ("25,24.5", "--heel-raises (right): 24.5 is not a whole number; accepted: whole numbers from 0 to 200 raises"),
        ("25.5,30", "--heel-raises (left): 25.5 is not a whole number; accepted: whole numbers from 0 to 200 raises"),
        ("25", "--heel-raises: give left and right as L,R (got 1 values)"),
        ("25,26,27", "--heel-raises: give left and right as L,R (got 3 values)"),
        ("x,26", "--heel-raises (left): 'x' is not a number"),
    ]:
        r = run("return-to-run", "--heel-raises", value)
        assert r.code == 2, value
        assert r.err == f"calfcare return-to-run: {err}\n"
        assert r.out == ""
    for opt in ("--walk-pain-free", "--hop-pain-free"):
        for word in ("maybe", "unknown", "1"):
            r = run("return-to-run", opt, word)
            assert r.code == 2
            assert r.err == f"calfcare return-to-run: {opt}: unknown word '{word}'; accepted: no|yes\n"
    assert run("return-to-run", "--heel-raises-left", "25").code == 2  # a pair is one option


def test_return_to_run_text_and_help(run):
    r = run("return-to-run")
    assert r.code == 0 and "heel raises" in r.out and "stage 6" in r.out
    assert run("return-to-run", "--help").code == 0
    assert run("plan", "--help").code == 0


# ---- demo ------------------------------------------------------------------------------------------

def test_demo_has_progression(run):
    r = run("demo")
    assert r.code == 0
    assert "Progression" in r.out
    assert "48.0 km" in r.out and "over the 10% limit" in r.out
    assert "Next run at most: 17.6 km" in r.out
    assert "Plan from 35.0 km to 50.0 km" in r.out



def test_help_ranges_are_the_library_tables(run):
    """check --help and plan --help list their tables' rows: range and default from calfcare.capi."""
    import calfcare
    c = calfcare.capi
    for cmd, table in (("check", c.CALFCARE_PARAMS_TABLE_PROGRESSION), ("plan", c.CALFCARE_PARAMS_TABLE_PLAN)):
        text = run(cmd, "--help").out
        for i in range(c.calfcare_params_field_count(table)):
            f = c.calfcare_params_field_at(table, i)
            assert "--" + f.name.replace("_", "-") in text and f.help in text, (cmd, f.name)
            if f.type != c.CALFCARE_PARAMS_TYPE_CHOICE:
                unit = f" {f.unit}" if f.unit else ""
                assert f"[{f.min:g}..{f.max:g}{unit}]" in text, (cmd, f.name)
    # worked out from progression.h: 1-50 %, default 10; cutbacks every 2-6 weeks, default 4
    assert "weekly increase limit [1..50 %] (default 10)" in run("check", "--help").out
    assert "every Nth week is a cutback week [2..6 weeks] (default 4)" in run("plan", "--help").out
    assert "--decay 2/(n+1)|exp|1/n" in run("check", "--help").out
