import torch

# float-tolerance: 1e-9


def inverse_solve_det(x: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
    # float64 matrices (and transposed views); b one right-hand side or a stack of them.
    a = x.double()
    rhs = b.double()
    sign, logdet = torch.linalg.slogdet(a)
    return [
        torch.linalg.inv(a),
        torch.inverse(a.mT),
        a.inverse(),
        torch.linalg.solve(a, rhs),
        torch.linalg.solve(a.mT, rhs),
        torch.linalg.det(a),
        torch.det(a.mT),
        a.det(),
        sign,
        logdet,
        torch.slogdet(a)[1],
    ]


# inputs: {"x": [[4.0, 1.0, 2.0], [1.0, 3.0, 0.5], [2.0, 0.5, 5.0]], "b": [1.0, -2.0, 3.0]}
# inputs: {"x": [[0.0, 2.0], [3.0, 1.0]], "b": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]}
# inputs: {"x": [[[2, 1], [1, 3]], [[0, 1], [-2, 0.5]]], "b": [[1, 2], [3, 4]]}
# inputs: {"x": [[[2, 1], [1, 3]], [[0, 1], [-2, 0.5]]], "b": [[[1], [2]], [[3], [4]]]}
# inputs: {"x": [[1, 2], [3, 4]], "b": [[1, 0], [0, 1]]}
# inputs: {"x": [[-7.5]], "b": [3.0]}
