"""CLI tests of `calfcare relief` and `calfcare routine`: the JSON schedule contract, the live run
(plain lines when not a terminal), exit codes and messages naming the option and its range."""
import json
import pathlib

import pytest

# Hand-computed schedules shared with the Python tests.
CASES = json.loads((pathlib.Path(__file__).resolve().parents[1] / "data" / "relief" / "schedules.json")
                   .read_text())["cases"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: " ".join([c["cmd"], c["name"], *c["args"]]))
def test_json_schedule_shape_and_totals(run, case):
    r = run(case["cmd"], case["name"], *case["args"], "--json")
    assert r.code == 0, r.err
    doc = r.json()
    assert doc["protocol"] == case["name"]
    assert len(doc["steps"]) == case["steps"]
    assert doc["total_s"] == case["total_s"], case["why"]
    at = 0
    for step in doc["steps"]:
        assert {"kind", "side", "start_s", "duration_s", "cue"} <= set(step)
        assert step["side"] in ("none", "left", "right")
        assert step["start_s"] == at
        at += step["duration_s"]
    assert at == case["total_s"]
    assert isinstance(doc["advice"], list) and doc["advice"]


def test_json_stretch_steps(run):
    doc = run("relief", "stretch", "--reps", "1", "--hold-s", "20", "--json").json()
    kinds = [(s["kind"], s["side"], s["start_s"], s["duration_s"]) for s in doc["steps"]]
    assert kinds == [
        ("get_ready", "left", 0, 5), ("stretch_straight", "left", 5, 20),
        ("get_ready", "right", 25, 5), ("stretch_straight", "right", 30, 20),
        ("get_ready", "left", 50, 5), ("stretch_bent", "left", 55, 20),
        ("get_ready", "right", 75, 5), ("stretch_bent", "right", 80, 20),
    ]
    assert doc["total_s"] == 100
    assert doc["steps"][1]["cue"]["name"] == "stretch_straight"
    assert doc["steps"][1]["cue"]["code"] == 2005
    assert "heel down" in doc["steps"][1]["cue"]["text"]


def test_json_rice_ice_and_advice(run):
    doc = run("relief", "rice", "--ice-min", "17.5", "--json").json()
    ice = doc["steps"][2]
    assert ice["kind"] == "ice" and ice["duration_s"] == 1050  # 17.5 min
    assert doc["total_s"] == 1170
    codes = [a["name"] for a in doc["advice"]]
    assert "ice_gap_60" in codes and "pause_running" in codes and "cross_train" in codes


def test_json_rice_intermittent_ice(run):
    doc = run("relief", "rice", "--ice-rounds", "2", "--json").json()
    assert [(s["kind"], s["start_s"], s["duration_s"]) for s in doc["steps"]] == [
        ("rest", 0, 60), ("compress", 60, 60), ("ice", 120, 600), ("ice_break", 720, 600), ("ice", 1320, 600)]
    assert doc["total_s"] == 1920
    r = run("relief", "rice", "--ice-rounds", "3")
    assert r.code == 2 and "--ice-rounds" in r.err and "1 to 2" in r.err


@pytest.mark.parametrize("week,kind,total", [
    (1, "calf_raise_double", 255), (2, "calf_raise_double", 300), (3, "calf_raise_single", 300),
    (4, "calf_raise_single", 390), (5, "calf_raise_eccentric", 468), (6, "calf_raise_eccentric", 540),
    (52, "calf_raise_eccentric", 540)])
def test_strength_weeks(run, week, kind, total):
    doc = run("routine", "strength", "--week", week, "--json").json()
    assert doc["week"] == week
    assert doc["steps"][0]["kind"] == kind
    assert doc["total_s"] == total
    assert doc["steps"][0]["reps"] > 0


