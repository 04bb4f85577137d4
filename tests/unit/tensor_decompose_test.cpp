// The decompositions of runtime/tensor/decompose.h on matrices larger than the conformance
// cases take (up to 120 x 120, pseudo-random, some ill-conditioned): each one's defining
// identity must hold to a small multiple of float64's precision, which the conformance cases
// cannot show (they compare against LAPACK within a tolerance).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "runtime/tensor/array.h"
#include "runtime/tensor/decompose.h"

namespace ingot::rt::tensor {
namespace {

constexpr double kEps = 2.220446049250313e-16;

// A deterministic pseudo-random m x n float64 matrix, entries in [-1, 1).
Array random_matrix(int64_t m, int64_t n, uint64_t seed) {
  Array a(DType::Float64, {m, n});
  uint64_t state = seed * 6364136223846793005ULL + 1442695040888963407ULL;
  for (int64_t i = 0; i < m * n; ++i) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    a.data<double>()[i] = static_cast<double>(state >> 11) / 4503599627370496.0 - 1.0;
  }
  return a;
}

double at(const Array& a, int64_t i, int64_t j) { return a.data<double>()[i * a.dim(-1) + j]; }

// max |(a b^T if transposed, else a b) - c| over the entries, and the same for c's scale.
double product_error(const Array& a, const Array& b, const Array& c, bool b_transposed) {
  double worst = 0;
  const int64_t m = a.dim(0), k = a.dim(1), n = c.dim(1);
  for (int64_t i = 0; i < m; ++i) {
    for (int64_t j = 0; j < n; ++j) {
      double sum = 0;
      for (int64_t l = 0; l < k; ++l)
        sum += at(a, i, l) * (b_transposed ? at(b, j, l) : at(b, l, j));
      worst = std::max(worst, std::abs(sum - at(c, i, j)));
    }
  }
  return worst;
}

Array identity(int64_t n) { return eye(n, n, 0, DType::Float64); }

Array transposed(const Array& a) {
  Array t(DType::Float64, {a.dim(1), a.dim(0)});
  for (int64_t i = 0; i < a.dim(0); ++i) {
    for (int64_t j = 0; j < a.dim(1); ++j) t.data<double>()[j * a.dim(0) + i] = at(a, i, j);
  }
  return t;
}

// a with each column j scaled by 10^(-j * decades / n): condition number about 10^decades.
Array graded(Array a, double decades) {
  const int64_t n = a.dim(1);
  for (int64_t i = 0; i < a.dim(0); ++i) {
    for (int64_t j = 0; j < n; ++j) {
      a.data<double>()[i * n + j] *= std::pow(10.0, -decades * static_cast<double>(j) / n);
    }
  }
  return a;
}

TEST(TensorDecompose, InverseTimesMatrixIsIdentity) {
  for (const int64_t n : {1, 7, 64, 120}) {
    const Array a = random_matrix(n, n, n);
    EXPECT_LT(product_error(inverse(a), a, identity(n), false), 1e3 * n * kEps) << n;
  }
}

TEST(TensorDecompose, QrReconstructsWithOrthonormalQ) {
  for (const auto& [m, n] :
       std::vector<std::pair<int64_t, int64_t>>{{80, 30}, {30, 80}, {64, 64}}) {
    const Array a = random_matrix(m, n, m + n);
    const QR f = qr(a, QrMode::Complete);
    EXPECT_LT(product_error(f.q, f.r, a, false), 50 * m * kEps);
    EXPECT_LT(product_error(transposed(f.q), f.q, identity(m), false), 50 * m * kEps);
  }
}

TEST(TensorDecompose, EighDiagonalizesGradedSymmetricMatrices) {
  for (const int64_t n : {5, 50, 100}) {
    const Array g = graded(random_matrix(n, n, 3 * n), 8);
    // s = g g^T: symmetric positive semi-definite, eigenvalues spread over 16 decades.
    Array s(DType::Float64, {n, n});
    for (int64_t i = 0; i < n; ++i) {
      for (int64_t j = 0; j < n; ++j) {
        double sum = 0;
        for (int64_t l = 0; l < n; ++l) sum += at(g, i, l) * at(g, j, l);
        s.data<double>()[i * n + j] = sum;
      }
    }
    const Eigh e = eigh(s, false, true);
    Array scaled(DType::Float64, {n, n});  // V diag(w)
    for (int64_t i = 0; i < n; ++i) {
      for (int64_t j = 0; j < n; ++j) {
        scaled.data<double>()[i * n + j] = at(e.vectors, i, j) * e.values.data<double>()[j];
      }
    }
    double norm = 0;
    for (int64_t i = 0; i < n * n; ++i) norm = std::max(norm, std::abs(s.data<double>()[i]));
    EXPECT_LT(product_error(scaled, e.vectors, s, true), 50 * n * kEps * norm) << n;
    EXPECT_LT(product_error(transposed(e.vectors), e.vectors, identity(n), false), 50 * n * kEps);
    EXPECT_TRUE(std::is_sorted(e.values.data<double>(), e.values.data<double>() + n));
  }
}

TEST(TensorDecompose, SvdReconstructsWithOrthonormalFactors) {
  for (const auto& [m, n] :
       std::vector<std::pair<int64_t, int64_t>>{{90, 40}, {40, 90}, {60, 60}}) {
    const Array a = graded(random_matrix(m, n, 7 * m + n), 10);
    const SVD f = svd(a, true, true);
    const int64_t k = std::min(m, n);
    Array us(DType::Float64, {m, n});  // U[:, :k] diag(s) padded to n columns
    for (int64_t i = 0; i < m; ++i) {
      for (int64_t j = 0; j < n; ++j) {
        us.data<double>()[i * n + j] = j < k ? at(f.u, i, j) * f.s.data<double>()[j] : 0.0;
      }
    }
    EXPECT_LT(product_error(us, f.vt, a, false), 50 * m * kEps);
    EXPECT_LT(product_error(transposed(f.u), f.u, identity(m), false), 50 * m * kEps);
    EXPECT_LT(product_error(f.vt, f.vt, identity(n), true), 50 * n * kEps);
    EXPECT_TRUE(std::is_sorted(f.s.data<double>(), f.s.data<double>() + k, std::greater<>()));
  }
}

TEST(TensorDecompose, CholeskyOfGramMatrix) {
  const int64_t n = 70;
  const Array g = random_matrix(n, n, 11);
  Array s(DType::Float64, {n, n});
  for (int64_t i = 0; i < n; ++i) {
    for (int64_t j = 0; j < n; ++j) {
      double sum = i == j ? 1.0 : 0.0;
      for (int64_t l = 0; l < n; ++l) sum += at(g, i, l) * at(g, j, l);
      s.data<double>()[i * n + j] = sum;
    }
  }
  const Array l = cholesky(s, false);
  EXPECT_LT(product_error(l, l, s, true), 100 * n * kEps * n);
}

}  // namespace
}  // namespace ingot::rt::tensor
