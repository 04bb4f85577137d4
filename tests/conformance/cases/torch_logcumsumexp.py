import torch


def log_running(x: torch.Tensor) -> list[torch.Tensor]:
    f = x.float()
    infinite = f.masked_fill(f > 5, float("inf")).masked_fill(f < -5, float("-inf"))
    return [
        torch.logcumsumexp(f, 1),
        f.logcumsumexp(dim=0),
        x.logcumsumexp(-1),
        f.t().logcumsumexp(1),
        f.half().logcumsumexp(1),
        infinite.logcumsumexp(1),
        f[0, 0].logcumsumexp(0),
        f[:, :0].logcumsumexp(1),
    ]


# inputs: {"x": [[0.5, -1.25, 3.0, 20.0], [100.0, 99.5, -7.0, 6.0]]}
# inputs: {"x": [[-6.0, -6.0, 1.0], [6.0, 7.0, 0.0]]}
