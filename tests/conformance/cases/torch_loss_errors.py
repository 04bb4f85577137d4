import torch
import torch.nn.functional as F


# Arguments torch refuses, each with its exception kind and message.
def refused(case: int) -> torch.Tensor:
    x = torch.tensor([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]])
    labels = torch.tensor([2, 1])
    if case == 0:
        return F.cross_entropy(x, labels, reduction="avg")
    if case == 1:
        return F.cross_entropy(x, torch.tensor([2, 5]))
    if case == 2:
        return F.nll_loss(x, torch.tensor([2, -1]))
    if case == 3:
        return F.cross_entropy(x, torch.tensor([1, 2, 0]))
    if case == 4:
        return F.cross_entropy(x, labels.int())
    if case == 5:
        return F.cross_entropy(x, labels, weight=torch.ones(2))
    if case == 6:
        return F.cross_entropy(x, labels, label_smoothing=1.5)
    if case == 7:
        return F.cross_entropy(x, torch.tensor([[1, 0], [0, 1]]))
    if case == 8:
        return F.binary_cross_entropy(torch.tensor([1.5]), torch.tensor([1.0]))
    if case == 9:
        return F.binary_cross_entropy(x.sigmoid(), torch.ones(3, 2))
    if case == 10:
        return F.binary_cross_entropy_with_logits(x, torch.ones(3))
    if case == 11:
        return F.smooth_l1_loss(x, x, beta=-1.0)
    if case == 12:
        return F.kl_div(x, x, reduction="batch")
    if case == 13:
        return F.cross_entropy(x.long(), labels)
    if case == 14:
        return F.cross_entropy(x, x.long())
    if case == 15:
        return F.huber_loss(x, x, delta=0.0)
    return F.mse_loss(x, torch.ones(4))


# inputs: {"case": 0}
# inputs: {"case": 1}
# inputs: {"case": 2}
# inputs: {"case": 3}
# inputs: {"case": 4}
# inputs: {"case": 5}
# inputs: {"case": 6}
# inputs: {"case": 7}
# inputs: {"case": 8}
# inputs: {"case": 9}
# inputs: {"case": 10}
# inputs: {"case": 11}
# inputs: {"case": 12}
# inputs: {"case": 13}
# inputs: {"case": 14}
# inputs: {"case": 15}
# inputs: {"case": 16}
