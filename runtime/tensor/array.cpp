#include "runtime/tensor/array.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>
#include <string>
#include <vector>

#include <sys/mman.h>

#include "runtime/core/errors.h"
#include "runtime/tensor/loops.h"

namespace ingot::rt::tensor {

namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;
// From this size on a buffer goes on huge pages and, freed, is kept for reuse.
constexpr std::size_t kLargeBuffer = 16 * kHugePage;
// Every buffer starts on a cache line, so that a vector load never straddles two.
constexpr std::size_t kCacheLine = 64;

std::size_t round_up(std::size_t value, std::size_t to) { return (value + to - 1) / to * to; }

// From this size on a malloc'd buffer asks for transparent huge pages where whole ones fit in
// it, as numpy's allocator does: a few arrays of 1M float32s on 4 KiB pages overflow the
// TLB, and their loops ran up to 45% slower than numpy's, by how the heap happened to lie.
constexpr std::size_t kHugePageAdvice = std::size_t{4} << 20;

void advise_huge_pages(std::byte* start, std::size_t bytes) {
#ifdef MADV_HUGEPAGE
  const auto address = reinterpret_cast<std::uintptr_t>(start);
  const std::uintptr_t first = round_up(address, kHugePage);
  const std::uintptr_t last = (address + bytes) / kHugePage * kHugePage;
  if (last > first) madvise(start + (first - address), last - first, MADV_HUGEPAGE);
#else
  (void)start;
  (void)bytes;
#endif
}

// Large buffers freed and kept for the next array of the same rounded size: a loop that
// makes a 64 MiB result per call would otherwise map fresh pages and fault each one in
// again every time, which costs as much as the arithmetic on them (and more under a
// sandboxing kernel). At most kMaxCachedBytes are kept; the oldest go first.
class LargeBufferCache {
 public:
  static LargeBufferCache& instance() {
    // Never destroyed: arrays held by other static objects may be freed after it would be.
    static auto* cache = new LargeBufferCache;
    return *cache;
  }

  std::byte* take(std::size_t rounded) {
    const std::lock_guard<std::mutex> lock(mutex_);
    for (auto it = kept_.begin(); it != kept_.end(); ++it) {
      if (it->bytes != rounded) continue;
      std::byte* data = it->data;
      cached_bytes_ -= rounded;
      kept_.erase(it);
      return data;
    }
    return nullptr;
  }

  void give(std::byte* data, std::size_t rounded) {
    if (rounded > kMaxCachedBytes) return std::free(data);
    const std::lock_guard<std::mutex> lock(mutex_);
    while (cached_bytes_ + rounded > kMaxCachedBytes) {
      std::free(kept_.front().data);
      cached_bytes_ -= kept_.front().bytes;
      kept_.erase(kept_.begin());
    }
    kept_.push_back({data, rounded});
    cached_bytes_ += rounded;
  }

 private:
  static constexpr std::size_t kMaxCachedBytes = std::size_t{256} << 20;
  struct Kept {
    std::byte* data;
    std::size_t bytes;
  };
  std::mutex mutex_;
  std::vector<Kept> kept_;  // oldest first
  std::size_t cached_bytes_ = 0;
};

}  // namespace

Storage::Storage(std::size_t bytes) : data_(nullptr), bytes_(bytes), borrowed_(false) {
  if (bytes < kLargeBuffer) {
    // From malloc, whose thread cache hands a freed small buffer straight back (aligned_alloc
    // bypasses it and costs several times more per array), moved up to a cache line.
    allocation_ = std::malloc(bytes + kCacheLine - 1);
    if (allocation_ == nullptr) throw std::bad_alloc();
    const auto address = reinterpret_cast<std::uintptr_t>(allocation_);
    data_ = static_cast<std::byte*>(allocation_) + (round_up(address, kCacheLine) - address);
    if (bytes >= kHugePageAdvice) {
      advise_huge_pages(static_cast<std::byte*>(allocation_), bytes + kCacheLine - 1);
    }
    return;
  }
  // Large buffers go on transparent huge pages, as numpy's allocator puts them: first
  // touching 4 KiB pages one fault at a time costs more than the arithmetic on them.
  const std::size_t rounded = round_up(bytes, kHugePage);
  data_ = LargeBufferCache::instance().take(rounded);
  if (data_ == nullptr) {
    data_ = static_cast<std::byte*>(std::aligned_alloc(kHugePage, rounded));
    if (data_ == nullptr) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
    madvise(data_, rounded, MADV_HUGEPAGE);
#endif
  }
  allocation_ = data_;
}

