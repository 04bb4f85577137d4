import torch


def ints(values: list[int]) -> tuple[str, list[int], list[int], int]:
    t = torch.tensor(values)
    same: list[int] = t.tolist()
    doubled: list[int] = (t * 2).tolist()
    return str(t.dtype), same, doubled, t.shape[0]


# inputs: {"values": [1, 2, 3]}
# inputs: {"values": [-7, 0]}
# inputs: {"values": [2147483647, 5]}
