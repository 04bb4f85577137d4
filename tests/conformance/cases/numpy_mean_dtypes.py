import numpy as np

# float-tolerance: 1e-6


def means(x: np.ndarray) -> list[np.ndarray]:
    return [
        x.astype(np.int32).mean(),
        x.astype(np.uint8).mean(axis=0),
        x.astype(np.float32).mean(axis=-1),
        (x > 2).mean(axis=1),
        x.astype(np.float16).mean(),
        np.mean(x, axis=(0, 1)),
    ]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"x": [[250, 251], [252, 253]]}
