// Ordering: sort, argsort, topk, argpartition along one axis. NaN sorts after every number
// (numpy's order; torch's too), and ties keep their original order: every sort here is
// stable, which is one of the orders numpy's default kind may give and the one
// kind="stable" / stable=True promise.
#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <type_traits>
#include <utility>

#include "runtime/tensor/array.h"

namespace ingot::rt::tensor {

// NaN for floating types; never for the others (so templates over every dtype can ask).
template <typename V>
bool is_nan(V x) {
  if constexpr (std::is_floating_point_v<V>) {
    return std::isnan(x);
  } else {
    return false;
  }
}

// The order every sort here uses, and numpy's searches: ascending, NaN after every number.
template <typename V>
bool nan_last_less(V x, V y) {
  if (is_nan(x) || is_nan(y)) return !is_nan(x) && is_nan(y);
  return x < y;
}

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
