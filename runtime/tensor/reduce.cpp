#include "runtime/tensor/reduce.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <string>

#include "runtime/core/errors.h"
#include "runtime/tensor/shape.h"
#include "runtime/tensor/sort.h"

namespace ingot::rt::tensor {

namespace {

std::vector<bool> reduced_mask(const Array& a, const Axes& axes) {
  std::vector<bool> reduced(a.shape().size(), !axes.has_value());
  if (!axes) return reduced;
  for (int64_t axis : *axes) {
    const int64_t d = normalize_axis(axis, a.ndim());
    if (reduced[d]) raise(ExcKind::ValueError, "duplicate value in 'axis'");
    reduced[d] = true;
  }
  return reduced;
}

std::string_view numpy_name(ReduceOp op) { return op == ReduceOp::Max ? "maximum" : "minimum"; }

// Sum of n elements `stride` apart. Floats add in blocks with several accumulators
// (vectorizable, and close to numpy's pairwise error) and carry the block sums in double.
template <typename T>
double float_sum(const T* x, int64_t n, int64_t stride) {
  constexpr int64_t kBlock = 256;
  constexpr int kLanes = 8;
  double total = 0;
  int64_t i = 0;
  if (stride == 1) {
    for (; i + kBlock <= n; i += kBlock) {
      compute_t<T> lanes[kLanes] = {};
      for (int64_t j = 0; j < kBlock; j += kLanes) {
        for (int k = 0; k < kLanes; ++k) lanes[k] += load(x[i + j + k]);
      }
      compute_t<T> block = 0;
      for (int k = 0; k < kLanes; ++k) block += lanes[k];
      total += block;
    }
  }
  for (; i < n; ++i) total += load(x[i * stride]);
  return total;
}

template <typename T>
int64_t integer_sum(const T* x, int64_t n) {
  uint64_t total = 0;  // wraps as numpy's int64 accumulator does
  for (int64_t i = 0; i < n; ++i) total += static_cast<uint64_t>(static_cast<int64_t>(x[i]));
  return static_cast<int64_t>(total);
}

template <typename T>
int64_t integer_product(const T* x, int64_t n) {
  uint64_t total = 1;
  for (int64_t i = 0; i < n; ++i) total *= static_cast<uint64_t>(static_cast<int64_t>(x[i]));
  return static_cast<int64_t>(total);
}

template <typename T>
double mean_of(const T* x, int64_t n) {
  if constexpr (std::is_floating_point_v<compute_t<T>>) {
    return float_sum(x, n, 1) / static_cast<double>(n);
  } else {
    double total = 0;
    for (int64_t i = 0; i < n; ++i) total += static_cast<double>(x[i]);
    return total / static_cast<double>(n);
  }
}

// numpy's two passes: the mean, then the mean squared deviation over N - ddof.
template <typename T>
double variance_of(const T* x, int64_t n, int64_t ddof) {
  const double mean = mean_of(x, n);
  double squares = 0;
  for (int64_t i = 0; i < n; ++i) {
    const double deviation = static_cast<double>(load(x[i])) - mean;
    squares += deviation * deviation;
  }
  return squares / static_cast<double>(std::max<int64_t>(n - ddof, 0));
}

template <typename T>
compute_t<T> extreme_of(const T* x, int64_t n, bool largest) {
  using C = compute_t<T>;
  C best = load(x[0]);
  for (int64_t i = 1; i < n; ++i) {
    const C value = load(x[i]);
    if constexpr (std::is_floating_point_v<C>) {
      if (std::isnan(value)) return value;
      if (std::isnan(best)) return best;
    }
    if (largest ? value > best : value < best) best = value;
  }
  return best;
}

template <typename T>
double logsumexp_of(const T* x, int64_t n) {
  if (n == 0) return -std::numeric_limits<double>::infinity();
  double peak = static_cast<double>(extreme_of(x, n, true));
  if (std::isnan(peak)) return peak;
  if (!std::isfinite(peak)) peak = 0;  // all -inf, or an inf: let exp() give the answer
  double total = 0;
  for (int64_t i = 0; i < n; ++i) total += std::exp(static_cast<double>(load(x[i])) - peak);
  return std::log(total) + peak;
}

DType result_dtype(ReduceOp op, DType d, Rules rules) {
  switch (op) {
    case ReduceOp::Sum:
    case ReduceOp::Prod:
      return sum_dtype(d);
    case ReduceOp::Max:
    case ReduceOp::Min:
      return d;
    case ReduceOp::Any:
    case ReduceOp::All:
      return DType::Bool;
    case ReduceOp::Mean:
    case ReduceOp::Var:
    case ReduceOp::Std:
    case ReduceOp::LogSumExp:
      if (rules == Rules::Torch && !is_float(d) && op != ReduceOp::LogSumExp) {
        raise(ExcKind::NotImplementedError,  // torch's kind for this one
              "mean(): could not infer output dtype. Input dtype must be "
              "either a floating point or complex dtype. Got: " +
                  std::string(torch_scalar_name(d)));
      }
      return is_float(d) ? d : (rules == Rules::Torch ? DType::Float32 : DType::Float64);
  }
  return d;
}

// Reduces each run of `inner` elements of `in` into out[i].
template <typename T, typename Out>
void reduce_runs(ReduceOp op, const T* in, Out* out, int64_t outer, int64_t inner, int64_t ddof) {
  for (int64_t r = 0; r < outer; ++r) {
    const T* x = in + r * inner;
    switch (op) {
      case ReduceOp::Sum:
        if constexpr (std::is_floating_point_v<compute_t<T>>) {
          out[r] = cast_value<Out>(float_sum(x, inner, 1));
        } else {
          out[r] = cast_value<Out>(integer_sum(x, inner));
        }
        break;
      case ReduceOp::Prod:
        if constexpr (std::is_floating_point_v<compute_t<T>>) {
          double total = 1;
          for (int64_t i = 0; i < inner; ++i) total *= load(x[i]);
          out[r] = cast_value<Out>(total);
        } else {
          out[r] = cast_value<Out>(integer_product(x, inner));
        }
        break;
      case ReduceOp::Mean:
        out[r] = cast_value<Out>(inner == 0 ? std::nan("") : mean_of(x, inner));
        break;
      case ReduceOp::Var:
      case ReduceOp::Std: {
        const double variance = inner == 0 ? std::nan("") : variance_of(x, inner, ddof);
        out[r] = cast_value<Out>(op == ReduceOp::Std ? std::sqrt(variance) : variance);
        break;
      }
      case ReduceOp::Max:
      case ReduceOp::Min:
        out[r] = cast_value<Out>(extreme_of(x, inner, op == ReduceOp::Max));
        break;
      case ReduceOp::Any: {
        bool found = false;
        for (int64_t i = 0; i < inner && !found; ++i) found = cast_value<bool>(x[i]);
        out[r] = cast_value<Out>(found);
        break;
      }
      case ReduceOp::All: {
        bool every = true;
        for (int64_t i = 0; i < inner && every; ++i) every = cast_value<bool>(x[i]);
        out[r] = cast_value<Out>(every);
        break;
      }
      case ReduceOp::LogSumExp:
        out[r] = cast_value<Out>(logsumexp_of(x, inner));
        break;
    }
  }
}

template <typename T>
int64_t arg_extreme(const T* x, int64_t n, int64_t stride, bool largest) {
  using C = compute_t<T>;
  int64_t best_at = 0;
  C best = load(x[0]);
  for (int64_t i = 1; i < n; ++i) {
    if constexpr (std::is_floating_point_v<C>) {
      if (std::isnan(best)) return best_at;
    }
    const C value = load(x[i * stride]);
    bool better = largest ? value > best : value < best;
    if constexpr (std::is_floating_point_v<C>) better = better || std::isnan(value);
    if (better) {
      best = value;
      best_at = i;
    }
  }
  return best_at;
}

Array arg_reduce(const Array& a, std::optional<int64_t> axis, bool keepdims, bool largest) {
  const std::string name = largest ? "argmax" : "argmin";
  const Folded folded = fold_axes(a, axis ? Axes{{*axis}} : std::nullopt);
  if (folded.inner == 0) {
    raise(ExcKind::ValueError, "attempt to get " + name + " of an empty sequence");
  }
  Array out(DType::Int64, keepdims ? folded.kept : folded.reduced);
  visit_dtype(a.dtype(), [&]<typename T>() {
    const T* in = folded.data.data<T>();
    int64_t* o = out.data<int64_t>();
    for (int64_t r = 0; r < folded.outer; ++r) {
      o[r] = arg_extreme(in + r * folded.inner, folded.inner, 1, largest);
    }
  });
  return out;
}

}  // namespace

Folded fold_axes(const Array& a, const Axes& axes) {
  const std::vector<bool> reduced = reduced_mask(a, axes);
  Folded folded;
  Shape order;
  for (std::size_t d = 0; d < reduced.size(); ++d) {
    if (reduced[d]) {
      folded.inner *= a.shape()[d];
      folded.kept.push_back(1);
    } else {
      order.push_back(static_cast<int64_t>(d));
      folded.outer *= a.shape()[d];
      folded.kept.push_back(a.shape()[d]);
      folded.reduced.push_back(a.shape()[d]);
    }
  }
  for (std::size_t d = 0; d < reduced.size(); ++d) {
    if (reduced[d]) order.push_back(static_cast<int64_t>(d));
  }
  folded.data = contiguous(transpose(a, order));
  return folded;
}

DType sum_dtype(DType d) { return is_float(d) ? d : DType::Int64; }

Array reduce(ReduceOp op, const Array& a, const Axes& axes, const ReduceOptions& options) {
  const DType out_dtype = result_dtype(op, a.dtype(), options.rules);
  const Folded folded = fold_axes(a, axes);
  if (folded.inner == 0 && (op == ReduceOp::Max || op == ReduceOp::Min)) {
    raise(ExcKind::ValueError, "zero-size array to reduction operation " +
                                   std::string(numpy_name(op)) + " which has no identity");
  }
  Array out(out_dtype, options.keepdims ? folded.kept : folded.reduced);
  visit_dtype(a.dtype(), [&]<typename T>() {
    visit_dtype(out_dtype, [&]<typename Out>() {
      reduce_runs<T, Out>(op, folded.data.data<T>(), out.data<Out>(), folded.outer, folded.inner,
                          options.ddof);
    });
  });
  return out;
}

namespace {

// `where` broadcast to a's shape, or numpy's error for a mask that is not a bool array of
// a shape that broadcasts there (mean words it as the broadcast_to it calls first).
Array mask_over(ReduceOp op, const Array& a, const Array& where) {
  if (where.dtype() != DType::Bool) {
    raise(ExcKind::TypeError, "Cannot cast array data from dtype('" +
                                  std::string(dtype_name(where.dtype())) +
                                  "') to dtype('bool') according to the rule 'safe'");
  }
  if (where.ndim() > a.ndim()) {
    raise(ExcKind::ValueError,
          "input operand has more dimensions than allowed by the axis remapping");
  }
  const int64_t lead = a.ndim() - where.ndim();
  for (int64_t d = 0; d < where.ndim(); ++d) {
    const int64_t extent = where.shape()[d];
    if (extent == 1 || extent == a.shape()[lead + d]) continue;
    const std::string prefix =
        "operands could not be broadcast together with remapped shapes [original->remapped]: ";
    raise(ExcKind::ValueError,
          op == ReduceOp::Mean
              ? prefix + shape_str(where.shape()) + "  and requested shape " + shape_str(a.shape())
              : prefix + shape_str(a.shape()) + " " + shape_str(where.shape()) + " ");
  }
  return broadcast_to(where, a.shape());
}

// A reduction's result with `initial` folded in, as numpy starts the reduction from it.
template <typename Out>
Out with_initial(ReduceOp op, Out value, double initial) {
  const Out start = cast_value<Out>(initial);
  using C = compute_t<Out>;
  const C x = load(value), s = load(start);
  if constexpr (std::is_integral_v<C>) {  // wrapping, as numpy's integers do
    const auto ux = static_cast<uint64_t>(x), us = static_cast<uint64_t>(s);
    if (op == ReduceOp::Sum) return static_cast<Out>(ux + us);
    if (op == ReduceOp::Prod) return static_cast<Out>(ux * us);
  } else {
    if (op == ReduceOp::Sum) return store<Out>(s + x);
    if (op == ReduceOp::Prod) return store<Out>(s * x);
    if (is_nan(x) || is_nan(s)) return is_nan(x) ? value : start;
  }
  if (op == ReduceOp::Max) return x < s ? start : value;
  if (op == ReduceOp::Min) return s < x ? start : value;
  return value;
}

}  // namespace

Array reduce_masked(ReduceOp op, const Array& a, const Axes& axes, const ReduceOptions& options,
                    const ReduceMask& mask) {
  const bool extreme = op == ReduceOp::Max || op == ReduceOp::Min;
  if (extreme && mask.where && !mask.initial) {
    raise(ExcKind::ValueError, "reduction operation '" + std::string(numpy_name(op)) +
                                   "' does not have an identity, so to use a where mask one "
                                   "has to specify 'initial'");
  }
  if (!mask.where && !mask.initial) return reduce(op, a, axes, options);
  const DType out_dtype = result_dtype(op, a.dtype(), options.rules);
  const Folded values = fold_axes(a, axes);
  std::optional<Folded> keep;
  if (mask.where) keep = fold_axes(mask_over(op, a, *mask.where), axes);
  Array out(out_dtype, options.keepdims ? values.kept : values.reduced);
  visit_dtype(a.dtype(), [&]<typename T>() {
    visit_dtype(out_dtype, [&]<typename Out>() {
      // Not a std::vector: vector<bool> has no data() to hand the kernels.
      const auto picked = std::make_unique<T[]>(std::max<int64_t>(values.inner, 1));
      for (int64_t r = 0; r < values.outer; ++r) {
        // The run's elements the mask keeps, gathered so the plain kernels reduce them.
        const T* run = values.data.data<T>() + r * values.inner;
        const bool* kept = keep ? keep->data.data<bool>() + r * values.inner : nullptr;
        int64_t count = 0;
        for (int64_t i = 0; i < values.inner; ++i) {
          if (!kept || kept[i]) picked[count++] = run[i];
        }
        Out& result = out.data<Out>()[r];
        if (count == 0 && extreme) {
          result = cast_value<Out>(*mask.initial);  // numpy's reduce, given `initial`
          continue;
        }
        reduce_runs<T, Out>(op, picked.get(), &result, 1, count, options.ddof);
        if (mask.initial) result = with_initial<Out>(op, result, *mask.initial);
      }
    });
  });
  return out;
}

Array argmax(const Array& a, std::optional<int64_t> axis, bool keepdims) {
  return arg_reduce(a, axis, keepdims, true);
}

Array argmin(const Array& a, std::optional<int64_t> axis, bool keepdims) {
  return arg_reduce(a, axis, keepdims, false);
}

namespace {

// The running sum or product along `axis` (of the flattened array when nullopt).
Array cumulative(const Array& a, std::optional<int64_t> axis, bool product) {
  Array source = axis ? a : reshape(a, {-1});
  const int64_t along = axis ? normalize_axis(*axis, a.ndim()) : 0;
  const DType dtype = sum_dtype(a.dtype());
  // Sum in the result's dtype, in order, with the axis last and contiguous.
  Array moved = contiguous(as_dtype(moveaxis(source, along, -1), dtype));
  if (moved.shares_memory_with(a)) moved = copy(moved);
  const int64_t inner = moved.ndim() == 0 ? 1 : moved.shape().back();
  const int64_t outer = inner == 0 ? 0 : moved.size() / inner;
  visit_dtype(dtype, [&]<typename T>() {
    T* x = moved.data<T>();
    for (int64_t r = 0; r < outer; ++r) {
      T* run = x + r * inner;
      for (int64_t i = 1; i < inner; ++i) {
        if constexpr (std::is_integral_v<T>) {  // wrapping, as numpy's integers do
          const auto previous = static_cast<uint64_t>(run[i - 1]);
          const auto current = static_cast<uint64_t>(run[i]);
          run[i] = static_cast<T>(product ? previous * current : previous + current);
        } else {
          run[i] =
              store<T>(product ? load(run[i - 1]) * load(run[i]) : load(run[i - 1]) + load(run[i]));
        }
      }
    }
  });
  return moveaxis(moved, -1, along);
}

}  // namespace

Array cumsum(const Array& a, std::optional<int64_t> axis) { return cumulative(a, axis, false); }
Array cumprod(const Array& a, std::optional<int64_t> axis) { return cumulative(a, axis, true); }

// ---- torch.cummax / cummin -------------------------------------------------------------------

std::pair<Array, Array> torch_cumulative_extreme(const Array& a, int64_t axis, bool largest) {
  if (a.ndim() == 0) return {copy(a), scalar_int(0, DType::Int64)};
  const int64_t d = normalize_axis(axis, a.ndim());
  // Rows along the axis, contiguous: moved last, walked, moved back.
  const Array rows = contiguous(moveaxis(a, d, -1));
  const int64_t n = rows.shape().back();
  Array values(a.dtype(), rows.shape());
  Array indices(DType::Int64, rows.shape());
  int64_t* where = indices.data<int64_t>();
  visit_dtype(a.dtype(), [&]<typename T>() {
    const T* in = rows.data<T>();
    T* out = values.data<T>();
    for (int64_t start = 0; n > 0 && start < rows.size(); start += n) {
      auto best = load(in[start]);
      int64_t at = 0;
      for (int64_t i = 0; i < n; ++i) {
        const auto x = load(in[start + i]);
        const bool better = largest ? x >= best : x <= best;
        if (is_nan(x) || (!is_nan(best) && better)) {
          best = x;
          at = i;
        }
        out[start + i] = store<T>(best);
        where[start + i] = at;
      }
    }
  });
  return {moveaxis(values, -1, d), moveaxis(indices, -1, d)};
}

// ---- ufunc methods ------------------------------------------------------------------------------

namespace {

// The reduction a binary op's ufunc.reduce is, where there is one.
std::optional<ReduceOp> reduction_of(BinaryOp op) {
  switch (op) {
    case BinaryOp::Add:
      return ReduceOp::Sum;
    case BinaryOp::Multiply:
      return ReduceOp::Prod;
    case BinaryOp::Maximum:
      return ReduceOp::Max;
    case BinaryOp::Minimum:
      return ReduceOp::Min;
    case BinaryOp::LogicalAnd:
      return ReduceOp::All;
    case BinaryOp::LogicalOr:
      return ReduceOp::Any;
    default:
      return std::nullopt;
  }
}

}  // namespace

Array ufunc_reduce(BinaryOp op, const Array& a, std::optional<int64_t> axis, bool keepdims) {
  if (const auto reduction = reduction_of(op)) {
    const Axes axes = axis ? Axes(std::vector<int64_t>{*axis}) : std::nullopt;
    return reduce(*reduction, a, axes, {.keepdims = keepdims});
  }
  const std::string name(ufunc_name(op));
  if (!axis && a.ndim() > 1) {
    raise(ExcKind::ValueError, "reduction operation '" + name +
                                   "' is not reorderable, so at most one axis may be specified");
  }
  const Array source = axis ? a : reshape(a, {-1});
  const int64_t d = normalize_axis(axis.value_or(0), source.ndim());
  const int64_t n = source.shape()[static_cast<size_t>(d)];
  if (n == 0) {
    raise(ExcKind::ValueError,
          "zero-size array to reduction operation " + name + " which has no identity");
  }
  const Array last = narrow(ufunc_accumulate(op, source, d), d, n - 1, 1);
  if (keepdims) return axis ? last : reshape(last, Shape(static_cast<size_t>(a.ndim()), 1));
  return squeeze(last, std::vector<int64_t>{d});
}

Array ufunc_accumulate(BinaryOp op, const Array& a, int64_t axis) {
  if (a.ndim() == 0) raise(ExcKind::TypeError, "cannot accumulate on a scalar");
  const int64_t d = normalize_axis(axis, a.ndim());
  if (op == BinaryOp::Add) return cumsum(a, d);
  if (op == BinaryOp::Multiply) return cumprod(a, d);
  const int64_t n = a.shape()[static_cast<size_t>(d)];
  // The op's result dtype for a's own, found on an empty slice.
  const Array none = narrow(a, d, 0, 0);
  Array out(binary(op, none, none).dtype(), a.shape());
  if (n == 0) return out;
  assign(narrow(out, d, 0, 1), narrow(a, d, 0, 1));
  for (int64_t i = 1; i < n; ++i) {
    assign(narrow(out, d, i, 1), binary(op, narrow(out, d, i - 1, 1), narrow(a, d, i, 1)));
  }
  return out;
}

Array ufunc_outer(BinaryOp op, const Array& a, const Array& b) {
  Shape spread = a.shape();
  spread.insert(spread.end(), static_cast<size_t>(b.ndim()), 1);
  return binary(op, reshape(a, spread), b);
}

}  // namespace ingot::rt::tensor
