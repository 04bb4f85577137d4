import torch


def magnitudes(x: torch.Tensor) -> list[torch.Tensor]:
    return [torch.abs(x), x.abs(), torch.sign(x), x.sign(), torch.abs(x.float()), x.float().sign()]


# inputs: {"x": [-3, 0, 4]}
# inputs: {"x": [[-1, 1], [-9223372036854775807, 2]]}
# inputs: {"x": [0]}
