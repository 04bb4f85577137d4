// Python's `collections`: Counter, defaultdict, OrderedDict and deque.
//
// Counter, defaultdict and OrderedDict are dicts (they derive from Dict, sharing its table
// and reference semantics), so every dict operation applies to them as in Python; they add
// their own item lookup, methods and repr. deque is its own container.
//
// The protocol functions (len, truth, repr, contains, py_eq) are declared here, in the
// classes' namespace, for argument lookup, and brought into ingot::rt for the qualified
// calls compiled code makes.
#pragma once

#include <algorithm>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "runtime/core/containers.h"
#include "runtime/core/errors.h"
#include "runtime/core/json.h"
#include "runtime/core/lowering.h"
#include "runtime/core/protocol.h"
#include "runtime/core/str.h"
#include "runtime/core/values.h"

namespace ingot::rt::builtins {

// A built-in class used as a value (`defaultdict(list)`): calling it makes an empty T.
template <class T>
struct type {
  T operator()() const { return T(); }
};

}  // namespace ingot::rt::builtins

namespace ingot::rt::collections {

// ---- Counter ----------------------------------------------------------------------------------

template <class K>
class Counter : public Dict<K, Int> {
 public:
  Counter() = default;
  // Counts an iterable's items; a dict (or Counter) gives its counts.
  template <class Iterable>
  static Counter from(const Iterable& items) {
    Counter c;
    c.add(items, 1);
    return c;
  }
  Int count(const K& key) const {
    const Int* n = this->find(key);
    return n ? *n : 0;
  }
  template <class Iterable>
  void add(const Iterable& items, Int sign) const {
    if constexpr (requires { items.table(); }) {  // a mapping: its counts
      for (const auto& [k, n] : DictItems<K, Int>(items)) this->set(k, count(k) + sign * n);
    } else {
      for (const auto& k : items) this->set(k, count(k) + sign);
    }
  }
};

// c[key]: 0 for a missing key, which is not inserted.
template <class K>
Int counter_getitem(const Counter<K>& c, const std::type_identity_t<K>& key) {
  return c.count(key);
}

template <class K>
List<Tuple<K, Int>> most_common(const Counter<K>& c, const Optional<Int>& n) {
  std::vector<Tuple<K, Int>> items;
  for (const auto& [k, v] : DictItems<K, Int>(c)) items.emplace_back(k, v);
  std::stable_sort(items.begin(), items.end(),
                   [](const auto& a, const auto& b) { return std::get<1>(a) > std::get<1>(b); });
  if (n) items.resize(std::min<size_t>(items.size(), static_cast<size_t>(std::max<Int>(*n, 0))));
  return List<Tuple<K, Int>>(std::move(items));
}

template <class K>
List<K> elements(const Counter<K>& c) {
  List<K> out;
  for (const auto& [k, n] : DictItems<K, Int>(c)) {
    for (Int i = 0; i < n; ++i) out.items().push_back(k);
  }
  return out;
}

template <class K, class Iterable>
NoneType counter_update(const Counter<K>& c, const Iterable& items) {
  c.add(items, 1);
  return None;
}
template <class K, class Iterable>
NoneType counter_subtract(const Counter<K>& c, const Iterable& items) {
  c.add(items, -1);
  return None;
}
template <class K>
Int counter_total(const Counter<K>& c) {
  Int total = 0;
  for (const auto& [k, n] : DictItems<K, Int>(c)) total = int_add(total, n);
  return total;
}

// c + d, c - d, c | d, c & d: each key's combined count, keeping only positive ones (the
// left operand's keys first, then the right's, as CPython orders them).
template <class K, class Combine>
Counter<K> counter_combine(const Counter<K>& a, const Counter<K>& b, Combine combine) {
  Counter<K> out;
  for (const auto& [k, n] : DictItems<K, Int>(a)) {
    Int v = combine(n, b.count(k));
    if (v > 0) out.set(k, v);
  }
  for (const auto& [k, n] : DictItems<K, Int>(b)) {
    if (a.contains(k)) continue;
    Int v = combine(0, n);
    if (v > 0) out.set(k, v);
  }
  return out;
}
template <class K>
Counter<K> counter_add(const Counter<K>& a, const Counter<K>& b) {
  return counter_combine(a, b, [](Int x, Int y) { return int_add(x, y); });
}
template <class K>
Counter<K> counter_sub(const Counter<K>& a, const Counter<K>& b) {
  return counter_combine(a, b, [](Int x, Int y) { return int_sub(x, y); });
}
template <class K>
Counter<K> counter_or(const Counter<K>& a, const Counter<K>& b) {
  return counter_combine(a, b, [](Int x, Int y) { return std::max(x, y); });
}
template <class K>
Counter<K> counter_and(const Counter<K>& a, const Counter<K>& b) {
  Counter<K> out;
  for (const auto& [k, n] : DictItems<K, Int>(a)) {
    Int v = std::min(n, b.count(k));
    if (v > 0) out.set(k, v);
  }
  return out;
}

// Counter({'a': 2, 'b': 1}): most common first, as CPython prints it.
template <class K>
Str repr(const Counter<K>& c) {
  if (c.size() == 0) return Str("Counter()");
  std::string out = "Counter({";
  bool first = true;
  for (const auto& item : most_common(c, None)) {
    if (!first) out += ", ";
    first = false;
    out += rt::repr(std::get<0>(item)).view();
    out += ": ";
    out += rt::repr(std::get<1>(item)).view();
  }
  return Str(out + "})");
}
template <class K>
const char* type_name(const Counter<K>&) {
  return "Counter";
}

// ---- defaultdict ------------------------------------------------------------------------------

template <class K, class V>
class defaultdict : public Dict<K, V> {
 public:
  defaultdict() : factory_(std::make_shared<Factory>()) {}
  template <class F>
  explicit defaultdict(F factory, const char* factory_repr = "<function <lambda>>")
      : factory_(std::make_shared<Factory>(Factory{std::function<V()>(factory), factory_repr})) {}
  template <class T>
  explicit defaultdict(builtins::type<T> factory) : defaultdict(factory, type_repr(T())) {}

