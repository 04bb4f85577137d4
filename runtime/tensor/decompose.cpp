#include "runtime/tensor/decompose.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <functional>
#include <limits>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

#include "runtime/core/errors.h"
#include "runtime/tensor/elementwise.h"
#include "runtime/tensor/linalg.h"
#include "runtime/tensor/shape.h"

namespace ingot::rt::tensor {

namespace {

using Matrix = std::vector<double>;  // row-major, dimensions kept beside it

constexpr double kEpsilon = std::numeric_limits<double>::epsilon();

std::size_t at(int64_t i) { return static_cast<std::size_t>(i); }

// The stack of matrices in `a` (..., m, n), read as float64 whatever its layout.
struct Stack {
  Array values;  // contiguous float64
  Shape batch;
  int64_t count = 0;
  int64_t rows = 0;
  int64_t cols = 0;

  explicit Stack(const Array& a)
      : values(contiguous(as_dtype(a, DType::Float64))),
        batch(a.shape().begin(), a.shape().end() - 2),
        rows(a.dim(-2)),
        cols(a.dim(-1)) {
    count = 1;
    for (int64_t d : batch) count *= d;
  }
  // A copy of matrix `i`, to factor in place.
  Matrix matrix(int64_t i) const {
    const double* begin = values.data<double>() + i * rows * cols;
    return {begin, begin + rows * cols};
  }
  Shape shape(std::initializer_list<int64_t> tail) const {
    Shape out = batch;
    out.insert(out.end(), tail);
    return out;
  }
};

// A float64 result array of `shape` to fill, and its rounding to the input's dtype.
double* fill(Array& out) { return out.data<double>(); }
Array finish(const Array& out, DType dtype) { return as_dtype(out, dtype); }

// "(Batch element i): " where torch names the failing matrix of a stack.
std::string batch_prefix(const Stack& stack, int64_t i) {
  return stack.batch.empty() ? "" : "(Batch element " + std::to_string(i) + "): ";
}

// ---- LU with partial pivoting ------------------------------------------------------------------

struct LU {
  Matrix lu;                    // L below the diagonal (unit diagonal implied), U on and above
  std::vector<int64_t> pivots;  // row swapped with row k at step k
  int64_t n = 0;
  int64_t first_zero_pivot = 0;  // LAPACK's info: 1-based index of U's first zero, else 0
  bool odd_swaps = false;
};

// Gaussian elimination with the largest |entry| of each column as pivot (the first of
// equals, as LAPACK's idamax takes it). A zero pivot is recorded and its column skipped, as
// LAPACK's getrf goes on past it.
LU lu_factor(Matrix a, int64_t n) {
  LU f{std::move(a), std::vector<int64_t>(at(n)), n, 0, false};
  auto entry = [&](int64_t i, int64_t j) -> double& { return f.lu[at(i * n + j)]; };
  for (int64_t k = 0; k < n; ++k) {
    int64_t pivot = k;
    for (int64_t i = k + 1; i < n; ++i) {
      if (std::abs(entry(i, k)) > std::abs(entry(pivot, k))) pivot = i;
    }
    f.pivots[at(k)] = pivot;
    if (entry(pivot, k) == 0) {
      if (f.first_zero_pivot == 0) f.first_zero_pivot = k + 1;
      continue;
    }
    if (pivot != k) {
      std::swap_ranges(&entry(k, 0), &entry(k, 0) + n, &entry(pivot, 0));
      f.odd_swaps = !f.odd_swaps;
    }
    const double diagonal = entry(k, k);
    // LAPACK multiplies by the reciprocal unless it would overflow.
    const bool by_reciprocal = std::abs(diagonal) >= std::numeric_limits<double>::min();
    const double reciprocal = 1 / diagonal;
    for (int64_t i = k + 1; i < n; ++i) {
      double& l = entry(i, k);
      l = by_reciprocal ? l * reciprocal : l / diagonal;
      if (l == 0) continue;
      for (int64_t j = k + 1; j < n; ++j) entry(i, j) -= l * entry(k, j);
    }
  }
  return f;
}

// Overwrites the n x k row-major `b` with the solution of A X = B from A's factors.
void lu_solve(const LU& f, double* b, int64_t k) {
  const int64_t n = f.n;
  for (int64_t r = 0; r < n; ++r) {
    if (f.pivots[at(r)] != r) std::swap_ranges(b + r * k, b + (r + 1) * k, b + f.pivots[at(r)] * k);
  }
  for (int64_t r = 0; r < n; ++r) {  // L y = P b, L unit lower
    for (int64_t c = 0; c < r; ++c) {
      const double l = f.lu[at(r * n + c)];
      if (l == 0) continue;
      for (int64_t j = 0; j < k; ++j) b[r * k + j] -= l * b[c * k + j];
    }
  }
  for (int64_t r = n - 1; r >= 0; --r) {  // U x = y
    for (int64_t c = r + 1; c < n; ++c) {
      const double u = f.lu[at(r * n + c)];
      if (u == 0) continue;
      for (int64_t j = 0; j < k; ++j) b[r * k + j] -= u * b[c * k + j];
    }
    const double diagonal = f.lu[at(r * n + r)];
    for (int64_t j = 0; j < k; ++j) b[r * k + j] /= diagonal;
  }
}

[[noreturn]] void raise_singular(Rules rules, const Stack& stack, int64_t i, const LU& f,
                                 bool inverting) {
  if (rules == Rules::Numpy) raise(ExcKind::LinAlgError, "Singular matrix");
  if (inverting) {
    raise(ExcKind::TorchLinAlgError,
          "linalg.inv: " + batch_prefix(stack, i) + "The diagonal element " +
              std::to_string(f.first_zero_pivot) +
              " is zero, the inversion could not be completed because the input matrix is "
              "singular.");
  }
  raise(ExcKind::TorchLinAlgError, "torch.linalg.solve: " + batch_prefix(stack, i) +
                                       "The solver failed because the input matrix is singular.");
}

// ---- Householder QR ------------------------------------------------------------------------

// The reflectors of A = QR (LAPACK's geqrf), held column by column (column-major, so that
// each reflector's dot products and updates run along contiguous memory): R on and above the
// diagonal, each reflector's vector below it (its leading 1 implied), and its tau.
struct Householder {
  std::vector<double> columns;  // column j at columns[j * rows]
  int64_t rows = 0;
  int64_t cols = 0;
  std::vector<double> tau;

