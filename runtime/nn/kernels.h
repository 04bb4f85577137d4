// The float32 kernels of the forward pass. Every output element is computed by the same
// sequence of operations whatever the batch around it and whatever thread computes it, so
// an input's embedding is bit-identical in any batch and at any thread count.
#pragma once

#include <cstdint>
#include <span>

namespace ingot::rt::nn {

// out (rows x out_features) = in (rows x in_features) · weightᵀ + bias, weight stored
// (out_features x in_features) as PyTorch's Linear stores it; bias may be null.
void linear(const float* in, int64_t rows, int64_t in_features, const float* weight,
            const float* bias, int64_t out_features, float* out);

// Σ a[i] b[i], summed in a fixed order (eight lanes, then the tail).
float dot(const float* a, const float* b, int64_t n);

// Row-wise normalizations over `width` values, in place.
void layer_norm(float* x, int64_t rows, int64_t width, const float* weight, const float* bias,
                float eps);
// Gemma's RMSNorm: x / sqrt(mean(x²) + eps) · (1 + weight).
void rms_norm_one_plus(float* x, int64_t rows, int64_t width, const float* weight, float eps);

// Activations, element-wise in place.
void gelu_erf(std::span<float> x);
void gelu_tanh(std::span<float> x);
void relu(std::span<float> x);
void tanh_in_place(std::span<float> x);

// x += y, element-wise.
void add_in_place(std::span<float> x, std::span<const float> y);

// Softmax of scores[0..n) in place, in float32 as torch computes it (max subtracted).
void softmax(float* scores, int64_t n);

}  // namespace ingot::rt::nn

namespace ingot::rt::nn {

// The layout of one multi-head attention over a batch of sequences. Queries, keys, values
// and the output are rows of (batch · length); head h of a row starts at column
// h · head_dim, and query head h reads key/value head h / (heads / kv_heads) (grouped-query
// attention).
struct AttentionShape {
  int64_t batch, length, heads, kv_heads, head_dim;
};

// Which keys a query sees: keys whose padding mask is non-zero and, when max_distance is
// not negative, at most max_distance positions away on either side (bidirectional sliding
// window). Keys it does not see are skipped, not added with a large negative score, so the
// padding around a sequence cannot change its result.
struct KeyMask {
  const int64_t* padding;  // batch x length
  int64_t max_distance = -1;
};

// out = softmax(q kᵀ · scale) v per (sequence, head), for every query row.
void attention(const float* q, int64_t q_stride, const float* k, const float* v, int64_t kv_stride,
               const AttentionShape& shape, float scale, const KeyMask& mask, float* out,
               int64_t out_stride);

}  // namespace ingot::rt::nn
