#!/bin/sh
# The core library may use only libc string/memory functions and libm: no allocation, no stdio,
# no threads, no clock. Checks the undefined symbols of the built shared library (host) or of
# object files (cross builds: pass them as arguments with NM=arm-none-eabi-nm).
# Usage: check-core-deps.sh [file...]   (default: lib/.libs/libcalfcare.so in the build dir)
set -eu
NM=${NM:-nm}
[ $# -gt 0 ] || set -- "${top_builddir:-.}/lib/.libs/libcalfcare.so"

# Allowed: memory/string functions, libm, and toolchain runtime symbols.
allowed='^(memcpy|memmove|memset|memcmp|strcmp|strncmp|strlen|strchr|strrchr|strcat|strncat|strcpy|strncpy|'\
'floor|ceil|round|lround|trunc|fabs|fmod|sqrt|pow|exp|expm1|log|log1p|log10|fmin|fmax|'\
'floorf|ceilf|fabsf|sqrtf|powf|expf|logf|__isnan|__isinf|__fpclassify|__finite|'\
'__stack_chk_fail|__stack_chk_guard|__cxa_finalize|__gmon_start__|_ITM_.*|__aeabi_.*|__gnu_.*|__.*div.*|__.*mul.*)(@.*)?$'

# An instrumented build (make check-sanitize sets CALFCARE_SANITIZED=1) also calls its sanitizer
# runtimes; nothing else is allowed there either.
if [ -n "${CALFCARE_SANITIZED:-}" ]; then
    allowed=$(printf '%s' "$allowed" | sed 's/^\^(/^(__asan_.*|__ubsan_.*|__sanitizer_.*|__lsan_.*|/')
fi

# Undefined symbols not defined by another of the given files (object files reference each other).
defined=$(for f in "$@"; do $NM --defined-only "$f"; done | awk 'NF >= 3 {print $NF}' | sort -u)
undefined=$(for f in "$@"; do $NM -u "$f"; done | awk '{print $NF}' | sort -u |
    { if [ -n "$defined" ]; then grep -vxF "$defined"; else cat; fi; } || true)
bad=$(printf '%s\n' "$undefined" | grep -Ev "$allowed" | grep -v '^$' || true)
if [ -n "$bad" ]; then
    echo "FAIL: the core library references functions outside libc string functions and libm:"
    printf '  %s\n' $bad
    exit 1
fi
echo "ok: core references only: $(printf '%s ' $undefined)"
