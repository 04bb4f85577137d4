import numpy as np


def lists(x: np.ndarray) -> list[str]:
    floats: list[float] = x.astype(np.float32).tolist()
    halves: list[float] = x.astype(np.float16).tolist()
    ints: list[int] = x.astype(np.int32).tolist()
    small: list[int] = np.abs(x).astype(np.uint8).tolist()
    flags: list[bool] = (x > 0).tolist()
    grid: list[list[float]] = x.reshape(1, -1).tolist()
    return [str(floats), str(halves), str(ints), str(small), str(flags), str(grid)]


# inputs: {"x": [0.1, -2.5, 3.0]}
# inputs: {"x": [1e-3, 7.0]}
