#include "runtime/core/ops.h"

#include <cerrno>
#include <cmath>
#include <limits>

#include "runtime/core/int128.h"

namespace ingot::rt {

namespace {

constexpr Int kIntMin = std::numeric_limits<Int>::min();

int bit_length(unsigned long long x) { return x ? 64 - __builtin_clzll(x) : 0; }

unsigned long long magnitude(Int x) {
  return x < 0 ? 0ULL - static_cast<unsigned long long>(x) : static_cast<unsigned long long>(x);
}

bool is_odd_integer(Float x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

}  // namespace

Int int_add(Int a, Int b) {
  Int r;
  if (__builtin_add_overflow(a, b, &r)) raise_int_overflow();
  return r;
}

Int int_sub(Int a, Int b) {
  Int r;
  if (__builtin_sub_overflow(a, b, &r)) raise_int_overflow();
  return r;
}

Int int_mul(Int a, Int b) {
  Int r;
  if (__builtin_mul_overflow(a, b, &r)) raise_int_overflow();
  return r;
}

Int int_floordiv(Int a, Int b) {
  if (b == 0) raise(ExcKind::ZeroDivisionError, "integer division or modulo by zero");
  if (a == kIntMin && b == -1) raise_int_overflow();
  Int q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

Int int_mod(Int a, Int b) {
  if (b == 0) raise(ExcKind::ZeroDivisionError, "integer modulo by zero");
  if (b == -1) return 0;
  Int r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

Int int_neg(Int a) {
  if (a == kIntMin) raise_int_overflow();
  return -a;
}

Int int_abs(Int a) { return a < 0 ? int_neg(a) : a; }

Int int_pow(Int base, Int exponent) {
  if (exponent < 0) {
    raise(ExcKind::ValueError,
          "negative exponent: int ** negative int is a float (use pow_int_or_float)");
  }
  Int result = 1;
  while (exponent > 0) {
    if (exponent & 1) result = int_mul(result, base);
    exponent >>= 1;
    if (exponent > 0) base = int_mul(base, base);
  }
  return result;
}

std::variant<Int, Float> op::pow_int_or_float(Int base, Int exponent) {
  if (exponent >= 0) return int_pow(base, exponent);
  return float_pow(static_cast<Float>(base), static_cast<Float>(exponent));
}

// Correctly rounded a / b. Below 2**53 both convert exactly and one division rounds once;
// beyond, an integer quotient with at least 55 significant bits plus a sticky bit for the
// remainder rounds exactly once more when converted to a double.
Float int_truediv(Int a, Int b) {
  if (b == 0) raise(ExcKind::ZeroDivisionError, "division by zero");
  constexpr Int kExact = Int{1} << 53;
  if (a > -kExact && a < kExact && b > -kExact && b < kExact) {
    return static_cast<Float>(a) / static_cast<Float>(b);
  }
  const bool negative = (a < 0) != (b < 0);
  UInt128 n = magnitude(a), d = magnitude(b);
  if (n == 0) return negative ? -0.0 : 0.0;
  int shift = 55 - (bit_length(magnitude(a)) - bit_length(magnitude(b)));
  if (shift > 0) {
    n <<= shift;
  } else {
    d <<= -shift;
  }
  UInt128 q = n / d;
  if (n % d != 0) q |= 1;  // sticky bit: the quotient is not exact
  Float result = std::ldexp(static_cast<Float>(static_cast<unsigned long long>(q)), -shift);
  return negative ? -result : result;
}

Int int_lshift(Int a, Int count) {
  if (count < 0) raise(ExcKind::ValueError, "negative shift count");
  if (a == 0) return 0;
  if (count >= 64) raise_int_overflow();
  Int r = static_cast<Int>(static_cast<unsigned long long>(a) << count);
  if ((r >> count) != a) raise_int_overflow();
  return r;
}

Int int_rshift(Int a, Int count) {
  if (count < 0) raise(ExcKind::ValueError, "negative shift count");
  if (count >= 64) return a < 0 ? -1 : 0;
  return a >> count;
}

Float float_truediv(Float a, Float b) {
  if (b == 0.0) raise(ExcKind::ZeroDivisionError, "float division by zero");
  return a / b;
}

// CPython's float_divmod, the floor-division half.
Float float_floordiv(Float vx, Float wx) {
  if (wx == 0.0) raise(ExcKind::ZeroDivisionError, "float floor division by zero");
  Float mod = std::fmod(vx, wx);
  Float div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) div -= 1.0;
  }
  Float floordiv;
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
  return floordiv;
}

// CPython's float_rem.
Float float_mod(Float vx, Float wx) {
  if (wx == 0.0) raise(ExcKind::ZeroDivisionError, "float modulo");
  Float mod = std::fmod(vx, wx);
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) mod += wx;
  } else {
    mod = std::copysign(0.0, wx);
  }
  return mod;
}

// CPython's float_pow: the special cases of C99's pow that Python defines itself, then
// errors where the libm result overflows.
Float float_pow(Float iv, Float iw) {
  if (iw == 0.0) return 1.0;
  if (std::isnan(iv)) return iv;
  if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return 1.0;
    if ((iw > 0.0) == (iv > 1.0)) return std::fabs(iw);
    return 0.0;
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return odd ? iv : std::fabs(iv);
    return odd ? std::copysign(0.0, iv) : 0.0;
  }
  if (iv == 0.0) {
    if (iw < 0.0) {
      raise(ExcKind::ZeroDivisionError, "0.0 cannot be raised to a negative power");
    }
    return is_odd_integer(iw) ? iv : 0.0;
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) {
      // CPython returns a complex number here; there is no complex type in ingot.
      raise(ExcKind::ValueError, "negative number cannot be raised to a fractional power");
    }
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return negate ? -1.0 : 1.0;
  Float ix = std::pow(iv, iw);
  if (std::isinf(ix)) raise(ExcKind::OverflowError, "(34, 'Numerical result out of range')");
  return negate ? -ix : ix;
}

int compare_int_float(Int i, Float f) {
  if (std::isnan(f)) return 2;
  constexpr Float kTwo63 = 9223372036854775808.0;
  if (f >= kTwo63) return -1;
  if (f < -kTwo63) return 1;
  Float whole = std::trunc(f);
  Int wi = static_cast<Int>(whole);  // exact: |whole| < 2**63
  if (i != wi) return i < wi ? -1 : 1;
  Float frac = f - whole;
  if (frac > 0) return -1;
  if (frac < 0) return 1;
  return 0;
}

Bytes op::add(const Bytes& a, const Bytes& b) {
  std::string out(a.view());
  out += b.view();
  return Bytes(std::move(out));
}

Bytes op::bytes_repeat(const Bytes& b, Int times) {
  if (times <= 0 || b.empty()) return Bytes();
  Int total;
  if (__builtin_mul_overflow(b.len(), times, &total) || total > (Int{1} << 36)) {
    raise(ExcKind::MemoryError, "");  // as CPython, which cannot allocate it either
  }
  std::string out;
  for (Int i = 0; i < times; ++i) out += b.view();
  return Bytes(std::move(out));
}

}  // namespace ingot::rt
