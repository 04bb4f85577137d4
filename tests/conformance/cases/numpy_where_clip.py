import numpy as np


def select(x: np.ndarray) -> list[np.ndarray]:
    return [
        np.where(x > 0, x, 0),
        np.where(x > 0, 1.0, -1.0),
        np.where(x > 1, x, x * 10),
        np.clip(x, -1, 1),
        np.clip(x, 0, None),
        np.clip(x, None, 2.5),
        x.clip(min=0.5),
    ]


# inputs: {"x": [-2.0, -0.5, 0.0, 0.75, 3.0]}
# inputs: {"x": [-3, 0, 5]}
