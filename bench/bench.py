"""make bench: libcalfcare against what users would otherwise write, and against the machine.

Run by `make bench` (see Makefile.am, "Benchmarks"); prints one table. Everything is
measured in this one run on one generated cohort:

1. cohort analysis (weekly totals, 10% flags, single-run spikes, EWMA acute:chronic load) with the
   C batch API (bench-batch), with numpy, and in plain Python on a subset of the runners; the three
   results are compared value for value (bit for bit, NaN equal to NaN) before any time is shown;
2. the floor: a plain sum of the same buffer in C (8 accumulators, so bandwidth-bound);
3. the relief timer engine: ns per update, and instructions per update from callgrind;
4. the Python layer: diagnose() through the package and through the raw SWIG call, and the batch
   path per runner;
5. the embedded footprint table (make footprint) when arm-none-eabi-gcc is present.
6. the MCU figures of make check-mcu (Cortex-M4F on QEMU): flash per build, worst-case stack,
   instructions per timer call.

Times are the best of --repeats runs (the median is printed beside it): the best is the run least
disturbed by other work on a shared machine. docs/performance.md explains the method.
"""
import argparse
import math
import os
import platform
import re
import statistics
import subprocess
import sys
import time

import numpy as np

COLUMNS = ["last_week_km", "change_pct", "next_week_max_km", "weeks_over_limit", "longest_30d_km",
           "next_run_max_km", "last_spike_pct", "last_band", "acute", "chronic", "acwr", "total_km"]
NCOL = len(COLUMNS)
MAX_DAILY_KM = 320.0
SPIKE_WINDOW = 30
BAND_EPS = 1e-9


# ---- the documented parameters ------------------------------------------------------------------

def decay_lambda(decay, n):
    """lambda of an N-day window (include/calfcare/progression.h, calfcare_progression_decay)."""
    if decay == "2/(n+1)":
        return 2.0 / (n + 1.0)
    if decay == "exp":
        return 1.0 - math.exp(-1.0 / n)
    if decay == "1/n":
        return 1.0 / n
    raise ValueError(decay)


class Params:
    def __init__(self, decay="2/(n+1)", coupling="coupled", seed="zero", acute_days=7, chronic_days=28,
                 max_increase_pct=10.0):
        self.decay, self.coupling, self.seed = decay, coupling, seed
        self.la = decay_lambda(decay, float(acute_days))
        self.lc = decay_lambda(decay, float(chronic_days))
        self.lag = acute_days if coupling == "uncoupled" else 0
        self.seed_first = seed == "first"
        self.factor = 1.0 + max_increase_pct / 100.0       # week cap = last week x factor
        self.run_factor = 1.0 + 10.0 / 100.0                # next-run cap = 1.10 x 30-day longest


def band_of(spike):
    if math.isnan(spike):
        return 0
    if spike <= 10.0 + BAND_EPS:
        return 1
    if spike <= 30.0 + BAND_EPS:
        return 2
    if spike <= 100.0 + BAND_EPS:
        return 3
    return 4


# ---- plain Python: loops over lists ----------------------------------------------------------------

def analyse_python(rows, p):
    """The batch analysis of each runner (a list of daily km), as a Python programmer would write it."""
    out = []
    nan = float("nan")
    la, lc, lag, first = p.la, p.lc, p.lag, p.seed_first
    oma, omc = 1.0 - la, 1.0 - lc
    for x in rows:
        days = len(x)
        for v in x:
            if not (0.0 <= v <= MAX_DAILY_KM):
                raise ValueError("daily_km out of range")
        # weekly totals: weeks end on the last day, the partial first week is left out
        lead = days % 7
        weeks = []
        for start in range(lead, days, 7):
            w = 0.0
            for v in x[start:start + 7]:
                w += v
            weeks.append(w)
        over = 0
        for i in range(1, len(weeks)):
            cap = weeks[i - 1] * p.factor
            if weeks[i] > cap + cap * 1e-9:
                over += 1
        last = weeks[-1] if weeks else nan
        prev = weeks[-2] if len(weeks) > 1 else nan
        change = (last / prev - 1.0) * 100.0 if prev > 0.0 else nan
        next_week = last * p.factor
        # 30-day windows: the next run's reference, and the last run against the 30 days before it
        longest = 0.0
        for v in x[max(0, days - SPIKE_WINDOW):]:
            if v > longest:
                longest = v
        last_run = -1
        for d in range(days - 1, -1, -1):
            if x[d] > 0.0:
                last_run = d
                break
        spike = nan
        if last_run >= 0:
            ref = 0.0
            for v in x[max(0, last_run - SPIKE_WINDOW):last_run]:
                if v > ref:
                    ref = v
            if ref > 0.0:
                spike = (x[last_run] / ref - 1.0) * 100.0
        # EWMAs, one step per calendar day
        total = a = c = cl = 0.0
        for t in range(days):
            v = x[t]
            total += v
            if t == 0 and first:
                a = c = v
            else:
                a = la * v + oma * a
                c = lc * v + omc * c
            if lag and t >= lag:
                cl = x[0] if (t == lag and first) else lc * x[t - lag] + omc * cl
        chronic = cl if lag else c
        out.append([last, change, next_week, float(over), longest, longest * p.run_factor, spike,
                    float(band_of(spike)), a, chronic, a / chronic if chronic > 0.0 else nan, total])
    return out


