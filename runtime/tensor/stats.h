// Order statistics (median, quantiles) and searches (nonzero, unique), with numpy's
// arithmetic for numpy calls and torch's for torch calls: the two differ in which middle
// value a median is, in the dtype a quantile is computed in and in how it interpolates.
// NaN sorts last here as in sort.h, and a NaN in a slice makes its median or quantile NaN.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "runtime/tensor/array.h"
#include "runtime/tensor/reduce.h"

namespace ingot::rt::tensor {

// The q of np.quantile / np.percentile (already divided by 100), and how it was written,
// which decides the result's dtype and arithmetic as numpy 2 decides them.
struct QuantileRequest {
  std::vector<double> fractions;
  bool listed = false;    // a list: the result gains a leading axis of len(q)
  bool weak = false;      // a Python number: a float input keeps its dtype
  bool integral = false;  // Python ints: the elements at 0 and n - 1, not interpolated
};

// np.median over `axes` (every element when nullopt): the mean of the two middle values,
// float64 for integers and bool; NaN for a slice holding NaN or no elements. `skip_nan`:
// np.nanmedian, the median of each slice's non-NaN elements.
Array numpy_median(const Array& a, const Axes& axes, bool keepdims, bool skip_nan = false);
// np.quantile with method="linear" (np.percentile after dividing q by 100).
Array numpy_quantile(const Array& a, const QuantileRequest& q, const Axes& axes, bool keepdims);

// torch.median(t): the lower of the two middle values of every element.
Array torch_median(const Array& a);
// torch.median(t, dim): (values, int64 indices) along `dim`. `skip_nan`: torch.nanmedian,
// the lower middle of each row's non-NaN values (a row of NaNs gives its first).
std::pair<Array, Array> torch_median_dim(const Array& a, int64_t dim, bool keepdim,
                                         bool skip_nan = false);
// torch.quantile for float32 and float64 inputs, computed in the input's dtype; `listed`:
// q was a 1-D tensor, which gives the result a leading axis.
Array torch_quantile(const Array& a, const std::vector<double>& q, bool listed,
                     std::optional<int64_t> dim, bool keepdim);

// The positions of the nonzero elements (NaN is nonzero), in C order.
// np.nonzero: one int64 array of coordinates per dimension.
std::vector<Array> nonzero(const Array& a);
// np.argwhere / torch.nonzero: an (n, ndim) int64 array of coordinates.
Array argwhere(const Array& a);
// np.flatnonzero: positions in the flattened array.
Array flatnonzero(const Array& a);
// np.count_nonzero / torch.count_nonzero: int64 counts over `axes`.
Array count_nonzero(const Array& a, const Axes& axes, bool keepdims = false);

// np.unique over the flattened array: the sorted distinct values (NaNs as one, as numpy
// 2's equal_nan), with the first position of each, where each element's value is among
// them (`inverse`, shaped as the input, as numpy 2 shapes it) and how many times each
// occurs.
struct Unique {
  Array values, first_index, inverse, counts;
};
Unique unique(const Array& a);

// np.isin / torch.isin: whether each element equals one of `tests`, compared in the dtype the
// two promote to under `rules` (NaN equals nothing); `invert` negates. Shaped as elements.
Array isin(const Array& elements, const Array& tests, bool invert, Rules rules);
// numpy's set routines over the flattened arrays, each sorted and distinct: the values in
// both (intersect1d), in either (union1d), in the first only (setdiff1d, in a's dtype).
// `assume_unique` skips making the inputs distinct, as numpy does (trusting the caller).
Array intersect1d(const Array& a, const Array& b, bool assume_unique);
Array union1d(const Array& a, const Array& b);
Array setdiff1d(const Array& a, const Array& b, bool assume_unique);

}  // namespace ingot::rt::tensor

// ---- torch.unique and torch.unique_consecutive ----------------------------------------------

namespace ingot::rt::tensor {

// torch.unique (sorted, as torch sorts on the CPU whatever `sorted` says) or, `consecutive`,
// torch.unique_consecutive: the distinct elements (or, along `dim`, the distinct slices), each
// NaN distinct from every other; where each element (slice) went, shaped as the input (one
// per slice along dim); and how many each one stands for.
struct TorchUnique {
  Array values, inverse, counts;
};
TorchUnique torch_unique(const Array& a, std::optional<int64_t> dim, bool consecutive);

}  // namespace ingot::rt::tensor
