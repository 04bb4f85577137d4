import torch
import torch.nn.functional as F


def bad_pad(t: torch.Tensor, case: int) -> torch.Tensor:
    x = t.float()
    if case == 0:
        return F.pad(x, (1,))
    if case == 1:
        return F.pad(x, (1, 1, 1, 1, 1, 1))
    if case == 2:
        return F.pad(x, (1, 1), mode="bogus")
    if case == 3:
        return F.pad(x, (3, 1), mode="reflect")
    if case == 5:
        return F.pad(x, (1, 1), mode="replicate", value=2.0)
    if case == 6:
        return F.pad(x, (4, 1), mode="circular")
    if case == 7:
        return F.pad(t > 0, (1, 1), mode="reflect")
    if case == 9:
        return F.pad(x, (-2, -2))
    if case == 10:
        return F.pad(x, (-2, -2), mode="reflect")
    if case == 11:
        return F.pad(x.unsqueeze(0), (1, 1, -2, 0), mode="replicate")
    if case == 12:
        return F.pad(x, (-2, -2), mode="circular")
    if case == 13:
        return F.pad(x[:, :0], (1, 1), mode="replicate")
    if case == 14:
        return F.pad(t.to(torch.uint8), (1, 1), value=-1)
    if case == 15:
        return F.pad(t.to(torch.int32), (1, 1), value=2.0**31)
    if case == 16:
        return F.pad(t, (1, 1), value=float("nan"))
    if case == 17:
        return F.pad(t.half(), (1, 1), value=70000.0)
    if case == 18:
        return F.pad(x.unsqueeze(0), (3, 3, 5, 5), mode="reflect")
    if case == 20:
        return F.pad(t.to(torch.int8), (1, 1), value=-128.5)
    if case == 21:
        return F.pad(t.to(torch.int8), (1, 1), value=127.9)
    if case == 19:
        return F.pad(x.unsqueeze(0).unsqueeze(0), (1, 1, 1, 1, -2, -1), mode="reflect")
    return F.pad(x, (1, 1, 1), mode="constant")


# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 0}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 1}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 2}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 3}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 5}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 6}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 7}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 9}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 10}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 11}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 12}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 13}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 14}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 15}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 16}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 17}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 18}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 19}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 20}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 20}
# inputs: {"t": [[1, 2, 3], [4, 5, 6]], "case": 21}
