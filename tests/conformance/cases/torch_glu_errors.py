import torch
import torch.nn.functional as F


def refused(which: int) -> str:
    try:
        if which == 0:
            F.glu(torch.ones(3))
        elif which == 1:
            F.glu(torch.tensor(1.0))
        elif which == 2:
            F.glu(torch.ones(2, 3))
        elif which == 3:
            F.glu(torch.ones(2, 3), 2)
        elif which == 4:
            F.glu(torch.ones(3, 2), -2)
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
