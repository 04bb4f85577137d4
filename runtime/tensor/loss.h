// torch.nn.functional's losses, as evaluation and scoring code calls them (perplexity from
// cross_entropy, distillation gaps from kl_div and mse_loss): each loss element in torch's
// formula, reduced by its `reduction` ("none", "mean", "sum"; kl_div adds "batchmean"),
// with torch's checks and its exception kinds and messages.
#pragma once

#include <string_view>

#include "runtime/tensor/array.h"

namespace ingot::rt::tensor {

enum class LossReduction { None, Mean, Sum, BatchMean };

// The reduction a `reduction=` string names; torch's ValueError for any other.
LossReduction loss_reduction(std::string_view name, bool batchmean_allowed = false);

// Elementwise losses of input against target (broadcast together, as torch does after its
// warning): (x - y)^2, |x - y|, smooth L1 with `beta` and Huber with `delta`.
Array mse_loss(const Array& input, const Array& target, LossReduction reduction);
Array l1_loss(const Array& input, const Array& target, LossReduction reduction);
Array smooth_l1_loss(const Array& input, const Array& target, LossReduction reduction, double beta);
Array huber_loss(const Array& input, const Array& target, LossReduction reduction, double delta);

// Binary cross entropy of probabilities (each log clamped at -100, as torch does) and of
// logits (computed stably; pos_weight scales the positive term). Shapes must match.
Array binary_cross_entropy(const Array& input, const Array& target, const Array* weight,
                           LossReduction reduction);
Array binary_cross_entropy_with_logits(const Array& input, const Array& target, const Array* weight,
                                       const Array* pos_weight, LossReduction reduction);

// Negative log likelihood of log-probabilities `input` ((C), (N, C) or (N, C, d1, ...)) at
// class indices `target` (int64 or uint8: (), (N) or (N, d1, ...)). Targets equal to
// ignore_index count for nothing; "mean" divides by the summed weights of the others.
Array nll_loss(const Array& input, const Array& target, const Array* weight, int64_t ignore_index,
               LossReduction reduction);

// log_softmax over the class dimension, then nll_loss with label smoothing; or, for a
// float target of input's shape, the cross entropy against those class probabilities.
Array cross_entropy(const Array& input, const Array& target, const Array* weight,
                    int64_t ignore_index, LossReduction reduction, double label_smoothing);

// KL divergence of `target` from log-probabilities `input`: target * (log target - input),
// 0 where target is 0 (with log_target, exp(target) * (target - input)).
Array kl_div(const Array& input, const Array& target, LossReduction reduction, bool log_target);

}  // namespace ingot::rt::tensor
