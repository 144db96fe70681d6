"""Tracing is a test: every code of the library has its row in its area's page, and every source key
the library names (reasons and the safety gate) resolves in docs/evidence.md (docs/codes.py)."""
import importlib.util
import os

import pytest

from calfcare import capi

SRC = os.environ.get("top_srcdir", os.path.join(os.path.dirname(__file__), "..", ".."))
spec = importlib.util.spec_from_file_location("doc_codes", os.path.join(SRC, "docs", "codes.py"))
codes = importlib.util.module_from_spec(spec)
spec.loader.exec_module(codes)


def test_docs_trace_every_code_and_source():
    assert codes.problems(capi) == []


def test_every_area_has_codes_and_they_stay_in_range():
    for page, (lo, hi) in codes.AREAS.items():
        rows = codes.reasons(capi, lo, hi)
        assert rows, page
        assert all(r.strength in ("S", "M", "W", "C", "F") for r in rows), page
        assert all(codes.source_keys(r.source) for r in rows), f"{page}: a code without a source key"
    assert capi.calfcare_reason_lookup(999) is None and capi.calfcare_reason_lookup(5000) is None


def test_the_check_finds_what_is_missing(tmp_path, monkeypatch):
    # The check itself can fail: an evidence page without one key, and a page whose table lost a row.
    for name in list(codes.AREAS) + ["evidence.md"]:
        with open(os.path.join(codes.DOCS, name), encoding="utf-8") as f:
            (tmp_path / name).write_text(f.read(), encoding="utf-8")
    ev = (tmp_path / "evidence.md").read_text(encoding="utf-8")
    (tmp_path / "evidence.md").write_text(ev.replace('<a id="cook1985"></a>`cook1985`', "`cook`"), encoding="utf-8")
    page = (tmp_path / "relief.md").read_text(encoding="utf-8")
    lines = [line for line in page.splitlines(keepends=True) if not line.startswith("| 2002 |")]
    (tmp_path / "relief.md").write_text("".join(lines), encoding="utf-8")
    monkeypatch.setattr(codes, "DOCS", str(tmp_path))
    found = codes.problems(capi)
    assert any(p.startswith("docs/relief.md: the code table differs") for p in found)
    assert any(p.startswith("source key 'cook1985' (code ") for p in found)
    assert len(found) == 2


@pytest.mark.parametrize("text, keys", [("a,b; c", ["a", "b", "c"]), ("", []), ("wells1997", ["wells1997"])])
def test_source_keys(text, keys):
    assert codes.source_keys(text) == keys
