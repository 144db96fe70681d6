#!/usr/bin/env python3
"""Write the hand-made seed inputs of the fuzz targets into tests/fuzz/corpus/<target>/.

Each seed follows the byte layout its target reads (see the fz_* readers in fuzz_common.h and the
comments of each fuzz_<target>.c), so that fuzzing starts from meaningful cases: every red flag,
every protocol, timers across the 2^32 ms wrap, every progression function, and so on.
The CSV seeds are copies of tests/data/progression fixtures. Run from anywhere:
    python3 tests/fuzz/make-seeds.py
"""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))


def write(target, name, data):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(bytes(data))


# ---- diagnose: ops of (field id + 1, op, args) ---------------------------------------------
DX = {"weekly_km": 0, "last_run_km": 1, "longest_run_30d_km": 2, "warmup": 3, "stretch_after": 4,
      "foot_strike": 5, "cadence": 6, "overstride": 7, "heel_raises": 8, "knee_to_wall_cm": 9,
      "shoe_km": 10, "shoe_age_months": 11, "shoe_drop_mm": 12, "previous_drop_mm": 13,
      "cushioning": 14, "minimalist": 15, "age": 16, "sex": 17, "body_mass_kg": 18,
      "previous_calf_strain": 19, "active_cancer": 20, "paralysis_or_cast": 21,
      "bedridden_or_surgery": 22, "deep_vein_tenderness": 23, "whole_leg_swollen": 24,
      "calf_swelling_cm": 25, "pitting_edema": 26, "collateral_veins": 27, "previous_dvt": 28,
      "alternative_diagnosis_likely": 29, "sudden_pop": 30, "weak_push_off": 31,
      "thompson_positive": 32, "palpable_gap": 33, "bruising": 34,
      "predictable_exertional_pain": 35, "numbness": 36, "night_pain": 37, "rest_pain": 38,
      "focal_bone_tenderness": 39, "pain_on_hopping": 40, "fever": 41, "cannot_walk_4_steps": 42,
      "max_increase_pct": 43, "cadence_increase_pct": 44, "heel_raises_norm": 45,
      "knee_to_wall_min_cm": 46, "shoe_limit_km": 47, "minimalist_weekly_km": 48, "shoe_limit_months": 49}


def yes(field):          # op 1 on a switch: set to 1
    return [DX[field] + 1, 1]


def no(field):           # op 7: set to 0
    return [DX[field] + 1, 7]


def number(field, k):    # op 1 on a number: lo + (hi - lo) * k / 199
    return [DX[field] + 1, 1, k]


def pair(field, k1, k2):  # op 3: set_list of 2 values from the mostly-valid reader (i % 3 != 0 -> mostly valid)
    return [DX[field] + 1, 3, 2, 19, k1, k2]  # first value via fz_double case 19 = 1.0, kept simple


def text(field, s):      # op 4: set_text
    b = s.encode()
    return [DX[field] + 1, 4, len(b)] + list(b)


flags = {
    "dvt_wells_2": yes("deep_vein_tenderness") + yes("pitting_edema") + no("previous_dvt"),
    "dvt_low_score": yes("whole_leg_swollen") + yes("alternative_diagnosis_likely"),
    "rupture_thompson": yes("thompson_positive"),
    "rupture_pop_weak": yes("sudden_pop") + yes("weak_push_off"),
    "tear_pop_bruising": yes("sudden_pop") + yes("bruising"),
    "exertional_numb": yes("predictable_exertional_pain") + yes("numbness"),
    "stress_fracture_night": yes("focal_bone_tenderness") + yes("night_pain"),
    "fever": yes("fever"),
    "nerve": yes("numbness"),
    "cannot_walk": yes("cannot_walk_4_steps"),
    "rest_pain": yes("rest_pain"),
    "swelling_text": text("calf_swelling_cm", "3.5") + no("active_cancer"),
    "everything": sum((yes(f) for f in DX if 20 <= DX[f] <= 42 and f != "calf_swelling_cm"), []),
    "runner": text("weekly_km", "30,32,35,48") + text("cadence", "162") + text("warmup", "never")
              + text("heel_raises", "18,25") + text("shoe_km", "850") + text("sex", "male")
              + text("age", "44") + text("minimalist", "yes") + text("body_mass_kg", "80"),
    "thresholds": text("weekly_km", "40,44") + text("max_increase_pct", "5") + text("knee_to_wall_cm", "9,12")
                  + text("knee_to_wall_min_cm", "8") + text("shoe_limit_km", "600") + text("shoe_km", "610"),
    "empty": [],
}
for name, data in flags.items():
    write("diagnose", name, data)

