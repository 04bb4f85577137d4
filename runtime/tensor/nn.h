// The activations and normalizations inference code writes around a model, with torch's
// definitions: softmax, log_softmax, layer_norm, F.normalize, cosine similarity. Computed
// in double and rounded once to the input's dtype.
#pragma once

#include <cstdint>
#include <optional>

#include "runtime/tensor/array.h"

namespace ingot::rt::tensor {

Array softmax(const Array& a, int64_t axis);
Array log_softmax(const Array& a, int64_t axis);
// F.layer_norm(x, normalized_shape, weight, bias, eps): normalized over the trailing
// dimensions `normalized_shape` names, with the biased variance.
Array layer_norm(const Array& a, const Shape& normalized_shape, const Array* weight,
                 const Array* bias, double eps);
// F.normalize(x, p, dim, eps): x / max(||x||_p, eps) along dim.
Array normalize(const Array& a, double p, int64_t dim, double eps);
// F.cosine_similarity(x1, x2, dim, eps): x1.x2 / max(||x1|| ||x2||, eps), broadcast.
Array cosine_similarity(const Array& x1, const Array& x2, int64_t dim, double eps);

}  // namespace ingot::rt::tensor
