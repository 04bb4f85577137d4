import torch


def strided(x: torch.Tensor) -> list[torch.Tensor]:
    t = x.t()
    every_other = x[:, ::2]
    return [
        t + 1,
        t * t,
        t.sum(0),
        every_other * 10,
        every_other.contiguous(),
        t @ x,
        t.exp().log(),
    ]


# inputs: {"x": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]}
# inputs: {"x": [[0.5, -0.5, 1.5, -1.5]]}
