// The op library's rows for Python's `json` module (see op_table.cpp for the format; the
// runtime is runtime/core/json_module.h). json.loads's result is a type variable: it takes the
// type of the annotated variable it is assigned to, and the runtime converts the parsed
// document to that type (a TypeError where it does not fit). The type system has no dynamic
// value, and code that reads JSON knows its shape; an unannotated json.loads is a compile
// error that asks for the annotation.
#include "compiler/types/op_library.h"

namespace ingot::types {

namespace {

constexpr OpRow kJsonRows[] = {
    {"json.dumps",
     "(obj: object, *, ensure_ascii: bool = True, allow_nan: bool = True, indent: int | None = "
     "None, separators: tuple[str, str] | None = None, sort_keys: bool = False) -> str",
     "ingot::rt::json::dumps({0}, ingot::rt::json::DumpOptions::make({1}, {2}, {3}, {4}, {5}))"},
    {"json.dumps",
     "(obj: object, *, ensure_ascii: bool = True, allow_nan: bool = True, indent: str, separators: "
     "tuple[str, str] | None = None, sort_keys: bool = False) -> str",
     "ingot::rt::json::dumps({0}, ingot::rt::json::DumpOptions::make_str_indent({1}, {2}, {3}, "
     "{4}, {5}))"},
    {"json.loads", "(s: str) -> T", "ingot::rt::json::loads<{result}>({0})"},
};

}  // namespace

std::span<const OpRow> json_rows() { return kJsonRows; }

}  // namespace ingot::types
