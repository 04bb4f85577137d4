#include "runtime/nn/gemm_amx.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <memory>

#include "runtime/core/errors.h"
#include "runtime/nn/thread_pool.h"
#include "runtime/tensor/simd.h"

#if defined(__x86_64__) && defined(__linux__)
#define INGOT_AMX 1
#include <cpuid.h>
#include <immintrin.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace ingot::rt::nn::amx {

namespace {

// Products x_i · w_j with i + j above this are below float32's rounding error: left out.
constexpr int kMaxTermOrder = 2;
constexpr int kMaxTerms = 3;

float bf16_value(uint16_t bits) { return std::bit_cast<float>(uint32_t(bits) << 16); }

int64_t round_up(int64_t value, int64_t multiple) {
  return (value + multiple - 1) / multiple * multiple;
}

// The bf16 terms of one row of k floats, padded with zeros to padded_k. Truncation keeps the
// top 8 significant bits; the remainder is exact in float32 and has at most 16, then 8,
// significant bits, so three terms hold all 24 (for |x| >= 2^-110; below, the last term
// falls under bf16's subnormals, which AMX reads as zero anyway, and under 2^-126 is lost).
// Branch-free, so that it vectorizes (and is cloned for AVX2 and AVX-512).
INGOT_SIMD_CLONES void split_row(const float* in, int64_t k, int64_t padded_k, uint16_t* term0,
                                 uint16_t* term1, uint16_t* term2) {
  for (int64_t p = 0; p < k; ++p) {
    const float x = in[p];
    const uint32_t bits = std::bit_cast<uint32_t>(x);
    const bool finite = (bits & 0x7f800000u) != 0x7f800000u;
    const uint16_t t0 = uint16_t(bits >> 16);
    const float rest0 = finite ? x - bf16_value(t0) : 0.0f;
    const uint16_t t1 = uint16_t(std::bit_cast<uint32_t>(rest0) >> 16);
    const float rest1 = rest0 - bf16_value(t1);
    // A NaN whose payload sits in the low bits would truncate to an infinity.
    term0[p] = finite || (bits & 0x007fffffu) == 0 ? t0 : uint16_t(0x7fc0);
    term1[p] = t1;
    term2[p] = uint16_t(std::bit_cast<uint32_t>(rest1) >> 16);
  }
  for (int64_t p = k; p < padded_k; ++p) term0[p] = term1[p] = term2[p] = 0;
}

}  // namespace

void split_bf16(float x, uint16_t terms[3]) { split_row(&x, 1, 1, terms, terms + 1, terms + 2); }

PackedWeight pack(const float* weight, int64_t n, int64_t k) {
  PackedWeight packed;
  packed.n = n;
  packed.k = k;
  packed.column_blocks = round_up(n, 32) / 16;
  packed.k_blocks = round_up(k, 32) / 32;
  // Calls each_row(column, its three term rows) for every column of a block of 16.
  auto split_block = [&](int64_t block, auto each_row) {
    std::vector<uint16_t> terms(size_t(3 * k));
    for (int64_t c = block * 16; c < std::min(n, block * 16 + 16); ++c) {
      split_row(weight + c * k, k, k, terms.data(), terms.data() + k, terms.data() + 2 * k);
      each_row(c, terms.data());
    }
  };
  // As few terms as hold every element exactly (1 for a weight stored as bf16).
  std::vector<int> block_terms(size_t(packed.column_blocks), 1);
  parallel_for(packed.column_blocks, [&](int64_t block) {
    split_block(block, [&](int64_t, const uint16_t* terms) {
      for (int64_t i = k; i < 3 * k; ++i) {
        if (terms[i] != 0)
          block_terms[size_t(block)] = std::max(block_terms[size_t(block)], int(i / k) + 1);
      }
    });
  });
  packed.terms = *std::max_element(block_terms.begin(), block_terms.end());
  const auto plane_size = size_t(packed.column_blocks * packed.k_blocks * 512);
  packed.planes.assign(size_t(packed.terms), std::vector<uint16_t>(plane_size, 0));
  parallel_for(packed.column_blocks, [&](int64_t block) {
    split_block(block, [&](int64_t c, const uint16_t* terms) {
      for (int64_t p = 0; p < k; ++p) {
        // Tile (block, p / 32), its row (p % 32) / 2 holds k pairs of 16 columns.
        const int64_t at =
            (block * packed.k_blocks + p / 32) * 512 + (p % 32) / 2 * 32 + 2 * (c % 16) + p % 2;
        for (int t = 0; t < packed.terms; ++t) {
          packed.planes[size_t(t)][size_t(at)] = terms[t * k + p];
        }
      }
    });
  });
  return packed;
}

#ifdef INGOT_AMX

