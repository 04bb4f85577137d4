"""Tokenizers in compiled functions, live against the reference: a WordPiece tokenizer is
trained here with `tokenizers`, saved, and loaded at module level both as a
tokenizers.Tokenizer and through transformers' AutoTokenizer. Each function below is
compiled on its own (the materializer exports the live tokenizer, the build embeds it) and
its output compared with CPython running the same source; the artifact's token count with
the reference's ids. Also: bad input through the ABI, and the materializer's errors."""

import importlib.util
import json
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

tokenizers = pytest.importorskip("tokenizers")
transformers = pytest.importorskip("transformers")

CORPUS = [
    "The quick brown fox jumps over the lazy dog.",
    "Tokenizers turn text into ids; models turn ids into meaning!",
    "Héllo wörld, naïve café: accents are stripped by BERT's normalizer.",
    "Don't split contractions wrongly, isn't it? We've seen worse.",
    "数字 123 and 4567 mixed with CJK 字符 and emoji 😀.",
]

SOURCE = """
import torch
from tokenizers import Tokenizer
from transformers import AutoTokenizer

TOK = AutoTokenizer.from_pretrained({folder!r})
RAW = Tokenizer.from_file({folder!r} + "/tokenizer.json")


def batch_ids(texts: list[str]) -> list[list[int]]:
    return TOK(texts)["input_ids"]


def padded(
    texts: list[str], max_length: int
) -> tuple[list[list[int]], list[list[int]], list[list[int]]]:
    enc = TOK(texts, padding=True, truncation=True, max_length=max_length)
    return enc["input_ids"], enc.attention_mask, enc["token_type_ids"]


def padded_to_max(texts: list[str]) -> dict[str, list[list[int]]]:
    return TOK(texts, padding="max_length", truncation=True, max_length=12).data


def implicit_truncation(texts: list[str]) -> list[list[int]]:
    return TOK(texts, max_length=6, add_special_tokens=False).input_ids


def single(text: str) -> tuple[list[int], list[int]]:
    enc = TOK(text, return_tensors=None)
    return enc["input_ids"], enc["attention_mask"]


def round_trip(text: str) -> tuple[list[int], str, str, list[str | None]]:
    ids = TOK.encode(text)
    skipped = TOK.decode(ids, skip_special_tokens=True)
    return ids, TOK.decode(ids), skipped, TOK.convert_ids_to_tokens(ids)


def batch_decode(texts: list[str]) -> list[str]:
    return TOK.batch_decode(TOK(texts, padding=True)["input_ids"], skip_special_tokens=True)


def sizes() -> tuple[int, int, int]:
    return len(TOK), TOK.vocab_size, RAW.get_vocab_size()


def raw_encode(
    text: str,
) -> tuple[list[int], list[str], list[int], list[int], list[tuple[int, int]]]:
    e = RAW.encode(text)
    return e.ids, e.tokens, e.attention_mask, e.type_ids, e.offsets


def raw_batch(texts: list[str]) -> list[list[int]]:
    return [e.ids for e in RAW.encode_batch(texts, add_special_tokens=False)]


def pairs(
    queries: list[str], documents: list[str]
) -> tuple[list[list[int]], list[list[int]], list[list[int]]]:
    enc = TOK(queries, documents, padding=True, truncation="only_second", max_length=24)
    return enc["input_ids"], enc["token_type_ids"], enc["attention_mask"]


def one_pair(query: str, document: str) -> tuple[list[int], list[int]]:
    enc = TOK(query, document, truncation=True, max_length=10)
    return enc.input_ids, enc.token_type_ids


def np_ids(texts: list[str]):
    enc = TOK(texts, padding=True, truncation=True, max_length=9, return_tensors="np")
    return enc["input_ids"]


def np_single(text: str):
    return TOK(text, return_tensors="np").attention_mask


def np_ragged(texts: list[str]):
    return TOK(texts, return_tensors="np")["input_ids"]


def pt_ids(texts: list[str]) -> torch.Tensor:
    enc = TOK(texts, padding=True, return_tensors="pt")
    return enc["input_ids"] * enc.attention_mask


def pt_single(text: str, document: str) -> torch.Tensor:
    return TOK(text, document, return_tensors="pt")["token_type_ids"]


def pt_ragged(texts: list[str]) -> torch.Tensor:
    return TOK(texts, return_tensors="pt")["input_ids"]


def tensors_by_name(texts: list[str], kind: str):
    return TOK(texts, padding=True, return_tensors=kind)["input_ids"]


def raw_words(
    words: list[str], pair: list[str]
) -> tuple[list[int], list[str], list[int], list[tuple[int, int]]]:
    e = RAW.encode(words, pair, is_pretokenized=True)
    return e.ids, e.tokens, e.type_ids, e.offsets


def raw_words_batch(batch: list[list[str]], pretokenized: bool) -> list[list[tuple[int, int]]]:
    return [e.offsets for e in RAW.encode_batch(batch, is_pretokenized=pretokenized)]


def raw_text_as_words(text: str) -> list[int]:
    return RAW.encode(text, is_pretokenized=True).ids


def call_keywords(
    texts: list[str], pairs: list[str], side: str, multiple: int
) -> dict[str, list[list[int]]]:
    return TOK(
        texts,
        pairs,
        padding=True,
        truncation="longest_first",
        max_length=16,
        stride=2,
        pad_to_multiple_of=multiple,
        padding_side=side,
        return_special_tokens_mask=True,
        return_attention_mask=False,
        return_token_type_ids=True,
    ).data


def single_keywords(text: str, stride: int) -> dict[str, list[int]]:
    enc = TOK(
        text,
        truncation=True,
        max_length=8,
        stride=stride,
        return_token_type_ids=False,
        return_special_tokens_mask=True,
    )
    return enc.data


def unpadded_multiple(texts: list[str]) -> list[list[int]]:
    return TOK(texts, pad_to_multiple_of=8, padding_side="left")["input_ids"]


def np_keywords(texts: list[str]):
    enc = TOK(
        texts,
        padding="longest",
        pad_to_multiple_of=8,
        padding_side="left",
        return_special_tokens_mask=True,
        return_tensors="np",
    )
    return enc["special_tokens_mask"]


def raw_decode(ids: list[int]) -> tuple[str, str | None, int | None]:
    return RAW.decode(ids), RAW.id_to_token(ids[0]), RAW.token_to_id("the")
"""

