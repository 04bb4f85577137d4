import torch
import torch.nn.functional as F


def relus(x: torch.Tensor) -> list[torch.Tensor]:
    return [torch.relu(x), F.relu(x), x.relu(), F.relu(x.float()), torch.relu(x.double())]


# inputs: {"x": [-2, 0, 3]}
# inputs: {"x": [[-1.5, 1.5], [0.0, -0.0]]}
# inputs: {"x": [7]}
