"""Python tests of the progression area: the same contract as the C and CLI tests."""
import datetime
import math
from array import array

import pytest

import calfcare
from calfcare import _progression as pg

SAMPLE_WEEKS = [30, 32, 35, 48]
SAMPLE_DAILY = [6, 0, 8, 0, 6, 0, 10, 6, 0, 8, 0, 6, 0, 12,
                7, 0, 9, 0, 7, 0, 12, 8, 0, 10, 6, 8, 0, 16]


def test_exports():
    for name in pg.__all__:
        assert hasattr(calfcare, name), name
    assert calfcare.BATCH_COLUMNS == 12


# ---- weekly -------------------------------------------------------------------------------------

def test_check_weekly_sample():
    r = calfcare.check_weekly(SAMPLE_WEEKS)
    assert [w.value for w in r.weeks] == SAMPLE_WEEKS and r.unit == "km"
    assert r.weeks[0].change_pct is None and r.weeks[0].over_limit is False
    assert r.weeks[1].change_pct == pytest.approx(6.6666667)  # 32/30 - 1
    assert r.weeks[3].change_pct == pytest.approx(37.142857)  # 48/35 - 1 > 10%
    assert [w.over_limit for w in r.weeks] == [False, False, False, True]
    assert r.next_week_max == pytest.approx(52.8)
    assert r.two_week_change_pct == pytest.approx(50.0)
    assert r.over_limit_count == 1
    assert [a.name for a in r.advice] == ["weekly_over_limit", "two_week_over_30"]
    d = r.to_dict()
    # dict keys are the attribute names (the library's calfcare_progression_weekly_result names)
    assert d["weeks"][0] == {"index": 1, "value": 30.0, "change_pct": None, "over_limit": False, "unit": "km"}
    assert d["next_week_max"] == pytest.approx(52.8) and d["over_limit_count"] == 1
    assert not hasattr(r, "next_week_max_km") and "next_week_max_km" not in d


def test_check_weekly_inputs_of_any_kind():
    import numpy as np
    ref = calfcare.check_weekly(SAMPLE_WEEKS)
    for x in (tuple(SAMPLE_WEEKS), array("d", SAMPLE_WEEKS), np.array(SAMPLE_WEEKS, dtype=float),
              (w for w in SAMPLE_WEEKS)):
        assert calfcare.check_weekly(x) == ref
    # other numpy dtypes and strides are converted once; a 2-D array is not a series
    assert calfcare.check_weekly(np.array(SAMPLE_WEEKS, dtype=np.int32)) == ref
    assert calfcare.check_weekly(np.array(SAMPLE_WEEKS * 2, dtype=float)[::2][:4]) == \
        calfcare.check_weekly([30, 35, 30, 35])
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.check_weekly(np.zeros((2, 2)))
    assert e.value.field == "weekly_km"
    with pytest.raises(TypeError):
        calfcare.check_weekly(array("f", SAMPLE_WEEKS))  # a float32 buffer that is not numpy


def test_check_weekly_thresholds():
    assert calfcare.check_weekly([40, 44]).weeks[1].over_limit is False  # exactly 10%
    assert calfcare.check_weekly([30, 33]).weeks[1].over_limit is False  # 30 x 1.1 in binary
    assert calfcare.check_weekly([40, 44.01]).weeks[1].over_limit is True
    r = calfcare.check_weekly([0, 5])
    assert r.weeks[1].change_pct is None and r.weeks[1].over_limit is True
    r = calfcare.check_weekly([40, 48], max_increase_pct=20)
    assert r.weeks[1].over_limit is False and r.next_week_max == pytest.approx(57.6)


@pytest.mark.parametrize("weeks", [[30, -1], [30, float("nan")], [30, float("inf")], [30, 1000.5]])
def test_check_weekly_invalid(weeks):
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.check_weekly(weeks)
    assert e.value.field == "weekly_km"
    assert isinstance(e.value, ValueError)


@pytest.mark.parametrize("pct", [0, 500, 0.5, 50.1, float("nan")])
def test_check_weekly_invalid_limit(pct):
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.check_weekly([30, 32], max_increase_pct=pct)
    assert e.value.field == "max_increase_pct"


def test_check_weekly_empty():
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.check_weekly([])
    assert e.value.field == "weekly_km"


