import numpy as np


def interpolate(x: np.ndarray, xp: list[float], fp: list[float]) -> list[np.ndarray]:
    out = [np.interp(x, xp, fp), np.interp(x, xp, fp, left=-1.0, right=99)]
    out.append(np.interp(x.reshape(-1, 1), np.array(xp), np.array(fp, dtype=np.float32)))
    out.append(np.interp(x.astype(np.float32), xp, fp))
    out.append(np.interp(2.5, xp, fp))
    out.append(np.interp([0, 1.5, 1e9], xp[:1], fp[:1]))
    out.append(np.interp(x, [1, 2, 2, 3], [10, 20, 30, 40]))
    out.append(np.interp(x, [0, 1, 4], [0, np.inf, 4]))
    out.append(np.interp(x[:0], xp, fp))
    return out


# inputs: {"x": [-1.0, 0.0, 0.5, 1.0, 2.0, 2.5], "xp": [0, 1, 2, 4], "fp": [0, 10, 5, -5]}
# inputs: {"x": [3.999, 4.0, 10.0, NaN], "xp": [0, 1, 2, 4], "fp": [0, 10, 5, -5]}
# inputs: {"x": [1.0, 2.0, 3.0], "xp": [1.5], "fp": [7.0]}
