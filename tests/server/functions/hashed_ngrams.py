"""A deterministic embedding written in plain Python: character trigrams hashed into a
fixed-width vector, L2-normalized. The server tests compile it with ingot and compute the
expected vectors by running this same source in CPython. A text starting "raise:" raises."""

import math
from typing import Literal

WIDTH = 64


def embed(texts: list[str], task: Literal["query", "document"] = "document") -> list[list[float]]:
    vectors = []
    for text in texts:
        if text.startswith("raise:"):
            raise ValueError(f"refusing {text!r}")
        padded = f"{task}: <{text}>"
        vector = [0.0] * WIDTH
        for start in range(len(padded) - 2):
            code = 0
            for char in padded[start : start + 3]:
                code = (code * 1000003 + ord(char)) % 2147483647
            vector[code % WIDTH] += 1.0 if code % 2 == 0 else -0.5
        norm = math.sqrt(sum(x * x for x in vector))
        vectors.append([x / norm for x in vector] if norm > 0 else vector)
    return vectors
