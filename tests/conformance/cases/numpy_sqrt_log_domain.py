import numpy as np


def domains(x: np.ndarray) -> list[np.ndarray]:
    s = np.sqrt(x)
    lg = np.log(x)
    return [
        np.isnan(s),
        np.where(np.isnan(s), -1.0, s),
        np.isinf(lg),
        np.where(np.isfinite(lg), lg, 0.0),
        np.log1p(np.abs(x)),
        np.isnan(np.log1p(x - 10)),
    ]


# inputs: {"x": [4.0, -1.0, 0.0, 2.25]}
# inputs: {"x": [1.0, 10.0]}
