// str.format(*args, **kwargs) and printf-style `str % values`, with CPython 3.11's output
// and errors. The arguments arrive as a variadic pack and are seen through FormatArg, a
// type-erased view that knows the few things formatting asks of a value: str(), repr(),
// format(value, spec), and the int, float or str inside it.
#pragma once

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

 private:
  struct Ops {
    Str (*str)(const void*);
    Str (*repr)(const void*);
    Str (*format)(const void*, const Str&);
    Scalar (*scalar)(const void*);
    const char* (*type_name)(const void*);
    std::optional<FormatArg> (*item)(const void*, const Str&);
    bool subscriptable;
  };

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
  };

  const void* value_;
  const Ops* ops_;
};

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
