import numpy as np


def sweep(n: int) -> list[np.ndarray]:
    # Scattered values, exact in every step: (i * 7919) % 1009 - 500, over 7.
    x = ((np.arange(n) * 7919) % 1009 - 500) / 7.0
    # Many q over rows of several lengths, in each float dtype and int64: numpy's linear
    # interpolation to the last bit (no tolerance).
    qs = [
        0.0,
        0.027027,
        0.054054,
        0.081081,
        0.108108,
        0.135135,
        0.162162,
        0.189189,
        0.216216,
        0.243243,
        0.27027,
        0.297297,
        0.324324,
        0.351351,
        0.378378,
        0.405405,
        0.432432,
        0.459459,
        0.486486,
        0.513514,
        0.540541,
        0.567568,
        0.594595,
        0.621622,
        0.648649,
        0.675676,
        0.702703,
        0.72973,
        0.756757,
        0.783784,
        0.810811,
        0.837838,
        0.864865,
        0.891892,
        0.918919,
        0.945946,
        0.972973,
        1.0,
    ]
    out: list[np.ndarray] = [np.quantile(x, qs), np.percentile(x, [q * 100.0 for q in qs])]
    for q in qs:
        out.append(np.quantile(x.astype(np.float32), q))
        out.append(np.quantile(x.astype(np.float16), q))
        out.append(np.percentile(x.astype(np.int64), q * 100.0))
        out.append(np.quantile(x.reshape(1, -1), q, axis=1))
    return out


# inputs: {"n": 2}
# inputs: {"n": 7}
# inputs: {"n": 20}
# inputs: {"n": 33}
