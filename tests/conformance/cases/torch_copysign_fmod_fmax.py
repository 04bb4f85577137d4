import torch


def binary_exact(x: torch.Tensor, y: torch.Tensor) -> tuple[list[torch.Tensor], list[str]]:
    a = torch.where(x == 99, float("nan"), x)
    b = torch.where(y == 99, float("nan"), y)
    i = x.long()
    j = y.long() + 9
    results = [
        torch.copysign(a, b),
        a.copysign(-1),
        torch.copysign(i, j),
        torch.copysign(i, -2.5),
        torch.fmod(a, b),
        i.fmod(j),
        torch.fmod(i.int(), 3),
        torch.fmod(i, 2.5),
        torch.fmod(a.float(), b.float()),
        torch.fmax(a, b),
        torch.fmin(a, b),
        i.fmax(j),
        torch.fmin(i > 0, j > 5),
        torch.fmax(a.float(), b),
        torch.heaviside(a, b),
        i.heaviside(j),
        torch.heaviside(i > 0, j > 9),
    ]
    copied = a.clone()
    copied.copysign_(b)
    modded = a.clone().fmod_(2.0)
    stepped = a.clone().heaviside_(b)
    results = results + [copied, modded, stepped]
    return results, [str(r.dtype) for r in results]


# inputs: {"x": [7.5, -7.5, 7.0, -7.0, 0.0], "y": [2.0, 2.0, -3.0, -3.0, 5.0]}
# inputs: {"x": [99, 3.0, -0.0, 99, -1.0], "y": [1.0, 0.0, 99, 99, -0.0]}
# inputs: {"x": [[5.0, -4.0], [0.0, 9.0]], "y": [[-2.0], [3.0]]}
