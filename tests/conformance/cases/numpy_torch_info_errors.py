import numpy as np
import torch

# np.finfo of an integer dtype, np.iinfo of a float or bool one, and torch's like them.


def refused(which: int) -> str:
    try:
        if which == 0:
            np.finfo(np.int32)
        elif which == 1:
            np.finfo(np.bool_)
        elif which == 2:
            np.iinfo(np.float32)
        elif which == 3:
            np.iinfo(np.bool_)
        elif which == 4:
            np.finfo(int)
        elif which == 5:
            torch.finfo(torch.int64)
        elif which == 6:
            torch.iinfo(torch.float32)
        elif which == 7:
            torch.iinfo(torch.bool)
        return "no error"
    except ValueError as e:
        return "ValueError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: {"which": 0}
# inputs: {"which": 1}
# inputs: {"which": 2}
# inputs: {"which": 3}
# inputs: {"which": 4}
# inputs: {"which": 5}
# inputs: {"which": 6}
# inputs: {"which": 7}
