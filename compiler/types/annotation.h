// Reads a type annotation (`list[str]`, `Optional[int]`, `str | None`) as a type.
#pragma once

#include <string>

#include "compiler/diagnostics/diagnostics.h"
#include "compiler/ir/ir.h"
#include "compiler/parse/ast.h"
#include "compiler/resolve/resolve.h"
#include "compiler/types/type.h"

namespace ingot::types {

// The type an annotation names. Reports an error at the annotation and returns an invalid
// id when it names nothing ingot knows.
// `literals` receives the allowed values of a `Literal[...]` annotation (directly, or
// through a module-level alias such as `Task = Literal["query", "document"]`).
// `metadata` receives an `Annotated[T, ...]` annotation's metadata: literals as they are,
// other expressions as their source text.
TypeId from_annotation(const resolve::Module& module, ast::ExprId annotation, TypeTable& table,
                       diag::Sink& sink, std::vector<ir::Constant>* literals = nullptr,
                       std::vector<ir::Constant>* metadata = nullptr);

// The source text of a span, for messages and signatures.
std::string source_text(const diag::SourceFile& file, diag::Loc loc);

}  // namespace ingot::types
