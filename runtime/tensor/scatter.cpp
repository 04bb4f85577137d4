#include "runtime/tensor/scatter.h"

#include <cmath>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

#include "runtime/core/errors.h"
#include "runtime/tensor/elementwise.h"
#include "runtime/tensor/loops.h"
#include "runtime/tensor/shape.h"

namespace ingot::rt::tensor {

namespace {

// ---- combining two elements --------------------------------------------------------------

// Integer sums and products wrap as torch's (two's complement) do, without C++'s overflow.
template <typename C>
C wrapping_add(C a, C b) {
  if constexpr (std::is_integral_v<C>) {
    using U = std::make_unsigned_t<C>;
    return static_cast<C>(static_cast<U>(a) + static_cast<U>(b));
  } else {
    return a + b;
  }
}
template <typename C>
C wrapping_mul(C a, C b) {
  if constexpr (std::is_integral_v<C>) {
    using U = std::make_unsigned_t<C>;
    return static_cast<C>(static_cast<U>(a) * static_cast<U>(b));
  } else {
    return a * b;
  }
}

// `into` combined with `value` by `op`. NaN wins amax and amin from either side, as in
// torch's kernels (a value compares false with NaN, so a NaN already there stays).
template <typename T>
T combine(ScatterReduce op, T into, T value) {
  if constexpr (std::is_same_v<T, bool>) {
    switch (op) {
      case ScatterReduce::Replace:
        return value;
      case ScatterReduce::Sum:
      case ScatterReduce::Mean:
      case ScatterReduce::Amax:
        return into || value;
      case ScatterReduce::Prod:
      case ScatterReduce::Amin:
        return into && value;
    }
    return value;
  } else {
    using C = compute_t<T>;
    const C a = load(into), b = load(value);
    bool value_is_nan = false;
    if constexpr (std::is_floating_point_v<C>) value_is_nan = std::isnan(b);
    switch (op) {
      case ScatterReduce::Replace:
        return value;
      case ScatterReduce::Sum:
      case ScatterReduce::Mean:
        return store<T>(wrapping_add(a, b));
      case ScatterReduce::Prod:
        return store<T>(wrapping_mul(a, b));
      case ScatterReduce::Amax:
        return value_is_nan || a < b ? value : into;
      case ScatterReduce::Amin:
        return value_is_nan || b < a ? value : into;
    }
    return value;
  }
}

// What a position written with include_self=False starts from.
template <typename T>
T identity(ScatterReduce op) {
  using C = compute_t<T>;
  using Limits = std::numeric_limits<C>;
  switch (op) {
    case ScatterReduce::Prod:
      return cast_value<T>(C(1));
    case ScatterReduce::Amax:
      return cast_value<T>(Limits::has_infinity ? -Limits::infinity() : Limits::lowest());
    case ScatterReduce::Amin:
      return cast_value<T>(Limits::has_infinity ? Limits::infinity() : Limits::max());
    default:
      return cast_value<T>(C(0));
  }
}

// A mean's sum divided by its count: in the element's float type, floored for integers.
template <typename T>
T divided(T sum, int64_t count) {
  using C = compute_t<T>;
  const C total = load(sum);
  if constexpr (std::is_floating_point_v<C>) {
    return store<T>(total / static_cast<C>(count));
  } else {
    const auto quotient = static_cast<int64_t>(total) / count;
    const bool rounds_up = static_cast<int64_t>(total) % count != 0 && total < C(0);
    return static_cast<T>(quotient - (rounds_up ? 1 : 0));
  }
}

// ---- scatter's checks --------------------------------------------------------------------

// A 0-d tensor stands for one of shape [1] (torch's ensure_nonempty_dim / _size).
int64_t nonempty_dims(const Array& a) { return std::max<int64_t>(a.ndim(), 1); }
Array nonempty(const Array& a) { return a.ndim() == 0 ? reshape(a, {1}) : a; }

// src.size(d) as torch's check reads it: IndexError past src's dimensions.
int64_t src_size(const Array& src, int64_t d) {
  if (src.ndim() == 0) return 1;
  if (d >= src.ndim()) {
    raise(ExcKind::IndexError,
          "Dimension out of range (expected to be in range of [" + std::to_string(-src.ndim()) +
              ", " + std::to_string(src.ndim() - 1) + "], but got " + std::to_string(d) + ")");
  }
  return src.shape()[d];
}

void check_scatter_dtypes(const Array& self, const Array& index, const Array* src) {
  if (index.dtype() != DType::Int64 && index.dtype() != DType::Int32) {
    raise(ExcKind::RuntimeError, "scatter(): Expected dtype int32/int64 for index");
  }
  if (src != nullptr && src->dtype() != self.dtype()) {
    raise(ExcKind::RuntimeError, "scatter(): Expected self.dtype to be equal to src.dtype");
  }
}

// index no larger than self apart from dim, and no larger than src anywhere; nothing is
// checked for an empty index.
void check_scatter_shapes(const Array& self, int64_t dim, const Array& index, const Array* src) {
  if (index.size() == 0) return;
  const int64_t dims = nonempty_dims(self);
  if (dims != nonempty_dims(index)) {
    raise(ExcKind::RuntimeError,
          "Index tensor must have the same number of dimensions as self tensor");
  }
  const Array index1 = nonempty(index), self1 = nonempty(self);
  bool wrong_shape = false;
  for (int64_t d = 0; d < dims && !wrong_shape; ++d) {
    wrong_shape = d != dim && index1.shape()[d] > self1.shape()[d];
  }
  for (int64_t d = 0; d < dims && !wrong_shape && src != nullptr; ++d) {
    wrong_shape = index1.shape()[d] > src_size(*src, d);
  }
  if (!wrong_shape) return;
  std::string message = "Expected index " + torch_shape_str(index.shape()) +
                        " to be no larger than self " + torch_shape_str(self.shape()) +
                        " apart from dimension " + std::to_string(dim);
  if (src != nullptr)
    message += " and to be no larger size than src " + torch_shape_str(src->shape());
  raise(ExcKind::RuntimeError, message);
}

// Calls visit(destination, source) for every element of `positions` in C order: the
// storage offsets in `target` (positions' coordinates with the index's value along dim)
// and in `values` (positions' coordinates), after checking every value against dim's size.
template <class F>
void for_each_scatter(const Array& target, int64_t dim, const Array& positions, const Array& values,
                      F&& visit) {
  const int64_t size = target.shape()[dim], step = target.strides()[dim];
  Shape target_strides = target.strides();
  target_strides[dim] = 0;
  const Shape value_strides(values.strides().begin(), values.strides().begin() + positions.ndim());
  auto walk = [&](auto&& at) {
    for_each_row<3>(positions.shape(), {positions.strides(), target_strides, value_strides},
                    [&](const Row<3>& row) {
                      for (int64_t k = 0; k < row.count; ++k) {
                        at(positions.offset() + row.offset[0] + k * row.stride[0],
                           target.offset() + row.offset[1] + k * row.stride[1],
                           values.offset() + row.offset[2] + k * row.stride[2]);
                      }
                    });
  };
  const std::byte* base = positions.storage()->data();
  auto position_at = [&](int64_t offset) -> int64_t {
    if (positions.dtype() == DType::Int64) return reinterpret_cast<const int64_t*>(base)[offset];
    return reinterpret_cast<const int32_t*>(base)[offset];
  };
  walk([&](int64_t p, int64_t, int64_t) {
    const int64_t position = position_at(p);
    if (position < 0 || position >= size) {
      raise(ExcKind::RuntimeError, "index " + std::to_string(position) +
                                       " is out of bounds for dimension " + std::to_string(dim) +
                                       " with size " + std::to_string(size));
    }
  });
  walk([&](int64_t p, int64_t t, int64_t v) { visit(t + position_at(p) * step, v); });
}

// ---- index_add / index_copy ------------------------------------------------------------------

// The index of index_add / index_copy / index_fill as int64 values.
std::vector<int64_t> index_values(const Array& index) {
  std::vector<int64_t> values(static_cast<std::size_t>(index.size()));
  for (int64_t i = 0; i < index.size(); ++i) values[std::size_t(i)] = index.element_as_int(i);
  return values;
}

// dst's elements set to combine(dst element, src element); the two have one shape.
template <typename T, class F>
void combine_into(const Array& dst, const Array& src, F&& combine_one) {
  for_each_row<2>(dst.shape(), {dst.strides(), src.strides()}, [&](const Row<2>& row) {
    T* d = dst.data<T>() + row.offset[0];
    const T* s = src.data<T>() + row.offset[1];
    for (int64_t k = 0; k < row.count; ++k) {
      T& into = d[k * row.stride[0]];
      into = combine_one(into, s[k * row.stride[1]]);
    }
  });
}

// out's slices index[i] along dim combined with source's slices i (ranks already agree, or
// both 0-d): in index order, so repeated indices accumulate as torch's loop does.
template <class F>
Array combine_slices(const Array& self, int64_t dim, const std::vector<int64_t>& positions,
                     const Array& source, F&& combine_one) {
  Array out = copy(self);
  const Array target = nonempty(out), from = nonempty(source);
  visit_dtype(out.dtype(), [&]<typename T>() {
    for (std::size_t i = 0; i < positions.size(); ++i) {
      combine_into<T>(narrow(target, dim, positions[i], 1),
                      narrow(from, dim, static_cast<int64_t>(i), 1), combine_one);
    }
  });
  return out;
}

std::string scalar_type(const Array& a) { return std::string(torch_scalar_name(a.dtype())); }

void check_index_add(const Array& self, int64_t dim, const Array& index, const Array& source) {
  if (index.ndim() > 1) {
    raise(ExcKind::IndexError, "index_add_(): Index is supposed to be a vector, but got dim: " +
                                   std::to_string(index.ndim()) +
                                   " with type: " + scalar_type(index) +
                                   " and size: " + torch_shape_str(index.shape()));
  }
  if (index.dtype() != DType::Int64 && index.dtype() != DType::Int32) {
    raise(ExcKind::RuntimeError,
          "index_add_(): Expected dtype int32/int64 for index but got: " + scalar_type(index));
  }
  if (self.dtype() != source.dtype()) {
    raise(ExcKind::RuntimeError, "index_add_(): self (" + scalar_type(self) + ") and source (" +
                                     scalar_type(source) + ") must have the same scalar type");
  }
  if (dim != 0 && dim >= source.ndim()) {
    raise(ExcKind::RuntimeError, "index_add_(): Indexing dim " + std::to_string(dim) +
                                     " is out of bounds of the source tensor with dim " +
                                     std::to_string(source.ndim()));
  }
  const int64_t along = source.ndim() == 0 ? 1 : source.shape()[dim];
  if (index.size() != along) {
    raise(ExcKind::RuntimeError, "index_add_(): Number of indices (" +
                                     std::to_string(index.size()) +
                                     ") should be equal to source.size(dim): (" +
                                     std::to_string(along) + "), for dim: " + std::to_string(dim));
  }
  Shape self_rest = self.shape(), source_rest = source.shape();
  if (self.ndim() != 0 && source.ndim() != 0) {
    self_rest.erase(self_rest.begin() + dim);
    source_rest.erase(source_rest.begin() + dim);
  }
  if (self_rest != source_rest) {
    raise(ExcKind::RuntimeError,
          "source tensor shape must match self tensor shape, excluding the specified dimension. "
          "Got self.shape = " +
              torch_shape_str(self.shape()) + " source.shape = " + torch_shape_str(source.shape()));
  }
}

// A shape as torch's index_copy message prints a std::vector: the sizes space-separated.
std::string spaced(const Shape& shape) {
  std::string text;
  for (int64_t size : shape) {
    if (!text.empty()) text += ' ';
    text += std::to_string(size);
  }
  return text;
}

void check_index_copy(const Array& self, int64_t dim, const Array& index, const Array& source) {
  if (index.ndim() >= 2) {
    raise(ExcKind::IndexError, "index_copy_(): Index should have dimension 1 or 0 (got " +
                                   std::to_string(index.ndim()) + ")");
  }
  if (source.ndim() == 0 && index.size() != 1) {
    raise(ExcKind::IndexError,
          "index_copy_(): When source is scalar, index should have one element (got " +
              std::to_string(index.size()) + ")");
  }
  if (source.ndim() != self.ndim() && source.ndim() != 0 && self.ndim() != 0) {
    raise(ExcKind::IndexError,
          "index_copy_(): When source and destination are not scalars, their dimensionality "
          "must match. Source dimensionality (" +
              std::to_string(source.ndim()) + "), destination dimensionality (" +
              std::to_string(self.ndim()) + ")");
  }
  if (index.dtype() != DType::Int64) {
    raise(ExcKind::RuntimeError,
          "index_copy_(): Expected a long tensor for index, but got " + scalar_type(index));
  }
  if (self.dtype() != source.dtype()) {
    raise(ExcKind::RuntimeError,
          "index_copy_(): self and source expected to have the same dtype, but got (self) " +
              scalar_type(self) + " and (source) " + scalar_type(source));
  }
  Shape self_rest = self.shape(), source_rest = source.shape();
  if (!self_rest.empty()) self_rest.erase(self_rest.begin() + dim);
  if (!source_rest.empty()) source_rest.erase(source_rest.begin() + dim);
  if (self_rest != source_rest) {
    raise(ExcKind::RuntimeError,
          "index_copy_(): Source/destination tensor must have same slice shapes. Destination "
          "slice shape: " +
              spaced(self_rest) + " at dimension " + std::to_string(dim) +
              " and source slice shape: " + spaced(source_rest) + " at dimension 0.");
  }
  if (source.ndim() != 0 && index.size() != source.shape()[dim]) {
    raise(ExcKind::IndexError, "index_copy_(): Number of indices (" + std::to_string(index.size()) +
                                   ") should be equal to source.size(dim) (" +
                                   std::to_string(source.shape()[dim]) + ")");
  }
}

}  // namespace

namespace {

ScatterReduce scatter_reduce_of(std::string_view name) {
  if (name == "sum") return ScatterReduce::Sum;
  if (name == "prod") return ScatterReduce::Prod;
  if (name == "mean") return ScatterReduce::Mean;
  if (name == "amax" || name == "max") return ScatterReduce::Amax;
  if (name == "amin" || name == "min") return ScatterReduce::Amin;
  raise(ExcKind::RuntimeError,
        "reduce argument must be either sum, prod, mean, amax or amin, got " + std::string(name));
}

// float16 and bfloat16 combine in float32, rounded once at the end, as torch's kernels
// accumulate them.
bool widens(DType dtype) { return dtype == DType::Float16 || dtype == DType::BFloat16; }
Array widened(const Array& a) { return widens(a.dtype()) ? astype(a, DType::Float32) : a; }

// The combining pass of scatter's family, its arguments already checked. A mean divides
// the sum (rounded to the dtype) by the count of its terms.
Array scatter_checked(const Array& self, int64_t dim, const Array& index, const Array& src,
                      bool src_is_tensor, ScatterReduce reduce, bool include_self) {
  if (index.size() == 0) return copy(self);
  Array work = widens(self.dtype()) ? astype(self, DType::Float32) : copy(self);
  const Array target = nonempty(work), positions = nonempty(index);
  const Array source = widened(src);
  const Array values = src_is_tensor ? nonempty(source) : broadcast_to(source, positions.shape());
  // Counts of each destination's terms for "mean" (work is contiguous: offsets are flat).
  std::vector<int64_t> counts;
  if (reduce == ScatterReduce::Mean) {
    counts.assign(std::size_t(work.size()), include_self ? 1 : 0);
  }
  visit_dtype(work.dtype(), [&]<typename T>() {
    T* o = reinterpret_cast<T*>(work.storage()->data());
    const T* v = reinterpret_cast<const T*>(values.storage()->data());
    if (!include_self) {
      for_each_scatter(target, dim, positions, values,
                       [&](int64_t at, int64_t) { o[at] = identity<T>(reduce); });
    }
    for_each_scatter(target, dim, positions, values, [&](int64_t at, int64_t from) {
      o[at] = combine(reduce, o[at], v[from]);
      if (!counts.empty()) ++counts[std::size_t(at)];
    });
  });
  Array out = as_dtype(work, self.dtype());
  visit_dtype(out.dtype(), [&]<typename T>() {
    T* o = out.data<T>();
    for (std::size_t at = 0; at < counts.size(); ++at) {
      if (counts[at] > 1) o[at] = divided(o[at], counts[at]);
    }
  });
  return out;
}

}  // namespace

Array torch_scatter(const Array& self, int64_t dim, const Array& index, const Array& src,
                    bool src_is_tensor, ScatterReduce reduce) {
  const Array* given = src_is_tensor ? &src : nullptr;
  check_scatter_dtypes(self, index, given);
  check_scatter_shapes(self, dim, index, given);
  return scatter_checked(self, dim, index, src, src_is_tensor, reduce, true);
}

Array torch_scatter_combining(const Array& self, int64_t dim, const Array& index, const Array& src,
                              bool src_is_tensor, std::string_view reduce) {
  const Array* given = src_is_tensor ? &src : nullptr;
  check_scatter_dtypes(self, index, given);
  check_scatter_shapes(self, dim, index, given);
  if (reduce != "add" && reduce != "multiply") {
    raise(ExcKind::RuntimeError, "reduce argument must be either add or multiply.");
  }
  const ScatterReduce op = reduce == "add" ? ScatterReduce::Sum : ScatterReduce::Prod;
  return scatter_checked(self, dim, index, src, src_is_tensor, op, true);
}

Array torch_scatter_reduce(const Array& self, int64_t dim, const Array& index, const Array& src,
                           std::string_view reduce, bool include_self) {
  check_scatter_dtypes(self, index, &src);
  check_scatter_shapes(self, dim, index, &src);
  const ScatterReduce op = scatter_reduce_of(reduce);
  if (op == ScatterReduce::Mean && self.dtype() == DType::Bool) {
    // torch's mean kernel refuses bools; with nothing to scatter its floor division does.
    raise(ExcKind::NotImplementedError,
          index.size() == 0
              ? "\"div_floor_cpu\" not implemented for 'Bool'"
              : "\"scatter_gather_tensor_cpu_reduce_mean\" not implemented for 'Bool'");
  }
  return scatter_checked(self, dim, index, src, true, op, include_self);
}

Array torch_index_add(const Array& self, int64_t dim, const Array& index, const Array& source,
                      const Array& alpha) {
  check_index_add(self, dim, index, source);
  const std::vector<int64_t> positions = index_values(index);
  const int64_t size = nonempty(self).shape()[dim];
  for (int64_t position : positions) {
    if (position < 0 || position >= size) {
      raise(ExcKind::RuntimeError, "index " + std::to_string(position) +
                                       " is out of bounds for dimension " + std::to_string(dim) +
                                       " with size " + std::to_string(size));
    }
  }
  // torch's loop over a 1-D tensor rounds every sum to float16 / bfloat16; its slice adds
  // over more dimensions accumulate in float32.
  if (widens(self.dtype()) && self.ndim() >= 2) {
    const Array sum = torch_index_add(widened(self), dim, index, widened(source), widened(alpha));
    return as_dtype(sum, self.dtype());
  }
  const bool unit = alpha.element_as_double(0) == 1.0;
  return combine_slices(self, dim, positions, source, [&]<typename T>(T into, T value) {
    const T factor = *alpha.data<T>();
    const T term = unit ? value : combine(ScatterReduce::Prod, value, factor);
    return combine(ScatterReduce::Sum, into, term);
  });
}

Array torch_index_copy(const Array& self, int64_t dim, const Array& index, const Array& source) {
  check_index_copy(self, dim, index, source);
  const std::vector<int64_t> positions = index_values(index);
  const int64_t size = nonempty(self).shape()[dim];
  for (int64_t position : positions) {
    if (position < 0 || position >= size) {
      raise(ExcKind::IndexError, "index_copy_(): index " + std::to_string(position) +
                                     " is out of bounds for dimension " + std::to_string(dim) +
                                     " with size " + std::to_string(size));
    }
  }
  return combine_slices(self, dim, positions, source,
                        []<typename T>(T /*into*/, T value) { return value; });
}

Array torch_index_fill(const Array& self, int64_t dim, const Array& index, const Array& value) {
  if (value.ndim() != 0) {
    raise(ExcKind::RuntimeError,
          "index_fill_ only supports a 0-dimensional value tensor, but got tensor with " +
              std::to_string(value.ndim()) + " dimension(s).");
  }
  if (index.dtype() != DType::Int64) {
    raise(ExcKind::IndexError, "index_fill_(): Expected dtype int64 for index.");
  }
  if (index.ndim() > 1) raise(ExcKind::RuntimeError, "Index has to be a vector/scalar");
  const Array filler =
      is_float(value.dtype())
          ? torch_fill_value(Scalar::from_float(value.element_as_double(0)), self.dtype())
          : as_dtype(value, self.dtype());
  Array out = copy(self);
  const Array target = nonempty(out);
  const int64_t size = target.shape()[dim];
  for (int64_t position : index_values(index)) {
    if (position < -size || position >= size) {
      raise(ExcKind::IndexError, "index " + std::to_string(position) +
                                     " is out of bounds for dimension " + std::to_string(dim) +
                                     " with size " + std::to_string(size));
    }
    assign(narrow(target, dim, position < 0 ? position + size : position, 1), filler);
  }
  return out;
}

}  // namespace ingot::rt::tensor
