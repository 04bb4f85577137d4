import torch

# torch.topk, torch.sort and torch.max / torch.min along a dim return a
# torch.return_types.<op>: a tuple with the fields `values` and `indices`, printed torch's way.


def results(x: torch.Tensor) -> str:
    top = torch.topk(x, 2)
    best: list[list[int]] = top.indices.tolist()
    lines = [
        str(top),
        repr(torch.max(x, dim=0)),
        f"{torch.min(x, 1, keepdim=True)}",
        str(x.sort(descending=True)),
        str(top.values * 2),
        str(best),
        str(top[0]) + str(top[-1]) + str(len(top)),
        str([torch.sort(x, dim=0), torch.max(x, -1)]),
        str(x.max(dim=1).values.sum()),
    ]
    values, indices = torch.sort(x, dim=0)
    lines.append(str(values) + str(indices))
    try:
        lines.append(str(top[2]))
    except IndexError as e:
        lines.append("IndexError: " + str(e))
    return "\n".join(lines)


# inputs: {"x": [[1.5, -2.25, 3, 0.5], [4, 5.125, -6, 2]]}
# inputs: {"x": [[3, 1], [2, 7], [5, 5]]}
