#!/bin/sh
# Every public declaration has a Doxygen comment: run doxygen over the public headers with
# warnings as errors (undocumented members and parameters fail). Skips without doxygen.
set -eu
DOXYGEN=${DOXYGEN:-doxygen}
command -v "$DOXYGEN" >/dev/null 2>&1 || { echo "doxygen not found: skipped"; exit 77; }
tmp=${TMPDIR:-/tmp}/calfcare-docs.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
{
    cat "${top_builddir:-.}/docs/Doxyfile"
    echo "OUTPUT_DIRECTORY = $tmp"
    echo "GENERATE_HTML = NO"
    echo "GENERATE_XML = YES"
    echo "WARN_AS_ERROR = FAIL_ON_WARNINGS"
    echo "WARN_LOGFILE = $tmp/warnings.txt"
} > "$tmp/Doxyfile"
if ! "$DOXYGEN" "$tmp/Doxyfile" >/dev/null 2>&1; then
    echo "FAIL: public declarations without complete Doxygen comments:"
    cat "$tmp/warnings.txt"
    exit 1
fi
echo "ok: every public declaration is documented"
