import torch

# float-tolerance: 1e-6


def masked_probs(scores: torch.Tensor, mask: torch.Tensor) -> list[torch.Tensor]:
    s = scores.float()
    blocked = s.masked_fill(mask == 0, float("-inf"))
    return [torch.softmax(blocked, dim=-1), blocked]


# inputs: {"scores": [[1, 2, 3], [4, 5, 6]], "mask": [[1, 1, 0], [1, 0, 0]]}
# inputs: {"scores": [[0.5, 0.5]], "mask": [[1, 1]]}
# inputs: {"scores": [[0.5, 0.5]], "mask": [[0, 0]]}
