import torch


def refused(which: int) -> str:
    x = torch.ones(2, 3)
    try:
        if which == 0:
            x.narrow(1, 2, 2)
        elif which == 1:
            x.narrow(1, -4, 1)
        elif which == 2:
            x.narrow(1, 4, 0)
        elif which == 3:
            x.narrow(1, 1, -1)
        elif which == 4:
            x.narrow(2, 1, 1)
        elif which == 5:
            torch.tensor(1.0).narrow(0, 0, 1)
        elif which == 6:
            x.view_as(torch.ones(4))
        elif which == 7:
            x.expand_as(torch.ones(2, 4))
        elif which == 8:
            x.t().view_as(torch.ones(6))
        elif which == 9:
            torch.narrow(x, 0, -3, 1)
        return "no error"
    except RuntimeError as e:
        return "RuntimeError: " + str(e)
    except IndexError as e:
        return "IndexError: " + str(e)


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
