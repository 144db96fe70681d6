#!/bin/sh
# make check-mcu: the embedding build (CMakeLists.txt with cmake/arm-none-eabi.cmake) and the test
# firmware on QEMU's mps2-an386 (a Cortex-M4F), with the budgets of docs/embedding.md as gates.
#   1. six firmware builds: relief + timer without texts and without error messages, relief +
#      timer with English texts and short error messages, the same with full messages, the whole
#      core with every text and full or short messages, relief + timer + progression without the
#      log reader (-Os, --gc-sections, newlib-nano)
#   2. the stretch and RICE sessions at 10 Hz across the 2^32 ms wrap with save/restore and
#      corrupted blobs run on the emulated M4; their event stream must equal the host's
#      (HOST_SESSION: tests/mcu/host.c built natively, without save/restore)
#   3. flash per build (the probe firmware minus the start-up code alone, libgcc/libm/libc included)
#      against the budgets; RAM of the timer
#   4. worst-case stack of every exported function (GCC call graphs, tests/mcu/stack.py) against
#      tests/mcu/stack-budgets.txt
#   5. instructions per timer call, counted by QEMU (tests/mcu/cost.c)
#   6. no software double arithmetic (__aeabi_d*) in the relief and timer objects
#   7. the error reports at each message level (tests/mcu/messages-<level>.txt)
# Writes the figures to BUILDDIR/mcu/figures.txt (make bench shows them). Exit 1 on any failure.
# Usage: check-mcu.sh SRCDIR BUILDDIR HOST_SESSION
set -eu
srcdir=$1
builddir=$2
host=$3
out=$builddir/mcu
CMAKE=${CMAKE:-cmake}
QEMU=${QEMU:-qemu-system-arm}
CROSS=${CROSS:-arm-none-eabi-}
PYTHON=${PYTHON:-python3}
# Budgets (bytes): docs/embedding.md.
BUDGET_RELIEF=${BUDGET_RELIEF:-6144}
BUDGET_RELIEF_TEXTS=${BUDGET_RELIEF_TEXTS:-10240}
# The whole core: the 40 KiB target of the issue that set these budgets is below the floor of its
# texts, tables and software doubles (tests/mcu/floor.py; docs/embedding.md, "The floor"), so it is
# reported on every run, and the gate is a ceiling a little above the measured size: growth past it
# fails the run and must be measured and the ceiling raised on purpose, in docs/embedding.md too.
BUDGET_CORE=${BUDGET_CORE:-40960}
BUDGET_CORE_FULL=${BUDGET_CORE_FULL:-112640}
BUDGET_CORE_SHORT=${BUDGET_CORE_SHORT:-100352}
# The flash budgets fail the run (MCU_FLASH_GATE=report: reported only). The RAM, stack,
# instruction, message and event-stream gates always fail the run.
MCU_FLASH_GATE=${MCU_FLASH_GATE:-fail}
BUDGET_TIMER_RAM=128
BUDGET_IDLE_UPDATE=20
for tool in "$CMAKE" "$QEMU" "${CROSS}gcc"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "check-mcu: $tool not found (tools/install-deps)"; exit 1; }
done
mkdir -p "$out"
figures=$out/figures.txt
: > "$figures"
fail=0
qemu() {
    timeout 300 "$QEMU" -M mps2-an386 -display none -monitor none -serial none \
        -semihosting-config enable=on,target=native "$@"
}

