import numpy as np


def odd_pads(limit: int) -> list[np.ndarray]:
    # reflect_type="odd": borders wider than the axis keep rising or falling, chunk by chunk,
    # as numpy builds them; every other reflect_type is numpy's "even".
    out = []
    for mode in ["reflect", "symmetric"]:
        for n in range(1, 5):
            x = np.array([1, 4, 2, 9])[:n] * 3
            for before in range(limit + 1):
                for after in range(0, limit + 1, 2):
                    out.append(np.pad(x, (before, after), mode=mode, reflect_type="odd"))
            grid = np.arange(2 * n).reshape(2, n) ** 2
            out.append(np.pad(grid, ((limit, 1), (2, limit)), mode=mode, reflect_type="odd"))
            out.append(np.pad(grid, 3, mode=mode, reflect_type="even"))
            out.append(np.pad(grid, 3, mode=mode, reflect_type="sideways"))
        y = np.array([[0.5, -1.25, 3.0], [2.0, 7.5, -0.5]], dtype=np.float32)
        out.append(np.pad(y, ((2, 3), (4, 1)), mode=mode, reflect_type="odd"))
        out.append(np.pad(y.astype(np.uint8), 4, mode=mode, reflect_type="odd"))
        out.append(np.pad(y > 1, 2, mode=mode, reflect_type="odd"))
    return out


# inputs: {"limit": 9}
