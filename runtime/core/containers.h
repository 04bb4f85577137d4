// List, Dict, Set and Range with Python's semantics, their methods, indexing and slicing.
//
// List, Dict and Set are handles to shared storage: copying one aliases it, exactly like
// `a = b` in Python. Mutating methods therefore take `const List<T>&`: the handle does not
// change, the list it names does. Dict and Set keep insertion order (a deleted key that is
// inserted again goes to the end, as in CPython's dict).
#pragma once

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/core/errors.h"
#include "runtime/core/protocol.h"
#include "runtime/core/str.h"
#include "runtime/core/values.h"

namespace ingot::rt {

// The element type of anything range-for can iterate.
template <class It>
using elem_t = std::decay_t<decltype(*std::begin(std::declval<const It&>()))>;

// Items of different types compare unequal, as in Python (where no numeric rule applies).
template <class A, class B>
Bool py_eq_or_false(const A& a, const B& b) {
  if constexpr (requires { py_eq(a, b); }) {
    return py_eq(a, b);
  } else {
    return false;
  }
}

// ---- slices ------------------------------------------------------------------------------

// A slice resolved against a sequence length, as CPython's PySlice_AdjustIndices does.
struct SliceBounds {
  Int start = 0;
  Int stop = 0;
  Int step = 1;
  Int length = 0;  // number of items the slice selects
};
SliceBounds adjust_slice(Int length, const Optional<Int>& start, const Optional<Int>& stop,
                         const Optional<Int>& step);

// Turns a possibly negative index into [0, length) or raises IndexError(message).
Int normalize_index(Int index, Int length, const char* message);

// ---- List ---------------------------------------------------------------------------------

template <class T>
class List {
 public:
  using value_type = T;
  using Storage = std::vector<T>;

  List() : data_(std::make_shared<Storage>()) {}
  List(std::initializer_list<T> items) : data_(std::make_shared<Storage>(items)) {}
  explicit List(Storage items) : data_(std::make_shared<Storage>(std::move(items))) {}

  // The shared storage. Mutating it mutates every alias, as in Python.
  Storage& items() const { return *data_; }
  Int size() const { return static_cast<Int>(data_->size()); }
  bool is(const List& other) const { return data_ == other.data_; }

  // Index-based, re-reading the size at each step: appending while iterating is safe and
  // sees the new items, as in Python.
  class iterator {
   public:
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(const Storage* items, size_t pos) : items_(items), pos_(pos) {}
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
    bool operator==(const iterator& other) const {
      return at_end() ? other.at_end() : pos_ == other.pos_;
    }

   private:
    bool at_end() const { return !items_ || pos_ >= items_->size(); }
    const Storage* items_ = nullptr;
    size_t pos_ = 0;
  };
  iterator begin() const { return iterator(data_.get(), 0); }
  iterator end() const { return iterator(data_.get(), std::numeric_limits<size_t>::max()); }

 private:
  std::shared_ptr<Storage> data_;
};

template <class T>
List(std::initializer_list<T>) -> List<T>;

// ---- the ordered hash table under Dict and Set --------------------------------------------

// Key equality for tables: Python's ==, except that a NaN key finds itself (CPython finds
// the same NaN object by identity; we have no identity for floats).
template <class K>
struct KeyEq {
  bool operator()(const K& a, const K& b) const {
    if constexpr (std::is_floating_point_v<K>) {
      return a == b || (a != a && b != b);
    } else {
      return py_eq(a, b);
    }
  }
};

template <class K, class V>
struct OrderedTable {
  struct Entry {
    K key;
    V value;
  };
  std::vector<std::optional<Entry>> entries;  // insertion order; nullopt where deleted
  std::unordered_map<K, size_t, PyHash, KeyEq<K>> index;

  Int size() const { return static_cast<Int>(index.size()); }

  Entry* find(const K& key) {
    auto it = index.find(key);
    return it == index.end() ? nullptr : &*entries[it->second];
  }
  // Inserts at the end or assigns in place; returns the entry.
  Entry& set(const K& key, V value) {
    auto [it, inserted] = index.try_emplace(key, entries.size());
    if (!inserted) {
      entries[it->second]->value = std::move(value);
      return *entries[it->second];
    }
    entries.push_back(Entry{key, std::move(value)});
    return *entries.back();
  }
  bool erase(const K& key) {
    auto it = index.find(key);
    if (it == index.end()) return false;
    entries[it->second].reset();
    index.erase(it);
    compact_if_sparse();
    return true;
  }
  void clear() {
    entries.clear();
    index.clear();
  }
  // Drops deleted slots once they outnumber live ones, keeping the order.
  void compact_if_sparse() {
    if (entries.size() < 16 || entries.size() < 2 * index.size()) return;
    std::vector<std::optional<Entry>> live;
    live.reserve(index.size());
    for (auto& e : entries) {
      if (e) live.push_back(std::move(e));
    }
    entries = std::move(live);
    for (size_t i = 0; i < entries.size(); ++i) index[entries[i]->key] = i;
  }
};

// Walks a table's live entries; raises RuntimeError when the size changed between steps,
// as CPython does.
template <class K, class V, class Project>
class TableIterator {
 public:
  using Table = OrderedTable<K, V>;
  using value_type = std::decay_t<decltype(Project{}(std::declval<typename Table::Entry&>()))>;
  using difference_type = std::ptrdiff_t;

