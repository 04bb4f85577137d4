import numpy as np


# np.fill_diagonal writes in place through numpy's a.flat[::n + 1]: values cycle and are
# cast to the array's dtype; wrap restarts a tall matrix's diagonal; views write through.
def filled(rows: int, columns: int, values: list[float]) -> list[np.ndarray]:
    square = np.zeros((rows, rows))
    np.fill_diagonal(square, 0)
    tall = np.zeros((rows, columns), dtype=np.int32)
    np.fill_diagonal(tall, values)
    wrapped = np.zeros((rows, columns), dtype=np.int32)
    np.fill_diagonal(wrapped, values, wrap=True)
    cube = np.ones((2, 2, 2))
    np.fill_diagonal(cube, np.array(values))
    base = np.zeros((3, 3))
    np.fill_diagonal(base.T[:, ::-1], 7.5)
    sims = np.ones((rows, rows), dtype=np.float32)
    np.fill_diagonal(sims, -np.inf)
    return [square, tall, wrapped, cube, base, sims]


# inputs: {"rows": 5, "columns": 3, "values": [1.7, 2, -3]}
# inputs: {"rows": 4, "columns": 4, "values": [9]}
# inputs: {"rows": 2, "columns": 6, "values": []}
# inputs: {"rows": 7, "columns": 2, "values": [1, 2, 3]}
# inputs: {"rows": 0, "columns": 3, "values": [1]}
