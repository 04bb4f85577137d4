import numpy as np


def promote(x: np.ndarray) -> list[str]:
    i32 = x.astype(np.int32)
    f32 = x.astype(np.float32)
    u8 = x.astype(np.uint8)
    b = x > 1
    return [
        str((i32 + f32).dtype),
        str((i32 + 1).dtype),
        str((u8 + 1).dtype),
        str((u8 + i32).dtype),
        str((b + b).dtype),
        str((b * 1.5).dtype),
        str((f32 / 2).dtype),
        str((i32 / i32).dtype),
        str((i32 // 2).dtype),
        str((f32 + x.astype(np.float64)).dtype),
        str((i32 + x.astype(np.int64)).dtype),
    ]


# inputs: {"x": [1, 2, 3]}
