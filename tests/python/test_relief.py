"""Python tests of the relief area: schedules, errors naming the field, blocked steps, the ice
gap, and the timer driven by a fake clock (wrap, backwards, jumps, pause/resume/skip, save/restore)."""
import dataclasses
import json
import pathlib

import pytest

import calfcare
from calfcare import capi


class FakeClock:
    """A settable clock in ms, like a watch's uint32 monotonic counter."""

    def __init__(self, now=0):
        self.now = now

    def __call__(self):
        return self.now

    def advance(self, ms):
        self.now += ms


# ---- schedules -------------------------------------------------------------------------------

CASES = json.loads((pathlib.Path(__file__).resolve().parents[1] / "data" / "relief" / "schedules.json")
                   .read_text())["cases"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: " ".join([c["name"], *c["args"]]))
def test_schedule_totals(case):
    build = calfcare.relief_protocol if case["cmd"] == "relief" else calfcare.routine
    p = build(case["name"], **case["kwargs"])
    assert p.name == case["name"]
    assert len(p) == case["steps"] and len(p.steps) == case["steps"]
    assert p.total_s == case["total_s"], case["why"]
    at = 0
    for i, step in enumerate(p):
        assert step.index == i
        assert step.start_s == at
        at += step.duration_s
    assert at == case["total_s"]
    assert all(isinstance(a, calfcare.Reason) for a in p.advice)


def test_stretch_steps_are_dataclasses():
    p = calfcare.relief_protocol("stretch", reps=1, hold_s=25)
    s = p.steps[1]
    assert (s.kind, s.side, s.start_s, s.duration_s) == ("stretch_straight", "left", 5, 25)
    assert s.cue == "stretch_straight" and s.cue_code == 2005 and "heel down" in s.cue_text
    assert s.care == "stretch" and s.halfway and s.countdown and not s.switch_side
    assert p.steps[2].kind == "get_ready" and p.steps[2].switch_side
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.duration_s = 10
    assert p.total_s == 120  # 2 x 1 x 2 x (5 + 25)


def test_to_dict_keys_are_the_attribute_names():
    p = calfcare.relief_protocol("rice", ice_min=17.5)
    d = p.to_dict()
    assert list(d) == ["name", "steps", "total_s", "advice", "week"]
    assert d["name"] == "rice" and d["week"] is None
    assert d["steps"][2] == {"index": 2, "kind": "ice", "side": "none", "start_s": 120, "duration_s": 1050,
                             "cue": "ice_apply", "cue_code": 2003, "cue_text": calfcare.reason(2003).text, "reps": 0,
                             "care": "ice", "halfway": True, "countdown": True, "switch_side": False}
    assert d["total_s"] == 1170
    r = calfcare.reason(2100)
    assert {"code": 2100, "name": "ice_gap_60", "text": r.text, "source": r.source, "strength": r.strength} in d["advice"]
    json.dumps(d)


def test_intermittent_ice():
    p = calfcare.relief_protocol("rice", ice_rounds=2)
    # 60 + 60 s, then 10 min on, 10 off, 10 on (Bleakley 2006)
    assert [(s.kind, s.start_s, s.duration_s) for s in p.steps] == [
        ("rest", 0, 60), ("compress", 60, 60), ("ice", 120, 600), ("ice_break", 720, 600), ("ice", 1320, 600)]
    assert p.total_s == 1920
    assert p.steps[3].cue == "ice_break" and p.steps[3].care == ""
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.relief_protocol("rice", ice_rounds=3)
    assert (info.value.field, info.value.min, info.value.max) == ("ice_rounds", 1, 2)
    with pytest.raises(calfcare.TooSoonError):
        calfcare.relief_protocol("rice", ice_rounds=2, last_ice_ended_min_ago=20)


def test_strength_week_progression():
    assert calfcare.routine("strength").week == 1
    w3 = calfcare.routine("strength", week=3)
    assert w3.steps[0].kind == "calf_raise_single" and w3.steps[0].reps == 10
    assert w3.total_s == 300  # 6 x 30 + 2 x 60
    w6 = calfcare.routine("strength", week=6)
    assert w6.steps[0].kind == "calf_raise_eccentric" and w6.total_s == 540
    assert calfcare.routine("warmup").week is None


# ---- errors ----------------------------------------------------------------------------------

