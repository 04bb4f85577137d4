// How numpy prints: str() and repr() of arrays and of numpy's scalars (which are 0-d arrays
// here), with numpy's default print options (precision 8, line width 75, arrays of more
// than 1000 elements summarized with "..." and 3 items at each edge).
#pragma once

#include <string>

#include "runtime/tensor/array.h"

namespace ingot::rt::tensor {

// str(a): "[1.  2.5]", "[[1 2]\n [3 4]]"; a 0-d array prints as numpy's scalar does ("2.5",
// "0.1" for a float32 0.1, "True").
std::string array_str(const Array& a);
// repr(a): "array([1. , 2.5])", "array([1, 2], dtype=int32)"; a 0-d array as numpy's scalar:
// "np.float64(2.5)", "np.int32(3)", "np.True_".
std::string array_repr(const Array& a);
// torch's str() / repr() of a tensor (torch_print.cpp): "tensor([1.0000, 2.5000])",
// "tensor([1, 2], dtype=torch.int32)", "tensor(2.)", "tensor([], size=(0, 3))".
std::string torch_tensor_str(const Array& a);
// numpy's scalar str() of one float of `dtype` (shortest digits that read back as that
// dtype, in Python's repr style): "0.1", "1e+20", "3.0".
std::string scalar_float_str(double value, DType dtype);

}  // namespace ingot::rt::tensor
