"""The safety gate from Python: red flags win in diagnose(), relief_protocol(), routine() and
rtr_advance(); strict truth values; one keyword per field; conflicting pairs. The same examples are
checked in tests/check_safety.c and tests/cli/test_cli_safety.py."""
import math

import numpy as np
import pandas as pd
import pytest

import calfcare
from calfcare import Triage


def codes(d):
    return [a.name for a in d.advice]


def test_urgent_dvt_gives_no_running_target():
    d = calfcare.diagnose(deep_vein_tenderness=True, pitting_edema=True, weekly_km=[30, 32], last_run_km=10,
                          longest_run_30d_km=12, cadence=160)
    assert d.triage is Triage.URGENT and d.wells_score == 2
    assert codes(d) == ["see_clinician_today", "avoid_blocked_care", "relief_rest"]
    assert d.blocked_by["running"] == "dvt"


@pytest.mark.parametrize("switch", ["numbness", "rest_pain"])
def test_see_clinician_flags_give_no_week_target(switch):
    d = calfcare.diagnose(weekly_km=[30, 32], **{switch: True})
    assert d.triage is Triage.SEE_CLINICIAN
    assert "next_week_cap" not in codes(d)


def test_what_is_advised_builds_under_blocked_by():
    d = calfcare.diagnose(cannot_walk_4_steps=True, heel_raises=(10, 20), warmup="never")
    assert codes(d) == ["see_clinician_today", "avoid_blocked_care", "relief_rice"]
    # The routine that used to be advised is refused; the first aid that is advised builds.
    with pytest.raises(calfcare.BlockedError) as info:
        calfcare.routine("strength", blocked=d.blocked_by)
    assert info.value.red_flag == "cannot_bear_weight" and info.value.care == "running"
    assert calfcare.relief_protocol("rice", blocked=d.blocked_by).total_s == 1020


@pytest.mark.parametrize("name", ["warmup", "cooldown", "strength"])
def test_routine_takes_the_symptom_switches(name):
    with pytest.raises(calfcare.BlockedError) as info:
        calfcare.routine(name, fever=True)
    assert info.value.red_flag == "systemic"
    assert calfcare.routine(name, fever=False).name == name  # an explicit no
    with pytest.raises(TypeError):
        calfcare.routine(name, cadence=170)  # not a symptom
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.routine(name, blocked={}, fever=True)
    assert info.value.field == "blocked"


def test_numbness_gets_rest_and_nothing_that_needs_sensation():
    d = calfcare.diagnose(numbness=True)
    assert "relief_rest" in codes(d) and "relief_full" not in codes(d)
    p = calfcare.relief_protocol("rest", numbness=True)
    assert [s.kind for s in p.steps] == ["rest"] and p.total_s == 900
    for name in ("rice", "full"):
        with pytest.raises(calfcare.BlockedError) as info:
            calfcare.relief_protocol(name, numbness=True)
        assert info.value.care == "compression" and info.value.red_flag == "nerve"


def test_full_checks_the_pain_before_stretching():
    p = calfcare.relief_protocol("full")
    assert [s.kind for s in p.steps[:5]] == ["rest", "compress", "ice", "pain_check", "get_ready"]
    assert (p.steps[3].start_s, p.steps[3].duration_s) == (1020, 600)


# ---- strict truth values -----------------------------------------------------------------------

@pytest.mark.parametrize("value", ["no", "yes", 0, 1, 1.0, [True], (True,), {True}, "True"])
def test_switches_take_only_true_false_none(value):
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.diagnose(fever=value)
    assert info.value.field == "fever"
    assert str(info.value).startswith("fever: expected True, False or None (unknown), got ")


def test_yes_no_choices_take_their_words_and_booleans_only():
    assert calfcare.diagnose(overstride="yes").causes[0].score == pytest.approx(0.35)
    assert calfcare.diagnose(overstride=True).causes[0].score == pytest.approx(0.35)
    assert calfcare.diagnose(overstride=np.bool_(True)).causes[0].score == pytest.approx(0.35)
    for value in (1, 0.0, [True]):
        with pytest.raises(calfcare.InvalidInputError) as info:
            calfcare.diagnose(overstride=value)
        assert info.value.field == "overstride"


@pytest.mark.parametrize("missing", [None, float("nan"), np.float64("nan"), np.float32("nan"), pd.NA, pd.NaT])
def test_missing_values_mean_unknown_never_yes_or_no(missing):
    # pandas' missing values in an optional input mean unknown, exactly as leaving it out: a
    # DataFrame row can be passed as keywords. Unknown is not "no": the red flag is not cleared,
    # and not "yes": nothing is refused (rtr_advance's required pain_free stays strict, below).
    known = calfcare.diagnose(deep_vein_tenderness=True, pitting_edema=True, calf_swelling_cm=4)
    with_missing = calfcare.diagnose(deep_vein_tenderness=True, pitting_edema=True, calf_swelling_cm=4,
                                     fever=missing, overstride=missing, cadence=missing, shoe_km=missing)
    assert with_missing.to_dict() == known.to_dict()
    assert calfcare.diagnose(fever=missing).to_dict() == calfcare.diagnose().to_dict()


