import numpy as np


def lists(x: np.ndarray) -> tuple[list[list[int]], list[int], int]:
    grid: list[list[int]] = x.tolist()
    first: list[int] = x[0].tolist()
    corner: int = x[0, 0].item()
    return grid, first, corner


# inputs: {"x": [[1, 2], [3, 4]]}
