# expect-compile-error: return_counts must be a literal True or False here
# expect-line: 7
import numpy as np


def distinct(x: np.ndarray, counted: bool) -> np.ndarray:
    return np.unique(x, return_counts=counted)
