import torch


def sum_types(x: torch.Tensor) -> list[str]:
    positives: int = (x > 0).sum().item()
    return [
        str(x.sum().dtype),
        str(x.int().sum().dtype),
        str((x > 0).sum().dtype),
        str(x.float().sum().dtype),
        str(x.int().prod().dtype),
        str(positives),
        str(x.int().cumsum(0).dtype),
    ]


# inputs: {"x": [1, -2, 3]}
# inputs: {"x": [[0, 1], [2, 3]]}
# inputs: {"x": [5]}
