// Resolve: what each module-level name means, and which function is the entry.
//
// Imports become qualified names (`import numpy as np` makes `np` mean "numpy"; `from math
// import sqrt` makes `sqrt` mean "math.sqrt"). Module-level assignments are classified as
// constants (literals, containers of literals, f-strings and arithmetic over constants,
// instances of the module's classes built from constants, unless the class is a
// torch.nn.Module) or
// live objects (anything else: those are materialized by running the module in Python).
// Code under `if __name__ == "__main__":` is ignored.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "compiler/diagnostics/diagnostics.h"
#include "compiler/parse/ast.h"

namespace ingot::resolve {

struct Symbol {
  enum class Kind {
    Function,  // a module-level `def`: stmt
    Constant,  // NAME = <constant expression>: value
    Live,      // NAME = <anything else>: value; needs materialization
    Import,    // qualified: the imported module or object's qualified name
    Class,     // a module-level `class`: stmt
  };
  Kind kind;
  std::string name;
  diag::Loc loc;
  ast::StmtId stmt;
  ast::ExprId value;
  ast::ExprId annotation;  // for `NAME: T = value`
  std::string qualified;
};

struct LiveObject;

// A field of a materialized instance of one of the module's classes: a live object whose
// files are in the instance's folder under FIELD/ (`kind` is its exporter's), or a constant.
struct LiveField {
  std::string name;
  std::string kind;  // empty for a constant
  std::variant<std::monostate, bool, int64_t, double, std::string> constant;  // monostate: None
  std::shared_ptr<const LiveObject> object;  // kind "object": the instance it holds
};

// What the materializer made of a live global (compiler/materialize/).
struct LiveObject {
  std::string kind;    // the exporter's kind: "transformers.PreTrainedTokenizerFast", ...
  std::string folder;  // where its files were written, until the build embeds them
  std::vector<std::string> files;  // relative to `folder`
  std::string error;               // why it could not be materialized; reported where it is used
  // kind "object": an instance of the module's class `class_name`, rebuilt from its fields.
  std::string class_name;
  std::vector<LiveField> fields;
};

struct Module {
  const diag::SourceFile* file = nullptr;
  const ast::Module* ast = nullptr;
  std::map<std::string, Symbol> symbols;
  std::string entry;  // name of the entry function
  ast::StmtId entry_stmt;
  // The live globals a function refers to, by name, once materialized.
  std::map<std::string, LiveObject> live;

  const Symbol* find(const std::string& name) const {
    auto it = symbols.find(name);
    return it == symbols.end() ? nullptr : &it->second;
  }
};

// `entry` is --entry NAME, or empty to choose: the function decorated `@compile(...)`, else
// the only public function. Reports into `sink` and returns nullopt when there is no entry.
std::optional<Module> resolve_module(const diag::SourceFile& file, const ast::Module& module,
                                     const std::string& entry, diag::Sink& sink);

// "compile" when `decorator` is `compile`, `compile(...)`, `x.compile` or `x.compile(...)`.
std::string decorator_name(const ast::Module& module, ast::ExprId decorator);

}  // namespace ingot::resolve