namespace {

constexpr int kArchReqXcompPerm = 0x1023;  // arch_prctl codes from <asm/prctl.h>
constexpr int kXfeatureXtiledata = 18;

bool cpu_has_amx_bf16() {
  unsigned eax, ebx, ecx, edx;
  if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return false;
  const bool amx_bf16 = edx & (1u << 22), amx_tile = edx & (1u << 24);
  return amx_bf16 && amx_tile;
}

// The tile configuration of the kernel: tiles 0-3 accumulate a 32 × 32 float32 block of the
// output, 4-5 hold 32 rows × 32 k of the input, 6-7 hold 32 k × 32 columns of the weight.
// Every tile is 16 rows of 64 bytes.
struct alignas(64) TileConfig {
  uint8_t palette = 1, start_row = 0;
  uint8_t reserved[14] = {};
  uint16_t bytes_per_row[16] = {};
  uint8_t rows[16] = {};
};

TileConfig kernel_config() {
  TileConfig config;
  for (int t = 0; t < 8; ++t) {
    config.bytes_per_row[t] = 64;
    config.rows[t] = 16;
  }
  return config;
}

// The input as kMaxTerms bf16 planes of rows padded to 32 and k padded to 32 (zeros), one
// after the other in one buffer.
struct SplitInput {
  int64_t stride;      // elements per row
  int64_t plane_size;  // elements per plane
  std::unique_ptr<uint16_t[]> data;
  const uint16_t* plane(int term) const { return data.get() + term * plane_size; }
};

SplitInput split_input(const float* in, int64_t rows, int64_t k) {
  const int64_t stride = round_up(k, 32), padded_rows = round_up(rows, 32);
  SplitInput split{
      stride, padded_rows * stride,
      std::make_unique_for_overwrite<uint16_t[]>(size_t(kMaxTerms * padded_rows * stride))};
  uint16_t* data = split.data.get();
  parallel_for(padded_rows / 32, [&](int64_t block) {
    for (int64_t r = block * 32; r < block * 32 + 32; ++r) {
      uint16_t* term0 = data + r * stride;
      uint16_t* term1 = term0 + split.plane_size;
      uint16_t* term2 = term1 + split.plane_size;
      if (r < rows) {
        split_row(in + r * k, k, stride, term0, term1, term2);
      } else {
        split_row(in, 0, stride, term0, term1, term2);
      }
    }
  });
  return split;
}

// Output rows [row0, row0 + 32) × columns [col0, col0 + 32) over all of k, into `block`
// (32 × 32 float32, row-major).
__attribute__((target("amx-tile,amx-bf16"))) void tile_block(const SplitInput& input,
                                                             const PackedWeight& weight,
                                                             int64_t row0, int64_t col0,
                                                             float* block) {
  static const TileConfig config = kernel_config();
  _tile_loadconfig(&config);
  _tile_zero(0);
  _tile_zero(1);
  _tile_zero(2);
  _tile_zero(3);
  const int64_t in_stride_bytes = input.stride * 2;
  const int64_t column_block = col0 / 16;
  for (int64_t kb = 0; kb < weight.k_blocks; ++kb) {
    // Weight terms outside: a bf16 weight's tiles are loaded once per k block.
    for (int j = 0; j < weight.terms; ++j) {
      const uint16_t* b = weight.planes[size_t(j)].data();
      _tile_loadd(6, b + (column_block * weight.k_blocks + kb) * 512, 64);
      _tile_loadd(7, b + ((column_block + 1) * weight.k_blocks + kb) * 512, 64);
      for (int i = 0; i + j <= kMaxTermOrder; ++i) {
        const uint16_t* a = input.plane(i) + row0 * input.stride + kb * 32;
        _tile_loadd(4, a, in_stride_bytes);
        _tile_loadd(5, a + 16 * input.stride, in_stride_bytes);
        _tile_dpbf16ps(0, 4, 6);
        _tile_dpbf16ps(1, 4, 7);
        _tile_dpbf16ps(2, 5, 6);
        _tile_dpbf16ps(3, 5, 7);
      }
    }
  }
  _tile_stored(0, block, 128);
  _tile_stored(1, block + 16, 128);
  float* lower_rows = block + std::ptrdiff_t{16} * 32;  // rows 16..31
  _tile_stored(2, lower_rows, 128);
  _tile_stored(3, lower_rows + 16, 128);
  _tile_release();
}

}  // namespace

bool available() {
  static const bool usable = [] {
    if (!cpu_has_amx_bf16()) return false;
    return syscall(SYS_arch_prctl, kArchReqXcompPerm, kXfeatureXtiledata) == 0;
  }();
  return usable;
}

void linear(const float* in, int64_t rows, int64_t k, const PackedWeight& weight, const float* bias,
            float* out) {
  const SplitInput input = split_input(in, rows, k);
  const int64_t n = weight.n;
  const int64_t row_blocks = round_up(rows, 32) / 32, column_blocks = weight.column_blocks / 2;
  parallel_for(row_blocks * column_blocks, [&](int64_t item) {
    const int64_t row0 = (item % row_blocks) * 32, col0 = (item / row_blocks) * 32;
    alignas(64) float block[32 * 32];
    tile_block(input, weight, row0, col0, block);
    for (int64_t r = 0; r < std::min<int64_t>(32, rows - row0); ++r) {
      for (int64_t c = 0; c < std::min<int64_t>(32, n - col0); ++c) {
        const float sum = block[r * 32 + c];
        out[(row0 + r) * n + col0 + c] = bias ? sum + bias[col0 + c] : sum;
      }
    }
  });
}

#else

bool available() { return false; }

void linear(const float*, int64_t, int64_t, const PackedWeight&, const float*, float*) {
  raise(ExcKind::RuntimeError, "the AMX kernel was called on a machine without AMX");
}

#endif

}  // namespace ingot::rt::nn::amx
