#!/usr/bin/env python3
"""Every public name follows the naming table in docs/HACKING.md ("Naming").

Reads the public headers and checks, per header: functions, types, macros and enum values carry the
header's area prefix; reason codes are CALFCARE_<AREA>_R_*; every _name() has a _parse() beside it;
classifiers use the one verb _classify; counts in public structs are size_t. Prints each violation
and exits 1 if there is any. Usage: check-names.py [top_srcdir]
"""
import os
import re
import sys

top = os.environ.get("top_srcdir", os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
# header -> area word; the common header's names carry no area word (calfcare_status, CALFCARE_E_*)
AREAS = {"common.h": None, "version.h": "version", "input.h": "input", "params.h": "params", "diagnosis.h": "diagnosis",
         "relief.h": "relief", "progression.h": "progression", "log.h": "log", "shoes.h": "shoes"}
# version.h holds only the generated version macros; their functions are declared in common.h
AREA_WORDS = sorted(w for w in AREAS.values() if w and w != "version")
# The timer's info and state are fixed-width because they are the watch's saved state (uint32_t ms).
COUNT_EXCEPTIONS = {("relief.h", "step_count")}

def check(top):
    """The list of names that break the table (empty when all follow it)."""
    inc = os.path.join(top, "include", "calfcare")
    problems = []


    def strip_comments(text):
        text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
        return re.sub(r"//[^\n]*", " ", text)


    def names_in(text):
        funcs = re.findall(r"CALFCARE_API[^;{]*?\b(calfcare_\w+)\s*\(", text)
        types = re.findall(r"}\s*(calfcare_\w+)\s*;", text) + re.findall(r"typedef\s+[^;{]*?\b(calfcare_\w+)\s*;", text)
        macros = re.findall(r"#\s*define\s+(CALFCARE_\w+)", text)
        enums = []
        for body in re.findall(r"enum\s+\w*\s*\{(.*?)\}", text, flags=re.S):
            enums += re.findall(r"\b(CALFCARE_\w+)\s*(?:=|,|$)", body.strip() + ",")
        return funcs, types, macros, enums


    all_funcs = set()
    for header, area in sorted(AREAS.items()):
        path = os.path.join(inc, header)
        if not os.path.exists(path):
            continue
        text = strip_comments(open(path, encoding="utf-8").read())
        funcs, types, macros, enums = names_in(text)
        all_funcs.update(funcs)
        if area:
            low, up = "calfcare_" + area + "_", "CALFCARE_" + area.upper() + "_"
            for n in funcs + types:
                if not (n.startswith(low) or n == "calfcare_" + area):
                    problems.append(f"{header}: {n} lacks the area prefix {low}")
            for n in macros + enums:
                if not n.startswith(up) and n not in ("CALFCARE_API",):
                    problems.append(f"{header}: {n} lacks the area prefix {up}")
        else:  # common: no other area's word may lead a common name
            for n in funcs + types:
                for w in AREA_WORDS:
                    if n.startswith("calfcare_" + w + "_"):
                        problems.append(f"{header}: {n} belongs in {w}.h")
            for n in macros + enums:
                for w in AREA_WORDS:
                    if n.startswith("CALFCARE_" + w.upper() + "_") and not n.startswith("CALFCARE_VERSION"):
                        problems.append(f"{header}: {n} belongs in {w}.h")
        # reason codes: the members of calfcare_<area>_reason
        for m in re.finditer(r"enum\s+(calfcare_(\w+?)_reason)\s*\{(.*?)\}", text, flags=re.S):
            ar = m.group(2).upper()
            for code in re.findall(r"\b(CALFCARE_\w+)\s*=", m.group(3)):
                if not code.startswith(f"CALFCARE_{ar}_R_"):
                    problems.append(f"{header}: reason code {code} is not CALFCARE_{ar}_R_*")
        if area in ("diagnosis", "relief", "progression", "shoes") and f"calfcare_{area}_reason" not in types:
            problems.append(f"{header}: no reason-code enum calfcare_{area}_reason")
        # counts are size_t
        for struct in re.findall(r"struct\s+\w+\s*\{(.*?)\}", text, flags=re.S):
            for typ, member in re.findall(r"\b(unsigned|int|long|uint\d+_t|double|float)\s+(\w*count\w*)\s*[;\[]", struct):
                if (header, member) not in COUNT_EXCEPTIONS and not member.endswith("_"):
                    problems.append(f"{header}: count {member} is {typ}, not size_t")

    # a _parse() beside every _name(); one verb for classifiers
    for f in sorted(all_funcs):
        if f.endswith("_name") and f[:-5] + "_parse" not in all_funcs:
            problems.append(f"{f} has no {f[:-5]}_parse()")
        if re.search(r"_(band|band_of|bucket|level_of|category_of)$", f):
            problems.append(f"{f}: classifiers are named <thing>_classify")
        if re.search(r"_(find|lookup_word|from_word)$", f):
            problems.append(f"{f}: a word's value is <thing>_parse()")


    if len(all_funcs) < 100:  # the headers were not found or not read: never pass on nothing
        problems.append(f"only {len(all_funcs)} public functions found under {inc}")
    return problems, all_funcs


def test_naming_table():
    problems, _ = check(top)
    assert not problems, "\n".join(problems)


if __name__ == "__main__":
    problems, all_funcs = check(sys.argv[1] if len(sys.argv) > 1 else top)
    if problems:
        print("\n".join(problems))
        print(f"FAIL: {len(problems)} public names break the naming table (docs/HACKING.md, Naming)")
        sys.exit(1)
    print(f"ok: {len(all_funcs)} functions and every type, macro, enum value and reason code follow the naming table")
