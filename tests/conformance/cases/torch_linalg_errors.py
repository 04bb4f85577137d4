import torch


def _run(a: torch.Tensor, op: str) -> torch.Tensor:
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
    if op == "rank":
        return torch.linalg.matrix_rank(a)
    if op == "pinv":
        return torch.linalg.pinv(a)
    return torch.linalg.cholesky(a)


def caught(x: torch.Tensor, op: str, as_runtime_error: bool) -> str:
    # torch.linalg.LinAlgError (torch._C._LinAlgError) is a RuntimeError.
    if as_runtime_error:
        try:
            _run(x, op)
        except RuntimeError as e:
            return "RuntimeError handler: " + str(e)
        return "no error"
    try:
        _run(x, op)
    except torch.linalg.LinAlgError as e:
        return "LinAlgError handler: " + str(e)
    return "no error"


# inputs: {"x": [[1.0, 2.0], [2.0, 4.0]], "op": "inv", "as_runtime_error": false}
# inputs: {"x": [[1.0, 2.0], [2.0, 4.0]], "op": "inv", "as_runtime_error": true}
# inputs: {"x": [[[1, 0], [0, 1.0]], [[1, 2], [2, 4]]], "op": "inv", "as_runtime_error": false}
# inputs: {"x": [[0.0, 0.0], [0.0, 0.0]], "op": "solve", "as_runtime_error": false}
# inputs: {"x": [[[1, 0], [0, 1.0]], [[0, 0], [0, 0]]], "op": "solve", "as_runtime_error": true}
# inputs: {"x": [[1.0, 2.0], [3.0, 4.0]], "op": "cholesky", "as_runtime_error": false}
# inputs: {"x": [[[4, 0], [0, 1.0]], [[1, 0], [0, -1]]], "op": "cholesky", "as_runtime_error": true}
# inputs: {"x": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "op": "inv", "as_runtime_error": true}
# inputs: {"x": [[1.0, 0.0], [0.0, 1.0]], "op": "det", "as_runtime_error": false}
