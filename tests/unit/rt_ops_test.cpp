// Unit tests of the operators: 64-bit overflow as OverflowError, Python's signs for // and
// %, mixed Int/Float/Bool arithmetic, sequence operators.
#include <gtest/gtest.h>

#include <cmath>

#include "runtime/core/core.h"

namespace ingot::rt {
namespace {

template <class Fn>
std::string error_of(Fn fn) {
  try {
    fn();
  } catch (const PyException& e) {
    return e.what();
  }
  return "no error";
}

TEST(RtOps, IntOverflowRaisesNeverWraps) {
  const Int max = INT64_MAX, min = INT64_MIN;
  EXPECT_EQ(error_of([&] { op::add(max, 1); }), "OverflowError: integer overflow");
  EXPECT_EQ(error_of([&] { op::sub(min, 1); }), "OverflowError: integer overflow");
  EXPECT_EQ(error_of([&] { op::mul(max, 2); }), "OverflowError: integer overflow");
  EXPECT_EQ(error_of([&] { op::neg(min); }), "OverflowError: integer overflow");
  EXPECT_EQ(error_of([&] { abs(min); }), "OverflowError: integer overflow");
  EXPECT_EQ(error_of([&] { op::floordiv(min, -1); }), "OverflowError: integer overflow");
  EXPECT_EQ(error_of([&] { op::pow(Int{2}, Int{63}); }), "OverflowError: integer overflow");
  EXPECT_EQ(error_of([&] { op::lshift(Int{1}, Int{63}); }), "OverflowError: integer overflow");
  EXPECT_EQ(op::pow(Int{2}, Int{62}), Int{1} << 62);
  EXPECT_EQ(op::pow(Int{-2}, Int{63}), min);
  EXPECT_EQ(op::lshift(Int{-1}, Int{63}), min);
  EXPECT_EQ(op::mod(min, Int{-1}), 0);
}

TEST(RtOps, FloorDivisionAndModuloSigns) {
  EXPECT_EQ(op::floordiv(Int{-7}, Int{2}), -4);
  EXPECT_EQ(op::mod(Int{-7}, Int{2}), 1);
  EXPECT_EQ(op::mod(Int{7}, Int{-2}), -1);
  EXPECT_EQ(op::floordiv(-7.0, 2.0), -4.0);
  EXPECT_EQ(op::mod(-7.0, 2.0), 1.0);
  EXPECT_TRUE(std::signbit(op::mod(-0.0, 5.0)) == false);
  EXPECT_TRUE(std::signbit(op::mod(0.0, -5.0)));
  EXPECT_EQ(error_of([] { op::mod(Int{1}, Int{0}); }), "ZeroDivisionError: integer modulo by zero");
  EXPECT_EQ(error_of([] { op::floordiv(Int{1}, Int{0}); }),
            "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(error_of([] { op::truediv(Int{1}, Int{0}); }), "ZeroDivisionError: division by zero");
  EXPECT_EQ(error_of([] { op::truediv(1.0, 0); }), "ZeroDivisionError: float division by zero");
  EXPECT_EQ(error_of([] { op::pow(Int{0}, -1.0); }),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power");
}

TEST(RtOps, MixedNumbersFollowPython) {
  EXPECT_EQ(op::add(true, true), 2);
  EXPECT_EQ(op::add(Int{1}, 0.5), 1.5);
  EXPECT_EQ(op::truediv(Int{1}, Int{4}), 0.25);
  EXPECT_TRUE(op::bit_and(true, false) == false);
  EXPECT_EQ(op::bit_xor(Int{6}, true), 7);
  EXPECT_EQ(op::invert(true), -2);
  EXPECT_TRUE(op::eq(Int{1}, 1.0));
  EXPECT_TRUE(op::lt(Int{9007199254740993}, 9007199254740994.0));
  EXPECT_FALSE(op::eq(Int{9007199254740993}, 9007199254740992.0));
  EXPECT_FALSE(op::lt(Int{1}, std::nan("")));
  EXPECT_FALSE(op::ge(Int{1}, std::nan("")));
  EXPECT_EQ(std::get<Float>(op::pow_int_or_float(2, -2)), 0.25);
  EXPECT_EQ(std::get<Int>(op::pow_int_or_float(3, 4)), 81);
}

TEST(RtOps, SequenceOperators) {
  EXPECT_EQ(repr(op::add(List<Int>{1}, List<Int>{2, 3})).view(), "[1, 2, 3]");
  EXPECT_EQ(repr(op::mul(List<Int>{0, 1}, 2)).view(), "[0, 1, 0, 1]");
  EXPECT_EQ(repr(op::add(make_tuple(Int{1}), make_tuple(Str("a")))).view(), "(1, 'a')");
  EXPECT_TRUE(op::lt(List<Int>{1, 2}, List<Int>{1, 3}));
  EXPECT_TRUE(op::le(List<Int>{1, 2}, List<Int>{1, 2}));
  EXPECT_TRUE(op::contains(List<Float>{1.0, 2.0}, Int{2}));
  EXPECT_TRUE(op::contains(make_tuple(Int{1}, Str("x")), Str("x")));
  EXPECT_TRUE(op::contains(Str("hello"), Str("ell")));
  Dict<Str, Int> a{{"x", 1}}, b{{"y", 2}, {"x", 3}};
  EXPECT_EQ(repr(op::bit_or(a, b)).view(), "{'x': 3, 'y': 2}");
}

TEST(RtOps, OptionalAndVariantEquality) {
  Optional<Int> none;
  Optional<Int> three = 3;
  EXPECT_TRUE(op::eq(none, None));
  EXPECT_FALSE(op::eq(three, None));
  EXPECT_TRUE(op::eq(three, Int{3}));
  EXPECT_TRUE(is_none(none));
  std::variant<Int, Str> v = Str("a");
  EXPECT_TRUE(op::eq(v, Str("a")));
  EXPECT_FALSE(op::eq(v, Int{1}));
  EXPECT_EQ(repr(v).view(), "'a'");
}

TEST(RtBuiltins, Conversions) {
  EXPECT_EQ(to_int(-2.9), -2);
  EXPECT_EQ(error_of([] { to_int(std::nan("")); }),
            "ValueError: cannot convert float NaN to integer");
  EXPECT_EQ(error_of([] { to_int(1e19); }), "OverflowError: integer overflow");
  EXPECT_EQ(to_int(Str(" -1_000 ")), -1000);
  EXPECT_EQ(to_int(Str("ff"), 16), 255);
  EXPECT_EQ(error_of([] { to_int(Str("x")); }),
            "ValueError: invalid literal for int() with base 10: 'x'");
  EXPECT_EQ(to_float(Str(" -Infinity ")), -INFINITY);
  EXPECT_EQ(error_of([] { to_float(Str("1e")); }),
            "ValueError: could not convert string to float: '1e'");
  EXPECT_EQ(round(2.5), 2);
  EXPECT_EQ(round(3.5), 4);
  EXPECT_EQ(round(0.125, 2), 0.12);
  EXPECT_EQ(round(Int{25}, Int{-1}), 20);
  EXPECT_EQ(repr(divmod(Int{-7}, Int{2})).view(), "(-4, 1)");
  EXPECT_EQ(format(1234567.891, Str(",.2f")).view(), "1,234,567.89");
  EXPECT_EQ(format(Int{255}, Str("#010x")).view(), "0x000000ff");
  EXPECT_EQ(format(Str("ab"), Str("*^6")).view(), "**ab**");
  EXPECT_EQ(error_of([] { format(1.0, Str("d")); }),
            "ValueError: Unknown format code 'd' for object of type 'float'");
  EXPECT_EQ(ascii(Str("é")).view(), "'\\xe9'");
  EXPECT_EQ(format_object(List<Int>{1}, Str("")).view(), "[1]");
  EXPECT_EQ(error_of([] { format_object(List<Int>{1}, Str("5")); }),
            "TypeError: unsupported format string passed to list.__format__");
}

TEST(RtFloatRepr, ExponentSwitchPoints) {
  EXPECT_EQ(repr(1e16).view(), "1e+16");
  EXPECT_EQ(repr(1e-05).view(), "1e-05");
  EXPECT_EQ(repr(0.0001).view(), "0.0001");
  EXPECT_EQ(repr(-0.0).view(), "-0.0");
  EXPECT_EQ(repr(123456789012345.0).view(), "123456789012345.0");
  EXPECT_EQ(repr(1.2345678901234567e+16).view(), "1.2345678901234568e+16");
  EXPECT_EQ(repr(INFINITY).view(), "inf");
  EXPECT_EQ(to_str(std::nan("")).view(), "nan");
}

}  // namespace
}  // namespace ingot::rt

namespace ingot::rt {
namespace {

TEST(RtOps, HugeResultsAreMemoryErrorsNotCrashes) {
  EXPECT_EQ(error_of([] { op::mul(List<Int>{1, 2}, INT64_MAX); }), "MemoryError");
  EXPECT_EQ(error_of([] { op::mul(Str("ab"), Int{1} << 40); }), "MemoryError");
  EXPECT_EQ(error_of([] { format(Int{1}, Str("99999999999")); }), "MemoryError");
  EXPECT_EQ(error_of([] { str_center(Str("a"), Int{1} << 40, Str(" ")); }), "MemoryError");
}

}  // namespace
}  // namespace ingot::rt
