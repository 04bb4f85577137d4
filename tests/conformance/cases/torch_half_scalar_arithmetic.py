import torch


# A float16 / bfloat16 tensor and a Python number: torch computes in float32 without
# rounding the number to the tensor's type first, and rounds the result once.
def scaled(x: list[float], k: float) -> list[torch.Tensor]:
    h = torch.tensor(x, dtype=torch.float16)
    b = torch.tensor(x, dtype=torch.bfloat16)
    return [h * k, k * h, h / k, k / h, h + k, k - h, b * k, b / k, h * 3001, b - 1e-3]


# inputs: {"x": [180, -90, 45, 3.3, 0.1], "k": 0.017453292519943295}
# inputs: {"x": [1.0, 2.5, -0.0, 65504], "k": 0.125}
# inputs: {"x": [0.3333, 1e-4, 7], "k": 1.1}
