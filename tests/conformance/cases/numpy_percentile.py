import numpy as np


def cuts(x: np.ndarray) -> list[np.ndarray]:
    f32 = x.astype(np.float32)
    return [
        np.percentile(x, 30),
        np.percentile(x, 30.0, axis=0),
        np.percentile(x, [10.0, 50.0, 99.0], axis=-1),
        np.percentile(x, [25, 75], axis=1, keepdims=True),
        np.quantile(x, 0.3),
        np.quantile(x, 0.7, axis=-1, keepdims=True),
        np.quantile(x, [0.0, 0.33, 0.5, 1.0]),
        np.quantile(x, 1),
        np.quantile(x, [0, 1], axis=0),
        np.quantile(f32, 0.3, axis=1),
        np.quantile(f32, [0.3, 0.9], axis=1),
        np.percentile(f32, 42.0),
        np.quantile(x.astype(np.float16), 0.3, axis=0),
        np.quantile(x.astype(np.int32), 0.45, axis=0),
        np.quantile(x.astype(np.uint8), 0.45),
        str(np.quantile(f32, 0.3).dtype),
        str(np.quantile(f32, [0.3]).dtype),
        str(np.quantile(x.astype(np.int32), 1).dtype),
    ]


# inputs: {"x": [[3, 1, 2, 7], [4, 4, 0, 9], [1, 5, 5, 2]]}
# inputs: {"x": [[0.1, 0.7, 0.3, 0.2], [2.5, -1.25, 1000.0, 0.001]]}
# inputs: {"x": [[1.0, 2.0, 3.0, 4.0]]}
# inputs: {"x": [[7.7, 7.7, 7.7, 7.7], [1.1, 9.9, 5.5, 3.3]]}
