import numpy as np

# float-tolerance: 1e-6
# (The singular values are computed in float64 and rounded to float32 once; LAPACK's float32
# SVD rounds along the way, a few float32 ulps from it.)


def float32_norms(x: np.ndarray) -> list[np.ndarray]:
    m = x.astype(np.float32)
    return [
        np.linalg.norm(m, 2),
        np.linalg.norm(m, -2),
        np.linalg.norm(m, "nuc"),
        np.linalg.norm(m, 2).dtype == np.float32,
    ]


# inputs: {"x": [[1.0, -2.0], [3.0, 4.0]]}
# inputs: {"x": [[1.0, 2.0], [2.0, 5.0], [3.0, 6.0]]}
