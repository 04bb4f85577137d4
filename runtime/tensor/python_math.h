// The rest of python.h's numpy and torch math spellings: nan_to_num, diff, roll, the
// NaN-skipping reductions, np.average and np.ptp, torch.logit and the in-place pointwise
// methods. Each is composed from the array operations (where, reduce, concatenate, narrow)
// in the steps numpy's and torch's own Python or C++ take, so that dtypes, NaN and errors
// come out as theirs do.
#pragma once

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "runtime/tensor/python.h"

namespace ingot::rt::numpy {

namespace detail {
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

inline double value_or(const NoneType&, double fallback) { return fallback; }
inline double value_or(const Optional<Float>& v, double fallback) { return v ? *v : fallback; }
inline double value_or(Float v, double) { return v; }

// `a` with `value` (converted to a's dtype) where `mask` is set.
inline Array replaced(const Array& a, const Array& mask, double value, tensor::Rules rules) {
  return tensor::where(mask, tensor::scalar(value, a.dtype()), a, rules);
}
// A float array's NaN, +inf and -inf replaced (nan_to_num's work in both libraries).
inline Array finite_from(const Array& x, double nan, double posinf, double neginf,
                         tensor::Rules rules) {
  Array out = replaced(x, tensor::unary(UnaryOp::IsNan, x), nan, rules);
  out = replaced(out, tensor::unary(UnaryOp::IsPosInf, x), posinf, rules);
  return replaced(out, tensor::unary(UnaryOp::IsNegInf, x), neginf, rules);
}
// A float array with its NaNs as `value` (numpy's _replace_nan); other dtypes as they are.
inline Array nan_as(const Array& a, double value, tensor::Rules rules = tensor::Rules::Numpy) {
  if (!tensor::is_float(a.dtype())) return a;
  return replaced(a, tensor::unary(UnaryOp::IsNan, a), value, rules);
}
// `length` elements of `axis` from `start`, clipped to the axis (a[1:] of an empty axis is
// empty).
inline Array span(const Array& a, int64_t axis, int64_t start, int64_t length) {
  return tensor::narrow(a, axis, start, std::max<int64_t>(length, 0));
}
// One difference along `axis`: a[1:] - a[:-1], or != for bools (numpy and torch alike).
inline Array step_difference(const Array& a, int64_t axis, tensor::Rules rules) {
  const int64_t n = a.shape()[axis];
  const Array later = span(a, axis, std::min<int64_t>(n, 1), n - 1);
  const Array earlier = span(a, axis, 0, n - 1);
  const BinaryOp op = a.dtype() == DType::Bool ? BinaryOp::NotEqual : BinaryOp::Subtract;
  return tensor::binary(op, later, earlier, rules);
}
// `a` rolled by `shift` along `axis`: the last `shift` elements (mod the length) first.
inline Array rolled(const Array& a, int64_t axis, int64_t shift, tensor::Rules rules) {
  const int64_t n = a.shape()[axis];
  if (n == 0) return a;
  const int64_t offset = ((shift % n) + n) % n;
  if (offset == 0) return a;
  return tensor::concatenate({span(a, axis, n - offset, offset), span(a, axis, 0, n - offset)},
                             axis, rules);
}
// numpy's "zero-size array to reduction operation fmax which has no identity" for a
// reduction over no elements.
inline void expect_reduced_elements(const Array& a, const tensor::Axes& axes,
                                    const std::string& ufunc) {
  int64_t reduced = axes ? 1 : a.size();
  if (axes) {
    for (int64_t axis : *axes) reduced *= a.shape()[tensor::normalize_axis(axis, a.ndim())];
  }
  if (reduced == 0) {
    raise(ExcKind::ValueError,
          "zero-size array to reduction operation " + ufunc + " which has no identity");
  }
}
// How many non-NaN elements each reduced slice has (int64).
inline Array present_counts(const Array& mask, const tensor::Axes& axes, bool keepdims,
                            tensor::Rules rules) {
  return tensor::reduce(ReduceOp::Sum, tensor::unary(UnaryOp::LogicalNot, mask), axes,
                        {keepdims, 0, rules});
}
// numpy's _divide_by_count: the quotient in the promoted type, rounded to `a`'s dtype.
inline Array divided_by_count(const Array& a, const Array& count) {
  return tensor::as_dtype(tensor::binary(BinaryOp::TrueDivide, a, count), a.dtype());
}
}  // namespace detail

// ---- nan_to_num, diff, roll ---------------------------------------------------------------------

// np.nan_to_num: NaN to `nan`, infinities to `posinf` / `neginf` (the dtype's largest finite
// values by default); integer and bool arrays unchanged. copy=False writes into x.
template <class P, class N>
Array nan_to_num(const Array& x, Bool copy, Float nan, const P& posinf, const N& neginf) {
  if (!tensor::is_float(x.dtype())) return copy ? tensor::copy(x) : x;
  const double largest = tensor::float_limits(x.dtype()).max;
  const Array out = detail::finite_from(x, nan, detail::value_or(posinf, largest),
                                        detail::value_or(neginf, -largest), tensor::Rules::Numpy);
  if (copy) return out;
  tensor::assign(x, out);
  return x;
}

// np.diff's prepend / append: absent, or an array or Python number as np.asanyarray makes it
// (a number keeps its own dtype), broadcast to one slice along the axis when 0-d.
inline std::optional<Array> diff_edge(const NoneType&, const Array&, int64_t) {
  return std::nullopt;
}
template <class E>
std::optional<Array> diff_edge(const E& edge, const Array& a, int64_t axis) {
  std::optional<Array> value;
  if constexpr (std::is_same_v<E, Optional<Array>>) {
    value = detail::optional_array(edge);
  } else {
    value = detail::strong_array(edge);
  }
  if (!value || value->ndim() > 0) return value;
  tensor::Shape shape = a.shape();
  shape[axis] = 1;
  return tensor::broadcast_to(*value, shape);
}

// np.diff(a, n, axis, prepend, append): the n-th differences along axis (!= for bools).
template <class P, class A>
Array diff(const Array& a, Int n, Int axis, const P& prepend, const A& append) {
  if (n == 0) return a;
  if (n < 0) raise(ExcKind::ValueError, "order must be non-negative but got " + std::to_string(n));
  if (a.ndim() == 0) {
    raise(ExcKind::ValueError, "diff requires input that is at least one dimensional");
  }
  const int64_t along = tensor::normalize_axis(axis, a.ndim());
  std::vector<Array> pieces;
  if (auto before = diff_edge(prepend, a, along)) pieces.push_back(*before);
  pieces.push_back(a);
  if (auto after = diff_edge(append, a, along)) pieces.push_back(*after);
  Array out = pieces.size() == 1 ? a : tensor::concatenate(pieces, along);
  for (Int i = 0; i < n; ++i) out = detail::step_difference(out, along, tensor::Rules::Numpy);
  return out;
}

namespace detail {
inline std::string shape_text(std::size_t n) { return "(" + std::to_string(n) + ",)"; }
}  // namespace detail

// np.roll(a, shift, axis): an int or a tuple of shifts against an axis or a tuple of axes
// (broadcast together; shifts of a repeated axis add up); axis None rolls the flattened
// array and restores the shape.
template <class S, class X>
Array roll(const Array& a, const S& shift, const X& axis) {
  const std::vector<int64_t> shifts = detail::int_list(shift);
  const tensor::Axes listed = axes_of(axis);
  if (!listed) {
    Array flat = tensor::reshape(a, {-1});
    for (int64_t s : shifts) flat = detail::rolled(flat, 0, s, tensor::Rules::Numpy);
    return tensor::reshape(tensor::copy(flat), a.shape());
  }
  std::vector<int64_t> axes = *listed;
  for (int64_t& d : axes) d = tensor::normalize_axis(d, a.ndim());
  if (shifts.size() != axes.size() && shifts.size() != 1 && axes.size() != 1) {
    raise(ExcKind::ValueError,
          "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is "
          "between arg 0 with shape " +
              detail::shape_text(shifts.size()) + " and arg 1 with shape " +
              detail::shape_text(axes.size()) + ".");
  }
  const std::size_t count = std::max(shifts.size(), axes.size());
  std::vector<int64_t> total(static_cast<std::size_t>(a.ndim()), 0);
  for (std::size_t i = 0; i < count; ++i) {
    total[axes[axes.size() == 1 ? 0 : i]] += shifts[shifts.size() == 1 ? 0 : i];
  }
  Array out = a;
  for (int64_t d = 0; d < a.ndim(); ++d) {
    out = detail::rolled(out, d, total[d], tensor::Rules::Numpy);
  }
  return out.shares_memory_with(a) ? tensor::copy(out) : out;
}

// ---- NaN-skipping reductions --------------------------------------------------------------------

// np.nansum: NaN counts as 0.
template <class X>
Array nansum(const Array& a, const X& axis, Bool keepdims) {
  return tensor::reduce(ReduceOp::Sum, detail::nan_as(a, 0), axes_of(axis), {keepdims});
}

// np.nanmean: the sum of the non-NaN elements over their count (NaN for none), in a's float
// dtype; integers as np.mean.
template <class X>
Array nanmean(const Array& a, const X& axis, Bool keepdims) {
  const tensor::Axes axes = axes_of(axis);
  if (!tensor::is_float(a.dtype())) return tensor::reduce(ReduceOp::Mean, a, axes, {keepdims});
  const Array mask = tensor::unary(UnaryOp::IsNan, a);
  const Array total = tensor::reduce(ReduceOp::Sum, detail::nan_as(a, 0), axes, {keepdims});
  return detail::divided_by_count(
      total, detail::present_counts(mask, axes, keepdims, tensor::Rules::Numpy));
}

namespace detail {
// nanmax / nanmin: numpy's fmax / fmin reductions; an all-NaN slice gives NaN.
template <class X>
Array nan_extreme(const Array& a, const X& axis, Bool keepdims, bool largest) {
  const tensor::Axes axes = axes_of(axis);
  expect_reduced_elements(a, axes, largest ? "fmax" : "fmin");
  const ReduceOp op = largest ? ReduceOp::Max : ReduceOp::Min;
  if (!tensor::is_float(a.dtype())) return tensor::reduce(op, a, axes, {keepdims});
  const Array mask = tensor::unary(UnaryOp::IsNan, a);
  const Array filled = replaced(a, mask, largest ? -kInf : kInf, tensor::Rules::Numpy);
  const Array extreme = tensor::reduce(op, filled, axes, {keepdims});
  const Array all_nan = tensor::reduce(ReduceOp::All, mask, axes, {keepdims});
  return replaced(extreme, all_nan, kNan, tensor::Rules::Numpy);
}
// nanargmax / nanargmin: NaN as -inf / +inf, after refusing a slice of NaNs only.
template <class X>
Array nan_arg_extreme(const Array& a, const X& axis, Bool keepdims, bool largest) {
  if (!tensor::is_float(a.dtype())) {
    return largest ? tensor::argmax(a, axis_of(axis), keepdims)
                   : tensor::argmin(a, axis_of(axis), keepdims);
  }
  const Array mask = tensor::unary(UnaryOp::IsNan, a);
  if (a.size() > 0) {
    const Array all_nan = tensor::reduce(ReduceOp::All, mask, axes_of(axis));
    if (numpy::truth(tensor::reduce(ReduceOp::Any, all_nan, std::nullopt))) {
      raise(ExcKind::ValueError, "All-NaN slice encountered");
    }
  }
  const Array filled = replaced(a, mask, largest ? -kInf : kInf, tensor::Rules::Numpy);
  return largest ? tensor::argmax(filled, axis_of(axis), keepdims)
                 : tensor::argmin(filled, axis_of(axis), keepdims);
}
// np.nanvar's steps: the mean of the non-NaN elements, their squared deviations summed over
// count - ddof (NaN where that is not positive), each step in a's float dtype.
inline Array nan_variance(const Array& a, const tensor::Axes& axes, bool keepdims, Int ddof) {
  const Array mask = tensor::unary(UnaryOp::IsNan, a);
  const Array values = nan_as(a, 0);
  const Array counts = present_counts(mask, axes, true, tensor::Rules::Numpy);
  const Array mean = divided_by_count(tensor::reduce(ReduceOp::Sum, values, axes, {true}), counts);
  const Array deviation =
      replaced(tensor::binary(BinaryOp::Subtract, values, mean), mask, 0, tensor::Rules::Numpy);
  const Array squares = tensor::binary(BinaryOp::Multiply, deviation, deviation);
  const Array total = tensor::reduce(ReduceOp::Sum, squares, axes, {keepdims});
  const Array freedom =
      tensor::binary(BinaryOp::Subtract, present_counts(mask, axes, keepdims, tensor::Rules::Numpy),
                     tensor::Scalar::from_int(ddof));
  const Array variance = divided_by_count(total, freedom);
  const Array unusable = tensor::binary(BinaryOp::LessEqual, freedom, tensor::Scalar::from_int(0));
  return replaced(variance, unusable, kNan, tensor::Rules::Numpy);
}
}  // namespace detail

template <class X>
Array nanmax(const Array& a, const X& axis, Bool keepdims) {
  return detail::nan_extreme(a, axis, keepdims, true);
}
template <class X>
Array nanmin(const Array& a, const X& axis, Bool keepdims) {
  return detail::nan_extreme(a, axis, keepdims, false);
}
template <class X>
Array nanargmax(const Array& a, const X& axis, Bool keepdims) {
  return detail::nan_arg_extreme(a, axis, keepdims, true);
}
template <class X>
Array nanargmin(const Array& a, const X& axis, Bool keepdims) {
  return detail::nan_arg_extreme(a, axis, keepdims, false);
}
// np.nanvar / np.nanstd; integers as np.var / np.std.
template <class X>
Array nanvar(const Array& a, const X& axis, Int ddof, Bool keepdims) {
  if (!tensor::is_float(a.dtype())) {
    return tensor::reduce(ReduceOp::Var, a, axes_of(axis), {keepdims, ddof});
  }
  return detail::nan_variance(a, axes_of(axis), keepdims, ddof);
}
template <class X>
Array nanstd(const Array& a, const X& axis, Int ddof, Bool keepdims) {
  if (!tensor::is_float(a.dtype())) {
    return tensor::reduce(ReduceOp::Std, a, axes_of(axis), {keepdims, ddof});
  }
  return tensor::unary(UnaryOp::Sqrt, detail::nan_variance(a, axes_of(axis), keepdims, ddof));
}
// np.nanmedian: the median of each slice's non-NaN elements (NaN for none).
template <class X>
Array nanmedian(const Array& a, const X& axis, Bool keepdims) {
  return tensor::numpy_median(a, axes_of(axis), keepdims, tensor::is_float(a.dtype()));
}

// ---- average and ptp ----------------------------------------------------------------------------

// np.average(a, axis, weights): the mean, or sum(a * w) / sum(w) in the promoted dtype
// (float64 at least for integer a); weights of another shape are one weight per element
// along axis.
template <class X, class W>
Array average(const Array& a, const X& axis, const W& weights, Bool keepdims) {
  const tensor::Axes axes = axes_of(axis);
  // numpy checks the axis with normalize_axis_tuple(argname="axis"), which names it.
  if (axes && ((*axes)[0] < -a.ndim() || (*axes)[0] >= a.ndim())) {
    raise(ExcKind::ValueError, "axis: axis " + std::to_string((*axes)[0]) +
                                   " is out of bounds for array of dimension " +
                                   std::to_string(a.ndim()));
  }
  const std::optional<Array> given = detail::optional_array(weights);
  if (!given) return tensor::reduce(ReduceOp::Mean, a, axes, {keepdims});
  {
    Array w = *given;
    if (a.shape() != w.shape()) {
      if (!axes) {
        raise(ExcKind::TypeError, "Axis must be specified when shapes of a and weights differ.");
      }
      const int64_t along = tensor::normalize_axis((*axes)[0], a.ndim());
      if (w.shape() != tensor::Shape{a.shape()[along]}) {
        raise(ExcKind::ValueError,
              "Shape of weights must be consistent with shape of a along specified axis.");
      }
      tensor::Shape shape(static_cast<std::size_t>(a.ndim()), 1);
      shape[along] = a.shape()[along];
      w = tensor::reshape(w, shape);
    }
    DType result = tensor::promote(a.dtype(), w.dtype(), tensor::Rules::Numpy);
    if (!tensor::is_float(a.dtype()))
      result = tensor::promote(result, DType::Float64, tensor::Rules::Numpy);
    const Array scale =
        tensor::reduce(ReduceOp::Sum, tensor::as_dtype(w, result), axes, {keepdims});
    const Array zero = tensor::binary(BinaryOp::Equal, scale, tensor::Scalar::from_float(0.0));
    if (numpy::truth(tensor::reduce(ReduceOp::Any, zero, std::nullopt))) {
      raise(ExcKind::ZeroDivisionError, "Weights sum to zero, can't be normalized");
    }
    const Array products = tensor::binary(BinaryOp::Multiply, tensor::as_dtype(a, result),
                                          tensor::as_dtype(w, result));
    return tensor::binary(BinaryOp::TrueDivide,
                          tensor::reduce(ReduceOp::Sum, products, axes, {keepdims}), scale);
  }
}

// np.ptp: max - min (numpy's subtract, so bools are its TypeError).
template <class X>
Array ptp(const Array& a, const X& axis, Bool keepdims) {
  const tensor::Axes axes = axes_of(axis);
  const Array largest = tensor::reduce(ReduceOp::Max, a, axes, {keepdims});  // its error first
  return tensor::binary(BinaryOp::Subtract, largest,
                        tensor::reduce(ReduceOp::Min, a, axes, {keepdims}));
}

}  // namespace ingot::rt::numpy

