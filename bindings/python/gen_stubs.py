"""Write the keyword arguments of diagnose() and shoe_advice() into the package's stubs.

Run at build time on a built package directory (Makefile.am's build-tree package, setup.py's
build_lib): every stub line ending in ``# keywords: SCHEMA`` is replaced by the full keyword-only
signature made from the library's field table of that schema (calfcare._common.keyword_stub), so
IDEs complete every keyword with its type and the stubs can never fall behind the table.

    python3 gen_stubs.py PACKAGE_DIR        (PACKAGE_DIR/calfcare importable from PACKAGE_DIR/..)
"""
import os
import re
import sys

MARKER = re.compile(r"^def (\w+)\(\*\*\w+: Any\) -> (\w+): \.\.\.\s*# keywords: (\w+)\s*$")
TYPING = "from typing import Iterable, Literal, Optional, Union  # for the generated signatures\n"


def main(pkg):
    sys.path.insert(0, os.path.dirname(os.path.abspath(pkg)))
    from calfcare import capi
    from calfcare._common import keyword_stub
    done = 0
    for name in sorted(os.listdir(pkg)):
        if not name.endswith(".pyi"):
            continue
        path = os.path.join(pkg, name)
        with open(path, encoding="utf-8") as f:
            lines = f.readlines()
        out, changed = [], False
        for line in lines:
            m = MARKER.match(line)
            if m:
                fn, returns, schema = m.groups()
                out.append(keyword_stub(getattr(capi, "CALFCARE_INPUT_SCHEMA_" + schema.upper()), fn, returns) + "\n")
                changed = True
            else:
                out.append(line)
        if changed:
            first = min(i for i, l in enumerate(out) if l.startswith(("import ", "from ")))
            out.insert(first, TYPING)
            with open(path, "w", encoding="utf-8") as f:
                f.writelines(out)
            done += 1
    if not done:
        sys.exit(f"gen_stubs: no '# keywords:' line in {pkg}/*.pyi")


if __name__ == "__main__":
    main(sys.argv[1])
