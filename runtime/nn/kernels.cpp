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
#include "runtime/tensor/simd.h"

// Each hot loop is compiled for the x86-64 baseline, AVX2 (v3) and AVX-512 (v4); the loader
// picks the clone the machine runs. (runtime/tensor/simd.h does the same for v3 alone.)
#if defined(__x86_64__) && defined(__GNUC__) && !defined(INGOT_NO_TARGET_CLONES)
#define INGOT_NN_CLONES \
  __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define INGOT_NN_CLONES
#endif

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

// A block of up to 4 rows of `in` by up to 4 rows of `weight`: each dot product keeps its
// own eight-lane accumulator over k, then sums its lanes and adds the tail. Every element
// gets exactly the sequence of operations `dot` performs, whatever the block's size.
template <int Rows, int Cols>
[[gnu::always_inline]] inline void dot_block(const float* in, const float* weight, int64_t k,
                                             const float* bias, float* out, int64_t out_stride) {
  Lanes acc[Rows][Cols] = {};
  const int64_t k8 = k - k % 8;
  for (int64_t p = 0; p < k8; p += 8) {
    Lanes w[Cols];
    for (int c = 0; c < Cols; ++c) w[c] = load(weight + c * k + p);
    for (int r = 0; r < Rows; ++r) {
      const Lanes x = load(in + r * k + p);
      for (int c = 0; c < Cols; ++c) acc[r][c] += x * w[c];
    }
  }
  for (int r = 0; r < Rows; ++r) {
    for (int c = 0; c < Cols; ++c) {
      float sum = sum_lanes(acc[r][c]);
      for (int64_t p = k8; p < k; ++p) sum += in[r * k + p] * weight[c * k + p];
      out[r * out_stride + c] = bias ? sum + bias[c] : sum;
    }
  }
}

template <int Rows>
[[gnu::always_inline]] inline void dot_row_block(const float* in, const float* weight, int64_t k,
                                                 const float* bias, float* out, int64_t n,
                                                 int64_t j0, int64_t j1) {
  int64_t j = j0;
  for (; j + 4 <= j1; j += 4) {
    dot_block<Rows, 4>(in, weight + j * k, k, bias ? bias + j : nullptr, out + j, n);
  }
  for (; j < j1; ++j)
    dot_block<Rows, 1>(in, weight + j * k, k, bias ? bias + j : nullptr, out + j, n);
}

// One tile: rows [i0, i1) of the output by columns [j0, j1).
INGOT_NN_CLONES
void linear_tile(const float* in, int64_t k, const float* weight, const float* bias, int64_t n,
                 float* out, int64_t i0, int64_t i1, int64_t j0, int64_t j1) {
  int64_t i = i0;
  for (; i + 4 <= i1; i += 4) dot_row_block<4>(in + i * k, weight, k, bias, out + i * n, n, j0, j1);
  for (; i < i1; ++i) dot_row_block<1>(in + i * k, weight, k, bias, out + i * n, n, j0, j1);
}

INGOT_NN_CLONES
float dot_kernel(const float* a, const float* b, int64_t n) {
  float out;
  dot_block<1, 1>(a, b, n, nullptr, &out, 1);
  return out;
}

}  // namespace

void linear(const float* in, int64_t rows, int64_t in_features, const float* weight,
            const float* bias, int64_t out_features, float* out) {
  // Tiles of 32 rows by 32 weight rows: a tile's weights (32 x k floats) stay in cache
  // while its rows stream past, and even one short sentence gives every thread work.
  constexpr int64_t kTileRows = 32, kTileCols = 32;
  const int64_t row_tiles = (rows + kTileRows - 1) / kTileRows;
  const int64_t col_tiles = (out_features + kTileCols - 1) / kTileCols;
  parallel_for(row_tiles * col_tiles, [&](int64_t tile) {
    const int64_t i0 = (tile % row_tiles) * kTileRows, j0 = (tile / row_tiles) * kTileCols;
    linear_tile(in, in_features, weight, bias, out_features, out, i0,
                std::min(rows, i0 + kTileRows), j0, std::min(out_features, j0 + kTileCols));
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
