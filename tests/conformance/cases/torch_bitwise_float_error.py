import torch


# torch has no bitwise ops on floating tensors: its RuntimeError names the kernel.
def refused(case: int) -> torch.Tensor:
    x = torch.tensor([1.5, 2.0])
    if case == 0:
        return torch.bitwise_and(x, x)
    if case == 1:
        return x.bitwise_not()
    return torch.bitwise_or(torch.tensor([1, 2]), x)


# inputs: {"case": 0}
# inputs: {"case": 1}
# inputs: {"case": 2}
