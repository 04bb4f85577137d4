#include "runtime/nn/kernels.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/core/errors.h"
#include "runtime/nn/gemm_amx.h"
#include "runtime/nn/thread_pool.h"
#include "runtime/tensor/gemm.h"
#include "runtime/tensor/simd.h"

// The eight-lane vectors below never cross a function boundary that is not inlined, so the
// ABI note GCC gives for passing them without AVX does not apply.
#pragma GCC diagnostic ignored "-Wpsabi"

namespace ingot::rt::nn {

namespace {

// Eight float lanes; GCC lowers the arithmetic to whatever vector unit the clone targets.
typedef float Lanes __attribute__((vector_size(32)));

[[gnu::always_inline]] inline Lanes load(const float* p) {
  Lanes v;
  __builtin_memcpy(&v, p, sizeof v);
  return v;
}

// The eight lanes summed pairwise, in a fixed order.
[[gnu::always_inline]] inline float sum_lanes(Lanes v) {
  return ((v[0] + v[4]) + (v[1] + v[5])) + ((v[2] + v[6]) + (v[3] + v[7]));
}

// Each element of a dot product in its own lane, then the lanes summed and the tail added.
[[gnu::always_inline]] inline float dot_lanes(const float* a, const float* b, int64_t n) {
  Lanes acc = {};
  const int64_t n8 = n - n % 8;
  for (int64_t p = 0; p < n8; p += 8) acc += load(a + p) * load(b + p);
  float sum = sum_lanes(acc);
  for (int64_t p = n8; p < n; ++p) sum += a[p] * b[p];
  return sum;
}

INGOT_SIMD_CLONES
float dot_kernel(const float* a, const float* b, int64_t n) { return dot_lanes(a, b, n); }

}  // namespace

void linear(const float* in, int64_t rows, int64_t in_features, const float* weight,
            const float* bias, int64_t out_features, float* out) {
  // The runtime's one GEMM (runtime/tensor/gemm.h) on tiles of 96 rows by 144 weight rows,
  // spread over the threads: big enough for its packing to pay, small enough that even one
  // short sentence gives every thread work, and whole register tiles of every SIMD level
  // (8 x 48, 6 x 16, 4 x 8), so that none is padding. It computes each element the same way
  // wherever the tiles fall, so the split cannot change a result.
  constexpr int64_t kTileRows = 96, kTileCols = 144;
  const int64_t row_tiles = (rows + kTileRows - 1) / kTileRows;
  const int64_t col_tiles = (out_features + kTileCols - 1) / kTileCols;
  parallel_for(row_tiles * col_tiles, [&](int64_t tile) {
    const int64_t i0 = (tile % row_tiles) * kTileRows, j0 = (tile / row_tiles) * kTileCols;
    const int64_t tile_rows = std::min(kTileRows, rows - i0);
    const int64_t tile_cols = std::min(kTileCols, out_features - j0);
    float* tile_out = out + i0 * out_features + j0;
    // weightᵀ: element (p, j) of B is weight[j][p].
    tensor::gemm(tile_rows, tile_cols, in_features,
                 tensor::MatrixView<float>{in + i0 * in_features, in_features, 1},
                 tensor::MatrixView<float>{weight + j0 * in_features, 1, in_features}, tile_out,
                 out_features);
    if (bias == nullptr) return;
    for (int64_t i = 0; i < tile_rows; ++i) {
      for (int64_t j = 0; j < tile_cols; ++j) tile_out[i * out_features + j] += bias[j0 + j];
    }
  });
}

bool linear_uses_amx(const Weight& weight) {
  const char* mode = std::getenv("INGOT_MATMUL");
  const std::string_view choice = mode ? mode : "auto";
  if (choice != "auto" && choice != "amx" && choice != "float32") {
    raise(ExcKind::ValueError,
          "INGOT_MATMUL is '" + std::string(choice) + "'; it must be auto, amx or float32");
  }
  if (choice == "float32" || !amx::available()) return false;
  return choice == "amx" || weight.stored_dtype() == WeightDType::BF16;
}

void linear(const float* in, int64_t rows, int64_t in_features, const Weight& weight,
            const float* bias, int64_t out_features, float* out) {
  if (linear_uses_amx(weight)) {
    amx::linear(in, rows, in_features, weight.amx_packed(), bias, out);
  } else {
    linear(in, rows, in_features, weight.data(), bias, out_features, out);
  }
}

float dot(const float* a, const float* b, int64_t n) { return dot_kernel(a, b, n); }

void layer_norm(float* x, int64_t rows, int64_t width, const float* weight, const float* bias,
                float eps) {
  for (int64_t r = 0; r < rows; ++r) {
    float* row = x + r * width;
    double sum = 0;
    for (int64_t i = 0; i < width; ++i) sum += row[i];
    const float mean = float(sum / double(width));
    double squares = 0;
    for (int64_t i = 0; i < width; ++i) squares += double(row[i] - mean) * double(row[i] - mean);
    const float inv_std = float(1.0 / std::sqrt(squares / double(width) + double(eps)));
    for (int64_t i = 0; i < width; ++i) row[i] = (row[i] - mean) * inv_std * weight[i] + bias[i];
  }
}

void rms_norm_one_plus(float* x, int64_t rows, int64_t width, const float* weight, float eps) {
  for (int64_t r = 0; r < rows; ++r) {
    float* row = x + r * width;
    double squares = 0;
    for (int64_t i = 0; i < width; ++i) squares += double(row[i]) * double(row[i]);
    const float inv_rms = float(1.0 / std::sqrt(squares / double(width) + double(eps)));
    for (int64_t i = 0; i < width; ++i) row[i] = (row[i] * inv_rms) * (1.0f + weight[i]);
  }
}

namespace {

// f applied to every element, in chunks spread over the threads (each element on its own,
// so the split cannot change a result).
template <typename F>
void for_each_parallel(std::span<float> x, F f) {
  constexpr int64_t kChunk = 16384;
  const auto size = int64_t(x.size());
  parallel_for((size + kChunk - 1) / kChunk, [&](int64_t chunk) {
    const int64_t end = std::min(size, (chunk + 1) * kChunk);
    for (int64_t i = chunk * kChunk; i < end; ++i) x[size_t(i)] = f(x[size_t(i)]);
  });
}

}  // namespace

void gelu_erf(std::span<float> x) {
  for_each_parallel(x, [](float v) { return 0.5f * v * (1.0f + std::erf(v * float(M_SQRT1_2))); });
}

void gelu_tanh(std::span<float> x) {
  const float k = float(std::sqrt(2.0 / M_PI));
  for_each_parallel(
      x, [k](float v) { return 0.5f * v * (1.0f + std::tanh(k * (v + 0.044715f * v * v * v))); });
}

void relu(std::span<float> x) {
  for (float& v : x) v = std::max(v, 0.0f);
}

void tanh_in_place(std::span<float> x) {
  for (float& v : x) v = std::tanh(v);
}

void add_in_place(std::span<float> x, std::span<const float> y) {
  for (size_t i = 0; i < x.size(); ++i) x[i] += y[i];
}

void softmax(float* scores, int64_t n) {
  float max = scores[0];
  for (int64_t i = 1; i < n; ++i) max = std::max(max, scores[i]);
  float sum = 0;
  for (int64_t i = 0; i < n; ++i) {
    scores[i] = std::exp(scores[i] - max);
    sum += scores[i];
  }
  for (int64_t i = 0; i < n; ++i) scores[i] /= sum;
}

}  // namespace ingot::rt::nn

