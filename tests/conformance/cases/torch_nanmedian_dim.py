import torch


def nan_medians(x: torch.Tensor) -> list[torch.Tensor]:
    a = torch.where(x == 99, float("nan"), x)
    rows = torch.nanmedian(a, 1)
    columns = a.nanmedian(dim=0, keepdim=True)
    values, indices = torch.nanmedian(a.t(), -1)
    ints = torch.nanmedian(x.long(), 0)
    return [
        rows.values,
        rows.indices,
        columns[0],
        columns[1],
        values,
        indices,
        ints.values,
        ints.indices,
    ]


# inputs: {"x": [[99, 99, 99], [1.0, 99, 2.0], [3.0, 99, 1.0], [2.0, 2.0, 99], [99, 5.0, 5.0]]}
# inputs: {"x": [[4.0, 1.0, 4.0, 1.0]]}
