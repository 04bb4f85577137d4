// The op library's rows for Python's `math` module (see op_table.cpp for the format).
#include "compiler/types/op_library.h"

namespace ingot::types {

namespace {

constexpr OpRow kMathRows[] = {
    {"math.pi", "-> float", "ingot::rt::math::pi"},
    {"math.e", "-> float", "ingot::rt::math::e"},
    {"math.inf", "-> float", "ingot::rt::math::inf"},
    {"math.nan", "-> float", "ingot::rt::math::nan"},
    {"math.tau", "-> float", "ingot::rt::math::tau"},
};

}  // namespace

std::span<const OpRow> math_rows() { return kMathRows; }

}  // namespace ingot::types
