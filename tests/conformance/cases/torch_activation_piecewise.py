import torch
import torch.nn.functional as F

# hardswish, hardsigmoid, relu6 and leaky_relu: no transcendental step, so every dtype
# matches torch's CPU kernels exactly (x * clamp(x + 3, 0, 6) / 6 rounded step by step).


def piecewise(x: torch.Tensor) -> list[torch.Tensor]:
    nan = float("nan")
    inf = float("inf")
    edges = torch.tensor([nan, inf, -inf, -0.0, 0.0, -3.0, 3.0, 6.0])
    v = torch.cat([x.float(), edges])
    out: list[torch.Tensor] = []
    for t in [v, v.double(), v.half(), v.bfloat16()]:
        out.append(F.hardswish(t))
        out.append(F.hardsigmoid(t))
        out.append(F.relu6(t))
        out.append(F.leaky_relu(t))
        out.append(F.leaky_relu(t, 0.2))
        out.append(F.leaky_relu(t, negative_slope=-1.5))
    return out


# inputs: {"x": [-4.0, -2.9, -1.1, -0.01, 0.3, 1.7, 2.999, 5.9, 7.25]}
# inputs: {"x": [0.1, -0.1, 1e-30, -1e-30, 3.4e38, -3.4e38]}
# inputs: {"x": []}
