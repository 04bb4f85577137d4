import torch


def convert(x: torch.Tensor) -> list[torch.Tensor]:
    return [
        x.to(torch.int32),
        x.to(torch.float32),
        x.to(torch.int64) * 3,
        x.to(torch.bool),
        x.to(torch.float64) / 4,
    ]


# inputs: {"x": [1.7, -2.7, 0.0, 3.2]}
# inputs: {"x": [[0.5, 1.5], [-0.5, 9.99]]}
# inputs: {"x": [100.0]}
