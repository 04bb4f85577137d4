import torch


def mixed(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return a @ b.float()


# inputs: {"a": [[1.0, 2.0]], "b": [[1], [2]]}
# inputs: {"a": [[1, 2]], "b": [[1], [2]]}
