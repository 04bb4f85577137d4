#include "runtime/tensor/vector_math.h"

namespace ingot::rt::tensor {

#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target_clones("arch=x86-64-v3", "default")))
#endif
void exp_floats(const float* in, float* out, int64_t n) {
  for (int64_t i = 0; i < n; ++i) out[i] = exp_float(in[i]);
}

}  // namespace ingot::rt::tensor
