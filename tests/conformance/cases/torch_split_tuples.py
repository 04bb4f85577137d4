import torch

# split and chunk return tuples in torch, printed as tuples of tensors; cat and stack take
# them back.


def parts(x: torch.Tensor) -> str:
    halves = x.chunk(2, dim=1)
    rows = torch.split(x, 1)
    return "\n".join(
        [
            str(halves),
            repr(x.split([1, x.shape[1] - 1], dim=1)),
            str(len(rows)) + " " + str(rows[-1]),
            str(torch.cat(halves, dim=1)),
            str(torch.stack(rows, dim=0).shape),
        ]
    )


# inputs: {"x": [[1, 2, 3], [4, 5, 6]]}
# inputs: {"x": [[0.5, 1.5], [3.5, 4.5], [6.5, 7.5]]}
