// Python's `math` module: CPython 3.11's results and errors. The float functions follow
// CPython's rules for reporting: a NaN from a non-NaN argument is ValueError("math domain
// error"); an infinity from finite arguments is OverflowError("math range error") where the
// function can overflow, else ValueError("math domain error"). Integer results that do not
// fit 64 bits raise OverflowError, as the rest of the runtime does.
#pragma once

#include <cmath>
#include <cstdlib>
#include <limits>
#include <numbers>
#include <tuple>
#include <variant>
#include <vector>

#include "runtime/core/builtins.h"
#include "runtime/core/containers.h"
#include "runtime/core/errors.h"
#include "runtime/core/ops.h"
#include "runtime/core/values.h"

namespace ingot::rt::math {

inline constexpr Float pi = std::numbers::pi;
inline constexpr Float e = std::numbers::e;
inline constexpr Float tau = 2 * std::numbers::pi;
inline constexpr Float inf = std::numeric_limits<Float>::infinity();
inline constexpr Float nan = std::numeric_limits<Float>::quiet_NaN();

[[noreturn]] void domain_error();  // ValueError: math domain error
[[noreturn]] void range_error();   // OverflowError: math range error

// ---- float -> float ---------------------------------------------------------------------------

Float sqrt(Float x);
Float exp(Float x);
Float expm1(Float x);
Float log(Float x);
Float log(Float x, Float base);
Float log2(Float x);
Float log10(Float x);
Float log1p(Float x);
Float pow(Float x, Float y);
Float fabs(Float x);
Float sin(Float x);
Float cos(Float x);
Float tan(Float x);
Float asin(Float x);
Float acos(Float x);
Float atan(Float x);
Float atan2(Float y, Float x);
Float sinh(Float x);
Float cosh(Float x);
Float tanh(Float x);
Float erf(Float x);
Float erfc(Float x);
Float gamma(Float x);
Float lgamma(Float x);
Float copysign(Float x, Float y);
Float fmod(Float x, Float y);
Float degrees(Float x);
Float radians(Float x);
Float ldexp(Float x, Int i);
Tuple<Float, Float> modf(Float x);
Tuple<Float, Int> frexp(Float x);

// ---- rounding to int --------------------------------------------------------------------------

Int floor(Float x);
Int ceil(Float x);
Int trunc(Float x);
inline Int floor_int(Int x) { return x; }
inline Int ceil_int(Int x) { return x; }
inline Int trunc_int(Int x) { return x; }

// ---- classification ---------------------------------------------------------------------------

inline Bool isnan(Float x) { return std::isnan(x); }
inline Bool isinf(Float x) { return std::isinf(x); }
inline Bool isfinite(Float x) { return std::isfinite(x); }
Bool isclose(Float a, Float b, Float rel_tol, Float abs_tol);

// ---- integers ---------------------------------------------------------------------------------

// gcd and lcm over the magnitudes, which may reach 2**63 on the way.
unsigned long long gcd_magnitude(unsigned long long a, Int b);
unsigned long long lcm_magnitude(unsigned long long a, Int b);  // OverflowError past 64 bits
Int int_of_magnitude(unsigned long long m);                     // OverflowError past 2**63 - 1
Int factorial(Int n);
Int comb(Int n, Int k);
Int perm(Int n, Int k);
Int perm(Int n, NoneType);
inline Int perm(Int n, const Optional<Int>& k) { return k ? perm(n, *k) : perm(n, None); }

// gcd(*integers) / lcm(*integers): 0 and 1 for no arguments.
template <class... Ts>
Int gcd(Ts... xs) {
  unsigned long long out = 0;
  ((out = gcd_magnitude(out, static_cast<Int>(xs))), ...);
  return int_of_magnitude(out);
}
template <class... Ts>
Int lcm(Ts... xs) {
  if (((static_cast<Int>(xs) == 0) || ...)) return 0;
  unsigned long long out = 1;
  ((out = lcm_magnitude(out, static_cast<Int>(xs))), ...);
  return int_of_magnitude(out);
}

// ---- sums, products and norms -----------------------------------------------------------------

template <class T>
inline constexpr bool is_tuple = false;
template <class... Ts>
inline constexpr bool is_tuple<Tuple<Ts...>> = true;

// Calls f on each item of a container, or of a tuple (whose items may differ in type).
template <class It, class F>
void for_each_item(const It& iterable, F&& f) {
  if constexpr (is_tuple<It>) {
    std::apply([&](const auto&... item) { (f(item), ...); }, iterable.as_std());
  } else {
    for (const auto& item : iterable) f(item);
  }
}

template <class It>
std::vector<Float> floats_of(const It& iterable) {
  std::vector<Float> out;
  for_each_item(iterable, [&](const auto& x) { out.push_back(static_cast<Float>(x)); });
  return out;
}

// The Euclidean norm of `values` (finite or not), as hypot() and dist() compute it.
Float norm(const std::vector<Float>& values);

template <class... Ts>
Float hypot(Ts... xs) {
  return norm(std::vector<Float>{static_cast<Float>(xs)...});
}

template <class P, class Q>
Float dist(const P& p, const Q& q) {
  std::vector<Float> a = floats_of(p);
  std::vector<Float> b = floats_of(q);
  if (a.size() != b.size()) {
    raise(ExcKind::ValueError, "both points must have the same number of dimensions");
  }
  for (size_t i = 0; i < a.size(); ++i) a[i] = std::fabs(a[i] - b[i]);
  return norm(a);
}

// fsum(iterable): the correctly rounded sum (Shewchuk's exact partial sums).
class ExactSum {
 public:
  void add(Float x);
  Float result() const;

 private:
  std::vector<Float> partials_;
  Float special_ = 0.0;  // the sum of the infinities and NaNs seen
  Float inf_ = 0.0;      // the sum of the infinities seen
};

template <class It>
Float fsum(const It& iterable) {
  ExactSum sum;
  for_each_item(iterable, [&](const auto& x) { sum.add(static_cast<Float>(x)); });
  return sum.result();
}

// prod(iterable, start=1): left-to-right multiplication, int or float as Python's `*` gives.
template <class It, class Start>
auto prod(const It& iterable, const Start& start) {
  if constexpr (is_tuple<It>) {
    return prod(to_list(iterable), start);
  } else {
    using Result = decltype(op::mul(start, std::declval<elem_t<It>>()));
    Result total = static_cast<Result>(start);
    for (const auto& x : iterable) total = op::mul(total, x);
    return total;
  }
}

// prod(floats) and prod(floats, start=int): CPython gives back the int start when there is
// nothing to multiply.
template <class It>
std::variant<Int, Float> prod_floats(const It& iterable, Int start = 1) {
  std::vector<Float> items = floats_of(iterable);
  if (items.empty()) return start;
  Float total = static_cast<Float>(start);
  for (Float x : items) total *= x;
  return total;
}

}  // namespace ingot::rt::math
