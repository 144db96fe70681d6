"""The type stubs (.pyi) next to the package agree with the running package.

Every name of calfcare.__all__ is re-exported by __init__.pyi from the module that really defines
it; every public name of each module has a stub entry; functions have the same parameters (names,
kinds, which have defaults); dataclasses the same fields in the same order; enums the same members;
classes every public method or property. New API without a stub fails here.
"""
import ast
import dataclasses
import enum
import importlib
import importlib.util
import inspect
import os

import pytest

import calfcare

PKG = os.path.dirname(calfcare.__file__)
SRC = os.environ.get("top_srcdir", os.path.join(os.path.dirname(__file__), "..", ".."))
MODULES = ["_common", "_diagnosis", "_relief", "_progression", "_shoes", "_frames", "_dask", "plot"]


def parse(module):
    path = os.path.join(PKG, module + ".pyi")
    assert os.path.exists(path), f"no stub {path}"
    with open(path, encoding="utf-8") as f:
        return ast.parse(f.read(), path)


def top_level(tree):
    """name -> AST node of every top-level definition of a stub."""
    out = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            out[node.name] = node
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            out[node.target.id] = node
        elif isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name):
                    out[t.id] = node
    return out


def reexports():
    """name -> module of each `from .module import name as name` in __init__.pyi."""
    out = {}
    for node in parse("__init__").body:
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            for a in node.names:
                assert a.asname == a.name, f"{a.name}: re-export as 'X as X' so type checkers export it"
                out[a.name] = node.module or a.name
    return out


def stub_params(fn):
    a = fn.args
    params = []
    plain = a.posonlyargs + a.args
    first_default = len(plain) - len(a.defaults)
    for i, p in enumerate(plain):
        params.append((p.arg, "positional", i >= first_default))
    if a.vararg:
        params.append((a.vararg.arg, "var_positional", False))
    for p, d in zip(a.kwonlyargs, a.kw_defaults):
        params.append((p.arg, "keyword_only", d is not None))
    if a.kwarg:
        params.append((a.kwarg.arg, "var_keyword", False))
    return params


def runtime_params(obj):
    kinds = {inspect.Parameter.POSITIONAL_ONLY: "positional", inspect.Parameter.POSITIONAL_OR_KEYWORD: "positional",
             inspect.Parameter.VAR_POSITIONAL: "var_positional", inspect.Parameter.KEYWORD_ONLY: "keyword_only",
             inspect.Parameter.VAR_KEYWORD: "var_keyword"}
    return [(p.name, kinds[p.kind], p.default is not inspect.Parameter.empty)
            for p in inspect.signature(obj).parameters.values()]


def test_every_public_name_is_reexported_from_its_module():
    rex = reexports()
    missing = [n for n in calfcare.__all__ if n not in rex]
    assert not missing, f"names of calfcare.__all__ without a stub in __init__.pyi: {missing}"
    for name, module in rex.items():
        mod = importlib.import_module("calfcare." + module)
        if module == "plot" and name == "plot":
            continue
        assert hasattr(mod, name), f"__init__.pyi: {name} is not in calfcare.{module}"
        if hasattr(calfcare, name):
            # the stub must point at the object `calfcare.name` really is (star imports: last wins)
            assert getattr(mod, name) is getattr(calfcare, name), \
                f"__init__.pyi: calfcare.{name} is not calfcare.{module}.{name}"


def _class_members(cls):
    return [k for k, v in vars(cls).items()
            if not k.startswith("_") and (inspect.isfunction(v) or isinstance(v, (property, classmethod, staticmethod)))]