@pytest.mark.parametrize("args,option,accepted", [
    (("relief", "rice", "--ice-min", "14.9"), "--ice-min", "15 to 20 min"),
    (("relief", "rice", "--ice-min", "20.5"), "--ice-min", "15 to 20 min"),
    (("relief", "stretch", "--hold-s", "31"), "--hold-s", "20 to 30 s"),
    (("relief", "stretch", "--hold-s", "19"), "--hold-s", "20 to 30 s"),
    (("relief", "stretch", "--reps", "6"), "--reps", "whole numbers from 1 to 5"),
    (("relief", "stretch", "--reps", "0"), "--reps", "whole numbers from 1 to 5"),
    (("relief", "roll", "--roll-s", "29"), "--roll-s", "30 to 120 s"),
    (("relief", "roll", "--roll-s", "121"), "--roll-s", "30 to 120 s"),
    (("relief", "roll", "--sets", "4"), "--sets", "whole numbers from 1 to 3"),
    (("relief", "rice", "--last-ice-ended-min-ago", "-5"), "--last-ice-ended-min-ago", "0 to 525600"),
    (("routine", "strength", "--week", "0"), "--week", "whole numbers from 1 to 52"),
    (("routine", "strength", "--week", "53"), "--week", "whole numbers from 1 to 52"),
    (("relief", "rice", "--speed", "0"), "--speed", "1 to 100000"),
])
def test_out_of_range_exit_2_names_option(run, args, option, accepted):
    r = run(*args, "--json")
    assert r.code == 2
    assert r.out == ""
    assert f"calfcare {args[0]}: {option}:" in r.err
    assert accepted in r.err


def test_bounds_accepted(run):
    for args in (("--ice-min", "15"), ("--ice-min", "20"), ("--hold-s", "20"), ("--reps", "5"),
                 ("--roll-s", "120"), ("--sets", "1"), ("--last-ice-ended-min-ago", "60")):
        assert run("relief", "full", *args, "--json").code == 0, args


def test_ice_gap_refused_exit_3(run):
    r = run("relief", "rice", "--last-ice-ended-min-ago", "45", "--json")
    assert r.code == 3
    assert r.out == ""
    assert "--last-ice-ended-min-ago: the last ice application ended 45 min ago" in r.err
    assert "15 min more" in r.err
    assert "CALFCARE_E_TOO_SOON" in r.err
    assert run("relief", "full", "--last-ice-ended-min-ago", "59").code == 3
    # no ice in these: the gap does not apply
    assert run("relief", "stretch", "--last-ice-ended-min-ago", "5", "--json").code == 0


def test_usage_errors(run):
    r = run("relief")
    assert r.code == 2 and "needs a protocol" in r.err
    r = run("relief", "warmup")
    assert r.code == 2 and "'warmup' is not a protocol" in r.err
    r = run("routine", "rice")
    assert r.code == 2 and "'rice' is not a routine" in r.err
    r = run("relief", "rice", "--no-such-option")
    assert r.code == 2 and "--no-such-option" in r.err
    r = run("routine", "warmup", "--ice-min", "15")
    assert r.code == 2 and "unknown option '--ice-min'" in r.err
    r = run("relief", "rice", "--ice-min", "abc")
    assert r.code == 2 and "--ice-min: 'abc' is not a number" in r.err
    r = run("relief", "rice", "--ice-min")
    assert r.code == 2 and "needs a value" in r.err


def test_help(run):
    r = run("relief", "--help")
    assert r.code == 0
    for opt in ("--ice-min", "--hold-s", "--reps", "--roll-s", "--sets", "--last-ice-ended-min-ago", "--ice-rounds",
                "--schedule", "--speed", "--json"):
        assert opt in r.out
    r = run("routine", "--help")
    assert r.code == 0 and "--week" in r.out


def test_schedule_text(run):
    r = run("relief", "roll", "--sets", "1", "--roll-s", "45", "--schedule")
    assert r.code == 0
    lines = r.out.splitlines()
    assert lines[0] == "roll: 2 steps, 1:30 total"
    assert "foam_roll left" in lines[2] and "0:45" in lines[2]
    assert "foam_roll right" in lines[3]


