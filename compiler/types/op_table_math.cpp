// The op library's rows for Python's `math` module (see op_table.cpp for the format).
#include "compiler/types/op_library.h"

namespace ingot::types {

namespace {

constexpr OpRow kMathRows[] = {
    {"math.pi", "-> float", "ingot::rt::math::pi"},
    {"math.e", "-> float", "ingot::rt::math::e"},
    {"math.inf", "-> float", "ingot::rt::math::inf"},
    {"math.nan", "-> float", "ingot::rt::math::nan"},
    {"math.tau", "-> float", "ingot::rt::math::tau"},
    {"math.sqrt", "(x: float) -> float", "ingot::rt::math::sqrt"},
    {"math.exp", "(x: float) -> float", "ingot::rt::math::exp"},
    {"math.expm1", "(x: float) -> float", "ingot::rt::math::expm1"},
    {"math.log2", "(x: float) -> float", "ingot::rt::math::log2"},
    {"math.log10", "(x: float) -> float", "ingot::rt::math::log10"},
    {"math.log1p", "(x: float) -> float", "ingot::rt::math::log1p"},
    {"math.fabs", "(x: float) -> float", "ingot::rt::math::fabs"},
    {"math.sin", "(x: float) -> float", "ingot::rt::math::sin"},
    {"math.cos", "(x: float) -> float", "ingot::rt::math::cos"},
    {"math.tan", "(x: float) -> float", "ingot::rt::math::tan"},
    {"math.asin", "(x: float) -> float", "ingot::rt::math::asin"},
    {"math.acos", "(x: float) -> float", "ingot::rt::math::acos"},
    {"math.atan", "(x: float) -> float", "ingot::rt::math::atan"},
    {"math.sinh", "(x: float) -> float", "ingot::rt::math::sinh"},
    {"math.cosh", "(x: float) -> float", "ingot::rt::math::cosh"},
    {"math.tanh", "(x: float) -> float", "ingot::rt::math::tanh"},
    {"math.erf", "(x: float) -> float", "ingot::rt::math::erf"},
    {"math.erfc", "(x: float) -> float", "ingot::rt::math::erfc"},
    {"math.gamma", "(x: float) -> float", "ingot::rt::math::gamma"},
    {"math.lgamma", "(x: float) -> float", "ingot::rt::math::lgamma"},
    {"math.degrees", "(x: float) -> float", "ingot::rt::math::degrees"},
    {"math.radians", "(x: float) -> float", "ingot::rt::math::radians"},
    {"math.log", "(x: float) -> float", "ingot::rt::math::log"},
    {"math.log", "(x: float, base: float) -> float", "ingot::rt::math::log"},
    {"math.pow", "(x: float, y: float) -> float", "ingot::rt::math::pow"},
    {"math.atan2", "(y: float, x: float) -> float", "ingot::rt::math::atan2"},
    {"math.copysign", "(x: float, y: float) -> float", "ingot::rt::math::copysign"},
    {"math.fmod", "(x: float, y: float) -> float", "ingot::rt::math::fmod"},
    {"math.ldexp", "(x: float, i: int) -> float", "ingot::rt::math::ldexp"},
    {"math.modf", "(x: float) -> tuple[float, float]", "ingot::rt::math::modf"},
    {"math.frexp", "(x: float) -> tuple[float, int]", "ingot::rt::math::frexp"},
    {"math.floor", "(x: int) -> int", "ingot::rt::math::floor_int"},
    {"math.floor", "(x: float) -> int", "ingot::rt::math::floor"},
    {"math.ceil", "(x: int) -> int", "ingot::rt::math::ceil_int"},
    {"math.ceil", "(x: float) -> int", "ingot::rt::math::ceil"},
    {"math.trunc", "(x: int) -> int", "ingot::rt::math::trunc_int"},
    {"math.trunc", "(x: float) -> int", "ingot::rt::math::trunc"},
    {"math.isnan", "(x: float) -> bool", "ingot::rt::math::isnan"},
    {"math.isinf", "(x: float) -> bool", "ingot::rt::math::isinf"},
    {"math.isfinite", "(x: float) -> bool", "ingot::rt::math::isfinite"},
    {"math.isclose",
     "(a: float, b: float, *, rel_tol: float = 0.000000001, abs_tol: float = 0.0) -> bool",
     "ingot::rt::math::isclose"},
    {"math.gcd", "(*integers: int) -> int", "ingot::rt::math::gcd({0})"},
    {"math.lcm", "(*integers: int) -> int", "ingot::rt::math::lcm({0})"},
    {"math.factorial", "(n: int) -> int", "ingot::rt::math::factorial"},
    {"math.comb", "(n: int, k: int) -> int", "ingot::rt::math::comb"},
    {"math.perm", "(n: int, k: int | None = None) -> int", "ingot::rt::math::perm"},
    {"math.hypot", "(*coordinates: float) -> float", "ingot::rt::math::hypot({0})"},
    {"math.dist", "(p: iterable[float], q: iterable[float]) -> float", "ingot::rt::math::dist"},
    {"math.fsum", "(iterable: iterable[float]) -> float", "ingot::rt::math::fsum"},
    {"math.prod", "(iterable: iterable[bool], *, start: int = 1) -> int", "ingot::rt::math::prod"},
    {"math.prod", "(iterable: iterable[int], *, start: int = 1) -> int", "ingot::rt::math::prod"},
    {"math.prod", "(iterable: iterable[float]) -> int | float", "ingot::rt::math::prod_floats"},
    {"math.prod", "(iterable: iterable[float], *, start: float) -> float", "ingot::rt::math::prod"},
    {"math.prod", "(iterable: iterable[float], *, start: int) -> int | float",
     "ingot::rt::math::prod_floats"},
    {"math.prod", "(iterable: iterable[int], *, start: float) -> float", "ingot::rt::math::prod"},
};

}  // namespace

std::span<const OpRow> math_rows() { return kMathRows; }

}  // namespace ingot::types
