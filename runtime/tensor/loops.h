// Walking several arrays of one (broadcast) shape together, the way numpy's iterator does:
// dimensions that are contiguous for every operand are merged, and the kernel gets one
// inner row at a time (a count, a base offset per operand, an inner stride per operand),
// so contiguous arrays run as a single flat loop.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "runtime/tensor/array.h"

namespace ingot::rt::tensor {

template <std::size_t N>
struct Row {
  int64_t count;
  std::array<int64_t, N> offset;  // elements from each operand's base
  std::array<int64_t, N> stride;  // elements between neighbours in the row
};

// Calls row(Row<N>) for every inner row of `shape`, with strides[i] the strides of
// operand i (already broadcast: 0 along broadcast dimensions).
template <std::size_t N, typename F>
void for_each_row(const Shape& shape, const std::array<Shape, N>& strides, F&& row) {
  for (int64_t extent : shape) {
    if (extent == 0) return;
  }
  // Drop size-1 dimensions, then merge neighbours that are contiguous for every operand.
  std::vector<int64_t> dims;
  std::array<std::vector<int64_t>, N> steps;
  for (std::size_t d = 0; d < shape.size(); ++d) {
    if (shape[d] == 1) continue;
    bool merges = !dims.empty();
    for (std::size_t i = 0; i < N && merges; ++i) {
      merges = steps[i].back() == strides[i][d] * shape[d];
    }
    if (merges) {
      dims.back() *= shape[d];
      for (std::size_t i = 0; i < N; ++i) steps[i].back() = strides[i][d];
    } else {
      dims.push_back(shape[d]);
      for (std::size_t i = 0; i < N; ++i) steps[i].push_back(strides[i][d]);
    }
  }
  Row<N> current{1, {}, {}};
  if (dims.empty()) {
    row(current);
    return;
  }
  const std::size_t inner = dims.size() - 1;
  current.count = dims[inner];
  for (std::size_t i = 0; i < N; ++i) current.stride[i] = steps[i][inner];
  std::vector<int64_t> index(inner, 0);
  while (true) {
    row(current);
    // Odometer over the outer dimensions.
    std::size_t d = inner;
    while (d > 0) {
      --d;
      ++index[d];
      for (std::size_t i = 0; i < N; ++i) current.offset[i] += steps[i][d];
      if (index[d] < dims[d]) break;
      for (std::size_t i = 0; i < N; ++i) current.offset[i] -= steps[i][d] * dims[d];
      index[d] = 0;
      if (d == 0) return;
    }
    if (inner == 0) return;
  }
}

}  // namespace ingot::rt::tensor
