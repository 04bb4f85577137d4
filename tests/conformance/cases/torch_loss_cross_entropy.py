import torch
import torch.nn.functional as F


# Cross entropy as a language model's perplexity is computed: logits (batch, classes, steps)
# against class indices, padding ignored; class weights; label smoothing.
def perplexity(z: list[float], labels: list[list[int]], eps: float) -> list[torch.Tensor]:
    batch, steps = len(labels), len(labels[0])
    scores = torch.tensor(z).reshape(batch, steps, -1)
    target = torch.tensor(labels)
    flat = scores.reshape(-1, scores.shape[-1])
    weight = torch.linspace(0.5, 2.0, scores.shape[-1])
    padded = target.reshape(-1).clamp_min(0)  # -100 as class 0, which is ignored below
    out = []
    for reduction in ["none", "mean", "sum"]:
        out.append(F.cross_entropy(flat, target.reshape(-1), reduction=reduction))
        out.append(F.cross_entropy(scores.transpose(1, 2), target, reduction=reduction))
        out.append(
            F.cross_entropy(
                flat, target.reshape(-1), weight, reduction=reduction, label_smoothing=eps
            )
        )
        out.append(
            F.cross_entropy(flat, padded, label_smoothing=eps, reduction=reduction, ignore_index=0)
        )
    loss = F.cross_entropy(flat, target.reshape(-1))
    out.append(torch.exp(loss))
    out.append(F.cross_entropy(flat[0], target.reshape(-1)[0]))
    return out


# inputs: {"z": [1, 2, 3, 0.5, -1, 2, 0, 0, 0, 4, 1, -2], "labels": [[2, 0], [-100, 1]], "eps": 1}
# inputs: {"z": [1, 2, 3, 0.5, -1, 2, 0, 0, 0, 4, 1, -2], "labels": [[2, 0], [1, 1]], "eps": 0.1}
# inputs: {"z": [1, 2, 3, 0.5, -1, 2, 0, 0, 0, 4, 1, -2], "labels": [[1, 1], [0, 2]], "eps": 0}
# inputs: {"z": [0.3, -0.2, 5, 1, 1, 1], "labels": [[2, -100]], "eps": 1.0}
# float-tolerance: 1e-5