namespace ingot::rt::torch {

// t.reciprocal_(), t.trunc_(), ...: the result written back into t, which must be able to
// hold its dtype (torch's RuntimeError for a float result into an integer tensor).
inline Array unary_inplace(UnaryOp op, const Array& a) {
  const Array result = tensor::unary(op, a, kRules);
  if (tensor::is_float(result.dtype()) && !tensor::is_float(a.dtype())) {
    raise(ExcKind::RuntimeError, "result type " +
                                     std::string(tensor::torch_scalar_name(result.dtype())) +
                                     " can't be cast to the desired output type " +
                                     std::string(tensor::torch_scalar_name(a.dtype())));
  }
  tensor::assign(a, result);
  return a;
}

// torch.logit(t, eps): log(p / (1 - p)), p clamped to [eps, 1 - eps] (in the tensor's float
// type) when eps is given.
inline Array logit(const Array& a, const Optional<Float>& eps) {
  const Array x = tensor::is_float(a.dtype()) ? a : tensor::as_dtype(a, DType::Float32);
  if (!eps) return tensor::unary(UnaryOp::Logit, x, kRules);
  const Array low = tensor::scalar(*eps, x.dtype());
  const Array high =
      tensor::binary(BinaryOp::Subtract, tensor::scalar(1.0, x.dtype()), low, kRules);
  const Array clamped = tensor::clip(x, &low, &high, kRules);
  return tensor::unary(UnaryOp::Logit, clamped, kRules);
}
inline Array logit(const Array& a, const NoneType&) { return logit(a, Optional<Float>()); }
inline Array logit(const Array& a, Float eps) { return logit(a, Optional<Float>(eps)); }
template <class E>
Array logit_inplace(const Array& a, const E& eps) {
  if (!tensor::is_float(a.dtype())) return unary_inplace(UnaryOp::Logit, a);
  tensor::assign(a, logit(a, eps));
  return a;
}

// torch.heaviside(input, values): both tensors of one dtype.
inline void expect_heaviside_dtypes(const Array& a, const Array& values) {
  if (a.dtype() != values.dtype()) {
    raise(ExcKind::RuntimeError,
          "heaviside is not yet implemented for tensors with different dtypes.");
  }
}
inline Array heaviside(const Array& a, const Array& values) {
  expect_heaviside_dtypes(a, values);
  return tensor::binary(BinaryOp::Heaviside, a, values, kRules);
}
inline Array heaviside_inplace(const Array& a, const Array& values) {
  expect_heaviside_dtypes(a, values);
  tensor::binary_inplace(BinaryOp::Heaviside, a, values, kRules);
  return a;
}

// torch.nan_to_num(t, nan, posinf, neginf): as numpy's, a copy for integer tensors.
template <class P, class N>
Array nan_to_num(const Array& x, const Optional<Float>& nan, const P& posinf, const N& neginf) {
  if (!tensor::is_float(x.dtype())) return tensor::copy(x);
  const double largest = tensor::float_limits(x.dtype()).max;
  return numpy::detail::finite_from(x, nan ? *nan : 0.0, numpy::detail::value_or(posinf, largest),
                                    numpy::detail::value_or(neginf, -largest), kRules);
}
template <class V, class P, class N>
Array nan_to_num(const Array& x, const V& nan, const P& posinf, const N& neginf) {
  return nan_to_num(x, Optional<Float>(numpy::detail::value_or(nan, 0.0)), posinf, neginf);
}
template <class V, class P, class N>
Array nan_to_num_inplace(const Array& x, const V& nan, const P& posinf, const N& neginf) {
  tensor::assign(x, nan_to_num(x, nan, posinf, neginf));
  return x;
}

// torch.diff(t, n, dim, prepend, append): the n-th differences along dim (logical xor for
// bools); prepend and append are tensors of t's rank.
template <class P, class A>
Array diff(const Array& a, Int n, Int dim, const P& prepend, const A& append) {
  if (a.ndim() == 0) {
    raise(ExcKind::RuntimeError, "diff expects input to be at least one-dimensional");
  }
  if (n < 0)
    raise(ExcKind::RuntimeError, "order must be non-negative but got " + std::to_string(n));
  const int64_t along = tensor::normalize_axis(checked_dim(a, dim), a.ndim());
  std::vector<Array> pieces;
  const auto add_edge = [&](const std::optional<Array>& edge) {
    if (!edge) return;
    if (edge->ndim() != a.ndim()) {
      raise(ExcKind::RuntimeError,
            "diff expects prepend or append to be the same dimension as input");
    }
    for (int64_t d = 0; d < a.ndim(); ++d) {
      if (d != along && edge->shape()[d] != a.shape()[d]) {
        const std::string axis = std::to_string(d);
        raise(ExcKind::RuntimeError,
              "diff expects the shape of tensor to prepend or append to match that of input "
              "except along the differencing dimension; input.size(" +
                  axis + ") = " + std::to_string(a.shape()[d]) + ", but got tensor.size(" + axis +
                  ") = " + std::to_string(edge->shape()[d]));
      }
    }
    pieces.push_back(*edge);
  };
  add_edge(numpy::detail::optional_array(prepend));
  pieces.push_back(a);
  add_edge(numpy::detail::optional_array(append));
  Array out = pieces.size() == 1 ? a : tensor::concatenate(pieces, along, kRules);
  if (n == 0) return tensor::copy(out);
  for (Int i = 0; i < n && out.shape()[along] > 0; ++i) {
    out = numpy::detail::step_difference(out, along, kRules);
  }
  return out;
}

// torch.roll(t, shifts, dims): shifts and dims of one length; no dims rolls the flattened
// tensor (one shift only).
template <class S, class D>
Array roll(const Array& a, const S& shifts, const D& dims) {
  const std::vector<int64_t> by = numpy::detail::int_list(shifts);
  const tensor::Axes along = numpy::axes_of(dims);
  if (!along) {
    if (by.size() != 1) {
      raise(ExcKind::RuntimeError,
            "shifts and dimensions must align. shifts: " + std::to_string(by.size()) + ", dims:0");
    }
    const Array flat = numpy::detail::rolled(tensor::reshape(a, {-1}), 0, by[0], kRules);
    return tensor::reshape(tensor::copy(flat), a.shape());
  }
  if (by.size() != along->size()) {
    raise(ExcKind::RuntimeError,
          "shifts and dimensions must align. shifts: " + std::to_string(by.size()) +
              ", dims:" + std::to_string(along->size()));
  }
  Array out = a;
  for (std::size_t i = 0; i < by.size(); ++i) {
    const int64_t d = tensor::normalize_axis(checked_dim(a, (*along)[i]), a.ndim());
    out = numpy::detail::rolled(out, d, by[i], kRules);
  }
  return out.shares_memory_with(a) ? tensor::copy(out) : out;
}

// torch.nansum: NaN counts as 0.
template <class X>
Array nansum(const Array& a, const X& dim, Bool keepdim) {
  check_dims(a, dim);
  return tensor::reduce(ReduceOp::Sum, numpy::detail::nan_as(a, 0, kRules), numpy::axes_of(dim),
                        {keepdim, 0, kRules});
}
// torch.nanmean: nansum over the count of non-NaN elements; floating-point tensors only.
template <class X>
Array nanmean(const Array& a, const X& dim, Bool keepdim) {
  if (!tensor::is_float(a.dtype())) {
    raise(ExcKind::NotImplementedError,
          "nanmean(): expected input to have floating point or complex dtype but got " +
              std::string(tensor::torch_scalar_name(a.dtype())));
  }
  const Array mask = tensor::unary(UnaryOp::IsNan, a, kRules);
  const Array counts = numpy::detail::present_counts(mask, numpy::axes_of(dim), keepdim, kRules);
  return tensor::binary(BinaryOp::TrueDivide, nansum(a, dim, keepdim), counts, kRules);
}
// torch.nanmedian(t): the lower middle of the non-NaN elements (NaN when there are none).
inline Array nanmedian(const Array& a) {
  const Array flat = tensor::reshape(a, {-1});
  if (!tensor::is_float(a.dtype())) return tensor::torch_median(flat);
  const Array present = tensor::unary(UnaryOp::LogicalNot, tensor::unary(UnaryOp::IsNan, flat));
  return tensor::torch_median(tensor::getitem(flat, {present}, kRules));
}
// torch.nanmedian(t, dim): (values, indices) of each row's lower middle non-NaN value.
inline return_types::nanmedian nanmedian_dim(const Array& a, Int dim, Bool keepdim) {
  auto [values, indices] = tensor::torch_median_dim(a, checked_dim(a, dim), keepdim, true);
  return {values, indices};
}

}  // namespace ingot::rt::torch
