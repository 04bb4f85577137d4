// The lexer: Python source text to tokens, with indentation, implicit line joining,
// backslash continuation, every literal form and PEP 701 f-strings.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/lex/token.h"

namespace ingot::lex {

struct TokenList {
  // The text the tokens point into, as CPython reads a file: decoded to UTF-8 (a BOM or a
  // PEP 263 coding cookie decides, through ICU's converters), the BOM dropped, "\r\n" and
  // "\r" turned into "\n", and a final newline added.
  std::string text;
  std::vector<Token> tokens;  // ends with EndMarker, or with Error when `error` is set
  std::optional<LexError> error;
};

// Tokenizes all of `source`. Stops at the first error, which ends the list as an Error
// token and is described in `error`.
TokenList tokenize(std::string_view source);

// Whether the UTF-8 sequence at `i` is valid: nullptr and its `length` if so, else
// Python's codec reason ("invalid start byte", "invalid continuation byte",
// "unexpected end of data").
const char* utf8_problem(std::string_view s, size_t i, size_t& length);

// Normalizes newlines as CPython does when it reads a file ("\r\n" and "\r" become "\n").
std::string normalize_newlines(std::string_view source);

}  // namespace ingot::lex
