#include "runtime/tensor/stats.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>
#include <vector>

#include "runtime/core/errors.h"
#include "runtime/tensor/elementwise.h"
#include "runtime/tensor/index.h"
#include "runtime/tensor/shape.h"
#include "runtime/tensor/sort.h"

namespace ingot::rt::tensor {

namespace {

// The reductions below see the array folded (reduce.h): the reduced axes moved last, so
// each result element has one row of `inner` elements.
using Rows = Folded;

// Rows along numpy's `axes`, which median and quantile check as numpy's
// normalize_axis_tuple does, with its own words for an axis named twice.
Rows numpy_rows(const Array& a, const Axes& axes) {
  if (axes) {
    std::vector<bool> seen(a.shape().size(), false);
    for (int64_t axis : *axes) {
      const int64_t d = normalize_axis(axis, a.ndim());
      if (seen[d]) raise(ExcKind::ValueError, "repeated axis");
      seen[d] = true;
    }
  }
  return fold_axes(a, axes);
}

// Rows along one axis, or along every axis when it is nullopt.
Rows rows_along(const Array& a, std::optional<int64_t> axis) {
  return fold_axes(a, axis ? Axes{{*axis}} : std::nullopt);
}

// Row r's elements as their arithmetic type (float for the 16-bit floats), sorted NaN last.
template <typename T>
std::vector<compute_t<T>> sorted_row(const Rows& rows, int64_t r) {
  const T* run = rows.data.data<T>() + r * rows.inner;
  std::vector<compute_t<T>> values(static_cast<size_t>(rows.inner));
  for (int64_t i = 0; i < rows.inner; ++i) values[i] = load(run[i]);
  std::sort(values.begin(), values.end(), nan_last_less<compute_t<T>>);
  return values;
}

// A result's shape: len(q) first when q was a list, then the reduced shape.
Shape result_shape(const Rows& rows, bool keepdims, std::optional<int64_t> leading) {
  Shape shape = keepdims ? rows.kept : rows.reduced;
  if (leading) shape.insert(shape.begin(), *leading);
  return shape;
}

// ---- numpy --------------------------------------------------------------------------------

// b - a in the input's own type, as numpy's subtract computes it (integers wrap).
template <typename T>
compute_t<T> difference(compute_t<T> a, compute_t<T> b) {
  if constexpr (std::is_integral_v<T>) {
    return static_cast<T>(static_cast<uint64_t>(b) - static_cast<uint64_t>(a));
  } else {
    return load(store<T>(b - a));
  }
}

// numpy's linear interpolation (_lerp) between neighbours a <= b at weight t, each step
// rounded to the result type C as numpy's ufuncs round it: a + (b - a) * t below one half
// and b - (b - a) * (1 - t) from it, so that t = 1 gives b exactly.
template <typename T, typename C>
compute_t<C> numpy_lerp(compute_t<T> a, compute_t<T> b, double t) {
  using R = compute_t<C>;
  const auto rounded = [](auto x) { return load(store<C>(static_cast<R>(x))); };
  const R diff = static_cast<R>(difference<T>(a, b));
  if (t >= 0.5) return rounded(static_cast<R>(b) - rounded(diff * rounded(1.0 - t)));
  return rounded(static_cast<R>(a) + rounded(diff * rounded(t)));
}

// One quantile of a sorted row of n > 0 elements in numpy's linear method: the virtual
// index (n - 1) * q between two neighbours; past the last index both neighbours are the
// last element and the weight is counted from index -1, as numpy counts it.
template <typename T, typename C>
compute_t<C> numpy_row_quantile(const std::vector<compute_t<T>>& sorted, double q) {
  const int64_t last = static_cast<int64_t>(sorted.size()) - 1;
  const double virtual_index = static_cast<double>(last) * q;
  const double below = std::floor(virtual_index);
  if (virtual_index >= static_cast<double>(last)) {
    return numpy_lerp<T, C>(sorted[last], sorted[last], virtual_index + 1);
  }
  const auto i = static_cast<int64_t>(below);
  return numpy_lerp<T, C>(sorted[i], sorted[i + 1], virtual_index - below);
}

// The quantiles of every row, written as C; `integral` takes elements without
// interpolating (q given as Python ints).
template <typename T, typename C>
void numpy_quantiles_into(const Rows& rows, const QuantileRequest& q, Array& out) {
  C* data = out.data<C>();
  // NaN as C (integer results, of integral q on integers, never hold one: no NaN there).
  const C nan = cast_value<C>(std::numeric_limits<double>::quiet_NaN());
  for (int64_t r = 0; r < rows.outer; ++r) {
    const std::vector<compute_t<T>> sorted = sorted_row<T>(rows, r);
    const bool has_nan = is_nan(sorted.back());
    for (size_t k = 0; k < q.fractions.size(); ++k) {
      C& result = data[static_cast<int64_t>(k) * rows.outer + r];
      if (has_nan) {
        result = nan;
      } else if (q.integral) {
        const auto at = static_cast<int64_t>(q.fractions[k]) * (rows.inner - 1);
        result = store<C>(static_cast<compute_t<C>>(sorted[at]));
      } else {
        result = store<C>(numpy_row_quantile<T, C>(sorted, q.fractions[k]));
      }
    }
  }
}

// np.median of one sorted row: numpy's mean of the middle one or two, in the result type
// (float64 for integers; float32 sums of two float16 values, as numpy's mean sums them).
template <typename T, typename C>
compute_t<C> numpy_row_median(const std::vector<compute_t<T>>& sorted) {
  using R = std::conditional_t<std::is_same_v<compute_t<C>, double>, double, float>;
  const size_t n = sorted.size();
  if (n == 0 || is_nan(sorted.back())) return std::numeric_limits<R>::quiet_NaN();
  const auto middle = static_cast<R>(sorted[(n - 1) / 2]);
  if (n % 2 == 1) return middle;
  return (middle + static_cast<R>(sorted[n / 2])) / R(2);
}

// The medians of every row as C, a float type (numpy_median picks it; the dispatch over
// dtypes instantiates the others, which never run).
template <typename T, typename C>
void numpy_medians_into(const Rows& rows, Array& out, bool skip_nan) {
  if constexpr (std::is_floating_point_v<compute_t<C>>) {
    for (int64_t r = 0; r < rows.outer; ++r) {
      std::vector<compute_t<T>> sorted = sorted_row<T>(rows, r);
      while (skip_nan && !sorted.empty() && is_nan(sorted.back())) sorted.pop_back();
      out.data<C>()[r] = store<C>(static_cast<compute_t<C>>(numpy_row_median<T, C>(sorted)));
    }
  }
}

// The quantiles of every row as C: a bool result only for bool input with integral q (the
// elements themselves, False first); no other pairing with bool runs.
template <typename T, typename C>
void numpy_quantiles_of(const Rows& rows, const QuantileRequest& q, Array& out) {
  if constexpr (!std::is_same_v<T, bool> && !std::is_same_v<C, bool>) {
    numpy_quantiles_into<T, C>(rows, q, out);
  } else if constexpr (std::is_same_v<T, bool> && std::is_same_v<C, bool>) {
    for (int64_t r = 0; r < rows.outer; ++r) {
      const std::vector<bool> sorted = sorted_row<T>(rows, r);
      for (size_t k = 0; k < q.fractions.size(); ++k) {
        const auto at = static_cast<int64_t>(q.fractions[k]) * (rows.inner - 1);
        out.data<bool>()[static_cast<int64_t>(k) * rows.outer + r] = sorted[at];
      }
    }
  }
}

// ---- torch --------------------------------------------------------------------------------

// One quantile of a sorted row, as torch computes it: q rounded to the input's dtype, its
// rank (n - 1) * q in double, and lerp between the neighbours at the rank's fraction
// (rounded to the dtype) with one rounding, as torch's vectorized lerp fuses it.
template <typename V>
V torch_row_quantile(const std::vector<V>& sorted, double q) {
  if (is_nan(sorted.back())) return sorted.back();
  const double rank =
      static_cast<double>(static_cast<V>(q)) * static_cast<double>(sorted.size() - 1);
  const auto below = static_cast<int64_t>(rank);
  const auto above = static_cast<int64_t>(std::ceil(rank));
  const auto weight = static_cast<V>(rank - static_cast<double>(below));
  const V start = sorted[below], end = sorted[above], difference = end - start;
  return std::abs(weight) < V(0.5) ? std::fma(weight, difference, start)
                                   : std::fma(weight - V(1), difference, end);
}

// torch names its whole-tensor kernel median_cpu and the one along a dim median_out.
void expect_median_dtype(const Array& a, const char* kernel = "median_cpu") {
  if (a.dtype() == DType::Bool) {
    raise(ExcKind::NotImplementedError,
          "\"" + std::string(kernel) + "\" not implemented for 'Bool'");
  }
}

// Calls visit(flat_position) for every nonzero element of `a`, in C order.
template <typename Visit>
void for_each_nonzero(const Array& a, Visit visit) {
  const Array flat = contiguous(a);
  visit_dtype(a.dtype(), [&]<typename T>() {
    const T* data = flat.data<T>();
    for (int64_t i = 0; i < flat.size(); ++i) {
      if (load(data[i]) != compute_t<T>(0)) visit(i);
    }
  });
}

}  // namespace

Array numpy_median(const Array& a, const Axes& axes, bool keepdims, bool skip_nan) {
  const Rows rows = numpy_rows(a, axes);
  const DType result = is_float(a.dtype()) ? a.dtype() : DType::Float64;
  Array out(result, result_shape(rows, keepdims, std::nullopt));
  visit_dtype(a.dtype(), [&]<typename T>() {
    visit_dtype(result, [&]<typename C>() { numpy_medians_into<T, C>(rows, out, skip_nan); });
  });
  return out;
}

Array numpy_quantile(const Array& a, const QuantileRequest& q, const Axes& axes, bool keepdims) {
  const Rows rows = numpy_rows(a, axes);
  if (rows.inner == 0) {
    raise(ExcKind::IndexError, "index -1 is out of bounds for axis 0 with size 0");
  }
  if (!q.integral && a.dtype() == DType::Bool) {
    raise(ExcKind::TypeError,
          "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
          "the `^` operator, or the logical_xor function instead.");
  }
  const DType result = q.integral                      ? a.dtype()
                       : q.weak && is_float(a.dtype()) ? a.dtype()
                                                       : DType::Float64;
  const std::optional<int64_t> leading =
      q.listed ? std::optional<int64_t>(static_cast<int64_t>(q.fractions.size())) : std::nullopt;
  Array out(result, result_shape(rows, keepdims, leading));
  visit_dtype(a.dtype(), [&]<typename T>() {
    visit_dtype(result, [&]<typename C>() { numpy_quantiles_of<T, C>(rows, q, out); });
  });
  return out;
}

Array torch_median(const Array& a) {
  expect_median_dtype(a);
  const Rows rows = rows_along(a, std::nullopt);
  Array out(a.dtype(), {});
  visit_dtype(a.dtype(), [&]<typename T>() {
    using V = compute_t<T>;
    const T* values = rows.data.data<T>();
    std::vector<V> row(static_cast<size_t>(rows.inner));
    for (int64_t i = 0; i < rows.inner; ++i) row[i] = load(values[i]);
    const auto nan = std::find_if(row.begin(), row.end(), [](V x) { return is_nan(x); });
    if (row.empty()) {
      // No elements: NaN, converted to the dtype as torch converts it.
      out.data<T>()[0] = cast_value<T>(std::numeric_limits<double>::quiet_NaN());
    } else if (nan != row.end()) {
      out.data<T>()[0] = store<T>(*nan);
    } else {
      const auto middle = row.begin() + static_cast<int64_t>(row.size() - 1) / 2;
      std::nth_element(row.begin(), middle, row.end());
      out.data<T>()[0] = store<T>(*middle);
    }
  });
  return out;
}

std::pair<Array, Array> torch_median_dim(const Array& a, int64_t dim, bool keepdim, bool skip_nan) {
  expect_median_dtype(a, "median_out");
  const Array source = a.ndim() == 0 ? reshape(a, {1}) : a;
  const int64_t d = normalize_axis(dim, source.ndim());
  const Rows rows = rows_along(source, d);
  if (rows.inner == 0) {
    raise(ExcKind::IndexError,
          "median(): Expected reduction dim " + std::to_string(d) + " to have non-zero size.");
  }
  const Shape shape = a.ndim() == 0 ? Shape{} : result_shape(rows, keepdim, std::nullopt);
  Array values(a.dtype(), shape), indices(DType::Int64, shape);
  visit_dtype(a.dtype(), [&]<typename T>() {
    using V = compute_t<T>;
    std::vector<std::pair<V, int64_t>> row(static_cast<size_t>(rows.inner));
    for (int64_t r = 0; r < rows.outer; ++r) {
      const T* run = rows.data.data<T>() + r * rows.inner;
      for (int64_t i = 0; i < rows.inner; ++i) row[i] = {load(run[i]), i};
      // A NaN is the median, at its first position; else the lower middle value, equal
      // values ordered by position as torch orders them. Skipping NaNs, the NaNs move to
      // the end (in order) and the middle is taken among the rest.
      auto present = row.end();
      if (skip_nan) {
        present = std::stable_partition(row.begin(), row.end(),
                                        [](const auto& p) { return !is_nan(p.first); });
      }
      auto chosen = skip_nan ? (present == row.begin() ? row.begin() : row.end())
                             : std::find_if(row.begin(), row.end(),
                                            [](const auto& p) { return is_nan(p.first); });
      if (chosen == row.end()) {
        chosen = row.begin() + (present - row.begin() - 1) / 2;
        std::nth_element(row.begin(), chosen, present,
                         [](const auto& x, const auto& y) { return x < y; });
      }
      values.data<T>()[r] = store<T>(chosen->first);
      indices.data<int64_t>()[r] = chosen->second;
    }
  });
  return {values, indices};
}

Array torch_quantile(const Array& a, const std::vector<double>& q, bool listed,
                     std::optional<int64_t> dim, bool keepdim) {
  const Rows rows = rows_along(a.ndim() == 0 ? reshape(a, {1}) : a, dim);
  const std::optional<int64_t> leading =
      listed ? std::optional<int64_t>(static_cast<int64_t>(q.size())) : std::nullopt;
  Shape shape = result_shape(rows, keepdim, leading);
  if (a.ndim() == 0 && !keepdim) shape = leading ? Shape{*leading} : Shape{};
  Array out(a.dtype(), shape);
  visit_dtype(a.dtype(), [&]<typename T>() {
    if constexpr (std::is_floating_point_v<T>) {
      for (int64_t r = 0; r < rows.outer; ++r) {
        const std::vector<T> sorted = sorted_row<T>(rows, r);
        for (size_t k = 0; k < q.size(); ++k) {
          out.data<T>()[static_cast<int64_t>(k) * rows.outer + r] =
              torch_row_quantile(sorted, q[k]);
        }
      }
    }
  });
  return out;
}

namespace {

// The C-order flat positions of the nonzero elements.
std::vector<int64_t> nonzero_positions(const Array& a) {
  std::vector<int64_t> positions;
  for_each_nonzero(a, [&](int64_t i) { positions.push_back(i); });
  return positions;
}

// Position `flat` of a C-order array of `shape` as its index along dimension d.
int64_t coordinate(int64_t flat, const Shape& shape, size_t d) {
  for (size_t e = shape.size() - 1; e > d; --e) flat /= shape[e];
  return flat % shape[d];
}

}  // namespace

std::vector<Array> nonzero(const Array& a) {
  if (a.ndim() == 0) {
    raise(ExcKind::ValueError,
          "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() "
          "instead.");
  }
  const std::vector<int64_t> positions = nonzero_positions(a);
  const auto n = static_cast<int64_t>(positions.size());
  std::vector<Array> result;
  for (size_t d = 0; d < a.shape().size(); ++d) {
    Array indices(DType::Int64, {n});
    for (int64_t i = 0; i < n; ++i)
      indices.data<int64_t>()[i] = coordinate(positions[i], a.shape(), d);
    result.push_back(indices);
  }
  return result;
}

Array argwhere(const Array& a) {
  const std::vector<int64_t> positions = nonzero_positions(a);
  const auto n = static_cast<int64_t>(positions.size());
  const auto ndim = static_cast<size_t>(a.ndim());
  Array result(DType::Int64, {n, a.ndim()});
  int64_t* out = result.data<int64_t>();
  for (int64_t i = 0; i < n; ++i) {
    for (size_t d = 0; d < ndim; ++d) *out++ = coordinate(positions[i], a.shape(), d);
  }
  return result;
}

Array flatnonzero(const Array& a) {
  const std::vector<int64_t> positions = nonzero_positions(a);
  return from_values<int64_t>({static_cast<int64_t>(positions.size())}, positions);
}

Array count_nonzero(const Array& a, const Axes& axes, bool keepdims) {
  Array mask = zeros(a.shape(), DType::Int64);
  int64_t* flags = mask.data<int64_t>();
  for_each_nonzero(a, [&](int64_t i) { flags[i] = 1; });
  return reduce(ReduceOp::Sum, mask, axes, {keepdims, 0, Rules::Numpy});
}

namespace {

// Walks `order` (positions sorted so that equal items are adjacent) and records each run of
// items `same` calls equal: the position it starts at, its length, and for every item the
// number of its run (written to inverse[position]).
template <typename Same>
void group_runs(const std::vector<int64_t>& order, int64_t* inverse,
                std::vector<int64_t>& first_index, std::vector<int64_t>& counts, Same same) {
  for (std::size_t k = 0; k < order.size(); ++k) {
    if (k == 0 || !same(order[k - 1], order[k])) {
      first_index.push_back(order[k]);
      counts.push_back(0);
    }
    ++counts.back();
    inverse[order[k]] = static_cast<int64_t>(counts.size()) - 1;
  }
}

}  // namespace

Unique unique(const Array& a) {
  const Array flat = contiguous(reshape(a, {-1}));
  const int64_t n = flat.size();
  Unique result;
  result.inverse = Array(DType::Int64, a.shape());
  visit_dtype(a.dtype(), [&]<typename T>() {
    using V = compute_t<T>;
    const T* data = flat.data<T>();
    std::vector<int64_t> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), int64_t{0});
    std::stable_sort(order.begin(), order.end(), [&](int64_t i, int64_t j) {
      return nan_last_less(load(data[i]), load(data[j]));
    });
    // Runs of equal values (every NaN equal to every other) in the sorted order.
    std::vector<int64_t> first_index, counts;
    group_runs(order, result.inverse.data<int64_t>(), first_index, counts,
               [&](int64_t i, int64_t j) {
                 const V x = load(data[i]), y = load(data[j]);
                 return x == y || (is_nan(x) && is_nan(y));
               });
    const auto distinct = static_cast<int64_t>(first_index.size());
    result.first_index = from_values<int64_t>({distinct}, first_index);
    result.counts = from_values<int64_t>({distinct}, counts);
  });
  result.values = take(flat, result.first_index, 0);
  return result;
}