@pytest.mark.parametrize("kwargs,field,lo,hi", [
    ({"ice_min": 14}, "ice_min", 15, 20), ({"ice_min": 21}, "ice_min", 15, 20),
    ({"hold_s": 19.5}, "hold_s", 20, 30), ({"hold_s": 31}, "hold_s", 20, 30),
    ({"reps": 0}, "reps", 1, 5), ({"reps": 6}, "reps", 1, 5), ({"reps": 2.5}, "reps", 1, 5),
    ({"roll_s": 29}, "roll_s", 30, 120), ({"roll_s": 121}, "roll_s", 30, 120),
    ({"sets": 0}, "sets", 1, 3), ({"sets": 4}, "sets", 1, 3),
    ({"ice_min": float("nan")}, "ice_min", 15, 20),
    ({"last_ice_ended_min_ago": -3}, "last_ice_ended_min_ago", 0, 525600),
])
def test_invalid_input_names_field(kwargs, field, lo, hi):
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.relief_protocol("full", **kwargs)
    assert info.value.field == field
    assert (info.value.min, info.value.max) == (lo, hi)
    assert str(info.value).startswith(field + ":")


def test_invalid_week_and_names():
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.routine("strength", week=53)
    assert info.value.field == "week"
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.relief_protocol("warmup")
    assert info.value.field == "protocol"
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.routine("rice")
    assert info.value.field == "protocol"
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.relief_protocol("rice", ice_min="lots")
    assert info.value.field == "ice_min"
    assert issubclass(calfcare.InvalidInputError, ValueError)


def test_ice_gap():
    calfcare.relief_protocol("rice", last_ice_ended_min_ago=60)
    with pytest.raises(calfcare.TooSoonError) as info:
        calfcare.relief_protocol("rice", last_ice_ended_min_ago=59)
    assert info.value.field == "last_ice_ended_min_ago"
    assert "1 min more" in str(info.value)
    with pytest.raises(calfcare.TooSoonError):
        calfcare.relief_protocol("full", last_ice_ended_min_ago=0)
    calfcare.relief_protocol("stretch", last_ice_ended_min_ago=0)  # no ice: fine
    assert issubclass(calfcare.TooSoonError, calfcare.RefusedError)


def test_blocked_by_mapping():
    with pytest.raises(calfcare.BlockedError) as info:
        calfcare.relief_protocol("stretch", blocked={"stretch": "dvt", "foam_roll": "dvt"})
    e = info.value
    assert e.red_flag == "dvt" and e.care == "stretch" and e.step_kind == "stretch_straight"
    assert "dvt" in str(e) and "stretch_straight" in str(e)
    assert calfcare.relief_protocol("rice", blocked={"stretch": "dvt"}).name == "rice"
    with pytest.raises(calfcare.BlockedError) as info:
        calfcare.routine("strength", blocked={"running": "achilles_rupture"})
    assert info.value.step_kind == "calf_raise_double"
    # red flag beats the ice gap
    with pytest.raises(calfcare.BlockedError):
        calfcare.relief_protocol("rice", blocked={"ice": "nerve"}, last_ice_ended_min_ago=5)


def test_blocked_by_struct_and_bad_mapping():
    b = capi.calfcare_blocked()
    capi.calfcare_relief_block(b, capi.CALFCARE_CARE_FOAM_ROLL, capi.CALFCARE_FLAG_CALF_TEAR)
    with pytest.raises(calfcare.BlockedError) as info:
        calfcare.relief_protocol("full", blocked=b)
    assert info.value.step_kind == "foam_roll" and info.value.red_flag == "calf_tear"
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.relief_protocol("rice", blocked={"yoga": "dvt"})
    assert info.value.field == "care"
    with pytest.raises(calfcare.InvalidInputError) as info:
        calfcare.relief_protocol("rice", blocked={"ice": "sunburn"})
    assert info.value.field == "flag"
    with pytest.raises(calfcare.InvalidInputError) as info:
        capi.calfcare_relief_block(b, 3, 1)
    assert info.value.field == "care"


# ---- timer -----------------------------------------------------------------------------------