  double at_entry(int64_t i, int64_t j) const { return columns[at(j * rows + i)]; }
};

// `a` is row-major m x n.
Householder householder(const Matrix& a, int64_t m, int64_t n) {
  const int64_t k = std::min(m, n);
  Householder h{std::vector<double>(at(m * n)), m, n, std::vector<double>(at(k), 0.0)};
  for (int64_t i = 0; i < m; ++i) {
    for (int64_t j = 0; j < n; ++j) h.columns[at(j * m + i)] = a[at(i * n + j)];
  }
  for (int64_t j = 0; j < k; ++j) {
    double* v = h.columns.data() + j * m;  // column j; the reflector's vector below row j
    double below = 0;
    for (int64_t i = j + 1; i < m; ++i) below = std::hypot(below, v[i]);
    if (below == 0) continue;  // nothing to annihilate: H = I, R keeps a_jj's sign
    const double alpha = v[j];
    const double beta = -std::copysign(std::hypot(alpha, below), alpha);
    const double tau = (beta - alpha) / beta;
    const double scale = 1 / (alpha - beta);
    for (int64_t i = j + 1; i < m; ++i) v[i] *= scale;
    v[j] = beta;
    h.tau[at(j)] = tau;
    for (int64_t c = j + 1; c < n; ++c) {  // (I - tau v v^T) applied to the columns right of j
      double* x = h.columns.data() + c * m;
      double w = x[j];
      for (int64_t i = j + 1; i < m; ++i) w += v[i] * x[i];
      w *= tau;
      x[j] -= w;
      for (int64_t i = j + 1; i < m; ++i) x[i] -= w * v[i];
    }
  }
  return h;
}

// The first `width` columns of Q = H_0 H_1 ... H_{k-1} (m x width, row-major), accumulated
// from the last reflector back as LAPACK's orgqr does (column by column).
Matrix householder_q(const Householder& h, int64_t width) {
  const int64_t m = h.rows;
  std::vector<double> q(at(m * width), 0.0);  // column-major while it is built
  for (int64_t i = 0; i < std::min(m, width); ++i) q[at(i * m + i)] = 1;
  for (int64_t j = static_cast<int64_t>(h.tau.size()) - 1; j >= 0; --j) {
    const double tau = h.tau[at(j)];
    if (tau == 0) continue;
    const double* v = h.columns.data() + j * m;
    for (int64_t c = 0; c < width; ++c) {
      double* x = q.data() + c * m;
      double w = x[j];
      for (int64_t i = j + 1; i < m; ++i) w += v[i] * x[i];
      w *= tau;
      x[j] -= w;
      for (int64_t i = j + 1; i < m; ++i) x[i] -= w * v[i];
    }
  }
  Matrix rows(at(m * width));
  for (int64_t i = 0; i < m; ++i) {
    for (int64_t c = 0; c < width; ++c) rows[at(i * width + c)] = q[at(c * m + i)];
  }
  return rows;
}

// ---- the symmetric eigenproblem: tridiagonal reduction and implicit QL ------------------------

// A symmetric matrix reduced to tridiagonal form T = Q^T S Q: T's diagonal and off-diagonal
// (off[k] couples k and k + 1; the last entry is 0), and Q's columns as the rows of `basis`
// (when asked for), so that the QL iteration's rotations of Q's columns run along rows.
struct Tridiagonal {
  std::vector<double> diagonal;
  std::vector<double> off;
  Matrix basis;
};

// Householder reflectors H_k = I - tau v v^T, each zeroing column k of s below its
// subdiagonal and applied from both sides to the trailing block (the symmetric rank-2 update
// B - v w^T - w v^T with w = p - (tau / 2)(p . v) v, p = tau B v); the vectors are kept as
// rows of their own, and Q = H_0 H_1 ... accumulated from the last one back.
Tridiagonal tridiagonalize(Matrix s, int64_t n, bool vectors) {
  auto entry = [&](int64_t i, int64_t j) -> double& { return s[at(i * n + j)]; };
  Tridiagonal t{std::vector<double>(at(n)), std::vector<double>(at(n), 0.0), {}};
  std::vector<double> taus(at(n), 0.0), p(at(n)), w(at(n));
  Matrix reflectors(at(n * n), 0.0);  // row k: reflector k's vector (from k + 1 on), contiguous
  for (int64_t k = 0; k + 2 < n; ++k) {
    double below = 0;
    for (int64_t i = k + 2; i < n; ++i) below = std::hypot(below, entry(i, k));
    const double alpha = entry(k + 1, k);
    if (below == 0) {
      t.off[at(k)] = alpha;
      continue;
    }
    const double beta = -std::copysign(std::hypot(alpha, below), alpha);
    const double tau = (beta - alpha) / beta;
    const double scale = 1 / (alpha - beta);
    double* v = reflectors.data() + k * n;
    v[k + 1] = 1;
    for (int64_t i = k + 2; i < n; ++i) v[i] = entry(i, k) * scale;
    t.off[at(k)] = beta;
    taus[at(k)] = tau;
    double pv = 0;
    for (int64_t i = k + 1; i < n; ++i) {
      const double* row = s.data() + i * n;
      double sum = 0;
      for (int64_t j = k + 1; j < n; ++j) sum += row[j] * v[j];
      p[at(i)] = tau * sum;
      pv += p[at(i)] * v[i];
    }
    for (int64_t i = k + 1; i < n; ++i) w[at(i)] = p[at(i)] - tau / 2 * pv * v[i];
    for (int64_t i = k + 1; i < n; ++i) {
      double* row = s.data() + i * n;
      for (int64_t j = k + 1; j < n; ++j) row[j] -= v[i] * w[at(j)] + w[at(i)] * v[j];
    }
  }
  if (n >= 2) t.off[at(n - 2)] = entry(n - 1, n - 2);
  for (int64_t i = 0; i < n; ++i) t.diagonal[at(i)] = entry(i, i);
  if (!vectors) return t;
  // Q^T built row by row: applying H_k to Q's columns is applying it to Q^T's rows, and the
  // basis is Q^T (row j is Q's column j).
  t.basis.assign(at(n * n), 0.0);
  for (int64_t i = 0; i < n; ++i) t.basis[at(i * n + i)] = 1;
  for (int64_t k = n - 3; k >= 0; --k) {
    const double tau = taus[at(k)];
    if (tau == 0) continue;
    const double* v = reflectors.data() + k * n;
    for (int64_t c = k + 1; c < n; ++c) {
      double* row = t.basis.data() + c * n;
      double dot = 0;
      for (int64_t i = k + 1; i < n; ++i) dot += v[i] * row[i];
      dot *= tau;
      for (int64_t i = k + 1; i < n; ++i) row[i] -= dot * v[i];
    }
  }
  return t;
}

// The implicit QL iteration with Wilkinson's shift on a tridiagonal matrix: for each leading
// entry, QL steps (a bulge chased up by Givens rotations, also applied to the basis rows) on
// the unreduced block below it until the off-diagonal entry beside it is negligible against
// its neighbours. Leaves the eigenvalues on the diagonal; false when 60 steps do not converge.
bool implicit_ql(Tridiagonal& t, int64_t n) {
  std::vector<double>& d = t.diagonal;
  std::vector<double>& e = t.off;
  const bool vectors = !t.basis.empty();
  auto rotate_rows = [&](int64_t i, double sine, double cosine) {
    double* upper = t.basis.data() + i * n;
    double* lower = upper + n;
    for (int64_t k = 0; k < n; ++k) {
      const double x = upper[k], y = lower[k];
      lower[k] = sine * x + cosine * y;
      upper[k] = cosine * x - sine * y;
    }
  };
  for (int64_t low = 0; low < n; ++low) {
    for (int iteration = 0;; ++iteration) {
      int64_t high = low;  // the unreduced block is low..high
      while (high + 1 < n && std::abs(e[at(high)]) >
                                 kEpsilon * (std::abs(d[at(high)]) + std::abs(d[at(high + 1)]))) {
        ++high;
      }
      if (high == low) break;
      if (iteration == 60) return false;
      // The shift: the eigenvalue of the leading 2 x 2 block nearer d[low], as d[high] - it.
      const double half_gap = (d[at(low + 1)] - d[at(low)]) / (2 * e[at(low)]);
      double g = d[at(high)] - d[at(low)] +
                 e[at(low)] / (half_gap + std::copysign(std::hypot(half_gap, 1.0), half_gap));
      double sine = 1, cosine = 1, shift_sum = 0;
      bool split = false;
      for (int64_t i = high - 1; i >= low; --i) {
        const double f = sine * e[at(i)], b = cosine * e[at(i)];
        const double r = std::hypot(f, g);
        e[at(i + 1)] = r;
        if (r == 0) {  // the block splits at i + 1: restart on the smaller one
          d[at(i + 1)] -= shift_sum;
          e[at(high)] = 0;
          split = true;
          break;
        }
        sine = f / r;
        cosine = g / r;
        g = d[at(i + 1)] - shift_sum;
        const double step = (d[at(i)] - g) * sine + 2 * cosine * b;
        shift_sum = sine * step;
        d[at(i + 1)] = g + shift_sum;
        g = cosine * step - b;
        if (vectors) rotate_rows(i, sine, cosine);
      }
      if (split) continue;
      d[at(low)] -= shift_sum;
      e[at(low)] = g;
      e[at(high)] = 0;
    }
  }
  return true;
}

// ---- the SVD: one-sided Jacobi -----------------------------------------------------------------

// The SVD of a tall m x n matrix (m >= n) held as its n columns of length m (`w`): pairs of
// columns are rotated until every pair is orthogonal to working precision (Hestenes' method),
// the rotations accumulated in the n x n column-major `v` when given. The singular values are
// then the columns' lengths, the columns of U the normalized columns.
void jacobi_columns(std::vector<double>& w, int64_t m, int64_t n, std::vector<double>* v) {
  auto column = [&](std::vector<double>& x, int64_t j, int64_t length) {
    return x.data() + j * length;
  };
  constexpr double kTolerance = 1e-15;
  for (int sweep = 0; sweep < 60; ++sweep) {
    bool rotated = false;
    for (int64_t i = 0; i + 1 < n; ++i) {
      for (int64_t j = i + 1; j < n; ++j) {
        double* x = column(w, i, m);
        double* y = column(w, j, m);
        double alpha = 0, beta = 0, gamma = 0;
        for (int64_t r = 0; r < m; ++r) {
          alpha += x[r] * x[r];
          beta += y[r] * y[r];
          gamma += x[r] * y[r];
        }
        if (gamma == 0 || std::abs(gamma) <= kTolerance * std::sqrt(alpha * beta)) continue;
        rotated = true;
        const double zeta = (beta - alpha) / (2 * gamma);
        const double t = std::copysign(1.0, zeta) / (std::abs(zeta) + std::hypot(1.0, zeta));
        const double c = 1 / std::hypot(1.0, t), s = c * t;
        auto rotate = [&](double* p, double* q, int64_t length) {
          for (int64_t r = 0; r < length; ++r) {
            const double a = p[r], b = q[r];
            p[r] = c * a - s * b;
            q[r] = s * a + c * b;
          }
        };
        rotate(x, y, m);
        if (v != nullptr) rotate(column(*v, i, n), column(*v, j, n), n);
      }
    }
    if (!rotated) break;
  }
}

// Orthonormal columns to complete `basis` (m x r row-major, orthonormal columns) to m x m:
// the last m - r columns of the complete Q of its QR decomposition, m x (m - r) row-major.
Matrix orthogonal_complement(const Matrix& basis, int64_t m, int64_t r) {
  const Matrix q = householder_q(householder(basis, m, r), m);
  Matrix out(at(m * (m - r)));
  for (int64_t i = 0; i < m; ++i) {
    std::copy(q.begin() + i * m + r, q.begin() + (i + 1) * m, out.begin() + i * (m - r));
  }
  return out;
}

struct ThinSvd {
  Matrix u;  // m x width row-major (width = n, or m with full_matrices)
  std::vector<double> s;
  Matrix v;  // n x n row-major: A = U S V^T
};

// The SVD of a tall row-major m x n matrix (m >= n), singular values descending.
// From 32 columns on, the Jacobi sweeps start from A V for the eigenvectors V of A^T A (both
// products through the GEMM): A V's columns are orthogonal up to the Gram matrix's rounding,
// so two or three sweeps finish what a start from A takes eight or more for (1000 x 384: 3x
// faster). The sweeps run to the same criterion, V accumulating on top; what the start gives
// up is Jacobi's relative accuracy for tiny singular values of column-graded matrices: A V
// carries errors of eps * |A|, so they are accurate to eps * s_max, as LAPACK's are.
constexpr int64_t kGramStartColumns = 32;

// Writes A V as columns into `w` and V's columns into `v` (n x n column-major); false, with
// nothing written, when the eigen-iteration does not converge.
bool gram_start(const Matrix& a, int64_t m, int64_t n, std::vector<double>& w,
                std::vector<double>& v) {
  Array matrix(DType::Float64, {m, n});
  std::copy(a.begin(), a.end(), matrix.data<double>());
  const Array gram = contiguous(matmul(swapaxes(matrix, 0, 1), matrix));
  Tridiagonal t = tridiagonalize(Matrix(gram.data<double>(), gram.data<double>() + n * n), n, true);
  if (!implicit_ql(t, n)) return false;
  Array basis(DType::Float64, {n, n});  // V: the eigenvectors (t.basis's rows) as columns
  for (int64_t j = 0; j < n; ++j) {
    for (int64_t r = 0; r < n; ++r) basis.data<double>()[r * n + j] = t.basis[at(j * n + r)];
  }
  const Array product = contiguous(matmul(matrix, basis));
  for (int64_t i = 0; i < m; ++i) {
    for (int64_t j = 0; j < n; ++j) w[at(j * m + i)] = product.data<double>()[i * n + j];
  }
  v = std::move(t.basis);  // row j of t.basis is column j of V: V column-major
  return true;
}

ThinSvd tall_svd(const Matrix& a, int64_t m, int64_t n, bool full, bool vectors) {
  std::vector<double> w(at(m * n));
  std::vector<double> v;
  if (n < kGramStartColumns || !gram_start(a, m, n, w, v)) {
    for (int64_t i = 0; i < m; ++i) {
      for (int64_t j = 0; j < n; ++j) w[at(j * m + i)] = a[at(i * n + j)];
    }
    v.assign(at(n * n), 0.0);
    for (int64_t j = 0; j < n; ++j) v[at(j * n + j)] = 1;
  }
  jacobi_columns(w, m, n, vectors ? &v : nullptr);
  std::vector<double> lengths(at(n));
  for (int64_t j = 0; j < n; ++j) {
    double squares = 0;
    for (int64_t r = 0; r < m; ++r) squares += w[at(j * m + r)] * w[at(j * m + r)];
    lengths[at(j)] = std::sqrt(squares);
  }
  std::vector<int64_t> order(at(n));
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](int64_t x, int64_t y) { return lengths[at(x)] > lengths[at(y)]; });
  ThinSvd out;
  for (int64_t j : order) out.s.push_back(lengths[at(j)]);
  if (!vectors) return out;
  const int64_t width = full ? m : n;
  out.u.assign(at(m * width), 0.0);
  out.v.assign(at(n * n), 0.0);
  std::vector<int64_t> missing;  // columns of U a zero singular value leaves undetermined
  for (int64_t k = 0; k < n; ++k) {
    const int64_t j = order[at(k)];
    for (int64_t r = 0; r < n; ++r) out.v[at(r * n + k)] = v[at(j * n + r)];
    if (lengths[at(j)] == 0) {
      missing.push_back(k);
      continue;
    }
    for (int64_t r = 0; r < m; ++r) out.u[at(r * width + k)] = w[at(j * m + r)] / lengths[at(j)];
  }
  for (int64_t k = n; k < width; ++k) missing.push_back(k);
  if (missing.empty()) return out;
  std::vector<int64_t> present;
  for (int64_t k = 0; k < width; ++k) {
    if (std::find(missing.begin(), missing.end(), k) == missing.end()) present.push_back(k);
  }
  const auto known = static_cast<int64_t>(present.size());
  Matrix basis(at(m * known));
  for (int64_t r = 0; r < m; ++r) {
    for (int64_t c = 0; c < known; ++c) {
      basis[at(r * known + c)] = out.u[at(r * width + present[at(c)])];
    }
  }
  const Matrix rest = orthogonal_complement(basis, m, known);
  const int64_t extra = m - known;
  for (std::size_t i = 0; i < missing.size(); ++i) {
    for (int64_t r = 0; r < m; ++r) {
      out.u[at(r * width + missing[i])] = rest[at(r * extra) + i];
    }
  }
  return out;
}

