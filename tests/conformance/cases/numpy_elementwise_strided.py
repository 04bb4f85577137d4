import numpy as np

# float-tolerance: 1e-15


def funcs(x: np.ndarray) -> list[np.ndarray]:
    v = x[::-1, ::2]
    t = x.T
    return [
        np.exp(v),
        np.sqrt(np.abs(t)),
        np.log1p(np.abs(v)),
        np.tanh(t),
        np.sign(v),
        np.floor(t * 1.5),
        np.ceil(v / 3),
        np.round(t * 0.5),
        -v,
        np.square(t),
    ]


# inputs: {"x": [[1.0, -2.0, 3.0], [4.0, 5.0, -6.0]]}
# inputs: {"x": [[0.0, 0.5], [-0.5, 2.5], [3.5, -1.5]]}
