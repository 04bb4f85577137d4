// The op library's rows for Python's `re` module and its Pattern and Match classes (see
// op_table.cpp for the format; the runtime is runtime/core/regex.h). A module function
// compiles its pattern through the runtime's cache, as CPython's re does. findall's items
// and split's pieces depend on the pattern's groups: a pattern known at compile time with
// two or more groups (findall) or any group (split) picks the `ingot.re.*_groups` rows
// (check.cpp, grouped_re_name); one known only at run time is typed for no groups and
// raises NotImplementedError when it has them.
#include "compiler/types/op_library.h"

namespace ingot::types {

namespace {

constexpr OpRow kReRows[] = {
    {"re.I", "-> int", "ingot::rt::re::kIgnoreCase"},
    {"re.IGNORECASE", "-> int", "ingot::rt::re::kIgnoreCase"},
    {"re.L", "-> int", "ingot::rt::re::kLocale"},
    {"re.LOCALE", "-> int", "ingot::rt::re::kLocale"},
    {"re.M", "-> int", "ingot::rt::re::kMultiline"},
    {"re.MULTILINE", "-> int", "ingot::rt::re::kMultiline"},
    {"re.S", "-> int", "ingot::rt::re::kDotAll"},
    {"re.DOTALL", "-> int", "ingot::rt::re::kDotAll"},
    {"re.U", "-> int", "ingot::rt::re::kUnicode"},
    {"re.UNICODE", "-> int", "ingot::rt::re::kUnicode"},
    {"re.X", "-> int", "ingot::rt::re::kVerbose"},
    {"re.VERBOSE", "-> int", "ingot::rt::re::kVerbose"},
    {"re.A", "-> int", "ingot::rt::re::kAscii"},
    {"re.ASCII", "-> int", "ingot::rt::re::kAscii"},
    {"re.NOFLAG", "-> int", "0"},
    {"re.compile", "(pattern: str, flags: int = 0) -> re.Pattern", "ingot::rt::re::compile"},
    {"re.compile", "(pattern: re.Pattern, flags: int = 0) -> re.Pattern", "ingot::rt::re::compile"},
    {"re.escape", "(pattern: str) -> str", "ingot::rt::re::escape"},
    {"re.purge", "() -> None", "ingot::rt::re::purge"},
    {"re.search", "(pattern: str, string: str, flags: int = 0) -> re.Match | None",
     "ingot::rt::re::search(ingot::rt::re::compile({0}, {2}), {1}, 0, 9223372036854775807)"},
    {"re.match", "(pattern: str, string: str, flags: int = 0) -> re.Match | None",
     "ingot::rt::re::match(ingot::rt::re::compile({0}, {2}), {1}, 0, 9223372036854775807)"},
    {"re.fullmatch", "(pattern: str, string: str, flags: int = 0) -> re.Match | None",
     "ingot::rt::re::fullmatch(ingot::rt::re::compile({0}, {2}), {1}, 0, 9223372036854775807)"},
    {"re.findall", "(pattern: str, string: str, flags: int = 0) -> list[str]",
     "ingot::rt::re::findall(ingot::rt::re::compile({0}, {2}), {1}, 0, 9223372036854775807)"},
    {"re.finditer", "(pattern: str, string: str, flags: int = 0) -> finditer[re.Match]",
     "ingot::rt::re::finditer(ingot::rt::re::compile({0}, {2}), {1}, 0, 9223372036854775807)"},
    {"re.split", "(pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[str]",
     "ingot::rt::re::split(ingot::rt::re::compile({0}, {3}), {1}, {2})"},
    {"re.sub", "(pattern: str, repl: str, string: str, count: int = 0, flags: int = 0) -> str",
     "ingot::rt::re::sub(ingot::rt::re::compile({0}, {4}), {1}, {2}, {3})"},
    {"re.sub",
     "(pattern: str, repl: callable[re.Match] -> str, string: str, count: int = 0, flags: int = 0) "
     "-> str",
     "ingot::rt::re::sub_fn(ingot::rt::re::compile({0}, {4}), {1}, {2}, {3})"},
    {"re.subn",
     "(pattern: str, repl: str, string: str, count: int = 0, flags: int = 0) -> tuple[str, int]",
     "ingot::rt::re::subn(ingot::rt::re::compile({0}, {4}), {1}, {2}, {3})"},
    {"re.subn",
     "(pattern: str, repl: callable[re.Match] -> str, string: str, count: int = 0, flags: int = 0) "
     "-> tuple[str, int]",
     "ingot::rt::re::subn_fn(ingot::rt::re::compile({0}, {4}), {1}, {2}, {3})"},
    {"re.search", "(pattern: re.Pattern, string: str, flags: int = 0) -> re.Match | None",
     "ingot::rt::re::search(ingot::rt::re::compile({0}, {2}), {1}, 0, 9223372036854775807)"},
    {"re.match", "(pattern: re.Pattern, string: str, flags: int = 0) -> re.Match | None",
     "ingot::rt::re::match(ingot::rt::re::compile({0}, {2}), {1}, 0, 9223372036854775807)"},
    {"re.fullmatch", "(pattern: re.Pattern, string: str, flags: int = 0) -> re.Match | None",
     "ingot::rt::re::fullmatch(ingot::rt::re::compile({0}, {2}), {1}, 0, 9223372036854775807)"},
    {"re.findall", "(pattern: re.Pattern, string: str, flags: int = 0) -> list[str]",
     "ingot::rt::re::findall(ingot::rt::re::compile({0}, {2}), {1}, 0, 9223372036854775807)"},
    {"re.finditer", "(pattern: re.Pattern, string: str, flags: int = 0) -> finditer[re.Match]",
     "ingot::rt::re::finditer(ingot::rt::re::compile({0}, {2}), {1}, 0, 9223372036854775807)"},
    {"re.split",
     "(pattern: re.Pattern, string: str, maxsplit: int = 0, flags: int = 0) -> list[str]",
     "ingot::rt::re::split(ingot::rt::re::compile({0}, {3}), {1}, {2})"},
    {"re.sub",
     "(pattern: re.Pattern, repl: str, string: str, count: int = 0, flags: int = 0) -> str",
     "ingot::rt::re::sub(ingot::rt::re::compile({0}, {4}), {1}, {2}, {3})"},
    {"re.sub",
     "(pattern: re.Pattern, repl: callable[re.Match] -> str, string: str, count: int = 0, flags: "
     "int = 0) -> str",
     "ingot::rt::re::sub_fn(ingot::rt::re::compile({0}, {4}), {1}, {2}, {3})"},
    {"re.subn",
     "(pattern: re.Pattern, repl: str, string: str, count: int = 0, flags: int = 0) -> tuple[str, "
     "int]",
     "ingot::rt::re::subn(ingot::rt::re::compile({0}, {4}), {1}, {2}, {3})"},
    {"re.subn",
     "(pattern: re.Pattern, repl: callable[re.Match] -> str, string: str, count: int = 0, flags: "
     "int = 0) -> tuple[str, int]",
     "ingot::rt::re::subn_fn(ingot::rt::re::compile({0}, {4}), {1}, {2}, {3})"},
    {"re.Pattern.search",
     "(self: re.Pattern, string: str, pos: int = 0, endpos: int = 9223372036854775807) -> re.Match "
     "| None",
     "ingot::rt::re::search"},
    {"re.Pattern.match",
     "(self: re.Pattern, string: str, pos: int = 0, endpos: int = 9223372036854775807) -> re.Match "
     "| None",
     "ingot::rt::re::match"},
    {"re.Pattern.fullmatch",
     "(self: re.Pattern, string: str, pos: int = 0, endpos: int = 9223372036854775807) -> re.Match "
     "| None",
     "ingot::rt::re::fullmatch"},
    {"re.Pattern.findall",
     "(self: re.Pattern, string: str, pos: int = 0, endpos: int = 9223372036854775807) -> "
     "list[str]",
     "ingot::rt::re::findall"},
    {"re.Pattern.finditer",
     "(self: re.Pattern, string: str, pos: int = 0, endpos: int = 9223372036854775807) -> "
     "finditer[re.Match]",
     "ingot::rt::re::finditer"},
    {"re.Pattern.split", "(self: re.Pattern, string: str, maxsplit: int = 0) -> list[str]",
     "ingot::rt::re::split"},
    {"re.Pattern.sub", "(self: re.Pattern, repl: str, string: str, count: int = 0) -> str",
     "ingot::rt::re::sub"},
    {"re.Pattern.sub",
     "(self: re.Pattern, repl: callable[re.Match] -> str, string: str, count: int = 0) -> str",
     "ingot::rt::re::sub_fn"},
    {"re.Pattern.subn",
     "(self: re.Pattern, repl: str, string: str, count: int = 0) -> tuple[str, int]",
     "ingot::rt::re::subn"},
    {"re.Pattern.subn",
     "(self: re.Pattern, repl: callable[re.Match] -> str, string: str, count: int = 0) -> "
     "tuple[str, int]",
     "ingot::rt::re::subn_fn"},
    {"ingot.re.findall_groups",
     "(pattern: str, string: str, flags: int = 0) -> list[tuple[str, ...]]",
     "ingot::rt::re::findall_groups(ingot::rt::re::compile({0}, {2}), {1}, 0, "
     "9223372036854775807)"},
    {"ingot.re.findall_groups",
     "(pattern: re.Pattern, string: str, flags: int = 0) -> list[tuple[str, ...]]",
     "ingot::rt::re::findall_groups(ingot::rt::re::compile({0}, {2}), {1}, 0, "
     "9223372036854775807)"},
    {"ingot.re.split_groups",
     "(pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[str | None]",
     "ingot::rt::re::split_groups(ingot::rt::re::compile({0}, {3}), {1}, {2})"},
    {"ingot.re.split_groups",
     "(pattern: re.Pattern, string: str, maxsplit: int = 0, flags: int = 0) -> list[str | None]",
     "ingot::rt::re::split_groups(ingot::rt::re::compile({0}, {3}), {1}, {2})"},
    {"ingot.re.Pattern.findall_groups",
     "(self: re.Pattern, string: str, pos: int = 0, endpos: int = 9223372036854775807) -> "
     "list[tuple[str, ...]]",
     "ingot::rt::re::findall_groups"},
    {"ingot.re.Pattern.split_groups",
     "(self: re.Pattern, string: str, maxsplit: int = 0) -> list[str | None]",
     "ingot::rt::re::split_groups"},
    {"re.Pattern.pattern", "property (self: re.Pattern) -> str", "ingot::rt::re::pattern_text"},
    {"re.Pattern.groups", "property (self: re.Pattern) -> int", "ingot::rt::re::pattern_groups"},
    {"re.Pattern.flags", "property (self: re.Pattern) -> int", "ingot::rt::re::pattern_flags"},
    {"re.Pattern.groupindex", "property (self: re.Pattern) -> dict[str, int]",
     "ingot::rt::re::pattern_groupindex"},
    {"re.Match.group", "(self: re.Match) -> str", "ingot::rt::re::match_group0"},
    {"re.Match.group", "(self: re.Match, group: int) -> str | None", "ingot::rt::re::match_group"},
    {"re.Match.group", "(self: re.Match, group: str) -> str | None", "ingot::rt::re::match_group"},
    {"re.Match.group", "(self: re.Match, a: int, b: int) -> tuple[str | None, str | None]",
     "ingot::rt::make_tuple(ingot::rt::re::match_group({0}, {1}), ingot::rt::re::match_group({0}, "
     "{2}))"},
    {"re.Match.group", "(self: re.Match, a: str, b: str) -> tuple[str | None, str | None]",
     "ingot::rt::make_tuple(ingot::rt::re::match_group({0}, {1}), ingot::rt::re::match_group({0}, "
     "{2}))"},
    {"operator.getitem", "(a: re.Match, b: int) -> str | None", "ingot::rt::re::match_group"},
    {"operator.getitem", "(a: re.Match, b: str) -> str | None", "ingot::rt::re::match_group"},
    {"re.Match.groups", "(self: re.Match, default: None = None) -> tuple[str | None, ...]",
     "ingot::rt::re::match_groups"},
    {"re.Match.groups", "(self: re.Match, default: str) -> tuple[str, ...]",
     "ingot::rt::re::match_groups_or"},
    {"re.Match.groupdict", "(self: re.Match, default: None = None) -> dict[str, str | None]",
     "ingot::rt::re::match_groupdict"},
    {"re.Match.groupdict", "(self: re.Match, default: str) -> dict[str, str]",
     "ingot::rt::re::match_groupdict_or"},
    {"re.Match.start", "(self: re.Match, group: int = 0) -> int", "ingot::rt::re::match_start"},
    {"re.Match.start", "(self: re.Match, group: str) -> int", "ingot::rt::re::match_start"},
    {"re.Match.end", "(self: re.Match, group: int = 0) -> int", "ingot::rt::re::match_end"},
    {"re.Match.end", "(self: re.Match, group: str) -> int", "ingot::rt::re::match_end"},
    {"re.Match.span", "(self: re.Match, group: int = 0) -> tuple[int, int]",
     "ingot::rt::re::match_span"},
    {"re.Match.span", "(self: re.Match, group: str) -> tuple[int, int]",
     "ingot::rt::re::match_span"},
    {"re.Match.expand", "(self: re.Match, template: str) -> str", "ingot::rt::re::match_expand"},
    {"re.Match.string", "property (self: re.Match) -> str", "{0}.subject()"},
    {"re.Match.re", "property (self: re.Match) -> re.Pattern", "{0}.re()"},
    {"re.Match.pos", "property (self: re.Match) -> int", "{0}.pos()"},
    {"re.Match.endpos", "property (self: re.Match) -> int", "{0}.endpos()"},
    {"re.Match.lastindex", "property (self: re.Match) -> int | None",
     "ingot::rt::re::match_lastindex"},
    {"re.Match.lastgroup", "property (self: re.Match) -> str | None",
     "ingot::rt::re::match_lastgroup"},
};

}  // namespace

std::span<const OpRow> re_rows() { return kReRows; }

}  // namespace ingot::types
