import torch

# torch.searchsorted (1-D and row-by-row N-D boundaries, side= and right=, out_int32),
# torch.bucketize and torch.bincount with weights and minlength.


def search(sorted_values: list[float], values: list[float], ids: list[int]) -> str:
    a = torch.tensor(sorted_values)
    v = torch.tensor(values)
    x = torch.tensor(ids)
    rows = torch.stack([a, a * 2])
    lines = [
        str(torch.searchsorted(a, v)) + str(torch.searchsorted(a, v, right=True)),
        str(torch.searchsorted(a, v, side="right")) + str(torch.searchsorted(a, 2.0)),
        str(torch.searchsorted(rows, torch.stack([v, v]))),
        str(torch.searchsorted(a, v, out_int32=True)),
        str(torch.searchsorted(a.long(), v)) + str(torch.searchsorted(a, x)),
        str(torch.bucketize(v, a)) + str(torch.bucketize(v, a, right=True)),
        str(torch.bucketize(1.5, a)),
        str(torch.bincount(x)) + str(torch.bincount(x, minlength=7)),
        str(torch.bincount(x, weights=torch.arange(len(ids)) * 0.5)),
        str(torch.bincount(x, weights=torch.arange(len(ids)).double())),
        str(x.bincount(weights=torch.ones(len(ids)).half())),
        str(torch.bincount(x[:0], minlength=2)),
    ]
    return "\n".join(lines)


# inputs: {"sorted_values": [1.0, 2.0, 2.0, 3.0, NaN], "values": [2.0, NaN, 0.0], "ids": [0, 1, 3]}
# inputs: {"sorted_values": [0.1, 0.5], "values": [0.1, -Infinity, Infinity], "ids": [2, 2, 0]}
# inputs: {"sorted_values": [-1.0], "values": [], "ids": [5]}
