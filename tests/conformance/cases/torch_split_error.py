import torch


def split_sizes(x: torch.Tensor, a: int, b: int) -> list[torch.Tensor]:
    return list(x.split([a, b]))


# inputs: {"x": [1, 2, 3, 4], "a": 1, "b": 3}
# inputs: {"x": [1, 2, 3, 4], "a": 2, "b": 3}
