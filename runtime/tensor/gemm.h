// The matrix product kernel: C = A B for row-major, contiguous A (m x k), B (k x n) and C
// (m x n). Cache-blocked over k and n so a panel of B stays in cache while every row of A
// streams past it; the inner loop runs along contiguous rows of B and C, which the
// compiler vectorizes. One thread; the place to add packing, register tiling and threads.
#pragma once

#include <algorithm>
#include <cstdint>
#include <type_traits>

namespace ingot::rt::tensor {

// Always inlined, so that each SIMD clone of gemm_float / gemm_double compiles its own copy.
template <typename T>
[[gnu::always_inline]] inline void gemm(const T* a, const T* b, T* c, int64_t m, int64_t k,
                                        int64_t n) {
  constexpr int64_t kDepthBlock = 256;  // rows of B per panel
  constexpr int64_t kWidthBlock = 512;  // columns of B per panel
  std::fill(c, c + m * n, T(0));
  for (int64_t p0 = 0; p0 < k; p0 += kDepthBlock) {
    const int64_t p1 = std::min(k, p0 + kDepthBlock);
    for (int64_t j0 = 0; j0 < n; j0 += kWidthBlock) {
      const int64_t j1 = std::min(n, j0 + kWidthBlock);
      for (int64_t i = 0; i < m; ++i) {
        T* c_row = c + i * n;
        int64_t p = p0;
        // Four rows of B at a time: one pass over the C row does four multiply-adds.
        for (; p + 4 <= p1; p += 4) {
          const T a0 = a[i * k + p], a1 = a[i * k + p + 1];
          const T a2 = a[i * k + p + 2], a3 = a[i * k + p + 3];
          const T* b0 = b + p * n;
          const T* b1 = b0 + n;
          const T* b2 = b1 + n;
          const T* b3 = b2 + n;
          for (int64_t j = j0; j < j1; ++j) {
            c_row[j] += a0 * b0[j] + a1 * b1[j] + a2 * b2[j] + a3 * b3[j];
          }
        }
        for (; p < p1; ++p) {
          const T ap = a[i * k + p];
          const T* b_row = b + p * n;
          for (int64_t j = j0; j < j1; ++j) c_row[j] += ap * b_row[j];
        }
      }
    }
  }
}

// The float and double kernels, compiled for AVX2 as well as for the baseline (simd.h).
void gemm_float(const float* a, const float* b, float* c, int64_t m, int64_t k, int64_t n);
void gemm_double(const double* a, const double* b, double* c, int64_t m, int64_t k, int64_t n);

}  // namespace ingot::rt::tensor
