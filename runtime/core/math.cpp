#include "runtime/core/math.h"

#include "runtime/core/int128.h"

#include <cerrno>
#include <cfloat>
#include <climits>

namespace ingot::rt::math {

void domain_error() { raise(ExcKind::ValueError, "math domain error"); }
void range_error() { raise(ExcKind::OverflowError, "math range error"); }

namespace {

// A one-argument libm function, checked the way CPython checks it.
Float checked1(Float x, Float r, bool can_overflow) {
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) range_error();
    domain_error();
  }
  return r;
}

// A two-argument one: NaN from non-NaNs is a domain error, inf from finites overflow.
Float checked2(Float x, Float y, Float r) {
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) range_error();
  return r;
}

// log for the log family: 0 and negatives are outside the domain, inf and nan pass.
template <class F>
Float log_of(Float x, F f) {
  if (std::isnan(x) || x == inf) return x;
  if (x <= 0) domain_error();
  return f(x);
}

}  // namespace

Float sqrt(Float x) { return checked1(x, std::sqrt(x), false); }
Float exp(Float x) { return checked1(x, std::exp(x), true); }
Float expm1(Float x) { return checked1(x, std::expm1(x), true); }
Float log(Float x) {
  return log_of(x, [](Float v) { return std::log(v); });
}
Float log(Float x, Float base) {
  Float num = log(x);
  Float den = log(base);
  if (den == 0) raise(ExcKind::ZeroDivisionError, "float division by zero");
  return num / den;
}
Float log2(Float x) {
  return log_of(x, [](Float v) { return std::log2(v); });
}
Float log10(Float x) {
  return log_of(x, [](Float v) { return std::log10(v); });
}
Float log1p(Float x) {
  if (x == 0) return x;  // keeps -0.0
  return checked1(x, std::log1p(x), false);
}

Float pow(Float x, Float y) {
  Float r = std::pow(x, y);
  if (std::isfinite(x) && std::isfinite(y)) {
    if (std::isnan(r)) domain_error();
    if (std::isinf(r)) {
      if (x == 0) domain_error();
      range_error();
    }
  }
  return r;
}

Float fabs(Float x) { return std::fabs(x); }
Float sin(Float x) { return checked1(x, std::sin(x), false); }
Float cos(Float x) { return checked1(x, std::cos(x), false); }
Float tan(Float x) { return checked1(x, std::tan(x), false); }
Float asin(Float x) { return checked1(x, std::asin(x), false); }
Float acos(Float x) { return checked1(x, std::acos(x), false); }
Float atan(Float x) { return checked1(x, std::atan(x), false); }
Float atan2(Float y, Float x) { return checked2(y, x, std::atan2(y, x)); }
Float sinh(Float x) { return checked1(x, std::sinh(x), true); }
Float cosh(Float x) { return checked1(x, std::cosh(x), true); }
Float tanh(Float x) { return checked1(x, std::tanh(x), false); }
Float erf(Float x) { return std::erf(x); }
Float erfc(Float x) { return std::erfc(x); }
Float copysign(Float x, Float y) { return std::copysign(x, y); }

Float fmod(Float x, Float y) {
  if (std::isinf(y) && std::isfinite(x)) return x;
  Float r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
  return r;
}

Float degrees(Float x) { return x * (180.0 / pi); }
Float radians(Float x) { return x * (pi / 180.0); }

Float ldexp(Float x, Int i) {
  if (x == 0 || !std::isfinite(x)) return x;
  if (i > INT_MAX) range_error();
  if (i < INT_MIN) return std::copysign(0.0, x);
  Float r = std::ldexp(x, static_cast<int>(i));
  if (std::isinf(r)) range_error();
  return r;
}

Tuple<Float, Float> modf(Float x) {
  if (std::isinf(x)) return {std::copysign(0.0, x), x};
  if (std::isnan(x)) return {x, x};
  Float whole = 0;
  Float frac = std::modf(x, &whole);
  return {frac, whole};
}

Tuple<Float, Int> frexp(Float x) {
  if (x == 0 || !std::isfinite(x)) return {x, 0};
  int exponent = 0;
  Float mantissa = std::frexp(x, &exponent);
  return {mantissa, exponent};
}

Int floor(Float x) { return to_int(std::floor(x)); }
Int ceil(Float x) { return to_int(std::ceil(x)); }
Int trunc(Float x) { return to_int(x); }

