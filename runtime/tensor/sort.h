// Ordering: sort, argsort, topk, argpartition along one axis. NaN sorts after every number
// (numpy's order; torch's too), and ties keep their original order: every sort here is
// stable, which is one of the orders numpy's default kind may give and the one
// kind="stable" / stable=True promise.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>

#include "runtime/tensor/array.h"

namespace ingot::rt::tensor {

// np.sort / torch.sort(...).values; the flattened array when axis is nullopt.
Array sort(const Array& a, std::optional<int64_t> axis, bool descending = false);
// np.argsort / torch.argsort: int64 positions.
Array argsort(const Array& a, std::optional<int64_t> axis, bool descending = false);
// torch.topk(a, k, dim, largest, sorted): (values, int64 indices), best first.
std::pair<Array, Array> topk(const Array& a, int64_t k, int64_t dim = -1, bool largest = true);
// np.argpartition(a, kth, axis): the element at kth is where a full sort puts it, smaller
// ones before it and larger ones after (in no promised order).
Array argpartition(const Array& a, int64_t kth, int64_t axis = -1);

}  // namespace ingot::rt::tensor
