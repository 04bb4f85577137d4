// INGOT_SIMD_CLONES before a hot loop's function compiles it twice, for the x86-64 baseline
// artifacts are built for and for AVX2 (x86-64-v3); the loader picks the one the machine
// runs, as numpy dispatches its loops. Elsewhere it is nothing.
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
#define INGOT_SIMD_CLONES __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define INGOT_SIMD_CLONES
#endif