// ---- set routines ---------------------------------------------------------------------------

Array isin(const Array& elements, const Array& tests, bool invert, Rules rules) {
  const DType common = promote(elements.dtype(), tests.dtype(), rules);
  const Array sorted = contiguous(sort(astype(reshape(tests, {-1}), common), 0));
  const Array wanted = contiguous(astype(elements, common));
  Array out(DType::Bool, elements.shape());
  bool* found = out.data<bool>();
  visit_dtype(common, [&]<typename T>() {
    const T* first = sorted.data<T>();
    const T* last = first + sorted.size();
    const T* values = wanted.data<T>();
    for (int64_t i = 0; i < wanted.size(); ++i) {
      const auto v = load(values[i]);
      // NaNs sort last, so no NaN is below v: the search stays ordered.
      const T* at = std::lower_bound(first, last, v, [](T x, auto key) { return load(x) < key; });
      found[i] = (at != last && load(*at) == v) != invert;
    }
  });
  return out;
}

namespace {
Array distinct(const Array& a, bool assume_unique) {
  return assume_unique ? reshape(a, {-1}) : unique(a).values;
}
}  // namespace

Array intersect1d(const Array& a, const Array& b, bool assume_unique) {
  // Values in both appear twice, side by side, once both are distinct and joined in order.
  Array joined = sort(concatenate({distinct(a, assume_unique), distinct(b, assume_unique)}, 0), 0);
  const int64_t n = joined.size();
  if (n == 0) return joined;
  const Array repeated =
      binary(BinaryOp::Equal, narrow(joined, 0, 1, n - 1), narrow(joined, 0, 0, n - 1));
  return getitem(narrow(joined, 0, 0, n - 1), {repeated});
}

