import torch


def flat_view(x: torch.Tensor, transpose: bool) -> torch.Tensor:
    if transpose:
        return x.t().view(-1)
    return x.view(-1)


# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "transpose": false}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "transpose": true}
