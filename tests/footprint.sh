#!/bin/sh
# Embedded footprint of the core: cross-compile lib/*.c for a Cortex-M4F as a static library,
# print .text/.data/.bss per module, and fail if the core references anything beyond libc string
# functions and libm (tests/check-core-deps.sh). Needs arm-none-eabi-gcc (Debian:
# gcc-arm-none-eabi, libnewlib-arm-none-eabi).
# Usage: footprint.sh SRCDIR BUILDDIR
set -eu
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
