// Padding: np.pad and torch.nn.functional.pad. Both reduce mostly to two kernels, one that
// fills the new borders with constants and one that copies into them the element an index
// map picks along each axis (the nearest, mirrored or periodic one); np.pad's statistic and
// linear_ramp modes fill them axis by axis from the values already in place. The library
// functions check their arguments first, with numpy's or torch's kinds and messages.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
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

// np.pad's keyword arguments as np.asarray made them; each absent where the call does not
// give it. Each belongs to some modes; another mode refuses it, as numpy does.
struct NumpyPadKeywords {
  std::optional<Array> constant_values;     // "constant"
  std::optional<Array> end_values;          // "linear_ramp"
  std::optional<Array> stat_length;         // "maximum", "mean", "median", "minimum"
  std::optional<std::string> reflect_type;  // "reflect", "symmetric": "odd" or even
};

// np.pad(array, pad_width, mode, **keywords): pad_width as np.asarray made it.
Array numpy_pad(const Array& a, const Array& pad_width, std::string_view mode,
                const NumpyPadKeywords& keywords = {});

// torch.nn.functional.pad(input, pad, mode, value): `pad` lists (before, after) pairs from
// the last dimension backwards, as torch orders them.
Array torch_pad(const Array& a, const std::vector<int64_t>& pad, std::string_view mode,
                std::optional<double> value);

// A fill value (a Python float) converted to `dtype` as torch converts one (F.pad's value,
// scatter's and index_fill's): refused where it overflows the type (infinity and NaN are
// floats' own values; integers truncate and take neither), as a 0-d array.
Array torch_fill(double v, DType dtype);

}  // namespace ingot::rt::tensor