@pytest.mark.parametrize("module", MODULES)
def test_module_stub_matches_runtime(module):
    mod = importlib.import_module("calfcare." + module)
    stubs = top_level(parse(module))
    public = list(getattr(mod, "__all__", []))
    if module == "_common":
        public = [n for n in calfcare.__all__ if getattr(mod, n, None) is getattr(calfcare, n)]
    assert public, module
    for name in public:
        assert name in stubs, f"calfcare.{module}.{name} has no stub entry"
        obj, node = getattr(mod, name), stubs[name]
        if inspect.isfunction(obj):
            if isinstance(node, ast.Assign):  # an alias such as `shoes = shoe_advice`
                target = node.value.id
                assert getattr(mod, target) is obj, f"{module}.{name}: alias of {target} in the stub only"
                continue
            assert isinstance(node, ast.FunctionDef), f"{module}.{name} is a function at run time"
            assert stub_params(node) == runtime_params(obj), f"{module}.{name}: parameters differ"
        elif inspect.isclass(obj):
            assert isinstance(node, ast.ClassDef), f"{module}.{name} is a class at run time"
            body = {}
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    body[item.name] = item
                elif isinstance(item, ast.AnnAssign):
                    body[item.target.id] = item
            if issubclass(obj, enum.Enum) and obj.__members__:  # (Word, the base, has none)
                # exactly the members, in order, each a str (Word) or an int (IntEnum): gen_stubs.py
                members = {k: ast.unparse(v.annotation) for k, v in body.items() if isinstance(v, ast.AnnAssign)}
                assert list(members) == list(obj.__members__), f"{module}.{name}: members"
                assert set(members.values()) == {"str" if issubclass(obj, str) else "int"}, f"{module}.{name}"
            elif dataclasses.is_dataclass(obj):
                fields = [f.name for f in dataclasses.fields(obj) if not f.name.startswith("_")]
                annotated = [k for k, v in body.items() if isinstance(v, ast.AnnAssign)]
                assert annotated == fields, f"{module}.{name}: dataclass fields differ"
            for member in _class_members(obj):
                assert member in body, f"{module}.{name}.{member} has no stub entry"
                fn = inspect.unwrap(getattr(obj, member)) if not isinstance(vars(obj)[member], property) else None
                if fn is not None and isinstance(body[member], ast.FunctionDef) and inspect.isfunction(vars(obj)[member]):
                    assert stub_params(body[member]) == runtime_params(vars(obj)[member]), \
                        f"{module}.{name}.{member}: parameters differ"
        else:
            assert isinstance(node, (ast.AnnAssign, ast.Assign)), f"{module}.{name} is a value at run time"


def test_stub_checker_catches_a_difference():
    """The comparison itself can fail: a stub with a renamed parameter does not match."""
    tree = ast.parse("def check_weekly(weekly_km, max_pct=...): ...")
    assert stub_params(tree.body[0]) != runtime_params(calfcare.check_weekly)
    tree = ast.parse("def check_weekly(weekly_km, max_increase_pct=...): ...")
    assert stub_params(tree.body[0]) == runtime_params(calfcare.check_weekly)


def test_py_typed_marker():
    assert os.path.exists(os.path.join(PKG, "py.typed"))


@pytest.mark.parametrize("module, function, schema", [
    ("_diagnosis", "diagnose", calfcare.capi.CALFCARE_INPUT_SCHEMA_DIAGNOSIS),
    ("_shoes", "shoe_advice", calfcare.capi.CALFCARE_INPUT_SCHEMA_SHOES),
])
def test_keyword_stubs_follow_the_field_table(module, function, schema):
    # The installed stub lists every field of the library's table, keyword-only, default None,
    # typed by kind (gen_stubs.py at build time): IDEs complete every keyword.
    node = top_level(parse(module))[function]
    names = [f.name for f in calfcare._common.fields(schema)]
    assert [a.arg for a in node.args.kwonlyargs] == names and not node.args.kwarg and not node.args.args
    assert all(isinstance(d, ast.Constant) and d.value is None for d in node.args.kw_defaults)
    types = {a.arg: ast.unparse(a.annotation) for a in node.args.kwonlyargs}
    # worked out from the field table (calfcare diagnose --help / shoes --help):
    expected = {
        "diagnose": {"weekly_km": "Optional[Union[float, Iterable[float], str]]",  # 1-52 weeks: one is a number
                     "cadence": "Optional[float]",
                     "heel_raises": "Optional[Union[Iterable[int], str]]",       # left,right whole numbers
                     "warmup": "Optional[Literal['never', 'sometimes', 'always']]",
                     "overstride": "Optional[Union[bool, Literal['no', 'yes']]]",
                     "deep_vein_tenderness": "Optional[bool]"},                # a symptom switch
        "shoe_advice": {"foot_length_mm": "Optional[Union[float, Iterable[float], str]]",  # one or left,right
                        "pairs": "Optional[int]",
                        "sex": "Optional[Literal['female', 'male']]"},
    }[function]
    assert {k: types[k] for k in expected} == expected
    # and the running function shows the same signature (help(), notebooks)
    runtime = inspect.signature(getattr(calfcare, function))
    assert list(runtime.parameters) == names
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY and p.default is None for p in runtime.parameters.values())