# ---- numpy: vectorised over runners ----------------------------------------------------------------

def analyse_numpy(x, p, chunk=8192, want_ratio=False):
    """The same analysis with numpy, vectorised over runners (the EWMA is a recursion over days, so
    it loops over days on vectors of runners). Runners go in chunks whose day-vectors stay in cache.
    Sums are written as sequential additions so that they round as the C and Python loops do."""
    runners, days = x.shape
    if not ((x >= 0.0) & (x <= MAX_DAILY_KM)).all():
        raise ValueError("daily_km out of range")
    res = np.empty((runners, NCOL))
    ratio = np.empty((runners, days)) if want_ratio else None
    la, lc, lag, first = p.la, p.lc, p.lag, p.seed_first
    oma, omc = 1.0 - la, 1.0 - lc
    lead, nweeks = days % 7, days // 7
    for r0 in range(0, runners, chunk):
        xc = x[r0:r0 + chunk]
        n = xc.shape[0]
        out = res[r0:r0 + n]
        xt = np.ascontiguousarray(xc.T)                 # days x runners: one day is a contiguous vector
        total, a, c, cl = np.zeros(n), np.zeros(n), np.zeros(n), np.zeros(n)
        tmp = np.empty(n)
        rt = np.empty((days, n)) if want_ratio else None
        for t in range(days):
            v = xt[t]
            total += v
            if t == 0 and first:
                a[:] = v
                c[:] = v
            else:
                a *= oma                                 # la*x + (1-la)*a, same two roundings
                np.multiply(v, la, out=tmp)
                a += tmp
                c *= omc
                np.multiply(v, lc, out=tmp)
                c += tmp
            if lag and t >= lag:
                if t == lag and first:
                    cl[:] = xt[0]
                else:
                    cl *= omc
                    np.multiply(xt[t - lag], lc, out=tmp)
                    cl += tmp
            if want_ratio:
                ch = cl if lag else c
                with np.errstate(invalid="ignore", divide="ignore"):
                    np.divide(a, ch, out=rt[t])
                rt[t][~(ch > 0.0)] = np.nan
        chronic = cl if lag else c
        if want_ratio:
            ratio[r0:r0 + n] = rt.T
        # weekly totals and the 10% flags
        if nweeks:
            w3 = xc[:, lead:].reshape(n, nweeks, 7)
            weeks = w3[:, :, 0] + w3[:, :, 1]
            for k in range(2, 7):
                weeks += w3[:, :, k]
            cap = weeks[:, :-1] * p.factor
            over = (weeks[:, 1:] > cap + cap * 1e-9).sum(axis=1)
            last = weeks[:, -1]
            prev = weeks[:, -2] if nweeks > 1 else np.full(n, np.nan)
        else:
            over = np.zeros(n)
            last = prev = np.full(n, np.nan)
        with np.errstate(invalid="ignore", divide="ignore"):
            out[:, 1] = np.where(prev > 0.0, (last / prev - 1.0) * 100.0, np.nan)
            out[:, 10] = np.where(chronic > 0.0, a / chronic, np.nan)
        out[:, 0] = last
        out[:, 2] = last * p.factor
        out[:, 3] = over
        # 30-day windows
        longest = np.maximum(xc[:, max(0, days - SPIKE_WINDOW):].max(axis=1), 0.0)
        out[:, 4] = longest
        out[:, 5] = longest * p.run_factor
        ran = xc > 0.0
        has = ran.any(axis=1)
        last_run = days - 1 - np.argmax(ran[:, ::-1], axis=1)
        idx = last_run[:, None] - np.arange(1, SPIKE_WINDOW + 1)[None, :]
        win = np.take_along_axis(xc, np.maximum(idx, 0), axis=1)
        ref = np.where(idx >= 0, win, 0.0).max(axis=1)
        x_last = xc[np.arange(n), last_run]
        with np.errstate(invalid="ignore", divide="ignore"):
            spike = np.where(has & (ref > 0.0), (x_last / ref - 1.0) * 100.0, np.nan)
        out[:, 6] = spike
        band = np.select([np.isnan(spike), spike <= 10.0 + BAND_EPS, spike <= 30.0 + BAND_EPS,
                          spike <= 100.0 + BAND_EPS], [0, 1, 2, 3], 4)
        out[:, 7] = band
        out[:, 8] = a
        out[:, 9] = chronic
        out[:, 11] = total
    return res, ratio


