import numpy as np


def spaced(start: float, stop: float, num: int) -> list[np.ndarray]:
    return [
        np.linspace(start, stop, num),
        np.linspace(start, stop, num, endpoint=False),
        np.linspace(stop, start, num),
        np.linspace(start, stop, num, dtype=np.float32),
        np.linspace(start, stop, num, dtype=np.int64),
    ]


# inputs: {"start": 0.0, "stop": 1.0, "num": 5}
# inputs: {"start": -3.0, "stop": 7.5, "num": 7}
# inputs: {"start": 2.0, "stop": 2.0, "num": 3}
# inputs: {"start": 0.0, "stop": 10.0, "num": 1}
# inputs: {"start": 0.0, "stop": 10.0, "num": 0}
