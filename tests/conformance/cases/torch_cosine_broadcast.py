import torch
import torch.nn.functional as F

# float-tolerance: 1e-6


def query_scores(query: torch.Tensor, docs: torch.Tensor) -> list[torch.Tensor]:
    q = query.float()
    d = docs.float()
    return [F.cosine_similarity(q.unsqueeze(0), d), F.cosine_similarity(q[None, :], d, dim=-1)]


# inputs: {"query": [1, 0, 1], "docs": [[1, 0, 1], [0, 1, 0], [2, 1, 2]]}
# inputs: {"query": [0.5, -0.5], "docs": [[1.0, 1.0]]}
