import numpy as np
import torch

# Python's classes as dtypes: float is float64, int is int64, bool is bool, in numpy's
# and torch's creation functions and conversions.


def classes(n: int) -> str:
    lines = [
        repr(np.ones((n, n), dtype=bool)),
        repr(np.zeros(n, dtype=int)),
        repr(np.full(n, 2, dtype=float)),
        repr(np.arange(n, dtype=float)),
        repr(np.array([1, 2], dtype=float)),
        repr(np.ones(n).astype(int)),
        str(torch.zeros(n, dtype=float)),
        str(torch.ones(n, dtype=bool)),
        str(torch.tensor([1.5], dtype=int)),
        str(torch.arange(n).to(float)),
        repr(np.zeros(n, dtype=np.float32)),
    ]
    return "\n".join(lines)


# inputs: {"n": 2}
# inputs: {"n": 0}