# 1. builds
build() {
    name=$1
    shift
    "$CMAKE" -S "$srcdir" -B "$out/$name" -DCMAKE_TOOLCHAIN_FILE="$srcdir/cmake/arm-none-eabi.cmake" \
        -DCMAKE_BUILD_TYPE=MinSizeRel -DCALFCARE_MCU_TESTS=ON "$@" > "$out/$name.log" 2>&1 &&
        "$CMAKE" --build "$out/$name" -j2 >> "$out/$name.log" 2>&1 ||
        { tail -30 "$out/$name.log"; echo "check-mcu: the $name build FAILED (log: $out/$name.log)"; exit 1; }
}
build relief-none -DCALFCARE_PROGRESSION=OFF -DCALFCARE_DIAGNOSIS=OFF -DCALFCARE_TEXTS=none -DCALFCARE_MESSAGES=none
build relief-en -DCALFCARE_PROGRESSION=OFF -DCALFCARE_DIAGNOSIS=OFF -DCALFCARE_TEXTS=en -DCALFCARE_MESSAGES=short
build relief-full -DCALFCARE_PROGRESSION=OFF -DCALFCARE_DIAGNOSIS=OFF -DCALFCARE_TEXTS=en -DCALFCARE_MESSAGES=full
build core -DCALFCARE_STACK_INFO=ON
build core-short -DCALFCARE_MESSAGES=short
build training -DCALFCARE_DIAGNOSIS=OFF -DCALFCARE_LOG=OFF -DCALFCARE_MESSAGES=short
echo "check-mcu: built relief-none, relief-en, relief-full, core, core-short and training for the Cortex-M4F ($out)"

# 2. the sessions on the M4 against the host
qemu -kernel "$out/relief-en/tests/mcu/mcu-session.elf" > "$out/session-mcu.txt" 2>&1 ||
    { cat "$out/session-mcu.txt"; echo "check-mcu: the session firmware FAILED on QEMU"; exit 1; }
"$host" > "$out/session-host.txt"
grep -v '^#' "$out/session-mcu.txt" > "$out/session-mcu-events.txt"
if cmp -s "$out/session-mcu-events.txt" "$out/session-host.txt"; then
    echo "check-mcu: stretch and RICE at 10 Hz across the 2^32 ms wrap with save/restore on the M4:" \
        "$(grep -c ' due ' "$out/session-host.txt") events, identical to the host run without save/restore"
else
    diff "$out/session-host.txt" "$out/session-mcu-events.txt" | head -20
    echo "check-mcu: FAIL: the M4's event stream differs from the host's"
    fail=1
fi
grep -E 'corrupted blobs refused|after the last ice' "$out/session-mcu.txt" | sed 's/^/check-mcu:   /'
grep '^#' "$out/session-mcu.txt" | sed 's/^# /check-mcu:   /' | tee -a "$figures"

# 3. flash
flash() { # text + data of an ELF
    "${CROSS}size" "$1" | awk 'NR == 2 {print $1 + $2}'
}
pulled() { # bytes of libgcc, libm and libc code and data in a link map
    "$PYTHON" - "$1" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
text = text[text.find("Linker script and memory map"):]  # not the discarded sections above it
total = 0
for m in re.finditer(r"^ \.(?:text|rodata|data)\S*\s+0x[0-9a-f]+\s+0x([0-9a-f]+)\s+(\S+)", text, re.M):
    if re.search(r"lib(gcc|m|c_nano)\.a", m.group(2)):
        total += int(m.group(1), 16)
print(total)
PY
}
empty=$(flash "$out/relief-none/tests/mcu/probe-empty.elf")
echo "| build | flash, bytes | of which libgcc, libm, libc | budget |" >> "$figures"
echo "|---|---:|---:|---:|" >> "$figures"
gate() { # label elf budget gate-variable-name [its value]
    size=$(($(flash "$2") - empty))
    lib=$(pulled "${2%.elf}.map")
    verdict="ok ($(($3 - size)) bytes to spare)"
    if [ -z "$3" ]; then
        verdict="not gated"
    elif [ "$size" -gt "$3" ]; then
        if [ "$5" = fail ]; then
            verdict="OVER BUDGET by $((size - $3))"
            fail=1
        else
            verdict="OVER BUDGET by $((size - $3)) (reported; $4=fail makes it fatal)"
        fi
    fi
    echo "| $1 | $size | $lib | ${3:--} |" >> "$figures"
    printf 'check-mcu: flash %-52s %6d bytes (libgcc/libm/libc %5d), budget %6s: %s\n' "$1" "$size" "$lib" "${3:--}" "$verdict"
}
gate "relief + timer, no texts, no messages" "$out/relief-none/tests/mcu/probe-relief.elf" "$BUDGET_RELIEF" \
    MCU_FLASH_GATE "$MCU_FLASH_GATE"
