import numpy as np


def sweep(n: int) -> list[np.ndarray]:
    # Many values on and near bin edges, in float32 and float64, with numbers of bins that
    # leave edges unrepresentable: every count must land where numpy puts it.
    out = []
    base = np.linspace(-3, 7, n)
    for values in [base, base**3, np.sin(base) * 1e-3, np.round(base, 1)]:
        for dtype in [np.float64, np.float32]:
            x = values.astype(dtype)
            for bins in [7, 10, 33, 100]:
                out.append(np.histogram(x, bins=bins)[0])
                out.append(np.histogram(x, bins=bins, range=(-1.1, 2.7))[0])
    out.append(np.histogram(np.arange(n) % 17, bins=17)[0])
    return out


# inputs: {"n": 1001}
# inputs: {"n": 64}
