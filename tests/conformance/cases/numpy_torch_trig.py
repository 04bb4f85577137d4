import numpy as np
import torch

# float-tolerance: 1e-6
# Trigonometric and hyperbolic functions, numpy's and torch's spellings: integer input
# gives float64 in numpy and float32 in torch; out of the domain is NaN.


def trig(x: list[float], positions: int) -> list[list[float]]:
    a = np.array(x)
    t = torch.tensor(x)
    pos = np.arange(positions)
    # Rotary position angles, as RoPE glue code computes them.
    inv = 1.0 / (10000 ** (np.arange(0, 4, 2) / 4))
    angles = np.outer(pos, inv)
    return [
        np.sin(a).tolist(),
        np.cos(a.astype(np.float32)).tolist(),
        np.tan(a).tolist(),
        np.arcsin(a / 10).tolist(),
        np.arccos(a / 10).tolist(),
        np.arctan(a).tolist(),
        np.sinh(a).tolist(),
        np.cosh(a).tolist(),
        np.arcsinh(a).tolist(),
        np.arccosh(np.abs(a) + 1).tolist(),
        np.arctanh(a / 10).tolist(),
        np.sin(pos).tolist(),
        np.asin(a / 20).tolist(),
        np.cos(angles).ravel().tolist(),
        torch.sin(t).tolist(),
        t.cos().tolist(),
        torch.atan(t).tolist(),
        torch.asin(t / 10).tolist(),
        torch.arccos(t / 10).tolist(),
        torch.tan(t.double()).tolist(),
        torch.sinh(t).tolist(),
        torch.cos(torch.arange(positions)).tolist(),
        torch.atanh(t / 10).tolist(),
        torch.acosh(t).tolist(),
        torch.outer(torch.arange(positions), t[:2]).ravel().tolist(),
        np.outer(a[:3], [1, 2]).ravel().tolist(),
    ]


# inputs: {"x": [0.5, -1.25, 3.0, 0.0, -0.0, 7.5], "positions": 4}
# inputs: {"x": [Infinity, -Infinity, NaN, 1e-8, 20.0, -9.0], "positions": 0}
