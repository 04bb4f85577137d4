#include "runtime/tensor/nn.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "runtime/core/errors.h"
#include "runtime/tensor/elementwise.h"
#include "runtime/tensor/linalg.h"
#include "runtime/tensor/reduce.h"
#include "runtime/tensor/shape.h"

namespace ingot::rt::tensor {

namespace {

void require_float(const Array& a, std::string_view op) {
  if (!is_float(a.dtype())) {
    raise(ExcKind::RuntimeError, "\"" + std::string(op) + "\" not implemented for '" +
                                     std::string(torch_dtype_name(a.dtype()).substr(6)) + "'");
  }
}

// Runs `row(values, n)` over every run of `axis`, in double, in place; the result has a's
// dtype and shape.
template <typename F>
Array along_axis(const Array& a, int64_t axis, F row) {
  const int64_t d = normalize_axis(axis, std::max<int64_t>(a.ndim(), 1));
  if (a.ndim() == 0) {
    Array one = reshape(astype(a, DType::Float64), {1});
    row(one.data<double>(), 1);
    return astype(reshape(one, {}), a.dtype());
  }
  Array work = astype(moveaxis(a, d, -1), DType::Float64);  // a fresh contiguous copy
  const int64_t inner = a.shape()[d];
  const int64_t outer = inner == 0 ? 0 : work.size() / inner;
  for (int64_t r = 0; r < outer; ++r) row(work.data<double>() + r * inner, inner);
  return astype(moveaxis(work, -1, d), a.dtype());
}

double row_max(const double* x, int64_t n) {
  double peak = -std::numeric_limits<double>::infinity();
  for (int64_t i = 0; i < n; ++i) {
    if (std::isnan(x[i])) return x[i];
    peak = std::max(peak, x[i]);
  }
  return peak;
}

}  // namespace

Array softmax(const Array& a, int64_t axis) {
  require_float(a, "softmax");
  return along_axis(a, axis, [](double* x, int64_t n) {
    const double peak = row_max(x, n);
    double total = 0;
    for (int64_t i = 0; i < n; ++i) total += (x[i] = std::exp(x[i] - peak));
    for (int64_t i = 0; i < n; ++i) x[i] /= total;
  });
}

Array log_softmax(const Array& a, int64_t axis) {
  require_float(a, "log_softmax");
  return along_axis(a, axis, [](double* x, int64_t n) {
    const double peak = row_max(x, n);
    double total = 0;
    for (int64_t i = 0; i < n; ++i) total += std::exp(x[i] - peak);
    const double log_total = std::log(total);
    for (int64_t i = 0; i < n; ++i) x[i] = (x[i] - peak) - log_total;
  });
}

Array layer_norm(const Array& a, const Shape& normalized_shape, const Array* weight,
                 const Array* bias, double eps) {
  require_float(a, "layer_norm");
  const int64_t k = static_cast<int64_t>(normalized_shape.size());
  const bool fits = k <= a.ndim() && std::equal(normalized_shape.begin(), normalized_shape.end(),
                                                a.shape().end() - k);
  if (!fits || k == 0) {
    std::string expected = "[*";
    for (int64_t extent : normalized_shape) expected += ", " + std::to_string(extent);
    raise(ExcKind::RuntimeError, "Given normalized_shape=" + torch_shape_str(normalized_shape) +
                                     ", expected input with shape " + expected +
                                     "], but got input of size" + torch_shape_str(a.shape()));
  }
  for (const Array* param : {weight, bias}) {
    if (param != nullptr && param->shape() != normalized_shape) {
      raise(ExcKind::RuntimeError,
            "Expected weight to be of same shape as normalized_shape, but "
            "got weight of shape " +
                torch_shape_str(param->shape()) +
                " and normalized_shape = " + torch_shape_str(normalized_shape));
    }
  }
  int64_t inner = 1;
  for (int64_t extent : normalized_shape) inner *= extent;
  const Array w = weight ? astype(*weight, DType::Float64) : ones(normalized_shape, DType::Float64);
  const Array b = bias ? astype(*bias, DType::Float64) : zeros(normalized_shape, DType::Float64);
  Array work = astype(a, DType::Float64);
  const int64_t outer = inner == 0 ? 0 : work.size() / inner;
  double* x = work.data<double>();
  for (int64_t r = 0; r < outer; ++r, x += inner) {
    double mean = 0;
    for (int64_t i = 0; i < inner; ++i) mean += x[i];
    mean /= static_cast<double>(inner);
    double variance = 0;
    for (int64_t i = 0; i < inner; ++i) variance += (x[i] - mean) * (x[i] - mean);
    variance /= static_cast<double>(inner);
    const double scale = 1.0 / std::sqrt(variance + eps);
    for (int64_t i = 0; i < inner; ++i) {
      x[i] = (x[i] - mean) * scale * w.data<double>()[i] + b.data<double>()[i];
    }
  }
  return astype(work, a.dtype());
}

Array normalize(const Array& a, double p, int64_t dim, double eps) {
  require_float(a, "normalize");
  const Array lengths = norm(a, p, dim, true);
  const Array floor =
      binary(BinaryOp::Maximum, lengths, scalar(eps, lengths.dtype()), Rules::Torch);
  return binary(BinaryOp::TrueDivide, a, floor, Rules::Torch);
}

Array cosine_similarity(const Array& x1, const Array& x2, int64_t dim, double eps) {
  const Shape shape = broadcast_shapes(x1.shape(), x2.shape(), Rules::Torch);
  const Array a = broadcast_to(x1, shape);
  const Array b = broadcast_to(x2, shape);
  const Axes axes = std::vector<int64_t>{dim};
  const ReduceOptions options{false, 0, Rules::Torch};
  const Array products =
      reduce(ReduceOp::Sum, binary(BinaryOp::Multiply, a, b, Rules::Torch), axes, options);
  const Array lengths = binary(BinaryOp::Multiply, norm(a, 2, dim), norm(b, 2, dim), Rules::Torch);
  const Array floor =
      binary(BinaryOp::Maximum, lengths, scalar(eps, lengths.dtype()), Rules::Torch);
  return binary(BinaryOp::TrueDivide, products, floor, Rules::Torch);
}

}  // namespace ingot::rt::tensor