// U (m x ucols), S, V^T (vrows x n) of any m x n matrix, through the tall SVD of it or of its
// transpose (A^T = U' S V'^T gives A = V' S U'^T).
struct FullSvd {
  Matrix u;
  std::vector<double> s;
  Matrix vt;
  int64_t ucols = 0;
  int64_t vrows = 0;
};

FullSvd any_svd(const Matrix& a, int64_t m, int64_t n, bool full, bool vectors) {
  FullSvd out;
  if (m >= n) {
    ThinSvd t = tall_svd(a, m, n, full, vectors);
    out.s = std::move(t.s);
    if (!vectors) return out;
    out.ucols = full ? m : n;
    out.vrows = n;
    out.u = std::move(t.u);
    out.vt.resize(t.v.size());
    for (int64_t i = 0; i < n; ++i) {
      for (int64_t j = 0; j < n; ++j) out.vt[at(i * n + j)] = t.v[at(j * n + i)];
    }
    return out;
  }
  Matrix transposed(at(m * n));
  for (int64_t i = 0; i < m; ++i) {
    for (int64_t j = 0; j < n; ++j) transposed[at(j * m + i)] = a[at(i * n + j)];
  }
  ThinSvd t = tall_svd(transposed, n, m, full, vectors);  // U' n x width, V' m x m
  out.s = std::move(t.s);
  if (!vectors) return out;
  out.ucols = m;
  out.vrows = full ? n : m;
  out.u = std::move(t.v);
  out.vt.resize(t.u.size());
  for (int64_t i = 0; i < out.vrows; ++i) {
    for (int64_t j = 0; j < n; ++j) out.vt[at(i * n + j)] = t.u[at(j * out.vrows + i)];
  }
  return out;
}

