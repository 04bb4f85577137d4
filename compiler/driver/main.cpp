// The `ingot` command: compile Python to an artifact, and run, inspect and verify one.
#include <cstring>
#include <exception>
#include <iostream>
#include <string>

#include "compiler/driver/commands.h"
#include "compiler/driver/compile.h"
#include "server/serve.h"

namespace {

constexpr const char* kUsage =
    "usage: ingot <command> [args]\n"
    "\n"
    "  compile SRC.py [--entry NAME] [-o OUT.so | --name NAME [--install]] [--emit-cpp DIR]\n"
    "                 [--emit-ir FILE] [-O N] [-q]\n"
    "                          compile a typed Python function into a shared library\n"
    "  run OUT.so [--input NAME=JSON]... [--inputs FILE|-]\n"
    "                          call it; print the result as json.dumps would\n"
    "  inspect OUT.so          print its signature and metadata as JSON\n"
    "  verify SRC.py --inputs FILE\n"
    "                          run each call in CPython and compiled; report differences\n";

int dispatch(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "--help")) {
    std::cout << kUsage;
    return argc < 2 ? 2 : 0;
  }
  std::string command = argv[1];
  int sub_argc = argc - 1;
  char** sub_argv = argv + 1;
  if (command == "compile") return ingot::driver::compile_command(sub_argc, sub_argv);
  if (command == "run") return ingot::driver::run_command(sub_argc, sub_argv);
  if (command == "inspect") return ingot::driver::inspect_command(sub_argc, sub_argv);
  if (command == "verify") return ingot::driver::verify_command(sub_argc, sub_argv);
  if (command == "serve") return ingot::server::serve_command(sub_argc, sub_argv);
  std::cerr << "ingot: unknown command '" << command << "'\n" << kUsage;
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  // Every expected failure is reported where it happens; an exception that gets here is a
  // bug in ingot, said as one rather than as an abort.
  try {
    return dispatch(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "ingot: internal error: " << e.what()
              << " (a bug in ingot; please report it with the command that caused it)\n";
    return 70;  // EX_SOFTWARE
  }
}
