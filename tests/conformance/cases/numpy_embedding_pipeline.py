import numpy as np


def embed(hidden: np.ndarray, mask: np.ndarray, dims: int) -> list[list[float]]:
    # Mean pooling, Matryoshka truncation, L2 normalization: what an embedding endpoint does.
    h = hidden.astype(np.float32)
    m = mask.astype(np.float32)[:, :, None]
    pooled = (h * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
    cut = pooled[:, :dims]
    unit = cut / np.linalg.norm(cut, axis=-1, keepdims=True)
    out: list[list[float]] = unit.tolist()
    return out


# inputs: {"hidden": [[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], [[0.5, 0.5, 0.5], [9.0, 9.0, 9.0]]], "mask": [[1, 1], [1, 0]], "dims": 2}
# inputs: {"hidden": [[[0.1, -0.2, 0.3]]], "mask": [[1]], "dims": 3}
