import numpy as np


# float -> int8 truncates toward zero; values out of int8's range wrap as numpy's C cast
# does on x86-64 (through int32), which quantization never produces but casts may.
def int8_cast(x: np.ndarray) -> list[str]:
    f32 = x.astype(np.float32)
    return [
        repr(x.astype(np.int8)),
        repr(f32.astype(np.int8)),
        repr(x.astype(np.float16).astype(np.int8)),
        repr(np.array([1, 0], dtype=np.bool_).astype(np.int8)),
        repr(np.array([255, 256, 1000, -129], dtype=np.int64).astype(np.int8)),
        repr(x.astype(np.int8).astype(np.float32)),
        repr(x.astype(np.int8).astype(np.uint8)),
    ]


# inputs: {"x": [1.7, -1.7, 127.9, -128.9, 200.0, -300.0, 0.49, -0.51]}