ROLL30 = [  # roll, 1 set of 30 s per leg: (type, step, ms after start)
    ("step_start", 0, 0), ("halfway", 0, 15000), ("countdown", 0, 27000), ("countdown", 0, 28000),
    ("countdown", 0, 29000), ("step_done", 0, 30000), ("step_start", 1, 30000), ("switch_side", 1, 30000),
    ("halfway", 1, 45000), ("countdown", 1, 57000), ("countdown", 1, 58000), ("countdown", 1, 59000),
    ("step_done", 1, 60000), ("session_done", 1, 60000),
]


def run_ticks(timer, clock, until_ms, tick=100):
    out = []
    end = clock.now + until_ms
    while clock.now <= end:
        out += timer.update()
        clock.advance(tick)
    return out


def test_timer_10hz_with_fake_clock():
    clock = FakeClock(1000)
    t = calfcare.Timer(calfcare.relief_protocol("roll", sets=1, roll_s=30), clock)
    assert t.state == "ready"
    t.start()
    events = run_ticks(t, clock, 61000)
    assert [(e.type, e.step, e.due_ms - 1000) for e in events] == ROLL30
    assert not any(e.late for e in events)
    assert [e.seconds_left for e in events if e.type == "countdown"] == [3, 2, 1, 3, 2, 1]
    assert events[7].side == "right"
    assert t.state == "done"
    assert t.update() == []


def test_timer_wrap_at_2_32():
    clock = FakeClock(2**32 - 20000)
    t = calfcare.Timer(calfcare.relief_protocol("roll", sets=1, roll_s=30), clock)
    t.start()
    events = run_ticks(t, clock, 61000)
    assert [(e.type, e.step) for e in events] == [(k, s) for k, s, _ in ROLL30]
    assert events[5].due_ms == 10000  # (2**32 - 20000 + 30000) mod 2**32
    assert events[-1].due_ms == (2**32 - 20000 + 60000) % 2**32


def test_timer_backwards_and_long_jump():
    clock = FakeClock(100)
    t = calfcare.Timer(calfcare.relief_protocol("roll", sets=1, roll_s=30), clock)
    t.start()
    clock.now = 10100
    assert [e.type for e in t.update()] == ["step_start"]
    clock.now = 5100  # back 5 s
    assert t.update() == []
    assert t.status().step_elapsed_ms == 10000
    clock.now = 10100  # 5 s after the new reading: 15 s into the step
    assert [e.type for e in t.update()] == ["halfway"]
    clock.advance(100000)  # the watch slept
    late = t.update()
    assert [e.type for e in late] == [k for k, _, _ in ROLL30[2:]]
    assert all(e.late for e in late)
    assert t.update() == []


def test_timer_pause_resume_skip_status():
    clock = FakeClock(0)
    t = calfcare.Timer(calfcare.relief_protocol("roll", sets=1, roll_s=30), clock)
    t.start()
    clock.now = 10000
    t.update()
    t.pause()
    clock.now = 50000
    assert t.update() == []
    st = t.status()
    assert (st.state, st.step_remaining_ms, st.next_event_in_ms) == ("paused", 20000, None)
    t.resume()
    st = t.status()
    assert st.next_event_in_ms == 5000 and st.session_total_ms == 60000
    assert abs(st.session_progress - 10 / 60) < 1e-12
    clock.now = 55000
    assert [(e.type, e.due_ms) for e in t.update()] == [("halfway", 55000)]
    t.skip()
    ev = t.update()
    assert [(e.type, e.step, e.skipped) for e in ev] == [("step_done", 0, True), ("step_start", 1, False),
                                                        ("switch_side", 1, False)]
    clock.now = 85000
    assert t.update()[-1].type == "session_done"
    assert t.status().session_progress == 1.0


def test_timer_save_restore_mid_step():
    clock = FakeClock(2**32 - 16000)
    t = calfcare.Timer(calfcare.relief_protocol("roll", sets=1, roll_s=30), clock)
    t.start()
    clock.advance(12000)
    t.update()
    blob = t.save()
    # 68 bytes of state + 8 per step: roll with one set has 2 steps
    assert isinstance(blob, bytes) and len(blob) == 68 + 2 * 8
    t2 = calfcare.Timer.restore(blob, clock)
    clock.advance(28000)  # killed at 12 s, back at 40 s: the missed events, late, once
    a, b = t.update(), t2.update()
    assert a == b
    assert [e.type for e in a] == [k for k, _, _ in ROLL30[1:8]]
    assert all(e.late for e in a)


