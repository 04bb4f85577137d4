// Emit C++: one C++ function per instance of a Python function, readable, with #line
// directives back to the Python source, plus the glue that makes the entry an artifact
// (runtime/abi/entry.h).
#pragma once

#include <string>

#include "compiler/types/check.h"

namespace ingot::emit {

std::string emit_cpp(const types::TypedProgram& typed);

}  // namespace ingot::emit