namespace ingot::rt::nn {

PackedBatch pack(const std::vector<int64_t>& attention_mask, int64_t batch, int64_t length) {
  PackedBatch packed{batch, length, {0}, {}, {}};
  for (int64_t b = 0; b < batch; ++b) {
    for (int64_t i = 0; i < length; ++i) {
      if (attention_mask[size_t(b * length + i)] == 0) continue;
      packed.source.push_back(b * length + i);
      packed.position.push_back(i);
    }
    packed.start.push_back(packed.rows());
  }
  return packed;
}

std::vector<float> unpack(const PackedBatch& packed, const std::vector<float>& rows,
                          int64_t width) {
  std::vector<float> padded(static_cast<size_t>(packed.batch * packed.length * width), 0.0f);
  for (int64_t r = 0; r < packed.rows(); ++r) {
    std::copy_n(rows.begin() + r * width, width, padded.begin() + packed.source[size_t(r)] * width);
  }
  return padded;
}

void attention(const float* q, int64_t q_stride, const float* k, const float* v, int64_t kv_stride,
               const PackedBatch& batch, const AttentionShape& shape, float scale,
               int64_t max_distance, float* out, int64_t out_stride) {
  const int64_t head_dim = shape.head_dim;
  const int64_t group = shape.heads / shape.kv_heads;
  parallel_for(batch.batch * shape.heads, [&](int64_t item) {
    const int64_t b = item / shape.heads, h = item % shape.heads;
    const int64_t kv_h = h / group;
    const int64_t first = batch.start[size_t(b)], end = batch.start[size_t(b) + 1];
    std::vector<float> scores(static_cast<size_t>(end - first));
    std::vector<int64_t> keys(scores.size());
    for (int64_t i = first; i < end; ++i) {
      const float* query = q + i * q_stride + h * head_dim;
      const int64_t position = batch.position[size_t(i)];
      int64_t seen = 0;
      for (int64_t j = first; j < end; ++j) {
        if (max_distance >= 0 && std::abs(position - batch.position[size_t(j)]) > max_distance) {
          continue;
        }
        keys[size_t(seen)] = j;
        scores[size_t(seen)] = dot(query, k + j * kv_stride + kv_h * head_dim, head_dim) * scale;
        ++seen;
      }
      float* result = out + i * out_stride + h * head_dim;
      std::fill(result, result + head_dim, 0.0f);
      softmax(scores.data(), seen);
      for (int64_t s = 0; s < seen; ++s) {
        const float* value = v + keys[size_t(s)] * kv_stride + kv_h * head_dim;
        const float p = scores[size_t(s)];
        for (int64_t d = 0; d < head_dim; ++d) result[d] += p * value[d];
      }
    }
  });
}

}  // namespace ingot::rt::nn