def test_timer_corrupt_restore():
    t = calfcare.Timer(calfcare.relief_protocol("stretch"), FakeClock(0))
    t.start()
    blob = bytearray(t.save())
    blob[100] ^= 0x01
    with pytest.raises(calfcare.StateError):
        calfcare.Timer.restore(bytes(blob))
    with pytest.raises(calfcare.StateError):
        calfcare.Timer.restore(b"\0" * 640)
    with pytest.raises(calfcare.StateError):
        calfcare.Timer.restore(b"short")


def _fnv_seal(blob):
    """Re-seal a saved timer as the library does (FNV-1a, checksum field at bytes 8-11 taken as 0)."""
    blob[8:12] = b"\0\0\0\0"
    h = 2166136261
    for c in blob:
        h = ((h ^ c) * 16777619) & 0xFFFFFFFF
    blob[8:12] = h.to_bytes(4, "little")
    return bytes(blob)


def test_timer_forged_restore_refused_never_keyerror():
    t = calfcare.Timer(calfcare.relief_protocol("roll", sets=1, roll_s=30), FakeClock(0))
    t.start()
    good = bytearray(t.save())
    # a well-sealed blob restores
    assert calfcare.Timer.restore(_fnv_seal(bytearray(good)), FakeClock(0)).status(0).state == "running"
    # an unknown cue code (step 0, bytes 72-73), well sealed: refused as a state error, not a KeyError
    forged = bytearray(good)
    forged[72:74] = (2999).to_bytes(2, "little")
    with pytest.raises(calfcare.StateError):
        calfcare.Timer.restore(_fnv_seal(forged))
    # an ice step (kind 3) in a roll session, and a 25-minute step
    forged = bytearray(good)
    forged[74] = 3
    with pytest.raises(calfcare.StateError):
        calfcare.Timer.restore(_fnv_seal(forged))
    forged = bytearray(good)
    forged[68:72] = (25 * 60000).to_bytes(4, "little")
    with pytest.raises(calfcare.StateError):
        calfcare.Timer.restore(_fnv_seal(forged))
    # any single byte changed and re-sealed: refused, or a timer whose updates and status all work
    accepted = 0
    for i in range(len(good)):
        if 8 <= i < 12:
            continue
        for v in (0, 1, 2, 0x7F, 0xFF):
            forged = bytearray(good)
            forged[i] = v
            try:
                r = calfcare.Timer.restore(_fnv_seal(forged), FakeClock(0))
            except calfcare.StateError:
                continue
            accepted += 1
            for now in range(0, 200000, 7000):
                for e in r.update(now):
                    assert e.cue and e.kind != "unknown"
                r.status(now)
    assert accepted > 0  # e.g. the clock fields take any value


def test_timer_misuse():
    t = calfcare.Timer(calfcare.routine("cooldown"), FakeClock(0))
    with pytest.raises(calfcare.StateError):
        t.pause()
    t.start()
    with pytest.raises(calfcare.StateError):
        t.start()
    with pytest.raises(TypeError):
        calfcare.Timer("stretch")
    events = [str(e) for e in t.update(0)]
    assert events == ["step_start: step 0 get_ready left"]


def test_relief_is_the_short_name_of_relief_protocol():
    assert calfcare.relief is calfcare.relief_protocol
    assert calfcare.relief("rice").to_dict()["name"] == "rice"


def test_blocked_takes_the_diagnosis_or_its_mapping():
    dx = calfcare.diagnose(deep_vein_tenderness=True)
    assert "stretch" in dx.blocked and dx.blocked_by["stretch"] == "dvt"
    for blocked in (dx, dx.blocked_by, {"stretch": "dvt"}):
        with pytest.raises(calfcare.BlockedError) as info:
            calfcare.relief_protocol("stretch", blocked=blocked)
        assert info.value.red_flag == "dvt" and info.value.care == "stretch"
    # nothing blocked: the Diagnosis of a runner without red flags lets every protocol build
    assert calfcare.relief_protocol("stretch", blocked=calfcare.diagnose(cadence=160)).steps


def _outcome(build):
    """("blocked", care, step kind, red flag) of a refusal, or ("built", steps) of a protocol."""
    try:
        p = build()
    except calfcare.BlockedError as e:
        return ("blocked", e.care, e.step_kind, e.red_flag)
    return ("built", p.steps)