def test_a_dataframe_row_as_keywords():
    df = pd.DataFrame({"weekly_km": [None, None], "cadence": [162.0, np.nan], "fever": [True, pd.NA],
                       "overstride": ["yes", np.nan]}).astype({"fever": "boolean"})
    rows = df.drop(columns="weekly_km").apply(lambda r: calfcare.diagnose(**r), axis=1)
    assert rows[0].triage == calfcare.diagnose(cadence=162, fever=True, overstride="yes").triage
    assert rows[1].to_dict() == calfcare.diagnose().to_dict()


@pytest.mark.parametrize("value", ["no", float("nan"), 0, 1, None, [True], np.float64(1.0)])
def test_rtr_advance_pain_free_is_strict(value):
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.rtr_advance(3, 1, value)
    assert info.value.field == "pain_free"


def test_rtr_advance_values():
    # Two pain-free sessions in a row move up; pain moves back one.
    step = calfcare.rtr_advance(3, 1, True)
    assert (step.stage, step.clean_streak, step.done) == (4, 0, False)
    assert calfcare.rtr_advance(3, 1, False).stage == 2
    assert calfcare.rtr_advance(3, 1, np.bool_(True)).stage == 4
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.rtr_advance(True, 1, True)
    assert info.value.field == "stage"
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.rtr_advance(3, "1", True)
    assert info.value.field == "clean_streak"


def test_a_set_where_a_list_is_meant():
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.diagnose(weekly_km={30, 32})
    assert info.value.field == "weekly_km"
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.diagnose(heel_raises=frozenset((18, 24)))
    assert info.value.field == "heel_raises"


# ---- one keyword per field, conflicting pairs ---------------------------------------------------

def test_a_keyword_under_two_spellings_is_an_error():
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.diagnose(**{"deep_vein_tenderness": True, "deep-vein-tenderness": False})
    assert info.value.field == "deep_vein_tenderness"
    assert str(info.value) == ("deep_vein_tenderness: given twice, as 'deep_vein_tenderness' and "
                               "'deep-vein-tenderness'; give it once")
    # One spelling alone is fine, either of them.
    assert calfcare.diagnose(**{"deep-vein-tenderness": True}).wells_score == 1


def test_conflicting_pairs_name_both():
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.relief_protocol("rice", ice_rounds=2, ice_min=20)
    assert "ice_min=20" in str(info.value) and "ice_rounds=2" in str(info.value)
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.routine("warmup", week=3)
    assert "week=3" in str(info.value) and "'warmup'" in str(info.value)
    assert calfcare.relief_protocol("rice", ice_rounds=2).total_s == 1920
    assert calfcare.routine("strength", week=3).week == 3


def test_number_rule():
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.relief_protocol("rice", ice_min=20.0001)
    assert str(info.value) == "ice_min: 20.0001 is outside the accepted range; accepted: 15 to 20 min"
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.relief_protocol("rice", last_ice_ended_min_ago=-1)
    assert info.value.field == "last_ice_ended_min_ago" and (info.value.min, info.value.max) == (0, 525600)
    for value in ("20", True, "0x14"):
        with pytest.raises(calfcare.InvalidInputError) as info:
            calfcare.relief_protocol("rice", ice_min=value)
        assert info.value.field == "ice_min"
    assert math.isclose(calfcare.relief_protocol("rice", ice_min=np.float32(20)).total_s, 1320)


def test_the_gate_rows_are_readable():
    capi = calfcare.capi
    for flag in range(1, capi.CALFCARE_FLAG_COUNT):
        g = capi.calfcare_diagnosis_gate(flag)
        assert g.flag == flag and g.blocks & capi.CALFCARE_CARE_RUNNING
        assert g.first_aid in (capi.CALFCARE_RELIEF_RICE, capi.CALFCARE_RELIEF_REST)
        assert g.why and g.source
    assert capi.calfcare_diagnosis_gate(0) is None


def test_rtr_advance_reads_the_gate():
    with pytest.raises(calfcare.BlockedError) as info:
        calfcare.rtr_advance(2, 0, True, fever=True)
    assert info.value.red_flag == "systemic" and info.value.care == "running"
    with pytest.raises(calfcare.BlockedError):
        calfcare.rtr_advance(2, 0, True, numbness=True)
    assert calfcare.rtr_advance(2, 0, True, fever=False).stage == 2
    with pytest.raises(TypeError):
        calfcare.rtr_advance(2, 0, True, cadence=170)


@pytest.mark.parametrize("name, symptom, flag, care", [
    ("stretch", "cannot_walk_4_steps", "cannot_bear_weight", "stretch"),
    ("full", "fever", "systemic", "compression"),
    ("roll", "fever", "systemic", "foam_roll"),
])
def test_relief_refuses_what_a_red_flag_blocks(name, symptom, flag, care):
    with pytest.raises(calfcare.BlockedError) as info:
        calfcare.relief_protocol(name, **{symptom: True})
    assert (info.value.red_flag, info.value.care) == (flag, care)
