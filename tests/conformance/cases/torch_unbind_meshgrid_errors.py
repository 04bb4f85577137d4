import torch


def unbind_failing(x: torch.Tensor, y: torch.Tensor, which: int) -> list[torch.Tensor]:
    if which == 0:
        return list(x.unbind(2))
    if which == 1:
        return list(x[0, 0].unbind())
    if which == 2:
        return list(torch.meshgrid(x[0], y.float(), indexing="ij"))
    return list(torch.meshgrid(x[0], y, indexing="yx"))


# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "y": [7, 8], "which": 0}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "y": [7, 8], "which": 1}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "y": [7, 8], "which": 2}
# inputs: {"x": [[1, 2, 3], [4, 5, 6]], "y": [7, 8], "which": 3}
