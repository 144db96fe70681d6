"""Python tests of the shoes area (written with its issue)."""
import calfcare


def test_module_present():
    assert hasattr(calfcare, "shoes")
