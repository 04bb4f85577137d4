import torch

# float-tolerance: 1e-6
# torch.addmm / baddbmm (and their method spellings): beta * input + alpha * product, input
# broadcast to the product's shape; beta=0 ignores input's NaN. Matrix products: torch's BLAS
# sums in another order (hence the tolerance).


def fused(a: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    m1 = a.float()
    m2 = b.float()
    bias = torch.ones(m2.shape[1])
    nan_bias = torch.full((m1.shape[0], m2.shape[1]), float("nan"))
    b1 = torch.stack([m1, m1 * 2.0])
    b2 = torch.stack([m2, -m2])
    return [
        torch.addmm(bias, m1, m2),
        torch.addmm(bias, m1, m2, beta=0.5, alpha=2.0),
        torch.addmm(nan_bias, m1, m2, beta=0.0),
        bias.addmm(m1, m2),
        torch.addmm(bias, m1.t().contiguous().t(), m2.t().contiguous().t()),
        torch.addmm(torch.zeros(m1.shape[0], 1), m1, m2),
        torch.addmm(bias.double(), m1.double(), m2.double(), alpha=-1.0),
        torch.baddbmm(bias, b1, b2),
        torch.baddbmm(torch.zeros(2, 1, 1), b1, b2, beta=2.0, alpha=0.5),
        torch.zeros(2, m1.shape[0], m2.shape[1]).baddbmm(b1, b2),
        torch.baddbmm(bias, b1.transpose(1, 2).transpose(1, 2), b2),
        torch.addmm(bias.long(), a.long(), b.long(), beta=2, alpha=3),
        torch.addmm(bias.half() * 0.3, (m1 * 0.7).half(), (m2 * 1.3).half()),
        torch.baddbmm((bias * 0.3).bfloat16(), (b1 * 0.7).bfloat16(), (b2 * 1.1).bfloat16()),
    ]


# inputs: {"a": [[1, -2, 3], [0, 4, -1]], "b": [[2, 1], [-1, 0], [3, 5]]}
# inputs: {"a": [[1, 2], [3, 4]], "b": [[5, -6], [7, 8]]}
