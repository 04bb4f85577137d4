import numpy as np


def dtypes(x: np.ndarray) -> list[str]:
    return [
        str(x.dtype),
        str(x.astype(np.float32).dtype),
        str(x.astype(np.int32).dtype),
        str((x > 0).dtype),
        str(x.astype(np.float32).sum().dtype),
        str((x.astype(np.int32) * 2.5).dtype),
        str((x.astype(np.float32) * 2.5).dtype),
        str(x.astype(np.int32).mean().dtype),
        str(np.sqrt(x.astype(np.int32)).dtype),
        str(x.astype(float).dtype),
        str(x.astype(int).dtype),
        str(x.astype("uint8").dtype),
    ]


# inputs: {"x": [1, 2, 3]}
# inputs: {"x": [1.5, -2.0]}