Array union1d(const Array& a, const Array& b) {
  return unique(concatenate({reshape(a, {-1}), reshape(b, {-1})}, 0)).values;
}

Array setdiff1d(const Array& a, const Array& b, bool assume_unique) {
  const Array kept = distinct(a, assume_unique);
  return getitem(kept, {isin(kept, b, true, Rules::Numpy)});
}

}  // namespace ingot::rt::tensor

// ---- torch.unique and torch.unique_consecutive ----------------------------------------------

namespace ingot::rt::tensor {

namespace {

// The rows of a C-contiguous (n, width) array, compared as torch compares the slices it
// deduplicates: in order of their elements (NaN after every number), equal only where every
// element is equal (NaN equals nothing, so each NaN stays apart).
template <typename T>
struct SliceOrder {
  const T* data;
  int64_t width;

  bool less(int64_t i, int64_t j) const {
    for (int64_t k = 0; k < width; ++k) {
      const auto x = load(data[i * width + k]), y = load(data[j * width + k]);
      if (nan_last_less(x, y)) return true;
      if (nan_last_less(y, x)) return false;
    }
    return false;
  }
  bool equal(int64_t i, int64_t j) const {
    for (int64_t k = 0; k < width; ++k) {
      if (!(load(data[i * width + k]) == load(data[j * width + k]))) return false;
    }
    return true;
  }
};

}  // namespace

TorchUnique torch_unique(const Array& a, std::optional<int64_t> dim, bool consecutive) {
  if (dim) {
    for (int64_t d = 0; d < a.ndim(); ++d) {
      if (d != *dim && a.shape()[d] == 0) {
        raise(ExcKind::RuntimeError,
              "There are 0 sized dimensions, and they aren't selected, so unique cannot be "
              "applied");
      }
    }
  }
  // Each slice to deduplicate is one row: an element, or a's subarray at one index of dim.
  const Array moved = dim ? moveaxis(a, *dim, 0) : reshape(a, {-1});
  const int64_t n = moved.ndim() == 0 ? 1 : moved.shape()[0];
  const int64_t width = n == 0 ? 0 : moved.size() / n;
  const Array rows = contiguous(reshape(moved, {n, width}));
  std::vector<int64_t> order(static_cast<size_t>(n)), first_index, counts;
  std::iota(order.begin(), order.end(), int64_t{0});
  TorchUnique result;
  result.inverse = Array(DType::Int64, dim ? Shape{n} : a.shape());
  int64_t* inverse = result.inverse.data<int64_t>();
  visit_dtype(a.dtype(), [&]<typename T>() {
    const SliceOrder<T> slices{rows.data<T>(), width};
    if (!consecutive) {
      std::stable_sort(order.begin(), order.end(),
                       [&](int64_t i, int64_t j) { return slices.less(i, j); });
    }
    group_runs(order, inverse, first_index, counts,
               [&](int64_t i, int64_t j) { return slices.equal(i, j); });
  });
  const auto distinct = static_cast<int64_t>(counts.size());
  result.counts = from_values<int64_t>({distinct}, counts);
  const Array values = take(moved, from_values<int64_t>({distinct}, first_index), 0);
  result.values = dim ? moveaxis(values, 0, *dim) : values;
  return result;
}

}  // namespace ingot::rt::tensor
