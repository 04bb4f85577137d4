import torch

# torch's function and method spellings of the operators, isclose / allclose / equal,
# flip, creation (full, full_like, empty, eye, linspace), masked_select, fill_ and zero_,
# clip, neg, .type(dtype) and .to("cpu").


def more(x: list[list[float]], n: int) -> str:
    t = torch.tensor(x)
    lines = [
        str(torch.add(t, t)) + str(t.add(1).mul(2).sub(1).div(2)),
        str(torch.mul(t, 3)) + str(t.divide(t)) + str(torch.sub(t, 1.5)),
        str(t.eq(t)) + str(t.gt(0)) + str(torch.le(t, 2)) + str(t.ne(1.5)) + str(t.lt(t)),
        str(torch.isclose(t, t + 1e-9)) + str(t.isclose(t * 2, rtol=0.6)),
        str(torch.allclose(t, t)) + str(torch.equal(t, t)) + str(t.equal(t.flip(0))),
        str(torch.flip(t, [0])) + str(t.flip(0, 1)) + str(torch.flip(t, (1,))),
        str(torch.full((2, 2), 7)) + str(torch.full([n], 1.5)) + str(torch.full((1,), True)),
        str(torch.full_like(t, 3)) + str(torch.empty(2, n).shape) + str(torch.empty((n,)).shape),
        str(torch.eye(2)) + str(torch.eye(2, 3)) + str(torch.eye(n, dtype=torch.int64)),
        str(torch.linspace(0, 1, 7)) + str(torch.linspace(-3, 10, n + 3)),
        str(torch.linspace(0, 10, 5, dtype=torch.int64)) + str(torch.linspace(2, 3, 1)),
        str(t.masked_select(t > 0)) + str(torch.masked_select(t, torch.tensor([True, False]))),
        str(torch.clip(t, 0, 1)) + str(t.clip(max=2)) + str(t.neg()) + str(torch.negative(t)),
        str(t.type(torch.float64)) + str(t.to("cpu")),
        str(t.clone().fill_(2)) + str(t.long().fill_(2.7)) + str(t.clone().zero_()),
    ]
    try:
        lines.append(str(torch.isclose(t, t.long())))
    except RuntimeError as e:
        lines.append("RuntimeError: " + str(e))
    try:
        lines.append(str(t.masked_select(t.long())))
    except RuntimeError as e:
        lines.append("RuntimeError: " + str(e))
    try:
        lines.append(str(torch.flip(t, [2])))
    except IndexError as e:
        lines.append("IndexError: " + str(e))
    return "\n".join(lines)


# inputs: {"x": [[1.5, -2.25], [4, 5.125]], "n": 3}
# inputs: {"x": [[0.0, 1.0], [-0.5, 100.0]], "n": 1}
