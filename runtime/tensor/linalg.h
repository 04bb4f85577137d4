// Linear algebra: matmul (numpy's gufunc with broadcast batch dimensions, 1-D operands
// promoted and their dimension removed again), dot, and vector / matrix norms.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "runtime/tensor/array.h"

namespace ingot::rt::tensor {

Array matmul(const Array& a, const Array& b, Rules rules = Rules::Numpy);
// np.dot: the sum over a's last axis and b's second-to-last (its only one when 1-D);
// multiplication when either is 0-d.
Array dot(const Array& a, const Array& b, Rules rules = Rules::Numpy);

// np.tensordot(a, b, (axes_a, axes_b)): the sum over those axes, paired in order, as one
// matrix product of a and b with the summed axes moved together; numpy's errors.
Array tensordot(const Array& a, const Array& b, std::vector<int64_t> axes_a,
                std::vector<int64_t> axes_b);
// np.inner: the sum over the last axes (multiplication where either is 0-d).
Array inner(const Array& a, const Array& b);
// np.vdot: the dot product of the flattened arrays.
Array vdot(const Array& a, const Array& b);
// np.kron / torch.kron: the Kronecker product, the smaller rank padded with leading 1s.
Array kron(const Array& a, const Array& b, Rules rules = Rules::Numpy);

// np.einsum / torch.einsum over explicit labels ("ij,jk->ik", "bhqd,bhkd->bhqk", "ii->i",
// "i,j->ij", "ij->", implicit outputs like "ij,jk", and '...' for broadcast dimensions:
// "...ij,...jk->...ik"). Each pair of operands contracts through matmul; repeated labels
// take diagonals.
Array einsum(std::string_view subscripts, const std::vector<Array>& operands,
             Rules rules = Rules::Numpy);

// torch.cdist(x1, x2, p): the p-norm distance between each row of x1 (..., P, M) and each
// row of x2 (..., R, M), batch dimensions broadcast: (..., P, R). p = 0 counts the
// differing columns, p = inf takes the largest difference. With p = 2 and more than 25
// rows on either side the distances come from a matrix product, as torch's default
// compute_mode takes them (faster, and as torch rounds them: about 1e-3 rather than 0 for
// a row against itself in float32).
Array cdist(const Array& x1, const Array& x2, double p);

// np.linalg.norm(x, ord, axis, keepdims) for vector norms along `axis` (ord 2, 1, inf,
// -inf, 0 or any p), and over the whole array when axis is nullopt (ord 2: the Frobenius
// norm, or a 1-D array). Integer input gives float64.
Array norm(const Array& a, double ord, std::optional<int64_t> axis, bool keepdims = false);

// The matrix norms numpy's and torch's `ord` names: 'fro', 'nuc', 2 / -2 (the largest /
// smallest singular value), 1 / -1 (column sums of |x|), inf / -inf (row sums).
enum class MatrixOrd {
  Frobenius,
  Nuclear,
  Largest,
  Smallest,
  MaxColumnSum,
  MinColumnSum,
  MaxRowSum,
  MinRowSum
};

// The matrix norm of each matrix over axes `row` and `column` (non-negative, distinct; the
// caller checks them), the others batch axes. Integer input gives float64; the singular
// values are computed in float64 whatever the dtype (decompose.h's singular_values).
Array matrix_norm(const Array& a, MatrixOrd ord, int64_t row, int64_t column, bool keepdims);

}  // namespace ingot::rt::tensor
