"""Every public function of the package is called through the Pythonic layer, by its public name.

CALLS is a table: public name -> (call, check). The first tests make the table complete: a function
added to calfcare.__all__ (or to the pandas adapters or calfcare.plot) without a row here fails, and
so does a public class that no call returns or uses. Expected values are worked out in the
comments (or come from the docs/ tables cited there).
"""
import enum
import inspect
import math
import os

os.environ.setdefault("MPLBACKEND", "Agg")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

import calfcare  # noqa: E402
from calfcare import _frames, plot  # noqa: E402

SAMPLE_WEEKS = [30, 32, 35, 48]


def public(name):
    """The object behind a public name: calfcare.X, or calfcare._frames.X / calfcare.plot.X while the
    package does not re-export them yet."""
    if name.startswith("plot."):
        return getattr(plot, name[5:])
    return getattr(calfcare, name) if hasattr(calfcare, name) else getattr(_frames, name)


def call(name, *args, **kwargs):
    return public(name)(*args, **kwargs)


def _log():
    import pandas as pd
    # 15 days: 5 km every other day from Jan 1, then 12 km on Jan 15 (the day after the last week)
    days = pd.date_range("2026-01-01", "2026-01-13", freq="2D")
    rows = [(d, 5.0, 30, 4) for d in days] + [(pd.Timestamp("2026-01-15"), 12.0, 70, 7)]
    return pd.DataFrame(rows, columns=["date", "distance_km", "duration_min", "rpe"])


def _dask_array(a):
    da = pytest.importorskip("dask.array")
    return da.from_array(a, chunks=(2, -1))


def check_dvt(d):
    # four Wells items (+1 each): score 4, DVT likely -> urgent; stretching, massage and running
    # blocked (the safety gate's dvt row); ice is not blocked, only not advised
    assert d.triage == calfcare.Triage.URGENT and d.triage.word == "urgent"
    assert d.wells_score == 4
    assert d.red_flags[0].flag == "dvt" and d.blocked_by["stretch"] == "dvt"
    assert d.blocked_by["running"] == "dvt" and "ice" not in d.blocked


def _frame_rows(rows):
    import pandas as pd
    return pd.DataFrame(rows)


def check_running_form(d):
    # the module's documented example: overstriding at cadence 162 ranks running form first
    assert d.triage == calfcare.Triage.SELF_CARE
    assert d.top_cause.cause == calfcare.Cause.RUNNING_FORM and d.causes[0] is d.top_cause
    assert [c.score for c in d.causes] == sorted((c.score for c in d.causes), reverse=True)
    assert isinstance(d.advice[0], calfcare.Advice) and d.to_dict()["triage"] == "self_care"


def check_rice(p):
    # docs/relief.md: rest 60 s, compression 60 s, ice 15 min = 1020 s
    assert [(s.kind, s.start_s, s.duration_s) for s in p] == [("rest", 0, 60), ("compress", 60, 60), ("ice", 120, 900)]
    assert p.total_s == 1020 and isinstance(p.advice[0], calfcare.Reason)


def run_timer():
    """A rice session on a fake clock: starts, the first step is 'rest', it ends after 60 s."""
    p = calfcare.relief_protocol("rice")
    t = calfcare.Timer(p, clock_ms=lambda: 0)
    t.start(now_ms=1000)
    first = t.update(now_ms=1000)
    status = t.status(now_ms=31000)
    later = t.update(now_ms=61000)
    t.pause(now_ms=61000)
    t.resume(now_ms=62000)
    t.skip(now_ms=62000)
    restored = calfcare.Timer.restore(t.save(), protocol=p)
    return first, status, later, restored


def check_timer(res):
    first, status, later, restored = res
    assert isinstance(first[0], calfcare.Event) and first[0].type == "step_start" and first[0].kind == "rest"
    assert isinstance(status, calfcare.TimerStatus)
    assert status.state == "running" and status.step_elapsed_ms == 30000 and status.step_progress == pytest.approx(0.5)
    assert any(e.type == "step_done" and e.step == 0 for e in later)
    assert restored.status(now_ms=62000).step == 1  # after the skip the compress step is done, ice is next
    with pytest.raises(calfcare.StateError):
        calfcare.Timer.restore(b"\0" * 16)


def check_blocked(exc_info):
    assert exc_info.red_flag == "dvt" and exc_info.care == "stretch"


def expect(exc, fn):
    with pytest.raises(exc) as e:
        fn()
    return e.value


