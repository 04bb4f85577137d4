import numpy as np


def show(x: np.ndarray) -> list[str]:
    out: list[str] = []
    for dtype in [np.float64, np.float32, np.float16, np.int32, np.int64, np.uint8]:
        v = x.astype(dtype)
        out.append(f"{v.sum()} {v.max()} {v[0]} {v.mean()}")
        out.append(f"{v.min():.2f}|{v.max():>8}|{v[-1]!r}")
    return out


# inputs: {"x": [0.1, 2.5, 3.75]}
# inputs: {"x": [1.0, 100.0, 255.0]}
# inputs: {"x": [1e-5, 12.0]}
