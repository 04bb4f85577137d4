import torch


def best_k(x: torch.Tensor, k: int) -> list[torch.Tensor]:
    v = x.float()
    values, indices = torch.topk(v, k)
    small_values, small_indices = torch.topk(v, k, largest=False)
    row_values, row_indices = v.topk(k, dim=-1)
    return [values, indices, small_values, small_indices, row_values, row_indices]


# inputs: {"x": [[3, 1, 4, 1, 5], [9, 2, 6, 5, 3]], "k": 2}
# inputs: {"x": [[0.5, -0.5, 0.25]], "k": 3}
# inputs: {"x": [[7, 7, 7]], "k": 1}
