import torch
import torch.nn.functional as F


# The regression losses under each reduction, beta / delta included.
def losses(x: list[list[float]], y: list[list[float]]) -> list[torch.Tensor]:
    a = torch.tensor(x)
    b = torch.tensor(y)
    out = []
    for reduction in ["none", "mean", "sum"]:
        out.append(F.mse_loss(a, b, reduction=reduction))
        out.append(F.l1_loss(a, b, reduction=reduction))
        out.append(F.smooth_l1_loss(a, b, reduction=reduction))
        out.append(F.huber_loss(a, b, reduction=reduction, delta=0.5))
    out.append(F.smooth_l1_loss(a, b, beta=0.25))
    out.append(F.smooth_l1_loss(a, b, beta=0.0))
    out.append(F.huber_loss(a, b, delta=3.0))
    out.append(F.mse_loss(a.double(), b.double()))
    return out


# inputs: {"x": [[1.5, -2.0, 0.25], [3.0, 0.0, -0.75]], "y": [[1.0, 2.0, 0.0], [3.5, 0.1, 2.0]]}
# inputs: {"x": [[0.0]], "y": [[0.0]]}
# inputs: {"x": [[1e3, -1e3]], "y": [[-1e3, 1e-3]]}
# float-tolerance: 1e-6
