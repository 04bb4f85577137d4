import torch


def refused(which: int) -> str:
    try:
        if which == 0:
            torch.addmm(torch.ones(5), torch.ones(2, 3), torch.ones(3, 4))
        elif which == 1:
            torch.addmm(torch.ones(2, 4), torch.ones(2, 3), torch.ones(4, 4))
        elif which == 2:
            torch.addmm(torch.ones(2, 4), torch.ones(2, 3, 1), torch.ones(3, 4))
        elif which == 3:
            torch.addmm(torch.ones(2, 4), torch.ones(2, 3), torch.ones(3, 4).double())
        elif which == 4:
            torch.addmm(torch.ones(2, 4).double(), torch.ones(2, 3), torch.ones(3, 4))
        elif which == 5:
            torch.addmm(torch.ones(2, 4), torch.ones(2, 3).long(), torch.ones(3, 4).long())
        elif which == 6:
            torch.baddbmm(torch.ones(2, 2, 4), torch.ones(2, 2, 3), torch.ones(3, 3, 4))
        elif which == 7:
            torch.baddbmm(torch.ones(2, 2, 4), torch.ones(2, 2, 3), torch.ones(2, 4, 4))
        elif which == 8:
            torch.baddbmm(torch.ones(3, 2, 4), torch.ones(2, 2, 3), torch.ones(2, 3, 4))
        elif which == 9:
            torch.baddbmm(torch.ones(2, 2, 4), torch.ones(2, 2, 3), torch.ones(2, 3, 4).double())
        elif which == 10:
            torch.baddbmm(torch.ones(2, 2, 4).double(), torch.ones(2, 2, 3), torch.ones(2, 3, 4))
        elif which == 11:
            torch.addmm(torch.ones(2, 4), torch.ones(2, 3), torch.ones(3, 4, 1))
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
# inputs: {"which": 8}
# inputs: {"which": 9}
# inputs: {"which": 10}
# inputs: {"which": 11}
