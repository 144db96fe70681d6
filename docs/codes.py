#!/usr/bin/env python3
"""The code tables of the area pages and the source index, traced to the library.

Every reason, advice and cue code of the library is listed in its area's page (docs/<area>.md),
between the lines `<!-- codes:begin -->` and `<!-- codes:end -->`, as a table generated from the
library's own reason table (code, name, text, source keys, strength). Every source key the library
names (in its reasons and in the safety gate) must have an entry in docs/evidence.md.

    python3 docs/codes.py --check     # what tests/python/test_tracing.py runs in make check
    python3 docs/codes.py --update    # rewrite the tables after adding or changing a code

It reads the library through the Python bindings (the build tree's package on PYTHONPATH, as
`make update-doc-codes` sets it).
"""
import argparse
import os
import re
import sys

AREAS = {  # page -> the area's code range (docs/HACKING.md "How to add a rule")
    "diagnosis.md": (1000, 1999),
    "relief.md": (2000, 2999),
    "progression.md": (3000, 3999),
    "shoes.md": (4000, 4999),
}
BEGIN, END = "<!-- codes:begin -->", "<!-- codes:end -->"
DOCS = os.path.dirname(os.path.abspath(__file__))


def source_keys(source):
    """"a,b; c" -> ["a", "b", "c"]."""
    return [k.strip() for k in re.split(r"[,;]", source or "") if k.strip()]


def reasons(capi, lo, hi):
    out = []
    for code in range(lo, hi + 1):
        r = capi.calfcare_reason_lookup(code)
        if r is not None:
            out.append(r)
    return out


def table(capi, lo, hi):
    """The generated Markdown table of one area's codes."""
    cell = lambda s: s.replace("|", "\\|")  # noqa: E731
    rows = ["| code | name | text | source | strength |", "|---|---|---|---|---|"]
    for r in reasons(capi, lo, hi):
        keys = ", ".join(f"[{k}](evidence.md#{k})" for k in source_keys(r.source))
        rows.append(f"| {r.code} | `{r.name}` | {cell(r.text)} | {keys} | {r.strength} |")
    return "\n".join(rows)


def library_keys(capi):
    """Every source key the library names: reasons of all areas, and the safety gate if present."""
    keys = {}
    for lo, hi in AREAS.values():
        for r in reasons(capi, lo, hi):
            for k in source_keys(r.source):
                keys.setdefault(k, f"code {r.code}")
    gate = getattr(capi, "calfcare_diagnosis_gate", None)
    if gate is not None:
        for flag in range(1, 64):
            row = gate(flag)
            if row is not None:
                for k in source_keys(row.source):
                    keys.setdefault(k, f"safety gate row of red flag {flag}")
    return keys


def evidence_keys(text):
    """Keys of docs/evidence.md: the first cell of each table row, `key`."""
    return set(re.findall(r"^\| <a id=\"([a-z0-9_]+)\"></a>`\1` \|", text, re.M))


def split(text, page):
    if text.count(BEGIN) != 1 or text.count(END) != 1 or text.index(BEGIN) > text.index(END):
        raise SystemExit(f"docs/{page}: needs exactly one '{BEGIN}' ... '{END}' block")
    head, rest = text.split(BEGIN)
    body, tail = rest.split(END)
    return head, body, tail


def problems(capi):
    """Everything the docs and the library disagree on, as sentences (empty: all traced)."""
    out = []
    for page, (lo, hi) in AREAS.items():
        with open(os.path.join(DOCS, page), encoding="utf-8") as f:
            _, body, _ = split(f.read(), page)
        if body.strip() != table(capi, lo, hi):
            out.append(f"docs/{page}: the code table differs from the library's ({lo}-{hi}); "
                       "run `make update-doc-codes`")
    with open(os.path.join(DOCS, "evidence.md"), encoding="utf-8") as f:
        known = evidence_keys(f.read())
    for key, where in sorted(library_keys(capi).items()):
        if key not in known:
            out.append(f"source key '{key}' ({where}) has no entry in docs/evidence.md")
    return out


def update(capi):
    for page, (lo, hi) in AREAS.items():
        path = os.path.join(DOCS, page)
        with open(path, encoding="utf-8") as f:
            head, _, tail = split(f.read(), page)
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"{head}{BEGIN}\n{table(capi, lo, hi)}\n{END}{tail}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true")
    mode.add_argument("--update", action="store_true")
    args = ap.parse_args(argv)
    from calfcare import capi
    if args.update:
        update(capi)
    found = problems(capi)
    for p in found:
        print(p, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