gate "relief + timer, English cue texts, short messages" "$out/relief-en/tests/mcu/probe-relief-texts.elf" \
    "$BUDGET_RELIEF_TEXTS" MCU_FLASH_GATE "$MCU_FLASH_GATE"
gate "relief + timer, no texts, full messages" "$out/relief-full/tests/mcu/probe-relief.elf" ""
gate "relief + timer, English cue texts, full messages" "$out/relief-full/tests/mcu/probe-relief-texts.elf" ""
gate "whole core, all texts, full messages" "$out/core/tests/mcu/probe-core.elf" "$BUDGET_CORE_FULL" \
    MCU_FLASH_GATE "$MCU_FLASH_GATE"
gate "whole core, all texts, short messages" "$out/core-short/tests/mcu/probe-core.elf" "$BUDGET_CORE_SHORT" \
    MCU_FLASH_GATE "$MCU_FLASH_GATE"
gate "relief + timer + progression, no log reader, all texts, short messages" \
    "$out/training/tests/mcu/probe-core.elf" ""
# The floor of the whole core: its texts and tables and the libraries doubles need, which no code
# change can remove (tests/mcu/floor.py; docs/embedding.md, "The floor").
{ echo; echo "Floor of the whole core, all texts, short messages (tests/mcu/floor.py):"; echo; } >> "$figures"
"$PYTHON" "$srcdir/tests/mcu/floor.py" "$CROSS" "$out/core-short/tests/mcu/probe-core.elf" \
    "$out/core-short/tests/mcu/probe-core.map" "$out/relief-none/tests/mcu/probe-empty.elf" > "$out/floor.md" &&
    cat "$out/floor.md" >> "$figures" &&
    awk -F'|' '/^\| texts, tables/ {t = $5} /^\| libgcc software doubles/ {l = $5} /^\| floor:/ {f = $5}
        END {gsub(/ /, "", t); gsub(/ /, "", l); gsub(/ /, "", f)
             printf "check-mcu: floor of the whole core (all texts, short messages): texts, tables and constants %d + software doubles and exp %d = %d bytes; the 40 KiB target (%d) leaves %d bytes for all the code: not reachable\n", t, l, f, '"$BUDGET_CORE"', '"$BUDGET_CORE"' - f}' \
        "$out/floor.md" ||
    echo "check-mcu: floor of the whole core: not measured (tests/mcu/floor.py failed)"
ram=$(awk '/timer state/ {for (i = 1; i < NF; i++) if ($i == "state") print $(i + 1)}' "$out/session-mcu.txt")
if [ -n "$ram" ] && [ "$ram" -le "$BUDGET_TIMER_RAM" ]; then
    echo "check-mcu: timer RAM $ram bytes + 8 a step (budget $BUDGET_TIMER_RAM + the steps): ok"
else
    echo "check-mcu: FAIL: timer RAM ${ram:-?} bytes, budget $BUDGET_TIMER_RAM"
    fail=1
fi

# 4. stack
"${CROSS}objdump" -d "$out/core/tests/mcu/probe-core.elf" > "$out/core.dis"
"${CROSS}nm" "$out/core/tests/mcu/probe-core.elf" > "$out/core.nm"
# shellcheck disable=SC2046
if "$PYTHON" "$srcdir/tests/mcu/stack.py" "$srcdir/tests/mcu/stack-budgets.txt" "$srcdir/lib/libcalfcare.sym" \
    "$out/core.dis" "$out/core.nm" $(find "$out/core/CMakeFiles/calfcare.dir" -name '*.ci' | sort) > "$out/stack.md"; then
    echo "check-mcu: worst-case stack of $(grep -c '^| `' "$out/stack.md") exported functions within their budgets" \
        "(table: $out/stack.md)"
