import torch
import torch.nn.functional as F

# float-tolerance: 1e-6
# F.linear over leading batch dimensions, with and without a bias (1-D or broadcast), on a
# transposed weight and input, 1-D operands, empty sizes and NaN: a matrix product, whose
# sums torch's BLAS adds up in another order (hence the tolerance). float16 and bfloat16
# sum in float32 and round once, the bias added before that rounding on the addmm path.


def linear(x: torch.Tensor, w: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    xs = x.float()
    ws = w.float()
    bs = b.float()
    batch = torch.stack([xs, xs * 2.0, -xs])
    wt = ws.t().contiguous().t()
    return [
        F.linear(xs, ws),
        F.linear(xs, ws, bs),
        F.linear(batch, ws, bs),
        F.linear(batch, ws),
        F.linear(batch.unsqueeze(0), ws, bs),
        F.linear(xs, wt, bs),
        F.linear(batch.transpose(0, 1), ws, bs),
        F.linear(xs[0], ws, bs),
        F.linear(xs[0], ws[0]),
        F.linear(xs, ws[0]),
        F.linear(batch, ws, bs.expand(xs.shape[0], bs.shape[0])),
        F.linear(xs.double(), ws.double(), bs.double()),
        F.linear(xs, ws, bias=None),
        F.linear(torch.zeros(0, xs.shape[1]), ws, bs),
        F.linear(xs, torch.zeros(0, xs.shape[1])),
        F.linear(torch.zeros(2, 0), torch.zeros(3, 0), torch.ones(3)),
        F.linear(xs.half(), ws.half(), bs.half()),
        F.linear(batch.bfloat16(), ws.bfloat16(), bs.bfloat16()),
        F.linear(batch.half(), ws.half()),
        F.linear(xs * float("nan"), ws, bs),
        F.linear(xs, ws, bs * float("inf")),
    ]


# inputs: {"x": [[1.0, -2.0, 0.5], [3.0, 0.25, -1.0]], "w": [[0.5, 1.0, -1.0]], "b": [0.1]}
# inputs: {"x": [[1.5, 2.0], [-1.0, 4.0]], "w": [[1, 2], [3, -4], [0.5, 0.5]], "b": [1, -1, 0]}
