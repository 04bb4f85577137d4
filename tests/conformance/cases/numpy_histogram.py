import numpy as np


def histograms(a: np.ndarray) -> list[np.ndarray]:
    # Equal bins over the data's extent or a given range (Python numbers, compared in a's
    # dtype), explicit edges, densities; the float32 edges numpy computes in float32.
    out = []
    for bins in [1, 3, 10]:
        counts, edges = np.histogram(a, bins=bins)
        out += [counts, edges]
        counts, edges = np.histogram(a.astype(np.float32), bins)
        out += [counts, edges]
        counts, edges = np.histogram(a, bins=bins, range=(0, 5))
        out += [counts, edges]
        counts, edges = np.histogram(a.astype(np.float32), bins=bins, range=(0.1, 0.3))
        out += [counts, edges]
        counts, edges = np.histogram(a, bins=bins, density=True)
        out += [counts, edges]
    counts, edges = np.histogram(a, bins=[0, 1, 2.5, 4])
    out += [counts, edges]
    counts, edges = np.histogram(a, bins=np.array([-1, 0, 0, 3]), density=True)
    out += [counts, edges]
    counts, edges = np.histogram(a.astype(np.int64), bins=4)
    out += [counts, edges]
    counts, edges = np.histogram(a[:0], bins=3)
    out += [counts, edges]
    counts, edges = np.histogram(a[:1], bins=2)
    out += [counts, edges]
    counts, edges = np.histogram(a.reshape(-1, 1), bins=2, range=(2, 2))
    out += [counts, edges]
    return out


# inputs: {"a": [0.1, 0.3, 0.2, 4.9, 2.5, 3.0, 0.30000001192092896, 1.0, 2.0]}
# inputs: {"a": [-3.0, 7.25, 1e-3, 2.0, 2.0, 2.0, 100.0]}
# inputs: {"a": [5.0, 5.0, 5.0]}
