import torch


def where_set(x: torch.Tensor) -> list[torch.Tensor]:
    return [
        torch.nonzero(x),
        x.nonzero(),
        torch.nonzero(x > 2),
        torch.count_nonzero(x),
        torch.count_nonzero(x, dim=0),
        x.count_nonzero(dim=-1),
        torch.count_nonzero(x, dim=(0, 1)),
    ]


# inputs: {"x": [[0, 3, 0], [1, 0, 5]]}
# inputs: {"x": [[0.0, -0.0, 0.5], [0.0, 0.0, 0.0]]}
