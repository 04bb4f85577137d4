import torch


def checks(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    inf = v / 0
    return [torch.isnan(v), torch.isfinite(v), torch.isnan(inf), torch.isfinite(inf), v.isnan()]


# inputs: {"x": [1.0, 0.0, -2.0]}
# inputs: {"x": [[0.0, 3.0]]}
# inputs: {"x": [-0.0]}
