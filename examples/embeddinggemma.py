"""The talk's function: EmbeddingGemma embeddings for a task, with the model card's task
prompts written out as a map and prefixed to the texts by hand.

The model id comes from $EMBEDDINGGEMMA (default: the hub's google/embeddinggemma-300m). Where
the hub is out of reach, build a tiny random checkpoint of the same shape and point at it:

    python3 examples/make_tiny_embeddinggemma.py /tmp/gemma
    EMBEDDINGGEMMA=/tmp/gemma ingot compile examples/embeddinggemma.py --entry embed -o e.so
"""

import os
from typing import Literal

import numpy as np
from sentence_transformers import SentenceTransformer

MODEL = SentenceTransformer(
    os.environ.get("EMBEDDINGGEMMA", "google/embeddinggemma-300m"), device="cpu"
)

# The prompts of EmbeddingGemma's model card (config_sentence_transformers.json).
TASK_PREFIX_MAP = {
    "query": "task: search result | query: ",
    "document": "title: none | text: ",
    "BitextMining": "task: search result | query: ",
    "Clustering": "task: clustering | query: ",
    "Classification": "task: classification | query: ",
    "InstructionRetrieval": "task: code retrieval | query: ",
    "MultilabelClassification": "task: classification | query: ",
    "PairClassification": "task: sentence similarity | query: ",
    "Reranking": "task: search result | query: ",
    "Retrieval": "task: search result | query: ",
    "Retrieval-query": "task: search result | query: ",
    "Retrieval-document": "title: none | text: ",
    "STS": "task: sentence similarity | query: ",
    "Summarization": "task: summarization | query: ",
}

Task = Literal["query", "document", "Clustering", "Classification", "STS", "Summarization"]


def embed(texts: list[str], task: Task) -> np.ndarray:
    """One float32 row per text, L2-normalized: (len(texts), embedding dimension)."""
    prefix = TASK_PREFIX_MAP[task]
    prefixed = [prefix + text for text in texts]
    return MODEL.encode(prefixed, prompt="", normalize_embeddings=True)


if __name__ == "__main__":
    vectors = embed(["Which planet is known as the Red Planet?"], "query")
    print(vectors.shape, vectors.dtype)
