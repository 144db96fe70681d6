"""Pieces every area of the Python package shares: exceptions, reasons, version, inputs."""

import dataclasses
import datetime
import enum
import functools
import html
import importlib
import inspect
import math
import typing

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


# ---- the result model ------------------------------------------------------------------------------
# Every result of the package is a frozen dataclass built on Result: dict keys are the attribute
# names, collections inside are tuples, == compares arrays by value, results pickle, and the repr
# is short (an HTML table in notebooks). Every word is a Word enum member, which is a str.

class Word(str, enum.Enum):
    """Base of the package's word enums. A member *is* its word, a str: ``Triage.SELF_CARE ==
    "self_care"`` is True, str() and f-strings give the word, json.dumps writes it, and a pandas
    column of members shows the words."""

    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return str.__format__(self, spec)

    # Equal to its word, so hashed as its word: {"urgent": ...}[Triage.URGENT] finds it (Enum would
    # hash the member's NAME, breaking dicts and sets that mix members and words).
    __hash__ = str.__hash__

    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {str.__str__(self)!r}>"

    @property
    def word(self):
        """The word itself, as a plain str (the library's and the CLI's spelling)."""
        return str.__str__(self)


def word_enum(name, module, words, doc, names=None):
    """A :class:`Word` enum of the library's words (each member named by its word upper-cased, or by
    ``names``), pickled by reference as ``module.name``."""
    names = names or [w.upper() for w in words]
    cls = Word(name, list(zip(names, words)), module=module, qualname=name)
    cls.__doc__ = doc
    return cls


def _is_array(x):
    return type(x).__module__ == "numpy" and type(x).__name__ == "ndarray"


def _same(a, b):
    """Value equality for result fields: arrays by value, NaN equal to NaN, pandas objects by .equals."""
    if _is_array(a) or _is_array(b):
        if not (_is_array(a) and _is_array(b)) or a.shape != b.shape:
            return False
        import numpy as np
        try:
            return bool(np.array_equal(a, b, equal_nan=True))
        except TypeError:
            return bool(np.array_equal(a, b))
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (a != a and b != b)
    if isinstance(a, (tuple, list)) and isinstance(b, (tuple, list)):
        return type(a) is type(b) and len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if hasattr(a, "equals") and type(a).__module__.startswith("pandas"):
        return type(a) is type(b) and bool(a.equals(b))
    return a == b


def plain(value):
    """A result value as plain JSON-ready Python: results as dicts, words as str, tuples and arrays as
    lists, dates as YYYY-MM-DD."""
    if isinstance(value, Result):
        return value.to_dict()
    if isinstance(value, Word):
        return value.word
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (tuple, list)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {plain(k): plain(v) for k, v in value.items()}
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if _is_array(value):
        return value.tolist()
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        return value.item()
    return value


def _count(n):
    return f"<{n} item{'' if n == 1 else 's'}>"


def _short(value, depth=0):
    """A few characters standing for a field value in a repr."""
    if isinstance(value, Word):
        return repr(value.word)
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, Result):
        return value._short_repr() if depth == 0 else f"{type(value).__name__}(...)"
    if isinstance(value, (tuple, list)):
        if len(value) <= 3 and all(isinstance(v, (str, int, float, type(None))) for v in value):
            return "(" + ", ".join(_short(v, depth + 1) for v in value) + ("," if len(value) == 1 else "") + ")"
        return _count(len(value))
    if isinstance(value, dict):
        return _count(len(value)) if len(value) > 3 else repr(plain(value))
    if _is_array(value):
        return f"<array {'x'.join(map(str, value.shape))}>"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


