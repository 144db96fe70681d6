"""Write what the library knows into the package's stubs: keyword arguments and enum members.

Run at build time on a built package directory (Makefile.am's build-tree package, setup.py's
build_lib), so IDEs complete every keyword and member and the stubs can never fall behind:

- every stub line ending in ``# keywords: SCHEMA`` is replaced by the full keyword-only signature
  made from the library's field table of that schema (calfcare._common.keyword_stub);
- every stub class line ending in ``# members`` (``class StepKind(Word): ...  # members``) gets the
  members of the running enum of that name (``REST: str`` ...), which the package builds from the
  library's _name() functions and reason tables. An enum of the package whose stub class has no
  marker, or a marker class with members typed by hand, stops the build: no word list is typed
  twice.

    python3 gen_stubs.py PACKAGE_DIR        (PACKAGE_DIR/calfcare importable from PACKAGE_DIR/..)
"""
import enum
import importlib
import os
import re
import sys

KEYWORDS = re.compile(r"^def (\w+)\(\*\*\w+: Any\) -> (\w+): \.\.\.\s*# keywords: (\w+)\s*$")
MEMBERS = re.compile(r"^class (\w+)\(([\w., ]+)\):\s*(\.\.\.)?\s*# members\b.*$")
CLASS = re.compile(r"^class (\w+)\b")
TYPING = "from typing import Iterable, Literal, Optional, Union  # for the generated signatures\n"


def module_of(stub_name):
    """The package module a stub file describes: "_relief.pyi" -> "calfcare._relief"."""
    base = stub_name[:-len(".pyi")]
    return "calfcare" if base == "__init__" else "calfcare." + base


def member_lines(cls, where):
    """The stub lines of an enum's members, in definition order (aliases included, as __members__)."""
    if not (isinstance(cls, type) and issubclass(cls, enum.Enum)):
        raise SystemExit(f"gen_stubs: {where}: '# members' on a class that is no enum at run time")
    kind = "str" if issubclass(cls, str) else "int" if issubclass(cls, int) else None
    if kind is None or not cls.__members__:
        raise SystemExit(f"gen_stubs: {where}: {cls.__name__} is not a str or int enum with members")
    return [f"    {name}: {kind}\n" for name in cls.__members__]


def expand(lines, module_name, path):
    """The lines of one stub (``path``, for messages) with its markers replaced, the enums read from
    the running module ``module_name``; returns (lines, whether a keyword signature was written)."""
    from calfcare import capi
    from calfcare._common import keyword_stub

    def runtime(name):
        return getattr(importlib.import_module(module_name), name, None)

    out, keywords, i = [], False, 0
    while i < len(lines):
        line = lines[i]
        m, c = KEYWORDS.match(line), MEMBERS.match(line)
        if m:
            fn, returns, schema = m.groups()
            out.append(keyword_stub(getattr(capi, "CALFCARE_INPUT_SCHEMA_" + schema.upper()), fn, returns) + "\n")
            keywords = True
        elif c:
            name, bases, _ = c.groups()
            members = member_lines(runtime(name), f"{path}: class {name}")
            out.append(f"class {name}({bases}):\n")
            out.extend(members)
            # the class's own body (a property, a method) follows; a hand-typed member does not
            i += 1
            while i < len(lines) and (lines[i].startswith((" ", "\t")) or not lines[i].strip()):
                if any(lines[i].split(":")[0].strip() == m.split(":")[0].strip() for m in members):
                    raise SystemExit(f"gen_stubs: {path}: class {name}: member {lines[i].strip()!r} typed by "
                                     "hand; the '# members' marker writes them all")
                out.append(lines[i])
                i += 1
            continue
        else:
            k = CLASS.match(line)
            if k:
                obj = runtime(k.group(1))
                if isinstance(obj, type) and issubclass(obj, enum.Enum) and obj.__members__:
                    raise SystemExit(f"gen_stubs: {path}: class {k.group(1)} is an enum: end its class line "
                                     "with '# members' instead of typing the members")
            out.append(line)
        i += 1
    return out, keywords


def main(pkg):
    sys.path.insert(0, os.path.dirname(os.path.abspath(pkg)))
    done = 0
    for name in sorted(os.listdir(pkg)):
        if not name.endswith(".pyi"):
            continue
        path = os.path.join(pkg, name)
        with open(path, encoding="utf-8") as f:
            lines = f.readlines()
        out, keywords = expand(lines, module_of(name), path)
        if keywords:
            first = min(i for i, l in enumerate(out) if l.startswith(("import ", "from ")))
            out.insert(first, TYPING)
        if out != lines:
            with open(path, "w", encoding="utf-8") as f:
                f.writelines(out)
            done += 1
    if not done:
        sys.exit(f"gen_stubs: no '# keywords:' or '# members' line in {pkg}/*.pyi")


if __name__ == "__main__":
    main(sys.argv[1])
