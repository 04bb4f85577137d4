// np.linalg's and torch.linalg's decompositions (runtime/tensor/decompose.h) with each
// library's argument checks, in its order and words, before the factorization: numpy's
// LinAlgError for ranks and non-square matrices and TypeError for float16; torch's
// RuntimeError / NotImplementedError with the op's name.
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/tensor/decompose.h"
#include "runtime/tensor/python.h"

namespace ingot::rt::numpy {

namespace detail {

// numpy's _assert_stacked_2d / _assert_stacked_square, then _commonType's dtype refusal.
inline void check_linalg(const Array& a, bool square) {
  if (a.ndim() < 2) {
    raise(ExcKind::LinAlgError, std::to_string(a.ndim()) +
                                    "-dimensional array given. Array must be at least "
                                    "two-dimensional");
  }
  if (square && a.dim(-1) != a.dim(-2)) {
    raise(ExcKind::LinAlgError, "Last 2 dimensions of the array must be square");
  }
}
inline void check_linalg_dtype(const Array& a) {
  if (a.dtype() == tensor::DType::Float16 || a.dtype() == tensor::DType::BFloat16) {
    raise(ExcKind::TypeError,
          "array type " + std::string(tensor::dtype_name(a.dtype())) + " is unsupported in linalg");
  }
}
inline void check_square(const Array& a) {
  check_linalg(a, true);
  check_linalg_dtype(a);
}

// UPLO as eigh / eigvalsh read it (upper-cased): true for 'U'.
inline bool upper_triangle(const Str& uplo) {
  const std::string_view name = uplo.view();
  if (name == "U" || name == "u") return true;
  if (name != "L" && name != "l") raise(ExcKind::ValueError, "UPLO argument must be 'L' or 'U'");
  return false;
}

inline std::optional<double> optional_float(const NoneType&) { return std::nullopt; }
inline std::optional<double> optional_float(Float v) { return v; }
inline std::optional<double> optional_float(const Optional<Float>& v) {
  return v ? std::optional<double>(*v) : std::nullopt;
}

}  // namespace detail

inline Array inv(const Array& a) {
  detail::check_square(a);
  return tensor::inverse(a);
}

namespace detail {
// "(3,2,2)->(3,newaxis,newaxis)": an operand's shape and its batch part, as numpy's gufunc
// broadcasting error prints them.
inline std::string remapped_shape(const Array& x) {
  std::string original, remapped;
  for (int64_t d = 0; d < x.ndim(); ++d) {
    const std::string size = std::to_string(x.dim(d));
    original += (d ? "," : "") + size;
    remapped += (d ? "," : "") + (d < x.ndim() - 2 ? size : std::string("newaxis"));
  }
  return "(" + original + ")->(" + remapped + ")";
}
// numpy's gufunc refusal when a's and b's stacks of matrices do not broadcast.
inline void check_stacks_broadcast(const Array& a, const Array& b) {
  for (int64_t d = 3; d <= std::min(a.ndim(), b.ndim()); ++d) {
    const int64_t x = a.dim(-d), y = b.dim(-d);
    if (x == y || x == 1 || y == 1) continue;
    raise(ExcKind::ValueError,
          "operands could not be broadcast together with remapped shapes "
          "[original->remapped]: " +
              remapped_shape(a) + " " + remapped_shape(b) + "  and requested shape (" +
              std::to_string(a.dim(-1)) + "," + std::to_string(b.dim(-1)) + ")");
  }
}
}  // namespace detail

// np.linalg.solve: b is one vector per system only when 1-D (numpy 2), else (..., m, k).
inline Array solve(const Array& a, const Array& b) {
  detail::check_square(a);
  detail::check_linalg_dtype(b);
  if (b.ndim() == 0) {
    raise(ExcKind::ValueError,
          "solve: Input operand 1 does not have enough dimensions (has 0, gufunc core with "
          "signature (m,m),(m,n)->(m,n) requires 2)");
  }
  const bool vector = b.ndim() == 1;
  const int64_t m = a.dim(-1);
  const int64_t rows = b.dim(vector ? -1 : -2);
  if (rows != m) {
    raise(ExcKind::ValueError,
          std::string(vector ? "solve1" : "solve") +
              ": Input operand 1 has a mismatch in its core dimension 0, with gufunc signature " +
              (vector ? "(m,m),(m)->(m)" : "(m,m),(m,n)->(m,n)") + " (size " +
              std::to_string(rows) + " is different from " + std::to_string(m) + ")");
  }
  if (!vector) {
    detail::check_stacks_broadcast(a, b);
    return tensor::solve_matrices(a, b);
  }
  const Array x = tensor::solve_matrices(a, tensor::reshape(b, {m, 1}));
  return tensor::reshape(x, tensor::Shape(x.shape().begin(), x.shape().end() - 1));
}

inline Array det(const Array& a) {
  detail::check_square(a);
  return tensor::determinant(a);
}

inline Tuple<Array, Array> slogdet(const Array& a) {
  detail::check_square(a);
  tensor::SignLogDet parts = tensor::sign_logdet(a);
  return Tuple<Array, Array>(parts.sign, parts.logabsdet);
}

inline Array cholesky(const Array& a, Bool upper) {
  detail::check_square(a);
  return tensor::cholesky(a, upper);
}

namespace detail {
// np.linalg.qr's mode, checked before the array as numpy checks it ('raw' and the
// deprecated spellings are not taken).
inline tensor::QrMode qr_mode(const Str& mode) {
  const std::string_view name = mode.view();
  if (name == "reduced") return tensor::QrMode::Reduced;
  if (name == "complete") return tensor::QrMode::Complete;
  if (name == "r") return tensor::QrMode::R;
  if (name == "raw" || name == "f" || name == "full" || name == "e" || name == "economic") {
    raise(ExcKind::NotImplementedError, "np.linalg.qr mode '" + std::string(name) +
                                            "' is not supported: use 'reduced', 'complete' "
                                            "or 'r'");
  }
  raise(ExcKind::ValueError, "Unrecognized mode '" + std::string(name) + "'");
}
inline tensor::QR qr_checked(const Array& a, tensor::QrMode mode) {
  check_linalg(a, false);
  check_linalg_dtype(a);
  return tensor::qr(a, mode);
}
}  // namespace detail

// np.linalg.qr with a mode other than "r" (the type checker sends a literal "r" to qr_r).
inline Tuple<Array, Array> qr(const Array& a, const Str& mode) {
  const tensor::QrMode picked = detail::qr_mode(mode);
  if (picked == tensor::QrMode::R) {
    raise(ExcKind::NotImplementedError,
          "np.linalg.qr(a, mode) returns R alone for mode 'r': write mode=\"r\" as a literal");
  }
  tensor::QR f = detail::qr_checked(a, picked);
  return Tuple<Array, Array>(f.q, f.r);
}
inline Array qr_r(const Array& a, const Str& mode) {
  return detail::qr_checked(a, detail::qr_mode(mode)).r;
}

inline Tuple<Array, Array> eigh(const Array& a, const Str& uplo) {
  const bool upper = detail::upper_triangle(uplo);
  detail::check_square(a);
  tensor::Eigh e = tensor::eigh(a, upper, true);
  return Tuple<Array, Array>(e.values, e.vectors);
}
inline Array eigvalsh(const Array& a, const Str& uplo) {
  const bool upper = detail::upper_triangle(uplo);
  detail::check_square(a);
  return tensor::eigh(a, upper, false).values;
}

// np.linalg.svd; hermitian=True takes it from eigh (so a must be square; full_matrices is
// then ignored, as numpy ignores it).
inline Tuple<Array, Array, Array> svd(const Array& a, Bool full_matrices, Bool, Bool hermitian) {
  if (hermitian) {
    detail::check_square(a);
    tensor::SVD f = tensor::hermitian_svd(a, true);
    return Tuple<Array, Array, Array>(f.u, f.s, f.vt);
  }
  detail::check_linalg(a, false);
  detail::check_linalg_dtype(a);
  tensor::SVD f = tensor::svd(a, full_matrices, true);
  return Tuple<Array, Array, Array>(f.u, f.s, f.vt);
}
// np.linalg.svd(a, compute_uv=False) and np.linalg.svdvals: the singular values alone.
inline Array svd_values(const Array& a, Bool, Bool, Bool hermitian) {
  if (hermitian) {
    detail::check_square(a);
    return tensor::hermitian_svd(a, false).s;
  }
  detail::check_linalg(a, false);
  detail::check_linalg_dtype(a);
  return tensor::svd(a, false, false).s;
}
inline Array svdvals(const Array& a) { return svd_values(a, false, false, false); }

// np.linalg.pinv(a, rcond): rcond None is numpy's 1e-15.
template <class R>
Array pinv(const Array& a, const R& rcond, Bool hermitian) {
  if (a.size() != 0) {
    detail::check_linalg(a, hermitian);
    detail::check_linalg_dtype(a);
  }
  return tensor::pinv(a, detail::optional_float(rcond).value_or(1e-15), hermitian);
}

// np.linalg.matrix_rank: for fewer than 2 dimensions, 1 unless every element is 0.
template <class T, class R>
Array matrix_rank(const Array& a, const T& tol, Bool hermitian, const R& rtol) {
  const std::optional<double> tolerance = detail::optional_float(tol);
  const std::optional<double> relative = detail::optional_float(rtol);
  if (tolerance && relative) raise(ExcKind::ValueError, "`tol` and `rtol` can't be both set.");
  if (a.ndim() < 2) {
    const Array nonzero =
        tensor::binary(tensor::BinaryOp::NotEqual, a, tensor::Scalar::from_int(0));
    const bool any =
        tensor::item_as_double(tensor::reduce(tensor::ReduceOp::Any, nonzero, std::nullopt)) != 0;
    return tensor::scalar_int(any ? 1 : 0, tensor::DType::Int64);
  }
  if (hermitian) detail::check_linalg(a, true);
  detail::check_linalg_dtype(a);
  return tensor::matrix_rank(a, tolerance, relative, hermitian);
}

// np.linalg.lstsq(a, b, rcond): (x, residuals, rank, singular values).
template <class R>
Tuple<Array, Array, Array, Array> lstsq(const Array& a, const Array& b, const R& rcond) {
  const int64_t b_rank = b.ndim() == 1 ? 2 : b.ndim();
  for (const int64_t rank : {a.ndim(), b_rank}) {
    if (rank != 2) {
      raise(ExcKind::LinAlgError,
            std::to_string(rank) + "-dimensional array given. Array must be two-dimensional");
    }
  }
  if (a.dim(0) != b.dim(0)) raise(ExcKind::LinAlgError, "Incompatible dimensions");
  detail::check_linalg_dtype(a);
  detail::check_linalg_dtype(b);
  tensor::Lstsq f = tensor::lstsq(a, b, detail::optional_float(rcond));
  return Tuple<Array, Array, Array, Array>(f.x, f.residuals, f.rank, f.s);
}

}  // namespace ingot::rt::numpy

