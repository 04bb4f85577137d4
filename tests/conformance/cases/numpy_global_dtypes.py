# Module-level arrays keep their dtype and shape in the artifact (the .npy header says them).
import numpy as np

ARRAYS = [
    np.array([[0.5, -1.25, 2.0], [3.0, 0.125, -4.5]]),
    np.array([0.25, -0.5], dtype=np.float32),
    np.array([3, 1, 2], dtype=np.int32),
    np.array([True, False, True]),
    np.arange(6, dtype=np.uint8).reshape(2, 3),
    np.array([1.5, -2.25], dtype=np.float16),
    np.arange(24).reshape(2, 3, 4).transpose(2, 0, 1),
    np.zeros((0, 3)),
    np.array(3.5),
]
FIRST = ARRAYS[0]
SECOND = ARRAYS[1]
THIRD = ARRAYS[2]
FOURTH = ARRAYS[3]
FIFTH = ARRAYS[4]
SIXTH = ARRAYS[5]
SEVENTH = ARRAYS[6]
EIGHTH = ARRAYS[7]
NINTH = ARRAYS[8]


def described(index: int) -> tuple[str, list[int], int]:
    arrays = [FIRST, SECOND, THIRD, FOURTH, FIFTH, SIXTH, SEVENTH, EIGHTH, NINTH]
    a = arrays[index]
    return str(a.dtype), list(a.shape), a.ndim


# inputs: {"index": 0}
# inputs: {"index": 1}
# inputs: {"index": 2}
# inputs: {"index": 3}
# inputs: {"index": 4}
# inputs: {"index": 5}
# inputs: {"index": 6}
# inputs: {"index": 7}
# inputs: {"index": 8}