class Result:
    """Base of the package's frozen results (dataclasses made by :func:`result`).

    - ``to_dict()``: keys are the attribute names, values plain (:func:`plain`);
    - ``to_frame()``: for list-like results (``_rows`` names the field), a DataFrame, one row each;
    - ``==``: field by field, numpy arrays and pandas frames by value, NaN equal to NaN;
    - pickle (module-level classes, no C objects inside; see each class for exceptions);
    - a short ``repr`` and ``_repr_html_`` (a table in Jupyter).
    """

    __slots__ = ()
    _rows = None  #: name of the field whose items are the rows of to_frame()

    def _fields(self):
        """The public fields: not private (``_c``) and not a C object kept for the library (a field
        neither shown nor compared, such as TrainingLog.runs)."""
        return [f for f in dataclasses.fields(self) if not f.name.startswith("_") and (f.repr or f.compare)]

    def to_dict(self):
        """The result as a dict whose keys are the attribute names (values plain: see :func:`plain`;
        a ``reasons`` field, the rules behind a score or a flag, as their names)."""
        return {f.name: [r.name for r in getattr(self, f.name)] if f.name == "reasons" else plain(getattr(self, f.name))
                for f in self._fields()}

    def to_frame(self):
        """The rows (``_rows``) as a pandas DataFrame, one row per item, columns as its to_dict() keys."""
        if self._rows is None:
            raise TypeError(f"{type(self).__name__} is not list-like: it has no to_frame()")
        pd = optional_import("pandas", f"{type(self).__name__}.to_frame")
        rows = getattr(self, self._rows)
        return pd.DataFrame([_frame_row(r) for r in rows])

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(_same(getattr(self, f.name), getattr(other, f.name)) for f in dataclasses.fields(self) if f.compare)

    def __hash__(self):
        return hash((type(self).__name__,) + tuple(getattr(self, f.name) for f in dataclasses.fields(self) if f.compare))

    def _short_repr(self):
        parts = [f"{f.name}={_short(getattr(self, f.name), 1)}" for f in self._fields() if f.repr]
        text = f"{type(self).__name__}({', '.join(parts)})"
        return text if len(text) <= 240 else text[:236] + "...)"

    def __repr__(self):
        return self._short_repr()

    def _repr_html_(self):
        esc = html.escape
        rows = "".join(f"<tr><th style='text-align:left'>{esc(f.name)}</th><td style='text-align:left'>"
                       f"{esc(_short(getattr(self, f.name), 1))}</td></tr>" for f in self._fields() if f.repr)
        out = f"<b>{esc(type(self).__name__)}</b><table>{rows}</table>"
        if self._rows is not None:
            items = list(getattr(self, self._rows))
            dicts = [_frame_row(r) for r in items[:30]]
            if dicts:
                cols = list(dicts[0])
                head = "".join(f"<th>{esc(str(c))}</th>" for c in cols)
                body = "".join("<tr>" + "".join(f"<td>{esc(_short(d.get(c), 1))}</td>" for c in cols) + "</tr>"
                               for d in dicts)
                more = f"<p>{len(items) - 30} more rows (to_frame() has them all)</p>" if len(items) > 30 else ""
                out += f"<p>{esc(self._rows)}:</p><table><tr>{head}</tr>{body}</table>{more}"
        return out


def _frame_row(item):
    if isinstance(item, Result):
        return {f.name: _cell(getattr(item, f.name)) for f in item._fields()}
    return {"value": _cell(item)}


def _cell(v):
    if isinstance(v, Word):
        return v.word
    if isinstance(v, Result):
        return v
    if isinstance(v, (list, tuple)):
        return tuple(x.name if isinstance(x, Reason) else plain(x) for x in v)
    return v


def result(cls=None, *, rows=None):
    """Make ``cls`` a frozen :class:`Result` dataclass (``rows``: the field of to_frame()'s rows)."""
    def wrap(c):
        c = dataclasses.dataclass(frozen=True, repr=False, eq=False)(c)
        if rows is not None:
            c._rows = rows
        return c
    return wrap if cls is None else wrap(cls)


@result
class Reason(Result):
    """A stable reason or advice code: ``code`` (int), ``name`` (the word), English ``text``, the rule's
    ``source`` key and evidence ``strength``. Every advice object of every area has these five."""

    code: int
    name: str
    text: str
    source: str
    strength: str

    def __repr__(self):
        return f"Reason({self.code}, {self.name!r})"


@result
class Advice(Result):
    """A piece of advice with the runner's numbers: ``code`` (int), ``name`` (word), ``text`` (the
    library's sentence with the numbers filled in), ``source``, ``strength``, and ``value``, the
    number it is about (km, steps/min, mm...; None when there is none)."""

    code: int
    name: str
    text: str
    source: str
    strength: str
    value: typing.Optional[float] = None

    def __str__(self):
        return self.text

    def __repr__(self):
        return f"Advice({self.code}, {self.name!r})"


