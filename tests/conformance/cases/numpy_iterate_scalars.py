import numpy as np


def walk(x: np.ndarray) -> list[str]:
    out: list[str] = []
    for i, value in enumerate(x):
        out.append(f"{i}:{value}")
    for value in x[::-1]:
        out.append(str(value * 2))
    return out


# inputs: {"x": [1.5, -2.0, 0.1]}
# inputs: {"x": [1, 2, 3]}
# inputs: {"x": [true, false]}
# inputs: {"x": []}