# Symptoms whose red flags block different care kinds (docs/diagnosis.md's gate), and none.
BLOCKING_SYMPTOMS = [dict(deep_vein_tenderness=True), dict(fever=True), dict(numbness=True),
                     dict(sudden_pop=True, weak_push_off=True), dict(cannot_walk_4_steps=True), dict()]


@pytest.mark.parametrize("symptoms", BLOCKING_SYMPTOMS, ids=lambda s: ",".join(s) or "none")
def test_blocked_list_blocks_as_the_diagnosis_does(symptoms):
    # dx.blocked (a tuple of care kinds) does not say which red flag blocks each kind: the kinds are
    # blocked just the same, so every protocol and routine is refused at the same step for the same
    # care kind as with blocked=dx and blocked=dx.blocked_by (never weaker); the refusal's red flag
    # is "unnamed" (CALFCARE_FLAG_UNNAMED), not a made-up one and not "none".
    dx = calfcare.diagnose(**symptoms)
    builds = [(name, {}) for name in calfcare.RELIEF_PROTOCOLS + calfcare.ROUTINES] + [("roll", {"tool": "ball"}),
                                                                                      ("full", {"tool": "ball"})]
    refused = 0
    for name, kw in builds:
        make = calfcare.routine if name in calfcare.ROUTINES else calfcare.relief_protocol
        with_dx = _outcome(lambda: make(name, blocked=dx, **kw))
        assert _outcome(lambda: make(name, blocked=dx.blocked_by, **kw)) == with_dx
        for listed in (dx.blocked, list(dx.blocked), [c.word for c in dx.blocked], set(dx.blocked)):
            got = _outcome(lambda: make(name, blocked=listed, **kw))
            if with_dx[0] == "blocked":
                assert got == with_dx[:3] + ("unnamed",), (name, listed)
            else:
                assert got == with_dx, (name, listed)
        refused += with_dx[0] == "blocked"
    if symptoms.get("fever"):  # the systemic flag blocks every kind: only "rest" (no ice, no bandage) builds
        assert refused == len(builds) - 1 and _outcome(lambda: calfcare.relief_protocol("rest", blocked=dx))[0] == "built"
    assert refused == 0 if not symptoms else refused > 0


def test_the_same_protocol_is_refused_for_all_three_forms():
    dx = calfcare.diagnose(deep_vein_tenderness=True)  # dvt blocks massage, foam_roll, stretch, ...
    for blocked, flag in ((dx, "dvt"), (dx.blocked_by, "dvt"), (dx.blocked, "unnamed")):
        with pytest.raises(calfcare.BlockedError) as info:
            calfcare.relief_protocol("stretch", blocked=blocked)
        e = info.value
        assert (e.care, e.step_kind, e.red_flag) == ("stretch", "stretch_straight", flag)
        assert "stretch is blocked by the red flag" in str(e) and e.field == "stretch"
    assert "(not named)" in str(_raises(calfcare.BlockedError, lambda: calfcare.relief_protocol("stretch", blocked=dx.blocked)))


def _raises(exc, fn):
    with pytest.raises(exc) as info:
        fn()
    return info.value


def test_blocked_list_forms_and_bad_lists():
    # one word, CareKind members, bits, a diagnose_frame cell (a tuple of words), an empty list
    assert _raises(calfcare.BlockedError, lambda: calfcare.relief_protocol("rice", blocked="ice")).care == "ice"
    assert _raises(calfcare.BlockedError, lambda: calfcare.relief_protocol("rice", blocked=[calfcare.CareKind.ICE])
                   ).red_flag == "unnamed"
    e = _raises(calfcare.BlockedError, lambda: calfcare.relief_protocol("roll", blocked=[capi.CALFCARE_CARE_FOAM_ROLL]))
    assert (e.care, e.step_kind) == ("foam_roll", "foam_roll")
    assert calfcare.relief_protocol("rice", blocked=[]).steps == calfcare.relief_protocol("rice").steps
    assert calfcare.relief_protocol("rice", blocked=("stretch", "foam_roll")).steps  # rice has neither
    # a mapping may say "unnamed" too (the library's word for it)
    assert _raises(calfcare.BlockedError, lambda: calfcare.relief_protocol("rice", blocked={"ice": "unnamed"})
                   ).red_flag == "unnamed"
    # bad lists name what is wrong; nothing is silently dropped
    assert _raises(calfcare.InvalidInputError, lambda: calfcare.relief_protocol("rice", blocked=["ice", "yoga"])
                   ).field == "care"
    assert _raises(calfcare.InvalidInputError, lambda: calfcare.relief_protocol("rice", blocked=[True])).field == "care"
    assert _raises(calfcare.InvalidInputError, lambda: calfcare.relief_protocol("rice", blocked=[3])).field == "care"
    e = _raises(calfcare.InvalidInputError, lambda: calfcare.relief_protocol("rice", blocked=42))
    assert e.field == "blocked" and "its blocked list of care kinds" in str(e)
    assert _raises(calfcare.InvalidInputError, lambda: calfcare.relief_protocol("rice", blocked=["ice", 2.5])
                   ).field == "care"


