"""Python tests of the relief area (written with its issue)."""
import calfcare


def test_module_present():
    assert hasattr(calfcare, "relief")