Bool isclose(Float a, Float b, Float rel_tol, Float abs_tol) {
  if (rel_tol < 0 || abs_tol < 0) raise(ExcKind::ValueError, "tolerances must be non-negative");
  if (a == b) return true;
  if (std::isinf(a) || std::isinf(b)) return false;
  Float diff = std::fabs(b - a);
  return diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) || diff <= abs_tol;
}

// ---- gamma and lgamma -------------------------------------------------------------------------
// CPython computes these itself, with the Lanczos approximation (g = 6.0246800407767296,
// N = 13) rather than the C library's, and libm's differ from it in the last bits for most
// arguments. So ingot evaluates the same approximation in the same order.

namespace {

constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr int kLanczosN = 13;
constexpr double kLanczosNum[kLanczosN] = {23531376880.410759688572007674451636754734846804940,
                                           42919803642.649098768957899047001988850926355848959,
                                           35711959237.355668049440185451547166705960488635843,
                                           17921034426.037209699919755754458931112671403265390,
                                           6039542586.3520280050642916443072979210699388420708,
                                           1439720407.3117216736632230727949123939715485786772,
                                           248874557.86205415651146038641322942321632125127801,
                                           31426415.585400194380614231628318205362874684987640,
                                           2876370.6289353724412254090516208496135991145378768,
                                           186056.26539522349504029498971604569928220784236328,
                                           8071.6720023658162106380029022722506138218516325024,
                                           210.82427775157934587250973392071336271166969580291,
                                           2.5066282746310002701649081771338373386264310793408};
// The coefficients of x(x+1)...(x+11), lowest power first.
constexpr double kLanczosDen[kLanczosN] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0};

double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {  // Horner in x
    for (int i = kLanczosN - 1; i >= 0; --i) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {  // Horner in 1/x, which cannot overflow
    for (int i = 0; i < kLanczosN; ++i) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

// sin(pi * x), accurate for large x: reduce to [0, 2) first.
double sin_pi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  double r = 0;
  switch (static_cast<int>(std::round(2.0 * y))) {
    case 0:
      r = std::sin(pi * y);
      break;
    case 1:
      r = std::cos(pi * (y - 0.5));
      break;
    case 2:
      r = std::sin(pi * (1.0 - y));
      break;
    case 3:
      r = -std::cos(pi * (y - 1.5));
      break;
    default:
      r = std::sin(pi * (y - 2.0));
      break;
  }
  return std::copysign(1.0, x) * r;
}

}  // namespace

Float gamma(Float x) {
  if (std::isnan(x) || x == inf) return x;
  if (x == -inf || x == 0) domain_error();
  if (x == std::floor(x)) {
    if (x < 0) domain_error();
    if (x <= 23) {  // exact: (x - 1)!
      double f = 1;
      for (int i = 2; i < static_cast<int>(x); ++i) f *= i;
      return f;
    }
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) range_error();
    return r;
  }
  if (absx > 200.0) {
    if (x < 0) return 0.0 / sin_pi(x);
    range_error();
  }
  double y = absx + kLanczosGMinusHalf;
  // The rounding error of y, to correct the result by.
  double z =
      absx > kLanczosGMinusHalf ? (y - absx) - kLanczosGMinusHalf : (y - kLanczosGMinusHalf) - absx;
  z = z * kLanczosG / y;
  double r = 0;
  if (x < 0) {
    r = -pi / sin_pi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double half = std::pow(y, absx / 2.0 - 0.25);
      r /= half;
      r /= half;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double half = std::pow(y, absx / 2.0 - 0.25);
      r *= half;
      r *= half;
    }
  }
  if (std::isinf(r)) range_error();
  return r;
}

Float lgamma(Float x) {
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return inf;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0) domain_error();
    return 0.0;
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0) {
    constexpr double kLogPi = 1.144729885849400174143427351353058711647;
    r = kLogPi - std::log(std::fabs(sin_pi(absx))) - std::log(absx) - r;
  }
  if (std::isinf(r)) range_error();
  return r;
}

// ---- integers ---------------------------------------------------------------------------------

