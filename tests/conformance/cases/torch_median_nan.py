import torch


def stats(x: torch.Tensor) -> list[torch.Tensor]:
    y = torch.where(x < 0, float("nan"), x)
    values, indices = torch.median(y, 1)
    return [torch.median(y), values, indices, torch.quantile(y, 0.5, dim=1), torch.quantile(y, 0.2)]


# inputs: {"x": [[1.0, -1.0, 2.0, -3.0], [3.0, 4.0, 5.0, 6.0]]}
