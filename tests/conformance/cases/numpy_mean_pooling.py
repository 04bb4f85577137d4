import numpy as np

# float-tolerance: 1e-6


def mean_pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    # Sentence-transformers' mean pooling: masked sum over tokens / token count.
    h = hidden.astype(np.float32)
    m = mask.astype(np.float32)
    summed = (h * m[..., None]).sum(1)
    counts = np.clip(m.sum(1, keepdims=True), 1e-9, None)
    return summed / counts


# inputs: {"hidden": [[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]], "mask": [[1, 1, 0]]}
# inputs: {"hidden": [[[0.5, -1.5], [2.25, 4]], [[1, 1], [3, -7.0]]], "mask": [[1, 0], [1, 1]]}
# inputs: {"hidden": [[[0.5, -1.5], [2.25, 4.0]]], "mask": [[0, 0]]}