def test_live_run_plain_lines(run):
    # 60 s of rolling at 1000x: well under a second. Not a terminal: one line per event, with
    # the events' due times from the session start, whatever the speed.
    r = run("relief", "roll", "--sets", "1", "--roll-s", "30", "--speed", "1000", timeout=30)
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    events = [l for l in lines if l.startswith("[")]
    assert events == [
        "[0:00] step 1/2: foam_roll left, 0:30 - " + events[0].split(" - ", 1)[1],
        "[0:15] halfway", "[0:27] 3", "[0:28] 2", "[0:29] 1", "[0:30] step 1 done",
        "[0:30] step 2/2: foam_roll right, 0:30 - " + events[6].split(" - ", 1)[1],
        "[0:30] switch to the right leg",
        "[0:45] halfway", "[0:57] 3", "[0:58] 2", "[0:59] 1", "[1:00] step 2 done",
        "[1:00] session done",
    ]
    assert "\r" not in r.out and "\033" not in r.out
    assert "Advice:" in r.out


def test_live_routine_runs_to_the_end(run):
    r = run("routine", "strength", "--week", "3", "--speed", "5000", timeout=30)
    assert r.code == 0, r.err
    assert r.out.count("step ") >= 16  # 8 starts + 8 dones
    assert "[5:00] session done" in r.out  # 6 x 30 + 2 x 60 s


def test_demo_section(run):
    r = run("demo")
    assert r.code == 0
    assert "== Relief and prevention" in r.out
    assert "full: 34 steps, 40:00 total" in r.out
    assert "CALFCARE_E_TOO_SOON" in r.out


def test_live_run_on_a_terminal_draws_progress(run):
    # Run under a pseudo-terminal: the countdown/progress line is redrawn in place with '\r'.
    import os
    import pty
    import subprocess
    from conftest import CALFCARE
    master, slave = pty.openpty()
    proc = subprocess.Popen([CALFCARE, "relief", "roll", "--sets", "1", "--roll-s", "30", "--speed", "20"],
                            stdout=slave, stderr=subprocess.PIPE, close_fds=True)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # EIO once the child has exited and the pty is drained
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.wait(timeout=30) == 0
    out = b"".join(chunks).decode()
    assert "\r\x1b[K" in out
    assert "left [" in out and "session" in out and "#" in out
    assert "[1:00] session done" in out


# ---- symptom switches run through the diagnosis ------------------------------------------------

def test_dvt_sign_blocks_stretch_with_exit_3(run):
    # Any DVT sign blocks massage, foam rolling and stretching (Wells 1997; docs/diagnosis.md).
    r = run("relief", "stretch", "--schedule", "--deep-vein-tenderness")
    assert r.code == 3
    assert r.out == ""
    assert "stretch" in r.err and "dvt" in r.err


def test_rupture_picture_blocks_full_protocol(run):
    r = run("relief", "full", "--json", "--sudden-pop", "--thompson-positive")
    assert r.code == 3
    assert "achilles_rupture" in r.err


def test_unblocked_protocol_runs_but_warns_to_see_a_clinician(run):
    # Night pain needs a clinician but does not block ice (rice has no stretch or rolling).
    r = run("relief", "rice", "--json", "--night-pain")
    assert r.code == 0, r.err
    assert r.json()["protocol"] == "rice"
    assert "warning" in r.err and "see_clinician" in r.err


def test_symptom_value_option_is_validated(run):
    r = run("relief", "rice", "--schedule", "--calf-swelling-cm", "40")
    assert r.code == 2
    assert "--calf-swelling-cm" in r.err


def test_non_symptom_diagnosis_option_is_unknown_here(run):
    r = run("relief", "rice", "--schedule", "--cadence", "170")
    assert r.code == 2
    assert "unknown option '--cadence'" in r.err


def test_routine_takes_the_symptom_switches(run):
    # Fever (urgent) blocks running and so the warm-up drills: refused like relief, exit 3.
    r = run("routine", "warmup", "--schedule", "--fever")
    assert r.code == 3
    assert "the ankle_circles step is refused: running is blocked by the red flag systemic" in r.err
    assert "refused for safety (CALFCARE_E_BLOCKED)" in r.err
    r = run("routine", "strength", "--json", "--cannot-walk-4-steps")
    assert r.code == 3 and r.out == ""
    assert "calf_raise_double" in r.err and "cannot_bear_weight" in r.err
    # An explicit no is no red flag.
    assert run("routine", "cooldown", "--json", "--fever=no").code == 0
    # Not a symptom: still an unknown option.
    r = run("routine", "warmup", "--schedule", "--cadence", "170")
    assert r.code == 2 and "--cadence" in r.err


