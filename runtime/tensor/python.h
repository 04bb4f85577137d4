// The numpy and torch spellings compiled code calls: the op library's rows for numpy and
// torch (compiler/types/op_table_numpy.cpp, op_table_torch.cpp) lower to these functions,
// which take the runtime's Python values (Int, Float, Bool, None, List, Tuple, Str) and
// call the array operations with numpy's or torch's promotion rules. torch.Tensor is the
// same Array as numpy.ndarray (torch.from_numpy and .numpy() share memory, as in torch).
//
// numpy.ndarray is a tensor::Array whose dtype is known only at run time: a function's
// static types say "an array", not "a float32 array". So a value that leaves the array
// world takes the type its context gives it: `.tolist()` and `.item()` return the type of
// the variable or return they are annotated with, and raise TypeError at run time when the
// array's elements are of another kind (a float array's items are not int).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numbers>
#include <numeric>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "runtime/core/builtins.h"
#include "runtime/core/collections.h"
#include "runtime/core/containers.h"
#include "runtime/core/errors.h"
#include "runtime/core/format.h"
#include "runtime/core/lowering.h"
#include "runtime/core/str.h"
#include "runtime/core/tuple_of.h"
#include "runtime/core/values.h"
#include "runtime/tensor/array.h"
#include "runtime/tensor/bits.h"
#include "runtime/tensor/convert.h"
#include "runtime/tensor/elementwise.h"
#include "runtime/tensor/index.h"
#include "runtime/tensor/linalg.h"
#include "runtime/tensor/loss.h"
#include "runtime/tensor/nn.h"
#include "runtime/tensor/npy.h"
#include "runtime/tensor/pad.h"
#include "runtime/tensor/print.h"
#include "runtime/tensor/reduce.h"
#include "runtime/tensor/scatter.h"
#include "runtime/tensor/search.h"
#include "runtime/tensor/shape.h"
#include "runtime/tensor/sort.h"
#include "runtime/tensor/stats.h"
#include "runtime/tensor/torch_types.h"

namespace ingot::rt::builtins {

// `a[1:3, ::2]` and `a[..., None]`: a subscript's slices and ellipsis as values.
using slice = tensor::Slice;
using ellipsis = tensor::Ellipsis;

inline slice make_slice(const Optional<Int>& start, const Optional<Int>& stop,
                        const Optional<Int>& step) {
  return {start, stop, step};
}

}  // namespace ingot::rt::builtins

namespace ingot::rt::tensor {

// Set while a value whose type holds torch tensors prints (torch::in_torch_style): the
// arrays in it are torch.Tensors and print as torch prints them.
inline thread_local bool arrays_print_as_torch = false;

// What generic code (print(), a list's repr, an f-string) finds for an array by
// argument-dependent lookup.
inline Str to_str(const Array& a) {
  return Str(arrays_print_as_torch ? torch_tensor_str(a) : array_str(a));
}
inline Str repr(const Array& a) {
  return Str(arrays_print_as_torch ? torch_tensor_str(a) : array_repr(a));
}
inline const char* type_name(const Array&) { return "numpy.ndarray"; }

// numpy and torch take Python's classes as dtypes (`dtype=float`): float64, int64, bool.
template <class T>
requires(std::is_same_v<T, Float> || std::is_same_v<T, Int> ||
         std::is_same_v<T, Bool>) constexpr DType class_dtype() {
  if constexpr (std::is_same_v<T, Float>) return DType::Float64;
  if constexpr (std::is_same_v<T, Int>) return DType::Int64;
  return DType::Bool;
}

}  // namespace ingot::rt::tensor

