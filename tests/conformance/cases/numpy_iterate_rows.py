import numpy as np


def walk(x: np.ndarray) -> list[float]:
    totals: list[float] = []
    for row in x:
        totals.append(float(row.sum()))
    return totals


# inputs: {"x": [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]}
# inputs: {"x": [[1, 2, 3]]}
# inputs: {"x": [[]]}
