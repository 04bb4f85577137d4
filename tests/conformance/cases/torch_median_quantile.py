import torch


def stats(x: torch.Tensor) -> list[torch.Tensor]:
    f = x.float()
    values, indices = torch.median(f, dim=1)
    kept = f.median(0, keepdim=True)
    return [
        torch.median(f),
        torch.median(x),
        x.median(),
        values,
        indices,
        kept.values,
        kept.indices,
        torch.median(x, -1).indices,
        torch.quantile(f, 0.3),
        torch.quantile(f, 0.75, dim=0),
        torch.quantile(f, 0.4, dim=-1, keepdim=True),
        torch.quantile(f, torch.tensor([0.1, 0.5, 0.9]), dim=1),
        torch.quantile(x.double(), 0.35),
        f.quantile(1.0, dim=0),
        torch.quantile(f, 0.3, keepdim=True),
    ]


# inputs: {"x": [[3, 1, 2, 7], [4, 4, 0, 9], [1, 5, 5, 2]]}
# inputs: {"x": [[5, 2, 2, 1, 2, 2, 3], [1, 1, 1, 1, 1, 1, 1]]}
# inputs: {"x": [[0.1, 0.7, 0.3], [2.5, -1.25, 3.0]]}
