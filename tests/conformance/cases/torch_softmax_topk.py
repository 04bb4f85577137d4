import torch

# float-tolerance: 1e-6


def rank(logits: torch.Tensor, k: int) -> tuple[list[float], list[int]]:
    probs = torch.softmax(logits.float(), dim=-1)
    values, indices = torch.topk(probs, k)
    v: list[float] = values.tolist()
    i: list[int] = indices.tolist()
    return v, i


# inputs: {"logits": [2.0, -1.0, 0.5, 3.5], "k": 2}
# inputs: {"logits": [0.0, 0.0, 1.0], "k": 1}