  TableIterator() = default;
  TableIterator(const Table* table, const char* changed_message)
      : table_(table), expected_size_(table->size()), changed_message_(changed_message) {
    skip_deleted();
  }
  value_type operator*() const { return Project{}(*table_->entries[pos_]); }
  TableIterator& operator++() {
    if (table_->size() != expected_size_) raise(ExcKind::RuntimeError, changed_message_);
    ++pos_;
    skip_deleted();
    return *this;
  }
  void operator++(int) { ++*this; }
  bool operator==(std::default_sentinel_t) const { return pos_ >= table_->entries.size(); }

 private:
  void skip_deleted() {
    while (pos_ < table_->entries.size() && !table_->entries[pos_]) ++pos_;
  }
  const Table* table_ = nullptr;
  size_t pos_ = 0;
  Int expected_size_ = 0;
  const char* changed_message_ = "";
};

struct ProjectKey {
  template <class E>
  auto operator()(const E& e) const {
    return e.key;
  }
};
struct ProjectValue {
  template <class E>
  auto operator()(const E& e) const {
    return e.value;
  }
};
struct ProjectItem {
  template <class E>
  auto operator()(const E& e) const {
    return Tuple<decltype(e.key), decltype(e.value)>(e.key, e.value);
  }
};

// ---- Dict ---------------------------------------------------------------------------------

inline constexpr const char* kDictChanged = "dictionary changed size during iteration";

template <class K, class V>
class Dict {
 public:
  using key_type = K;
  using mapped_type = V;
  using Table = OrderedTable<K, V>;

  Dict() : table_(std::make_shared<Table>()) {}
  Dict(std::initializer_list<std::pair<K, V>> items) : Dict() {
    for (const auto& [k, v] : items) table_->set(k, v);
  }

  Int size() const { return table_->size(); }
  Table& table() const { return *table_; }
  bool is(const Dict& other) const { return table_ == other.table_; }

  const V* find(const K& key) const {
    auto* e = table_->find(key);
    return e ? &e->value : nullptr;
  }
  bool contains(const K& key) const { return table_->find(key) != nullptr; }
  void set(const K& key, V value) const { table_->set(key, std::move(value)); }
  bool erase(const K& key) const { return table_->erase(key); }

  // Iterating a dict yields its keys.
  using iterator = TableIterator<K, V, ProjectKey>;
  iterator begin() const { return iterator(table_.get(), kDictChanged); }
  std::default_sentinel_t end() const { return {}; }

 private:
  std::shared_ptr<Table> table_;
};

// d.keys(), d.values(), d.items(): live views over a dict.
template <class K, class V, class Project>
class DictView {
 public:
  explicit DictView(Dict<K, V> dict) : dict_(std::move(dict)) {}
  using iterator = TableIterator<K, V, Project>;
  iterator begin() const { return iterator(&dict_.table(), kDictChanged); }
  std::default_sentinel_t end() const { return {}; }
  Int size() const { return dict_.size(); }
  const Dict<K, V>& dict() const { return dict_; }

 private:
  Dict<K, V> dict_;
};
template <class K, class V>
using DictKeys = DictView<K, V, ProjectKey>;
template <class K, class V>
using DictValues = DictView<K, V, ProjectValue>;
template <class K, class V>
using DictItems = DictView<K, V, ProjectItem>;

// ---- Set ----------------------------------------------------------------------------------

inline constexpr const char* kSetChanged = "Set changed size during iteration";

template <class T>
class Set {
 public:
  using value_type = T;
  using Table = OrderedTable<T, NoneType>;

  Set() : table_(std::make_shared<Table>()) {}
  Set(std::initializer_list<T> items) : Set() {
    for (const auto& x : items) table_->set(x, None);
  }

  Int size() const { return table_->size(); }
  Table& table() const { return *table_; }
  bool is(const Set& other) const { return table_ == other.table_; }
  bool contains(const T& x) const { return table_->find(x) != nullptr; }
  void add(const T& x) const {
    if (!contains(x)) table_->set(x, None);
  }
  bool erase(const T& x) const { return table_->erase(x); }

  using iterator = TableIterator<T, NoneType, ProjectKey>;
  iterator begin() const { return iterator(table_.get(), kSetChanged); }
  std::default_sentinel_t end() const { return {}; }

 private:
  std::shared_ptr<Table> table_;
};

template <class T>
Set(std::initializer_list<T>) -> Set<T>;

// ---- Range --------------------------------------------------------------------------------

class Range {
 public:
  Range(Int start, Int stop, Int step);  // step 0 raises ValueError
  Int start() const { return start_; }
  Int stop() const { return stop_; }
  Int step() const { return step_; }
  Int size() const { return length_; }
  Int at(Int i) const { return start_ + i * step_; }  // 0 <= i < size()
  bool contains(Int x) const;

  class iterator {
   public:
    using value_type = Int;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(Int value, Int step, Int remaining) : value_(value), step_(step), left_(remaining) {}
    Int operator*() const { return value_; }
    iterator& operator++() {
      --left_;
      if (left_ > 0) value_ += step_;  // never steps past the last value: no overflow
      return *this;
    }
    void operator++(int) { ++*this; }
    bool operator==(std::default_sentinel_t) const { return left_ <= 0; }

