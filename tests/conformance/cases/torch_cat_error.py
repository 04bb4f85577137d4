import torch


def joined_rows(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return torch.cat([a, b], dim=0)


# inputs: {"a": [[1, 2]], "b": [[3, 4], [5, 6]]}
# inputs: {"a": [[1, 2]], "b": [[3, 4, 5]]}
# inputs: {"a": [[1, 2]], "b": [3, 4]}
