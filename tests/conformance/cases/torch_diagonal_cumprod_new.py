import torch

# torch.diagonal / t.diagonal, torch.diag both ways, trace, cumprod, and new_zeros /
# new_ones / new_full (the tensor's dtype unless one is given), with torch's errors.


def diagonals(m: list[list[int]], k: int) -> str:
    t = torch.tensor(m)
    f = t.float()
    lines = [
        str(t.diagonal()) + str(torch.diagonal(t, k)) + str(t.diagonal(offset=-k)),
        str(torch.diagonal(torch.arange(24).reshape(2, 3, 4), 1, 1, 2)),
        str(torch.diag(t, k)) + str(torch.diag(torch.tensor([1.5, 2.5]), -k)),
        str(torch.trace(t)) + str(f.trace()),
        str(torch.cumprod(t, dim=0)) + str(f.cumprod(1)) + str(torch.cumprod(t > 2, 0)),
        str(t.new_zeros((2, k + 1))) + str(f.new_ones([k + 1])) + str(t.new_full((2,), 7)),
        str(f.new_zeros((2,), dtype=torch.int32)),
    ]
    try:
        lines.append(str(torch.diagonal(t, 0, 1, 1)))
    except RuntimeError as e:
        lines.append("RuntimeError: " + str(e))
    try:
        lines.append(str(torch.trace(t[0])))
    except RuntimeError as e:
        lines.append("RuntimeError: " + str(e))
    try:
        lines.append(str(torch.diag(torch.zeros(2, 2, 2))))
    except RuntimeError as e:
        lines.append("RuntimeError: " + str(e))
    return "\n".join(lines)


# inputs: {"m": [[1, 2, 3], [4, 5, 6], [7, 8, 9]], "k": 1}
# inputs: {"m": [[1, 2, 3, 4], [5, 6, 7, 8]], "k": 2}
