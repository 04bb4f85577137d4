import torch
import torch.nn.functional as F

# torch's NotImplementedError for integer and bool inputs of the float-only activations, and
# relu6's for bools (integers it keeps).


def refused(which: int, dtype_index: int) -> str:
    dtypes = [torch.int64, torch.int32, torch.int8, torch.uint8, torch.bool]
    x = torch.ones(3).to(dtypes[dtype_index])
    try:
        if which == 0:
            F.silu(x)
        elif which == 1:
            F.mish(x)
        elif which == 2:
            F.softplus(x)
        elif which == 3:
            F.elu(x)
        elif which == 4:
            F.leaky_relu(x)
        elif which == 5:
            F.hardswish(x)
        elif which == 6:
            F.hardsigmoid(x)
        elif which == 7:
            F.logsigmoid(x)
        elif which == 8:
            F.glu(torch.ones(2).to(dtypes[dtype_index]))
        elif which == 9:
            F.relu6(x)
        return "no error"
    except NotImplementedError as e:
        return "NotImplementedError: " + str(e)


# inputs: {"which": 0, "dtype_index": 0}
# inputs: {"which": 1, "dtype_index": 1}
# inputs: {"which": 2, "dtype_index": 2}
# inputs: {"which": 3, "dtype_index": 3}
# inputs: {"which": 4, "dtype_index": 4}
# inputs: {"which": 5, "dtype_index": 0}
# inputs: {"which": 6, "dtype_index": 1}
# inputs: {"which": 7, "dtype_index": 2}
# inputs: {"which": 8, "dtype_index": 3}
# inputs: {"which": 8, "dtype_index": 0}
# inputs: {"which": 9, "dtype_index": 4}
# inputs: {"which": 9, "dtype_index": 0}
# inputs: {"which": 9, "dtype_index": 3}
