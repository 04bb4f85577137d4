// str.format(*args, **kwargs) and printf-style `str % values`, with CPython 3.11's output
// and errors. The arguments arrive as a variadic pack and are seen through FormatArg, a
// type-erased view that knows the few things formatting asks of a value: str(), repr(),
// format(value, spec), and the int, float or str inside it.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "runtime/core/containers.h"
#include "runtime/core/format.h"
#include "runtime/core/lowering.h"
#include "runtime/core/protocol.h"
#include "runtime/core/str.h"
#include "runtime/core/tuple_of.h"
#include "runtime/core/values.h"

namespace ingot::rt {

// What a value is, as far as a %-conversion cares.
struct Scalar {
  enum class Kind { Int, Float, Str, Other } kind = Kind::Other;
  Int i = 0;
  Float f = 0;
  const Str* s = nullptr;
};

template <class T>
Scalar scalar_of(const T& x);

// format(x, spec) for any runtime value: the format-spec mini-language for numbers and
// str, object.__format__ for the rest.
template <class T>
Str format_any(const T& x, const Str& spec);

namespace format_detail {

template <class T>
struct is_dict : std::false_type {};
template <class K, class V>
struct is_dict<Dict<K, V>> : std::true_type {};
template <class T>
struct is_str_dict : std::false_type {};
template <class V>
struct is_str_dict<Dict<Str, V>> : std::true_type {};
template <class T>
struct is_subscriptable : std::false_type {};
template <class T>
struct is_subscriptable<List<T>> : std::true_type {};
template <class K, class V>
struct is_subscriptable<Dict<K, V>> : std::true_type {};
template <>
struct is_subscriptable<Bytes> : std::true_type {};

}  // namespace format_detail

// A borrowed view of one argument; the value must outlive it (the call's arguments do).
class FormatArg {
 public:
  template <class T>
  explicit FormatArg(const T& value) : value_(&value), ops_(&kOps<T>) {}
  // A view that keeps its value alive (one computed while formatting, like `{0[1]}` of a str).
  static FormatArg owning(Str value) {
    auto held = std::make_shared<const Str>(std::move(value));
    FormatArg out(*held);
    out.owned_ = std::move(held);
    return out;
  }

  Str str() const { return ops_->str(value_); }
  Str repr() const { return ops_->repr(value_); }
  Str format(const Str& spec) const { return ops_->format(value_, spec); }
  Scalar scalar() const { return ops_->scalar(value_); }
  const char* type_name() const { return ops_->type_name(value_); }
  // `self[key]` for a mapping with str keys (printf's "%(key)s"); nullopt when the key is
  // missing, and `mapping()` false when the value is no such mapping.
  bool mapping() const { return ops_->item != nullptr; }
  std::optional<FormatArg> item(const Str& key) const { return ops_->item(value_, key); }
  // Has __getitem__ and is neither tuple nor str: printf does not complain about it being
  // left unused.
  bool subscriptable() const { return ops_->subscriptable; }
  // `self[key]` in a str.format field (`{0[key]}`): an int key when `key` is all digits.
  FormatArg subscript(const Str& key) const { return ops_->subscript(value_, key); }

 private:
  struct Ops {
    Str (*str)(const void*);
    Str (*repr)(const void*);
    Str (*format)(const void*, const Str&);
    Scalar (*scalar)(const void*);
    const char* (*type_name)(const void*);
    std::optional<FormatArg> (*item)(const void*, const Str&);
    bool subscriptable;
    FormatArg (*subscript)(const void*, const Str&);
  };

  template <class T>
  static FormatArg subscript_of(const void* p, const Str& key);

  template <class T>
  static const T& as(const void* p) {
    return *static_cast<const T*>(p);
  }
  template <class T>
  static constexpr auto item_fn() -> std::optional<FormatArg> (*)(const void*, const Str&) {
    if constexpr (format_detail::is_str_dict<T>::value) {
      return [](const void* p, const Str& key) -> std::optional<FormatArg> {
        if (const auto* v = as<T>(p).find(key)) return FormatArg(*v);
        return std::nullopt;
      };
    } else if constexpr (format_detail::is_dict<T>::value) {  // keys of another type: no match
      return [](const void*, const Str&) -> std::optional<FormatArg> { return std::nullopt; };
    } else {
      return nullptr;
    }
  }

