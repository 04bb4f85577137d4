import torch

# float-tolerance: 1e-5
# torch.cdist with p = 2 and more than 25 rows on a side takes its distances from a matrix
# product (torch's default compute_mode), so they agree with torch's to rounding.


def far_distances(rows: int, columns: int) -> list[list[list[float]]]:
    a = torch.arange(rows * columns, dtype=torch.float32).reshape(rows, columns).sin()
    b = (torch.arange(7 * columns, dtype=torch.float32).reshape(7, columns) * 1.7 + 3).cos() + 4
    return [torch.cdist(a, b).tolist(), torch.cdist(b, a).tolist(), torch.cdist(a, b, p=1).tolist()]


# inputs: {"rows": 30, "columns": 5}
# inputs: {"rows": 26, "columns": 64}
# inputs: {"rows": 3, "columns": 2}