namespace {

using U64 = unsigned long long;

U64 magnitude(Int x) { return x < 0 ? 0ULL - static_cast<U64>(x) : static_cast<U64>(x); }

U64 gcd_u(U64 a, U64 b) {
  while (b != 0) {
    U64 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

}  // namespace

Int int_of_magnitude(U64 m) {
  if (m > static_cast<U64>(std::numeric_limits<Int>::max())) raise_int_overflow();
  return static_cast<Int>(m);
}

U64 gcd_magnitude(U64 a, Int b) { return gcd_u(a, magnitude(b)); }

U64 lcm_magnitude(U64 a, Int b) {
  U64 mb = magnitude(b);
  if (a == 0 || mb == 0) return 0;
  U64 out = 0;
  if (__builtin_mul_overflow(a / gcd_u(a, mb), mb, &out)) raise_int_overflow();
  return out;
}

Int factorial(Int n) {
  if (n < 0) raise(ExcKind::ValueError, "factorial() not defined for negative values");
  Int out = 1;
  for (Int i = 2; i <= n; ++i) out = int_mul(out, i);
  return out;
}

Int comb(Int n, Int k) {
  if (n < 0) raise(ExcKind::ValueError, "n must be a non-negative integer");
  if (k < 0) raise(ExcKind::ValueError, "k must be a non-negative integer");
  if (k > n) return 0;
  k = std::min(k, n - k);
  // C(n, i + 1) = C(n, i) * (n - i) / (i + 1), exact at every step; the C(n, i) grow with i
  // up to k <= n / 2, so once one does not fit 64 bits the answer does not either.
  Int128 out = 1;
  for (Int i = 0; i < k; ++i) {
    out = out * (n - i) / (i + 1);
    if (out > std::numeric_limits<Int>::max()) raise_int_overflow();
  }
  return static_cast<Int>(out);
}

Int perm(Int n, Int k) {
  if (n < 0) raise(ExcKind::ValueError, "n must be a non-negative integer");
  if (k < 0) raise(ExcKind::ValueError, "k must be a non-negative integer");
  if (k > n) return 0;
  Int out = 1;
  for (Int i = 0; i < k; ++i) out = int_mul(out, n - i);
  return out;
}

Int perm(Int n, NoneType) { return factorial(n); }

// ---- norms and sums ---------------------------------------------------------------------------

Float norm(const std::vector<Float>& values) {
  bool found_nan = false;
  for (Float v : values) {
    if (std::isinf(v)) return inf;
    found_nan |= std::isnan(v);
  }
  if (found_nan) return nan;
  // Quad precision holds every square exactly and cannot overflow; the sum's error is far
  // below half an ulp of the double result, so the result is correctly rounded (barring
  // a double-rounding tie, about one case in 2^60).
  __extension__ using Quad = __float128;
  Quad sum = 0;
  for (Float v : values) sum += static_cast<Quad>(v) * static_cast<Quad>(v);
  if (sum == 0) return 0.0;
  Quad root = static_cast<Quad>(std::sqrt(static_cast<long double>(sum)));
  for (int i = 0; i < 2; ++i) root = (root + sum / root) / 2;  // Newton: doubles the digits
  return static_cast<Float>(root);
}

void ExactSum::add(Float x) {
  Float original = x;
  size_t kept = 0;
  for (Float y : partials_) {
    if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
    Float hi = x + y;
    Float lo = y - (hi - x);
    if (lo != 0) partials_[kept++] = lo;
    x = hi;
  }
  partials_.resize(kept);
  if (x == 0) return;
  if (!std::isfinite(x)) {
    // From an infinity or NaN among the values, or else an overflow of the partial sums.
    if (std::isfinite(original)) raise(ExcKind::OverflowError, "intermediate overflow in fsum");
    if (std::isinf(original)) inf_ += original;
    special_ += original;
    partials_.clear();
    return;
  }
  partials_.push_back(x);
}

Float ExactSum::result() const {
  if (special_ != 0) {
    if (std::isnan(inf_)) raise(ExcKind::ValueError, "-inf + inf in fsum");
    return special_;
  }
  size_t n = partials_.size();
  if (n == 0) return 0.0;
  // The partials are non-overlapping and increasing in magnitude: add them from the top
  // until the sum stops being exact.
  Float hi = partials_[--n];
  Float lo = 0;
  while (n > 0) {
    Float x = hi;
    Float y = partials_[--n];
    hi = x + y;
    lo = y - (hi - x);
    if (lo != 0) break;
  }
  // Round half to even correctly: if the rest of the partials push the same way as `lo`,
  // a tie in the last addition was not a tie.
  if (n > 0 && ((lo < 0 && partials_[n - 1] < 0) || (lo > 0 && partials_[n - 1] > 0))) {
    Float y = lo * 2;
    Float x = hi + y;
    if (y == x - hi) hi = x;
  }
  return hi;
}

}  // namespace ingot::rt::math
