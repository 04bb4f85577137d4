import numpy as np

# float-tolerance: 1e-6


def exp_edges(x: np.ndarray) -> list[np.ndarray]:
    # float32 through the vectorized exp: whole vectors and the scalar tail, contiguous and
    # strided; overflow to inf, underflow through the subnormals to 0, NaN, +-inf, +-0.
    v = np.concatenate([x, np.arange(-110.0, 95.0, 2.75)]).astype(np.float32)
    special = np.array([np.nan, np.inf, -np.inf, 0.0, -0.0, np.nan, 1.0]).astype(np.float32)
    return [np.exp(v), np.exp(v[::-2]), np.exp(special), np.exp(np.concatenate([v, special]))]


# inputs: {"x": [88.72283, 88.72284, 88.7229, 89.0, 100.0, -87.33654, -87.34, 3.0e38]}
# inputs: {"x": [-103.0, -103.97, -103.98, -104.0, -150.0, -1.0e30, -95.5, -90.0]}
# inputs: {"x": [0.5, -0.5, 1e-8, -1e-8, 10.0, -10.0, 20.5, 88.0, -88.0, -60.25]}
# inputs: {"x": [0.0]}
