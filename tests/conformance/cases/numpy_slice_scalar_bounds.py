import numpy as np


# Slices bounded by numpy integer scalars, as top-p cut-offs and argmax positions give
# them: arrays, lists, tuples and strings take the scalar's __index__.
def cut(
    p: list[float], top_p: float, text: str
) -> tuple[np.ndarray, list[str], list[str], tuple[str, ...], str, np.ndarray, np.ndarray]:
    probs = np.array(p)
    order = np.argsort(-probs, kind="stable")
    end = np.searchsorted(np.cumsum(probs[order]), top_p) + 1
    docs = [f"doc{i}" for i in range(len(p))]
    first = np.argmax(probs)
    small = np.int8(2)
    return (
        order[:end],
        docs[:end],
        docs[first::small],
        tuple(docs)[-end:],
        text[first : first + end],
        probs.reshape(1, -1)[:, :end],
        probs[end - 1 :: -1],
    )


# inputs: {"p": [0.1, 0.5, 0.2, 0.2], "top_p": 0.7, "text": "ingot compiles"}
# inputs: {"p": [0.9, 0.05, 0.05], "top_p": 0.5, "text": "abc"}
# inputs: {"p": [0.25, 0.25, 0.25, 0.25], "top_p": 1.0, "text": ""}
