// Elementwise operations: numpy's ufuncs and torch's pointwise functions, with
// broadcasting, dtype promotion by the caller's rules, integer wrap-around as numpy wraps,
// and NaN/inf as IEEE 754 gives them.
#pragma once

#include <cstdint>

#include "runtime/tensor/array.h"

namespace ingot::rt::tensor {

enum class BinaryOp {
  Add,
  Subtract,
  Multiply,
  TrueDivide,
  FloorDivide,
  Remainder,
  Power,
  Maximum,
  Minimum,
  BitwiseAnd,
  BitwiseOr,
  BitwiseXor,
  Equal,
  NotEqual,
  Less,
  LessEqual,
  Greater,
  GreaterEqual,
  LogicalAnd,
  LogicalOr,
  LogicalXor,
  // numpy's and torch's math functions of two arguments.
  Copysign,
  Hypot,
  Arctan2,
  Fmod,  // C's fmod: the sign of the dividend (Remainder takes the divisor's)
  Fmax,  // maximum / minimum that ignore a NaN on one side
  Fmin,
  LogAddExp,
  LogAddExp2,
  Heaviside,  // 0 below zero, 1 above, the second operand at zero
};

enum class UnaryOp {
  Negative,
  Abs,
  Sign,
  Square,
  Exp,
  Log,
  Log1p,
  Log10,
  Log2,
  Expm1,
  Exp2,
  Sqrt,
  Rsqrt,
  Tanh,
  Sin,
  Cos,
  Tan,
  Arcsin,
  Arccos,
  Arctan,
  Sinh,
  Cosh,
  Arcsinh,
  Arccosh,
  Arctanh,
  Sigmoid,
  Erf,
  Gelu,      // exact: x * (1 + erf(x / sqrt 2)) / 2
  GeluTanh,  // torch's approximate="tanh"
  Relu,
  // torch.nn.functional's activations, each in torch's CPU formula, in the element's own
  // float type (float16 and bfloat16 in float32, as torch computes them).
  Silu,         // x / (1 + exp(-x))
  Mish,         // x * tanh(log1p(exp(x)))
  Hardswish,    // x * min(max(x + 3, 0), 6) / 6
  Hardsigmoid,  // min(max(x + 3, 0), 6) / 6
  Relu6,        // min(max(x, 0), 6), NaN kept; integers stay integers
  LogSigmoid,   // min(x, 0) - log1p(exp(-|x|))
  Softplus,     // x * beta > threshold ? x : log1p(exp(x * beta)) / beta
  Elu,          // x > 0 ? x : expm1(x) * alpha
  LeakyRelu,    // x * (x > 0 ? 1 : negative_slope)
  Floor,
  Ceil,
  Round,  // half to even, as np.round / torch.round
  LogicalNot,
  BitwiseNot,
  IsNan,
  IsFinite,
  IsInf,
  Reciprocal,  // numpy: 1 / x in the integer dtype too; torch: floats
  Cbrt,
  Trunc,
  Signbit,
  IsNegInf,
  IsPosInf,
  Sinc,    // sin(pi x) / (pi x), 1 at 0
  Erfinv,  // the inverse of erf on [-1, 1]
  Logit,   // log(x / (1 - x)), torch.logit without eps
};

// A Python int, float or bool operand (weak: it takes the array's dtype when it fits).
struct Scalar {
  ScalarKind kind;
  double real = 0;    // Float
  int64_t whole = 0;  // Int and Bool

  static Scalar from_int(int64_t v) { return {ScalarKind::Int, static_cast<double>(v), v}; }
  static Scalar from_float(double v) { return {ScalarKind::Float, v, 0}; }
  static Scalar from_bool(bool v) { return {ScalarKind::Bool, v ? 1.0 : 0.0, v}; }
};

// A Python number converted to `dtype` as torch converts a fill value (masked_fill, fill_,
// full, F.pad's value): a 0-d array, or torch's RuntimeError "value cannot be converted to
// type int64_t without overflow" where it does not fit. Floats truncate into integers and
// are refused past their range (NaN and infinity too); ints wrap into uint8 down to -255,
// as c10 allows; anything is a bool.
Array torch_fill_value(const Scalar& value, DType dtype);

// Operand order matters for numpy's messages and non-commutative ops.
Array binary(BinaryOp op, const Array& a, const Array& b, Rules rules = Rules::Numpy);
Array binary(BinaryOp op, const Array& a, const Scalar& b, Rules rules = Rules::Numpy);
Array binary(BinaryOp op, const Scalar& a, const Array& b, Rules rules = Rules::Numpy);
// a op= b: the result is written into `a` (broadcasting b only); numpy's TypeError when the
// result's dtype cannot be cast back to a's under the same_kind rule (int32 += float).
void binary_inplace(BinaryOp op, const Array& a, const Array& b, Rules rules = Rules::Numpy);
void binary_inplace(BinaryOp op, const Array& a, const Scalar& b, Rules rules = Rules::Numpy);

Array unary(UnaryOp op, const Array& a, Rules rules = Rules::Numpy);

// The arguments of the activations that take some, as torch converts them to the element's
// type: softplus's beta and threshold, elu's alpha, leaky_relu's negative_slope.
struct ActivationParams {
  double alpha = 1.0;
  double beta = 1.0;
  double threshold = 20.0;
  double negative_slope = 0.01;
};
Array unary(UnaryOp op, const Array& a, Rules rules, const ActivationParams& params);

// np.where(cond, x, y) / torch.where: x and y promoted together, all three broadcast.
Array where(const Array& condition, const Array& x, const Array& y, Rules rules = Rules::Numpy);
// np.clip(a, lo, hi) / torch.clamp: minimum(maximum(a, lo), hi); either bound may be absent.
Array clip(const Array& a, const Array* lo, const Array* hi, Rules rules = Rules::Numpy);

// np.linspace's arithmetic, in `type` (the float dtype numpy picks from start and stop):
// start + positions * ((stop - start) / divisions), each operation rounded to `type`, or
// start + positions / divisions * (stop - start) where any step is zero (numpy's guard for
// subnormal steps). `positions` (whole numbers of `type`) broadcasts against start and stop;
// the endpoint, where wanted, is the caller's to set.
Array linspace_between(const Array& start, const Array& stop, const Array& positions,
                       int64_t divisions, DType type);

// The name numpy gives the op's ufunc ("add", "true_divide", ...), for messages.
std::string_view ufunc_name(BinaryOp op);

// The 0-d array a Python scalar becomes next to an array of `array_dtype`; numpy's
// OverflowError for an int the dtype cannot hold.
Array scalar_operand(const Scalar& s, DType array_dtype, Rules rules);

}  // namespace ingot::rt::tensor
