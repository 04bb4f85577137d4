// `ingot inspect OUT.so`: prints the artifact's signature and metadata as JSON (the text
// of ingot_signature(), format in include/ingot/ingot.h).
#include <iostream>
#include <string>
#include <string_view>

#include "compiler/driver/artifact.h"
#include "compiler/driver/commands.h"

namespace ingot::driver {

namespace {
constexpr std::string_view kInspectUsage =
    "usage: ingot inspect OUT.so\n"
    "\n"
    "Prints the compiled function's signature and metadata as JSON: name, docstring,\n"
    "parameters (kinds, annotations, structured types, defaults), return type, ABI and\n"
    "ingot versions.\n";
}  // namespace

int inspect_command(int argc, char** argv) {
  if (argc == 2 && (std::string_view(argv[1]) == "-h" || std::string_view(argv[1]) == "--help")) {
    std::cout << kInspectUsage;
    return 0;
  }
  if (argc != 2 || argv[1][0] == '-') {
    std::cerr << "ingot inspect: expected exactly one artifact\n\n" << kInspectUsage;
    return 2;
  }
  std::string why;
  auto artifact = Artifact::open(argv[1], &why);
  if (!artifact) {
    std::cerr << "ingot inspect: cannot load " << argv[1] << ": " << why << "\n";
    return 2;
  }
  std::cout << artifact->signature() << "\n";
  return 0;
}

}  // namespace ingot::driver
