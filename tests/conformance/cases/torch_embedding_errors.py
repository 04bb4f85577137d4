import torch
import torch.nn.functional as F


def refused(which: int) -> str:
    w = torch.ones(3, 4)
    try:
        if which == 0:
            F.embedding(torch.tensor([1, 5]), w)
        elif which == 1:
            F.embedding(torch.tensor([1, -1]), w)
        elif which == 2:
            F.embedding(torch.tensor([1.0, 2.0]), w)
        elif which == 3:
            F.embedding(torch.tensor([1, 2]).to(torch.uint8), w)
        elif which == 4:
            F.embedding(torch.tensor([True]), w)
        elif which == 5:
            F.embedding(torch.tensor([1, 2]), torch.ones(3))
        elif which == 6:
            F.embedding(torch.tensor([1, 2]), torch.ones(3, 4, 5))
        elif which == 7:
            F.embedding(torch.tensor([1]), w, padding_idx=3)
        elif which == 8:
            F.embedding(torch.tensor([1]), w, padding_idx=-4)
        elif which == 9:
            F.embedding(torch.tensor([1, 2]).double(), w)
        elif which == 10:
            F.embedding(torch.tensor([1, 2]).to(torch.int8), w)
        elif which == 11:
            F.embedding(torch.tensor([1, 2]).half(), w)
        return "no error"
    except RuntimeError as e:
        return "RuntimeError: " + str(e)
    except IndexError as e:
        return "IndexError: " + str(e)
    except AssertionError as e:
        return "AssertionError: " + str(e)


# inputs: {"which": 0}
# inputs: {"which": 1}
# inputs: {"which": 2}
# inputs: {"which": 3}
# inputs: {"which": 4}
# inputs: {"which": 5}
# inputs: {"which": 6}
# inputs: {"which": 7}
# inputs: {"which": 8}
# inputs: {"which": 9}
# inputs: {"which": 10}
# inputs: {"which": 11}
