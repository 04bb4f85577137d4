# expect-compile-error: convert it with int(...)
# expect-line: 9
# CPython keeps np.argmax's numpy scalar in `best` whatever the annotation says; ingot asks
# for the conversion rather than guess that the array holds one element.
import numpy as np


def pick(scores: np.ndarray, docs: list[str]) -> str:
    best: int = np.argmax(scores)
    return docs[best]
