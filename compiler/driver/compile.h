// `ingot compile`: the whole flow, phase by phase, from a Python file to an artifact.
#pragma once

#include <optional>
#include <string>

namespace ingot::driver {

struct CompileOptions {
  std::string source;                // SRC.py
  std::string entry;                 // --entry NAME
  std::string output;                // -o OUT.so (default: SRC with .so)
  std::string emit_cpp_dir;          // --emit-cpp DIR
  std::string emit_ir_file;          // --emit-ir FILE ("-" for stdout)
  std::string python = "python3";    // --python PY: runs the module to materialize live globals
  int opt_level = 2;                 // -O LEVEL
  bool quiet = false;                // -q
  std::string* entry_out = nullptr;  // receives the entry function's name
};

// Compiles; prints diagnostics (and, unless quiet, each phase with its time) on stderr.
// Returns the process exit status: 0 built, 1 the source has errors, 2 usage or I/O.
int compile(const CompileOptions& options);

// ingot compile SRC.py [--entry NAME] [-o OUT.so | --name NAME [--install]] [--emit-cpp DIR]
//                      [--emit-ir FILE] [--target TRIPLE] [--python PY] [-O LEVEL] [-q]
// --name NAME writes NAME.so beside the source; with --install, into the models folder the
// clients resolve names in ($INGOT_MODELS, else ~/.ingot/models).
int compile_command(int argc, char** argv);

// ingot verify SRC.py --inputs FILE [--entry NAME] [--python PY]
int verify_command(int argc, char** argv);

}  // namespace ingot::driver