def test_weekly_load_and_session_load():
    assert calfcare.session_load(45, 6) == pytest.approx(270)  # Foster 2001: min x RPE
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.session_load(45, 11)
    assert e.value.field == "rpe"
    r = calfcare.check_weekly_load([1200, 1500])  # +25%
    assert r.weeks[1].over_limit is True and r.weeks[1].value == 1500
    assert r.next_week_max == pytest.approx(1650)
    assert r.to_dict()["weeks"][1]["value"] == 1500 and r.to_dict()["weeks"][1]["unit"] == "load"
    assert r.to_dict()["next_week_max"] == pytest.approx(1650)
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.check_weekly_load([1, -1])
    assert e.value.field == "weekly_load"


def test_next_week_max_and_totals():
    assert calfcare.next_week_max(40) == pytest.approx(44)
    assert calfcare.next_week_max(40, 20) == pytest.approx(48)
    assert calfcare.weekly_totals(SAMPLE_DAILY) == SAMPLE_WEEKS
    # 30 days 1..30: the first 2 days are left out; sums 42, 91, 140, 189
    assert calfcare.weekly_totals(range(1, 31)) == [42, 91, 140, 189]
    assert calfcare.weekly_totals([1] * 6) == []
    assert calfcare.weekly_load_totals([400] * 8) == [2800]  # 8 % 7 = 1 leading day left out
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.weekly_load_totals([14401] * 7)
    assert e.value.field == "daily_load"
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.weekly_totals([1, -2])
    assert e.value.field == "daily_km"


# ---- spikes ----------------------------------------------------------------------------------------

def test_spikes_hand_worked():
    # day 0 10 km; day 10 11 km (+10% -> within_10); day 20 13 km vs 11 (+18.2% -> over_10);
    # day 35 26.1 km vs 13 (+100.8% -> over_100); day 36 5 km vs 26.1 (-80.8%); next run cap 28.71 km
    r = calfcare.check_spikes([0, 10, 20, 35, 36], [10, 11, 13, 26.1, 5])
    assert [x.band for x in r.runs] == ["no_reference", "within_10", "over_10", "over_100", "within_10"]
    assert r.runs[0].spike_pct is None
    assert r.runs[1].spike_pct == pytest.approx(10.0)
    assert r.runs[2].spike_pct == pytest.approx(18.181818)
    assert r.runs[3].spike_pct == pytest.approx(100.769231)
    assert r.longest_30d_km == pytest.approx(26.1)
    assert r.next_run_max_km == pytest.approx(28.71)
    assert r.band_counts == {"no_reference": 1, "within_10": 2, "over_10": 1, "over_30": 0, "over_100": 1}
    assert [a.name for a in r.advice] == ["spike_over_100", "spike_over_10", "next_run_cap"]


def test_spikes_with_dates():
    d0 = datetime.date(2026, 10, 26)
    days = [d0 + datetime.timedelta(days=i) for i, km in enumerate(SAMPLE_DAILY) if km]
    kms = [km for km in SAMPLE_DAILY if km]
    r = calfcare.check_spikes(days, kms)
    assert r.runs[-1].day == datetime.date(2026, 11, 22)
    assert r.runs[-1].spike_pct == pytest.approx(33.333333)  # 16 vs 12
    assert r.runs[-1].band == "over_30"
    assert r.next_run_max_km == pytest.approx(17.6)
    assert r.to_dict()["runs"][-1]["day"] == "2026-11-22"
    # the next run 40 days later: nothing in the window
    assert calfcare.check_spikes(days, kms, next_day=days[-1] + datetime.timedelta(days=40)).next_run_max_km == 0


def test_spikes_invalid():
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.check_spikes([0, 10, 9], [1, 2, 3])
    assert e.value.field == "run_day"
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.check_spikes([0, 1], [1, -2])
    assert e.value.field == "run_km"
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.check_spikes([0, 1], [1])
    assert e.value.field == "run_km"


def test_bands():
    assert calfcare.spike_band(None) == "no_reference"
    assert calfcare.spike_band(10) == "within_10"
    assert calfcare.spike_band(30) == "over_10"
    assert calfcare.spike_band(100) == "over_30"
    assert calfcare.spike_band(100.5) == "over_100"
    assert calfcare.acwr_band(0.79) == "low"
    assert calfcare.acwr_band(1.3) == "moderate"
    assert calfcare.acwr_band(1.4) == "high"
    assert calfcare.acwr_band(1.5) == "very_high"
    assert calfcare.acwr_band(float("nan")) == "unknown"


# ---- acute:chronic ---------------------------------------------------------------------------------

X = [10, 0, 5, 10]


