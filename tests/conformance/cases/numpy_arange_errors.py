import numpy as np


def steps(start: int, stop: int, step: int) -> np.ndarray:
    return np.arange(start, stop, step)


# inputs: {"start": 0, "stop": 10, "step": 3}
# inputs: {"start": 10, "stop": 0, "step": -4}
# inputs: {"start": 5, "stop": 0, "step": 1}
# inputs: {"start": 0, "stop": 5, "step": 0}
