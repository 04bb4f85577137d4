import torch
import torch.nn.functional as F

# silu, mish, softplus, elu and logsigmoid in float16 and bfloat16, which torch computes in
# float32 and rounds once: compared exactly.


def smooth_half(x: torch.Tensor) -> list[torch.Tensor]:
    v = torch.cat([x.float(), torch.tensor([float("nan"), float("inf"), -float("inf")])])
    out: list[torch.Tensor] = []
    for t in [v.half(), v.bfloat16()]:
        out.append(F.silu(t))
        out.append(F.mish(t))
        out.append(F.softplus(t))
        out.append(F.softplus(t, beta=2.0, threshold=5.0))
        out.append(F.elu(t, alpha=0.3))
        out.append(F.logsigmoid(t))
    return out


# inputs: {"x": [-30.0, -9.3, -2.5, -0.7, -0.001, 0.25, 1.5, 4.75, 12.0]}