Storage::Storage(void* borrowed, std::size_t bytes, std::function<void()> release)
    : data_(static_cast<std::byte*>(borrowed)),
      bytes_(bytes),
      borrowed_(true),
      release_(std::move(release)) {}

Storage::~Storage() {
  if (borrowed_) {
    if (release_) release_();
  } else if (bytes_ < kLargeBuffer) {
    std::free(allocation_);
  } else {
    LargeBufferCache::instance().give(data_, round_up(bytes_, kHugePage));
  }
}

Array::Array() : Array(DType::Float64, {}) { *data<double>() = 0.0; }

Array::Array(DType dtype, Shape shape)
    : storage_(std::make_shared<Storage>(static_cast<std::size_t>(checked_size(shape)) *
                                         itemsize(dtype))),
      dtype_(dtype),
      shape_(std::move(shape)),
      strides_(contiguous_strides(shape_)) {}

Array::Array(std::shared_ptr<Storage> storage, DType dtype, Shape shape, Shape strides,
             int64_t offset)
    : storage_(std::move(storage)),
      dtype_(dtype),
      shape_(std::move(shape)),
      strides_(std::move(strides)),
      offset_(offset) {}

int64_t Array::size() const {
  int64_t n = 1;
  for (int64_t extent : shape_) n *= extent;
  return n;
}

int64_t Array::dim(int64_t axis) const { return shape_[normalize_axis(axis, ndim())]; }

bool Array::is_contiguous() const {
  int64_t expected = 1;
  for (std::size_t d = shape_.size(); d-- > 0;) {
    if (shape_[d] == 0) return true;
    if (shape_[d] != 1 && strides_[d] != expected) return false;
    expected *= shape_[d];
  }
  return true;
}

Array::RowIterator Array::begin() const {
  // 0-d arrays here are mostly numpy's scalars (a.sum(), a[0]): their words.
  if (ndim() == 0) {
    raise(ExcKind::TypeError,
          "'numpy." + std::string(dtype_name(dtype_)) + "' object is not iterable");
  }
  return {this, 0};
}

Array::RowIterator Array::end() const { return {this, ndim() == 0 ? 0 : shape_[0]}; }

Array Array::row(int64_t i) const {
  return Array(storage_, dtype_, Shape(shape_.begin() + 1, shape_.end()),
               Shape(strides_.begin() + 1, strides_.end()), offset_ + i * strides_[0]);
}

int64_t Array::offset_of(int64_t flat_index) const {
  int64_t at = offset_;
  for (std::size_t d = shape_.size(); d-- > 0;) {
    at += (flat_index % shape_[d]) * strides_[d];
    flat_index /= shape_[d];
  }
  return at;
}

double Array::element_as_double(int64_t flat_index) const {
  const int64_t at = offset_of(flat_index) - offset_;
  return visit_dtype(dtype_,
                     [&]<typename T>() { return static_cast<double>(load(data<T>()[at])); });
}

int64_t Array::element_as_int(int64_t flat_index) const {
  const int64_t at = offset_of(flat_index) - offset_;
  return visit_dtype(dtype_, [&]<typename T>() { return cast_value<int64_t>(data<T>()[at]); });
}

Shape contiguous_strides(const Shape& shape) {
  Shape strides(shape.size());
  int64_t step = 1;
  for (std::size_t d = shape.size(); d-- > 0;) {
    strides[d] = step;
    step *= shape[d] == 0 ? 1 : shape[d];
  }
  return strides;
}

int64_t checked_size(const Shape& shape) {
  int64_t n = 1;
  for (int64_t extent : shape) {
    if (extent < 0) raise(ExcKind::ValueError, "negative dimensions are not allowed");
    if (extent != 0 && n > (int64_t{1} << 48) / extent) {
      raise(ExcKind::ValueError,
            "array is too big; `arr.size * arr.dtype.itemsize` is larger "
            "than the maximum possible size.");
    }
    n *= extent;
  }
  return n;
}

std::string shape_str(const Shape& shape) {
  std::string out = "(";
  for (std::size_t d = 0; d < shape.size(); ++d) {
    if (d) out += ",";
    out += std::to_string(shape[d]);
  }
  if (shape.size() == 1) out += ",";
  return out + ")";
}

