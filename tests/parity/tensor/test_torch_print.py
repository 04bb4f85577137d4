"""print() of torch tensors in compiled code against torch's own print.

A compiled function prints tensors (alone, among other values, inside lists, tuples and
dicts, with sep= and end=) and
returns a value; `ingot run` writes what it printed and then the result's JSON, which must
equal what the function prints in CPython with torch followed by json.dumps of its result.

The build directory comes from $INGOT_BUILD (default `build`).
"""

import contextlib
import io
import json
import os
import subprocess
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

ROOT = Path(__file__).resolve().parents[3]

SOURCE = """
import torch


def show(x: list[list[float]], n: int) -> int:
    t = torch.tensor(x)
    print(t)
    print("scaled:", t * 1000.5, "rows", t.shape[0])
    print(t.long(), t > 0, sep=" | ", end="!\\n")
    print(t.double() / 3.0)
    print(t[0, 0])
    print(torch.arange(n) * 0.25 - 1.0)
    print(torch.zeros(0, n).int())
    print([t, t.long()], (t > 0, n), {"sum": t.sum()}, sep="\\n")
    return n
"""

INPUTS = [
    {"x": [[1.0, 2.0], [3.0, 4.0]], "n": 3},
    {"x": [[0.5, -1.25, 1e-5], [100.0, 0.0, -7.0]], "n": 1200},
    {"x": [[float(i) for i in range(40)] for _ in range(30)], "n": 0},
]


@pytest.fixture(scope="module")
def artifact(tmp_path_factory):
    build = Path(os.environ.get("INGOT_BUILD", "build"))
    if not build.is_absolute():
        build = ROOT / build
    compiler = build / "ingot"
    if not compiler.exists():
        pytest.skip(f"{compiler} is not built")
    folder = tmp_path_factory.mktemp("torch_print")
    (folder / "show.py").write_text(SOURCE)
    out = folder / "show.so"
    subprocess.run([compiler, "compile", "-q", folder / "show.py", "-o", out], check=True)
    return compiler, out


def printed_by_cpython(arguments):
    namespace = {}
    exec(compile(SOURCE, "show.py", "exec"), namespace)  # the same source, run by CPython
    captured = io.StringIO()
    with contextlib.redirect_stdout(captured):
        result = namespace["show"](**arguments)
    return captured.getvalue() + json.dumps(result)


@pytest.mark.parametrize("arguments", INPUTS, ids=range(len(INPUTS)))
def test_print_matches_torch(artifact, arguments):
    compiler, out = artifact
    process = subprocess.run(
        [compiler, "run", out, "--inputs", "-"],
        input=json.dumps(arguments),
        capture_output=True,
        text=True,
        check=True,
    )
    assert process.stdout.rstrip("\n") == printed_by_cpython(arguments)
