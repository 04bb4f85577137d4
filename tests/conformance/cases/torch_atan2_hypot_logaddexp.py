import torch

# float-tolerance: 1e-6


def binary_transcendental(x: torch.Tensor, y: torch.Tensor) -> tuple[list[torch.Tensor], list[str]]:
    a = torch.where(x == 99, float("nan"), torch.where(x == 98, float("inf"), x))
    b = torch.where(y == 99, float("nan"), torch.where(y == -98, float("-inf"), y))
    i = x.long()
    results = [
        torch.hypot(a, b),
        a.float().hypot(b.float()),
        torch.atan2(a, b),
        torch.arctan2(b.flip(0), a),
        i.atan2(i.int()),
        torch.logaddexp(a, b),
        torch.logaddexp(a, a),
        a.float().logaddexp2(b.float()),
        torch.logaddexp2(b, b),
    ]
    angles = a.clone()
    angles.atan2_(b)
    lengths = a.clone().hypot_(b)
    results = results + [angles, lengths]
    return results, [str(r.dtype) for r in results]


# inputs: {"x": [3.0, -3.0, 0.0, -0.0, 1e200], "y": [4.0, 4.0, -0.0, 0.0, 1e200]}
# inputs: {"x": [99, 98, 0.5, 98, -2.0], "y": [1.0, 2.0, -98, 99, -2.0]}
# inputs: {"x": [[1.0, 2.0], [-5.0, 700.0]], "y": [[0.5], [-800.0]]}
