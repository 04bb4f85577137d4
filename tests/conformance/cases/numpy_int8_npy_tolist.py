import numpy as np

TABLE = np.array([[1, -2, 3], [-128, 127, 0]], dtype=np.int8)


# A module-level int8 array travels as a .npy resource (descr '|i1').
def _lookup(row: int) -> list[int]:
    items: list[int] = TABLE[row].tolist()
    return items


def entry(row: int) -> str:
    return repr(TABLE[row]) + " " + str(_lookup(row)) + " " + str(TABLE.dtype)


# inputs: {"row": 0}
# inputs: {"row": 1}
