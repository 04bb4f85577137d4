import numpy as np

# float-tolerance: 1e-5


def rounded_products(m: int, k: int, n: int) -> list[np.ndarray]:
    # Positive values with fractions (no cancellation, so a relative tolerance holds): the
    # float32 and float64 products agree with numpy's BLAS to rounding; float64 stays float64.
    a = (np.arange(m * k).reshape(m, k) % 11) * 0.37 + 0.125
    b = (np.arange(k * n).reshape(k, n) % 13) * 0.21 + 0.25
    a32 = a.astype(np.float32)
    b32 = b.astype(np.float32)
    return [a32 @ b32, a @ b, (a32 @ b32).dtype == np.float32, (a @ b).dtype == np.float64]


# inputs: {"m": 20, "k": 300, "n": 40}
# inputs: {"m": 3, "k": 5, "n": 2}
