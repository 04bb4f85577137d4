// Materialize: the live globals a compiled function uses (a tokenizer, an array; see
// DESIGN.md step 3) come from running the module's top level in the user's own Python with
// materialize.py, which writes each one as a resource folder. The build embeds those
// folders in the artifact; the generated code rebuilds the object from them at run time.
//
// Python runs only when some function refers to a live global: a module of constants
// compiles with no Python at all.
#pragma once

#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostics.h"
#include "compiler/resolve/resolve.h"

namespace ingot::materialize {

struct Options {
  std::string python = "python3";  // --python PY
  std::string script;              // materialize.py
  std::string work_dir;            // the resource folders are written under it
};

// The live globals that some function, method or lambda of the module refers to by name.
std::vector<const resolve::Symbol*> referenced_live_globals(const resolve::Module& module);

// Fills module.live for every referenced live global. A global Python could not export
// keeps its reason in LiveObject::error, reported where it is used; a failure of the
// whole run (no interpreter, the module's top level raising) is reported here, against the
// first such global, and returns false.
bool materialize(resolve::Module& module, const Options& options, diag::Sink& sink);

}  // namespace ingot::materialize
