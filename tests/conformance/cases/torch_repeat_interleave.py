import torch

# torch.repeat_interleave / t.repeat_interleave: an int or a tensor of repeats (one per slice,
# or one for all), along a dim or flattened; the index form torch.repeat_interleave(counts).


def interleave(x: torch.Tensor, counts: torch.Tensor) -> list[torch.Tensor]:
    return [
        torch.repeat_interleave(x, 2),
        torch.repeat_interleave(x, 2, dim=0),
        torch.repeat_interleave(x, 3, dim=-1),
        x.repeat_interleave(2, 1),
        x.repeat_interleave(0, dim=0),
        torch.repeat_interleave(x, counts, dim=0),
        x.t().repeat_interleave(counts, dim=1),
        torch.repeat_interleave(x, torch.tensor([2]), dim=1),
        torch.repeat_interleave(x, torch.tensor(3), dim=0),
        torch.repeat_interleave(x.float(), counts.int(), dim=0),
        torch.repeat_interleave(counts),
        torch.repeat_interleave(torch.tensor(2.5), 3),
        torch.repeat_interleave(torch.zeros(0, 2), 2, dim=0),
        torch.repeat_interleave(x.bool(), 2, dim=1),
    ]


# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "counts": [1, 3]}
# inputs: {"x": [[1, -2], [0, 4], [7, 8]], "counts": [0, 2, 1]}
