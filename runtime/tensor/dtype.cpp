#include "runtime/tensor/dtype.h"

#include <array>
#include <cmath>
#include <limits>

#include "runtime/core/errors.h"

namespace ingot::rt::tensor {

namespace {

struct DTypeInfo {
  std::size_t size;
  std::string_view numpy_name;
  std::string_view torch_name;
  std::string_view torch_scalar;
};

constexpr std::array<DTypeInfo, 9> kInfo = {{
    {1, "bool", "torch.bool", "Bool"},
    {1, "int8", "torch.int8", "Char"},
    {1, "uint8", "torch.uint8", "Byte"},
    {4, "int32", "torch.int32", "Int"},
    {8, "int64", "torch.int64", "Long"},
    {2, "float16", "torch.float16", "Half"},
    {2, "bfloat16", "torch.bfloat16", "BFloat16"},
    {4, "float32", "torch.float32", "Float"},
    {8, "float64", "torch.float64", "Double"},
}};

const DTypeInfo& info(DType d) { return kInfo[static_cast<std::size_t>(d)]; }

// torch's type categories: a wider category wins over a wider size.
int category(DType d) { return d == DType::Bool ? 0 : is_integer(d) ? 1 : 2; }

DType wider_integer(DType a, DType b) { return a > b ? a : b; }

DType wider_float(DType a, DType b) {
  // float16 and bfloat16 hold different ranges: only float32 holds both.
  if ((a == DType::Float16 && b == DType::BFloat16) ||
      (a == DType::BFloat16 && b == DType::Float16)) {
    return DType::Float32;
  }
  return a > b ? a : b;
}

}  // namespace

std::size_t itemsize(DType dtype) { return info(dtype).size; }
std::string_view dtype_name(DType dtype) { return info(dtype).numpy_name; }
std::string_view torch_dtype_name(DType dtype) { return info(dtype).torch_name; }
std::string_view torch_scalar_name(DType dtype) { return info(dtype).torch_scalar; }

namespace {

// The limits of a binary float of `bits` bits, `exponent_bits` of them the exponent and
// `mantissa` the stored fraction (IEEE layouts: bfloat16 is float32's upper half).
FloatLimits binary_float(int bits, int exponent_bits, int mantissa) {
  const int max_exponent = 1 << (exponent_bits - 1);  // 2^max_exponent overflows
  const int min_exponent = 3 - max_exponent;          // the smallest normal is 2^(min - 1)
  const double eps = std::ldexp(1.0, -mantissa);
  return {eps,
          eps / 2,
          std::ldexp(2.0 - eps, max_exponent - 1),
          std::ldexp(1.0, min_exponent - 1),
          std::ldexp(1.0, min_exponent - 1 - mantissa),
          static_cast<int>(std::floor(-std::log10(eps))),
          bits,
          mantissa,
          min_exponent - 1,
          max_exponent,
          exponent_bits};
}

}  // namespace

FloatLimits float_limits(DType d) {
  switch (d) {
    case DType::Float16:
      return binary_float(16, 5, 10);
    case DType::BFloat16:
      return binary_float(16, 8, 7);
    case DType::Float32:
      return binary_float(32, 8, 23);
    default:
      return binary_float(64, 11, 52);
  }
}

IntLimits int_limits(DType d) {
  switch (d) {
    case DType::Int8:
      return {-128, 127, 8};
    case DType::UInt8:
      return {0, 255, 8};
    case DType::Int32:
      return {std::numeric_limits<int32_t>::min(), std::numeric_limits<int32_t>::max(), 32};
    default:
      return {std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max(), 64};
  }
}

bool dtype_from_name(std::string_view name, DType& out) {
  if (name.starts_with("torch.")) name.remove_prefix(6);
  struct Alias {
    std::string_view name;
    DType dtype;
  };
  static constexpr Alias kAliases[] = {
      {"bool", DType::Bool},     {"bool_", DType::Bool},        {"int8", DType::Int8},
      {"uint8", DType::UInt8},   {"int32", DType::Int32},       {"int", DType::Int32},
      {"int64", DType::Int64},   {"long", DType::Int64},        {"float16", DType::Float16},
      {"half", DType::Float16},  {"bfloat16", DType::BFloat16}, {"float32", DType::Float32},
      {"float", DType::Float32}, {"float64", DType::Float64},   {"double", DType::Float64},
  };
  for (const Alias& alias : kAliases) {
    if (alias.name == name) {
      out = alias.dtype;
      return true;
    }
  }
  return false;
}

bool holds_integer(DType d, int64_t value) {
  switch (d) {
    case DType::Int8:
      return value >= INT8_MIN && value <= INT8_MAX;
    case DType::UInt8:
      return value >= 0 && value <= UINT8_MAX;
    case DType::Int32:
      return value >= INT32_MIN && value <= INT32_MAX;
    default:
      return true;
  }
}

DType promote(DType a, DType b, Rules rules) {
  if (a == b) return a;
  if (a == DType::Bool) return b;
  if (b == DType::Bool) return a;
  if (is_integer(a) && is_integer(b)) {
    if ((a == DType::Int8 && b == DType::UInt8) || (a == DType::UInt8 && b == DType::Int8)) {
      raise(ExcKind::TypeError,
            "int8 and uint8 promote to int16, which ingot's arrays do not hold: cast one of "
            "them to int32 first");
    }
    return wider_integer(a, b);
  }
  if (is_float(a) && is_float(b)) return wider_float(a, b);
  const DType integer = is_integer(a) ? a : b;
  const DType floating = is_float(a) ? a : b;
  if (rules == Rules::Torch) return floating;
  // numpy: the float must hold every value of the integer type exactly (within reason:
  // int64 goes to float64 too).
  if (floating == DType::Float64) return DType::Float64;
  if (integer == DType::UInt8 || integer == DType::Int8) return floating;
  return DType::Float64;
}

DType promote_scalar(DType array, ScalarKind kind, Rules rules) {
  switch (kind) {
    case ScalarKind::Bool:
      return array;
    case ScalarKind::Int:
      return array == DType::Bool ? DType::Int64 : array;
    case ScalarKind::Float:
      if (is_float(array)) return array;
      return rules == Rules::Torch ? DType::Float32 : DType::Float64;
  }
  return array;
}

DType float_result(DType d, Rules rules) {
  if (is_float(d)) return d;
  if (rules == Rules::Torch) return DType::Float32;
  return (d == DType::Bool || d == DType::UInt8 || d == DType::Int8) ? DType::Float16
                                                                     : DType::Float64;
}

DType torch_promote_dims(DType a, bool a_zero_dim, DType b, bool b_zero_dim) {
  if (a_zero_dim != b_zero_dim) {
    // A zero-dim tensor decides only when its category is wider than the other's.
    const DType dimensioned = a_zero_dim ? b : a;
    const DType zero_dim = a_zero_dim ? a : b;
    if (category(zero_dim) <= category(dimensioned)) return dimensioned;
  }
  return promote(a, b, Rules::Torch);
}

float half_to_float(uint16_t bits) {
  const uint32_t sign = static_cast<uint32_t>(bits & 0x8000) << 16;
  const int exponent = (bits >> 10) & 0x1F;
  const uint32_t fraction = bits & 0x3FF;
  float magnitude;
  if (exponent == 0) {
    magnitude = std::ldexp(static_cast<float>(fraction), -24);  // zero or subnormal
  } else if (exponent == 0x1F) {
    magnitude =
        fraction ? std::numeric_limits<float>::quiet_NaN() : std::numeric_limits<float>::infinity();
  } else {
    magnitude = std::ldexp(static_cast<float>(fraction + 1024), exponent - 25);
  }
  return std::bit_cast<float>(std::bit_cast<uint32_t>(magnitude) | sign);
}

uint16_t half_from_double(double value) {
  const uint16_t sign = std::signbit(value) ? 0x8000 : 0;
  const double magnitude = std::fabs(value);
  if (std::isnan(value)) return sign | 0x7E00;
  if (magnitude >= 65520.0) return sign | 0x7C00;  // rounds to infinity
  if (magnitude < 0x1p-14) {
    // Subnormal: multiples of 2^-24, rounded to nearest even by nearbyint.
    return sign | static_cast<uint16_t>(std::nearbyint(magnitude * 0x1p24));
  }
  int exponent;
  const double fraction = std::frexp(magnitude, &exponent);  // [0.5, 1)
  // 11 significant bits: the mantissa as an integer in [1024, 2048], rounded to even.
  double mantissa = std::nearbyint(fraction * 2048.0);
  if (mantissa == 2048.0) {
    mantissa = 1024.0;
    ++exponent;
  }
  const int biased = exponent - 1 + 15;
  if (biased >= 0x1F) return sign | 0x7C00;
  return sign | static_cast<uint16_t>((biased << 10) | (static_cast<int>(mantissa) - 1024));
}

uint16_t bfloat16_from_float(float value) {
  const uint32_t bits = std::bit_cast<uint32_t>(value);
  if (std::isnan(value)) return static_cast<uint16_t>((bits >> 16) | 0x0040);
  const uint32_t rounding = 0x7FFF + ((bits >> 16) & 1);  // to nearest, ties to even
  return static_cast<uint16_t>((bits + rounding) >> 16);
}

}  // namespace ingot::rt::tensor
