import torch
import torch.nn.functional as F

# torch.tril / torch.triu of fewer than two dimensions, and F.one_hot's refusals.


def refused(which: int) -> str:
    try:
        if which == 0:
            torch.tril(torch.ones(3))
        elif which == 1:
            torch.ones(3).triu()
        elif which == 2:
            F.one_hot(torch.tensor([0, 3]), num_classes=3)
        elif which == 3:
            F.one_hot(torch.tensor([0.0, 1.0]))
        elif which == 4:
            F.one_hot(torch.tensor([0, -1]))
        elif which == 5:
            F.one_hot(torch.tensor([1, 2])[:0])
        elif which == 6:
            F.one_hot(torch.tensor([1]), 0)
        elif which == 7:
            F.one_hot(torch.tensor([1], dtype=torch.int32))
        return "no error"
    except RuntimeError as e:
        return "RuntimeError: " + str(e)


# inputs: {"which": 0}
# inputs: {"which": 1}
# inputs: {"which": 2}
# inputs: {"which": 3}
# inputs: {"which": 4}
# inputs: {"which": 5}
# inputs: {"which": 6}
# inputs: {"which": 7}
