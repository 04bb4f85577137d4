import torch


def index_added(x: torch.Tensor, i: torch.Tensor, s: torch.Tensor) -> list[torch.Tensor]:
    f = x.float()
    sf = s.float()
    y = f.clone()
    returned = y.index_add_(0, i, sf, alpha=2)
    return [
        f.index_add(0, i, sf),
        torch.index_add(f, -2, i, sf),
        f.index_add(0, i, sf, alpha=-0.5),
        x.index_add(0, i, s, alpha=3),
        x.index_add(0, i, s, alpha=2.5),
        x.index_add(0, i.int(), s),
        x.bool().index_add(0, i, s.bool()),
        y,
        returned,
        f.t().index_add(1, i, sf.t()),
        f.index_add(1, i[:1], f[:, :1] * 2),
        f.index_add(0, i[:0], sf[:0]),
        x.bfloat16().index_add(0, i, s.bfloat16()),
        x[0].half().index_add(0, i * 0, s[:, 0].half()),
    ]


# inputs: {"x":[[0.1,0,3],[1e8,2.5,-1],[1,2,3]],"i":[2,0,2],"s":[[1,2,3],[4,5,6],[0.2,3e-8,-1e8]]}
# inputs: {"x": [[1, 2, 3]], "i": [0, 0], "s": [[1, 2, 3], [4, 5, 6]]}
