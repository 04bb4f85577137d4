"""The talk's walk-through in Python, next to CPython running the same source:

    python examples/walkthrough.py MODEL.so SOURCE.py ENTRY [NAME]

The compiled function answers OpenAI's embeddings API through `ingot.OpenAI`; the same
Python function, run by CPython with sentence-transformers, ranks the same documents.
"""

import importlib.util
import sys

import ingot
import numpy as np

QUERY = "Which planet is known as the Red Planet?"
DOCUMENTS = [
    "Venus is often called Earth's twin because of its similar size and proximity.",
    "Mars, known for its reddish appearance, is often referred to as the Red Planet.",
    "Jupiter, the largest planet in our solar system, has a prominent red spot.",
    "Saturn, famous for its rings, is sometimes mistaken for the Red Planet.",
]


def rank(vectors):
    matrix = np.asarray(vectors, dtype=np.float64)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    scores = matrix[1:] @ matrix[0]
    return sorted(zip(scores.tolist(), DOCUMENTS, strict=True), reverse=True)


def main():
    artifact, source, entry = sys.argv[1:4]
    name = sys.argv[4] if len(sys.argv) > 4 else "minilm"
    client = ingot.OpenAI(models={name: artifact})
    response = client.embeddings.create(model=name, input=[QUERY, *DOCUMENTS])
    compiled = rank([d.embedding for d in response.data])

    spec = importlib.util.spec_from_file_location("example", source)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    reference = rank(getattr(module, entry)([QUERY, *DOCUMENTS]))

    print(f"usage: {response.usage.model_dump()}")
    for (score, text), (expected, _) in zip(compiled, reference, strict=True):
        print(f"  compiled {score:.6f}  CPython {expected:.6f}  {text}")
    print(f"Best (compiled): {compiled[0][1]}")
    print(f"Best (CPython):  {reference[0][1]}")


if __name__ == "__main__":
    main()
