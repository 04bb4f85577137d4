"""What the compiler tests that compile a module and compare it with CPython running the same
source share: the `ingot` under test, compiling one entry of a module and loading it through
the Python client, importing the module as the reference, and comparing embeddings."""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = Path(os.environ.get("INGOT_BUILD", "build"))
INGOT = (BUILD if BUILD.is_absolute() else ROOT / BUILD) / "ingot"
# The reference runs in this interpreter, so the module is compiled (materialized) with it.
PYTHON = sys.executable
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# The parity tests' checkpoints (tests/parity/nn/checkpoints.py) and the Python client.
sys.path.insert(0, str(ROOT / "tests" / "parity" / "nn"))
sys.path.insert(0, str(ROOT / "clients" / "python"))


def require_ingot() -> None:
    if not INGOT.exists():
        pytest.skip(f"{INGOT} is not built")


def import_source(path: Path, name: str):
    """The module at `path`, run by CPython: the reference the compiled entries match."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def compile_entry(
    source: Path, entry: str | None, out: Path, *options
) -> subprocess.CompletedProcess:
    """`ingot compile` of `source` (its only function where `entry` is None) into `out`,
    with any further `options`."""
    command = [INGOT, "compile", source, "-o", out, "-q", "--python", PYTHON, *options]
    if entry is not None:
        command += ["--entry", entry]
    return subprocess.run(command, capture_output=True, text=True)


def load(folder: Path, entry: str):
    """folder/embed.py's `entry`, compiled once into folder/ENTRY.so and loaded."""
    import ingot

    out = folder / f"{entry}.so"
    if not out.exists():
        result = compile_entry(folder / "embed.py", entry, out)
        assert result.returncode == 0, result.stderr
    return ingot.load(str(out))


def assert_close(got, expected) -> None:
    """Same dtype and shape, and along the last axis the same vectors up to float32
    rounding: cosine similarity and the largest absolute difference."""
    import numpy as np

    assert (got.dtype, got.shape) == (expected.dtype, expected.shape)
    got2, expected2 = got.reshape(-1, got.shape[-1]), expected.reshape(-1, expected.shape[-1])
    cosine = (got2 * expected2).sum(1) / (
        np.linalg.norm(got2, axis=1) * np.linalg.norm(expected2, axis=1)
    )
    assert cosine.min() >= 0.99999
    assert float(np.abs(got2 - expected2).max()) <= 1e-4
