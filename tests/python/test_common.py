"""The Python package's shared layer: import, version, exceptions from status codes."""
import math
import os

import pytest

import calfcare
from calfcare import capi


def test_imports_the_package_under_test():
    # make check tests the build tree; tests/python-wheel.sh names the venv it installed the wheel in.
    installed = os.environ.get("CALFCARE_TEST_INSTALLED")
    if installed:
        assert calfcare.__file__.startswith(installed + os.sep)
    else:
        assert calfcare.__file__.endswith("bindings/python/pkg/calfcare/__init__.py")


def test_version_matches_header_macros():
    assert calfcare.version() == capi.CALFCARE_VERSION_STRING
    assert calfcare.__version__ == capi.CALFCARE_VERSION_STRING
    assert calfcare.version_info() == (capi.CALFCARE_VERSION_MAJOR, capi.CALFCARE_VERSION_MINOR,
                                       capi.CALFCARE_VERSION_PATCH)


def test_status_names():
    assert capi.calfcare_status_name(capi.CALFCARE_E_INVALID) == "CALFCARE_E_INVALID"
    assert capi.calfcare_strerror(capi.CALFCARE_OK) == "success"


def test_exception_hierarchy():
    assert issubclass(calfcare.InvalidInputError, calfcare.Error)
    assert issubclass(calfcare.InvalidInputError, ValueError)
    assert issubclass(calfcare.BlockedError, calfcare.RefusedError)
    assert issubclass(calfcare.TooSoonError, calfcare.RefusedError)
    assert issubclass(calfcare.BufferTooSmallError, BufferError)


def test_negative_status_raises_with_field_and_message():
    inp = capi.calfcare_input()
    with pytest.raises(calfcare.InvalidInputError) as info:
        capi.calfcare_input_init(inp, 42)
    exc = info.value
    assert exc.field == "schema"
    assert exc.status == capi.CALFCARE_E_INVALID
    assert exc.status_name == "CALFCARE_E_INVALID"
    assert "schema" in str(exc) and "unknown schema" in str(exc)
    assert math.isnan(exc.value)


def test_state_error_for_uninitialised_input():
    inp = capi.calfcare_input()  # zero-filled by SWIG, never initialised
    with pytest.raises(calfcare.StateError) as info:
        capi.calfcare_input_set(inp, 0, 1.0)
    assert info.value.field == "input"


def test_unknown_reason_code():
    with pytest.raises(KeyError):
        calfcare.reason(0)


def test_double_out_is_returned_and_errors_name_the_field():
    # 40 km * (1 + 10/100) = 44 km
    assert capi.calfcare_progression_next_week_max(40.0, 10.0) == pytest.approx(44.0)
    with pytest.raises(calfcare.InvalidInputError) as info:
        capi.calfcare_progression_next_week_max(40.0, 500.0)
    assert info.value.field == "max_increase_pct"
    assert info.value.min == 1 and info.value.max == 50 and info.value.value == 500
    assert str(info.value) == "max_increase_pct: 500 is outside the accepted range; accepted: 1 to 50 %"


def test_red_flag_and_care_kind_names():
    assert capi.calfcare_red_flag_name(capi.CALFCARE_FLAG_DVT) == "dvt"
    assert capi.calfcare_care_kind_name(capi.CALFCARE_CARE_STRETCH) == "stretch"


def test_area_modules_export_distinct_names():
    # The package re-exports every area flat: a name exported twice would silently shadow one.
    from calfcare import _diagnosis, _relief, _progression, _shoes, _frames
    names = [n for m in (_diagnosis, _relief, _progression, _shoes, _frames) for n in m.__all__]
    assert sorted(n for n in set(names) if names.count(n) > 1) == []
    assert len(calfcare.__all__) == len(set(calfcare.__all__))


def test_double_out_is_returned_in_every_area():
    # 720 km on an 800 km limit leaves 80 km (shoes.h, after progression.h in the interface)
    assert capi.calfcare_shoes_km_left(720.0, 800.0) == pytest.approx(80.0)


@pytest.mark.parametrize("module, extra, call", [
    ("pandas", "pandas", lambda: calfcare.check_weekly_series([40.0, 44.0])),
    ("numpy", "numpy", lambda: calfcare.batch_check([[1.0, 2.0]])),
    ("matplotlib.pyplot", "plot", lambda: calfcare.plot.plan_chart(calfcare.make_plan(current_km=35, target_km=50))),
])
def test_missing_optional_dependency_says_what_to_install(monkeypatch, module, extra, call):
    # A module set to None in sys.modules cannot be imported: as if it were not installed.
    monkeypatch.setitem(__import__("sys").modules, module, None)
    with pytest.raises(ImportError, match=rf"pip install 'calfcare\[{extra}\]' \(on Debian: apt-get install python3-"):
        call()


def test_parse_error_quotes_the_word_and_lists_the_accepted_words():
    # The library's _parse() message, as Python raises it: field, the word as given, the words of
    # calfcare_relief_timer_state_name(1..4) in order; the exception carries the field.
    with pytest.raises(calfcare.InvalidInputError) as info:
        capi.calfcare_relief_timer_state_parse("Running")
    assert str(info.value) == "timer_state: unknown word 'Running'; accepted: ready|running|paused|done"
    assert info.value.field == "timer_state"
    assert capi.calfcare_relief_timer_state_parse("paused") == capi.CALFCARE_RELIEF_TIMER_PAUSED
