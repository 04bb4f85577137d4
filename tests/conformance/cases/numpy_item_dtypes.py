import numpy as np


def items(x: np.ndarray) -> list[str]:
    f: float = x.astype(np.float32)[0].item()
    i: int = x.astype(np.int64).sum().item()
    b: bool = (x > 0).all().item()
    h: float = x.astype(np.float16).max().item()
    last: float = x[-1:].item()
    return [repr(f), repr(i), repr(b), repr(h), repr(last)]


# inputs: {"x": [0.1, 2.0, 3.0]}
# inputs: {"x": [-1.5]}
