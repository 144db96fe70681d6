#!/bin/sh
# Build every libFuzzer target (clang, -fsanitize=fuzzer,address,undefined) against the library
# sources and run each for a bounded time on a copy of its seed corpus (tests/fuzz/corpus/<target>).
#
# Per target, optional files beside fuzz_<name>.c:
#   <name>.extra    extra sources and flags for the compile line; @srcdir@, @builddir@,
#                   @JANSSON_CFLAGS@, @JANSSON_LIBS@ and @CSV_LIBS@ are replaced (from the environment)
#   <name>.options  extra libFuzzer options (e.g. -max_len=8192)
# FUZZ_TARGETS="diagnose timer" limits the run to those targets.
# Prints the executions per target and writes them to BUILDDIR/fuzz/summary.txt.
# Usage: run.sh SRCDIR BUILDDIR [SECONDS_PER_TARGET]
set -eu
srcdir=$1
builddir=$2
seconds=${3:-30}
CLANG=${CLANG:-clang}
command -v "$CLANG" >/dev/null 2>&1 || { echo "fuzz: clang not found (Debian: clang)"; exit 77; }
out=$builddir/fuzz
mkdir -p "$out"
flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -DCALFCARE_BUILDING"
inc="-I$srcdir/include -I$builddir/include -I$builddir"
summary=$out/summary.txt
: > "$summary"
for target in "$srcdir"/tests/fuzz/fuzz_*.c; do
    name=$(basename "$target" .c)
    name=${name#fuzz_}
    if [ -n "${FUZZ_TARGETS:-}" ]; then
        case " $FUZZ_TARGETS " in *" $name "*) ;; *) continue ;; esac
    fi
    extra=""
    if [ -f "$srcdir/tests/fuzz/$name.extra" ]; then
        extra=$(sed -e "s|@srcdir@|$srcdir|g" -e "s|@builddir@|$builddir|g" \
            -e "s|@JANSSON_CFLAGS@|${JANSSON_CFLAGS:-}|g" -e "s|@JANSSON_LIBS@|${JANSSON_LIBS:-}|g" \
            -e "s|@CSV_LIBS@|${CSV_LIBS:-}|g" "$srcdir/tests/fuzz/$name.extra" | grep -v '^#' | tr '\n' ' ')
    fi
    options=""
    [ -f "$srcdir/tests/fuzz/$name.options" ] && options=$(grep -v '^#' "$srcdir/tests/fuzz/$name.options" | tr '\n' ' ')
    # FUZZ_SEED fixes libFuzzer's random seed (make qa uses it, so a CI run can be repeated exactly).
    [ -n "${FUZZ_SEED:-}" ] && options="$options -seed=$FUZZ_SEED"
    # shellcheck disable=SC2086
    "$CLANG" $flags $inc "$target" "$srcdir"/lib/*.c $extra -lm -o "$out/fuzz_$name"
    [ -d "$srcdir/tests/fuzz/corpus/$name" ] || { echo "fuzz: $name has no seed corpus (tests/fuzz/corpus/$name)"; exit 1; }
    work=$out/corpus-$name
    rm -rf "$work" && mkdir -p "$work"
    cp "$srcdir/tests/fuzz/corpus/$name"/* "$work"/
    chmod -R u+w "$work"
    echo "fuzz: $name for ${seconds}s ($(ls "$work" | wc -l) seeds)"
    # -timeout: one input taking over 10 s is a hang; -rss_limit_mb: a leak or runaway allocation.
    # shellcheck disable=SC2086
    (cd "$out" && "$out/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 $options "$work") 2>"$out/$name.log" || {
        tail -40 "$out/$name.log"; echo "fuzz: $name FAILED (log: $out/$name.log)"; exit 1; }
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$name.log")
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$out/$name.log")
    cov=$(grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE).*cov:' "$out/$name.log" | tail -1 | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
    printf '  %-12s %10s executions in %ss, coverage %s edges, corpus %s files, peak RSS %s MB\n' \
        "$name" "$execs" "$seconds" "${cov:-?}" "$(ls "$work" | wc -l)" "$rss" | tee -a "$summary"
done
echo "fuzz: all targets clean (summary: $summary)"