def advice_of(code, text=None, value=None):
    """An :class:`Advice` of a library code (its text if ``text`` is None; "unknown" for a code
    without an entry)."""
    try:
        r = reason(code)
    except KeyError:
        return Advice(int(code), "unknown", text or "", "", "", value)
    return Advice(r.code, r.name, r.text if text is None else text, r.source, r.strength, value)


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
    try:
        fid = _capi.calfcare_input_field_parse(schema, name)
    except InvalidInputError:
        return -1, None
    return fid, _capi.calfcare_input_field_at(schema, fid)


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


# ---- parameter tables (calfcare/params.h) ----------------------------------------------------------

def params_fields(table):
    """The rows of a parameter table, as capi.calfcare_params_field objects in member order (name,
    type, unit, min, max, default_value, unset, unset_help, help)."""
    return [_capi.calfcare_params_field_at(table, i) for i in range(_capi.calfcare_params_field_count(table))]


def params_default(field, table):
    """A row's default as a Python value: a choice's word, an int for whole numbers, else a float."""
    if field.type == _capi.CALFCARE_PARAMS_TYPE_CHOICE:
        return _capi.calfcare_params_choice_name(table, field.id, int(field.default_value))
    if field.type == _capi.CALFCARE_PARAMS_TYPE_INT:
        return int(field.default_value)
    return field.default_value


def params_set(table, struct, name, value, unset_ok=False):
    """Set member ``name`` of a parameter struct from a Python value, checked by the library's table:
    a number (int, float or numpy; not a bool or a string) or, for a choice, its word. Refusals raise InvalidInputError naming the field and the accepted range.
    The C API's "not given" value (-1 for an unknown last ice) is refused (None says that here) unless
    ``unset_ok`` (make_plan's documented weeks=0, "until the target")."""
    fid = _capi.calfcare_params_field_parse(table, name)
    f = _capi.calfcare_params_field_at(table, fid)
    if f.type == _capi.CALFCARE_PARAMS_TYPE_CHOICE:
        if not isinstance(value, str):
            words = [_capi.calfcare_params_choice_name(table, fid, v) for v in range(int(f.min), int(f.max) + 1)]
            raise invalid(name, f"expected one of the words {', '.join(words)}, got {value!r}")
        struct.set_field_text(fid, str(value))
        return
    v = strict_number(name, value)
    if not unset_ok and not math.isnan(f.unset) and v == f.unset:
        unit = f" {f.unit}" if f.unit else ""
        raise invalid(name, f"{value!r} is outside the accepted range; accepted: {f.min:g} to {f.max:g}{unit} "
                            f"(None when {f.unset_help})", v, f.min, f.max)
    struct.set_field(fid, v)


class _TableDefault:
    def __repr__(self):
        return "<the library's default>"


TABLE_DEFAULT = _TableDefault()
"""Written as a keyword's default in the source; :func:`params_defaults` puts the table's value there."""


def params_doc(field, table, unset_word=None):
    """One docstring line of a table row: "name: help (min-max unit, default D)" (a choice's words).
    A row whose default is its "not given" value says "default -1: unknown", or with ``unset_word``
    (a host's own word for it, "None") "None: unknown"."""
    if field.type == _capi.CALFCARE_PARAMS_TYPE_CHOICE:
        words = [_capi.calfcare_params_choice_name(table, field.id, v) for v in range(int(field.min), int(field.max) + 1)]
        unset = unset_word is not None and field.default_value == field.unset
        default = f"{unset_word}: {field.unset_help}" if unset else f"default {params_default(field, table)!r}"
        return f"{field.name}: {field.help} ({' or '.join(repr(w) for w in words)}, {default})"
    unit = f" {field.unit}" if field.unit else ""
    default = f"default {field.default_value:g}"
    if field.flags & _capi.CALFCARE_PARAMS_FIELD_REQUIRED:
        default = "required"
    elif field.default_value == field.unset:
        default = f"{unset_word}: {field.unset_help}" if unset_word else f"{default}: {field.unset_help}"
    return f"{field.name}: {field.help} ({field.min:g}-{field.max:g}{unit}, {default})"


