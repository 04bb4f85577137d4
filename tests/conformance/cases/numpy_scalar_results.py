import numpy as np


def stats(x: np.ndarray) -> dict[str, float]:
    total = float(x.sum())
    biggest: float = x.max().item()
    count = int(x.size)
    return {"total": total, "max": biggest, "count": float(count), "mean": float(np.mean(x))}


# inputs: {"x": [1.5, 2.5, -4.0]}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]]}
