import numpy as np

# float-tolerance: 1e-6
# log10, log2, expm1 and exp2: float32 stays float32, integers compute in float64; numpy's
# own float32 kernels are within an ulp or two of the true value, so floats are compared
# within a tolerance.


def logs(x: list[float], n: list[int]) -> list[list[float]]:
    a = np.array(x)
    f = a.astype(np.float32)
    i = np.array(n)
    rows = [np.log10(a), np.log2(a), np.expm1(a), np.exp2(a)]
    rows += [np.log10(f), np.log2(f), np.expm1(f), np.exp2(f)]
    rows += [np.log10(i), np.log2(i), np.expm1(i), np.exp2(i)]
    out: list[list[float]] = [r.tolist() for r in rows]
    out.append([float(str(r.dtype) == "float32") for r in rows])
    return out


# inputs: {"x": [0.5, 1.0, 2.0, 4.0, 1000.0, 1e-7], "n": [1, 2, 3, 10, 64, 100]}
# inputs: {"x": [0.001, 3.5, 20.0, 0.0, -0.25, 88.0], "n": [5, 7, 9, 11, 13, 15]}
