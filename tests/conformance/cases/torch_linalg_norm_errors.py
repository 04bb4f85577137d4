import torch


def norm_errors(x: torch.Tensor, which: int) -> torch.Tensor:
    if which == 0:
        return torch.linalg.norm(x)
    if which == 1:
        return torch.linalg.matrix_norm(x, 3.0)
    if which == 2:
        return torch.linalg.matrix_norm(x, dim=(0, 0))
    if which == 3:
        return torch.linalg.norm(x, 2)
    if which == 4:
        return torch.linalg.norm(x, "fro")
    if which == 5:
        return torch.linalg.vector_norm(x, dim=(0, 0))
    if which == 6:
        return torch.linalg.matrix_norm(x, "max")
    if which == 7:
        return torch.linalg.norm(x, dim=(0, 1, 1))
    return torch.linalg.matrix_norm(x, dim=(0, 5))


# inputs: {"x": [[1, 2], [3, 4]], "which": 0}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "which": 1}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "which": 2}
# inputs: {"x": [[[1.0, 2.0], [3.0, 4.0]]], "which": 3}
# inputs: {"x": [1.0, 2.0], "which": 4}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "which": 5}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "which": 6}
# inputs: {"x": [[[1.0, 2.0], [3.0, 4.0]]], "which": 7}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "which": 8}
# inputs: {"x": [[1, 2], [3, 4]], "which": 1}
