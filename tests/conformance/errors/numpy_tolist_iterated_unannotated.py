# expect-compile-error: numpy.ndarray.tolist() needs the type of its result
# expect-line: 10
# Iterating an unannotated .tolist() leaves the loop variable without a type: the error names
# the call that needs its context, not the variable it leaves unassigned.
import numpy as np


def total(x: np.ndarray) -> float:
    out = 0.0
    for value in x.tolist():
        out += value
    return out
