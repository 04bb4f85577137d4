// The parser: Python 3.12 source to an ast::Module, by hand-written recursive descent over
// the whole grammar. Trees and locations are those of CPython's `ast.parse`.
#pragma once

#include <optional>
#include <string>

#include "compiler/diagnostics/diagnostics.h"
#include "compiler/parse/ast.h"

namespace ingot::parse {

struct ParseOptions {
  // 12 (default) gives Python 3.12's tree. 11 gives 3.11's locations for f-string parts
  // (every part of a JoinedStr located at the whole string), for differential tests
  // against a 3.11 interpreter; the grammar accepted is 3.12's either way.
  int minor_version = 12;
};

// Parses a whole module. On a syntax error, reports it to `sink` (one error: the first,
// as CPython reports it) and returns nullopt.
std::optional<ast::Module> parse_module(const diag::SourceFile& file, diag::Sink& sink,
                                        const ParseOptions& options = {});

struct DumpOptions {
  bool include_attributes = true;  // lineno, col_offset, end_lineno, end_col_offset
  int minor_version = 12;          // 11 leaves out 3.12's `type_params` fields
};

// Exactly the text of CPython's `ast.dump(tree, include_attributes=...)`.
std::string dump(const ast::Module& module, const DumpOptions& options = {});

// The same, on the caller's stack (parse_module and dump run on a thread of their own
// with a large stack; these are for callers that manage their stack themselves).
std::optional<ast::Module> parse_on_this_thread(const diag::SourceFile& file, diag::Sink& sink,
                                                const ParseOptions& options = {});
std::string dump_on_this_thread(const ast::Module& module, const DumpOptions& options = {});

}  // namespace ingot::parse
