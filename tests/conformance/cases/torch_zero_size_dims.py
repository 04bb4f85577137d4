import torch


def zero_sized(x: torch.Tensor) -> tuple[list[float], list[int]]:
    e = x[:, :0]
    sums: list[float] = e.float().sum(1).tolist()
    sizes = [
        e.shape[0],
        e.shape[1],
        e.numel(),
        x[2:].shape[0],
        x[2:].numel(),
        e.unsqueeze(0).dim(),
        torch.zeros(0).numel(),
        e.t().shape[0],
    ]
    return sums, sizes


# inputs: {"x": [[1, 2], [3, 4]]}
# inputs: {"x": [[1.5, 2.5, 3.5]]}
