"""Reading the conformance corpus and running its cases in CPython and through `ingot`.

A case is one .py file in cases/: a typed entry function plus its calls as trailing
comment lines, one JSON object of named arguments each:

    def f(x: int, s: str) -> str:
        return s * x
    # inputs: {"x": 3, "s": "ab"}

A parameter annotated `np.ndarray` (or `npt.NDArray[...]`) takes a nested JSON list and gets
`np.array(list)` (int64, float64 or bool, as the compiled side's ABI makes it; a case casts
with `.astype` where it wants another dtype); one annotated `torch.Tensor` gets that array
through `torch.from_numpy`. A result that is a numpy array or scalar, or a torch tensor, is
compared as its `.tolist()`, which is what `ingot run` prints.

`# float-tolerance: REL` lets every float of the case's results differ from CPython's by
REL relative to their size (float32 arrays computed in a different but equally valid order
round differently in the last place: 1e-6 is a few float32 ulps); exact otherwise.

`# expect-error: Kind` marks the next `# inputs:` line as one where only the compiled side
runs and must raise Kind (64-bit overflow, which CPython's big ints never raise).

An error case is one .py file in errors/ that must fail to compile:

    # expect-compile-error: <substring of ingot's stderr>
    # expect-line: <line the error points at>
"""

from __future__ import annotations

import ast
import collections.abc
import enum
import importlib.util
import json
import math
import os
import re
import subprocess
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
CASES_DIR = HERE / "cases"
ERRORS_DIR = HERE / "errors"

# Exceptions a case may raise in CPython: the ones the compiled code reproduces. Anything
# else (NameError, AttributeError, ...) means the case itself is broken.
EXPECTED_EXCEPTION_KINDS = {
    "ZeroDivisionError",
    "OverflowError",
    "IndexError",
    "KeyError",
    "ValueError",
    "TypeError",
    # Raised on purpose by cases of raise, assert and try/except:
    "AssertionError",
    "RuntimeError",
    "NotImplementedError",
    "LookupError",
    "ArithmeticError",
    "AttributeError",
    "UnboundLocalError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "StopIteration",  # next() on an exhausted iterator
    # The standard library's own: re.error (named "error"), json.JSONDecodeError and
    # binascii.Error (named "Error"), which base64 raises.
    "error",
    "JSONDecodeError",
    "Error",
    # numpy.linalg.LinAlgError and torch's (torch._C._LinAlgError, named "_LinAlgError").
    "LinAlgError",
    "_LinAlgError",
}

# Modules a case may take `compile` from. In CPython the decorator only marks the entry,
# so where the module is not installed the runner supplies one whose `compile` returns
# the function unchanged.
DECORATOR_MODULES = ("muna", "fxn")

# `ingot compile` exits 1 on a compile error (2 is argparse-style usage); anything else, a
# signal or a sanitizer's exit code, is a crash.
COMPILE_ERROR_EXIT_CODES = (1, 2)
COMPILE_TIMEOUT_S = 300
RUN_TIMEOUT_S = 60


class CaseError(Exception):
    """The case file itself is malformed (not a difference between CPython and ingot)."""


@dataclass
class Call:
    line: int  # 1-based line of the `# inputs:` comment
    arguments: dict[str, Any]
    expect_error: str | None = None  # only the compiled side runs; it must raise this


@dataclass
class Case:
    path: Path
    entry: str
    calls: list[Call] = field(default_factory=list)
    float_tolerance: float | None = None  # relative; None: results must be identical

    @property
    def name(self) -> str:
        return self.path.stem


@dataclass
class ErrorCase:
    path: Path
    expected_substring: str
    expected_line: int | None

    @property
    def name(self) -> str:
        return self.path.stem


@dataclass(frozen=True)
class Outcome:
    """What one call did: its json.dumps text, or the last traceback line of its raise."""

    returned: str | None = None
    raised: str | None = None  # "Kind: message", or "Kind" when the message is empty

    def describe(self) -> str:
        if self.raised is None:
            return f"returned {self.returned}"
        # A generator that raised after some items.
        before = f"yielded {self.returned!r} then " if self.returned is not None else ""
        return f"{before}raised {self.raised}"


# --- the corpus -------------------------------------------------------------------------------

