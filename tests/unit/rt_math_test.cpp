// The math module's runtime parts whose edge cases are easy to get wrong.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "runtime/core/errors.h"
#include "runtime/core/math.h"

namespace ingot::rt {
namespace {

constexpr Int kMax = std::numeric_limits<Int>::max();
constexpr Int kMin = std::numeric_limits<Int>::min();

template <class F>
std::string error_of(F f) {
  try {
    f();
  } catch (const PyException& e) {
    return e.what();
  }
  return "no error";
}

TEST(RtMath, FsumIsExact) {
  EXPECT_EQ(math::fsum(List<Float>{0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}), 1.0);
  EXPECT_EQ(math::fsum(List<Float>{1e100, 1.0, -1e100, 1e-100}), 1.0);
  EXPECT_EQ(math::fsum(List<Float>{1.0, 1e16, 1.0, -1e16}), 2.0);
  // Half-way cases round to even once every partial is taken into account.
  EXPECT_EQ(math::fsum(List<Float>{1.0, std::ldexp(1.0, -53), std::ldexp(1.0, -106)}),
            std::nextafter(1.0, 2.0));
  EXPECT_EQ(math::fsum(List<Float>{}), 0.0);
}

TEST(RtMath, FsumSpecials) {
  Float inf = math::inf;
  EXPECT_EQ(math::fsum(List<Float>{inf, 1.0}), inf);
  EXPECT_TRUE(std::isnan(math::fsum(List<Float>{math::nan, 1.0})));
  EXPECT_EQ(error_of([&] {
              math::fsum(List<Float>{inf, -inf});
            }),
            "ValueError: -inf + inf in fsum");
  EXPECT_EQ(error_of([] {
              math::fsum(List<Float>{1e308, 1e308});
            }),
            "OverflowError: intermediate overflow in fsum");
}

TEST(RtMath, GcdLcmThroughTwoToThe63) {
  EXPECT_EQ(math::gcd(kMin, Int{6}), 2);
  EXPECT_EQ(math::gcd(), 0);
  EXPECT_EQ(math::lcm(), 1);
  EXPECT_EQ(math::lcm(kMin, Int{0}), 0);
  EXPECT_EQ(math::gcd(Int{-12}, Int{18}), 6);
  EXPECT_EQ(math::lcm(Int{-4}, Int{6}), 12);
  EXPECT_EQ(error_of([] { math::gcd(kMin, Int{0}); }), "OverflowError: integer overflow");
  EXPECT_EQ(error_of([] { math::lcm(kMin, Int{6}); }), "OverflowError: integer overflow");
}

TEST(RtMath, CombPermFactorial) {
  EXPECT_EQ(math::comb(66, 33), 7219428434016265740);
  EXPECT_EQ(math::comb(kMax, 1), kMax);
  EXPECT_EQ(math::comb(5, 7), 0);
  EXPECT_EQ(error_of([] { math::comb(67, 33); }), "OverflowError: integer overflow");
  EXPECT_EQ(math::perm(20, 20), 2432902008176640000);
  EXPECT_EQ(math::factorial(20), 2432902008176640000);
  EXPECT_EQ(error_of([] { math::factorial(21); }), "OverflowError: integer overflow");
  EXPECT_EQ(error_of([] { math::factorial(-1); }),
            "ValueError: factorial() not defined for negative values");
  EXPECT_EQ(error_of([] { math::comb(3, -1); }), "ValueError: k must be a non-negative integer");
}

TEST(RtMath, NormIsCorrectlyRounded) {
  EXPECT_EQ(math::hypot(3.0, 4.0), 5.0);
  EXPECT_EQ(math::hypot(), 0.0);
  EXPECT_EQ(math::hypot(1e308, 1e308), 1.4142135623730951e308);  // no overflow on the way
  EXPECT_EQ(math::hypot(1e-320, 0.0), 1e-320);
  EXPECT_EQ(math::hypot(math::nan, math::inf), math::inf);
  EXPECT_EQ(math::dist(List<Int>{1, 2}, List<Int>{4, 6}), 5.0);
}

TEST(RtMath, GammaOfIntegersIsExact) {
  Float factorial = 1;
  for (int n = 1; n <= 23; ++n) {
    EXPECT_EQ(math::gamma(n), factorial) << n;
    factorial *= n;
  }
  EXPECT_EQ(error_of([] { math::gamma(-2.0); }), "ValueError: math domain error");
  EXPECT_EQ(error_of([] { math::gamma(171.7); }), "OverflowError: math range error");
  EXPECT_EQ(error_of([] { math::lgamma(0.0); }), "ValueError: math domain error");
}

}  // namespace
}  // namespace ingot::rt
