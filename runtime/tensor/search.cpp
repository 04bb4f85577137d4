#include "runtime/tensor/search.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "runtime/core/errors.h"
#include "runtime/tensor/shape.h"
#include "runtime/tensor/sort.h"

namespace ingot::rt::tensor {

namespace {

// Whether the element x of a sorted row goes before the value v: numpy compares with NaN
// last, torch with IEEE comparisons (NaN compares false both ways).
template <typename V>
bool numpy_before(V x, V v, Side side) {
  return side == Side::Left ? nan_last_less(x, v) : !nan_last_less(v, x);
}
template <typename V>
bool torch_before(V x, V v, Side side) {
  return side == Side::Left ? !(x >= v) : !(x > v);
}

// The first position of the sorted run [row, row + n) whose element does not go before v.
template <typename T, typename Before>
int64_t insertion_point(const T* row, int64_t n, compute_t<T> v, Side side, Before before) {
  int64_t low = 0, high = n;
  while (low < high) {
    const int64_t middle = low + (high - low) / 2;
    if (before(load(row[middle]), v, side)) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

// For each value, its insertion point in row `r / per_row` of `sorted` (contiguous rows of
// `n`), written to out as int64 or int32.
template <typename Before>
Array search_rows(const Array& sorted, const Array& values, Side side, DType index_dtype,
                  Rules rules, Before before) {
  const DType common = promote(sorted.dtype(), values.dtype(), rules);
  const Array rows = contiguous(as_dtype(sorted, common));
  const Array wanted = contiguous(as_dtype(values, common));
  const int64_t n = sorted.ndim() == 0 ? 1 : sorted.shape().back();
  const int64_t row_count = n == 0 ? 0 : rows.size() / n;
  const int64_t per_row = row_count <= 1 ? wanted.size() : wanted.size() / row_count;
  Array out(index_dtype, values.shape());
  visit_dtype(common, [&]<typename T>() {
    const T* base = rows.data<T>();
    const T* v = wanted.data<T>();
    for (int64_t i = 0; i < wanted.size(); ++i) {
      const T* row = base + (per_row == 0 || row_count <= 1 ? 0 : i / per_row) * n;
      const int64_t at = insertion_point(row, n, load(v[i]), side, before);
      if (index_dtype == DType::Int32) {
        out.data<int32_t>()[i] = static_cast<int32_t>(at);
      } else {
        out.data<int64_t>()[i] = at;
      }
    }
  });
  return out;
}

// numpy's words for an operand that must be 1-D.
void expect_numpy_1d(const Array& a) {
  if (a.ndim() == 0) raise(ExcKind::ValueError, "object of too small depth for desired array");
  if (a.ndim() > 1) raise(ExcKind::ValueError, "object too deep for desired array");
}

// 1 for bins that never decrease, -1 for bins that never increase, 0 for neither.
int monotonicity(const Array& bins) {
  bool increasing = true, decreasing = true;
  const Array b = as_dtype(bins, DType::Float64);
  for (int64_t i = 1; i < b.size(); ++i) {
    const double previous = b.element_as_double(i - 1), next = b.element_as_double(i);
    if (next < previous) increasing = false;
    if (next > previous) decreasing = false;
  }
  return increasing ? 1 : decreasing ? -1 : 0;
}

// A 1-D array in the opposite order (a copy).
Array reversed(const Array& a) {
  const Array source = contiguous(a);
  Array out(a.dtype(), a.shape());
  visit_dtype(a.dtype(), [&]<typename T>() {
    std::reverse_copy(source.data<T>(), source.data<T>() + a.size(), out.data<T>());
  });
  return out;
}

// Adds each weight (or 1) at its value's position: out has max(x) + 1 or minlength slots.
template <typename Out>
void count_into(const Array& x, const Array* weights, Array& out) {
  Out* slots = out.data<Out>();
  for (int64_t i = 0; i < x.size(); ++i) {
    const int64_t at = x.element_as_int(i);
    slots[at] += weights ? static_cast<Out>(weights->element_as_double(i)) : Out(1);
  }
}

int64_t slot_count(const Array& x, int64_t minlength) {
  int64_t largest = -1;
  for (int64_t i = 0; i < x.size(); ++i) largest = std::max(largest, x.element_as_int(i));
  return std::max(largest + 1, minlength);
}

bool has_negative(const Array& x) {
  for (int64_t i = 0; i < x.size(); ++i) {
    if (x.element_as_int(i) < 0) return true;
  }
  return false;
}

}  // namespace

Array numpy_searchsorted(const Array& sorted, const Array& values, Side side) {
  expect_numpy_1d(sorted);
  return search_rows(sorted, values, side, DType::Int64, Rules::Numpy,
                     [](auto x, auto v, Side s) { return numpy_before(x, v, s); });
}

Array digitize(const Array& x, const Array& bins, bool right) {
  expect_numpy_1d(bins);
  const int direction = monotonicity(bins);
  if (direction == 0) {
    raise(ExcKind::ValueError, "bins must be monotonically increasing or decreasing");
  }
  const Side side = right ? Side::Left : Side::Right;
  if (direction == 1) return numpy_searchsorted(bins, x, side);
  // Decreasing bins: the count of bins not before x, searched in their increasing order.
  const Array positions = numpy_searchsorted(reversed(bins), x, side);
  Array out(DType::Int64, positions.shape());
  for (int64_t i = 0; i < positions.size(); ++i) {
    out.data<int64_t>()[i] = bins.size() - positions.data<int64_t>()[i];
  }
  return out;
}

Array numpy_bincount(const Array& x, const std::optional<Array>& weights, int64_t minlength) {
  expect_numpy_1d(x);
  if (is_float(x.dtype())) {
    raise(ExcKind::TypeError, "Cannot cast array data from dtype('" +
                                  std::string(dtype_name(x.dtype())) +
                                  "') to dtype('int64') according to the rule 'safe'");
  }
  if (minlength < 0) raise(ExcKind::ValueError, "'minlength' must not be negative");
  if (x.size() == 0) return zeros({minlength}, DType::Int64);
  if (has_negative(x)) raise(ExcKind::ValueError, "'list' argument must have no negative elements");
  const int64_t slots = slot_count(x, minlength);
  if (!weights) {
    Array out = zeros({slots}, DType::Int64);
    count_into<int64_t>(x, nullptr, out);
    return out;
  }
  expect_numpy_1d(*weights);
  if (weights->size() != x.size()) {
    raise(ExcKind::ValueError, "The weights and list don't have the same length.");
  }
  Array out = zeros({slots}, DType::Float64);
  count_into<double>(x, &*weights, out);
  return out;
}

Array torch_searchsorted(const Array& sorted, const Array& values, Side side, bool out_int32) {
  if (sorted.ndim() == 0) {
    raise(ExcKind::RuntimeError,
          "torch.searchsorted(): boundaries tensor should have positive dimension, but got 0 "
          "dimension");
  }
  if (sorted.ndim() > 1) {
    if (values.ndim() == 0) {
      raise(ExcKind::RuntimeError,
            "torch.searchsorted(): input value can be a scalar only when boundaries tensor "
            "dimension is 1, but we got boundaries tensor dim(" +
                std::to_string(sorted.ndim()) + ") and input value's dim(0) numel(1)");
    }
    const Shape leading(sorted.shape().begin(), sorted.shape().end() - 1);
    const Shape value_leading(values.shape().begin(), values.shape().end() - 1);
    if (leading != value_leading) {
      raise(ExcKind::RuntimeError,
            "torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 "
            "dimensions of boundaries tensor and input value tensor must match, but we got "
            "boundaries tensor " +
                torch_shape_str(sorted.shape()) + " and input value tensor " +
                torch_shape_str(values.shape()));
    }
  }
  const DType common = promote(sorted.dtype(), values.dtype(), Rules::Torch);
  if (common == DType::Bool) {
    raise(ExcKind::NotImplementedError, "\"searchsorted_out_cpu\" not implemented for 'Bool'");
  }
  return search_rows(sorted, values, side, out_int32 ? DType::Int32 : DType::Int64, Rules::Torch,
                     [](auto x, auto v, Side s) { return torch_before(x, v, s); });
}

Array bucketize(const Array& input, const Array& boundaries, bool right, bool out_int32) {
  if (boundaries.ndim() != 1) {
    raise(ExcKind::RuntimeError, "boundaries tensor must be 1 dimension, but got dim(" +
                                     std::to_string(boundaries.ndim()) + ")");
  }
  return torch_searchsorted(boundaries, input, right ? Side::Right : Side::Left, out_int32);
}

Array torch_bincount(const Array& x, const std::optional<Array>& weights, int64_t minlength) {
  if (!is_integer(x.dtype())) {
    raise(ExcKind::NotImplementedError, "\"bincount_cpu\" not implemented for '" +
                                            std::string(torch_scalar_name(x.dtype())) + "'");
  }
  if (minlength < 0) raise(ExcKind::RuntimeError, "minlength should be >= 0");
  if (x.ndim() == 1 && x.size() == 0) return zeros({minlength}, DType::Int64);
  if (x.ndim() != 1 || has_negative(x)) {
    raise(ExcKind::RuntimeError, "bincount only supports 1-d non-negative integral inputs.");
  }
  const int64_t slots = slot_count(x, minlength);
  if (!weights) {
    Array out = zeros({slots}, DType::Int64);
    count_into<int64_t>(x, nullptr, out);
    return out;
  }
  if (weights->ndim() != 1 || weights->size() != x.size()) {
    raise(ExcKind::RuntimeError, "weights should be 1-d and have the same length as input");
  }
  if (weights->dtype() == DType::Float32) {
    Array out = zeros({slots}, DType::Float32);
    count_into<float>(x, &*weights, out);
    return out;
  }
  Array out = zeros({slots}, DType::Float64);
  count_into<double>(x, &*weights, out);
  return out;
}

}  // namespace ingot::rt::tensor