namespace ingot::rt::torch {

namespace detail {

// torch's checks before a linalg kernel, in its order: at least 2 dims, square (where the op
// wants it), then a float32 / float64 dtype. `low_precision` is the op's message for float16
// and bfloat16, `integer` for the others (empty: torch's common "Expected a floating point
// or complex tensor" words).
struct LinalgChecks {
  std::string_view op;
  bool square = true;
  std::string_view low_precision;  // the message after the dtype name is appended
  std::string_view integer;
};

inline void check_dims(const Array& a, const LinalgChecks& checks) {
  const std::string op(checks.op);
  if (a.ndim() < 2) {
    raise(ExcKind::RuntimeError, op + ": The input tensor A must have at least 2 dimensions.");
  }
  if (checks.square && a.dim(-1) != a.dim(-2)) {
    raise(ExcKind::RuntimeError, op + ": A must be batches of square matrices, but they are " +
                                     std::to_string(a.dim(-2)) + " by " +
                                     std::to_string(a.dim(-1)) + " matrices");
  }
}

inline void check_dtype(const Array& a, const LinalgChecks& checks) {
  const std::string op(checks.op);
  const tensor::DType dtype = a.dtype();
  if (dtype == tensor::DType::Float32 || dtype == tensor::DType::Float64) return;
  const std::string name(tensor::torch_scalar_name(dtype));
  const bool low = dtype == tensor::DType::Float16 || dtype == tensor::DType::BFloat16;
  const std::string_view kernel = low ? checks.low_precision : checks.integer;
  if (!kernel.empty()) {
    raise(ExcKind::NotImplementedError,
          "\"" + std::string(kernel) + "\" not implemented for '" + name + "'");
  }
  if (low) {
    raise(ExcKind::NotImplementedError, op + ": Low precision dtypes not supported. Got " + name);
  }
  raise(ExcKind::NotImplementedError,
        op + ": Expected a floating point or complex tensor as input. Got " + name);
}

// Most ops check the dims, then the dtype; solve, qr and eigh order theirs differently.
inline void check_linalg(const Array& a, const LinalgChecks& checks) {
  check_dims(a, checks);
  check_dtype(a, checks);
}

inline bool upper_triangle(const Str& uplo) {
  const std::string_view name = uplo.view();
  if (name == "U" || name == "u") return true;
  if (name != "L" && name != "l") {
    raise(ExcKind::RuntimeError,
          "Expected UPLO argument to be 'L' or 'U', but got " + std::string(name));
  }
  return false;
}

}  // namespace detail

inline Array linalg_inv(const Array& a) {
  detail::check_linalg(a, {"linalg.inv", true, "", ""});
  return tensor::inverse(a, tensor::Rules::Torch);
}

// torch.linalg.solve(A, B): B is a vector (per matrix) when 1-D or when its shape is A's
// without the last dimension; else (..., m, k). Both of one dtype.
inline Array linalg_solve(const Array& a, const Array& b) {
  // torch checks the dtypes first here.
  if (a.dtype() != b.dtype()) {
    raise(ExcKind::RuntimeError,
          "linalg.solve: Expected A and B to have the same dtype, but found A of type " +
              std::string(tensor::torch_scalar_name(a.dtype())) + " and B of type " +
              std::string(tensor::torch_scalar_name(b.dtype())) + " instead");
  }
  detail::check_dtype(a, {"linalg.solve", true, "lu_cpu", ""});
  detail::check_dims(a, {"linalg.solve", true, "", ""});
  const tensor::Shape leading(a.shape().begin(), a.shape().end() - 1);
  const bool vector = b.ndim() == 1 || (b.ndim() == a.ndim() - 1 && b.shape() == leading);
  const Array rhs = vector ? tensor::expand_dims(b, b.ndim()) : b;
  if (rhs.ndim() < 2 || rhs.dim(-2) != a.dim(-1)) {
    raise(ExcKind::RuntimeError,
          "linalg.solve: Incompatible shapes of A and B for the equation AX = B (" +
              std::to_string(a.dim(-2)) + "x" + std::to_string(a.dim(-1)) + " and " +
              std::to_string(rhs.ndim() < 2 ? 1 : rhs.dim(-2)) + "x" + std::to_string(rhs.dim(-1)) +
              ")");
  }
  const Array x = tensor::solve_matrices(a, rhs, tensor::Rules::Torch);
  return vector ? tensor::squeeze(x, std::vector<int64_t>{-1}) : x;
}

inline Array linalg_det(const Array& a) {
  detail::check_linalg(a, {"linalg.det", true, "lu_cpu", ""});
  return tensor::determinant(a, tensor::Rules::Torch);
}

inline Tuple<Array, Array> linalg_slogdet(const Array& a) {
  detail::check_linalg(a, {"linalg.slogdet", true, "", ""});
  tensor::SignLogDet parts = tensor::sign_logdet(a);
  return Tuple<Array, Array>(parts.sign, parts.logabsdet);
}

inline Array linalg_cholesky(const Array& a, Bool upper) {
  detail::check_linalg(a, {"linalg.cholesky", true, "cholesky_cpu", ""});
  return tensor::cholesky(a, upper, tensor::Rules::Torch);
}

// torch.linalg.qr: mode "r" gives an empty Q.
inline Tuple<Array, Array> linalg_qr(const Array& a, const Str& mode) {
  detail::check_linalg(a, {"linalg.qr", false, "geqrf_cpu", ""});  // before the mode, as torch does
  const std::string_view name = mode.view();
  tensor::QrMode picked = tensor::QrMode::Reduced;
  if (name == "complete") {
    picked = tensor::QrMode::Complete;
  } else if (name == "r") {
    picked = tensor::QrMode::R;
  } else if (name != "reduced") {
    raise(ExcKind::RuntimeError, "qr received unrecognized mode '" + std::string(name) +
                                     "' but expected one of 'reduced' (default), 'r', or "
                                     "'complete'");
  }
  tensor::QR f = tensor::qr(a, picked);
  if (picked == tensor::QrMode::R) f.q = tensor::zeros({0}, f.r.dtype());
  return Tuple<Array, Array>(f.q, f.r);
}

namespace detail {
// torch.linalg.eigh's checks: dims, then UPLO, then the dtype.
inline bool eigh_checked(const Array& a, const Str& uplo) {
  const LinalgChecks checks{"linalg.eigh", true, "linalg_eigh_cpu", "linalg_eigh_cpu"};
  check_dims(a, checks);
  const bool upper = upper_triangle(uplo);
  check_dtype(a, checks);
  return upper;
}
}  // namespace detail

inline Tuple<Array, Array> linalg_eigh(const Array& a, const Str& uplo) {
  tensor::Eigh e = tensor::eigh(a, detail::eigh_checked(a, uplo), true, tensor::Rules::Torch);
  return Tuple<Array, Array>(e.values, e.vectors);
}
inline Array linalg_eigvalsh(const Array& a, const Str& uplo) {
  return tensor::eigh(a, detail::eigh_checked(a, uplo), false, tensor::Rules::Torch).values;
}

inline Tuple<Array, Array, Array> linalg_svd(const Array& a, Bool full_matrices) {
  detail::check_linalg(a, {"linalg.svd", false, "linalg_svd_cpu", ""});
  tensor::SVD f = tensor::svd(a, full_matrices, true, tensor::Rules::Torch);
  return Tuple<Array, Array, Array>(f.u, f.s, f.vt);
}
inline Array linalg_svdvals(const Array& a) {
  detail::check_linalg(a, {"linalg.svd", false, "linalg_svd_cpu", ""});
  return tensor::svd(a, false, false, tensor::Rules::Torch).s;
}

namespace detail {
// torch's default relative tolerance for pinv and matrix_rank: eps of the dtype times
// max(m, n).
inline double default_rtol(const Array& a) {
  const double eps = a.dtype() == tensor::DType::Float32 ? std::numeric_limits<float>::epsilon()
                                                         : std::numeric_limits<double>::epsilon();
  return eps * static_cast<double>(std::max(a.dim(-2), a.dim(-1)));
}
}  // namespace detail

// torch.linalg.pinv(A, *, rtol): singular values at or below rtol * s_max dropped.
template <class R>
Array linalg_pinv(const Array& a, const R& rtol, Bool hermitian) {
  const tensor::DType dtype = a.dtype();
  if (a.ndim() < 2 || (dtype != tensor::DType::Float32 && dtype != tensor::DType::Float64)) {
    raise(ExcKind::RuntimeError,
          "linalg.pinv(" + std::string(tensor::torch_scalar_name(dtype)) + "{" +
              tensor::torch_shape_str(a.shape()) + "}" +
              "): expected a tensor with 2 or more dimensions of float, double, cfloat or "
              "cdouble types");
  }
  if (hermitian) detail::check_linalg(a, {"linalg.pinv", true, "", ""});
  return tensor::pinv(a, numpy::detail::optional_float(rtol).value_or(detail::default_rtol(a)),
                      hermitian);
}

// torch.linalg.matrix_rank(A, *, rtol): the singular values above rtol * s_max (default
// eps * max(m, n) of the dtype), as int64.
template <class R>
Array linalg_matrix_rank(const Array& a, const R& rtol, Bool hermitian) {
  if (a.ndim() < 2) {
    raise(ExcKind::RuntimeError,
          "torch.linalg.matrix_rank: The input tensor input must have at least 2 dimensions.");
  }
  const tensor::DType dtype = a.dtype();
  if (dtype != tensor::DType::Float32 && dtype != tensor::DType::Float64) {
    raise(ExcKind::RuntimeError, "This function doesn't handle types other than float and double");
  }
  return tensor::matrix_rank(a, std::nullopt, numpy::detail::optional_float(rtol), hermitian);
}

// torch.linalg.lstsq(A, B, rcond) as its default CPU driver (gelsy) answers: the
// minimum-norm solution, the rank of each matrix (rcond default: eps of the dtype times
// max(m, n)), and empty residuals and singular values. B is one vector per system when 1-D
// or of A's shape without its last dimension, else a matrix (..., m, k).
template <class R>
Tuple<Array, Array, Array, Array> linalg_lstsq(const Array& a, const Array& b, const R& rcond) {
  if (a.ndim() < 2) {
    raise(ExcKind::RuntimeError, "torch.linalg.lstsq: input must have at least 2 dimensions.");
  }
  if (a.dtype() != b.dtype()) {
    raise(ExcKind::RuntimeError,
          "torch.linalg.lstsq: Expected input and other to have the same dtype, but got "
          "input's dtype " +
              std::string(tensor::torch_scalar_name(a.dtype())) + " and other's dtype " +
              std::string(tensor::torch_scalar_name(b.dtype())));
  }
  if (a.dtype() != tensor::DType::Float32 && a.dtype() != tensor::DType::Float64) {
    raise(ExcKind::RuntimeError, "This function doesn't handle types other than float and double");
  }
  const int64_t extra = a.ndim() - b.ndim();
  if (extra < 0 || extra > 1) {
    raise(ExcKind::RuntimeError,
          "torch.linalg.lstsq: input.dim() must be greater or equal to other.dim() and "
          "(input.dim() - other.dim()) <= 1");
  }
  const tensor::Shape leading(a.shape().begin(), a.shape().end() - 1);
  const bool vector = b.ndim() == 1 || b.shape() == leading;
  const Array rhs = vector ? tensor::expand_dims(b, b.ndim()) : b;
  if (a.dim(-2) != rhs.dim(-2)) {
    raise(ExcKind::RuntimeError, std::string("torch.linalg.lstsq: input.size(-2) should match ") +
                                     (vector ? "other.size(-1)" : "other.size(-2)"));
  }
  // torch broadcasts A's batch dimensions against all but B's last one (so a matrix B with
  // one dimension fewer than A is refused unless those line up), then B's own batch ones.
  const tensor::Shape a_batch(a.shape().begin(), a.shape().end() - 2);
  if (!vector && extra == 1) {
    tensor::broadcast_shapes(a_batch, tensor::Shape(b.shape().begin(), b.shape().end() - 1),
                             tensor::Rules::Torch);
  }
  tensor::broadcast_shapes(a_batch, tensor::Shape(rhs.shape().begin(), rhs.shape().end() - 2),
                           tensor::Rules::Torch);
  const double rtol = numpy::detail::optional_float(rcond).value_or(detail::default_rtol(a));
  Array rank;
  const Array x = tensor::least_squares_stack(a, rhs, rtol, rank, tensor::Rules::Torch);
  const Array empty = tensor::zeros({0}, a.dtype());
  return Tuple<Array, Array, Array, Array>(
      vector ? tensor::squeeze(x, std::vector<int64_t>{-1}) : x, empty, rank, empty);
}

}  // namespace ingot::rt::torch
