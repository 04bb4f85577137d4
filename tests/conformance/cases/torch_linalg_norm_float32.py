import torch

# float-tolerance: 1e-6
# (The singular values are computed in float64 and rounded to float32 once; torch's float32
# SVD rounds along the way, a few float32 ulps from it.)


def float32_norms(x: torch.Tensor) -> list[torch.Tensor]:
    m = x.float()
    return [
        torch.linalg.matrix_norm(m, 2),
        torch.linalg.matrix_norm(m, -2),
        torch.linalg.norm(m, "nuc"),
        torch.linalg.norm(m.half().float(), 2),
    ]


# inputs: {"x": [[1.0, -2.0], [3.0, 4.0]]}
# inputs: {"x": [[1.0, 2.0], [2.0, 5.0], [3.0, 6.0]]}
