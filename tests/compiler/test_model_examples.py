"""examples/embeddinggemma.py (on the tiny checkpoint examples/make_tiny_embeddinggemma.py
builds), examples/minilm.py and examples/minilm_automodel.py (the real all-MiniLM-L6-v2),
each compiled unchanged and compared with CPython running it."""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = Path(os.environ.get("INGOT_BUILD", "build"))
INGOT = (BUILD if BUILD.is_absolute() else ROOT / BUILD) / "ingot"
PYTHON = sys.executable
EXAMPLES = ROOT / "examples"
os.environ["HF_HUB_OFFLINE"] = "1"

np = pytest.importorskip("numpy")
pytest.importorskip("sentence_transformers")
pytest.importorskip("all_minilm_l6_v2")

TEXTS = [
    "Which planet is known as the Red Planet?",
    "Mars, known for its reddish appearance, is often referred to as the Red Planet.",
    "Saturn, famous for its rings, is sometimes mistaken for the Red Planet.",
    "",
]


def load_example(name):
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def compile_example(name, out):
    result = subprocess.run(
        [INGOT, "compile", EXAMPLES / f"{name}.py", "--entry", "embed", "-o", out, "-q"]
        + ["--python", PYTHON],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    sys.path.insert(0, str(ROOT / "clients" / "python"))
    import ingot

    return ingot.load(str(out))


def assert_close(got, expected):
    assert (got.dtype, got.shape) == (expected.dtype, expected.shape)
    cosine = (got * expected).sum(1) / (
        np.linalg.norm(got, axis=1) * np.linalg.norm(expected, axis=1)
    )
    assert cosine.min() >= 0.99999
    assert float(np.abs(got - expected).max()) <= 1e-4


@pytest.fixture
def tiny_embeddinggemma(tmp_path, monkeypatch):
    if not INGOT.exists():
        pytest.skip(f"{INGOT} is not built")
    checkpoint = tmp_path / "embeddinggemma"
    subprocess.run(
        [PYTHON, EXAMPLES / "make_tiny_embeddinggemma.py", checkpoint],
        check=True,
        capture_output=True,
    )
    monkeypatch.setenv("EMBEDDINGGEMMA", str(checkpoint))
    return checkpoint


def test_embeddinggemma_example(tiny_embeddinggemma, tmp_path):
    example = load_example("embeddinggemma")
    compiled = compile_example("embeddinggemma", tmp_path / "embeddinggemma.so")
    for task in ["query", "document", "STS"]:
        expected = example.embed(TEXTS, task)
        assert expected.dtype == np.float32 and expected.shape == (len(TEXTS), 64)
        assert_close(compiled(TEXTS, task), expected)
    with pytest.raises(Exception) as bad_task:
        compiled(TEXTS, "nope")
    assert type(bad_task.value).__name__ in ("TypeError", "ValueError")


def test_minilm_example(tmp_path):
    if not INGOT.exists():
        pytest.skip(f"{INGOT} is not built")
    example = load_example("minilm")
    compiled = compile_example("minilm", tmp_path / "minilm.so")
    assert_close(compiled(TEXTS), example.embed(TEXTS))


def test_minilm_automodel_example(tmp_path):
    if not INGOT.exists():
        pytest.skip(f"{INGOT} is not built")
    example = load_example("minilm_automodel")
    compiled = compile_example("minilm_automodel", tmp_path / "minilm_automodel.so")
    assert_close(compiled(TEXTS), example.embed(TEXTS))
