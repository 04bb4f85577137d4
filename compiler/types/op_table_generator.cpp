// The op library's rows for iterators made by hand: next() on a generator (a generator
// function's, a generator expression's, or iter()'s) and iter() of any iterable. See
// op_table.cpp for the format; runtime/core/generator.h implements them.
#include "compiler/types/op_library.h"

namespace ingot::types {

namespace {

constexpr OpRow kGeneratorRows[] = {
    {"builtins.next", "(iterator: generator[T]) -> T", "ingot::rt::next"},
    {"builtins.next", "(iterator: generator[T], default: T) -> T",
     "ingot::rt::next_or<{result}>({0}, {1})"},
    {"builtins.next", "(iterator: generator[T], default: D) -> T | D",
     "ingot::rt::next_or<{result}>({0}, {1})"},
    {"builtins.iter", "(iterable: iterable[T]) -> generator[T]", "ingot::rt::iter"},
};

}  // namespace

std::span<const OpRow> generator_rows() { return kGeneratorRows; }

}  // namespace ingot::types
