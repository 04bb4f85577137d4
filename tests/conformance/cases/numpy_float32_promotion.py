import numpy as np


def promote(x: np.ndarray) -> list[str]:
    f = x.astype(np.float32)
    i32 = x.astype(np.int32)
    i64 = x.astype(np.int64)
    u8 = x.astype(np.uint8)
    b = x > 0
    return [
        str((f + 1.5).dtype),
        str((f + i32).dtype),
        str((f + i64).dtype),
        str((f + u8).dtype),
        str((i32 + i64).dtype),
        str((u8 + i32).dtype),
        str((b + u8).dtype),
        str((i32 / i32).dtype),
        str((u8 / 2).dtype),
        str((f * b).dtype),
        str((i32 + 1).dtype),
        str((i32 + 1.0).dtype),
        str(f.sum().dtype),
        str(i32.sum().dtype),
        str(u8.max().dtype),
        str(b.sum().dtype),
        str(f.mean().dtype),
        str(i32.mean().dtype),
    ]


# inputs: {"x": [1, 2, 3]}
