import numpy as np


# NEP 50: a Python int is weak but must fit the array's dtype.
def int8_scalar(x: np.ndarray, k: int) -> str:
    try:
        return repr(x.astype(np.int8) + k)
    except OverflowError as e:
        return f"OverflowError: {e}"


# inputs: {"x": [100, -100], "k": 100}
# inputs: {"x": [100, -100], "k": 127}
# inputs: {"x": [100, -100], "k": -128}
# inputs: {"x": [100, -100], "k": 128}
# inputs: {"x": [100, -100], "k": -129}
# inputs: {"x": [100, -100], "k": 300}
