import numpy as np


def one(x: np.ndarray) -> float:
    value: float = x.item()
    return value


# inputs: {"x": [2.5]}
# inputs: {"x": [[3.5]]}
# inputs: {"x": [1.0, 2.0]}
# inputs: {"x": []}
