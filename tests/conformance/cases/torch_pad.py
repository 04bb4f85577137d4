import torch
import torch.nn.functional as F


def padded(t: torch.Tensor, n: int) -> list[torch.Tensor]:
    return [
        F.pad(t, (n, 1)),
        F.pad(t, [0, n], value=7),
        F.pad(t, (1, 1), "constant", 2.5),
        F.pad(t, (-1, n)),
        F.pad(t.float(), (n, n), mode="constant", value=-1.5),
        F.pad(t.to(torch.int32), (0, n), value=-3),
        F.pad(t.to(torch.uint8), (n, 0), value=255.9),
        F.pad(t > 1, (n, 1)),
        F.pad(t > 1, (n, 1), value=2),
        F.pad(t.half(), (1, n), value=float("inf")),
        F.pad(t.to(torch.bfloat16), (1, n), value=0.1),
        F.pad(t.double(), (1, n), value=float("nan")),
        torch.nn.functional.pad(t, (n, n)),
    ]


# inputs: {"t": [1, 2, 3], "n": 2}
# inputs: {"t": [1.5, -2.0], "n": 0}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "n": 1}
# inputs: {"t": [[[1, 2], [3, 4]], [[5, 6], [7, 8]]], "n": 3}
# inputs: {"t": [], "n": 2}
# inputs: {"t": [[], []], "n": 1}
