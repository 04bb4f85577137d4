import numpy as np


def described(x: np.ndarray) -> list[str]:
    return [
        f"{x}",
        f"shape={x.shape} dtype={x.dtype}",
        f"sum={x.sum():.2f} max={x.max():8.3f} argmax={x.argmax()}",
        f"{x.astype(np.int32)}",
        f"{x[0]:+.1e}",
        f"{x.mean()!s}",
        f"{x.astype(np.float32).sum()}",
    ]


# inputs: {"x": [1.25, -0.5, 3.0]}
# inputs: {"x": [1e-6, 2e6]}
