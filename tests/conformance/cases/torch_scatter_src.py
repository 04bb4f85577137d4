import torch


def scattered(x: torch.Tensor, idx: torch.Tensor, src: torch.Tensor) -> list[torch.Tensor]:
    y = x.clone()
    returned = y.scatter_(0, idx, src)
    return [
        torch.scatter(x, 0, idx, src),
        x.scatter(-2, idx, src),
        x.float().scatter(0, idx, src.float()),
        y,
        returned,
        x.t().scatter(1, idx.t(), src.t()),
        x.scatter(1, idx[:, :1], src[:, 1:]),
        x.scatter(1, idx[:, ::2], src[:, 1:]),
        x.scatter(0, idx[:0], src),
    ]


# inputs: {"x":[[0,0,0,0],[9,9,9,9],[0,0,0,0]],"idx":[[0,1,2,0]],"src":[[1,2,3,4]]}
# inputs: {"x":[[1,2,3],[4,5,6]],"idx":[[1,0,1],[0,1,0]],"src":[[7,8,9],[3,2,1]]}
