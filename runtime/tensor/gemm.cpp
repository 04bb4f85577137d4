#include "runtime/tensor/gemm.h"

#include "runtime/tensor/simd.h"

namespace ingot::rt::tensor {

INGOT_SIMD_CLONES void gemm_float(const float* a, const float* b, float* c, int64_t m, int64_t k,
                                  int64_t n) {
  gemm<float>(a, b, c, m, k, n);
}

INGOT_SIMD_CLONES void gemm_double(const double* a, const double* b, double* c, int64_t m,
                                   int64_t k, int64_t n) {
  gemm<double>(a, b, c, m, k, n);
}

}  // namespace ingot::rt::tensor
