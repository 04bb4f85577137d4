import torch


def distinct(t: torch.Tensor) -> list[torch.Tensor]:
    values, inverse = torch.unique(t, return_inverse=True)
    v2, counts = torch.unique(t, return_counts=True)
    v3, i3, c3 = torch.unique(t, sorted=True, return_inverse=True, return_counts=True)
    v4, c4 = t.unique(return_counts=True, return_inverse=False)
    plain = t.unique(sorted=False)
    with_nan = torch.where(t > 2, torch.tensor(float("nan")), t.float())
    nan_values, nan_inverse, nan_counts = torch.unique(
        with_nan, return_inverse=True, return_counts=True
    )
    return [
        torch.unique(t),
        values,
        inverse,
        v2,
        counts,
        v3,
        i3,
        c3,
        v4,
        c4,
        plain,
        nan_values,
        nan_inverse,
        nan_counts,
        torch.unique(t.to(torch.int32)),
        torch.unique(t > 2),
        torch.unique(t.to(torch.uint8), return_counts=True)[1],
        torch.unique(t.half()),
        torch.unique(t.to(torch.bfloat16)),
        torch.unique(t.sum(), return_inverse=True)[1],
        torch.unique_consecutive(with_nan, return_counts=True)[1],
    ]


# inputs: {"t": [[3, 1, 3], [2, 1, 3]]}
# inputs: {"t": [[-1.5, 2.0, -1.5], [-2.0, 2.0, 0.5]]}
# inputs: {"t": [7]}
# inputs: {"t": []}
# inputs: {"t": [[[1, 2], [2, 1]], [[5, 5], [1, 0]]]}
