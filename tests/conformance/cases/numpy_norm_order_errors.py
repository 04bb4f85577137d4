import numpy as np

# float-tolerance: 1e-13


def norm_by_name(x: np.ndarray, ord: str, pair: bool) -> np.ndarray:
    if pair:
        return np.linalg.norm(x, ord, axis=(0, -1))
    return np.linalg.norm(x, ord)


# inputs: {"x": [1.0, 2.0], "ord": "fro", "pair": false}
# inputs: {"x": [1.0, 2.0], "ord": "nuc", "pair": false}
# inputs: {"x": [[1.0, 2.0]], "ord": "max", "pair": false}
# inputs: {"x": [[1.0, 2.0]], "ord": "nuc", "pair": false}
# inputs: {"x": [[[1.0, 2.0]]], "ord": "fro", "pair": false}
# inputs: {"x": [[1.0, 2.0]], "ord": "fro", "pair": true}
# inputs: {"x": [1.0, 2.0], "ord": "fro", "pair": true}
# inputs: {"x": [[[1.0, 2.0]], [[3.0, 4.0]]], "ord": "nuc", "pair": true}
