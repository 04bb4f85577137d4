// Subscripts: a[...] and a[...] = v with numpy's rules. Integers, slices (with steps),
// None and ... give views; one integer-array or boolean-mask index (numpy's advanced
// indexing on one axis, or a mask over several leading axes) gives a copy on reading and
// writes through on assignment. take and gather are the function forms.
#pragma once

#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

#include "runtime/tensor/array.h"

namespace ingot::rt::tensor {

struct Slice {
  std::optional<int64_t> start, stop, step;
};
struct NewAxis {};
struct Ellipsis {};
// An integer (a Python int), a slice, None, ..., or an integer / bool array.
using IndexItem = std::variant<int64_t, Slice, NewAxis, Ellipsis, Array>;
using Index = std::vector<IndexItem>;

Array getitem(const Array& a, const Index& index);
// a[index] = value, value broadcast to the shape a[index] has and cast to a's dtype.
void setitem(const Array& a, const Index& index, const Array& value);

// np.take(a, indices, axis) (the flattened array when axis is nullopt).
Array take(const Array& a, const Array& indices, std::optional<int64_t> axis);
// torch.gather(input, dim, index): out[i][j] = input[index[i][j]][j] for dim 0, and so on;
// index has input's rank and is no larger than input in the other dimensions.
Array gather(const Array& a, int64_t dim, const Array& index);
// np.take_along_axis(arr, indices, axis): gather with indices broadcast against arr in
// the other dimensions.
Array take_along_axis(const Array& a, const Array& indices, int64_t axis);

}  // namespace ingot::rt::tensor
