"""The standard library's exception classes through the C ABI and the Python client.

A function compiled by ingot raises json.JSONDecodeError and re.error; called through
`ingot.load`, each arrives as a class of that name under its CPython ancestor, so
`except ValueError` catches the JSONDecodeError (as in CPython) and not the re.error.

The build directory comes from $INGOT_BUILD (default `build`).
"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

SOURCE = """
import json
import re


def parse(text: str, pattern: str) -> list[int]:
    found = re.findall(pattern, text)
    data: list[int] = json.loads(text)
    return data + [len(found)]
"""


@pytest.fixture(scope="module")
def parse(tmp_path_factory):
    build = Path(os.environ.get("INGOT_BUILD", "build"))
    if not build.is_absolute():
        build = ROOT / build
    compiler = build / "ingot"
    if not compiler.exists():
        pytest.skip(f"{compiler} is not built")
    folder = tmp_path_factory.mktemp("modules")
    (folder / "parse.py").write_text(SOURCE)
    artifact = folder / "parse.so"
    subprocess.run([compiler, "compile", "-q", folder / "parse.py", "-o", artifact], check=True)
    sys.path.insert(0, str(ROOT / "clients" / "python"))
    import ingot

    return ingot.load(artifact)


def cpython_error(call):
    try:
        call()
    except Exception as e:  # noqa: BLE001 (the spec's exception, whatever it is)
        return e
    raise AssertionError("CPython raised nothing")


def test_json_decode_error_is_a_value_error(parse):
    assert parse("[1, 2]", "x") == [1, 2, 0]
    expected = cpython_error(lambda: json.loads("[1,"))
    with pytest.raises(ValueError) as got:
        parse("[1,", "x")
    assert type(got.value).__name__ == "JSONDecodeError"
    assert str(got.value) == str(expected)


def test_re_error_is_not_a_value_error(parse):
    expected = cpython_error(lambda: re.compile("(a"))
    with pytest.raises(Exception) as got:
        parse("[]", "(a")
    assert not isinstance(got.value, ValueError)
    assert type(got.value).__name__ == type(expected).__name__ == "error"
    assert str(got.value) == str(expected)