def params_pair(table, name):
    """The rows ``name_left`` and ``name_right`` of a pair (calfcare/params.h: one keyword
    ``name=(left, right)``), or None when ``name`` is not a pair of the table."""
    rows = {f.name: f for f in params_fields(table)}
    left, right = rows.get(name + "_left"), rows.get(name + "_right")
    return (left, right) if left is not None and right is not None and right.id == left.id + 1 else None


def params_pair_doc(left, right, name, unset_word=None):
    """The docstring line of a pair: "heel_raises: (left, right) help, left and right (0-200 raises each,
    None: unknown)"; the rows' helps "... left" and "... right" read as one."""
    lh, rh = left.help, right.help
    help_ = lh + " and right" if lh.endswith("left") and rh.endswith("right") and lh[:-4] == rh[:-5] else f"{lh}; {rh}"
    unit = f" {left.unit}" if left.unit else ""
    default = f"default ({left.default_value:g}, {right.default_value:g})"
    if left.default_value == left.unset and right.default_value == right.unset:
        default = f"{unset_word}: {left.unset_help}" if unset_word else f"{default}: {left.unset_help}"
    return f"{name}: (left, right) {help_} ({left.min:g}-{left.max:g}{unit} each, {default})"


def params_set_pair(table, struct, name, value):
    """Set the pair ``name_left``, ``name_right`` of a parameter struct from ``(left, right)``, each
    side checked by its row as :func:`params_set` does: both sides or neither. A refusal raises
    InvalidInputError whose field is ``name`` (the keyword) and whose message names the side:
    "heel_raises (right): 24.5 is not a whole number; accepted: ..."."""
    left, right = params_pair(table, name)
    try:
        values = tuple(value)
    except TypeError:
        values = ()
    if isinstance(value, (str, bytes)) or len(values) != 2:
        raise invalid(name, f"expected (left, right), got {value!r}")
    before = getattr(struct, left.name)
    for side, row, v in (("left", left, values[0]), ("right", right, values[1])):
        try:
            params_set(table, struct, row.name, v)
        except InvalidInputError as e:
            setattr(struct, left.name, before)  # both sides or neither
            msg = str(e).split(": ", 1)[1]
            for note in (" (or ", " (None when "):  # the C API's -1, one side's None: here the pair's None
                msg = msg.split(note, 1)[0]
            if not math.isnan(row.unset) and "accepted:" in msg:
                msg += f" ({name}=None when {row.unset_help})"
            exc = invalid(name, msg, getattr(e, "value", float("nan")), getattr(e, "min", float("nan")),
                          getattr(e, "max", float("nan")))
            exc.args = (f"{name} ({side}): {msg}",)
            raise exc from None


def params_defaults(table, unset_word=None):
    """Decorator: every default written as :data:`TABLE_DEFAULT` becomes the default of the parameter
    table's row of the same name (so help(), IDEs and inspect.signature show the library's value,
    written once in C), and the docstring gains one line per row the function takes (range, default).
    With ``unset_word`` ("None"), a row whose default is its "not given" value defaults to None and
    says so; a keyword ``X`` naming a pair ``X_left``, ``X_right`` (:func:`params_pair`) takes both."""
    fields_ = params_fields(table)

    def default(f):
        return None if unset_word is not None and f.default_value == f.unset else params_default(f, table)
    rows = {f.name: default(f) for f in fields_}
    docs = {}  # in table order, a pair where its left row is
    for f in fields_:
        pair = params_pair(table, f.name[:-5]) if f.name.endswith("_left") else None
        if pair:
            stem = f.name[:-5]
            both = (rows[pair[0].name], rows[pair[1].name])
            rows[stem] = None if both == (None, None) else both
            docs[stem] = params_pair_doc(pair[0], pair[1], stem, unset_word)
        docs[f.name] = params_doc(f, table, unset_word)

    def wrap(fn):
        names = fn.__code__.co_varnames[:fn.__code__.co_argcount + fn.__code__.co_kwonlyargcount]
        if fn.__defaults__:
            first = fn.__code__.co_argcount - len(fn.__defaults__)
            fn.__defaults__ = tuple(rows[names[first + i]] if d is TABLE_DEFAULT else d
                                    for i, d in enumerate(fn.__defaults__))
        if fn.__kwdefaults__:
            fn.__kwdefaults__ = {k: rows[k] if d is TABLE_DEFAULT else d for k, d in fn.__kwdefaults__.items()}
        lines = [docs[n] + "." for n in docs if n in names]
        if fn.__doc__ and lines:
            fn.__doc__ = (fn.__doc__.rstrip() + "\n\n    Parameters from the library's table (calfcare/params.h):\n\n    "
                          + "\n    ".join(lines) + "\n")
        return fn
    return wrap


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


