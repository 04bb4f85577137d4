// Tokens of Python 3.12 source, as CPython's tokenizer produces them (PEP 701 f-strings
// included: FStringStart / FStringMiddle / FStringEnd around ordinary tokens).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "compiler/diagnostics/diagnostics.h"

namespace ingot::lex {

enum class TokenKind : uint8_t {
  Name,           // identifiers and keywords (the parser tells them apart)
  Number,         // any numeric literal, imaginary ones included
  String,         // a complete non-f string literal, prefix and quotes included
  FStringStart,   // f-string prefix and opening quote: `f"`, `rf'''`
  FStringMiddle,  // literal text inside an f-string or a format spec, undecoded
  FStringEnd,     // the closing quote of an f-string
  Op,             // operators and delimiters, `!` of an f-string conversion included
  Newline,        // end of a logical line
  Indent,
  Dedent,
  EndMarker,
  Error,  // the lexer stopped here; the error is in `error_*` of the token list
};

struct Token {
  TokenKind kind = TokenKind::EndMarker;
  std::string_view text;  // the token's source text (empty for Indent/Dedent/EndMarker)
  uint32_t begin = 0;     // byte offsets of `text` in the lexed buffer
  uint32_t end = 0;
  diag::Loc loc;       // CPython's positions: 1-based lines, 0-based byte columns
  uint16_t depth = 0;  // open brackets around the token (its own included if it opens)

  bool is(TokenKind k) const { return kind == k; }
  bool is_op(std::string_view op) const { return kind == TokenKind::Op && text == op; }
  bool is_name(std::string_view name) const { return kind == TokenKind::Name && text == name; }
};

// A lexing error, reported when the parser reaches it (CPython tokenizes lazily, so a
// syntax error before it wins).
struct LexError {
  diag::Kind kind = diag::Kind::InvalidSyntax;
  diag::Loc loc;
  std::string message;
  // "'(' was never closed": found at the end of the file. It replaces a parser error only
  // when that error is on a later line than the bracket (as in CPython).
  bool unclosed_bracket = false;
};

bool is_keyword(std::string_view name);

}  // namespace ingot::lex
