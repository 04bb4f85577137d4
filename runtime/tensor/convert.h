// Arrays across the C ABI: the Convert<Array> specialization (runtime/abi/convert.h) that
// generated glue uses for a parameter or result annotated np.ndarray / torch.Tensor.
//
// In: an ABI array is used in place, without a copy: the function sees the caller's memory
// (as CPython's function would see the caller's numpy array, in-place writes included).
// JSON callers have no arrays: a nested list becomes the array np.array(list) would make
// (bool, else int64, else float64).
// Out: the result's storage is handed to the ABI value without a copy; the value keeps it
// alive. A result that is not C-contiguous, or that still lies in an argument's memory
// (which the caller frees after the call), is copied first.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "runtime/abi/convert.h"
#include "runtime/tensor/array.h"

namespace ingot::abi {

namespace detail {

inline rt::tensor::DType dtype_from_abi(ingot_dtype dtype) {
  using rt::tensor::DType;
  switch (dtype) {
    case INGOT_FLOAT32:
      return DType::Float32;
    case INGOT_FLOAT64:
      return DType::Float64;
    case INGOT_INT32:
      return DType::Int32;
    case INGOT_INT64:
      return DType::Int64;
    case INGOT_INT8:
      return DType::Int8;
    case INGOT_UINT8:
      return DType::UInt8;
    case INGOT_BOOL8:
      return DType::Bool;
    case INGOT_BFLOAT16:
      return DType::BFloat16;
    case INGOT_FLOAT16:
      return DType::Float16;
  }
  raise(ExcKind::ValueError, "unknown array dtype");
}

inline ingot_dtype dtype_to_abi(rt::tensor::DType dtype) {
  using rt::tensor::DType;
  switch (dtype) {
    case DType::Float32:
      return INGOT_FLOAT32;
    case DType::Float64:
      return INGOT_FLOAT64;
    case DType::Int32:
      return INGOT_INT32;
    case DType::Int64:
      return INGOT_INT64;
    case DType::Int8:
      return INGOT_INT8;
    case DType::UInt8:
      return INGOT_UINT8;
    case DType::Bool:
      return INGOT_BOOL8;
    case DType::BFloat16:
      return INGOT_BFLOAT16;
    case DType::Float16:
      break;
  }
  return INGOT_FLOAT16;
}

// The shape and kind of a nested list as np.array sees it: every level a list of the same
// length, leaves all numbers. ValueError, worded as numpy's, for a ragged list.
struct ListLayout {
  rt::tensor::Shape shape;
  bool any_float = false;
  bool any_int = false;
  bool any_bool = false;
};

inline void walk_list(const ingot_value& v, std::size_t depth, ListLayout& layout,
                      bool& shape_known) {
  if (v.kind == INGOT_LIST || v.kind == INGOT_TUPLE) {
    const auto& items = sequence_of(v).items;
    const auto size = static_cast<int64_t>(items.size());
    if (!shape_known && depth == layout.shape.size()) {
      layout.shape.push_back(size);
    } else if (depth >= layout.shape.size() || layout.shape[depth] != size) {
      raise(ExcKind::ValueError,
            "setting an array element with a sequence. The requested array has an "
            "inhomogeneous shape after " +
                std::to_string(depth) + " dimensions.");
    }
    if (items.empty()) shape_known = true;
    for (const auto& item : items) walk_list(*item, depth + 1, layout, shape_known);
    return;
  }
  if (depth != layout.shape.size()) {
    raise(ExcKind::ValueError,
          "setting an array element with a sequence. The requested array has an "
          "inhomogeneous shape after " +
              std::to_string(depth) + " dimensions.");
  }
  shape_known = true;
  if (v.kind == INGOT_FLOAT) {
    layout.any_float = true;
  } else if (v.kind == INGOT_INT) {
    layout.any_int = true;
  } else if (v.kind == INGOT_BOOL) {
    layout.any_bool = true;
  } else {
    raise(ExcKind::TypeError,
          "an array element must be a number, not " + std::string(type_name(v)));
  }
}

inline void fill_from_list(const ingot_value& v, const rt::tensor::Array& out, int64_t& at) {
  if (v.kind == INGOT_LIST || v.kind == INGOT_TUPLE) {
    for (const auto& item : sequence_of(v).items) fill_from_list(*item, out, at);
    return;
  }
  rt::tensor::visit_dtype(out.dtype(), [&]<typename T>() {
    T* data = out.data<T>();
    if (v.kind == INGOT_FLOAT) {
      data[at] = rt::tensor::cast_value<T>(std::get<double>(v.payload));
    } else if (v.kind == INGOT_INT) {
      data[at] = rt::tensor::cast_value<T>(std::get<int64_t>(v.payload));
    } else {
      data[at] = rt::tensor::cast_value<T>(std::get<bool>(v.payload));
    }
  });
  ++at;
}

inline rt::tensor::Array array_from_list(const ingot_value& v) {
  ListLayout layout;
  bool shape_known = false;
  walk_list(v, 0, layout, shape_known);
  using rt::tensor::DType;
  // np.array's choice: float64 if any float (or no elements at all), else int64, else bool.
  const DType dtype = layout.any_float  ? DType::Float64
                      : layout.any_int  ? DType::Int64
                      : layout.any_bool ? DType::Bool
                                        : DType::Float64;
  rt::tensor::Array out(dtype, layout.shape);
  int64_t at = 0;
  fill_from_list(v, out, at);
  return out;
}

}  // namespace detail

template <>
struct Convert<rt::tensor::Array> {
  static bool accepts(const ingot_value& v, bool exact) {
    return v.kind == INGOT_ARRAY || (!exact && (v.kind == INGOT_LIST || v.kind == INGOT_TUPLE));
  }

  static rt::tensor::Array from(const ingot_value& v, const Where& where) {
    if (v.kind == INGOT_LIST || v.kind == INGOT_TUPLE) return detail::array_from_list(v);
    detail::expect_kind(v, INGOT_ARRAY, name(), where);
    const Array& array = array_of(v);
    rt::tensor::Shape shape(array.shape.begin(), array.shape.end());
    // Borrowed for the call: no release, the caller owns the memory.
    auto storage = std::make_shared<rt::tensor::Storage>(array.data, array.byte_size, nullptr);
    return rt::tensor::Array(std::move(storage), detail::dtype_from_abi(array.dtype), shape,
                             rt::tensor::contiguous_strides(shape), 0);
  }

  static ValuePtr to(const rt::tensor::Array& v) {
    const bool must_copy = !v.is_contiguous() || v.storage()->borrowed();
    const rt::tensor::Array packed = must_copy ? rt::tensor::copy(v) : v;
    // The value holds a reference to the storage until the ABI frees it.
    auto* keep = new std::shared_ptr<rt::tensor::Storage>(packed.storage());
    ingot_error* error = nullptr;
    ingot_value* out = ingot_value_array_wrap(
        detail::dtype_to_abi(packed.dtype()), packed.shape().size(), packed.shape().data(),
        packed.raw_data(),
        [](void* context) { delete static_cast<std::shared_ptr<rt::tensor::Storage>*>(context); },
        keep, &error);
    if (out == nullptr) {  // the wrap released `keep` already
      const std::string message = ingot_error_message(error);
      ingot_error_free(error);
      raise(ExcKind::MemoryError, message);
    }
    return ValuePtr(out);
  }

  static std::string name() { return "ndarray"; }
  static std::string json() { return detail::json_kind("array"); }
};

}  // namespace ingot::abi
