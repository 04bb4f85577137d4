# expect-compile-error: unpack the pair instead
# expect-line: 9
# torch's (values, indices) pairs are tuples here: their attributes are a compile error at
# the line, saying to unpack the pair.
import torch


def best(x: torch.Tensor) -> torch.Tensor:
    return torch.topk(x, 2).indices
