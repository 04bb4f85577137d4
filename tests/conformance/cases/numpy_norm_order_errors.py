import numpy as np

# float-tolerance: 1e-13


def norm_by_name(x: np.ndarray, order: str, pair: bool) -> np.ndarray:
    if pair:
        return np.linalg.norm(x, order, axis=(0, -1))
    return np.linalg.norm(x, order)


# inputs: {"x": [1.0, 2.0], "order": "fro", "pair": false}
# inputs: {"x": [1.0, 2.0], "order": "nuc", "pair": false}
# inputs: {"x": [[1.0, 2.0]], "order": "max", "pair": false}
# inputs: {"x": [[1.0, 2.0]], "order": "nuc", "pair": false}
# inputs: {"x": [[[1.0, 2.0]]], "order": "fro", "pair": false}
# inputs: {"x": [[1.0, 2.0]], "order": "fro", "pair": true}
# inputs: {"x": [1.0, 2.0], "order": "fro", "pair": true}
# inputs: {"x": [[[1.0, 2.0]], [[3.0, 4.0]]], "order": "nuc", "pair": true}