bool all_finite(const Stack& stack) {
  const double* x = stack.values.data<double>();
  return std::all_of(x, x + stack.values.size(), [](double v) { return std::isfinite(v); });
}

}  // namespace

DType decomposition_dtype(DType input) {
  return input == DType::Float32 ? DType::Float32 : DType::Float64;
}

Array inverse(const Array& a, Rules rules) {
  const Stack stack(a);
  const int64_t n = stack.rows;
  Array out(DType::Float64, a.shape());
  double* dst = fill(out);
  for (int64_t i = 0; i < stack.count; ++i) {
    const LU f = lu_factor(stack.matrix(i), n);
    if (f.first_zero_pivot != 0) raise_singular(rules, stack, i, f, true);
    double* x = dst + i * n * n;
    std::fill(x, x + n * n, 0.0);
    for (int64_t r = 0; r < n; ++r) x[r * n + r] = 1;
    lu_solve(f, x, n);
  }
  return finish(out, decomposition_dtype(a.dtype()));
}

namespace {

// a and b with their stack dimensions (all but the last two) broadcast together.
std::pair<Array, Array> broadcast_stacks(const Array& a, const Array& b, Rules rules) {
  const Shape batch = broadcast_shapes(Shape(a.shape().begin(), a.shape().end() - 2),
                                       Shape(b.shape().begin(), b.shape().end() - 2), rules);
  auto stretched = [&](const Array& x) {
    Shape shape = batch;
    shape.insert(shape.end(), {x.dim(-2), x.dim(-1)});
    return broadcast_to(x, shape);
  };
  return {stretched(a), stretched(b)};
}

}  // namespace

