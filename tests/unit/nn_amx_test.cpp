// The AMX Linear kernel (runtime/nn/gemm_amx.h) against the float32 kernel and a float64
// reference on random matrices, and the dispatch between them (kernels.h). The tests that
// run tiles skip, saying so, on a CPU without AMX; the splitting, packing and dispatch tests
// run everywhere.
#include <gtest/gtest.h>

#include <array>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "runtime/core/errors.h"
#include "runtime/nn/gemm_amx.h"
#include "runtime/nn/kernels.h"
#include "runtime/nn/safetensors.h"

namespace ingot::rt::nn {
namespace {

constexpr const char* kNoAmx =
    "this CPU has no AMX-BF16 (or the kernel refused the tile state): the AMX kernel is not "
    "run here, the float32 kernel serves every Linear";

// Normal values over many magnitudes, both signs.
std::vector<float> random_floats(size_t count, std::mt19937& rng, float scale = 1.0f) {
  std::normal_distribution<float> normal(0.0f, scale);
  std::vector<float> values(count);
  for (float& v : values) v = normal(rng);
  return values;
}

std::vector<float> rounded_to_bf16(std::vector<float> values) {
  for (float& v : values) v = std::bit_cast<float>(std::bit_cast<uint32_t>(v) & 0xffff0000u);
  return values;
}

float from_bf16(uint16_t bits) { return std::bit_cast<float>(uint32_t(bits) << 16); }

// in · weightᵀ + bias in float64, and Σ |in · weight| per element (the scale of the
// rounding error any float32 summation may make).
struct Reference {
  std::vector<double> value, magnitude;
};

Reference reference_linear(const std::vector<float>& in, int64_t rows, int64_t k,
                           const std::vector<float>& weight, const std::vector<float>& bias,
                           int64_t n) {
  Reference ref{std::vector<double>(size_t(rows * n)), std::vector<double>(size_t(rows * n))};
  for (int64_t r = 0; r < rows; ++r) {
    for (int64_t c = 0; c < n; ++c) {
      double sum = bias[size_t(c)], magnitude = std::abs(double(bias[size_t(c)]));
      for (int64_t p = 0; p < k; ++p) {
        const double product = double(in[size_t(r * k + p)]) * double(weight[size_t(c * k + p)]);
        sum += product;
        magnitude += std::abs(product);
      }
      ref.value[size_t(r * n + c)] = sum;
      ref.magnitude[size_t(r * n + c)] = magnitude;
    }
  }
  return ref;
}

// The largest error of `out` against the reference, in units of Σ|products| · 2⁻²⁴.
double worst_error(const std::vector<float>& out, const Reference& ref) {
  double worst = 0;
  for (size_t i = 0; i < out.size(); ++i) {
    const double unit = ref.magnitude[i] * std::ldexp(1.0, -24);
    worst = std::max(worst, std::abs(double(out[i]) - ref.value[i]) / unit);
  }
  return worst;
}

TEST(NnAmx, SplittingIsExact) {
  std::mt19937 rng(1);
  std::uniform_real_distribution<float> exponent(-100.0f, 100.0f);
  for (int i = 0; i < 100000; ++i) {
    const float mantissa = random_floats(1, rng)[0];  // two statements: a fixed draw order
    const float x = std::ldexp(mantissa, int(exponent(rng)));
    uint16_t terms[3];
    amx::split_bf16(x, terms);
    const double sum =
        double(from_bf16(terms[0])) + double(from_bf16(terms[1])) + double(from_bf16(terms[2]));
    // Below 2^-110 the last term would need bits under bf16's smallest subnormal (2^-133),
    // and AMX reads subnormal terms as zero anyway: what is lost there is under 2^-126.
    if (std::abs(x) >= 0x1p-110f) {
      ASSERT_EQ(sum, double(x)) << "x = " << x;
    } else {
      ASSERT_LT(std::abs(sum - double(x)), 0x1p-126) << "x = " << x;
    }
  }
  uint16_t terms[3];
  amx::split_bf16(std::nanf(""), terms);
  EXPECT_TRUE(std::isnan(from_bf16(terms[0])));
  amx::split_bf16(-INFINITY, terms);
  EXPECT_EQ(from_bf16(terms[0]), -INFINITY);
  EXPECT_EQ(terms[1], 0);
}

// Every element of the weight comes back from the packed planes, read through the layout
// gemm_amx.h documents; padding is zero.
TEST(NnAmx, PackingHoldsTheWeightExactly) {
  std::mt19937 rng(2);
  for (auto [n, k] : {std::pair<int64_t, int64_t>{1, 1}, {17, 33}, {40, 70}, {64, 64}}) {
    for (bool bf16 : {false, true}) {
      auto weight = random_floats(size_t(n * k), rng);
      if (bf16) weight = rounded_to_bf16(weight);
      const amx::PackedWeight packed = amx::pack(weight.data(), n, k);
      EXPECT_EQ(packed.terms, bf16 ? 1 : 3);
      EXPECT_EQ(packed.column_blocks % 2, 0);
      for (int64_t c = 0; c < packed.column_blocks * 16; ++c) {
        for (int64_t p = 0; p < packed.k_blocks * 32; ++p) {
          const int64_t at =
              (c / 16 * packed.k_blocks + p / 32) * 512 + (p % 32) / 2 * 32 + 2 * (c % 16) + p % 2;
          double sum = 0;
          for (const auto& plane : packed.planes) sum += from_bf16(plane[size_t(at)]);
          const double expected = c < n && p < k ? double(weight[size_t(c * k + p)]) : 0.0;
          ASSERT_EQ(sum, expected) << "n " << n << " k " << k << " at " << c << ", " << p;
        }
      }
    }
  }
}

// The AMX kernel is as accurate as the float32 kernel on random matrices of awkward
// shapes, for bf16 weights (one term) and float32 weights (three).
TEST(NnAmx, MatchesTheFloat32Kernel) {
  if (!amx::available()) GTEST_SKIP() << kNoAmx;
  std::mt19937 rng(3);
  const std::vector<std::array<int64_t, 3>> shapes = {{1, 1, 1},     {3, 5, 7},    {16, 32, 16},
                                                      {17, 33, 31},  {33, 64, 40}, {70, 768, 96},
                                                      {5, 1152, 300}};
  for (const auto& [rows, k, n] : shapes) {
    for (bool bf16 : {true, false}) {
      const auto in = random_floats(size_t(rows * k), rng);
      auto weight = random_floats(size_t(n * k), rng, 0.05f);
      if (bf16) weight = rounded_to_bf16(weight);
      const auto bias = random_floats(size_t(n), rng);
      const Reference ref = reference_linear(in, rows, k, weight, bias, n);

      std::vector<float> ours(size_t(rows * n), NAN), float32(size_t(rows * n), NAN);
      amx::linear(in.data(), rows, k, amx::pack(weight.data(), n, k), bias.data(), ours.data());
      linear(in.data(), rows, k, weight.data(), bias.data(), n, float32.data());

      const double amx_error = worst_error(ours, ref), float32_error = worst_error(float32, ref);
      SCOPED_TRACE("rows " + std::to_string(rows) + " k " + std::to_string(k) + " n " +
                   std::to_string(n) + (bf16 ? " bf16" : " float32") + " weights");
      // A float32 sum of m terms errs by at most about m units (here k + 1 products and the
      // bias, three to six products each on AMX); random rounding errors stay far below.
      EXPECT_LE(float32_error, double(k + 1));
      EXPECT_LE(amx_error, double(k + 1));
      // And no worse than several times what the float32 kernel errs on the same matrices.
      EXPECT_LE(amx_error, 8 * float32_error + 2) << "float32 kernel: " << float32_error;
    }
  }
}

// A row's result does not depend on the rows around it (kernels.h's promise).
TEST(NnAmx, RowsAreIndependentOfTheirBatch) {
  if (!amx::available()) GTEST_SKIP() << kNoAmx;
  std::mt19937 rng(4);
  const int64_t rows = 37, k = 100, n = 50;
  const auto in = random_floats(size_t(rows * k), rng);
  const auto weight = random_floats(size_t(n * k), rng);
  const amx::PackedWeight packed = amx::pack(weight.data(), n, k);
  std::vector<float> batch(size_t(rows * n));
  amx::linear(in.data(), rows, k, packed, nullptr, batch.data());
  for (int64_t r = 0; r < rows; ++r) {
    std::vector<float> alone(static_cast<size_t>(n));
    amx::linear(in.data() + r * k, 1, k, packed, nullptr, alone.data());
    for (int64_t c = 0; c < n; ++c) {
      ASSERT_EQ(std::bit_cast<uint32_t>(alone[size_t(c)]),
                std::bit_cast<uint32_t>(batch[size_t(r * n + c)]))
          << "row " << r << " column " << c;
    }
  }
}

TEST(NnAmx, NonFiniteInputsPropagate) {
  if (!amx::available()) GTEST_SKIP() << kNoAmx;
  const int64_t k = 40, n = 20;
  std::vector<float> in(size_t(2 * k), 1.0f), weight(size_t(n * k), 0.5f), out(size_t(2 * n));
  in[3] = NAN;
  amx::linear(in.data(), 2, k, amx::pack(weight.data(), n, k), nullptr, out.data());
  for (int64_t c = 0; c < n; ++c) {
    EXPECT_TRUE(std::isnan(out[size_t(c)]));
    EXPECT_EQ(out[size_t(n + c)], 20.0f);
  }
}

// A Weight as a checkpoint gives it: `values` stored as `dtype` (F32 or BF16).
struct StoredWeight {
  std::vector<std::byte> bytes;
  Weight weight;
};

StoredWeight stored_weight(const std::vector<float>& values, int64_t n, int64_t k, bool bf16) {
  StoredWeight stored;
  for (float v : values) {
    const uint32_t bits = std::bit_cast<uint32_t>(v);
    for (int b = bf16 ? 2 : 0; b < 4; ++b) stored.bytes.push_back(std::byte(bits >> (8 * b)));
  }
  const TensorView view{bf16 ? WeightDType::BF16 : WeightDType::F32,
                        bf16 ? "BF16" : "F32",
                        {n, k},
                        Bytes(stored.bytes)};
  stored.weight = Weight(view, "w");
  return stored;
}

class MatmulEnv {
 public:
  explicit MatmulEnv(const char* value) { setenv("INGOT_MATMUL", value, 1); }
  ~MatmulEnv() { unsetenv("INGOT_MATMUL"); }
};

TEST(NnAmx, DispatchFollowsTheStoredDtypeAndIngotMatmul) {
  std::mt19937 rng(5);
  const int64_t rows = 9, k = 48, n = 24;
  const auto in = random_floats(size_t(rows * k), rng);
  const auto values = rounded_to_bf16(random_floats(size_t(n * k), rng));
  const StoredWeight bf16 = stored_weight(values, n, k, true);
  const StoredWeight f32 = stored_weight(values, n, k, false);
  const bool has_amx = amx::available();
  EXPECT_EQ(linear_uses_amx(bf16.weight), has_amx);
  EXPECT_FALSE(linear_uses_amx(f32.weight));
  {
    const MatmulEnv env("amx");
    EXPECT_EQ(linear_uses_amx(f32.weight), has_amx);
  }
  {
    const MatmulEnv env("float32");
    EXPECT_FALSE(linear_uses_amx(bf16.weight));
    // Then the Weight overload is the float32 kernel, bit for bit.
    std::vector<float> by_weight(size_t(rows * n)), by_pointer(size_t(rows * n));
    linear(in.data(), rows, k, bf16.weight, nullptr, n, by_weight.data());
    linear(in.data(), rows, k, values.data(), nullptr, n, by_pointer.data());
    EXPECT_EQ(by_weight, by_pointer);
  }
  {
    const MatmulEnv env("tf32");
    std::vector<float> out(size_t(rows * n));
    try {
      linear(in.data(), rows, k, bf16.weight, nullptr, n, out.data());
      ADD_FAILURE() << "INGOT_MATMUL=tf32 was accepted";
    } catch (const PyException& error) {
      EXPECT_EQ(error.kind(), ExcKind::ValueError);
      EXPECT_EQ(error.message(), "INGOT_MATMUL is 'tf32'; it must be auto, amx or float32");
    }
  }
  if (!has_amx) GTEST_SKIP() << kNoAmx << " (the AMX side of the dispatch was not run)";
  std::vector<float> dispatched(size_t(rows * n)), direct(size_t(rows * n));
  linear(in.data(), rows, k, bf16.weight, nullptr, n, dispatched.data());
  amx::linear(in.data(), rows, k, amx::pack(values.data(), n, k), nullptr, direct.data());
  EXPECT_EQ(dispatched, direct);
}

}  // namespace
}  // namespace ingot::rt::nn
