// The op library's rows for Python's finite `itertools` and functools.reduce (see
// op_table.cpp for the format; the runtime is runtime/core/itertools.h). Each result is typed as
// the iterator Python returns (no len()), while the runtime fills it eagerly, as map and filter
// do; count() alone is lazy.
#include "compiler/types/op_library.h"

namespace ingot::types {

namespace {

constexpr OpRow kItertoolsRows[] = {
    {"itertools.chain", "(*iterables: iterable[T]) -> chain[T]",
     "ingot::rt::itertools::chain({0})"},
    {"itertools.chain.from_iterable", "(iterable: iterable[iterable[T]]) -> chain[T]",
     "ingot::rt::itertools::chain_from_iterable"},
    {"itertools.islice", "(iterable: iterable[T], stop: int | None) -> islice[T]",
     "ingot::rt::itertools::islice_stop"},
    {"itertools.islice",
     "(iterable: iterable[T], start: int | None, stop: int | None, step: int | None = None) -> "
     "islice[T]",
     "ingot::rt::itertools::islice"},
    {"itertools.product", "(a: iterable[A], b: iterable[B]) -> product[tuple[A, B]]",
     "ingot::rt::itertools::product"},
    {"itertools.product",
     "(a: iterable[A], b: iterable[B], c: iterable[C]) -> product[tuple[A, B, C]]",
     "ingot::rt::itertools::product"},
    {"itertools.zip_longest",
     "(a: iterable[A], b: iterable[B]) -> zip_longest[tuple[A | None, B | None]]",
     "ingot::rt::itertools::zip_longest"},
    {"itertools.zip_longest",
     "(a: iterable[A], b: iterable[A], *, fillvalue: A) -> zip_longest[tuple[A, A]]",
     "ingot::rt::itertools::zip_longest_fill"},
    {"itertools.accumulate",
     "(iterable: iterable[T], *, initial: T | None = None) -> accumulate[T]",
     "ingot::rt::itertools::accumulate"},
    {"itertools.accumulate",
     "(iterable: iterable[T], func: callable[T, T] -> T, *, initial: T | None = None) -> "
     "accumulate[T]",
     "ingot::rt::itertools::accumulate_with"},
    {"itertools.groupby", "(iterable: iterable[T]) -> groupby[tuple[T, list[T]]]",
     "ingot::rt::itertools::groupby_identity"},
    {"itertools.groupby",
     "(iterable: iterable[T], key: callable[T] -> K) -> groupby[tuple[K, list[T]]]",
     "ingot::rt::itertools::groupby"},
    {"itertools.combinations", "(iterable: iterable[T], r: int) -> combinations[tuple[T, ...]]",
     "ingot::rt::itertools::combinations"},
    {"itertools.permutations",
     "(iterable: iterable[T], r: int | None = None) -> permutations[tuple[T, ...]]",
     "ingot::rt::itertools::permutations"},
    {"itertools.pairwise", "(iterable: iterable[T]) -> pairwise[tuple[T, T]]",
     "ingot::rt::itertools::pairwise"},
    {"itertools.count", "(start: int = 0, step: int = 1) -> count[int]",
     "ingot::rt::itertools::count"},
    {"itertools.repeat", "(object: T, times: int) -> repeat[T]", "ingot::rt::itertools::repeat"},
    {"itertools.takewhile", "(predicate: callable[T] -> R, iterable: iterable[T]) -> takewhile[T]",
     "ingot::rt::itertools::takewhile"},
    {"itertools.dropwhile", "(predicate: callable[T] -> R, iterable: iterable[T]) -> dropwhile[T]",
     "ingot::rt::itertools::dropwhile"},
    {"functools.reduce", "(function: callable[T, T] -> T, iterable: iterable[T]) -> T",
     "ingot::rt::functools::reduce"},
    {"functools.reduce", "(function: callable[A, T] -> A, iterable: iterable[T], initial: A) -> A",
     "ingot::rt::functools::reduce_initial"},
};

}  // namespace

std::span<const OpRow> itertools_rows() { return kItertoolsRows; }

}  // namespace ingot::types