   private:
    Int value_ = 0, step_ = 1, left_ = 0;
  };
  iterator begin() const { return iterator(start_, step_, length_); }
  std::default_sentinel_t end() const { return {}; }

 private:
  Int start_, stop_, step_, length_;
};

inline Range range(Int stop) { return Range(0, stop, 1); }
inline Range range(Int start, Int stop) { return Range(start, stop, 1); }
inline Range range(Int start, Int stop, Int step) { return Range(start, stop, step); }

// ---- iteration helpers ----------------------------------------------------------------------

// enumerate(iterable, start): yields Tuple<Int, T>.
template <class It>
class Enumerate {
 public:
  Enumerate(It iterable, Int start) : iterable_(std::move(iterable)), start_(start) {}
  class iterator {
   public:
    using Inner = decltype(std::begin(std::declval<const It&>()));
    using InnerEnd = decltype(std::end(std::declval<const It&>()));
    iterator(Inner it, InnerEnd end, Int count) : it_(it), end_(end), count_(count) {}
    Tuple<Int, elem_t<It>> operator*() const { return {count_, *it_}; }
    iterator& operator++() {
      ++it_;
      if (__builtin_add_overflow(count_, 1, &count_)) raise_int_overflow();
      return *this;
    }
    bool operator==(std::default_sentinel_t) const { return it_ == end_; }

   private:
    Inner it_;
    InnerEnd end_;
    Int count_;
  };
  iterator begin() const { return iterator(std::begin(iterable_), std::end(iterable_), start_); }
  std::default_sentinel_t end() const { return {}; }

 private:
  It iterable_;
  Int start_;
};
template <class It>
Enumerate<It> enumerate(const It& iterable, Int start = 0) {
  return Enumerate<It>(iterable, start);
}

// zip(a, b, ...): yields Tuple<A, B, ...>, stops at the shortest.
template <class... Its>
class Zip {
 public:
  explicit Zip(Its... iterables) : iterables_(std::move(iterables)...) {}
  class iterator {
   public:
    using Inners = std::tuple<decltype(std::begin(std::declval<const Its&>()))...>;
    using Ends = std::tuple<decltype(std::end(std::declval<const Its&>()))...>;
    iterator(Inners its, Ends ends) : its_(its), ends_(ends) {}
    Tuple<elem_t<Its>...> operator*() const {
      return std::apply([](const auto&... it) { return Tuple<elem_t<Its>...>(*it...); }, its_);
    }
    iterator& operator++() {
      std::apply([](auto&... it) { (++it, ...); }, its_);
      return *this;
    }
    bool operator==(std::default_sentinel_t) const {
      return any_at_end(std::index_sequence_for<Its...>{});
    }

   private:
    template <size_t... I>
    bool any_at_end(std::index_sequence<I...>) const {
      return ((std::get<I>(its_) == std::get<I>(ends_)) || ...);
    }
    Inners its_;
    Ends ends_;
  };
  iterator begin() const {
    return std::apply(
        [](const auto&... it) {
          return iterator(std::make_tuple(std::begin(it)...), std::make_tuple(std::end(it)...));
        },
        iterables_);
  }
  std::default_sentinel_t end() const { return {}; }

 private:
  std::tuple<Its...> iterables_;
};
template <class... Its>
Zip<Its...> zip(const Its&... iterables) {
  return Zip<Its...>(iterables...);
}

// reversed(seq) for List, Str, Range and Bytes: yields the items from the last.
template <class Seq>
class Reversed {
 public:
  explicit Reversed(Seq seq) : seq_(std::move(seq)) {}
  class iterator {
   public:
    iterator(const Seq* seq, Int pos) : seq_(seq), pos_(pos) {}
    auto operator*() const { return getitem(*seq_, pos_); }
    iterator& operator++() {
      --pos_;
      return *this;
    }
    // A list that shrank while iterating ends the iteration, as in CPython.
    bool operator==(std::default_sentinel_t) const { return pos_ < 0 || pos_ >= len(*seq_); }

   private:
    const Seq* seq_;
    Int pos_;
  };
  iterator begin() const { return iterator(&seq_, len(seq_) - 1); }
  std::default_sentinel_t end() const { return {}; }