# ---- relief: id, id mode, 7 member flags (+ values), blocked mode ---------------------------
for pid in range(1, 8):
    # bytes: id, mode (odd: 1 + (id & 7)), 7 x "keep default" (0), blocked mode 0 (NULL)
    write("relief", "protocol_%d" % pid, [pid - 1, 1] + [0] * 7 + [0])
# blocked through calfcare_relief_block: mode 1, count, (care, flag) pairs
write("relief", "full_blocked_stretch_dvt", [3, 1] + [0] * 7 + [1, 1, 4, 1])
write("relief", "rice_ice_too_soon", [0, 1] + [0] * 6 + [1, 16, 40] + [0])   # last_ice: fz_double case 16
write("relief", "strength_week_9", [6, 1] + [0] * 5 + [1, 15, 40, 0] + [0])  # week: fz_double case 15
write("relief", "raw_blocked_all", [3, 1] + [0] * 7 + [2] + [0xFF] * 4 + [0, 0, 0, 2] * 5)

# ---- timer: mode, protocol / steps, start clock, ops ----------------------------------------
def clock_ops(ops):
    out = []
    for op, clk, arg in ops:
        out += [op, clk] + arg
    return out


# built protocols (modes 0-2): mode, reps, sets, week, hold, id-1, start u32 (4), near-wrap flag
start_wrap = list(struct.pack(">I", 0xFFFFF000)) + [0]
session = clock_ops([(0, 3, [200, 4]), (0, 3, [200, 4]), (5, 8, []), (6, 3, [50]), (7, 0, [10]),
                     (8, 0, [10]), (0, 4, [0, 0, 0x40, 0, 8]), (11, 8, []), (9, 0, [0, 0, 1, 0, 7]),
                     (1, 5, [20, 3]), (0, 6, [0, 0, 0, 5, 2]), (1, 7, [3, 2]), (4, 0, [100])])
for pid in range(1, 8):
    write("timer", "built_%d_wrap" % pid, [0, 2, 2, 3, 5, pid - 1] + start_wrap + session)
write("timer", "built_stretch_zero", [0, 0, 0, 0, 0, 1] + [0, 0, 0, 0, 0] + session)
# made-up protocols (modes 3-6): mode, n, short flag, per step kind/side/duration-mode/(arg)/flags
steps = [0, 0, 0, 3] + [4, 1, 2, 100, 3] + [5, 2, 4, 1, 3]
write("timer", "made_up_3_steps", [3, 2, 1] + steps + start_wrap + session)
write("timer", "made_up_64_steps", [4, 63, 0] + [1, 1, 0, 3] * 64 + [0, 0, 0, 1, 0] + session)
# forged restore (mode 7)
write("timer", "forged_state", [7, 2, 1] + steps + [1, 7, 2, 99] + [30] + session)

# ---- progression: what, n, short flag, values, per-function bytes ----------------------------
for what in range(9):
    write("progression", "fn_%d" % what, [what, 11, 1] + [0x10 * (i % 5) + 20 for i in range(12)] + [5] * 40)
write("progression", "weekly_sample", [0, 6, 1] + [60, 66, 72, 90, 60, 100] + [0] * 20)
write("progression", "spikes_same_day", [4, 8, 1] + [80] * 8 + [4, 0] + [0, 0, 1, 3, 3, 9, 9, 30] + [1])

# ---- batch and shoes: written when the targets were made (kept) -------------------------------
for what in range(6):  # an empty series (the 0xEE marker byte after the short flag)
    write("progression", "empty_%d" % what, [what, 5, 0, 0xEE, 3, 3, 3, 3])
