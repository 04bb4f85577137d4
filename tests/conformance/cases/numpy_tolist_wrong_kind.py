import numpy as np


def as_ints(x: np.ndarray) -> list[int]:
    items: list[int] = x.tolist()
    return items


# inputs: {"x": [1, 2, 3]}
# expect-error: TypeError
# inputs: {"x": [1.5, 2.5]}
