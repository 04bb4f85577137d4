#include "runtime/tensor/elementwise.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <string>
#include <type_traits>

#include "runtime/core/errors.h"
#include "runtime/tensor/loops.h"
#include "runtime/tensor/reduce.h"
#include "runtime/tensor/vector_math.h"

namespace ingot::rt::tensor {

namespace {

// ---- kernels ------------------------------------------------------------------------------

// o[i] = f(x[i], y[i]) over a contiguous row. Its own function, so that the register
// allocation of the strided cases around it cannot spill into this loop.
template <typename In, typename Out, typename F>
[[gnu::noinline]] void contiguous_binary(const In* x, const In* y, Out* o, int64_t n, F f) {
  for (int64_t i = 0; i < n; ++i) o[i] = store<Out>(f(load(x[i]), load(y[i])));
}

// out[i] = f(a[i], b[i]) over the broadcast shape of out, with In the operands' storage
// type and Out the result's. f is a lambda (not a function pointer) so that it inlines. Rows where
// every operand is contiguous (or one is a repeated scalar) get loops the compiler can vectorize.
template <typename In, typename Out, typename F>
void run_binary(const Array& a, const Array& b, const Array& out, F f) {
  const In* pa = a.data<In>();
  const In* pb = b.data<In>();
  Out* po = out.data<Out>();
  // The common case without the walk's bookkeeping, which a small array would feel.
  if (a.shape() == out.shape() && b.shape() == out.shape() && a.is_contiguous() &&
      b.is_contiguous() && out.is_contiguous()) {
    return contiguous_binary(pa, pb, po, out.size(), f);
  }
  const std::array<Shape, 3> strides = {broadcast_strides(a, out.shape()),
                                        broadcast_strides(b, out.shape()), out.strides()};
  for_each_row<3>(out.shape(), strides, [&](const Row<3>& row) {
    const In* x = pa + row.offset[0];
    const In* y = pb + row.offset[1];
    Out* o = po + row.offset[2];
    const int64_t n = row.count;
    const auto [sx, sy, so] = row.stride;
    if (sx == 1 && sy == 1 && so == 1) {
      contiguous_binary(x, y, o, n, f);
    } else if (sx == 1 && sy == 0 && so == 1) {
      const auto yv = load(*y);
      for (int64_t i = 0; i < n; ++i) o[i] = store<Out>(f(load(x[i]), yv));
    } else if (sx == 0 && sy == 1 && so == 1) {
      const auto xv = load(*x);
      for (int64_t i = 0; i < n; ++i) o[i] = store<Out>(f(xv, load(y[i])));
    } else {
      for (int64_t i = 0; i < n; ++i) {
        o[i * so] = store<Out>(f(load(x[i * sx]), load(y[i * sy])));
      }
    }
  });
}

template <typename In, typename Out, typename F>
void run_unary(const Array& a, const Array& out, F f) {
  const In* pa = a.data<In>();
  Out* po = out.data<Out>();
  if (a.is_contiguous() && out.is_contiguous()) {  // same shape: one flat loop
    for (int64_t i = 0; i < out.size(); ++i) po[i] = store<Out>(f(load(pa[i])));
    return;
  }
  for_each_row<2>(out.shape(), {a.strides(), out.strides()}, [&](const Row<2>& row) {
    const In* x = pa + row.offset[0];
    Out* o = po + row.offset[1];
    const auto [sx, so] = row.stride;
    if (sx == 1 && so == 1) {
      for (int64_t i = 0; i < row.count; ++i) o[i] = store<Out>(f(load(x[i])));
    } else {
      for (int64_t i = 0; i < row.count; ++i) o[i * so] = store<Out>(f(load(x[i * sx])));
    }
  });
}

// ---- integer arithmetic as numpy does it: wrapping, never undefined ---------------------------

template <typename C>
using unsigned_of = std::make_unsigned_t<C>;

template <typename C>
C add(C x, C y) {
  if constexpr (std::is_same_v<C, bool>) {
    return x || y;
  } else if constexpr (std::is_integral_v<C>) {
    return static_cast<C>(static_cast<unsigned_of<C>>(x) + static_cast<unsigned_of<C>>(y));
  } else {
    return x + y;
  }
}

template <typename C>
C subtract(C x, C y) {
  if constexpr (std::is_integral_v<C>) {
    return static_cast<C>(static_cast<unsigned_of<C>>(x) - static_cast<unsigned_of<C>>(y));
  } else {
    return x - y;
  }
}

template <typename C>
C multiply(C x, C y) {
  if constexpr (std::is_same_v<C, bool>) {
    return x && y;
  } else if constexpr (std::is_integral_v<C>) {
    using U = std::conditional_t<(sizeof(C) < sizeof(unsigned)), unsigned, unsigned_of<C>>;
    return static_cast<C>(static_cast<U>(x) * static_cast<U>(y));
  } else {
    return x * y;
  }
}

// Python's floor division; numpy gives 0 for a zero divisor and wraps MIN // -1.
template <typename C>
C floor_divide(C x, C y) {
  if constexpr (std::is_integral_v<C>) {
    if (y == 0) return 0;
    if constexpr (std::is_signed_v<C>) {
      if (y == -1) return subtract<C>(0, x);
    }
    C quotient = x / y;
    if (x % y != 0 && ((x < 0) != (y < 0))) --quotient;
    return quotient;
  } else {
    // numpy's npy_floor_divide (CPython's float floor division).
    if (y == 0) return x / y;
    const C mod = std::fmod(x, y);
    C div = (x - mod) / y;
    if (mod != 0 && ((y < 0) != (mod < 0))) div -= 1;
    if (div == 0) return std::copysign(C(0), x / y);
    C floored = std::floor(div);
    if (div - floored > C(0.5)) floored += 1;
    return floored;
  }
}

// Python's modulo: the sign of the divisor. numpy gives 0 (integers) or NaN for a zero one.
template <typename C>
C remainder(C x, C y) {
  if constexpr (std::is_integral_v<C>) {
    if (y == 0) return 0;
    if constexpr (std::is_signed_v<C>) {
      if (y == -1) return 0;
    }
    C mod = x % y;
    if (mod != 0 && ((mod < 0) != (y < 0))) mod = add<C>(mod, y);
    return mod;
  } else {
    C mod = std::fmod(x, y);
    if (y == 0) return mod;
    if (mod != 0) {
      if ((y < 0) != (mod < 0)) mod += y;
    } else {
      mod = std::copysign(C(0), y);
    }
    return mod;
  }
}

template <typename C>
C power(C base, C exponent) {
  if constexpr (std::is_integral_v<C>) {
    if (exponent < 0)
      raise(ExcKind::ValueError, "Integers to negative integer powers are not allowed.");
    using U = std::conditional_t<(sizeof(C) < sizeof(unsigned)), unsigned, unsigned_of<C>>;
    U result = 1;
    U factor = static_cast<U>(base);
    for (auto e = static_cast<uint64_t>(exponent); e != 0; e >>= 1) {
      if (e & 1) result *= factor;
      factor *= factor;
    }
    return static_cast<C>(result);
  } else {
    return std::pow(base, exponent);
  }
}

template <typename C>
C maximum(C x, C y) {
  if constexpr (std::is_floating_point_v<C>) {
    return (x > y || std::isnan(x)) ? x : y;  // numpy's: y when equal (0.0 vs -0.0)
  } else {
    return std::max(x, y);
  }
}

template <typename C>
C minimum(C x, C y) {
  if constexpr (std::is_floating_point_v<C>) {
    return (x < y || std::isnan(x)) ? x : y;
  } else {
    return std::min(x, y);
  }
}

// ---- numpy's and torch's two-argument math functions ------------------------------------------

// x op y in double, rounded once to C: float32's correctly rounded result, which numpy's and
// torch's float32 kernels each come within an ulp or two of.
template <typename C, typename F>
C pair_in_double(C x, C y, F f) {
  return static_cast<C>(f(static_cast<double>(x), static_cast<double>(y)));
}

// C's fmod: truncated division, the dividend's sign. numpy gives 0 for a zero integer
// divisor (torch refuses one before this runs); MIN % -1 is 0, not a trap.
template <typename C>
C truncated_remainder(C x, C y) {
  if constexpr (std::is_integral_v<C>) {
    if (y == 0) return 0;
    if constexpr (std::is_signed_v<C>) {
      if (y == -1) return 0;
    }
    return static_cast<C>(x % y);
  } else {
    return std::fmod(x, y);
  }
}

// fmax / fmin: a NaN on one side gives the other side (C's fmax: x when the two are equal).
template <typename C>
C nan_ignoring_max(C x, C y) {
  if constexpr (std::is_floating_point_v<C>) {
    return (x >= y || std::isnan(y)) ? x : y;
  } else {
    return std::max(x, y);
  }
}

template <typename C>
C nan_ignoring_min(C x, C y) {
  if constexpr (std::is_floating_point_v<C>) {
    return (x <= y || std::isnan(y)) ? x : y;
  } else {
    return std::min(x, y);
  }
}

// log(exp(x) + exp(y)) as numpy computes it, in C's own precision: equal operands (infinities
// of one sign among them) directly, else the larger plus log1p of the smaller's share.
template <typename C>
C log_add_exp(C x, C y) {
  if (x == y) return x + std::numbers::ln2_v<C>;
  const C gap = x - y;
  if (gap > 0) return x + std::log1p(std::exp(-gap));
  if (gap <= 0) return y + std::log1p(std::exp(gap));
  return gap;  // a NaN operand
}

// log2(2**x + 2**y), the same way in base 2.
template <typename C>
C log_add_exp2(C x, C y) {
  if (x == y) return x + C(1);
  const C gap = x - y;
  if (gap > 0) return x + std::numbers::log2e_v<C> * std::log1p(std::exp2(-gap));
  if (gap <= 0) return y + std::numbers::log2e_v<C> * std::log1p(std::exp2(gap));
  return gap;
}

// The step function with `at_zero` at 0. numpy keeps a NaN; torch's (x > 0) makes it 0.
template <typename C>
C heaviside(C x, C at_zero, Rules rules) {
  if constexpr (std::is_floating_point_v<C>) {
    if (std::isnan(x) && rules == Rules::Numpy) return x;
  }
  if (x == C(0)) return at_zero;
  return x > C(0) ? C(1) : C(0);
}

[[noreturn]] void raise_no_loop(std::string_view name) {
  raise(ExcKind::TypeError, "ufunc '" + std::string(name) +
                                "' not supported for the input types, and the inputs could not "
                                "be safely coerced to any supported types according to the "
                                "casting rule ''safe''");
}

bool is_comparison(BinaryOp op) { return op >= BinaryOp::Equal && op <= BinaryOp::GreaterEqual; }
bool is_logical(BinaryOp op) { return op >= BinaryOp::LogicalAnd && op <= BinaryOp::LogicalXor; }

// The functions whose integer (and bool) operands both libraries compute in a float type.
bool is_float_function(BinaryOp op) {
  return op == BinaryOp::Copysign || op == BinaryOp::Hypot || op == BinaryOp::Arctan2 ||
         op == BinaryOp::LogAddExp || op == BinaryOp::LogAddExp2;
}
bool is_bitwise(BinaryOp op) { return op >= BinaryOp::BitwiseAnd && op <= BinaryOp::BitwiseXor; }

// The kernel torch names when it has none for bools.
std::string_view torch_bool_kernel(BinaryOp op) {
  return op == BinaryOp::FloorDivide ? "div_floor_cpu"
         : op == BinaryOp::Remainder ? "remainder_cpu"
         : op == BinaryOp::Fmod      ? "fmod_cpu"
                                     : "pow";
}

// The dtype both operands are converted to before the kernel runs.
DType compute_dtype(BinaryOp op, DType promoted, Rules rules) {
  if (is_logical(op)) return DType::Bool;
  if (op == BinaryOp::TrueDivide) {
    // numpy divides integers (and bools) in float64 whatever their width; torch in float32.
    if (rules == Rules::Numpy && !is_float(promoted)) return DType::Float64;
    return float_result(promoted, rules);
  }
  if (is_bitwise(op) && is_float(promoted)) {
    if (rules == Rules::Numpy) raise_no_loop(ufunc_name(op));
    raise(ExcKind::NotImplementedError, "\"" + std::string(ufunc_name(op)) +
                                            "_cpu\" not implemented for '" +
                                            std::string(torch_scalar_name(promoted)) + "'");
  }
  // torch has no integer kernels for these; numpy computes them in a float type.
  const bool float_only =
      op == BinaryOp::Hypot || op == BinaryOp::LogAddExp || op == BinaryOp::LogAddExp2;
  if (rules == Rules::Torch && float_only && !is_float(promoted)) {
    raise(ExcKind::NotImplementedError, "\"" + std::string(ufunc_name(op)) +
                                            "_cpu\" not implemented for '" +
                                            std::string(torch_scalar_name(promoted)) + "'");
  }
  // torch's heaviside keeps integers and bools; numpy's is a float function.
  if (is_float_function(op) || (op == BinaryOp::Heaviside && rules == Rules::Numpy)) {
    return float_result(promoted, rules);
  }
  if (promoted == DType::Bool) {
    if (op == BinaryOp::Subtract) {
      raise(ExcKind::TypeError,
            "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
            "the `^` operator, or the logical_xor function instead.");
    }
    // numpy answers these in int8; torch has no bool kernel for them.
    if (op == BinaryOp::FloorDivide || op == BinaryOp::Remainder || op == BinaryOp::Power ||
        op == BinaryOp::Fmod) {
      if (rules == Rules::Numpy) return DType::Int8;
      raise(ExcKind::NotImplementedError,
            "\"" + std::string(torch_bool_kernel(op)) + "\" not implemented for 'Bool'");
    }
  }
  return promoted;
}

// The float-only functions of two arguments.
template <typename T>
void float_binary_kernel(BinaryOp op, const Array& a, const Array& b, const Array& out) {
  using C = compute_t<T>;
  switch (op) {
    case BinaryOp::Copysign:
      return run_binary<T, T>(a, b, out, [](C x, C y) { return std::copysign(x, y); });
    case BinaryOp::Hypot:
      return run_binary<T, T>(a, b, out, [](C x, C y) {
        return pair_in_double(x, y, [](double u, double v) { return std::hypot(u, v); });
      });
    case BinaryOp::Arctan2:
      return run_binary<T, T>(a, b, out, [](C x, C y) {
        return pair_in_double(x, y, [](double u, double v) { return std::atan2(u, v); });
      });
    case BinaryOp::LogAddExp:
      return run_binary<T, T>(a, b, out, [](C x, C y) { return log_add_exp<C>(x, y); });
    case BinaryOp::LogAddExp2:
      return run_binary<T, T>(a, b, out, [](C x, C y) { return log_add_exp2<C>(x, y); });
    default:
      break;
  }
}

template <typename T>
void binary_kernel(BinaryOp op, const Array& a, const Array& b, const Array& out, Rules rules) {
  using C = compute_t<T>;
  constexpr bool kNumeric = !std::is_same_v<C, bool>;  // bool has no -, //, %, ** loops
  switch (op) {
    case BinaryOp::Add:
      return run_binary<T, T>(a, b, out, [](C x, C y) { return add<C>(x, y); });
    case BinaryOp::Subtract:
      if constexpr (kNumeric)
        return run_binary<T, T>(a, b, out, [](C x, C y) { return subtract<C>(x, y); });
      break;
    case BinaryOp::Multiply:
      return run_binary<T, T>(a, b, out, [](C x, C y) { return multiply<C>(x, y); });
    case BinaryOp::TrueDivide:
      if constexpr (std::is_floating_point_v<C>) {
        return run_binary<T, T>(a, b, out, [](C x, C y) { return x / y; });
      }
      break;
    // NOLINTNEXTLINE(bugprone-branch-clone): for bool, if constexpr leaves these three a break
    case BinaryOp::FloorDivide:
      if constexpr (kNumeric)
        return run_binary<T, T>(a, b, out, [](C x, C y) { return floor_divide<C>(x, y); });
      break;
    case BinaryOp::Remainder:
      if constexpr (kNumeric)
        return run_binary<T, T>(a, b, out, [](C x, C y) { return remainder<C>(x, y); });
      break;
    case BinaryOp::Power:
      if constexpr (kNumeric)
        return run_binary<T, T>(a, b, out, [](C x, C y) { return power<C>(x, y); });
      break;
    case BinaryOp::Maximum:
      return run_binary<T, T>(a, b, out, [](C x, C y) { return maximum<C>(x, y); });
    case BinaryOp::Minimum:
      return run_binary<T, T>(a, b, out, [](C x, C y) { return minimum<C>(x, y); });
    case BinaryOp::BitwiseAnd:
    case BinaryOp::BitwiseOr:
    case BinaryOp::BitwiseXor:
      if constexpr (std::is_integral_v<C>) {
        if (op == BinaryOp::BitwiseAnd) {
          return run_binary<T, T>(a, b, out, [](C x, C y) { return static_cast<C>(x & y); });
        }
        if (op == BinaryOp::BitwiseOr) {
          return run_binary<T, T>(a, b, out, [](C x, C y) { return static_cast<C>(x | y); });
        }
        return run_binary<T, T>(a, b, out, [](C x, C y) { return static_cast<C>(x ^ y); });
      }
      break;
    case BinaryOp::Equal:
      return run_binary<T, bool>(a, b, out, [](C x, C y) { return x == y; });
    case BinaryOp::NotEqual:
      return run_binary<T, bool>(a, b, out, [](C x, C y) { return x != y; });
    case BinaryOp::Less:
      return run_binary<T, bool>(a, b, out, [](C x, C y) { return x < y; });
    case BinaryOp::LessEqual:
      return run_binary<T, bool>(a, b, out, [](C x, C y) { return x <= y; });
    case BinaryOp::Greater:
      return run_binary<T, bool>(a, b, out, [](C x, C y) { return x > y; });
    case BinaryOp::GreaterEqual:
      return run_binary<T, bool>(a, b, out, [](C x, C y) { return x >= y; });
    case BinaryOp::LogicalAnd:
      return run_binary<T, bool>(a, b, out, [](C x, C y) { return x && y; });
    case BinaryOp::LogicalOr:
      return run_binary<T, bool>(a, b, out, [](C x, C y) { return x || y; });
    case BinaryOp::LogicalXor:
      return run_binary<T, bool>(a, b, out, [](C x, C y) { return bool(x) != bool(y); });
    case BinaryOp::Copysign:
    case BinaryOp::Hypot:
    case BinaryOp::Arctan2:
    case BinaryOp::LogAddExp:
    case BinaryOp::LogAddExp2:
      if constexpr (std::is_floating_point_v<C>) return float_binary_kernel<T>(op, a, b, out);
      break;
    case BinaryOp::Fmod:
      if constexpr (kNumeric)
        return run_binary<T, T>(a, b, out, [](C x, C y) { return truncated_remainder<C>(x, y); });
      break;
    case BinaryOp::Fmax:
      return run_binary<T, T>(a, b, out, [](C x, C y) { return nan_ignoring_max<C>(x, y); });
    case BinaryOp::Fmin:
      return run_binary<T, T>(a, b, out, [](C x, C y) { return nan_ignoring_min<C>(x, y); });
    case BinaryOp::Heaviside:
      return run_binary<T, T>(a, b, out, [rules](C x, C y) { return heaviside<C>(x, y, rules); });
  }
  raise_no_loop(ufunc_name(op));
}

DType promote_operands(const Array& a, const Array& b, Rules rules) {
  if (rules == Rules::Torch)
    return torch_promote_dims(a.dtype(), a.ndim() == 0, b.dtype(), b.ndim() == 0);
  return promote(a.dtype(), b.dtype(), rules);
}

// ---- unary ----------------------------------------------------------------------------------

template <typename C>
C sign_of(C x) {
  if constexpr (std::is_floating_point_v<C>) {
    if (std::isnan(x)) return x;
  }
  if constexpr (std::is_unsigned_v<C>) {
    return x > 0 ? 1 : 0;
  } else {
    return static_cast<C>((x > 0) - (x < 0));
  }
}

// The exact GELU in double whatever the dtype: in float32, 1 + erf(x) loses the digits of
// the small negative tail to cancellation (torch's own float32 answer for x below about -2
// is off by up to 1e-3 relative; this one is the true value rounded). The tanh GELU is
// computed as torch computes it, in the element's own float type.
template <typename C>
C gelu(C x) {
  const double v = x;
  return static_cast<C>(v * 0.5 * (1 + std::erf(v / std::numbers::sqrt2)));
}
template <typename C>
C gelu_tanh(C x) {
  const C beta = static_cast<C>(std::numbers::sqrt2 * (2 / std::sqrt(std::numbers::pi)) * 0.5);
  const C kappa = C(0.044715);
  return C(0.5) * x * (C(1) + std::tanh(beta * (x + kappa * (x * x * x))));
}

// f computed in double and rounded once. libm's float log, log1p, log10, log2, exp2, expm1,
// tanh, erf and the trigonometric functions are an ulp off for up to one float32 in ten;
// through double they round correctly
// (numpy's and torch's float32 kernels are each a few ulp off, differently).
template <typename C, typename F>
C in_double(C x, F f) {
  return static_cast<C>(f(static_cast<double>(x)));
}

// erfinv in double: Winitzki's closed-form approximation (within 2e-3), then Newton steps on
// erf(x) = y, or on erfc(x) = 1 - y past 0.5, where 1 - y is exact and erfc keeps the tail's
// digits that erf would lose near 1.
double erfinv_double(double y) {
  if (std::isnan(y) || y < -1 || y > 1) return std::numeric_limits<double>::quiet_NaN();
  if (y == 1 || y == -1) return std::copysign(std::numeric_limits<double>::infinity(), y);
  if (y == 0) return y;  // keeps -0.0
  const double magnitude = std::fabs(y);
  constexpr double kA = 0.147;
  const double log_term = std::log((1 - magnitude) * (1 + magnitude));
  const double first = 2 / (std::numbers::pi * kA) + log_term / 2;
  double x = std::sqrt(std::sqrt(first * first - log_term / kA) - first);
  const double complement = 1 - magnitude;
  for (int step = 0; step < 8; ++step) {
    const double slope = 2 / std::sqrt(std::numbers::pi) * std::exp(-x * x);
    const double error = magnitude > 0.5 ? complement - std::erfc(x) : std::erf(x) - magnitude;
    const double next = x - error / slope;
    if (next == x) break;
    x = next;
  }
  return std::copysign(x, y);
}

// numpy's integer reciprocal: 1 / x truncated. x86 turns numpy's 1.0 / 0 = inf into the
// 32- and 64-bit minimum, which int8 and uint8 then truncate to 0.
template <typename C>
C integer_reciprocal(C x) {
  if (x == 0) return sizeof(C) >= 4 ? std::numeric_limits<C>::min() : C(0);
  if (x == 1) return 1;
  if constexpr (std::is_signed_v<C>) {
    if (x == -1) return -1;
  }
  return 0;
}

// exp in the element's float type: the vectorizable float32 exp (within 1 ulp, as torch's
// vectorized one is), libm's for double.
template <typename C>
C exp_of(C x) {
  if constexpr (std::is_same_v<C, float>) {
    return exp_float(x);
  } else {
    return std::exp(x);
  }
}
template <typename C>
C log1p_of(C x) {
  return in_double(x, [](double v) { return std::log1p(v); });
}

// min(max(v, lo), hi) with NaN kept, as torch's vectorized minimum and maximum keep it.
template <typename C>
C clamped(C v, C lo, C hi) {
  if constexpr (std::is_floating_point_v<C>) {
    if (std::isnan(v)) return v;
  }
  return v < lo ? lo : (v > hi ? hi : v);
}

// torch.nn.functional's activations, step by step as torch's CPU kernels round them: each
// operation in the element's float type (float32 for float16 and bfloat16), exp as above,
// log1p, tanh and expm1 correctly rounded (torch's vectorized ones are within 1 ulp).
template <typename T>
bool activation_kernel(UnaryOp op, const Array& a, const Array& out,
                       const ActivationParams& params) {
  using C = compute_t<T>;
  const C one(1), zero(0), three(3), six(6);
  switch (op) {
    case UnaryOp::Silu:
      run_unary<T, T>(a, out, [one](C x) { return x / (one + exp_of(-x)); });
      return true;
    case UnaryOp::Mish:
      run_unary<T, T>(a, out, [](C x) {
        return x * in_double(log1p_of(exp_of(x)), [](double v) { return std::tanh(v); });
      });
      return true;
    case UnaryOp::Hardswish:
      run_unary<T, T>(a, out, [=](C x) { return x * clamped(x + three, zero, six) / six; });
      return true;
    case UnaryOp::Hardsigmoid:
      run_unary<T, T>(a, out, [=](C x) { return clamped(x + three, zero, six) / six; });
      return true;
    case UnaryOp::LogSigmoid:
      run_unary<T, T>(a, out, [zero](C x) {
        const C below = std::isnan(x) ? x : std::min(x, zero);
        return below - log1p_of(exp_of(-std::fabs(x)));
      });
      return true;
    case UnaryOp::Softplus: {
      const auto beta = static_cast<C>(params.beta);
      const auto threshold = static_cast<C>(params.threshold);
      run_unary<T, T>(a, out, [=](C x) {
        const C scaled = x * beta;
        return scaled > threshold ? x : log1p_of(exp_of(scaled)) / beta;
      });
      return true;
    }
    case UnaryOp::Elu: {
      const auto alpha = static_cast<C>(params.alpha);
      run_unary<T, T>(a, out, [=](C x) {
        return x > zero ? x : in_double(x, [](double v) { return std::expm1(v); }) * alpha;
      });
      return true;
    }
    case UnaryOp::LeakyRelu: {
      const auto slope = static_cast<C>(params.negative_slope);
      run_unary<T, T>(a, out, [=](C x) { return x * (x > zero ? one : slope); });
      return true;
    }
    default:
      return false;
  }
}

template <typename T>
void float_unary_kernel(UnaryOp op, const Array& a, const Array& out, Rules rules,
                        const ActivationParams& params) {
  using C = compute_t<T>;
  if (activation_kernel<T>(op, a, out, params)) return;
  switch (op) {
    case UnaryOp::Exp:
      if constexpr (std::is_same_v<T, float>) {
        if (a.is_contiguous()) return exp_floats(a.data<float>(), out.data<float>(), a.size());
        return run_unary<T, T>(a, out, [](C x) { return exp_float(x); });
      }
      return run_unary<T, T>(a, out, [](C x) { return std::exp(x); });
    case UnaryOp::Log:
      return run_unary<T, T>(
          a, out, [](C x) { return in_double(x, [](double v) { return std::log(v); }); });
    case UnaryOp::Log1p:
      return run_unary<T, T>(
          a, out, [](C x) { return in_double(x, [](double v) { return std::log1p(v); }); });
    case UnaryOp::Log10:
      return run_unary<T, T>(
          a, out, [](C x) { return in_double(x, [](double v) { return std::log10(v); }); });
    case UnaryOp::Log2:
      return run_unary<T, T>(
          a, out, [](C x) { return in_double(x, [](double v) { return std::log2(v); }); });
    case UnaryOp::Expm1:
      return run_unary<T, T>(
          a, out, [](C x) { return in_double(x, [](double v) { return std::expm1(v); }); });
    case UnaryOp::Exp2:
      return run_unary<T, T>(
          a, out, [](C x) { return in_double(x, [](double v) { return std::exp2(v); }); });
    case UnaryOp::Sqrt:
      return run_unary<T, T>(a, out, [](C x) { return std::sqrt(x); });
    case UnaryOp::Rsqrt:
      return run_unary<T, T>(a, out, [](C x) { return C(1) / std::sqrt(x); });
    case UnaryOp::Tanh:
      return run_unary<T, T>(
          a, out, [](C x) { return in_double(x, [](double v) { return std::tanh(v); }); });
    case UnaryOp::Sin:
      return run_unary<T, T>(
          a, out, [](C x) { return in_double(x, [](double v) { return std::sin(v); }); });
    case UnaryOp::Cos:
      return run_unary<T, T>(
          a, out, [](C x) { return in_double(x, [](double v) { return std::cos(v); }); });
    case UnaryOp::Tan:
      return run_unary<T, T>(
          a, out, [](C x) { return in_double(x, [](double v) { return std::tan(v); }); });
    case UnaryOp::Arcsin:
      return run_unary<T, T>(
          a, out, [](C x) { return in_double(x, [](double v) { return std::asin(v); }); });
    case UnaryOp::Arccos:
      return run_unary<T, T>(
          a, out, [](C x) { return in_double(x, [](double v) { return std::acos(v); }); });
    case UnaryOp::Arctan:
      return run_unary<T, T>(
          a, out, [](C x) { return in_double(x, [](double v) { return std::atan(v); }); });
    case UnaryOp::Sinh:
      return run_unary<T, T>(
          a, out, [](C x) { return in_double(x, [](double v) { return std::sinh(v); }); });
    case UnaryOp::Cosh:
      return run_unary<T, T>(
          a, out, [](C x) { return in_double(x, [](double v) { return std::cosh(v); }); });
    case UnaryOp::Arcsinh:
      return run_unary<T, T>(
          a, out, [](C x) { return in_double(x, [](double v) { return std::asinh(v); }); });
    case UnaryOp::Arccosh:
      return run_unary<T, T>(
          a, out, [](C x) { return in_double(x, [](double v) { return std::acosh(v); }); });
    case UnaryOp::Arctanh:
      return run_unary<T, T>(
          a, out, [](C x) { return in_double(x, [](double v) { return std::atanh(v); }); });
    case UnaryOp::Sigmoid:
      // torch's 1 / (1 + exp(-x)): exp overflows to inf below about -88 (float32) and the
      // result is 0 there, as torch's is.
      if constexpr (std::is_same_v<C, float>) {
        return run_unary<T, T>(a, out, [](C x) { return 1.0f / (1.0f + exp_float(-x)); });
      }
      return run_unary<T, T>(a, out, [](C x) { return C(1) / (C(1) + std::exp(-x)); });
    case UnaryOp::Erf:
      return run_unary<T, T>(
          a, out, [](C x) { return in_double(x, [](double v) { return std::erf(v); }); });
    case UnaryOp::Gelu:
      return run_unary<T, T>(a, out, [](C x) { return gelu<C>(x); });
    case UnaryOp::GeluTanh:
      return run_unary<T, T>(a, out, [](C x) { return gelu_tanh<C>(x); });
    case UnaryOp::Floor:
      return run_unary<T, T>(a, out, [](C x) { return std::floor(x); });
    case UnaryOp::Ceil:
      return run_unary<T, T>(a, out, [](C x) { return std::ceil(x); });
    case UnaryOp::Round:
      return run_unary<T, T>(a, out, [](C x) { return std::nearbyint(x); });
    case UnaryOp::Cbrt:
      return run_unary<T, T>(
          a, out, [](C x) { return in_double(x, [](double v) { return std::cbrt(v); }); });
    case UnaryOp::Sinc:
      // sin(pi x) / (pi x). numpy's steps are ufuncs, each rounded to the array's type
      // (float16 included); torch computes a 16-bit float's in float and rounds once.
      return run_unary<T, T>(a, out, [rules](C x) {
        if (x == C(0)) return C(1);
        const auto step = [rules](C v) { return rules == Rules::Numpy ? load(store<T>(v)) : v; };
        // numpy's pi is a Python float, which a float16 array takes as float16.
        const C product = step(step(std::numbers::pi_v<C>) * x);
        return step(in_double(product, [](double v) { return std::sin(v); })) / product;
      });
    case UnaryOp::Erfinv:
      return run_unary<T, T>(a, out, [](C x) { return in_double(x, erfinv_double); });
    case UnaryOp::Logit:
      return run_unary<T, T>(a, out, [](C x) { return std::log(x / (C(1) - x)); });
    default:
      break;
  }
}

template <typename T>
void unary_kernel(UnaryOp op, const Array& a, const Array& out, Rules rules,
                  const ActivationParams& params) {
  using C = compute_t<T>;
  constexpr bool kNumeric = !std::is_same_v<C, bool>;
  switch (op) {
    case UnaryOp::Negative:
      if constexpr (std::is_floating_point_v<C>)
        return run_unary<T, T>(a, out, [](C x) { return -x; });
      if constexpr (kNumeric)
        return run_unary<T, T>(a, out, [](C x) { return subtract<C>(C(0), x); });
      break;
    case UnaryOp::Abs:
      return run_unary<T, T>(a, out, [](C x) {
        if constexpr (std::is_unsigned_v<C> || !kNumeric) {
          return x;
        } else if constexpr (std::is_integral_v<C>) {
          return x < 0 ? subtract<C>(C(0), x) : x;
        } else {
          return std::fabs(x);
        }
      });
    case UnaryOp::Sign:
      if constexpr (kNumeric) return run_unary<T, T>(a, out, [](C x) { return sign_of<C>(x); });
      break;
    case UnaryOp::Square:
      return run_unary<T, T>(a, out, [](C x) { return multiply<C>(x, x); });
    case UnaryOp::Relu:
      return run_unary<T, T>(a, out, [](C x) {
        if constexpr (std::is_floating_point_v<C>) {
          if (std::isnan(x)) return x;
        }
        // torch's clamp_min(0): -0.0 is not below 0 and stays -0.0.
        if constexpr (kNumeric) return x < C(0) ? C(0) : x;
        return x;
      });
    case UnaryOp::Relu6:
      if constexpr (kNumeric) {
        // torch's hardtanh(0, 6): -0.0 is not below 0 and stays -0.0.
        return run_unary<T, T>(a, out, [](C x) { return clamped(x, C(0), C(6)); });
      }
      break;
    case UnaryOp::Floor:
    case UnaryOp::Ceil:
    case UnaryOp::Round:
      if constexpr (!std::is_floating_point_v<C>) {
        return run_unary<T, T>(a, out, [](C x) { return x; });  // integers are whole already
      }
      break;
    case UnaryOp::LogicalNot:
      return run_unary<T, bool>(a, out, [](C x) { return !x; });
    case UnaryOp::BitwiseNot:
      if constexpr (std::is_same_v<C, bool>) {
        return run_unary<T, bool>(a, out, [](C x) { return !x; });
      } else if constexpr (std::is_integral_v<C>) {
        return run_unary<T, T>(a, out, [](C x) { return static_cast<C>(~x); });
      }
      break;
    case UnaryOp::IsNan:
      return run_unary<T, bool>(a, out, [](C x) {
        if constexpr (std::is_floating_point_v<C>) return std::isnan(x);
        return false;
      });
    case UnaryOp::IsFinite:
      return run_unary<T, bool>(a, out, [](C x) {
        if constexpr (std::is_floating_point_v<C>) return std::isfinite(x);
        return true;
      });
    case UnaryOp::IsInf:
      return run_unary<T, bool>(a, out, [](C x) {
        if constexpr (std::is_floating_point_v<C>) return std::isinf(x);
        return false;
      });
    case UnaryOp::IsNegInf:
      return run_unary<T, bool>(a, out, [](C x) {
        if constexpr (std::is_floating_point_v<C>) return std::isinf(x) && x < 0;
        return false;
      });
    case UnaryOp::IsPosInf:
      return run_unary<T, bool>(a, out, [](C x) {
        if constexpr (std::is_floating_point_v<C>) return std::isinf(x) && x > 0;
        return false;
      });
    case UnaryOp::Signbit:
      return run_unary<T, bool>(a, out, [](C x) {
        // signbit as copysign's sign (NaN's too): GCC 12 cannot vectorize std::signbit of a
        // widened bfloat16 (an internal compiler error).
        if constexpr (std::is_floating_point_v<C>) return std::copysign(C(1), x) < C(0);
        if constexpr (std::is_signed_v<C>) return x < 0;
        return false;
      });
    case UnaryOp::Trunc:
      if constexpr (std::is_floating_point_v<C>) {
        return run_unary<T, T>(a, out, [](C x) { return std::trunc(x); });
      }
      return run_unary<T, T>(a, out, [](C x) { return x; });  // integers are whole already
    case UnaryOp::Reciprocal:
      if constexpr (std::is_floating_point_v<C>) {
        return run_unary<T, T>(a, out, [](C x) { return C(1) / x; });
      } else if constexpr (kNumeric) {
        return run_unary<T, T>(a, out, [](C x) { return integer_reciprocal<C>(x); });
      }
      break;
    default:
      break;
  }
  if constexpr (std::is_floating_point_v<C>) {
    return float_unary_kernel<T>(op, a, out, rules, params);
  }
}

bool is_float_function(UnaryOp op) {
  switch (op) {
    case UnaryOp::Exp:
    case UnaryOp::Log:
    case UnaryOp::Log1p:
    case UnaryOp::Log10:
    case UnaryOp::Log2:
    case UnaryOp::Expm1:
    case UnaryOp::Exp2:
    case UnaryOp::Sqrt:
    case UnaryOp::Rsqrt:
    case UnaryOp::Tanh:
    case UnaryOp::Sin:
    case UnaryOp::Cos:
    case UnaryOp::Tan:
    case UnaryOp::Arcsin:
    case UnaryOp::Arccos:
    case UnaryOp::Arctan:
    case UnaryOp::Sinh:
    case UnaryOp::Cosh:
    case UnaryOp::Arcsinh:
    case UnaryOp::Arccosh:
    case UnaryOp::Arctanh:
    case UnaryOp::Sigmoid:
    case UnaryOp::Erf:
    case UnaryOp::Gelu:
    case UnaryOp::GeluTanh:
    case UnaryOp::Silu:
    case UnaryOp::Mish:
    case UnaryOp::Hardswish:
    case UnaryOp::Hardsigmoid:
    case UnaryOp::LogSigmoid:
    case UnaryOp::Softplus:
    case UnaryOp::Elu:
    case UnaryOp::LeakyRelu:
    case UnaryOp::Cbrt:
    case UnaryOp::Erfinv:
    case UnaryOp::Logit:
      return true;
    default:
      return false;
  }
}

bool gives_bool(UnaryOp op) {
  return op == UnaryOp::LogicalNot || op == UnaryOp::IsNan || op == UnaryOp::IsFinite ||
         op == UnaryOp::IsInf || op == UnaryOp::IsNegInf || op == UnaryOp::IsPosInf ||
         op == UnaryOp::Signbit;
}

}  // namespace

std::string_view ufunc_name(BinaryOp op) {
  static constexpr std::string_view kNames[] = {
      "add",         "subtract",   "multiply",    "divide",      "floor_divide", "remainder",
      "power",       "maximum",    "minimum",     "bitwise_and", "bitwise_or",   "bitwise_xor",
      "equal",       "not_equal",  "less",        "less_equal",  "greater",      "greater_equal",
      "logical_and", "logical_or", "logical_xor", "copysign",    "hypot",        "arctan2",
      "fmod",        "fmax",       "fmin",        "logaddexp",   "logaddexp2",   "heaviside"};
  return kNames[static_cast<std::size_t>(op)];
}

Array scalar_operand(const Scalar& s, DType array_dtype, Rules rules) {
  const DType dtype = promote_scalar(array_dtype, s.kind, rules);
  if (s.kind == ScalarKind::Float) return scalar(s.real, dtype);
  if (rules == Rules::Numpy && is_integer(dtype)) {
    if (!holds_integer(dtype, s.whole)) {
      raise(ExcKind::OverflowError, "Python integer " + std::to_string(s.whole) +
                                        " out of bounds for " + std::string(dtype_name(dtype)));
    }
  }
  return scalar_int(s.whole, dtype);
}

Array binary(BinaryOp op, const Array& a, const Array& b, Rules rules) {
  const Shape shape = broadcast_shapes(a.shape(), b.shape(), rules);
  const DType compute = compute_dtype(op, promote_operands(a, b, rules), rules);
  const DType result = is_comparison(op) || is_logical(op) ? DType::Bool : compute;
  Array out(result, shape);
  const Array x = as_dtype(a, compute);
  const Array y = as_dtype(b, compute);
  visit_dtype(compute, [&]<typename T>() { binary_kernel<T>(op, x, y, out, rules); });
  return out;
}

namespace {

// torch multiplies and divides a float16 / bfloat16 tensor by a Python number in float32
// (its opmath type), the number never rounded to the tensor's type, and rounds the result
// once; numpy rounds the number to float16 first, and so do torch's + and -. (A number
// divided by a tensor is torch's reciprocal times the number: python.h.)
bool torch_computes_in_float(BinaryOp op, DType d, Rules rules) {
  return rules == Rules::Torch && (op == BinaryOp::Multiply || op == BinaryOp::TrueDivide) &&
         (d == DType::Float16 || d == DType::BFloat16);
}

}  // namespace

Array binary(BinaryOp op, const Array& a, const Scalar& b, Rules rules) {
  if (torch_computes_in_float(op, a.dtype(), rules)) {
    return as_dtype(
        binary(op, as_dtype(a, DType::Float32), scalar_operand(b, DType::Float32, rules), rules),
        a.dtype());
  }
  return binary(op, a, scalar_operand(b, a.dtype(), rules), rules);
}

Array binary(BinaryOp op, const Scalar& a, const Array& b, Rules rules) {
  if (op == BinaryOp::Multiply && torch_computes_in_float(op, b.dtype(), rules)) {
    return as_dtype(
        binary(op, scalar_operand(a, DType::Float32, rules), as_dtype(b, DType::Float32), rules),
        b.dtype());
  }
  return binary(op, scalar_operand(a, b.dtype(), rules), b, rules);
}

void binary_inplace(BinaryOp op, const Array& a, const Array& b, Rules rules) {
  const Shape shape = broadcast_shapes(a.shape(), b.shape(), rules);
  if (shape != a.shape()) {
    if (rules == Rules::Torch) {
      raise(ExcKind::RuntimeError, "output with shape " + torch_shape_str(a.shape()) +
                                       " doesn't match the broadcast shape " +
                                       torch_shape_str(shape));
    }
    raise(ExcKind::ValueError, "non-broadcastable output operand with shape " +
                                   shape_str(a.shape()) + " doesn't match the broadcast shape " +
                                   shape_str(shape));
  }
  const Array result = binary(op, a, b, rules);
  // same_kind casting: a float result does not go into an integer array, nor an integer
  // result into a bool one.
  const bool narrows_kind = (is_float(result.dtype()) && !is_float(a.dtype())) ||
                            (is_integer(result.dtype()) && a.dtype() == DType::Bool);
  if (narrows_kind) {
    if (rules == Rules::Torch) {
      raise(ExcKind::RuntimeError, "result type " + std::string(torch_scalar_name(result.dtype())) +
                                       " can't be cast to the desired output type " +
                                       std::string(torch_scalar_name(a.dtype())));
    }
    raise(ExcKind::TypeError,
          "Cannot cast ufunc '" + std::string(ufunc_name(op)) + "' output from dtype('" +
              std::string(dtype_name(result.dtype())) + "') to dtype('" +
              std::string(dtype_name(a.dtype())) + "') with casting rule 'same_kind'");
  }
  assign(a, result);
}

void binary_inplace(BinaryOp op, const Array& a, const Scalar& b, Rules rules) {
  binary_inplace(op, a, scalar_operand(b, a.dtype(), rules), rules);
}

Array unary(UnaryOp op, const Array& a, Rules rules) {
  return unary(op, a, rules, ActivationParams{});
}

Array unary(UnaryOp op, const Array& a, Rules rules, const ActivationParams& params) {
  if (a.dtype() == DType::Bool) {
    if (op == UnaryOp::Negative) {
      raise(ExcKind::TypeError,
            "The numpy boolean negative, the `-` operator, is not supported, use the `~` "
            "operator or the logical_not function instead.");
    }
    if (op == UnaryOp::Sign) {
      raise(ExcKind::TypeError,
            "ufunc 'sign' did not contain a loop with signature matching "
            "types <class 'numpy.dtypes.BoolDType'> -> None");
    }
  }
  DType compute = a.dtype();
  // numpy squares bools into int8, torch into int64.
  if (op == UnaryOp::Square && a.dtype() == DType::Bool) {
    compute = rules == Rules::Numpy ? DType::Int8 : DType::Int64;
  }
  if (is_float_function(op) || (op == UnaryOp::Round && a.dtype() == DType::Bool)) {
    compute = float_result(a.dtype(), rules);
  }
  // numpy's sinc multiplies by pi, a Python float: integers go to float64 whatever their width.
  if (op == UnaryOp::Sinc && !is_float(a.dtype())) {
    compute = rules == Rules::Numpy ? DType::Float64 : DType::Float32;
  }
  // numpy's integer reciprocal stays integral (bool as int8); torch's is a float function.
  if (op == UnaryOp::Reciprocal && !is_float(a.dtype())) {
    compute = rules == Rules::Torch      ? DType::Float32
              : a.dtype() == DType::Bool ? DType::Int8
                                         : a.dtype();
  }
  if (op == UnaryOp::Trunc && a.dtype() == DType::Bool && rules == Rules::Torch) {
    raise(ExcKind::NotImplementedError, "\"trunc_vml_cpu\" not implemented for 'Bool'");
  }
  if (op == UnaryOp::BitwiseNot && is_float(compute) && rules == Rules::Torch) {
    raise(ExcKind::NotImplementedError, "\"bitwise_not_cpu\" not implemented for '" +
                                            std::string(torch_scalar_name(compute)) + "'");
  }
  if (op == UnaryOp::BitwiseNot && is_float(compute)) {
    raise(ExcKind::TypeError,
          "ufunc 'invert' not supported for the input types, and the inputs "
          "could not be safely coerced to any supported types according to "
          "the casting rule ''safe''");
  }
  const Array x = as_dtype(a, compute);
  Array out(gives_bool(op) ? DType::Bool : compute, a.shape());
  visit_dtype(compute, [&]<typename T>() { unary_kernel<T>(op, x, out, rules, params); });
  return out;
}

Array where(const Array& condition, const Array& x, const Array& y, Rules rules) {
  const Shape shape =
      broadcast_shapes(broadcast_shapes(condition.shape(), x.shape(), rules), y.shape(), rules);
  const DType dtype = promote_operands(x, y, rules);
  const Array c = as_dtype(condition, DType::Bool);
  const Array xs = as_dtype(x, dtype);
  const Array ys = as_dtype(y, dtype);
  Array out(dtype, shape);
  const std::array<Shape, 4> strides = {broadcast_strides(c, shape), broadcast_strides(xs, shape),
                                        broadcast_strides(ys, shape), out.strides()};
  visit_dtype(dtype, [&]<typename T>() {
    const bool* pc = c.data<bool>();
    const T* px = xs.data<T>();
    const T* py = ys.data<T>();
    T* po = out.data<T>();
    for_each_row<4>(shape, strides, [&](const Row<4>& row) {
      for (int64_t i = 0; i < row.count; ++i) {
        po[row.offset[3] + i * row.stride[3]] = pc[row.offset[0] + i * row.stride[0]]
                                                    ? px[row.offset[1] + i * row.stride[1]]
                                                    : py[row.offset[2] + i * row.stride[2]];
      }
    });
  });
  return out;
}

Array clip(const Array& a, const Array* lo, const Array* hi, Rules rules) {
  Array out = a;
  if (lo != nullptr) out = binary(BinaryOp::Maximum, out, *lo, rules);
  if (hi != nullptr) out = binary(BinaryOp::Minimum, out, *hi, rules);
  if (lo == nullptr && hi == nullptr) {
    if (rules == Rules::Torch) {
      raise(ExcKind::RuntimeError, "torch.clamp: At least one of 'min' or 'max' must not be None");
    }
    raise(ExcKind::ValueError, "One of max or min must be given");
  }
  return out;
}

Array linspace_between(const Array& start, const Array& stop, const Array& positions,
                       int64_t divisions, DType type) {
  const Array first = astype(start, type);
  const Array delta = binary(BinaryOp::Subtract, astype(stop, type), first);
  const Scalar count = Scalar::from_int(divisions);
  const Array step = binary(BinaryOp::TrueDivide, delta, count);
  const bool any_zero_step =
      reduce(ReduceOp::Any, binary(BinaryOp::Equal, step, Scalar::from_int(0)), std::nullopt)
          .element_as_int(0) != 0;
  const Array offsets =
      any_zero_step
          ? binary(BinaryOp::Multiply, binary(BinaryOp::TrueDivide, positions, count), delta)
          : binary(BinaryOp::Multiply, positions, step);
  return binary(BinaryOp::Add, offsets, first);
}

// ---- torch's fill values ----------------------------------------------------------------------

namespace {

[[noreturn]] void raise_fill_overflow(DType dtype) {
  const char* type = dtype == DType::Int8       ? "int8_t"
                     : dtype == DType::UInt8    ? "uint8_t"
                     : dtype == DType::Int32    ? "int"
                     : dtype == DType::Int64    ? "int64_t"
                     : dtype == DType::Float16  ? "c10::Half"
                     : dtype == DType::BFloat16 ? "c10::BFloat16"
                                                : "float";
  raise(ExcKind::RuntimeError,
        std::string("value cannot be converted to type ") + type + " without overflow");
}

// The largest finite magnitude of a float dtype narrower than double.
double float_limit(DType dtype) {
  return dtype == DType::Float16    ? 65504.0
         : dtype == DType::BFloat16 ? 3.3895313892515355e38
                                    : static_cast<double>(std::numeric_limits<float>::max());
}

bool integer_fits(int64_t v, DType dtype) {
  switch (dtype) {
    case DType::Int8:
      return v >= -128 && v <= 127;
    case DType::UInt8:
      return v <= 255 && v >= -255;  // c10 lets a negative int wrap if |v| fits
    case DType::Int32:
      return v >= INT32_MIN && v <= INT32_MAX;
    default:
      return true;
  }
}

bool float_fits(double v, DType dtype) {
  switch (dtype) {
    case DType::Int8:
      return v >= -128.0 && v < 128.0;
    case DType::UInt8:
      return v >= 0.0 && v < 256.0;
    case DType::Int32:
      return v >= -2147483648.0 && v < 2147483648.0;
    case DType::Int64:
      return v >= -9223372036854775808.0 && v < 9223372036854775808.0;
    case DType::Float64:
      return true;
    default:
      return !std::isfinite(v) || std::abs(v) <= float_limit(dtype);
  }
}

}  // namespace

Array torch_fill_value(const Scalar& value, DType dtype) {
  if (dtype == DType::Bool) return scalar_int(value.real != 0.0 ? 1 : 0, dtype);  // NaN is true
  if (value.kind == ScalarKind::Float) {
    if (!float_fits(value.real, dtype)) raise_fill_overflow(dtype);
    if (is_float(dtype)) return scalar(value.real, dtype);
    return scalar_int(static_cast<int64_t>(value.real), dtype);
  }
  if (is_float(dtype)) {
    if (!float_fits(static_cast<double>(value.whole), dtype)) raise_fill_overflow(dtype);
    return scalar(static_cast<double>(value.whole), dtype);
  }
  if (!integer_fits(value.whole, dtype)) raise_fill_overflow(dtype);
  return scalar_int(value.whole, dtype);
}

}  // namespace ingot::rt::tensor
