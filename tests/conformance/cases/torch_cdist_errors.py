import torch

# torch.cdist's RuntimeErrors, in torch's order of checks, and torch.outer's.


def refused(which: int) -> str:
    x = torch.ones(2, 3)
    try:
        if which == 0:
            torch.cdist(torch.ones(3), x)
        elif which == 1:
            torch.cdist(x, torch.ones(3))
        elif which == 2:
            torch.cdist(x.long(), torch.ones(2, 4))
        elif which == 3:
            torch.cdist(x.long(), x, p=-1.0)
        elif which == 4:
            torch.cdist(x, x.long())
        elif which == 5:
            torch.cdist(x, x.double(), p=-1.0)
        elif which == 6:
            torch.cdist(x, x.double())
        elif which == 7:
            torch.cdist(torch.ones(2, 2, 3), torch.ones(3, 2, 3))
        elif which == 8:
            torch.outer(x, x[0])
        elif which == 9:
            torch.outer(x[0], x)
        elif which == 10:
            torch.cdist(x.half(), x.half())
        elif which == 11:
            torch.cdist(x.to(torch.bfloat16), x.to(torch.bfloat16))
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
