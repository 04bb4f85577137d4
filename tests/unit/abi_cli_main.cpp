// A stand-in for the `ingot` executable with only `run` and `inspect`, so their tests do
// not wait on the rest of the compiler: abi_cli run OUT.so ..., abi_cli inspect OUT.so.
#include <cstring>
#include <iostream>

#include "compiler/driver/commands.h"

int main(int argc, char** argv) {
  if (argc >= 2 && std::strcmp(argv[1], "run") == 0)
    return ingot::driver::run_command(argc - 1, argv + 1);
  if (argc >= 2 && std::strcmp(argv[1], "inspect") == 0) {
    return ingot::driver::inspect_command(argc - 1, argv + 1);
  }
  std::cerr << "usage: abi_cli run|inspect ...\n";
  return 2;
}
