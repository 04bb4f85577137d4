// Padding: np.pad and torch.nn.functional.pad. Both reduce to two kernels, one that fills
// the new borders with constants and one that copies into them the element an index map
// picks along each axis (the nearest, mirrored or periodic one); the library functions
// check their arguments first, with numpy's or torch's kinds and messages.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/tensor/array.h"

namespace ingot::rt::tensor {

// How the elements past an axis's ends are chosen, for an input of n elements and a
// position i counted from its first element (i < 0 or i >= n in the borders):
enum class PadMode {
  Edge,       // the nearest end element (torch's "replicate")
  Reflect,    // mirrored about the end elements, period 2(n - 1)
  Symmetric,  // mirrored including the end elements, period 2n
  Wrap,       // periodic, period n (torch's "circular")
};

// The elements added before and after one axis; a negative width removes elements there.
struct PadWidth {
  int64_t before = 0;
  int64_t after = 0;
};

// `a` grown by `widths` (one per axis) with the elements the mode's index map picks; an
// axis with no elements cannot be grown this way (the caller checked).
Array pad_mapped(const Array& a, const std::vector<PadWidth>& widths, PadMode mode);

// `a` grown by `widths` with constants: values[d] holds the 0-d fills (of a's dtype) before
// and after axis d. Where the borders of several axes meet, the last axis's value is kept,
// as np.pad writes them.
Array pad_constant(const Array& a, const std::vector<PadWidth>& widths,
                   const std::vector<std::pair<Array, Array>>& values);

// np.pad(array, pad_width, mode, constant_values=...): pad_width and constant_values as
// np.asarray made them (constant_values absent when the call does not give it).
Array numpy_pad(const Array& a, const Array& pad_width, std::string_view mode,
                const std::optional<Array>& constant_values);

// torch.nn.functional.pad(input, pad, mode, value): `pad` lists (before, after) pairs from
// the last dimension backwards, as torch orders them.
Array torch_pad(const Array& a, const std::vector<int64_t>& pad, std::string_view mode,
                std::optional<double> value);

}  // namespace ingot::rt::tensor
