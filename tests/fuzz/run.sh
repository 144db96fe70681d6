#!/bin/sh
# Build every libFuzzer target (clang, -fsanitize=fuzzer,address,undefined) against the library
# sources and run each for a bounded time on its seed corpus (tests/fuzz/corpus/<target>).
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
for target in "$srcdir"/tests/fuzz/fuzz_*.c; do
    name=$(basename "$target" .c)
    name=${name#fuzz_}
    extra=""
    [ -f "$srcdir/tests/fuzz/$name.extra" ] && extra=$(cat "$srcdir/tests/fuzz/$name.extra")
    # shellcheck disable=SC2086
    "$CLANG" $flags $inc "$target" "$srcdir"/lib/*.c $extra -lm -o "$out/fuzz_$name"
    work=$out/corpus-$name
    rm -rf "$work" && mkdir -p "$work"
    [ -d "$srcdir/tests/fuzz/corpus/$name" ] && cp "$srcdir/tests/fuzz/corpus/$name"/* "$work"/ 2>/dev/null || true
    echo "fuzz: $name for ${seconds}s"
    "$out/fuzz_$name" -max_total_time="$seconds" -print_final_stats=1 "$work" 2>"$out/$name.log" || {
        tail -40 "$out/$name.log"; echo "fuzz: $name FAILED (log: $out/$name.log)"; exit 1; }
    grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "$out/$name.log" | sed "s/^/  $name /"
done
