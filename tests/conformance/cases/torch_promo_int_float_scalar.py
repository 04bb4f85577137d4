import torch


def promoted(x: torch.Tensor) -> list[str]:
    i32 = x.int()
    return [
        str((x + 1.5).dtype),
        str((i32 + 1.5).dtype),
        str((i32 * 2).dtype),
        str((x.double() + 1.5).dtype),
        str((x.half() * 2.0).dtype),
        str((i32 / i32).dtype),
        str((x // 2).dtype),
        str((x**2).dtype),
        str((x**0.5).dtype),
    ]


# inputs: {"x": [1, 2, 3]}
# inputs: {"x": [[0]]}