Array solve_matrices(const Array& a, const Array& b, Rules rules) {
  const auto [stacked_a, stacked_b] = broadcast_stacks(a, b, rules);
  const Stack left(stacked_a);
  const Stack right(stacked_b);
  const int64_t n = left.rows, k = right.cols;
  Array out(DType::Float64, right.shape({n, k}));
  double* dst = fill(out);
  for (int64_t i = 0; i < left.count; ++i) {
    const LU f = lu_factor(left.matrix(i), n);
    if (f.first_zero_pivot != 0) raise_singular(rules, left, i, f, false);
    const Matrix rhs = right.matrix(i);
    std::copy(rhs.begin(), rhs.end(), dst + i * n * k);
    lu_solve(f, dst + i * n * k, k);
  }
  const bool single = a.dtype() == DType::Float32 && b.dtype() == DType::Float32;
  return finish(out, single ? DType::Float32 : DType::Float64);
}

SignLogDet sign_logdet(const Array& a) {
  const Stack stack(a);
  Array sign(DType::Float64, stack.batch), logabsdet(DType::Float64, stack.batch);
  for (int64_t i = 0; i < stack.count; ++i) {
    const LU f = lu_factor(stack.matrix(i), stack.rows);
    double s = f.odd_swaps ? -1 : 1, log_sum = 0;
    for (int64_t k = 0; k < f.n; ++k) {
      const double u = f.lu[at(k * f.n + k)];
      if (u < 0) s = -s;
      log_sum += std::log(std::abs(u));
    }
    if (f.first_zero_pivot != 0) {
      s = 0;
      log_sum = -std::numeric_limits<double>::infinity();
    }
    fill(sign)[i] = s;
    fill(logabsdet)[i] = log_sum;
  }
  const DType dtype = decomposition_dtype(a.dtype());
  return {finish(sign, dtype), finish(logabsdet, dtype)};
}

