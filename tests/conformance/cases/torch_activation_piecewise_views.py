import torch
import torch.nn.functional as F

# The piecewise activations on transposed views, empty tensors, integer relu6 and inplace=True.


def views(x: torch.Tensor) -> list[torch.Tensor]:
    t = x.float().t()
    kept = x.float().clone()
    back = F.relu6(kept, inplace=True)
    slopes = x.double().clone()
    F.leaky_relu(slopes, 0.5, inplace=True)
    underscored = x.float().clone()
    same = F.leaky_relu_(underscored, 0.25)
    return [
        F.hardswish(t),
        F.hardsigmoid(t),
        F.relu6(t),
        F.leaky_relu(t, 0.1),
        F.relu6(x.long()),
        F.relu6(x.int().t()),
        F.relu6(x.to(torch.int8)),
        F.relu6(x.to(torch.uint8)),
        kept,
        back,
        slopes,
        underscored,
        same,
        F.hardswish(torch.zeros(0, 3)),
        F.relu6(torch.zeros(2, 0).long()),
    ]


# inputs: {"x": [[-5, -1, 0], [2, 6, 9]]}
# inputs: {"x": [[3, 7], [-2, 4], [1, -8]]}