 private:
  Seq seq_;
};
template <class Seq>
Reversed<Seq> reversed(const Seq& seq) {
  return Reversed<Seq>(seq);
}
// reversed(d) yields the keys from the last inserted.
template <class K, class V>
Reversed<List<K>> reversed(const Dict<K, V>& d) {
  std::vector<K> keys;
  for (const auto& k : d) keys.push_back(k);
  return Reversed<List<K>>(List<K>(std::move(keys)));
}

// ---- len ------------------------------------------------------------------------------------

inline Int len(const Str& x) { return x.len(); }
inline Int len(const Bytes& x) { return x.len(); }
template <class T>
Int len(const List<T>& x) {
  return x.size();
}
template <class K, class V>
Int len(const Dict<K, V>& x) {
  return x.size();
}
template <class K, class V, class P>
Int len(const DictView<K, V, P>& x) {
  return x.size();
}
template <class T>
Int len(const Set<T>& x) {
  return x.size();
}
template <class... Ts>
Int len(const Tuple<Ts...>&) {
  return sizeof...(Ts);
}
inline Int len(const Range& x) { return x.size(); }

// ---- indexing and slicing -----------------------------------------------------------------

template <class T>
T getitem(const List<T>& self, Int index) {
  return self.items()[normalize_index(index, self.size(), "list index out of range")];
}
inline Str getitem(const Str& self, Int index) { return str_getitem(self, index); }
Int getitem(const Bytes& self, Int index);
Int getitem(const Range& self, Int index);
template <class K, class V>
V getitem(const Dict<K, V>& self, const std::type_identity_t<K>& key) {
  if (const V* v = self.find(key)) return *v;
  raise(ExcKind::KeyError, repr(key).to_std());
}
// A tuple indexed by a run-time value must have one item type; otherwise the compiler
// indexes with a constant (std::get).
template <class T, class... Ts>
requires(std::same_as<T, Ts>&&...) T getitem(const Tuple<T, Ts...>& self, Int index) {
  constexpr Int n = 1 + sizeof...(Ts);
  Int i = normalize_index(index, n, "tuple index out of range");
  const T* items[n];
  std::apply(
      [&](const auto&... x) {
        [[maybe_unused]] size_t k = 0;
        ((items[k++] = &x), ...);
      },
      self.as_std());
  return *items[i];
}

template <class T>
void setitem(const List<T>& self, Int index, std::type_identity_t<T> value) {
  self.items()[normalize_index(index, self.size(), "list assignment index out of range")] =
      std::move(value);
}
template <class K, class V>
void setitem(const Dict<K, V>& self, const std::type_identity_t<K>& key,
             std::type_identity_t<V> value) {
  self.set(key, std::move(value));
}

template <class T>
void delitem(const List<T>& self, Int index) {
  Int i = normalize_index(index, self.size(), "list assignment index out of range");
  self.items().erase(self.items().begin() + i);
}
template <class K, class V>
void delitem(const Dict<K, V>& self, const std::type_identity_t<K>& key) {
  if (!self.erase(key)) raise(ExcKind::KeyError, repr(key).to_std());
}

template <class T>
List<T> slice(const List<T>& self, const Optional<Int>& start, const Optional<Int>& stop,
              const Optional<Int>& step) {
  SliceBounds b = adjust_slice(self.size(), start, stop, step);
  std::vector<T> out;
  out.reserve(static_cast<size_t>(b.length));
  for (Int i = 0, pos = b.start; i < b.length; ++i, pos += b.step) out.push_back(self.items()[pos]);
  return List<T>(std::move(out));
}
inline Str slice(const Str& self, const Optional<Int>& start, const Optional<Int>& stop,
                 const Optional<Int>& step) {
  return str_slice(self, start, stop, step);
}
Bytes slice(const Bytes& self, const Optional<Int>& start, const Optional<Int>& stop,
            const Optional<Int>& step);
Range slice(const Range& self, const Optional<Int>& start, const Optional<Int>& stop,
            const Optional<Int>& step);

// self[start:stop:step] = values
template <class T, class It>
void set_slice(const List<T>& self, const Optional<Int>& start, const Optional<Int>& stop,
               const Optional<Int>& step, const It& values) {
  std::vector<T> items;  // copied first: `a[:] = a` must read the old items
  for (const auto& v : values) items.push_back(v);
  auto& vec = self.items();
  SliceBounds b = adjust_slice(self.size(), start, stop, step);
  if (b.step == 1) {
    Int stop_at = std::max(b.start, b.stop);
    vec.erase(vec.begin() + b.start, vec.begin() + stop_at);
    vec.insert(vec.begin() + b.start, items.begin(), items.end());
    return;
  }
  if (static_cast<Int>(items.size()) != b.length) {
    raise(ExcKind::ValueError, "attempt to assign sequence of size " +
                                   std::to_string(items.size()) + " to extended slice of size " +
                                   std::to_string(b.length));
  }
  for (Int i = 0, pos = b.start; i < b.length; ++i, pos += b.step) vec[pos] = std::move(items[i]);
}

// del self[start:stop:step]
template <class T>
void del_slice(const List<T>& self, const Optional<Int>& start, const Optional<Int>& stop,
               const Optional<Int>& step) {
  auto& vec = self.items();
  SliceBounds b = adjust_slice(self.size(), start, stop, step);
  if (b.length == 0) return;
  std::vector<bool> doomed(vec.size(), false);
  for (Int i = 0, pos = b.start; i < b.length; ++i, pos += b.step) doomed[pos] = true;
  std::vector<T> kept;
  kept.reserve(vec.size() - b.length);
  for (size_t i = 0; i < vec.size(); ++i) {
    if (!doomed[i]) kept.push_back(std::move(vec[i]));
  }
  vec = std::move(kept);
}

// ---- conversions: list(x), set(x), dict(x) -------------------------------------------------

template <class It>
List<elem_t<It>> to_list(const It& iterable) {
  std::vector<elem_t<It>> out;
  for (const auto& x : iterable) out.push_back(x);
  return List<elem_t<It>>(std::move(out));
}
// A tuple whose items share one type, as a list (also how `for x in a_tuple` iterates).
template <class T, class... Ts>
requires(std::same_as<T, Ts>&&...) List<T> to_list(const Tuple<T, Ts...>& t) {
  return std::apply([](const auto&... x) { return List<T>{x...}; }, t.as_std());
}
template <class It>
Set<elem_t<It>> to_set(const It& iterable) {
  Set<elem_t<It>> out;
  for (const auto& x : iterable) out.add(x);
  return out;
}
// dict(iterable of 2-tuples)
template <class It>
auto to_dict(const It& pairs) {
  using Pair = elem_t<It>;
  using K = std::decay_t<std::tuple_element_t<0, Pair>>;
  using V = std::decay_t<std::tuple_element_t<1, Pair>>;
  Dict<K, V> out;
  for (const auto& p : pairs) out.set(std::get<0>(p), std::get<1>(p));
  return out;
}

// ---- membership (Python `in`) ----------------------------------------------------------------

template <class T, class U>
Bool contains(const List<T>& self, const U& item) {
  for (const auto& x : self.items()) {
    if (py_eq(x, item)) return true;
  }
  return false;
}
template <class K, class V, class U>
Bool contains(const Dict<K, V>& self, const U& key) {
  return self.contains(key);
}
template <class K, class V, class P, class U>
Bool contains(const DictView<K, V, P>& self, const U& item) {
  if constexpr (std::is_same_v<P, ProjectKey>) {
    return self.dict().contains(item);
  } else {
    for (const auto& x : self) {
      if (py_eq(x, item)) return true;
    }
    return false;
  }
}
template <class T, class U>
Bool contains(const Set<T>& self, const U& item) {
  return self.contains(item);
}
template <class... Ts, class U>
Bool contains(const Tuple<Ts...>& self, const U& item) {
  return std::apply([&](const auto&... x) { return (py_eq_or_false(x, item) || ...); },
                    self.as_std());
}
inline Bool contains(const Str& self, const Str& sub) { return str_contains(self, sub); }
Bool contains(const Bytes& self, const Bytes& sub);
Bool contains(const Bytes& self, Int byte);
inline Bool contains(const Range& self, Int x) { return self.contains(x); }
template <FloatLike F>
Bool contains(const Range& self, F x) {
  for (Int v : self) {
    if (py_eq(v, x)) return true;
  }
  return false;
}

// ---- list methods -----------------------------------------------------------------------------

template <class T>
void list_append(const List<T>& self, std::type_identity_t<T> item) {
  self.items().push_back(std::move(item));
}
template <class T, class It>
void list_extend(const List<T>& self, const It& iterable) {
  std::vector<T> items;  // copied first: `a.extend(a)` must read the old items
  for (const auto& x : iterable) items.push_back(x);
  self.items().insert(self.items().end(), items.begin(), items.end());
}
template <class T>
void list_insert(const List<T>& self, Int index, std::type_identity_t<T> item) {
  Int n = self.size();
  if (index < 0) index = std::max<Int>(index + n, 0);
  index = std::min(index, n);
  self.items().insert(self.items().begin() + index, std::move(item));
}
template <class T>
T list_pop(const List<T>& self, Int index) {
  auto& vec = self.items();
  if (vec.empty()) raise(ExcKind::IndexError, "pop from empty list");
  Int i = normalize_index(index, self.size(), "pop index out of range");
  T item = std::move(vec[i]);
  vec.erase(vec.begin() + i);
  return item;
}
template <class T, class U>
void list_remove(const List<T>& self, const U& item) {
  auto& vec = self.items();
  for (size_t i = 0; i < vec.size(); ++i) {
    if (py_eq(vec[i], item)) {
      vec.erase(vec.begin() + i);
      return;
    }
  }
  raise(ExcKind::ValueError, "list.remove(x): x not in list");
}
// list.index(x, start, stop); Python's defaults are 0 and sys.maxsize.
template <class T, class U>
Int list_index(const List<T>& self, const U& item, Int start, Int stop) {
  Int n = self.size();
  if (start < 0) start = std::max<Int>(start + n, 0);
  if (stop < 0) stop = std::max<Int>(stop + n, 0);
  for (Int i = start; i < std::min(stop, self.size()); ++i) {
    if (py_eq(self.items()[i], item)) return i;
  }
  raise(ExcKind::ValueError, repr(item).to_std() + " is not in list");
}
template <class T, class U>
Int list_count(const List<T>& self, const U& item) {
  Int n = 0;
  for (const auto& x : self.items()) n += py_eq(x, item) ? 1 : 0;
  return n;
}
template <class T>
void list_reverse(const List<T>& self) {
  std::reverse(self.items().begin(), self.items().end());
}
template <class T>
void list_clear(const List<T>& self) {
  self.items().clear();
}
template <class T>
List<T> list_copy(const List<T>& self) {
  return List<T>(self.items());
}

// The stable sort under sorted() and list.sort(): `key` is None or any callable; each key
// is computed once, and `reverse` keeps equal items in their original order, as Python's.
template <class T, class Key>
std::vector<T> sort_items(std::vector<T> items, const Key& key, Bool reverse) {
  if constexpr (std::is_same_v<Key, NoneType>) {
    if (reverse) std::reverse(items.begin(), items.end());
    std::stable_sort(items.begin(), items.end(),
                     [](const T& a, const T& b) { return py_lt(a, b); });
    if (reverse) std::reverse(items.begin(), items.end());
    return items;
  } else {
    using KeyValue = std::decay_t<decltype(key(items[0]))>;
    std::vector<std::pair<KeyValue, size_t>> keyed;
    keyed.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i) keyed.emplace_back(key(items[i]), i);
    if (reverse) std::reverse(keyed.begin(), keyed.end());
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return py_lt(a.first, b.first); });
    if (reverse) std::reverse(keyed.begin(), keyed.end());
    std::vector<T> out;
    out.reserve(items.size());
    for (const auto& [k, i] : keyed) out.push_back(std::move(items[i]));
    return out;
  }
}
template <class T, class Key = NoneType>
void list_sort(const List<T>& self, const Key& key = None, Bool reverse = false) {
  self.items() = sort_items(self.items(), key, reverse);
}

