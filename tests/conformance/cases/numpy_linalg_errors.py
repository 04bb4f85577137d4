import numpy as np


def _run(a: np.ndarray, op: str) -> np.ndarray:
    if op == "inv":
        return np.linalg.inv(a)
    if op == "solve":
        return np.linalg.solve(a, np.ones(a.shape[0]))
    if op == "det":
        return np.linalg.det(a)
    if op == "eigh":
        return np.linalg.eigh(a)[0]
    if op == "svd":
        return np.linalg.svd(a)[1]
    return np.linalg.cholesky(a)


def caught(a: np.ndarray, op: str, as_value_error: bool) -> str:
    # numpy.linalg.LinAlgError is a ValueError: either handler catches it.
    if as_value_error:
        try:
            _run(a, op)
        except ValueError as e:
            return "ValueError handler: " + str(e)
        return "no error"
    try:
        _run(a, op)
    except np.linalg.LinAlgError as e:
        return "LinAlgError handler: " + str(e)
    return "no error"


# inputs: {"a": [[1.0, 2.0], [2.0, 4.0]], "op": "inv", "as_value_error": false}
# inputs: {"a": [[1.0, 2.0], [2.0, 4.0]], "op": "inv", "as_value_error": true}
# inputs: {"a": [[0.0, 0.0], [0.0, 0.0]], "op": "solve", "as_value_error": false}
# inputs: {"a": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "op": "inv", "as_value_error": false}
# inputs: {"a": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "op": "det", "as_value_error": true}
# inputs: {"a": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "op": "eigh", "as_value_error": false}
# inputs: {"a": [1.0, 2.0], "op": "svd", "as_value_error": false}
# inputs: {"a": [[[1, 0], [0, 1]], [[1, 1], [1, 1]]], "op": "inv", "as_value_error": false}
# inputs: {"a": [[1.0, 2.0], [3.0, 4.0]], "op": "cholesky", "as_value_error": true}
# inputs: {"a": [[1.0, 2.0], [3.0, 4.0]], "op": "inv", "as_value_error": true}
