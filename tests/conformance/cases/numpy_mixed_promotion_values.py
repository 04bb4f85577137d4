import numpy as np


def mixed(x: np.ndarray) -> list[np.ndarray]:
    i32 = x.astype(np.int32)
    u8 = x.astype(np.uint8)
    f32 = x.astype(np.float32)
    return [
        i32 + u8,
        u8 * 3,
        u8 + 255,
        i32 * 1.5,
        f32 + i32,
        u8 - i32,
        np.maximum(u8, i32),
        np.minimum(f32, x),
        (x > 1) * i32,
        u8 / u8.astype(np.float32),
    ]


# inputs: {"x": [1, 2, 3, 250]}
# inputs: {"x": [0, 128]}
