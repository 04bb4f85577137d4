import numpy as np


def spaced(num: int) -> np.ndarray:
    return np.linspace(0.0, 1.0, num)


# inputs: {"num": 2}
# inputs: {"num": -1}
