import numpy as np

# float-tolerance: 1e-15


def funcs(x: np.ndarray) -> list[np.ndarray]:
    return [
        np.exp(x),
        np.log1p(x),
        np.sqrt(x),
        np.tanh(x),
        np.sign(x - 1),
        np.floor(x),
        np.ceil(x),
        np.round(x),
        np.square(x),
        np.negative(x),
        x**2,
        np.power(x, 0.5),
    ]


# inputs: {"x": [0.0, 0.5, 1.5, 2.5, 3.25]}
# inputs: {"x": [[1.0, 4.0], [9.0, 16.0]]}
