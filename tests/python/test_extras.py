"""pandas adapters (calfcare._frames) and charts (calfcare.plot).

Expected values: the C command-line program reading the same CSV log (an independent path: libcsv
parsing and the CLI's own daily totals), and small logs worked out by hand in the comments.
"""
import datetime
import json
import math
import os
import subprocess

os.environ.setdefault("MPLBACKEND", "Agg")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import calfcare  # noqa: E402
from calfcare import _frames as frames  # noqa: E402
from calfcare import plot  # noqa: E402

SRC = os.environ.get("top_srcdir", os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLE_LOAD = os.path.join(SRC, "tests", "data", "progression", "sample_load.csv")
CLI = os.environ.get("CALFCARE_BIN")


def cli_json(*args):
    if not CLI or not os.path.exists(CLI.split()[0]):
        pytest.skip("CALFCARE_BIN not set (run through make check)")
    out = subprocess.run([CLI, "check", *args, "--json"], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def approx_none(a, b):
    if b is None:
        return a is None or (isinstance(a, float) and math.isnan(a))
    return a == pytest.approx(b, rel=1e-8)


# ---- check_log against the CLI ----------------------------------------------------------------

@pytest.mark.parametrize("until", [None, "2026-11-30"])
def test_check_log_equals_cli(until):
    log = pd.read_csv(SAMPLE_LOAD)
    r = frames.check_log(log, until=until)
    ref = cli_json("--log", SAMPLE_LOAD, *(["--until", until] if until else []))
    assert len(r.weeks) == len(ref["weeks"])
    for (end, row), w in zip(r.weeks.iterrows(), ref["weeks"]):
        assert end.date().isoformat() == w["end"] and row["start"].date().isoformat() == w["start"]
        assert row["km"] == pytest.approx(w["km"])
        assert approx_none(row["change_pct"], w["change_pct"])
        assert bool(row["over_limit"]) is w["over_limit"]
    assert r.weekly.next_week_max == pytest.approx(ref["next_week_max_km"])
    assert len(r.runs) == len(ref["runs"])
    for (_, row), run in zip(r.runs.iterrows(), ref["runs"]):
        assert row["date"].date().isoformat() == run["date"] and row["km"] == run["km"]
        assert approx_none(row["spike_pct"], run["spike_pct"]) and row["band"] == run["band"]
    assert r.spikes.next_run_max_km == pytest.approx(ref["next_run_max_km"])
    assert r.spikes.longest_30d_km == pytest.approx(ref["longest_30d_km"])
    last = r.acwr.last
    for key in ("acute", "chronic", "ratio"):
        assert getattr(last, key) == pytest.approx(ref["acwr"][key], rel=1e-8), key
    assert last.band == ref["acwr"]["band"] and last.settled is ref["acwr"]["settled"]
    assert r.acwr_daily["ratio"].iloc[-1] == pytest.approx(ref["acwr"]["ratio"], rel=1e-8)
    assert [w["load"] for w in ref["load_weeks"]] == list(r.load_weeks["load"])
    assert list(r.load_weeks["over_limit"]) == [w["over_limit"] for w in ref["load_weeks"]]
    assert r.weekly_load.next_week_max == pytest.approx(ref["next_week_max_load"])
    # one advice list from the library, each item dated, the same in both
    assert [(a.code, a.name, a.text, a.date.isoformat(), a.count) for a in r.advice] == [
        (x["id"], x["code"], x["text"], x["date"], x["count"]) if "id" in x else
        (x["code"], x["name"], x["text"], x["date"], x["count"]) for x in ref["advice"]]
    assert 3021 in [a.reason.code for a in r.advice]  # the load check's note on how load is counted
    d = r.to_dict()
    assert [w["end"] for w in d["weeks"]] == [w["end"] for w in ref["weeks"]]
    assert d["acwr"]["band"] == ref["acwr"]["band"] and d["next_run_max_km"] == pytest.approx(ref["next_run_max_km"])
    assert "contested" in repr(r) and f"{len(r.daily)} days" in repr(r)


def test_sample_log_by_hand():
    # docs/progression.md: the sample runner's 28-day log is 30, 32, 35, 48 km; 48 km is +37.1%.
    r = frames.check_log(pd.read_csv(SAMPLE_LOAD), until="2026-11-22")
    assert list(r.weeks["km"]) == [30, 32, 35, 48]
    assert list(r.weeks["over_limit"]) == [False, False, False, True]
    assert r.weeks["change_pct"].iloc[3] == pytest.approx((48 / 35 - 1) * 100)
    assert len(r.daily) == 28 and int(r.daily["runs"].sum()) == 17
    # load = duration x RPE: week 1 is 36x4 + 48x4 + 36x4 + 60x4 = 720
    assert r.load_weeks["load"].iloc[0] == 720


def test_log_daily_and_spikes_small_log():
    # Two runs on Jan 1 (5 + 3 km), a rest row on Jan 3, one run on Jan 8 at 18:30, rows unsorted.
    log = pd.DataFrame({"date": ["2026-01-08 18:30", "2026-01-01", "2026-01-03", "2026-01-01"],
                        "distance": [10.0, 5.0, 0.0, 3.0]})
    daily = frames.log_daily(log, until="2026-01-08")
    assert list(daily.index.date) == [datetime.date(2026, 1, d) for d in range(1, 9)]
    assert list(daily["km"]) == [8, 0, 0, 0, 0, 0, 0, 10]
    assert list(daily["runs"]) == [2, 0, 0, 0, 0, 0, 0, 1]
    r = frames.check_log(log, until="2026-01-08")
    # 8 days: the first (partial) day is left out, one week Jan 2-8 = 10 km
    assert list(r.weeks["km"]) == [10] and r.weeks.index[0].date() == datetime.date(2026, 1, 8)
    assert r.weeks["start"].iloc[0].date() == datetime.date(2026, 1, 2)
    # runs in date order (the 0 km row is a run of 0 km, reported); a same-day run is not in the
    # reference; Jan 8: 10 km over 5 km = +100%
    assert list(r.runs["km"]) == [5, 3, 0, 10]
    assert math.isnan(r.runs["spike_pct"].iloc[1]) and math.isnan(r.runs["spike_pct"].iloc[2])
    assert r.runs["spike_pct"].iloc[3] == pytest.approx(100.0)
    assert list(r.runs["band"]) == ["no_reference"] * 3 + ["over_30"]  # 100% is in over_30
    assert r.to_dict()["log"]["zero_km_runs"] == 1
    assert r.spikes.next_run_max_km == pytest.approx(11.0)
    assert r.weekly_load is None and r.load_weeks is None
    # until after the last day: rest days appended; before it: refused (one date rule in every host)
    assert len(frames.log_daily(log, until="2026-01-10")) == 10
    with pytest.raises(calfcare.InvalidInputError) as e:
        frames.log_daily(log, until="2026-01-02")
    assert e.value.field == "day" and "2026-01-08 is after the until date 2026-01-02" in str(e.value)


def test_log_shorter_than_a_week():
    # like `calfcare check --log` on a 3-day log: no weeks, but runs and the ratio
    r = frames.check_log(pd.DataFrame({"date": ["2026-01-01", "2026-01-03"], "distance_km": [5.0, 6.0]}),
                         until="2026-01-03")
    assert r.weekly is None and len(r.weeks) == 0
    assert list(r.runs["band"]) == ["no_reference", "over_10"]  # 6 over 5 km: +20%
    assert r.spikes.next_run_max_km == pytest.approx(6.6)
    assert r.to_dict()["weeks"] == [] and r.to_dict()["next_week_max_km"] is None
    assert "next_week_max_km=None" in repr(r)
    assert len(r.acwr_daily) == 3
    fig = plot.weekly_load_chart(r)
    # the log is 3 days long: the spike's 30-day reference reaches before it (hollow marker)
    assert not by_gid(fig.axes[0], "week-ok") and len(by_gid(fig.axes[1], "spike-over_10-early")) == 1
    assert not by_gid(fig.axes[1], "spike-over_10") and list(r.runs["reference_complete"]) == [False, False]


def test_log_errors_name_the_column():
    good = pd.DataFrame({"date": ["2026-01-01"], "distance_km": [5.0]})
    with pytest.raises(calfcare.InvalidInputError) as e:
        frames.check_log(good.rename(columns={"distance_km": "km"}), until="2026-01-01")
    assert e.value.field == "header" and "DataFrame columns (line 1 as CSV)" in str(e.value)
    assert frames.check_log(good.rename(columns={"distance_km": "km"}), distance="km",
                            until="2026-01-01").daily["km"].iloc[0] == 5
    with pytest.raises(calfcare.InvalidInputError) as e:
        frames.check_log(pd.DataFrame({"date": ["2026-02-30"], "distance_km": [5.0]}))
    assert e.value.field == "date"
    with pytest.raises(calfcare.InvalidInputError) as e:
        frames.check_log(pd.DataFrame({"date": ["2026-01-01", "2026-01-02"], "distance_km": ["5", "five"]}))
    assert e.value.field == "distance_km" and "DataFrame row 1 (line 3 as CSV)" in str(e.value)
    assert e.value.line == 3 and e.value.column == 2
    with pytest.raises(calfcare.InvalidInputError):  # the library rejects a negative distance
        frames.check_log(pd.DataFrame({"date": ["2026-01-01", "2026-01-02"], "distance_km": [5.0, -1.0]}))
    with pytest.raises(calfcare.InvalidInputError) as e:
        frames.check_log(good.assign(duration_min=[30]))
    assert e.value.field == "header" and "duration_min and rpe go together" in str(e.value)
    with pytest.raises(calfcare.InvalidInputError):  # RPE is 0-10 (the library's session_load)
        frames.check_log(good.assign(duration_min=[30], rpe=[11]))
    with pytest.raises(calfcare.InvalidInputError):
        frames.check_log(good.iloc[:0])
    with pytest.raises(TypeError):
        frames.check_log([("2026-01-01", 5.0)])


# ---- Series, ACWR frame, cohorts -------------------------------------------------------------------

def test_check_weekly_series_is_positional():
    s = pd.Series([30.0, 32.0, 35.0, 48.0], index=[3, 2, 1, 0])  # labels would reverse the order
    df = frames.check_weekly_series(s)
    assert list(df.index) == [3, 2, 1, 0] and list(df["km"]) == [30, 32, 35, 48]
    assert list(df["over_limit"]) == [False, False, False, True]
    assert df["change_pct"].iloc[1] == pytest.approx(100 * (32 / 30 - 1))
    assert df.attrs["next_week_max"] == pytest.approx(52.8)  # 48 x 1.10, the WeeklyCheck name
    assert df.attrs["advice"] == ["weekly_over_limit", "two_week_over_30"]
    assert df.attrs["check"] == calfcare.check_weekly([30, 32, 35, 48])


def test_plain_check_weekly_reads_a_series_by_position():
    # A Series is read by position, not by index label (the labels here run backwards).
    s = pd.Series([30.0, 32.0, 35.0, 48.0], index=[3, 2, 1, 0])
    r = calfcare.check_weekly(s)
    assert [w.value for w in r.weeks] == [30, 32, 35, 48] and r.weeks[3].over_limit


def test_acwr_frame_by_hand():
    days = pd.date_range("2026-03-01", periods=3, freq="D")
    df = frames.acwr_frame(pd.Series([10.0, 10.0, 0.0], index=days))
    la, lc = 2 / 8, 2 / 29  # 2/(N+1), N = 7 and 28
    a = c = 0.0
    for x, (_, row) in zip([10.0, 10.0, 0.0], df.iterrows()):
        a, c = la * x + (1 - la) * a, lc * x + (1 - lc) * c
        assert row["acute"] == pytest.approx(a) and row["chronic"] == pytest.approx(c)
        assert row["ratio"] == pytest.approx(a / c)
    assert list(df.index) == list(days)
    assert df["band"].iloc[0] == "very_high"  # 2.5 / 0.69 = 3.6
    empty_start = frames.acwr_frame(pd.Series([0.0, 5.0]))
    assert math.isnan(empty_start["ratio"].iloc[0]) and empty_start["band"].iloc[0] == "unknown"


def test_cohort_matrix_and_batch_frames():
    runs = pd.DataFrame({"runner": ["b", "a", "a", "b", "a"],
                         "date": ["2026-01-01", "2026-01-01", "2026-01-01", "2026-01-03", "2026-01-21"],
                         "distance_km": [4.0, 5.0, 2.0, 6.0, 9.0]})
    wide = frames.cohort_matrix(runs)
    assert list(wide.index) == ["a", "b"] and wide.shape == (2, 21)
    assert wide.loc["a"].iloc[0] == 7 and wide.loc["a"].iloc[20] == 9 and wide.loc["b"].iloc[2] == 6
    assert wide.to_numpy().sum() == 26
    assert frames.cohort_matrix(runs, end="2026-01-10").shape == (2, 10)

    res = frames.batch_check_frame(wide)
    assert list(res.index) == ["a", "b"]
    for runner in ("a", "b"):
        daily = wide.loc[runner].to_numpy()
        wk = calfcare.check_weekly(calfcare.weekly_totals(daily))
        assert res.loc[runner, "last_week_km"] == pytest.approx(wk.weeks[-1].value)
        assert res.loc[runner, "next_week_max_km"] == pytest.approx(wk.next_week_max)
        assert res.loc[runner, "total_km"] == pytest.approx(daily.sum())
        assert res.loc[runner, "acwr"] == pytest.approx(calfcare.acwr(daily).ratio)
    # runner a: day 21 (9 km) against the longest of days 1-20 (7 km): +28.6%, band over_10
    assert res.loc["a", "last_spike_pct"] == pytest.approx((9 / 7 - 1) * 100)
    assert res.loc["a", "last_band_name"] == "over_10"

    ratios = frames.batch_acwr_frame(wide)
    assert ratios.shape == wide.shape and list(ratios.columns) == list(wide.columns)
    np.testing.assert_allclose(ratios.loc["b"].to_numpy(), np.asarray(calfcare.acwr_series(wide.loc["b"].to_numpy()).ratio))
    plain = frames.batch_check_frame(wide.to_numpy())  # a 2-D array: runners numbered
    assert list(plain.index) == [0, 1] and plain.iloc[0]["total_km"] == 16  # 5 + 2 + 9


# ---- charts ----------------------------------------------------------------------------------------

def by_gid(ax, gid):
    return [a for a in ax.get_children() if a.get_gid() == gid]


def legend_texts(ax):
    return [t.get_text() for t in ax.get_legend().get_texts()]


def saved(fig, tmp_path, name):
    import matplotlib.image
    path = tmp_path / name
    fig.savefig(path, dpi=60)
    img = matplotlib.image.imread(str(path))
    assert img.shape[0] > 100 and img.shape[1] > 100
    # not a blank image: several distinct colours
    assert len(np.unique(img.reshape(-1, img.shape[-1])[:, :3], axis=0)) > 5
    import matplotlib.pyplot as plt
    plt.close(fig)


def test_plan_chart(tmp_path):
    p = calfcare.make_plan(35, 50)
    fig = plot.plan_chart(p, target_km=50)
    ax = fig.axes[0]
    bars = by_gid(ax, "plan-week")
    cut = by_gid(ax, "plan-cutback")
    assert len(bars) + len(cut) == len(p.weeks)
    assert [b.get_height() for b in cut] == [w.km for w in p.weeks if w.cutback]
    assert [b.get_height() for b in bars] == [w.km for w in p.weeks if not w.cutback]
    assert len(cut) >= 1 and cut[0].get_hatch() == "//"
    cap, = by_gid(ax, "plan-cap")
    assert list(cap.get_ydata()) == [w.limit_km for w in p.weeks]
    target, = by_gid(ax, "plan-target")
    assert list(target.get_ydata()) == [50, 50]
    assert set(legend_texts(ax)) >= {"planned week", "cutback week", "target 50 km"}
    assert any("week 5" in t.get_text() for t in ax.texts) == (p.reached_week == 5)
    saved(fig, tmp_path, "plan.png")


def test_weekly_load_chart_log(tmp_path):
    r = frames.check_log(pd.read_csv(SAMPLE_LOAD), until="2026-11-22")
    fig = plot.weekly_load_chart(r)
    ax, ax2 = fig.axes
    assert [b.get_height() for b in by_gid(ax, "week-ok")] == [30, 32, 35]
    over, = by_gid(ax, "week-over")
    assert over.get_height() == 48
    nxt, = by_gid(ax, "week-next-max")
    assert nxt.get_height() == pytest.approx(52.8) and not nxt.get_fill()
    # spikes from the CLI's run list: +25% (Nov 1) and +20% (Nov 8) are over 10%; +33% (Oct 28, Nov 22) over 30%;
    # the log starts on Oct 26, so every run until Nov 24 is judged on less than 30 days: hollow markers
    # on a grey band (reference incomplete), none filled
    import matplotlib.dates as mdates
    o10, = by_gid(ax2, "spike-over_10-early")
    o30, = by_gid(ax2, "spike-over_30-early")
    assert o10.get_markerfacecolor() == "none" and not by_gid(ax2, "spike-over_10")
    assert not by_gid(ax2, "spike-reference-incomplete")  # no run has a complete reference: nothing to split
    as_dates = lambda line: [mdates.num2date(mdates.date2num(x)).date().isoformat() for x in line.get_xdata()]  # noqa: E731
    assert as_dates(o10) == ["2026-11-01", "2026-11-08"] and list(o10.get_ydata()) == [10, 12]
    assert as_dates(o30) == ["2026-10-28", "2026-11-22"] and list(o30.get_ydata()) == [8, 16]
    assert not by_gid(ax2, "spike-over_100") and not by_gid(ax2, "spike-over_100-early")
    run, = by_gid(ax2, "run")
    assert len(run.get_xdata()) == 17
    texts = legend_texts(ax)
    assert "week over +10% limit" in texts and "next week max 52.8 km" in texts
    assert "run 30-100% over 30-day longest, first 30 days (reference incomplete)" in texts
    saved(fig, tmp_path, "weekly.png")


def test_weekly_load_chart_plain_and_series(tmp_path):
    fig = plot.weekly_load_chart(calfcare.check_weekly([40, 50, 45]))
    ax = fig.axes[0]
    assert len(fig.axes) == 1  # no runs without a log
    assert [b.get_height() for b in by_gid(ax, "week-over")] == [50]  # +25%
    assert [b.get_x() + b.get_width() / 2 for b in by_gid(ax, "week-ok")] == [1, 3]
    saved(fig, tmp_path, "weekly-plain.png")
    fig = plot.weekly_load_chart(frames.check_weekly_series(pd.Series([40.0, 50.0, 45.0])))
    assert [b.get_height() for b in by_gid(fig.axes[0], "week-over")] == [50]
    saved(fig, tmp_path, "weekly-series.png")


def test_acwr_chart(tmp_path):
    import matplotlib.dates as mdates
    r = frames.check_log(pd.read_csv(SAMPLE_LOAD), until="2026-11-22")
    fig = plot.acwr_chart(r)
    top, bottom = fig.axes
    acute, = by_gid(top, "acwr-acute")
    np.testing.assert_allclose(acute.get_ydata(), r.acwr_daily["acute"].to_numpy())
    ratio, = by_gid(bottom, "acwr-ratio")
    assert ratio.get_ydata()[-1] == pytest.approx(r.acwr.last.ratio)
    moderate, = by_gid(bottom, "acwr-band-moderate")
    very, = by_gid(bottom, "acwr-band-very-high")
    ys = lambda patch: sorted({round(float(y), 6) for _, y in patch.get_xy()})  # noqa: E731
    assert ys(moderate) == [0.8, 1.3]
    assert ys(very)[0] == 1.5
    texts = legend_texts(bottom)
    assert all("contested" in t for t in texts if "'" in t) and len([t for t in texts if "contested" in t]) == 2
    note, = by_gid(bottom, "acwr-note")
    assert "not an injury predictor" in note.get_text()
    # the 28-day log is never settled (33 days needed): the grey band covers all of it on both panels
    assert not any(r.acwr_daily["settled"])
    for ax in (top, bottom):
        band, = by_gid(ax, "acwr-unsettled")
        xs = sorted({round(float(x), 6) for x, _ in band.get_xy()})
        assert xs[0] == pytest.approx(mdates.date2num(r.acwr_daily.index[0]))
    assert "not settled: the start of the log still weighs over 10%" in legend_texts(bottom)
    assert bottom.get_ylabel() == "ratio (acute / chronic, km per day over km per day: no unit)"
    assert top.get_ylabel() == "km per day"
    saved(fig, tmp_path, "acwr.png")
    # an AcwrSeries with day numbers, drawn into given axes
    import matplotlib.pyplot as plt
    fig2, axes = plt.subplots(2, 1)
    s = calfcare.acwr_series([5.0] * 40)
    assert plot.acwr_chart(s, axes=axes) is fig2
    line, = by_gid(axes[1], "acwr-ratio")
    assert list(line.get_xdata()) == list(range(40))
    # settled from day 32 (33 days of history): the grey band runs from day 0 to day 32
    band, = by_gid(axes[1], "acwr-unsettled")
    assert sorted({round(float(x), 6) for x, _ in band.get_xy()}) == [0, 32]
    assert axes[0].get_ylabel() == "load units per day"
    saved(fig2, tmp_path, "acwr-series.png")


def test_matplotlib_not_imported_by_the_package():
    code = ("import sys, calfcare, calfcare.plot, calfcare._frames; "
            "sys.exit(('matplotlib' in sys.modules) * 1 + ('pandas' in sys.modules) * 2)")
    rc = subprocess.run([__import__("sys").executable, "-c", code]).returncode
    assert rc == 0, "importing calfcare, calfcare.plot or calfcare._frames imported matplotlib (1) or pandas (2)"


def _random_daily(days=40, seed=5):
    rng = np.random.default_rng(seed)
    km = np.round(rng.gamma(2.0, 3.0, size=days), 1)
    km[rng.random(days) < 0.4] = 0.0
    return pd.Series(km, index=pd.date_range("2026-10-01", periods=days))


def test_pandas_equivalents_in_python_md():
    # docs/python.md "pandas equivalents": the same numbers from plain pandas.
    s = _random_daily()
    log = pd.DataFrame({"date": s.index, "distance_km": s.to_numpy()})
    weeks = calfcare.check_log(log, until=s.index[-1].date(), all=True).frames().weeks
    w = s.resample("7D", origin="end", closed="right", label="right").sum()
    first_days = (w.index[0] - s.index[0]).days + 1        # 40 days = 5 whole weeks + 5 days
    assert first_days == 5
    w = w.iloc[1:]
    assert list(weeks.index) == list(w.index) and list(weeks["km"]) == pytest.approx(list(w), abs=1e-9)

    a = calfcare.acwr_series(s.to_numpy())
    ewm = {n: pd.concat([pd.Series([0.0]), pd.Series(s.to_numpy())]).ewm(span=n, adjust=False).mean().iloc[1:].to_numpy()
           for n in (7, 28)}
    np.testing.assert_array_equal(np.asarray(a.acute), ewm[7])
    np.testing.assert_array_equal(np.asarray(a.chronic), ewm[28])
    np.testing.assert_array_equal(np.asarray(a.ratio), ewm[7] / ewm[28])


def test_series_are_read_by_position_not_label():
    # index 10, 5, 7: read by label [0], [1], [2] would fail or reorder; by position it is 40, 44, 50
    s = pd.Series([40.0, 44.0, 50.0], index=[10, 5, 7])
    assert calfcare.check_weekly(s).to_dict() == calfcare.check_weekly([40.0, 44.0, 50.0]).to_dict()
    assert calfcare.check_weekly(s).next_week_max == pytest.approx(55.0)
