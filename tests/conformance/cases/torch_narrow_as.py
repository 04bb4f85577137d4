import torch

# t.narrow / torch.narrow (a view: writes reach the base), t.expand_as, t.view_as, t.type_as.


def shaped(x: torch.Tensor) -> list[torch.Tensor]:
    base = x.float().clone()
    part = base.narrow(1, 1, 2)
    part += 100.0
    return [
        x.narrow(0, 1, 1),
        torch.narrow(x, 1, 0, 2),
        x.narrow(-1, -2, 2),
        x.narrow(1, x.shape[1], 0),
        x.t().narrow(0, 1, 2),
        base,
        x[0].expand_as(x),
        x[:, :1].expand_as(x),
        x.expand_as(torch.zeros(2, x.shape[0], x.shape[1])),
        x.view_as(torch.zeros(x.shape[1], x.shape[0])),
        x.view_as(torch.zeros(x.numel())),
        x.type_as(torch.zeros(1)),
        x.float().type_as(torch.zeros(1).long()),
        x.type_as(torch.zeros(1).half()),
    ]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"x": [[7, -8, 9, 10], [0, 1, 2, 3], [5, 5, 5, 5]]}