  // d[key]: a missing key is inserted with the factory's value.
  V get_or_insert(const K& key) const {
    if (const V* v = this->find(key)) return *v;
    if (!factory_->make) raise(ExcKind::KeyError, rt::repr(key).to_std());
    V value = factory_->make();
    this->set(key, value);
    return value;
  }
  const std::string& factory_repr() const { return factory_->repr; }

 private:
  struct Factory {
    std::function<V()> make;
    std::string repr;
  };
  template <class T>
  static const char* type_repr(const T& value) {
    static const std::string text = std::string("<class '") + rt::type_name(value) + "'>";
    return text.c_str();
  }
  std::shared_ptr<Factory> factory_;
};

template <class K, class V>
V defaultdict_getitem(const defaultdict<K, V>& d, const std::type_identity_t<K>& key) {
  return d.get_or_insert(key);
}

template <class K, class V>
Str repr(const defaultdict<K, V>& d) {
  return Str("defaultdict(" + d.factory_repr() + ", " +
             rt::repr(static_cast<const Dict<K, V>&>(d)).to_std() + ")");
}
template <class K, class V>
const char* type_name(const defaultdict<K, V>&) {
  return "defaultdict";
}

// ---- OrderedDict ------------------------------------------------------------------------------

template <class K, class V>
class OrderedDict : public Dict<K, V> {
 public:
  OrderedDict() = default;
  static OrderedDict from(const Dict<K, V>& items) {
    OrderedDict out;
    for (const auto& [k, v] : DictItems<K, V>(items)) out.set(k, v);
    return out;
  }
};

template <class K, class V>
NoneType move_to_end(const OrderedDict<K, V>& d, const std::type_identity_t<K>& key, Bool last) {
  const V* found = d.find(key);
  if (!found) raise(ExcKind::KeyError, rt::repr(key).to_std());
  std::vector<std::pair<K, V>> items;
  for (const auto& [k, v] : DictItems<K, V>(d)) items.emplace_back(k, v);
  auto it = std::find_if(items.begin(), items.end(),
                         [&](const auto& kv) { return rt::py_eq(kv.first, key); });
  auto moved = *it;
  items.erase(it);
  items.insert(last ? items.end() : items.begin(), moved);
  for (const auto& kv : items) d.erase(kv.first);
  for (const auto& [k, v] : items) d.set(k, v);
  return None;
}

template <class K, class V>
Tuple<K, V> ordered_popitem(const OrderedDict<K, V>& d, Bool last) {
  if (d.size() == 0) raise(ExcKind::KeyError, "dictionary is empty");
  std::optional<std::pair<K, V>> chosen;
  for (const auto& [k, v] : DictItems<K, V>(d)) {
    if (!chosen || last) chosen.emplace(k, v);
    if (!last) break;
  }
  d.erase(chosen->first);
  return {chosen->first, chosen->second};
}

// OrderedDict([('a', 1)]): CPython 3.11 prints the items as a list of pairs.
template <class K, class V>
Str repr(const OrderedDict<K, V>& d) {
  if (d.size() == 0) return Str("OrderedDict()");
  std::string out = "OrderedDict([";
  bool first = true;
  for (const auto& [k, v] : DictItems<K, V>(d)) {
    if (!first) out += ", ";
    first = false;
    out += "(" + rt::repr(k).to_std() + ", " + rt::repr(v).to_std() + ")";
  }
  return Str(out + "])");
}
template <class K, class V>
const char* type_name(const OrderedDict<K, V>&) {
  return "OrderedDict";
}

// ---- deque ------------------------------------------------------------------------------------

template <class T>
class deque {
 public:
  using value_type = T;
  deque() : rep_(std::make_shared<Rep>()) {}
  template <class Iterable>
  static deque from(const Iterable& items, const Optional<Int>& maxlen) {
    if (maxlen && *maxlen < 0) raise(ExcKind::ValueError, "maxlen must be non-negative");
    deque d;
    d.rep_->maxlen = maxlen;  // an empty iterable and a maxlen: deque(maxlen=3)
    for (const auto& item : items) d.append(item);
    return d;
  }

