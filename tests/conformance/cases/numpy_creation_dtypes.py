import numpy as np


def made(n: int) -> list[str]:
    return [
        str(np.zeros(n).dtype),
        str(np.ones(n, dtype=np.int32).dtype),
        str(np.full(n, 3).dtype),
        str(np.full(n, 3.0).dtype),
        str(np.full(n, True).dtype),
        str(np.arange(n).dtype),
        str(np.arange(0.0, n).dtype),
        str(np.linspace(0, 1, n).dtype),
        str(np.eye(n, dtype=np.uint8).dtype),
        str(np.array([1, 2]).dtype),
        str(np.array([1.0, 2]).dtype),
        str(np.array([True, False]).dtype),
        str(np.array([[1, 2]], dtype=np.float16).dtype),
        str(np.asarray([1, 2], dtype=np.float32).dtype),
        str(np.empty((n, 2), dtype=np.int64).shape),
    ]


# inputs: {"n": 3}
