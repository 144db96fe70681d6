"""Pieces every area of the Python package shares: exceptions, reasons, version, inputs."""

import functools
import importlib
import inspect
import math
import typing
from dataclasses import dataclass

from . import capi as _capi

Error = _capi.Error
InvalidInputError = _capi.InvalidInputError
RefusedError = _capi.RefusedError
BlockedError = _capi.BlockedError
TooSoonError = _capi.TooSoonError
BufferTooSmallError = _capi.BufferTooSmallError
StateError = _capi.StateError
UnsupportedError = _capi.UnsupportedError


# Optional dependencies: the module, the pip extra that brings it and the Debian package.
_OPTIONAL = {
    "numpy": ("numpy", "python3-numpy"),
    "pandas": ("pandas", "python3-pandas"),
    "matplotlib.pyplot": ("plot", "python3-matplotlib"),
    "dask.array": ("dask", "python3-dask"),
    "distributed": ("dask", "python3-distributed"),
}


def optional_import(module, feature):
    """Import an optional dependency, or raise an ImportError that says what to install.

    ``feature`` names what needs it (for example "calfcare.check_log").
    """
    try:
        return importlib.import_module(module)
    except ImportError as e:
        extra, debian = _OPTIONAL[module]
        raise ImportError(f"{feature} needs {module.split('.')[0]}, which is not installed: pip install 'calfcare[{extra}]' "
                          f"(on Debian: apt-get install {debian})", name=e.name) from e


def version():
    """The running libcalfcare version as a string, "MAJOR.MINOR.PATCH"."""
    return _capi.calfcare_version_string()


def version_info():
    """The running libcalfcare version as a tuple of ints (major, minor, patch)."""
    return (_capi.calfcare_version_major(), _capi.calfcare_version_minor(), _capi.calfcare_version_patch())


@dataclass(frozen=True)
class Reason:
    """A stable reason or advice code with its English text, source key and evidence strength."""

    code: int
    name: str
    text: str
    source: str
    strength: str

    def to_dict(self):
        return {"code": self.code, "name": self.name, "text": self.text,
                "source": self.source, "strength": self.strength}


# Reasons and schema fields are static tables in the library: look each up once per process.
@functools.lru_cache(maxsize=None)
def _reason_cached(code):
    r = _capi.calfcare_reason_lookup(code)
    if r is None:
        raise KeyError(code)
    return Reason(r.code, r.name, r.text, r.source, r.strength)


def reason(code):
    """Describe a reason or advice code (int). Raises KeyError for an unknown code."""
    return _reason_cached(int(code))


def fields(schema):
    """The fields of an input schema, as capi.calfcare_input_field objects in id order."""
    return [_capi.calfcare_input_field_at(schema, i) for i in range(_capi.calfcare_input_field_count(schema))]


@functools.lru_cache(maxsize=None)
def _field_of(schema, name):
    """(field id, field) of a name in a schema; the schemas are static tables in the library."""
    fid = _capi.calfcare_input_find(schema, name)
    return fid, (_capi.calfcare_input_field_at(schema, fid) if fid >= 0 else None)


def schema_doc(schema):
    """The fields of an input schema as docstring text: name, accepted values with units, meaning.

    Built from the library's own field table (the same names, ranges and help text the C API and
    the CLI use), so ``help()`` never disagrees with what the library accepts.
    """
    lines = ["", "Fields (all optional unless the description says otherwise):", ""]
    for f in fields(schema):
        if f.type == _capi.CALFCARE_INPUT_FIELD_CHOICE:
            words = []
            while f.choice(len(words)) is not None:
                words.append(f.choice(len(words)))
            accepted = "|".join(words)
        elif f.type == _capi.CALFCARE_INPUT_FIELD_SWITCH:
            accepted = "True/False"
        else:
            count = "" if f.max_count == 1 else (
                f" x{f.min_count}" if f.min_count == f.max_count else f" x{f.min_count}-{f.max_count}")
            accepted = f"{f.min:g}..{f.max:g}{(' ' + f.unit) if f.unit else ''}{count}"
        lines.append(f"    {f.name}: {accepted} - {f.help}")
    return "\n".join(lines) + "\n"


