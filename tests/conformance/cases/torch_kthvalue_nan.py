import torch


def kth_nan(x: torch.Tensor, k: int) -> str:
    f = x.masked_fill(x > 8, float("nan"))
    return str(torch.kthvalue(f, k)) + str(f[0, 0].kthvalue(1)) + str(torch.kthvalue(f, k, 0))


# inputs: {"x": [[3.5, 9, 2], [0, 7, -1], [4, 9, 1]], "k": 1}
# inputs: {"x": [[3.5, 9, 2], [0, 7, -1], [4, 9, 1]], "k": 3}
