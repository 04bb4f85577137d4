import torch


def _run(a: torch.Tensor, op: str) -> torch.Tensor:
    if op.startswith("half_"):
        return _run(a.half(), op[5:])
    if op.startswith("bfloat_"):
        return _run(a.bfloat16(), op[7:])
    if op == "inv":
        return torch.linalg.inv(a)
    if op == "solve":
        return torch.linalg.solve(a, torch.ones(a.shape[0], dtype=a.dtype))
    if op == "det":
        return torch.linalg.det(a)
    if op == "eigh":
        return torch.linalg.eigh(a)[0]
    if op == "svd":
        return torch.linalg.svd(a)[1]
    if op == "qr":
        return torch.linalg.qr(a, mode="x")[1]
    if op == "uplo":
        return torch.linalg.eigvalsh(a, UPLO="X")
    if op == "mixed":
        return torch.linalg.solve(a, torch.ones(a.shape[0], dtype=torch.float64))
    if op == "uplo_long":
        return torch.linalg.eigvalsh(a.long(), UPLO="X")
    if op == "qr_long":
        return torch.linalg.qr(a.long(), mode="x")[1]
    if op == "solve_long":
        return torch.linalg.solve(a.long(), torch.ones(3, dtype=torch.long))
    if op == "solve_vector":
        return torch.linalg.solve(a, torch.ones(3, dtype=torch.float64))
    if op == "slogdet":
        return torch.linalg.slogdet(a)[1]
    if op == "inverse":
        return torch.inverse(a)
    if op == "qr_reduced":
        return torch.linalg.qr(a)[0]
    if op == "rank":
        return torch.linalg.matrix_rank(a)
    if op == "pinv":
        return torch.linalg.pinv(a)
    return torch.linalg.cholesky(a)


def failing(x: torch.Tensor, op: str) -> torch.Tensor:
    # torch's errors raised out of the function: kinds and messages.
    return _run(x, op)


# inputs: {"x": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "op": "inv"}
# inputs: {"x": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "op": "det"}
# inputs: {"x": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "op": "eigh"}
# inputs: {"x": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "op": "cholesky"}
# inputs: {"x": [1.0, 2.0], "op": "inv"}
# inputs: {"x": [1.0, 2.0], "op": "svd"}
# inputs: {"x": [1.0, 2.0], "op": "eigh"}
# inputs: {"x": [1.0, 2.0], "op": "rank"}
# inputs: {"x": [1.0, 2.0], "op": "pinv"}
# inputs: {"x": [[1, 0], [0, 1]], "op": "inv"}
# inputs: {"x": [[1, 0], [0, 1]], "op": "det"}
# inputs: {"x": [[1, 0], [0, 1]], "op": "svd"}
# inputs: {"x": [[1, 0], [0, 1]], "op": "eigh"}
# inputs: {"x": [[1, 0], [0, 1]], "op": "cholesky"}
# inputs: {"x": [[1, 0], [0, 1]], "op": "rank"}
# inputs: {"x": [[1, 0], [0, 1]], "op": "pinv"}
# inputs: {"x": [[1, 0], [0, 1]], "op": "solve"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "qr"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "uplo"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "mixed"}
# inputs: {"x": [[1.0, 2.0], [2.0, 4.0]], "op": "inv"}
# inputs: {"x": [[1.0, 2.0], [2.0, 1.0]], "op": "cholesky"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "uplo_long"}
# inputs: {"x": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "op": "uplo"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "qr_long"}
# inputs: {"x": [1.0, 2.0], "op": "qr"}
# inputs: {"x": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "op": "solve_long"}
# inputs: {"x": [1.0, 2.0, 3.0], "op": "solve_vector"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "half_slogdet"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "half_solve"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "half_inv"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "half_inverse"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "half_qr_reduced"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "half_svd"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "half_eigh"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "half_cholesky"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "half_det"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "half_pinv"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "half_rank"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "bfloat_slogdet"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "bfloat_solve"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "bfloat_inv"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "bfloat_inverse"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "bfloat_qr_reduced"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "bfloat_svd"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "bfloat_eigh"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "bfloat_cholesky"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "bfloat_det"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "bfloat_pinv"}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "bfloat_rank"}