// ---- dict methods -----------------------------------------------------------------------------

template <class K, class V>
Optional<V> dict_get(const Dict<K, V>& self, const std::type_identity_t<K>& key) {
  if (const V* v = self.find(key)) return *v;
  return None;
}
template <class K, class V>
V dict_get(const Dict<K, V>& self, const std::type_identity_t<K>& key,
           const std::type_identity_t<V>& fallback) {
  if (const V* v = self.find(key)) return *v;
  return fallback;
}
template <class K, class V>
V dict_pop(const Dict<K, V>& self, const std::type_identity_t<K>& key) {
  const V* v = self.find(key);
  if (!v) raise(ExcKind::KeyError, repr(key).to_std());
  V out = *v;
  self.erase(key);
  return out;
}
template <class K, class V>
V dict_pop(const Dict<K, V>& self, const std::type_identity_t<K>& key,
           const std::type_identity_t<V>& fallback) {
  const V* v = self.find(key);
  if (!v) return fallback;
  V out = *v;
  self.erase(key);
  return out;
}
template <class K, class V>
V dict_setdefault(const Dict<K, V>& self, const std::type_identity_t<K>& key,
                  const std::type_identity_t<V>& fallback) {
  if (const V* v = self.find(key)) return *v;
  self.set(key, fallback);
  return fallback;
}
template <class K, class V>
void dict_update(const Dict<K, V>& self, const Dict<K, V>& other) {
  if (self.is(other)) return;
  for (const auto& [k, v] : DictItems<K, V>(other)) self.set(k, v);
}
// d.update(iterable of 2-tuples)
template <class K, class V, class It>
void dict_update(const Dict<K, V>& self, const It& pairs) {
  for (const auto& p : pairs) self.set(std::get<0>(p), std::get<1>(p));
}
template <class K, class V>
DictKeys<K, V> dict_keys(const Dict<K, V>& self) {
  return DictKeys<K, V>(self);
}
template <class K, class V>
DictValues<K, V> dict_values(const Dict<K, V>& self) {
  return DictValues<K, V>(self);
}
template <class K, class V>
DictItems<K, V> dict_items(const Dict<K, V>& self) {
  return DictItems<K, V>(self);
}
template <class K, class V>
void dict_clear(const Dict<K, V>& self) {
  self.table().clear();
}
template <class K, class V>
Dict<K, V> dict_copy(const Dict<K, V>& self) {
  Dict<K, V> out;
  for (const auto& [k, v] : DictItems<K, V>(self)) out.set(k, v);
  return out;
}
// Removes and returns the last inserted item.
template <class K, class V>
Tuple<K, V> dict_popitem(const Dict<K, V>& self) {
  auto& entries = self.table().entries;
  while (!entries.empty() && !entries.back()) entries.pop_back();
  if (entries.empty()) raise(ExcKind::KeyError, "'popitem(): dictionary is empty'");
  Tuple<K, V> item(entries.back()->key, entries.back()->value);
  self.erase(std::get<0>(item));
  return item;
}
// d1 | d2
template <class K, class V>
Dict<K, V> dict_merge(const Dict<K, V>& a, const Dict<K, V>& b) {
  Dict<K, V> out = dict_copy(a);
  dict_update(out, b);
  return out;
}

