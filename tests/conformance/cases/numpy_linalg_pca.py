import numpy as np

# float-tolerance: 1e-9


def _orient(components: np.ndarray) -> np.ndarray:
    # Each component (a row) flipped so that its largest-magnitude entry is positive.
    columns = np.argmax(np.abs(components), axis=1)
    signs = np.sign(components[np.arange(components.shape[0]), columns])
    return components * signs[:, np.newaxis]


def pca_whiten(x: np.ndarray, k: int) -> list[np.ndarray]:
    # PCA of embeddings through the SVD of the centered data and through the covariance's
    # eigh, projections onto the top k components, and ZCA whitening.
    centered = x - x.mean(axis=0)
    _, s, vt = np.linalg.svd(centered, full_matrices=False)
    top = _orient(vt[:k])
    covariance = centered.T @ centered / (x.shape[0] - 1)
    w, v = np.linalg.eigh(covariance)
    by_eigh = _orient(v[:, ::-1][:, :k].T)
    whitening = v @ np.diag(1.0 / np.sqrt(w + 1e-6)) @ v.T
    white = centered @ whitening
    return [
        s,
        top,
        centered @ top.T,
        by_eigh,
        w[::-1],
        white.T @ white / (x.shape[0] - 1) + 1.0,
    ]


# inputs: {"x": [[0.9, 0.1, 0.3], [0.2, 0.8, 0.1], [0.4, 0.4, 0.9], [0.7, 0.3, 0.2]], "k": 2}
# inputs: {"x": [[1, 2, 0, 1], [3, 1, 1, 0], [0, 0, 2, 2], [2, 2, 1, 3], [1, 0, 0, 1]], "k": 3}