# ---- data --------------------------------------------------------------------------------------------

def make_cohort(runners, days, seed=20261125):
    """Daily km of a synthetic cohort: each runner has a base weekly distance, a share of days with
    a run, a trend over the period and day-to-day scatter; 5% stop running (injured) some time
    before the end and 1% never run, so that every NaN case of the result columns occurs.
    Distances are rounded to 10 m like a GPS watch's."""
    rng = np.random.default_rng(seed)
    base = rng.uniform(10.0, 70.0, (runners, 1))
    share = rng.uniform(0.25, 0.85, (runners, 1))
    trend = np.maximum(0.2, 1.0 + rng.normal(0.0, 0.5, (runners, 1)) * (np.arange(days) / days))
    x = rng.lognormal(0.0, 0.4, (runners, days))
    x *= base / (7.0 * share) * trend
    x *= rng.random((runners, days)) < share
    stop = rng.random(runners) < 0.05
    gap = rng.integers(1, 60, runners)
    for r in np.flatnonzero(stop):
        x[r, max(0, days - gap[r]):] = 0.0
    x[rng.random(runners) < 0.01] = 0.0
    np.round(x, 2, out=x)
    np.minimum(x, MAX_DAILY_KM, out=x)
    return x


# ---- helpers -----------------------------------------------------------------------------------------

def make_runner_frame(pd, n, seed=20261202):
    """n synthetic runners as a DataFrame of diagnose() keywords, with the gaps real data has: cadence
    (NaN for 20%), four weeks of km for 70% (None otherwise), the warm-up word or None, fever
    True/False/None, age. Not meant to estimate anything."""
    rng = np.random.default_rng(seed)
    cad = rng.uniform(150, 190, n)
    cad[rng.random(n) < 0.2] = np.nan
    weeks = [list(np.round(rng.uniform(20, 60, 4), 1)) if rng.random() < 0.7 else None for _ in range(n)]
    return pd.DataFrame({"cadence": cad, "weekly_km": weeks,
                         "warmup": rng.choice(np.array(["never", "sometimes", "always", None], dtype=object), n),
                         "fever": rng.choice(np.array([False, None, True], dtype=object), n, p=[0.6, 0.39, 0.01]),
                         "age": rng.integers(18, 70, n).astype(float)})


def write_log(path, runs):
    """A log of `runs` runs in our own format: 20 runs a day from 1950-01-01 (starts 70 min apart, so
    none is a second recording), 1-6.9 km each, duration and RPE. Returns (runs, days)."""
    import datetime
    start = datetime.date(1950, 1, 1)
    n = d = 0
    with open(path, "w") as f:
        f.write("date,distance_km,duration_min,rpe\n")
        while n < runs:
            day = (start + datetime.timedelta(days=d)).isoformat()
            lines = []
            for k in range(min(20, runs - n)):
                km = 1 + (n * 7 + d) % 6
                lines.append(f"{day} {(k * 70) // 60:02d}:{(k * 70) % 60:02d}:00,{km}.{n % 10},{km * 6},{1 + n % 9}\n")
                n += 1
            f.write("".join(lines))
            d += 1
    return n, d


