# expect-compile-error: as_tuple must be a literal True or False here
# expect-line: 7
import torch


def positions(t: torch.Tensor, as_tuple: bool) -> torch.Tensor:
    return torch.nonzero(t, as_tuple=as_tuple)
