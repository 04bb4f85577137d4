import torch

# float-tolerance: 1e-9


def _fix_signs(vectors: torch.Tensor) -> torch.Tensor:
    # Each column flipped so that its largest-magnitude entry is positive.
    rows = vectors.abs().argmax(dim=0)
    signs = torch.sign(vectors[rows, torch.arange(vectors.shape[1])])
    return vectors * signs


def decompositions(x: torch.Tensor) -> list[torch.Tensor]:
    a = x.double()
    spd = a @ a.mT + torch.eye(a.shape[0], dtype=torch.float64)
    q, r = torch.linalg.qr(a)
    qc, rc = torch.linalg.qr(a, mode="complete")
    empty_q, r_only = torch.linalg.qr(a, mode="r")
    w, v = torch.linalg.eigh(spd)
    u, s, vh = torch.linalg.svd(a, full_matrices=False)
    uf, sf, vhf = torch.linalg.svd(a)
    return [
        torch.linalg.cholesky(spd),
        torch.linalg.cholesky(spd, upper=True),
        q,
        r,
        qc,
        rc,
        r_only,
        empty_q,
        w,
        _fix_signs(v),
        torch.linalg.eigvalsh(spd, UPLO="U"),
        s,
        (u * s) @ vh,
        torch.round(uf.mT @ uf, decimals=12),
        torch.round(vhf @ vhf.mT, decimals=12),
        torch.linalg.svdvals(a),
        torch.linalg.pinv(a),
        torch.linalg.matrix_rank(a),
        torch.linalg.matrix_rank(a, rtol=0.5),
    ]


# inputs: {"x": [[1.0, 2.0], [3.0, -4.0], [5.0, 6.5]]}
# inputs: {"x": [[2.0, -1.0, 0.5, 3.0], [1.0, 4.0, -2.0, 0.25]]}
# inputs: {"x": [[3, 1, 2], [-1, 5, 2], [2, 2, 7]]}
# inputs: {"x": [[-2.5]]}
