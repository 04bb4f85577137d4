#include "runtime/tensor/search.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "runtime/core/errors.h"
#include "runtime/core/format.h"
#include "runtime/tensor/index.h"
#include "runtime/tensor/print.h"
#include "runtime/tensor/reduce.h"
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

Array numpy_searchsorted(const Array& a, const Array& values, Side side, const Array& sorter) {
  expect_numpy_1d(a);
  if (sorter.ndim() != 1) raise(ExcKind::TypeError, "could not parse sorter argument");
  if (!is_integer(sorter.dtype())) {
    raise(ExcKind::TypeError, "sorter must only contain integers");
  }
  if (sorter.size() != a.size()) raise(ExcKind::ValueError, "sorter.size must equal a.size");
  const DType common = promote(a.dtype(), values.dtype(), Rules::Numpy);
  const Array items = contiguous(as_dtype(a, common));
  const Array order = contiguous(astype(sorter, DType::Int64));
  const Array wanted = contiguous(as_dtype(values, common));
  const int64_t n = a.size();
  const int64_t* position = order.data<int64_t>();
  Array out(DType::Int64, values.shape());
  int64_t* result = out.data<int64_t>();
  visit_dtype(common, [&]<typename T>() {
    const T* data = items.data<T>();
    const T* keys = wanted.data<T>();
    // numpy's search through the permutation, step for step: a sorter entry out of range
    // is an error only where the search reads it. After a key the last one does not go
    // before, the search restarts from the bottom with one more slot on top.
    int64_t low = 0, high = n;
    for (int64_t i = 0; i < wanted.size(); ++i) {
      const auto key = load(keys[i]);
      if (i > 0 && numpy_before(load(keys[i - 1]), key, side)) {
        high = n;
      } else {
        low = 0;
        high = high < n ? high + 1 : n;
      }
      while (low < high) {
        const int64_t middle = low + ((high - low) >> 1);
        const int64_t at = position[middle];
        if (at < 0 || at >= n) raise(ExcKind::ValueError, "Sorter index out of range.");
        if (numpy_before(load(data[at]), key, side)) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      result[i] = low;
    }
  });
  return out;
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

// ---- np.histogram -------------------------------------------------------------------------------

namespace {

// A bound of np.histogram's range as its messages print it: Python's repr of the number.
std::string python_number(const Scalar& s) {
  if (s.kind == ScalarKind::Float) return float_repr(s.real);
  if (s.kind == ScalarKind::Bool) return s.whole != 0 ? "True" : "False";
  return std::to_string(s.whole);
}
double value_of(const Scalar& s) {
  return s.kind == ScalarKind::Float ? s.real : static_cast<double>(s.whole);
}
// A numpy scalar (0-d array) as str() prints it.
std::string numpy_scalar_str(const Array& v) {
  return is_float(v.dtype()) ? scalar_float_str(v.element_as_double(0), v.dtype())
                             : std::to_string(v.element_as_int(0));
}

// np.histogram's input, flattened; bools counted as uint8 (numpy warns that it converts).
Array histogram_input(const Array& a) {
  const Array flat = reshape(a, {-1});
  return flat.dtype() == DType::Bool ? astype(flat, DType::UInt8) : flat;
}

// The counts per bin as np.histogram's equal-bin path finds them: a guess from the
// position between the outer edges, moved one bin down or up where the edges (as stored,
// in their dtype) say otherwise; the last bin is closed.
Array count_equal_bins(const Array& kept, const Array& edges, int64_t bins) {
  const Array values = contiguous(astype(kept, DType::Float64));
  const Array bounds = contiguous(astype(edges, DType::Float64));
  const double* x = values.data<double>();
  const double* e = bounds.data<double>();
  Array counts = zeros({bins}, DType::Int64);
  int64_t* n = counts.data<int64_t>();
  for (int64_t i = 0; i < values.size(); ++i) {
    const double guess = (x[i] - e[0]) / (e[bins] - e[0]) * static_cast<double>(bins);
    int64_t bin =
        std::isfinite(guess) ? static_cast<int64_t>(std::clamp<double>(guess, 0, bins)) : 0;
    if (bin == bins) --bin;
    if (x[i] < e[bin]) {
      bin = std::max<int64_t>(bin - 1, 0);
    } else if (bin != bins - 1 && x[i] >= e[bin + 1]) {
      ++bin;
    }
    ++n[bin];
  }
  return counts;
}

// density=True: each count over its bin's width (in the edges' dtype, then float64) and
// over the total count, as numpy divides.
Array as_density(const Array& counts, const Array& edges) {
  const int64_t bins = counts.size();
  const Array widths =
      astype(binary(BinaryOp::Subtract, narrow(edges, 0, 1, bins), narrow(edges, 0, 0, bins)),
             DType::Float64);
  const Array total = reduce(ReduceOp::Sum, counts, std::nullopt);
  return binary(BinaryOp::TrueDivide,
                binary(BinaryOp::TrueDivide, astype(counts, DType::Float64), widths), total);
}

}  // namespace

Histogram histogram_uniform(const Array& a, int64_t bins,
                            const std::optional<std::pair<Scalar, Scalar>>& range, bool density) {
  if (bins < 1) raise(ExcKind::ValueError, "`bins` must be positive, when an integer");
  const Array flat = histogram_input(a);
  const DType edge_type = is_float(a.dtype()) ? a.dtype() : DType::Float64;
  // The outer edges: Python numbers from `range` (weak: compared in a's dtype), or numpy
  // scalars of a's extent (linspace then computes in their float dtype).
  Array first, last, keep;
  DType linspace_type = DType::Float64;
  if (range) {
    auto [low, high] = *range;
    if (value_of(low) > value_of(high)) {
      raise(ExcKind::ValueError, "max must be larger than min in range parameter.");
    }
    if (!std::isfinite(value_of(low)) || !std::isfinite(value_of(high))) {
      raise(ExcKind::ValueError, "supplied range of [" + python_number(low) + ", " +
                                     python_number(high) + "] is not finite");
    }
    if (value_of(low) == value_of(high)) {
      low = Scalar::from_float(value_of(low) - 0.5);
      high = Scalar::from_float(value_of(high) + 0.5);
    }
    keep = binary(BinaryOp::LogicalAnd, binary(BinaryOp::GreaterEqual, flat, low),
                  binary(BinaryOp::LessEqual, flat, high));
    first = scalar(value_of(low), DType::Float64);
    last = scalar(value_of(high), DType::Float64);
  } else {
    if (flat.size() == 0) {
      first = scalar(0, DType::Float64);
      last = scalar(1, DType::Float64);
    } else {
      first = reduce(ReduceOp::Min, flat, std::nullopt);
      last = reduce(ReduceOp::Max, flat, std::nullopt);
      if (!std::isfinite(first.element_as_double(0)) || !std::isfinite(last.element_as_double(0))) {
        raise(ExcKind::ValueError, "autodetected range of [" + numpy_scalar_str(first) + ", " +
                                       numpy_scalar_str(last) + "] is not finite");
      }
      if (first.element_as_double(0) == last.element_as_double(0)) {
        first = binary(BinaryOp::Subtract, first, Scalar::from_float(0.5));
        last = binary(BinaryOp::Add, last, Scalar::from_float(0.5));
      }
      linspace_type = is_float(first.dtype()) ? first.dtype() : DType::Float64;
    }
  }
  Array edges = linspace_between(
      first, last, arange(0, static_cast<double>(bins) + 1, 1, linspace_type), bins, linspace_type);
  assign(narrow(edges, 0, bins, 1), last);
  edges = astype(edges, edge_type);
  const Array kept = range ? getitem(flat, {keep}) : flat;
  const Array counts = count_equal_bins(astype(kept, edge_type), edges, bins);
  return {density ? as_density(counts, edges) : counts, edges};
}

Histogram histogram_edges(const Array& a, const Array& edges, bool density) {
  if (edges.ndim() != 1) raise(ExcKind::ValueError, "`bins` must be 1d, when an array");
  const int64_t n = edges.size();
  if (n > 1) {
    const Array falls =
        binary(BinaryOp::Greater, narrow(edges, 0, 0, n - 1), narrow(edges, 0, 1, n - 1));
    if (reduce(ReduceOp::Any, falls, std::nullopt).element_as_int(0) != 0) {
      raise(ExcKind::ValueError, "`bins` must increase monotonically, when an array");
    }
  }
  if (n == 0) return {zeros({0}, density ? DType::Float64 : DType::Int64), edges};
  // The elements below each edge, and up to the last one inclusive: counts are differences.
  const Array sorted = sort(histogram_input(a), 0);
  const Array below = numpy_searchsorted(sorted, narrow(edges, 0, 0, n - 1), Side::Left);
  const Array through = numpy_searchsorted(sorted, narrow(edges, 0, n - 1, 1), Side::Right);
  const Array cumulative = concatenate({below, through}, 0);
  const Array counts =
      binary(BinaryOp::Subtract, narrow(cumulative, 0, 1, n - 1), narrow(cumulative, 0, 0, n - 1));
  return {density ? as_density(counts, edges) : counts, edges};
}

// ---- np.interp ----------------------------------------------------------------------------------

Array interp(const Array& x, const Array& xp, const Array& fp, std::optional<double> left,
             std::optional<double> right) {
  auto as_samples = [](const Array& v) {
    if (v.ndim() > 1) raise(ExcKind::ValueError, "object too deep for desired array");
    if (v.ndim() < 1) raise(ExcKind::ValueError, "object of too small depth for desired array");
    return contiguous(astype(v, DType::Float64));
  };
  const Array ys = as_samples(fp);
  const Array xs = as_samples(xp);
  const Array at = contiguous(astype(x, DType::Float64));
  const int64_t n = xs.size();
  if (n == 0) raise(ExcKind::ValueError, "array of sample points is empty");
  if (ys.size() != n) raise(ExcKind::ValueError, "fp and xp are not of the same length.");
  const double* dx = xs.data<double>();
  const double* dy = ys.data<double>();
  const double below = left.value_or(dy[0]), above = right.value_or(dy[n - 1]);
  Array out(DType::Float64, x.shape());
  double* result = out.data<double>();
  const double* points = at.data<double>();
  for (int64_t i = 0; i < at.size(); ++i) {
    const double v = points[i];
    if (n == 1) {  // numpy's one-sample rule: compared only, so NaN takes fp[0]
      result[i] = v < dx[0] ? below : v > dx[0] ? above : dy[0];
      continue;
    }
    if (std::isnan(v)) {
      result[i] = v;
      continue;
    }
    if (v > dx[n - 1]) {
      result[i] = above;
      continue;
    }
    if (v < dx[0]) {
      result[i] = below;
      continue;
    }
    // The last sample at or below v.
    const int64_t j = std::upper_bound(dx, dx + n, v) - dx - 1;
    if (j == n - 1 || dx[j] == v) {
      result[i] = dy[j];
      continue;
    }
    const double slope = (dy[j + 1] - dy[j]) / (dx[j + 1] - dx[j]);
    result[i] = slope * (v - dx[j]) + dy[j];
    // Where one side gives NaN (an infinite sample), numpy tries the other.
    if (std::isnan(result[i])) {
      result[i] = slope * (v - dx[j + 1]) + dy[j + 1];
      if (std::isnan(result[i]) && dy[j] == dy[j + 1]) result[i] = dy[j];
    }
  }
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
