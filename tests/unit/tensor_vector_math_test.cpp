// The float32 exp kernels of runtime/tensor/vector_math.h at each SIMD level this machine
// runs: AVX-512's hand-written one must give exp_float's results bit for bit (as the loop
// the compiler vectorizes does), and both stay within 1 ulp of e^x rounded from double.
// tests/parity/tensor compares the same kernels with numpy.
#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "runtime/tensor/simd.h"
#include "runtime/tensor/vector_math.h"

namespace ingot::rt::tensor {
namespace {

// Floats across exp's whole range and past both ends, dense near the overflow and
// underflow thresholds, with the special values, in a count that leaves a masked tail.
std::vector<float> exp_inputs() {
  std::vector<float> out;
  for (uint32_t bits = 0; bits < 0x43000000u; bits += 997) {  // 0 to 128, both signs
    out.push_back(std::bit_cast<float>(bits));
    out.push_back(-std::bit_cast<float>(bits));
  }
  for (float edge : {88.72283935546875f, -103.972076416015625f, -87.33654f, 89.0f, -104.0f}) {
    float x = edge;
    for (int i = 0; i < 200; ++i) x = std::nextafter(x, -std::numeric_limits<float>::infinity());
    for (int i = 0; i < 400; ++i, x = std::nextafter(x, std::numeric_limits<float>::infinity())) {
      out.push_back(x);
    }
  }
  const float inf = std::numeric_limits<float>::infinity();
  for (float special : {inf, -inf, std::numeric_limits<float>::quiet_NaN(), -0.0f, 0.0f,
                        std::numeric_limits<float>::max(), std::numeric_limits<float>::lowest(),
                        std::numeric_limits<float>::denorm_min()}) {
    out.push_back(special);
  }
  out.push_back(1.0f);  // an odd count
  return out;
}

std::vector<float> exp_at(SimdLevel level, const std::vector<float>& in) {
  std::vector<float> out(in.size());
  exp_floats_at_level(level, in.data(), out.data(), int64_t(in.size()));
  return out;
}

// Distance in units in the last place, counting across zero and into the subnormals.
int64_t ulps_apart(float a, float b) {
  const auto ordered = [](float x) {
    const auto bits = std::bit_cast<int32_t>(x);
    return bits < 0 ? int64_t(INT32_MIN) - bits : int64_t(bits);
  };
  return std::llabs(ordered(a) - ordered(b));
}

TEST(TensorVectorMath, ExpIsWithinOneUlpAtEveryLevel) {
  const std::vector<float> in = exp_inputs();
  for (SimdLevel level : {SimdLevel::Baseline, simd_level()}) {
    const std::vector<float> out = exp_at(level, in);
    for (size_t i = 0; i < in.size(); ++i) {
      const auto expected = float(std::exp(double(in[i])));
      if (std::isnan(expected) || std::isinf(expected) || expected == 0.0f) {
        ASSERT_EQ(std::bit_cast<uint32_t>(out[i]), std::bit_cast<uint32_t>(expected))
            << "exp(" << in[i] << ") at level " << int(level);
      } else {
        ASSERT_LE(ulps_apart(out[i], expected), 1)
            << "exp(" << in[i] << ") = " << out[i] << ", want " << expected << " at level "
            << int(level);
      }
    }
  }
}

TEST(TensorVectorMath, ExpKernelOfAvx512GivesTheVectorizedLoopsBits) {
  if (simd_level() != SimdLevel::V4) GTEST_SKIP() << "this machine has no AVX-512";
  const std::vector<float> in = exp_inputs();
  const std::vector<float> hand_written = exp_at(SimdLevel::V4, in);
  const std::vector<float> vectorized = exp_at(SimdLevel::V3, in);  // the loader's clone
  for (size_t i = 0; i < in.size(); ++i) {
    ASSERT_EQ(std::bit_cast<uint32_t>(hand_written[i]), std::bit_cast<uint32_t>(vectorized[i]))
        << "exp(" << in[i] << ")";
  }
}

}  // namespace
}  // namespace ingot::rt::tensor
