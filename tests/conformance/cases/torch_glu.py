import torch
import torch.nn.functional as F

# float-tolerance: 1e-6
# torch's vectorized exp inside the sigmoid is within an ulp of the true value, not always
# the same ulp as ours: a few float32 results differ in the last bit.
# F.glu: a * sigmoid(b) for the two halves along dim, as torch computes it (a * (1 / (1 +
# exp(-b))) in float32 for float16 and bfloat16), on views, empty tensors and NaN / inf.


def gated(x: torch.Tensor) -> list[torch.Tensor]:
    v = x.float()
    specials = torch.tensor([[float("nan"), 1.0, float("inf"), -float("inf")]])
    return [
        F.glu(v),
        F.glu(v, 0),
        F.glu(v, dim=-2),
        F.glu(v.t(), 0),
        F.glu(v.double()),
        F.glu(v.half()),
        F.glu(v.bfloat16(), 0),
        F.glu(specials),
        F.glu(torch.zeros(0, 4)),
        F.glu(torch.zeros(4, 0), 0),
    ]


# inputs: {"x": [[1.0, -2.0, 0.5, 3.0], [-0.25, 4.0, -6.0, 0.0]]}
# inputs: {"x": [[0.0, 0.0, 100.0, -100.0], [2.5, -2.5, 30.0, -30.0]]}
