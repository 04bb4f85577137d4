import torch

# float-tolerance: 1e-9


def least_squares(x: torch.Tensor, y: torch.Tensor) -> list[torch.Tensor]:
    # torch's default CPU driver (gelsy): the minimum-norm solution and the rank; residuals
    # and singular values come back empty. y is a vector per system with one dim fewer.
    # (gelsy's rank comes from a pivoted QR, the SVD's here: they agree while the rank is
    # clear-cut, as in these systems.)
    a = x.double()
    b = y.double()
    solution, residuals, rank, singular_values = torch.linalg.lstsq(a, b)
    return [
        torch.round(solution, decimals=12),
        residuals,
        rank,
        singular_values,
        torch.round(torch.linalg.lstsq(a, b, rcond=1e-10)[0], decimals=12),
        torch.round(torch.linalg.lstsq(a.float(), b.float())[0], decimals=5),
    ]


# inputs: {"x": [[1, 1], [1, 2], [1, 3], [1, 4]], "y": [6, 5, 7, 10]}
# inputs: {"x": [[1, 1], [1, 2], [1, 3]], "y": [[1, 2], [2, 3], [2, 5]]}
# inputs: {"x": [[1, 2], [2, 4], [3, 6]], "y": [[1], [2], [4]]}
# inputs: {"x": [[1, 2, 3], [4, 5, 6.5]], "y": [1, 2]}
# inputs: {"x": [[[2, 0],[0, 3],[1, 1]],[[1, 0],[0, 1e-20],[0, 0]]], "y": [[4, 9, 1],[1, 1, 2]]}
