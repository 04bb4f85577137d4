import torch


def kth(x: torch.Tensor, k: int) -> list[torch.Tensor]:
    f = x.float()
    r = torch.kthvalue(f, k)
    values, indices = f.kthvalue(k, 0)
    kept = x.kthvalue(k, dim=-1, keepdim=True)
    t = f.t().kthvalue(k, 0)
    return [r.values, r.indices, values, indices, kept[0], kept[1], t.values, t.indices]


# inputs: {"x": [[3, 1, 2], [0, 7, -1]], "k": 1}
# inputs: {"x": [[3, 1, 2], [0, 7, -1]], "k": 2}
# inputs: {"x": [[3, 1, 2], [0, 7, -1], [5, 4, 9]], "k": 3}
# inputs: {"x": [[3, 1, 2], [0, 7, -1]], "k": 4}
# inputs: {"x": [[3, 1, 2], [0, 7, -1]], "k": 0}
