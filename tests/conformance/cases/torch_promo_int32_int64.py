import torch


def widths(x: torch.Tensor) -> list[str]:
    i32 = x.int()
    return [
        str((i32 + x).dtype),
        str((i32 * i32).dtype),
        str((i32 + torch.tensor(5)).dtype),
        str((i32 + x.float()).dtype),
        str((i32 + True).dtype),
        str((x.float() + x.double()).dtype),
        str((x.float() + torch.tensor(2.0, dtype=torch.float64)).dtype),
    ]


# inputs: {"x": [1, 2]}
# inputs: {"x": [[7]]}
