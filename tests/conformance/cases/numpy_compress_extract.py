import numpy as np


def kept(x: np.ndarray, c: np.ndarray) -> list[np.ndarray]:
    return [
        np.compress(c, x, axis=1),
        np.compress(c[:2] > 0, x, axis=0),
        np.compress(c, x),
        np.compress(c, x.T, axis=-2),
        x.compress(c, axis=1),
        np.compress(c[:0], x, axis=1),
        np.extract(x > 3, x),
        np.extract(x % 2 == 0, x.T),
        np.extract(c, x),
    ]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "c": [true, false, true]}
# inputs: {"x": [[1.5, 2, 3], [4, 5, 6]], "c": [0, 1, 0]}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "c": [false, false, false, false]}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "c": [true, false, true, true]}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "c": [[true, false]]}