# ---- enum members: written by gen_stubs.py, never typed in the source stubs ---------------------------

def _gen_stubs():
    spec = importlib.util.spec_from_file_location("gen_stubs", os.path.join(SRC, "bindings", "python", "gen_stubs.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("module", MODULES)
def test_source_stubs_type_no_enum_members(module):
    # Each enum's words live once, in the package (from the library's _name() tables): the source
    # stub's class line ends in "# members" and its body types none of them.
    path = os.path.join(SRC, "bindings", "python", "calfcare", module + ".pyi")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.splitlines()
    mod = importlib.import_module("calfcare." + module)
    for node in ast.parse(text, path).body:
        obj = getattr(mod, node.name, None) if isinstance(node, ast.ClassDef) else None
        if isinstance(obj, type) and issubclass(obj, enum.Enum) and obj.__members__:
            assert "# members" in lines[node.lineno - 1], f"{module}.{node.name}: no '# members' marker"
            typed = [item.target.id for item in node.body if isinstance(item, ast.AnnAssign)]
            assert not typed, f"{module}.{node.name}: members typed by hand: {typed}"


def test_gen_stubs_writes_the_members_of_the_running_enum():
    gen = _gen_stubs()
    src = ["class Side(Word): ...  # members: written at build time by gen_stubs.py\n", "\n",
           "class Triage(Word):  # members\n", "    @property\n", "    def code(self) -> int: ...\n", "\n",
           "class BatchColumn(enum.IntEnum): ...  # members\n", "class Step(Result):\n", "    index: int\n"]
    out, keywords = gen.expand(src[:2], "calfcare._relief", "t.pyi")
    # the words of calfcare_relief_side_name(0..2): none, left, right (docs/relief.md)
    assert out == ["class Side(Word):\n", "    NONE: str\n", "    LEFT: str\n", "    RIGHT: str\n", "\n"]
    assert not keywords
    out, _ = gen.expand(src[2:6], "calfcare._diagnosis", "t.pyi")
    assert out == ["class Triage(Word):\n", "    SELF_CARE: str\n", "    SEE_CLINICIAN: str\n", "    URGENT: str\n",
                   "    @property\n", "    def code(self) -> int: ...\n", "\n"]
    out, _ = gen.expand(src[6:], "calfcare._progression", "t.pyi")
    assert out[:3] == ["class BatchColumn(enum.IntEnum):\n", "    LAST_WEEK_KM: int\n", "    CHANGE_PCT: int\n"]
    assert len(out) == 1 + calfcare.capi.calfcare_progression_batch_columns() + 2 and out[-2:] == src[-2:]


@pytest.mark.parametrize("lines, module, message", [
    # an enum typed by hand, without the marker
    (["class Side(Word):\n", "    NONE: str\n"], "calfcare._relief", "class Side is an enum"),
    # the marker and a member typed as well
    (["class Side(Word):  # members\n", "    LEFT: str\n"], "calfcare._relief", "member 'LEFT: str' typed by hand"),
    # the marker on a class that is no enum
    (["class Step(Result): ...  # members\n"], "calfcare._relief", "no enum at run time"),
    (["class Nothing(Word): ...  # members\n"], "calfcare._relief", "no enum at run time"),
])
def test_gen_stubs_refuses_a_typed_or_misplaced_member_list(lines, module, message):
    with pytest.raises(SystemExit) as info:
        _gen_stubs().expand(lines, module, "t.pyi")
    assert message in str(info.value) and "t.pyi" in str(info.value)
