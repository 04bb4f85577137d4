import torch


def _specials(x: torch.Tensor) -> torch.Tensor:
    # 99 stands for NaN, 98 for +inf and -98 for -inf (JSON has none of them).
    a = torch.where(x == 99, float("nan"), x)
    return torch.where(a == 98, float("inf"), torch.where(a == -98, float("-inf"), a))


def unary_exact(x: torch.Tensor) -> tuple[list[torch.Tensor], list[str]]:
    a = _specials(x)
    v = a.flip(0)
    n = torch.tensor([3, -1, 1, 0, 2, -7])
    inplace = a.clone()
    inplace.reciprocal_()
    truncated = a.clone().trunc_()
    fixed = n.clone().fix_()
    results = [
        torch.reciprocal(v),
        a.float().reciprocal(),
        torch.reciprocal(n),
        torch.reciprocal(n > 0),
        torch.trunc(v),
        a.half().fix(),
        torch.trunc(n),
        torch.signbit(v),
        n.signbit(),
        torch.signbit(n > 0),
        torch.isneginf(v),
        a.isposinf(),
        torch.isposinf(n),
        inplace,
        truncated,
        fixed,
    ]
    return results, [str(r.dtype) for r in results]


# inputs: {"x": [1.5, -2.5, 0.0, -0.0, 99, 98, -98, 0.25, -0.75, 7.0]}
# inputs: {"x": [[2.0, -0.5], [99, 3.75]]}
# inputs: {"x": []}
