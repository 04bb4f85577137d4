import numpy as np


def printed(x: np.ndarray) -> list[str]:
    f = x.astype(np.float32)
    i = x.astype(np.int32)
    return [
        str(x.sum()),
        str(f.sum()),
        str(i.sum()),
        str(x.mean()),
        str(f.max()),
        str(x[0]),
        str(f[0]),
        str(x.argmax()),
        str(x.any()),
        f"{f.mean()}",
        f"{x.max():.3f}",
        repr(float(f.min())),
    ]


# inputs: {"x": [0.1, 0.2, 0.7]}
# inputs: {"x": [1.0, 2.0, 3.0]}
# inputs: {"x": [1e-7, 3e20]}