  template <class T>
  static constexpr Ops kOps = {
      [](const void* p) { return to_str(as<T>(p)); },
      [](const void* p) { return rt::repr(as<T>(p)); },
      [](const void* p, const Str& spec) { return format_any(as<T>(p), spec); },
      [](const void* p) { return scalar_of(as<T>(p)); },
      [](const void* p) { return rt::type_name(as<T>(p)); },
      item_fn<T>(),
      format_detail::is_subscriptable<T>::value,
      &FormatArg::subscript_of<T>,
  };

  const void* value_;
  const Ops* ops_;
  std::shared_ptr<const Str> owned_;
};

namespace format_detail {

// A format field's `[key]`: digits are an int index, anything else a str key.
std::optional<Int> numeric_key(const Str& key);
[[noreturn]] void bad_index_type(const char* container);
[[noreturn]] void not_subscriptable(const char* type);
// `text[i]` for a field.
Str str_item(const Str& text, std::optional<Int> index);

template <class Items>
const auto& item_at(const Items& items, Int i, const char* error) {
  if (i >= static_cast<Int>(items.size())) raise(ExcKind::IndexError, error);
  return items[static_cast<size_t>(i)];
}

template <class T>
struct is_list : std::false_type {};
template <class E>
struct is_list<List<E>> : std::true_type {};
template <class T>
struct is_tuple_of : std::false_type {};
template <class E>
struct is_tuple_of<TupleOf<E>> : std::true_type {};
template <class T>
struct is_tuple : std::false_type {};
template <class... Ts>
struct is_tuple<Tuple<Ts...>> : std::true_type {
  using std_type = std::tuple<Ts...>;
};

template <class V>
const V& dict_item(const Dict<Str, V>& d, const Str& key, std::optional<Int> numeric) {
  if (numeric) raise(ExcKind::KeyError, std::to_string(*numeric));
  if (const V* v = d.find(key)) return *v;
  raise(ExcKind::KeyError, repr(key).to_std());
}
template <class V>
const V& dict_item(const Dict<Int, V>& d, const Str& key, std::optional<Int> numeric) {
  if (!numeric) raise(ExcKind::KeyError, repr(key).to_std());
  if (const V* v = d.find(*numeric)) return *v;
  raise(ExcKind::KeyError, std::to_string(*numeric));
}

}  // namespace format_detail

template <class T>
FormatArg FormatArg::subscript_of(const void* p, const Str& key) {
  using namespace format_detail;
  const T& x = as<T>(p);
  std::optional<Int> i = numeric_key(key);
  if constexpr (is_list<T>::value || is_tuple_of<T>::value) {
    const char* name = is_list<T>::value ? "list" : "tuple";
    if (!i) bad_index_type(name);
    return FormatArg(item_at(
        x.items(), *i, is_list<T>::value ? "list index out of range" : "tuple index out of range"));
  } else if constexpr (std::same_as<T, Str>) {
    return FormatArg::owning(str_item(x, i));
  } else if constexpr (requires { dict_item(x, key, i); }) {
    return FormatArg(dict_item(x, key, i));
  } else if constexpr (is_tuple<T>::value) {
    if (!i) bad_index_type("tuple");
    constexpr Int n = static_cast<Int>(std::tuple_size_v<typename is_tuple<T>::std_type>);
    if (*i >= n) raise(ExcKind::IndexError, "tuple index out of range");
    std::optional<FormatArg> out;
    Int at = 0;
    std::apply(
        [&](const auto&... item) { ((at++ == *i ? (void)out.emplace(item) : (void)0), ...); },
        x.as_std());
    return *out;
  } else if constexpr (requires {
                         x.is_none();
                         *x;
                       }) {  // Optional
    if (x) return FormatArg(*x).subscript(key);
    not_subscriptable("NoneType");
  } else if constexpr (requires { std::variant_size<T>::value; }) {
    return std::visit([&](const auto& v) { return FormatArg(v).subscript(key); }, x);
  } else {
    not_subscriptable(rt::type_name(x));
  }
}

template <class T>
Scalar scalar_of(const T& x) {
  if constexpr (std::same_as<T, Bool> || IntLike<T>) {
    return {Scalar::Kind::Int, static_cast<Int>(x), 0, nullptr};
  } else if constexpr (FloatLike<T>) {
    return {Scalar::Kind::Float, 0, static_cast<Float>(x), nullptr};
  } else if constexpr (std::same_as<T, Str>) {
    return {Scalar::Kind::Str, 0, 0, &x};
  } else if constexpr (requires {
                         x.is_none();
                         *x;
                       }) {  // Optional
    return x ? scalar_of(*x) : Scalar{};
  } else if constexpr (requires { std::variant_size<T>::value; }) {
    return std::visit([](const auto& v) { return scalar_of(v); }, x);
  } else {
    return Scalar{};
  }
}

template <class T>
Str format_any(const T& x, const Str& spec) {
  if constexpr (std::same_as<T, Bool> || std::same_as<T, Int> || FloatLike<T> ||
                std::same_as<T, Str>) {
    return format(x, spec);
  } else if constexpr (IntLike<T>) {
    return format(static_cast<Int>(x), spec);
  } else if constexpr (requires {
                         x.is_none();
                         *x;
                       }) {
    return x ? format_any(*x, spec) : format_object(None, spec);
  } else if constexpr (requires { std::variant_size<T>::value; }) {
    return std::visit([&](const auto& v) { return format_any(v, spec); }, x);
  } else {
    return format_object(x, spec);
  }
}

// ---- str.format ---------------------------------------------------------------------------------

struct NamedFormatArg {
  Str name;
  FormatArg value;
};

Str str_format_erased(const Str& format, const std::vector<FormatArg>& args,
                      const std::vector<NamedFormatArg>& kwargs);

template <class... Ts>
std::vector<FormatArg> format_args(const Ts&... args) {
  return {FormatArg(args)...};
}

// The keyword arguments, as the op library passes `**kwargs`: name, value, name, value...
inline void add_format_kwargs(std::vector<NamedFormatArg>&) {}
template <class V, class... Rest>
void add_format_kwargs(std::vector<NamedFormatArg>& out, const Str& name, const V& value,
                       const Rest&... rest) {
  out.push_back({name, FormatArg(value)});
  add_format_kwargs(out, rest...);
}
template <class... Ts>
std::vector<NamedFormatArg> format_kwargs(const Ts&... pairs) {
  std::vector<NamedFormatArg> out;
  add_format_kwargs(out, pairs...);
  return out;
}

// ---- printf-style: str % values -----------------------------------------------------------------

// `values` are the tuple's items; `single` is the right operand when it was not a tuple
// (a mapping there serves "%(name)s").
Str percent_format_erased(const Str& format, const std::vector<FormatArg>& values,
                          const std::optional<FormatArg>& single);

template <class... Ts>
Str percent_format(const Str& format, const Tuple<Ts...>& values) {
  std::vector<FormatArg> args =
      std::apply([](const auto&... item) { return std::vector<FormatArg>{FormatArg(item)...}; },
                 values.as_std());
  return percent_format_erased(format, args, std::nullopt);
}
template <class T>
Str percent_format(const Str& format, const TupleOf<T>& values) {
  std::vector<FormatArg> args;
  for (const T& item : values.items()) args.emplace_back(item);
  return percent_format_erased(format, args, std::nullopt);
}
template <class T>
Str percent_format(const Str& format, const T& value) {
  if constexpr (requires { std::variant_size<T>::value; }) {
    return std::visit([&](const auto& v) { return percent_format(format, v); }, value);
  } else {
    FormatArg arg(value);
    return percent_format_erased(format, {arg}, arg);
  }
}

}  // namespace ingot::rt