def best_median(fn, repeats):
    times = []
    value = None
    for _ in range(repeats):
        t0 = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times), value


def run_kv(cmd, env=None):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
    kv = {}
    for line in out.splitlines():
        k, _, v = line.partition(" ")
        kv[k] = v
    return kv


def same(a, b):
    """Equal bit for bit (so 0.0 and -0.0 differ), any NaN equal to any NaN."""
    if a.shape != b.shape:
        return False
    nan_a, nan_b = np.isnan(a), np.isnan(b)
    return bool((nan_a == nan_b).all() and (a.view(np.uint64)[~nan_a] == b.view(np.uint64)[~nan_b]).all())


def first_difference(a, b):
    bad = ~((a.view(np.uint64) == b.view(np.uint64)) | (np.isnan(a) & np.isnan(b)))
    r, col = np.argwhere(bad)[0]
    return f"runner {r}, column {COLUMNS[col] if a.shape[1] == NCOL else col}: {a[r, col]!r} vs {b[r, col]!r}"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def rate(n, seconds):
    """Runner-days per second, with an SI prefix."""
    r = n / seconds
    for unit, scale in (("G", 1e9), ("M", 1e6), ("k", 1e3)):
        if r >= scale:
            return f"{r / scale:.3g} {unit}/s"
    return f"{r:.3g} /s"


class Table:
    def __init__(self):
        self.rows = []

    def section(self, title):
        self.rows.append(("#", title, "", ""))

    def add(self, what, value, note=""):
        self.rows.append(("", what, value, note))

    def verbatim(self, line):
        self.rows.append(("=", line, "", ""))

    def print(self):
        w1 = max(len(r[1]) for r in self.rows if r[0] == "")
        w2 = max(len(r[2]) for r in self.rows)
        for kind, what, value, note in self.rows:
            if kind == "#":
                print(f"\n{what}")
                print("-" * len(what))
            elif kind == "=":
                print(f"  {what}")
            else:
                print(f"  {what:<{w1}}  {value:>{w2}}  {note}".rstrip())


def goal(ok):
    return "goal met" if ok else "GOAL NOT MET"


