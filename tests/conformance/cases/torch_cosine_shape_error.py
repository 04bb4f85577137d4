import torch
import torch.nn.functional as F


def similarity(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return F.cosine_similarity(a.float(), b.float())


# inputs: {"a": [[1, 2]], "b": [[3, 4]]}
# inputs: {"a": [[1, 2, 3]], "b": [[3, 4]]}
