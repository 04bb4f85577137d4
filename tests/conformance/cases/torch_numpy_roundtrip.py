import numpy as np
import torch


def roundtrip(x: np.ndarray) -> np.ndarray:
    t = torch.from_numpy(x.astype(np.float32))
    t = t * 2 + 1
    return t.numpy()


# inputs: {"x": [[1.0, 2.0], [3.5, -4.0]]}