namespace ingot::rt::numpy {

using tensor::Array;
using tensor::BinaryOp;
using tensor::DType;
using tensor::ReduceOp;
using tensor::UnaryOp;

// A numpy dtype as a value: np.float32, x.dtype.
struct dtype {
  // Spelled out because clang before 16 lacks C++20's parenthesized aggregate init.
  constexpr dtype() = default;
  constexpr explicit dtype(DType v) : value(v) {}
  template <class T>
  constexpr dtype(builtins::type<T>) : value(tensor::class_dtype<T>()) {}  // NOLINT: implicit
  DType value{};
  friend bool operator==(const dtype&, const dtype&) = default;
};

inline Str dtype_str(const dtype& d) { return Str(std::string(tensor::dtype_name(d.value))); }
// print(a.dtype), f"{a.dtype}": a dtype prints its name; its repr is dtype('float32').
inline Str to_str(const dtype& d) { return dtype_str(d); }
inline Str repr(const dtype& d) {
  return Str("dtype('" + std::string(tensor::dtype_name(d.value)) + "')");
}
inline const char* type_name(const dtype&) { return "numpy.dtype"; }

// ---- machine limits ---------------------------------------------------------------------------

// np.finfo(dtype): a float dtype's limits, as numpy's scalars of that dtype.
struct finfo {
  DType dtype;
};
// np.iinfo(dtype): an integer dtype's limits, as Python ints.
struct iinfo {
  DType dtype;
};
inline finfo finfo_of(const dtype& d) {
  if (!tensor::is_float(d.value)) {
    raise(ExcKind::ValueError,
          "data type <class 'numpy." + std::string(tensor::dtype_name(d.value)) + "'> not inexact");
  }
  return {d.value};
}
inline iinfo iinfo_of(const dtype& d) {
  if (!tensor::is_integer(d.value)) {
    const char kind = d.value == DType::Bool ? 'b' : 'f';
    raise(ExcKind::ValueError, std::string("Invalid integer data type '") + kind + "'.");
  }
  return {d.value};
}
// A limit as numpy's scalar of the dtype (resolution is 10^-precision rounded to it).
inline Array float_limit(const finfo& f, double value) {
  return tensor::as_dtype(tensor::scalar_operand(tensor::Scalar::from_float(value), DType::Float64,
                                                 tensor::Rules::Numpy),
                          f.dtype);
}
inline tensor::FloatLimits limits(const finfo& f) { return tensor::float_limits(f.dtype); }
inline Array finfo_eps(const finfo& f) { return float_limit(f, limits(f).eps); }
inline Array finfo_epsneg(const finfo& f) { return float_limit(f, limits(f).epsneg); }
inline Array finfo_max(const finfo& f) { return float_limit(f, limits(f).max); }
inline Array finfo_min(const finfo& f) { return float_limit(f, -limits(f).max); }
inline Array finfo_tiny(const finfo& f) { return float_limit(f, limits(f).tiny); }
inline Array finfo_smallest_subnormal(const finfo& f) {
  return float_limit(f, limits(f).smallest_subnormal);
}
inline Array finfo_resolution(const finfo& f) {
  return float_limit(f, std::pow(10.0, -limits(f).precision));
}
inline Str to_str(const finfo& f) {
  const tensor::FloatLimits l = limits(f);
  auto text = [](const Array& a) { return tensor::array_str(a); };
  const std::string rule = "---------------------------------------------------------------\n";
  return Str("Machine parameters for " + std::string(tensor::dtype_name(f.dtype)) + "\n" + rule +
             "precision = " + std::to_string(l.precision) + "   resolution = " +
             text(finfo_resolution(f)) + "\n" + "machep = " + std::to_string(-l.mantissa_bits) +
             "   eps =        " + text(finfo_eps(f)) + "\n" + "negep =  " +
             std::to_string(-l.mantissa_bits - 1) + "   epsneg =     " + text(finfo_epsneg(f)) +
             "\n" + "minexp = " + std::to_string(l.min_exponent) + "   tiny =       " +
             text(finfo_tiny(f)) + "\n" + "maxexp = " + std::to_string(l.max_exponent) +
             "   max =        " + text(finfo_max(f)) + "\n" +
             "nexp =   " + std::to_string(l.exponent_bits) + "   min =        -max\n" +
             "smallest_normal = " + text(finfo_tiny(f)) +
             "   smallest_subnormal = " + text(finfo_smallest_subnormal(f)) + "\n" + rule);
}
// repr: min and max in exponent notation, with the decimals numpy's table gives each dtype
// (bfloat16, which numpy's table lacks, as its str).
inline Str repr(const finfo& f) {
  const tensor::FloatLimits l = limits(f);
  const int decimals = f.dtype == DType::Float16 ? 5 : f.dtype == DType::Float32 ? 7 : 16;
  char max_text[64];
  std::snprintf(max_text, sizeof max_text, "%.*e", decimals, l.max);
  if (f.dtype == DType::BFloat16) {
    std::snprintf(max_text, sizeof max_text, "%s", tensor::array_str(finfo_max(f)).c_str());
  }
  return Str("finfo(resolution=" + tensor::array_str(finfo_resolution(f)) + ", min=-" + max_text +
             ", max=" + max_text + ", dtype=" + std::string(tensor::dtype_name(f.dtype)) + ")");
}
inline const char* type_name(const finfo&) { return "numpy.finfo"; }
inline Str to_str(const iinfo& i) {
  const tensor::IntLimits l = tensor::int_limits(i.dtype);
  const std::string rule = "---------------------------------------------------------------\n";
  return Str("Machine parameters for " + std::string(tensor::dtype_name(i.dtype)) + "\n" + rule +
             "min = " + std::to_string(l.min) + "\nmax = " + std::to_string(l.max) + "\n" + rule);
}
inline Str repr(const iinfo& i) {
  const tensor::IntLimits l = tensor::int_limits(i.dtype);
  return Str("iinfo(min=" + std::to_string(l.min) + ", max=" + std::to_string(l.max) +
             ", dtype=" + std::string(tensor::dtype_name(i.dtype)) + ")");
}
inline const char* type_name(const iinfo&) { return "numpy.iinfo"; }

// A materialized numpy.ndarray or torch.Tensor global, from its embedded NAME/array.npy.
inline Array from_resource(Resources resources, const Str& name) {
  return tensor::from_npy(resources(name.to_std() + "/array.npy"));
}

// ---- Python values as array operands -----------------------------------------------------------

inline const Array& operand(const Array& a) { return a; }
inline tensor::Scalar operand(Bool v) { return tensor::Scalar::from_bool(v); }
inline tensor::Scalar operand(Int v) { return tensor::Scalar::from_int(v); }
inline tensor::Scalar operand(Float v) { return tensor::Scalar::from_float(v); }

// A Python scalar next to `like` becomes the 0-d array numpy's weak-scalar rule makes of it.
inline Array as_array(const Array& a, const Array&) { return a; }
template <class S>
Array as_array(const S& s, const Array& like) {
  return tensor::scalar_operand(operand(s), like.dtype(), tensor::Rules::Numpy);
}

// The dtype a `dtype=` argument names; `fallback` where it is None.
inline DType dtype_or(const NoneType&, DType fallback) { return fallback; }
inline DType dtype_or(const dtype& d, DType) { return d.value; }
inline DType dtype_or(const Optional<dtype>& d, DType fallback) { return d ? d->value : fallback; }
template <class T>
DType dtype_or(const builtins::type<T>&, DType) {
  return tensor::class_dtype<T>();
}
inline DType dtype_or(const Str& name, DType) {
  DType out;
  if (!tensor::dtype_from_name(name.view(), out)) {
    raise(ExcKind::TypeError, "data type '" + std::string(name.view()) + "' not understood");
  }
  return out;
}

// ---- shapes and axes as Python writes them -----------------------------------------------------

inline tensor::Shape shape_of(Int n) { return {n}; }
inline tensor::Shape shape_of(const TupleOf<Int>& t) { return t.items(); }
inline tensor::Shape shape_of(const List<Int>& l) { return l.items(); }
template <class... Ts>
tensor::Shape shape_of(const Tuple<Ts...>& t) {
  return std::apply([](const auto&... n) { return tensor::Shape{static_cast<int64_t>(n)...}; },
                    static_cast<const std::tuple<Ts...>&>(t));
}

inline tensor::Axes axes_of(const NoneType&) { return std::nullopt; }
inline tensor::Axes axes_of(Int axis) { return std::vector<int64_t>{axis}; }
inline tensor::Axes axes_of(const Optional<Int>& axis) {
  if (!axis) return std::nullopt;
  return std::vector<int64_t>{*axis};
}
template <class T>
tensor::Axes axes_of(const T& tuple) {
  return shape_of(tuple);
}

inline std::optional<int64_t> axis_of(const NoneType&) { return std::nullopt; }
inline std::optional<int64_t> axis_of(const Optional<Int>& axis) {
  return axis ? std::optional<int64_t>(*axis) : std::nullopt;
}
inline std::optional<int64_t> axis_of(Int axis) { return axis; }

// A list or tuple of arrays as a vector (np.concatenate((a, b)), np.stack([a, b])).
inline std::vector<Array> arrays_of(const List<Array>& l) { return l.items(); }
inline std::vector<Array> arrays_of(const TupleOf<Array>& t) { return t.items(); }
template <class... Ts>
std::vector<Array> arrays_of(const Tuple<Ts...>& t) {
  return std::apply([](const auto&... a) { return std::vector<Array>{a...}; },
                    static_cast<const std::tuple<Ts...>&>(t));
}

// ---- creation ---------------------------------------------------------------------------------

namespace detail {

// An array, or None (absent), as np.bincount's weights and a reduction's where= take it.
inline std::optional<Array> optional_array(const NoneType&) { return std::nullopt; }
inline std::optional<Array> optional_array(const Array& a) { return a; }
inline std::optional<Array> optional_array(const Optional<Array>& a) {
  return a ? std::optional<Array>(*a) : std::nullopt;
}
// A Python number, or None (absent), as np.interp's left / right and F.pad's value take it.
inline std::optional<double> optional_number(const NoneType&) { return std::nullopt; }
template <class V>
std::optional<double> optional_number(const Optional<V>& value) {
  return value ? std::optional<double>(static_cast<double>(*value)) : std::nullopt;
}
template <class V>
requires(std::is_same_v<V, Float> || std::is_same_v<V, Int> ||
         std::is_same_v<V, Bool>) std::optional<double> optional_number(const V& value) {
  return static_cast<double>(value);
}

template <class T>
struct ListLeaf {
  using type = T;
};
template <class T>
struct ListLeaf<List<T>> {
  using type = typename ListLeaf<T>::type;
};

template <class T>
inline constexpr bool is_variant_v = false;
template <class... Ts>
inline constexpr bool is_variant_v<std::variant<Ts...>> = true;

// The shape np.array finds in a nested list, checked to be rectangular, and its leaves.
template <class T, class Leaf>
void walk_list(const T& value, size_t depth, tensor::Shape& shape, bool& shape_known,
               std::vector<Leaf>& leaves) {
  auto ragged = [&] {
    raise(ExcKind::ValueError,
          "setting an array element with a sequence. The requested array has an "
          "inhomogeneous shape after " +
              std::to_string(depth) + " dimensions. The detected shape was " +
              tensor::shape_str(tensor::Shape(shape.begin(), shape.begin() + depth)) +
              " + inhomogeneous part.");
  };
  if constexpr (is_variant_v<T>) {
    // An item of a list of mixed kinds: walked as what it holds.
    std::visit([&](const auto& held) { walk_list(held, depth, shape, shape_known, leaves); },
               value);
  } else if constexpr (requires { value.items(); }) {
    const auto size = static_cast<int64_t>(value.items().size());
    if (!shape_known && depth == shape.size()) {
      shape.push_back(size);
    } else if (depth >= shape.size() || shape[depth] != size) {
      ragged();
    }
    if (size == 0) shape_known = true;
    for (const auto& item : value.items()) walk_list(item, depth + 1, shape, shape_known, leaves);
  } else {
    if (depth != shape.size()) ragged();
    shape_known = true;
    if constexpr (std::is_constructible_v<Leaf, const T&>) {
      leaves.push_back(Leaf(value));
    } else {
      raise(ExcKind::TypeError, "np.array here takes lists of numbers or bools only");
    }
  }
}

template <class Leaf>
constexpr DType leaf_dtype() {
  if constexpr (std::is_same_v<Leaf, Bool>) return DType::Bool;
  if constexpr (std::is_same_v<Leaf, Int>) return DType::Int64;
  return DType::Float64;
}

// np.array([1.0, 2, True]): items of several kinds take the widest kind among them (float64
// over int64 over bool), as numpy's do.
template <class... Ts, class D>
Array array_of_mixed(const std::vector<std::variant<Ts...>>& leaves, const tensor::Shape& shape,
                     const D& dtype) {
  bool any_float = false, any_int = false;
  for (const auto& leaf : leaves) {
    std::visit(
        [&]<class V>(const V&) {
          if constexpr (std::is_same_v<V, Float>) {
            any_float = true;
          } else if constexpr (std::is_same_v<V, Int>) {
            any_int = true;
          } else if constexpr (!std::is_same_v<V, Bool>) {
            raise(ExcKind::TypeError, "np.array here takes lists of numbers or bools only");
          }
        },
        leaf);
  }
  // No items at all (np.array([]), np.array([[], []])): float64, as numpy makes it.
  const DType kind = any_float || leaves.empty() ? DType::Float64
                     : any_int                   ? DType::Int64
                                                 : DType::Bool;
  Array out(kind, shape);
  for (size_t i = 0; i < leaves.size(); ++i) {
    std::visit(
        [&]<class V>(const V& v) {
          if constexpr (std::is_same_v<V, Float> || std::is_same_v<V, Int> ||
                        std::is_same_v<V, Bool>) {
            if (kind == DType::Float64) out.data<double>()[i] = static_cast<double>(v);
            if (kind == DType::Int64) out.data<int64_t>()[i] = static_cast<int64_t>(v);
            if (kind == DType::Bool) out.data<bool>()[i] = static_cast<bool>(v);
          }
        },
        leaves[i]);
  }
  return tensor::as_dtype(out, dtype_or(dtype, kind));
}

}  // namespace detail

// np.array(list): bool, int64 or float64 as the items are, converted to `dtype` if given.
template <class T, class D>
Array array(const List<T>& list, const D& dtype) {
  using Leaf = typename detail::ListLeaf<T>::type;
  if constexpr (std::is_same_v<Leaf, Array>) {
    Array stacked = tensor::stack(list.items(), 0);
    return tensor::as_dtype(stacked, dtype_or(dtype, stacked.dtype()));
  } else {
    tensor::Shape shape;
    bool shape_known = false;
    if constexpr (detail::is_variant_v<Leaf>) {
      std::vector<std::variant<Bool, Int, Float>> leaves;
      detail::walk_list(list, 0, shape, shape_known, leaves);
      return detail::array_of_mixed(leaves, shape, dtype);
    } else {
      std::vector<Leaf> leaves;
      detail::walk_list(list, 0, shape, shape_known, leaves);
      Array out(detail::leaf_dtype<Leaf>(), shape);
      for (size_t i = 0; i < leaves.size(); ++i) out.data<Leaf>()[i] = leaves[i];
      // Whatever the list's declared items, numpy makes float64 of no items at all.
      const DType natural = leaves.empty() ? DType::Float64 : out.dtype();
      return tensor::as_dtype(out, dtype_or(dtype, natural));
    }
  }
}
// np.array(a) copies; np.asarray(a) does not unless the dtype changes.
template <class D>
Array array(const Array& a, const D& dtype) {
  return tensor::astype(a, dtype_or(dtype, a.dtype()));
}
// np.array(2.5): a 0-d array of the Python number's dtype (float64, int64 or bool).
template <class V, class D>
requires(std::is_same_v<V, Float> || std::is_same_v<V, Int> || std::is_same_v<V, Bool>) Array
    array(const V& value, const D& dtype) {
  const DType own = detail::leaf_dtype<V>();
  return tensor::as_dtype(tensor::scalar_operand(operand(value), own, tensor::Rules::Numpy),
                          dtype_or(dtype, own));
}
template <class T, class D>
Array asarray(const T& value, const D& dtype) {
  if constexpr (std::is_same_v<T, Array>) {
    return tensor::as_dtype(value, dtype_or(dtype, value.dtype()));
  } else {
    return array(value, dtype);
  }
}

template <class S, class D>
Array zeros(const S& shape, const D& dtype) {
  return tensor::zeros(shape_of(shape), dtype_or(dtype, DType::Float64));
}
template <class S, class D>
Array ones(const S& shape, const D& dtype) {
  return tensor::ones(shape_of(shape), dtype_or(dtype, DType::Float64));
}
template <class S, class D>
Array empty(const S& shape, const D& dtype) {
  // np.empty's contents are unspecified; zeros keep compiled results deterministic.
  return tensor::zeros(shape_of(shape), dtype_or(dtype, DType::Float64));
}
template <class S, class V, class D>
Array full(const S& shape, const V& value, const D& dtype) {
  const DType fill_dtype = detail::leaf_dtype<V>();
  Array filled =
      tensor::as_dtype(tensor::scalar_operand(operand(value), fill_dtype, tensor::Rules::Numpy),
                       dtype_or(dtype, fill_dtype));
  Array out(filled.dtype(), shape_of(shape));
  tensor::assign(out, filled);
  return out;
}
template <class D>
Array zeros_like(const Array& a, const D& dtype) {
  return tensor::zeros(a.shape(), dtype_or(dtype, a.dtype()));
}
template <class D>
Array ones_like(const Array& a, const D& dtype) {
  return tensor::ones(a.shape(), dtype_or(dtype, a.dtype()));
}
template <class D>
Array empty_like(const Array& a, const D& dtype) {
  return zeros_like(a, dtype);
}
template <class V, class D>
Array full_like(const Array& a, const V& value, const D& dtype) {
  Array out(dtype_or(dtype, a.dtype()), a.shape());
  tensor::assign(out, as_array(value, out));
  return out;
}

// np.arange: int64 when every bound is an int, else float64.
template <class A, class B, class C, class D>
Array arange(const A& start, const B& stop, const C& step, const D& dtype) {
  constexpr bool all_int =
      std::is_same_v<A, Int> && std::is_same_v<B, Int> && std::is_same_v<C, Int>;
  if (static_cast<double>(step) == 0) raise(ExcKind::ZeroDivisionError, "division by zero");
  return tensor::arange(static_cast<double>(start), static_cast<double>(stop),
                        static_cast<double>(step),
                        dtype_or(dtype, all_int ? DType::Int64 : DType::Float64));
}

template <class D>
Array linspace(Float start, Float stop, Int num, Bool endpoint, const D& dtype) {
  if (num < 0) {
    raise(ExcKind::ValueError,
          "Number of samples, " + std::to_string(num) + ", must be non-negative.");
  }
  return tensor::linspace(start, stop, num, endpoint, dtype_or(dtype, DType::Float64));
}

// np.frombuffer(buffer, dtype=float, count=-1, offset=0).
template <class D>
Array frombuffer(const Bytes& buffer, const D& dtype, Int count, Int offset) {
  return tensor::from_bytes(buffer.view(), dtype_or(dtype, DType::Float64), count, offset);
}
inline Bytes tobytes(const Array& a) { return Bytes(tensor::to_bytes(a)); }

template <class D>
Array eye(Int n, const Optional<Int>& m, Int k, const D& dtype) {
  return tensor::eye(n, m ? *m : n, k, dtype_or(dtype, DType::Float64));
}

// ---- conversion -------------------------------------------------------------------------------

template <class D>
Array astype(const Array& a, const D& dtype) {
  return tensor::astype(a, dtype_or(dtype, a.dtype()));
}

inline TupleOf<Int> shape(const Array& a) { return TupleOf<Int>(a.shape()); }
inline dtype dtype_of(const Array& a) { return dtype(a.dtype()); }

namespace detail {

// The element at flat position `i` as the Python scalar R; TypeError when the array's
// elements are of another kind.
template <class R>
R element(const Array& a, int64_t i) {
  const DType d = a.dtype();
  const char* wanted = std::is_same_v<R, Bool> ? "bool" : std::is_same_v<R, Int> ? "int" : "float";
  const bool fits = std::is_same_v<R, Bool>  ? d == DType::Bool
                    : std::is_same_v<R, Int> ? tensor::is_integer(d)
                                             : tensor::is_float(d);
  if (!fits) {
    raise(ExcKind::TypeError,
          "the items of a " + std::string(tensor::dtype_name(d)) + " array are not " + wanted);
  }
  if constexpr (std::is_same_v<R, Float>) {
    return a.element_as_double(i);
  } else {
    return static_cast<R>(a.element_as_int(i));
  }
}

template <class R>
R to_list(const Array& a, int64_t axis_index, int64_t& flat) {
  if constexpr (requires { typename R::Storage; }) {
    using Item = typename R::value_type;
    if (axis_index >= a.ndim()) {
      raise(ExcKind::TypeError, "tolist(): the array has " + std::to_string(a.ndim()) +
                                    " dimensions, fewer than the annotated nesting");
    }
    R out;
    for (int64_t i = 0; i < a.shape()[axis_index]; ++i) {
      out.items().push_back(to_list<Item>(a, axis_index + 1, flat));
    }
    return out;
  } else {
    if (axis_index != a.ndim()) {
      raise(ExcKind::TypeError, "tolist(): the array has " + std::to_string(a.ndim()) +
                                    " dimensions, more than the annotated nesting");
    }
    return element<R>(a, flat++);
  }
}

}  // namespace detail

// a.tolist() as the annotated type R (list[list[float]], float for a 0-d array).
template <class R>
R tolist(const Array& a) {
  int64_t flat = 0;
  return detail::to_list<R>(a, 0, flat);
}

// seq[i] with i a numpy integer scalar (`for i in np.argsort(scores)`): its operator.index.
// numpy's scalars are 0-d arrays here; `sequence` names the indexed type ("list").
inline Int sequence_index(const Array& i, const char* sequence) {
  if (i.ndim() == 0 && tensor::is_integer(i.dtype())) return i.element_as_int(0);
  if (i.ndim() == 0) {
    raise(ExcKind::TypeError, std::string(sequence) +
                                  " indices must be integers or slices, not numpy." +
                                  std::string(tensor::dtype_name(i.dtype())));
  }
  raise(ExcKind::TypeError, "only integer scalar arrays can be converted to a scalar index");
}

// A slice bound as Python's slicing takes it: an int, None, or a numpy integer scalar's
// value (its __index__); numpy's TypeErrors for a float or bool scalar and for an array.
inline Optional<Int> slice_bound(const NoneType&) { return None; }
inline Optional<Int> slice_bound(Int bound) { return bound; }
inline Optional<Int> slice_bound(const Optional<Int>& bound) { return bound; }
inline Optional<Int> slice_bound(const Array& bound) {
  if (bound.ndim() != 0) {
    raise(ExcKind::TypeError, "only integer scalar arrays can be converted to a scalar index");
  }
  if (!tensor::is_integer(bound.dtype())) {
    raise(ExcKind::TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  return bound.element_as_int(0);
}

// a.item(): the only element, as the annotated scalar type R.
template <class R>
R item(const Array& a) {
  if (a.size() != 1) {
    raise(ExcKind::ValueError, "can only convert an array of size 1 to a Python scalar");
  }
  return detail::element<R>(a, 0);
}

// str(a), repr(a) and format(a, spec): numpy's printing (print.h). A 0-d array (a numpy
// scalar) formats as the Python number it holds (so f"{np.float32(0.1)}" shows all of the
// float's digits, as numpy's scalars do); a spec on a bigger array is numpy's TypeError.
using tensor::repr;
using tensor::to_str;
inline Str format(const Array& a, const Str& spec) {
  if (a.ndim() != 0) {
    if (spec.empty()) return tensor::to_str(a);
    raise(ExcKind::TypeError, "unsupported format string passed to numpy.ndarray.__format__");
  }
  if (tensor::is_float(a.dtype())) return rt::format(Float(a.element_as_double(0)), spec);
  if (a.dtype() == DType::Bool) return rt::format(Bool(a.element_as_int(0) != 0), spec);
  return rt::format(Int(a.element_as_int(0)), spec);
}

// np.float32(x), np.int64(x), ...: numpy's scalar constructors (0-d arrays here). An integer
// dtype takes a float as int() does, then refuses what it cannot hold as numpy does.
inline Array scalar_of(DType d, Int v) {
  if (tensor::is_integer(d)) {
    if (!tensor::holds_integer(d, v)) {
      raise(ExcKind::OverflowError, "Python integer " + std::to_string(v) + " out of bounds for " +
                                        std::string(tensor::dtype_name(d)));
    }
  }
  return tensor::as_dtype(tensor::scalar_operand(operand(v), DType::Int64, tensor::Rules::Numpy),
                          d);
}
inline Array scalar_of(DType d, Bool v) {
  return tensor::as_dtype(tensor::scalar_operand(operand(v), DType::Bool, tensor::Rules::Numpy), d);
}
inline Array scalar_of(DType d, Float v) {
  if (tensor::is_float(d) || d == DType::Bool) {
    return tensor::as_dtype(
        tensor::scalar_operand(operand(v), DType::Float64, tensor::Rules::Numpy), d);
  }
  if (std::isfinite(v) && (v >= 0x1p63 || v < -0x1p63)) {
    raise(ExcKind::OverflowError, "Python int too large to convert to C long");
  }
  return scalar_of(d, rt::to_int(v));
}
inline Array scalar_of(DType d, const Array& a) { return tensor::astype(a, d); }

// float(a), int(a), bool(a) and len(a) on an array.
inline void expect_scalar_conversion(const Array& a) {
  if (a.ndim() > 0) {
    raise(ExcKind::TypeError, "only 0-dimensional arrays can be converted to Python scalars");
  }
}
inline Float to_float(const Array& a) {
  expect_scalar_conversion(a);
  return a.element_as_double(0);
}
inline Int to_int(const Array& a) {
  expect_scalar_conversion(a);
  if (tensor::is_float(a.dtype())) return rt::to_int(a.element_as_double(0));
  return a.element_as_int(0);
}
inline Bool truth(const Array& a) {
  if (a.size() == 0) {
    raise(ExcKind::ValueError,
          "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that "
          "an array is not empty.");
  }
  if (a.size() > 1) {
    raise(ExcKind::ValueError,
          "The truth value of an array with more than one element is ambiguous. Use a.any() or "
          "a.all()");
  }
  return a.element_as_double(0) != 0;
}
inline Int len(const Array& a) {
  if (a.ndim() == 0) raise(ExcKind::TypeError, "len() of unsized object");
  return a.shape()[0];
}

// ---- elementwise ------------------------------------------------------------------------------

template <class A, class B>
Array binary(BinaryOp op, const A& a, const B& b) {
  return tensor::binary(op, operand(a), operand(b), tensor::Rules::Numpy);
}
// np.add.reduce / accumulate / outer and the other binary ufuncs' methods.
template <class X>
Array ufunc_reduce(BinaryOp op, const Array& a, const X& axis, Bool keepdims) {
  return tensor::ufunc_reduce(op, a, axis_of(axis), keepdims);
}
inline Array ufunc_accumulate(BinaryOp op, const Array& a, Int axis) {
  return tensor::ufunc_accumulate(op, a, axis);
}
inline Array ufunc_outer(BinaryOp op, const Array& a, const Array& b) {
  return tensor::ufunc_outer(op, a, b);
}
// a.fill(value): every element set to value, converted as assignment converts it.
template <class V>
NoneType fill(const Array& a, const V& value) {
  tensor::assign(a, tensor::scalar_operand(operand(value), a.dtype(), tensor::Rules::Numpy));
  return {};
}
// a op= b: written into a's memory (a view's base sees it), a itself returned.
template <class B>
Array inplace(BinaryOp op, const Array& a, const B& b) {
  tensor::binary_inplace(op, a, operand(b), tensor::Rules::Numpy);
  return a;
}
inline Array unary(UnaryOp op, const Array& a) { return tensor::unary(op, a); }

namespace detail {
// 10**n as numpy's round computes it: exact to 1e22, then by repeated multiplication.
inline double power_of_ten(int64_t n) {
  double p = 1.0;
  for (int64_t i = 0; i < n && p != INFINITY; ++i) p *= 10.0;  // inf past 308: stop there
  return p;
}
// Rounding to `decimals` places in a's own float type, as numpy and torch both do it:
// rint(a * 10**d) / 10**d, or rint(a / 10**-d) * 10**-d for negative d.
inline Array round_scaled(const Array& a, Int decimals, tensor::Rules rules) {
  const Array scale = tensor::scalar(power_of_ten(decimals < 0 ? -decimals : decimals), a.dtype());
  const bool up = decimals > 0;
  const Array scaled =
      tensor::binary(up ? BinaryOp::Multiply : BinaryOp::TrueDivide, a, scale, rules);
  const Array rounded = tensor::unary(UnaryOp::Round, scaled, rules);
  return tensor::binary(up ? BinaryOp::TrueDivide : BinaryOp::Multiply, rounded, scale, rules);
}
}  // namespace detail

// np.round(a, decimals): integers are whole already for decimals >= 0, and go through
// float64 for negative ones (1250 to the hundreds is 1200: half to even).
inline Array round(const Array& a, Int decimals) {
  if (decimals == 0) return tensor::unary(UnaryOp::Round, a);
  if (a.dtype() == DType::Bool) {
    raise(ExcKind::TypeError,
          "Cannot cast ufunc 'multiply' output from dtype('float64') to dtype('bool') with "
          "casting rule 'same_kind'");
  }
  if (tensor::is_float(a.dtype())) return detail::round_scaled(a, decimals, tensor::Rules::Numpy);
  if (decimals > 0) return tensor::copy(a);
  const Array wide = tensor::as_dtype(a, DType::Float64);
  return tensor::as_dtype(detail::round_scaled(wide, decimals, tensor::Rules::Numpy), a.dtype());
}
// Where a and b (broadcast together) both hold NaN: equal_nan's extra matches.
inline Array both_nan(const Array& a, const Array& b) {
  return tensor::binary(BinaryOp::LogicalAnd, tensor::unary(UnaryOp::IsNan, a),
                        tensor::unary(UnaryOp::IsNan, b));
}
// np.isclose(a, b, rtol, atol, equal_nan): numpy's steps, in b's float type (an integer b
// as float64): |a - b| <= atol + rtol * |b| where b is finite, else a == b; NaN equals NaN
// only with equal_nan.
inline Array isclose_arrays(const Array& a, const Array& b, Float rtol, Float atol,
                            Bool equal_nan) {
  constexpr tensor::Rules kNumpy = tensor::Rules::Numpy;
  const Array y = tensor::is_float(b.dtype()) ? b : tensor::as_dtype(b, DType::Float64);
  const Array error = tensor::unary(UnaryOp::Abs, tensor::binary(BinaryOp::Subtract, a, y));
  const Array scaled = tensor::binary(BinaryOp::Multiply, tensor::Scalar::from_float(rtol),
                                      tensor::unary(UnaryOp::Abs, y), kNumpy);
  const Array allowed =
      tensor::binary(BinaryOp::Add, tensor::Scalar::from_float(atol), scaled, kNumpy);
  const Array within =
      tensor::binary(BinaryOp::LogicalAnd, tensor::binary(BinaryOp::LessEqual, error, allowed),
                     tensor::unary(UnaryOp::IsFinite, y));
  const Array close =
      tensor::binary(BinaryOp::LogicalOr, within, tensor::binary(BinaryOp::Equal, a, y));
  return equal_nan ? tensor::binary(BinaryOp::LogicalOr, close, both_nan(a, y)) : close;
}
// Either side may be a Python number (weak: it takes the array's dtype where it fits).
template <class A, class B>
Array isclose(const A& a, const B& b, Float rtol, Float atol, Bool equal_nan) {
  if constexpr (std::is_same_v<A, Array>) {
    return isclose_arrays(a, as_array(b, a), rtol, atol, equal_nan);
  } else {
    return isclose_arrays(as_array(a, b), b, rtol, atol, equal_nan);
  }
}
// Whether every element of a bool array is true (true for an empty one).
inline Bool all_of(const Array& a) {
  return tensor::reduce(ReduceOp::All, a, std::nullopt).element_as_int(0) != 0;
}
template <class A, class B>
Bool allclose(const A& a, const B& b, Float rtol, Float atol, Bool equal_nan) {
  return all_of(isclose(a, b, rtol, atol, equal_nan));
}
// np.array_equal: the same shape and equal elements (NaN equal to NaN with equal_nan).
inline Bool array_equal(const Array& a, const Array& b, Bool equal_nan) {
  if (a.shape() != b.shape()) return false;
  const Array same = tensor::binary(BinaryOp::Equal, a, b);
  return all_of(equal_nan ? tensor::binary(BinaryOp::LogicalOr, same, both_nan(a, b)) : same);
}
// ~a: logical not for bool arrays, bitwise not for integers.
inline Array invert(const Array& a) {
  return tensor::unary(a.dtype() == DType::Bool ? UnaryOp::LogicalNot : UnaryOp::BitwiseNot, a);
}

template <class X, class Y>
Array where(const Array& condition, const X& x, const Y& y) {
  if constexpr (std::is_same_v<X, Array>) {
    return tensor::where(condition, x, as_array(y, x));
  } else if constexpr (std::is_same_v<Y, Array>) {
    return tensor::where(condition, as_array(x, y), y);
  } else {
    return tensor::where(
        condition,
        tensor::scalar_operand(operand(x), detail::leaf_dtype<X>(), tensor::Rules::Numpy),
        tensor::scalar_operand(operand(y), detail::leaf_dtype<Y>(), tensor::Rules::Numpy));
  }
}

namespace detail {
inline std::optional<Array> bound(const NoneType&, const Array&) { return std::nullopt; }
template <class T>
std::optional<Array> bound(const Optional<T>& value, const Array& a) {
  if (!value) return std::nullopt;
  return as_array(*value, a);
}
template <class T>
std::optional<Array> bound(const T& value, const Array& a) {
  return as_array(value, a);
}
}  // namespace detail

// np.clip(a, lo, hi): either bound None, a Python scalar or an array.
template <class L, class H>
Array clip(const Array& a, const L& lo, const H& hi) {
  std::optional<Array> low = detail::bound(lo, a), high = detail::bound(hi, a);
  if (!low && !high) raise(ExcKind::ValueError, "One of max or min must be given");
  return tensor::clip(a, low ? &*low : nullptr, high ? &*high : nullptr);
}

// ---- reductions -------------------------------------------------------------------------------

template <class X>
Array reduce(ReduceOp op, const Array& a, const X& axis, Bool keepdims, Int ddof = 0) {
  return tensor::reduce(op, a, axes_of(axis), {keepdims, ddof, tensor::Rules::Numpy});
}
// sum / prod / mean / max / min / any / all with numpy's dtype=, initial= and where=
// keywords (None where the row has no such keyword). A dtype casts the input before the
// reduction and the result after it (numpy's sum(int32, dtype=int32) stays int32).
template <class X, class D, class I, class W>
Array reduce(ReduceOp op, const Array& a, const X& axis, Bool keepdims, const D& dtype,
             const I& initial, const W& where) {
  const std::optional<Array> mask = detail::optional_array(where);
  const tensor::ReduceMask mask_options{mask ? &*mask : nullptr, detail::optional_number(initial)};
  std::optional<DType> as;
  if constexpr (std::is_same_v<D, Optional<numpy::dtype>>) {
    if (dtype) as = dtype->value;
  } else if constexpr (!std::is_same_v<D, NoneType>) {
    as = dtype_or(dtype, a.dtype());
  }
  const tensor::ReduceOptions options{keepdims, 0, tensor::Rules::Numpy};
  if (!as) return tensor::reduce_masked(op, a, axes_of(axis), options, mask_options);
  return tensor::as_dtype(
      tensor::reduce_masked(op, tensor::as_dtype(a, *as), axes_of(axis), options, mask_options),
      *as);
}

template <class X>
Array argmax(const Array& a, const X& axis, Bool keepdims) {
  return tensor::argmax(a, axis_of(axis), keepdims);
}
template <class X>
Array argmin(const Array& a, const X& axis, Bool keepdims) {
  return tensor::argmin(a, axis_of(axis), keepdims);
}
template <class X>
Array cumsum(const Array& a, const X& axis) {
  return tensor::cumsum(a, axis_of(axis));
}
template <class X>
Array cumprod(const Array& a, const X& axis) {
  return tensor::cumprod(a, axis_of(axis));
}
// a.diagonal(offset, axis1, axis2) / np.diagonal: a view, with numpy's errors.
inline Array diagonal(const Array& a, Int offset, Int axis1, Int axis2) {
  if (a.ndim() < 2) raise(ExcKind::ValueError, "diag requires an array of at least two dimensions");
  const auto checked = [&](Int axis, const char* name) {
    if (axis < -a.ndim() || axis >= a.ndim()) {
      raise(ExcKind::ValueError, std::string(name) + ": axis " + std::to_string(axis) +
                                     " is out of bounds for array of dimension " +
                                     std::to_string(a.ndim()));
    }
    return tensor::normalize_axis(axis, a.ndim());
  };
  const int64_t first = checked(axis1, "axis1"), second = checked(axis2, "axis2");
  if (first == second) raise(ExcKind::ValueError, "axis1 and axis2 cannot be the same");
  return tensor::diagonal(a, offset, first, second);
}
// np.diag(v, k): a 1-d v on diagonal k of a square matrix, or a 2-d v's diagonal k (a copy).
namespace detail {
inline Int columns_or(const NoneType&, Int n) { return n; }
inline Int columns_or(Int m, Int) { return m; }
inline Int columns_or(const Optional<Int>& m, Int n) { return m ? *m : n; }
}  // namespace detail

// np.tri(N, M, k, dtype): ones on and below diagonal k (float64 unless a dtype is given).
template <class M, class D>
Array tri(Int n, const M& m, Int k, const D& dtype) {
  const Int columns = detail::columns_or(m, n);
  return tensor::as_dtype(tensor::lower_triangle_mask(n, columns, k),
                          dtype_or(dtype, DType::Float64));
}
inline void expect_matrix_or_row(const Array& m) {
  if (m.ndim() == 0) raise(ExcKind::TypeError, "tri() missing 1 required positional argument: 'N'");
}
inline Array tril(const Array& m, Int k) {
  expect_matrix_or_row(m);
  return tensor::triangle(m, k, true);
}
inline Array triu(const Array& m, Int k) {
  expect_matrix_or_row(m);
  return tensor::triangle(m, k, false);
}
inline Array diag(const Array& v, Int k) {
  if (v.ndim() == 1) return tensor::diag_matrix(v, k);
  if (v.ndim() == 2) return tensor::copy(tensor::diagonal(v, k, 0, 1));
  raise(ExcKind::ValueError, "Input must be 1- or 2-d.");
}
// np.trace(a, offset) / a.trace(offset): the sum along the diagonal of the first two axes.
inline Array trace(const Array& a, Int offset) {
  return tensor::reduce(ReduceOp::Sum, numpy::diagonal(a, offset, 0, 1), std::vector<int64_t>{-1});
}

// ---- linear algebra ---------------------------------------------------------------------------

template <class... Arrays>
Array einsum(const Str& subscripts, const Arrays&... operands) {
  return tensor::einsum(subscripts.view(), std::vector<Array>{operands...});
}
namespace detail {
// An int, or a tuple or list of them (tensordot's axes, np.roll's shifts), as a vector.
inline std::vector<int64_t> int_list(Int v) { return {v}; }
template <class T>
std::vector<int64_t> int_list(const T& values) {
  return shape_of(values);
}
using AxesPair = std::pair<std::vector<int64_t>, std::vector<int64_t>>;
template <class A, class B>
AxesPair axes_pair(const Tuple<A, B>& axes) {
  return {int_list(std::get<0>(axes)), int_list(std::get<1>(axes))};
}
// `axes_a, axes_b = axes` of a list, with Python's unpacking errors.
template <class T>
AxesPair axes_pair(const List<T>& axes) {
  const auto& items = axes.items();
  if (items.size() > 2) raise(ExcKind::ValueError, "too many values to unpack (expected 2)");
  if (items.size() < 2) {
    raise(ExcKind::ValueError,
          "not enough values to unpack (expected 2, got " + std::to_string(items.size()) + ")");
  }
  return {int_list(items[0]), int_list(items[1])};
}
}  // namespace detail
// np.tensordot(a, b, axes): the last `axes` axes of a against b's first ones, or the axes
// the (axes_a, axes_b) pair names.
template <class X>
Array tensordot(const Array& a, const Array& b, const X& axes) {
  if constexpr (std::is_same_v<X, Int>) {
    std::vector<int64_t> axes_a, axes_b;
    for (int64_t i = 0; i < axes; ++i) {
      axes_a.push_back(i - axes);
      axes_b.push_back(i);
    }
    return tensor::tensordot(a, b, axes_a, axes_b);
  } else {
    auto [axes_a, axes_b] = detail::axes_pair(axes);
    return tensor::tensordot(a, b, std::move(axes_a), std::move(axes_b));
  }
}
inline Array inner(const Array& a, const Array& b) { return tensor::inner(a, b); }
inline Array vdot(const Array& a, const Array& b) { return tensor::vdot(a, b); }
inline Array kron(const Array& a, const Array& b) { return tensor::kron(a, b); }
// np.outer: every element of a (flattened) times every element of b.
inline Array outer(const Array& a, const Array& b) {
  return tensor::binary(BinaryOp::Multiply, tensor::reshape(a, {-1, 1}),
                        tensor::reshape(b, {1, -1}));
}
namespace detail {
// A norm's `ord` as numpy and torch take it: None, a number, or "fro" / "nuc".
struct NormOrd {
  std::optional<double> p;
  std::string name;
  bool given() const { return p || !name.empty(); }
  // As torch's messages print it: "3", "2.5", "abc".
  std::string text() const {
    if (!name.empty()) return name;
    if (*p == std::floor(*p) && std::abs(*p) < 1e15) return std::to_string(int64_t(*p));
    return float_repr(*p);
  }
};
inline NormOrd norm_ord(const NoneType&) { return {}; }
inline NormOrd norm_ord(const Optional<Float>& p) { return p ? NormOrd{*p, ""} : NormOrd{}; }
inline NormOrd norm_ord(Float p) { return {p, ""}; }
inline NormOrd norm_ord(const Str& name) { return {std::nullopt, std::string(name.view())}; }
inline NormOrd norm_ord(const Optional<Str>& name) { return name ? norm_ord(*name) : NormOrd{}; }

// The matrix norm `ord` names (None: Frobenius); nullopt for an order matrices lack.
inline std::optional<tensor::MatrixOrd> matrix_ord(const NormOrd& ord) {
  using tensor::MatrixOrd;
  if (!ord.given() || ord.name == "fro") return MatrixOrd::Frobenius;
  if (ord.name == "nuc") return MatrixOrd::Nuclear;
  if (!ord.p) return std::nullopt;
  const double inf = std::numeric_limits<double>::infinity();
  const std::pair<double, MatrixOrd> orders[] = {
      {2, MatrixOrd::Largest},       {-2, MatrixOrd::Smallest},   {1, MatrixOrd::MaxColumnSum},
      {-1, MatrixOrd::MinColumnSum}, {inf, MatrixOrd::MaxRowSum}, {-inf, MatrixOrd::MinRowSum}};
  for (const auto& [p, matrix] : orders) {
    if (*ord.p == p) return matrix;
  }
  return std::nullopt;
}
}  // namespace detail

// np.linalg.norm: a vector norm along one axis, a matrix norm over two; with axis None,
// ord None is the 2-norm of every element and a given ord takes a 1-D or 2-D array.
template <class Ord, class X>
Array norm(const Array& a, const Ord& ord_value, const X& axis, Bool keepdims) {
  const detail::NormOrd ord = detail::norm_ord(ord_value);
  tensor::Axes axes = axes_of(axis);
  if (!axes) {
    if (!ord.given()) return tensor::norm(a, 2, std::nullopt, keepdims);
    if (a.ndim() > 2) raise(ExcKind::ValueError, "Improper number of dimensions to norm.");
    axes = a.ndim() == 1 ? std::vector<int64_t>{0} : std::vector<int64_t>{0, 1};
  }
  if (axes->size() == 1) {
    if (!ord.name.empty()) {
      raise(ExcKind::ValueError, "Invalid norm order '" + ord.name + "' for vectors");
    }
    return tensor::norm(a, ord.p.value_or(2), (*axes)[0], keepdims);
  }
  if (axes->size() != 2) raise(ExcKind::ValueError, "Improper number of dimensions to norm.");
  const int64_t row = tensor::normalize_axis((*axes)[0], a.ndim());
  const int64_t column = tensor::normalize_axis((*axes)[1], a.ndim());
  if (row == column) raise(ExcKind::ValueError, "Duplicate axes given.");
  const std::optional<tensor::MatrixOrd> matrix = detail::matrix_ord(ord);
  if (!matrix) raise(ExcKind::ValueError, "Invalid norm order for matrices.");
  return tensor::matrix_norm(a, *matrix, row, column, keepdims);
}

// ---- shapes -----------------------------------------------------------------------------------

template <class... Ints>
Array reshape_dims(const Array& a, Ints... dims) {
  return tensor::reshape(a, tensor::Shape{static_cast<int64_t>(dims)...});
}
template <class S>
Array reshape(const Array& a, const S& shape) {
  return tensor::reshape(a, shape_of(shape));
}
template <class... Ints>
Array transpose_dims(const Array& a, Ints... axes) {
  return tensor::transpose(a, tensor::Shape{static_cast<int64_t>(axes)...});
}
inline Array transpose(const Array& a, const NoneType&) { return tensor::transpose(a); }
template <class S>
Array transpose(const Array& a, const S& axes) {
  return tensor::transpose(a, shape_of(axes));
}
template <class X>
Array squeeze(const Array& a, const X& axis) {
  return tensor::squeeze(a, axes_of(axis));
}
template <class A, class X>
Array concatenate(const A& arrays, const X& axis) {
  return tensor::concatenate(arrays_of(arrays), axis_of(axis));
}
template <class A>
Array stack(const A& arrays, Int axis) {
  return tensor::stack(arrays_of(arrays), axis);
}
// np.vstack: rows of at least 2-d arrays (a 1-d one is one row). np.hstack: 1-d arrays end
// to end, others side by side (along axis 1).
template <class A>
Array vstack(const A& arrays) {
  std::vector<Array> rows = arrays_of(arrays);
  for (Array& a : rows) {
    if (a.ndim() < 2) a = tensor::reshape(a, {1, a.size()});
  }
  return tensor::concatenate(rows, 0);
}
template <class A>
Array hstack(const A& arrays) {
  std::vector<Array> parts = arrays_of(arrays);
  for (Array& a : parts) {
    if (a.ndim() == 0) a = tensor::reshape(a, {1});
  }
  const bool one_d = !parts.empty() && parts.front().ndim() == 1;
  return tensor::concatenate(parts, one_d ? 0 : 1);
}
// np.column_stack: 1-d arrays (and numbers) as columns, others side by side.
template <class A>
Array column_stack(const A& arrays) {
  std::vector<Array> columns = arrays_of(arrays);
  for (Array& a : columns) {
    if (a.ndim() < 2) a = tensor::reshape(a, {a.size(), 1});
  }
  return tensor::concatenate(columns, 1);
}
// np.atleast_1d / 2d / 3d of one array: a view with length-1 axes added where numpy adds
// them (before a 1-d array's axis; a 2-d one gains a last axis for 3d).
inline Array atleast_1d(const Array& a) { return a.ndim() >= 1 ? a : tensor::reshape(a, {1}); }
inline Array atleast_2d(const Array& a) {
  return a.ndim() >= 2 ? a : tensor::reshape(a, {1, a.size()});
}
inline Array atleast_3d(const Array& a) {
  if (a.ndim() == 0) return tensor::reshape(a, {1, 1, 1});
  if (a.ndim() == 1) return tensor::reshape(a, {1, a.size(), 1});
  if (a.ndim() == 2) return tensor::reshape(a, {a.shape()[0], a.shape()[1], 1});
  return a;
}
// np.dstack: at least 3-d arrays joined along their third axis.
template <class A>
Array dstack(const A& arrays) {
  std::vector<Array> parts = arrays_of(arrays);
  for (Array& a : parts) a = atleast_3d(a);
  return tensor::concatenate(parts, 2);
}
// np.append(arr, values, axis): both flattened and joined for None, else joined on the axis.
template <class V, class X>
Array append(const Array& arr, const V& values, const X& axis);
// np.delete(arr, obj, axis) (a C++ keyword, hence the name): the entries `obj` names along
// the axis removed, from the flattened array for None.
template <class O, class X>
Array delete_entries(const Array& arr, const O& obj, const X& axis);

// np.flip(a, axis): a view with the axis (each of them; every axis for None) reversed.
template <class X>
Array flip(const Array& a, const X& axis) {
  tensor::Index index(static_cast<std::size_t>(a.ndim()), tensor::Slice{});
  const tensor::Axes axes = axes_of(axis);
  const tensor::Slice reversed{std::nullopt, std::nullopt, -1};
  if (!axes) {
    std::fill(index.begin(), index.end(), tensor::IndexItem(reversed));
  } else {
    for (int64_t d : *axes) {
      index[static_cast<std::size_t>(tensor::normalize_axis(d, a.ndim()))] = reversed;
    }
  }
  return tensor::getitem(a, index);
}
// np.fliplr / np.flipud: the second / first axis reversed, with numpy's rank checks.
inline Array fliplr(const Array& a) {
  if (a.ndim() < 2) raise(ExcKind::ValueError, "Input must be >= 2-d.");
  return flip(a, Int(1));
}
inline Array flipud(const Array& a) {
  if (a.ndim() < 1) raise(ExcKind::ValueError, "Input must be >= 1-d.");
  return flip(a, Int(0));
}
// np.rot90(m, k, axes): k quarter turns from the first axis towards the second.
template <class Axes>
Array rot90(const Array& m, Int k, const Axes& axes) {
  tensor::Shape pair = {0, 1};
  if constexpr (!std::is_same_v<Axes, NoneType>) pair = shape_of(axes);
  if (pair.size() != 2) raise(ExcKind::ValueError, "len(axes) must be 2.");
  const int64_t ndim = m.ndim();
  if (pair[0] == pair[1] || std::abs(pair[0] - pair[1]) == ndim) {
    raise(ExcKind::ValueError, "Axes must be different.");
  }
  for (int64_t axis : pair) {
    if (axis >= ndim || axis < -ndim) {
      raise(ExcKind::ValueError,
            "Axes=(" + std::to_string(pair[0]) + ", " + std::to_string(pair[1]) +
                ") out of range for array of ndim=" + std::to_string(ndim) + ".");
    }
  }
  const int64_t turns = ((k % 4) + 4) % 4;
  if (turns == 0) return m;
  if (turns == 2) return flip(flip(m, Int(pair[0])), Int(pair[1]));
  tensor::Shape order(static_cast<std::size_t>(ndim));
  std::iota(order.begin(), order.end(), 0);
  std::swap(order[static_cast<std::size_t>(tensor::normalize_axis(pair[0], ndim))],
            order[static_cast<std::size_t>(tensor::normalize_axis(pair[1], ndim))]);
  if (turns == 1) return tensor::transpose(flip(m, Int(pair[1])), order);
  return flip(tensor::transpose(m, order), Int(pair[1]));
}
// np.meshgrid(x, y, ..., indexing): each input flattened and spread along its own axis of
// the common grid (the first two swapped for "xy"), as copies.
template <class... A>
auto meshgrid(const Str& indexing, const A&... inputs) {
  if (indexing.view() != "xy" && indexing.view() != "ij") {
    raise(ExcKind::ValueError, "Valid values for `indexing` are 'xy' and 'ij'.");
  }
  const std::vector<Array> flat = {tensor::reshape(inputs, {-1})...};
  const std::size_t n = flat.size();
  tensor::Shape grid(n);
  for (std::size_t i = 0; i < n; ++i) grid[i] = flat[i].size();
  const bool cartesian = indexing.view() == "xy" && n >= 2;
  if (cartesian) std::swap(grid[0], grid[1]);
  std::vector<Array> out;
  for (std::size_t i = 0; i < n; ++i) {
    tensor::Shape along(n, 1);
    along[cartesian && i < 2 ? 1 - i : i] = flat[i].size();
    out.push_back(tensor::copy(tensor::broadcast_to(tensor::reshape(flat[i], along), grid)));
  }
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    return Tuple<std::conditional_t<true, Array, A>...>(out[I]...);
  }
  (std::index_sequence_for<A...>{});
}

inline List<Array> split(const Array& a, Int sections, Int axis, Bool exact) {
  // np.split checks the division with `%` before anything else.
  if (exact && sections == 0) raise(ExcKind::ZeroDivisionError, "integer modulo by zero");
  return List<Array>(tensor::split_sections(a, sections, axis, exact));
}
inline List<Array> split_at(const Array& a, const List<Int>& indices, Int axis) {
  return List<Array>(tensor::split_at(a, indices.items(), axis));
}
template <class X>
Array repeat(const Array& a, Int repeats, const X& axis) {
  return tensor::repeat(a, repeats, axis_of(axis));
}
template <class S>
Array tile(const Array& a, const S& reps) {
  return tensor::tile(a, shape_of(reps));
}
template <class S>
Array broadcast_to(const Array& a, const S& shape) {
  return tensor::broadcast_to(a, shape_of(shape));
}

// ---- indexing ---------------------------------------------------------------------------------

namespace detail {
inline tensor::IndexItem index_item(Int i) { return i; }
inline tensor::IndexItem index_item(Bool b) { return tensor::scalar_int(b, DType::Bool); }
inline tensor::IndexItem index_item(const builtins::slice& s) { return s; }
inline tensor::IndexItem index_item(const NoneType&) { return tensor::NewAxis{}; }
inline tensor::IndexItem index_item(const builtins::ellipsis&) { return tensor::Ellipsis{}; }
inline tensor::IndexItem index_item(const Array& a) { return a; }
inline tensor::IndexItem index_item(const List<Int>& l) {
  return tensor::from_values<int64_t>({l.size()}, std::span<const int64_t>(l.items()));
}
}  // namespace detail

template <class I>
tensor::Index index_of(const I& index) {
  return {detail::index_item(index)};
}
template <class... Ts>
tensor::Index index_of(const Tuple<Ts...>& index) {
  return std::apply([](const auto&... item) { return tensor::Index{detail::index_item(item)...}; },
                    static_cast<const std::tuple<Ts...>&>(index));
}

template <class X>
Array take(const Array& a, const Array& indices, const X& axis) {
  return tensor::take(a, indices, axis_of(axis));
}

template <class I>
Array getitem(const Array& a, const I& index) {
  return tensor::getitem(a, index_of(index));
}
inline Array getslice(const Array& a, const Optional<Int>& start, const Optional<Int>& stop,
                      const Optional<Int>& step) {
  return tensor::getitem(a, {builtins::make_slice(start, stop, step)});
}
template <class I, class V>
void setitem(const Array& a, const I& index, const V& value) {
  tensor::setitem(a, index_of(index), as_array(value, a));
}
template <class V>
void setslice(const Array& a, const Optional<Int>& start, const Optional<Int>& stop,
              const Optional<Int>& step, const V& value) {
  tensor::setitem(a, {builtins::make_slice(start, stop, step)}, as_array(value, a));
}

// ---- ordering ---------------------------------------------------------------------------------

template <class X>
Array sort(const Array& a, const X& axis) {
  return tensor::sort(a, axis_of(axis));
}
// a.sort(): in place.
inline NoneType sort_inplace(const Array& a, Int axis) {
  tensor::assign(a, tensor::sort(a, axis));
  return None;
}
template <class X>
Array argsort(const Array& a, const X& axis) {
  return tensor::argsort(a, axis_of(axis));
}

// ---- order statistics -------------------------------------------------------------------------

template <class X>
Array median(const Array& a, const X& axis, Bool keepdims) {
  return tensor::numpy_median(a, axes_of(axis), keepdims);
}

namespace detail {
// q as numpy 2 reads it: a Python number is "weak" (a float array keeps its dtype), Python
// ints pick elements without interpolating, a list adds a leading axis.
inline tensor::QuantileRequest quantile_request(Float q) { return {{q}, false, true, false}; }
inline tensor::QuantileRequest quantile_request(Int q) {
  return {{static_cast<double>(q)}, false, true, true};
}
inline tensor::QuantileRequest quantile_request(const List<Float>& q) {
  return {q.items(), true, false, false};
}
inline tensor::QuantileRequest quantile_request(const List<Int>& q) {
  return {std::vector<double>(q.items().begin(), q.items().end()), true, false, true};
}
inline void expect_fractions(const tensor::QuantileRequest& q, const char* message) {
  for (double f : q.fractions) {
    if (!(f >= 0.0 && f <= 1.0)) raise(ExcKind::ValueError, message);
  }
}
}  // namespace detail

template <class Q, class X>
Array quantile(const Array& a, const Q& q, const X& axis, Bool keepdims) {
  const tensor::QuantileRequest request = detail::quantile_request(q);
  detail::expect_fractions(request, "Quantiles must be in the range [0, 1]");
  return tensor::numpy_quantile(a, request, axes_of(axis), keepdims);
}
// np.percentile: q / 100 in float64, never integral.
template <class Q, class X>
Array percentile(const Array& a, const Q& q, const X& axis, Bool keepdims) {
  tensor::QuantileRequest request = detail::quantile_request(q);
  for (double& f : request.fractions) f /= 100.0;
  request.integral = false;
  detail::expect_fractions(request, "Percentiles must be in the range [0, 100]");
  return tensor::numpy_quantile(a, request, axes_of(axis), keepdims);
}

// ---- searching sorted arrays and counting by value ------------------------------------------

namespace detail {
// A value to search for, as np.asarray converts it (a Python number keeps its own dtype:
// searchsorted compares in the dtype both share, not in the array's).
inline const Array& strong_array(const Array& a) { return a; }
template <class V>
Array strong_array(const V& value) {
  return array(value, None);
}
inline tensor::Side search_side(const Str& side) {
  if (side.view() == "left") return tensor::Side::Left;
  if (side.view() == "right") return tensor::Side::Right;
  if (!side.view().empty() && std::string_view("lLrR").find(side.view()[0]) != std::string::npos) {
    raise(ExcKind::ValueError, "search side must be one of 'left' or 'right'");
  }
  raise(ExcKind::ValueError,
        "search side must be 'left' or 'right' (got " + std::string(repr(side).view()) + ")");
}
}  // namespace detail

template <class V>
Array searchsorted(const Array& a, const V& v, const Str& side) {
  return tensor::numpy_searchsorted(a, detail::strong_array(v), detail::search_side(side));
}
template <class V, class S>
Array searchsorted_sorter(const Array& a, const V& v, const Str& side, const S& sorter);
template <class X>
Array digitize(const X& x, const Array& bins, Bool right) {
  return tensor::digitize(detail::strong_array(x), bins, right);
}
template <class W>
Array bincount(const Array& x, const W& weights, Int minlength) {
  return tensor::numpy_bincount(x, detail::optional_array(weights), minlength);
}

// ---- nonzero and unique -----------------------------------------------------------------------

inline TupleOf<Array> nonzero(const Array& a) { return TupleOf<Array>(tensor::nonzero(a)); }
inline Array argwhere(const Array& a) { return tensor::argwhere(a); }
inline Array flatnonzero(const Array& a) { return tensor::flatnonzero(a); }
// np.count_nonzero(a): a Python int; along an axis, an int64 array.
inline Int count_nonzero_all(const Array& a) {
  return tensor::count_nonzero(a, std::nullopt).element_as_int(0);
}
template <class X>
Array count_nonzero(const Array& a, const X& axis, Bool keepdims) {
  return tensor::count_nonzero(a, axes_of(axis), keepdims);
}
namespace detail {
// One part of np.unique's result: present when its flag is set.
template <bool Wanted>
auto unique_part(const Array& part) {
  if constexpr (Wanted) {
    return std::tuple<Array>(part);
  } else {
    return std::tuple<>();
  }
}
}  // namespace detail

namespace detail {
// np.unique along an axis: the distinct slices, sorted as numpy sorts them (element by
// element; slices holding NaN are each distinct, as numpy compares slices field by field),
// the first position of each, where each slice went (1-d) and how many each stands for.
inline tensor::Unique unique_along(const Array& a, int64_t axis) {
  const tensor::TorchUnique slices =
      tensor::torch_unique(a, tensor::normalize_axis(axis, a.ndim()), false);
  const int64_t groups = slices.counts.size();
  Array first = tensor::full_int({groups}, a.size(), DType::Int64);
  int64_t* at = first.data<int64_t>();
  for (int64_t i = slices.inverse.size() - 1; i >= 0; --i) {
    at[slices.inverse.element_as_int(i)] = i;
  }
  return {slices.values, first, slices.inverse, slices.counts};
}
}  // namespace detail

// np.unique with return_index / return_inverse / return_counts as the compiler read them
// (literals), over the flattened array or along `axis`: the sorted values alone, or a tuple of them
// and each part asked for.
template <bool Index, bool Inverse, bool Counts, class X>
auto unique_with(const Array& a, const X& axis) {
  tensor::Unique u;
  if constexpr (std::is_same_v<X, NoneType>) {
    u = tensor::unique(a);
  } else {
    u = detail::unique_along(a, axis);
  }
  if constexpr (!Index && !Inverse && !Counts) {
    return u.values;
  } else {
    return std::apply(
        [](const auto&... parts) { return Tuple<std::decay_t<decltype(parts)>...>(parts...); },
        std::tuple_cat(std::tuple<Array>(u.values), detail::unique_part<Index>(u.first_index),
                       detail::unique_part<Inverse>(u.inverse),
                       detail::unique_part<Counts>(u.counts)));
  }
}

// ---- padding ----------------------------------------------------------------------------------

namespace detail {
// np.pad's pad_width and constant_values as np.asarray makes them: a number, or lists and
// tuples of them nested evenly.
inline Array nested_array(const Array& a) { return a; }
template <class V>
requires(std::is_same_v<V, Float> || std::is_same_v<V, Int> || std::is_same_v<V, Bool>) Array
    nested_array(const V& v) {
  return array(v, NoneType{});
}
inline Array stacked_items(const std::vector<Array>& items) {
  if (items.empty()) return Array(DType::Float64, {0});
  for (const Array& item : items) {
    if (item.shape() != items[0].shape()) {
      raise(ExcKind::ValueError,
            "setting an array element with a sequence. The requested array has an "
            "inhomogeneous shape after 1 dimensions. The detected shape was (" +
                std::to_string(items.size()) + ",) + inhomogeneous part.");
    }
  }
  return tensor::stack(items, 0);
}
template <class T>
Array nested_array(const List<T>& list);
template <class T>
Array nested_array(const TupleOf<T>& tuple) {
  std::vector<Array> items;
  for (const auto& item : tuple.items()) items.push_back(nested_array(item));
  return stacked_items(items);
}
template <class... Ts>
Array nested_array(const Tuple<Ts...>& tuple) {
  return std::apply(
      [](const auto&... item) { return stacked_items(std::vector<Array>{nested_array(item)...}); },
      static_cast<const std::tuple<Ts...>&>(tuple));
}
template <class T>
Array nested_array(const List<T>& list) {
  using Leaf = typename ListLeaf<T>::type;
  if constexpr (std::is_same_v<Leaf, Float> || std::is_same_v<Leaf, Int> ||
                std::is_same_v<Leaf, Bool> || std::is_same_v<Leaf, NoneType> ||
                is_variant_v<Leaf>) {
    return array(list, NoneType{});  // an empty list's items have no type: float64, as numpy
  } else {
    std::vector<Array> items;
    for (const auto& item : list.items()) items.push_back(nested_array(item));
    return stacked_items(items);
  }
}
}  // namespace detail

// np.pad(array, pad_width, mode), every mode numpy has.
template <class W>
Array pad(const Array& a, const W& pad_width, const Str& mode) {
  return tensor::numpy_pad(a, detail::nested_array(pad_width), mode.view());
}
// np.pad(..., constant_values=...), (..., end_values=...) and (..., stat_length=...): each a
// number, a (before, after) pair, or a pair per axis.
template <class W, class V>
Array pad_with_constant_values(const Array& a, const W& pad_width, const Str& mode,
                               const V& constant_values) {
  return tensor::numpy_pad(a, detail::nested_array(pad_width), mode.view(),
                           {.constant_values = detail::nested_array(constant_values)});
}
template <class W, class V>
Array pad_with_end_values(const Array& a, const W& pad_width, const Str& mode,
                          const V& end_values) {
  return tensor::numpy_pad(a, detail::nested_array(pad_width), mode.view(),
                           {.end_values = detail::nested_array(end_values)});
}
template <class W>
Array pad_with_reflect_type(const Array& a, const W& pad_width, const Str& mode,
                            const Str& reflect_type) {
  return tensor::numpy_pad(a, detail::nested_array(pad_width), mode.view(),
                           {.reflect_type = std::string(reflect_type.view())});
}
template <class W, class V>
Array pad_with_stat_length(const Array& a, const W& pad_width, const Str& mode,
                           const V& stat_length) {
  return tensor::numpy_pad(a, detail::nested_array(pad_width), mode.view(),
                           {.stat_length = detail::nested_array(stat_length)});
}

// ---- appending and deleting ---------------------------------------------------------------------

template <class V, class X>
Array append(const Array& arr, const V& values, const X& axis) {
  const Array more = detail::nested_array(values);
  if constexpr (std::is_same_v<X, NoneType>) {
    return tensor::concatenate({tensor::reshape(arr, {-1}), tensor::reshape(more, {-1})}, 0);
  } else {
    return tensor::concatenate({arr, more}, axis);
  }
}

// np.fill_diagonal(a, val, wrap): in place, as numpy's; None.
template <class V>
NoneType fill_diagonal(const Array& a, const V& val, Bool wrap) {
  tensor::fill_diagonal(a, detail::nested_array(val), wrap);
  return {};
}

template <class O, class X>
Array delete_entries(const Array& arr, const O& obj, const X& axis) {
  constexpr bool flattened = std::is_same_v<X, NoneType>;
  const Array a = flattened ? tensor::reshape(arr, {-1}) : arr;
  int64_t d = a.ndim() - 1;
  if constexpr (!flattened) d = tensor::normalize_axis(axis, a.ndim());
  const int64_t n = a.shape()[static_cast<std::size_t>(d)];
  Array keep = tensor::ones({n}, DType::Bool);
  // One index (an int, or an integer array of one element) is checked against this axis.
  auto drop_one = [&](int64_t i) {
    if (i < -n || i >= n) {
      raise(ExcKind::IndexError, "index " + std::to_string(i) + " is out of bounds for axis " +
                                     std::to_string(d) + " with size " + std::to_string(n));
    }
    tensor::setitem(keep, {(i + n) % n}, tensor::scalar_int(0, DType::Bool));
  };
  if constexpr (std::is_same_v<O, Int>) {
    drop_one(obj);
  } else {
    Array named = detail::nested_array(obj);
    if (named.size() == 0 && !std::is_same_v<O, Array>) named = tensor::astype(named, DType::Int64);
    if (named.size() == 1 && tensor::is_integer(named.dtype())) {
      drop_one(named.element_as_int(0));
    } else if (named.dtype() == DType::Bool) {
      if (named.shape() != tensor::Shape{n}) {
        raise(ExcKind::ValueError,
              "boolean array argument obj to delete must be one dimensional and match the axis "
              "length of " +
                  std::to_string(n));
      }
      keep = tensor::unary(tensor::UnaryOp::LogicalNot, named);
    } else {
      tensor::setitem(keep, {named}, tensor::scalar_int(0, DType::Bool));
    }
  }
  tensor::Index index(static_cast<std::size_t>(a.ndim()), tensor::Slice{});
  index[static_cast<std::size_t>(d)] = keep;
  return tensor::getitem(a, index);
}

template <class V, class S>
Array searchsorted_sorter(const Array& a, const V& v, const Str& side, const S& sorter) {
  if constexpr (std::is_same_v<S, NoneType>) {
    return searchsorted(a, v, side);
  } else {
    return tensor::numpy_searchsorted(a, detail::strong_array(v), detail::search_side(side),
                                      detail::nested_array(sorter));
  }
}

// np.lexsort(keys): the stable order by the last key, ties broken by the one before it,
// and so on; keys a sequence of same-shape arrays or the rows of one, sorted along their
// last axis.
template <class K>
Array lexsort(const K& keys) {
  std::vector<Array> rows;
  if constexpr (std::is_same_v<K, Array>) {
    for (int64_t i = 0; i < (keys.ndim() == 0 ? 0 : keys.shape()[0]); ++i) {
      rows.push_back(tensor::getitem(keys, {i}));
    }
  } else {
    rows = arrays_of(keys);
  }
  if (rows.empty()) raise(ExcKind::TypeError, "need sequence of keys with len > 0 in lexsort");
  for (const Array& key : rows) {
    if (key.shape() != rows.front().shape()) {
      raise(ExcKind::ValueError, "all keys need to be the same shape");
    }
  }
  // Stable sorts from the least significant key up leave the earlier order among ties.
  Array order = tensor::argsort(rows.front(), -1);
  for (std::size_t k = 1; k < rows.size(); ++k) {
    const Array by_key = tensor::argsort(tensor::take_along_axis(rows[k], order, -1), -1);
    order = tensor::take_along_axis(order, by_key, -1);
  }
  return order;
}

// ---- set routines -------------------------------------------------------------------------------

// np.isin(element, test_elements, assume_unique, invert): assume_unique changes no answer.
template <class E, class T>
Array isin(const E& element, const T& test_elements, Bool /*assume_unique*/, Bool invert) {
  return tensor::isin(detail::nested_array(element), detail::nested_array(test_elements), invert,
                      tensor::Rules::Numpy);
}
template <class A, class B>
Array intersect1d(const A& ar1, const B& ar2, Bool assume_unique) {
  return tensor::intersect1d(detail::nested_array(ar1), detail::nested_array(ar2), assume_unique);
}
template <class A, class B>
Array union1d(const A& ar1, const B& ar2) {
  return tensor::union1d(detail::nested_array(ar1), detail::nested_array(ar2));
}
template <class A, class B>
Array setdiff1d(const A& ar1, const B& ar2, Bool assume_unique) {
  return tensor::setdiff1d(detail::nested_array(ar1), detail::nested_array(ar2), assume_unique);
}

// ---- histograms and interpolation --------------------------------------------------------------

namespace detail {
inline std::optional<std::pair<tensor::Scalar, tensor::Scalar>> histogram_range(const NoneType&) {
  return std::nullopt;
}
template <class Low, class High>
std::optional<std::pair<tensor::Scalar, tensor::Scalar>> histogram_range(
    const Tuple<Low, High>& range) {
  return std::pair{operand(std::get<0>(range)), operand(std::get<1>(range))};
}
}  // namespace detail

// np.histogram(a, bins, range, density): `bins` a number of equal bins or their edges.
template <class B, class R>
Tuple<Array, Array> histogram(const Array& a, const B& bins, const R& range, Bool density) {
  tensor::Histogram h;
  if constexpr (std::is_same_v<B, Int>) {
    h = tensor::histogram_uniform(a, bins, detail::histogram_range(range), density);
  } else {
    h = tensor::histogram_edges(a, detail::nested_array(bins), density);
  }
  return Tuple<Array, Array>(h.counts, h.edges);
}
// np.interp(x, xp, fp, left, right): x a number (a 0-d result), a list or an array.
template <class X, class XP, class FP, class L, class R>
Array interp(const X& x, const XP& xp, const FP& fp, const L& left, const R& right) {
  return tensor::interp(detail::nested_array(x), detail::nested_array(xp), detail::nested_array(fp),
                        detail::optional_number(left), detail::optional_number(right));
}

// ---- bit packing, for binary-quantized embeddings (runtime/tensor/bits.h) --------------------

template <class X, class C>
Array unpackbits(const Array& a, const X& axis, const C& count, const Str& bitorder) {
  return tensor::unpackbits(a, axis_of(axis), axis_of(count), bitorder.view());
}
template <class X>
Array packbits(const Array& a, const X& axis, const Str& bitorder) {
  return tensor::packbits(a, axis_of(axis), bitorder.view());
}
inline Array bitwise_count(const Array& a) { return tensor::bitwise_count(a); }
template <class D>
Array view(const Array& a, const D& dtype) {
  return tensor::view_as(a, dtype_or(dtype, a.dtype()));
}

// ---- hsplit / vsplit, tril_indices, compress / extract, select, put, trapezoid, cross ----------

// np.hsplit (the second axis, the first of a 1-d array) and np.vsplit (the first axis of an
// array of 2 or more dimensions): np.split with numpy's rank errors.
inline int64_t hsplit_axis(const Array& a) {
  if (a.ndim() == 0) {
    raise(ExcKind::ValueError, "hsplit only works on arrays of 1 or more dimensions");
  }
  return a.ndim() > 1 ? 1 : 0;
}
inline int64_t vsplit_axis(const Array& a) {
  if (a.ndim() < 2) {
    raise(ExcKind::ValueError, "vsplit only works on arrays of 2 or more dimensions");
  }
  return 0;
}
inline List<Array> hsplit(const Array& a, Int sections) {
  return split(a, sections, hsplit_axis(a), true);
}
inline List<Array> hsplit_at(const Array& a, const List<Int>& indices) {
  return split_at(a, indices, hsplit_axis(a));
}
inline List<Array> vsplit(const Array& a, Int sections) {
  return split(a, sections, vsplit_axis(a), true);
}
inline List<Array> vsplit_at(const Array& a, const List<Int>& indices) {
  return split_at(a, indices, vsplit_axis(a));
}

// np.tril_indices(n, k, m) / np.triu_indices: the (row, column) positions on and below
// diagonal k (on and above for triu) of an n x m matrix, as numpy finds them (nonzero of
// tri); a negative size is an empty matrix, as numpy's arange makes it.
template <class M>
Tuple<Array, Array> triangle_indices(Int n, Int k, const M& m, bool lower) {
  const Int rows = std::max<Int>(n, 0), columns = std::max<Int>(detail::columns_or(m, n), 0);
  Array mask = tensor::lower_triangle_mask(rows, columns, lower ? k : k - 1);
  if (!lower) mask = tensor::unary(UnaryOp::LogicalNot, mask);
  std::vector<Array> positions = tensor::nonzero(mask);
  return Tuple<Array, Array>(positions[0], positions[1]);
}
template <class M>
Tuple<Array, Array> tril_indices(Int n, Int k, const M& m) {
  return triangle_indices(n, k, m, true);
}
template <class M>
Tuple<Array, Array> triu_indices(Int n, Int k, const M& m) {
  return triangle_indices(n, k, m, false);
}

// np.compress(condition, a, axis): the slices along axis (of the flattened array without one)
// where the 1-d condition is true; a true past the end is take's IndexError.
template <class X>
Array compress(const Array& condition, const Array& a, const X& axis) {
  if (condition.ndim() != 1) raise(ExcKind::ValueError, "condition must be a 1-d array");
  const Array positions = tensor::nonzero(condition)[0];
  return tensor::take(a, positions, axis_of(axis));
}
// np.extract(condition, arr): arr's elements where the condition is true, both flattened.
inline Array extract(const Array& condition, const Array& a) {
  const Array positions = tensor::nonzero(tensor::reshape(condition, {-1}))[0];
  return tensor::take(a, positions, std::nullopt);
}

// np.select(condlist, choicelist, default): for each element the choice of the first true
// condition, else default (a Python number, weak in the dtype as numpy keeps it).
template <class V>
Array select(const List<Array>& conditions, const List<Array>& choices, const V& fallback) {
  if (conditions.size() != choices.size()) {
    raise(ExcKind::ValueError, "list of cases must be same length as list of conditions");
  }
  if (conditions.size() == 0) {
    raise(ExcKind::ValueError, "select with an empty condition list is not possible");
  }
  DType dtype = choices.items()[0].dtype();
  for (const Array& choice : choices.items())
    dtype = tensor::promote(dtype, choice.dtype(), tensor::Rules::Numpy);
  // default joins the dtype as a weak Python number and is then cast unsafely, as np.full
  // casts it (-1 into uint8 is 255).
  const tensor::ScalarKind kind = std::is_same_v<V, Float>  ? tensor::ScalarKind::Float
                                  : std::is_same_v<V, Bool> ? tensor::ScalarKind::Bool
                                                            : tensor::ScalarKind::Int;
  dtype = tensor::promote_scalar(dtype, kind, tensor::Rules::Numpy);
  const DType natural = kind == tensor::ScalarKind::Float  ? DType::Float64
                        : kind == tensor::ScalarKind::Bool ? DType::Bool
                                                           : DType::Int64;
  const Array fill = tensor::as_dtype(as_array(fallback, tensor::zeros({}, natural)), dtype);
  tensor::Shape shape;
  for (const Array& condition : conditions.items())
    shape = tensor::broadcast_shapes(shape, condition.shape());
  for (const Array& choice : choices.items())
    shape = tensor::broadcast_shapes(shape, choice.shape());
  for (std::size_t i = 0; i < conditions.items().size(); ++i) {
    if (conditions.items()[i].dtype() != DType::Bool) {
      raise(ExcKind::TypeError,
            "invalid entry " + std::to_string(i) + " in condlist: should be boolean ndarray");
    }
  }
  Array result = tensor::broadcast_to(fill, shape);
  // The last condition first, so the first true one is written last.
  for (std::size_t i = conditions.items().size(); i-- > 0;) {
    result =
        tensor::where(conditions.items()[i], tensor::as_dtype(choices.items()[i], dtype), result);
  }
  return tensor::as_dtype(tensor::contiguous(result), dtype);
}

// np.put(a, ind, v): a.flat[ind[i]] = v[i % len(v)], in place (negative indices counted from
// the end; numpy's IndexError past either end).
template <class V>
NoneType put(const Array& a, const Array& ind, const V& v) {
  const Array positions = tensor::as_dtype(tensor::reshape(ind, {-1}), DType::Int64);
  const Array values =
      tensor::contiguous(tensor::as_dtype(tensor::reshape(as_array(v, a), {-1}), a.dtype()));
  const int64_t size = a.size();
  if (values.size() == 0 || positions.size() == 0) return None;
  for (int64_t i = 0; i < positions.size(); ++i) {
    const int64_t position = positions.element_as_int(i);
    if (position < -size || position >= size) {
      raise(ExcKind::IndexError, "index " + std::to_string(position) +
                                     " is out of bounds for axis 0 with size " +
                                     std::to_string(size));
    }
  }
  tensor::visit_dtype(a.dtype(), [&]<typename T>() {
    T* base = reinterpret_cast<T*>(a.storage()->data());
    const T* from = values.data<T>();
    for (int64_t i = 0; i < positions.size(); ++i) {
      const int64_t position = positions.element_as_int(i);
      base[a.offset_of(position < 0 ? position + size : position)] = from[i % values.size()];
    }
  });
  return None;
}

// np.put_along_axis(arr, indices, values, axis): arr[fancy] = values, fancy indexing indices
// along axis and every position along the other axes (numpy's own construction).
template <class V>
NoneType put_along_axis(const Array& a, const Array& indices, const V& values, Int axis) {
  if (!tensor::is_integer(indices.dtype())) {
    raise(ExcKind::IndexError, "`indices` must be an integer array");
  }
  if (indices.ndim() != a.ndim()) {
    raise(ExcKind::ValueError, "`indices` and `arr` must have the same number of dimensions");
  }
  const int64_t along = tensor::normalize_axis(axis, a.ndim());
  tensor::Index index;
  for (int64_t k = 0; k < a.ndim(); ++k) {
    if (k == along) {
      index.emplace_back(indices);
      continue;
    }
    tensor::Shape shape(static_cast<std::size_t>(a.ndim()), 1);
    shape[static_cast<std::size_t>(k)] = a.shape()[k];
    index.emplace_back(
        tensor::reshape(tensor::arange(0, double(a.shape()[k]), 1, DType::Int64), shape));
  }
  tensor::setitem(a, index, as_array(values, a));
  return None;
}

namespace detail {
// v[1:] and v[:-1] along axis (empty for an empty axis).
inline std::pair<Array, Array> neighbours(const Array& v, int64_t axis) {
  const int64_t n = v.shape()[axis], pairs = std::max<int64_t>(n - 1, 0);
  return {tensor::narrow(v, axis, std::min<int64_t>(1, n), pairs),
          tensor::narrow(v, axis, 0, pairs)};
}
// The spacing np.trapezoid multiplies by: dx, or diff(x) (a 1-d x laid along y's axis).
inline Array trapezoid_of(const Array& y, const Array* x, Float dx, Int axis) {
  const int64_t along = tensor::normalize_axis(axis, y.ndim());
  const auto [upper, lower] = neighbours(y, along);
  const Array pair_sum = tensor::binary(BinaryOp::Add, upper, lower);
  Array weighted;
  if (x == nullptr) {
    weighted = tensor::binary(BinaryOp::Multiply, tensor::Scalar::from_float(dx), pair_sum);
  } else {
    const int64_t x_axis = x->ndim() == 1 ? 0 : tensor::normalize_axis(axis, x->ndim());
    const auto [right, left] = neighbours(*x, x_axis);
    Array spacing = tensor::binary(BinaryOp::Subtract, right, left);
    if (x->ndim() == 1) {
      tensor::Shape shape(static_cast<std::size_t>(y.ndim()), 1);
      shape[static_cast<std::size_t>(along)] = spacing.size();
      spacing = tensor::reshape(spacing, shape);
    }
    weighted = tensor::binary(BinaryOp::Multiply, spacing, pair_sum);
  }
  const Array halves =
      tensor::binary(BinaryOp::TrueDivide, weighted, tensor::Scalar::from_float(2.0));
  return tensor::reduce(ReduceOp::Sum, halves, std::vector<int64_t>{along}, {});
}
}  // namespace detail

// np.trapezoid(y, x=None, dx=1.0, axis=-1): sum(d * (y[1:] + y[:-1]) / 2.0) along axis, in
// numpy's steps.
template <class X>
Array trapezoid(const Array& y, const X& x, Float dx, Int axis) {
  if constexpr (std::is_same_v<X, NoneType>) {
    return detail::trapezoid_of(y, nullptr, dx, axis);
  } else if constexpr (std::is_same_v<X, Array>) {
    return detail::trapezoid_of(y, &x, dx, axis);
  } else {
    return detail::trapezoid_of(y, x ? &*x : nullptr, dx, axis);
  }
}

// np.cross(a, b, axis=-1): 3-vectors (or 2-vectors, whose z is 0; two 2-vectors give the z
// component alone) along axis, in numpy's steps in the promoted dtype.
inline Array cross(const Array& a_in, const Array& b_in, Int axis) {
  if (a_in.ndim() < 1 || b_in.ndim() < 1) {
    raise(ExcKind::ValueError, "At least one array has zero dimension");
  }
  const Array a_moved = tensor::moveaxis(a_in, tensor::normalize_axis(axis, a_in.ndim()), -1);
  const Array b_moved = tensor::moveaxis(b_in, tensor::normalize_axis(axis, b_in.ndim()), -1);
  const int64_t na = a_moved.shape().back(), nb = b_moved.shape().back();
  if ((na != 2 && na != 3) || (nb != 2 && nb != 3)) {
    raise(ExcKind::ValueError,
          "incompatible dimensions for cross product\n(dimension must be 2 or 3)");
  }
  const DType dtype = tensor::promote(a_moved.dtype(), b_moved.dtype(), tensor::Rules::Numpy);
  const Array a = tensor::as_dtype(a_moved, dtype), b = tensor::as_dtype(b_moved, dtype);
  auto component = [](const Array& v, int64_t i) {
    return tensor::getitem(v, {tensor::Ellipsis{}, i});
  };
  auto times = [](const Array& x, const Array& y) {
    return tensor::binary(BinaryOp::Multiply, x, y);
  };
  auto minus = [](const Array& x, const Array& y) {
    return tensor::binary(BinaryOp::Subtract, x, y);
  };
  auto negated = [](const Array& x) { return tensor::unary(UnaryOp::Negative, x); };
  const Array z =
      minus(times(component(a, 0), component(b, 1)), times(component(a, 1), component(b, 0)));
  Array x_part, y_part;
  if (na == 2 && nb == 2) return tensor::as_dtype(z, dtype);
  if (na == 2) {
    x_part = times(component(a, 1), component(b, 2));
    y_part = negated(times(component(a, 0), component(b, 2)));
  } else if (nb == 2) {
    x_part = negated(times(component(a, 2), component(b, 1)));
    y_part = times(component(a, 2), component(b, 0));
  } else {
    x_part =
        minus(times(component(a, 1), component(b, 2)), times(component(a, 2), component(b, 1)));
    y_part =
        minus(times(component(a, 2), component(b, 0)), times(component(a, 0), component(b, 2)));
  }
  const Array stacked = tensor::stack({x_part, y_part, z}, -1);
  return tensor::moveaxis(tensor::as_dtype(stacked, dtype), -1,
                          tensor::normalize_axis(axis, stacked.ndim()));
}

// ---- np.unravel_index / np.ravel_multi_index / np.diag_indices --------------------------------

namespace detail {
// The strides (in elements) of a C- or Fortran-ordered array of `dims`.
inline tensor::Shape index_strides(const tensor::Shape& dims, const Str& order) {
  if (order.view() != "C" && order.view() != "F") {
    raise(ExcKind::ValueError,
          "order must be one of 'C', 'F', 'A', or 'K' (got '" + std::string(order.view()) + "')");
  }
  tensor::Shape strides(dims.size());
  int64_t step = 1;
  for (std::size_t i = 0; i < dims.size(); ++i) {
    const std::size_t k = order.view() == "C" ? dims.size() - 1 - i : i;
    strides[k] = step;
    step *= dims[k];
  }
  return strides;
}
// numpy's `mode` of an index that may fall outside its range.
inline void expect_clip_mode(const Str& mode) {
  if (mode.view() != "raise" && mode.view() != "wrap" && mode.view() != "clip") {
    raise(ExcKind::ValueError, "clipmode must be one of 'clip', 'raise', or 'wrap' (got '" +
                                   std::string(mode.view()) + "')");
  }
}
// An index in [0, n) by numpy's mode (`n` > 0): wrapped, clipped, or `error` raised.
inline int64_t index_by_mode(int64_t i, int64_t n, const Str& mode, const char* error) {
  if (mode.view() == "wrap") return ((i % n) + n) % n;
  if (mode.view() == "clip") return std::clamp<int64_t>(i, 0, n - 1);
  if (i < 0 || i >= n) raise(ExcKind::ValueError, error);
  return i;
}
inline void expect_int_indices(const Array& a) {
  if (!tensor::is_integer(a.dtype())) raise(ExcKind::TypeError, "only int indices permitted");
}
}  // namespace detail

// np.unravel_index(indices, shape, order): each flat index's coordinates, one int64 array per
// dimension, with numpy's ValueError for an index outside [0, size).
template <class I, class S>
TupleOf<Array> unravel_index(const I& indices, const S& shape, const Str& order) {
  const Array flat = as_array(indices, tensor::zeros({}, DType::Int64));
  detail::expect_int_indices(flat);
  const tensor::Shape dims = shape_of(shape);
  const tensor::Shape strides = detail::index_strides(dims, order);
  int64_t size = 1;
  for (int64_t d : dims) size *= d;
  const Array positions = tensor::as_dtype(flat, DType::Int64);
  std::vector<Array> coordinates;
  for (std::size_t k = 0; k < dims.size(); ++k) {
    coordinates.push_back(tensor::zeros(positions.shape(), DType::Int64));
  }
  for (int64_t i = 0; i < positions.size(); ++i) {
    const int64_t position = positions.element_as_int(i);
    if (position < 0 || position >= size) {
      raise(ExcKind::ValueError, "index " + std::to_string(position) +
                                     " is out of bounds for array with size " +
                                     std::to_string(size));
    }
    for (std::size_t k = 0; k < dims.size(); ++k) {
      coordinates[k].data<int64_t>()[i] = position / strides[k] % dims[k];
    }
  }
  return TupleOf<Array>(std::move(coordinates));
}

// np.ravel_multi_index(multi_index, dims, mode, order): the flat index of each (broadcast)
// coordinate tuple; mode "raise" (numpy's ValueError), "wrap" or "clip".
template <class M, class S>
Array ravel_multi_index(const M& multi_index, const S& shape, const Str& mode, const Str& order) {
  const std::vector<Array> coordinates = arrays_of(multi_index);
  const tensor::Shape dims = shape_of(shape);
  if (coordinates.size() != dims.size()) {
    raise(ExcKind::ValueError,
          "parameter multi_index must be a sequence of length " + std::to_string(dims.size()));
  }
  detail::expect_clip_mode(mode);
  tensor::Shape common;
  for (const Array& c : coordinates) {
    detail::expect_int_indices(c);
    common = tensor::broadcast_shapes(common, c.shape());
  }
  const tensor::Shape strides = detail::index_strides(dims, order);
  Array flat = tensor::zeros(common, DType::Int64);
  int64_t* out = flat.data<int64_t>();
  for (std::size_t k = 0; k < dims.size(); ++k) {
    const Array along = tensor::contiguous(
        tensor::as_dtype(tensor::broadcast_to(coordinates[k], common), DType::Int64));
    const int64_t* at = along.data<int64_t>();
    for (int64_t i = 0; i < flat.size(); ++i) {
      const int64_t c =
          dims[k] == 0 && mode.view() != "raise"
              ? 0
              : detail::index_by_mode(at[i], dims[k], mode, "invalid entry in coordinates array");
      out[i] += c * strides[k];
    }
  }
  return flat;
}

namespace detail {
// The broadcast shape of several arrays, with numpy's message naming the first two that
// disagree (dimension by dimension from the left, as numpy's multi-iterator checks them).
inline tensor::Shape broadcast_all(const std::vector<Array>& arrays) {
  int64_t ndim = 0;
  for (const Array& a : arrays) ndim = std::max(ndim, a.ndim());
  tensor::Shape shape(static_cast<std::size_t>(ndim), 1);
  for (int64_t d = 0; d < ndim; ++d) {
    std::size_t source = 0;
    for (std::size_t j = 0; j < arrays.size(); ++j) {
      const int64_t k = d + arrays[j].ndim() - ndim;
      if (k < 0 || arrays[j].shape()[k] == 1) continue;
      if (shape[d] == 1) {
        shape[d] = arrays[j].shape()[k];
        source = j;
      } else if (shape[d] != arrays[j].shape()[k]) {
        raise(ExcKind::ValueError,
              "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is "
              "between arg " +
                  std::to_string(source) + " with shape " +
                  tensor::shape_str(arrays[source].shape()) + " and arg " + std::to_string(j) +
                  " with shape " + tensor::shape_str(arrays[j].shape()) + ".");
      }
    }
  }
  return shape;
}
}  // namespace detail

// np.choose(a, choices, mode="raise"): choices[a[i]][i] with a and the choices broadcast
// together, in the choices' common dtype.
template <class C>
Array choose(const Array& a, const C& choice_arrays, const Str& mode) {
  const std::vector<Array> choices = arrays_of(choice_arrays);
  if (choices.empty()) raise(ExcKind::ValueError, "0-length sequence.");
  if (!tensor::is_integer(a.dtype()) && a.dtype() != DType::Bool) {
    raise(ExcKind::TypeError, "Cannot cast array data from dtype('" +
                                  std::string(tensor::dtype_name(a.dtype())) +
                                  "') to dtype('int64') according to the rule 'safe'");
  }
  detail::expect_clip_mode(mode);
  // numpy broadcasts the choices first and the index array last (its messages count so).
  std::vector<Array> operands = choices;
  operands.push_back(a);
  const tensor::Shape shape = detail::broadcast_all(operands);
  DType dtype = choices.front().dtype();
  for (const Array& choice : choices) {
    dtype = tensor::promote(dtype, choice.dtype(), tensor::Rules::Numpy);
  }
  const Array picks =
      tensor::contiguous(tensor::as_dtype(tensor::broadcast_to(a, shape), DType::Int64));
  std::vector<Array> spread;
  for (const Array& choice : choices) {
    spread.push_back(
        tensor::contiguous(tensor::as_dtype(tensor::broadcast_to(choice, shape), dtype)));
  }
  Array out(dtype, shape);
  const int64_t n = static_cast<int64_t>(spread.size());
  tensor::visit_dtype(dtype, [&]<typename T>() {
    T* o = out.data<T>();
    const int64_t* pick = picks.data<int64_t>();
    for (int64_t i = 0; i < out.size(); ++i) {
      const int64_t k = detail::index_by_mode(pick[i], n, mode, "invalid entry in choice array");
      o[i] = spread[static_cast<std::size_t>(k)].data<T>()[i];
    }
  });
  return out;
}

// np.diag_indices(n, ndim=2): ndim copies of arange(n).
inline TupleOf<Array> diag_indices(Int n, Int ndim) {
  const Array positions =
      tensor::arange(0, static_cast<double>(std::max<Int>(n, 0)), 1, DType::Int64);
  return TupleOf<Array>(
      std::vector<Array>(static_cast<std::size_t>(std::max<Int>(ndim, 0)), positions));
}

// ---- np.cov / np.corrcoef --------------------------------------------------------------------

namespace detail {
// One of cov's inputs as rows of variables in float64: at least 2-d, transposed when the
// variables are columns (numpy's rule for m and for y differ in which shape stays).
inline Array variables(const Array& v, const char* name, bool transposed) {
  if (v.ndim() > 2) raise(ExcKind::ValueError, std::string(name) + " has more than 2 dimensions");
  Array rows = tensor::astype(v.ndim() == 0   ? tensor::reshape(v, {1, 1})
                              : v.ndim() == 1 ? tensor::reshape(v, {1, -1})
                                              : v,
                              tensor::promote(v.dtype(), DType::Float64, tensor::Rules::Numpy));
  return transposed ? tensor::transpose(rows) : rows;
}
// np.cov without weights: the rows' centered products over N - ddof.
inline Array covariance(const Array& m, const std::optional<Array>& y, bool rowvar, bool bias,
                        std::optional<int64_t> ddof) {
  Array rows = variables(m, "m", !rowvar && m.ndim() != 1);
  std::optional<Array> others;
  if (y) {
    others = variables(*y, "y", false);
    if (!rowvar && others->shape()[0] != 1) others = tensor::transpose(*others);
  }
  if (rows.shape()[0] == 0) return tensor::zeros({0, 0}, DType::Float64);
  if (others) rows = tensor::concatenate({rows, *others}, 0);
  const int64_t divisor_offset = ddof.value_or(bias ? 0 : 1);
  const Array mean = tensor::reduce(ReduceOp::Mean, rows, std::vector<int64_t>{1}, {true, 0});
  const Array centered = tensor::binary(BinaryOp::Subtract, rows, mean);
  // numpy warns and divides by 0.0 when there are no degrees of freedom left.
  const double fact = std::max<double>(static_cast<double>(rows.shape()[1] - divisor_offset), 0.0);
  const Array products = tensor::dot(centered, tensor::transpose(centered));
  const Array scaled =
      tensor::binary(BinaryOp::Multiply, products, tensor::Scalar::from_float(1.0 / fact));
  return tensor::squeeze(scaled, std::nullopt);
}
}  // namespace detail

// np.cov(m, y=None, rowvar=True, bias=False, ddof=None): float64, squeezed.
template <class Y, class D>
Array cov(const Array& m, const Y& y, Bool rowvar, Bool bias, const D& ddof) {
  return detail::covariance(m, detail::optional_array(y), rowvar, bias, axis_of(ddof));
}
// np.corrcoef(x, y=None, rowvar=True): the covariance over the outer product of the standard
// deviations, divided by rows then columns as numpy divides, clipped to [-1, 1].
template <class Y>
Array corrcoef(const Array& x, const Y& y, Bool rowvar) {
  const Array c = detail::covariance(x, detail::optional_array(y), rowvar, false, std::nullopt);
  if (c.ndim() == 0) return tensor::binary(BinaryOp::TrueDivide, c, c);
  const Array deviations = tensor::unary(UnaryOp::Sqrt, tensor::copy(tensor::diagonal(c, 0, 0, 1)));
  const Array by_rows =
      tensor::binary(BinaryOp::TrueDivide, c, tensor::reshape(deviations, {-1, 1}));
  const Array both =
      tensor::binary(BinaryOp::TrueDivide, by_rows, tensor::reshape(deviations, {1, -1}));
  const Array low = tensor::scalar(-1.0, DType::Float64),
              high = tensor::scalar(1.0, DType::Float64);
  return tensor::clip(both, &low, &high);
}

}  // namespace ingot::rt::numpy

namespace ingot::rt::tensor {

// What generic code finds by argument-dependent lookup when it walks an array's rows
// (max(a), sorted(a), any(a)): numpy's truth of an array and of `a < b`.
inline Bool truth(const Array& a) { return numpy::truth(a); }
inline Bool py_lt(const Array& a, const Array& b) {
  return numpy::truth(numpy::binary(BinaryOp::Less, a, b));
}
// Arrays as items of a tuple, a NamedTuple or a dataclass compared with ==: Python takes
// the same object as equal and otherwise the truth of `a == b` (which raises for more than
// one element). The same object here: the same view of the same buffer.
inline Bool py_eq(const Array& a, const Array& b) {
  const bool same = a.storage() == b.storage() && a.offset() == b.offset() &&
                    a.dtype() == b.dtype() && a.shape() == b.shape() && a.strides() == b.strides();
  return same || numpy::truth(numpy::binary(BinaryOp::Equal, a, b));
}
// hash() of a tuple or NamedTuple holding an array: numpy's arrays are unhashable.
inline size_t py_hash(const Array&) {
  raise(ExcKind::TypeError, "unhashable type: 'numpy.ndarray'");
}

}  // namespace ingot::rt::tensor

namespace ingot::rt {
// Generated code spells these rt::repr / rt::to_str (a dataclass's repr of its fields).
using tensor::repr;
using tensor::to_str;
}  // namespace ingot::rt

namespace ingot::rt::torch {

using numpy::operand;
using tensor::Array;
using tensor::BinaryOp;
using tensor::DType;
using tensor::ReduceOp;
using tensor::UnaryOp;

constexpr tensor::Rules kRules = tensor::Rules::Torch;

// torch's IndexError for a dim outside [-n, n - 1], n the tensor's dimensions (at least 1:
// a 0-d tensor takes -1 and 0); `extra` widens it for unsqueeze, whose dim may be n.
inline int64_t checked_dim(int64_t dim, int64_t ndim, int64_t extra = 0) {
  const int64_t n = std::max<int64_t>(ndim, 1) + extra;
  if (dim < -n || dim >= n) {
    raise(ExcKind::IndexError, "Dimension out of range (expected to be in range of [" +
                                   std::to_string(-n) + ", " + std::to_string(n - 1) +
                                   "], but got " + std::to_string(dim) + ")");
  }
  return dim;
}
inline int64_t checked_dim(const Array& a, int64_t dim) { return checked_dim(dim, a.ndim()); }
inline void check_dims(const Array&, const NoneType&) {}
inline void check_dims(const Array& a, Int dim) { checked_dim(a, dim); }
inline void check_dims(const Array& a, const Optional<Int>& dim) {
  if (dim) checked_dim(a, *dim);
}
template <class T>
void check_dims(const Array& a, const T& dims) {
  if (auto axes = numpy::axes_of(dims)) {
    for (int64_t d : *axes) checked_dim(a, d);
  }
}
// max()/min()/argmax() of every element of an empty tensor: torch asks for a dim.
inline void expect_elements(const Array& a, const char* op, ExcKind kind, bool advice) {
  if (a.size() != 0) return;
  std::string message =
      std::string(op) + "(): Expected reduction dim to be specified for input.numel() == 0.";
  if (advice) message += " Specify the reduction dim with the 'dim' argument.";
  raise(kind, message);
}

// A torch dtype as a value: torch.float32, t.dtype.
struct dtype {
  // Spelled out because clang before 16 lacks C++20's parenthesized aggregate init.
  constexpr dtype() = default;
  constexpr explicit dtype(DType v) : value(v) {}
  template <class T>
  constexpr dtype(builtins::type<T>) : value(tensor::class_dtype<T>()) {}  // NOLINT: implicit
  DType value{};
  friend bool operator==(const dtype&, const dtype&) = default;
};

inline Str dtype_str(const dtype& d) { return Str(std::string(tensor::torch_dtype_name(d.value))); }

// ---- machine limits ---------------------------------------------------------------------------

// torch.finfo(dtype) / torch.iinfo(dtype): a dtype's limits, as Python numbers.
struct finfo {
  DType dtype = DType::Float32;  // torch.finfo(): the default dtype's
};
struct iinfo {
  DType dtype;
};
inline finfo finfo_of(const dtype& d) {
  if (!tensor::is_float(d.value)) {
    raise(ExcKind::TypeError,
          "torch.finfo() requires a floating point input type. Use torch.iinfo to handle "
          "'torch.finfo'");
  }
  return {d.value};
}
inline finfo finfo_default() { return {}; }
inline iinfo iinfo_of(const dtype& d) {
  if (d.value == DType::Bool)
    raise(ExcKind::TypeError, "torch.bool is not supported by torch.iinfo");
  if (!tensor::is_integer(d.value)) {
    raise(ExcKind::TypeError,
          "torch.iinfo() requires an integer input type. Use torch.finfo to handle 'torch.iinfo'");
  }
  return {d.value};
}
inline tensor::FloatLimits limits(const finfo& f) { return tensor::float_limits(f.dtype); }
inline Float finfo_resolution(const finfo& f) { return std::pow(10.0, -limits(f).precision); }
namespace detail {
// torch's finfo and iinfo print each limit as %g does: six significant digits.
inline std::string g_format(double v) {
  char text[64];
  std::snprintf(text, sizeof text, "%g", v);
  return text;
}
}  // namespace detail

inline Str repr(const finfo& f) {
  const tensor::FloatLimits l = limits(f);
  auto g = detail::g_format;
  std::string name(tensor::torch_dtype_name(f.dtype));
  name.erase(0, name.find('.') + 1);
  return Str("finfo(resolution=" + g(finfo_resolution(f)) + ", min=" + g(-l.max) +
             ", max=" + g(l.max) + ", eps=" + g(l.eps) + ", smallest_normal=" + g(l.tiny) +
             ", tiny=" + g(l.tiny) + ", dtype=" + name + ")");
}
inline Str to_str(const finfo& f) { return repr(f); }
inline const char* type_name(const finfo&) { return "torch.finfo"; }
inline Str repr(const iinfo& i) {
  const tensor::IntLimits l = tensor::int_limits(i.dtype);
  std::string name(tensor::torch_dtype_name(i.dtype));
  name.erase(0, name.find('.') + 1);
  return Str("iinfo(min=" + detail::g_format(static_cast<double>(l.min)) +
             ", max=" + detail::g_format(static_cast<double>(l.max)) + ", dtype=" + name + ")");
}
inline Str to_str(const iinfo& i) { return repr(i); }
inline const char* type_name(const iinfo&) { return "torch.iinfo"; }
inline DType dtype_or(const NoneType&, DType fallback) { return fallback; }
inline DType dtype_or(const dtype& d, DType) { return d.value; }
template <class T>
DType dtype_or(const builtins::type<T>&, DType) {
  return tensor::class_dtype<T>();
}

// torch.tensor(list): float32 for floats (torch's default dtype), int64 for ints, bool.
template <class T, class D>
Array tensor_from(const List<T>& list, const D& dtype) {
  Array made = numpy::array(list, None);
  const DType natural = made.dtype() == DType::Float64 ? DType::Float32 : made.dtype();
  return tensor::as_dtype(made, dtype_or(dtype, natural));
}

// torch.tensor(5), torch.tensor(2.5): a 0-d tensor (int64, float32 or bool).
template <class V, class D>
Array tensor_scalar(const V& value, const D& dtype) {
  const DType natural = std::is_same_v<V, Float>  ? DType::Float32
                        : std::is_same_v<V, Bool> ? DType::Bool
                                                  : DType::Int64;
  const Array made = tensor::scalar_operand(operand(value), natural, kRules);
  return tensor::as_dtype(made, dtype_or(dtype, natural));
}

template <class D, class... Ints>
Array zeros(const D& dtype, Ints... sizes) {
  return tensor::zeros({static_cast<int64_t>(sizes)...}, dtype_or(dtype, DType::Float32));
}
template <class D, class... Ints>
Array ones(const D& dtype, Ints... sizes) {
  return tensor::ones({static_cast<int64_t>(sizes)...}, dtype_or(dtype, DType::Float32));
}
// torch.zeros(shape) and torch.ones(shape): the sizes as one tuple, list or torch.Size.
template <class S, class D>
Array zeros_shape(const S& size, const D& dtype) {
  return tensor::zeros(numpy::shape_of(size), dtype_or(dtype, DType::Float32));
}
template <class S, class D>
Array ones_shape(const S& size, const D& dtype) {
  return tensor::ones(numpy::shape_of(size), dtype_or(dtype, DType::Float32));
}
// torch.arange: int64 when every bound is an int, else float32.
template <class A, class B, class C, class D>
Array arange(const A& start, const B& end, const C& step, const D& dtype) {
  constexpr bool all_int =
      std::is_same_v<A, Int> && std::is_same_v<B, Int> && std::is_same_v<C, Int>;
  const auto first = static_cast<double>(start), last = static_cast<double>(end),
             stride = static_cast<double>(step);
  if (stride == 0) raise(ExcKind::RuntimeError, "step must be nonzero");
  if ((stride > 0 && last < first) || (stride < 0 && last > first)) {
    raise(ExcKind::RuntimeError, "upper bound and lower bound inconsistent with step sign");
  }
  return tensor::arange(static_cast<double>(start), static_cast<double>(end),
                        static_cast<double>(step),
                        dtype_or(dtype, all_int ? DType::Int64 : DType::Float32));
}

inline dtype dtype_of(const Array& a) { return dtype(a.dtype()); }
inline Array to(const Array& a, const dtype& d) { return tensor::as_dtype(a, d.value); }
inline Int size_at(const Array& a, Int dim) {
  return a.shape()[tensor::normalize_axis(checked_dim(a, dim), a.ndim())];
}

namespace detail {
// torch raises where integer // and % meet a zero divisor (numpy gives 0).
inline bool has_zero(const Array& divisor) {
  const Array zero = tensor::binary(BinaryOp::Equal, divisor, tensor::Scalar::from_int(0), kRules);
  return numpy::truth(tensor::reduce(ReduceOp::Any, zero, std::nullopt));
}
template <class S>
bool has_zero(const S& divisor) {
  return static_cast<double>(divisor) == 0;
}
inline void expect_nonzero_divisor(BinaryOp op, DType result, const auto& divisor) {
  const bool integer_division =
      op == BinaryOp::FloorDivide || op == BinaryOp::Remainder || op == BinaryOp::Fmod;
  if (integer_division && !tensor::is_float(result) && has_zero(divisor)) {
    raise(ExcKind::RuntimeError, "ZeroDivisionError");
  }
}
// torch's float remainder is fmod's, moved to the divisor's sign when nonzero: a zero keeps
// the dividend's sign (numpy and Python give it the divisor's).
template <class A>
Array with_dividend_sign_zeros(const Array& result, const A& dividend) {
  const Array zero = tensor::binary(BinaryOp::Equal, result, tensor::Scalar::from_int(0), kRules);
  Array signed_zero;
  if constexpr (std::is_same_v<A, Array>) {
    signed_zero =
        tensor::binary(BinaryOp::Multiply, dividend, tensor::Scalar::from_float(0.0), kRules);
  } else {
    const double sign = std::copysign(0.0, static_cast<double>(dividend));
    signed_zero = tensor::scalar_operand(tensor::Scalar::from_float(sign), result.dtype(), kRules);
  }
  return tensor::where(zero, tensor::as_dtype(signed_zero, result.dtype()), result, kRules);
}
}  // namespace detail

template <class A, class B>
Array binary(BinaryOp op, const A& a, const B& b) {
  if constexpr (!std::is_same_v<A, Array> && std::is_same_v<B, Array>) {
    // A number over a tensor is torch's __rtruediv__: the tensor's reciprocal times it.
    if (op == BinaryOp::TrueDivide) {
      return tensor::binary(BinaryOp::Multiply, tensor::unary(UnaryOp::Reciprocal, b, kRules),
                            operand(a), kRules);
    }
  }
  Array result = tensor::binary(op, operand(a), operand(b), kRules);
  detail::expect_nonzero_divisor(op, result.dtype(), b);
  if (op == BinaryOp::Remainder && tensor::is_float(result.dtype())) {
    return detail::with_dividend_sign_zeros(result, a);
  }
  return result;
}
template <class B>
Array inplace(BinaryOp op, const Array& a, const B& b) {
  detail::expect_nonzero_divisor(op, a.dtype(), b);
  tensor::binary_inplace(op, a, operand(b), kRules);
  return a;
}
inline Array unary(UnaryOp op, const Array& a) { return tensor::unary(op, a, kRules); }
// torch.deg2rad / rad2deg: x times the constant, as torch multiplies by a Python float
// (integers and bools in float32; float16 and bfloat16 through float32, rounded once).
inline Array deg2rad(const Array& a) {
  return binary(BinaryOp::Multiply, a, Float(std::numbers::pi / 180.0));
}
inline Array rad2deg(const Array& a) {
  return binary(BinaryOp::Multiply, a, Float(180.0 / std::numbers::pi));
}
// torch.frac: x - trunc(x), floats only.
inline Array frac(const Array& a) {
  if (!tensor::is_float(a.dtype())) {
    raise(ExcKind::NotImplementedError, "\"frac_cpu\" not implemented for '" +
                                            std::string(tensor::torch_scalar_name(a.dtype())) +
                                            "'");
  }
  return tensor::binary(BinaryOp::Subtract, a, tensor::unary(UnaryOp::Trunc, a, kRules), kRules);
}
// torch.float_power: the power in float64 whatever the operands' dtypes.
template <class E>
Array float_power(const Array& base, const E& exponent) {
  const Array wide = tensor::as_dtype(base, DType::Float64);
  if constexpr (std::is_same_v<E, Array>) {
    return tensor::binary(BinaryOp::Power, wide, tensor::as_dtype(exponent, DType::Float64),
                          kRules);
  } else {
    return tensor::binary(BinaryOp::Power, wide, operand(Float(exponent)), kRules);
  }
}
// torch.round(t, decimals=d): float tensors only, unless d is 0.
inline Array round(const Array& a, Int decimals) {
  if (decimals == 0) return tensor::unary(UnaryOp::Round, a, kRules);
  if (!tensor::is_float(a.dtype())) {
    raise(ExcKind::NotImplementedError, "\"round_cpu\" not implemented for '" +
                                            std::string(tensor::torch_scalar_name(a.dtype())) +
                                            "'");
  }
  return numpy::detail::round_scaled(a, decimals, kRules);
}
// Every element of `out` set to a Python number, converted to out's dtype as torch does.
template <class V>
void fill_with(const Array& out, const V& value) {
  tensor::assign(out, tensor::torch_fill_value(operand(value), out.dtype()));
}
// torch.isclose: both sides of one dtype; a == b, or, for floats (integers and bools as
// float32), |a - b| <= atol + |rtol * b| where |a - b| is finite.
inline Array isclose(const Array& a, const Array& b, Float rtol, Float atol, Bool equal_nan) {
  if (a.dtype() != b.dtype()) {
    raise(ExcKind::RuntimeError, std::string(tensor::torch_scalar_name(a.dtype())) +
                                     " did not match " +
                                     std::string(tensor::torch_scalar_name(b.dtype())));
  }
  Array close = tensor::binary(BinaryOp::Equal, a, b, kRules);
  const bool floats = tensor::is_float(a.dtype());
  if (equal_nan && floats) {
    close = tensor::binary(BinaryOp::LogicalOr, close, numpy::both_nan(a, b), kRules);
  }
  const Array x = floats ? a : tensor::as_dtype(a, DType::Float32);
  const Array y = floats ? b : tensor::as_dtype(b, DType::Float32);
  const Array allowed = tensor::binary(
      BinaryOp::Add, tensor::Scalar::from_float(atol),
      tensor::unary(UnaryOp::Abs, tensor::binary(BinaryOp::Multiply,
                                                 tensor::Scalar::from_float(rtol), y, kRules)),
      kRules);
  const Array error =
      tensor::unary(UnaryOp::Abs, tensor::binary(BinaryOp::Subtract, x, y, kRules), kRules);
  const Array within = tensor::binary(BinaryOp::LogicalAnd, tensor::unary(UnaryOp::IsFinite, error),
                                      tensor::binary(BinaryOp::LessEqual, error, allowed, kRules));
  return tensor::binary(BinaryOp::LogicalOr, close, within, kRules);
}
inline Bool allclose(const Array& a, const Array& b, Float rtol, Float atol, Bool equal_nan) {
  return numpy::all_of(isclose(a, b, rtol, atol, equal_nan));
}
// torch.equal: the same shape and equal elements (the values compared, whatever the dtypes).
inline Bool equal(const Array& a, const Array& b) {
  return a.shape() == b.shape() && numpy::all_of(tensor::binary(BinaryOp::Equal, a, b, kRules));
}
// torch.flip(t, dims): a copy with those dims reversed.
template <class S>
Array flip(const Array& a, const S& dims) {
  const tensor::Shape axes = numpy::shape_of(dims);
  for (int64_t d : axes) checked_dim(a, d);
  return tensor::copy(numpy::flip(a, List<Int>(axes)));
}
template <class... Ints>
Array flip_dims(const Array& a, Ints... dims) {
  return flip(a, List<Int>(std::vector<Int>{static_cast<Int>(dims)...}));
}
// torch.full(size, value): the value's dtype (bool, int64, or float32 for a float).
template <class S, class V, class D>
Array full(const S& size, const V& value, const D& dtype) {
  const DType natural = std::is_same_v<V, Float>  ? DType::Float32
                        : std::is_same_v<V, Bool> ? DType::Bool
                                                  : DType::Int64;
  Array out(dtype_or(dtype, natural), numpy::shape_of(size));
  fill_with(out, value);
  return out;
}
template <class V, class D>
Array full_like(const Array& a, const V& value, const D& dtype) {
  Array out(dtype_or(dtype, a.dtype()), a.shape());
  fill_with(out, value);
  return out;
}
// torch.eye(n, m): float32 unless a dtype is given.
template <class D>
Array eye(Int n, const Optional<Int>& m, const D& dtype) {
  return tensor::eye(n, m ? *m : n, 0, dtype_or(dtype, DType::Float32));
}
// torch.linspace(start, end, steps): torch's own arithmetic, the first half counted up from
// start and the second down from end, in the result's float type (double for integers,
// truncated at the end).
template <class D>
Array linspace(Float start, Float end, Int steps, const D& dtype) {
  if (steps < 0) raise(ExcKind::RuntimeError, "number of steps must be non-negative");
  const DType out_dtype = dtype_or(dtype, DType::Float32);
  const auto fill = [&]<class C>(C first, C last) {
    std::vector<double> values(static_cast<std::size_t>(steps));
    if (steps == 1) values[0] = first;
    if (steps <= 1) return values;
    const C step = (last - first) / static_cast<C>(steps - 1);
    const int64_t halfway = steps / 2;
    for (int64_t i = 0; i < steps; ++i) {
      values[static_cast<std::size_t>(i)] = i < halfway
                                                ? first + step * static_cast<C>(i)
                                                : last - step * static_cast<C>(steps - i - 1);
    }
    return values;
  };
  const std::vector<double> values = out_dtype == DType::Float32
                                         ? fill(static_cast<float>(start), static_cast<float>(end))
                                         : fill(start, end);
  Array exact(DType::Float64, {steps});
  std::copy(values.begin(), values.end(), exact.data<double>());
  return tensor::as_dtype(exact, out_dtype);
}
// t.to("cpu"): the tensor itself; compiled code has no other device.
inline Array to_device(const Array& a, const Str& device) {
  if (device.view() != "cpu") {
    raise(ExcKind::RuntimeError, "ingot runs tensors on the CPU only; cannot move a tensor to '" +
                                     std::string(device.view()) + "'");
  }
  return a;
}
// t.masked_select(mask): the elements where the bool mask (broadcast with t) is set, 1-d.
inline Array masked_select(const Array& a, const Array& mask) {
  if (mask.dtype() != DType::Bool) {
    raise(ExcKind::RuntimeError, "masked_select: expected BoolTensor for mask");
  }
  const Array where =
      tensor::binary(BinaryOp::LogicalAnd, mask, tensor::ones(a.shape(), DType::Bool));
  return tensor::getitem(tensor::broadcast_to(a, where.shape()), {where}, kRules);
}
// t.fill_(value) and t.zero_(): in place, in t's dtype; t itself returned.
template <class V>
Array fill_inplace(const Array& a, const V& value) {
  fill_with(a, value);
  return a;
}
inline Array gelu(const Array& a, const Str& approximate) {
  if (approximate.view() == "tanh") return tensor::unary(UnaryOp::GeluTanh, a, kRules);
  if (approximate.view() != "none") {
    raise(ExcKind::RuntimeError, "approximate argument must be either none or tanh.");
  }
  return tensor::unary(UnaryOp::Gelu, a, kRules);
}

template <class X>
Array reduce(ReduceOp op, const Array& a, const X& dim, Bool keepdim, Int correction = 0) {
  check_dims(a, dim);
  if constexpr (std::is_same_v<X, NoneType>) {
    if (op == ReduceOp::Max) expect_elements(a, "max", ExcKind::RuntimeError, true);
    if (op == ReduceOp::Min) expect_elements(a, "min", ExcKind::RuntimeError, true);
  }
  return tensor::reduce(op, a, numpy::axes_of(dim), {keepdim, correction, kRules});
}
template <class X>
Array argmax(const Array& a, const X& dim, Bool keepdim) {
  check_dims(a, dim);
  if (!numpy::axis_of(dim)) expect_elements(a, "argmax", ExcKind::IndexError, false);
  return tensor::argmax(a, numpy::axis_of(dim), keepdim);
}
template <class X>
Array argmin(const Array& a, const X& dim, Bool keepdim) {
  check_dims(a, dim);
  if (!numpy::axis_of(dim)) expect_elements(a, "argmin", ExcKind::IndexError, false);
  return tensor::argmin(a, numpy::axis_of(dim), keepdim);
}
inline Array softmax(const Array& a, Int dim) { return tensor::softmax(a, checked_dim(a, dim)); }
inline Array log_softmax(const Array& a, Int dim) {
  return tensor::log_softmax(a, checked_dim(a, dim));
}

// ---- losses (torch.nn.functional; runtime/tensor/loss.h) ---------------------------------------

inline tensor::LossReduction reduction_of(const Str& name, bool batchmean_allowed = false) {
  return tensor::loss_reduction(name.view(), batchmean_allowed);
}
inline Array mse_loss(const Array& input, const Array& target, const Str& reduction) {
  return tensor::mse_loss(input, target, reduction_of(reduction));
}
inline Array l1_loss(const Array& input, const Array& target, const Str& reduction) {
  return tensor::l1_loss(input, target, reduction_of(reduction));
}
inline Array smooth_l1_loss(const Array& input, const Array& target, const Str& reduction,
                            Float beta) {
  return tensor::smooth_l1_loss(input, target, reduction_of(reduction), beta);
}
inline Array huber_loss(const Array& input, const Array& target, const Str& reduction,
                        Float delta) {
  return tensor::huber_loss(input, target, reduction_of(reduction), delta);
}
template <class W>
Array binary_cross_entropy(const Array& input, const Array& target, const W& weight,
                           const Str& reduction) {
  const std::optional<Array> w = numpy::detail::optional_array(weight);
  return tensor::binary_cross_entropy(input, target, w ? &*w : nullptr, reduction_of(reduction));
}
template <class W, class P>
Array binary_cross_entropy_with_logits(const Array& input, const Array& target, const W& weight,
                                       const Str& reduction, const P& pos_weight) {
  const std::optional<Array> w = numpy::detail::optional_array(weight);
  const std::optional<Array> p = numpy::detail::optional_array(pos_weight);
  return tensor::binary_cross_entropy_with_logits(input, target, w ? &*w : nullptr,
                                                  p ? &*p : nullptr, reduction_of(reduction));
}
template <class W>
Array nll_loss(const Array& input, const Array& target, const W& weight, Int ignore_index,
               const Str& reduction) {
  const std::optional<Array> w = numpy::detail::optional_array(weight);
  return tensor::nll_loss(input, target, w ? &*w : nullptr, ignore_index, reduction_of(reduction));
}
template <class W>
Array cross_entropy(const Array& input, const Array& target, const W& weight, Int ignore_index,
                    const Str& reduction, Float label_smoothing) {
  const std::optional<Array> w = numpy::detail::optional_array(weight);
  return tensor::cross_entropy(input, target, w ? &*w : nullptr, ignore_index,
                               reduction_of(reduction), label_smoothing);
}
inline Array kl_div(const Array& input, const Array& target, const Str& reduction,
                    Bool log_target) {
  return tensor::kl_div(input, target, reduction_of(reduction, true), log_target);
}
inline Array transpose(const Array& a, Int dim0, Int dim1) {
  return tensor::swapaxes(a, checked_dim(a, dim0), checked_dim(a, dim1));
}
inline Array unsqueeze(const Array& a, Int dim) {
  return tensor::expand_dims(a, checked_dim(dim, a.ndim(), 1));
}
inline Array flatten(const Array& a, Int start_dim, Int end_dim) {
  return tensor::flatten(a, checked_dim(a, start_dim), checked_dim(a, end_dim));
}
inline Array argsort(const Array& a, Int dim, Bool descending) {
  return tensor::argsort(a, checked_dim(a, dim), descending);
}
inline Array gather(const Array& a, Int dim, const Array& index) {
  return tensor::gather(a, checked_dim(a, dim), index);
}
inline Array normalize(const Array& a, Float p, Int dim, Float eps) {
  return tensor::normalize(a, p, checked_dim(a, dim), eps);
}
// Tensor.norm / torch.norm: the p-norm over `dim`, or over every element.
template <class X>
Array norm(const Array& a, Float p, const X& dim, Bool keepdim) {
  const std::optional<int64_t> axis = numpy::axis_of(dim);
  if (!axis) return tensor::norm(tensor::flatten(a), p, 0, false);
  return tensor::norm(a, p, axis, keepdim);
}

// F.pairwise_distance(x1, x2, p, eps, keepdim): the p-norm of x1 - x2 + eps over the last
// dimension of the two broadcast together.
inline Array pairwise_distance(const Array& x1, const Array& x2, Float p, Float eps, Bool keepdim) {
  const Array difference = tensor::binary(BinaryOp::Subtract, x1, x2, kRules);
  const Array shifted =
      tensor::binary(BinaryOp::Add, difference, tensor::Scalar::from_float(eps), kRules);
  if (shifted.ndim() == 0) return tensor::norm(tensor::reshape(shifted, {1}), p, 0, false);
  return tensor::norm(shifted, p, shifted.ndim() - 1, keepdim);
}

namespace detail {
// torch.linalg's norms take floating-point tensors only.
inline void check_norm_input(const Array& a, const std::string& op) {
  if (!tensor::is_float(a.dtype())) {
    raise(ExcKind::NotImplementedError,
          op + ": Expected a floating point or complex tensor as input. Got " +
              std::string(tensor::torch_scalar_name(a.dtype())));
  }
}
inline std::string dims_text(const std::vector<int64_t>& dims, const char* separator) {
  std::string text;
  for (std::size_t i = 0; i < dims.size(); ++i) {
    text += (i ? separator : "") + std::to_string(dims[i]);
  }
  return text;
}
}  // namespace detail

// torch.linalg.vector_norm: the ord-norm over `dim` (an int or a tuple; every element when
// None).
template <class X>
Array vector_norm(const Array& a, Float ord, const X& dim, Bool keepdim) {
  detail::check_norm_input(a, "linalg.vector_norm");
  const tensor::Axes given = numpy::axes_of(dim);
  std::vector<int64_t> dims;
  if (given) {
    for (int64_t d : *given) {
      d = tensor::normalize_axis(checked_dim(a, d), std::max<int64_t>(a.ndim(), 1));
      if (std::find(dims.begin(), dims.end(), d) != dims.end()) {
        raise(ExcKind::RuntimeError,
              "dim " + std::to_string(d) + " appears multiple times in the list of dims");
      }
      dims.push_back(d);
    }
  }
  if (a.ndim() == 0) dims.clear();  // a 0-d tensor's dim 0 or -1 is the tensor itself
  if (dims.size() == 1) return tensor::norm(a, ord, dims[0], keepdim);
  // Several dims (or all): moved to the end and flattened into one.
  if (dims.empty()) {
    for (int64_t d = 0; d < a.ndim(); ++d) dims.push_back(d);
  }
  tensor::Shape order, kept, kept_dims;
  for (int64_t d = 0; d < a.ndim(); ++d) {
    const bool reduced = std::find(dims.begin(), dims.end(), d) != dims.end();
    if (!reduced) {
      order.push_back(d);
      kept.push_back(a.shape()[d]);
    }
    kept_dims.push_back(reduced ? 1 : a.shape()[d]);
  }
  for (int64_t d : dims) order.push_back(d);
  tensor::Shape flat = kept;
  flat.push_back(-1);
  const Array result = tensor::norm(tensor::reshape(tensor::transpose(a, order), flat), ord,
                                    static_cast<int64_t>(kept.size()), false);
  return tensor::reshape(result, keepdim ? kept_dims : kept);
}

// torch.linalg.matrix_norm over the two dims `dim` (None: the last two).
template <class Ord, class X>
Array matrix_norm(const Array& a, const Ord& ord_value, const X& dim, Bool keepdim) {
  if (a.ndim() < 2) {
    raise(ExcKind::RuntimeError,
          "linalg.matrix_norm: The input tensor A must have at least 2 dimensions.");
  }
  // dim None stands for torch's default, the last two dims.
  const std::vector<int64_t> dims = numpy::axes_of(dim).value_or(std::vector<int64_t>{-2, -1});
  if (dims.size() != 2) {
    raise(ExcKind::RuntimeError,
          "linalg.matrix_norm: dim must be a 2-tuple. Got " + detail::dims_text(dims, " "));
  }
  const int64_t row = tensor::normalize_axis(checked_dim(a, dims[0]), a.ndim());
  const int64_t column = tensor::normalize_axis(checked_dim(a, dims[1]), a.ndim());
  if (row == column) {
    raise(ExcKind::RuntimeError, "linalg.matrix_norm: dims must be different. Got (" +
                                     detail::dims_text(dims, ", ") + ")");
  }
  const numpy::detail::NormOrd ord = numpy::detail::norm_ord(ord_value);
  const std::optional<tensor::MatrixOrd> matrix = numpy::detail::matrix_ord(ord);
  if (!matrix) {
    raise(ExcKind::RuntimeError, "linalg.matrix_norm: Order " + ord.text() + " not supported.");
  }
  detail::check_norm_input(a, "linalg.matrix_norm");
  return tensor::matrix_norm(a, *matrix, row, column, keepdim);
}

// torch.linalg.norm: vector_norm over one dim, matrix_norm over two; with dim None, ord
// None is the 2-norm of every element and a given ord takes a 1-D or 2-D tensor.
template <class Ord, class X>
Array linalg_norm(const Array& a, const Ord& ord_value, const X& dim, Bool keepdim) {
  const numpy::detail::NormOrd ord = numpy::detail::norm_ord(ord_value);
  const Float p = ord.p.value_or(2);
  tensor::Axes dims = numpy::axes_of(dim);
  if (!ord.name.empty()) {
    return matrix_norm(a, ord_value, dims ? TupleOf<Int>(*dims) : TupleOf<Int>({-2, -1}), keepdim);
  }
  if (!dims) {
    if (!ord.given()) return vector_norm(a, p, None, keepdim);
    if (a.ndim() == 1) return vector_norm(a, p, None, keepdim);
    if (a.ndim() != 2) {
      raise(ExcKind::RuntimeError,
            "linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got " +
                std::to_string(a.ndim()) + "D.");
    }
    dims = std::vector<int64_t>{-2, -1};
  }
  if (dims->size() == 1) return vector_norm(a, p, Int((*dims)[0]), keepdim);
  if (dims->size() != 2) {
    raise(ExcKind::RuntimeError,
          "linalg.norm: If dim is specified, it must be of length 1 or 2. Got [" +
              detail::dims_text(*dims, ", ") + "]");
  }
  return matrix_norm(a, ord_value, TupleOf<Int>(*dims), keepdim);
}

namespace detail {
template <class T>
std::optional<Array> bound(const T& value, const Array& a) {
  if constexpr (std::is_same_v<T, NoneType>) {
    return std::nullopt;
  } else if constexpr (std::is_same_v<T, Array>) {
    return value;
  } else if constexpr (requires { value.has_value(); }) {
    if (!value) return std::nullopt;
    return tensor::scalar_operand(operand(*value), a.dtype(), kRules);
  } else {
    return tensor::scalar_operand(operand(value), a.dtype(), kRules);
  }
}
}  // namespace detail

template <class L, class H>
Array clamp(const Array& a, const L& lo, const H& hi) {
  std::optional<Array> low = detail::bound(lo, a), high = detail::bound(hi, a);
  if (!low && !high)
    raise(ExcKind::RuntimeError, "torch.clamp: At least one of 'min' or 'max' must not be None");
  return tensor::clip(a, low ? &*low : nullptr, high ? &*high : nullptr, kRules);
}
template <class X, class Y>
Array where(const Array& condition, const X& x, const Y& y) {
  if constexpr (!std::is_same_v<X, Array> && !std::is_same_v<Y, Array>) {
    // Two Python numbers: torch's default float dtype if either is a float, else int64
    // if either is an int, else bool.
    constexpr bool any_float = std::is_same_v<X, Float> || std::is_same_v<Y, Float>;
    constexpr bool any_int = std::is_same_v<X, Int> || std::is_same_v<Y, Int>;
    const Array like = tensor::zeros({}, any_float ? DType::Float32
                                         : any_int ? DType::Int64
                                                   : DType::Bool);
    return tensor::where(condition, *detail::bound(x, like), *detail::bound(y, like), kRules);
  } else {
    const Array& like = [&]() -> const Array& {
      if constexpr (std::is_same_v<X, Array>) {
        return x;
      } else {
        return y;
      }
    }();
    Array xs = *detail::bound(x, like), ys = *detail::bound(y, like);
    return tensor::where(condition, xs, ys, kRules);
  }
}

namespace detail {
// The C++ type names torch's matmul kernels print in a dtype mismatch.
inline std::string cpp_scalar_name(DType d) {
  switch (d) {
    case DType::Float32:
      return "float";
    case DType::Float64:
      return "double";
    case DType::Int64:
      return "long int";
    case DType::Int32:
      return "int";
    case DType::Int8:
      return "signed char";
    case DType::UInt8:
      return "unsigned char";
    case DType::Bool:
      return "bool";
    case DType::Float16:
      return "c10::Half";
    case DType::BFloat16:
      return "c10::BFloat16";
  }
  return "";
}
inline void expect_same_dtype(const Array& a, const Array& b) {
  if (a.dtype() != b.dtype()) {
    raise(ExcKind::RuntimeError,
          "expected m1 and m2 to have the same dtype, but got: " + cpp_scalar_name(a.dtype()) +
              " != " + cpp_scalar_name(b.dtype()));
  }
}
}  // namespace detail

inline Array dot(const Array& a, const Array& b);
// torch.matmul: one dtype for both (torch does not promote here); two vectors are a dot.
namespace detail {
// torch's matmul reports a size mismatch in the words of the kernel it folds the shapes
// into: mv for a vector on the right, mm for a matrix, bmm for batches on both sides.
inline void expect_matmul_sizes(const Array& a, const Array& b) {
  if (a.ndim() == 0 || b.ndim() == 0) return;  // tensor::matmul words this one
  const int64_t k = a.shape().back();
  const auto dims = [](int64_t rows, int64_t cols) {
    return std::to_string(rows) + "x" + std::to_string(cols);
  };
  if (b.ndim() == 1) {
    if (k == b.shape()[0]) return;
    const int64_t rows = a.ndim() == 1 ? 1 : a.size() / std::max<int64_t>(k, 1);
    raise(ExcKind::RuntimeError, "size mismatch, got input (" + std::to_string(rows) + "), mat (" +
                                     dims(rows, k) + "), vec (" + std::to_string(b.shape()[0]) +
                                     ")");
  }
  const int64_t kb = b.shape()[b.ndim() - 2], n = b.shape().back();
  if (k == kb) return;
  if (b.ndim() == 2) {
    const int64_t rows = a.ndim() == 1 ? 1 : a.size() / std::max<int64_t>(k, 1);
    raise(ExcKind::RuntimeError, "mm: mat1 and mat2 shapes cannot be multiplied (" + dims(rows, k) +
                                     " and " + dims(kb, n) + ")");
  }
  const int64_t batch = b.size() / std::max<int64_t>(kb * n, 1);
  raise(ExcKind::RuntimeError, "Expected size for first two dimensions of batch2 tensor to be: " +
                                   tensor::torch_shape_str({batch, k}) +
                                   " but got: " + tensor::torch_shape_str({batch, kb}) + ".");
}
}  // namespace detail

inline Array matmul(const Array& a, const Array& b) {
  if (a.ndim() == 1 && b.ndim() == 1) return torch::dot(a, b);
  detail::expect_matmul_sizes(a, b);
  detail::expect_same_dtype(a, b);
  return tensor::matmul(a, b, kRules);
}
template <class... Tensors>
Array einsum(const Str& equation, const Tensors&... operands) {
  return tensor::einsum(equation.view(), std::vector<Array>{operands...}, kRules);
}
inline Array kron(const Array& a, const Array& b) { return tensor::kron(a, b, kRules); }
// torch.outer / torch.ger: both operands must be 1-D.
inline Array outer(const Array& a, const Array& b) {
  for (const auto& [x, name] : {std::pair{&a, "self"}, std::pair{&b, "vec2"}}) {
    if (x->ndim() != 1) {
      raise(ExcKind::RuntimeError, "outer: Expected 1-D argument " + std::string(name) +
                                       ", but got " + std::to_string(x->ndim()) + "-D");
    }
  }
  return tensor::binary(BinaryOp::Multiply, tensor::reshape(a, {-1, 1}),
                        tensor::reshape(b, {1, -1}), kRules);
}

// torch's RuntimeError for a shape the tensor's elements do not fill.
inline const tensor::Shape& checked_shape(const Array& a, const tensor::Shape& shape) {
  int64_t known = 1;
  bool inferred = false;
  for (int64_t n : shape) {
    if (n == -1) {
      inferred = true;
    } else {
      known *= n;
    }
  }
  const bool fits = inferred ? known != 0 && a.size() % known == 0 : known == a.size();
  if (!fits) {
    raise(ExcKind::RuntimeError, "shape '" + tensor::torch_shape_str(shape) +
                                     "' is invalid for input of size " + std::to_string(a.size()));
  }
  return shape;
}
template <class... Ints>
Array view_dims(const Array& a, Ints... shape) {
  return tensor::view(a, checked_shape(a, {static_cast<int64_t>(shape)...}));
}
template <class... Ints>
Array reshape_dims(const Array& a, Ints... shape) {
  return tensor::reshape(a, checked_shape(a, {static_cast<int64_t>(shape)...}));
}
// t.view(shape) and t.reshape(shape): the sizes as one tuple, list or torch.Size.
template <class S>
Array view_shape(const Array& a, const S& shape) {
  return tensor::view(a, checked_shape(a, numpy::shape_of(shape)));
}
template <class S>
Array reshape_shape(const Array& a, const S& shape) {
  return tensor::reshape(a, checked_shape(a, numpy::shape_of(shape)));
}
// torch's permute errors: each dim in range, none twice, one per dimension.
inline Array permute_checked(const Array& a, const tensor::Shape& dims) {
  if (static_cast<int64_t>(dims.size()) != a.ndim()) {
    raise(ExcKind::RuntimeError,
          "permute(sizes): number of dimensions in the tensor input does not match the length "
          "of the desired ordering of dimensions i.e. input.dim() = " +
              std::to_string(a.ndim()) +
              " is not equal to len(dims) = " + std::to_string(dims.size()));
  }
  std::vector<bool> seen(dims.size(), false);
  for (int64_t d : dims) {
    const int64_t axis = tensor::normalize_axis(checked_dim(a, d), a.ndim());
    if (seen[axis]) raise(ExcKind::RuntimeError, "permute(): duplicate dims are not allowed.");
    seen[axis] = true;
  }
  return tensor::transpose(a, dims);
}
template <class... Ints>
Array permute_dims(const Array& a, Ints... dims) {
  return permute_checked(a, {static_cast<int64_t>(dims)...});
}
template <class... Ints>
Array expand_dims(const Array& a, Ints... sizes) {
  return tensor::expand(a, {static_cast<int64_t>(sizes)...});
}
inline Array squeeze(const Array& a, const Optional<Int>& dim) {
  if (!dim) return tensor::squeeze(a, std::nullopt);
  // torch leaves a dimension that is not size 1 alone (numpy raises).
  const int64_t axis = tensor::normalize_axis(checked_dim(a, *dim), a.ndim());
  if (a.shape()[axis] != 1) return a;
  return tensor::squeeze(a, std::vector<int64_t>{axis});
}
// torch's cat errors: one number of dimensions, and equal sizes off `dim`.
inline void expect_cat_shapes(const std::vector<Array>& arrays, int64_t dim) {
  const Array& first = arrays.front();
  const int64_t axis = tensor::normalize_axis(checked_dim(first, dim), first.ndim());
  for (std::size_t i = 1; i < arrays.size(); ++i) {
    const Array& other = arrays[i];
    if (other.ndim() != first.ndim()) {
      raise(ExcKind::RuntimeError, "Tensors must have same number of dimensions: got " +
                                       std::to_string(first.ndim()) + " and " +
                                       std::to_string(other.ndim()));
    }
    for (int64_t d = 0; d < first.ndim(); ++d) {
      if (d == axis || other.shape()[d] == first.shape()[d]) continue;
      raise(ExcKind::RuntimeError, "Sizes of tensors must match except in dimension " +
                                       std::to_string(axis) + ". Expected size " +
                                       std::to_string(first.shape()[d]) + " but got size " +
                                       std::to_string(other.shape()[d]) + " for tensor number " +
                                       std::to_string(i) + " in the list.");
    }
  }
}
template <class A>
Array cat(const A& tensors, Int dim) {
  std::vector<Array> arrays = numpy::arrays_of(tensors);
  if (!arrays.empty()) expect_cat_shapes(arrays, dim);
  return tensor::concatenate(arrays, dim, kRules);
}
// torch.hstack / vstack / dstack / column_stack: torch.cat of the inputs made at least 1-,
// 2- or 3-d (column_stack: 0- and 1-d inputs as columns), with torch's errors.
namespace detail {
template <class A, class Reshape>
Array stacked(const char* name, const A& tensors, int64_t dim, Reshape reshape) {
  std::vector<Array> parts = numpy::arrays_of(tensors);
  if (parts.empty()) {
    raise(ExcKind::RuntimeError, std::string(name) + " expects a non-empty TensorList");
  }
  for (Array& part : parts) part = reshape(part);
  if (dim < 0) dim = parts.front().ndim() == 1 ? 0 : 1;  // hstack: 1-d inputs end to end
  expect_cat_shapes(parts, dim);
  return tensor::concatenate(parts, dim, kRules);
}
}  // namespace detail
template <class A>
Array hstack(const A& tensors) {
  return detail::stacked("hstack", tensors, -1, numpy::atleast_1d);
}
template <class A>
Array vstack(const A& tensors) {
  return detail::stacked("vstack", tensors, 0, numpy::atleast_2d);
}
template <class A>
Array dstack(const A& tensors) {
  return detail::stacked("dstack", tensors, 2, numpy::atleast_3d);
}
template <class A>
Array column_stack(const A& tensors) {
  return detail::stacked("column_stack", tensors, 1, [](const Array& t) {
    return t.ndim() <= 1 ? tensor::reshape(t, {t.size(), 1}) : t;
  });
}
inline Array atleast_1d(const Array& t) { return numpy::atleast_1d(t); }
inline Array atleast_2d(const Array& t) { return numpy::atleast_2d(t); }
inline Array atleast_3d(const Array& t) { return numpy::atleast_3d(t); }
// torch.fliplr / flipud / rot90: copies, as torch.flip makes them.
inline Array fliplr(const Array& t) {
  if (t.ndim() < 2) raise(ExcKind::RuntimeError, "Input must be >= 2-d.");
  return tensor::copy(numpy::flip(t, Int(1)));
}
inline Array flipud(const Array& t) {
  if (t.ndim() < 1) raise(ExcKind::RuntimeError, "Input must be >= 1-d.");
  return tensor::copy(numpy::flip(t, Int(0)));
}
template <class D>
Array rot90(const Array& t, Int k, const D& dims) {
  tensor::Shape pair = {0, 1};
  if constexpr (!std::is_same_v<D, NoneType>) pair = numpy::shape_of(dims);
  const int64_t ndim = t.ndim();
  if (pair.size() != 2) {
    raise(ExcKind::RuntimeError,
          "expected total rotation dims == 2, but got dims = " + std::to_string(pair.size()));
  }
  if (ndim < 2) {
    raise(ExcKind::RuntimeError,
          "expected total dims >= 2, but got total dims = " + std::to_string(ndim));
  }
  if (pair[0] == pair[1] || std::abs(pair[0] - pair[1]) == ndim) {
    raise(ExcKind::RuntimeError,
          "expected rotation dims to be different, but got dim0 = " + std::to_string(pair[0]) +
              " and dim1 = " + std::to_string(pair[1]));
  }
  for (int64_t dim : pair) checked_dim(t, dim);
  return tensor::copy(numpy::rot90(t, k, Tuple<Int, Int>(pair[0], pair[1])));
}
template <class A>
Array stack(const A& tensors, Int dim) {
  std::vector<Array> arrays = numpy::arrays_of(tensors);
  if (!arrays.empty()) checked_dim(dim, arrays.front().ndim(), 1);
  for (std::size_t i = 1; i < arrays.size(); ++i) {
    if (arrays[i].shape() != arrays.front().shape()) {
      raise(ExcKind::RuntimeError,
            "stack expects each tensor to be equal size, but got " +
                tensor::torch_shape_str(arrays.front().shape()) + " at entry 0 and " +
                tensor::torch_shape_str(arrays[i].shape()) + " at entry " + std::to_string(i));
    }
  }
  return tensor::stack(arrays, dim, kRules);
}
inline return_types::topk topk(const Array& a, Int k, Int dim, Bool largest) {
  checked_dim(a, dim);
  auto [values, indices] = tensor::topk(a, k, dim, largest);
  return {values, indices};
}
inline return_types::sort sort(const Array& a, Int dim, Bool descending) {
  checked_dim(a, dim);
  return {tensor::sort(a, dim, descending), tensor::argsort(a, dim, descending)};
}
// seq[t] with t an integer (or bool) tensor of one element, of any shape: its __index__.
inline Int sequence_index(const Array& t) {
  if (t.size() != 1 || tensor::is_float(t.dtype())) {
    raise(ExcKind::TypeError,
          "only integer tensors of a single element can be converted to an index");
  }
  return t.element_as_int(0);
}
// t[i] and t[index tensor]: torch words an index out of range with "dimension" and a mask
// of the wrong shape its own way (numpy's words stay for tuple subscripts).
inline void expect_in_range(int64_t index, int64_t size) {
  if (index < -size || index >= size) {
    raise(ExcKind::IndexError, "index " + std::to_string(index) +
                                   " is out of bounds for dimension 0 with size " +
                                   std::to_string(size));
  }
}
inline Array getitem(const Array& a, Int index) {
  if (a.ndim() > 0) expect_in_range(index, a.shape()[0]);
  return numpy::getitem(a, index);
}
inline Array getitem(const Array& a, const Array& index) {
  if (a.ndim() == 0) return numpy::getitem(a, index);
  if (index.dtype() == DType::Bool) {
    for (int64_t d = 0; d < index.ndim() && d < a.ndim(); ++d) {
      if (index.shape()[d] == a.shape()[d]) continue;
      raise(ExcKind::IndexError,
            "The shape of the mask " + tensor::torch_shape_str({index.shape()[d]}) + " at index " +
                std::to_string(d) + " does not match the shape of the indexed tensor " +
                tensor::torch_shape_str({a.shape()[d]}) + " at index " + std::to_string(d));
    }
  } else if (!tensor::is_float(index.dtype())) {
    const Array positions = tensor::contiguous(tensor::as_dtype(index, DType::Int64));
    const int64_t* at = positions.data<int64_t>();
    for (int64_t i = 0; i < positions.size(); ++i) expect_in_range(at[i], a.shape()[0]);
  }
  return numpy::getitem(a, index);
}

// str(t), repr(t), f"{t}" and print(t): torch's text. A 0-d tensor formats (f-strings,
// format()) as the Python number it holds, as torch's Tensor.__format__ does.
inline Str tensor_str(const Array& a) { return Str(tensor::torch_tensor_str(a)); }
inline Str format(const Array& a, const Str& spec) {
  if (a.ndim() == 0) return numpy::format(a, spec);
  if (!spec.empty())
    raise(ExcKind::TypeError, "unsupported format string passed to Tensor.__format__");
  return tensor_str(a);
}
// str/repr/format/print of a value whose type holds torch.Tensors inside it (a list of
// them, a tuple, a dataclass's field): the compiler runs the call in this, so that the
// arrays inside print as torch prints them (a tensor itself has str/repr/format rows).
template <class F>
auto in_torch_style(F&& print) {
  struct Restore {
    bool saved;
    ~Restore() { tensor::arrays_print_as_torch = saved; }
  } restore{tensor::arrays_print_as_torch};
  tensor::arrays_print_as_torch = true;
  return print();
}
// print()'s argument that is a torch.Tensor or holds some: print() finds to_str by the
// argument's C++ type, which torch.Tensor shares with numpy.ndarray.
template <class T>
struct PrintedAsTorch {
  const T& value;
};
template <class T>
PrintedAsTorch<T> printed_as_torch(const T& value) {
  return {value};
}
template <class T>
Str to_str(const PrintedAsTorch<T>& p) {
  return in_torch_style([&] { return ::ingot::rt::to_str(p.value); });
}

// t[i, :, idx] and t[i, :, idx] = v: torch's placement of the index dimensions.
template <class... Ts>
Array getitem(const Array& a, const Tuple<Ts...>& index) {
  return tensor::getitem(a, numpy::index_of(index), kRules);
}
template <class V, class... Ts>
void setitem(const Array& a, const Tuple<Ts...>& index, const V& value) {
  tensor::setitem(a, numpy::index_of(index), numpy::as_array(value, a), kRules);
}

// torch.max(t, dim) / t.min(dim): the values and where they are.
inline return_types::max max_dim(const Array& a, Int dim, Bool keepdim) {
  checked_dim(a, dim);
  return {tensor::reduce(ReduceOp::Max, a, std::vector<int64_t>{dim}, {keepdim, 0, kRules}),
          tensor::argmax(a, dim, keepdim)};
}
inline return_types::min min_dim(const Array& a, Int dim, Bool keepdim) {
  checked_dim(a, dim);
  return {tensor::reduce(ReduceOp::Min, a, std::vector<int64_t>{dim}, {keepdim, 0, kRules}),
          tensor::argmin(a, dim, keepdim)};
}
// std/var spelled with `unbiased` (torch's older keyword): correction 1 or 0.
template <class X>
Array reduce_unbiased(ReduceOp op, const Array& a, const X& dim, Bool unbiased, Bool keepdim) {
  return reduce(op, a, dim, keepdim, unbiased ? 1 : 0);
}
template <class X>
Array cumsum(const Array& a, const X& dim) {
  check_dims(a, dim);
  return tensor::cumsum(a, numpy::axis_of(dim));
}
template <class X>
Array cumprod(const Array& a, const X& dim) {
  check_dims(a, dim);
  return tensor::cumprod(a, numpy::axis_of(dim));
}
// torch.cummax / torch.cummin(t, dim): (values, indices).
inline return_types::cummax cummax(const Array& a, Int dim) {
  auto [values, indices] = tensor::torch_cumulative_extreme(a, checked_dim(a, dim), true);
  return {values, indices};
}
inline return_types::cummin cummin(const Array& a, Int dim) {
  auto [values, indices] = tensor::torch_cumulative_extreme(a, checked_dim(a, dim), false);
  return {values, indices};
}
// torch.diagonal(t, offset, dim1, dim2) / t.diagonal(): a view, with torch's errors.
inline Array diagonal(const Array& a, Int offset, Int dim1, Int dim2) {
  const int64_t first = tensor::normalize_axis(checked_dim(a, dim1), a.ndim());
  const int64_t second = tensor::normalize_axis(checked_dim(a, dim2), a.ndim());
  if (first == second) {
    raise(ExcKind::RuntimeError, "diagonal dimensions cannot be identical " + std::to_string(dim1) +
                                     ", " + std::to_string(dim2));
  }
  return tensor::diagonal(a, offset, first, second);
}
// torch.diag(t, diagonal): a matrix from a 1-d t, or a copy of a 2-d t's diagonal.
inline Array checked_triangle(const Array& a, Int diagonal, bool lower) {
  if (a.ndim() < 2) {
    raise(ExcKind::RuntimeError,
          std::string(lower ? "tril" : "triu") + ": input tensor must have at least 2 dimensions");
  }
  return tensor::triangle(a, diagonal, lower, kRules);
}
inline Array tril(const Array& a, Int diagonal) { return checked_triangle(a, diagonal, true); }
inline Array triu(const Array& a, Int diagonal) { return checked_triangle(a, diagonal, false); }

// F.one_hot(t, num_classes): int64 ones at each class index, in a new last dimension.
inline Array one_hot(const Array& indices, Int num_classes) {
  if (indices.dtype() != DType::Int64) {
    raise(ExcKind::RuntimeError, "one_hot is only applicable to index tensor of type LongTensor.");
  }
  const Array flat = tensor::contiguous(indices);
  const int64_t* ids = flat.data<int64_t>();
  if (num_classes == -1 && flat.size() == 0) {
    raise(ExcKind::RuntimeError, "Can not infer total number of classes from empty tensor.");
  }
  int64_t largest = -1;
  for (int64_t i = 0; i < flat.size(); ++i) {
    if (ids[i] < 0) raise(ExcKind::RuntimeError, "Class values must be non-negative.");
    largest = std::max(largest, ids[i]);
  }
  const int64_t classes = num_classes == -1 ? largest + 1 : num_classes;
  if (largest >= classes) {
    raise(ExcKind::RuntimeError, "Class values must be smaller than num_classes.");
  }
  tensor::Shape shape = indices.shape();
  shape.push_back(classes);
  Array out = tensor::zeros(shape, DType::Int64);
  for (int64_t i = 0; i < flat.size(); ++i) out.data<int64_t>()[i * classes + ids[i]] = 1;
  return out;
}

inline Array diag(const Array& a, Int diagonal_index) {
  if (a.ndim() == 1) return tensor::diag_matrix(a, diagonal_index);
  if (a.ndim() == 2) return tensor::copy(tensor::diagonal(a, diagonal_index, 0, 1));
  raise(ExcKind::RuntimeError,
        "diag(): Supports 1D or 2D tensors. Got " + std::to_string(a.ndim()) + "D");
}
// torch.trace(t): the sum of a matrix's diagonal.
inline Array trace(const Array& a) {
  if (a.ndim() != 2) {
    raise(ExcKind::RuntimeError,
          "trace: expected a matrix, but got tensor with dim " + std::to_string(a.ndim()));
  }
  return tensor::reduce(ReduceOp::Sum, tensor::diagonal(a, 0, 0, 1), std::vector<int64_t>{-1},
                        {false, 0, kRules});
}
// t.new_zeros(size), t.new_ones(size), t.new_full(size, value): t's dtype unless given.
template <class S, class D>
Array new_zeros(const Array& a, const S& size, const D& dtype) {
  return tensor::zeros(numpy::shape_of(size), dtype_or(dtype, a.dtype()));
}
template <class S, class D>
Array new_ones(const Array& a, const S& size, const D& dtype) {
  return tensor::ones(numpy::shape_of(size), dtype_or(dtype, a.dtype()));
}
template <class S, class V, class D>
Array new_full(const Array& a, const S& size, const V& value, const D& dtype) {
  Array out(dtype_or(dtype, a.dtype()), numpy::shape_of(size));
  fill_with(out, value);
  return out;
}

// torch.bmm: two 3-d tensors whose batch and inner sizes agree, as torch checks them.
inline Array bmm(const Array& a, const Array& b) {
  if (a.ndim() != 3) raise(ExcKind::RuntimeError, "batch1 must be a 3D tensor");
  if (b.ndim() != 3) raise(ExcKind::RuntimeError, "batch2 must be a 3D tensor");
  if (b.shape()[0] != a.shape()[0] || b.shape()[1] != a.shape()[2]) {
    raise(ExcKind::RuntimeError,
          "Expected size for first two dimensions of batch2 tensor to be: " +
              tensor::torch_shape_str({a.shape()[0], a.shape()[2]}) +
              " but got: " + tensor::torch_shape_str({b.shape()[0], b.shape()[1]}) + ".");
  }
  detail::expect_same_dtype(a, b);
  return tensor::matmul(a, b, kRules);
}
// torch.dot: two 1-d tensors of one length and one dtype.
inline Array dot(const Array& a, const Array& b) {
  if (a.ndim() != 1 || b.ndim() != 1) {
    raise(ExcKind::RuntimeError, "1D tensors expected, but got " + std::to_string(a.ndim()) +
                                     "D and " + std::to_string(b.ndim()) + "D tensors");
  }
  if (a.dtype() != b.dtype()) {
    raise(ExcKind::RuntimeError, "dot : expected both vectors to have same dtype, but found " +
                                     std::string(tensor::torch_scalar_name(a.dtype())) + " and " +
                                     std::string(tensor::torch_scalar_name(b.dtype())));
  }
  if (a.size() != b.size()) {
    const std::string n = std::to_string(a.size()), m = std::to_string(b.size());
    raise(ExcKind::RuntimeError, "inconsistent tensor size, expected tensor [" + n + "] and src [" +
                                     m + "] to have the same number of elements, but got " + n +
                                     " and " + m + " elements respectively");
  }
  return tensor::dot(a, b, kRules);
}
// t.masked_fill(mask, value): value where the bool mask (broadcast to t) is set, in t's dtype.
// torch.isin(elements, test_elements, assume_unique, invert): a Python number as the tests
// takes the elements' dtype where it fits, as torch wraps it.
template <class T>
Array isin(const Array& elements, const T& test_elements, Bool /*assume_unique*/, Bool invert) {
  Array tests;
  if constexpr (std::is_same_v<T, Array>) {
    tests = test_elements;
  } else {
    tests = tensor::scalar_operand(numpy::operand(test_elements), elements.dtype(), kRules);
  }
  return tensor::isin(elements, tests, invert, kRules);
}

template <class V>
Array masked_fill(const Array& a, const Array& mask, const V& value) {
  if (mask.dtype() != DType::Bool) {
    raise(ExcKind::RuntimeError,
          "masked_fill_ only supports boolean masks, but got mask with dtype " +
              detail::cpp_scalar_name(mask.dtype()));
  }
  Array filler;
  if constexpr (std::is_same_v<V, Array>) {
    filler = tensor::as_dtype(*detail::bound(value, a), a.dtype());
  } else {
    filler = tensor::torch_fill_value(numpy::operand(value), a.dtype());
  }
  return tensor::where(tensor::broadcast_to(mask, a.shape()), filler, a, kRules);
}
template <class V>
Array masked_fill_inplace(const Array& a, const Array& mask, const V& value) {
  tensor::assign(a, masked_fill(a, mask, value));
  return a;
}
// t.split(size, dim) and t.chunk(n, dim): views along dim, as a tuple.
inline TupleOf<Array> split(const Array& a, Int size, Int dim) {
  checked_dim(a, dim);
  return TupleOf<Array>(tensor::split_size(a, size, dim));
}
inline TupleOf<Array> split_sizes(const Array& a, const List<Int>& sizes, Int dim) {
  const int64_t axis = tensor::normalize_axis(checked_dim(a, dim), a.ndim());
  int64_t total = 0;
  std::vector<int64_t> starts;
  for (int64_t n : sizes.items()) {
    starts.push_back(total);
    total += n;
  }
  if (total != a.shape()[axis]) {
    raise(ExcKind::RuntimeError,
          "split_with_sizes expects split_sizes to sum exactly to " +
              std::to_string(a.shape()[axis]) + " (input tensor's size at dimension " +
              std::to_string(axis) +
              "), but got split_sizes=" + tensor::torch_shape_str(sizes.items()));
  }
  std::vector<Array> parts;
  for (std::size_t i = 0; i < starts.size(); ++i) {
    parts.push_back(tensor::narrow(a, axis, starts[i], sizes.items()[i]));
  }
  return TupleOf<Array>(std::move(parts));
}
inline TupleOf<Array> chunk(const Array& a, Int chunks, Int dim) {
  checked_dim(a, dim);
  return TupleOf<Array>(tensor::chunk(a, chunks, dim));
}
// t.repeat(*sizes) and t.repeat(sizes): numpy's tile, but the sizes may not be fewer than
// t's dimensions.
inline Array repeat_checked(const Array& a, const tensor::Shape& reps) {
  if (static_cast<int64_t>(reps.size()) < a.ndim()) {
    raise(ExcKind::RuntimeError,
          "Number of dimensions of repeat dims can not be smaller than number of dimensions of "
          "tensor");
  }
  return tensor::tile(a, reps);
}
template <class... Ints>
Array repeat(const Array& a, Ints... sizes) {
  return repeat_checked(a, {static_cast<int64_t>(sizes)...});
}
template <class S>
Array repeat_shape(const Array& a, const S& sizes) {
  return repeat_checked(a, numpy::shape_of(sizes));
}
template <class S>
Array permute(const Array& a, const S& dims) {
  return permute_checked(a, numpy::shape_of(dims));
}
// t.mT: the last two dimensions swapped.
inline Array matrix_transpose(const Array& a) {
  if (a.ndim() < 2) {
    raise(ExcKind::RuntimeError,
          "tensor.mT is only supported on matrices or batches of "
          "matrices. Got " +
              std::to_string(a.ndim()) + "-D tensor.");
  }
  return tensor::swapaxes(a, -2, -1);
}
inline Array index_select(const Array& a, Int dim, const Array& index) {
  return tensor::take(a, index, checked_dim(a, dim));
}

// ---- scatter and the index_* writes (scatter.h) -----------------------------------------------

namespace detail {
// dim checked against a's dimensions (a 0-d tensor has one) and made non-negative.
inline int64_t wrapped_dim(const Array& a, Int dim) {
  return tensor::normalize_axis(checked_dim(a, dim), std::max<int64_t>(a.ndim(), 1));
}
// A Python number as torch converts a fill value (scatter's value, index_fill's, index_add's
// alpha) to `dtype`: floats truncate into integers, and overflow is torch's RuntimeError.
template <class V>
Array fill_value(const V& value, DType dtype) {
  return tensor::torch_fill_value(operand(value), dtype);
}
// a overwritten with `result` (the in-place spellings), returned.
inline Array assigned(const Array& a, const Array& result) {
  tensor::assign(a, result);
  return a;
}
}  // namespace detail

// t.scatter(dim, index, src) and t.scatter(dim, index, value).
inline Array scatter(const Array& a, Int dim, const Array& index, const Array& src) {
  return tensor::torch_scatter(a, detail::wrapped_dim(a, dim), index, src, true,
                               tensor::ScatterReduce::Replace);
}
template <class V>
Array scatter(const Array& a, Int dim, const Array& index, const V& value) {
  const int64_t d = detail::wrapped_dim(a, dim);
  return tensor::torch_scatter(a, d, index, detail::fill_value(value, a.dtype()), false,
                               tensor::ScatterReduce::Replace);
}
// t.scatter(dim, index, src or value, reduce="add" / "multiply"): torch's deprecated form.
template <class V>
Array scatter_combining(const Array& a, Int dim, const Array& index, const V& src,
                        const Str& reduce) {
  const int64_t d = detail::wrapped_dim(a, dim);
  if constexpr (std::is_same_v<V, Array>) {
    return tensor::torch_scatter_combining(a, d, index, src, true, reduce.view());
  } else {
    return tensor::torch_scatter_combining(a, d, index, detail::fill_value(src, a.dtype()), false,
                                           reduce.view());
  }
}
template <class V>
Array scatter_combining_inplace(const Array& a, Int dim, const Array& index, const V& src,
                                const Str& reduce) {
  return detail::assigned(a, scatter_combining(a, dim, index, src, reduce));
}
template <class V>
Array scatter_inplace(const Array& a, Int dim, const Array& index, const V& src) {
  return detail::assigned(a, scatter(a, dim, index, src));
}
inline Array scatter_add(const Array& a, Int dim, const Array& index, const Array& src) {
  return tensor::torch_scatter(a, detail::wrapped_dim(a, dim), index, src, true,
                               tensor::ScatterReduce::Sum);
}
inline Array scatter_add_inplace(const Array& a, Int dim, const Array& index, const Array& src) {
  return detail::assigned(a, scatter_add(a, dim, index, src));
}
// t.scatter_reduce(dim, index, src, reduce, include_self=True).
inline Array scatter_reduce(const Array& a, Int dim, const Array& index, const Array& src,
                            const Str& reduce, Bool include_self) {
  return tensor::torch_scatter_reduce(a, detail::wrapped_dim(a, dim), index, src, reduce.view(),
                                      include_self);
}
inline Array scatter_reduce_inplace(const Array& a, Int dim, const Array& index, const Array& src,
                                    const Str& reduce, Bool include_self) {
  return detail::assigned(a, scatter_reduce(a, dim, index, src, reduce, include_self));
}
// t.index_add(dim, index, source, alpha=1): alpha in t's dtype, as torch converts it.
template <class V>
Array index_add(const Array& a, Int dim, const Array& index, const Array& source, const V& alpha) {
  const int64_t d = detail::wrapped_dim(a, dim);
  return tensor::torch_index_add(a, d, index, source, detail::fill_value(alpha, a.dtype()));
}
template <class V>
Array index_add_inplace(const Array& a, Int dim, const Array& index, const Array& source,
                        const V& alpha) {
  return detail::assigned(a, index_add(a, dim, index, source, alpha));
}
inline Array index_copy(const Array& a, Int dim, const Array& index, const Array& source) {
  return tensor::torch_index_copy(a, detail::wrapped_dim(a, dim), index, source);
}
inline Array index_copy_inplace(const Array& a, Int dim, const Array& index, const Array& source) {
  return detail::assigned(a, index_copy(a, dim, index, source));
}
// t.index_fill(dim, index, value): a Python number, or a 0-d tensor.
template <class V>
Array index_fill(const Array& a, Int dim, const Array& index, const V& value) {
  const int64_t d = detail::wrapped_dim(a, dim);
  if constexpr (std::is_same_v<V, Array>) {
    return tensor::torch_index_fill(a, d, index, value);
  } else {
    return tensor::torch_index_fill(a, d, index, detail::fill_value(value, a.dtype()));
  }
}
template <class V>
Array index_fill_inplace(const Array& a, Int dim, const Array& index, const V& value) {
  return detail::assigned(a, index_fill(a, dim, index, value));
}

// ---- tensors like another, unbind, meshgrid, std_mean / var_mean, kthvalue, logcumsumexp -----

namespace detail {
// Sizes for a new tensor: torch's RuntimeError for a negative one.
inline tensor::Shape creatable(const tensor::Shape& sizes) {
  for (int64_t size : sizes) {
    if (size < 0) {
      raise(ExcKind::RuntimeError, "Trying to create tensor with negative dimension " +
                                       std::to_string(size) + ": " +
                                       tensor::torch_shape_str(sizes));
    }
  }
  return sizes;
}
}  // namespace detail

// t.new_zeros(2, 3) / t.new_ones(2, 3) / t.new_empty(2, 3) (and new_empty((2, 3))): t's dtype
// unless one is given; new_empty gives zeros, as torch.empty does here.
template <class D, class... Ints>
Array new_zeros_dims(const Array& a, const D& dtype, Ints... sizes) {
  return tensor::zeros(detail::creatable({static_cast<int64_t>(sizes)...}),
                       dtype_or(dtype, a.dtype()));
}
template <class D, class... Ints>
Array new_ones_dims(const Array& a, const D& dtype, Ints... sizes) {
  return tensor::ones(detail::creatable({static_cast<int64_t>(sizes)...}),
                      dtype_or(dtype, a.dtype()));
}
template <class S, class D>
Array new_empty(const Array& a, const S& size, const D& dtype) {
  return tensor::zeros(detail::creatable(numpy::shape_of(size)), dtype_or(dtype, a.dtype()));
}
// t.new_tensor(data): the nested list converted to t's dtype unless one is given.
template <class T, class D>
Array new_tensor(const Array& a, const List<T>& data, const D& dtype) {
  return tensor::as_dtype(numpy::array(data, None), dtype_or(dtype, a.dtype()));
}

// torch.unbind(t, dim) / t.unbind(dim): the slices along dim (views), as a tuple.
inline TupleOf<Array> unbind(const Array& a, Int dim) {
  if (a.ndim() == 0) {
    raise(ExcKind::IndexError, "Dimension specified as 0 but tensor has no dimensions");
  }
  const int64_t d = tensor::normalize_axis(checked_dim(a, dim), a.ndim());
  std::vector<Array> slices;
  for (int64_t i = 0; i < a.shape()[d]; ++i) {
    slices.push_back(tensor::squeeze(tensor::narrow(a, d, i, 1), std::vector<int64_t>{d}));
  }
  return TupleOf<Array>(std::move(slices));
}

namespace detail {
inline std::string_view indexing_of(const NoneType&) { return "ij"; }
inline std::string_view indexing_of(const Str& indexing) { return indexing.view(); }
inline std::string_view indexing_of(const Optional<Str>& indexing) {
  return indexing ? indexing->view() : std::string_view("ij");
}
// torch.meshgrid of 0-d or 1-d tensors of one dtype: tensor i spread along dimension i of
// the grid ("ij"), or with the first two dimensions swapped ("xy"); broadcast views.
inline TupleOf<Array> meshgrid(const std::vector<Array>& tensors, std::string_view indexing) {
  if (indexing != "ij" && indexing != "xy") {
    raise(ExcKind::RuntimeError,
          "torch.meshgrid: indexing must be one of \"xy\" or \"ij\", but received: " +
              std::string(indexing));
  }
  for (const Array& t : tensors) {
    if (t.dtype() != tensors.front().dtype()) {
      raise(ExcKind::RuntimeError, "meshgrid expects all tensors to have the same dtype");
    }
  }
  for (const Array& t : tensors) {
    if (t.ndim() > 1) {
      // torch prints the tensor's values between these two lines; they are left out here.
      std::string sizes;
      for (int64_t size : t.shape()) sizes += (sizes.empty() ? "" : ",") + std::to_string(size);
      raise(ExcKind::RuntimeError,
            "torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got:\n[ torch." +
                std::string(tensor::torch_scalar_name(t.dtype())) + "Tensor{" + sizes + "} ]");
    }
  }
  const bool swapped = indexing == "xy" && tensors.size() >= 2;
  auto axis_of = [&](std::size_t i) -> std::size_t { return swapped && i < 2 ? 1 - i : i; };
  tensor::Shape grid(tensors.size());
  for (std::size_t i = 0; i < tensors.size(); ++i) grid[axis_of(i)] = tensors[i].size();
  std::vector<Array> spread;
  for (std::size_t i = 0; i < tensors.size(); ++i) {
    tensor::Shape along(tensors.size(), 1);
    along[axis_of(i)] = tensors[i].size();
    spread.push_back(tensor::broadcast_to(tensor::reshape(tensors[i], along), grid));
  }
  return TupleOf<Array>(std::move(spread));
}
}  // namespace detail
template <class I, class... Tensors>
TupleOf<Array> meshgrid(const I& indexing, const Tensors&... tensors) {
  return detail::meshgrid({tensors...}, detail::indexing_of(indexing));
}
template <class I>
TupleOf<Array> meshgrid_list(const List<Array>& tensors, const I& indexing) {
  return detail::meshgrid(tensors.items(), detail::indexing_of(indexing));
}

// torch.std_mean / var_mean(t, dim, correction=, keepdim=): (std or var, mean) of float
// tensors.
template <class X>
Tuple<Array, Array> statistic_mean(ReduceOp op, const Array& a, const X& dim, Bool keepdim,
                                   Int correction) {
  if (!tensor::is_float(a.dtype())) {
    raise(ExcKind::NotImplementedError, std::string(op == ReduceOp::Std ? "std_mean" : "var_mean") +
                                            " only support floating point and complex dtypes");
  }
  return Tuple<Array, Array>(reduce(op, a, dim, keepdim, correction),
                             reduce(ReduceOp::Mean, a, dim, keepdim));
}
template <class X>
Tuple<Array, Array> statistic_mean_unbiased(ReduceOp op, const Array& a, const X& dim,
                                            Bool unbiased, Bool keepdim) {
  return statistic_mean(op, a, dim, keepdim, unbiased ? 1 : 0);
}

// torch.kthvalue(t, k, dim=-1, keepdim=False): the k-th smallest along dim (NaN largest) and
// its position; among equal values the first position (torch's selection may pick another).
inline return_types::kthvalue kthvalue(const Array& a, Int k, Int dim, Bool keepdim) {
  const int64_t d = tensor::normalize_axis(checked_dim(a, dim), std::max<int64_t>(a.ndim(), 1));
  const Array rows = a.ndim() == 0 ? tensor::reshape(a, {1}) : a;
  if (rows.shape()[d] == 0) {
    raise(ExcKind::IndexError,
          "kthvalue(): Expected reduction dim " + std::to_string(d) + " to have non-zero size.");
  }
  if (k < 1 || k > rows.shape()[d]) {
    raise(ExcKind::RuntimeError,
          "kthvalue(): selected number k out of range for dimension " + std::to_string(d));
  }
  const Array order = tensor::argsort(rows, d);
  Array indices = tensor::narrow(order, d, k - 1, 1);
  Array values = tensor::take_along_axis(rows, indices, d);
  if (a.ndim() == 0) return {tensor::reshape(values, {}), tensor::reshape(indices, {})};
  if (!keepdim) {
    indices = tensor::squeeze(indices, std::vector<int64_t>{d});
    values = tensor::squeeze(values, std::vector<int64_t>{d});
  }
  return {values, tensor::copy(indices)};
}

// torch.logcumsumexp(t, dim): running log(sum(exp)), each step log-add-exp in double (torch's
// accumulator for float and double) as max + log1p(exp(min - max)), rounded to the dtype.
inline Array logcumsumexp(const Array& a, Int dim) {
  const int64_t d = tensor::normalize_axis(checked_dim(a, dim), std::max<int64_t>(a.ndim(), 1));
  if (!tensor::is_float(a.dtype())) {
    raise(ExcKind::NotImplementedError, "\"logcumsumexp_out_cpu\" not implemented for '" +
                                            std::string(tensor::torch_scalar_name(a.dtype())) +
                                            "'");
  }
  const Array wide = tensor::astype(a.ndim() == 0 ? tensor::reshape(a, {1}) : a, DType::Float64);
  const int64_t n = wide.shape()[d];
  // Each element's running value from its predecessor along d, slice by slice.
  for (int64_t i = 1; i < n; ++i) {
    const Array previous = tensor::narrow(wide, d, i - 1, 1),
                current = tensor::narrow(wide, d, i, 1);
    const Array before = tensor::copy(previous), here = tensor::copy(current);
    const double* p = before.data<double>();
    double* h = here.data<double>();
    for (int64_t j = 0; j < here.size(); ++j) {
      const double x = h[j], total = p[j];
      if (std::isnan(x) || std::isnan(total)) {
        h[j] = std::numeric_limits<double>::quiet_NaN();
      } else {
        const double low = std::min(x, total), high = std::max(x, total);
        // Two infinities of one sign: exp(inf - inf) would be NaN.
        h[j] = low == high && !std::isfinite(low) ? x : high + std::log1p(std::exp(low - high));
      }
    }
    tensor::assign(current, here);
  }
  return tensor::astype(a.ndim() == 0 ? tensor::reshape(wide, {}) : wide, a.dtype());
}

template <class S>
Array layer_norm(const Array& a, const S& normalized_shape, const Optional<Array>& weight,
                 const Optional<Array>& bias, Float eps) {
  return tensor::layer_norm(a, numpy::shape_of(normalized_shape), weight ? &*weight : nullptr,
                            bias ? &*bias : nullptr, eps);
}

// ---- order statistics -------------------------------------------------------------------------

inline Array median(const Array& a) { return tensor::torch_median(a); }
inline return_types::median median_dim(const Array& a, Int dim, Bool keepdim) {
  checked_dim(a, dim);
  auto [values, indices] = tensor::torch_median_dim(a, dim, keepdim);
  return {values, indices};
}

namespace detail {
// A double as torch's messages print one (C++'s default stream format: 1.5, 2, 1e+10).
inline std::string scalar_text(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}
// torch's checks of quantile's input and q, in torch's order.
inline void expect_quantile_input(const Array& a) {
  if (a.size() == 0) raise(ExcKind::RuntimeError, "quantile() input tensor must be non-empty");
}
inline void expect_quantile_dtype(const Array& a) {
  if (a.dtype() != DType::Float32 && a.dtype() != DType::Float64) {
    raise(ExcKind::RuntimeError, "quantile() input tensor must be either float or double dtype");
  }
}
template <class X>
Array quantile_of(const Array& a, const std::vector<double>& q, bool listed, const X& dim,
                  Bool keepdim) {
  check_dims(a, dim);
  return tensor::torch_quantile(a, q, listed, numpy::axis_of(dim), keepdim);
}
}  // namespace detail

template <class X>
Array quantile(const Array& a, Float q, const X& dim, Bool keepdim) {
  if (!(q >= 0.0 && q <= 1.0)) {
    raise(ExcKind::RuntimeError,
          "quantile() q must be in the range [0, 1] but got " + detail::scalar_text(q));
  }
  detail::expect_quantile_input(a);
  detail::expect_quantile_dtype(a);
  return detail::quantile_of(a, {q}, false, dim, keepdim);
}
template <class X>
Array quantile(const Array& a, const Array& q, const X& dim, Bool keepdim) {
  detail::expect_quantile_input(a);
  if (q.ndim() > 1) raise(ExcKind::RuntimeError, "quantile() q must be a scalar or 1D tensor");
  detail::expect_quantile_dtype(a);
  if (q.dtype() != a.dtype()) {
    raise(ExcKind::RuntimeError, "quantile() q tensor must be same dtype as the input tensor");
  }
  std::vector<double> fractions;
  const Array flat = tensor::contiguous(q);
  for (int64_t i = 0; i < flat.size(); ++i) {
    const double f = flat.element_as_double(i);
    if (!(f >= 0.0 && f <= 1.0)) {
      raise(ExcKind::RuntimeError, "quantile() q values must be in the range [0, 1]");
    }
    fractions.push_back(f);
  }
  return detail::quantile_of(a, fractions, q.ndim() == 1, dim, keepdim);
}

// ---- searching sorted tensors and counting by value -------------------------------------------

namespace detail {
// A Python number to search for: a weak scalar, as torch wraps it.
inline const Array& search_values(const Array& values, const Array&) { return values; }
template <class V>
Array search_values(const V& value, const Array& sorted) {
  return tensor::scalar_operand(numpy::operand(value), sorted.dtype(), kRules);
}
// torch's side= and right= together: side wins, but may not contradict right.
inline tensor::Side search_side(Bool right, const Optional<Str>& side) {
  if (!side) return right ? tensor::Side::Right : tensor::Side::Left;
  if (side->view() != "left" && side->view() != "right") {
    raise(ExcKind::RuntimeError,
          "torch.searchsorted(): side can only be 'left' or 'right' but got " +
              std::string(side->view()));
  }
  if (right && side->view() == "left") {
    raise(ExcKind::RuntimeError,
          "torch.searchsorted(): side and right can't be set to opposites, got side of left "
          "while right was True");
  }
  return side->view() == "right" ? tensor::Side::Right : tensor::Side::Left;
}
inline Optional<Str> optional_side(const NoneType&) { return std::nullopt; }
inline Optional<Str> optional_side(const Str& side) { return side; }
inline Optional<Str> optional_side(const Optional<Str>& side) { return side; }
}  // namespace detail

template <class V, class S>
Array searchsorted(const Array& sorted, const V& values, Bool out_int32, Bool right,
                   const S& side) {
  return tensor::torch_searchsorted(sorted, detail::search_values(values, sorted),
                                    detail::search_side(right, detail::optional_side(side)),
                                    out_int32);
}
template <class V>
Array bucketize(const V& input, const Array& boundaries, Bool out_int32, Bool right) {
  return tensor::bucketize(detail::search_values(input, boundaries), boundaries, right, out_int32);
}
template <class W>
Array bincount(const Array& x, const W& weights, Int minlength) {
  return tensor::torch_bincount(x, numpy::detail::optional_array(weights), minlength);
}

// ---- nonzero ----------------------------------------------------------------------------------

inline Array nonzero(const Array& a) { return tensor::argwhere(a); }
template <class X>
Array count_nonzero(const Array& a, const X& dim) {
  check_dims(a, dim);
  return tensor::count_nonzero(a, numpy::axes_of(dim));
}

// ---- nonzero(as_tuple=True), where(condition) -------------------------------------------------

// torch.nonzero(t, as_tuple=True) / torch.where(t): one int64 tensor of indices per
// dimension; a 0-d tensor counts as one element of a 1-d one.
inline TupleOf<Array> nonzero_tuple(const Array& a) {
  return TupleOf<Array>(tensor::nonzero(a.ndim() == 0 ? tensor::reshape(a, {1}) : a));
}

// ---- unique -----------------------------------------------------------------------------------

namespace detail {
inline std::optional<int64_t> unique_dim(const Array&, const NoneType&) { return std::nullopt; }
inline std::optional<int64_t> unique_dim(const Array& a, Int dim) {
  if (a.ndim() == 0) {
    raise(ExcKind::IndexError,
          "Dimension specified as " + std::to_string(dim) + " but tensor has no dimensions");
  }
  checked_dim(a, dim);
  return dim < 0 ? dim + a.ndim() : dim;
}
inline std::optional<int64_t> unique_dim(const Array& a, const Optional<Int>& dim) {
  return dim ? unique_dim(a, *dim) : std::nullopt;
}
// The values alone, or a tuple of them and each part the literal flags ask for.
template <bool Inverse, bool Counts>
auto unique_result(const tensor::TorchUnique& u) {
  if constexpr (!Inverse && !Counts) {
    return u.values;
  } else {
    return std::apply(
        [](const auto&... parts) { return Tuple<std::decay_t<decltype(parts)>...>(parts...); },
        std::tuple_cat(std::tuple<Array>(u.values), numpy::detail::unique_part<Inverse>(u.inverse),
                       numpy::detail::unique_part<Counts>(u.counts)));
  }
}
}  // namespace detail

// torch.unique / t.unique with return_inverse and return_counts as the compiler read them
// (literals); `sorted` changes nothing on the CPU, where torch sorts either way.
template <bool Inverse, bool Counts, class X>
auto unique_with(const Array& a, const X& dim) {
  return detail::unique_result<Inverse, Counts>(
      tensor::torch_unique(a, detail::unique_dim(a, dim), false));
}
template <bool Inverse, bool Counts, class X>
auto unique_consecutive_with(const Array& a, const X& dim) {
  return detail::unique_result<Inverse, Counts>(
      tensor::torch_unique(a, detail::unique_dim(a, dim), true));
}

// ---- padding ----------------------------------------------------------------------------------

// torch.nn.functional.pad(input, pad, mode, value): pad lists (before, after) from the last
// dimension backwards; modes "constant", "reflect", "replicate" and "circular".
template <class P, class V>
Array pad(const Array& a, const P& pad, const Str& mode, const V& value) {
  return tensor::torch_pad(a, numpy::shape_of(pad), mode.view(),
                           numpy::detail::optional_number(value));
}

// ---- model layers: activations, F.linear, addmm, embedding, attention -------------------------

namespace detail {
// torch's refusal of a dtype its floating kernel has no loop for.
inline void expect_float_kernel(const Array& a, const std::string& kernel) {
  if (!tensor::is_float(a.dtype())) {
    raise(ExcKind::NotImplementedError, "\"" + kernel + "\" not implemented for '" +
                                            std::string(tensor::torch_scalar_name(a.dtype())) +
                                            "'");
  }
}
// inplace=True: the result written into the input, which is what the call returns.
inline Array written_back(const Array& input, const Array& result, Bool inplace) {
  if (!inplace) return result;
  tensor::assign(input, result);
  return input;
}
inline Array activation(UnaryOp op, const std::string& kernel, const Array& a, Bool inplace,
                        const tensor::ActivationParams& params = {}) {
  expect_float_kernel(a, kernel);
  return written_back(a, tensor::unary(op, a, kRules, params), inplace);
}
}  // namespace detail

inline Array silu(const Array& a, Bool inplace) {
  return detail::activation(UnaryOp::Silu, "silu_cpu", a, inplace);
}
inline Array mish(const Array& a, Bool inplace) {
  return detail::activation(UnaryOp::Mish, "mish_cpu", a, inplace);
}
inline Array hardswish(const Array& a, Bool inplace) {
  return detail::activation(UnaryOp::Hardswish, "hardswish_cpu", a, inplace);
}
inline Array hardsigmoid(const Array& a, Bool inplace) {
  return detail::activation(UnaryOp::Hardsigmoid, "hardsigmoid_cpu", a, inplace);
}
inline Array logsigmoid(const Array& a) {
  return detail::activation(UnaryOp::LogSigmoid, "log_sigmoid_cpu", a, false);
}
inline Array softplus(const Array& a, Float beta, Float threshold) {
  tensor::ActivationParams params;
  params.beta = beta;
  params.threshold = threshold;
  return detail::activation(UnaryOp::Softplus, "softplus_cpu", a, false, params);
}
inline Array elu(const Array& a, Float alpha, Bool inplace) {
  tensor::ActivationParams params;
  params.alpha = alpha;
  return detail::activation(UnaryOp::Elu, "elu_cpu", a, inplace, params);
}
inline Array leaky_relu(const Array& a, Float negative_slope, Bool inplace) {
  tensor::ActivationParams params;
  params.negative_slope = negative_slope;
  return detail::activation(UnaryOp::LeakyRelu, "leaky_relu_cpu", a, inplace, params);
}
// F.relu6: hardtanh(0, 6), which keeps integer tensors integers and refuses bools.
inline Array relu6(const Array& a, Bool inplace) {
  if (a.dtype() == DType::Bool) {
    raise(ExcKind::NotImplementedError, "Bool inputs not supported for hardtanh");
  }
  return detail::written_back(a, tensor::unary(UnaryOp::Relu6, a, kRules), inplace);
}

// F.glu(x, dim): the first half along dim times the sigmoid of the second, one rounding from
// float32 for float16 and bfloat16 as torch's kernel computes it.
inline Array glu(const Array& a, Int dim) {
  if (a.ndim() == 0) {
    raise(ExcKind::RuntimeError, "glu does not support scalars because halving size must be even");
  }
  const int64_t axis = tensor::normalize_axis(checked_dim(a, dim), a.ndim());
  const int64_t size = a.shape()[axis];
  if (size % 2 != 0) {
    raise(ExcKind::RuntimeError, "Halving dimension must be even, but dimension " +
                                     std::to_string(axis) + " is size " + std::to_string(size));
  }
  detail::expect_float_kernel(a, "glu_cpu");
  const bool half = a.dtype() == DType::Float16 || a.dtype() == DType::BFloat16;
  const DType compute = half ? DType::Float32 : a.dtype();
  const Array x = tensor::as_dtype(a, compute);
  const Array gate =
      tensor::unary(UnaryOp::Sigmoid, tensor::narrow(x, axis, size / 2, size / 2), kRules);
  const Array out =
      tensor::binary(BinaryOp::Multiply, tensor::narrow(x, axis, 0, size / 2), gate, kRules);
  return tensor::as_dtype(out, a.dtype());
}

namespace detail {
inline std::string matrix_dims(const Array& m) {
  return std::to_string(m.shape()[0]) + "x" + std::to_string(m.shape()[1]);
}
// addmm's checks, in the order torch makes them: two matrices, one dtype, fitting sizes.
inline void expect_addmm_operands(const Array& self, const Array& mat1, const Array& mat2) {
  if (mat1.ndim() != 2) {
    raise(ExcKind::RuntimeError,
          "addmm: self must be a matrix, got " + std::to_string(mat1.ndim()) + "-D tensor");
  }
  if (mat2.ndim() != 2) {
    raise(ExcKind::RuntimeError,
          "addmm: mat2 must be a matrix, got " + std::to_string(mat2.ndim()) + "-D tensor");
  }
  const auto name = [](const Array& x) {
    return std::string(tensor::torch_scalar_name(x.dtype()));
  };
  if (self.dtype() != mat2.dtype()) {
    raise(ExcKind::RuntimeError,
          "self and mat2 must have the same dtype, but got " + name(self) + " and " + name(mat2));
  }
  if (mat1.dtype() != mat2.dtype()) {
    raise(ExcKind::RuntimeError,
          "mat1 and mat2 must have the same dtype, but got " + name(mat1) + " and " + name(mat2));
  }
  if (mat1.shape()[1] != mat2.shape()[0]) {
    raise(ExcKind::RuntimeError, "addmm: mat1 and mat2 shapes cannot be multiplied (" +
                                     matrix_dims(mat1) + " and " + matrix_dims(mat2) + ")");
  }
  if (mat1.dtype() == DType::Bool) {
    raise(ExcKind::NotImplementedError, "\"addmm_impl_cpu_\" not implemented for 'Bool'");
  }
}
// float16 and bfloat16 as float32: torch's addmm kernels add the bias to the float32 sums and
// round once.
inline Array widened(const Array& a) {
  const bool half = a.dtype() == DType::Float16 || a.dtype() == DType::BFloat16;
  return half ? tensor::as_dtype(a, DType::Float32) : a;
}
// beta * self + alpha * product, self expanded to the product's shape (torch's expand error
// otherwise); beta = 0 ignores self, NaN included, as torch does.
inline Array scaled_sum(const Array& self, const Array& product, Float beta, Float alpha) {
  const Array bias = tensor::expand(self, product.shape());
  const Array scaled = alpha == 1.0 ? product
                                    : tensor::binary(BinaryOp::Multiply, product,
                                                     tensor::Scalar::from_float(alpha), kRules);
  if (beta == 0.0) return tensor::as_dtype(scaled, product.dtype());
  const Array shifted = beta == 1.0 ? bias
                                    : tensor::binary(BinaryOp::Multiply, bias,
                                                     tensor::Scalar::from_float(beta), kRules);
  return tensor::as_dtype(tensor::binary(BinaryOp::Add, shifted, scaled, kRules), product.dtype());
}
}  // namespace detail

// torch.addmm(input, mat1, mat2, beta=, alpha=): beta * input + alpha * (mat1 @ mat2).
inline Array addmm(const Array& self, const Array& mat1, const Array& mat2, Float beta,
                   Float alpha) {
  detail::expect_addmm_operands(self, mat1, mat2);
  const Array product = tensor::matmul(detail::widened(mat1), detail::widened(mat2), kRules);
  return tensor::as_dtype(detail::scaled_sum(detail::widened(self), product, beta, alpha),
                          mat1.dtype());
}

// torch.baddbmm(input, batch1, batch2, beta=, alpha=): addmm for each of the batches.
inline Array baddbmm(const Array& self, const Array& batch1, const Array& batch2, Float beta,
                     Float alpha) {
  if (batch1.dtype() != batch2.dtype()) {
    raise(ExcKind::RuntimeError,
          "expected scalar type " + std::string(tensor::torch_scalar_name(batch1.dtype())) +
              " but found " + std::string(tensor::torch_scalar_name(batch2.dtype())));
  }
  if (self.dtype() != batch1.dtype()) {
    raise(ExcKind::RuntimeError, "Input dtypes must be the same, got: input " +
                                     detail::cpp_scalar_name(self.dtype()) +
                                     ", batch1: " + detail::cpp_scalar_name(batch1.dtype()) +
                                     ", batch2: " + detail::cpp_scalar_name(batch2.dtype()));
  }
  const Array product = torch::bmm(detail::widened(batch1), detail::widened(batch2));
  return tensor::as_dtype(detail::scaled_sum(detail::widened(self), product, beta, alpha),
                          batch1.dtype());
}

// F.linear(input, weight, bias): input @ weight.T + bias over any leading dimensions. A 2-D
// input with a bias is torch's addmm (and so is a 3-D one with a 1-D bias, folded to 2-D),
// with its checks and messages; otherwise matmul's, then the bias added.
inline Array linear(const Array& input, const Array& weight, const Optional<Array>& bias) {
  if (input.ndim() == 0 || weight.ndim() == 0) {
    raise(ExcKind::RuntimeError, "both arguments to linear need to be at least 1D, but they are " +
                                     std::to_string(input.ndim()) + "D and " +
                                     std::to_string(weight.ndim()) + "D");
  }
  if (weight.ndim() > 2) {
    raise(ExcKind::RuntimeError, "t() expects a tensor with <= 2 dimensions, but self is " +
                                     std::to_string(weight.ndim()) + "D");
  }
  const Array weight_t = weight.ndim() == 2 ? tensor::transpose(weight) : weight;
  const bool folds = bias && (input.ndim() <= 2 || (input.ndim() == 3 && bias->ndim() == 1));
  if (folds) {
    tensor::Shape shape(input.shape().begin(), input.shape().end() - 1);
    int64_t count = 1;
    for (int64_t n : shape) count *= n;
    const Array rows = tensor::reshape(input, {count, input.shape().back()});
    const Array out = addmm(*bias, rows, weight_t, 1.0, 1.0);
    shape.push_back(weight.shape()[0]);
    return tensor::reshape(out, shape);
  }
  if (input.dtype() == DType::Bool && weight.dtype() == DType::Bool) {
    raise(ExcKind::NotImplementedError, "\"addmm_impl_cpu_\" not implemented for 'Bool'");
  }
  Array product = torch::matmul(input, weight_t);
  if (!bias) return product;
  return tensor::as_dtype(tensor::binary(BinaryOp::Add, product, *bias, kRules), product.dtype());
}

namespace detail {
// How torch names an index tensor's type in embedding's complaint about it.
inline std::string tensor_type_name(DType d) {
  switch (d) {
    case DType::Bool:
      return "CPUBoolType";
    case DType::Float16:
      return "torch.HalfTensor";
    case DType::BFloat16:
      return "torch.BFloat16Tensor";
    default:
      return "torch." + std::string(tensor::torch_scalar_name(d)) + "Tensor";
  }
}
}  // namespace detail

// F.embedding(input, weight, padding_idx): the rows of a 2-D weight that input's int64 or int32
// indices name, input's shape then the row's. padding_idx only changes gradients; its range is
// still checked as torch checks it.
inline Array embedding(const Array& indices, const Array& weight,
                       const Optional<Int>& padding_idx) {
  if (padding_idx) {
    const int64_t n = weight.ndim() > 0 ? weight.shape()[0] : 0;
    if (*padding_idx >= n || *padding_idx < -n) {
      raise(ExcKind::AssertionError, "Padding_idx must be within num_embeddings");
    }
  }
  if (weight.ndim() != 2) raise(ExcKind::RuntimeError, "'weight' must be 2-D");
  if (indices.dtype() != DType::Int64 && indices.dtype() != DType::Int32) {
    raise(ExcKind::RuntimeError,
          "Expected tensor for argument #1 'indices' to have one of the following scalar types: "
          "Long, Int; but got " +
              detail::tensor_type_name(indices.dtype()) +
              " instead (while checking arguments for embedding)");
  }
  const Array flat = tensor::contiguous(tensor::as_dtype(indices, DType::Int64));
  const int64_t rows = weight.shape()[0];
  const int64_t* index = flat.data<int64_t>();
  for (int64_t i = 0; i < flat.size(); ++i) {
    if (index[i] < 0 || index[i] >= rows) raise(ExcKind::IndexError, "index out of range in self");
  }
  return tensor::take(weight, flat, 0);
}
// torch.embedding(weight, input, padding_idx=-1): the same, arguments the other way round.
inline Array embedding_weight_first(const Array& weight, const Array& indices, Int padding_idx) {
  (void)padding_idx;  // -1 is "none" here; it only changes gradients
  if (weight.ndim() != 2) raise(ExcKind::RuntimeError, "'weight' must be 2-D");
  return embedding(indices, weight, std::nullopt);
}

namespace detail {
template <class S>
Array grouped_query_attention(const Array& q, const Array& k, const Array& v,
                              const Optional<Array>& attn_mask, Bool is_causal, const S& scale);
}  // namespace detail

// F.scaled_dot_product_attention(q, k, v, attn_mask, dropout_p, is_causal, scale, enable_gqa):
// softmax(q @ k^T * scale + mask) @ v over broadcast batch dimensions, in float32 for float16
// and bfloat16. A bool mask keeps where true; a float mask is added; is_causal keeps the
// lower triangle from the top left. A row with nothing kept gives zeros, as torch's does.
// dropout_p is random in torch; only 0.0 compiles to the same answer.
template <class S>
Array scaled_dot_product_attention(const Array& q, const Array& key, const Array& value,
                                   const Optional<Array>& attn_mask, Float dropout_p,
                                   Bool is_causal, const S& scale, Bool enable_gqa) {
  const Array& k = key;
  const Array& v = value;
  if (q.ndim() < 2 || k.ndim() < 2 || v.ndim() < 2) {
    raise(ExcKind::RuntimeError,
          "Expected query, key, and value to all be  at least 2 dimensional, but got query.dim: " +
              std::to_string(q.ndim()) + " key.dim: " + std::to_string(k.ndim()) +
              " and value.dim: " + std::to_string(v.ndim()) + " instead.");
  }
  if (q.dtype() != k.dtype() || q.dtype() != v.dtype()) {
    raise(ExcKind::RuntimeError,
          "Expected query, key, and value to have the same dtype, but got query.dtype: " +
              detail::cpp_scalar_name(q.dtype()) +
              " key.dtype: " + detail::cpp_scalar_name(k.dtype()) +
              " and value.dtype: " + detail::cpp_scalar_name(v.dtype()) + " instead.");
  }
  const auto mask_dtype_taken = [&q](DType d) {
    return d == DType::Bool || d == DType::Float32 || d == q.dtype();
  };
  if (attn_mask && !mask_dtype_taken(attn_mask->dtype())) {
    raise(ExcKind::RuntimeError,
          "Expected attn_mask dtype to be bool or float or to match query dtype, but got "
          "attn_mask.dtype: " +
              detail::cpp_scalar_name(attn_mask->dtype()) +
              " and  query.dtype: " + detail::cpp_scalar_name(q.dtype()) + " instead.");
  }
  if (attn_mask && is_causal) {
    raise(ExcKind::RuntimeError,
          "_scaled_dot_product_attention: Explicit attn_mask should not be set when "
          "is_causal=True");
  }
  if (dropout_p != 0.0) {
    raise(ExcKind::NotImplementedError,
          "scaled_dot_product_attention: dropout_p must be 0.0 in compiled code (dropout is "
          "random)");
  }
  if (!tensor::is_float(q.dtype())) {
    raise(ExcKind::RuntimeError, "expected scalar type Float but found " +
                                     std::string(tensor::torch_scalar_name(q.dtype())));
  }
  // torch works on 4-D views, so a batch mismatch names its dimension among at least two.
  const auto batch_of = [](const Array& x) {
    tensor::Shape dims(x.shape().begin(), x.shape().end() - 2);
    while (dims.size() < 2) dims.insert(dims.begin(), 1);
    return dims;
  };
  if (enable_gqa)
    return detail::grouped_query_attention(q, key, value, attn_mask, is_causal, scale);
  const tensor::Shape q_batch = batch_of(q), k_batch = batch_of(k);
  int64_t batch = 1;
  for (int64_t n : tensor::broadcast_shapes(q_batch, k_batch, kRules)) batch *= n;
  const int64_t embed = q.shape().back(), keys = k.shape()[k.ndim() - 2];
  // The sizes torch's bmm reports when q's and k's widths, or k's and v's lengths, differ.
  const auto expect_rows = [batch](int64_t expected, int64_t got) {
    if (expected == got) return;
    raise(ExcKind::RuntimeError, "Expected size for first two dimensions of batch2 tensor to be: " +
                                     tensor::torch_shape_str({batch, expected}) +
                                     " but got: " + tensor::torch_shape_str({batch, got}) + ".");
  };
  expect_rows(embed, k.shape().back());
  expect_rows(keys, v.shape()[v.ndim() - 2]);
  double factor = 1.0 / std::sqrt(static_cast<double>(embed));
  if constexpr (!std::is_same_v<S, NoneType>) {
    if constexpr (std::is_same_v<S, Optional<Float>>) {
      if (scale) factor = *scale;
    } else {
      factor = scale;
    }
  }
  const bool half = q.dtype() == DType::Float16 || q.dtype() == DType::BFloat16;
  const DType compute = half ? DType::Float32 : q.dtype();
  Array scores =
      tensor::binary(BinaryOp::Multiply,
                     tensor::matmul(tensor::as_dtype(q, compute),
                                    tensor::swapaxes(tensor::as_dtype(k, compute), -2, -1), kRules),
                     tensor::Scalar::from_float(factor), kRules);
  const Array minus_inf =
      tensor::scalar_operand(tensor::Scalar::from_float(-INFINITY), compute, kRules);
  if (is_causal) {
    const Array keep = tensor::lower_triangle_mask(q.shape()[q.ndim() - 2], keys, 0);
    scores = tensor::where(keep, scores, minus_inf, kRules);
  } else if (attn_mask && attn_mask->dtype() == DType::Bool) {
    scores = tensor::where(*attn_mask, scores, minus_inf, kRules);
  } else if (attn_mask) {
    scores = tensor::binary(BinaryOp::Add, scores, tensor::as_dtype(*attn_mask, compute), kRules);
  }
  tensor::ReduceOptions keep_dims;
  keep_dims.keepdims = true;
  keep_dims.rules = kRules;
  const Array none_kept =
      tensor::reduce(ReduceOp::All, tensor::binary(BinaryOp::Equal, scores, minus_inf, kRules),
                     std::vector<int64_t>{-1}, keep_dims);
  const Array weights =
      tensor::where(none_kept, tensor::zeros({}, compute), tensor::softmax(scores, -1), kRules);
  const Array out = tensor::matmul(weights, tensor::as_dtype(v, compute), kRules);
  return tensor::as_dtype(out, q.dtype());
}

namespace detail {
// enable_gqa=True: key and value heads (dim -3) repeated to query's number of heads, which
// theirs must divide.
template <class S>
Array grouped_query_attention(const Array& q, const Array& k, const Array& v,
                              const Optional<Array>& attn_mask, Bool is_causal, const S& scale) {
  const int64_t heads = q.shape()[tensor::normalize_axis(checked_dim(q, -3), q.ndim())];
  const int64_t key_heads = k.shape()[tensor::normalize_axis(checked_dim(k, -3), k.ndim())];
  const int64_t value_heads = v.shape()[tensor::normalize_axis(checked_dim(v, -3), v.ndim())];
  if (heads % key_heads != 0 || heads % value_heads != 0) {
    raise(ExcKind::RuntimeError,
          "Number of heads in key and value must divide the number of heads in query");
  }
  const Array keys = tensor::repeat(k, heads / key_heads, k.ndim() - 3);
  const Array values = tensor::repeat(v, heads / value_heads, v.ndim() - 3);
  return scaled_dot_product_attention(q, keys, values, attn_mask, 0.0, is_causal, scale, false);
}
}  // namespace detail

// torch.repeat_interleave(repeats): each index i repeats[i] times (int64).
inline Array repeat_interleave_index(const Array& repeats) {
  if (repeats.ndim() > 1) raise(ExcKind::RuntimeError, "repeats must be 0-dim or 1-dim tensor");
  if (repeats.dtype() != DType::Int64 && repeats.dtype() != DType::Int32) {
    raise(ExcKind::NotImplementedError,
          "\"repeat_interleave_cpu\" not implemented for '" +
              std::string(tensor::torch_scalar_name(repeats.dtype())) + "'");
  }
  const Array counts = tensor::contiguous(tensor::as_dtype(repeats, DType::Int64));
  const int64_t* count = counts.data<int64_t>();
  std::vector<int64_t> positions;
  for (int64_t i = 0; i < counts.size(); ++i) {
    if (count[i] < 0) raise(ExcKind::RuntimeError, "repeats can not be negative");
    positions.insert(positions.end(), static_cast<std::size_t>(count[i]), i);
  }
  Array index(DType::Int64, {static_cast<int64_t>(positions.size())});
  std::copy(positions.begin(), positions.end(), index.data<int64_t>());
  return index;
}
// t.repeat_interleave(repeats, dim): each slice along dim repeated (a tensor of repeats: one
// count per slice, or one for all); dim None flattens first.
template <class D>
Array repeat_interleave(const Array& a, Int repeats, const D& dim) {
  if (repeats < 0) raise(ExcKind::RuntimeError, "Repeats must be non-negative");
  std::optional<int64_t> axis;
  if constexpr (!std::is_same_v<D, NoneType>) {
    if constexpr (std::is_same_v<D, Optional<Int>>) {
      if (dim) axis = checked_dim(a, *dim);
    } else {
      axis = checked_dim(a, dim);
    }
  }
  if (a.ndim() == 0 && axis) axis = std::nullopt;  // a 0-d tensor repeats as a 1-d one
  return tensor::repeat(a, repeats, axis);
}
template <class D>
Array repeat_interleave(const Array& a, const Array& repeats, const D& dim) {
  std::optional<int64_t> axis;
  if constexpr (!std::is_same_v<D, NoneType>) {
    if constexpr (std::is_same_v<D, Optional<Int>>) {
      if (dim) axis = checked_dim(a, *dim);
    } else {
      axis = checked_dim(a, dim);
    }
  }
  const Array source = axis ? a : tensor::reshape(a, {-1});
  const int64_t d = tensor::normalize_axis(axis.value_or(0), source.ndim());
  const int64_t size = source.shape()[d];
  Array counts = repeats;
  if (repeats.ndim() == 0 || (repeats.ndim() == 1 && repeats.size() == 1)) {
    counts = tensor::copy(tensor::broadcast_to(tensor::reshape(repeats, {1}), {size}));
  } else if (repeats.ndim() == 1 && repeats.shape()[0] != size) {
    raise(ExcKind::RuntimeError,
          "repeats must have the same size as input along dim, but got repeats.size(0) = " +
              std::to_string(repeats.shape()[0]) + " and input.size(" + std::to_string(d) +
              ") = " + std::to_string(size));
  }
  return tensor::take(source, repeat_interleave_index(counts), d);
}

// t.narrow(dim, start, length) / torch.narrow: a view, start negative from the end.
inline Array narrow(const Array& a, Int dim, Int start, Int length) {
  if (a.ndim() == 0) raise(ExcKind::RuntimeError, "narrow() cannot be applied to a 0-dim tensor.");
  if (length < 0) raise(ExcKind::RuntimeError, "narrow(): length must be non-negative.");
  const int64_t axis = tensor::normalize_axis(checked_dim(a, dim), a.ndim());
  const int64_t size = a.shape()[axis];
  if (start < -size || start > size) {
    raise(ExcKind::IndexError, "start out of range (expected to be in range of [" +
                                   std::to_string(-size) + ", " + std::to_string(size) +
                                   "], but got " + std::to_string(start) + ")");
  }
  const int64_t first = start < 0 ? start + size : start;
  if (first > size - length) {
    raise(ExcKind::RuntimeError, "start (" + std::to_string(first) + ") + length (" +
                                     std::to_string(length) + ") exceeds dimension size (" +
                                     std::to_string(size) + ").");
  }
  return tensor::narrow(a, axis, first, length);
}
inline Array expand_as(const Array& a, const Array& other) {
  return tensor::expand(a, other.shape());
}
inline Array view_as(const Array& a, const Array& other) {
  return tensor::view(a, checked_shape(a, other.shape()));
}
inline Array type_as(const Array& a, const Array& other) {
  return tensor::as_dtype(a, other.dtype());
}

}  // namespace ingot::rt::torch

namespace ingot::rt {
// Generated code spells a value's repr and str rt::repr / rt::to_str: numpy's dtypes and
// both libraries' finfo / iinfo among them.
using numpy::repr;
using numpy::to_str;
using torch::repr;
using torch::to_str;
}  // namespace ingot::rt

// numpy's and torch's math functions beyond the basics (nan_to_num, diff, roll, nan-reductions).
#include "runtime/tensor/python_math.h"  // IWYU pragma: export
// np.linalg's and torch.linalg's decompositions (inv, solve, det, qr, eigh, svd, lstsq, ...).
#include "runtime/tensor/python_linalg.h"  // IWYU pragma: export