CALLS = {
    # ---- common
    "reason": (lambda: call("reason", 3001), lambda r: (r.name == "weekly_over_limit", r.to_dict()["code"] == 3001)),
    "version": (lambda: call("version"), lambda v: v == calfcare.__version__ == ".".join(map(str, calfcare.version_info()))),
    "version_info": (lambda: call("version_info"), lambda v: len(v) == 3 and all(isinstance(x, int) for x in v)),
    # ---- diagnosis
    "diagnose": (lambda: (call("diagnose", weekly_km=SAMPLE_WEEKS, cadence=162, overstride=True),
                          call("diagnose", calf_swelling_cm=3.5, pitting_edema=True, deep_vein_tenderness=True,
                               bedridden_or_surgery=True)),
                 lambda r: (check_running_form(r[0]), check_dvt(r[1]))),
    "diagnosis_fields": (lambda: call("diagnosis_fields"),
                         lambda f: f[:3] == ["weekly_km", "last_run_km", "longest_run_30d_km"] and "fever" in f),
    # ---- relief
    "relief": (lambda: call("relief", "rice"), check_rice),
    "relief_protocol": (lambda: call("relief_protocol", "rice"), check_rice),
    "routine": (lambda: call("routine", "strength", week=3), lambda p: p.week == 3 and len(p) > 0),
    "blocked_set": (lambda: expect(calfcare.BlockedError, lambda: calfcare.relief_protocol(
        "stretch", blocked=call("blocked_set", {"stretch": "dvt"}))), check_blocked),
    "Timer": (run_timer, check_timer),
    # ---- progression
    "next_week_max": (lambda: call("next_week_max", 40), lambda v: v == pytest.approx(44.0)),  # 40 x 1.10
    "check_weekly": (lambda: call("check_weekly", SAMPLE_WEEKS),
                     lambda r: [w.over_limit for w in r.weeks] == [False, False, False, True]),  # 48/35 = +37%
    "check_weekly_load": (lambda: call("check_weekly_load", [1200, 1500]),
                          lambda r: r.weeks[1].change_pct == pytest.approx(25.0) and r.weeks[1].over_limit),
    # 400 m after 330 m: +21.2%, over the 10% limit; 330 after 300 is exactly +10%: within
    "check_weekly_climb": (lambda: call("check_weekly_climb", [300, 330, 400], [30, 30, 33]),
                           lambda r: [w.over_limit for w in r.weeks] == [False, False, True]),
    # 66 min after 60 is exactly +10%: within; next week's cap 66 x 1.1 = 72.6 min
    "check_weekly_hard": (lambda: call("check_weekly_hard", [60, 66]),
                          lambda r: not r.weeks[1].over_limit and r.next_week_max == pytest.approx(72.6)),
    "session_load": (lambda: call("session_load", 60, 5), lambda v: v == 300.0),  # 60 min x RPE 5
    "weekly_totals": (lambda: call("weekly_totals", [1.0] * 15), lambda v: v == [7.0, 7.0]),  # day 1 left out
    "weekly_load_totals": (lambda: call("weekly_load_totals", [100.0] * 14), lambda v: v == [700.0, 700.0]),
    "spike_band": (lambda: [call("spike_band", x) for x in (None, 10, 25, 30, 100, 150)],
                   lambda v: v == ["no_reference", "within_10", "over_10", "over_10", "over_30", "over_100"]),
    "acwr_band": (lambda: [call("acwr_band", x) for x in (None, 0.5, 1.0, 1.4, 1.5)],
                  lambda v: v == ["unknown", "low", "moderate", "high", "very_high"]),
    # day 5: 12 km over 10 km (day 1) = +20%; day 40 has no run in days 10-39; the next run (day 41)
    # is capped at 1.1 x 5 km
    "check_spikes": (lambda: call("check_spikes", [1, 5, 40], [10, 12, 5]),
                     lambda r: ([x.band for x in r.runs] == ["no_reference", "over_10", "no_reference"]
                                and r.runs[1].spike_pct == pytest.approx(20.0) and r.next_run_max_km == pytest.approx(5.5))),
    # a constant load: both EWMAs tend to it, the ratio to 1 (chronic after 100 days: 10 x (1 - (27/29)^100))
    "acwr": (lambda: call("acwr", [10.0] * 100),
             lambda a: (a.chronic == pytest.approx(10 * (1 - (27 / 29) ** 100)), a.settled, a.band == "moderate")),
    "acwr_series": (lambda: call("acwr_series", np.full(10, 10.0)),
                    lambda s: (s.acute[0] == pytest.approx(2.5), s.ratio[0] == pytest.approx(0.25 / (2 / 29)),
                               isinstance(s.ratio, np.ndarray), isinstance(s.last, calfcare.Acwr))),
    "make_plan": (lambda: call("make_plan", 30, 33),  # 30 -> 33 km is exactly +10%: reached in week 1
                  lambda p: [(w.week, w.km, w.cutback) for w in p.weeks] == [(1, 33.0, False)] and p.reached_week == 1),
    "return_to_run": (lambda: call("return_to_run"),
                      lambda r: len(r.stages) == 6 and len(r.gate) == 3 and r.stages[0].walk_min == 4.5),
    "rtr_gate": (lambda: call("rtr_gate", True, (30, 28), True),  # (30 - 28) / 30 = 6.7% < 10%
                 lambda g: g.passed is True and g.asymmetry_pct == pytest.approx(100 * 2 / 30)),
    "rtr_advance": (lambda: (call("rtr_advance", 1, 1, True), call("rtr_advance", 6, 1, True), call("rtr_advance", 3, 0, False)),
                    lambda r: ((r[0].stage, r[0].clean_streak) == (2, 0) and r[1].done and r[2].stage == 2)),
    "batch_check": (lambda: call("batch_check", np.array([[0, 5.0] * 14, [4.0] * 28])),
                    # runner 0 runs 5 km on odd days: weeks of 15, 20, 15, 20 km, two of them +33%
                    lambda b: (list(b.total_km) == [70.0, 112.0], list(b.last_week_km) == [20.0, 28.0],
                               list(b.column(calfcare.BatchColumn.WEEKS_OVER_LIMIT)) == [2, 0])),
    "batch_acwr": (lambda: call("batch_acwr", np.full((3, 5), 2.0)),
                   lambda a: a.shape == (3, 5) and a[2, 0] == pytest.approx(0.25 / (2 / 29))),
    # the same through dask: 3 runners in chunks of 2 + 1, all days in one chunk
    "batch_check_dask": (lambda: call("batch_check_dask", _dask_array(np.full((3, 14), 5.0))).compute(),
                         lambda t: (t.shape == (3, calfcare.BATCH_COLUMNS),
                                    list(t[:, calfcare.BatchColumn.TOTAL_KM]) == [70.0, 70.0, 70.0])),
    "batch_acwr_dask": (lambda: call("batch_acwr_dask", _dask_array(np.full((3, 5), 2.0))).compute(),
                        lambda a: a.shape == (3, 5) and a[2, 0] == pytest.approx(0.25 / (2 / 29))),
    # frames: the two runners above as rows (NaN: not given), one C loop; the same words as diagnose()
    "diagnose_frame": (lambda: call("diagnose_frame", _frame_rows(
        [dict(weekly_km=SAMPLE_WEEKS, cadence=162, overstride=True),
         dict(calf_swelling_cm=3.5, pitting_edema=True, deep_vein_tenderness=True, bedridden_or_surgery=True)])),
                       lambda f: (list(f["triage"]) == ["self_care", "urgent"],
                                  list(f["top_cause"])[0] == "running_form", f["wells_score"].iloc[1] == 4,
                                  math.isnan(f["wells_score"].iloc[0]), f["red_flags"].iloc[1][0] == "dvt",
                                  "stretch" in f["blocked"].iloc[1] and "ice" not in f["blocked"].iloc[1])),
    # a 245 mm foot: last 255 mm, Mondopoint 245; sex unknown -> the width class
    "shoes_frame": (lambda: call("shoes_frame", _frame_rows([dict(foot_length_mm=245),
                                                               dict(foot_length_mm=250, weekly_km=40, new_minimalist=True)])),
                    lambda f: (list(f["last_mm"]) == [255, 260], f["mondopoint_mm"].iloc[0] == 245,
                               list(f["drop"]) == ["none", "transition"], list(f["transition_weeks"]) == [0, 26])),
    # ---- shoes: lowering the drop 10 -> 4 mm with calf pain gives a transition plan
    # a last of 245 + 10 mm toe room; going minimalist at 40 km/week: docs/shoes.md, 26 weeks, the
    # share of the week in the new shoe (4% of 40 km in week 1), at most 35 km/week in minimalist shoes
    "shoes": (lambda: (call("shoes", foot_length_mm=245), call("shoes", foot_length_mm=250, weekly_km=40, new_minimalist=True)),
              lambda s: (s[0].size.last_mm == 255 and s[0].size.mondopoint_mm == 245,
                         s[1].drop.advice == "transition" and s[1].drop.transition_weeks == 26,
                         s[1].drop.weekly_plan[0].km == pytest.approx(1.6), s[1].drop.weekly_plan[-1].km == 35.0)),
    "shoe_advice": (lambda: call("shoe_advice", foot_length_mm=(245, 248), foot_width_mm=95, sex="female",
                                 calf_pain=True, current_drop_mm=10, new_drop_mm=4, weekly_km=40, shoe_km=720,
                                 stack_mm=30),
                    lambda s: (s.size.foot_mm == 248, s.replace.km_left == 80.0, s.drop.change_mm == -6.0,
                               s.stack.road_ok is True and s.stack.track_ok is False, s.codes[0] == 4001)),
    # the shipped brand charts (Nike, New Balance men's: 12 rows each); a 266 mm foot in Nike's chart
    # gets the first row at least as long, 270 mm: US 9, EU 42.5 (docs/shoes.md, "Brand charts")
    "brand_charts": (lambda: (call("brand_charts"), call("shoes", foot_length_mm=266, brand="nike")),
                     lambda r: ([c.name for c in r[0]] == ["nike", "new_balance"],
                                [len(c.rows) for c in r[0]] == [12, 12], r[0][0].rows[0].foot_mm == 240,
                                (r[1].brand.us, r[1].brand.eu, r[1].brand.fits_up_to_mm) == (9, 42.5, 270))),
    # ---- pandas adapters
    "log_daily": (lambda: call("log_daily", _log(), until="2026-01-15"),
                  lambda d: len(d) == 15 and d["km"].sum() == 47 and list(d["runs"][:2]) == [1, 0]),
    "check_log": (lambda: (lambda r: (r, r.frames()))(call("check_log", _log(), until="2026-01-15")),
                  # 15 days: day 1 is left out; weeks Jan 2-8 (5 km x 3) and Jan 9-15 (5 x 3 + 12); Jan 15:
                  # 12 km over the longest of the previous 30 days (5 km) = +140%; load 30 x 4 = 120 a run
                  lambda r: ([w["km"] for w in r[0].weeks] == [15, 27], r[0].runs[-1]["band"] == "over_100",
                             list(r[1].load_weeks["load"]) == [360, 360 + 490],
                             r[0].advice[0].reason.name == "weekly_over_limit")),
    "read_log": (lambda: call("read_log", os.path.join(os.environ.get("top_srcdir", os.path.join(
                     os.path.dirname(__file__), "..", "..")), "tests", "data", "progression", "garmin_de.csv"), units="km"),
                 # 13 rows: 10 runs (one on the treadmill) and a ride, a walk and strength training left out
                 lambda g: (g.format == "garmin", g.run_count == 10, g.non_runs == 3, g.units == "km")),
    "check_weekly_series": (lambda: call("check_weekly_series", __import__("pandas").Series(SAMPLE_WEEKS, dtype=float)),
                            lambda df: list(df["over_limit"]) == [False, False, False, True]),
    "acwr_frame": (lambda: call("acwr_frame", __import__("pandas").Series([10.0, 0.0])),
                   lambda df: df["acute"].iloc[1] == pytest.approx(1.875) and df["band"].iloc[0] == "very_high"),
    "cohort_matrix": (lambda: call("cohort_matrix", _log().assign(runner="r1")),
                      lambda w: w.shape == (1, 15) and w.iloc[0].sum() == 47),
    "batch_check_frame": (lambda: call("batch_check_frame", call("cohort_matrix", _log().assign(runner="r1"))),
                          lambda df: df.loc["r1", "last_week_km"] == 27 and df.loc["r1", "last_band_name"] == "over_100"),
    "batch_acwr_frame": (lambda: call("batch_acwr_frame", np.full((2, 3), 1.0)),
                         lambda df: df.shape == (2, 3) and df.iloc[1, 0] == pytest.approx(0.25 / (2 / 29))),
    # ---- charts (contents are tested in test_extras.py)
    "plot.plan_chart": (lambda: plot.plan_chart(calfcare.make_plan(30, 40), target_km=40),
                        lambda fig: len(fig.axes) == 1 and fig.axes[0].get_title() == "Weekly plan"),
    "plot.weekly_load_chart": (lambda: plot.weekly_load_chart(calfcare.check_weekly(SAMPLE_WEEKS)),
                               lambda fig: len(fig.axes[0].patches) == 5),  # 4 weeks + next week's cap
    "plot.acwr_chart": (lambda: plot.acwr_chart(calfcare.acwr_series([5.0] * 30)),
                        lambda fig: len(fig.axes) == 2),
}

