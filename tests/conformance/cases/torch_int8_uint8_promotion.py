import torch


# torch makes int16 of int8 with uint8; ingot's arrays hold no int16, so the compiled side
# refuses the mix with a TypeError rather than giving another dtype.
def torch_int8_uint8(x: torch.Tensor) -> str:
    return str((x.to(torch.int8) + x.to(torch.uint8)).dtype)


# expect-error: TypeError
# inputs: {"x": [1, 2]}
