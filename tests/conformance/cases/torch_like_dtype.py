import torch


# dtype= on torch's *_like creators, as a causal mask is built from the scores it masks.
def likes(x: torch.Tensor) -> list[torch.Tensor]:
    mask = torch.ones_like(x, dtype=torch.bool).tril().logical_not()
    blank = torch.empty_like(x, dtype=torch.float16)
    return [
        torch.zeros_like(x, dtype=torch.int64),
        torch.ones_like(x, dtype=torch.float64),
        x.masked_fill(mask, float("-inf")),
        torch.tensor(list(blank.shape)),
        torch.tensor(torch.zeros_like(x, dtype=None).dtype == x.dtype),
        torch.full_like(x, 2, dtype=torch.int32),
    ]


# inputs: {"x": [[1.5, 2.0], [3.0, 4.0]]}
# inputs: {"x": [[1, 2, 3]]}
# inputs: {"x": [[true, false], [false, true]]}
