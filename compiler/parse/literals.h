// Decoding literal tokens into constant values: numbers, and string bodies with their
// escape sequences (\N{NAME} through ICU's Unicode name table).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "compiler/parse/ast.h"

namespace ingot::parse {

// A number token's text ("0x_ff", "1_000.5e-3", "2j") as a Constant value: Int, double or
// Complex. The lexer has already validated the form.
ast::ConstantValue decode_number(std::string_view text);

// Appends code point `cp` as UTF-8 (surrogates as WTF-8, see ast::Str).
void append_utf8(std::string& out, uint32_t cp);

struct DecodeResult {
  std::string value;
  std::string error;        // empty on success, else CPython's message
  size_t error_offset = 0;  // byte offset of the bad escape within the body
};

// Decodes a string body (between the quotes). `bytes` for b"" literals (escapes give
// bytes, \u \U \N are not escapes and non-ASCII text is an error); `raw` for r"".
DecodeResult decode_string_body(std::string_view body, bool raw, bool bytes);

// Splits a String token's text into prefix letters and body.
struct StringParts {
  bool raw = false, bytes = false, unicode = false, fstring = false;
  std::string_view body;
};
StringParts split_string_token(std::string_view text);

}  // namespace ingot::parse
