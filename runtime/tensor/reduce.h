// Reductions over any set of axes (numpy's axis=None|int|tuple with keepdims, torch's dim
// and keepdim), the arg-reductions and the cumulative sum.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "runtime/tensor/array.h"
#include "runtime/tensor/elementwise.h"

namespace ingot::rt::tensor {

enum class ReduceOp { Sum, Prod, Mean, Max, Min, Any, All, Var, Std, LogSumExp };

// The axes a reduction runs over: nullopt for all of them.
using Axes = std::optional<std::vector<int64_t>>;

// `a` with the reduced axes moved last, in order, and made contiguous: `outer` runs of
// `inner` elements, one run per result element. An axis named twice is numpy's ValueError.
struct Folded {
  Array data;
  int64_t outer = 1;
  int64_t inner = 1;
  Shape kept;     // the result's shape with keepdims: each reduced axis as 1
  Shape reduced;  // and without
};
Folded fold_axes(const Array& a, const Axes& axes);

struct ReduceOptions {
  bool keepdims = false;
  int64_t ddof = 0;  // var and std: the divisor is N - ddof (torch's correction)
  Rules rules = Rules::Numpy;
};

Array reduce(ReduceOp op, const Array& a, const Axes& axes, const ReduceOptions& options = {});

// numpy's `where=` and `initial=` on sum, prod, mean, max, min, any and all: only the
// elements `where` holds true for (a bool mask broadcast to a's shape) take part, and
// `initial` (sum, prod, max, min; cast to the result's dtype) starts each reduction, so an
// empty or wholly masked-out run gives it. max and min have no identity: with `where` they
// need `initial`, as in numpy. A masked-out run's mean is NaN.
struct ReduceMask {
  const Array* where = nullptr;
  std::optional<double> initial;
};
Array reduce_masked(ReduceOp op, const Array& a, const Axes& axes, const ReduceOptions& options,
                    const ReduceMask& mask);

// The index of the first largest / smallest element (NaN counts as largest and smallest, as
// numpy's argmax and argmin find the first NaN), over the flattened array when axis is
// nullopt. int64.
Array argmax(const Array& a, std::optional<int64_t> axis, bool keepdims = false);
Array argmin(const Array& a, std::optional<int64_t> axis, bool keepdims = false);

// Running sums along `axis` (the flattened array when nullopt), summed in order; integer
// inputs accumulate in int64 as numpy's cumsum does.
Array cumsum(const Array& a, std::optional<int64_t> axis);
// np.cumprod / torch.cumprod: the running product, in the dtype cumsum would use.
Array cumprod(const Array& a, std::optional<int64_t> axis);

// torch.cummax / torch.cummin along `axis`: the running largest (smallest) element and the
// position it came from: the latest among equals, and every NaN taken (NaN then stays).
std::pair<Array, Array> torch_cumulative_extreme(const Array& a, int64_t axis, bool largest);

// numpy's ufunc methods for a binary op: `reduce` (np.add.reduce and kin, along one axis
// or all for None), `accumulate` (the running result along one axis) and `outer` (the op
// between every element of a and every element of b, shaped a.shape + b.shape). Sums,
// products, extrema and logical and/or go through the reductions and cumsum/cumprod, whose
// dtypes they share; any other op is folded slice by slice in the op's own result dtype.
Array ufunc_reduce(BinaryOp op, const Array& a, std::optional<int64_t> axis, bool keepdims);
Array ufunc_accumulate(BinaryOp op, const Array& a, int64_t axis);
Array ufunc_outer(BinaryOp op, const Array& a, const Array& b);

// The dtype numpy's (or torch's) sum gives for `d`: integers and bool widen to int64.
DType sum_dtype(DType d);

}  // namespace ingot::rt::tensor