# ---- --tool roller|ball -------------------------------------------------------------------------

def test_tool_ball_roll_and_full(run):
    doc = run("relief", "roll", "--tool", "ball", "--json").json()
    # The roller's dose on the ball: 3 sets x left, right x 60 s.
    assert [(s["kind"], s["side"], s["duration_s"]) for s in doc["steps"]] == \
        [("massage_ball", side, 60) for _ in range(3) for side in ("left", "right")]
    assert doc["total_s"] == 360
    assert {(s["cue"]["name"], s["cue"]["code"]) for s in doc["steps"]} == {("massage_ball", 2018)}
    assert run("relief", "roll", "--tool=roller", "--json").json()["steps"][0]["kind"] == "foam_roll"
    full = run("relief", "full", "--tool", "ball", "--json").json()
    assert full["steps"][28]["kind"] == "massage_ball" and full["steps"][28]["start_s"] == 2040
    # The same schedule as Python's relief_protocol("full", tool="ball") (tests/python/test_relief.py).
    import calfcare
    py = calfcare.relief_protocol("full", tool="ball")  # the same steps in Python
    assert [(s["kind"], s["side"], s["start_s"], s["duration_s"], s["cue"]["code"]) for s in full["steps"]] == \
        [(s.kind, s.side, s.start_s, s.duration_s, s.cue_code) for s in py.steps]
    assert (full["total_s"], [a["code"] for a in full["advice"]]) == (py.total_s, [a.code for a in py.advice])
    assert "--tool roller|ball" in run("relief", "--help").out


@pytest.mark.parametrize("args, message", [
    (["roll", "--tool", "stick"], "--tool: 'stick' is not a rolling tool; accepted: roller, ball"),
    # the library's rule (calfcare_relief_build), its field named as the option
    (["rice", "--tool", "ball"], "--tool: ball and 'rice' conflict: tool applies to the protocols that roll (roll, full)"),
    (["roll", "--tool", "ball", "--tool", "roller"], "--tool"),
])
def test_tool_usage_errors(run, args, message):
    r = run("relief", *args)
    assert r.code == 2
    assert message in r.err


def test_tool_ball_blocked_exit_3(run):
    r = run("relief", "roll", "--tool", "ball", "--deep-vein-tenderness")
    assert r.code == 3
    assert "the massage_ball step is refused: foam_roll is blocked by the red flag dvt" in r.err


def test_routine_has_no_tool(run):
    assert run("routine", "cooldown", "--tool", "ball").code == 2


def test_demo_shows_the_ball(run):
    out = run("demo").out
    assert "'relief roll --tool ball' rolls with a massage ball, the same dose (6 steps)" in out


def test_help_ranges_are_the_library_table(run):
    """Every option of relief and routine --help shows its row of the library's table: the range and
    the default (or what leaving it out means), read from calfcare.capi, never retyped here."""
    import calfcare
    c = calfcare.capi
    table = c.CALFCARE_PARAMS_TABLE_RELIEF
    relief, routine = run("relief", "--help").out, run("routine", "--help").out
    for i in range(c.calfcare_params_field_count(table)):
        f = c.calfcare_params_field_at(table, i)
        opt = "--" + f.name.replace("_", "-")
        text = routine if f.name == "week" else relief
        assert opt in text and f.help in text, f.name
        if f.type == c.CALFCARE_PARAMS_TYPE_CHOICE:
            words = "|".join(c.calfcare_params_choice_name(table, i, v) for v in range(int(f.min), int(f.max) + 1))
            assert f"{opt} {words}" in text
            assert f"(default {c.calfcare_params_choice_name(table, i, int(f.default_value))})" in text
        else:
            unit = f" {f.unit}" if f.unit else ""
            assert f"[{f.min:g}..{f.max:g}{unit}]" in text, f.name
            assert (f"(default {f.default_value:g})" if f.default_value != f.unset else f"(leave it out: {f.unset_help})") in text
    # worked out from relief.h: ice 15-20 min default 15; reps 1-5 default 3
    assert "ice per application [15..20 min] (default 15)" in relief
    assert "[1..5 holds per side] (default 3)" in relief
