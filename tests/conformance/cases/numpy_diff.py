import numpy as np


def differences(x: np.ndarray) -> tuple[list[np.ndarray], list[str]]:
    f = x.astype(np.float32)
    results = [
        np.diff(x),
        np.diff(x, n=2),
        np.diff(x, axis=0),
        np.diff(x, 1, -2),
        np.diff(x.T),
        np.diff(x, n=0),
        np.diff(x, n=5),
        np.diff(x > 2),
        np.diff(f, prepend=0),
        np.diff(f, append=1.5),
        np.diff(x, axis=0, prepend=x[:1]),
        np.diff(x.astype(np.uint8)),
        np.diff(x, prepend=np.array([[0], [1]]), append=9),
    ]
    return results, [str(r.dtype) for r in results]


# inputs: {"x": [[1, 4, 9, 16], [2, 3, 5, 7]]}
# inputs: {"x": [[5, 1], [0, 8]]}
