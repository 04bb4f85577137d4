import torch
import torch.nn.functional as F

# F.embedding / torch.embedding: weight's rows for an index tensor of any shape (int64 or
# int32), padding_idx accepted (it only changes gradients); on a transposed weight too.


def embed(ids: torch.Tensor, weight: torch.Tensor) -> list[torch.Tensor]:
    w = weight.float()
    return [
        F.embedding(ids, w),
        F.embedding(ids.int(), w),
        F.embedding(ids.view(-1), w),
        F.embedding(ids[0, 0], w),
        F.embedding(ids.t(), w),
        F.embedding(ids, w.t().contiguous().t()),
        F.embedding(ids, w, padding_idx=0),
        F.embedding(ids, w, padding_idx=-1),
        F.embedding(ids, weight.long()),
        F.embedding(ids, w.half()),
        F.embedding(torch.zeros(0, 2).long(), w),
        F.embedding(ids, torch.zeros(w.shape[0], 0)),
        torch.embedding(w, ids),
    ]


# inputs: {"ids": [[0, 2], [1, 1], [2, 0]], "weight": [[1, 2, 3], [4, 5, 6], [7.5, -8, 9]]}
