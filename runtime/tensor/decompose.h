// Dense matrix decompositions (np.linalg / torch.linalg): LU with partial pivoting (inv,
// solve, det, slogdet), Cholesky, Householder QR, the symmetric eigenproblem by tridiagonal
// reduction and the implicit QL iteration, the SVD by one-sided Jacobi rotations, and what is built
// on them (pinv, matrix_rank, lstsq). Our own code, no LAPACK: every matrix of a stack (..., m, n)
// is computed in float64, as numpy computes every dtype, and the results are rounded to float32 for
// float32 input (float64 otherwise, integers and bool included).
//
// The callers (python.h) check ranks, squareness and dtypes with their library's words;
// what only the factorization finds (a singular matrix, one not positive-definite) is raised
// here, in numpy's words (LinAlgError) or torch's (torch._C._LinAlgError, with torch's
// "(Batch element i): " for stacked input) by `rules`.
#pragma once

#include <cstdint>
#include <optional>

#include "runtime/tensor/array.h"

namespace ingot::rt::tensor {

// The dtype of a decomposition's results: float32 stays float32, everything else float64.
DType decomposition_dtype(DType input);

// The inverse of each square matrix; singular ones raise.
Array inverse(const Array& a, Rules rules = Rules::Numpy);
// X with A X = B for each square A (..., m, m) and B (..., m, k), the batch dimensions
// broadcast; singular A raises.
Array solve_matrices(const Array& a, const Array& b, Rules rules = Rules::Numpy);

// The sign (-1, 0 or 1) and natural log of |det| of each square matrix (0 and -inf when
// singular), each of shape (...).
struct SignLogDet {
  Array sign;
  Array logabsdet;
};
SignLogDet sign_logdet(const Array& a);
// The determinant: numpy's sign * exp(logabsdet) (so [[1, 2], [3, 4]] gives
// -2.0000000000000004 as numpy's does), torch's product of U's diagonal.
Array determinant(const Array& a, Rules rules = Rules::Numpy);

// L with L L^T = A read from A's lower triangle, or (upper) U with U^T U = A from its upper
// triangle; raises where A is not positive-definite.
Array cholesky(const Array& a, bool upper, Rules rules = Rules::Numpy);

// Householder QR with LAPACK's conventions (each reflector makes R's diagonal entry
// -sign(a_jj) * |column|, so Q and R of a full-rank matrix are LAPACK's). Reduced: Q
// (..., m, k), R (..., k, n) for k = min(m, n); complete: Q (..., m, m), R (..., m, n);
// R only: q is left empty.
enum class QrMode { Reduced, Complete, R };
struct QR {
  Array q;
  Array r;
};
QR qr(const Array& a, QrMode mode);

// The eigenvalues of each symmetric matrix (read from its lower triangle, or its upper one),
// ascending, and with `vectors` the unit eigenvectors as columns in the same order: Householder
// reduction to tridiagonal form, then the implicit QL iteration with Wilkinson's shift.
// Non-finite input gives NaN (LAPACK's answer is unspecified there).
struct Eigh {
  Array values;
  Array vectors;
};
Eigh eigh(const Array& a, bool upper, bool vectors, Rules rules = Rules::Numpy);

// U, S (descending) and V^T of each matrix; full_matrices completes U and V^T to square
// orthogonal matrices, compute_uv false leaves u and vt empty. Non-finite input raises
// (numpy's "SVD did not converge", torch's message).
struct SVD {
  Array u;
  Array s;
  Array vt;
};
SVD svd(const Array& a, bool full_matrices, bool compute_uv, Rules rules = Rules::Numpy);

// The singular values of each matrix in the last two axes, largest first, as float64 of
// shape (..., min(m, n)) whatever the dtype, non-finite input included (matrix norms).
Array singular_values(const Array& a);

// The SVD of each symmetric matrix (its lower triangle read) from its eigendecomposition, as
// numpy's svd(hermitian=True) takes it: s = |eigenvalues| descending, U the eigenvectors, V^T
// their transposes times the eigenvalues' signs.
SVD hermitian_svd(const Array& a, bool compute_uv);

// np.linalg.pinv: V diag(1/s) U^T, dropping the singular values at or below rcond * s_max
// (with `hermitian`, from hermitian_svd). Non-finite input raises as svd does.
Array pinv(const Array& a, double rcond, bool hermitian = false);

// np.linalg.matrix_rank of each matrix: the singular values above tol, or above rtol (default
// max(m, n) * eps of the result dtype) times the largest, counted as int64.
// With `hermitian`, the singular values are hermitian_svd's.
Array matrix_rank(const Array& a, std::optional<double> tol, std::optional<double> rtol,
                  bool hermitian = false);

// np.linalg.lstsq for a 2-D a (m, n) and b (m,) or (m, k): the minimum-norm least-squares
// solution through the SVD, singular values at or below rcond * s_max dropped (default
// eps * max(m, n)); residuals (the squared 2-norm of each column of b - a x) only when the
// rank is n and m > n, else empty; the rank as int32, numpy's type; the singular values.
struct Lstsq {
  Array x;
  Array residuals;
  Array rank;
  Array s;
};
Lstsq lstsq(const Array& a, const Array& b, std::optional<double> rcond);

// The same minimum-norm solutions for stacks: a (..., m, n) and b (..., m, k), batch
// dimensions broadcast (`rules` words the failure); x (..., n, k) in a's decomposition dtype,
// `rank` set to each system's rank (int64, the batch shape).
Array least_squares_stack(const Array& a, const Array& b, double rcond, Array& rank,
                          Rules rules = Rules::Numpy);

}  // namespace ingot::rt::tensor