# Values (not calls) in __all__ and what they must be.
VALUES = {
    "RELIEF_PROTOCOLS": ("rice", "stretch", "roll", "full", "rest"),
    "ROUTINES": ("warmup", "cooldown", "strength"),
    "ROLLING_TOOLS": ("roller", "ball"),
    "BATCH_COLUMNS": 12,
}


def public_functions():
    names = [n for n in calfcare.__all__ if inspect.isfunction(getattr(calfcare, n))]
    names += [n for n in _frames.__all__ if inspect.isfunction(getattr(_frames, n))]
    names += ["plot." + n for n in plot.__all__]
    return sorted(set(names))


def test_every_public_function_has_a_row():
    missing = [n for n in public_functions() if n not in CALLS]
    assert not missing, f"public functions without a row in CALLS: {missing}"
    unknown = [n for n in CALLS if n not in public_functions() and not inspect.isclass(public(n))]
    assert not unknown, f"rows for names that are not public functions: {unknown}"


def test_values():
    for name, value in VALUES.items():
        assert getattr(calfcare, name) == value
    others = [n for n in calfcare.__all__ if not callable(getattr(calfcare, n))]
    assert sorted(others) == sorted(VALUES)


@pytest.mark.parametrize("name", sorted(CALLS))
def test_call(name):
    make, check = CALLS[name]
    result = make()
    verdict = check(result)
    for v in (verdict if isinstance(verdict, tuple) else (verdict,)):
        # None (the check asserted itself) or a real boolean True; any other value is a broken row
        assert v is None or (isinstance(v, (bool, np.bool_)) and bool(v)), f"{name}: check gave {verdict!r}"
    if name.startswith("plot."):
        import matplotlib.pyplot as plt
        plt.close("all")