def test_acwr_two_over_n_plus_1():
    # lambda 0.5 / 0.4: A = 5, 2.5, 3.75, 6.875; C = 4, 2.4, 3.44, 6.064
    s = calfcare.acwr_series(X, acute_days=3, chronic_days=4)
    assert s.acute == pytest.approx([5, 2.5, 3.75, 6.875])
    assert s.chronic == pytest.approx([4, 2.4, 3.44, 6.064])
    assert s.ratio == pytest.approx([1.25, 1.0416667, 1.0901163, 1.1337401])
    assert s.last.ratio == pytest.approx(1.1337401)
    assert s.last.band == "moderate" and s.last.decay == "2/(n+1)" and s.last.coupling == "coupled"
    # uncoupled: chronic of 3 days before: NaN for days 0-2, 6.875/4 on day 3
    u = calfcare.acwr_series(X, acute_days=3, chronic_days=4, coupling="uncoupled")
    assert all(math.isnan(v) for v in u.ratio[:3])
    assert u.ratio[3] == pytest.approx(1.71875)
    assert u.last.band == "very_high" and u.last.settled is False


def test_acwr_other_decays():
    # 1/N: A_3 = 440/81, C_3 = 4.4921875 -> 1.209232; uncoupled 440/81 / 2.5 = 2.172840
    assert calfcare.acwr(X, 3, 4, decay="1/n").ratio == pytest.approx(1.209232, abs=1e-6)
    assert calfcare.acwr(X, 3, 4, decay=calfcare.Decay.ONE_OVER_N, coupling="uncoupled").ratio == \
        pytest.approx(2.172840, abs=1e-6)
    # 1 - exp(-1/N): 4.893081 / 4.118214 = 1.188156; uncoupled 4.893081 / 2.211992 = 2.212070
    r = calfcare.acwr(X, 3, 4, decay="exp")
    assert r.lambda_acute == pytest.approx(1 - math.exp(-1 / 3))
    assert r.ratio == pytest.approx(1.188156, abs=1e-5)
    assert calfcare.acwr(X, 3, 4, decay="exp", coupling=calfcare.Coupling.UNCOUPLED).ratio == \
        pytest.approx(2.212070, abs=1e-5)
    assert calfcare.Decay.EXP.word == "exp" and calfcare.Coupling.UNCOUPLED.word == "uncoupled"


def test_acwr_seed_first():
    # A_0 = C_0 = 10: A = 10, 5, 5, 7.5; C = 10, 6, 5.6, 7.36 -> ratio 1, 0.833333, 0.892857, 1.019022
    s = calfcare.acwr_series(X, 3, 4, seed="first")
    assert s.acute == pytest.approx([10, 5, 5, 7.5])
    assert s.chronic == pytest.approx([10, 6, 5.6, 7.36])
    assert s.ratio == pytest.approx([1, 0.833333, 0.892857, 1.019022], abs=1e-6)
    assert s.last.seed == "first"
    # R package ACWR defaults on 10 then 20: 12.5 / (310/29) = 1.169355
    assert calfcare.acwr([10, 20], seed="first").ratio == pytest.approx(1.169355, abs=1e-6)
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.acwr(X, seed="one")
    assert e.value.field == "seed"
    assert str(e.value) == "seed: unknown word 'one'; accepted: zero|first"
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.acwr(X, decay="ewma")
    assert (e.value.field, str(e.value)) == ("decay", "decay: unknown word 'ewma'; accepted: 2/(n+1)|exp|1/n")


def test_acwr_defaults_and_numpy():
    import numpy as np
    r = calfcare.acwr([5] * 28)
    # A = 5 (1 - 0.75^28) = 4.998413; C = 5 (1 - (27/29)^28) = 4.323899
    assert r.acute == pytest.approx(4.998413, abs=1e-5)
    assert r.chronic == pytest.approx(4.323899, abs=1e-5)
    assert r.settled is False and r.acute_days == 7 and r.chronic_days == 28  # (27/29)^28 = 0.135 > 0.1
    assert calfcare.acwr([5] * 33).settled is True  # (27/29)^33 = 0.095
    assert "acwr_contested" in [a.name for a in r.advice]
    s = calfcare.acwr_series(np.array(SAMPLE_DAILY, dtype=float))
    # numpy day numbers of any integer dtype work for spikes
    days = np.nonzero(np.array(SAMPLE_DAILY))[0]
    sp = calfcare.check_spikes(days, np.array(SAMPLE_DAILY, dtype=float)[days])
    assert sp.next_run_max_km == pytest.approx(17.6)
    assert isinstance(s.ratio, np.ndarray) and s.ratio.shape == (28,)
    assert s.ratio[-1] == pytest.approx(s.last.ratio)
    assert calfcare.acwr([0] * 5).ratio is None


