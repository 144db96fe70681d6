#!/usr/bin/env python3
"""The floor of a whole-core firmware: what any implementation with these features and doubles in
the API must carry, measured in the linked image (docs/embedding.md, "The floor").

    floor.py CROSS ELF MAP EMPTY_ELF   (CROSS: the toolchain prefix, e.g. arm-none-eabi-;
                                        EMPTY_ELF: the probe without the library, subtracted)

Splits the flash of the firmware (as check-mcu.sh counts it: text + data, minus the empty probe)
into code (the sizes of its function symbols) and everything else: the tables of texts and names
(read out of the image: their symbols and sizes from readelf, their bytes from objcopy, every
pointer followed into the string sections and each string byte counted once), and the other
strings and constants (the sentences results are written with, the fields named in errors, number
tables). Adds what any library with doubles in its API takes from libgcc and libm. Prints a
Markdown table.
"""
import collections
import os
import re
import subprocess
import sys
import tempfile

# (row, symbols): the tables of the areas (lib/*.c), by their names in the image
TABLES = [
    ("reason tables (code, name, text, source key, strength)",
     r"^(progression_reasons|relief_reasons|shoes_reasons|dx_reasons|gate)$"),
    ("input field tables (name, unit, help, range, words)", r"^(dx_fields|shoes_fields)$"),
    ("name and word tables (the words of every enum, the log's column names)",
     r"(_names|_words|^names\.\d+|^kind_words|_text\.\d+|^step_why)"),
    ("status names and texts", r"^(status_table|strength_table)$"),
    ("shoe size charts (brand rows)", r"^(charts|men_d|women_b|nike_men|new_balance_men)$"),
]
# What a library with doubles in its API links whatever it does: software double arithmetic and
# conversions (libgcc), exp() for the exponential decay (libm).
NEEDED = r"_arm_(muldivdf3|addsubdf3|cmpdf2|fixdfsi|fixunsdfsi|unorddf2)|_fixunsdfdi|e_exp|w_exp"


def flash_and_code(cross, elf):
    """text + data of the ELF, and the bytes of its functions in flash."""
    size = subprocess.run([cross + "size", elf], capture_output=True, text=True, check=True).stdout
    text, data = size.splitlines()[1].split()[:2]
    code = 0
    syms = subprocess.run([cross + "readelf", "-sW", elf], capture_output=True, text=True, check=True).stdout
    for line in syms.splitlines():
        p = line.split()
        if len(p) >= 8 and p[3] == "FUNC" and int(p[1], 16) < 0x20000000:
            code += int(p[2], 0)
    return int(text) + int(data), code


def main():
    cross, elf, mapfile, empty = sys.argv[1:5]
    flash, code = flash_and_code(cross, elf)
    empty_flash, empty_code = flash_and_code(cross, empty)
    flash -= empty_flash
    code -= empty_code
    with tempfile.TemporaryDirectory() as tmp:
        binfile = os.path.join(tmp, "text.bin")
        subprocess.run([cross + "objcopy", "-O", "binary", "-j", ".text", elf, binfile], check=True)
        img = open(binfile, "rb").read()  # .text starts at address 0 (tests/mcu/mps2-an386.ld)
    text = open(mapfile).read()
    text = text[text.find("Linker script and memory map"):]
    strs, libs = [], collections.Counter()
    for m in re.finditer(r"^ (\.(?:text|rodata|data)\S*)\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S+)", text, re.M):
        sec, addr, size, obj = m.group(1), int(m.group(2), 16), int(m.group(3), 16), m.group(4)
        if ".str" in sec:
            strs.append((addr, size))
        lib = re.search(r"(lib(?:gcc|m|c_nano))\.a\((?:lib_a-)?([^)]*)\)", obj)
        if lib:
            libs[(lib.group(1), lib.group(2))] += size

    def in_strings(v):
        return any(a <= v < a + s for a, s in strs)

    def cstr(v):
        return img[v:img.index(b"\0", v) + 1]

    syms = collections.defaultdict(list)
    nm = subprocess.run([cross + "nm", "-S", elf], capture_output=True, text=True, check=True).stdout
    for line in nm.splitlines():
        p = line.split()
        if len(p) == 4 and int(p[0], 16) < 0x20000000:  # flash, not RAM
            syms[p[3]].append((int(p[0], 16), int(p[1], 16)))
    seen, rows = set(), []  # seen: every string byte already counted
    for label, rx in TABLES:
        count = table_bytes = string_bytes = 0
        for name, places in syms.items():
            if not re.search(rx, name):
                continue
            for addr, size in places:
                count += 1
                table_bytes += size
                for off in range(0, size - 3, 4):
                    v = int.from_bytes(img[addr + off:addr + off + 4], "little")
                    if in_strings(v):
                        span = set(range(v, v + len(cstr(v)))) - seen
                        seen |= span
                        string_bytes += len(span)
        rows.append((f"{label}, {count} tables", table_bytes, string_bytes))
    in_tables = sum(t + s for _, t, s in rows)
    needed = sum(v for (lib, obj), v in libs.items() if re.search(NEEDED, obj))
    rows.append(("other strings and constants (the sentences results are written with, the field names of "
                 "errors, number tables)", 0, flash - code - in_tables))
    other = sum(libs.values()) - needed
    print("| part | tables, bytes | strings, bytes | total, bytes |")
    print("|---|---:|---:|---:|")
    for label, t, s in rows:
        print(f"| {label} | {t} | {s} | {t + s} |")
    texts = sum(t + s for _, t, s in rows)
    print(f"| texts, tables and constants (all but code) | | | {texts} |")
    print(f"| libgcc software doubles and libm exp (needed with doubles in the API) | | | {needed} |")
    print(f"| floor: texts, tables, constants and needed libraries | | | {texts + needed} |")
    print(f"| the library's own code and other libgcc, libm, libc (floor, ceil, memcpy, memset) | | | "
          f"{code - needed} |")
    print(f"| the firmware (flash as check-mcu counts it) | | | {flash} |")


if __name__ == "__main__":
    main()
