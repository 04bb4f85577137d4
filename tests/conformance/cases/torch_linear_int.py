import torch
import torch.nn.functional as F

# F.linear of integer tensors: exact sums in int64 / int32, the bias 1-D or broadcast.


def linear_int(x: torch.Tensor, w: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    batch = torch.stack([x, x * 3])
    return [
        F.linear(x, w),
        F.linear(x, w, b),
        F.linear(batch, w, b),
        F.linear(x.int(), w.int(), b.int()),
        F.linear(x[0], w, b),
    ]


# inputs: {"x": [[1, -2, 5], [3, 0, -1]], "w": [[2, 1, -1], [0, 4, 7]], "b": [10, -20]}
