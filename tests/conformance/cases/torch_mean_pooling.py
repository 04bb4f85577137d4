import torch

# float-tolerance: 1e-6


def mean_pool(hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    h = hidden.float()
    m = mask.unsqueeze(-1).expand(h.size(0), h.size(1), h.size(2)).float()
    return torch.sum(h * m, 1) / torch.clamp(m.sum(1), min=1e-9)


# inputs: {"hidden": [[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]], "mask": [[1, 1, 0]]}
# inputs: {"hidden": [[[0.5, -1.5], [2.25, 4]], [[1, 1], [3, -7.0]]], "mask": [[1, 0], [1, 1]]}