CALLS = {
    "batch_ids": [{"texts": CORPUS}, {"texts": [""]}, {"texts": ["a"]}],
    "padded": [{"texts": CORPUS, "max_length": 10}, {"texts": CORPUS[:2], "max_length": 64}],
    "padded_to_max": [{"texts": CORPUS}],
    "implicit_truncation": [{"texts": CORPUS}],
    "single": [{"text": CORPUS[2]}, {"text": ""}],
    "round_trip": [{"text": t} for t in CORPUS],
    "batch_decode": [{"texts": CORPUS}],
    "sizes": [{}],
    "pairs": [{"queries": CORPUS[:3], "documents": CORPUS[2:]}],
    "one_pair": [{"query": CORPUS[0], "document": CORPUS[1]}, {"query": "a", "document": ""}],
    "raw_encode": [{"text": t} for t in CORPUS],
    "raw_batch": [{"texts": CORPUS}],
    "raw_decode": [{"ids": [5, 6, 7, 8, 9]}],
    "raw_words": [
        {"words": ["Héllo", "wörld,", "naïve café"], "pair": ["Don't", "", "split"]},
        {"words": [], "pair": ["x"]},
    ],
    "raw_words_batch": [
        {"batch": [["The", "quick brown"], [], ["数字123"]], "pretokenized": True},
        {"batch": [["The quick", "brown fox"], ["a", "b"]], "pretokenized": False},
    ],
    "call_keywords": [
        {"texts": CORPUS[:3], "pairs": CORPUS[2:], "side": "left", "multiple": 8},
        {"texts": CORPUS[:2], "pairs": ["a", "b"], "side": "right", "multiple": 16},
    ],
    "single_keywords": [{"text": CORPUS[0], "stride": 0}, {"text": CORPUS[3], "stride": 5}],
    "unpadded_multiple": [{"texts": CORPUS}],
}

