import torch


def scatter_reduce_failing(x: torch.Tensor, i: torch.Tensor, how: str, which: int) -> torch.Tensor:
    s = torch.ones(3, 4, dtype=x.dtype)
    if which == 0:
        return x.scatter_reduce(0, i, s, how)
    if which == 1:
        return x.bool().scatter_reduce(0, i, s.bool(), how)
    if which == 2:
        return x.bool().scatter_reduce(0, i[:, :0], s.bool(), how)
    if which == 3:
        return x.scatter_reduce(0, i, s.float(), how)
    if which == 4:
        return x.scatter_reduce(0, i.float(), s, how)
    if which == 5:
        return x.scatter_reduce(0, i.view(4, 1), s, how)
    return x.scatter_reduce(-3, i, s, how)


# inputs: {"x":[[1.5,2,3,4],[5,6,7,8],[0,0,0,0]],"i":[[0,1,2,0]],"how":"add","which":0}
# inputs: {"x":[[1.5,2,3,4],[5,6,7,8],[0,0,0,0]],"i":[[0,9,2,0]],"how":"max_","which":0}
# inputs: {"x":[[1.5,2,3,4],[5,6,7,8],[0,0,0,0]],"i":[[0,9,2,0]],"how":"mean","which":1}
# inputs: {"x":[[1.5,2,3,4],[5,6,7,8],[0,0,0,0]],"i":[[0,1,2,0]],"how":"mean","which":1}
# inputs: {"x":[[1.5,2,3,4],[5,6,7,8],[0,0,0,0]],"i":[[0,1,2,0]],"how":"mean","which":2}
# inputs: {"x":[[1.5,2,3,4],[5,6,7,8],[0,0,0,0]],"i":[[0,1,2,0]],"how":"sum","which":2}
# inputs: {"x":[[1.5,2,3,4],[5,6,7,8],[0,0,0,0]],"i":[[0,1,2,0]],"how":"sum","which":3}
# inputs: {"x":[[1.5,2,3,4],[5,6,7,8],[0,0,0,0]],"i":[[0,1,2,0]],"how":"foo","which":4}
# inputs: {"x":[[1.5,2,3,4],[5,6,7,8],[0,0,0,0]],"i":[[0,1,2,0]],"how":"foo","which":5}
# inputs: {"x":[[1.5,2,3,4],[5,6,7,8],[0,0,0,0]],"i":[[0,3,2,0]],"how":"amax","which":0}
# inputs: {"x":[[1.5,2,3,4],[5,6,7,8],[0,0,0,0]],"i":[[0,-1,2,0]],"how":"amin","which":0}
# inputs: {"x":[[1.5,2,3,4],[5,6,7,8],[0,0,0,0]],"i":[[0,1,2,0]],"how":"prod","which":6}
