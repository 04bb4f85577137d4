import numpy as np


def ramps(x: np.ndarray, y: np.ndarray) -> list[np.ndarray]:
    out = []
    for w in [(0, 0), (1, 0), (0, 3), (2, 5), (7, 7)]:
        out.append(np.pad(x, w, mode="linear_ramp"))
        out.append(np.pad(x, w, mode="linear_ramp", end_values=(5, -3)))
        out.append(np.pad(x, w, mode="linear_ramp", end_values=2.5))
        out.append(np.pad(x.astype(np.float32), w, mode="linear_ramp", end_values=0.1))
        out.append(np.pad(x.astype(np.float32), w, mode="linear_ramp", end_values=[0.1, 7]))
        out.append(np.pad(x.astype(np.int32), w, mode="linear_ramp", end_values=(10, -10)))
        out.append(np.pad(x.astype(np.float16), w, mode="linear_ramp", end_values=[3, 1000]))
        out.append(np.pad(x > 2, w, mode="linear_ramp"))
        out.append(np.pad(x.astype(np.uint8), w, mode="linear_ramp", end_values=(200, 9)))
    out.append(np.pad(y, ((1, 2), (3, 1)), mode="linear_ramp", end_values=((1, 2), (3, 4))))
    out.append(np.pad(y, 2, mode="linear_ramp", end_values=np.array([[1.5, 2], [3, -4]])))
    out.append(np.pad(y.T, ((2, 0), (1, 3)), mode="linear_ramp", end_values=[(1, 2), (-3, 4)]))
    out.append(np.pad(y.astype(np.float32), 3, mode="linear_ramp", end_values=np.float32(1e-30)))
    return out


# inputs: {"x": [1.0, 4.0, 2.0, 8.5], "y": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]]}
# inputs: {"x": [3, 1], "y": [[1, 2], [3, 4], [5, 6]]}