@pytest.mark.parametrize("kw,fieldname", [
    ({"acute_days": 0}, "acute_days"), ({"acute_days": 28}, "acute_days"), ({"acute_days": 7.5}, "acute_days"),
    ({"chronic_days": 400}, "chronic_days"), ({"decay": "ewma"}, "decay"), ({"decay": 9}, "decay"),
    ({"coupling": "loose"}, "coupling"),
])
def test_acwr_invalid_params(kw, fieldname):
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.acwr([1, 2, 3], **kw)
    assert e.value.field == fieldname


# ---- plan ---------------------------------------------------------------------------------------------

def test_plan_hand_worked():
    p = calfcare.make_plan(30, 50)
    assert [w.km for w in p.weeks] == pytest.approx([33, 36.3, 39.9, 29.9, 43.8, 48.1, 50])
    assert [w.cutback for w in p.weeks] == [False, False, False, True, False, False, False]
    assert p.reached_week == 7
    assert p.to_dict()["weeks"][3] == {"week": 4, "km": pytest.approx(29.9), "cutback": True,
                                       "limit_km": pytest.approx(43.89), "hold_intensity": False}
    # distance rises in every week but the cutback: climbing and hard minutes stay flat there
    assert [w.hold_intensity for w in p.weeks] == [True, True, True, False, True, True, True]
    assert [a.name for a in p.advice] == ["cutback_week", "hold_at_target", "one_rise_a_week"]
    assert calfcare.make_plan(1, 1000, max_increase_pct=1).reached_week is None
    # from above the target: no rise, nothing to hold
    q = calfcare.make_plan(60, 40)
    assert [w.hold_intensity for w in q.weeks] == [False]
    assert "one_rise_a_week" not in [a.name for a in q.advice]


# ---- climbing and hard minutes: the distance rule and its edges --------------------------------------

def test_check_weekly_climb_hand_worked():
    # 550 after 500 and 605 after 550 are exactly +10%: within; next week 605 x 1.1 = 665.5 m
    r = calfcare.check_weekly_climb([500, 550, 605])
    assert [w.over_limit for w in r.weeks] == [False, False, False]
    assert r.weeks[1].change_pct == pytest.approx(10.0)
    assert r.next_week_max == pytest.approx(665.5)
    assert [a.name for a in r.advice] == ["weekly_within_limit"]
    assert r.to_dict()["weeks"][0] == {"index": 1, "value": 500.0, "change_pct": None, "over_limit": False,
                                       "unit": "m"}
    assert r.to_dict()["next_week_max"] == pytest.approx(665.5)
    # a 0 m week followed by hills: over every limit; 0 after 0 is not
    r = calfcare.check_weekly_climb([0, 0, 200, 220])
    assert [w.over_limit for w in r.weeks] == [False, False, True, False]
    assert r.weeks[2].change_pct is None
    assert [a.name for a in r.advice] == ["climb_over_limit"]
    # a missing week (0) then hills again
    assert [w.over_limit for w in calfcare.check_weekly_climb([400, 0, 300]).weeks] == [False, False, True]
    # the same configurable limit as distance
    assert calfcare.check_weekly_climb([500, 600], max_increase_pct=20).weeks[1].over_limit is False
    assert calfcare.check_weekly_climb([500, 600.01], max_increase_pct=20).weeks[1].over_limit is True


def test_check_weekly_climb_bad_input():
    # more than the distance itself: 1 km holds at most 1000 m (exactly 1000 is accepted)
    calfcare.check_weekly_climb([1000], [1])
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.check_weekly_climb([500, 1200], [10, 1])
    assert e.value.field == "weekly_climb_m"
    assert "more than the distance itself" in str(e.value) and "(index 1)" in str(e.value)
    assert e.value.max == pytest.approx(1000)
    for bad in ([100, -1], [100, float("nan")], [100, 100001]):
        with pytest.raises(calfcare.InvalidInputError) as e:
            calfcare.check_weekly_climb(bad)
        assert e.value.field == "weekly_climb_m"
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.check_weekly_climb([100, 200], [10])
    assert e.value.field == "weekly_km"
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.check_weekly_climb([100, 200], max_increase_pct=0)
    assert e.value.field == "max_increase_pct"


