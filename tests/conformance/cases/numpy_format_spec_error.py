import numpy as np


def fmt(x: np.ndarray) -> str:
    return f"{x:.2f}"


# inputs: {"x": [1.5]}
