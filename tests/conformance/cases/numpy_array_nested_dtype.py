import numpy as np


def built(rows: list[list[float]]) -> list[np.ndarray]:
    a = np.array(rows)
    return [
        a,
        np.array(rows, dtype=np.float32),
        np.array(rows, dtype=np.int32),
        np.asarray(a),
        np.array(a, dtype=np.int64),
        np.array(a.T),
        np.asarray(rows, dtype=np.uint8),
    ]


# inputs: {"rows": [[1.0, 2.5], [3.0, 4.9]]}
# inputs: {"rows": [[0.0]]}
# inputs: {"rows": [[], []]}
