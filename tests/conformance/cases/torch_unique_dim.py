import torch


def distinct(t: torch.Tensor, dim: int) -> list[torch.Tensor]:
    values, inverse, counts = torch.unique(t, dim=dim, return_inverse=True, return_counts=True)
    runs, run_inverse, run_counts = torch.unique_consecutive(
        t, return_inverse=True, return_counts=True, dim=dim
    )
    flat_runs, flat_counts = t.unique_consecutive(return_counts=True)
    return [
        torch.unique(t, dim=dim),
        values,
        inverse,
        counts,
        runs,
        run_inverse,
        run_counts,
        flat_runs,
        flat_counts,
        torch.unique_consecutive(t),
        t.unique_consecutive(return_inverse=True)[1],
    ]


# inputs: {"t": [[1, 2], [1, 2], [0, 5], [1, 2]], "dim": 0}
# inputs: {"t": [[1, 2], [1, 2], [0, 5], [1, 2]], "dim": 1}
# inputs: {"t": [[1, 2], [1, 2], [0, 5], [1, 2]], "dim": -1}
# inputs: {"t": [[[1, 1], [2, 2]], [[1, 1], [2, 2]], [[0, 1], [0, 1]]], "dim": 2}
# inputs: {"t": [[1.5, 1.5, 2.0], [1.5, 1.5, -1.0]], "dim": 1}
# inputs: {"t": [3, 3, 1, 1, 3], "dim": 0}
# inputs: {"t": [[1, 2]], "dim": 2}
# inputs: {"t": [[], []], "dim": 0}
# inputs: {"t": [[], []], "dim": 1}
