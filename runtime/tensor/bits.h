// Bit packing and bit counts, for binary-quantized embeddings: np.packbits turns a 0/1 (or
// sign) array into bytes, np.unpackbits turns bytes back into 0/1 uint8, and
// np.bitwise_count (numpy 2's popcount) counts set bits, so XOR plus a count is a hamming
// distance. numpy's rules and messages throughout.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "runtime/tensor/array.h"

namespace ingot::rt::tensor {

// np.packbits(a, axis, bitorder): each run of 8 elements along `axis` (the flattened array
// when absent) becomes one uint8, the first element in the highest bit for "big" and the
// lowest for "little"; a short last run is padded with zeros. `a` is bool or integer
// (nonzero is a 1 bit).
Array packbits(const Array& a, std::optional<int64_t> axis, std::string_view bitorder);

// np.unpackbits(a, axis, count, bitorder): each uint8 becomes 8 elements of 0 or 1 (uint8)
// along `axis`; `count` keeps that many of them (from the end when negative) or pads with
// zeros past them.
Array unpackbits(const Array& a, std::optional<int64_t> axis, std::optional<int64_t> count,
                 std::string_view bitorder);

// a.view(dtype): the same bytes read as another dtype of the same size (int8 <-> uint8 for
// binary quantization's shifted bytes), sharing memory. A different size, or bytes viewed
// as bool (which holds only 0 and 1), is a ValueError here.
Array view_as(const Array& a, DType dtype);

// np.bitwise_count: the set bits of each element's magnitude, as uint8 (bool and integer
// arrays only).
Array bitwise_count(const Array& a);

}  // namespace ingot::rt::tensor
