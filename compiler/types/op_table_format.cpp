// The op library's rows for str.format and printf-style `str % values` (see op_table.cpp for
// the format). Both format at run time (runtime/core/str_format.h), the format string
// included.
#include "compiler/types/op_library.h"

namespace ingot::types {

namespace {

constexpr OpRow kFormatRows[] = {
    {"str.format", "(self: str, *args: object, **kwargs: object) -> str",
     "ingot::rt::str_format_erased({0}, ingot::rt::format_args({1}), "
     "ingot::rt::format_kwargs({2}))"},
    // A tuple on the right gives the values; anything else is the one value.
    {"operator.mod", "(a: str, b: tuple) -> str", "ingot::rt::percent_format"},
    {"operator.mod", "(a: str, b: tuple[T, ...]) -> str", "ingot::rt::percent_format"},
    {"operator.mod", "(a: str, b: object) -> str", "ingot::rt::percent_format"},
};

}  // namespace

std::span<const OpRow> format_rows() { return kFormatRows; }

}  // namespace ingot::types
