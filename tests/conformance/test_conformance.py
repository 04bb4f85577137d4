"""The conformance corpus: every case compiled with `ingot` and compared with CPython.

    INGOT_BUILD=build pytest tests/conformance -n 2     # all of it
    pytest tests/conformance --cpython-only              # only the CPython half

For each case in cases/, `test_runs_in_cpython` checks the case itself (its inputs parse,
its entry is found, each call returns JSON or raises an exception ingot reproduces), and
`test_matches_cpython` compiles it once and compares every call with CPython: the json.dumps
text, or the exception's kind and message. For each case in errors/, `ingot compile` must
fail with the expected message at the expected line.

The compiled half is skipped when there is no `ingot` binary in $INGOT_BUILD, unless
INGOT_REQUIRE_COMPILER=1, which makes that a failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conformance_corpus import (
    case_paths,
    compare_call,
    compile_case,
    compile_error_mismatch,
    cpython_syntax_error,
    error_case_paths,
    ingot_binary,
    load_case,
    load_error_case,
    run_compiled,
    run_in_cpython,
)

SYNTAX_ERROR_KINDS = ("SyntaxError", "IndentationError", "TabError")
CASES = case_paths()
ERROR_CASES = error_case_paths()


@pytest.fixture
def ingot(request: pytest.FixtureRequest) -> Path:
    if request.config.getoption("--cpython-only") or os.environ.get("INGOT_CPYTHON_ONLY") == "1":
        pytest.skip("--cpython-only")
    binary = ingot_binary()
    if binary is None:
        message = "no ingot binary in $INGOT_BUILD (default build/); run scripts/build.sh"
        if os.environ.get("INGOT_REQUIRE_COMPILER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return binary


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_runs_in_cpython(path: Path) -> None:
    case = load_case(path)
    for call in case.calls:
        outcome = run_in_cpython(case, call)
        if call.expect_error is not None:
            # `# expect-error` is for what only 64-bit ints raise: CPython must return.
            assert outcome.raised is None, (
                f"line {call.line}: CPython raised {outcome.raised}; drop `# expect-error`"
            )


def test_corpus_does_not_depend_on_hash_seed() -> None:
    """CPython's str hashes change per process; a case whose result follows set order
    of strings would compare against a different answer each run."""
    outputs = []
    for seed in ("1", "2"):
        process = subprocess.run(
            [sys.executable, str(Path(__file__).parent / "conformance_corpus.py")],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.append(process.stdout.splitlines())
    differing = [a for a, b in zip(*outputs, strict=True) if a != b]
    assert not differing, "results that change with PYTHONHASHSEED:\n" + "\n".join(differing)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_matches_cpython(path: Path, ingot: Path, tmp_path: Path) -> None:
    case = load_case(path)
    artifact = tmp_path / f"{case.name}.so"
    compiled = compile_case(ingot, path, artifact)
    if compiled.returncode != 0:
        pytest.fail(f"`ingot compile` exited {compiled.returncode}:\n{compiled.stderr[-4000:]}")
    differences = []
    for call in case.calls:
        try:
            difference = compare_call(case, call, run_compiled(ingot, artifact, call))
        except AssertionError as e:
            difference = str(e)
        if difference is not None:
            differences.append(difference)
    if differences:
        pytest.fail(f"{path.name}: {len(differences)} difference(s):\n" + "\n".join(differences))


@pytest.mark.parametrize("path", ERROR_CASES, ids=[p.stem for p in ERROR_CASES])
def test_error_case_is_well_formed(path: Path) -> None:
    """An error case names what it expects; where CPython itself rejects the file (a
    syntax error), the case must expect a SyntaxError-family error at CPython's line."""
    error_case = load_error_case(path)
    syntax_error = cpython_syntax_error(path)
    if syntax_error is None:
        assert not any(kind in error_case.expected_substring for kind in SYNTAX_ERROR_KINDS), (
            f"CPython compiles {path.name}, so ingot's error cannot be a syntax error"
        )
        return
    assert error_case.expected_line == syntax_error.lineno, (
        f"CPython reports {type(syntax_error).__name__} at line {syntax_error.lineno}: "
        f"{syntax_error.msg}"
    )
    assert type(syntax_error).__name__ in error_case.expected_substring, (
        f"CPython raises {type(syntax_error).__name__}: {syntax_error.msg}"
    )


@pytest.mark.parametrize("path", ERROR_CASES, ids=[p.stem for p in ERROR_CASES])
def test_error_case_fails_to_compile(path: Path, ingot: Path, tmp_path: Path) -> None:
    error_case = load_error_case(path)
    process = compile_case(ingot, path, tmp_path / f"{error_case.name}.so")
    problem = compile_error_mismatch(error_case, process)
    if problem is not None:
        pytest.fail(f"{path.name}: {problem}")


def test_corpus_is_not_empty() -> None:
    assert CASES, "no cases found"
    assert ERROR_CASES, "no error cases found"
