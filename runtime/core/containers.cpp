#include "runtime/core/containers.h"

#include <cstdio>
#include <limits>

#include "runtime/core/int128.h"

namespace ingot::rt {

SliceBounds adjust_slice(Int length, const Optional<Int>& start, const Optional<Int>& stop,
                         const Optional<Int>& step) {
  SliceBounds b;
  b.step = step.value_or(1);
  if (b.step == 0) raise(ExcKind::ValueError, "slice step cannot be zero");
  // CPython clamps the step so that negating it cannot overflow.
  if (b.step < -std::numeric_limits<Int>::max()) b.step = -std::numeric_limits<Int>::max();
  const bool backwards = b.step < 0;
  auto clamp = [&](Int i) {
    if (i < 0) {
      i += length;
      if (i < 0) i = backwards ? -1 : 0;
    } else if (i >= length) {
      i = backwards ? length - 1 : length;
    }
    return i;
  };
  b.start = start ? clamp(*start) : (backwards ? length - 1 : 0);
  b.stop = stop ? clamp(*stop) : (backwards ? -1 : length);
  if (backwards) {
    b.length = b.stop < b.start ? (b.start - b.stop - 1) / (-b.step) + 1 : 0;
  } else {
    b.length = b.start < b.stop ? (b.stop - b.start - 1) / b.step + 1 : 0;
  }
  return b;
}

Int normalize_index(Int index, Int length, const char* message) {
  if (index < 0) index += length;
  if (index < 0 || index >= length) raise(ExcKind::IndexError, message);
  return index;
}

// ---- Range ----------------------------------------------------------------------------------

Range::Range(Int start, Int stop, Int step) : start_(start), stop_(stop), step_(step), length_(0) {
  if (step == 0) raise(ExcKind::ValueError, "range() arg 3 must not be zero");
  // The count in unsigned arithmetic: stop - start may not fit in an Int.
  using U = unsigned long long;
  if (step > 0 && start < stop) {
    U span = static_cast<U>(stop) - static_cast<U>(start) - 1;
    length_ = static_cast<Int>(span / static_cast<U>(step) + 1);
  } else if (step < 0 && start > stop) {
    U span = static_cast<U>(start) - static_cast<U>(stop) - 1;
    length_ = static_cast<Int>(span / (0 - static_cast<U>(step)) + 1);
  }
}

bool Range::contains(Int x) const {
  if (step_ > 0 ? (x < start_ || x >= stop_) : (x > start_ || x <= stop_)) return false;
  using U = unsigned long long;
  U offset = step_ > 0 ? static_cast<U>(x) - static_cast<U>(start_)
                       : static_cast<U>(start_) - static_cast<U>(x);
  U stride = step_ > 0 ? static_cast<U>(step_) : 0 - static_cast<U>(step_);
  return offset % stride == 0;
}

Int getitem(const Range& self, Int index) {
  return self.at(normalize_index(index, self.size(), "range object index out of range"));
}

Range slice(const Range& self, const Optional<Int>& start, const Optional<Int>& stop,
            const Optional<Int>& step) {
  SliceBounds b = adjust_slice(self.size(), start, stop, step);
  // As CPython: the adjusted slice bounds mapped through the range (in 128 bits, since
  // they may pass the ends of an Int when the range is near them).
  auto map = [&](Int i) {
    Int128 v = static_cast<Int128>(self.start()) + static_cast<Int128>(i) * self.step();
    if (v > std::numeric_limits<Int>::max() || v < std::numeric_limits<Int>::min()) {
      raise_int_overflow();
    }
    return static_cast<Int>(v);
  };
  Int new_step;
  if (__builtin_mul_overflow(self.step(), b.step, &new_step)) raise_int_overflow();
  return Range(map(b.start), map(b.stop), new_step);
}

Bool py_eq(const Range& a, const Range& b) {
  if (a.size() != b.size()) return false;
  if (a.size() == 0) return true;
  if (a.start() != b.start()) return false;
  return a.size() == 1 || a.step() == b.step();
}

Str repr(const Range& x) {
  std::string out = "range(" + std::to_string(x.start()) + ", " + std::to_string(x.stop());
  if (x.step() != 1) out += ", " + std::to_string(x.step());
  out += ")";
  return Str(std::move(out));
}

// ---- Bytes ----------------------------------------------------------------------------------

Int getitem(const Bytes& self, Int index) {
  Int i = normalize_index(index, self.len(), "index out of range");
  return static_cast<unsigned char>(self.view()[static_cast<size_t>(i)]);
}

Bytes slice(const Bytes& self, const Optional<Int>& start, const Optional<Int>& stop,
            const Optional<Int>& step) {
  SliceBounds b = adjust_slice(self.len(), start, stop, step);
  std::string out;
  out.reserve(static_cast<size_t>(b.length));
  for (Int i = 0, pos = b.start; i < b.length; ++i, pos += b.step) out += self.view()[pos];
  return Bytes(std::move(out));
}

Bool contains(const Bytes& self, const Bytes& sub) {
  return self.view().find(sub.view()) != std::string_view::npos;
}

Bool contains(const Bytes& self, Int byte) {
  if (byte < 0 || byte > 255) raise(ExcKind::ValueError, "byte must be in range(0, 256)");
  return self.view().find(static_cast<char>(byte)) != std::string_view::npos;
}

}  // namespace ingot::rt
