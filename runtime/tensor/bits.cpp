#include "runtime/tensor/bits.h"

#include <algorithm>
#include <bit>
#include <string>
#include <type_traits>

#include "runtime/core/errors.h"
#include "runtime/tensor/shape.h"

namespace ingot::rt::tensor {

namespace {

// An array seen as [outer, length, inner] around one axis, C-contiguous.
struct AxisView {
  Array data;
  int64_t outer = 1;
  int64_t length = 1;
  int64_t inner = 1;
  int64_t axis = 0;
};

// The view packbits and unpackbits work on: the flattened array for no axis; a 0-d array
// counts as 1-d, as numpy treats it.
AxisView around_axis(const Array& a, std::optional<int64_t> axis) {
  AxisView view;
  view.data = contiguous(a);
  if (!axis || a.ndim() == 0) view.data = reshape(view.data, {a.size()});
  const Shape& shape = view.data.shape();
  view.axis = normalize_axis(axis.value_or(0), view.data.ndim());
  for (int64_t d = 0; d < view.data.ndim(); ++d) {
    if (d < view.axis) view.outer *= shape[d];
    if (d > view.axis) view.inner *= shape[d];
  }
  view.length = shape[view.axis];
  return view;
}

// The bit an element at position `i` of its byte's run goes to.
int bit_of(int64_t i, bool little) {
  return little ? static_cast<int>(i % 8) : 7 - static_cast<int>(i % 8);
}

}  // namespace

Array packbits(const Array& a, std::optional<int64_t> axis, std::string_view bitorder) {
  if (a.dtype() != DType::Bool && !is_integer(a.dtype())) {
    raise(ExcKind::TypeError, "Expected an input array of integer or boolean data type");
  }
  // numpy reads the word's start: "little" or "big", anything after ignored.
  const bool little = bitorder.starts_with("little");
  if (!little && !bitorder.starts_with("big")) {
    raise(ExcKind::ValueError, "'order' must be either 'little' or 'big'");
  }
  const AxisView view = around_axis(as_dtype(a, DType::Bool), axis);
  Shape shape = view.data.shape();
  const int64_t bytes = (view.length + 7) / 8;
  shape[view.axis] = bytes;
  Array out = zeros(shape, DType::UInt8);
  const bool* in = view.data.data<bool>();
  uint8_t* packed = out.data<uint8_t>();
  for (int64_t o = 0; o < view.outer; ++o) {
    for (int64_t k = 0; k < view.length; ++k) {
      const bool* row = in + (o * view.length + k) * view.inner;
      uint8_t* target = packed + (o * bytes + k / 8) * view.inner;
      const auto bit = static_cast<uint8_t>(1u << bit_of(k, little));
      for (int64_t i = 0; i < view.inner; ++i) {
        if (row[i]) target[i] |= bit;
      }
    }
  }
  return out;
}

Array unpackbits(const Array& a, std::optional<int64_t> axis, std::optional<int64_t> count,
                 std::string_view bitorder) {
  if (a.dtype() != DType::UInt8) {
    raise(ExcKind::TypeError, "Expected an input array of unsigned byte data type");
  }
  // numpy reads only the first letter here.
  const bool little = bitorder.starts_with('l');
  if (!little && !bitorder.starts_with('b')) {
    raise(ExcKind::ValueError, "'order' must begin with 'l' or 'b'");
  }
  const AxisView view = around_axis(a, axis);
  const int64_t bits = view.length * 8;
  int64_t kept = bits;
  if (count) {
    kept = *count >= 0 ? *count : bits + *count;
    if (kept < 0) raise(ExcKind::ValueError, "-count larger than number of elements");
  }
  Shape shape = view.data.shape();
  shape[view.axis] = kept;
  Array out = zeros(shape, DType::UInt8);
  const uint8_t* in = view.data.data<uint8_t>();
  uint8_t* unpacked = out.data<uint8_t>();
  const int64_t from_input = std::min(kept, bits);  // past it, the zero padding stays
  for (int64_t o = 0; o < view.outer; ++o) {
    for (int64_t k = 0; k < from_input; ++k) {
      const uint8_t* row = in + (o * view.length + k / 8) * view.inner;
      uint8_t* target = unpacked + (o * kept + k) * view.inner;
      const int bit = bit_of(k, little);
      for (int64_t i = 0; i < view.inner; ++i) target[i] = (row[i] >> bit) & 1;
    }
  }
  return out;
}

Array view_as(const Array& a, DType dtype) {
  if (dtype == a.dtype()) return a;
  if (itemsize(dtype) != itemsize(a.dtype()) || dtype == DType::Bool) {
    raise(ExcKind::ValueError, "an array of " + std::string(dtype_name(a.dtype())) +
                                   " is viewed here only as a non-bool dtype of its size, not as " +
                                   std::string(dtype_name(dtype)));
  }
  return Array(a.storage(), dtype, a.shape(), a.strides(), a.offset());
}

Array bitwise_count(const Array& a) {
  if (a.dtype() != DType::Bool && !is_integer(a.dtype())) {
    raise(ExcKind::TypeError,
          "ufunc 'bitwise_count' not supported for the input types, and the inputs could not be "
          "safely coerced to any supported types according to the casting rule ''safe''");
  }
  // bool counts as the uint8 0 or 1.
  const Array in = contiguous(a.dtype() == DType::Bool ? as_dtype(a, DType::UInt8) : a);
  Array out(DType::UInt8, a.shape());
  uint8_t* counts = out.data<uint8_t>();
  const int64_t n = a.size();
  visit_dtype(in.dtype(), [&]<typename T>() {
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
      using U = std::make_unsigned_t<T>;
      const T* values = in.data<T>();
      for (int64_t i = 0; i < n; ++i) {
        // The magnitude's bits, as numpy counts a negative number (-1 has one bit set).
        const auto bits = static_cast<U>(values[i]);
        U magnitude = bits;
        if constexpr (std::is_signed_v<T>) {
          if (values[i] < 0) magnitude = static_cast<U>(U(0) - bits);
        }
        counts[i] = static_cast<uint8_t>(std::popcount(magnitude));
      }
    }
  });
  return out;
}

}  // namespace ingot::rt::tensor
