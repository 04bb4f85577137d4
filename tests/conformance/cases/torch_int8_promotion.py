import torch


def torch_int8_promotion(x: torch.Tensor) -> list[str]:
    i8 = x.to(torch.int8)
    others = [
        x > 0,
        x.to(torch.int32),
        x.to(torch.int64),
        x.to(torch.float16),
        x.to(torch.bfloat16),
        x.to(torch.float32),
        x.to(torch.float64),
    ]
    out = []
    for o in others:
        out.append(str((i8 + o).dtype) + " " + str((o + i8).dtype) + " " + repr(i8 * o))
    out.append(str((i8 + 1).dtype))
    out.append(str((i8 + 1.5).dtype))
    out.append(str((i8 / 2).dtype))
    out.append(str((i8 + torch.tensor(5)).dtype))
    out.append(str((i8 + torch.tensor(2.5, dtype=torch.float64)).dtype))
    return out


# inputs: {"x": [1, -2, 3, 127]}
