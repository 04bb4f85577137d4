"""Tests of the conformance runner itself, against mock_ingot.py in place of `ingot`.

Each test runs test_conformance.py in a child pytest over a small corpus of real cases,
with $INGOT_BUILD pointing at a folder whose `ingot` is the mock, and checks that a
faithful compiler passes and that each kind of misbehaviour is caught.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]

# One plain case, one whose calls raise, one with an expected OverflowError, one generator
# entry that raises after some items.
SAMPLE_CASES = ["str_slicing", "dict_missing_key", "arith_overflow_add", "gen_entry_raises_midway"]
# One that the mock rejects as ingot must (a syntax error), one it wrongly accepts.
SAMPLE_ERRORS = ["syntax_unclosed_paren", "no_such_op_str_minus_int"]


@pytest.fixture
def sandbox(tmp_path: Path) -> Path:
    build = tmp_path / "build"
    build.mkdir()
    ingot = build / "ingot"
    ingot.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{HERE / "mock_ingot.py"}" "$@"\n')
    ingot.chmod(0o755)
    for folder, names in (("cases", SAMPLE_CASES), ("errors", SAMPLE_ERRORS)):
        (tmp_path / folder).mkdir()
        for name in names:
            shutil.copy(HERE / folder / f"{name}.py", tmp_path / folder)
    return tmp_path


def run_runner(
    sandbox: Path, fault: str = "", require_compiler: bool = False
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("INGOT_REQUIRE_COMPILER", None)
    if require_compiler:
        env["INGOT_REQUIRE_COMPILER"] = "1"
    env.update(
        INGOT_BUILD=str(sandbox / "build"),
        INGOT_CONFORMANCE_CASES=str(sandbox / "cases"),
        INGOT_CONFORMANCE_ERRORS=str(sandbox / "errors"),
        MOCK_INGOT_FAULT=fault,
        PYTHONPATH=str(HERE),
    )
    env.pop("INGOT_CPYTHON_ONLY", None)
    command = [sys.executable, "-m", "pytest", str(HERE / "test_conformance.py"), "-q", "-rfs"]
    return subprocess.run(
        [*command, "-p", "no:cacheprovider", "-p", "no:xdist"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def failed_tests(output: str) -> set[str]:
    return {line.split()[1] for line in output.splitlines() if line.startswith("FAILED ")}


def test_faithful_compiler_passes_except_unrejected_error(sandbox: Path) -> None:
    process = run_runner(sandbox)
    failed = failed_tests(process.stdout)
    assert failed == {
        "tests/conformance/test_conformance.py::test_error_case_fails_to_compile"
        "[no_such_op_str_minus_int]"
    }, process.stdout
    assert "compiled without error" in process.stdout
    assert "skipped" not in process.stdout.splitlines()[-1], process.stdout


def test_wrong_result_is_caught(sandbox: Path) -> None:
    process = run_runner(sandbox, "wrong-result")
    assert any("test_matches_cpython[str_slicing]" in t for t in failed_tests(process.stdout))
    assert "CPython returned" in process.stdout, process.stdout


def test_wrong_exception_message_is_caught(sandbox: Path) -> None:
    process = run_runner(sandbox, "wrong-message")
    failed = failed_tests(process.stdout)
    assert any("test_matches_cpython[dict_missing_key]" in t for t in failed), process.stdout
    assert not any("test_matches_cpython[str_slicing]" in t for t in failed), process.stdout
    assert "KeyError: 'b' (mock)" in process.stdout


def test_generator_items_lost_before_a_raise_are_caught(sandbox: Path) -> None:
    process = run_runner(sandbox, "lose-items")
    failed = failed_tests(process.stdout)
    assert any("test_matches_cpython[gen_entry_raises_midway]" in t for t in failed), process.stdout
    assert not any("test_matches_cpython[dict_missing_key]" in t for t in failed), process.stdout
    assert "CPython yielded '1\\n2' then raised ValueError" in process.stdout, process.stdout


def test_crash_is_caught(sandbox: Path) -> None:
    process = run_runner(sandbox, "crash")
    failed = failed_tests(process.stdout)
    for name in SAMPLE_CASES:
        assert any(f"test_matches_cpython[{name}]" in t for t in failed), process.stdout
    assert "exited -11" in process.stdout


def test_missing_compiler_skips_unless_required(sandbox: Path) -> None:
    (sandbox / "build" / "ingot").unlink()
    process = run_runner(sandbox)
    assert process.returncode == 0, process.stdout
    assert "no ingot binary" in process.stdout
    process = run_runner(sandbox, require_compiler=True)
    assert process.returncode == 1, process.stdout
