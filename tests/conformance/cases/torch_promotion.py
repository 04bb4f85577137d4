import torch


def dtypes(x: torch.Tensor) -> list[str]:
    i = x.long()
    f = x.float()
    return [
        str(i.dtype),
        str(f.dtype),
        str((i * 2.5).dtype),
        str((i / 2).dtype),
        str((f + x.double()).dtype),
        str((i + x.int()).dtype),
        str((f > 1).dtype),
        str(torch.tensor([1.5, 2.0]).dtype),
        str(torch.tensor([1, 2]).dtype),
        str(torch.arange(3).dtype),
        str(torch.arange(3.0).dtype),
        str(torch.zeros(2, 3).dtype),
        str(x.to(torch.float16).dtype),
    ]


# inputs: {"x": [1, 2, 3]}