Array determinant(const Array& a, Rules rules) {
  if (rules == Rules::Numpy) {
    const SignLogDet parts = sign_logdet(as_dtype(a, DType::Float64));
    const Array det = binary(BinaryOp::Multiply, parts.sign, unary(UnaryOp::Exp, parts.logabsdet));
    return finish(det, decomposition_dtype(a.dtype()));
  }
  const Stack stack(a);
  Array out(DType::Float64, stack.batch);
  for (int64_t i = 0; i < stack.count; ++i) {
    const LU f = lu_factor(stack.matrix(i), stack.rows);
    double product = f.odd_swaps ? -1 : 1;
    for (int64_t k = 0; k < f.n; ++k) product *= f.lu[at(k * f.n + k)];
    fill(out)[i] = product;
  }
  return finish(out, decomposition_dtype(a.dtype()));
}

Array cholesky(const Array& a, bool upper, Rules rules) {
  // U^T U = A from A's upper triangle is the transpose of L from A^T's lower one.
  const Stack stack(upper ? swapaxes(a, -1, -2) : a);
  const int64_t n = stack.rows;
  Array out(DType::Float64, a.shape());
  double* dst = fill(out);
  for (int64_t i = 0; i < stack.count; ++i) {
    const Matrix m = stack.matrix(i);
    double* l = dst + i * n * n;
    std::fill(l, l + n * n, 0.0);
    for (int64_t j = 0; j < n; ++j) {
      double d = m[at(j * n + j)];
      for (int64_t k = 0; k < j; ++k) d -= l[j * n + k] * l[j * n + k];
      if (!(d > 0)) {
        if (rules == Rules::Numpy) raise(ExcKind::LinAlgError, "Matrix is not positive definite");
        raise(ExcKind::TorchLinAlgError,
              "linalg.cholesky: " + batch_prefix(stack, i) +
                  "The factorization could not be completed because the input is not "
                  "positive-definite (the leading minor of order " +
                  std::to_string(j + 1) + " is not positive-definite).");
      }
      const double diagonal = std::sqrt(d);
      l[j * n + j] = diagonal;
      for (int64_t r = j + 1; r < n; ++r) {
        double x = m[at(r * n + j)];
        for (int64_t k = 0; k < j; ++k) x -= l[r * n + k] * l[j * n + k];
        l[r * n + j] = x / diagonal;
      }
    }
  }
  const Array result = upper ? contiguous(swapaxes(out, -1, -2)) : out;
  return finish(result, decomposition_dtype(a.dtype()));
}

QR qr(const Array& a, QrMode mode) {
  const Stack stack(a);
  const int64_t m = stack.rows, n = stack.cols, k = std::min(m, n);
  const int64_t width = mode == QrMode::Complete ? m : k;  // Q's columns, R's rows
  Array q(DType::Float64, stack.shape({m, width})), r(DType::Float64, stack.shape({width, n}));
  for (int64_t i = 0; i < stack.count; ++i) {
    const Householder h = householder(stack.matrix(i), m, n);
    double* ri = fill(r) + i * width * n;
    for (int64_t row = 0; row < width; ++row) {
      for (int64_t col = 0; col < n; ++col) {
        ri[row * n + col] = col >= row && row < m ? h.at_entry(row, col) : 0.0;
      }
    }
    if (mode == QrMode::R) continue;
    const Matrix qi = householder_q(h, width);
    std::copy(qi.begin(), qi.end(), fill(q) + i * m * width);
  }
  const DType dtype = decomposition_dtype(a.dtype());
  return {mode == QrMode::R ? Array() : finish(q, dtype), finish(r, dtype)};
}

Eigh eigh(const Array& a, bool upper, bool vectors, Rules rules) {
  const Stack stack(a);
  const int64_t n = stack.rows;
  Array values(DType::Float64, stack.shape({n}));
  Array basis(DType::Float64, vectors ? a.shape() : Shape{0});
  for (int64_t i = 0; i < stack.count; ++i) {
    Matrix s = stack.matrix(i);
    bool finite = true;
    for (int64_t r = 0; r < n; ++r) {  // the triangle read, mirrored
      for (int64_t c = 0; c <= r; ++c) {
        double& kept = upper ? s[at(c * n + r)] : s[at(r * n + c)];
        (upper ? s[at(r * n + c)] : s[at(c * n + r)]) = kept;
        finite = finite && std::isfinite(kept);
      }
    }
    double* w = fill(values) + i * n;
    double* v = vectors ? fill(basis) + i * n * n : nullptr;
    if (!finite) {  // LAPACK's answer is unspecified there; NaN says so
      std::fill(w, w + n, std::numeric_limits<double>::quiet_NaN());
      if (v != nullptr) std::fill(v, v + n * n, std::numeric_limits<double>::quiet_NaN());
      continue;
    }
    Tridiagonal t = tridiagonalize(std::move(s), n, vectors);
    if (!implicit_ql(t, n)) {
      if (rules == Rules::Numpy) raise(ExcKind::LinAlgError, "Eigenvalues did not converge");
      raise(ExcKind::TorchLinAlgError,
            "linalg.eigh: " + batch_prefix(stack, i) +
                "The algorithm failed to converge because the input matrix is ill-conditioned "
                "or has too many repeated eigenvalues.");
    }
    std::vector<int64_t> order(at(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int64_t x, int64_t y) { return t.diagonal[at(x)] < t.diagonal[at(y)]; });
    for (int64_t k = 0; k < n; ++k) {
      const int64_t j = order[at(k)];
      w[k] = t.diagonal[at(j)];
      if (v == nullptr) continue;
      for (int64_t r = 0; r < n; ++r) v[r * n + k] = t.basis[at(j * n + r)];
    }
  }
  const DType dtype = decomposition_dtype(a.dtype());
  return {finish(values, dtype), vectors ? finish(basis, dtype) : Array()};
}

