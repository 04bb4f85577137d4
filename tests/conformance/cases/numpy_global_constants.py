# Module-level arrays (a projection matrix, a label map, thresholds) are compile-time
# constants: materialized once, embedded in the artifact, read by the entry function.
import numpy as np

WEIGHTS = np.array([[0.5, -1.25, 2.0], [3.0, 0.125, -4.5]])
BIAS = np.array([0.25, -0.5], dtype=np.float32)
LABEL_IDS = np.array([3, 1, 2], dtype=np.int32)
THRESHOLDS = np.linspace(0.0, 1.0, 5)
KEEP = np.array([True, False, True])
PIXELS = np.arange(6, dtype=np.uint8).reshape(2, 3)
HALVES = np.array([1.5, -2.25, 65504.0], dtype=np.float16)
# Not C-contiguous, and big-endian: embedded as the same values in C order.
COLUMNS = np.arange(12.0).reshape(3, 4).T
BIG_ENDIAN = np.array([1, -2, 300], dtype=">i8")
NOTHING = np.zeros((0, 3))
ONE = np.array(3.5)


def project(x: list[float]) -> list[np.ndarray]:
    v = np.array(x)
    scores = WEIGHTS @ v + BIAS
    return [
        scores,
        LABEL_IDS[np.argsort(scores)],
        (scores[:, None] > THRESHOLDS).sum(1),
        np.where(KEEP, v, 0.0),
        PIXELS * 2,
        HALVES,
        COLUMNS,
        BIG_ENDIAN + 1,
        NOTHING.sum(0),
        ONE * v,
    ]


# inputs: {"x": [1.0, 2.0, 3.0]}
# inputs: {"x": [-0.5, 0.25, 0.0]}
