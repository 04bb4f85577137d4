// Transcendental functions written so that the compiler vectorizes loops over them (no
// calls, no branches), where libm's scalar versions would run one element at a time.
#pragma once

#include <bit>
#include <cstdint>
#include <limits>

#include "runtime/tensor/simd.h"

namespace ingot::rt::tensor {

// e^x for float, within about 1 ulp: x = n ln2 + r with |r| <= ln2/2 (Cody-Waite, ln2 in two
// parts so that n ln2 is exact enough), e^r by its Taylor series to r^7 (the first term
// left out is below 2^-27 of the result), and 2^n built in the exponent bits, in two
// factors so that results down in the subnormals and up to the largest float come out.
inline float exp_float(float x) {
  constexpr float kLog2e = 1.44269504088896341f;
  constexpr float kLn2High = 0.693359375f;  // few bits: n * kLn2High is exact
  constexpr float kLn2Low = -2.12194440e-4f;
  constexpr float kRound = 12582912.0f;  // 1.5 * 2^23: adding it rounds to an integer
  // Written so that NaN clamps too (to -104; the last line returns it): casting a NaN to
  // int32 below would be undefined.
  float clamped = x > -104.0f ? x : -104.0f;
  clamped = clamped < 89.0f ? clamped : 89.0f;
  const float n = (clamped * kLog2e + kRound) - kRound;
  const float r = (clamped - n * kLn2High) - n * kLn2Low;
  float p = 1.0f / 5040;
  p = p * r + 1.0f / 720;
  p = p * r + 1.0f / 120;
  p = p * r + 1.0f / 24;
  p = p * r + 1.0f / 6;
  p = p * r + 0.5f;
  p = p * r + 1.0f;
  p = p * r + 1.0f;
  const auto exponent = static_cast<int32_t>(n);
  const int32_t half = exponent >> 1;
  const float scale1 = std::bit_cast<float>((half + 127) << 23);
  const float scale2 = std::bit_cast<float>((exponent - half + 127) << 23);
  float result = p * scale1 * scale2;
  // Selects rather than branches, so that the loop still vectorizes.
  result = x > 88.72283935546875f ? std::numeric_limits<float>::infinity() : result;
  result = x < -103.972076416015625f ? 0.0f : result;
  return x != x ? x : result;  // NaN stays NaN
}

// The loops below are compiled for AVX-512 and AVX2 as well as for the baseline (simd.h);
// `in` and `out` may be the same array.

// out[i] = exp_float(in[i]) for n contiguous floats.
void exp_floats(const float* in, float* out, int64_t n);
// The same with the kernel of one level (at most simd_level()): AVX-512 has its own, the
// others share a loop the compiler vectorizes. For the tests of each kernel.
void exp_floats_at_level(SimdLevel level, const float* in, float* out, int64_t n);

// A softmax row's passes (runtime/tensor/nn.cpp), each one vectorized loop:
// the largest of n floats (-inf for none), NaN if one is NaN;
float max_floats(const float* x, int64_t n);
// out[i] = exp_float(in[i] - shift), and their sum accumulated in double over eight lanes
// (element i in lane i % 8 but the tail's in lane 0, the lanes added in order);
double exp_shifted_sum(const float* in, float shift, float* out, int64_t n);
// x[i] /= divisor.
void divide_floats(float* x, int64_t n, float divisor);

}  // namespace ingot::rt::tensor
