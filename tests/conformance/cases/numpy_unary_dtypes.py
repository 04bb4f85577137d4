import numpy as np


def kinds(x: np.ndarray) -> list[str]:
    b = x > 1
    u = x.astype(np.uint8)
    i = x.astype(np.int32)
    f = x.astype(np.float32)
    return [
        str(np.exp(b).dtype),
        str(np.sqrt(u).dtype),
        str(np.sqrt(i).dtype),
        str(np.exp(f).dtype),
        str(np.tanh(x.astype(np.float16)).dtype),
        str(np.abs(i).dtype),
        str(np.negative(u).dtype),
        str(np.floor(i).dtype),
        str(np.sign(u).dtype),
        str(np.square(u).dtype),
        str(np.isnan(i).dtype),
        str(np.log1p(u).dtype),
    ]


# inputs: {"x": [1, 2, 3]}
