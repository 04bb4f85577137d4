// TupleOf<T>: Python's `tuple[T, ...]`, a tuple of any length whose items share one type.
// Immutable with value semantics, like Tuple; shown as (a, b), (a,) and ().
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "runtime/core/containers.h"
#include "runtime/core/errors.h"
#include "runtime/core/json.h"
#include "runtime/core/protocol.h"

namespace ingot::rt {

template <class T>
class TupleOf {
 public:
  using value_type = T;

  TupleOf() : items_(std::make_shared<const std::vector<T>>()) {}
  explicit TupleOf(std::vector<T> items)
      : items_(std::make_shared<const std::vector<T>>(std::move(items))) {}

  const std::vector<T>& items() const { return *items_; }
  Int size() const { return static_cast<Int>(items_->size()); }
  auto begin() const { return items_->begin(); }
  auto end() const { return items_->end(); }

 private:
  std::shared_ptr<const std::vector<T>> items_;
};

template <class T>
Int len(const TupleOf<T>& x) {
  return x.size();
}

template <class T>
T getitem(const TupleOf<T>& self, Int index) {
  return self.items()[normalize_index(index, self.size(), "tuple index out of range")];
}

template <class T>
TupleOf<T> slice(const TupleOf<T>& self, const Optional<Int>& start, const Optional<Int>& stop,
                 const Optional<Int>& step) {
  SliceBounds b = adjust_slice(self.size(), start, stop, step);
  std::vector<T> out;
  out.reserve(static_cast<size_t>(b.length));
  for (Int i = 0, at = b.start; i < b.length; ++i, at += b.step) out.push_back(self.items()[at]);
  return TupleOf<T>(std::move(out));
}

template <class T, class U>
Bool contains(const TupleOf<T>& self, const U& item) {
  for (const T& x : self) {
    if (py_eq(x, item)) return true;
  }
  return false;
}

template <class T>
Bool truth(const TupleOf<T>& x) {
  return x.size() > 0;
}

template <class A, class B>
Bool py_eq(const TupleOf<A>& a, const TupleOf<B>& b) {
  if (a.size() != b.size()) return false;
  for (Int i = 0; i < a.size(); ++i) {
    if (!py_eq(a.items()[i], b.items()[i])) return false;
  }
  return true;
}
// Against a tuple of fixed length, either way round: a.shape == (2, 3).
template <class A, class... Bs>
Bool py_eq(const TupleOf<A>& a, const Tuple<Bs...>& b) {
  if (a.size() != static_cast<Int>(sizeof...(Bs))) return false;
  Int i = 0;
  bool same = true;
  std::apply(
      [&](const auto&... item) { ((same = same && py_eq_or_false(a.items()[i++], item)), ...); },
      b.as_std());
  return same;
}
template <class... As, class B>
Bool py_eq(const Tuple<As...>& a, const TupleOf<B>& b) {
  return py_eq(b, a);
}

template <class A, class B>
Bool py_lt(const TupleOf<A>& a, const TupleOf<B>& b) {
  Int n = std::min(a.size(), b.size());
  for (Int i = 0; i < n; ++i) {
    if (!py_eq(a.items()[i], b.items()[i])) return py_lt(a.items()[i], b.items()[i]);
  }
  return a.size() < b.size();
}

template <class T>
size_t py_hash(const TupleOf<T>& x) {
  size_t h = 0x345678;
  for (const T& item : x) h = h * 1000003 ^ py_hash(item);
  return h;
}

template <class T>
Str repr(const TupleOf<T>& x) {
  std::string out = "(";
  for (Int i = 0; i < x.size(); ++i) {
    if (i) out += ", ";
    out += repr(x.items()[i]).view();
  }
  if (x.size() == 1) out += ",";
  return Str(out + ")");
}

template <class T>
void json_append(std::string& out, const TupleOf<T>& x) {
  out += '[';
  for (Int i = 0; i < x.size(); ++i) {
    if (i) out += ", ";
    json_append(out, x.items()[i]);
  }
  out += ']';
}

namespace op {
template <class T>
TupleOf<T> add(const TupleOf<T>& a, const TupleOf<T>& b) {
  std::vector<T> items = a.items();
  items.insert(items.end(), b.begin(), b.end());
  return TupleOf<T>(std::move(items));
}
}  // namespace op

// tuple(iterable)
template <class It>
TupleOf<elem_t<It>> to_tuple(const It& iterable) {
  std::vector<elem_t<It>> items;
  for (const auto& x : iterable) items.push_back(x);
  return TupleOf<elem_t<It>>(std::move(items));
}

}  // namespace ingot::rt