def test_clock_ms_refuses_clocks_that_count_seconds():
    # time.monotonic counts seconds: as clock_ms it would run a session 1000 times too slowly.
    import time
    p = calfcare.relief_protocol("roll", sets=1, roll_s=30)
    for clock in (time.monotonic, time.time, time.perf_counter):
        with pytest.raises(calfcare.InvalidInputError, match=r"clock_ms: time\.\w+ counts seconds") as info:
            calfcare.Timer(p, clock_ms=clock)
        assert info.value.field == "clock_ms"
    with pytest.raises(calfcare.InvalidInputError, match="clock_ms: expected a callable"):
        calfcare.Timer(p, clock_ms=1000)
    with pytest.raises(TypeError):
        calfcare.Timer(p, clock=lambda: 0)          # the old name is gone: it said nothing of the unit
    # the default counts milliseconds: two readings 20 ms apart differ by about 20
    t = calfcare.Timer(p)
    a = t._clock()
    time.sleep(0.02)
    assert 15 <= t._clock() - a <= 2000 and isinstance(a, int)
    # a millisecond clock drives the session: the 30 s roll ends 30,000 ms after the start
    now = [5000]
    t = calfcare.Timer(p, clock_ms=lambda: now[0])
    t.start()
    now[0] += 30000
    kinds = [e.type for e in t.update()]
    assert "step_done" in kinds


# ---- the massage ball -------------------------------------------------------------------------

def test_roll_with_the_massage_ball():
    p = calfcare.relief_protocol("roll", tool="ball")
    # The roller's dose: 3 sets x left, right x 60 s = 6 steps, 360 s.
    assert len(p) == 6 and p.total_s == 360
    assert {s.kind for s in p.steps} == {"massage_ball"}
    assert {(s.cue, s.cue_code, s.care) for s in p.steps} == {("massage_ball", 2018, "foam_roll")}
    assert "massage ball" in p.steps[0].cue_text
    assert calfcare.relief_protocol("roll", tool="roller").steps[0].kind == "foam_roll"
    assert calfcare.relief_protocol("roll").steps[0].kind == "foam_roll"
    full = calfcare.relief_protocol("full", tool="ball")
    assert full.steps[28].kind == "massage_ball" and full.steps[28].start_s == 2040
    assert calfcare.ROLLING_TOOLS == ("roller", "ball")


@pytest.mark.parametrize("name, tool, text", [
    ("roll", "stick", "tool: unknown word 'stick'; accepted: roller|ball"),
    ("roll", 1, "tool: expected one of the words roller, ball, got 1"),
    # the library's rule (calfcare_relief_build), the same in every host
    ("rice", "ball", "tool: ball and 'rice' conflict: tool applies to the protocols that roll (roll, full)"),
    ("strength", "ball", "tool: ball and 'strength' conflict: tool applies to the protocols that roll (roll, full)"),
])
def test_bad_tool(name, tool, text):
    with pytest.raises(calfcare.InvalidInputError) as e:
        if name == "strength":  # routine() has no tool: the library refuses it in the struct
            p = calfcare.capi.calfcare_relief_params()
            calfcare.capi.calfcare_relief_params_init(p)
            p.tool = calfcare.capi.CALFCARE_RELIEF_TOOL_BALL
            calfcare.capi.calfcare_relief_build(calfcare.capi.CALFCARE_RELIEF_STRENGTH, p, None,
                                                calfcare.capi.calfcare_relief_protocol())
        else:
            calfcare.relief_protocol(name, tool=tool)
    assert e.value.field == "tool"
    assert text in str(e.value)


