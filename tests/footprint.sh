#!/bin/sh
# Embedded footprint of the core: cross-compile lib/*.c for a Cortex-M4F as a static library,
# print .text/.data/.bss per module, and fail if the core references anything beyond libc string
# functions and libm (tests/check-core-deps.sh). Needs arm-none-eabi-gcc (Debian:
# gcc-arm-none-eabi, libnewlib-arm-none-eabi).
# Also prints the size of every caller-allocated public struct for the target (tests/qa/sizes.c
# compiled by the cross compiler, sizes read back with nm -S) and, when CC is set, for the host;
# fails if the timer state grows past TIMER_MAX bytes (default 128) on either.
# Usage: footprint.sh SRCDIR BUILDDIR
set -eu
TIMER_MAX=${TIMER_MAX:-128}
srcdir=$1
builddir=$2
CROSS=${CROSS:-arm-none-eabi-}
CPUFLAGS="-mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16"
CFLAGS="$CPUFLAGS -Os -std=gnu99 -ffunction-sections -fdata-sections -Wall -Wextra -Werror -DCALFCARE_BUILDING"
out=$builddir/footprint
if ! command -v "${CROSS}gcc" >/dev/null 2>&1; then
    echo "footprint: ${CROSS}gcc not found (Debian: gcc-arm-none-eabi libnewlib-arm-none-eabi)"
    exit 77
fi
rm -rf "$out" && mkdir -p "$out"
for src in "$srcdir"/lib/*.c; do
    obj=$out/$(basename "$src" .c).o
    "${CROSS}gcc" $CFLAGS -I"$srcdir/include" -I"$builddir/include" -I"$builddir" -c "$src" -o "$obj"
done
"${CROSS}ar" rcs "$out/libcalfcare.a" "$out"/*.o
echo "libcalfcare core for Cortex-M4F ($CPUFLAGS -Os), bytes:"
"${CROSS}size" -t "$out"/*.o | awk 'NR==1 {printf "%-16s %8s %8s %8s\n", "module", "text", "data", "bss"; next}
    {n=$6; sub(".*/", "", n); sub("\\.o$", "", n); if ($6 == "(TOTALS)") n="TOTAL";
     printf "%-16s %8d %8d %8d\n", n, $1, $2, $3}'
NM=${CROSS}nm sh "$srcdir/tests/check-core-deps.sh" "$out"/*.o

# Struct sizes on the target: one array per struct, sized by the cross compiler.
"${CROSS}gcc" $CPUFLAGS -Os -DSIZES_OBJECT -I"$srcdir/include" -I"$builddir/include" -c "$srcdir/tests/qa/sizes.c" \
    -o "$out/sizes.o"
echo "caller-allocated structs on the Cortex-M4F (arm-none-eabi, ILP32), bytes:"
"${CROSS}nm" -S -t d "$out/sizes.o" | awk '$4 ~ /^size_of_/ {n=$4; sub("^size_of_", "", n); printf "%-40s %6d\n", n, $2 + 0}' |
    sort > "$out/sizes-target.txt"
cat "$out/sizes-target.txt"
timer=$(awk '$1 == "calfcare_relief_timer" {print $2}' "$out/sizes-target.txt")
[ -n "$timer" ] && [ "$timer" -le "$TIMER_MAX" ] || { echo "FAIL: the timer state is $timer bytes on the target (limit $TIMER_MAX)"; exit 1; }
if [ -n "${CC:-}" ]; then
    # shellcheck disable=SC2086
    $CC -I"$srcdir/include" -I"$builddir/include" "$srcdir/tests/qa/sizes.c" -o "$out/sizes-host" \
        -L"$builddir/lib/.libs" -lcalfcare
    LD_LIBRARY_PATH="$builddir/lib/.libs" "$out/sizes-host" | tee "$out/sizes-host.txt"
    timer=$(awk '$1 == "calfcare_relief_timer" {print $2}' "$out/sizes-host.txt")
    [ "$timer" -le "$TIMER_MAX" ] || { echo "FAIL: the timer state is $timer bytes on the host (limit $TIMER_MAX)"; exit 1; }
fi
