// Build: the system C++ compiler turns the emitted C++ into one self-contained shared
// library, linked against the prebuilt static runtime.
#pragma once

#include <string>
#include <vector>

namespace ingot::build {

struct Toolchain {
  std::string cxx;                    // $CXX, else c++
  std::string include_root;           // the directory runtime/ and include/ are under
  std::vector<std::string> archives;  // the runtime's static libraries, in link order
  std::string version_script;         // exports only the C ABI
  std::string sanitize;               // the sanitizers the runtime was built with, if any
  std::string precompiled_header;     // the runtime headers, precompiled for -O2; may be empty
};

// The toolchain this ingot was built with; INGOT_HOME overrides where the runtime is.
Toolchain default_toolchain();

struct BuildResult {
  bool ok = false;
  std::string command;  // the compiler command line, for the log
  std::string output;   // what the compiler printed
};

// Compiles `cpp_file` into the shared library `out_so` at optimization level `opt`. Each
// file of `resources` is embedded as it is (`.incbin`, no copy), between the hidden symbols
// ingot_resource_<i> and ingot_resource_<i>_end that the generated code reads.
BuildResult build_shared_library(const Toolchain& toolchain, const std::string& cpp_file,
                                 const std::string& out_so, int opt,
                                 const std::vector<std::string>& resources = {});

// The materializer script shipped with this ingot: compiler/materialize/materialize.py in
// the source tree (or INGOT_HOME), else the copy beside the ingot binary.
std::string materializer_script(const Toolchain& toolchain);

}  // namespace ingot::build
