import numpy as np

# float-tolerance: 1e-6


def embed(h0: np.ndarray, m: np.ndarray, dims: int) -> list[list[float]]:
    # Mean pooling, Matryoshka truncation, L2 normalization: what an embedding endpoint does.
    h = h0.astype(np.float32)
    mask = m.astype(np.float32)[:, :, None]
    pooled = (h * mask).sum(axis=1) / np.clip(mask.sum(axis=1), 1e-9, None)
    cut = pooled[:, :dims]
    unit = cut / np.linalg.norm(cut, axis=-1, keepdims=True)
    out: list[list[float]] = unit.tolist()
    return out


# inputs: {"h0": [[[1, 2, 3], [4, 5, 6]], [[5, 0, 1], [9, 9, 9]]], "m": [[1, 1], [1, 0]], "dims": 2}
# inputs: {"h0": [[[0.1, -0.2, 0.3]]], "m": [[1]], "dims": 3}