// ---- set methods ----------------------------------------------------------------------------

template <class T>
void set_add(const Set<T>& self, const std::type_identity_t<T>& item) {
  self.add(item);
}
template <class T>
void set_discard(const Set<T>& self, const std::type_identity_t<T>& item) {
  self.erase(item);
}
template <class T>
void set_remove(const Set<T>& self, const std::type_identity_t<T>& item) {
  if (!self.erase(item)) raise(ExcKind::KeyError, repr(item).to_std());
}
// Removes and returns an item (the oldest one).
template <class T>
T set_pop(const Set<T>& self) {
  if (self.size() == 0) raise(ExcKind::KeyError, "'pop from an empty set'");
  T item = *self.begin();
  self.erase(item);
  return item;
}
template <class T>
void set_clear(const Set<T>& self) {
  self.table().clear();
}
template <class T>
Set<T> set_copy(const Set<T>& self) {
  Set<T> out;
  for (const auto& x : self) out.add(x);
  return out;
}
template <class T, class... Its>
void set_update(const Set<T>& self, const Its&... others) {
  auto add_all = [&](const auto& it) {
    std::vector<T> items;  // copied first: `s.update(s)` reads the old items
    for (const auto& x : it) items.push_back(x);
    for (const auto& x : items) self.add(x);
  };
  (add_all(others), ...);
}
template <class T, class... Its>
Set<T> set_union(const Set<T>& self, const Its&... others) {
  Set<T> out = set_copy(self);
  set_update(out, others...);
  return out;
}
template <class T, class It>
Set<T> set_intersection_one(const Set<T>& self, const It& other) {
  Set<T> other_set = to_set(other);
  Set<T> out;
  for (const auto& x : self) {
    if (other_set.contains(x)) out.add(x);
  }
  return out;
}
template <class T, class... Its>
Set<T> set_intersection(const Set<T>& self, const Its&... others) {
  Set<T> out = set_copy(self);
  ((out = set_intersection_one(out, others)), ...);
  return out;
}
template <class T, class... Its>
Set<T> set_difference(const Set<T>& self, const Its&... others) {
  Set<T> out = set_copy(self);
  auto remove_all = [&](const auto& it) {
    std::vector<T> items;
    for (const auto& x : it) items.push_back(x);
    for (const auto& x : items) out.erase(x);
  };
  (remove_all(others), ...);
  return out;
}
template <class T, class It>
Set<T> set_symmetric_difference(const Set<T>& self, const It& other) {
  Set<T> other_set = to_set(other);
  Set<T> out;
  for (const auto& x : self) {
    if (!other_set.contains(x)) out.add(x);
  }
  for (const auto& x : other_set) {
    if (!self.contains(x)) out.add(x);
  }
  return out;
}
template <class T, class It>
Bool set_issubset(const Set<T>& self, const It& other) {
  Set<T> other_set = to_set(other);
  for (const auto& x : self) {
    if (!other_set.contains(x)) return false;
  }
  return true;
}
template <class T, class It>
Bool set_issuperset(const Set<T>& self, const It& other) {
  for (const auto& x : other) {
    if (!self.contains(x)) return false;
  }
  return true;
}
template <class T, class It>
Bool set_isdisjoint(const Set<T>& self, const It& other) {
  for (const auto& x : other) {
    if (self.contains(x)) return false;
  }
  return true;
}

