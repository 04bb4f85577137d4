import torch


def made_like(x: torch.Tensor, n: int) -> list[str]:
    f = x.float()
    made = [
        x.new_zeros(2, n),
        f.new_zeros(n),
        f.new_ones(n, 2, dtype=torch.int32),
        x.new_ones((n,)),
        f.new_empty(2, n).shape == (2, n),
        x.new_empty((n, 1), dtype=torch.float64).dtype == torch.float64,
        f.new_tensor([1, 2, 3]),
        x.new_tensor([[1.7, -2.2], [3.0, 0.5]]),
        x.new_tensor([True, False], dtype=torch.float64),
        f.new_full((n,), 7),
    ]
    return [str(m) for m in made]


# inputs: {"x": [1, 2, 3], "n": 2}
# inputs: {"x": [1, 2, 3], "n": 0}
# inputs: {"x": [1, 2, 3], "n": -1}
