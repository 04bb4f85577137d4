// The op library's rows for the str, dict, set and tuple methods beyond op_table.cpp's (see
// there for the format; the runtime is runtime/core/builtin_methods.h). `str.maketrans` and
// `dict.fromkeys` are called on the class: a builtins.type[str] / builtins.type[dict[K, V]].
#include "compiler/types/op_library.h"

namespace ingot::types {

namespace {

constexpr OpRow kMethodRows[] = {
    {"str.maketrans", "(self: str, x: str, y: str) -> dict[int, int]",
     "ingot::rt::str_maketrans({1}, {2})"},
    {"str.maketrans", "(self: str, x: str, y: str, z: str) -> dict[int, int | None]",
     "ingot::rt::str_maketrans({1}, {2}, {3})"},
    {"str.maketrans", "(self: str, x: dict[str, str]) -> dict[int, str]",
     "ingot::rt::str_maketrans({1})"},
    {"builtins.type.maketrans", "(self: builtins.type[str], x: str, y: str) -> dict[int, int]",
     "ingot::rt::str_maketrans({1}, {2})"},
    {"builtins.type.maketrans",
     "(self: builtins.type[str], x: str, y: str, z: str) -> dict[int, int | None]",
     "ingot::rt::str_maketrans({1}, {2}, {3})"},
    {"builtins.type.maketrans", "(self: builtins.type[str], x: dict[str, str]) -> dict[int, str]",
     "ingot::rt::str_maketrans({1})"},
    {"str.translate", "(self: str, table: dict[int, V]) -> str", "ingot::rt::str_translate"},
    {"builtins.type.fromkeys",
     "(self: builtins.type[dict[K, V]], iterable: iterable[T], value: W) -> dict[T, W]",
     "ingot::rt::dict_fromkeys({1}, {2})"},
    {"builtins.type.fromkeys",
     "(self: builtins.type[dict[K, V]], iterable: iterable[T]) -> dict[T, None]",
     "ingot::rt::dict_fromkeys({1}, ingot::rt::None)"},
    {"set.intersection_update", "(self: set[T], *others: iterable[T]) -> None",
     "ingot::rt::set_intersection_update"},
    {"set.difference_update", "(self: set[T], *others: iterable[T]) -> None",
     "ingot::rt::set_difference_update"},
    {"set.symmetric_difference_update", "(self: set[T], other: iterable[T]) -> None",
     "ingot::rt::set_symmetric_difference_update"},
    {"tuple.count", "(self: tuple[T, ...], value: T) -> int", "ingot::rt::tuple_count"},
    {"tuple.count", "(self: tuple, value: object) -> int", "ingot::rt::tuple_count"},
    {"tuple.index", "(self: tuple[T, ...], value: T) -> int", "ingot::rt::tuple_index"},
    {"tuple.index", "(self: tuple, value: object) -> int", "ingot::rt::tuple_index"},
};

}  // namespace

std::span<const OpRow> method_rows() { return kMethodRows; }

}  // namespace ingot::types
