// Emit C++: one C++ function per instance of a Python function, readable, with #line
// directives back to the Python source, plus the glue that makes the entry an artifact
// (runtime/abi/entry.h).
#pragma once

#include <string>
#include <vector>

#include "compiler/types/check.h"

namespace ingot::emit {

// `resource_keys` are the embedded files ("NAME/FILE"), in the order the build embeds them:
// the generated `resource(key)` gives their bytes to the runtime objects built from them.
std::string emit_cpp(const types::TypedProgram& typed,
                     const std::vector<std::string>& resource_keys = {});

}  // namespace ingot::emit
