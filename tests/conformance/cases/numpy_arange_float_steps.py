import numpy as np


def ranges(start: float, stop: float, step: float) -> list[np.ndarray]:
    return [
        np.arange(start, stop, step),
        np.arange(start, stop, step, dtype=np.float32),
        np.arange(stop),
        np.arange(start, stop),
    ]


# inputs: {"start": 0.0, "stop": 1.0, "step": 0.1}
# inputs: {"start": 1.0, "stop": -1.0, "step": -0.25}
# inputs: {"start": 0.0, "stop": 0.3, "step": 0.1}
# inputs: {"start": 5.0, "stop": 1.0, "step": 0.5}
# inputs: {"start": 0.5, "stop": 3.7, "step": 1.0}
