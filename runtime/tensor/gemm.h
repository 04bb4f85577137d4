// The matrix product kernel, the one GEMM of the runtime: runtime/tensor's matmul, dot and
// einsum reach it, and so does the model engine's Linear layer (runtime/nn/kernels.cpp).
//
// C = A B, packed and register-tiled as BLAS libraries do: a panel of B (depth x width) is
// copied into slivers of a few columns, a block of A into slivers of a few rows, and a
// micro-kernel keeps a rows x columns tile of C in vector registers while it walks the
// shared depth. The tile's shape follows the vector width of the machine (simd.h: AVX-512,
// AVX2 or the baseline's SSE2). One thread; callers split C across threads.
//
// Every element of C is computed by the same sequence of operations whatever its place in
// the matrix and whatever the sizes around it (the depth is cut at the same places for
// every element, and edge tiles are padded rather than computed another way), so a row's
// result does not depend on the rows it is computed with.
#pragma once

#include <cstdint>

#include "runtime/tensor/simd.h"

namespace ingot::rt::tensor {

// A matrix operand in memory: element (i, j) at data[i * row_stride + j * column_stride].
// Any strides (transposed, broadcast with stride 0, negative).
template <typename T>
struct MatrixView {
  const T* data;
  int64_t row_stride, column_stride;
};

// How the kernel cuts the product for the caches (gemm.cpp says what each part is sized
// to hold). A zero field takes the value chosen for this machine's caches; the tests and
// bench/ set them to try others. The depth also sets where each element's running sum
// restarts (the sums are added to C there), so it can move the last bits of a result.
struct GemmBlocking {
  int64_t depth = 0;    // steps of the shared dimension per pass
  int64_t rows = 0;     // rows of A packed at a time (rounded up to whole slivers)
  int64_t columns = 0;  // columns of B packed at a time (rounded up to whole slivers)
};

// c (m x n, row i at c + i * c_row_stride) = a (m x k) · b (k x n). Integers wrap (their
// products and sums modulo 2^64, as numpy's int64 matmul does).
void gemm(int64_t m, int64_t n, int64_t k, MatrixView<float> a, MatrixView<float> b, float* c,
          int64_t c_row_stride);
void gemm(int64_t m, int64_t n, int64_t k, MatrixView<double> a, MatrixView<double> b, double* c,
          int64_t c_row_stride);
void gemm(int64_t m, int64_t n, int64_t k, MatrixView<uint64_t> a, MatrixView<uint64_t> b,
          uint64_t* c, int64_t c_row_stride);

// The float kernels of one level (at most simd_level()), which gemm picks by itself: for
// the tests of each kernel on a machine that runs several.
void gemm_at_level(SimdLevel level, int64_t m, int64_t n, int64_t k, MatrixView<float> a,
                   MatrixView<float> b, float* c, int64_t c_row_stride, GemmBlocking blocking = {});
void gemm_at_level(SimdLevel level, int64_t m, int64_t n, int64_t k, MatrixView<double> a,
                   MatrixView<double> b, double* c, int64_t c_row_stride,
                   GemmBlocking blocking = {});

// The blocking gemm uses at `level` for float, zero fields filled in (for bench/).
GemmBlocking float_blocking_at_level(SimdLevel level);

}  // namespace ingot::rt::tensor
