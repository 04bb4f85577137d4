import torch


def likes(x: torch.Tensor) -> list[torch.Tensor]:
    return [torch.zeros_like(x), torch.ones_like(x), torch.ones_like(x.float()) + x]


# inputs: {"x": [1, 2, 3]}
# inputs: {"x": [[1.5], [2.5]]}
# inputs: {"x": [[true, false]]}
