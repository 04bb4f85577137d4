#include "runtime/tensor/vector_math.h"

#include <algorithm>
#include <cstring>
#include <limits>

#include "runtime/tensor/simd.h"

// The vectors below never cross a function boundary that is not inlined, so the ABI note
// GCC gives for passing them without AVX does not apply.
#pragma GCC diagnostic ignored "-Wpsabi"

namespace ingot::rt::tensor {

INGOT_SIMD_CLONES void exp_floats(const float* in, float* out, int64_t n) {
  for (int64_t i = 0; i < n; ++i) out[i] = exp_float(in[i]);
}

namespace {

// Sixteen lanes; GCC and clang lower the arithmetic to the vector unit of each clone.
typedef float Floats __attribute__((vector_size(64)));
typedef int32_t Ints __attribute__((vector_size(64)));
constexpr int kLanes = 16;

}  // namespace

// Sixteen running maxima and NaN flags, written with vectors: the compilers do not
// vectorize a maximum that has to notice NaN on their own.
INGOT_SIMD_CLONES float max_floats(const float* x, int64_t n) {
  Floats peak = Floats{} - std::numeric_limits<float>::infinity();
  Ints nan = {};
  int64_t i = 0;
  for (; i + kLanes <= n; i += kLanes) {
    Floats v;
    std::memcpy(&v, x + i, sizeof v);
    const Ints above = v > peak;
    peak = Floats((Ints(v) & above) | (Ints(peak) & ~above));
    nan |= v != v;
  }
  float largest = -std::numeric_limits<float>::infinity();
  bool any_nan = false;
  for (int k = 0; k < kLanes; ++k) {
    largest = std::max(largest, peak[k]);
    any_nan |= nan[k] != 0;
  }
  for (; i < n; ++i) {
    largest = x[i] > largest ? x[i] : largest;
    any_nan |= x[i] != x[i];
  }
  return any_nan ? std::numeric_limits<float>::quiet_NaN() : largest;
}

INGOT_SIMD_CLONES double exp_shifted_sum(const float* in, float shift, float* out, int64_t n) {
  for (int64_t i = 0; i < n; ++i) out[i] = exp_float(in[i] - shift);
  constexpr int kSumLanes = 8;
  double lanes[kSumLanes] = {};
  int64_t i = 0;
  for (; i + kSumLanes <= n; i += kSumLanes) {
    for (int k = 0; k < kSumLanes; ++k) lanes[k] += out[i + k];
  }
  for (; i < n; ++i) lanes[0] += out[i];
  double total = 0;
  for (double lane : lanes) total += lane;
  return total;
}

INGOT_SIMD_CLONES void divide_floats(float* x, int64_t n, float divisor) {
  for (int64_t i = 0; i < n; ++i) x[i] /= divisor;
}

}  // namespace ingot::rt::tensor
