#include "runtime/tensor/gemm.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include <unistd.h>

#include "runtime/tensor/simd.h"

// The vectors below never cross a function boundary that is not inlined, so the ABI note
// GCC gives for passing them without AVX does not apply.
#pragma GCC diagnostic ignored "-Wpsabi"

namespace ingot::rt::tensor {

namespace {

// Vector types by width; GCC and clang lower their arithmetic to the vector unit of the
// function they are inlined into (the INGOT_TARGET_* ones below, or the baseline's SSE2).
typedef float Float4 __attribute__((vector_size(16)));
typedef float Float8 __attribute__((vector_size(32)));
typedef float Float16 __attribute__((vector_size(64)));
typedef double Double2 __attribute__((vector_size(16)));
typedef double Double4 __attribute__((vector_size(32)));
typedef double Double8 __attribute__((vector_size(64)));
typedef uint64_t Uint2 __attribute__((vector_size(16)));

// A micro-kernel's shape: Rows rows of C by Vectors vectors V of columns. Rows * Vectors
// accumulators, Vectors loads of B and one broadcast of A fit the register file: 8 x 48
// floats in 24 of AVX-512's 32 registers (11 loads per 24 multiply-adds; 12 x 32 needs 14,
// and ran 4-10% slower on a Xeon), 6 x 16 in 12 of AVX2's 16, 4 x 8 in SSE2's.
template <typename T, typename V, int Rows, int Vectors>
struct Tile {
  using Element = T;
  using Vector = V;
  static constexpr int kRows = Rows, kVectors = Vectors;
  static constexpr int kLanes = int(sizeof(V) / sizeof(T));
  static constexpr int kColumns = kLanes * Vectors;
};

// The machine's data caches in bytes, as the C library reports them (CPUID on x86), or
// common sizes where it does not.
struct CacheSizes {
  int64_t l1, l2;
};

CacheSizes cache_sizes() {
  CacheSizes sizes{32 << 10, 1 << 20};
#if defined(_SC_LEVEL1_DCACHE_SIZE) && defined(_SC_LEVEL2_CACHE_SIZE)
  if (const long l1 = sysconf(_SC_LEVEL1_DCACHE_SIZE); l1 >= (16 << 10)) sizes.l1 = l1;
  if (const long l2 = sysconf(_SC_LEVEL2_CACHE_SIZE); l2 >= (256 << 10)) sizes.l2 = l2;
#endif
  return sizes;
}

// Cache blocking for tile K: the micro-kernel passes every sliver of a packed block of A
// (rows x depth) held in L2 with one sliver of B (depth x kColumns); a panel of B (depth x
// columns) stays in L3 while every block of A passes it. C is read and written once per
// pass over the depth, so deep passes pay: interleaved sweeps on the hosts of three calls to
// a Xeon (48 KiB L1, 2 MiB L2) ran fastest with the sliver of B at twice L1 (the hardware
// prefetcher streams it from L2 in time) and the block of A at a quarter of L2, 2-3% ahead
// of 1.5 times L1 and up to 10% ahead of half of L1 or blocks of half of L2 (evening out the
// passes and blocks over k and m made no difference). On an EPYC (32 KiB, 1 MiB) every
// choice ran alike.
template <typename K>
GemmBlocking blocking_for_this_machine() {
  const CacheSizes caches = cache_sizes();
  const auto bytes = int64_t(sizeof(typename K::Element));
  GemmBlocking blocking;
  blocking.depth = std::clamp<int64_t>(caches.l1 * 2 / (K::kColumns * bytes) / 16 * 16, 64, 512);
  blocking.rows = std::clamp<int64_t>(caches.l2 / 4 / (blocking.depth * bytes), K::kRows, 4096);
  blocking.columns = int64_t(K::kColumns) * 64;
  return blocking;
}

// `requested`, its zero fields filled in for this machine and its block sizes rounded up to
// whole slivers.
template <typename K>
GemmBlocking resolve(GemmBlocking requested) {
  static const GemmBlocking machine = blocking_for_this_machine<K>();
  const auto whole = [](int64_t value, int64_t fallback, int64_t unit) {
    return (std::max<int64_t>(value > 0 ? value : fallback, 1) + unit - 1) / unit * unit;
  };
  return {whole(requested.depth, machine.depth, 1), whole(requested.rows, machine.rows, K::kRows),
          whole(requested.columns, machine.columns, K::kColumns)};
}

template <typename V, typename T>
[[gnu::always_inline]] inline V load_vector(const T* p) {
  V v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

template <typename V, typename T>
[[gnu::always_inline]] inline void store_vector(T* p, V v) {
  std::memcpy(p, &v, sizeof v);
}

// C tile (rows x columns of it valid) = or += packed A sliver (depth x kRows) times packed
// B sliver (depth x kColumns).
template <typename K>
[[gnu::always_inline]] inline void micro_kernel(int64_t depth, const typename K::Element* a,
                                                const typename K::Element* b,
                                                typename K::Element* c, int64_t c_stride,
                                                int64_t rows, int64_t columns, bool accumulate) {
  using T = typename K::Element;
  using V = typename K::Vector;
  V acc[K::kRows][K::kVectors] = {};
  for (int64_t p = 0; p < depth; ++p) {
    V b_row[K::kVectors];
#pragma GCC unroll 4
    for (int v = 0; v < K::kVectors; ++v) b_row[v] = load_vector<V>(b + v * K::kLanes);
#pragma GCC unroll 16
    for (int r = 0; r < K::kRows; ++r) {
      const T a_value = a[r];
#pragma GCC unroll 4
      for (int v = 0; v < K::kVectors; ++v) acc[r][v] += a_value * b_row[v];
    }
    a += K::kRows;
    b += K::kColumns;
  }
  if (rows == K::kRows && columns == K::kColumns) {
#pragma GCC unroll 16
    for (int r = 0; r < K::kRows; ++r) {
#pragma GCC unroll 4
      for (int v = 0; v < K::kVectors; ++v) {
        T* at = c + r * c_stride + v * K::kLanes;
        store_vector(at, accumulate ? load_vector<V>(at) + acc[r][v] : acc[r][v]);
      }
    }
    return;
  }
  T tile[K::kRows][K::kColumns];
  std::memcpy(tile, acc, sizeof tile);
  for (int64_t r = 0; r < rows; ++r) {
    for (int64_t j = 0; j < columns; ++j) {
      T& out = c[r * c_stride + j];
      out = accumulate ? out + tile[r][j] : tile[r][j];
    }
  }
}

// Rows [i0, i0 + rows) and depth [p0, p0 + depth) of A, as slivers of kRows rows stored
// depth-major (the micro-kernel reads kRows values per step), zero-padded to whole slivers.
template <typename K>
[[gnu::always_inline]] inline void pack_a(MatrixView<typename K::Element> a, int64_t i0,
                                          int64_t rows, int64_t p0, int64_t depth,
                                          typename K::Element* out) {
  using T = typename K::Element;
  for (int64_t s = 0; s < rows; s += K::kRows, out += depth * K::kRows) {
    const int64_t valid = std::min<int64_t>(K::kRows, rows - s);
    if (valid < K::kRows) std::fill(out, out + depth * K::kRows, T(0));
    for (int64_t r = 0; r < valid; ++r) {
      const T* row = a.data + (i0 + s + r) * a.row_stride + p0 * a.column_stride;
      for (int64_t p = 0; p < depth; ++p) out[p * K::kRows + r] = row[p * a.column_stride];
    }
  }
}

// The width of the sliver of B that holds columns [s, s + kColumns) of `columns`: whole
// vectors, so that the last sliver is as narrow as its columns allow (computing zeros for
// up to 32 padding columns of an 8 x 48 tile would cost 12% at n = 256).
template <typename K>
int64_t sliver_width(int64_t s, int64_t columns) {
  const int64_t valid = std::min<int64_t>(K::kColumns, columns - s);
  return (valid + K::kLanes - 1) / K::kLanes * K::kLanes;
}

// Depth [p0, p0 + depth) and columns [j0, j0 + columns) of B, as slivers of kColumns
// columns (the last of sliver_width) stored depth-major, zero-padded to whole vectors.
template <typename K>
[[gnu::always_inline]] inline void pack_b(MatrixView<typename K::Element> b, int64_t p0,
                                          int64_t depth, int64_t j0, int64_t columns,
                                          typename K::Element* out) {
  using T = typename K::Element;
  for (int64_t s = 0; s < columns; s += K::kColumns) {
    const int64_t valid = std::min<int64_t>(K::kColumns, columns - s);
    const int64_t width = sliver_width<K>(s, columns);
    if (valid < width) std::fill(out, out + depth * width, T(0));
    const T* first = b.data + p0 * b.row_stride + (j0 + s) * b.column_stride;
    if (b.column_stride == 1) {  // rows of B are contiguous: copy along them
      for (int64_t p = 0; p < depth; ++p) {
        std::copy_n(first + p * b.row_stride, valid, out + p * width);
      }
    } else {  // walk each column of B down its depth (a transposed B: along memory)
      for (int64_t j = 0; j < valid; ++j) {
        const T* column = first + j * b.column_stride;
        for (int64_t p = 0; p < depth; ++p) out[p * width + j] = column[p * b.row_stride];
      }
    }
    out += depth * width;
  }
}

// micro_kernel for a sliver of B `vectors` vectors wide (the last one may be narrower than
// the tile): the tile of K cut to that many vectors.
template <typename K, int Vectors = K::kVectors>
[[gnu::always_inline]] inline void sliver_kernel(int vectors, int64_t depth,
                                                 const typename K::Element* a,
                                                 const typename K::Element* b,
                                                 typename K::Element* c, int64_t c_stride,
                                                 int64_t rows, int64_t columns, bool accumulate) {
  if constexpr (Vectors > 1) {
    if (vectors < Vectors) {
      return sliver_kernel<K, Vectors - 1>(vectors, depth, a, b, c, c_stride, rows, columns,
                                           accumulate);
    }
  }
  using Narrow = Tile<typename K::Element, typename K::Vector, K::kRows, Vectors>;
  micro_kernel<Narrow>(depth, a, b, c, c_stride, rows, columns, accumulate);
}

// Scratch for the packed blocks, kept by each thread between calls. It starts on a cache
// line (as every sliver in it then does), so that the micro-kernel's vector loads of B
// never straddle two lines.
template <typename T>
T* packing_buffer(std::size_t elements) {
  struct alignas(64) Line {
    std::byte bytes[64];
  };
  thread_local std::vector<Line> buffer;
  const std::size_t lines = (elements * sizeof(T) + sizeof(Line) - 1) / sizeof(Line);
  if (buffer.size() < lines) buffer.resize(lines);
  return reinterpret_cast<T*>(buffer.data());
}

// c (1 x n) = a (1 x k) · b (k x n) for B with contiguous rows: each element with the same
// operations the micro-kernel gives it (a product added per step of the depth, into a sum
// restarted every `depth` steps and added to C), vectorized along the row of C, without
// packing B or padding A to a sliver of kRows.
template <typename K>
[[gnu::always_inline]] inline void row_times_matrix(int64_t n, int64_t k, int64_t depth,
                                                    MatrixView<typename K::Element> a,
                                                    MatrixView<typename K::Element> b,
                                                    typename K::Element* c) {
  using T = typename K::Element;
  constexpr int64_t kChunk = 256;  // columns of C summed in registers and L1 at a time
  T acc[kChunk];
  for (int64_t j0 = 0; j0 < n; j0 += kChunk) {
    const int64_t width = std::min(kChunk, n - j0);
    for (int64_t p0 = 0; p0 < k; p0 += depth) {
      std::fill(acc, acc + width, T(0));
      const int64_t p1 = std::min(k, p0 + depth);
      int64_t p = p0;
      // Four steps per pass over the sums (the same operations in the same order).
      for (; p + 4 <= p1; p += 4) {
        const T a0 = a.data[p * a.column_stride], a1 = a.data[(p + 1) * a.column_stride];
        const T a2 = a.data[(p + 2) * a.column_stride], a3 = a.data[(p + 3) * a.column_stride];
        const T* b0 = b.data + p * b.row_stride + j0;
        const T* b1 = b0 + b.row_stride;
        const T* b2 = b1 + b.row_stride;
        const T* b3 = b2 + b.row_stride;
        for (int64_t j = 0; j < width; ++j) {
          T sum = acc[j];
          sum += a0 * b0[j];
          sum += a1 * b1[j];
          sum += a2 * b2[j];
          sum += a3 * b3[j];
          acc[j] = sum;
        }
      }
      for (; p < p1; ++p) {
        const T a_value = a.data[p * a.column_stride];
        const T* b_row = b.data + p * b.row_stride + j0;
        for (int64_t j = 0; j < width; ++j) acc[j] += a_value * b_row[j];
      }
      T* c_row = c + j0;
      for (int64_t j = 0; j < width; ++j) c_row[j] = p0 > 0 ? c_row[j] + acc[j] : acc[j];
    }
  }
}

// c (m x 1) = a (m x k) · b (k x 1) for A with contiguous rows: a dot product per row of A
// (kLanes * 4 running sums, then the tail), without packing or padding B to a sliver.
template <typename K>
[[gnu::always_inline]] inline void matrix_times_column(int64_t m, int64_t k,
                                                       MatrixView<typename K::Element> a,
                                                       const typename K::Element* b,
                                                       typename K::Element* c, int64_t c_stride) {
  using T = typename K::Element;
  using V = typename K::Vector;
  constexpr int64_t kStep = 4 * K::kLanes;
  for (int64_t i = 0; i < m; ++i) {
    const T* row = a.data + i * a.row_stride;
    V sums[4] = {};
    int64_t p = 0;
    for (; p + kStep <= k; p += kStep) {
#pragma GCC unroll 4
      for (int v = 0; v < 4; ++v) {
        sums[v] += load_vector<V>(row + p + v * K::kLanes) * load_vector<V>(b + p + v * K::kLanes);
      }
    }
    const V total = (sums[0] + sums[1]) + (sums[2] + sums[3]);
    T sum = 0;
    for (int lane = 0; lane < K::kLanes; ++lane) sum += total[lane];
    for (; p < k; ++p) sum += row[p] * b[p];
    c[i * c_stride] = sum;
  }
}

template <typename K>
[[gnu::always_inline]] inline void blocked_gemm(int64_t m, int64_t n, int64_t k,
                                                MatrixView<typename K::Element> a,
                                                MatrixView<typename K::Element> b,
                                                typename K::Element* c, int64_t c_stride,
                                                GemmBlocking requested) {
  using T = typename K::Element;
  if (m == 0 || n == 0) return;
  const GemmBlocking block = resolve<K>(requested);
  if (k == 0) {
    for (int64_t i = 0; i < m; ++i) std::fill(c + i * c_stride, c + i * c_stride + n, T(0));
    return;
  }
  // Matrix-vector products: the tiles would be mostly padding.
  if (m == 1 && b.column_stride == 1) return row_times_matrix<K>(n, k, block.depth, a, b, c);
  if (n == 1 && a.column_stride == 1) {
    const T* column = b.data;
    if (b.row_stride != 1) {  // gathered once, so the dot products run along memory
      T* gathered = packing_buffer<T>(std::size_t(k));
      for (int64_t p = 0; p < k; ++p) gathered[p] = b.data[p * b.row_stride];
      column = gathered;
    }
    return matrix_times_column<K>(m, k, a, column, c, c_stride);
  }
  const auto round_up = [](int64_t x, int64_t to) { return (x + to - 1) / to * to; };
  const int64_t depth_max = std::min(k, block.depth);
  const int64_t rows_max = round_up(std::min(m, block.rows), K::kRows);
  const int64_t columns_max = round_up(std::min(n, block.columns), K::kColumns);
  // Packed B after packed A, from a cache line on too.
  const int64_t a_elements = round_up(depth_max * rows_max, int64_t(64 / sizeof(T)));
  T* const packed_a = packing_buffer<T>(std::size_t(a_elements + depth_max * columns_max));
  T* const packed_b = packed_a + a_elements;
  for (int64_t j0 = 0; j0 < n; j0 += block.columns) {
    const int64_t columns = std::min(block.columns, n - j0);
    for (int64_t p0 = 0; p0 < k; p0 += block.depth) {
      const int64_t depth = std::min(block.depth, k - p0);
      pack_b<K>(b, p0, depth, j0, columns, packed_b);
      for (int64_t i0 = 0; i0 < m; i0 += block.rows) {
        const int64_t rows = std::min(block.rows, m - i0);
        pack_a<K>(a, i0, rows, p0, depth, packed_a);
        for (int64_t js = 0; js < columns; js += K::kColumns) {
          const T* b_sliver = packed_b + js * depth;  // the slivers before are whole
          const auto vectors = int(sliver_width<K>(js, columns) / K::kLanes);
          for (int64_t is = 0; is < rows; is += K::kRows) {
            sliver_kernel<K>(vectors, depth, packed_a + is * depth, b_sliver,
                             c + (i0 + is) * c_stride + j0 + js, c_stride,
                             std::min<int64_t>(K::kRows, rows - is),
                             std::min<int64_t>(K::kColumns, columns - js), p0 > 0);
          }
        }
      }
    }
  }
}

// The tile of each level and element type.
using FloatTileV4 = Tile<float, Float16, 8, 3>;
using DoubleTileV4 = Tile<double, Double8, 12, 2>;
using FloatTileV3 = Tile<float, Float8, 6, 2>;
using DoubleTileV3 = Tile<double, Double4, 6, 2>;
using FloatTileBaseline = Tile<float, Float4, 4, 2>;
using DoubleTileBaseline = Tile<double, Double2, 4, 2>;
using IntegerTile = Tile<uint64_t, Uint2, 4, 2>;

#if INGOT_SIMD_X86
INGOT_TARGET_V4 void gemm_v4(int64_t m, int64_t n, int64_t k, MatrixView<float> a,
                             MatrixView<float> b, float* c, int64_t c_stride,
                             GemmBlocking blocking) {
  blocked_gemm<FloatTileV4>(m, n, k, a, b, c, c_stride, blocking);
}
INGOT_TARGET_V4 void gemm_v4(int64_t m, int64_t n, int64_t k, MatrixView<double> a,
                             MatrixView<double> b, double* c, int64_t c_stride,
                             GemmBlocking blocking) {
  blocked_gemm<DoubleTileV4>(m, n, k, a, b, c, c_stride, blocking);
}
INGOT_TARGET_V3 void gemm_v3(int64_t m, int64_t n, int64_t k, MatrixView<float> a,
                             MatrixView<float> b, float* c, int64_t c_stride,
                             GemmBlocking blocking) {
  blocked_gemm<FloatTileV3>(m, n, k, a, b, c, c_stride, blocking);
}
INGOT_TARGET_V3 void gemm_v3(int64_t m, int64_t n, int64_t k, MatrixView<double> a,
                             MatrixView<double> b, double* c, int64_t c_stride,
                             GemmBlocking blocking) {
  blocked_gemm<DoubleTileV3>(m, n, k, a, b, c, c_stride, blocking);
}
#endif

template <typename T, typename Baseline>
void dispatch(SimdLevel level, int64_t m, int64_t n, int64_t k, MatrixView<T> a, MatrixView<T> b,
              T* c, int64_t c_stride, GemmBlocking blocking) {
#if INGOT_SIMD_X86
  switch (level) {
    case SimdLevel::V4:
      return gemm_v4(m, n, k, a, b, c, c_stride, blocking);
    case SimdLevel::V3:
      return gemm_v3(m, n, k, a, b, c, c_stride, blocking);
    case SimdLevel::Baseline:
      break;
  }
#else
  (void)level;
#endif
  blocked_gemm<Baseline>(m, n, k, a, b, c, c_stride, blocking);
}

}  // namespace

void gemm_at_level(SimdLevel level, int64_t m, int64_t n, int64_t k, MatrixView<float> a,
                   MatrixView<float> b, float* c, int64_t c_row_stride, GemmBlocking blocking) {
  dispatch<float, FloatTileBaseline>(level, m, n, k, a, b, c, c_row_stride, blocking);
}

void gemm_at_level(SimdLevel level, int64_t m, int64_t n, int64_t k, MatrixView<double> a,
                   MatrixView<double> b, double* c, int64_t c_row_stride, GemmBlocking blocking) {
  dispatch<double, DoubleTileBaseline>(level, m, n, k, a, b, c, c_row_stride, blocking);
}

GemmBlocking float_blocking_at_level(SimdLevel level) {
  switch (level) {
    case SimdLevel::V4:
      return resolve<FloatTileV4>({});
    case SimdLevel::V3:
      return resolve<FloatTileV3>({});
    case SimdLevel::Baseline:
      break;
  }
  return resolve<FloatTileBaseline>({});
}

void gemm(int64_t m, int64_t n, int64_t k, MatrixView<float> a, MatrixView<float> b, float* c,
          int64_t c_row_stride) {
  gemm_at_level(simd_level(), m, n, k, a, b, c, c_row_stride);
}

void gemm(int64_t m, int64_t n, int64_t k, MatrixView<double> a, MatrixView<double> b, double* c,
          int64_t c_row_stride) {
  gemm_at_level(simd_level(), m, n, k, a, b, c, c_row_stride);
}

void gemm(int64_t m, int64_t n, int64_t k, MatrixView<uint64_t> a, MatrixView<uint64_t> b,
          uint64_t* c, int64_t c_row_stride) {
  // Integers have no wide multiply-add to dispatch to: the baseline tile, exact.
  blocked_gemm<IntegerTile>(m, n, k, a, b, c, c_row_stride, GemmBlocking{});
}

}  // namespace ingot::rt::tensor
