import torch
import torch.nn.functional as F


# nll_loss of log-probabilities, and kl_div as distillation compares two distributions.
def losses(x: list[list[float]], y: list[list[float]], labels: list[int]) -> list[torch.Tensor]:
    student = F.log_softmax(torch.tensor(x), dim=-1)
    teacher = F.softmax(torch.tensor(y), dim=-1)
    target = torch.tensor(labels)
    weight = torch.tensor([0.5, 1.0, 2.0])
    return [
        F.nll_loss(student, target),
        F.nll_loss(student, target, weight, reduction="none"),
        F.nll_loss(student, target, weight),
        F.nll_loss(student, target, ignore_index=1, reduction="sum"),
        F.nll_loss(student, target.to(torch.uint8), reduction="none"),
        F.kl_div(student, teacher, reduction="batchmean"),
        F.kl_div(student, teacher, reduction="none"),
        F.kl_div(student, teacher, reduction="sum"),
        F.kl_div(student, teacher.log(), reduction="batchmean", log_target=True),
        F.kl_div(student, torch.zeros_like(teacher), reduction="sum"),
    ]


# inputs: {"x": [[1, 2, 3], [0.5, -1, 2]], "y": [[0, 0, 1], [2, 1, 0]], "labels": [2, 1]}
# inputs: {"x": [[1, 2, 3]], "y": [[3, 2, 1]], "labels": [1]}
# float-tolerance: 1e-6
