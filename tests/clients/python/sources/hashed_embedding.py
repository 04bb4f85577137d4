"""A deterministic text embedding (hashed character trigrams), for testing the OpenAI-style
client without a model: CPython runs this same source for the expected vectors."""

import math
from typing import Literal

PREFIXES = {"query": "task: search result | query: ", "document": "title: none | text: "}


def _trigrams(text: str, width: int) -> list[float]:
    vector = [0.0] * width
    for i in range(len(text) - 2):
        h = 0
        for ch in text[i : i + 3]:
            h = (h * 31 + ord(ch)) % 1000003
        vector[h % width] += 1.0 if h % 2 else -1.0
    norm = math.sqrt(sum(x * x for x in vector))
    return [x / norm if norm else 0.0 for x in vector]


def embed(
    texts: list[str], task: Literal["query", "document"] = "document", width: int = 16
) -> list[list[float]]:
    return [_trigrams(PREFIXES[task] + text.lower(), width) for text in texts]


def embed_one(text: str) -> list[float]:
    return _trigrams(text, 8)


def token_ids(ids: list[list[int]]) -> list[list[float]]:
    return [[float(sum(row)), float(len(row))] for row in ids]
