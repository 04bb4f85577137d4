import torch


# deg2rad / rad2deg (float32 for integers and bools), frac (floats only), float_power
# (float64 whatever the operands).
def angles(x: torch.Tensor, y: torch.Tensor) -> list[torch.Tensor]:
    return [
        torch.deg2rad(x),
        x.rad2deg(),
        torch.deg2rad(x.half()),
        x.bfloat16().rad2deg(),
        x.double().rad2deg(),
        torch.deg2rad(x > 0),
        torch.float_power(x, 2),
        x.float_power(0.5),
        torch.float_power(x, y),
        x.float().frac(),
        torch.frac(x.double() / 7),
    ]


# inputs: {"x": [180, -90, 0, 45], "y": [0.5, 2, -1, 3]}
# inputs: {"x": [1.5, -2.7, 3.25, 1e10], "y": [2, 3, 0, -0.5]}