INPUTS_LINE = re.compile(r"^#\s*inputs:\s*(?P<json>.*)$")
EXPECT_ERROR_LINE = re.compile(r"^#\s*expect-error:\s*(?P<kind>\w+)\s*$")
COMPILE_ERROR_LINE = re.compile(r"^#\s*expect-compile-error:\s*(?P<text>.+?)\s*$")
FLOAT_TOLERANCE_LINE = re.compile(r"^#\s*float-tolerance:\s*(?P<relative>\S+)\s*$")
EXPECT_LINE_LINE = re.compile(r"^#\s*expect-line:\s*(?P<line>\d+)\s*$")


def case_paths(directory: Path | None = None) -> list[Path]:
    directory = directory or Path(os.environ.get("INGOT_CONFORMANCE_CASES", CASES_DIR))
    return sorted(directory.glob("*.py"))


def error_case_paths(directory: Path | None = None) -> list[Path]:
    directory = directory or Path(os.environ.get("INGOT_CONFORMANCE_ERRORS", ERRORS_DIR))
    return sorted(directory.glob("*.py"))


def load_case(path: Path) -> Case:
    source = path.read_text(encoding="utf-8")
    try:
        tree = ast.parse(source, filename=str(path))
    except SyntaxError as e:
        raise CaseError(f"{path.name}: not valid Python: {e}") from e
    case = Case(path=path, entry=find_entry(tree, path.name))
    pending_error: str | None = None
    for number, text in enumerate(source.splitlines(), start=1):
        text = text.strip()
        if match := EXPECT_ERROR_LINE.match(text):
            pending_error = match["kind"]
        elif match := FLOAT_TOLERANCE_LINE.match(text):
            case.float_tolerance = float(match["relative"])
        elif match := INPUTS_LINE.match(text):
            try:
                arguments = json.loads(match["json"])
            except json.JSONDecodeError as e:
                raise CaseError(f"{path.name}:{number}: inputs are not JSON: {e}") from e
            if not isinstance(arguments, dict):
                raise CaseError(f"{path.name}:{number}: inputs must be a JSON object")
            case.calls.append(Call(number, arguments, pending_error))
            pending_error = None
    if pending_error is not None:
        raise CaseError(f"{path.name}: `# expect-error` is not followed by `# inputs:`")
    if not case.calls:
        raise CaseError(f"{path.name}: no `# inputs:` lines")
    return case


def load_error_case(path: Path) -> ErrorCase:
    substring, line = None, None
    for text in path.read_text(encoding="utf-8").splitlines():
        text = text.strip()
        if match := COMPILE_ERROR_LINE.match(text):
            substring = match["text"]
        elif match := EXPECT_LINE_LINE.match(text):
            line = int(match["line"])
    if substring is None:
        raise CaseError(f"{path.name}: no `# expect-compile-error:` line")
    return ErrorCase(path, substring, line)


def find_entry(tree: ast.Module, filename: str) -> str:
    """The entry as ingot finds it: the function decorated with `@compile(...)`, else the
    only public module-level function."""
    functions = [node for node in tree.body if isinstance(node, ast.FunctionDef)]
    decorated = [f.name for f in functions if any(map(_is_compile_decorator, f.decorator_list))]
    if len(decorated) == 1:
        return decorated[0]
    if len(decorated) > 1:
        raise CaseError(f"{filename}: several functions decorated with @compile: {decorated}")
    public = [f.name for f in functions if not f.name.startswith("_")]
    if len(public) != 1:
        raise CaseError(f"{filename}: no single public function to be the entry: {public}")
    return public[0]


def _is_compile_decorator(node: ast.expr) -> bool:
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr == "compile"
    return isinstance(node, ast.Name) and node.id == "compile"


# --- the CPython side ---------------------------------------------------------------------------


def run_in_cpython(case: Case, call: Call) -> Outcome:
    """Runs one call in this interpreter, on arguments converted as the annotations say."""
    function = _load_entry(case)
    items: list[str] = []  # a generator's items so far, as `ingot run` prints them
    try:
        # Inside the try: an Enum parameter given a value outside the Enum raises here.
        arguments = {
            name: convert_argument(function, name, value) for name, value in call.arguments.items()
        }
        result = function(**arguments)
        if isinstance(result, collections.abc.Iterator):
            for item in result:
                items.append(_dumps(case, call, item))
            return Outcome(returned="\n".join(items))
    except CaseError:
        raise
    except Exception as e:  # any exception is an outcome to compare
        kind = type(e).__name__
        if kind not in EXPECTED_EXCEPTION_KINDS:
            raise CaseError(
                f"{case.path.name}:{call.line}: CPython raised {kind}: {e} — "
                f"a case may only raise {sorted(EXPECTED_EXCEPTION_KINDS)}"
            ) from e
        return Outcome(
            returned="\n".join(items) if items else None, raised=traceback_last_line(kind, str(e))
        )
    return Outcome(returned=_dumps(case, call, result))


