import torch


def scatter_reduced(
    x: torch.Tensor, i: torch.Tensor, s: torch.Tensor, h: str
) -> list[torch.Tensor]:
    f = x.float()
    sf = s.float()
    y = f.clone()
    y.scatter_reduce_(0, i, sf, h)
    with_nan = sf.masked_fill(sf > 6, float("nan"))
    return [
        f.scatter_reduce(0, i, sf, h),
        f.scatter_reduce(0, i, sf, h, include_self=False),
        torch.scatter_reduce(f, -2, i, sf, reduce=h),
        x.scatter_reduce(0, i, s, h),
        x.scatter_reduce(0, i, s, h, include_self=False),
        x.double().scatter_reduce(0, i, s.double(), h, include_self=False),
        x.to(torch.uint8).scatter_reduce(0, i, s.to(torch.uint8), h),
        y,
        f.t().scatter_reduce(1, i.t(), sf.t(), h),
        f.scatter_reduce(0, i, with_nan, h),
        f.scatter_reduce(0, i[:0], sf, h),
        (f / 3).half().scatter_reduce(0, i, (sf / 7).half(), h),
    ]


# inputs: {"x":[[1,-2,3],[4,5,-6]],"i":[[0,0,1],[0,1,1]],"s":[[2,3,-4],[5,7,1]],"h":"sum"}
# inputs: {"x":[[1,-2,3],[4,5,-6]],"i":[[0,0,1],[0,1,1]],"s":[[2,3,-4],[5,7,1]],"h":"prod"}
# inputs: {"x":[[1,-2,3],[4,5,-6]],"i":[[0,0,1],[0,1,1]],"s":[[2,3,-4],[5,7,1]],"h":"mean"}
# inputs: {"x":[[1,-2,3],[4,5,-6]],"i":[[0,0,1],[0,1,1]],"s":[[2,3,-4],[5,7,1]],"h":"amax"}
# inputs: {"x":[[1,-2,3],[4,5,-6]],"i":[[0,0,1],[0,1,1]],"s":[[2,3,-4],[5,7,1]],"h":"amin"}
# inputs: {"x":[[1,-2,3],[4,5,-6]],"i":[[1,1,1],[1,1,1]],"s":[[-3,3,-4],[-5,8,1]],"h":"sum"}
# inputs: {"x":[[1,-2,3],[4,5,-6]],"i":[[1,1,1],[1,1,1]],"s":[[-3,3,-4],[-5,8,1]],"h":"prod"}
# inputs: {"x":[[1,-2,3],[4,5,-6]],"i":[[1,1,1],[1,1,1]],"s":[[-3,3,-4],[-5,8,1]],"h":"mean"}
# inputs: {"x":[[1,-2,3],[4,5,-6]],"i":[[1,1,1],[1,1,1]],"s":[[-3,3,-4],[-5,8,1]],"h":"amax"}
# inputs: {"x":[[1,-2,3],[4,5,-6]],"i":[[1,1,1],[1,1,1]],"s":[[-3,3,-4],[-5,8,1]],"h":"amin"}
# inputs: {"x":[[1,-2,3],[4,5,-6]],"i":[[1,1,1],[1,1,1]],"s":[[-3,3,-4],[-5,8,1]],"h":"max"}
# inputs: {"x":[[1,-2,3],[4,5,-6]],"i":[[1,1,1],[1,1,1]],"s":[[-3,3,-4],[-5,8,1]],"h":"min"}
