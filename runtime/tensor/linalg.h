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

// np.einsum / torch.einsum over explicit labels ("ij,jk->ik", "bhqd,bhkd->bhqk", "ii->i",
// "i,j->ij", "ij->" and implicit outputs like "ij,jk"). Each pair of operands contracts
// through matmul; repeated labels take diagonals. No '...' (ValueError).
Array einsum(std::string_view subscripts, const std::vector<Array>& operands,
             Rules rules = Rules::Numpy);

// np.linalg.norm(x, ord, axis, keepdims) for vector norms along `axis` (ord 2, 1, inf,
// -inf, 0 or any p), and over the whole array when axis is nullopt: the Frobenius norm for
// ord 2, or the matrix norms 1 and inf of a 2-D array. Integer input gives float64.
Array norm(const Array& a, double ord, std::optional<int64_t> axis, bool keepdims = false);

}  // namespace ingot::rt::tensor
