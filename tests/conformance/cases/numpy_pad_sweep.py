import numpy as np


def sweep(limit: int) -> list[np.ndarray]:
    # Every mode, axis lengths 1 to 4 and widths up to `limit` on each side, so pads many
    # times wider than the axis are compared too.
    out = []
    modes = ["edge", "reflect", "symmetric", "wrap", "constant", "linear_ramp"]
    for mode in [*modes, "maximum", "mean", "median", "minimum"]:
        for n in range(1, 5):
            x = np.arange(n) * 10 + 1
            for before in range(limit + 1):
                for after in range(limit + 1):
                    out.append(np.pad(x, (before, after), mode=mode))
            grid = np.arange(2 * n).reshape(2, n)
            out.append(np.pad(grid, ((limit, 1), (2, limit)), mode=mode))
    return out


# inputs: {"limit": 9}
