import torch


def membership(a: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    out = [torch.isin(a, b), torch.isin(a, b, invert=True), torch.isin(a.reshape(2, -1), b)]
    out += [torch.isin(a, 2), torch.isin(a.float(), b.double()), torch.isin(a, b[:0])]
    out += [torch.isin(a.to(torch.uint8), torch.tensor([258, 2]))]
    out += [torch.isin(a.float() / 10, 0.2), torch.isin(a.half(), b.long())]
    return out


# inputs: {"a": [3, 1, 2, 2, 9, 4], "b": [2, 4, 4, 7]}
# inputs: {"a": [0.5, NaN, 2.0, 2.0, -1.0, 3.0], "b": [NaN, 2.0, 3.0, 0.1]}
