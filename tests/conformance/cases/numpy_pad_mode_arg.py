import numpy as np


def padded(x: np.ndarray, widths: np.ndarray, mode: str) -> np.ndarray:
    # The mode and the widths known only at run time.
    return np.pad(x, widths, mode=mode)


# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "widths": [[1, 2], [3, 0]], "mode": "reflect"}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "widths": [1, 2], "mode": "symmetric"}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "widths": [4], "mode": "wrap"}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "widths": [[1], [2]], "mode": "edge"}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "widths": [[1, 2, 3]], "mode": "edge"}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "widths": [1.0, 2.0], "mode": "constant"}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "widths": [true, false], "mode": "constant"}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "widths": [], "mode": "constant"}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "widths": [[[1]]], "mode": "constant"}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "widths": [1, 1], "mode": "Reflect"}