# ---- frames: one row per runner, looped in C (capi.frame_run) ---------------------------------------

def frame_columns(schema, df, feature):
    """(names, columns) of a DataFrame whose columns are the keywords of ``schema``, for capi.frame_run:
    a one-number field's numeric column as float64 (NaN, pd.NA: unknown), any other as a list of cells
    read as keyword values are (None, NaN, pd.NA: unknown). Unknown or doubled columns raise."""
    pd = optional_import("pandas", feature)
    import numpy as np
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"{feature} takes a pandas DataFrame, one row per runner, columns named as the keywords")
    names, columns, seen = [], [], {}
    for col in df.columns:
        name = str(col)
        fid, f = _field_of(schema, name)
        if f is None:
            accepted = ", ".join(x.name for x in fields(schema))
            raise TypeError(f"{feature}: unexpected column {col!r}; the columns must be keywords ({accepted}): "
                            "select them, e.g. df[[...]]")
        if fid in seen:
            raise invalid(f.name, f"given twice, as columns {seen[fid]!r} and {col!r}; give it once")
        seen[fid] = col
        s = df[col]
        if (f.type == _capi.CALFCARE_INPUT_FIELD_NUMBER and f.max_count == 1 and s.dtype.kind in "fiu"):
            columns.append(np.ascontiguousarray(s.to_numpy(dtype=np.float64, na_value=np.nan)))
        else:
            columns.append(s.tolist())
        names.append(name)
    return names, columns


def frame_error(exc, index):
    """The library's error for one row of a frame, raised again naming the row (its index label)."""
    pos = getattr(exc, "row", None)
    if pos is None:
        return exc
    label = index[pos]
    new = type(exc)(f"row {label!r}: {exc}")
    for attr in ("field", "value", "min", "max", "status", "status_name"):
        if hasattr(exc, attr):
            setattr(new, attr, getattr(exc, attr))
    new.row = label
    new.position = pos
    return new


def frame_advice(lists, kinds):
    """The advice column of a frame: ``lists`` (capi.frame_run's distinct advice tuples) indexed by each
    row's ``kinds`` (an int array), as an object array; an empty list for no rows (pandas makes that a
    float64 column, as it always has)."""
    import numpy as np
    if len(kinds) == 0:
        return []
    distinct = np.empty(len(lists), dtype=object)
    for i, t in enumerate(lists):
        distinct[i] = t  # one by one: numpy would read a list of equal-length tuples as a 2-D array
    return distinct[kinds]


def frame_result(columns, index):
    """The DataFrame of a frame's result ``columns`` (a dict of arrays) with the input's ``index``. An
    object column goes in as an object Series: pandas then skips its search for dates in every value
    (words, tuples and None are never dates), the same frame without that scan of each column."""
    pd = optional_import("pandas", "calfcare frames")
    return pd.DataFrame({name: pd.Series(v, index=index, dtype=object, copy=False)
                         if getattr(v, "dtype", None) == object else v for name, v in columns.items()},
                        index=index, copy=False)


def frame_words(codes, word_of):
    """Words of an int array of codes, as an object array (each distinct code looked up once)."""
    import numpy as np
    codes = np.asarray(codes).reshape(-1)
    lo = int(codes.min()) if len(codes) else 0
    span = int(codes.max()) - lo + 1 if len(codes) else 0
    if span <= 1 << 16:  # codes in a small range (all of the library's): a table indexed by code
        words = np.empty(span, dtype=object)
        for v in np.flatnonzero(np.bincount(codes - lo, minlength=span)):
            words[v] = word_of(int(v) + lo)
        return words[codes - lo]
    uniq, inverse = np.unique(codes, return_inverse=True)
    words = np.empty(len(uniq), dtype=object)
    words[:] = [word_of(int(u)) for u in uniq]
    return words[inverse.reshape(-1)]
