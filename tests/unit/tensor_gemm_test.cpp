// The GEMM kernel of each SIMD level this machine runs (runtime/tensor/gemm.h): the
// conformance cases compare matmul with numpy, but only at the widest level; here every
// level's tiles, packing and edges are checked against the product's definition, exactly,
// on integer-valued floats (every partial sum exact, whatever the order of additions).
#include <gtest/gtest.h>

#include <bit>
#include <cstdint>
#include <vector>

#include "runtime/tensor/gemm.h"
#include "runtime/tensor/simd.h"

namespace ingot::rt::tensor {
namespace {

struct Shape3 {
  int64_t m, k, n;
};

// Shapes around the tiles (4 x 8 to 8 x 48) of every level, the matrix-vector ones, and
// the empty ones.
const Shape3 kShapes[] = {{1, 1, 1},    {5, 3, 9},    {12, 128, 32}, {13, 129, 33}, {8, 64, 48},
                          {17, 70, 97}, {7, 300, 70}, {390, 20, 17}, {3, 5, 2100},  {1, 300, 600},
                          {1, 7, 1},    {9, 300, 1},  {0, 4, 3},     {4, 0, 3},     {4, 3, 0}};

// The machine's cache blocking, and small ones that cut these shapes into many blocks
// (depths that do not divide k, blocks of one sliver and of a few).
const GemmBlocking kBlockings[] = {{}, {8, 1, 1}, {37, 25, 40}, {128, 12, 64}};

std::vector<SimdLevel> levels() {
  std::vector<SimdLevel> out = {SimdLevel::Baseline};
  if (simd_level() != SimdLevel::Baseline) out.push_back(SimdLevel::V3);
  if (simd_level() == SimdLevel::V4) out.push_back(SimdLevel::V4);
  return out;
}

// a (m x k) and b (k x n) of small integers, c = a b by the definition, in int64.
template <typename T>
struct Problem {
  Shape3 shape;
  std::vector<T> a, b;
  std::vector<int64_t> expected;

  explicit Problem(Shape3 s) : shape(s) {
    for (int64_t i = 0; i < s.m * s.k; ++i) a.push_back(T(i % 7 - 3));
    for (int64_t i = 0; i < s.k * s.n; ++i) b.push_back(T(i % 5 - 2));
    for (int64_t i = 0; i < s.m; ++i) {
      for (int64_t j = 0; j < s.n; ++j) {
        int64_t sum = 0;
        for (int64_t p = 0; p < s.k; ++p) sum += int64_t(a[i * s.k + p]) * int64_t(b[p * s.n + j]);
        expected.push_back(sum);
      }
    }
  }
};

// How B is laid out in memory.
enum class Layout { RowMajor, Transposed, PaddedRows };

template <typename T>
void expect_exact(SimdLevel level, const Problem<T>& problem, Layout layout,
                  GemmBlocking blocking) {
  const auto [m, k, n] = problem.shape;
  std::vector<T> b_layout(static_cast<size_t>(k * (n + 2)));
  MatrixView<T> b{b_layout.data(), n, 1};
  for (int64_t p = 0; p < k; ++p) {
    for (int64_t j = 0; j < n; ++j) {
      const T value = problem.b[p * n + j];
      if (layout == Layout::RowMajor) b_layout[p * n + j] = value;
      if (layout == Layout::Transposed) b_layout[j * k + p] = value;  // the strided packing
      if (layout == Layout::PaddedRows) b_layout[p * (n + 2) + j] = value;
    }
  }
  if (layout == Layout::Transposed) b = {b_layout.data(), 1, k};
  if (layout == Layout::PaddedRows) b = {b_layout.data(), n + 2, 1};
  // C with a row stride wider than n, and a sentinel in the gap that must survive.
  const int64_t stride = n + 3;
  std::vector<T> c(static_cast<size_t>(m * stride), T(-7));
  gemm_at_level(level, m, n, k, MatrixView<T>{problem.a.data(), k, 1}, b, c.data(), stride,
                blocking);
  for (int64_t i = 0; i < m; ++i) {
    for (int64_t j = 0; j < stride; ++j) {
      const T expected = j < n ? T(problem.expected[i * n + j]) : T(-7);
      ASSERT_EQ(c[i * stride + j], expected)
          << "level " << int(level) << " shape " << m << "x" << k << "x" << n << " at " << i << ","
          << j << " layout " << int(layout) << " blocking " << blocking.depth << ","
          << blocking.rows << "," << blocking.columns;
    }
  }
}

TEST(TensorGemm, EveryLevelIsExactOnIntegerValuedFloats) {
  for (const Shape3& shape : kShapes) {
    const Problem<float> floats(shape);
    const Problem<double> doubles(shape);
    for (SimdLevel level : levels()) {
      for (Layout layout : {Layout::RowMajor, Layout::Transposed, Layout::PaddedRows}) {
        for (const GemmBlocking& blocking : kBlockings) {
          expect_exact(level, floats, layout, blocking);
          expect_exact(level, doubles, layout, blocking);
        }
      }
    }
  }
}

TEST(TensorGemm, ARowAloneIsBitIdenticalToTheSameRowInABatch) {
  // runtime/nn relies on it: an input's embedding must not depend on its batch. Values with
  // fractions, so that the order of the additions shows in the last bits.
  const int64_t m = 13, k = 300, n = 70;
  std::vector<float> a, b;
  for (int64_t i = 0; i < m * k; ++i) a.push_back(float(i % 97) / 37.0f - 1.1f);
  for (int64_t i = 0; i < k * n; ++i) b.push_back(float(i % 89) / 29.0f - 1.3f);
  for (SimdLevel level : levels()) {
    for (const GemmBlocking& blocking : kBlockings) {
      std::vector<float> batch(static_cast<size_t>(m * n));
      gemm_at_level(level, m, n, k, MatrixView<float>{a.data(), k, 1},
                    MatrixView<float>{b.data(), n, 1}, batch.data(), n, blocking);
      for (int64_t i = 0; i < m; ++i) {
        std::vector<float> alone(static_cast<size_t>(n));
        gemm_at_level(level, 1, n, k, MatrixView<float>{a.data() + i * k, k, 1},
                      MatrixView<float>{b.data(), n, 1}, alone.data(), n, blocking);
        for (int64_t j = 0; j < n; ++j) {
          ASSERT_EQ(std::bit_cast<uint32_t>(alone[j]), std::bit_cast<uint32_t>(batch[i * n + j]))
              << "level " << int(level) << " depth " << blocking.depth << " at " << i << "," << j;
        }
      }
    }
  }
}

TEST(TensorGemm, IntegersWrapModulo2To64) {
  // Products that overflow int64: the kernel wraps, as numpy's int64 matmul does.
  const uint64_t big = uint64_t(1) << 62;
  const std::vector<uint64_t> a = {big, 3, 5, big};
  const std::vector<uint64_t> b = {4, 1, 2, 7};
  std::vector<uint64_t> c(4);
  gemm(2, 2, 2, MatrixView<uint64_t>{a.data(), 2, 1}, MatrixView<uint64_t>{b.data(), 2, 1},
       c.data(), 2);
  for (int64_t i = 0; i < 2; ++i) {
    for (int64_t j = 0; j < 2; ++j) {
      uint64_t sum = 0;
      for (int64_t p = 0; p < 2; ++p) sum += a[size_t(i * 2 + p)] * b[size_t(p * 2 + j)];
      EXPECT_EQ(c[size_t(i * 2 + j)], sum);
    }
  }
}

}  // namespace
}  // namespace ingot::rt::tensor
