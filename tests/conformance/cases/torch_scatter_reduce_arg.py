import torch


def scatter_combined(
    x: torch.Tensor, i: torch.Tensor, s: torch.Tensor, how: str
) -> list[torch.Tensor]:
    f = x.float()
    sf = s.float()
    y = f.clone()
    y.scatter_(0, i, sf, reduce=how)
    return [
        f.scatter(0, i, sf, reduce=how),
        torch.scatter(x, -2, i, s, reduce=how),
        f.scatter(0, i, 1.5, reduce=how),
        x.scatter(0, i, 3, reduce=how),
        (f / 3).half().scatter(0, i, (sf / 7).half(), reduce=how),
        y,
    ]


# inputs: {"x":[[2,2,2],[2,2,2]],"i":[[0,1,1],[0,0,0]],"s":[[1,2,3],[5,6,7]],"how":"add"}
# inputs: {"x":[[2,2,2],[2,2,2]],"i":[[0,1,1],[0,0,0]],"s":[[1,2,3],[5,6,7]],"how":"multiply"}
# inputs: {"x":[[2,2,2],[2,2,2]],"i":[[0,1,1],[0,0,0]],"s":[[1,2,3],[5,6,7]],"how":"sum"}
# inputs: {"x":[[2,2,2],[2,2,2]],"i":[[0,1,1],[0,0,0]],"s":[[1,2,3],[5,6,7]],"how":"mean"}
# inputs: {"x":[[2,2,2],[2,2,2]],"i":[[0,1,2],[0,0,0]],"s":[[1,2,3],[5,6,7]],"how":"add"}
