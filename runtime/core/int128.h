// 128-bit integers for exact intermediate results (GCC and Clang builtins; __extension__
// keeps -Wpedantic quiet about them).
#pragma once

namespace ingot::rt {
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;
}  // namespace ingot::rt
