// The float32 kernels of the forward pass. Every output element is computed by the same
// sequence of operations whatever the batch around it and whatever thread computes it, so
// an input's embedding is bit-identical in any batch and at any thread count.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "runtime/nn/safetensors.h"

namespace ingot::rt::nn {

// out (rows x out_features) = in (rows x in_features) · weightᵀ + bias, weight stored
// (out_features x in_features) as PyTorch's Linear stores it; bias may be null. The
// product is runtime/tensor's GEMM (runtime/tensor/gemm.h), on tiles spread over the threads.
void linear(const float* in, int64_t rows, int64_t in_features, const float* weight,
            const float* bias, int64_t out_features, float* out);

// The same for a checkpoint's Linear weight, by the kernel the machine and $INGOT_MATMUL
// choose: "auto" (or unset) runs weights stored as bf16 on AMX where the CPU has it and the
// rest on the float32 kernel above; "amx" runs every weight on AMX where the CPU has it;
// "float32" never uses AMX. Both kernels are float32-accurate (gemm_amx.h), and one model on
// one machine always takes the same kernel, whatever the batch. Another value is a
// ValueError.
void linear(const float* in, int64_t rows, int64_t in_features, const Weight& weight,
            const float* bias, int64_t out_features, float* out);

// Whether linear(..., weight, ...) runs `weight` on the AMX kernel here and now.
bool linear_uses_amx(const Weight& weight);

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

// A padded batch with its padding taken out: the tokens the attention mask keeps, sequence
// after sequence, so no layer spends work on padding. Sequence b owns rows
// [start[b], start[b + 1]); row r is token source[r] of the padded (batch x length) layout,
// at position[r] within its sequence (its index there, padding included, as transformers
// numbers positions).
struct PackedBatch {
  int64_t batch = 0, length = 0;
  std::vector<int64_t> start, source, position;
  int64_t rows() const { return int64_t(source.size()); }
};

PackedBatch pack(const std::vector<int64_t>& attention_mask, int64_t batch, int64_t length);

// Rows of `width` values, one per packed row, back in the padded layout (batch, length,
// width); padding rows are zeros.
std::vector<float> unpack(const PackedBatch& packed, const std::vector<float>& rows, int64_t width);

// One multi-head attention over packed sequences. Queries, keys, values and the output are
// packed rows; head h of a row starts at column h * head_dim, and query head h reads
// key/value head h / (heads / kv_heads) (grouped-query attention). A query sees the keys of
// its own sequence, only those at most max_distance positions away on either side when
// max_distance is not negative (bidirectional sliding window). Keys it does not see are
// skipped, not added with a large negative score, so the rest of the batch cannot change a
// sequence's result.
struct AttentionShape {
  int64_t heads, kv_heads, head_dim;
};

// out = softmax(q kᵀ · scale) v per (sequence, head), for every query row.
void attention(const float* q, int64_t q_stride, const float* k, const float* v, int64_t kv_stride,
               const PackedBatch& batch, const AttentionShape& shape, float scale,
               int64_t max_distance, float* out, int64_t out_stride);

}  // namespace ingot::rt::nn