SVD svd(const Array& a, bool full_matrices, bool compute_uv, Rules rules) {
  const Stack stack(a);
  if (!all_finite(stack)) {
    if (rules == Rules::Numpy) raise(ExcKind::LinAlgError, "SVD did not converge");
    raise(ExcKind::TorchLinAlgError,
          "linalg.svd: The algorithm failed to converge because the input matrix contained "
          "non-finite values.");
  }
  const DType dtype = decomposition_dtype(a.dtype());
  if (!compute_uv) return {Array(), finish(singular_values(a), dtype), Array()};
  const int64_t m = stack.rows, n = stack.cols, k = std::min(m, n);
  const int64_t ucols = full_matrices ? m : k, vrows = full_matrices ? n : k;
  Array s(DType::Float64, stack.shape({k}));
  Array u(DType::Float64, stack.shape({m, ucols}));
  Array vt(DType::Float64, stack.shape({vrows, n}));
  for (int64_t i = 0; i < stack.count; ++i) {
    const FullSvd f = any_svd(stack.matrix(i), m, n, full_matrices, true);
    std::copy(f.s.begin(), f.s.end(), fill(s) + i * k);
    std::copy(f.u.begin(), f.u.end(), fill(u) + i * m * ucols);
    std::copy(f.vt.begin(), f.vt.end(), fill(vt) + i * vrows * n);
  }
  return {finish(u, dtype), finish(s, dtype), finish(vt, dtype)};
}

Array singular_values(const Array& a) {
  const Stack stack(a);
  const int64_t k = std::min(stack.rows, stack.cols);
  Array s(DType::Float64, stack.shape({k}));
  for (int64_t i = 0; i < stack.count; ++i) {
    const FullSvd f = any_svd(stack.matrix(i), stack.rows, stack.cols, false, false);
    std::copy(f.s.begin(), f.s.end(), fill(s) + i * k);
  }
  return s;
}

SVD hermitian_svd(const Array& a, bool compute_uv) {
  const Eigh e = eigh(as_dtype(a, DType::Float64), false, compute_uv);
  const int64_t n = a.dim(-1);
  const int64_t count = n == 0 ? 0 : e.values.size() / n;
  Array s(DType::Float64, e.values.shape());
  Array u(DType::Float64, compute_uv ? e.vectors.shape() : Shape{0});
  Array vt(DType::Float64, compute_uv ? e.vectors.shape() : Shape{0});
  std::vector<int64_t> order(at(n));
  for (int64_t i = 0; i < count; ++i) {
    const double* w = e.values.data<double>() + i * n;
    // numpy reverses an ascending argsort of |w|, so equal magnitudes come last index first.
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int64_t x, int64_t y) { return std::abs(w[x]) < std::abs(w[y]); });
    std::reverse(order.begin(), order.end());
    for (int64_t k = 0; k < n; ++k) {
      const int64_t j = order[at(k)];
      fill(s)[i * n + k] = std::abs(w[j]);
      if (!compute_uv) continue;
      const double sign = std::copysign(1.0, w[j]);
      const double* v = e.vectors.data<double>() + i * n * n;
      for (int64_t r = 0; r < n; ++r) {
        fill(u)[i * n * n + r * n + k] = v[r * n + j];
        fill(vt)[i * n * n + k * n + r] = sign * v[r * n + j];
      }
    }
  }
  const DType dtype = decomposition_dtype(a.dtype());
  if (!compute_uv) return {Array(), finish(s, dtype), Array()};
  return {finish(u, dtype), finish(s, dtype), finish(vt, dtype)};
}

Array pinv(const Array& a, double rcond, bool hermitian) {
  const int64_t m = a.dim(-2), n = a.dim(-1), k = std::min(m, n);
  Shape shape(a.shape().begin(), a.shape().end() - 2);
  shape.insert(shape.end(), {n, m});
  if (m == 0 || n == 0) return zeros(shape, a.dtype());  // numpy keeps the dtype here
  const Array x = as_dtype(a, DType::Float64);
  const SVD f = hermitian ? hermitian_svd(x, true) : svd(x, false, true);
  Array out(DType::Float64, shape);
  const int64_t count = f.s.size() / k;
  for (int64_t i = 0; i < count; ++i) {
    const double* s = f.s.data<double>() + i * k;
    const double* u = f.u.data<double>() + i * m * k;
    const double* vt = f.vt.data<double>() + i * k * n;
    const double cutoff = rcond * *std::max_element(s, s + k);
    double* result = fill(out) + i * n * m;
    std::fill(result, result + n * m, 0.0);
    for (int64_t l = 0; l < k; ++l) {  // V diag(1/s) U^T over the kept singular values
      if (!(s[l] > cutoff)) continue;
      const double inverse_value = 1 / s[l];
      for (int64_t r = 0; r < n; ++r) {
        const double left = vt[l * n + r] * inverse_value;
        for (int64_t c = 0; c < m; ++c) result[r * m + c] += left * u[c * k + l];
      }
    }
  }
  return finish(out, decomposition_dtype(a.dtype()));
}

