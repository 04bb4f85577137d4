import torch
import torch.nn.functional as F


def padded(t: torch.Tensor, a: int, b: int) -> list[torch.Tensor]:
    return [
        F.pad(t, (a, b, b, a)),
        F.pad(t, (0, 0, a, b), value=1.0),
        F.pad(t, [a, 0, 0, b], mode="constant", value=-2),
        F.pad(t, (-1, a, 0, -1)),
        F.pad(t, (a, b, -1, 0, 1, 1)),
    ]


# inputs: {"t": [[[1, 2, 3], [4, 5, 6]]], "a": 1, "b": 2}
# inputs: {"t": [[[1.5, 2.5], [3.5, 4.5], [5.5, 6.5]]], "a": 0, "b": 3}
# inputs: {"t": [[[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [1, 2, 3]]], "a": 2, "b": 0}
