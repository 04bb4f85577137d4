import numpy as np


def int_ranges(start: int, stop: int, step: int) -> list[np.ndarray]:
    return [
        np.arange(start, stop, step),
        np.arange(start, stop, step, dtype=np.int32),
        np.arange(start, stop, step, dtype=np.float64),
        np.arange(stop, dtype=np.uint8),
        np.arange(start, stop, step)[::-1],
    ]


# inputs: {"start": 0, "stop": 10, "step": 3}
# inputs: {"start": 10, "stop": 0, "step": -4}
# inputs: {"start": -5, "stop": 5, "step": 2}
# inputs: {"start": 3, "stop": 3, "step": 1}
