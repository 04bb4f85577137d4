import torch


def sweep(n: int) -> list[torch.Tensor]:
    # Scattered values, exact in every step: (i * 7919) % 1009 - 500, over 7.
    x = ((torch.arange(n, dtype=torch.float64) * 7919) % 1009 - 500) / 7.0
    # Many q over rows of several lengths in float32 and float64: torch's arithmetic to the
    # last bit (no tolerance).
    f = x.float()
    qs = [
        0.0,
        0.034483,
        0.068966,
        0.103448,
        0.137931,
        0.172414,
        0.206897,
        0.241379,
        0.275862,
        0.310345,
        0.344828,
        0.37931,
        0.413793,
        0.448276,
        0.482759,
        0.517241,
        0.551724,
        0.586207,
        0.62069,
        0.655172,
        0.689655,
        0.724138,
        0.758621,
        0.793103,
        0.827586,
        0.862069,
        0.896552,
        0.931034,
        0.965517,
        1.0,
    ]
    out: list[torch.Tensor] = [
        torch.quantile(f, torch.tensor(qs)),
        torch.quantile(x, torch.tensor(qs, dtype=torch.float64)),
    ]
    for q in qs:
        out.append(torch.quantile(f, q))
        out.append(torch.quantile(x, q))
        out.append(torch.quantile(f.reshape(1, -1), q, dim=1))
    return out


# inputs: {"n": 2}
# inputs: {"n": 7}
# inputs: {"n": 20}
# inputs: {"n": 33}
