#include "runtime/tensor/vector_math.h"

#include <algorithm>
#include <cstring>
#include <limits>

#include "runtime/tensor/simd.h"

#if INGOT_SIMD_X86
#include <immintrin.h>
#endif

// The vectors below never cross a function boundary that is not inlined, so the ABI note
// GCC gives for passing them without AVX does not apply.
#pragma GCC diagnostic ignored "-Wpsabi"

namespace ingot::rt::tensor {

namespace {

INGOT_SIMD_CLONES void exp_floats_vectorized(const float* in, float* out, int64_t n) {
  for (int64_t i = 0; i < n; ++i) out[i] = exp_float(in[i]);
}

#if INGOT_SIMD_X86
// exp_float on sixteen lanes in AVX-512's own instructions, bit for bit the same results
// in about half the instructions the compiler makes of the loop above: the clamps are
// vmaxps/vminps (which give the bound for a NaN, as exp_float's comparisons do), and 2^n
// is applied by one vscalefps, whose single rounding is what exp_float's two exact
// factors give (p * 2^(n/2) stays a normal float for every n it can have).
INGOT_TARGET_V4 inline __m512 exp_sixteen(__m512 x) {
  const __m512 clamped =
      _mm512_min_ps(_mm512_max_ps(x, _mm512_set1_ps(-104.0f)), _mm512_set1_ps(89.0f));
  const __m512 round = _mm512_set1_ps(12582912.0f);
  const __m512 n =
      _mm512_sub_ps(_mm512_fmadd_ps(clamped, _mm512_set1_ps(1.44269504088896341f), round), round);
  __m512 r = _mm512_fnmadd_ps(n, _mm512_set1_ps(0.693359375f), clamped);
  r = _mm512_fnmadd_ps(n, _mm512_set1_ps(-2.12194440e-4f), r);
  __m512 p = _mm512_set1_ps(1.0f / 5040);
  for (const float coefficient : {1.0f / 720, 1.0f / 120, 1.0f / 24, 1.0f / 6, 0.5f, 1.0f, 1.0f}) {
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(coefficient));
  }
  __m512 result = _mm512_scalef_ps(p, n);
  const __mmask16 overflow = _mm512_cmp_ps_mask(x, _mm512_set1_ps(88.72283935546875f), _CMP_GT_OQ);
  const __mmask16 underflow =
      _mm512_cmp_ps_mask(x, _mm512_set1_ps(-103.972076416015625f), _CMP_LT_OQ);
  const __mmask16 nan = _mm512_cmp_ps_mask(x, x, _CMP_UNORD_Q);
  result =
      _mm512_mask_mov_ps(result, overflow, _mm512_set1_ps(std::numeric_limits<float>::infinity()));
  result = _mm512_mask_mov_ps(result, underflow, _mm512_setzero_ps());
  return _mm512_mask_mov_ps(result, nan, x);
}

INGOT_TARGET_V4 void exp_floats_v4(const float* in, float* out, int64_t n) {
  int64_t i = 0;
  for (; i + 32 <= n; i += 32) {  // two vectors a step, so that their chains overlap
    const __m512 low = exp_sixteen(_mm512_loadu_ps(in + i));
    const __m512 high = exp_sixteen(_mm512_loadu_ps(in + i + 16));
    _mm512_storeu_ps(out + i, low);
    _mm512_storeu_ps(out + i + 16, high);
  }
  for (; i < n; i += 16) {  // the tail through a mask
    const auto lanes = __mmask16((1u << std::min<int64_t>(16, n - i)) - 1);
    _mm512_mask_storeu_ps(out + i, lanes, exp_sixteen(_mm512_maskz_loadu_ps(lanes, in + i)));
  }
}
#endif

}  // namespace

void exp_floats_at_level(SimdLevel level, const float* in, float* out, int64_t n) {
#if INGOT_SIMD_X86
  if (level == SimdLevel::V4) return exp_floats_v4(in, out, n);
#else
  (void)level;
#endif
  exp_floats_vectorized(in, out, n);
}

void exp_floats(const float* in, float* out, int64_t n) {
  exp_floats_at_level(simd_level(), in, out, n);
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
