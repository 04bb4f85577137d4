"""Helpers the server tests share: what kind of build they run against, and the reference
token counts."""

import os
import pathlib

import minilm_token_bag

ROOT = pathlib.Path(__file__).resolve().parents[2]


def sanitized():
    """Whether $INGOT_BUILD is a sanitizer build: its artifacts load only into processes
    that carry the sanitizer runtime (the server does; python and node do not)."""
    build = pathlib.Path(os.environ.get("INGOT_BUILD", "build"))
    cache = (build if build.is_absolute() else ROOT / build) / "CMakeCache.txt"
    return any(
        line.startswith("INGOT_SANITIZE:") and line.split("=", 1)[1].strip()
        for line in cache.read_text().splitlines()
    )


def reference_tokens(texts):
    """The texts' tokens as Hugging Face `tokenizers` counts them, padding left out."""
    return sum(sum(minilm_token_bag.TOKENIZER.encode(text).attention_mask) for text in texts)
