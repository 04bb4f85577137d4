import torch

# float-tolerance: 1e-6


def special_functions(x: torch.Tensor) -> tuple[list[torch.Tensor], list[str]]:
    a = torch.where(x == 99, float("nan"), x)
    f = a.float()
    p = torch.tensor([0.5, 0.1, 0.9, 0.0, 1.0, 0.999, 1e-5, -0.5, 2.0])
    logged = p.clone().logit_(eps=1e-3)
    inverted = p.clone().erfinv_()
    n = torch.tensor([0, 1, -1, 2])
    results = [
        torch.sinc(a),
        f.sinc(),
        torch.special.sinc(f.flip(0)),
        torch.sinc(n),
        torch.sinc(a.half()),
        torch.sinc(a.bfloat16()),
        torch.erfinv(p),
        p.double().erfinv(),
        torch.special.erfinv(-p),
        torch.erfinv(n),
        torch.logit(p),
        p.logit(eps=0.01),
        torch.logit(p.double(), 1e-6),
        torch.special.logit(p),
        torch.logit(n),
        logged,
        inverted,
    ]
    return results, [str(r.dtype) for r in results]


# inputs: {"x": [0.0, 0.5, -1.5, 2.25, 99, 1e-3, 10.0]}