else
    grep -E 'OVER|NO BUDGET|DYNAMIC|^stack:' "$out/stack.md"
    echo "check-mcu: FAIL: stack budgets (tests/mcu/stack-budgets.txt)"
    fail=1
fi
grep -E 'timer_(update|save|restore|status)`|relief_build`|input_set_text`|diagnose`' "$out/stack.md" |
    awk -F'|' '{printf "check-mcu:   stack %-34s %5d bytes (budget %s)\n", $2, $3, $4}' | tr -d '`' | tee -a "$figures"

# 5. instructions per call
qemu -singlestep -d exec,nochain -D "$out/cost.trace" -kernel "$out/relief-none/tests/mcu/mcu-cost.elf" > "$out/cost.txt" 2>&1 ||
    { cat "$out/cost.txt"; echo "check-mcu: the cost firmware FAILED"; exit 1; }
awk -v idle_calls=100 -v budget="$BUDGET_IDLE_UPDATE" '
    $1 != "Trace" {next}
    { sym = $NF }
    sym == "cost_begin" && prev != "cost_begin" { region++; inside = 1 }
    sym == "cost_end" { inside = 0 }
    inside && sym != "main" && sym != "cost_begin" { n[region]++ }
    { prev = sym }
    END {
        idle = n[2] / idle_calls
        printf "check-mcu: instructions on the M4: update with an event %d, idle update %.1f (budget %d), status %d, query (doubles) %d\n", n[1], idle, budget, n[3], n[4]
        printf "| timer call | instructions on the M4 |\n|---|---:|\n| update, one event due | %d |\n| update, nothing due (fast path) | %.1f |\n| status (integers) | %d |\n| query (double layer) | %d |\n", n[1], idle, n[3], n[4] > "/dev/stderr"
        exit idle > budget
    }' "$out/cost.trace" 2>> "$figures" || { echo "check-mcu: FAIL: an idle update costs more than $BUDGET_IDLE_UPDATE instructions"; fail=1; }

# 6. no double arithmetic in the relief and timer objects
for obj in relief timer; do
    o=$(find "$out/relief-none/CMakeFiles/calfcare.dir" -name "$obj.c.obj")
    if "${CROSS}nm" "$o" | grep -q '__aeabi_[dfil]*2d\|__aeabi_d'; then
        "${CROSS}nm" "$o" | grep '__aeabi_d\|2d$'
        echo "check-mcu: FAIL: software double arithmetic in the $obj object"
        fail=1
    else
        echo "check-mcu: no __aeabi_d* or conversion to double in the $obj object"
    fi
done

# 7. error reports at each message level: status and field always, the message as the level says
for level in none:relief-none short:relief-en full:relief-full; do
    name=${level#*:}
    level=${level%%:*}
    qemu -kernel "$out/$name/tests/mcu/mcu-messages.elf" > "$out/messages-$level.txt" 2>&1 || true
    if cmp -s "$srcdir/tests/mcu/messages-$level.txt" "$out/messages-$level.txt"; then
        echo "check-mcu: error reports with CALFCARE_MESSAGES=$level: $(($(wc -l < "$out/messages-$level.txt") - 1)) refusals as expected"
    else
        diff "$srcdir/tests/mcu/messages-$level.txt" "$out/messages-$level.txt" | head -20
        echo "check-mcu: FAIL: the error reports with CALFCARE_MESSAGES=$level differ from tests/mcu/messages-$level.txt"
        fail=1
    fi
done

[ "$fail" -eq 0 ] || { echo "check-mcu: FAILED (figures: $figures)"; exit 1; }
echo "check-mcu: all gates passed (figures: $figures)"
