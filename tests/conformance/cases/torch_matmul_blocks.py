import torch


def torch_blocks(m: int, k: int, n: int) -> list[torch.Tensor]:
    # torch's matmul, bmm and einsum on integer-valued floats (exact whatever the order of
    # the additions), shapes that cross the GEMM's tiles and cache blocks.
    a = (torch.arange(m * k).reshape(m, k) % 7 - 3).float()
    b = (torch.arange(k * n).reshape(k, n) % 5 - 2).float()
    batch = torch.stack([a, a * 2])
    return [
        (a @ b).sum(dim=0),
        (a @ b).sum(dim=1),
        torch.bmm(batch, torch.stack([b, b])).sum(dim=1),
        torch.einsum("ik,kj->ij", a, b).sum(dim=0),
        (a.double() @ b.double()).sum(dim=1),
        (a.long() @ b.long()).sum(dim=0),
        a.t().t() @ b.t().t(),
    ]


# inputs: {"m": 13, "k": 300, "n": 35}
# inputs: {"m": 25, "k": 3, "n": 70}
