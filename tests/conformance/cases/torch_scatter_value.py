import torch


def scattered_value(x: torch.Tensor, idx: torch.Tensor) -> list[torch.Tensor]:
    f = x.float()
    y = f.clone()
    y.scatter_(1, idx, -1.5)
    results = [
        x.scatter(1, idx, 7),
        x.scatter(1, idx, 2.7),
        f.scatter(-1, idx, 2.5),
        torch.scatter(f, 1, idx, float("inf")),
        x.bool().scatter(1, idx, False),
        x.bool().scatter(1, idx, 2),
        f.double().scatter(1, idx, 1e300),
        y,
        x.t().scatter(0, idx.t(), 5),
        torch.tensor(3.0).scatter(0, torch.tensor(0), 4.0),
    ]
    return results + [torch.tensor([str(r.dtype) == str(x.dtype) for r in results])]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "idx": [[2, 0], [1, 1]]}
# inputs: {"x": [[0, 1, 0, 1]], "idx": [[3]]}
