#!/bin/sh
# ABI check: compare the built library with the stored baseline of the current release
# (tests/abi/libcalfcare.abi, written by `make abi-baseline` when a release is cut).
# An incompatible change fails unless the soname changed too (libtool -version-info, see
# docs/HACKING.md); compatible additions pass and are listed. Needs abidiff (Debian: abigail-tools).
# Usage: abi-check.sh SRCDIR BUILDDIR
set -eu
srcdir=$1
builddir=$2
baseline=$srcdir/tests/abi/libcalfcare.abi
lib=$builddir/lib/.libs/libcalfcare.so
command -v abidiff >/dev/null 2>&1 || { echo "abi-check: abidiff not found (Debian: abigail-tools)"; exit 77; }
[ -f "$baseline" ] || { echo "abi-check: no baseline at $baseline (make abi-baseline)"; exit 1; }
old_soname=$(sed -n 's/.*soname=.\([^"'\'' ]*\).*/\1/p' "$baseline" | head -n 1)
new_soname=$(objdump -p "$lib" | awk '/SONAME/ {print $2}')
# Pass 1: everything but added symbols. Any change left (a struct that changed size or layout, a
# changed signature or enum value, a removed symbol) is incompatible for the callers of this
# library, who allocate its structs themselves. abidiff's exit status is a bit mask: 1 error,
# 2 usage, 4 ABI change, 8 incompatible change.
set +e
abidiff --no-added-syms --headers-dir2 "$srcdir/include" --headers-dir2 "$builddir/include" "$baseline" "$lib"
rc=$?
set -e
if [ $((rc & 3)) -ne 0 ]; then
    echo "abi-check: abidiff failed (status $rc)"
    exit 1
fi
if [ $((rc & 12)) -ne 0 ]; then
    if [ "$old_soname" = "$new_soname" ]; then
        echo "abi-check: FAIL: the ABI changed incompatibly (above) but the soname is still $new_soname;"
        echo "  keep the ABI, or bump -version-info in configure.ac (docs/HACKING.md) and write a new baseline"
        exit 1
    fi
    echo "abi-check: incompatible change with a new soname ($old_soname -> $new_soname): allowed"
    exit 0
fi
# Pass 2: additions only (compatible; libtool's current and age go up at the next release).
set +e
added=$(abidiff --headers-dir2 "$srcdir/include" --headers-dir2 "$builddir/include" "$baseline" "$lib")
rc=$?
set -e
if [ $((rc & 4)) -ne 0 ]; then
    printf '%s\n' "$added"
    echo "abi-check: compatible additions (above) against $old_soname: raise current and age at release"
else
    echo "abi-check: identical ABI to the baseline ($old_soname)"
fi
