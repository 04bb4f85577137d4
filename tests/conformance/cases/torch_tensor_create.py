import torch


def create(values: list[float]) -> list[torch.Tensor]:
    return [
        torch.tensor(values),
        torch.tensor(values, dtype=torch.float64),
        torch.tensor(values, dtype=torch.int64),
        torch.tensor([[v, -v] for v in values]),
    ]


# inputs: {"values": [1.5, -2.25, 3.0]}
# inputs: {"values": [0.0]}
# inputs: {"values": [-0.5, 7.75, 1e10, -3.9]}