# Calls that raise, in CPython and compiled: the same exception kind and message.
FAILING_CALLS = {
    "pt_ragged": [{"texts": CORPUS}],
    "tensors_by_name": [
        {"texts": CORPUS, "kind": "tf"},
        {"texts": CORPUS, "kind": "jax"},
        {"texts": CORPUS, "kind": "tensorflow"},
    ],
    "raw_text_as_words": [{"text": "not words"}],
    "call_keywords": [
        {"texts": CORPUS[:2], "pairs": CORPUS[2:4], "side": "middle", "multiple": 8},
        {"texts": CORPUS[:2], "pairs": CORPUS[2:4], "side": "left", "multiple": 5},
    ],
    "single_keywords": [{"text": CORPUS[0], "stride": 7}, {"text": CORPUS[0], "stride": 9}],
    "raw_words_batch": [
        {"batch": [["The", "quick", "brown"]], "pretokenized": False},
        {"batch": [["The"]], "pretokenized": False},
    ],
}


def train_tokenizer(folder):
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors, trainers

    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    trainer = trainers.WordPieceTrainer(vocab_size=300, special_tokens=specials)
    tok.train_from_iterator(CORPUS * 20, trainer=trainer)
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", tok.token_to_id("[CLS]")), ("[SEP]", tok.token_to_id("[SEP]"))],
    )
    from tokenizers import decoders

    tok.decoder = decoders.WordPiece()
    fast = transformers.PreTrainedTokenizerFast(
        tokenizer_object=tok,
        model_max_length=32,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
        model_input_names=["input_ids", "token_type_ids", "attention_mask"],
    )
    fast.save_pretrained(folder)
    tok.save(str(folder / "tokenizer.json"))


@pytest.fixture(scope="module")
def module_dir(tmp_path_factory):
    if not INGOT.exists():
        pytest.skip(f"{INGOT} is not built")
    folder = tmp_path_factory.mktemp("tokenizer_lowering")
    train_tokenizer(folder / "tok")
    (folder / "embed.py").write_text(SOURCE.format(folder=str(folder / "tok")))
    return folder


