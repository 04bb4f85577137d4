// Build the IR: the entry function and every function, lambda and constant it reaches,
// lowered from the syntax tree.
#pragma once

#include <optional>

#include "compiler/diagnostics/diagnostics.h"
#include "compiler/ir/ir.h"
#include "compiler/resolve/resolve.h"
#include "compiler/types/type.h"

namespace ingot::ir {

std::optional<Program> build_program(const resolve::Module& module, types::TypeTable& table,
                                     diag::Sink& sink);

}  // namespace ingot::ir
