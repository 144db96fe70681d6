"""Training logs read and checked by the library: the same file gives the same result in the CLI,
Python and Java (every fixture of tests/data/progression/logs.tsv), and the values of the fixtures
worked out by hand.

The fixtures hold one runner's three weeks (Europe/Berlin local times), written in the shape of each
export: runs of 6, 8, 10 | 6.5, 8, 12 | 7, 8.5, 16, 5 km on Mar 9, 11, 14 | 16, 18, 21 | 23, 25, 28,
29 2026, a ride, a walk and a strength session. Weeks end on Mar 29: 24, 26.5 and 36.5 km.
"""
import datetime
import json
import math
import os
import shutil
import subprocess

import pytest

import calfcare

SRC = os.environ.get("top_srcdir", os.path.join(os.path.dirname(__file__), "..", ".."))
BUILD = os.environ.get("top_builddir", os.path.join(os.path.dirname(__file__), "..", ".."))
DATA = os.path.join(SRC, "tests", "data", "progression")
CLI = os.environ.get("CALFCARE_BIN")


def data(name):
    return os.path.join(DATA, name)


def fixtures():
    rows = []
    with open(data("logs.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, units, tz, until, extra = line.rstrip("\n").split("\t")
            rows.append((name, None if units == "-" else units, tz, until, None if extra == "-" else extra))
    return rows


FIXTURES = fixtures()


def cli(*args):
    if not CLI or not os.path.exists(CLI.split()[0]):
        pytest.skip("CALFCARE_BIN not set (run through make check)")
    return subprocess.run([CLI, "check", *args], capture_output=True, text=True)


def cli_args(name, units, tz, until, extra):
    args = ["--log", data(name), "--tz", tz, "--until", until, "--json"]
    if units:
        args += ["--units", units]
    if extra == "all":
        args += ["--all"]
    elif extra == "keep_duplicates":
        args += ["--keep-duplicates"]
    return args


def py_check(name, units, tz, until, extra):
    kw = {"all": True} if extra == "all" else {"keep_duplicates": True} if extra == "keep_duplicates" else {}
    return calfcare.check_log(data(name), until=until, tz=tz, units=units, **kw)


def same(a, b, path="$"):
    """Equal JSON values; numbers to 10 significant digits (the CLI prints reals with 10)."""
    if isinstance(a, dict) and isinstance(b, dict):
        assert list(a) == list(b), f"{path}: keys {list(a)} != {list(b)}"
        for k in a:
            same(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list) and isinstance(b, list):
        assert len(a) == len(b), f"{path}: {len(a)} != {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b)):
            same(x, y, f"{path}[{i}]")
    elif isinstance(a, bool) or isinstance(b, bool) or a is None or b is None or isinstance(a, str):
        assert a == b, f"{path}: {a!r} != {b!r}"
    else:
        assert a == pytest.approx(b, rel=1e-9, abs=1e-12), f"{path}: {a!r} != {b!r}"


def summary(d):
    """A host-neutral text of a check (the lines tests/java LogDump prints), from the CLI's JSON."""
    def num(v):
        return "-" if v is None else f"{v:.6f}"

    def num4(v):  # see LogDump.num4
        return "-" if v is None else f"{v:.4f}"
    log = d["log"]
    skipped = ",".join(f"{k}={v}" for k, v in sorted(log["skipped_types"].items())) or "-"
    out = [f"log {log['format']} {log['units']} {log['runs']} {log['duplicates']} {log['zero_km_runs']} {skipped} "
           f"{log['first_date']} {log['last_date']} {log['until']} {d['window']['since']}"]
    climb, hard = "climb_unit" in d, "next_week_max_hard_min" in d

    def week(w):
        s = f"week {w['end']} {num(w['km'])} {num(w['change_pct'])} {int(w['over_limit'])}"
        if climb:
            s += f" climb {num4(w['climb'])} {num(w['climb_change_pct'])} {int(w['climb_over_limit'])}"
        if hard:
            s += f" hard {num(w['hard_min'])} {num(w['hard_change_pct'])} {int(w['hard_over_limit'])}"
        return s

    def run(r):
        s = f"run {r['date']} {r['line']} {num(r['km'])} {num(r['spike_pct'])} {r['band']} {int(r['duplicate'])}"
        if climb:
            s += f" climb {num4(r['climb'])}"
        if hard:
            s += f" pace {num4(r['pace_pct'])} {'-' if r['hard'] is None else int(r['hard'])}"
        return s
    out += [week(w) for w in d["weeks"]]
    out += [run(r) for r in d["runs"]]
    out += [f"advice {a['code']} {a['date']} {a['count']}" for a in d["advice"]]
    if climb:
        out.append(f"climb {d['climb_unit']} {num4(d['next_week_max_climb'])} {d['log']['climb_missing']}")
    if hard:
        out.append(f"hard {num(d['next_week_max_hard_min'])} {d['log']['hard_runs']} {d['log']['hard_unknown']}")
    out.append(f"acwr {num(d['acwr']['ratio'])} {d['acwr']['band']} next_run {num(d['next_run_max_km'])}")
    return out


# ---- the same result in every host -------------------------------------------------------------

@pytest.mark.parametrize("fx", FIXTURES, ids=[f"{f[0]}-{f[2]}-{f[3]}-{f[4] or ''}" for f in FIXTURES])
def test_cli_equals_python(fx):
    r = cli(*cli_args(*fx))
    assert r.returncode == 0, r.stderr
    ref = json.loads(r.stdout)
    d = py_check(*fx).to_dict()
    ref["log"].pop("file")
    d["log"].pop("file")
    same(d, ref)


def java_runner():
    java = os.environ.get("JAVA") or shutil.which("java")
    jar = os.path.join(BUILD, "bindings", "java", "calfcare.jar")
    classes = os.path.join(BUILD, "bindings", "java", "test-classes")
    if not java or not os.path.exists(jar) or not os.path.exists(os.path.join(classes, "org", "calfcare",
                                                                                "LogDump.class")):
        return None
    libs = os.path.join(BUILD, "bindings", "java", ".libs")
    return [java, f"-Djava.library.path={libs}", "-cp", f"{classes}:{jar}", "org.calfcare.LogDump"]


def test_cli_equals_java():
    cmd = java_runner()
    if cmd is None:
        pytest.skip("the Java bindings are not built (configure --enable-java)")
    for fx in FIXTURES:
        name, units, tz, until, extra = fx
        ref = summary(json.loads(cli(*cli_args(*fx)).stdout))
        out = subprocess.run(cmd + [data(name), units or "-", tz, until, extra or "-"], capture_output=True,
                             text=True)
        assert out.returncode == 0, (fx, out.stderr)
        assert out.stdout.splitlines() == ref, fx


def test_java_errors_name_the_line():
    cmd = java_runner()
    if cmd is None:
        pytest.skip("the Java bindings are not built (configure --enable-java)")
    out = subprocess.run(cmd + [data("strava_miles.csv"), "-", "UTC", "2026-03-29", "-"], capture_output=True,
                         text=True)
    assert out.returncode == 2
    assert f"{data('strava_miles.csv')}:2: units: " in out.stderr and "add --units mi" in out.stderr


# ---- values by hand --------------------------------------------------------------------------

SAME_LOG = ["strava_us.csv", "strava_dayfirst.csv", "strava_de_dotted.csv", "strava_old.csv",
            "strava_duplicates.csv", "garmin_en.csv", "garmin_de.csv", "garmin_fr.csv", "garmin_es.csv",
            "garmin_it.csv", "garmin_nl.csv", "garmin_da.csv", "own_extra_columns.csv"]


@pytest.mark.parametrize("name", SAME_LOG)
def test_three_weeks_by_hand(name):
    r = calfcare.check_log(data(name), until="2026-03-29", tz="Europe/Berlin",
                           units="km" if name.startswith("garmin") else None)
    d = r.to_dict()
    # weeks end on Mar 29: 6+8+10 = 24, 6.5+8+12 = 26.5, 7+8.5+16+5 = 36.5 km
    assert [w["km"] for w in d["weeks"]] == [24, 26.5, 36.5]
    assert [w["end"] for w in d["weeks"]] == ["2026-03-15", "2026-03-22", "2026-03-29"]
    # 26.5 / 24 = +10.42% (over the 10% limit); 36.5 / 26.5 = +37.74%
    assert d["weeks"][1]["change_pct"] == pytest.approx(10.416666667) and d["weeks"][1]["over_limit"]
    assert d["weeks"][2]["change_pct"] == pytest.approx(37.735849057) and d["weeks"][2]["over_limit"]
    assert d["next_week_max_km"] == pytest.approx(40.15)  # 36.5 x 1.10
    assert d["two_week_change_pct"] == pytest.approx(52.083333333)  # 36.5 / 24
    counted = [x for x in d["runs"] if not x["duplicate"]]
    assert [x["km"] for x in counted] == [6, 8, 10, 6.5, 8, 12, 7, 8.5, 16, 5]
    # spikes against the longest of the 30 days before: 8/6, 10/8, 12/10, 16/12
    assert [x["band"] for x in counted] == ["no_reference", "over_30", "over_10", "within_10", "within_10",
                                            "over_10", "within_10", "within_10", "over_30", "within_10"]
    assert counted[8]["spike_pct"] == pytest.approx(100 / 3)
    assert d["next_run_max_km"] == pytest.approx(17.6)  # 1.10 x 16
    assert d["log"]["runs"] == 10 and d["log"]["non_runs_filtered"] == (0 if name.startswith("own") else 3)
    # one advice list, each item with the latest day it applies to
    advice = {a["name"]: (a["date"], a["count"]) for a in d["advice"]}
    assert advice["weekly_over_limit"] == ("2026-03-29", 2)
    assert advice["two_week_over_30"] == ("2026-03-29", 1)
    assert advice["spike_over_30"] == ("2026-03-28", 2) and advice["spike_over_10"] == ("2026-03-21", 2)
    assert advice["next_run_cap"] == ("2026-03-30", 1)
    assert "weekly_within_limit" not in advice
    assert len(advice) == len(d["advice"])  # de-duplicated


# ---- climbing and the intensity proxy, worked by hand ------------------------------------------
#
# The hills fixtures hold one runner in every format: 3 weeks ending 2026-03-29 of three 10 km runs
# (6 mi in the Garmin file in miles), distance steady, climbing 100 m a run, then 110, then 300 (ft in
# the file in miles), every run at 60 min except 54 min on 2026-03-18 and 57 min on 2026-03-28.

HILLS = [("hills_own.csv", None, 10.0, "m"), ("hills_strava.csv", None, 10.0, "m"),
         ("hills_strava_old.csv", None, 10.0, "m"), ("hills_garmin.csv", "km", 10.0, "m"),
         ("hills_garmin_mi.csv", "mi", 6 * 1.609344, "ft")]


@pytest.mark.parametrize("name,units,run_km,unit", HILLS, ids=[h[0] for h in HILLS])
def test_hills_hand_worked(name, units, run_km, unit):
    d = calfcare.check_log(data(name), tz="UTC", units=units, until="2026-03-29").to_dict()
    assert d["climb_unit"] == unit
    weeks = d["weeks"]
    # distance steady: 3 runs a week
    assert [w["km"] for w in weeks] == pytest.approx([3 * run_km] * 3)
    assert [w["over_limit"] for w in weeks] == [False, False, False]
    # climbing 300, 330 (exactly +10%: within), 900 (+172.7%: over) in the log's unit
    assert [w["climb"] for w in weeks] == pytest.approx([300, 330, 900])
    assert weeks[1]["climb_change_pct"] == pytest.approx(10.0)
    assert weeks[2]["climb_change_pct"] == pytest.approx((900 / 330 - 1) * 100)
    assert [w["climb_over_limit"] for w in weeks] == [False, False, True]
    assert d["next_week_max_climb"] == pytest.approx(990)  # 900 x 1.10
    # pace proxy: the first 3 runs have fewer than 3 earlier runs (not judged); against a median of
    # 6.0 min/km (the same in any unit), 54 min is exactly 10% faster (hard), 57 min 5% (not)
    runs = d["runs"]
    assert [r["hard"] for r in runs] == [None, None, None, False, True, False, False, False, False]
    assert runs[4]["pace_pct"] == pytest.approx(10.0) and runs[8]["pace_pct"] == pytest.approx(5.0)
    assert [w["hard_min"] for w in weeks] == pytest.approx([0, 54, 0])
    # 54 min after a week of 0 is over every limit; 0 after 54 is not
    assert [w["hard_over_limit"] for w in weeks] == [False, True, False]
    assert weeks[1]["hard_change_pct"] is None and weeks[2]["hard_change_pct"] == pytest.approx(-100)
    assert d["log"]["hard_runs"] == 1 and d["log"]["hard_unknown"] == 3
    assert d["window"]["climb_over_limit_weeks"] == 1 and d["window"]["hard_over_limit_weeks"] == 1
    assert d["window"]["both_rise_weeks"] == 0  # distance did not rise
    advice = {a["name"]: (a["date"], a["count"]) for a in d["advice"]}
    assert advice["climb_over_limit"] == ("2026-03-29", 1)
    assert advice["hard_over_limit"] == ("2026-03-22", 1)
    assert "hard_minutes_proxy" in advice
    assert "weekly_within_limit" not in advice and "weekly_over_limit" not in advice


def test_hills_ride_left_out_and_feet_converted():
    log = calfcare.read_log(data("hills_strava.csv"), tz="UTC")
    assert log.skipped_types == {"Ride": 1}  # its 420 m of climbing are not the runner's
    # the file in miles writes ascent in feet: 100 ft = 30.48 m in the library, 100 ft in the report
    mi = calfcare.read_log(data("hills_garmin_mi.csv"), units="mi")
    first = mi.runs.get(0)  # the file's first row: 2026-03-28, 6.00 mi, 300 ft (newest first)
    assert first.climb_m == pytest.approx(300 * 0.3048) and first.km == pytest.approx(6 * 1.609344)
    assert first.moving_min == pytest.approx(57)


@pytest.mark.parametrize("name,field,text", [
    ("bad_climb_negative.csv", "climb_m", "accepted: 0 to 20000 m"),
    ("bad_climb_over_distance.csv", "climb_m", "850 m of climbing in 0.8 km is more than the distance itself"),
    ("bad_climb_nan.csv", "climb_m", "is not a number"),
])
def test_bad_climbing_refused(name, field, text):
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.read_log(data(name))
    assert e.value.field == field and e.value.line == 3 and text in str(e.value)
    r = cli("--log", data(name), "--until", "2026-03-29")
    assert r.returncode == 2 and "climb_m" in r.stderr and text in r.stderr


def test_formats_and_units_are_stated():
    kinds = {"strava_us.csv": ("strava", "km", "utc"), "strava_old.csv": ("strava_old", "m", "utc"),
             "garmin_fr.csv": ("garmin", "km", "local"), "own_extra_columns.csv": ("calfcare", "km", "local")}
    for name, (fmt, units, times) in kinds.items():
        log = calfcare.read_log(data(name), tz="UTC", units="km" if fmt == "garmin" else None)
        assert (log.format, log.units, log.times) == (fmt, units, times), name
        # words are str enums: equal to the word, members of LogFormat / LogUnits / LogTimes
        assert (log.format is calfcare.LogFormat(fmt) and log.units is calfcare.LogUnits(units)
                and log.times is calfcare.LogTimes(times)), name
    assert calfcare.read_log(data("own_extra_columns.csv")).ignored_columns == ("start_lat", "notes")
    assert calfcare.read_log(data("strava_us.csv"), tz="UTC").cross_checked == 10  # both distance columns
    g = calfcare.read_log(data("garmin_da.csv"), units="km")
    assert g.skipped_types == {"Styrketræning": 1, "Gang": 1, "Cykling": 1}


def test_garmin_needs_units_and_reads_miles():
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.read_log(data("garmin_en.csv"))
    assert e.value.field == "units" and e.value.line == 1
    assert "looks like a Garmin Connect export; its distances may be km or miles" in str(e.value)
    d = calfcare.check_log(data("garmin_en_mi.csv"), units="mi", until="2026-03-29").to_dict()
    # the same numbers read as miles: 24 mi = 24 x 1.609344 = 38.624256 km
    assert [w["km"] for w in d["weeks"]] == pytest.approx([38.624256, 42.647616, 58.741056])
    assert d["log"]["units"] == "mi"


def test_strava_distance_columns_cross_checked():
    # the first column in miles, the metres column in metres: refused without --units, never guessed
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.read_log(data("strava_miles.csv"), tz="UTC")
    assert e.value.field == "units" and e.value.line == 2 and e.value.column == 7
    assert "3.73 km but the metres column 6000 m: it is in miles; add --units mi" in str(e.value)
    d = calfcare.check_log(data("strava_miles.csv"), units="mi", tz="Europe/Berlin", until="2026-03-29").to_dict()
    # 3.73 mi = 6.0029 km: the miles column rounded to 0.01 mi, read as written
    assert d["weeks"][0]["km"] == pytest.approx((3.73 + 4.97 + 6.21) * 1.609344)


def test_utc_runs_on_local_days():
    # evening runs in Los Angeles (18:30 PDT = 01:30 UTC the next day)
    la = calfcare.check_log(data("strava_americas.csv"), tz="America/Los_Angeles", until="2026-05-18").to_dict()
    utc = calfcare.check_log(data("strava_americas.csv"), tz="UTC", until="2026-05-18").to_dict()
    assert [x["date"] for x in la["runs"]] == ["2026-05-04", "2026-05-06", "2026-05-09", "2026-05-11",
                                               "2026-05-13", "2026-05-16", "2026-05-17"]
    assert [x["date"] for x in utc["runs"]] == ["2026-05-05", "2026-05-07", "2026-05-09", "2026-05-12",
                                                "2026-05-14", "2026-05-16", "2026-05-18"]
    # weeks end on May 18: May 5-11 and 12-18 in Los Angeles: 10+14+8 = 32, 10+16+6 = 32 km;
    # in UTC the 8 km run of May 11 moves to May 12: 8+10+14 = 32 and 8+10+16+6 = 40 km
    assert [w["km"] for w in la["weeks"]] == [32, 32] and [w["km"] for w in utc["weeks"]] == [32, 40]
    assert utc["weeks"][1]["over_limit"] and not la["weeks"][1]["over_limit"]
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.read_log(data("strava_americas.csv"), tz="Mars/Olympus_Mons")
    assert e.value.field == "tz"
    # the DST change in Berlin on Mar 29 (01:00 UTC): the 10:00 run is 08:00 UTC and stays on Mar 29
    d = calfcare.check_log(data("strava_us.csv"), tz="Europe/Berlin", until="2026-03-29").to_dict()
    assert d["runs"][-1]["date"] == "2026-03-29"


def test_duplicates_counted_once():
    r = calfcare.check_log(data("strava_duplicates.csv"), tz="Europe/Berlin", until="2026-03-29").to_dict()
    # the 15.8 km recording 25 s after the 16 km run, and an 11 km run starting inside the 12 km one
    assert r["log"]["duplicates"] == 2 and [x["km"] for x in r["runs"] if x["duplicate"]] == [11, 15.8]
    assert [w["km"] for w in r["weeks"]] == [24, 26.5, 36.5]
    k = calfcare.check_log(data("strava_duplicates.csv"), tz="Europe/Berlin", until="2026-03-29",
                           keep_duplicates=True).to_dict()
    assert [w["km"] for w in k["weeks"]] == [24, 37.5, 52.3] and k["log"]["duplicates_kept"]


def test_window_and_stale_log():
    # three months later: the weeks since are rest weeks, a note says so, and advice covers 8 weeks
    d = calfcare.check_log(data("garmin_en.csv"), units="km", until="2026-06-30").to_dict()
    assert d["log"]["ends_early"] and d["log"]["days_since_last_run"] == 93  # Mar 29 -> Jun 30
    assert d["window"]["since"] == "2026-05-06"  # Jun 30 - 55 days
    assert d["window"]["flagged_runs"] == 0 and d["window"]["over_limit_weeks"] == 0
    assert {a["name"] for a in d["advice"]} >= {"weekly_within_limit"}
    assert not {"spike_over_30", "weekly_over_limit"} & {a["name"] for a in d["advice"]}
    a = calfcare.check_log(data("garmin_en.csv"), units="km", until="2026-06-30", all=True).to_dict()
    # weeks now end on Jun 30, so they start Mar 11: 8+10+6.5 = 24.5, 8+12+7 = 27 (+10.2%, over),
    # 8.5+16+5 = 29.5 (+9.3%), then 0 km weeks
    assert [w["km"] for w in a["weeks"][:3]] == [24.5, 27, 29.5]
    assert a["window"]["since"] == "2026-03-09" and a["window"]["over_limit_weeks"] == 1
    s = calfcare.check_log(data("garmin_en.csv"), units="km", until="2026-03-29", since="2026-03-22").to_dict()
    assert s["window"]["flagged_runs"] == 1  # only Mar 28 (+33%) from Mar 22 on
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.check_log(data("garmin_en.csv"), units="km", until="2026-03-28")
    # the one date rule: nothing after until; the 5 km run of Mar 29 is line 2 (Garmin: newest first)
    assert e.value.field == "day" and "2026-03-29 is after the until date 2026-03-28 (line 2)" in str(e.value)


def test_dates_and_numbers_are_the_library_rules():
    parse = calfcare.capi.calfcare_log_date_parse
    # 2024-02-21 is day 19774; 01:17:32 is 4652 s
    for text in ("2024-02-21 01:17:32", "Feb 21, 2024, 1:17:32 AM", "21 Feb 2024, 01:17:32", "21.02.2024, 01:17:32",
                 "2024-02-21T01:17:32Z"):
        assert parse(text) == [19774 * 86400 + 4652, 1], text
    assert parse("2024-02-21") == [19774 * 86400, 0]
    for bad in ("2023-02-29", "1899-12-31", "02/21/2024", "Feb 21 2024", "0x10", "2024-02-21 25:00"):
        with pytest.raises(calfcare.InvalidInputError):
            parse(bad)
    num = calfcare.capi.calfcare_log_number_parse
    assert num("2,81") == 2.81 and num(" 10.5 ") == 10.5 and math.isnan(num("--")) and math.isnan(num(""))
    for bad in ("0x1A", "inf", "nan", "1,234.5", "5 km"):
        with pytest.raises(calfcare.InvalidInputError):
            num(bad)


def test_errors_name_the_line(tmp_path):
    p = tmp_path / "log.csv"
    p.write_text("date,distance_km\n2026-01-01,5\n\n2026-01-02,0x10\n")
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.read_log(str(p))
    assert str(e.value).startswith(f"{p}:4: distance_km: '0x10' is not a number (column 2, 'distance_km')")
    assert e.value.line == 4 and e.value.column == 2
    r = cli("--log", str(p), "--until", "2026-01-02")
    assert r.returncode == 2 and f"--log: {p}:4: distance_km: '0x10' is not a number" in r.stderr
    p.write_text("date,distance_km\n2026-01-01,5\n2126-01-02,5\n")
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.read_log(str(p))
    assert e.value.line == 3 and e.value.field == "date"


def test_dataframe_through_the_detector():
    pd = pytest.importorskip("pandas")
    df = pd.read_csv(data("garmin_nl.csv"), dtype=str, keep_default_na=False)
    d = calfcare.check_log(df, units="km", until="2026-03-29").to_dict()
    ref = calfcare.check_log(data("garmin_nl.csv"), units="km", until="2026-03-29").to_dict()
    assert d["weeks"] == ref["weeks"] and d["advice"] == ref["advice"]
    assert d["log"]["format"] == "garmin" and d["log"]["skipped_types"] == ref["log"]["skipped_types"]
    # Strava's column names in a DataFrame: walks and workouts stay out
    s = pd.read_csv(data("strava_us.csv"), dtype=str, keep_default_na=False, encoding="utf-8-sig")
    s.columns = [c.split(".")[0] for c in s.columns]  # pandas renames the second Distance "Distance.1"
    r = calfcare.check_log(s, tz="Europe/Berlin", until="2026-03-29").to_dict()
    assert r["log"]["runs"] == 10 and r["log"]["non_runs_filtered"] == 3


def test_today_is_the_default_until():
    today = datetime.date.today()
    d = calfcare.check_log(data("sample.csv"), tz=None).to_dict()
    assert abs((datetime.date.fromisoformat(d["log"]["until"]) - today).days) <= 1


def test_hills_frames():
    pd = pytest.importorskip("pandas")
    df = pd.read_csv(data("hills_own.csv"))
    check = calfcare._frames.check_log(df, until="2026-03-29")
    assert list(check.climb_weeks["climb"]) == pytest.approx([300, 330, 900])
    assert list(check.climb_weeks["over_limit"]) == [False, False, True]
    assert list(check.hard_weeks["hard_min"]) == pytest.approx([0, 54, 0])
    assert list(check.hard_weeks["over_limit"]) == [False, True, False]
    # a log without elevation or times has neither
    plain = calfcare._frames.check_log(pd.read_csv(data("sample.csv")), until="2026-11-22")
    assert plain.climb_weeks is None and plain.hard_weeks is None


def test_hills_strava_in_miles_reports_feet():
    # Strava's Elevation Gain sits among its metric columns (m); an account in miles (first Distance
    # column in mi, read with units="mi") gets its climbing reported in feet: 300 m = 984.25 ft
    d = calfcare.check_log(data("hills_strava_mi.csv"), tz="UTC", units="mi", until="2026-03-29").to_dict()
    assert d["climb_unit"] == "ft" and d["log"]["units"] == "mi"
    assert [w["climb"] for w in d["weeks"]] == pytest.approx([300 / 0.3048, 330 / 0.3048, 900 / 0.3048])
    assert [w["climb_over_limit"] for w in d["weeks"]] == [False, False, True]
    assert d["next_week_max_climb"] == pytest.approx(990 / 0.3048)
    assert [w["km"] for w in d["weeks"]] == pytest.approx([3 * 6.21 * 1.609344] * 3)
