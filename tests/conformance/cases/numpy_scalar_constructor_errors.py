import numpy as np


def narrow(n: int) -> list[str]:
    return [str(np.int32(n)), str(np.uint8(n % 256)), str(np.float16(n)), str(np.uint8(n))]


# inputs: {"n": 200}
# inputs: {"n": 300}
# inputs: {"n": -1}
# inputs: {"n": 3000000000}
