import torch
import torch.nn.functional as F

# F.linear's errors in torch's words: the addmm path (2-D input with a bias, 3-D with a 1-D
# bias), the matmul path otherwise.


def refused(which: int) -> str:
    x = torch.ones(2, 3)
    w = torch.ones(4, 3)
    try:
        if which == 0:
            F.linear(x, torch.ones(4, 5))
        elif which == 1:
            F.linear(x, torch.ones(4, 5), torch.ones(4))
        elif which == 2:
            F.linear(torch.ones(3), torch.ones(4, 5))
        elif which == 3:
            F.linear(x, w, torch.ones(5))
        elif which == 4:
            F.linear(x, w, torch.ones(3, 4))
        elif which == 5:
            F.linear(x, torch.ones(4, 3, 1))
        elif which == 6:
            F.linear(x, w.double())
        elif which == 7:
            F.linear(x, w, torch.ones(4).double())
        elif which == 8:
            F.linear(x, w.double(), torch.ones(4).double())
        elif which == 9:
            F.linear(x.double(), w, torch.ones(4))
        elif which == 10:
            F.linear(torch.tensor(2.0), w)
        elif which == 11:
            F.linear(torch.ones(5, 2, 3), w, torch.ones(5))
        elif which == 12:
            F.linear(torch.ones(5, 2, 3).long(), w.long(), torch.ones(4))
        elif which == 13:
            F.linear(x.bool(), w.bool(), torch.ones(4).bool())
        elif which == 14:
            F.linear(torch.ones(3), w, torch.ones(5))
        elif which == 15:
            F.linear(x, torch.ones(5))
        elif which == 16:
            F.linear(x, torch.ones(3), torch.ones(1))
        elif which == 17:
            F.linear(torch.ones(5, 2, 3), torch.ones(3), torch.ones(2))
        return "no error"
    except RuntimeError as e:
        return "RuntimeError: " + str(e)
    except NotImplementedError as e:
        return "NotImplementedError: " + str(e)


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
# inputs: {"which": 12}
# inputs: {"which": 13}
# inputs: {"which": 14}
# inputs: {"which": 15}
# inputs: {"which": 16}
# inputs: {"which": 17}
