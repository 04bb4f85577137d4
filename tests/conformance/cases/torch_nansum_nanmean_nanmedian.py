import torch


def nan_reduced(x: torch.Tensor) -> tuple[list[torch.Tensor], list[str]]:
    a = torch.where(x == 99, float("nan"), x)
    results = [
        torch.nansum(a),
        a.nansum(dim=0),
        torch.nansum(a.t(), -1, keepdim=True),
        torch.nansum(a, dim=(0, 1)),
        torch.nansum(x.long(), 1),
        torch.nansum(x > 2),
        torch.nanmean(a),
        a.nanmean(dim=1),
        torch.nanmean(a.float(), 0, True),
        torch.nanmedian(a),
        a.float().nanmedian(),
        torch.nanmedian(x.long()),
        torch.nanmedian(a[:0]),
    ]
    return results, [str(r.dtype) for r in results]


# inputs: {"x": [[1.0, 99, 3.0], [4.0, 5.0, 99], [99, 2.0, 0.5]]}
# inputs: {"x": [[99, 99], [99, 99]]}
# inputs: {"x": [[2.0, 8.0, 1.0, 4.0]]}
