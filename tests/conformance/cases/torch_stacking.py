import torch


def arrange(a: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    grid = torch.arange(12).reshape(3, 4)
    cube = torch.arange(24).reshape(2, 3, 4)
    out = [torch.hstack([a, b]), torch.hstack((grid, grid)), torch.vstack([a, b])]
    out += [torch.vstack((grid, grid[:1]))]
    out += [torch.dstack([a, b]), torch.column_stack([a, b]), torch.column_stack((a, b, a))]
    out += [torch.hstack([a, b.long()]), torch.atleast_1d(a[0]), torch.atleast_2d(a)]
    out += [torch.atleast_3d(grid), torch.fliplr(grid), torch.flipud(a), grid.fliplr()]
    out += [torch.rot90(grid), torch.rot90(grid, 2), torch.rot90(grid, -1, [1, 0])]
    out += [torch.rot90(cube, 1, (2, 0)), cube.rot90(3, [1, 2]), torch.rot90(grid, 0)]
    return out


# inputs: {"a": [1.0, 2.5, -3.0], "b": [4.0, 5.0, 6.0]}
