#include "runtime/tensor/vector_math.h"

#include "runtime/tensor/simd.h"

namespace ingot::rt::tensor {

INGOT_SIMD_CLONES void exp_floats(const float* in, float* out, int64_t n) {
  for (int64_t i = 0; i < n; ++i) out[i] = exp_float(in[i]);
}

}  // namespace ingot::rt::tensor