// ---- str methods over containers ------------------------------------------------------------

// sep.join(iterable of Str)
template <class It>
Str str_join(const Str& sep, const It& items) {
  std::string out;
  bool first = true;
  for (const auto& item : items) {
    if (!first) out += sep.view();
    first = false;
    out += Str(item).view();
  }
  return Str(std::move(out));
}
// s.startswith((a, b, ...)) / s.endswith((a, b, ...))
template <class... Ts>
Bool str_startswith(const Str& self, const Tuple<Ts...>& prefixes, const Optional<Int>& start,
                    const Optional<Int>& end) {
  return std::apply(
      [&](const auto&... p) { return (str_startswith(self, Str(p), start, end) || ...); },
      prefixes.as_std());
}
template <class... Ts>
Bool str_endswith(const Str& self, const Tuple<Ts...>& suffixes, const Optional<Int>& start,
                  const Optional<Int>& end) {
  return std::apply(
      [&](const auto&... p) { return (str_endswith(self, Str(p), start, end) || ...); },
      suffixes.as_std());
}

// ---- protocol definitions for the containers -----------------------------------------------

template <class A, class B>
Bool py_eq(const List<A>& a, const List<B>& b) {
  if (a.size() != b.size()) return false;
  for (Int i = 0; i < a.size(); ++i) {
    if (!py_eq(a.items()[i], b.items()[i])) return false;
  }
  return true;
}
template <class... As, class... Bs>
Bool py_eq(const Tuple<As...>& a, const Tuple<Bs...>& b) {
  if constexpr (sizeof...(As) != sizeof...(Bs)) {
    return false;
  } else {
    return [&]<size_t... I>(std::index_sequence<I...>) {
      return (py_eq_or_false(std::get<I>(a.as_std()), std::get<I>(b.as_std())) && ...);
    }
    (std::index_sequence_for<As...>{});
  }
}
template <class K, class V>
Bool py_eq(const Dict<K, V>& a, const Dict<K, V>& b) {
  if (a.size() != b.size()) return false;
  for (const auto& [k, v] : DictItems<K, V>(a)) {
    const V* other = b.find(k);
    if (!other || !py_eq(v, *other)) return false;
  }
  return true;
}
template <class A, class B>
Bool py_eq(const Set<A>& a, const Set<B>& b) {
  return a.size() == b.size() && set_issubset(a, b);
}
template <class A, class B>
Bool py_eq(const Optional<A>& a, const Optional<B>& b) {
  if (!a || !b) return !a && !b;
  return py_eq(*a, *b);
}
template <class A, class B>
Bool py_eq(const Optional<A>& a, const B& b) {
  if constexpr (std::is_same_v<B, NoneType>) {
    return !a;
  } else {
    return a && py_eq(*a, b);
  }
}
template <class A, class B>
Bool py_eq(const A& a, const Optional<B>& b) {
  return py_eq(b, a);
}

template <class... As, class B>
Bool py_eq(const std::variant<As...>& a, const B& b) {
  return std::visit([&](const auto& x) { return py_eq_or_false(x, b); }, a);
}
template <class A, class... Bs>
Bool py_eq(const A& a, const std::variant<Bs...>& b) {
  return std::visit([&](const auto& y) { return py_eq_or_false(a, y); }, b);
}
template <class... As, class... Bs>
Bool py_eq(const std::variant<As...>& a, const std::variant<Bs...>& b) {
  return std::visit([](const auto& x, const auto& y) { return py_eq_or_false(x, y); }, a, b);
}

