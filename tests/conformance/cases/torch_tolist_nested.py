import torch


def nested(x: torch.Tensor) -> list[list[float]]:
    rows: list[list[float]] = (x.float() * 0.5).tolist()
    return rows


# inputs: {"x": [[1, 2], [3, 4]]}
# inputs: {"x": [[-1.5, 0.25, 8]]}
# inputs: {"x": [[0], [1], [2]]}
