import torch
import torch.nn.functional as F


def batch(rows: list[list[int]], length: int) -> list[torch.Tensor]:
    # Token ids of several lengths padded to one batch length, with their attention masks.
    ids = [F.pad(torch.tensor(r), (0, length - len(r)), value=0) for r in rows]
    masks = [F.pad(torch.ones(len(r), dtype=torch.long), (0, length - len(r))) for r in rows]
    return [torch.stack(ids), torch.stack(masks)]


# inputs: {"rows": [[101, 7, 102], [101, 102], [101, 5, 6, 7, 102]], "length": 5}
# inputs: {"rows": [[101, 102]], "length": 2}
# inputs: {"rows": [[101, 7, 8, 102]], "length": 2}
