import torch

# float-tolerance: 1e-4


def single_precision(x: torch.Tensor) -> tuple[list[torch.Tensor], list[str]]:
    # torch computes float32 input in float32 (LAPACK's sgetrf, ssyevd, sgesdd); here it is
    # computed in float64 and rounded, so results agree to float32's precision.
    a = x.float()
    gram = a @ a.mT + torch.eye(a.shape[0])
    u, s, vh = torch.linalg.svd(a, full_matrices=False)
    w, v = torch.linalg.eigh(gram)
    results = [
        torch.linalg.inv(gram),
        torch.linalg.det(gram),
        torch.linalg.cholesky(gram),
        torch.linalg.solve(gram, torch.ones(a.shape[0])),
        s,
        (u * s) @ vh,
        w,
        torch.linalg.pinv(a),
        torch.linalg.matrix_rank(a),
    ]
    dtypes = [str(t.dtype) for t in [u, s, vh, w, v] + results]
    return results, dtypes


# inputs: {"x": [[1.0, 2.0, 0.5], [3.0, -4.0, 1.0], [5.0, 6.5, -2.0], [0.5, 0.25, 1.0]]}
# inputs: {"x": [[2.0, -1.0], [1.0, 4.0]]}
