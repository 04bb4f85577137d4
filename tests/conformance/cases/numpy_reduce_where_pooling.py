import numpy as np


# Mean pooling over a padded batch, the way numpy code writes it with where=: the mask's
# trailing axis of 1 broadcasts over the hidden size.
def pooled(hidden: list[float], attention: list[list[int]]) -> np.ndarray:
    mask = np.array(attention).astype(bool)[:, :, None]
    states = np.array(hidden, dtype=np.float32).reshape(mask.shape[0], mask.shape[1], -1)
    return np.mean(states, axis=1, where=mask)


# inputs: {"hidden": [1, 2, 3, 4, 9, 9, 0.5, -1, 7, 7, 7, 7], "attention": [[1, 1, 0], [1, 0, 0]]}
# inputs: {"hidden": [0.25, 1e-3, 3, -4, 1e6, 2], "attention": [[1, 1, 1], [0, 0, 1]]}
# float-tolerance: 1e-6
