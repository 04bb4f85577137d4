import numpy as np
import torch


def from_np(x: np.ndarray) -> list[str]:
    a = torch.from_numpy(x)
    b = torch.from_numpy(x.astype(np.float32))
    c = torch.from_numpy(x.astype(np.int32))
    return [str(a.dtype), str(b.dtype), str(c.dtype), str((b + c).dtype), str((a + b).dtype)]


# inputs: {"x": [1, 2, 3]}
# inputs: {"x": [1.5, -2.0]}
# inputs: {"x": [[1, 0], [0, 1]]}
