import numpy as np


def modes(x: np.ndarray, before: int, after: int) -> list[np.ndarray]:
    out = []
    for mode in ["edge", "reflect", "symmetric", "wrap", "constant"]:
        out.append(np.pad(x, (before, after), mode=mode))
        out.append(np.pad(x.astype(np.float32), before, mode))
        out.append(np.pad(x > 2, (after, before), mode=mode))
        out.append(np.pad(x.astype(np.float16), (0, after), mode=mode))
    return out


# inputs: {"x": [1, 2, 3, 4], "before": 2, "after": 1}
# inputs: {"x": [1, 2, 3], "before": 7, "after": 10}
# inputs: {"x": [5], "before": 3, "after": 2}
# inputs: {"x": [1, 2], "before": 0, "after": 0}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "before": 4, "after": 5}
# inputs: {"x": [[[1, 2], [3, 4]], [[5, 6], [7, 8]]], "before": 3, "after": 1}
# inputs: {"x": [[], []], "before": 0, "after": 0}
