#include "runtime/tensor/sort.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include "runtime/core/errors.h"
#include "runtime/tensor/index.h"
#include "runtime/tensor/shape.h"

namespace ingot::rt::tensor {

namespace {

// Ascending with NaN last; descending with NaN first (torch's descending sort).
template <typename C>
bool comes_before(C x, C y, bool descending) {
  if constexpr (std::is_floating_point_v<C>) {
    if (std::isnan(x) || std::isnan(y)) return descending ? !std::isnan(y) : !std::isnan(x);
  }
  return descending ? x > y : x < y;
}

// Calls order(positions, n, value) for every run along `axis`: positions start as 0..n-1
// for the order to permute, value(i) reads the run's element i. Returns the permuted
// positions as int64, shaped as `a`.
template <typename Order>
Array positions_along(const Array& a, int64_t axis, Order order) {
  const Array moved = contiguous(moveaxis(a, axis, -1));
  const int64_t inner = moved.ndim() == 0 ? 1 : moved.shape().back();
  const int64_t outer = inner == 0 ? 0 : moved.size() / inner;
  Array positions(DType::Int64, moved.shape());
  visit_dtype(a.dtype(), [&]<typename T>() {
    const T* values = moved.data<T>();
    for (int64_t r = 0; r < outer; ++r) {
      int64_t* p = positions.data<int64_t>() + r * inner;
      std::iota(p, p + inner, int64_t{0});
      const T* run = values + r * inner;
      order(p, inner, [run](int64_t i) { return load(run[i]); });
    }
  });
  return moveaxis(positions, -1, axis);
}

Array sorted_positions(const Array& a, int64_t axis, bool descending) {
  return positions_along(a, axis, [descending](int64_t* p, int64_t n, auto value) {
    std::stable_sort(p, p + n, [&](int64_t i, int64_t j) {
      return comes_before(value(i), value(j), descending);
    });
  });
}

}  // namespace

Array argsort(const Array& a, std::optional<int64_t> axis, bool descending) {
  const Array source = axis ? a : reshape(a, {-1});
  const int64_t d = normalize_axis(axis.value_or(-1), std::max<int64_t>(source.ndim(), 1));
  if (source.ndim() == 0) return zeros({}, DType::Int64);
  return sorted_positions(source, d, descending);
}

Array sort(const Array& a, std::optional<int64_t> axis, bool descending) {
  const Array source = axis ? a : reshape(a, {-1});
  if (source.ndim() == 0) return copy(source);
  const int64_t d = normalize_axis(axis.value_or(-1), source.ndim());
  return take_along_axis(source, sorted_positions(source, d, descending), d);
}

std::pair<Array, Array> topk(const Array& a, int64_t k, int64_t dim, bool largest) {
  const int64_t d = normalize_axis(dim, std::max<int64_t>(a.ndim(), 1));
  const int64_t size = a.ndim() == 0 ? 1 : a.shape()[d];
  if (k < 0 || k > size) raise(ExcKind::RuntimeError, "selected index k out of range");
  if (a.ndim() == 0) return {copy(a), zeros({}, DType::Int64)};
  // The best k first: descending for the largest (NaN counts as largest), ascending else.
  const Array order = narrow(sorted_positions(a, d, largest), d, 0, k);
  const Array indices = copy(order);
  return {take_along_axis(a, indices, d), indices};
}

Array argpartition(const Array& a, int64_t kth, int64_t axis) {
  const int64_t d = normalize_axis(axis, std::max<int64_t>(a.ndim(), 1));
  const int64_t size = a.ndim() == 0 ? 1 : a.shape()[d];
  const int64_t at = kth < 0 ? kth + size : kth;
  if (at < 0 || at >= size) {
    raise(ExcKind::ValueError,
          "kth(=" + std::to_string(at) + ") out of bounds (" + std::to_string(size) + ")");
  }
  return positions_along(a, d, [at](int64_t* p, int64_t n, auto value) {
    std::nth_element(p, p + at, p + n,
                     [&](int64_t i, int64_t j) { return comes_before(value(i), value(j), false); });
  });
}

}  // namespace ingot::rt::tensor
