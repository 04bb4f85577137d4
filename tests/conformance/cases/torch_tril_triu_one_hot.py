import torch
import torch.nn.functional as F

# torch.tril / torch.triu (and the methods) with any diagonal, causal masks built from them,
# F.one_hot, torch.where between two numbers, and torch.finfo's minimum as a mask value.


def masks(n: int, labels: list[int], scores: list[float]) -> str:
    causal = torch.tril(torch.ones(n, n))
    blocked = torch.triu(torch.ones(n, n, dtype=torch.bool), diagonal=1)
    s = torch.tensor(scores)
    rows = s.unsqueeze(0).expand(n, -1)
    masked = rows.masked_fill(blocked[:, : len(scores)], torch.finfo(torch.float32).min)
    lines = [
        str(causal) + str(blocked),
        str(torch.tril(rows, diagonal=-1)) + str(rows.triu(1)) + str(rows.tril()),
        str(torch.triu(torch.arange(24).reshape(2, 3, 4), diagonal=-1)),
        str(masked) + str(torch.softmax(masked, dim=-1)),
        str(torch.where(blocked, 0.0, 1.0)) + str(torch.where(blocked, 1, 0)),
        str(torch.where(blocked, True, False)) + str(torch.where(blocked, 1, 0.5)),
        str(F.one_hot(torch.tensor(labels))),
        str(F.one_hot(torch.tensor(labels), num_classes=6)),
        str(F.one_hot(torch.tensor(labels).reshape(1, -1), 6).shape),
    ]
    return "\n".join(lines)


# inputs: {"n": 3, "labels": [0, 2, 1, 2], "scores": [0.5, 1.5, -2.0]}
# inputs: {"n": 4, "labels": [5], "scores": [1.0, 2.0, 3.0, 4.0]}
