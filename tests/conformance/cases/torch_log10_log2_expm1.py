import torch

# float-tolerance: 1e-6
# torch.log10 / log2 / expm1 / exp2 and their methods: float32 stays float32, an integer
# tensor computes in float32; compared within a tolerance (torch's kernels are within an ulp
# or two of the true value).


def logs(x: list[float], n: list[int]) -> list[list[float]]:
    t = torch.tensor(x)
    i = torch.tensor(n)
    rows = [torch.log10(t), t.log2(), torch.expm1(t), t.exp2(), torch.log10(i), i.exp2()]
    rows += [torch.log2(t.double()), torch.expm1(t.double())]
    out: list[list[float]] = [r.tolist() for r in rows]
    out.append([float(r.dtype == torch.float32) for r in rows])
    return out


# inputs: {"x": [0.5, 1.0, 2.0, 4.0, 1000.0, 1e-7], "n": [1, 2, 3, 10, 64, 100]}
# inputs: {"x": [0.001, 3.5, 20.0, 0.0, -0.25, 80.0], "n": [5, 7, 9, 11, 13, 15]}
