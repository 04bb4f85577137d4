import torch

# torch.round(t, decimals=d) and t.round(decimals=d): in the tensor's float type; an
# integer tensor takes only decimals=0.


def rounded(x: list[float], d: int) -> str:
    t = torch.tensor(x)
    lines = [
        str(torch.round(t, decimals=d)),
        str(t.round(decimals=-d)),
        str(torch.round(t.double(), decimals=d + 1)),
        str(torch.round(t)),
        str(torch.round(t.long())),
    ]
    try:
        lines.append(str(torch.round(t.long(), decimals=d)))
    except NotImplementedError as e:
        lines.append("NotImplementedError: " + str(e))
    return "\n".join(lines)


# inputs: {"x": [1.2345, -2.5, 0.125, 1250.0, 2.675], "d": 2}
# inputs: {"x": [15.5, -25.25, 35.125], "d": 1}
