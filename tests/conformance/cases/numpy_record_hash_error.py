# A set of NamedTuples or tuples holding numpy arrays: numpy's arrays are unhashable.
from typing import NamedTuple

import numpy as np


class Row(NamedTuple):
    key: int
    values: np.ndarray


def distinct_rows(x: list[float], key: int) -> int:
    if key < 0:
        return len({(key, np.array(x))})
    return len({Row(key, np.array(x))})


# inputs: {"x": [1.0, 2.0], "key": 1}
# inputs: {"x": [], "key": -1}
