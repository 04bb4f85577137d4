# expect-compile-error: holds both torch.Tensors and numpy arrays
# expect-line: 13
# torch.Tensor shares numpy's arrays here, and a printed value's type tells how the arrays
# in it print; one value holding both kinds cannot say which is which: a compile error that
# says to print them separately.
import numpy as np
import torch


def show(x: list[float]) -> str:
    t = torch.tensor(x)
    a = np.array(x)
    return str((t, a))
