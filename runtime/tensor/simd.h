// How hot loops reach the vector units of the machine they run on, as numpy dispatches its
// loops, while artifacts stay built for the x86-64 baseline:
// - INGOT_SIMD_CLONES before a loop's function compiles it three times, for the baseline,
//   AVX2 (x86-64-v3) and AVX-512 (x86-64-v4); the loader picks the one the machine runs.
// - Kernels whose register tiling depends on the vector width (gemm.cpp) are templates,
//   instantiated in functions marked INGOT_TARGET_V4 / INGOT_TARGET_V3 and chosen by
//   simd_level() at run time.
// Elsewhere, and under the sanitizers, only the baseline is compiled.
#pragma once

// Not under the sanitizers: the clones' resolver runs before their runtime is up.
#if defined(__has_feature)
#if __has_feature(thread_sanitizer) || __has_feature(address_sanitizer)
#define INGOT_NO_TARGET_CLONES 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define INGOT_NO_TARGET_CLONES 1
#endif

#if defined(__x86_64__) && defined(__GNUC__) && !defined(INGOT_NO_TARGET_CLONES)
#define INGOT_SIMD_X86 1
#define INGOT_SIMD_CLONES \
  __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#define INGOT_TARGET_V4 __attribute__((target("arch=x86-64-v4")))
#define INGOT_TARGET_V3 __attribute__((target("arch=x86-64-v3")))
#else
#define INGOT_SIMD_X86 0
#define INGOT_SIMD_CLONES
#endif

namespace ingot::rt::tensor {

enum class SimdLevel { Baseline, V3, V4 };

// The widest of the levels above this machine runs (Baseline where they are not compiled).
inline SimdLevel simd_level() {
#if INGOT_SIMD_X86
  static const SimdLevel level = [] {
    __builtin_cpu_init();
    const bool v3 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") &&
                    __builtin_cpu_supports("bmi2");
    const bool v4 = v3 && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                    __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
    return v4 ? SimdLevel::V4 : v3 ? SimdLevel::V3 : SimdLevel::Baseline;
  }();
  return level;
#else
  return SimdLevel::Baseline;
#endif
}

}  // namespace ingot::rt::tensor
