import numpy as np


def nested(n: int) -> list[str]:
    a = np.arange(n * 6).reshape(2, 3, n)
    b = np.linspace(-1.0, 1.0, n * 4).reshape(n, 4)
    return [
        str(a),
        str(b),
        str(a > 3),
        str(a.astype(np.uint8)),
        str(np.arange(n * 40) / 7),
        str(np.arange(n * 700)),
        str(np.eye(n)),
    ]


# inputs: {"n": 1}
# inputs: {"n": 2}
# inputs: {"n": 3}
