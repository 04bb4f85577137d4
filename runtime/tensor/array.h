// The n-dimensional array: a dtype, a shape, strides and an offset into shared storage.
// Views (slices, transposes, reshapes that need no copy, broadcasts) share their base's
// storage exactly where numpy's views share memory, so writes through a view are seen by
// the base.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "runtime/tensor/dtype.h"

namespace ingot::rt::tensor {

using Shape = std::vector<int64_t>;

// Bytes an array's elements live in. Either owned, or borrowed from someone else's buffer
// (a caller's numpy array) that `release` hands back when the last view is gone.
class Storage {
 public:
  explicit Storage(std::size_t bytes);
  // Someone else's bytes; `release` (may be empty) runs when the last view is gone.
  Storage(void* borrowed, std::size_t bytes, std::function<void()> release);
  Storage(const Storage&) = delete;
  Storage& operator=(const Storage&) = delete;
  ~Storage();

  std::byte* data() const { return data_; }
  std::size_t bytes() const { return bytes_; }
  bool borrowed() const { return borrowed_; }

 private:
  std::byte* data_;             // the first element, on a cache line unless borrowed
  void* allocation_ = nullptr;  // what the allocator gave, for freeing
  std::size_t bytes_;
  bool borrowed_;
  std::function<void()> release_;
};

class Array {
 public:
  // A 0-d float64 zero: what a default-constructed array variable holds.
  Array();
  // A new C-contiguous array of `shape`, elements uninitialized (np.empty).
  Array(DType dtype, Shape shape);
  // A view of `storage`: strides and offset count elements, not bytes.
  Array(std::shared_ptr<Storage> storage, DType dtype, Shape shape, Shape strides, int64_t offset);

  DType dtype() const { return dtype_; }
  const Shape& shape() const { return shape_; }
  const Shape& strides() const { return strides_; }
  int64_t offset() const { return offset_; }
  int64_t ndim() const { return static_cast<int64_t>(shape_.size()); }
  int64_t size() const;             // number of elements
  int64_t dim(int64_t axis) const;  // shape[axis], negative counting from the end
  bool is_contiguous() const;       // C order, no gaps
  const std::shared_ptr<Storage>& storage() const { return storage_; }
  bool shares_memory_with(const Array& other) const { return storage_ == other.storage_; }

  // The first element's address, typed.
  template <typename T>
  T* data() const {
    return reinterpret_cast<T*>(storage_->data()) + offset_;
  }
  void* raw_data() const { return storage_->data() + offset_ * itemsize(dtype_); }

  // The element at a flat C-order position, as double / int64 (for .item(), printing).
  double element_as_double(int64_t flat_index) const;
  int64_t element_as_int(int64_t flat_index) const;
  // Storage offset (in elements) of the element at a flat C-order position.
  int64_t offset_of(int64_t flat_index) const;

  // `for row in a`: views of the rows along the first axis (0-d arrays, numpy's scalars,
  // for a 1-d array); a 0-d array raises numpy's TypeError.
  class RowIterator;
  RowIterator begin() const;
  RowIterator end() const;
  Array row(int64_t i) const;  // a[i] for 0 <= i < shape[0], a view

 private:
  std::shared_ptr<Storage> storage_;
  DType dtype_;
  Shape shape_;
  Shape strides_;
  int64_t offset_ = 0;
};

// C-order strides (in elements) of a contiguous array of `shape`.
Shape contiguous_strides(const Shape& shape);
// Elements in `shape`; ValueError when a dimension is negative or the count overflows.
int64_t checked_size(const Shape& shape);
// "(2,3)" as numpy's messages print a shape, "(4,)" for one dimension.
std::string shape_str(const Shape& shape);
// "[2, 3]" as torch prints a size.
std::string torch_shape_str(const Shape& shape);
// An axis in [-ndim, ndim) made non-negative; numpy's AxisError (a ValueError) otherwise.
int64_t normalize_axis(int64_t axis, int64_t ndim);

class Array::RowIterator {
 public:
  using value_type = Array;
  using difference_type = std::ptrdiff_t;
  RowIterator() = default;
  RowIterator(const Array* array, int64_t i) : array_(array), i_(i) {}
  Array operator*() const { return array_->row(i_); }
  RowIterator& operator++() {
    ++i_;
    return *this;
  }
  RowIterator operator++(int) {
    RowIterator before = *this;
    ++i_;
    return before;
  }
  bool operator==(const RowIterator& other) const { return i_ == other.i_; }

