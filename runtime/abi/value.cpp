// The value tree: makers for C++ and the ingot_value_* functions of the C ABI.
#include "runtime/abi/value.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <stdexcept>

#include "runtime/abi/error.h"
#include "runtime/abi/utf8.h"

namespace ingot::abi {

void ValueDeleter::operator()(ingot_value* value) const { delete value; }

namespace {

template <typename Payload>
ValuePtr make(ingot_kind kind, Payload payload) {
  ValuePtr value(new ingot_value);
  value->kind = kind;
  value->payload = std::move(payload);
  return value;
}

bool is_number(const ingot_value& v) {
  return v.kind == INGOT_BOOL || v.kind == INGOT_INT || v.kind == INGOT_FLOAT;
}

// Python compares an int with a float exactly, not after rounding the int to a float.
bool int_equals_float(int64_t i, double f) {
  if (!std::isfinite(f) || f != std::trunc(f)) return false;
  if (f < -0x1p63 || f >= 0x1p63) return false;
  return static_cast<int64_t>(f) == i;
}

int64_t integer_of(const ingot_value& v) {
  return v.kind == INGOT_BOOL ? std::get<bool>(v.payload) : std::get<int64_t>(v.payload);
}

// The TypeError Python raises for an unhashable key, or nothing when `key` is hashable.
void check_hashable(const ingot_value& key) {
  switch (key.kind) {
    case INGOT_LIST:
    case INGOT_DICT:
    case INGOT_ARRAY:
      raise(ExcKind::TypeError, "unhashable type: '" + std::string(type_name(key)) + "'");
    case INGOT_TUPLE:
      for (const auto& item : sequence_of(key).items) check_hashable(*item);
      return;
    default:
      return;
  }
}

// Equality of hashable keys as Python's dict sees it: 1 == 1.0 == True.
bool keys_equal(const ingot_value& a, const ingot_value& b) {
  if (is_number(a) && is_number(b)) {
    const bool a_float = a.kind == INGOT_FLOAT, b_float = b.kind == INGOT_FLOAT;
    if (a_float && b_float) return std::get<double>(a.payload) == std::get<double>(b.payload);
    if (a_float) return int_equals_float(integer_of(b), std::get<double>(a.payload));
    if (b_float) return int_equals_float(integer_of(a), std::get<double>(b.payload));
    return integer_of(a) == integer_of(b);
  }
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case INGOT_NONE:
      return true;
    case INGOT_STR:
    case INGOT_BYTES:
      return text_of(a) == text_of(b);
    case INGOT_TUPLE: {
      const auto& x = sequence_of(a).items;
      const auto& y = sequence_of(b).items;
      if (x.size() != y.size()) return false;
      for (std::size_t i = 0; i < x.size(); ++i) {
        if (!keys_equal(*x[i], *y[i])) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

// Elements of an array of `shape`, or a ValueError for a negative or overflowing shape.
std::size_t checked_byte_size(ingot_dtype dtype, std::size_t ndim, const int64_t* shape) {
  if (ingot_dtype_size(dtype) == 0) raise(ExcKind::ValueError, "unknown array dtype");
  if (ndim > 0 && shape == nullptr) raise(ExcKind::ValueError, "array shape is missing");
  std::size_t bytes = ingot_dtype_size(dtype);
  for (std::size_t i = 0; i < ndim; ++i) {
    if (shape[i] < 0) raise(ExcKind::ValueError, "negative dimensions are not allowed");
    const auto dim = static_cast<std::size_t>(shape[i]);
    if (dim != 0 && bytes > std::numeric_limits<std::size_t>::max() / dim) {
      raise(ExcKind::ValueError, "array is too big");
    }
    bytes *= dim;
  }
  return bytes;
}

std::unique_ptr<Array> make_array_header(ingot_dtype dtype, std::size_t ndim,
                                         const int64_t* shape) {
  auto array = std::make_unique<Array>();
  array->byte_size = checked_byte_size(dtype, ndim, shape);
  array->dtype = dtype;
  array->shape.assign(shape, shape + ndim);
  return array;
}

void append_checked(ingot_value* container, ingot_value* item) {
  ValuePtr owned_item(item);
  if (container == nullptr || item == nullptr) raise(ExcKind::TypeError, "append() needs a value");
  if (container->kind != INGOT_LIST && container->kind != INGOT_TUPLE) {
    raise(ExcKind::TypeError,
          "append() needs a list or tuple, not " + std::string(type_name(*container)));
  }
  std::get<Sequence>(container->payload).items.push_back(std::move(owned_item));
}

}  // namespace

ValuePtr make_none() { return make(INGOT_NONE, std::monostate{}); }
ValuePtr make_bool(bool value) { return make(INGOT_BOOL, value); }
ValuePtr make_int(int64_t value) { return make(INGOT_INT, value); }
ValuePtr make_float(double value) { return make(INGOT_FLOAT, value); }
ValuePtr make_str(std::string text) { return make(INGOT_STR, std::move(text)); }
ValuePtr make_str_checked(std::string_view text) {
  if (auto why = utf8_error(text)) raise(ExcKind::UnicodeDecodeError, std::move(*why));
  return make_str(std::string(text));
}
ValuePtr make_bytes(std::string data) { return make(INGOT_BYTES, std::move(data)); }
ValuePtr make_list(std::vector<ValuePtr> items) {
  return make(INGOT_LIST, Sequence{std::move(items)});
}
ValuePtr make_tuple(std::vector<ValuePtr> items) {
  return make(INGOT_TUPLE, Sequence{std::move(items)});
}
ValuePtr make_dict() { return make(INGOT_DICT, Dict{}); }

void dict_set(ingot_value& dict, ValuePtr key, ValuePtr value) {
  if (dict.kind != INGOT_DICT) raise(ExcKind::TypeError, "dict_set() needs a dict");
  if (!key || !value) raise(ExcKind::TypeError, "dict_set() needs a key and a value");
  check_hashable(*key);
  auto& data = std::get<Dict>(dict.payload);
  if (key->kind == INGOT_STR) {
    const auto [where, inserted] =
        data.str_positions.try_emplace(text_of(*key), data.entries.size());
    if (!inserted) {
      data.entries[where->second].second = std::move(value);
      return;
    }
  } else {
    for (auto& entry : data.entries) {
      if (keys_equal(*entry.first, *key)) {
        entry.second = std::move(value);
        return;
      }
    }
  }
  data.entries.emplace_back(std::move(key), std::move(value));
}

ValuePtr clone(const ingot_value& value) {
  switch (value.kind) {
    case INGOT_NONE:
      return make_none();
    case INGOT_BOOL:
      return make_bool(std::get<bool>(value.payload));
    case INGOT_INT:
      return make_int(std::get<int64_t>(value.payload));
    case INGOT_FLOAT:
      return make_float(std::get<double>(value.payload));
    case INGOT_STR:
      return make_str(text_of(value));
    case INGOT_BYTES:
      return make_bytes(text_of(value));
    case INGOT_LIST:
    case INGOT_TUPLE: {
      std::vector<ValuePtr> items;
      items.reserve(sequence_of(value).items.size());
      for (const auto& item : sequence_of(value).items) items.push_back(clone(*item));
      return value.kind == INGOT_LIST ? make_list(std::move(items)) : make_tuple(std::move(items));
    }
    case INGOT_DICT: {
      ValuePtr copy = make_dict();
      for (const auto& [key, item] : dict_of(value).entries)
        dict_set(*copy, clone(*key), clone(*item));
      return copy;
    }
    case INGOT_ARRAY: {
      const Array& source = array_of(value);
      auto array = make_array_header(source.dtype, source.shape.size(), source.shape.data());
      array->owned = std::make_unique<std::byte[]>(array->byte_size);
      if (array->byte_size) std::memcpy(array->owned.get(), source.data, array->byte_size);
      array->data = array->owned.get();
      return make(INGOT_ARRAY, std::move(array));
    }
  }
  throw std::logic_error("clone() of a value of unknown kind");
}

std::string_view type_name(const ingot_value& value) {
  switch (value.kind) {
    case INGOT_NONE:
      return "NoneType";
    case INGOT_BOOL:
      return "bool";
    case INGOT_INT:
      return "int";
    case INGOT_FLOAT:
      return "float";
    case INGOT_STR:
      return "str";
    case INGOT_BYTES:
      return "bytes";
    case INGOT_LIST:
      return "list";
    case INGOT_TUPLE:
      return "tuple";
    case INGOT_DICT:
      return "dict";
    case INGOT_ARRAY:
      return "ndarray";
  }
  return "object";
}

}  // namespace ingot::abi

using namespace ingot::abi;

namespace {

// Runs a maker at the boundary: its value, or NULL and the error.
template <typename Maker>
ingot_value* made(ingot_error** error, Maker&& maker) noexcept {
  ingot_value* result = nullptr;
  guarded(error, [&] { result = maker().release(); });
  return result;
}

}  // namespace

extern "C" {

INGOT_API ingot_value* ingot_value_none(void) {
  return made(nullptr, [] { return make_none(); });
}
INGOT_API ingot_value* ingot_value_bool(int value) {
  return made(nullptr, [&] { return make_bool(value != 0); });
}
INGOT_API ingot_value* ingot_value_int(int64_t value) {
  return made(nullptr, [&] { return make_int(value); });
}
INGOT_API ingot_value* ingot_value_float(double value) {
  return made(nullptr, [&] { return make_float(value); });
}
INGOT_API ingot_value* ingot_value_str(const char* utf8, size_t size, ingot_error** error) {
  return made(error, [&] {
    if (utf8 == nullptr && size != 0) raise(ExcKind::TypeError, "str data is NULL");
    return make_str_checked(std::string_view(utf8 ? utf8 : "", size));
  });
}
INGOT_API ingot_value* ingot_value_bytes(const void* data, size_t size) {
  return made(nullptr, [&] {
    if (data == nullptr && size != 0) raise(ExcKind::TypeError, "bytes data is NULL");
    return make_bytes(std::string(static_cast<const char*>(data ? data : ""), size));
  });
}
INGOT_API ingot_value* ingot_value_list(void) {
  return made(nullptr, [] { return make_list(); });
}
INGOT_API ingot_value* ingot_value_tuple(void) {
  return made(nullptr, [] { return make_tuple(); });
}
INGOT_API ingot_value* ingot_value_dict(void) {
  return made(nullptr, [] { return make_dict(); });
}

INGOT_API ingot_status ingot_value_append(ingot_value* container, ingot_value* item,
                                          ingot_error** error) {
  return guarded(error, [&] { append_checked(container, item); }) ? INGOT_OK : INGOT_ERROR;
}

INGOT_API ingot_status ingot_value_dict_set(ingot_value* dict, ingot_value* key, ingot_value* value,
                                            ingot_error** error) {
  ValuePtr owned_key(key), owned_value(value);
  const bool ok = guarded(error, [&] {
    if (dict == nullptr) raise(ExcKind::TypeError, "dict_set() needs a dict");
    dict_set(*dict, std::move(owned_key), std::move(owned_value));
  });
  return ok ? INGOT_OK : INGOT_ERROR;
}

INGOT_API ingot_value* ingot_value_array_copy(ingot_dtype dtype, size_t ndim, const int64_t* shape,
                                              const void* data, ingot_error** error) {
  return made(error, [&] {
    auto array = make_array_header(dtype, ndim, shape);
    if (data == nullptr && array->byte_size != 0) raise(ExcKind::TypeError, "array data is NULL");
    array->owned = std::make_unique<std::byte[]>(array->byte_size);
    if (array->byte_size) std::memcpy(array->owned.get(), data, array->byte_size);
    array->data = array->owned.get();
    return make(INGOT_ARRAY, std::move(array));
  });
}

INGOT_API ingot_value* ingot_value_array_wrap(ingot_dtype dtype, size_t ndim, const int64_t* shape,
                                              void* data, void (*release)(void*),
                                              void* release_context, ingot_error** error) {
  ingot_value* result = made(error, [&] {
    auto array = make_array_header(dtype, ndim, shape);
    if (data == nullptr && array->byte_size != 0) raise(ExcKind::TypeError, "array data is NULL");
    array->data = data;
    array->release = release;
    array->release_context = release_context;
    return make(INGOT_ARRAY, std::move(array));
  });
  // The lender gets its data back whatever happened: on failure nothing else will.
  if (result == nullptr && release != nullptr) release(release_context);
  return result;
}

INGOT_API ingot_value* ingot_value_clone(const ingot_value* value, ingot_error** error) {
  return made(error, [&] {
    if (value == nullptr) raise(ExcKind::TypeError, "clone() needs a value");
    return clone(*value);
  });
}

INGOT_API void ingot_value_free(ingot_value* value) { delete value; }

INGOT_API ingot_kind ingot_value_kind(const ingot_value* value) {
  return value ? value->kind : INGOT_NONE;
}
INGOT_API int ingot_value_as_bool(const ingot_value* value) {
  return value && value->kind == INGOT_BOOL ? std::get<bool>(value->payload) : 0;
}
INGOT_API int64_t ingot_value_as_int(const ingot_value* value) {
  return value && value->kind == INGOT_INT ? std::get<int64_t>(value->payload) : 0;
}
INGOT_API double ingot_value_as_float(const ingot_value* value) {
  return value && value->kind == INGOT_FLOAT ? std::get<double>(value->payload) : 0.0;
}
INGOT_API const char* ingot_value_as_str(const ingot_value* value, size_t* size) {
  const bool ok = value && value->kind == INGOT_STR;
  if (size) *size = ok ? text_of(*value).size() : 0;
  return ok ? text_of(*value).c_str() : nullptr;
}
INGOT_API const void* ingot_value_as_bytes(const ingot_value* value, size_t* size) {
  const bool ok = value && value->kind == INGOT_BYTES;
  if (size) *size = ok ? text_of(*value).size() : 0;
  return ok ? text_of(*value).data() : nullptr;
}

INGOT_API size_t ingot_value_len(const ingot_value* value) {
  if (!value) return 0;
  if (value->kind == INGOT_LIST || value->kind == INGOT_TUPLE)
    return sequence_of(*value).items.size();
  if (value->kind == INGOT_DICT) return dict_of(*value).entries.size();
  return 0;
}
INGOT_API const ingot_value* ingot_value_item(const ingot_value* value, size_t index) {
  if (!value || (value->kind != INGOT_LIST && value->kind != INGOT_TUPLE)) return nullptr;
  const auto& items = sequence_of(*value).items;
  return index < items.size() ? items[index].get() : nullptr;
}
INGOT_API const ingot_value* ingot_value_dict_key(const ingot_value* dict, size_t index) {
  if (!dict || dict->kind != INGOT_DICT) return nullptr;
  const auto& entries = dict_of(*dict).entries;
  return index < entries.size() ? entries[index].first.get() : nullptr;
}
INGOT_API const ingot_value* ingot_value_dict_value(const ingot_value* dict, size_t index) {
  if (!dict || dict->kind != INGOT_DICT) return nullptr;
  const auto& entries = dict_of(*dict).entries;
  return index < entries.size() ? entries[index].second.get() : nullptr;
}
INGOT_API const ingot_value* ingot_value_dict_get(const ingot_value* dict, const char* key,
                                                  size_t key_size) {
  if (!dict || dict->kind != INGOT_DICT || (key == nullptr && key_size != 0)) return nullptr;
  const auto& data = dict_of(*dict);
  try {
    const auto where = data.str_positions.find(std::string(key ? key : "", key_size));
    return where == data.str_positions.end() ? nullptr : data.entries[where->second].second.get();
  } catch (...) {  // std::bad_alloc building the lookup key
    return nullptr;
  }
}

INGOT_API ingot_dtype ingot_value_array_dtype(const ingot_value* array) {
  return array && array->kind == INGOT_ARRAY ? array_of(*array).dtype : INGOT_FLOAT32;
}
INGOT_API size_t ingot_value_array_ndim(const ingot_value* array) {
  return array && array->kind == INGOT_ARRAY ? array_of(*array).shape.size() : 0;
}
INGOT_API const int64_t* ingot_value_array_shape(const ingot_value* array) {
  return array && array->kind == INGOT_ARRAY ? array_of(*array).shape.data() : nullptr;
}
INGOT_API void* ingot_value_array_data(const ingot_value* array) {
  return array && array->kind == INGOT_ARRAY ? array_of(*array).data : nullptr;
}
INGOT_API size_t ingot_dtype_size(ingot_dtype dtype) {
  switch (dtype) {
    case INGOT_FLOAT64:
    case INGOT_INT64:
      return 8;
    case INGOT_FLOAT32:
    case INGOT_INT32:
      return 4;
    case INGOT_BFLOAT16:
    case INGOT_FLOAT16:
      return 2;
    case INGOT_INT8:
    case INGOT_UINT8:
    case INGOT_BOOL8:
      return 1;
  }
  return 0;
}

}  // extern "C"
