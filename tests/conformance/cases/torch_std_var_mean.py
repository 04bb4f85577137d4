import torch


def spread_and_mean(x: torch.Tensor) -> list[tuple[torch.Tensor, torch.Tensor]]:
    f = x.float()
    return [
        torch.std_mean(f),
        torch.var_mean(f),
        torch.std_mean(f, 1),
        torch.var_mean(f, dim=0, correction=0),
        torch.std_mean(f, -1, keepdim=True),
        torch.var_mean(x.double(), 1, False),
        torch.std_mean(f.t(), 0, correction=2),
        torch.var_mean(f[:, :1], 1),
    ]


# float-tolerance: 1e-6
# inputs: {"x": [[1.5, 2.25, -3.0, 4.0], [10.0, 0.125, 7.5, -2.0]]}
# inputs: {"x": [[0.1, 0.2, 0.3], [1e6, 1e-6, 3.0]]}