@pytest.fixture(scope="module")
def reference(module_dir):
    spec = importlib.util.spec_from_file_location("embed_reference", module_dir / "embed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def compile_entry(module_dir, entry):
    out = module_dir / f"{entry}.so"
    if not out.exists():
        result = subprocess.run(
            [INGOT, "compile", module_dir / "embed.py", "--entry", entry, "-o", out, "-q"]
            + ["--python", PYTHON],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
    return out


def run(artifact, inputs):
    args = [INGOT, "run", artifact]
    for name, value in inputs.items():
        args += ["--input", f"{name}={json.dumps(value)}"]
    return subprocess.run(args, capture_output=True, text=True)


@pytest.mark.parametrize("entry", sorted(CALLS))
def test_matches_cpython(module_dir, reference, entry):
    artifact = compile_entry(module_dir, entry)
    for inputs in CALLS[entry]:
        result = run(artifact, inputs)
        assert result.returncode == 0, result.stderr
        expected = json.dumps(getattr(reference, entry)(**inputs))
        assert result.stdout.strip() == expected, inputs


def test_token_count_matches_reference_ids(module_dir, reference):
    sys.path.insert(0, str(ROOT / "clients" / "python"))
    import ingot

    function = ingot.load(str(compile_entry(module_dir, "padded")))
    for texts, max_length in [(CORPUS, 10), (CORPUS[:3], 64), ([""], 8)]:
        result, stats = function.call_with_stats(texts, max_length)
        expected = reference.padded(texts, max_length)
        assert json.loads(json.dumps(result)) == json.loads(json.dumps(expected))
        # Tokens produced: the real ones, padding left out (sum of the attention mask).
        assert stats.tokens == sum(sum(mask) for mask in expected[1])
    unpadded = ingot.load(str(compile_entry(module_dir, "batch_ids")))
    _, stats = unpadded.call_with_stats(CORPUS)
    assert stats.tokens == sum(len(ids) for ids in reference.batch_ids(CORPUS))


@pytest.mark.parametrize(
    ("entry", "inputs"),
    [("np_ids", {"texts": CORPUS}), ("np_single", {"text": CORPUS[1]})],
)
def test_numpy_tensors_match_cpython(module_dir, reference, entry, inputs):
    sys.path.insert(0, str(ROOT / "clients" / "python"))
    import ingot

    got = ingot.load(str(compile_entry(module_dir, entry)))(**inputs)
    expected = getattr(reference, entry)(**inputs)
    assert (got.dtype, got.shape) == (expected.dtype, expected.shape)
    assert got.tolist() == expected.tolist()


@pytest.mark.parametrize(
    ("entry", "inputs"),
    [
        ("pt_ids", {"texts": CORPUS}),
        ("pt_single", {"text": CORPUS[1], "document": CORPUS[2]}),
        ("tensors_by_name", {"texts": CORPUS, "kind": "np"}),
        ("np_keywords", {"texts": CORPUS}),
    ],
)
def test_torch_tensors_match_cpython(module_dir, reference, entry, inputs):
    sys.path.insert(0, str(ROOT / "clients" / "python"))
    import ingot

    got = ingot.load(str(compile_entry(module_dir, entry)))(**inputs)
    expected = getattr(reference, entry)(**inputs)
    assert str(got.dtype).removeprefix("torch.") == str(expected.dtype).removeprefix("torch.")
    assert (tuple(got.shape), got.tolist()) == (tuple(expected.shape), expected.tolist())


@pytest.mark.parametrize(
    ("entry", "inputs"),
    [(entry, inputs) for entry, calls in sorted(FAILING_CALLS.items()) for inputs in calls],
)
def test_errors_match_cpython(module_dir, reference, entry, inputs):
    result = run(compile_entry(module_dir, entry), inputs)
    assert result.returncode == 1
    with pytest.raises(Exception) as expected:
        getattr(reference, entry)(**inputs)
    # Only the line break is stripped: `tokenizers`' stride message ends in a space.
    last = result.stderr.rstrip("\n").splitlines()[-1]
    assert last == f"{type(expected.value).__name__}: {expected.value}"


def test_stride_of_the_whole_window_is_a_value_error(module_dir, reference):
    # `tokenizers` accepts this stride when truncation is set, then panics truncating (a
    # PanicException, no Exception); compiled code raises a ValueError instead.
    inputs = {"text": CORPUS[0], "stride": 6}
    result = run(compile_entry(module_dir, "single_keywords"), inputs)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "ValueError: truncation stride (6) must be smaller than the length truncated to (6)"
    )
    with pytest.raises(BaseException) as expected:
        reference.single_keywords(**inputs)
    assert type(expected.value).__name__ == "PanicException"
    assert "`stride` must be strictly less than `max_len=6`" in str(expected.value)


@pytest.mark.parametrize(
    ("keyword", "instead"),
    [
        ("return_offsets_mapping", "encode(...).offsets"),
        ("return_overflowing_tokens", "truncation without it"),
        ("return_length", "len()"),
        ("is_split_into_words", "is_pretokenized=True"),
    ],
)
def test_keywords_of_other_fields_are_a_compile_error(module_dir, tmp_path, keyword, instead):
    call = f"    return TOK(texts, {keyword}=True).input_ids"
    source = (module_dir / "embed.py").read_text().split("def batch_ids")[0]
    source += f"def f(texts: list[str]):\n{call}\n"
    result = compile_source(tmp_path, source)
    assert result.returncode == 1
    assert f'bad.py", line {source.splitlines().index(call) + 1}' in result.stderr
    assert f"tokenizer(..., {keyword}=...) is not supported yet: use" in result.stderr
    assert instead in result.stderr


def test_numpy_tensors_of_ragged_batch_raise_transformers_value_error(module_dir, reference):
    # transformers 5 makes an object array of rows for "np" (and raises this ValueError for
    # "pt"): compiled code has no object arrays, so "np" raises the "pt" error.
    result = run(compile_entry(module_dir, "np_ragged"), {"texts": CORPUS})
    assert result.returncode == 1
    with pytest.raises(ValueError) as expected:
        reference.pt_ragged(CORPUS)
    assert result.stderr.strip().splitlines()[-1] == f"ValueError: {expected.value}"


@pytest.mark.parametrize("kind", ["tf", "jax", "mlx"])
def test_return_tensors_of_other_frameworks_is_a_compile_error(module_dir, tmp_path, kind):
    source = (module_dir / "embed.py").read_text().split("def batch_ids")[0] + (
        f"def f(texts: list[str]):\n    return TOK(texts, return_tensors={kind!r}).input_ids\n"
    )
    result = compile_source(tmp_path, source)
    assert result.returncode == 1
    line = source.splitlines().index(f"    return TOK(texts, return_tensors={kind!r}).input_ids")
    assert f'bad.py", line {line + 1}' in result.stderr
    assert f'return_tensors="{kind}" is not supported' in result.stderr
    assert 'return_tensors="np"' in result.stderr and 'return_tensors="pt"' in result.stderr


def test_pairs_of_different_lengths_are_a_value_error(module_dir, reference):
    inputs = {"queries": CORPUS[:2], "documents": CORPUS}
    result = run(compile_entry(module_dir, "pairs"), inputs)
    assert result.returncode == 1
    with pytest.raises(ValueError) as expected:
        reference.pairs(**inputs)
    assert result.stderr.strip().splitlines()[-1] == f"ValueError: {expected.value}"


def test_non_str_text_is_a_type_error(module_dir):
    result = run(compile_entry(module_dir, "batch_ids"), {"texts": ["fine", 3]})
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("TypeError: ")


def compile_source(folder, source, python=PYTHON):
    path = folder / "bad.py"
    path.write_text(source)
    return subprocess.run(
        [INGOT, "compile", path, "-o", folder / "bad.so", "-q", "--python", python],
        capture_output=True,
        text=True,
    )


def test_unexportable_live_global_is_a_compile_error(tmp_path):
    if not INGOT.exists():
        pytest.skip(f"{INGOT} is not built")
    source = "import threading\n\nLOCK = threading.Lock()\n\n\ndef f(x: int) -> int:\n"
    source += "    return x if LOCK else 0\n"
    result = compile_source(tmp_path, source)
    assert result.returncode == 1
    assert 'bad.py", line 3, column 1' in result.stderr
    assert "cannot materialize the global 'LOCK'" in result.stderr
    assert "cannot be exported" in result.stderr


def test_missing_interpreter_is_a_compile_error(tmp_path):
    if not INGOT.exists():
        pytest.skip(f"{INGOT} is not built")
    source = (
        "import numpy as np\n\nW = np.ones(3)\n\n\ndef f(x: int) -> int:\n    return x + len(W)\n"
    )
    result = compile_source(tmp_path, source, python=str(tmp_path / "no-such-python"))
    assert result.returncode == 1
    assert 'bad.py", line 3, column 1' in result.stderr
    assert "cannot run the Python interpreter" in result.stderr
    assert "--python" in result.stderr


def test_module_raising_at_top_level_is_a_compile_error(tmp_path):
    if not INGOT.exists():
        pytest.skip(f"{INGOT} is not built")
    source = "import no_such_library_here\n\nTOK = no_such_library_here.load()\n\n\n"
    source += "def f(x: int) -> int:\n    return x if TOK else 0\n"
    result = compile_source(tmp_path, source)
    assert result.returncode == 1
    assert "cannot materialize the global 'TOK'" in result.stderr
    assert "ModuleNotFoundError" in result.stderr


def test_constants_only_compile_without_python(tmp_path):
    if not INGOT.exists():
        pytest.skip(f"{INGOT} is not built")
    source = "GREETING = 'hi'\n\n\ndef f(name: str) -> str:\n    return GREETING + name\n"
    result = compile_source(tmp_path, source, python=str(tmp_path / "no-such-python"))
    assert result.returncode == 0, result.stderr