  std::deque<T>& items() const { return rep_->items; }
  const Optional<Int>& maxlen() const { return rep_->maxlen; }
  Int size() const { return static_cast<Int>(rep_->items.size()); }

  // A full deque drops an item from the other end, as Python's does.
  void append(const T& item) const {
    if (rep_->maxlen && *rep_->maxlen == 0) return;
    if (rep_->maxlen && size() == *rep_->maxlen) rep_->items.pop_front();
    rep_->items.push_back(item);
  }
  void appendleft(const T& item) const {
    if (rep_->maxlen && *rep_->maxlen == 0) return;
    if (rep_->maxlen && size() == *rep_->maxlen) rep_->items.pop_back();
    rep_->items.push_front(item);
  }

  // Index-based, re-reading the size at each step, like List's.
  class iterator {
   public:
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(const std::deque<T>* items, size_t pos) : items_(items), pos_(pos) {}
    T operator*() const { return (*items_)[pos_]; }
    iterator& operator++() {
      ++pos_;
      return *this;
    }
    iterator operator++(int) {
      iterator before = *this;
      ++pos_;
      return before;
    }
    bool operator==(std::default_sentinel_t) const { return pos_ >= items_->size(); }

   private:
    const std::deque<T>* items_ = nullptr;
    size_t pos_ = 0;
  };
  iterator begin() const { return iterator(&rep_->items, 0); }
  std::default_sentinel_t end() const { return {}; }

