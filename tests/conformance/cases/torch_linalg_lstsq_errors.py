import torch


def bad_least_squares(x: torch.Tensor, y: torch.Tensor, op: str) -> torch.Tensor:
    if op == "dtypes":
        return torch.linalg.lstsq(x.double(), y.float())[0]
    if op == "long":
        return torch.linalg.lstsq(x.long(), y.long())[0]
    # y's shape picks vectors or matrices; solutions are rounded (+ 0.0 makes -0.0 0.0).
    return torch.round(torch.linalg.lstsq(x.double(), y.double())[0], decimals=9) + 0.0


# inputs: {"x": [1.0, 2.0], "y": [1.0, 2.0], "op": "float"}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "y": [1.0, 2.0], "op": "dtypes"}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "y": [1.0, 2.0], "op": "long"}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "y": [1.0, 2.0, 3.0], "op": "float"}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "y": [[1.0], [2.0], [3.0]], "op": "float"}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "y": [[[[1.0]]]], "op": "float"}
# inputs: {"x": [[[1, 2], [3, 4.0]], [[1, 2], [3, 4]]], "y": [[1.0, 2.0]], "op": "float"}
# inputs: {"x": [[[1, 2], [3, 4]], [[1, 2], [3, 4]], [[1, 2], [3, 4]]], "y": [[1], [2]], "op": "f"}
# inputs: {"x": [[[1, 2], [3, 4.0]], [[1, 2], [3, 4]]], "y": [[1, 1], [2, 1]], "op": "float"}
# inputs: {"x": [[[1, 2], [3, 4.0]], [[1, 2], [3, 4]]], "y": [[[1], [2]], [[3], [4]]], "op": "f"}
