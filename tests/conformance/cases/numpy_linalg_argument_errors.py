import numpy as np


def bad_arguments(a: np.ndarray, b: np.ndarray, op: str) -> np.ndarray:
    if op == "solve":
        return np.linalg.solve(a, b)
    if op == "stacks":
        return np.linalg.solve(np.stack([a, a, a]), b)
    if op == "scalar":
        return np.linalg.solve(a, b.sum())
    if op == "lstsq":
        return np.linalg.lstsq(a, b)[0]
    if op == "uplo":
        return np.linalg.eigvalsh(a, UPLO="X")
    if op == "qr":
        return np.linalg.qr(a, mode="x")[0]
    if op == "half":
        return np.linalg.inv(a.astype(np.float16))
    if op == "nan":
        return np.linalg.svd(a * np.nan)[1]
    return np.linalg.matrix_rank(a, tol=1.0, rtol=1.0)


# inputs: {"a": [[1.0, 0.0], [0.0, 1.0]], "b": [1.0, 2.0, 3.0], "op": "solve"}
# inputs: {"a": [[1.0, 0.0], [0.0, 1.0]], "b": [[1.0], [2.0], [3.0]], "op": "solve"}
# inputs: {"a": [[1.0, 0.0], [0.0, 1.0]], "b": [[[1.0], [2.0]], [[1.0], [2.0]]], "op": "stacks"}
# inputs: {"a": [[1.0, 0.0], [0.0, 1.0]], "b": [[[1.0], [2.0], [3.0]]], "op": "stacks"}
# inputs: {"a": [[1.0, 0.0], [0.0, 1.0]], "b": [[[1.0, 2.0], [3.0, 4.0]]], "op": "stacks"}
# inputs: {"a": [[1.0, 0.0], [0.0, 1.0]], "b": [1.0, 2.0], "op": "scalar"}
# inputs: {"a": [[1.0, 0.0], [0.0, 1.0]], "b": [1.0, 2.0, 3.0], "op": "lstsq"}
# inputs: {"a": [[[1.0, 0.0]]], "b": [1.0], "op": "lstsq"}
# inputs: {"a": [[1.0, 0.0], [0.0, 1.0]], "b": [1.0], "op": "uplo"}
# inputs: {"a": [[1.0, 0.0], [0.0, 1.0]], "b": [1.0], "op": "qr"}
# inputs: {"a": [[1.0, 0.0], [0.0, 1.0]], "b": [1.0], "op": "half"}
# inputs: {"a": [[1.0, 0.0], [0.0, 1.0]], "b": [1.0], "op": "nan"}
# inputs: {"a": [[1.0, 0.0], [0.0, 1.0]], "b": [1.0], "op": "rank"}
