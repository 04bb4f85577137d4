import torch


def bad_arrange(a: torch.Tensor, case: int) -> torch.Tensor:
    grid = a.reshape(2, 2)
    if case == 0:
        return torch.fliplr(a)
    if case == 1:
        return torch.flipud(a[0])
    if case == 2:
        return torch.rot90(a)
    if case == 3:
        return torch.rot90(grid, 1, [0, 1, 2])
    if case == 4:
        return torch.rot90(grid, 1, [1, -1])
    if case == 5:
        return torch.rot90(grid, 1, [0, 5])
    if case == 6:
        return torch.vstack([a, a[:3]])
    if case == 7:
        return torch.hstack([grid, a])
    return torch.rot90(grid, 1, [0, 0])


# inputs: {"a": [1.0, 2.0, 3.0, 4.0], "case": 0}
# inputs: {"a": [1.0, 2.0, 3.0, 4.0], "case": 1}
# inputs: {"a": [1.0, 2.0, 3.0, 4.0], "case": 2}
# inputs: {"a": [1.0, 2.0, 3.0, 4.0], "case": 3}
# inputs: {"a": [1.0, 2.0, 3.0, 4.0], "case": 4}
# inputs: {"a": [1.0, 2.0, 3.0, 4.0], "case": 5}
# inputs: {"a": [1.0, 2.0, 3.0, 4.0], "case": 6}
# inputs: {"a": [1.0, 2.0, 3.0, 4.0], "case": 7}
# inputs: {"a": [1.0, 2.0, 3.0, 4.0], "case": 8}
