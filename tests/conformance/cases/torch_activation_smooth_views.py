import torch
import torch.nn.functional as F

# float-tolerance: 1e-6
# The smooth activations on a transposed view and a broadcast-free empty tensor, and
# inplace=True writing into its input (the tolerance: see torch_activation_smooth.py).


def smooth_views(x: torch.Tensor) -> list[torch.Tensor]:
    t = x.float().t()
    kept = x.float().clone()
    back = F.silu(kept, inplace=True)
    elus = x.float().clone()
    F.elu(elus, 0.5, True)
    underscored = x.float().clone()
    F.elu_(underscored)
    return [
        F.silu(t),
        F.mish(t),
        F.softplus(t),
        F.elu(t),
        F.logsigmoid(t),
        kept,
        back,
        elus,
        underscored,
        F.silu(torch.zeros(0, 2)),
        F.mish(F.silu(x.float())),
    ]


# inputs: {"x": [[-3.5, -1.0, 0.0], [0.5, 2.0, 8.0]]}
