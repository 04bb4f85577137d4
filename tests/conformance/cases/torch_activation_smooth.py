import torch
import torch.nn.functional as F

# float-tolerance: 1e-6
# silu, mish, softplus, elu and logsigmoid in float32 and float64: torch's formulas step by
# step, but torch's vectorized exp / log1p / tanh / expm1 are within an ulp of the true value
# rather than correctly rounded, so a few float32 results differ from ours in the last bit.
# torch_activation_smooth_half.py compares float16 and bfloat16 exactly.


def smooth(x: torch.Tensor) -> list[torch.Tensor]:
    nan = float("nan")
    inf = float("inf")
    v = torch.cat([x.float(), torch.tensor([nan, inf, -inf, -0.0, 0.0])])
    out: list[torch.Tensor] = []
    for t in [v, v.double()]:
        out.append(F.silu(t))
        out.append(F.mish(t))
        out.append(F.softplus(t))
        out.append(F.softplus(t, beta=2.0, threshold=5.0))
        out.append(F.softplus(t, 0.5, 1.0))
        out.append(F.elu(t))
        out.append(F.elu(t, alpha=0.3))
        out.append(F.logsigmoid(t))
    return out


# inputs: {"x": [-30.0, -9.3, -2.5, -0.7, -1e-05, 0.25, 1.5, 4.75, 12.0, 25.0]}
# inputs: {"x": [-100.0, 80.0, 2.6, 19.9, 20.1, -1e-30]}
# inputs: {"x": []}
