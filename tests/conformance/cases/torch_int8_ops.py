import torch


# torch ops over int8: reductions, sorting, selection and printing of a matrix.
def torch_int8_ops(x: torch.Tensor) -> list[str]:
    a = x.to(torch.int8)
    m = a.reshape(2, 3)
    return [
        repr(m),
        repr(m.sum(dim=0)),
        repr(m.max()),
        repr(torch.argmax(a)),
        repr(torch.topk(a, 2).values),
        repr(torch.where(a > 0, a, torch.zeros_like(a))),
        repr(torch.cat([a, a])),
        repr(torch.clamp(a, -10, 10)),
        repr(a.abs()),
        repr(a.float().mean()),
        repr(torch.tensor([1, -2], dtype=torch.int8)),
    ]


# inputs: {"x": [3, -128, 127, 0, -7, 12]}
