#!/bin/sh
# The shared library exports exactly the API: every dynamic symbol it defines starts with
# calfcare_, the set equals the export list lib/libcalfcare.sym, and equals the functions the
# public headers declare with CALFCARE_API. Usage: check-exports.sh [path/to/libcalfcare.so]
set -eu
srcdir=${top_srcdir:-$(dirname "$0")/..}
lib=${1:-${top_builddir:-.}/lib/.libs/libcalfcare.so}
NM=${NM:-nm}
tmp=${TMPDIR:-/tmp}/calfcare-exports.$$
trap 'rm -f "$tmp".*' EXIT

[ -f "$lib" ] || { echo "no library at $lib"; exit 1; }
$NM -D --defined-only "$lib" | awk '{print $NF}' | sort -u > "$tmp.exported"
sort -u "$srcdir/lib/libcalfcare.sym" > "$tmp.list"
cat "$srcdir"/include/calfcare/*.h | tr '\n' ' ' | sed 's/CALFCARE_API/\n&/g' | grep '^CALFCARE_API' |
    sed -n 's/^CALFCARE_API[^(]*[^A-Za-z0-9_]\(calfcare_[A-Za-z0-9_]*\) *(.*/\1/p' | sort -u > "$tmp.declared"

status=0
if grep -v '^calfcare_' "$tmp.exported"; then
    echo "FAIL: the library exports symbols without the calfcare_ prefix (above)"; status=1
fi
if ! diff -u "$tmp.list" "$tmp.exported"; then
    echo "FAIL: exported symbols differ from lib/libcalfcare.sym (- list, + library)"; status=1
fi
if ! diff -u "$tmp.declared" "$tmp.exported"; then
    echo "FAIL: exported symbols differ from the CALFCARE_API declarations (- headers, + library)"; status=1
fi
[ $status -eq 0 ] && echo "ok: $(wc -l < "$tmp.exported") symbols, all calfcare_*, matching the list and the headers"
exit $status
