// Searches in sorted arrays and counts by value: np.searchsorted / torch.searchsorted,
// np.digitize / torch.bucketize, np.bincount / torch.bincount, np.histogram, np.interp.
// numpy and torch differ in how NaN compares (numpy sorts it last; torch compares it as IEEE does),
// in the shapes they search and in their result dtypes, so each library has its own entry point.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>

#include "runtime/tensor/array.h"
#include "runtime/tensor/elementwise.h"

namespace ingot::rt::tensor {

// Which end of a run of elements equal to the value a search returns.
enum class Side { Left, Right };

// np.searchsorted(a, v, side): for each element of v, where it would go in the 1-D sorted
// array a (NaN last, as numpy sorts). int64, shaped as v.
Array numpy_searchsorted(const Array& sorted, const Array& values, Side side);
// np.searchsorted(a, v, side, sorter): a taken in the order of `sorter` (indices that sort
// it, as np.argsort gives), with numpy's checks of the sorter.
Array numpy_searchsorted(const Array& a, const Array& values, Side side, const Array& sorter);
// np.digitize(x, bins, right): the bin of each element of x, bins increasing or decreasing.
Array digitize(const Array& x, const Array& bins, bool right);
// np.bincount(x, weights, minlength): int64 counts, or float64 sums of the weights.
Array numpy_bincount(const Array& x, const std::optional<Array>& weights, int64_t minlength);

// np.histogram's result: the count in each bin (int64, or float64 densities) and the
// bins' edges.
struct Histogram {
  Array counts;
  Array edges;
};
// np.histogram(a, bins=n, range=...): n equal bins over `range` (Python numbers), or over
// the data's extent where absent. Edges are a's float dtype (float64 for integers).
Histogram histogram_uniform(const Array& a, int64_t bins,
                            const std::optional<std::pair<Scalar, Scalar>>& range, bool density);
// np.histogram(a, bins=edges): the bins between increasing edges, the last one closed.
Histogram histogram_edges(const Array& a, const Array& edges, bool density);

// np.interp(x, xp, fp, left, right): the piecewise-linear function through (xp, fp), xp
// increasing, at each x (float64, shaped as x); `left` / `right` (fp's ends by default)
// beyond xp's ends.
Array interp(const Array& x, const Array& xp, const Array& fp, std::optional<double> left,
             std::optional<double> right);

// torch.searchsorted(sorted, values, side): a 1-D `sorted` is searched for every value; an
// N-D one row by row, for the values of the same leading index. int64, or int32 when
// `out_int32`.
Array torch_searchsorted(const Array& sorted, const Array& values, Side side, bool out_int32);
// torch.bucketize(input, boundaries, right): boundaries must be 1-D.
Array bucketize(const Array& input, const Array& boundaries, bool right, bool out_int32);
// torch.bincount(input, weights, minlength): int64 counts, or sums in float32 for float32
// weights and float64 for any other.
Array torch_bincount(const Array& x, const std::optional<Array>& weights, int64_t minlength);

}  // namespace ingot::rt::tensor