# ---- main --------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--builddir", required=True)
    ap.add_argument("--runners", type=int, default=100000)
    ap.add_argument("--days", type=int, default=365)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--py-runners", type=int, default=1000, help="runners of the plain-Python subset")
    ap.add_argument("--decay", default="2/(n+1)")
    ap.add_argument("--coupling", default="coupled")
    ap.add_argument("--seed", default="zero")
    ap.add_argument("--valgrind", default="valgrind")
    ap.add_argument("--cflags", default="")
    ap.add_argument("--footprint", default="")
    ap.add_argument("--mcu", default="", help="output of make check-mcu")
    ap.add_argument("--timer-updates", type=int, default=2000000)
    ap.add_argument("--log-runs", type=int, default=1000000, help="runs of the training-log row")
    ap.add_argument("--keep", action="store_true", help="keep the data files in bench/work")
    args = ap.parse_args()

    R, D, reps = args.runners, args.days, args.repeats
    pyR = min(args.py_runners, R)
    p = Params(args.decay, args.coupling, args.seed)
    work = os.path.join(args.builddir, "bench", "work")
    os.makedirs(work, exist_ok=True)
    bench_batch = os.path.join(args.builddir, "bench", "bench-batch")
    bench_timer = os.path.join(args.builddir, "bench", "bench-timer")
    load_before = os.getloadavg()
    t = Table()

    print(f"make bench: {R} runners x {D} days, best of {reps} runs; data generation ...", flush=True)
    x = make_cohort(R, D)
    n = R * D
    data = os.path.join(work, "cohort.f64")
    resfile = os.path.join(work, "c-results.f64")
    x.tofile(data)

    # 1+2. C: the floor, the batch, every day's ratio
    print("C batch API and the floor ...", flush=True)
    kv = run_kv([bench_batch, data, str(R), str(D), str(reps), resfile, args.decay, args.coupling, args.seed])
    c_all = np.fromfile(resfile)
    c_res = c_all[:R * NCOL].reshape(R, NCOL)
    c_ratio = c_all[R * NCOL:].reshape(R, D)
    if not args.keep:
        os.remove(data)
        os.remove(resfile)
    t_c, t_c_med = float(kv["batch_best"]), float(kv["batch_median"])
    t_floor, t_floor_med = float(kv["floor_sum8_best"]), float(kv["floor_sum8_median"])
    t_sum1 = float(kv["floor_sum1_best"])
    t_cacwr, t_cacwr_med = float(kv["batch_acwr_best"]), float(kv["batch_acwr_median"])
    threads_c = {w: (float(kv[f"threads1_{w}_best"]), float(kv[f"threads2_{w}_best"]))
                 for w in ("floor_sum8", "batch", "batch_acwr")}

    # numpy, all runners
    print("numpy ...", flush=True)
    np_reps = max(1, min(reps, 3))
    t_np, t_np_med, (np_res, _) = best_median(lambda: analyse_numpy(x, p), np_reps)
    t_npr, t_npr_med, (_, np_ratio) = best_median(lambda: analyse_numpy(x, p, want_ratio=True), np_reps)

    # plain Python, a subset of runners (as lists)
    print(f"plain Python on {pyR} runners ...", flush=True)
    rows = x[:pyR].tolist()
    py_reps = max(1, min(reps, 3))
    t_py, t_py_med, py_out = best_median(lambda: analyse_python(rows, p), py_reps)
    py_res = np.array(py_out, dtype=float).reshape(pyR, NCOL)

    # equality before any time is reported
    checks = [("numpy == C batch (all runners, 12 columns)", np_res, c_res),
              (f"plain Python == C batch ({pyR} runners, 12 columns)", py_res, c_res[:pyR]),
              ("numpy == C batch_acwr (every day's ratio)", np_ratio, c_ratio)]
    for what, a, b in checks:
        if not same(a, b):
            sys.exit(f"make bench: results differ: {what}: {first_difference(a, b)}")
    nan_counts = {COLUMNS[k]: int(np.isnan(c_res[:, k]).sum()) for k in (1, 6, 10)}

    # 3. the timer engine
    print("timer engine (and callgrind) ...", flush=True)
    timer = {}
    for tick in (100, 1):
        kvt = run_kv([bench_timer, str(tick), str(args.timer_updates), str(reps)])
        cg_calls = 20000
        cg_out = os.path.join(work, f"callgrind.{tick}.out")
        ir = None
        try:
            subprocess.run([args.valgrind, "--tool=callgrind", "--toggle-collect=calfcare_relief_timer_update",
                            f"--callgrind-out-file={cg_out}", bench_timer, str(tick), str(cg_calls), "1"],
                           check=True, capture_output=True, text=True)
            with open(cg_out) as f:
                for line in f:
                    m = re.match(r"(summary|totals):\s+(\d+)", line)
                    if m:
                        ir = int(m.group(2))
            if not args.keep:
                os.remove(cg_out)
        except (OSError, subprocess.CalledProcessError) as e:
            print(f"callgrind failed: {e}", file=sys.stderr)
        timer[tick] = (kvt, ir / cg_calls if ir is not None else None)

    # 4. the Python layer
    print("Python bindings ...", flush=True)
    try:
        import calfcare
        from calfcare import capi
        have_bindings = True
    except ImportError as e:
        have_bindings = False
        bindings_error = str(e)
    if have_bindings:
        sample = dict(weekly_km=[30, 32, 35, 48], cadence=162, warmup="never", heel_raises=[18, 24], shoe_km=720)

        def per_call(fn, calls):
            best = float("inf")
            for _ in range(reps):
                t0 = time.perf_counter()
                for _ in range(calls):
                    fn()
                best = min(best, (time.perf_counter() - t0) / calls)
            return best

        t_dx = per_call(lambda: calfcare.diagnose(**sample), 2000)
        inp = calfcare._common.make_input(capi.CALFCARE_INPUT_SCHEMA_DIAGNOSIS, sample)
        out = capi.calfcare_diagnosis()
        t_raw = per_call(lambda: capi.calfcare_diagnosis_assess(inp, out), 20000)
        prepared = capi.calfcare_input()
        capi.calfcare_input_init(prepared, capi.CALFCARE_INPUT_SCHEMA_DIAGNOSIS)
        t_kw = per_call(lambda: calfcare._capi.input_set_kwargs(prepared, sample), 20000)
        d = calfcare.diagnose(**sample)
        n_objects = 1 + len(d.causes) + len(d.red_flags) + len(d.advice)  # Reason objects are cached
        kw = dict(decay=args.decay, coupling=args.coupling, seed=args.seed)
        t_pyb, t_pyb_med, pyb = best_median(lambda: calfcare.batch_check(x, **kw), reps)
        if not same(np.asarray(pyb.table), c_res):
            sys.exit("make bench: calfcare.batch_check differs from the C batch")
        one = np.ascontiguousarray(x[:1])
        t_one = per_call(lambda: calfcare.batch_check(one, **kw), 2000)
        # Two threads, each analysing its own half of the cohort twice, against one thread doing
        # the same four calls: the batch releases the GIL, so on 2 cores the pair should take about
        # half as long.
        import threading
        halves = [np.ascontiguousarray(x[: R // 2]), np.ascontiguousarray(x[R // 2:])]

        def check_twice(part):  # not "work": that is the data directory of main()
            for _ in range(2):
                calfcare.batch_check(part, **kw)

        def one_thread():
            for part in halves:
                check_twice(part)

        def two_threads():
            ts = [threading.Thread(target=check_twice, args=(part,)) for part in halves]
            for th in ts:
                th.start()
            for th in ts:
                th.join()

        t_th1, _, _ = best_median(one_thread, reps)
        t_th2, _, _ = best_median(two_threads, reps)
        # diagnose_frame on 100,000 runners (one C loop) against the per-row Python loop an analyst
        # writes (diagnose(**row) over the frame's records); the same answers checked row by row.
        frame_rows = 100000
        try:
            import pandas as pd
            frame = make_runner_frame(pd, frame_rows)
            t_frame, _, fr = best_median(lambda: calfcare.diagnose_frame(frame), reps)
            t0 = time.perf_counter()
            looped = [calfcare.diagnose(**r) for r in frame.to_dict("records")]
            t_loop = time.perf_counter() - t0
            if [r.triage.word for r in looped] != list(fr["triage"]) or \
                    [tuple(a.name for a in r.advice) for r in looped] != list(fr["advice"]):
                sys.exit("make bench: diagnose_frame differs from diagnose() per row")
            # Most of that loop's time is Python's garbage collector walking the 100,000 kept results
            # (each a tree of objects); the same loop with it off says what the rows themselves cost.
            del looped
            import gc
            gc.disable()
            try:
                t0 = time.perf_counter()
                looped = [calfcare.diagnose(**r) for r in frame.to_dict("records")]
                t_loop_nogc = time.perf_counter() - t0
            finally:
                gc.enable()
            del looped
            sh = frame[["age"]].rename(columns={"age": "weekly_km"}).assign(foot_length_mm=frame["age"] * 2 + 150)
            t_sframe, _, sfr = best_median(lambda: calfcare.shoes_frame(sh), reps)
            t0 = time.perf_counter()
            for r in sh.to_dict("records"):
                calfcare.shoes(**r)
            t_sloop = time.perf_counter() - t0
            # the answers of every 10th row, checked outside the timing (keeping 100,000 results
            # would slow the loop: the garbage collector walks them)
            some = [calfcare.shoes(**r) for r in sh.iloc[::10].to_dict("records")]
            if [s.size.last_mm for s in some] != list(sfr["last_mm"].iloc[::10]) or \
                    [tuple(a.name for a in s.advice) for s in some] != list(sfr["advice"].iloc[::10]):
                sys.exit("make bench: shoes_frame differs from shoes() per row")
        except ImportError:
            t_frame = None

    # 6. a training log read and checked by the CLI (the library's reader and check, libcsv, JSON out)
    print(f"training log of {args.log_runs} runs through calfcare check --log --json ...", flush=True)
    log_path = os.path.join(work, "log.csv")
    log_rows, log_days = write_log(log_path, args.log_runs)
    cli = os.path.join(args.builddir, "tools", "calfcare")
    log_cmd = [cli, "check", "--log", log_path, "--until", "2100-12-31", "--tz", "UTC", "--json"]

    def run_log():
        with open(os.devnull, "w") as devnull:
            subprocess.run(log_cmd, check=True, stdout=devnull)
    t_log, t_log_med, _ = best_median(run_log, max(1, min(reps, 3)))
    log_size = os.path.getsize(log_path)
    if not args.keep:
        os.remove(log_path)

    # ---- the table ----
    load_after = os.getloadavg()
    t.section(f"Machine: {cpu_model()}, {os.cpu_count()} cores, load {load_before[0]:.2f} before / "
              f"{load_after[0]:.2f} after; Python {platform.python_version()}, numpy {np.__version__}; "
              f"library CFLAGS '{args.cflags}'")
    t.section(f"1. Cohort analysis: {R} runners x {D} days = {n / 1e6:.2f} M runner-days "
              f"({x.nbytes / 1e6:.0f} MB), params {args.decay} {args.coupling} seed {args.seed}")
    t.add("results equal", "yes", f"C == numpy (all runners), C == plain Python ({pyR} runners), bit for bit; "
          f"NaN rows: change {nan_counts['change_pct']}, spike {nan_counts['last_spike_pct']}, "
          f"acwr {nan_counts['acwr']}")
    t.add("C batch (calfcare_progression_batch)", rate(n, t_c),
          f"{t_c * 1e3:.1f} ms best, {t_c_med * 1e3:.1f} ms median, {t_c / n * 1e9:.2f} ns/runner-day")
    t.add("numpy vectorised", rate(n, t_np),
          f"{t_np * 1e3:.0f} ms best, {t_np_med * 1e3:.0f} ms median (best of {np_reps})")
    t.add("plain Python (lists)", rate(pyR * D, t_py),
          f"SUBSET of {pyR} runners: {t_py * 1e3:.0f} ms best (best of {py_reps}); "
          f"per runner-day, so the rate compares")
    r_py = (n / t_c) / (pyR * D / t_py)
    r_np = t_np / t_c
    t.add("C / plain Python", f"{r_py:.0f}x", f"goal >= 100x: {goal(r_py >= 100)}")
    t.add("C / numpy", f"{r_np:.1f}x", f"goal >= 5x: {goal(r_np >= 5)}")
    t.add("C batch_acwr (every day's ratio)", rate(n, t_cacwr),
          f"{t_cacwr * 1e3:.1f} ms best, {t_cacwr_med * 1e3:.1f} ms median; equal to numpy's")
    t.add("numpy every day's ratio", rate(n, t_npr), f"{t_npr * 1e3:.0f} ms best; C is {t_npr / t_cacwr:.1f}x faster")

    t.section("2. The floor: a plain C sum of the same buffer")
    t.add("sum, 8 accumulators", f"{x.nbytes / t_floor / 1e9:.1f} GB/s",
          f"{t_floor * 1e3:.1f} ms best, {t_floor_med * 1e3:.1f} ms median, {t_floor / n * 1e9:.2f} ns/runner-day")
    t.add("sum, 1 accumulator (latency-bound)", f"{x.nbytes / t_sum1 / 1e9:.1f} GB/s", f"{t_sum1 * 1e3:.1f} ms")
    t.add("C batch / floor", f"{t_c / t_floor:.2f}x", f"goal within 3x: {goal(t_c / t_floor <= 3.0)}")
    t.add("C batch_acwr / floor", f"{t_cacwr / t_floor:.2f}x", "reads the buffer and writes one as large")
    for w, label in (("floor_sum8", "sum (the memory ceiling)"), ("batch", "C batch"),
                     ("batch_acwr", "C batch_acwr")):
        one, two = threads_c[w]
        t.add(f"2 threads / 1 thread: {label}", f"{one / two:.2f}x",
              f"the cohort in halves: 1 thread {one * 1e3:.1f} ms, 2 threads {two * 1e3:.1f} ms, best of {reps}"
              + ("; what a second core adds to streaming memory" if w == "floor_sum8" else ""))

    t.section("3. Timer engine: calfcare_relief_timer_update(), default stretching session")
    for tick, label in ((100, "10 Hz ticks (100 ms)"), (1, "1 kHz ticks (1 ms, almost all idle)")):
        kvt, ipu = timer[tick]
        ev = int(kvt["events"]) / int(kvt["calls"])
        t.add(f"{label}: time", f"{float(kvt['ns_per_update_best']):.1f} ns",
              f"per update, best of {reps} x {int(kvt['calls'])} updates "
              f"(median {float(kvt['ns_per_update_median']):.1f} ns); {ev:.4f} events per update")
        if ipu is None:
            t.add(f"{label}: instructions", "n/a", "callgrind did not run")
        else:
            t.add(f"{label}: instructions", f"{ipu:.1f}",
                  f"per update, callgrind --toggle-collect (inclusive), 20000 updates; "
                  f"goal < 100: {goal(ipu < 100)}")

    t.section("4. Python layer")
    if have_bindings:
        t.add("calfcare.diagnose(**README example)", f"{t_dx * 1e6:.1f} us",
              f"per call, best of {reps}; goal < 5 us: {goal(t_dx * 1e6 < 5)}")
        t.add("  keywords -> calfcare_input (in C)", f"{t_kw * 1e6:.2f} us", "capi.input_set_kwargs, 5 keywords")
        t.add("  raw capi.calfcare_diagnosis_assess(inp, out)", f"{t_raw * 1e6:.2f} us", "SWIG call incl. the C work")
        t.add("  the rest: building the result", f"{(t_dx - t_kw - t_raw) * 1e6:.2f} us",
              f"{n_objects} dataclass objects (Diagnosis, causes, flags, advice) and their lists, in C")
        t.add("calfcare.batch_check(cohort)", f"{t_pyb * 1e6 / R:.3f} us/runner",
              f"{t_pyb * 1e3:.1f} ms best for {R} runners; {t_pyb / t_c:.2f}x the C call")
        t.add("calfcare.batch_check(1 runner)", f"{t_one * 1e6:.1f} us", "fixed cost of one call")
        sp = t_th1 / t_th2
        t.add("batch_check, 2 threads / 1 thread", f"{sp:.2f}x",
              f"the cohort in two halves, each twice: 1 thread {t_th1 * 1e3:.0f} ms, 2 threads "
              f"{t_th2 * 1e3:.0f} ms ({os.cpu_count()} cores); goal >= 1.7x: {goal(sp >= 1.7)}")
        if t_frame is not None:
            fs = t_loop / t_frame
            t.add(f"diagnose_frame({frame_rows:,} rows)", f"{t_frame * 1e3:.0f} ms",
                  f"{t_frame * 1e6 / frame_rows:.2f} us/row; per-row loop (diagnose(**row) over to_dict('records')) "
                  f"{t_loop:.2f} s: {fs:.1f}x; goal >= 20x: {goal(fs >= 20)}")
            t.add("  the same loop, garbage collector off", f"{t_loop_nogc:.2f} s",
                  f"{t_loop_nogc / t_frame:.1f}x the frame: the rest of the loop's {t_loop:.2f} s is the collector "
                  "walking the kept results")
            ss = t_sloop / t_sframe
            t.add(f"shoes_frame({frame_rows:,} rows)", f"{t_sframe * 1e3:.0f} ms",
                  f"per-row loop {t_sloop:.2f} s: {ss:.1f}x; goal >= 20x: {goal(ss >= 20)}")
        else:
            t.add("diagnose_frame", "n/a", "pandas is not installed")
    else:
        t.add("bindings", "n/a", f"import calfcare failed: {bindings_error}")

    t.section("5. Footprint (make footprint)")
    text = ""
    if args.footprint and os.path.exists(args.footprint):
        with open(args.footprint) as f:
            text = f.read().strip()
    if text:
        for line in text.splitlines():
            if not line.startswith("make"):  # make's own "Entering directory" and "Error 77" lines
                t.verbatim(line)
    else:
        t.add("footprint", "n/a", "arm-none-eabi-gcc not found")
    t.section(f"6. Training log: {log_rows} runs over {log_days} days ({log_size / 1e6:.0f} MB, our format with "
              "times, duration and RPE)")
    t.add("calfcare check --log FILE --json", f"{t_log:.2f} s",
          f"whole process (read, libcsv, library reader and check, JSON of every run to /dev/null); "
          f"{t_log_med:.2f} s median; goal < 2 s: {goal(t_log < 2.0)}")


    t.section("7. MCU: Cortex-M4F on QEMU mps2-an386 (make check-mcu)")
    text = ""
    if args.mcu and os.path.exists(args.mcu):
        with open(args.mcu) as f:
            text = f.read().strip()
    rows = [line for line in text.splitlines() if line.startswith("check-mcu:")]
    if rows:
        for line in rows:
            t.verbatim(line)
    else:
        t.add("check-mcu", "n/a", "no output (cmake, qemu-system-arm or arm-none-eabi-gcc missing?)")
    t.print()


if __name__ == "__main__":
    main()
