import torch

# torch.cdist over p = 0, 1, 2, inf and any other p, with broadcast batch dimensions, as
# torch.as_tensor builds its operands.


def distances(emb: list[list[float]], other: list[list[float]], p: float) -> str:
    x = torch.as_tensor(emb)
    y = torch.as_tensor(other, dtype=torch.float32)
    w = torch.as_tensor(x, dtype=torch.float64)
    lines = [
        str(torch.cdist(x, y)),
        str(torch.cdist(x, y, p=1)),
        str(torch.cdist(x, x, p=0.0)),
        str(torch.cdist(x, y, p=float("inf"))),
        str(torch.cdist(w, w, p=p)),
        str(torch.cdist(x, y, p=p)),
        str(torch.cdist(x.unsqueeze(0).expand(2, -1, -1), y[:1])),
        str(torch.cdist(x.unsqueeze(1), y.unsqueeze(0).repeat(3, 1, 1)).shape),
        str(torch.cdist(x[:0], y)),
        str(torch.as_tensor(x) is not None),
    ]
    return "\n".join(lines)


# inputs: {"emb": [[0.1, -0.2, 0.3], [0.5, 0.1, -0.3]], "other": [[1.0, 2.0, 3.5]], "p": 3.5}
# inputs: {"emb": [[0.5, 0.1, -0.3], [-0.1, 0.2, 0.9]], "other": [[0.1, -0.2, 0.3]], "p": 1.5}
# inputs: {"emb": [[1e30, 0.0, 1.0]], "other": [[-1e30, 0.0, 1.0], [1.0, 1.0, 1.0]], "p": 0.5}
# inputs: {"emb": [[1.0, NaN, 2.0], [Infinity, 0.0, 0.0]], "other": [[1.0, 1.0, 2.0]], "p": 2.0}