def keyword_annotation(field):
    """The type of one field's keyword argument, as stub text (``"Optional[float]"``).

    What capi.input_set_kwargs accepts: None (unknown) always; a switch takes a bool; a choice its
    words, and a bool where the words are "no"/"yes"; a number a float (an int for whole numbers),
    a list any iterable of numbers or the CLI's "18,24" text.
    """
    if field.type == _capi.CALFCARE_INPUT_FIELD_SWITCH:
        return "Optional[bool]"
    if field.type == _capi.CALFCARE_INPUT_FIELD_CHOICE:
        words = []
        while field.choice(len(words)) is not None:
            words.append(field.choice(len(words)))
        literal = "Literal[" + ", ".join(repr(w) for w in words) + "]"
        return f"Optional[Union[bool, {literal}]]" if set(words) == {"no", "yes"} else f"Optional[{literal}]"
    one = "int" if field.flags & _capi.CALFCARE_INPUT_FIELD_WHOLE else "float"
    if field.max_count == 1:
        return f"Optional[{one}]"
    alternatives = ([one] if field.min_count == 1 else []) + [f"Iterable[{one}]", "str"]
    return f"Optional[Union[{', '.join(alternatives)}]]"


def keyword_stub(schema, name, returns):
    """The stub line of a function that takes a schema's fields as keyword-only arguments."""
    params = "".join(f"    {f.name}: {keyword_annotation(f)} = None,\n" for f in fields(schema))
    return f"def {name}(\n    *,\n{params}) -> {returns}: ..."


def keyword_signature(schema, returns):
    """An inspect.Signature with one keyword-only argument per field of ``schema`` (default None:
    unknown), so help(), IDEs and notebooks list every keyword with its type."""
    names = {k: getattr(typing, k) for k in ("Optional", "Union", "Literal", "Iterable")}
    params = [inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY, default=None,
                                annotation=eval(keyword_annotation(f), names))  # noqa: S307 - our own text
              for f in fields(schema)]
    return inspect.Signature(params, return_annotation=returns)


def make_input(schema, kwargs):
    """Build a capi.calfcare_input of ``schema`` from keyword arguments.

    Keyword names are the field names (the CLI options with ``_`` for ``-``). ``None`` means
    unknown (not given). Numbers, sequences of numbers, words (``"always"``) and booleans (for
    yes/no and switch fields) are accepted. Invalid values raise InvalidInputError naming the
    field; unknown names raise TypeError, as for any Python function. The conversion runs in C
    (capi.input_set_kwargs, bindings/python/calfcare-python-convert.swg).
    """
    inp = _capi.calfcare_input()
    _capi.calfcare_input_init(inp, schema)
    _capi.input_set_kwargs(inp, kwargs)
    return inp


def invalid(name, message, value=float("nan"), lo=float("nan"), hi=float("nan")):
    """An InvalidInputError naming the field ``name`` (as the library's errors do), with the
    accepted range ``lo``..``hi`` as ``.min``/``.max`` when there is one."""
    exc = InvalidInputError(f"{name}: {message}")
    exc.field = name
    exc.value = value
    exc.min = lo
    exc.max = hi
    exc.status = _capi.CALFCARE_E_INVALID
    exc.status_name = "CALFCARE_E_INVALID"
    return exc


def strict_bool(name, value):
    """A yes/no argument: True or False (numpy booleans too), nothing else. Python's truthiness never
    decides: "no", 0, 1, NaN, [True] raise InvalidInputError naming the field."""
    if value is True or value is False:
        return value
    if type(value).__module__ == "numpy" and type(value).__name__ in ("bool_", "bool"):
        return bool(value)
    raise invalid(name, f"expected True or False, got {value!r}")


def strict_number(name, value):
    """A number argument: int, float or a numpy number; not a bool, a string or a container."""
    if isinstance(value, (bool, str, bytes)) or (
            type(value).__module__ == "numpy" and type(value).__name__ in ("bool_", "bool")):
        raise invalid(name, f"expected a number, got {value!r}")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise invalid(name, f"expected a number, got {value!r}") from None


def nan_to_none(value):
    """NaN (the library's "not available") as None, other numbers unchanged."""
    return None if isinstance(value, float) and math.isnan(value) else value
