import torch


def reshaped(x: torch.Tensor, k: int) -> tuple[list[torch.Tensor], list[str]]:
    a = torch.where(x == 99, float("nan"), torch.where(x == 98, float("inf"), x))
    a = torch.where(a == -98, float("-inf"), a)
    cleaned = a.clone()
    cleaned.nan_to_num_(nan=-1.0)
    results = [
        torch.nan_to_num(a),
        a.nan_to_num(nan=5.0, posinf=1e3),
        torch.nan_to_num(a.float(), neginf=-2.0),
        torch.nan_to_num(x.long()),
        cleaned,
        torch.diff(x),
        torch.diff(x, n=2, dim=0),
        x.diff(dim=-2),
        torch.diff(x.t()),
        torch.diff(x, n=0),
        torch.diff(x, n=9),
        torch.diff(x > 1),
        torch.diff(x.long(), prepend=x.long()[:, :1], append=x.long()[:, 1:]),
        torch.diff(x.float(), dim=0, prepend=x[:1]),
        torch.roll(x, k),
        torch.roll(x, k, 0),
        x.roll(-k, dims=-1),
        torch.roll(x, (1, k), (0, 1)),
        torch.roll(x.t(), (k,)),
        x.roll(shifts=[k, 1], dims=[1, 0]),
        torch.roll(x, [k]),
        torch.roll(x, 2, (1,)),
    ]
    return results, [str(r.dtype) for r in results]


# inputs: {"x": [[1.0, 99, 98], [-98, 2.0, 3.0]], "k": 1}
# inputs: {"x": [[4.0, 1.0], [0.0, -6.0], [2.5, 2.5]], "k": -5}
