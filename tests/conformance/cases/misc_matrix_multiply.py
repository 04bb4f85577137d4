def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    rows, inner, cols = len(a), len(b), len(b[0])
    return [
        [sum([a[i][k] * b[k][j] for k in range(inner)]) for j in range(cols)] for i in range(rows)
    ]


# inputs: {"a": [[1.0, 2.0], [3.0, 4.0]], "b": [[0.5, 0.0], [0.0, 2.0]]}
# inputs: {"a": [[1.0, 2.0, 3.0]], "b": [[1.0], [0.1], [0.01]]}
