import numpy as np


# numpy makes int16 of int8 with uint8; ingot's arrays hold no int16, so the compiled side
# refuses the mix with a TypeError rather than giving another dtype.
def int8_uint8(x: np.ndarray) -> str:
    return str((x.astype(np.int8) + x.astype(np.uint8)).dtype)


# expect-error: TypeError
# inputs: {"x": [1, 2]}
