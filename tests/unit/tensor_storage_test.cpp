// Where runtime/tensor's arrays keep their elements (runtime/tensor/array.cpp): every
// buffer starts on a cache line, and a large buffer freed is handed to the next array of
// its size instead of being unmapped, without two live arrays ever sharing one.
#include <gtest/gtest.h>

#include <cstdint>
#include <set>
#include <vector>

#include "runtime/tensor/array.h"

namespace ingot::rt::tensor {
namespace {

constexpr int64_t kLargeFloats = int64_t{40} << 20 >> 2;  // 40 MiB: past the large-buffer size

uintptr_t address(const Array& array) { return reinterpret_cast<uintptr_t>(array.data<float>()); }

TEST(TensorStorage, EveryArrayStartsOnACacheLine) {
  std::vector<Array> live;  // kept alive, so that each comes from a fresh allocation
  for (int64_t n = 0; n < 300; ++n) live.emplace_back(DType::Float32, Shape{n});
  live.emplace_back(DType::Float32, Shape{kLargeFloats});
  for (const Array& array : live) EXPECT_EQ(address(array) % 64, 0u) << array.size();
}

TEST(TensorStorage, AFreedLargeBufferGoesToTheNextArrayOfItsSize) {
  uintptr_t first = 0;
  {
    Array a(DType::Float32, Shape{kLargeFloats});
    a.data<float>()[0] = 1.0f;
    first = address(a);
  }
  const Array b(DType::Float32, Shape{kLargeFloats});
  EXPECT_EQ(address(b), first);
  // np.zeros on a reused buffer still gives zeros.
  const Array z = zeros(Shape{kLargeFloats}, DType::Float32);
  EXPECT_NE(address(z), address(b));
  for (int64_t i = 0; i < z.size(); i += 4099) ASSERT_EQ(z.data<float>()[i], 0.0f) << i;
}

TEST(TensorStorage, LiveArraysNeverShareAReusedBuffer) {
  std::set<uintptr_t> seen;
  for (int round = 0; round < 3; ++round) {
    std::vector<Array> live;
    live.reserve(4);
    for (int i = 0; i < 4; ++i) live.emplace_back(DType::Float32, Shape{kLargeFloats});
    std::set<uintptr_t> now;
    for (const Array& array : live) now.insert(address(array));
    EXPECT_EQ(now.size(), live.size());
    seen.insert(now.begin(), now.end());
  }
  // 4 x 40 MiB fit the 256 MiB kept, so later rounds reuse the first round's buffers.
  EXPECT_EQ(seen.size(), 4u);
}

}  // namespace
}  // namespace ingot::rt::tensor
