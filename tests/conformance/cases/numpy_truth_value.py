import numpy as np


def check(x: np.ndarray) -> str:
    if x > 0:
        return "positive"
    return "not positive"


# inputs: {"x": [3]}
# inputs: {"x": [-1.0]}
# inputs: {"x": [1, 2]}
# inputs: {"x": []}
