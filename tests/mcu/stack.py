"""Worst-case stack per exported function of libcalfcare on the target, from GCC's call graphs.

Usage: stack.py BUDGETS SYMFILE FIRMWARE.dis FIRMWARE.nm FILE.ci...

The .ci files come from compiling lib/*.c with -fcallgraph-info=su (tests/mcu/check-mcu.sh). A
function's worst case is its own frame plus the deepest of its callees, over the whole graph.
Functions outside the library (libc, libm, libgcc: memcpy, pow, __aeabi_*) have no .ci graph:
their frames and calls are read from the disassembly of a firmware that links them all
(arm-none-eabi-objdump -d of the whole-core probe, and its nm for the aliases objdump does not
name, e.g. __aeabi_dadd for __adddf3): push/stmdb/vpush/sub sp in the prologue, and bl/b.w targets
as calls. One not found there counts EXTERNAL_BYTES. A dynamic frame, recursion or
a function missing from BUDGETS fails; so does a worst case over its budget. Prints the table as
Markdown rows.
"""
import re
import sys

EXTERNAL_BYTES = 64

node_re = re.compile(r'^node: \{ title: "([^"]+)" label: "([^"]*)"')
edge_re = re.compile(r'^edge: \{ sourcename: "([^"]+)" targetname: "([^"]+)"')


def count_regs(text, size):
    n = 0
    for part in text.split(","):
        part = part.strip()
        m = re.match(r"([a-z]+)(\d+)-[a-z]+(\d+)$", part)
        n += int(m.group(3)) - int(m.group(2)) + 1 if m else 1
    return n * size


def read_disassembly(path, frames, edges):
    """Frames and calls of the routines outside the library, from objdump -d."""
    fn, prologue = None, 0
    for line in open(path):
        m = re.match(r"^[0-9a-f]+ <([^>]+)>:", line)
        if m:
            fn, prologue = m.group(1), 0
            frames.setdefault("@" + fn, 0)
            continue
        if fn is None or "\t" not in line:
            continue
        ins = line.split("\t", 2)[-1].strip()
        prologue += 1
        if prologue <= 8:
            m = re.match(r"(?:push(?:\.w)?|stmdb(?:\.w)?\s+sp!,)\s*\{([^}]*)\}", ins)
            if m:
                frames["@" + fn] += count_regs(m.group(1), 4)
            m = re.match(r"vpush\s*\{([^}]*)\}", ins)
            if m:
                frames["@" + fn] += count_regs(m.group(1), 8 if "d" in m.group(1) else 4)
            m = re.match(r"sub(?:\.w|w)?\s+sp,\s*(?:sp,\s*)?#(\d+)", ins)
            if m:
                frames["@" + fn] += int(m.group(1))
        m = re.match(r"(?:bl|b\.w|b)\s+[0-9a-f]+ <([^>+]+)>", ins)
        if m and m.group(1) != fn:
            edges.setdefault("@" + fn, set()).add("@" + m.group(1))


def main(argv):
    budgets_path, sym_path, dis_path, nm_path, cis = argv[1], argv[2], argv[3], argv[4], argv[5:]
    frames, dynamic, edges = {}, set(), {}
    read_disassembly(dis_path, frames, edges)
    by_addr = {}
    for line in open(nm_path):
        f = line.split()
        if len(f) == 3 and f[1] in "tTwW":
            by_addr.setdefault(f[0], []).append(f[2])
    for names in by_addr.values():
        known = [n for n in names if "@" + n in frames]
        for n in names:
            if known and "@" + n not in frames:
                frames["@" + n] = 0
                edges.setdefault("@" + n, set()).add("@" + known[0])
    for path in cis:
        with open(path) as f:
            for line in f:
                m = node_re.match(line)
                if m:
                    title, label = m.group(1), m.group(2)
                    fm = re.search(r'\\n(\d+) bytes \(([^)]*)\)', label)
                    if fm:
                        frames[title] = int(fm.group(1))
                        if fm.group(2) != "static":
                            dynamic.add(title)
                    continue
                m = edge_re.match(line)
                if m:
                    edges.setdefault(m.group(1), set()).add(m.group(2))
    memo, stack = {}, []

    def worst(fn):
        if fn in memo:
            return memo[fn]
        if fn in stack:
            raise SystemExit("stack: recursion through " + " -> ".join(stack + [fn]))
        if fn not in frames:
            if "@" + fn in frames:
                return worst("@" + fn)
            return EXTERNAL_BYTES, [fn + " (outside the library, not measured)"]
        stack.append(fn)
        best, path = 0, []
        for callee in sorted(edges.get(fn, ())):
            w, p = worst(callee)
            if w > best:
                best, path = w, p
        stack.pop()
        memo[fn] = (frames[fn] + best, [fn.split(":")[-1].lstrip("@")] + path)
        return memo[fn]

    budgets = {}
    with open(budgets_path) as f:
        for line in f:
            line = line.split("#", 1)[0].split()
            if len(line) == 2:
                budgets[line[0]] = int(line[1])
    with open(sym_path) as f:
        exported = [s.strip() for s in f if s.strip()]
    failed = 0
    print("| function | worst-case stack, bytes | budget | deepest path |")
    print("|---|---:|---:|---|")
    for fn in exported:
        if fn not in frames:
            continue  # an area left out of this build
        w, path = worst(fn)
        b = budgets.get(fn)
        flag = ""
        if fn in dynamic:
            flag, failed = " DYNAMIC FRAME", failed + 1
        if b is None:
            flag, failed = " NO BUDGET", failed + 1
        elif w > b:
            flag, failed = " OVER BUDGET", failed + 1
        print("| `%s` | %d | %s | %s |%s" % (fn, w, b if b is not None else "-", " > ".join(path), flag))
    if failed:
        print("stack: %d function(s) fail their budget (%s)" % (failed, budgets_path))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
