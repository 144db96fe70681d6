"""Python tests of the diagnosis area (written with its issue)."""
import calfcare


def test_module_present():
    assert hasattr(calfcare, "diagnosis")
