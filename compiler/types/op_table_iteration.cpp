// The op library's rows for iteration by hand: next() on a generator (a generator
// function's, a generator expression's, or iter()'s), iter() of any iterable, and the
// items of a starred assignment. See op_table.cpp for the format; runtime/core/generator.h
// implements them.
#include "compiler/types/op_library.h"

namespace ingot::types {

namespace {

constexpr OpRow kIterationRows[] = {
    {"builtins.next", "(iterator: generator[T]) -> T", "ingot::rt::next"},
    {"builtins.next", "(iterator: generator[T], default: T) -> T",
     "ingot::rt::next_or<{result}>({0}, {1})"},
    {"builtins.next", "(iterator: generator[T], default: D) -> T | D",
     "ingot::rt::next_or<{result}>({0}, {1})"},
    {"builtins.iter", "(iterable: iterable[T]) -> generator[T]", "ingot::rt::iter"},
    // `a, *rest = value`: its items, at least before + after of them.
    {"ingot.unpack_star", "(value: iterable[T], before: int, after: int) -> list[T]",
     "ingot::rt::unpack_star"},
};

}  // namespace

std::span<const OpRow> iteration_rows() { return kIterationRows; }

}  // namespace ingot::types
