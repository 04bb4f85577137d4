import numpy as np


def scalar_math(x: float, n: int) -> list[str]:
    f = np.float32(x)
    i = np.int32(n)
    return [
        str(f + 1),
        str(f * f),
        str(f / 3),
        str(i * i),
        str(i + 0.5),
        str(i // 2),
        str(f > 0.5),
        str(np.float64(x) + f),
        str(np.uint8(n % 256) + np.uint8(200)),
        str(type(float(f)).__name__),
        str(int(np.int64(n)) + 1),
    ]


# inputs: {"x": 0.1, "n": 46341}
# inputs: {"x": 2.5, "n": -7}
