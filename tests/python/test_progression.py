"""Python tests of the progression area (written with its issue)."""
import calfcare


def test_module_present():
    assert hasattr(calfcare, "progression")
