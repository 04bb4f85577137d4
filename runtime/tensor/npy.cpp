#include "runtime/tensor/npy.h"

#include <cstring>
#include <string>

#include "runtime/core/errors.h"

namespace ingot::rt::tensor {
namespace {

[[noreturn]] void malformed(const std::string& why) {
  raise(ExcKind::RuntimeError, "an embedded .npy array is malformed: " + why);
}

// The value of 'key' in the header's dict literal, up to its closing `end` character
// (kept, for the shape's tuple). The strings are built with += : GCC 12 at -O3 warns
// (-Wrestrict) on "literal" + std::string&&.
std::string_view header_value(std::string_view header, std::string_view key, char end) {
  std::string quoted = "'";
  quoted += key;
  quoted += "':";
  size_t at = header.find(quoted);
  if (at == std::string_view::npos) malformed("its header has no " + quoted);
  size_t begin = header.find_first_not_of(' ', at + quoted.size());
  size_t stop = begin == std::string_view::npos ? begin : header.find(end, begin);
  if (stop == std::string_view::npos) malformed("its header's " + quoted);
  return header.substr(begin, stop - begin + (end == ')' ? 1 : 0));
}

DType dtype_of_descr(std::string_view descr) {
  struct Known {
    std::string_view descr;
    DType dtype;
  };
  static constexpr Known kKnown[] = {
      {"'|b1'", DType::Bool},    {"'|i1'", DType::Int8},    {"'|u1'", DType::UInt8},
      {"'<i4'", DType::Int32},   {"'<i8'", DType::Int64},   {"'<f2'", DType::Float16},
      {"'<f4'", DType::Float32}, {"'<f8'", DType::Float64},
  };
  for (const Known& known : kKnown) {
    if (known.descr == descr) return known.dtype;
  }
  malformed(std::string("dtype ").append(descr).append(" is not one ingot's arrays hold"));
}

// "(2, 3)", "(4,)" or "()".
Shape shape_of(std::string_view tuple) {
  Shape shape;
  size_t pos = 1;  // past '('
  while (pos < tuple.size() && tuple[pos] != ')') {
    int64_t extent = 0;
    bool digits = false;
    for (; pos < tuple.size() && tuple[pos] >= '0' && tuple[pos] <= '9'; ++pos, digits = true) {
      extent = extent * 10 + (tuple[pos] - '0');
    }
    if (!digits) malformed(std::string("its shape ").append(tuple));
    shape.push_back(extent);
    while (pos < tuple.size() && (tuple[pos] == ',' || tuple[pos] == ' ')) ++pos;
  }
  return shape;
}

}  // namespace

Array from_npy(std::string_view file) {
  constexpr std::string_view kMagic = "\x93NUMPY";
  if (file.substr(0, kMagic.size()) != kMagic || file.size() < 10) malformed("no .npy magic");
  const auto byte = [&](size_t i) { return static_cast<size_t>(static_cast<uint8_t>(file[i])); };
  // Version 1 has a 2-byte header length, versions 2 and 3 a 4-byte one; all little-endian.
  const size_t major = byte(6);
  if (major < 1 || major > 3) malformed(std::string("version ").append(std::to_string(major)));
  size_t header_start = major == 1 ? 10 : 12;
  if (file.size() < header_start) malformed("its header is cut short");
  size_t header_length = byte(8) | byte(9) << 8;
  if (major > 1) header_length |= byte(10) << 16 | byte(11) << 24;
  if (file.size() < header_start + header_length) malformed("its header is cut short");
  std::string_view header = file.substr(header_start, header_length);
  if (header_value(header, "fortran_order", ',') != "False") malformed("it is in Fortran order");
  Array out(dtype_of_descr(header_value(header, "descr", ',')),
            shape_of(header_value(header, "shape", ')')));
  std::string_view data = file.substr(header_start + header_length);
  const size_t bytes = static_cast<size_t>(out.size()) * itemsize(out.dtype());
  if (data.size() != bytes) malformed("its data is not the shape's size");
  if (bytes) std::memcpy(out.raw_data(), data.data(), bytes);
  return out;
}

}  // namespace ingot::rt::tensor