def _dumps(case: Case, call: Call, value: Any) -> str:
    try:
        return json.dumps(value, default=_numpy_to_json)
    except (TypeError, ValueError) as e:
        raise CaseError(
            f"{case.path.name}:{call.line}: result is not JSON-serializable: {e}"
        ) from e


def _numpy_to_json(value: Any) -> Any:
    """numpy arrays and scalars and torch tensors as `ingot run` prints them: their
    `.tolist()`."""
    if type(value).__module__ in ("numpy", "torch") and hasattr(value, "tolist"):
        return value.tolist()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def traceback_last_line(kind: str, message: str) -> str:
    return f"{kind}: {message}" if message else kind


_modules: dict[Path, types.ModuleType] = {}


def _load_entry(case: Case) -> Callable[..., Any]:
    module = _modules.get(case.path)
    if module is None:
        _provide_decorator_modules()
        spec = importlib.util.spec_from_file_location(f"ingot_case_{case.name}", case.path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        _modules[case.path] = module
    return getattr(module, case.entry)


def _provide_decorator_modules() -> None:
    for name in DECORATOR_MODULES:
        if name in sys.modules or importlib.util.find_spec(name) is not None:
            continue
        module = types.ModuleType(name)

        def compile(*args: Any, **kwargs: Any) -> Callable[[Any], Any]:  # noqa: A001
            return lambda function: function

        module.compile = compile  # type: ignore[attr-defined]
        sys.modules[name] = module


def convert_argument(function: Callable[..., Any], name: str, value: Any) -> Any:
    """JSON value → the Python value the annotation asks for: lists become tuples or sets,
    object keys become ints, ints become floats, strings become bytes (UTF-8)."""
    annotation = function.__annotations__.get(name)
    return _convert(annotation, value)


def _convert(annotation: Any, value: Any) -> Any:
    if value is None or annotation is None:
        return value
    if isinstance(annotation, str):  # `from __future__ import annotations`
        raise CaseError(f"string annotations are not supported by the runner: {annotation}")
    origin = getattr(annotation, "__origin__", None)
    arguments = getattr(annotation, "__args__", ())
    if _is_ndarray_annotation(annotation):
        import numpy

        return numpy.array(value)
    if _is_tensor_annotation(annotation):
        import numpy
        import torch

        return torch.from_numpy(numpy.array(value))
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return annotation(value)  # an Enum parameter takes a member's value
    if annotation is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if annotation is bytes and isinstance(value, str):
        return value.encode("utf-8")
    if origin is list:
        return [_convert(arguments[0], item) for item in value]
    if origin is set:
        return {_convert(arguments[0], item) for item in value}
    if annotation is set:
        return set(value)
    if annotation is tuple:
        return tuple(value)
    if origin is tuple:
        if len(arguments) == 2 and arguments[1] is Ellipsis:
            return tuple(_convert(arguments[0], item) for item in value)
        return tuple(_convert(a, item) for a, item in zip(arguments, value, strict=True))
    if origin is dict:
        key_type, value_type = arguments
        return {_convert_key(key_type, k): _convert(value_type, v) for k, v in value.items()}
    if arguments and type(None) in arguments:  # Optional[T], T | None
        others = [a for a in arguments if a is not type(None)]
        return _convert(others[0], value) if len(others) == 1 else value
    return value


def _is_ndarray_annotation(annotation: Any) -> bool:
    """np.ndarray, or npt.NDArray[...] (an alias whose origin is np.ndarray)."""
    annotation = getattr(annotation, "__origin__", annotation)
    return getattr(annotation, "__module__", None) == "numpy" and (
        getattr(annotation, "__name__", None) == "ndarray"
    )


def _is_tensor_annotation(annotation: Any) -> bool:
    return getattr(annotation, "__module__", None) == "torch" and (
        getattr(annotation, "__name__", None) == "Tensor"
    )


def _convert_key(key_type: Any, key: str) -> Any:
    if key_type is int:
        return int(key)
    if key_type is float:
        return float(key)
    return key


# --- the compiled side --------------------------------------------------------------------------


def ingot_binary() -> Path | None:
    """$INGOT_BUILD/ingot (INGOT_BUILD defaults to build/ at the repository root)."""
    build = Path(os.environ.get("INGOT_BUILD", "build"))
    if not build.is_absolute():
        build = REPO_ROOT / build
    for candidate in (build / "ingot", build / "compiler" / "driver" / "ingot"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def compile_case(ingot: Path, source: Path, artifact: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        # Module globals that are not constants are materialized by the interpreter that
        # runs the reference (torch is not in every python3).
        [str(ingot), "compile", str(source), "-o", str(artifact), "-q", "--python", sys.executable],
        capture_output=True,
        text=True,
        timeout=COMPILE_TIMEOUT_S,
    )


def run_compiled(ingot: Path, artifact: Path, call: Call) -> Outcome:
    """`ingot run ART.so --inputs -`: stdout is the json.dumps text (a generator's: one
    line per item); on a raise the exit status is 1 and the last stderr line is
    `Kind: message`. Anything else is a failure
    of ingot itself, raised as AssertionError."""
    process = subprocess.run(
        [str(ingot), "run", str(artifact), "--inputs", "-"],
        input=json.dumps(call.arguments),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
    )
    if process.returncode == 0:
        return Outcome(returned=process.stdout.rstrip("\n"))
    stderr_lines = process.stderr.rstrip("\n").splitlines()
    if process.returncode == 1 and stderr_lines:
        # A generator prints the items it yielded before it raised.
        yielded = process.stdout.rstrip("\n") if process.stdout else None
        return Outcome(returned=yielded, raised=stderr_lines[-1])
    raise AssertionError(
        f"line {call.line}: `ingot run` exited {process.returncode} "
        f"with stderr:\n{process.stderr[-2000:]}"
    )


def compare_call(case: Case, call: Call, compiled: Outcome) -> str | None:
    """None when the compiled outcome is CPython's; else a line describing the difference."""
    where = f"line {call.line} {json.dumps(call.arguments)}"
    if call.expect_error is not None:
        raised = compiled.raised or ""
        if raised == call.expect_error or raised.startswith(call.expect_error + ":"):
            return None
        return f"{where}: expected {call.expect_error}, compiled {compiled.describe()}"
    expected = run_in_cpython(case, call)
    if expected == compiled or _close_enough(case, expected, compiled):
        return None
    return f"{where}: CPython {expected.describe()}, compiled {compiled.describe()}"


def _close_enough(case: Case, expected: Outcome, compiled: Outcome) -> bool:
    """Whether two returned results differ only in floats within the case's tolerance."""
    if case.float_tolerance is None or expected.raised or compiled.raised:
        return False
    if expected.returned is None or compiled.returned is None:
        return False
    try:
        a, b = json.loads(expected.returned), json.loads(compiled.returned)
    except json.JSONDecodeError:
        return False
    return _values_close(a, b, case.float_tolerance)


def _values_close(a: Any, b: Any, relative: float) -> bool:
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_values_close(x, y, relative) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_values_close(a[k], b[k], relative) for k in a)
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return math.isclose(a, b, rel_tol=relative)
    return type(a) is type(b) and a == b


def compile_error_mismatch(
    error_case: ErrorCase, process: subprocess.CompletedProcess[str]
) -> str | None:
    """None when `ingot compile` rejected the case as expected; else what went wrong."""
    if process.returncode == 0:
        return "compiled without error"
    if process.returncode not in COMPILE_ERROR_EXIT_CODES:
        return f"ingot crashed (exit {process.returncode}):\n{process.stderr[-2000:]}"
    problems = []
    if error_case.expected_substring not in process.stderr:
        problems.append(f"stderr lacks {error_case.expected_substring!r}")
    if error_case.expected_line is not None and not re.search(
        rf"\bline {error_case.expected_line}\b", process.stderr
    ):
        problems.append(f"stderr does not point at line {error_case.expected_line}")
    if problems:
        return "; ".join(problems) + f"\nstderr:\n{process.stderr[-2000:]}"
    return None


def cpython_syntax_error(path: Path) -> SyntaxError | None:
    """The SyntaxError CPython itself raises on this file, if any."""
    try:
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
    except SyntaxError as e:
        return e
    return None


def main(argv: list[str]) -> int:
    """Prints what CPython does for each call of the given cases (default: all), to see
    what a new case expects: python tests/conformance/conformance_corpus.py CASE.py..."""
    paths = [Path(a) for a in argv] or case_paths()
    for path in paths:
        case = load_case(path)
        for call in case.calls:
            if call.expect_error is not None:
                outcome = f"compiled must raise {call.expect_error}"
            else:
                outcome = run_in_cpython(case, call).describe()
            print(f"{path.name}:{call.line} {case.entry}({json.dumps(call.arguments)}) {outcome}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
