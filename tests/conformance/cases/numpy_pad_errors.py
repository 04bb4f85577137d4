import numpy as np


def bad_pad(x: np.ndarray, case: int) -> np.ndarray:
    if case == 0:
        return np.pad(x, -1)
    if case == 1:
        return np.pad(x, (2, -3))
    if case == 2:
        return np.pad(x, (1, 2, 3))
    if case == 3:
        return np.pad(x, ((1, 2), (1, 2), (3, 4)))
    if case == 4:
        return np.pad(x, 1, mode="bogus")
    if case == 5:
        return np.pad(x, 1, mode="edge", constant_values=3)
    if case == 6:
        return np.pad(x, [[1, 2], [3, -1]])
    if case == 7:
        return np.pad(x, (1.5, 2.0))
    if case == 8:
        return np.pad(x, 1, constant_values=(1, 2, 3))
    if case == 9:
        return np.pad(x[:0], 1, mode="wrap")
    if case == 10:
        return np.pad(x.astype(np.uint8), ((1, 2), (3, 4)), constant_values=((300, 1), (2, 3)))
    if case == 11:
        return np.pad(x, 1, constant_values=np.nan)
    if case == 12:
        return np.pad(x, 1, constant_values=float("inf"))
    if case == 13:
        return np.pad(x, 1, mode="maximum", stat_length=0)
    if case == 14:
        return np.pad(x, 0, mode="minimum", stat_length=(2, 0))
    if case == 15:
        return np.pad(x, 1, mode="mean", stat_length=(1, -2))
    if case == 16:
        return np.pad(x, 1, mode="edge", stat_length=2)
    if case == 17:
        return np.pad(x, 1, mode="mean", end_values=2)
    if case == 18:
        return np.pad(x, 1, mode="linear_ramp", stat_length=[1, 2])
    if case == 19:
        return np.pad(x, 1, mode="linear_ramp", end_values=(1, 2, 3))
    if case == 20:
        return np.pad(x[:, :0], ((0, 0), (1, 0)), mode="median")
    if case == 21:
        return np.pad(x, 1, mode="constant", end_values=0.5)
    return np.pad(x, 1, mode="wrap", reflect_type="odd")


# inputs: {"x": [[1, 2], [3, 4]], "case": 0}
# inputs: {"x": [[1, 2], [3, 4]], "case": 1}
# inputs: {"x": [[1, 2], [3, 4]], "case": 2}
# inputs: {"x": [[1, 2], [3, 4]], "case": 3}
# inputs: {"x": [[1, 2], [3, 4]], "case": 4}
# inputs: {"x": [[1, 2], [3, 4]], "case": 5}
# inputs: {"x": [[1, 2], [3, 4]], "case": 6}
# inputs: {"x": [[1, 2], [3, 4]], "case": 7}
# inputs: {"x": [[1, 2], [3, 4]], "case": 8}
# inputs: {"x": [[1, 2], [3, 4]], "case": 9}
# inputs: {"x": [[1, 2], [3, 4]], "case": 10}
# inputs: {"x": [[1, 2], [3, 4]], "case": 11}
# inputs: {"x": [[1, 2], [3, 4]], "case": 12}
# inputs: {"x": [[1, 2], [3, 4]], "case": 13}
# inputs: {"x": [[1, 2], [3, 4]], "case": 14}
# inputs: {"x": [[1, 2], [3, 4]], "case": 15}
# inputs: {"x": [[1, 2], [3, 4]], "case": 16}
# inputs: {"x": [[1, 2], [3, 4]], "case": 17}
# inputs: {"x": [[1, 2], [3, 4]], "case": 18}
# inputs: {"x": [[1, 2], [3, 4]], "case": 19}
# inputs: {"x": [[1, 2], [3, 4]], "case": 20}
# inputs: {"x": [[1, 2], [3, 4]], "case": 21}
# inputs: {"x": [[1, 2], [3, 4]], "case": 22}