def _walk(obj, seen, depth=0):
    if depth > 6 or id(obj) in seen:
        return
    seen[id(obj)] = obj
    if isinstance(obj, (list, tuple)):
        for x in obj:
            _walk(x, seen, depth + 1)
    elif isinstance(obj, dict):
        for x in obj.values():
            _walk(x, seen, depth + 1)
    elif hasattr(obj, "__dataclass_fields__"):
        for f in obj.__dataclass_fields__:
            _walk(getattr(obj, f), seen, depth + 1)
    elif isinstance(obj, BaseException):
        pass


def test_every_public_class_is_produced_or_used():
    """Each result class of __all__ appears in some row's result (so its fields were built through
    the layer); enums and exceptions are checked by value and hierarchy."""
    seen = {}
    for name, (make, _check) in CALLS.items():
        if not name.startswith("plot."):
            _walk(make(), seen)
    types = {type(o) for o in seen.values()}
    enums = {c for c in (getattr(calfcare, n) for n in calfcare.__all__)
             if inspect.isclass(c) and issubclass(c, enum.Enum)} | {calfcare.Word, calfcare.Result}
    errors = [c for c in (getattr(calfcare, n) for n in calfcare.__all__)
              if inspect.isclass(c) and issubclass(c, BaseException)]
    classes = [getattr(calfcare, n) for n in calfcare.__all__ if inspect.isclass(getattr(calfcare, n))]
    classes += [getattr(_frames, n) for n in _frames.__all__ if inspect.isclass(getattr(_frames, n))]
    missing = [c.__qualname__ for c in classes
               if c not in types and c not in enums and c not in errors and c is not calfcare.Timer]
    assert not missing, f"public classes no row returns: {missing}"
    # enums: words round-trip through the library
    assert calfcare.Decay.EXP.word == "exp" and calfcare.Coupling.UNCOUPLED.word == "uncoupled"
    assert calfcare.acwr([1.0] * 30, decay=calfcare.Decay.EXP).decay == "exp"
    assert [c.name for c in calfcare.BatchColumn][0] == "LAST_WEEK_KM" and len(calfcare.BatchColumn) == 12
    # exceptions: one hierarchy, invalid input is a ValueError naming the field
    assert all(issubclass(e, calfcare.Error) for e in errors)
    assert issubclass(calfcare.InvalidInputError, ValueError)
    assert issubclass(calfcare.BlockedError, calfcare.RefusedError) and issubclass(calfcare.TooSoonError, calfcare.RefusedError)
    assert issubclass(calfcare.BufferTooSmallError, BufferError)
    e = expect(calfcare.InvalidInputError, lambda: calfcare.check_weekly([30, -1]))
    assert e.field == "weekly_km"
    assert isinstance(expect(calfcare.TooSoonError, lambda: calfcare.relief("rice", last_ice_ended_min_ago=30)),
                      calfcare.RefusedError)
    assert not math.isnan(calfcare.check_weekly([1, 2]).max_increase_pct)
