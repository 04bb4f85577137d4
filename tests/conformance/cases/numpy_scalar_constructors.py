import numpy as np


def scalars(x: float, n: int) -> list[str]:
    f32 = np.float32(x)
    f64 = np.float64(x)
    i64 = np.int64(n)
    i32 = np.int32(n)
    return [
        str(f32),
        str(f64),
        str(i64),
        str(i32),
        str(f32 * 2),
        str(i64 + 1),
        str(f32.dtype),
        str(i32.dtype),
        str(float(f32)),
        str(np.float32(n)),
        str(np.int64(x)),
    ]


# inputs: {"x": 0.1, "n": 3}
# inputs: {"x": -2.5, "n": -7}
# inputs: {"x": 1e20, "n": 0}
