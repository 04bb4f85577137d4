// str(float), repr(float) and format(x, spec): CPython's float-to-text rules and the
// format-spec mini-language that f-strings lower to.
#pragma once

#include "runtime/core/str.h"
#include "runtime/core/values.h"

namespace ingot::rt {

// repr(x) == str(x) for floats: shortest round-trip digits, exponent form exactly where
// CPython uses it (decimal exponent < -4 or >= 16), "inf", "nan", "-0.0", "1.0".
std::string float_repr(Float x);

// format(x, spec) / f"{x:spec}": fill, align (<>=^), sign (+- ), z, #, 0, width, grouping
// (, _), precision and type, with CPython's ValueError messages for invalid specs.
Str format(Int x, const Str& spec);
Str format(Float x, const Str& spec);
Str format(Bool x, const Str& spec);
Str format(const Str& x, const Str& spec);
template <IntLike T>
requires(!std::same_as<T, Int> && !std::same_as<T, Bool>) Str format(T x, const Str& spec) {
  return format(static_cast<Int>(x), spec);
}

}  // namespace ingot::rt
