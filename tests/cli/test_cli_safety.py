"""The safety gate on the command line: red flags win in every command, repeated or conflicting
options are errors, one number rule, write errors are reported. Each example of the gate's
documentation (docs/diagnosis.md "The safety gate") is checked here, in tests/check_safety.c and in
tests/python/test_safety.py."""
import os
import subprocess

import pytest

from conftest import CALFCARE

DVT_RUNNER = ["--deep-vein-tenderness", "--pitting-edema", "--weekly-km", "30,32", "--last-run-km", "10",
              "--longest-run-30d-km", "12", "--cadence", "160"]


def codes(obj):
    return [a["name"] for a in obj["advice"]]


def test_urgent_dvt_gives_no_running_target(run):
    r = run("diagnose", "--json", *DVT_RUNNER)
    assert r.code == 0
    obj = r.json()
    assert obj["triage"] == "urgent" and obj["wells_score"] == 2
    # Only the referral, what is blocked, and the first aid the gate allows.
    assert codes(obj) == ["see_clinician_today", "avoid_blocked_care", "relief_rest"]
    assert "running" in obj["blocked"]
    assert not any("km" in a["text"] or "steps/min" in a["text"] for a in obj["advice"])
    assert obj["advice"][1]["text"] == ("Until a clinician clears you, do not massage, foam roll, stretch, run or "
                                        "use a compression bandage.")


@pytest.mark.parametrize("switch", ["--numbness", "--rest-pain"])
def test_see_clinician_flags_give_no_week_target(run, switch):
    obj = run("diagnose", "--json", switch, "--weekly-km", "30,32").json()
    assert obj["triage"] == "see_clinician"
    assert "next_week_cap" not in codes(obj)
    assert "running" in obj["blocked"]


def test_cannot_walk_advises_no_routine_and_routines_are_refused(run):
    obj = run("diagnose", "--json", "--cannot-walk-4-steps", "--heel-raises", "10,20", "--warmup", "never").json()
    assert obj["triage"] == "urgent"
    assert codes(obj) == ["see_clinician_today", "avoid_blocked_care", "relief_rice"]
    for name in ("warmup", "cooldown", "strength"):
        r = run("routine", name, "--json", "--cannot-walk-4-steps")
        assert r.code == 3, name
        assert "cannot_bear_weight" in r.err and r.out == ""
    # The first aid it advises builds under the same symptoms.
    assert run("relief", "rice", "--json", "--cannot-walk-4-steps").code == 0


@pytest.mark.parametrize("args, step", [
    (["stretch", "--cannot-walk-4-steps"], "stretch_straight"),
    (["full", "--fever"], "compress"),
    (["roll", "--fever"], "foam_roll"),
])
def test_relief_refuses_what_a_red_flag_blocks(run, args, step):
    r = run("relief", *args, "--json")
    assert r.code == 3
    assert r.out == ""
    assert f"the {step} step is refused" in r.err
    assert "refused for safety (CALFCARE_E_BLOCKED)" in r.err


def test_numbness_gets_the_rest_protocol(run):
    obj = run("diagnose", "--json", "--numbness").json()
    assert "relief_rest" in codes(obj)
    assert "relief_full" not in codes(obj) and "relief_rice" not in codes(obj)
    assert {"ice", "compression"} <= set(obj["blocked"])
    # What it advises builds; what needs sensation is refused.
    r = run("relief", "rest", "--json", "--numbness")
    assert r.code == 0
    rest = r.json()
    assert [s["kind"] for s in rest["steps"]] == ["rest"] and rest["total_s"] == 900
    assert rest["advice"][0]["name"] == "no_ice_no_bandage"
    r = run("relief", "full", "--json", "--numbness")
    assert r.code == 3 and "compression is blocked by the red flag nerve" in r.err
    r = run("relief", "rice", "--json", "--numbness")
    assert r.code == 3


def test_full_checks_the_pain_before_stretching(run):
    steps = run("relief", "full", "--json").json()["steps"]
    kinds = [s["kind"] for s in steps]
    assert kinds[:5] == ["rest", "compress", "ice", "pain_check", "get_ready"]
    check = steps[3]
    assert check["start_s"] == 1020 and check["duration_s"] == 600  # after 60 + 60 + 900 s
    assert "stop the session here" in check["cue"]["text"]


# ---- repeated and conflicting input ---------------------------------------------------------