std::string torch_shape_str(const Shape& shape) {
  std::string out = "[";
  for (std::size_t d = 0; d < shape.size(); ++d) {
    if (d) out += ", ";
    out += std::to_string(shape[d]);
  }
  return out + "]";
}

int64_t normalize_axis(int64_t axis, int64_t ndim) {
  if (axis < -ndim || axis >= ndim) {
    raise(ExcKind::ValueError, "axis " + std::to_string(axis) +
                                   " is out of bounds for array of dimension " +
                                   std::to_string(ndim));
  }
  return axis < 0 ? axis + ndim : axis;
}

Shape broadcast_shapes(const Shape& a, const Shape& b, Rules rules) {
  const std::size_t ndim = std::max(a.size(), b.size());
  Shape out(ndim);
  for (std::size_t d = 0; d < ndim; ++d) {
    const int64_t x = d + a.size() >= ndim ? a[d + a.size() - ndim] : 1;
    const int64_t y = d + b.size() >= ndim ? b[d + b.size() - ndim] : 1;
    if (x != y && x != 1 && y != 1) {
      if (rules == Rules::Torch) {
        raise(ExcKind::RuntimeError, "The size of tensor a (" + std::to_string(x) +
                                         ") must match the size of tensor b (" + std::to_string(y) +
                                         ") at non-singleton dimension " + std::to_string(d));
      }
      raise(ExcKind::ValueError, "operands could not be broadcast together with shapes " +
                                     shape_str(a) + " " + shape_str(b) + " ");
    }
    out[d] = x == 1 ? y : x;
  }
  return out;
}

Shape broadcast_strides(const Array& a, const Shape& shape) {
  Shape strides(shape.size(), 0);
  const std::size_t lead = shape.size() - a.shape().size();
  for (std::size_t d = 0; d < a.shape().size(); ++d) {
    if (a.shape()[d] != 1) strides[lead + d] = a.strides()[d];
  }
  return strides;
}

// ---- creation -----------------------------------------------------------------------------

Array empty(const Shape& shape, DType dtype) { return Array(dtype, shape); }

Array full(const Shape& shape, double value, DType dtype) {
  Array out(dtype, shape);
  visit_dtype(dtype, [&]<typename T>() {
    const T filled = cast_value<T>(value);
    T* data = out.data<T>();
    for (int64_t i = 0, n = out.size(); i < n; ++i) data[i] = filled;
  });
  return out;
}

Array full_int(const Shape& shape, int64_t value, DType dtype) {
  Array out(dtype, shape);
  visit_dtype(dtype, [&]<typename T>() {
    const T filled = cast_value<T>(value);
    T* data = out.data<T>();
    for (int64_t i = 0, n = out.size(); i < n; ++i) data[i] = filled;
  });
  return out;
}

Array zeros(const Shape& shape, DType dtype) { return full_int(shape, 0, dtype); }
Array ones(const Shape& shape, DType dtype) { return full_int(shape, 1, dtype); }
Array scalar(double value, DType dtype) { return full({}, value, dtype); }
Array scalar_int(int64_t value, DType dtype) { return full_int({}, value, dtype); }

Array arange(double start, double stop, double step, DType dtype) {
  if (step == 0) raise(ExcKind::ZeroDivisionError, "division by zero");
  const double count = std::ceil((stop - start) / step);
  if (std::isnan(count)) raise(ExcKind::ValueError, "arange: cannot compute length");
  if (count > 0x1p48) raise(ExcKind::ValueError, "Maximum allowed size exceeded");
  const int64_t n = count > 0 ? static_cast<int64_t>(count) : 0;
  Array out(dtype, {n});
  visit_dtype(dtype, [&]<typename T>() {
    T* data = out.data<T>();
    if constexpr (std::is_floating_point_v<compute_t<T>>) {
      // numpy's fill: the first two values in the dtype, then first + i * their difference.
      using C = compute_t<T>;
      const C first = load(cast_value<T>(start));
      const C delta = load(cast_value<T>(start + step)) - first;
      for (int64_t i = 0; i < n; ++i) data[i] = store<T>(first + static_cast<C>(i) * delta);
    } else {
      // Integer ranges count in integers so that large values stay exact.
      const auto first = static_cast<int64_t>(start);
      const auto delta = static_cast<int64_t>(step);
      for (int64_t i = 0; i < n; ++i) data[i] = cast_value<T>(first + i * delta);
    }
  });
  return out;
}