template <class A, class B>
Bool py_lt(const List<A>& a, const List<B>& b) {
  Int n = std::min(a.size(), b.size());
  for (Int i = 0; i < n; ++i) {
    if (!py_eq(a.items()[i], b.items()[i])) return py_lt(a.items()[i], b.items()[i]);
  }
  return a.size() < b.size();
}
template <class... As, class... Bs>
Bool py_lt(const Tuple<As...>& a, const Tuple<Bs...>& b) {
  constexpr size_t n = std::min(sizeof...(As), sizeof...(Bs));
  std::optional<bool> decided;
  [&]<size_t... I>(std::index_sequence<I...>) {
    auto step = [&](const auto& x, const auto& y) {
      if (!decided && !py_eq(x, y)) decided = py_lt(x, y);
    };
    (step(std::get<I>(a.as_std()), std::get<I>(b.as_std())), ...);
  }
  (std::make_index_sequence<n>{});
  if (decided) return *decided;
  return sizeof...(As) < sizeof...(Bs);
}
template <class A, class B>
Bool py_lt(const Set<A>& a, const Set<B>& b) {
  return a.size() < b.size() && set_issubset(a, b);
}
template <class... As, class... Bs>
Bool py_lt(const std::variant<As...>& a, const std::variant<Bs...>& b) {
  return std::visit(
      [](const auto& x, const auto& y) -> Bool {
        if constexpr (requires { py_lt(x, y); }) {
          return py_lt(x, y);
        } else {
          raise(ExcKind::TypeError, "'<' not supported between instances of these types");
        }
      },
      a, b);
}

template <class... Ts>
size_t py_hash(const Tuple<Ts...>& x) {
  size_t h = 0x345678;
  std::apply([&](const auto&... item) { ((h = h * 1000003 ^ py_hash(item)), ...); }, x.as_std());
  return h;
}
template <class T>
size_t py_hash(const Optional<T>& x) {
  return x ? py_hash(*x) : py_hash(None);
}
template <class... Ts>
size_t py_hash(const std::variant<Ts...>& x) {
  return std::visit([](const auto& v) { return py_hash(v); }, x);
}

template <class T>
Bool truth(const List<T>& x) {
  return x.size() > 0;
}
template <class K, class V>
Bool truth(const Dict<K, V>& x) {
  return x.size() > 0;
}
template <class T>
Bool truth(const Set<T>& x) {
  return x.size() > 0;
}
inline Bool truth(const Range& x) { return x.size() > 0; }
template <class T>
Bool truth(const Optional<T>& x) {
  return x && truth(*x);
}
template <class... Ts>
Bool truth(const std::variant<Ts...>& x) {
  return std::visit([](const auto& v) { return truth(v); }, x);
}

template <class T>
Str repr(const List<T>& x) {
  std::string out = "[";
  for (Int i = 0; i < x.size(); ++i) {
    if (i) out += ", ";
    out += repr(x.items()[i]).view();
  }
  out += "]";
  return Str(std::move(out));
}
template <class K, class V>
Str repr(const Dict<K, V>& x) {
  std::string out = "{";
  bool first = true;
  for (const auto& [k, v] : DictItems<K, V>(x)) {
    if (!first) out += ", ";
    first = false;
    out += repr(k).view();
    out += ": ";
    out += repr(v).view();
  }
  out += "}";
  return Str(std::move(out));
}
template <class T>
Str repr(const Set<T>& x) {
  if (x.size() == 0) return Str("set()");
  std::string out = "{";
  bool first = true;
  for (const auto& item : x) {
    if (!first) out += ", ";
    first = false;
    out += repr(item).view();
  }
  out += "}";
  return Str(std::move(out));
}
template <class... Ts>
Str repr(const Tuple<Ts...>& x) {
  std::string out = "(";
  bool first = true;
  std::apply(
      [&](const auto&... item) {
        ((out += first ? "" : ", ", out += repr(item).view(), first = false), ...);
      },
      x.as_std());
  if (sizeof...(Ts) == 1) out += ",";
  out += ")";
  return Str(std::move(out));
}
template <class K, class V, class P>
Str repr(const DictView<K, V, P>& x) {
  const char* name = std::is_same_v<P, ProjectKey>     ? "dict_keys("
                     : std::is_same_v<P, ProjectValue> ? "dict_values("
                                                       : "dict_items(";
  return Str(std::string(name) + repr(to_list(x)).to_std() + ")");
}
template <class T>
Str repr(const Optional<T>& x) {
  return x ? repr(*x) : repr(None);
}
template <class... Ts>
Str repr(const std::variant<Ts...>& x) {
  return std::visit([](const auto& v) { return repr(v); }, x);
}
template <class T>
Str to_str(const Optional<T>& x) {
  return x ? to_str(*x) : to_str(None);
}
template <class... Ts>
Str to_str(const std::variant<Ts...>& x) {
  return std::visit([](const auto& v) { return to_str(v); }, x);
}

}  // namespace ingot::rt
