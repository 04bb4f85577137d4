// Linear layers on Intel AMX (Advanced Matrix Extensions, Sapphire Rapids and later): tile
// multiplies of bf16 operands accumulated in float32.
//
// Results stay float32-accurate: every float32 operand is split exactly into bf16 terms
// (x = x0 + x1 + x2, each term holding the next 8 significant bits), and the kernel sums
// the products x_i · w_j with i + j ≤ 2 — the terms at least as large as float32's rounding
// error — in float32. A bf16 × bf16 product is exact in float32, so what remains is the
// float32 accumulation error the AVX kernel has too. A weight stored as bf16 (EmbeddingGemma)
// is one term, so its layers cost three bf16 products per multiply-add; a float32 weight is
// three terms and six products.
//
// Each output element is computed by the same sequence of tile operations whatever the
// other rows of its batch and whatever thread runs it, as kernels.h promises.
#pragma once

#include <cstdint>
#include <vector>

namespace ingot::rt::nn::amx {

// Whether this process can run the AMX kernel: the CPU has AMX-TILE and AMX-BF16 and the
// kernel granted the tile data state (Linux's ARCH_REQ_XCOMP_PERM, asked once; a refusal
// means the float32 kernel runs).
bool available();

// A weight (n × k, PyTorch's out × in) as the exact sum of `terms` bf16 planes, each laid
// out as AMX's B operand: blocks of 16 output columns × 32 k values (pairs of k
// interleaved per column), zero-padded to 32 columns and 32 k.
struct PackedWeight {
  int64_t n = 0, k = 0;
  int64_t column_blocks = 0, k_blocks = 0;  // of 16 columns, of 32 k
  int terms = 0;                            // 1 for a bf16 weight, up to 3 for float32
  std::vector<std::vector<uint16_t>> planes;
};

PackedWeight pack(const float* weight, int64_t n, int64_t k);

// out (rows × n) = in (rows × k) · weightᵀ + bias (bias may be null). Only where
// available() is true.
void linear(const float* in, int64_t rows, int64_t k, const PackedWeight& weight, const float* bias,
            float* out);

// The bf16 terms of x, largest first (bit patterns); their float sum is exactly x for every
// finite float32 not near the subnormal range. Infinities and NaN are one term.
void split_bf16(float x, uint16_t terms[3]);

}  // namespace ingot::rt::nn::amx