Array matrix_rank(const Array& a, std::optional<double> tol, std::optional<double> rtol,
                  bool hermitian) {
  const DType dtype = decomposition_dtype(a.dtype());
  // The singular values in the result dtype, compared there as numpy compares them.
  const Array s = contiguous(
      as_dtype(hermitian ? hermitian_svd(a, false).s : svd(a, false, false).s, DType::Float64));
  const int64_t m = a.dim(-2), n = a.dim(-1), k = std::min(m, n);
  const double epsilon = dtype == DType::Float32 ? std::numeric_limits<float>::epsilon() : kEpsilon;
  auto in_dtype = [&](double x) {
    return dtype == DType::Float32 ? static_cast<double>(static_cast<float>(x)) : x;
  };
  Shape batch(a.shape().begin(), a.shape().end() - 2);
  Array out(DType::Int64, batch);
  const int64_t count = out.size();
  for (int64_t i = 0; i < count; ++i) {
    const double* values = s.data<double>() + i * k;
    double threshold = 0;
    const double largest = k == 0 ? 0.0 : *std::max_element(values, values + k);
    if (tol) {
      threshold = *tol;  // a float64 array in numpy: compared in float64
    } else if (rtol) {
      threshold = largest * *rtol;
    } else {  // numpy's default rtol is a scalar of S's dtype, so the product is in it too
      threshold = in_dtype(largest * in_dtype(static_cast<double>(std::max(m, n)) * epsilon));
    }
    out.data<int64_t>()[i] =
        std::count_if(values, values + k, [&](double v) { return v > threshold; });
  }
  return out;
}

namespace {

// The minimum-norm least-squares solution of one system (a m x n, b m x columns, row-major)
// through the SVD, singular values at or below rcond * s_max dropped; `residuals` gets the
// squared 2-norm of each column of b - a x.
struct OneLeastSquares {
  Matrix x;
  int64_t rank = 0;
  std::vector<double> s;
  std::vector<double> residuals;
};

OneLeastSquares solve_least_squares(const Matrix& a, int64_t m, int64_t n, const Matrix& b,
                                    int64_t columns, double rcond) {
  const int64_t k = std::min(m, n);
  const FullSvd f = any_svd(a, m, n, false, true);
  OneLeastSquares out{Matrix(at(n * columns), 0.0), 0, f.s, std::vector<double>(at(columns))};
  const double cutoff = rcond * (k == 0 ? 0.0 : f.s[0]);
  for (double v : f.s) out.rank += v > cutoff ? 1 : 0;
  for (int64_t l = 0; l < out.rank; ++l) {  // x += v_l (u_l . b) / s_l
    for (int64_t c = 0; c < columns; ++c) {
      double projection = 0;
      for (int64_t r = 0; r < m; ++r) projection += f.u[at(r * k + l)] * b[at(r * columns + c)];
      projection /= f.s[at(l)];
      for (int64_t r = 0; r < n; ++r)
        out.x[at(r * columns + c)] += f.vt[at(l * n + r)] * projection;
    }
  }
  for (int64_t c = 0; c < columns; ++c) {
    double squares = 0;
    for (int64_t r = 0; r < m; ++r) {
      double error = b[at(r * columns + c)];
      for (int64_t j = 0; j < n; ++j) error -= a[at(r * n + j)] * out.x[at(j * columns + c)];
      squares += error * error;
    }
    out.residuals[at(c)] = squares;
  }
  return out;
}

}  // namespace

Lstsq lstsq(const Array& a, const Array& b, std::optional<double> rcond) {
  const bool vector = b.ndim() == 1;
  const Array rhs = vector ? reshape(b, {b.dim(0), 1}) : b;
  const int64_t m = a.dim(0), n = a.dim(1), k = std::min(m, n), columns = rhs.dim(1);
  const bool single = a.dtype() == DType::Float32 && b.dtype() == DType::Float32;
  const DType dtype = single ? DType::Float32 : DType::Float64;
  const OneLeastSquares f =
      solve_least_squares(Stack(a).matrix(0), m, n, Stack(rhs).matrix(0), columns,
                          rcond.value_or(kEpsilon * static_cast<double>(std::max(m, n))));
  Array x(DType::Float64, Shape{n, columns});
  std::copy(f.x.begin(), f.x.end(), fill(x));
  // numpy reports residuals only at full column rank with more rows than columns.
  const bool with_residuals = f.rank == n && m > n;
  Array residuals(DType::Float64, Shape{with_residuals ? columns : 0});
  if (with_residuals) std::copy(f.residuals.begin(), f.residuals.end(), fill(residuals));
  Array s(DType::Float64, Shape{k});
  std::copy(f.s.begin(), f.s.end(), fill(s));
  const Array solution = vector ? reshape(x, {n}) : x;
  return {finish(solution, dtype), finish(residuals, dtype), scalar_int(f.rank, DType::Int32),
          finish(s, dtype)};
}

Array least_squares_stack(const Array& a, const Array& b, double rcond, Array& rank, Rules rules) {
  const auto [stacked_a, stacked_b] = broadcast_stacks(a, b, rules);
  const Stack left(stacked_a);
  const Stack right(stacked_b);
  const int64_t m = left.rows, n = left.cols, columns = right.cols;
  Array x(DType::Float64, right.shape({n, columns}));
  rank = Array(DType::Int64, left.batch);
  for (int64_t i = 0; i < left.count; ++i) {
    const OneLeastSquares f =
        solve_least_squares(left.matrix(i), m, n, right.matrix(i), columns, rcond);
    std::copy(f.x.begin(), f.x.end(), fill(x) + i * n * columns);
    rank.data<int64_t>()[i] = f.rank;
  }
  return finish(x, decomposition_dtype(a.dtype()));
}

}  // namespace ingot::rt::tensor
