// What calls with `*args` and `**kwargs` need at run time: the tuple and dict a variadic
// parameter receives when the caller spreads `*xs` or `**d` into it.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/core/containers.h"
#include "runtime/core/errors.h"
#include "runtime/core/lowering.h"
#include "runtime/core/tuple_of.h"

namespace ingot::rt {

// Appends the items of `iterable`, converted to T, to what `*args` receives.
template <class T, class It>
void extend_args(std::vector<T>& items, const It& iterable) {
  for (const auto& item : iterable) items.push_back(convert<T>(item));
}

// Adds a keyword argument to what `**kwargs` receives. A name of one of the function's
// other parameters, given already, or a name given twice, is CPython's TypeError (which
// for the latter also names the function's module; ingot names the function only).
template <class V, class U>
void add_kwarg(const Dict<Str, V>& kwargs, const Str& name, const U& value,
               std::string_view function, std::initializer_list<std::string_view> named) {
  for (std::string_view other : named) {
    if (name.view() == other) {
      raise(ExcKind::TypeError, std::string(function) + "() got multiple values for argument '" +
                                    std::string(other) + "'");
    }
  }
  if (contains(kwargs, name)) {
    raise(ExcKind::TypeError, std::string(function) +
                                  "() got multiple values for keyword argument '" +
                                  std::string(name.view()) + "'");
  }
  setitem(kwargs, name, convert<V>(value));
}

// Adds every entry of `**mapping` to what `**kwargs` receives, as add_kwarg does.
template <class V, class W>
void add_kwargs(const Dict<Str, V>& kwargs, const Dict<Str, W>& mapping, std::string_view function,
                std::initializer_list<std::string_view> named) {
  for (const auto& [name, value] : dict_items(mapping)) {
    add_kwarg(kwargs, name, value, function, named);
  }
}

}  // namespace ingot::rt
