// Element types of arrays, their C++ storage types, and the two sets of promotion rules
// (numpy's for numpy calls, torch's for torch calls).
#pragma once

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string_view>
#include <type_traits>

namespace ingot::rt::tensor {

// Ordered from the narrowest kind to the widest, which the promotion tables rely on (int8 and
// uint8, neither holding the other, are the one pair that order does not settle).
enum class DType : uint8_t { Bool, Int8, UInt8, Int32, Int64, Float16, BFloat16, Float32, Float64 };

// Whose promotion rules an operation follows.
enum class Rules : uint8_t { Numpy, Torch };

// A Python scalar operand (numpy's NEP 50 "weak" scalars, torch's wrapped numbers): it
// takes the array's dtype unless its kind is wider.
enum class ScalarKind : uint8_t { Bool, Int, Float };

std::size_t itemsize(DType dtype);
// numpy's name: "float32", "bool", "bfloat16", ...
std::string_view dtype_name(DType dtype);
// torch's name: "torch.float32", "torch.int64", ...
std::string_view torch_dtype_name(DType dtype);
// torch's scalar type name, as its error messages print it: "Float", "Long", "Byte", ...
std::string_view torch_scalar_name(DType dtype);
// The dtype named `name` in numpy's or torch's spelling ("float32", "torch.long", "float").
bool dtype_from_name(std::string_view name, DType& out);

inline bool is_float(DType d) { return d >= DType::Float16; }
inline bool is_integer(DType d) {
  return d == DType::Int8 || d == DType::UInt8 || d == DType::Int32 || d == DType::Int64;
}
// Whether integer dtype `d` holds `value` (numpy refuses a Python int it does not hold).
bool holds_integer(DType d, int64_t value);

// The dtype both operands are computed in. int8 with uint8 is int16 in numpy and torch, a
// dtype these arrays do not hold: a TypeError saying so rather than a different dtype.
DType promote(DType a, DType b, Rules rules);
// The dtype of an array combined with a Python scalar of `kind`.
DType promote_scalar(DType array, ScalarKind kind, Rules rules);
// The dtype a float function (exp, sqrt, true division, mean) gives for `d`: numpy picks
// the smallest float that holds the integer exactly; torch picks its default, float32.
DType float_result(DType d, Rules rules);
// torch between two tensors where a zero-dim one counts only when its category (bool <
// integer < float) is wider than the other's: int32 tensor + float64 scalar tensor is
// float64, float32 tensor + float64 scalar tensor stays float32.
DType torch_promote_dims(DType a, bool a_zero_dim, DType b, bool b_zero_dim);

// ---- limits ---------------------------------------------------------------------------------

// What np.finfo / torch.finfo report for a float dtype (`max` is the largest finite value,
// `tiny` the smallest normal one, `epsneg` the gap below 1, `precision` the decimal digits
// it holds, floor(-log10(eps))).
struct FloatLimits {
  double eps, epsneg, max, tiny, smallest_subnormal;
  int precision, bits;
  int mantissa_bits, min_exponent, max_exponent, exponent_bits;  // as numpy's str shows them
};
FloatLimits float_limits(DType d);  // d must be a float dtype
// What np.iinfo / torch.iinfo report for an integer dtype.
struct IntLimits {
  int64_t min, max;
  int bits;
};
IntLimits int_limits(DType d);  // d must be an integer dtype

// ---- 16-bit floats --------------------------------------------------------------------------

// IEEE binary16 and bfloat16 as stored; arithmetic happens in float.
struct Half {
  uint16_t bits;
};
struct BFloat16 {
  uint16_t bits;
};

float half_to_float(uint16_t bits);
uint16_t half_from_double(double value);  // round to nearest even, as numpy rounds
inline float bfloat16_to_float(uint16_t bits) {
  return std::bit_cast<float>(static_cast<uint32_t>(bits) << 16);
}
uint16_t bfloat16_from_float(float value);  // round to nearest even, NaN stays NaN

// ---- C++ types per dtype ---------------------------------------------------------------------

template <DType D>
struct StorageOf;
template <>
struct StorageOf<DType::Bool> {
  using type = bool;
};
template <>
struct StorageOf<DType::Int8> {
  using type = int8_t;
};
template <>
struct StorageOf<DType::UInt8> {
  using type = uint8_t;
};
template <>
struct StorageOf<DType::Int32> {
  using type = int32_t;
};
template <>
struct StorageOf<DType::Int64> {
  using type = int64_t;
};
template <>
struct StorageOf<DType::Float16> {
  using type = Half;
};
template <>
struct StorageOf<DType::BFloat16> {
  using type = BFloat16;
};
template <>
struct StorageOf<DType::Float32> {
  using type = float;
};
template <>
struct StorageOf<DType::Float64> {
  using type = double;
};

template <typename T>
inline constexpr bool is_half_v = std::is_same_v<T, Half> || std::is_same_v<T, BFloat16>;

// The type arithmetic on T happens in: float for the 16-bit floats, T itself otherwise.
template <typename T>
using compute_t = std::conditional_t<is_half_v<T>, float, T>;

template <typename T>
inline compute_t<T> load(T value) {
  if constexpr (std::is_same_v<T, Half>) {
    return half_to_float(value.bits);
  } else if constexpr (std::is_same_v<T, BFloat16>) {
    return bfloat16_to_float(value.bits);
  } else {
    return value;
  }
}

template <typename T>
inline T store(compute_t<T> value) {
  if constexpr (std::is_same_v<T, Half>) {
    return Half{half_from_double(value)};
  } else if constexpr (std::is_same_v<T, BFloat16>) {
    return BFloat16{bfloat16_from_float(value)};
  } else {
    return value;
  }
}

// A value converted to T as numpy's astype converts it: integers wrap to the target width,
// floats truncate toward zero; a float that no integer holds (NaN, inf, out of range)
// gives what x86's conversion instructions give, without undefined behaviour.
template <typename T, typename From>
inline T cast_value(From from) {
  const auto value = load(from);
  using V = decltype(value);
  if constexpr (std::is_same_v<T, bool>) {
    return value != V(0);
  } else if constexpr (std::is_floating_point_v<compute_t<T>>) {
    if constexpr (std::is_same_v<T, Half>) {
      return Half{half_from_double(static_cast<double>(value))};
    } else {
      return store<T>(static_cast<compute_t<T>>(value));
    }
  } else if constexpr (std::is_floating_point_v<V>) {
    const double wide = static_cast<double>(value);
    // x86-64's truncating conversions, which numpy's C casts compile to: to int64 for
    // int64, else to int32 and then narrowed; out of range gives the minimum (INT32_MIN
    // narrowed for the narrower types: float64 3e9 as uint8 is 0).
    if constexpr (sizeof(T) == 8) {
      if (!(wide >= -0x1p63 && wide < 0x1p63)) return std::numeric_limits<T>::min();
      return static_cast<T>(static_cast<int64_t>(wide));
    } else {
      const int32_t narrow = wide >= -0x1p31 && wide < 0x1p31 ? static_cast<int32_t>(wide)
                                                              : std::numeric_limits<int32_t>::min();
      return static_cast<T>(static_cast<uint32_t>(narrow));
    }
  } else {
    return static_cast<T>(static_cast<uint64_t>(static_cast<int64_t>(value)));
  }
}

// Calls fn.template operator()<T>() with T the storage type of `dtype`.
template <typename F>
decltype(auto) visit_dtype(DType dtype, F&& fn) {
  switch (dtype) {
    case DType::Bool:
      return fn.template operator()<bool>();
    case DType::Int8:
      return fn.template operator()<int8_t>();
    case DType::UInt8:
      return fn.template operator()<uint8_t>();
    case DType::Int32:
      return fn.template operator()<int32_t>();
    case DType::Int64:
      return fn.template operator()<int64_t>();
    case DType::Float16:
      return fn.template operator()<Half>();
    case DType::BFloat16:
      return fn.template operator()<BFloat16>();
    case DType::Float32:
      return fn.template operator()<float>();
    case DType::Float64:
      break;
  }
  return fn.template operator()<double>();
}

template <typename T>
constexpr DType dtype_of() {
  if constexpr (std::is_same_v<T, bool>) return DType::Bool;
  if constexpr (std::is_same_v<T, int8_t>) return DType::Int8;
  if constexpr (std::is_same_v<T, uint8_t>) return DType::UInt8;
  if constexpr (std::is_same_v<T, int32_t>) return DType::Int32;
  if constexpr (std::is_same_v<T, int64_t>) return DType::Int64;
  if constexpr (std::is_same_v<T, Half>) return DType::Float16;
  if constexpr (std::is_same_v<T, BFloat16>) return DType::BFloat16;
  if constexpr (std::is_same_v<T, float>) return DType::Float32;
  return DType::Float64;
}

}  // namespace ingot::rt::tensor
