// The `ingot` subcommands, one function each; driver/main.cpp dispatches to them.
// argv[0] is the subcommand's name ("run"), argv[1..] its arguments. Each returns the
// process exit status: 0 success, 1 the work failed (the called function raised), 2 bad
// usage or an artifact that cannot be loaded.
#pragma once

namespace ingot::driver {

// ingot run OUT.so [--input NAME=JSON]... [--inputs FILE|-] [--stats]
int run_command(int argc, char** argv);

// ingot inspect OUT.so
int inspect_command(int argc, char** argv);

}  // namespace ingot::driver