def test_check_weekly_hard():
    r = calfcare.check_weekly_hard([60, 66])          # exactly +10%
    assert not r.weeks[1].over_limit and r.next_week_max == pytest.approx(72.6)
    r = calfcare.check_weekly_hard([60, 66.01, 0, 20])  # over; then 20 min after a 0 week: over
    assert [w.over_limit for w in r.weeks] == [False, True, False, True]
    assert [a.name for a in r.advice] == ["hard_over_limit"]
    assert r.to_dict()["weeks"][3]["value"] == 20.0 and r.unit == "min"
    for bad in ([-5], [float("nan")], [10081]):
        with pytest.raises(calfcare.InvalidInputError) as e:
            calfcare.check_weekly_hard(bad)
        assert e.value.field == "weekly_hard_min"


def test_check_climb_hard_cli_equals_python():
    import json
    import os
    import subprocess
    cli = os.environ.get("CALFCARE_BIN")
    if not cli or not os.path.exists(cli.split()[0]):
        pytest.skip("CALFCARE_BIN not set (run through make check)")
    out = subprocess.run([cli, "check", "--weekly-km", "30,30,33", "--weekly-climb-m", "300,330,400",
                          "--weekly-hard-min", "0,54,114.4", "--json"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    j = json.loads(out.stdout)
    climb = calfcare.check_weekly_climb([300, 330, 400], [30, 30, 33])
    hard = calfcare.check_weekly_hard([0, 54, 114.4])
    # the CLI names a week's value by its unit (climb_m, hard_min); Python's attribute is value
    for got, want, key in ((j["climb"], climb, "climb_m"), (j["hard"], hard, "hard_min")):
        assert [a["code"] for a in got["advice"]] == [a.code for a in want.advice]
        assert len(got["weeks"]) == len(want.weeks)
        for gw, ww in zip(got["weeks"], want.weeks):
            assert (gw["index"], gw["over_limit"]) == (ww.index, ww.over_limit)
            assert gw[key] == pytest.approx(ww.value)  # the CLI prints 10 significant digits
            assert (gw["change_pct"] is None) == (ww.change_pct is None)
            if ww.change_pct is not None:
                assert gw["change_pct"] == pytest.approx(ww.change_pct)
        assert got["next_week_max_" + key] == pytest.approx(want.next_week_max)
        assert got["over_limit_weeks"] == want.over_limit_count
    for gw, ww in zip(j["weeks"], calfcare.check_weekly([30, 30, 33]).weeks):
        assert (gw["index"], gw["over_limit"]) == (ww.index, ww.over_limit)
        assert gw["km"] == pytest.approx(ww.value)  # the CLI prints 10 significant digits
    bad = subprocess.run([cli, "check", "--weekly-km", "30,1", "--weekly-climb-m", "300,1200"],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "--weekly-climb-m" in bad.stderr and "more than the distance" in bad.stderr


@pytest.mark.parametrize("limit,every,cut", [(10, 4, 25), (5, 2, 10), (20, 3, 40), (50, 6, 30)])
def test_plan_invariants(limit, every, cut):
    p = calfcare.make_plan(12.3, 80, max_increase_pct=limit, cutback_every=every, cutback_pct=cut, weeks=60)
    assert len(p.weeks) == 60
    last_full = 12.3
    for w in p.weeks:
        assert w.cutback == (w.week % every == 0)
        if w.cutback:
            assert w.km <= last_full * (1 - cut / 100) + 1e-9
        else:
            assert w.km <= last_full * (1 + limit / 100) + 1e-9 and w.km <= 80
            if p.reached_week and w.week >= p.reached_week:
                assert w.km == 80
            last_full = w.km


@pytest.mark.parametrize("kw,fieldname", [
    ({"target_km": -1}, "target_km"), ({"current_km": 0}, "current_km"), ({"max_increase_pct": 0}, "max_increase_pct"),
    ({"max_increase_pct": 500}, "max_increase_pct"), ({"cutback_every": 7}, "cutback_every"),
    ({"cutback_every": 2.5}, "cutback_every"), ({"cutback_pct": 5}, "cutback_pct"), ({"weeks": 157}, "weeks"),
])
def test_plan_invalid(kw, fieldname):
    args = {"current_km": 30, "target_km": 50}
    args.update(kw)
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.make_plan(**args)
    assert e.value.field == fieldname


# ---- return to run ------------------------------------------------------------------------------------

def test_return_to_run():
    r = calfcare.return_to_run()
    assert [g.name for g in r.gate] == ["walk_pain_free", "heel_raises", "hop_pain_free"]
    assert r.stages[0] == calfcare.RtrStage(1, 4.5, 0.5, 4, 20.0)
    assert r.stages[-1].run_min == 20 and r.stages[-1].walk_min == 0
    assert all(s.repeats * (s.walk_min + s.run_min) == s.total_min for s in r.stages)
    assert r.heel_raises == 25 and r.clean_sessions == 2 and r.rest_days_between == 1
    assert r.to_dict()["stages"][0]["walk_min"] == 4.5


def test_rtr_gate():
    g = calfcare.rtr_gate(walk_pain_free=True, heel_raises=(27, 25), hop_pain_free="yes")
    assert g.passed is True
    assert g.asymmetry_pct == pytest.approx(7.4074074)  # |27 - 25| / 27
    g = calfcare.rtr_gate(walk_pain_free=True, heel_raises=(30, 26))  # 13.3% apart
    assert g.passed is False
    assert g.items == {"walk_pain_free": True, "heel_raises": False, "hop_pain_free": None}
    assert calfcare.rtr_gate().passed is None
    assert calfcare.rtr_gate(heel_raises=(25, 25), walk_pain_free=True, hop_pain_free=True).passed is True
    assert calfcare.rtr_gate(heel_raises=(24, 24)).items["heel_raises"] is False
    for kw, name in [({"heel_raises": (25, 25.5)}, "heel_raises"), ({"heel_raises": (25,)}, "heel_raises"),
                     ({"heel_raises": (25, 201)}, "heel_raises"), ({"hop_pain_free": "maybe"}, "hop_pain_free")]:
        with pytest.raises(calfcare.InvalidInputError) as e:
            calfcare.rtr_gate(**kw)
        assert e.value.field == name


def test_rtr_gate_table():
    """rtr_gate's keywords, defaults and docstring are the gate's table (calfcare/params.h): the
    yes/no rows and the heel-raise pair heel_raises_left/right as one (left, right) keyword."""
    import inspect
    c = calfcare.capi
    t = c.CALFCARE_PARAMS_TABLE_RTR_GATE
    rows = [c.calfcare_params_field_at(t, i) for i in range(c.calfcare_params_field_count(t))]
    assert [(f.name, f.min, f.max, f.default_value, f.unset) for f in rows] == [
        ("walk_pain_free", 0, 1, -1, -1), ("heel_raises_left", 0, 200, -1, -1),
        ("heel_raises_right", 0, 200, -1, -1), ("hop_pain_free", 0, 1, -1, -1)]
    params = inspect.signature(calfcare.rtr_gate).parameters
    assert list(params) == ["walk_pain_free", "heel_raises", "hop_pain_free"]
    assert all(p.default is None for p in params.values())  # every default is "unknown"
    doc = calfcare.rtr_gate.__doc__
    assert "walk_pain_free: brisk walking for 30 min without calf pain ('no' or 'yes', None: unknown)." in doc
    assert ("heel_raises: (left, right) single-leg heel raises to fatigue, left and right "
            "(0-200 raises each, None: unknown).") in doc
    # the edges of each side: 0 and 200 taken (|0 - 200| / 200 = 100% apart), -1 and 201 refused
    g = calfcare.rtr_gate(heel_raises=(0, 200))
    assert g.items["heel_raises"] is False and g.asymmetry_pct == 100
    assert calfcare.rtr_gate(heel_raises=(200, 200)).items["heel_raises"] is True
    assert calfcare.rtr_gate(heel_raises=(25.0, 27.0)).asymmetry_pct == pytest.approx(200 / 27)  # whole floats
    for value, side, msg in [
        ((-1, 25), "left", "-1 is outside the accepted range; accepted: 0 to 200 raises (heel_raises=None when unknown)"),
        ((25, 201), "right", "201 is outside the accepted range; accepted: whole numbers from 0 to 200 raises "
                             "(heel_raises=None when unknown)"),
        ((25, 24.5), "right", "24.5 is not a whole number; accepted: whole numbers from 0 to 200 raises "
                              "(heel_raises=None when unknown)"),
    ]:
        with pytest.raises(calfcare.InvalidInputError) as e:
            calfcare.rtr_gate(heel_raises=value)
        assert e.value.field == "heel_raises"
        assert str(e.value) == f"heel_raises ({side}): {msg}"
        assert (e.value.min, e.value.max) == (0, 200)
    for bad in [(25,), (25, 26, 27), "25,26", 25, (None, 25), (True, 25), (float("nan"), 25)]:
        with pytest.raises(calfcare.InvalidInputError) as e:
            calfcare.rtr_gate(heel_raises=bad)
        assert e.value.field == "heel_raises", bad
    # unknown stays unknown
    g = calfcare.rtr_gate(walk_pain_free="yes", hop_pain_free=True)
    assert g.items == {"walk_pain_free": True, "heel_raises": None, "hop_pain_free": True} and g.passed is None
    assert g.asymmetry_pct is None
    for name in ("walk_pain_free", "hop_pain_free"):
        for word in ("maybe", "unknown", "Yes"):
            with pytest.raises(calfcare.InvalidInputError) as e:
                calfcare.rtr_gate(**{name: word})
            assert (e.value.field, str(e.value)) == (name, f"{name}: unknown word '{word}'; accepted: no|yes")
        with pytest.raises(calfcare.InvalidInputError) as e:
            calfcare.rtr_gate(**{name: 1})
        assert e.value.field == name


def test_rtr_advance():
    assert calfcare.rtr_advance(1, 0, True) == calfcare.RtrStep(1, 1, False)
    assert calfcare.rtr_advance(1, 1, True) == calfcare.RtrStep(2, 0, False)
    assert calfcare.rtr_advance(3, 1, False) == calfcare.RtrStep(2, 0, False)
    assert calfcare.rtr_advance(6, 1, True).done is True
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.rtr_advance(0, 0, True)
    assert e.value.field == "stage"


# ---- batch ---------------------------------------------------------------------------------------------

def _runners(r, d, seed=7):
    import numpy as np
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 20, size=(r, d)).round(1)
    x[rng.uniform(size=(r, d)) < 0.4] = 0.0
    return x


def _single(row, **kw):
    """The single-runner functions on one row, as the batch documents them."""
    limit = kw.pop("max_increase_pct", 10.0)
    out = {}
    weeks = calfcare.weekly_totals(row)
    if weeks:
        w = calfcare.check_weekly(weeks, limit)
        out["last_week_km"] = weeks[-1]
        out["change_pct"] = w.last_change_pct
        out["next_week_max_km"] = w.next_week_max
        out["weeks_over_limit"] = w.over_limit_count
    days = [i for i, v in enumerate(row) if v > 0]
    if days:
        s = calfcare.check_spikes(days, [row[i] for i in days], next_day=len(row))
        out["longest_30d_km"] = s.longest_30d_km
        out["next_run_max_km"] = s.next_run_max_km
        out["last_spike_pct"] = s.last_spike_pct
    a = calfcare.acwr(row, **kw)
    out["acute"], out["chronic"], out["acwr"] = a.acute, a.chronic, a.ratio
    out["total_km"] = math.fsum(row)
    return out


@pytest.mark.parametrize("kw", [{}, {"decay": "exp", "coupling": "uncoupled"},
                                {"decay": "1/n", "acute_days": 5, "chronic_days": 21},
                                {"seed": "first", "coupling": "uncoupled"}])
def test_batch_equals_single(kw):
    import numpy as np
    x = _runners(6, 90)
    x[2, -1] = 0.0
    x[4, :] = 0.0
    res = calfcare.batch_check(x, max_increase_pct=15, **kw)
    assert res.table.shape == (6, calfcare.BATCH_COLUMNS)
    for r in range(6):
        one = _single(list(x[r]), max_increase_pct=15, **kw)
        d = {k: res.column(getattr(calfcare.BatchColumn, k.upper()))[r] for k in one}
        for k, v in one.items():
            if v is None:
                assert math.isnan(d[k]), (r, k)
            elif k == "total_km":
                assert d[k] == pytest.approx(v)
            else:
                assert d[k] == v, (r, k)  # bit-identical
    ratios = calfcare.batch_acwr(x, **kw)
    assert ratios.shape == x.shape
    for r in range(6):
        np.testing.assert_array_equal(ratios[r], calfcare.acwr_series(x[r].copy(), **kw).ratio)


def test_batch_sample_runner_and_layout():
    import numpy as np
    x = np.array([SAMPLE_DAILY, SAMPLE_DAILY], dtype=np.float64)
    assert pg._matrix(x) is x  # C-contiguous float64: used in place, no copy
    res = calfcare.batch_check(x)
    assert res.last_week_km.tolist() == [48, 48]
    assert res.change_pct == pytest.approx([37.142857] * 2)
    assert res.next_week_max_km == pytest.approx([52.8] * 2)
    assert res.next_run_max_km == pytest.approx([17.6] * 2)
    assert res.last_spike_pct == pytest.approx([33.333333] * 2)
    assert res.last_band.tolist() == [3, 3]  # over_30
    assert res.total_km.tolist() == [145, 145]
    d = res.to_dict()
    assert d["last_week_km"] == [48, 48]
    # Fortran order, a transposed view and a list of lists give the same results (copied once).
    np.testing.assert_array_equal(calfcare.batch_check(np.asfortranarray(x)).table, res.table)
    np.testing.assert_array_equal(calfcare.batch_check(x.tolist()).table, res.table)
    # fewer than 7 days: no week
    short = calfcare.batch_check(x[:, :5])
    assert np.isnan(short.last_week_km).all()


def test_batch_invalid():
    import numpy as np
    x = _runners(3, 10)
    x[1, 4] = -1
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.batch_check(x)
    assert e.value.field == "daily_km"
    assert "runner 1, day 4" in str(e.value)
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.batch_check(np.zeros(10))
    assert e.value.field == "daily_km"
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.batch_check(np.zeros((2, 10)), coupling="loose")
    assert e.value.field == "coupling"
    assert str(e.value) == "coupling: unknown word 'loose'; accepted: coupled|uncoupled"
    with pytest.raises(calfcare.InvalidInputError):
        calfcare.batch_acwr(np.full((2, 3), np.nan))


# ---- the parameter tables (calfcare/params.h) give the keyword defaults --------------------------------

@pytest.mark.parametrize("fn", ["check_weekly", "check_weekly_load", "check_weekly_climb", "check_weekly_hard",
                                "next_week_max", "acwr", "acwr_series", "batch_check", "batch_acwr", "check_log",
                                "make_plan"])
def test_keyword_defaults_are_the_tables(fn):
    import inspect
    c = calfcare.capi
    table = c.CALFCARE_PARAMS_TABLE_PLAN if fn == "make_plan" else c.CALFCARE_PARAMS_TABLE_PROGRESSION
    rows = [c.calfcare_params_field_at(table, i) for i in range(c.calfcare_params_field_count(table))]
    params = inspect.signature(getattr(calfcare, fn)).parameters
    seen = 0
    for f in rows:
        if f.name not in params or params[f.name].default is inspect.Parameter.empty:
            continue
        seen += 1
        want = (c.calfcare_params_choice_name(table, f.id, int(f.default_value))
                if f.type == c.CALFCARE_PARAMS_TYPE_CHOICE else f.default_value)
        assert params[f.name].default == want, (fn, f.name)
        assert type(params[f.name].default) is (int if f.type == c.CALFCARE_PARAMS_TYPE_INT else
                                                 str if f.type == c.CALFCARE_PARAMS_TYPE_CHOICE else float)
    assert seen >= 1
    # worked out from the table's source (lib/progression_params.c): 10 %, 7 and 28 days, 2/(n+1), 4 weeks, 25 %
    if fn == "acwr":
        assert [params[k].default for k in ("acute_days", "chronic_days", "decay", "coupling", "seed")] == \
            [7, 28, "2/(n+1)", "coupled", "zero"]
    if fn == "make_plan":
        assert [params[k].default for k in ("max_increase_pct", "cutback_every", "cutback_pct", "weeks")] == \
            [10.0, 4, 25.0, 0]


def test_plan_ranges_from_the_table():
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.make_plan(30, 40, cutback_every=7)
    assert (e.value.field, e.value.min, e.value.max) == ("cutback_every", 2, 6)
    with pytest.raises(calfcare.InvalidInputError, match="not a whole number"):
        calfcare.make_plan(30, 40, weeks=2.5)
    assert len(calfcare.make_plan(30, 40, weeks=3).weeks) == 3
    with pytest.raises(calfcare.InvalidInputError) as e:
        calfcare.acwr([1, 2, 3], decay=2)
    assert e.value.field == "decay"


def test_docstrings_state_the_tables_rows():
    # worked out from lib/progression_params.c: plan cutbacks 2-6 weeks, default 4; weeks 0 = until the target
    assert "cutback_every: every Nth week is a cutback week (2-6 weeks, default 4)." in calfcare.make_plan.__doc__
    assert "weeks: weeks to plan (1-156 weeks, default 0: until the target)." in calfcare.make_plan.__doc__
    assert "current_km: the last full week's distance (1-1000 km, required)." in calfcare.make_plan.__doc__
    assert "max_increase_pct: weekly increase limit (1-50 %, default 10)." in calfcare.check_weekly.__doc__
    assert "decay: EWMA decay constant lambda ('2/(n+1)' or 'exp' or '1/n', default '2/(n+1)')." in calfcare.acwr.__doc__
