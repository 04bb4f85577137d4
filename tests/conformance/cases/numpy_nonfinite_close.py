import numpy as np

# isclose and allclose with inf and NaN: inf is close only to the same inf, NaN to nothing
# unless equal_nan.


def close(x: list[float]) -> str:
    a = np.array(x)
    inf = np.array([np.inf, -np.inf, np.nan, 1.0])
    return "\n".join(
        [
            repr(np.isclose(a, inf)),
            repr(np.isclose(inf, inf)),
            repr(np.isclose(inf, inf, equal_nan=True)),
            str(np.allclose(inf, inf)) + str(np.allclose(inf, inf, equal_nan=True)),
        ]
    )


# inputs: {"x": [1e308, -1e308, 0.0, 1.0]}