Array linspace(double start, double stop, int64_t num, bool endpoint, DType dtype) {
  if (num < 0) {
    raise(ExcKind::ValueError,
          "Number of samples, " + std::to_string(num) + ", must be non-negative.");
  }
  const int64_t divisions = endpoint ? num - 1 : num;
  const double step = divisions > 0 ? (stop - start) / static_cast<double>(divisions) : 0.0;
  Array out(dtype, {num});
  visit_dtype(dtype, [&]<typename T>() {
    T* data = out.data<T>();
    for (int64_t i = 0; i < num; ++i) {
      double value = divisions > 0 ? start + static_cast<double>(i) * step : start;
      if (endpoint && num > 1 && i == num - 1) value = stop;
      if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) value = std::floor(value);
      data[i] = cast_value<T>(value);
    }
  });
  return out;
}

Array from_bytes(std::string_view buffer, DType dtype, int64_t count, int64_t offset) {
  const auto length = static_cast<int64_t>(buffer.size());
  if (offset < 0 || offset > length) {
    raise(ExcKind::ValueError, "offset must be non-negative and no greater than buffer length (" +
                                   std::to_string(length) + ")");
  }
  const auto size = static_cast<int64_t>(itemsize(dtype));
  const int64_t available = length - offset;
  if (count < 0) {
    if (available % size != 0) {
      raise(ExcKind::ValueError, "buffer size must be a multiple of element size");
    }
    count = available / size;
  } else if (available < count * size) {
    raise(ExcKind::ValueError, "buffer is smaller than requested size");
  }
  Array out(dtype, {count});
  std::memcpy(out.raw_data(), buffer.data() + offset, static_cast<size_t>(count * size));
  if (dtype == DType::Bool) {
    // Any nonzero byte is True; stored as 1, the only true value a C++ bool may hold.
    auto* bytes = static_cast<unsigned char*>(out.raw_data());
    for (int64_t i = 0; i < count; ++i) bytes[i] = bytes[i] != 0 ? 1 : 0;
  }
  return out;
}

std::string to_bytes(const Array& a) {
  const Array packed = contiguous(a);
  return {static_cast<const char*>(packed.raw_data()),
          static_cast<size_t>(packed.size()) * itemsize(packed.dtype())};
}

Array eye(int64_t n, int64_t m, int64_t k, DType dtype) {
  Array out = zeros({n, m}, dtype);
  visit_dtype(dtype, [&]<typename T>() {
    T* data = out.data<T>();
    for (int64_t row = 0; row < n; ++row) {
      const int64_t column = row + k;
      if (column >= 0 && column < m) data[row * m + column] = cast_value<T>(int64_t{1});
    }
  });
  return out;
}

// ---- conversion ---------------------------------------------------------------------------

void assign(const Array& dst, const Array& src) {
  if (dst.size() == 0) return;
  // A source that overlaps the destination is read from a copy first.
  const Array source = src.shares_memory_with(dst) ? copy(src) : src;
  const Shape source_strides = broadcast_strides(source, dst.shape());
  visit_dtype(dst.dtype(), [&]<typename To>() {
    visit_dtype(source.dtype(), [&]<typename From>() {
      To* out = dst.data<To>();
      const From* in = source.data<From>();
      for_each_row<2>(dst.shape(), {dst.strides(), source_strides}, [&](const Row<2>& row) {
        To* o = out + row.offset[0];
        const From* s = in + row.offset[1];
        for (int64_t i = 0; i < row.count; ++i) {
          o[i * row.stride[0]] = cast_value<To>(s[i * row.stride[1]]);
        }
      });
    });
  });
}

Array astype(const Array& a, DType dtype) {
  Array out(dtype, a.shape());
  assign(out, a);
  return out;
}

Array as_dtype(const Array& a, DType dtype) { return a.dtype() == dtype ? a : astype(a, dtype); }

Array copy(const Array& a) { return astype(a, a.dtype()); }

Array contiguous(const Array& a) { return a.is_contiguous() ? a : copy(a); }

double item_as_double(const Array& a) {
  if (a.size() != 1) {
    raise(ExcKind::ValueError, "can only convert an array of size 1 to a Python scalar");
  }
  return a.element_as_double(0);
}

}  // namespace ingot::rt::tensor
