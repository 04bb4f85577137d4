#include "runtime/tensor/loss.h"

#include <cmath>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/core/errors.h"
#include "runtime/tensor/elementwise.h"
#include "runtime/tensor/index.h"
#include "runtime/tensor/nn.h"
#include "runtime/tensor/reduce.h"
#include "runtime/tensor/shape.h"

namespace ingot::rt::tensor {

namespace {

constexpr Rules kTorch = Rules::Torch;

Array add(const Array& a, const Array& b) { return binary(BinaryOp::Add, a, b, kTorch); }
Array subtract(const Array& a, const Array& b) { return binary(BinaryOp::Subtract, a, b, kTorch); }
Array multiply(const Array& a, const Array& b) { return binary(BinaryOp::Multiply, a, b, kTorch); }
Array times(double k, const Array& a) {
  return binary(BinaryOp::Multiply, Scalar::from_float(k), a, kTorch);
}
Array plus(const Array& a, double k) {
  return binary(BinaryOp::Add, a, Scalar::from_float(k), kTorch);
}
Array total(const Array& a) { return reduce(ReduceOp::Sum, a, std::nullopt, {false, 0, kTorch}); }
Array total_over(const Array& a, int64_t axis) {
  return reduce(ReduceOp::Sum, a, std::vector<int64_t>{axis}, {false, 0, kTorch});
}
Array divide(const Array& a, const Array& b) { return binary(BinaryOp::TrueDivide, a, b, kTorch); }

Array reduced(const Array& loss, LossReduction reduction) {
  switch (reduction) {
    case LossReduction::None:
      return loss;
    case LossReduction::Sum:
      return total(loss);
    case LossReduction::Mean:
      return reduce(ReduceOp::Mean, loss, std::nullopt, {false, 0, kTorch});
    case LossReduction::BatchMean: {
      const double batch = loss.ndim() == 0 ? 1.0 : static_cast<double>(loss.shape()[0]);
      return binary(BinaryOp::TrueDivide, total(loss), Scalar::from_float(batch), kTorch);
    }
  }
  return loss;
}

std::string torch_size(const Shape& shape) { return "torch.Size(" + torch_shape_str(shape) + ")"; }

// The class dimension of a classifier's scores: 0 for one sample's (C), else 1.
int64_t class_dim(const Array& input) { return input.ndim() == 1 ? 0 : 1; }

// Weights of shape (C) laid along the class dimension of `input`, to broadcast against it.
Array along_classes(const Array& weight, const Array& input) {
  Shape shape(static_cast<size_t>(input.ndim()), 1);
  shape[static_cast<size_t>(class_dim(input))] = weight.size();
  return reshape(weight, shape);
}

void check_weight(const Array* weight, int64_t classes) {
  if (weight && weight->size() != classes) {
    raise(ExcKind::RuntimeError, "weight tensor should be defined either for all " +
                                     std::to_string(classes) +
                                     " classes or no classes but got weight tensor of shape: " +
                                     torch_shape_str(weight->shape()));
  }
}

// torch's shape and dtype checks of nll_loss's input and target.
void check_nll_operands(const Array& input, const Array& target) {
  if (input.ndim() < 1) {
    raise(ExcKind::ValueError,
          "Expected 1 or more dimensions (got " + std::to_string(input.ndim()) + ")");
  }
  if (input.ndim() != 1 && (target.ndim() == 0 || input.shape()[0] != target.shape()[0])) {
    raise(ExcKind::ValueError, "Expected input batch_size (" + std::to_string(input.shape()[0]) +
                                   ") to match target batch_size (" +
                                   std::to_string(target.ndim() == 0 ? 0 : target.shape()[0]) +
                                   ").");
  }
  if (target.dtype() != DType::Int64 && target.dtype() != DType::UInt8) {
    raise(ExcKind::RuntimeError, "expected target dtype to be Long or Byte, but got " +
                                     std::string(torch_scalar_name(target.dtype())));
  }
  if (input.ndim() <= 2 && target.ndim() > 1) {
    raise(ExcKind::RuntimeError, "0D or 1D target tensor expected, multi-target not supported");
  }
  if (input.ndim() > 2) {
    Shape expected{input.shape()[0]};
    expected.insert(expected.end(), input.shape().begin() + 2, input.shape().end());
    if (expected != target.shape()) {
      raise(ExcKind::RuntimeError, "Expected target size " + torch_shape_str(expected) + ", got " +
                                       torch_shape_str(target.shape()));
    }
  }
}

// The positions of `target` that ignore_index leaves out, as a bool array of its shape.
Array ignored(const Array& target, int64_t ignore_index) {
  return binary(BinaryOp::Equal, target, Scalar::from_int(ignore_index), kTorch);
}

void require_float_scores(const Array& input) {
  if (is_float(input.dtype())) return;
  const char* kernel = class_dim(input) == input.ndim() - 1 ? "log_softmax_lastdim_kernel_impl"
                                                            : "log_softmax_kernel_impl";
  raise(ExcKind::NotImplementedError, "\"" + std::string(kernel) + "\" not implemented for '" +
                                          std::string(torch_scalar_name(input.dtype())) + "'");
}

}  // namespace

LossReduction loss_reduction(std::string_view name, bool batchmean_allowed) {
  if (name == "none") return LossReduction::None;
  if (name == "mean") return LossReduction::Mean;
  if (name == "sum") return LossReduction::Sum;
  if (name == "batchmean" && batchmean_allowed) return LossReduction::BatchMean;
  raise(ExcKind::ValueError, std::string(name) + " is not a valid value for reduction");
}

Array mse_loss(const Array& input, const Array& target, LossReduction reduction) {
  const Array difference = subtract(input, target);
  return reduced(multiply(difference, difference), reduction);
}

Array l1_loss(const Array& input, const Array& target, LossReduction reduction) {
  return reduced(unary(UnaryOp::Abs, subtract(input, target), kTorch), reduction);
}

Array smooth_l1_loss(const Array& input, const Array& target, LossReduction reduction,
                     double beta) {
  if (beta < 0) {
    raise(ExcKind::RuntimeError, "smooth_l1_loss does not support negative values for beta.");
  }
  if (beta == 0) return l1_loss(input, target, reduction);
  const Array difference = subtract(input, target);
  const Array distance = unary(UnaryOp::Abs, difference, kTorch);
  const Array near = binary(BinaryOp::Less, distance, Scalar::from_float(beta), kTorch);
  const Array quadratic = times(0.5 / beta, multiply(difference, difference));
  const Array linear = plus(distance, -0.5 * beta);
  return reduced(where(near, quadratic, linear, kTorch), reduction);
}

Array huber_loss(const Array& input, const Array& target, LossReduction reduction, double delta) {
  if (delta <= 0) {
    raise(ExcKind::RuntimeError, "huber_loss does not support non-positive values for delta.");
  }
  const Array difference = subtract(input, target);
  const Array distance = unary(UnaryOp::Abs, difference, kTorch);
  const Array near = binary(BinaryOp::Less, distance, Scalar::from_float(delta), kTorch);
  const Array quadratic = times(0.5, multiply(difference, difference));
  const Array linear = times(delta, plus(distance, -0.5 * delta));
  return reduced(where(near, quadratic, linear, kTorch), reduction);
}

Array binary_cross_entropy(const Array& input, const Array& target, const Array* weight,
                           LossReduction reduction) {
  if (input.shape() != target.shape()) {
    raise(ExcKind::ValueError, "Using a target size (" + torch_size(target.shape()) +
                                   ") that is different to the input size (" +
                                   torch_size(input.shape()) +
                                   ") is deprecated. Please ensure they have the same size.");
  }
  const Array outside =
      unary(UnaryOp::LogicalNot,
            binary(BinaryOp::LogicalAnd,
                   binary(BinaryOp::GreaterEqual, input, Scalar::from_int(0), kTorch),
                   binary(BinaryOp::LessEqual, input, Scalar::from_int(1), kTorch), kTorch),
            kTorch);
  if (reduce(ReduceOp::Any, outside, std::nullopt).element_as_int(0) != 0) {
    raise(ExcKind::RuntimeError, "all elements of input should be between 0 and 1");
  }
  // torch clamps each log at -100, so a probability of exactly 0 or 1 gives a finite loss.
  const auto clamped_log = [](const Array& p) {
    return binary(BinaryOp::Maximum, unary(UnaryOp::Log, p, kTorch), Scalar::from_float(-100.0),
                  kTorch);
  };
  const Array one_minus_input = binary(BinaryOp::Subtract, Scalar::from_int(1), input, kTorch);
  const Array one_minus_target = binary(BinaryOp::Subtract, Scalar::from_int(1), target, kTorch);
  Array loss = times(-1.0, add(multiply(target, clamped_log(input)),
                               multiply(one_minus_target, clamped_log(one_minus_input))));
  if (weight) loss = multiply(loss, *weight);
  return reduced(loss, reduction);
}

Array binary_cross_entropy_with_logits(const Array& input, const Array& target, const Array* weight,
                                       const Array* pos_weight, LossReduction reduction) {
  if (input.shape() != target.shape()) {
    raise(ExcKind::ValueError, "Target size (" + torch_size(target.shape()) +
                                   ") must be the same as input size (" +
                                   torch_size(input.shape()) + ")");
  }
  // (1 - y) x + w_pos (log(1 + exp(-|x|)) + max(-x, 0)), w_pos = 1 + (pos_weight - 1) y:
  // -log(sigmoid(x)) without overflow for large |x|.
  const Array one_minus_target = binary(BinaryOp::Subtract, Scalar::from_int(1), target, kTorch);
  const Array softplus_negative = add(
      unary(UnaryOp::Log1p,
            unary(UnaryOp::Exp, times(-1.0, unary(UnaryOp::Abs, input, kTorch)), kTorch), kTorch),
      binary(BinaryOp::Maximum, times(-1.0, input), Scalar::from_int(0), kTorch));
  Array positive = softplus_negative;
  if (pos_weight) {
    const Array scale = plus(multiply(plus(*pos_weight, -1.0), target), 1.0);
    positive = multiply(scale, softplus_negative);
  }
  Array loss = add(multiply(one_minus_target, input), positive);
  if (weight) loss = multiply(loss, *weight);
  return reduced(loss, reduction);
}

Array nll_loss(const Array& input, const Array& target, const Array* weight, int64_t ignore_index,
               LossReduction reduction) {
  check_nll_operands(input, target);
  const int64_t classes = input.shape()[static_cast<size_t>(class_dim(input))];
  check_weight(weight, classes);
  // Samples as rows of `classes` scores, in target's order.
  const Array rows = contiguous(as_dtype(
      reshape(input.ndim() > 2 ? moveaxis(input, 1, -1) : input, {-1, classes}), DType::Float64));
  const Array labels = contiguous(as_dtype(reshape(target, {-1}), DType::Int64));
  const Array weights =
      weight ? contiguous(as_dtype(reshape(*weight, {-1}), DType::Float64)) : Array();
  Array losses(DType::Float64, {labels.size()});
  double loss_sum = 0, weight_sum = 0;
  for (int64_t m = 0; m < labels.size(); ++m) {
    const int64_t label = labels.data<int64_t>()[m];
    double& loss = losses.data<double>()[m];
    loss = 0;
    if (label == ignore_index) continue;
    if (label < 0 || label >= classes) {
      raise(ExcKind::IndexError, "Target " + std::to_string(label) + " is out of bounds.");
    }
    const double w = weight ? weights.data<double>()[label] : 1.0;
    loss = -w * rows.data<double>()[m * classes + label];
    loss_sum += loss;
    weight_sum += w;
  }
  switch (reduction) {
    case LossReduction::None:
      return as_dtype(reshape(losses, target.shape()), input.dtype());
    case LossReduction::Sum:
      return scalar(loss_sum, input.dtype());
    default:
      return scalar(loss_sum / weight_sum, input.dtype());
  }
}

Array cross_entropy(const Array& input, const Array& target, const Array* weight,
                    int64_t ignore_index, LossReduction reduction, double label_smoothing) {
  if (!(label_smoothing >= 0.0 && label_smoothing <= 1.0)) {
    std::ostringstream got;  // as torch's check streams the double
    got << label_smoothing;
    raise(ExcKind::RuntimeError, "label_smoothing must be between 0.0 and 1.0. Got: " + got.str());
  }
  require_float_scores(input);
  const int64_t dim = class_dim(input);
  const int64_t classes = input.ndim() == 0 ? 1 : input.shape()[static_cast<size_t>(dim)];
  const Array log_probabilities = log_softmax(input, dim);
  if (input.shape() == target.shape()) {  // class probabilities
    if (!is_float(target.dtype())) {
      raise(ExcKind::RuntimeError,
            "Expected floating point type for target with class probabilities, got " +
                std::string(torch_scalar_name(target.dtype())));
    }
    check_weight(weight, classes);
    Array probabilities = target;
    if (label_smoothing > 0) {
      probabilities = plus(times(1.0 - label_smoothing, target),
                           label_smoothing / static_cast<double>(classes));
    }
    Array terms = multiply(log_probabilities, probabilities);
    if (weight) terms = multiply(terms, along_classes(*weight, input));
    const Array loss = times(-1.0, total_over(terms, dim));
    if (reduction != LossReduction::Mean) return reduced(loss, reduction);
    const double samples = static_cast<double>(input.size()) / static_cast<double>(classes);
    return binary(BinaryOp::TrueDivide, total(loss), Scalar::from_float(samples), kTorch);
  }
  Array nll = nll_loss(log_probabilities, target, weight, ignore_index, reduction);
  if (label_smoothing <= 0) return nll;
  // The smoothing term: every class's weighted log-probability, ignored targets left out.
  const Array weighted =
      weight ? multiply(log_probabilities, along_classes(*weight, input)) : log_probabilities;
  const Array skip = ignored(target, ignore_index);
  const Array smooth =
      where(skip, scalar(0.0, input.dtype()), times(-1.0, total_over(weighted, dim)), kTorch);
  Array smooth_reduced = smooth;
  if (reduction == LossReduction::Sum) smooth_reduced = total(smooth);
  if (reduction == LossReduction::Mean) {
    const Array kept = unary(UnaryOp::LogicalNot, skip, kTorch);
    Array denominator = total(kept);
    if (weight) {
      const Array labels = where(kept, target, scalar_int(0, target.dtype()), kTorch);
      const Array label_weights = reshape(take(*weight, reshape(labels, {-1}), 0), {-1});
      denominator = total(multiply(label_weights, reshape(kept, {-1})));
    }
    smooth_reduced = divide(total(smooth), denominator);
  }
  return add(times(1.0 - label_smoothing, nll),
             times(label_smoothing / static_cast<double>(classes), smooth_reduced));
}

Array kl_div(const Array& input, const Array& target, LossReduction reduction, bool log_target) {
  Array loss;
  if (log_target) {
    loss = multiply(unary(UnaryOp::Exp, target, kTorch), subtract(target, input));
  } else {
    // xlogy(target, target): 0 where the target is 0, where log would give -inf.
    const Array zero = binary(BinaryOp::Equal, target, Scalar::from_int(0), kTorch);
    const Array entropy_term = where(zero, scalar(0.0, target.dtype()),
                                     multiply(target, unary(UnaryOp::Log, target, kTorch)), kTorch);
    loss = subtract(entropy_term, multiply(target, input));
  }
  return reduced(loss, reduction);
}

}  // namespace ingot::rt::tensor
