# expect-compile-error: return_inverse must be a literal True or False here
# expect-line: 7
import torch


def distinct(t: torch.Tensor, inverse: bool) -> torch.Tensor:
    return t.unique(return_inverse=inverse)
