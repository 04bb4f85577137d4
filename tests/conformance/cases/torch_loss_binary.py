import torch
import torch.nn.functional as F


# Binary cross entropy of probabilities (each log clamped at -100) and of logits (stable for
# large |x|), with weight and pos_weight, under each reduction.
def losses(p: list[float], y: list[float], w: list[float]) -> list[torch.Tensor]:
    probabilities = torch.tensor(p).sigmoid()
    logits = torch.tensor(p)
    target = torch.tensor(y)
    weight = torch.tensor(w)
    edges = torch.tensor([0.0, 1.0, 0.5])
    return [
        F.binary_cross_entropy(probabilities, target),
        F.binary_cross_entropy(probabilities, target, weight, reduction="none"),
        F.binary_cross_entropy(probabilities, target, reduction="sum"),
        F.binary_cross_entropy(edges, torch.tensor([1.0, 0.0, 1.0]), reduction="none"),
        F.binary_cross_entropy_with_logits(logits, target),
        F.binary_cross_entropy_with_logits(logits, target, weight, reduction="none"),
        F.binary_cross_entropy_with_logits(logits, target, pos_weight=weight),
        F.binary_cross_entropy_with_logits(logits * 100, target, reduction="sum"),
    ]


# inputs: {"p": [0.5, -1.0, 3.0, 0.0], "y": [1.0, 0.0, 1.0, 0.5], "w": [1.0, 2.0, 0.5, 0.0]}
# inputs: {"p": [40.0, -40.0], "y": [0.0, 1.0], "w": [3.0, 1.0]}
# float-tolerance: 1e-6
