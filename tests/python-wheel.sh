#!/bin/sh
# The Python package as pip users get it: build an sdist and a wheel from a copy of the sources
# (python3 -m build --no-isolation: Debian's setuptools, no PyPI), install the wheel into a fresh
# venv that sees the system's numpy and pandas, and run the Python tests against the installed
# copy, not the build tree. Also installs the source tree with `pip install --no-build-isolation .`.
set -eu
: "${top_srcdir:?}" "${PYTHON:?}"
# The sanitizer pass runs make check again; the package built here is not instrumented.
if [ -n "${CALFCARE_SANITIZED:-}" ]; then echo "skipped under check-sanitize"; exit 77; fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/calfcare-wheel.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

# A copy, because building writes into the tree (distcheck's source tree is read-only).
mkdir -p "$tmp/src/bindings/python"
cd "$top_srcdir"
cp -R pyproject.toml setup.py MANIFEST.in README.md configure.ac include lib "$tmp/src/"
cp bindings/calfcare.i "$tmp/src/bindings/"
cp -R bindings/python/calfcare bindings/python/*.swg bindings/python/gen_stubs.py "$tmp/src/bindings/python/"
find "$tmp/src" \( -name '*.o' -o -name '*.lo' -o -name '*.la' -o -name .libs -o -name .deps \
    -o -name __pycache__ -o -name '*.pc' \) -prune -exec rm -rf {} +

# sdist, then the wheel built from the sdist (what `python3 -m build` does without flags).
"$PYTHON" -m build --no-isolation --outdir "$tmp/dist" "$tmp/src" > "$tmp/build.log" 2>&1 \
    || { cat "$tmp/build.log"; exit 1; }
wheel=$(ls "$tmp"/dist/calfcare-*.whl)
ls "$tmp"/dist/calfcare-*.tar.gz > /dev/null
echo "built $(basename "$wheel")"

"$PYTHON" -m venv --system-site-packages "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q --no-index --no-deps "$wheel"

# The installed copy, with the library's version, found without PYTHONPATH or LD_LIBRARY_PATH.
cd "$tmp"
env -u PYTHONPATH -u LD_LIBRARY_PATH "$tmp/venv/bin/python" - "$tmp/venv" <<'PY'
import importlib.metadata, sys
import calfcare
assert calfcare.__file__.startswith(sys.argv[1]), calfcare.__file__
assert importlib.metadata.version("calfcare") == calfcare.__version__ == calfcare.version(), \
    (importlib.metadata.version("calfcare"), calfcare.__version__)
print("installed calfcare", calfcare.__version__, "at", calfcare.__file__)
PY

# The library's core is linked into the extension: it needs no libcalfcare.so, and none of the
# CLI's and tests' libraries (jansson, libcsv, check).
ext=$(ls "$tmp"/venv/lib/python*/site-packages/calfcare/_capi*.so)
needed=$(readelf -d "$ext" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')
echo "extension needs: $needed"
case " $needed" in
    *" libcalfcare"*|*jansson*|*libcsv*|*libcheck*|*libsubunit*) echo "unexpected library in $ext: $needed"; exit 1 ;;
esac

# The Python tests against it (the notebook and the Dask cohort run in make check already).
tests=""
for t in "$top_srcdir"/tests/python/test_*.py; do
    case "$t" in */test_notebook.py|*/test_cohort_dask.py) ;; *) tests="$tests $t" ;; esac
done
# shellcheck disable=SC2086
env -u PYTHONPATH -u LD_LIBRARY_PATH PYTHONDONTWRITEBYTECODE=1 MPLBACKEND=Agg CALFCARE_TEST_INSTALLED="$tmp/venv" \
    "$tmp/venv/bin/python" -m pytest -q -p no:cacheprovider --rootdir "$tmp" $tests

# pip install from the source tree, as a developer would, into a second venv.
"$PYTHON" -m venv --system-site-packages "$tmp/venv2"
(cd "$tmp/src" && "$tmp/venv2/bin/python" -m pip install -q --no-index --no-deps --no-build-isolation .) \
    > "$tmp/pip.log" 2>&1 || { cat "$tmp/pip.log"; exit 1; }
env -u PYTHONPATH -u LD_LIBRARY_PATH "$tmp/venv2/bin/python" -c \
    'import calfcare, importlib.metadata as m; assert m.version("calfcare") == calfcare.__version__; print("pip install . ->", calfcare.__version__)'