@pytest.mark.parametrize("args, name", [
    (["diagnose", "--deep-vein-tenderness", "--deep-vein-tenderness=no"], "--deep-vein-tenderness"),
    (["diagnose", "--cadence", "160", "--cadence=170"], "--cadence"),
    (["relief", "rice", "--ice-min", "15", "--ice-min", "20"], "--ice-min"),
    (["relief", "rice", "--json", "--json"], "--json"),
    (["routine", "strength", "--week", "2", "--week", "3"], "--week"),
    (["plan", "--current-km", "20", "--current-km", "25", "--target-km", "30"], "--current-km"),
    (["return-to-run", "--stage", "2", "--stage", "3", "--pain-free", "yes"], "--stage"),
    (["shoes", "--foot-length-mm", "270", "--foot-length-mm", "271"], "--foot-length-mm"),
    (["check", "--weekly-km", "20,21", "--weekly-km", "20,22"], "--weekly-km"),
])
def test_an_option_given_twice_is_an_error(run, args, name):
    r = run(*args)
    assert r.code == 2
    assert r.out == ""
    assert f"{name}: given twice" in r.err


def test_the_last_switch_never_wins(run):
    r = run("diagnose", "--json", "--deep-vein-tenderness", "--deep-vein-tenderness=no")
    assert r.code == 2 and "self_care" not in r.out


@pytest.mark.parametrize("args, both", [
    (["relief", "rice", "--ice-rounds", "2", "--ice-min", "20"], ["--ice-min 20", "--ice-rounds 2"]),
    (["routine", "warmup", "--week", "3"], ["--week 3", "'warmup'"]),
    (["routine", "cooldown", "--week", "1"], ["--week 1", "'cooldown'"]),
    (["return-to-run", "--clean-streak", "1"], ["--clean-streak 1", "--stage"]),
])
def test_a_conflicting_pair_names_both(run, args, both):
    r = run(*args, "--json")
    assert r.code == 2
    assert all(b in r.err for b in both), r.err


def test_ice_rounds_alone_and_ice_min_alone_are_fine(run):
    assert run("relief", "rice", "--ice-rounds", "2", "--json").code == 0
    assert run("relief", "rice", "--ice-rounds", "1", "--ice-min", "20", "--json").code == 0
    assert run("return-to-run", "--stage", "2", "--clean-streak", "1", "--pain-free", "yes", "--json").code == 0


# ---- one number rule ------------------------------------------------------------------------------

@pytest.mark.parametrize("args, message", [
    (["relief", "rice", "--ice-min", "0x14"], "--ice-min: '0x14' is not a number"),
    (["relief", "rice", "--hold-s", "inf"], "--hold-s: 'inf' is not a number"),
    (["relief", "rice", "--speed", "0x10"], "--speed: '0x10' is not a number"),
    (["relief", "rice", "--ice-min", "20.0001"],
     "--ice-min: 20.0001 is outside the accepted range; accepted: 15 to 20 min"),
    (["relief", "rice", "--last-ice-ended-min-ago", "-1"],
     "--last-ice-ended-min-ago: -1 is outside the accepted range; accepted: 0 to 525600 min"),
    (["plan", "--current-km", "20", "--target-km", "30", "--weeks", "0"],
     "--weeks: 0 is outside the accepted range; accepted: 1 to 156 weeks"),
    (["plan", "--current-km", "0x14", "--target-km", "30"], "--current-km: '0x14' is not a number"),
    (["diagnose", "--cadence", "0xA0"], "--cadence: '0xA0' is not a number"),
    (["diagnose", "--cadence", "240.5"], "--cadence: 240.5 is outside the accepted range"),
])
def test_one_number_rule(run, args, message):
    r = run(*args, "--json")
    assert r.code == 2
    assert message in r.err, r.err


# ---- write errors -------------------------------------------------------------------------------

@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [
    ["diagnose", "--fever"], ["diagnose", "--json"], ["relief", "rice", "--schedule"], ["relief", "full", "--json"],
    ["routine", "warmup", "--json"], ["check", "--weekly-km", "20,21"], ["plan", "--current-km", "20",
                                                                         "--target-km", "30"],
    ["return-to-run"], ["shoes", "--foot-length-mm", "270"], ["demo"], ["--help"], ["--version"],
    ["diagnose", "--help"],
])
def test_write_errors_exit_1_with_a_message(args):
    with open("/dev/full", "w") as full:
        proc = subprocess.run([CALFCARE, *args], stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert proc.returncode == 1, (args, proc.stderr)
    assert "calfcare: " in proc.stderr and ("write" in proc.stderr)


def test_return_to_run_reads_the_gate(run):
    r = run("return-to-run", "--json", "--stage", "2", "--pain-free", "yes", "--fever")
    assert r.code == 3 and r.out == ""
    assert "running is blocked by the red flag systemic" in r.err
    r = run("return-to-run", "--json", "--calf-swelling-cm", "4", "--previous-dvt")
    assert r.code == 3 and "red flag dvt" in r.err
    # Rest pain (see a clinician) blocks running too; an explicit no is no flag.
    assert run("return-to-run", "--json", "--rest-pain").code == 3
    r = run("return-to-run", "--json", "--stage", "2", "--pain-free", "yes", "--fever=no")
    assert r.code == 0 and r.json()["next"]["stage"] == 2
