import torch


def positions(t: torch.Tensor) -> list[tuple[torch.Tensor, ...]]:
    return [
        torch.nonzero(t, as_tuple=True),
        t.nonzero(as_tuple=True),
        torch.where(t),
        torch.where(t > 1),
        torch.nonzero(t.sum(), as_tuple=True),
        torch.where(t.sum() > 100),
        (torch.nonzero(t, as_tuple=False),),
    ]


# inputs: {"t": [[0, 1, 2], [3, 0, 0]]}
# inputs: {"t": [0.0, 1.5, 0.0, -2.0]}
# inputs: {"t": [[[true, false], [false, true]]]}
# inputs: {"t": []}
# inputs: {"t": [[0, 0], [0, 0]]}
