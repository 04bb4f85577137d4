// Subscripts: a[...] and a[...] = v with numpy's rules. Integers, slices (with steps),
// None and ... give views; integer-array and boolean-mask indices (numpy's advanced
// indexing: the arrays broadcast together, a mask stands for its nonzero positions, and
// the broadcast dimensions replace the indexed ones in place when the advanced indices are
// adjacent, else go first) give a copy on reading and write through on assignment. take
// and gather are the function forms.
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

// Under Rules::Torch an integer next to an array index selects (as a basic index) rather
// than joining the advanced ones: `t[0, :, idx]` keeps idx's dimensions in place.
Array getitem(const Array& a, const Index& index, Rules rules = Rules::Numpy);
// a[index] = value, value broadcast to the shape a[index] has and cast to a's dtype.
void setitem(const Array& a, const Index& index, const Array& value, Rules rules = Rules::Numpy);

// np.take(a, indices, axis) (the flattened array when axis is nullopt).
Array take(const Array& a, const Array& indices, std::optional<int64_t> axis);
// torch.gather(input, dim, index): out[i][j] = input[index[i][j]][j] for dim 0, and so on;
// index has input's rank and is no larger than input in the other dimensions.
Array gather(const Array& a, int64_t dim, const Array& index);
// np.take_along_axis(arr, indices, axis): gather with indices broadcast against arr in
// the other dimensions.
Array take_along_axis(const Array& a, const Array& indices, int64_t axis);

}  // namespace ingot::rt::tensor
