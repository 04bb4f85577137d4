import torch


def scatter_added(x: torch.Tensor, i: torch.Tensor, s: torch.Tensor) -> list[torch.Tensor]:
    f = x.float()
    sf = s.float()
    y = f.clone()
    y.scatter_add_(1, i, sf)
    return [
        torch.scatter_add(f, 1, i, sf),
        f.scatter_add(-1, i, sf),
        x.scatter_add(1, i, s),
        x.long().scatter_add(1, i, s.long()),
        x.bool().scatter_add(1, i, s.bool()),
        x.half().scatter_add(1, i, s.half()),
        y,
        f.t().scatter_add(0, i.t(), sf.t()),
        f.scatter_add(1, i[:, :0], sf),
        f[:, ::2].scatter_add(1, i[:, 1:] * 0, sf[:, ::2]),
    ]


# inputs: {"x":[[0.1,0,3],[1e8,2.5,-1]],"i":[[0,0,0],[1,0,1]],"s":[[0.2,0.3,1e-3],[1,3e-8,-1e8]]}
# inputs: {"x":[[1.0,2],[3,4]],"i":[[1,1,1],[0,0,1]],"s":[[0.7,-0.1,1e-7],[0.3,1e20,-1e20]]}
