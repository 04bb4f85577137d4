// The inside of an ingot_value: the dynamic value tree every argument and result crosses
// the C ABI as. Only runtime/abi and the conversions in convert.h look inside it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include "include/ingot/ingot.h"

namespace ingot::abi {

struct ValueDeleter {
  void operator()(ingot_value* value) const;
};
// An owned value. Everything that makes values hands them out as this.
using ValuePtr = std::unique_ptr<ingot_value, ValueDeleter>;

struct Sequence {  // list or tuple
  std::vector<ValuePtr> items;
};

struct Dict {
  std::vector<std::pair<ValuePtr, ValuePtr>> entries;  // insertion order
  // Position of each str key in `entries`, so that building a large dict stays linear.
  std::unordered_map<std::string, std::size_t> str_positions;
};

struct Array {
  ingot_dtype dtype = INGOT_FLOAT32;
  std::vector<int64_t> shape;
  void* data = nullptr;
  std::size_t byte_size = 0;
  std::unique_ptr<std::byte[]> owned;  // set when the array owns its elements
  void (*release)(void*) = nullptr;    // set when it borrows them and the lender wants them back
  void* release_context = nullptr;

  Array() = default;
  Array(const Array&) = delete;
  Array& operator=(const Array&) = delete;
  ~Array() {
    if (release) release(release_context);
  }
  std::size_t element_count() const { return byte_size / ingot_dtype_size(dtype); }
};

}  // namespace ingot::abi

struct ingot_value {
  ingot_kind kind = INGOT_NONE;
  // str and bytes share std::string; list and tuple share Sequence.
  std::variant<std::monostate, bool, int64_t, double, std::string, ingot::abi::Sequence,
               ingot::abi::Dict, std::unique_ptr<ingot::abi::Array>>
      payload;
};

namespace ingot::abi {

// Makers for C++ code. They throw (std::bad_alloc, PyException) where the C functions of
// the same name return an error; str() expects valid UTF-8 (use make_str_checked otherwise).
ValuePtr make_none();
ValuePtr make_bool(bool value);
ValuePtr make_int(int64_t value);
ValuePtr make_float(double value);
ValuePtr make_str(std::string text);               // already valid UTF-8
ValuePtr make_str_checked(std::string_view text);  // UnicodeDecodeError when not UTF-8
ValuePtr make_bytes(std::string data);
ValuePtr make_list(std::vector<ValuePtr> items = {});
ValuePtr make_tuple(std::vector<ValuePtr> items = {});
ValuePtr make_dict();
// Sets dict[key] = value with Python's key equality; TypeError for an unhashable key.
void dict_set(ingot_value& dict, ValuePtr key, ValuePtr value);
ValuePtr clone(const ingot_value& value);

// Python's name for the value's type, as TypeError messages print it ("int", "list", ...).
std::string_view type_name(const ingot_value& value);

// Borrowed views, valid for values of the matching kind.
inline const std::string& text_of(const ingot_value& v) { return std::get<std::string>(v.payload); }
inline const Sequence& sequence_of(const ingot_value& v) { return std::get<Sequence>(v.payload); }
inline const Dict& dict_of(const ingot_value& v) { return std::get<Dict>(v.payload); }
inline const Array& array_of(const ingot_value& v) {
  return *std::get<std::unique_ptr<Array>>(v.payload);
}

}  // namespace ingot::abi
