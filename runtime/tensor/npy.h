// numpy's .npy format, read: how a materialized numpy.ndarray or torch.Tensor global is
// embedded in an artifact (compiler/materialize/materialize.py writes it with numpy.save).
#pragma once

#include <string_view>

#include "runtime/tensor/array.h"

namespace ingot::rt::tensor {

// A new array holding a copy of the .npy file's data: compiled code may write to a module's
// array, as Python code may, and the embedded bytes are read-only. Only what the
// materializer writes is accepted (version 1-3, C order, little-endian, one of DType's
// dtypes); anything else raises RuntimeError.
Array from_npy(std::string_view file);

}  // namespace ingot::rt::tensor
