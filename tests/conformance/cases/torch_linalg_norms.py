import torch

# float-tolerance: 1e-13


def norms(x: torch.Tensor) -> list[torch.Tensor]:
    m = x.double()
    batch = torch.stack([m, m * 2.0 - 1.0, -m])
    return [
        torch.linalg.norm(m),
        torch.linalg.norm(m, 2),
        torch.linalg.norm(m, -2),
        torch.linalg.norm(m, "nuc"),
        torch.linalg.norm(m, "fro"),
        torch.linalg.norm(m, 1),
        torch.linalg.norm(m, float("-inf")),
        torch.linalg.norm(m, dim=1),
        torch.linalg.norm(m, 3.0, dim=0, keepdim=True),
        torch.linalg.norm(batch, 2, dim=(1, 2)),
        torch.linalg.norm(batch, dim=(2, 0)),
        torch.linalg.matrix_norm(batch),
        torch.linalg.matrix_norm(batch, 2),
        torch.linalg.matrix_norm(batch, "nuc", keepdim=True),
        torch.linalg.matrix_norm(batch, -1, dim=(0, 2)),
        torch.linalg.matrix_norm(batch, float("inf")),
        torch.linalg.vector_norm(batch),
        torch.linalg.vector_norm(batch, 1.0, dim=(0, 2)),
        torch.linalg.vector_norm(batch, float("inf"), dim=-1, keepdim=True),
        torch.linalg.vector_norm(batch, keepdim=True),
        torch.linalg.norm(batch, 2, (0, 2)),
        torch.linalg.norm(batch, None, (1, 2), True),
        torch.linalg.vector_norm(batch, 3.0, (0, 1)),
        torch.linalg.matrix_norm(batch, 1, (2, 1)),
    ]


# inputs: {"x": [[1.0, -2.0], [3.0, 4.0]]}
# inputs: {"x": [[1, 2, 3], [-4, 5, -6]]}
# inputs: {"x": [[2.0, 0.0, 1.0], [0.0, 3.0, -1.0], [1.0, -1.0, 5.0]]}
# inputs: {"x": [[1.0, 2.0], [2.0, 5.0], [3.0, 6.0]]}
