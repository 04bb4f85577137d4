import torch


def texts(x: torch.Tensor, scale: float) -> list[str]:
    f = x.float() * scale
    return [
        str(f),
        repr(f),
        str(f.double()),
        str(f.reshape(-1)[0]),
        str(f.double().reshape(-1)[0]),
        str(f[None]),
        str(f.half()),
        str(f.to(torch.bfloat16)),
        str(f / 3.0),
        str(f * 1e9),
        str(f * 1e-6),
        str(f.round()),
        str(-f),
        str(f.long()),
        str(f.int()),
        str(f.long().to(torch.uint8)),
        str(f > 0),
        str(f.reshape(-1)[0] > 0),
        str(f.long().reshape(-1)[0].int()),
        str(f / 0.0),
        str(f - f),
        str(torch.zeros(0)),
        str(torch.zeros(0, 3)),
        str(torch.zeros(2, 0).long()),
        str(torch.zeros(0).long()),
        str(torch.zeros(0).bool()),
        str(torch.zeros(0).double()),
        f"{f}",
        f"{f.reshape(-1)[0]}",
        f"{f.reshape(-1)[0]:.2f}",
        f"x = {f.long()}!",
    ]


# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "scale": 1.0}
# inputs: {"x": [[1.5, -2.25, 0.0], [3.0, 1000.0, -7.125]], "scale": 1.0}
# inputs: {"x": [[1.5, -2.25, 0.0], [3.0, 1000.0, -7.125]], "scale": 0.001}
# inputs: {"x": [[0.1, 0.2, 0.3]], "scale": 123456.0}
# inputs: {"x": [[1.0, 100000.0], [3.0, -4.0]], "scale": 1.0}
# inputs: {"x": [[0.0, 0.0], [0.0, 0.0]], "scale": 1.0}
# inputs: {"x": [[-0.5, 0.5]], "scale": 3.0}
