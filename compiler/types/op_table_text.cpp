// The op library's rows for Python's `string` constants, `unicodedata` and `base64` (see
// op_table.cpp for the format; the runtime is runtime/core/text_modules.h).
#include "compiler/types/op_library.h"

namespace ingot::types {

namespace {

constexpr OpRow kTextRows[] = {
    {"string.ascii_letters", "-> str", "ingot::rt::string_module::ascii_letters()"},
    {"string.ascii_lowercase", "-> str", "ingot::rt::string_module::ascii_lowercase()"},
    {"string.ascii_uppercase", "-> str", "ingot::rt::string_module::ascii_uppercase()"},
    {"string.digits", "-> str", "ingot::rt::string_module::digits()"},
    {"string.hexdigits", "-> str", "ingot::rt::string_module::hexdigits()"},
    {"string.octdigits", "-> str", "ingot::rt::string_module::octdigits()"},
    {"string.punctuation", "-> str", "ingot::rt::string_module::punctuation()"},
    {"string.printable", "-> str", "ingot::rt::string_module::printable()"},
    {"string.whitespace", "-> str", "ingot::rt::string_module::whitespace()"},
    {"string.capwords", "(s: str, sep: str | None = None) -> str",
     "ingot::rt::string_module::capwords"},
    {"base64.b64encode", "(s: bytes, altchars: bytes | None = None) -> bytes",
     "ingot::rt::base64_module::b64encode"},
    {"base64.standard_b64encode", "(s: bytes) -> bytes",
     "ingot::rt::base64_module::b64encode({0}, std::nullopt)"},
    {"base64.urlsafe_b64encode", "(s: bytes) -> bytes",
     "ingot::rt::base64_module::urlsafe_b64encode"},
    {"base64.b64decode",
     "(s: str | bytes, altchars: bytes | None = None, validate: bool = False) -> bytes",
     "ingot::rt::base64_module::b64decode"},
    {"base64.standard_b64decode", "(s: str | bytes) -> bytes",
     "ingot::rt::base64_module::b64decode({0}, std::nullopt, false)"},
    {"base64.urlsafe_b64decode", "(s: str | bytes) -> bytes",
     "ingot::rt::base64_module::urlsafe_b64decode"},
    {"unicodedata.normalize", "(form: str, unistr: str) -> str",
     "ingot::rt::unicodedata::normalize"},
    {"unicodedata.is_normalized", "(form: str, unistr: str) -> bool",
     "ingot::rt::unicodedata::is_normalized"},
    {"unicodedata.category", "(chr: str) -> str", "ingot::rt::unicodedata::category"},
    {"unicodedata.combining", "(chr: str) -> int", "ingot::rt::unicodedata::combining"},
    {"unicodedata.mirrored", "(chr: str) -> int", "ingot::rt::unicodedata::mirrored"},
    {"unicodedata.bidirectional", "(chr: str) -> str", "ingot::rt::unicodedata::bidirectional"},
    {"unicodedata.decimal", "(chr: str) -> int", "ingot::rt::unicodedata::decimal"},
    {"unicodedata.decimal", "(chr: str, default: int) -> int", "ingot::rt::unicodedata::decimal"},
    {"unicodedata.unidata_version", "-> str", "ingot::rt::Str(\"14.0.0\")"},
};

}  // namespace

std::span<const OpRow> text_module_rows() { return kTextRows; }

}  // namespace ingot::types
