import math

import numpy as np
import torch

# t.shape and t.size() are torch.Size: a tuple of ints everywhere a tuple goes, printed as
# torch.Size([2, 3]). A numpy array's shape stays a plain tuple.


def _dims(x: torch.Tensor) -> tuple[int, ...]:
    return x.shape


def sizes(x: torch.Tensor) -> str:
    shape = x.shape
    rows, cols = x.shape
    lines = [
        str(shape),
        repr(x.size()),
        f"{x.shape} {x.shape[1:]} {x.size()[:1]!r}",
        str([x.shape, x.shape[-1:]]),
        str((rows, cols, x.shape[0], x.shape[-1], len(x.shape), x.size(1))),
        str(x.shape == (rows, cols)) + str(x.shape == x.t().shape) + str(x.shape != (1,)),
        str(3 in x.shape) + str(tuple(x.shape)) + str(list(x.size())),
        str([d * 2 for d in x.shape]) + str(math.prod(x.shape)) + str(max(x.shape)),
        str(x.reshape(x.shape).shape) + str(torch.zeros(x.shape).sum()),
        str(x.view(x.t().shape)),
        str(x.unsqueeze(0).expand(2, rows, cols).shape),
        str(np.zeros(x.numpy().shape).shape) + str(x.numpy().shape),
        str(_dims(x)) + str({x.shape: "shape"}),
    ]
    return "\n".join(lines)


# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"x": [[0.5], [1.5], [2.5]]}
