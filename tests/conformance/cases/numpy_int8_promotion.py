import numpy as np


def int8_promotion(x: np.ndarray) -> list[str]:
    i8 = x.astype(np.int8)
    others = [
        x > 0,
        x.astype(np.int32),
        x.astype(np.int64),
        x.astype(np.float16),
        x.astype(np.float32),
        x.astype(np.float64),
    ]
    out = []
    for o in others:
        out.append(str((i8 + o).dtype) + " " + str((o + i8).dtype) + " " + repr(i8 * o))
    out.append(str((i8 + 1).dtype))
    out.append(str((i8 + 1.5).dtype))
    out.append(str((i8 / 2).dtype))
    out.append(str((i8 / i8).dtype))
    out.append(str((i8 + True).dtype))
    return out


# inputs: {"x": [1, -2, 3, 127]}