 private:
  struct Rep {
    std::deque<T> items;
    Optional<Int> maxlen;
  };
  std::shared_ptr<Rep> rep_;
};

template <class T>
NoneType deque_append(const deque<T>& d, std::type_identity_t<T> item) {
  d.append(item);
  return None;
}
template <class T>
NoneType deque_appendleft(const deque<T>& d, std::type_identity_t<T> item) {
  d.appendleft(item);
  return None;
}
template <class T, class Iterable>
NoneType deque_extend(const deque<T>& d, const Iterable& items) {
  std::vector<T> copy;  // extending a deque by itself sees the items before the call
  for (const auto& item : items) copy.push_back(item);
  for (const auto& item : copy) d.append(item);
  return None;
}
template <class T, class Iterable>
NoneType deque_extendleft(const deque<T>& d, const Iterable& items) {
  std::vector<T> copy;
  for (const auto& item : items) copy.push_back(item);
  for (const auto& item : copy) d.appendleft(item);
  return None;
}
template <class T>
T deque_pop(const deque<T>& d) {
  if (d.size() == 0) raise(ExcKind::IndexError, "pop from an empty deque");
  T item = d.items().back();
  d.items().pop_back();
  return item;
}
template <class T>
T deque_popleft(const deque<T>& d) {
  if (d.size() == 0) raise(ExcKind::IndexError, "pop from an empty deque");
  T item = d.items().front();
  d.items().pop_front();
  return item;
}
template <class T>
NoneType deque_rotate(const deque<T>& d, Int n) {
  Int size = d.size();
  if (size <= 1) return None;
  Int k = ((n % size) + size) % size;  // to the right by n
  std::rotate(d.items().begin(), d.items().begin() + (size - k), d.items().end());
  return None;
}
template <class T>
NoneType deque_clear(const deque<T>& d) {
  d.items().clear();
  return None;
}
template <class T>
NoneType deque_reverse(const deque<T>& d) {
  std::reverse(d.items().begin(), d.items().end());
  return None;
}
template <class T>
Int deque_count(const deque<T>& d, const std::type_identity_t<T>& item) {
  return static_cast<Int>(std::count_if(d.items().begin(), d.items().end(),
                                        [&](const T& x) { return rt::py_eq(x, item); }));
}
template <class T>
NoneType deque_remove(const deque<T>& d, const std::type_identity_t<T>& item) {
  auto it = std::find_if(d.items().begin(), d.items().end(),
                         [&](const T& x) { return rt::py_eq(x, item); });
  if (it == d.items().end()) raise(ExcKind::ValueError, "deque.remove(x): x not in deque");
  d.items().erase(it);
  return None;
}
template <class T>
T deque_getitem(const deque<T>& d, Int index) {
  return d.items()[normalize_index(index, d.size(), "deque index out of range")];
}
template <class T>
NoneType deque_setitem(const deque<T>& d, Int index, std::type_identity_t<T> item) {
  d.items()[normalize_index(index, d.size(), "deque index out of range")] = std::move(item);
  return None;
}

template <class T>
Int len(const deque<T>& d) {
  return d.size();
}
template <class T>
Bool truth(const deque<T>& d) {
  return d.size() > 0;
}
template <class T, class U>
Bool contains(const deque<T>& d, const U& item) {
  return std::any_of(d.items().begin(), d.items().end(),
                     [&](const T& x) { return rt::py_eq(x, item); });
}
template <class T>
Bool py_eq(const deque<T>& a, const deque<T>& b) {
  return std::equal(a.items().begin(), a.items().end(), b.items().begin(), b.items().end(),
                    [](const T& x, const T& y) { return rt::py_eq(x, y); });
}
// deque([1, 2]) or deque([1, 2], maxlen=3)
template <class T>
Str repr(const deque<T>& d) {
  std::string out = "deque([";
  for (Int i = 0; i < d.size(); ++i) {
    if (i) out += ", ";
    out += rt::repr(d.items()[i]).view();
  }
  out += "]";
  if (d.maxlen()) out += ", maxlen=" + std::to_string(*d.maxlen());
  return Str(out + ")");
}
template <class T>
const char* type_name(const deque<T>&) {
  return "deque";
}
// As CPython's json.dumps: a deque is not a list.
template <class T>
void json_append(std::string&, const deque<T>&) {
  raise(ExcKind::TypeError, "Object of type deque is not JSON serializable");
}

}  // namespace ingot::rt::collections

namespace ingot::rt {
using collections::contains;
using collections::len;
using collections::py_eq;
using collections::repr;
using collections::truth;
using collections::type_name;
}  // namespace ingot::rt