 private:
  const Array* array_ = nullptr;
  int64_t i_ = 0;
};

// numpy's broadcasting of two shapes; ValueError "operands could not be broadcast together
// with shapes (2,3) (4,) " (numpy's wording, trailing space included), or torch's
// RuntimeError under torch's rules.
Shape broadcast_shapes(const Shape& a, const Shape& b, Rules rules = Rules::Numpy);
// Strides that read `a` broadcast to `shape` (0 along the dimensions it is repeated over).
Shape broadcast_strides(const Array& a, const Shape& shape);

// ---- creation -----------------------------------------------------------------------------

Array empty(const Shape& shape, DType dtype);
Array zeros(const Shape& shape, DType dtype);
Array ones(const Shape& shape, DType dtype);
Array full(const Shape& shape, double value, DType dtype);
Array full_int(const Shape& shape, int64_t value, DType dtype);  // exact for int64
// np.arange(start, stop, step): ceil((stop - start) / step) elements; ZeroDivisionError
// for step 0 ("division by zero" as numpy words it: "Maximum allowed size exceeded" is for
// huge sizes).
Array arange(double start, double stop, double step, DType dtype);
// np.frombuffer(buffer, dtype, count, offset): `count` elements of dtype read from the
// buffer's bytes after `offset` (every whole one when count is -1), with numpy's errors.
// Copied, so the result is writable where numpy's view of a bytes object is read-only.
Array from_bytes(std::string_view buffer, DType dtype, int64_t count, int64_t offset);
// ndarray.tobytes(): the elements' bytes in C order.
std::string to_bytes(const Array& a);

// np.linspace(start, stop, num, endpoint=True).
Array linspace(double start, double stop, int64_t num, bool endpoint, DType dtype);
// np.eye(n, m, k).
Array eye(int64_t n, int64_t m, int64_t k, DType dtype);
// A 0-d array holding one value.
Array scalar(double value, DType dtype);
Array scalar_int(int64_t value, DType dtype);
// An array of `shape` copied from C-order `values` of T.
template <typename T>
Array from_values(const Shape& shape, std::span<const T> values) {
  Array out(dtype_of<T>(), shape);
  T* data = out.data<T>();
  for (std::size_t i = 0; i < values.size(); ++i) data[i] = values[i];
  return out;
}

// ---- conversion ---------------------------------------------------------------------------

// A copy converted to `dtype` (numpy's astype casting="unsafe"); C-contiguous.
Array astype(const Array& a, DType dtype);
// `a` itself when it already has `dtype`, else astype.
Array as_dtype(const Array& a, DType dtype);
// A C-contiguous copy (always a new array).
Array copy(const Array& a);
// `a` when it is already C-contiguous, else a contiguous copy.
Array contiguous(const Array& a);
// Copies `src` (broadcast to dst's shape, converted to dst's dtype) into `dst` in place.
void assign(const Array& dst, const Array& src);
// The only element of a size-1 array (.item()); ValueError otherwise, worded as numpy's.
double item_as_double(const Array& a);

}  // namespace ingot::rt::tensor

// The array as compiled code names it: numpy.ndarray and torch.Tensor are one C++ type
// (torch.from_numpy and .numpy() share memory, as in torch).
namespace ingot::rt::numpy {
using ndarray = tensor::Array;
}  // namespace ingot::rt::numpy
namespace ingot::rt::torch {
using Tensor = tensor::Array;
}  // namespace ingot::rt::torch
