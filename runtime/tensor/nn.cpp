#include "runtime/tensor/nn.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

#include "runtime/core/errors.h"
#include "runtime/tensor/elementwise.h"
#include "runtime/tensor/linalg.h"
#include "runtime/tensor/reduce.h"
#include "runtime/tensor/shape.h"
#include "runtime/tensor/vector_math.h"

namespace ingot::rt::tensor {

namespace {

void require_float(const Array& a, std::string_view op) {
  if (!is_float(a.dtype())) {
    raise(ExcKind::RuntimeError, "\"" + std::string(op) + "\" not implemented for '" +
                                     std::string(torch_scalar_name(a.dtype())) + "'");
  }
}

// Runs row(in, out, n) over every run of `axis` and returns the results with a's dtype and
// shape. float and double rows go straight from the input to the result; the 16-bit floats
// through a buffer in float (as torch computes them), in place.
template <typename F>
Array along_axis(const Array& a, int64_t axis, F row) {
  const int64_t d = normalize_axis(axis, std::max<int64_t>(a.ndim(), 1));
  const Array moved = contiguous(moveaxis(a, d, -1));  // no copy when the axis is last
  Array out(a.dtype(), moved.shape());
  const int64_t inner = moved.ndim() == 0 ? 1 : moved.shape().back();
  const int64_t outer = inner == 0 ? 0 : moved.size() / inner;
  visit_dtype(a.dtype(), [&]<typename T>() {
    using C = std::conditional_t<std::is_same_v<T, double>, double, float>;
    if constexpr (std::is_same_v<T, C>) {
      for (int64_t r = 0; r < outer; ++r) {
        row(moved.data<T>() + r * inner, out.data<T>() + r * inner, inner);
      }
    } else {
      std::vector<C> buffer(static_cast<std::size_t>(inner));
      for (int64_t r = 0; r < outer; ++r) {
        const T* in = moved.data<T>() + r * inner;
        T* result = out.data<T>() + r * inner;
        for (int64_t i = 0; i < inner; ++i) buffer[i] = static_cast<C>(load(in[i]));
        row(buffer.data(), buffer.data(), inner);
        for (int64_t i = 0; i < inner; ++i) result[i] = cast_value<T>(buffer[i]);
      }
    }
  });
  return moveaxis(out, -1, d);
}

// Row reductions with eight independent lanes: no loop-carried chain through one register,
// and branch-free, so the compiler can vectorize them.
constexpr int kLanes = 8;

// The largest element, NaN if there is one.
template <typename C>
C row_max(const C* x, int64_t n) {
  C lanes[kLanes];
  bool nan = false;
  for (C& lane : lanes) lane = -std::numeric_limits<C>::infinity();
  int64_t i = 0;
  for (; i + kLanes <= n; i += kLanes) {
    for (int k = 0; k < kLanes; ++k) {
      lanes[k] = x[i + k] > lanes[k] ? x[i + k] : lanes[k];
      nan |= x[i + k] != x[i + k];
    }
  }
  for (; i < n; ++i) {
    lanes[0] = x[i] > lanes[0] ? x[i] : lanes[0];
    nan |= x[i] != x[i];
  }
  if (nan) return std::numeric_limits<C>::quiet_NaN();
  return *std::max_element(lanes, lanes + kLanes);
}

// The sum, accumulated in double.
template <typename C>
double row_sum(const C* x, int64_t n) {
  double lanes[kLanes] = {};
  int64_t i = 0;
  for (; i + kLanes <= n; i += kLanes) {
    for (int k = 0; k < kLanes; ++k) lanes[k] += x[i + k];
  }
  for (; i < n; ++i) lanes[0] += x[i];
  double total = 0;
  for (double lane : lanes) total += lane;
  return total;
}

// softmax of a row: the largest value subtracted, exponentials, divided by their sum (in
// double, rounded to the element type). Three vectorized passes for float.
void softmax_row(const float* in, float* out, int64_t n) {
  const float peak = max_floats(in, n);
  divide_floats(out, n, static_cast<float>(exp_shifted_sum(in, peak, out, n)));
}

void softmax_row(const double* in, double* out, int64_t n) {
  const double peak = row_max(in, n);
  for (int64_t i = 0; i < n; ++i) out[i] = std::exp(in[i] - peak);
  const double sum = row_sum(out, n);
  for (int64_t i = 0; i < n; ++i) out[i] /= sum;
}

}  // namespace

Array softmax(const Array& a, int64_t axis) {
  require_float(a, "softmax");
  return along_axis(a, axis, [](const auto* in, auto* out, int64_t n) { softmax_row(in, out, n); });
}

Array log_softmax(const Array& a, int64_t axis) {
  require_float(a, "log_softmax");
  return along_axis(a, axis, []<typename C>(const C* in, C* out, int64_t n) {
    const C peak = row_max(in, n);
    double total = 0;
    for (int64_t i = 0; i < n; ++i) total += std::exp(in[i] - peak);
    // The log of the sum rounded to the element type, as torch takes it: in float32 the
    // sum's rounding shows in a small log.
    const C log_total = std::log(static_cast<C>(total));
    for (int64_t i = 0; i < n; ++i) out[i] = (in[i] - peak) - log_total;
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

// torch's: each side divided by its length (at least eps), then the sum of the products.
Array cosine_similarity(const Array& x1, const Array& x2, int64_t dim, double eps) {
  const Shape shape = broadcast_shapes(x1.shape(), x2.shape(), Rules::Torch);
  const auto unit = [&](const Array& x) {
    const Array lengths = norm(x, 2, dim, true);
    const Array floor =
        binary(BinaryOp::Maximum, lengths, scalar(eps, lengths.dtype()), Rules::Torch);
    return binary(BinaryOp::TrueDivide, x, floor, Rules::Torch);
  };
  const Array a = unit(broadcast_to(x1, shape));
  const Array b = unit(broadcast_to(x2, shape));
  const ReduceOptions options{false, 0, Rules::Torch};
  return reduce(ReduceOp::Sum, binary(BinaryOp::Multiply, a, b, Rules::Torch),
                std::vector<int64_t>{dim}, options);
}

}  // namespace ingot::rt::tensor
