#include "runtime/core/protocol.h"

#include <cmath>
#include <functional>

#include "runtime/core/format.h"

namespace ingot::rt {

Bool py_eq(NoneType, NoneType) { return true; }
Bool py_eq(const Str& a, const Str& b) { return a.same(b) || a.view() == b.view(); }
Bool py_eq(const Bytes& a, const Bytes& b) { return a.view() == b.view(); }
Bool py_lt(const Str& a, const Str& b) { return a.view() < b.view(); }
Bool py_lt(const Bytes& a, const Bytes& b) { return a.view() < b.view(); }

namespace {

// A 64-bit finalizer: spreads ints so that unordered_map buckets stay balanced.
size_t mix(unsigned long long x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return static_cast<size_t>(x);
}

}  // namespace

size_t py_hash(Int x) { return mix(static_cast<unsigned long long>(x)); }
size_t py_hash(Bool x) { return py_hash(static_cast<Int>(x)); }
size_t py_hash(NoneType) { return 0x9e3779b97f4a7c15ULL; }
// Equal numbers hash alike: an integral float hashes as the int, and -0.0 as 0.0.
size_t py_hash(Float x) {
  if (x == 0.0) return py_hash(Int{0});
  if (std::isnan(x)) return 0x7ff8000000000000ULL;
  if (x == std::trunc(x) && std::fabs(x) < 9.2e18) return py_hash(static_cast<Int>(x));
  return std::hash<double>{}(x);
}
size_t py_hash(const Str& x) { return x.hash(); }
size_t py_hash(const Bytes& x) { return std::hash<std::string_view>{}(x.view()) ^ 0x5bd1e995; }

Str repr(Int x) { return Str(std::to_string(x)); }
Str repr(Float x) { return Str(float_repr(x)); }
Str repr(Bool x) { return Str(x ? "True" : "False"); }
Str repr(NoneType) { return Str("None"); }

Str to_str(Int x) { return repr(x); }
Str to_str(Float x) { return repr(x); }
Str to_str(Bool x) { return repr(x); }
Str to_str(NoneType) { return repr(None); }
Str to_str(const Bytes& x) { return repr(x); }

}  // namespace ingot::rt