def test_ball_is_blocked_as_rolling():
    with pytest.raises(calfcare.BlockedError) as e:
        calfcare.relief_protocol("roll", tool="ball", deep_vein_tenderness=True)
    assert (e.value.care, e.value.red_flag, e.value.step_kind) == ("foam_roll", "dvt", "massage_ball")


def test_ball_session_runs_on_the_timer():
    p = calfcare.relief_protocol("roll", tool="ball", sets=1, roll_s=30)
    now = [0]
    t = calfcare.Timer(p, clock_ms=lambda: now[0])
    t.start()
    now[0] = 60000
    kinds = {e.kind for e in t.update()}
    assert kinds == {"massage_ball"}
    assert t.status().state == "done"


# ---- the parameter table (calfcare/params.h) is the one source of names, ranges and defaults ---------

def _rows(table):
    c = calfcare.capi
    return {f.name: f for f in (c.calfcare_params_field_at(table, i) for i in range(c.calfcare_params_field_count(table)))}


def test_relief_keywords_are_the_table_rows():
    import inspect
    c = calfcare.capi
    rows = _rows(c.CALFCARE_PARAMS_TABLE_RELIEF)
    kw = lambda fn: [p.name for p in inspect.signature(fn).parameters.values()  # noqa: E731
                     if p.kind == p.KEYWORD_ONLY and p.name != "blocked"]
    # relief_protocol takes every row but the strength week, routine the week: in the table's order
    assert kw(calfcare.relief_protocol) == [n for n in rows if n != "week"]
    assert kw(calfcare.routine) == ["week"]
    # the docstrings state each row's range and default as the table has them
    assert "ice_min: ice per application (15-20 min, default 15)." in calfcare.relief_protocol.__doc__
    assert "reps: stretch holds per side and variant (knee straight, knee bent) (1-5 holds per side, default 3)." \
        in calfcare.relief_protocol.__doc__
    assert "(0-525600 min, None: unknown)" in calfcare.relief_protocol.__doc__
    assert "('roller' or 'ball', default 'roller')" in calfcare.relief_protocol.__doc__
    assert "week: strength routine week" in calfcare.routine.__doc__ and "(1-52, default 1)" in calfcare.routine.__doc__
    # the struct the library initialises holds exactly the table's defaults, with int members for counts
    p = c.calfcare_relief_params()
    c.calfcare_relief_params_init(p)
    for name, f in rows.items():
        assert getattr(p, name) == f.default_value, name
    assert {n: f.type for n, f in rows.items() if f.type != c.CALFCARE_PARAMS_TYPE_DOUBLE} == {
        "reps": c.CALFCARE_PARAMS_TYPE_INT, "sets": c.CALFCARE_PARAMS_TYPE_INT, "week": c.CALFCARE_PARAMS_TYPE_INT,
        "ice_rounds": c.CALFCARE_PARAMS_TYPE_INT, "tool": c.CALFCARE_PARAMS_TYPE_CHOICE}
    assert isinstance(p.reps, int) and isinstance(p.tool, int)


@pytest.mark.parametrize("name, below, above", [("ice_min", 14.999, 20.001), ("hold_s", 19.5, 30.5), ("reps", 0, 6),
                                                ("roll_s", 29.99, 120.01), ("sets", 0, 4),
                                                ("last_ice_ended_min_ago", -0.5, 525600.5), ("ice_rounds", 0, 3)])
def test_relief_ranges_are_the_tables(name, below, above):
    f = _rows(calfcare.capi.CALFCARE_PARAMS_TABLE_RELIEF)[name]
    for v in (below, above, float("nan")):
        with pytest.raises(calfcare.InvalidInputError) as e:
            calfcare.relief_protocol("rice", **{name: v})
        assert e.value.field == name
        if v == v:
            assert (e.value.min, e.value.max) == (f.min, f.max)
    # the edges themselves are accepted (ice gap: long enough ago)
    calfcare.relief_protocol("roll", **{name: f.min if name != "last_ice_ended_min_ago" else 60})
    calfcare.relief_protocol("roll", **{name: f.max})
    if f.type == calfcare.capi.CALFCARE_PARAMS_TYPE_INT:
        with pytest.raises(calfcare.InvalidInputError, match="is not a whole number"):
            calfcare.relief_protocol("rice", **{name: f.min + 0.5})
