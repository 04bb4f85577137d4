#include "compiler/lex/lexer.h"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cctype>
#include <cstdio>

#include <algorithm>
#include <array>

namespace ingot::lex {

namespace {

constexpr std::array<std::string_view, 35> kKeywords = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};

// CPython's limits: deeper nesting is a syntax error, never a crash.
constexpr size_t kMaxBrackets = 200;
constexpr size_t kMaxIndents = 100;
constexpr int kTabSize = 8;

bool is_ascii_ident_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// str.isprintable() for one code point (ICU's u_isprint counts spaces as printable).
bool is_printable(UChar32 cp) {
  if (cp == ' ') return true;
  switch (u_charType(cp)) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_SURROGATE:
    case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_SPACE_SEPARATOR:
      return false;
    default:
      return true;
  }
}
bool is_hex_digit(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Where the lexer is inside (possibly nested) f-strings.
enum class Mode : uint8_t {
  FStringLiteral,  // literal text of an f-string
  Field,           // the expression of a replacement field
  Spec,            // the format spec of a replacement field
};

struct ModeEntry {
  Mode mode;
  char quote;
  bool triple;
  bool raw;
  size_t field_depth;  // brackets.size() just inside the field's '{'
  diag::Loc start;     // where the f-string starts, for "unterminated" errors
};

struct Bracket {
  char ch;
  diag::Loc loc;
};

class Lexer {
 public:
  explicit Lexer(TokenList& out) : out_(out), src_(out.text) {}

  void run() {
    while (!failed_) {
      if (at_line_start_ && modes_.empty() && brackets_.empty()) {
        if (!handle_indentation()) continue;
      }
      at_line_start_ = false;
      if (!modes_.empty() && modes_.back().mode != Mode::Field) {
        lex_fstring_text();
        continue;
      }
      if (!lex_token()) break;
    }
  }

 private:
  // ---- positions and emitting ---------------------------------------------------------

  char peek(size_t ahead = 0) const {
    return pos_ + ahead < src_.size() ? src_[pos_ + ahead] : '\0';
  }
  bool at_end() const { return pos_ >= src_.size(); }
  int32_t col_of(size_t offset) const { return static_cast<int32_t>(offset - line_start_); }

  void newline_at(size_t offset) {  // `offset` is the '\n' just consumed
    ++line_;
    line_start_ = offset + 1;
  }

  diag::Loc loc_at(size_t offset) const {
    int32_t col = col_of(offset);
    return diag::Loc{line_, col, line_, col};
  }

  void emit(TokenKind kind, size_t begin, int32_t begin_line, int32_t begin_col) {
    Token token;
    token.kind = kind;
    token.begin = static_cast<uint32_t>(begin);
    token.end = static_cast<uint32_t>(pos_);
    token.text = src_.substr(begin, pos_ - begin);
    token.loc = diag::Loc{begin_line, begin_col, line_, col_of(pos_)};
    token.depth = static_cast<uint16_t>(brackets_.size());
    out_.tokens.push_back(token);
    if (kind != TokenKind::Newline && kind != TokenKind::Indent && kind != TokenKind::Dedent)
      line_has_tokens_ = true;
  }
  void emit_here(TokenKind kind, size_t begin) { emit(kind, begin, line_, col_of(begin)); }

  void fail(diag::Kind kind, diag::Loc loc, std::string message) {
    if (failed_) return;
    failed_ = true;
    Token token;
    token.kind = TokenKind::Error;
    token.begin = token.end = static_cast<uint32_t>(std::min(pos_, src_.size()));
    token.loc = loc;
    out_.tokens.push_back(token);
    out_.error = LexError{kind, loc, std::move(message)};
  }
  void fail_syntax(diag::Loc loc, std::string message) {
    fail(diag::Kind::InvalidSyntax, loc, std::move(message));
  }

  // ---- indentation ---------------------------------------------------------------------

  // Measures the indentation of a new line. Returns false when the line is blank or a
  // comment (it was consumed whole and produces no tokens).
  bool handle_indentation() {
    int col = 0, alt_col = 0;
    for (;; ++pos_) {
      char c = peek();
      if (c == ' ') {
        ++col, ++alt_col;
      } else if (c == '\t') {
        col = (col / kTabSize + 1) * kTabSize;
        ++alt_col;
      } else if (c == '\f') {
        col = alt_col = 0;
      } else {
        break;
      }
    }
    char c = peek();
    if (c == '#' || c == '\n') {
      // A blank or comment-only line: no NEWLINE, no indentation change.
      while (!at_end() && peek() != '\n') ++pos_;
      if (at_end()) {
        at_line_start_ = false;
        return true;
      }
      newline_at(pos_);
      ++pos_;
      return false;
    }
    if (at_end()) {
      at_line_start_ = false;
      return true;
    }
    diag::Loc here = loc_at(pos_);
    if (col == indents_.back()) {
      if (alt_col != alt_indents_.back()) return tab_error(here), true;
    } else if (col > indents_.back()) {
      if (indents_.size() >= kMaxIndents) {
        fail(diag::Kind::BadIndentation, here, "too many levels of indentation");
        return true;
      }
      if (alt_col <= alt_indents_.back()) return tab_error(here), true;
      indents_.push_back(col);
      alt_indents_.push_back(alt_col);
      emit(TokenKind::Indent, line_start_, line_, 0);
      out_.tokens.back().loc.end_col = here.col;
    } else {
      while (indents_.size() > 1 && col < indents_.back()) {
        indents_.pop_back();
        alt_indents_.pop_back();
        emit(TokenKind::Dedent, pos_, line_, here.col);
      }
      if (col != indents_.back()) {
        // CPython reports it at the end of the line.
        size_t eol = src_.find('\n', pos_);
        if (eol == std::string_view::npos) eol = src_.size();
        here.col = here.end_col = col_of(eol);
        fail(diag::Kind::BadIndentation, here,
             "unindent does not match any outer indentation level");
        return true;
      }
      if (alt_col != alt_indents_.back()) return tab_error(here), true;
    }
    at_line_start_ = false;
    return true;
  }

  void tab_error(diag::Loc here) {
    here.col = here.end_col = 0;  // CPython gives no column
    fail(diag::Kind::TabError, here, "inconsistent use of tabs and spaces in indentation");
  }

  // ---- ordinary tokens -----------------------------------------------------------------

  // Lexes one token (or skips whitespace/comments). Returns false at the end.
  bool lex_token() {
    // Whitespace and comments.
    while (true) {
      char c = peek();
      if (c == ' ' || c == '\t' || c == '\f') {
        ++pos_;
      } else if (c == '#') {
        while (!at_end() && peek() != '\n') ++pos_;
      } else if (c == '\\') {
        if (peek(1) == '\n') {
          pos_ += 2;
          newline_at(pos_ - 1);
          if (at_end()) {
            fail_syntax(eof_loc(), "unexpected EOF while parsing");
            return false;
          }
        } else if (pos_ + 1 >= src_.size()) {
          fail_syntax(loc_at(pos_), "unexpected EOF while parsing");
          return false;
        } else {
          diag::Loc loc = loc_at(pos_ + 1);
          fail_syntax(loc, "unexpected character after line continuation character");
          return false;
        }
      } else {
        break;
      }
    }
    if (at_end()) return finish();

    size_t begin = pos_;
    char c = peek();
    if (c == '\n') {
      ++pos_;
      if (brackets_.empty() && modes_.empty()) {
        if (line_has_tokens_) {
          emit_here(TokenKind::Newline, begin);
          out_.tokens.back().loc.end_line = line_;
          out_.tokens.back().loc.end_col = col_of(pos_);
        }
        line_has_tokens_ = false;
        at_line_start_ = true;
      }
      // Inside brackets (a replacement field counts as one, even in a single-quoted
      // f-string since PEP 701) a newline only joins lines.
      newline_at(begin);
      return true;
    }
    if (is_ascii_ident_start(c) || static_cast<unsigned char>(c) >= 0x80) return lex_name();
    if (is_digit(c) || (c == '.' && is_digit(peek(1)))) return lex_number();
    if (c == '"' || c == '\'') return lex_string(begin, begin);
    return lex_operator();
  }

  const ModeEntry& innermost_fstring() const {
    for (auto it = modes_.rbegin(); it != modes_.rend(); ++it)
      if (it->mode == Mode::FStringLiteral) return *it;
    return modes_.back();
  }

  // The line CPython names when it meets the end of the file: the last line of text.
  int32_t detected_line() const {
    return at_end() && line_start_ == src_.size() && line_ > 1 ? line_ - 1 : line_;
  }

  // CPython places the tokens it makes at the end of the file (and errors there) at the end
  // of the last line.
  diag::Loc eof_loc() const {
    if (line_start_ != src_.size() || line_ <= 1) return loc_at(pos_);
    size_t last_start = src_.rfind('\n', src_.size() - 2);
    last_start = last_start == std::string_view::npos ? 0 : last_start + 1;
    int32_t col = static_cast<int32_t>(src_.size() - 1 - last_start);
    return diag::Loc{line_ - 1, col, line_ - 1, col};
  }

  void emit_at_eof(TokenKind kind) {
    emit_here(kind, pos_);
    out_.tokens.back().loc = eof_loc();
  }

  bool finish() {
    if (!modes_.empty()) {
      const ModeEntry& m = innermost_fstring();
      fail_syntax(m.start, std::string(m.triple ? "unterminated triple-quoted string literal"
                                                : "unterminated string literal") +
                               " (detected at line " + std::to_string(detected_line()) + ")");
      return false;
    }
    if (!brackets_.empty()) {
      const Bracket& b = brackets_.back();
      fail_syntax(b.loc, std::string("'") + b.ch + "' was never closed");
      out_.error->unclosed_bracket = true;
      return false;
    }
    if (line_has_tokens_) emit_at_eof(TokenKind::Newline);
    while (indents_.size() > 1) {
      indents_.pop_back();
      emit_at_eof(TokenKind::Dedent);
    }
    emit_at_eof(TokenKind::EndMarker);
    return false;
  }

  // Identifiers, keywords, and string prefixes.
  bool lex_name() {
    size_t begin = pos_;
    token_begin_ = begin;
    while (!at_end()) {
      unsigned char c = static_cast<unsigned char>(peek());
      if (c < 0x80) {
        if (is_ascii_ident_start(static_cast<char>(c)) || is_digit(static_cast<char>(c))) {
          ++pos_;
          continue;
        }
        break;
      }
      // A non-ASCII code point: must be XID_Start / XID_Continue.
      int32_t i = static_cast<int32_t>(pos_);
      UChar32 cp;
      U8_NEXT(src_.data(), i, static_cast<int32_t>(src_.size()), cp);
      bool first = pos_ == begin;
      if (cp < 0 || !u_hasBinaryProperty(cp, first ? UCHAR_XID_START : UCHAR_XID_CONTINUE)) {
        if (first || cp < 0 || !u_hasBinaryProperty(cp, UCHAR_XID_START)) {
          return invalid_character(pos_, cp);
        }
      }
      pos_ = static_cast<size_t>(i);
    }
    std::string_view word = src_.substr(begin, pos_ - begin);
    if ((peek() == '"' || peek() == '\'') && is_string_prefix(word)) {
      return lex_string(begin, pos_);
    }
    emit_here(TokenKind::Name, begin);
    return true;
  }

  bool invalid_character(size_t offset, UChar32 cp) {
    char buf[32];
    diag::Loc loc = loc_at(offset);
    if (cp < 0) {
      size_t length = 0;
      const char* problem = utf8_problem(src_, offset, length);
      snprintf(buf, sizeof buf, "0x%02x", static_cast<unsigned char>(src_[offset]));
      fail_syntax(loc, std::string("(unicode error) 'utf-8' codec can't decode byte ") + buf +
                           " in position " + std::to_string(offset - token_begin_) + ": " +
                           (problem ? problem : "invalid start byte"));
      return false;
    }
    snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    if (!is_printable(cp)) {
      fail_syntax(loc, std::string("invalid non-printable character ") + buf);
    } else {
      int32_t i = static_cast<int32_t>(offset);
      UChar32 skip;
      U8_NEXT(src_.data(), i, static_cast<int32_t>(src_.size()), skip);
      fail_syntax(loc, "invalid character '" + std::string(src_.substr(offset, i - offset)) +
                           "' (" + buf + ")");
    }
    return false;
  }

  static bool is_string_prefix(std::string_view word) {
    if (word.empty() || word.size() > 2) return false;
    std::string lower;
    for (char c : word) lower += static_cast<char>(c | 0x20);
    static constexpr std::array<std::string_view, 9> prefixes = {"r",  "u",  "b",  "f", "br",
                                                                 "rb", "fr", "rf", "ur"};
    return lower != "ur" && std::find(prefixes.begin(), prefixes.end(), lower) != prefixes.end();
  }

  // Numbers: validates the literal the way CPython's tokenizer does.
  bool lex_number() {
    size_t begin = pos_;
    char c = peek();
    if (c == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
      pos_ += 2;
      return lex_radix_digits(begin, "hexadecimal", is_hex_digit, [](char) { return false; });
    }
    if (c == '0' && (peek(1) == 'o' || peek(1) == 'O')) {
      pos_ += 2;
      return lex_radix_digits(
          begin, "octal", [](char d) { return d >= '0' && d <= '7'; },
          [](char d) { return d == '8' || d == '9'; });
    }
    if (c == '0' && (peek(1) == 'b' || peek(1) == 'B')) {
      pos_ += 2;
      return lex_radix_digits(
          begin, "binary", [](char d) { return d == '0' || d == '1'; },
          [](char d) { return is_digit(d); });
    }
    bool is_float = false;
    if (c != '.') {
      if (!lex_decimal_digits()) return false;
    }
    bool leading_zero_int = false;
    if (c == '0') {
      // "0", "00", "0_0" are fine; "01" is not (unless it turns out to be a float).
      std::string_view digits = src_.substr(begin, pos_ - begin);
      leading_zero_int = digits.find_first_not_of("0_") != std::string_view::npos;
    }
    if (peek() == '.') {
      is_float = true;
      ++pos_;
      if (is_digit(peek()) && !lex_decimal_digits()) return false;
    }
    if (peek() == 'e' || peek() == 'E') {
      size_t save = pos_;
      ++pos_;
      if (peek() == '+' || peek() == '-') ++pos_;
      if (!is_digit(peek())) {
        pos_ = save;
        return invalid_number(begin, "decimal");
      }
      if (!lex_decimal_digits()) return false;
      is_float = true;
    }
    if (peek() == 'j' || peek() == 'J') {
      ++pos_;
      return end_of_number(begin, "imaginary");
    }
    if (!is_float && leading_zero_int) {
      diag::Loc loc = loc_at(begin);
      loc.end_col = col_of(pos_);
      fail_syntax(loc,
                  "leading zeros in decimal integer literals are not permitted; use an 0o "
                  "prefix for octal integers");
      return false;
    }
    return end_of_number(begin, "decimal");
  }

  bool lex_decimal_digits() {
    while (true) {
      while (is_digit(peek())) ++pos_;
      if (peek() != '_') return true;
      ++pos_;
      if (!is_digit(peek())) {
        fail_syntax(loc_at(pos_ - 1), "invalid decimal literal");  // at the '_'

        return false;
      }
    }
  }

  template <typename Digit, typename Wrong>
  bool lex_radix_digits(size_t begin, const char* kind, Digit digit, Wrong wrong) {
    bool any = false;
    while (true) {
      if (peek() == '_') ++pos_;
      if (!digit(peek())) {
        if (wrong(peek())) {
          fail_syntax(loc_at(pos_),
                      std::string("invalid digit '") + peek() + "' in " + kind + " literal");
          return false;
        }
        if (!any || src_[pos_ - 1] == '_') {
          fail_syntax(loc_at(pos_ - 1), std::string("invalid ") + kind + " literal");
          return false;
        }
        break;
      }
      any = true;
      while (digit(peek())) ++pos_;
      if (wrong(peek())) {
        fail_syntax(loc_at(pos_),
                    std::string("invalid digit '") + peek() + "' in " + kind + " literal");
        return false;
      }
      if (peek() != '_') break;
    }
    return end_of_number(begin, kind);
  }

  // After a number: an identifier character may only start one of the keywords CPython
  // tolerates there (`1if x else y`).
  bool end_of_number(size_t begin, const char* kind) {
    char c = peek();
    if (is_ascii_ident_start(c) || static_cast<unsigned char>(c) >= 0x80) {
      static constexpr std::array<std::string_view, 8> allowed = {"and", "else", "for", "if",
                                                                  "in",  "is",   "not", "or"};
      std::string_view rest = src_.substr(pos_);
      bool ok = std::any_of(allowed.begin(), allowed.end(),
                            [&](std::string_view kw) { return rest.starts_with(kw); });
      if (!ok) return invalid_number(begin, kind);
    }
    emit_here(TokenKind::Number, begin);
    return true;
  }

  bool invalid_number(size_t begin, const char* kind) {
    // CPython points at the literal's start for decimals, else at its last good character.
    diag::Loc loc = loc_at(std::string_view(kind) == "decimal" ? begin : pos_ - 1);
    fail_syntax(loc, std::string("invalid ") + kind + " literal");
    return false;
  }

  bool lex_operator() {
    size_t begin = pos_;
    static constexpr std::array<std::string_view, 3> three = {"**=", "//=", "..."};
    static constexpr std::array<std::string_view, 4> three_shift = {">>=", "<<=", "", ""};
    static constexpr std::array<std::string_view, 20> two = {
        "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=",
        ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=", "<>"};
    std::string_view rest = src_.substr(pos_);
    size_t length = 0;
    for (auto op : three)
      if (rest.starts_with(op)) length = 3;
    for (auto op : three_shift)
      if (!op.empty() && rest.starts_with(op)) length = 3;
    if (length == 0)
      for (auto op : two)
        if (op != "<>" && rest.starts_with(op)) length = 2;
    char c = peek();
    if (length == 0) {
      static constexpr std::string_view singles = "!%&()*+,-./:;<=>@[]^{|}~";
      if (singles.find(c) == std::string_view::npos) {
        int32_t i = static_cast<int32_t>(pos_);
        UChar32 cp;
        U8_NEXT(src_.data(), i, static_cast<int32_t>(src_.size()), cp);
        if (c == '$' || c == '?' || c == '`') {
          // CPython reports these as plain invalid syntax at the parser level.
          ++pos_;
          emit_here(TokenKind::Op, begin);
          return true;
        }
        return invalid_character(pos_, cp);
      }
      length = 1;
    }

    // Replacement-field punctuation of an f-string.
    if (!modes_.empty() && modes_.back().mode == Mode::Field &&
        brackets_.size() == modes_.back().field_depth) {
      if (c == '}' || (c == ':' && length == 1) || (c == ':' && rest.starts_with(":="))) {
        pos_ += 1;
        emit_here(TokenKind::Op, begin);
        if (c == '}') {
          brackets_.pop_back();
          modes_.pop_back();
        } else {
          modes_.back().mode = Mode::Spec;
        }
        return true;
      }
    }

    pos_ += length;
    if (length == 1 && (c == '(' || c == '[' || c == '{')) {
      if (brackets_.size() >= kMaxBrackets) {
        fail_syntax(loc_at(begin), "too many nested parentheses");
        return false;
      }
      brackets_.push_back(Bracket{c, loc_at(begin)});
    } else if (length == 1 && (c == ')' || c == ']' || c == '}')) {
      if (!close_bracket(c, begin)) return false;
    }
    emit_here(TokenKind::Op, begin);
    return true;
  }

  bool close_bracket(char c, size_t begin) {
    size_t floor = 0;
    if (!modes_.empty() && modes_.back().mode == Mode::Field) floor = modes_.back().field_depth;
    if (brackets_.size() <= floor) {
      fail_syntax(loc_at(begin), std::string("unmatched '") + c + "'");
      return false;
    }
    const Bracket& open = brackets_.back();
    char expected = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
    if (c != expected) {
      std::string message = std::string("closing parenthesis '") + c +
                            "' does not match opening parenthesis '" + open.ch + "'";
      if (open.loc.line != line_) message += " on line " + std::to_string(open.loc.line);
      fail_syntax(loc_at(begin), message);
      return false;
    }
    brackets_.pop_back();
    return true;
  }

  // ---- strings -------------------------------------------------------------------------

  // `begin` is the start of the prefix, `quote_at` the opening quote.
  bool lex_string(size_t begin, size_t quote_at) {
    std::string_view prefix = src_.substr(begin, quote_at - begin);
    bool is_f = false, raw = false;
    for (char c : prefix) {
      if (c == 'f' || c == 'F') is_f = true;
      if (c == 'r' || c == 'R') raw = true;
    }
    char quote = src_[quote_at];
    bool triple =
        quote_at + 2 < src_.size() && src_[quote_at + 1] == quote && src_[quote_at + 2] == quote;
    int32_t start_line = line_;
    int32_t start_col = col_of(begin);
    diag::Loc start{start_line, start_col, start_line, start_col};
    pos_ = quote_at + (triple ? 3 : 1);
    if (is_f) {
      emit(TokenKind::FStringStart, begin, start_line, start_col);
      modes_.push_back(ModeEntry{Mode::FStringLiteral, quote, triple, raw, 0, start});
      return true;
    }
    while (true) {
      if (at_end()) return unterminated(start, triple);
      char c = peek();
      if (c == '\\') {
        ++pos_;
        if (at_end()) return unterminated(start, triple);
        if (peek() == '\n') newline_at(pos_);
        ++pos_;
        continue;
      }
      if (c == '\n') {
        if (!triple) return unterminated(start, triple);
        newline_at(pos_);
        ++pos_;
        continue;
      }
      if (c == quote) {
        if (!triple) {
          ++pos_;
          break;
        }
        if (peek(1) == quote && peek(2) == quote) {
          pos_ += 3;
          break;
        }
      }
      ++pos_;
    }
    emit(TokenKind::String, begin, start_line, start_col);
    return true;
  }

  bool unterminated(diag::Loc start, bool triple) {
    int32_t detected = triple ? detected_line() : line_;
    fail_syntax(start, std::string(triple ? "unterminated triple-quoted string literal"
                                          : "unterminated string literal") +
                           " (detected at line " + std::to_string(detected) + ")");
    return false;
  }

  // Literal text of an f-string or a format spec, up to a field, the spec's end or the
  // closing quote.
  void lex_fstring_text() {
    ModeEntry& m = modes_.back();
    const ModeEntry& fs = innermost_fstring();
    const char quote = fs.quote;
    const bool triple = fs.triple;
    const bool raw = fs.raw;
    const bool in_spec = m.mode == Mode::Spec;
    size_t begin = pos_;
    int32_t begin_line = line_, begin_col = col_of(pos_);
    auto flush = [&] {
      if (pos_ > begin) emit(TokenKind::FStringMiddle, begin, begin_line, begin_col);
    };
    while (true) {
      if (at_end()) {
        fail_syntax(fs.start, std::string(triple ? "unterminated triple-quoted string literal"
                                                 : "unterminated string literal") +
                                  " (detected at line " + std::to_string(detected_line()) + ")");
        return;
      }
      char c = peek();
      if (c == quote && (!triple || (peek(1) == quote && peek(2) == quote))) {
        if (in_spec) {
          // The string ends inside a format spec: the field was never closed.
          fail_syntax(loc_at(pos_), "f-string: expecting '}'");
          return;
        }
        flush();
        size_t q = pos_;
        pos_ += triple ? 3 : 1;
        emit_here(TokenKind::FStringEnd, q);
        modes_.pop_back();
        return;
      }
      if (c == '\n') {
        if (!triple) {
          fail_syntax(fs.start, "unterminated string literal (detected at line " +
                                    std::to_string(line_) + ")");
          return;
        }
        newline_at(pos_);
        ++pos_;
        continue;
      }
      if (c == '\\') {
        char next = peek(1);
        if (next == '{' || next == '}') {
          ++pos_;
          continue;
        }
        if (!raw && next == 'N' && peek(2) == '{') {
          pos_ += 3;
          while (!at_end() && peek() != '}' && peek() != quote && peek() != '\n') ++pos_;
          if (peek() == '}') ++pos_;
          continue;
        }
        if (next == '\n') newline_at(pos_ + 1);
        pos_ += next ? 2 : 1;
        continue;
      }
      if (c == '{') {
        if (!in_spec && peek(1) == '{') {
          pos_ += 2;
          continue;
        }
        flush();
        size_t b = pos_;
        if (brackets_.size() >= kMaxBrackets) {
          fail_syntax(loc_at(b), "too many nested parentheses");
          return;
        }
        brackets_.push_back(Bracket{'{', loc_at(b)});
        ++pos_;
        emit_here(TokenKind::Op, b);
        modes_.push_back(ModeEntry{Mode::Field, quote, triple, raw, brackets_.size(), fs.start});
        return;
      }
      if (c == '}') {
        if (in_spec) {
          flush();
          size_t b = pos_;
          ++pos_;
          emit_here(TokenKind::Op, b);
          brackets_.pop_back();
          modes_.pop_back();
          return;
        }
        if (peek(1) == '}') {
          pos_ += 2;
          continue;
        }
        fail_syntax(loc_at(pos_), "f-string: single '}' is not allowed");
        return;
      }
      ++pos_;
    }
  }

  TokenList& out_;
  std::string_view src_;
  size_t pos_ = 0;
  size_t token_begin_ = 0;  // start of the identifier being lexed, for codec errors
  int32_t line_ = 1;
  size_t line_start_ = 0;
  bool at_line_start_ = true;
  bool line_has_tokens_ = false;
  bool failed_ = false;
  std::vector<int> indents_{0};
  std::vector<int> alt_indents_{0};
  std::vector<Bracket> brackets_;
  std::vector<ModeEntry> modes_;
};

}  // namespace

bool is_keyword(std::string_view name) {
  return std::find(kKeywords.begin(), kKeywords.end(), name) != kKeywords.end();
}

std::string normalize_newlines(std::string_view source) {
  std::string text;
  text.reserve(source.size() + 1);
  for (size_t i = 0; i < source.size(); ++i) {
    char c = source[i];
    if (c == '\r') {
      if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
      c = '\n';
    }
    text += c;
  }
  return text;
}

const char* utf8_problem(std::string_view s, size_t i, size_t& length) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  length = 1;
  if (c < 0x80) return nullptr;
  if (c < 0xC2 || c > 0xF4) return "invalid start byte";
  size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  // The second byte's range depends on the first (no overlongs, surrogates, > U+10FFFF).
  unsigned char lo = 0x80, hi = 0xBF;
  if (c == 0xE0) lo = 0xA0;
  if (c == 0xED) hi = 0x9F;
  if (c == 0xF0) lo = 0x90;
  if (c == 0xF4) hi = 0x8F;
  for (size_t k = 1; k < need; ++k) {
    if (i + k >= s.size()) return "unexpected end of data";
    unsigned char b = byte(i + k);
    if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return "invalid continuation byte";
  }
  length = need;
  return nullptr;
}

namespace {

// The encoding named by a PEP 263 cookie on line 1 or 2 (line 2 only after a comment or
// blank line 1), or "" when there is none.
std::string find_coding_cookie(std::string_view text) {
  size_t line_start = 0;
  for (int line = 0; line < 2 && line_start < text.size(); ++line) {
    size_t end = text.find_first_of("\r\n", line_start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(line_start, end - line_start);
    size_t first = l.find_first_not_of(" \t\f");
    if (first != std::string_view::npos && l[first] == '#') {
      for (size_t at = l.find("coding", first); at != std::string_view::npos;
           at = l.find("coding", at + 1)) {
        size_t k = at + 6;
        if (k >= l.size() || (l[k] != ':' && l[k] != '=')) continue;
        ++k;
        while (k < l.size() && (l[k] == ' ' || l[k] == '\t')) ++k;
        size_t name_end = k;
        while (name_end < l.size() &&
               (std::isalnum(static_cast<unsigned char>(l[name_end])) || l[name_end] == '-' ||
                l[name_end] == '_' || l[name_end] == '.'))
          ++name_end;
        if (name_end > k) return std::string(l.substr(k, name_end - k));
      }
    } else if (first != std::string_view::npos) {
      return "";  // code on line 1: no cookie on line 2
    }
    line_start = end + 1;
    if (end + 1 < text.size() && text[end] == '\r' && text[end + 1] == '\n') ++line_start;
  }
  return "";
}

// CPython's get_normal_name: the spellings of utf-8 and latin-1 it recognizes itself.
std::string normal_encoding_name(const std::string& name) {
  std::string n;
  for (char c : name.substr(0, 12))
    n += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (n == "utf-8" || n.starts_with("utf-8-")) return "utf-8";
  if (n == "latin-1" || n == "iso-8859-1" || n == "iso-latin-1" || n.starts_with("latin-1-") ||
      n.starts_with("iso-8859-1-") || n.starts_with("iso-latin-1-"))
    return "iso-8859-1";
  return name;
}

// Source bytes to UTF-8 text, as CPython reads a file: a BOM or a coding cookie decides.
std::optional<LexError> decode_source(std::string_view bytes, std::string& out) {
  bool bom = bytes.starts_with("\xEF\xBB\xBF");
  if (bom) bytes.remove_prefix(3);
  std::string cookie = find_coding_cookie(bytes);
  std::string encoding = cookie.empty() ? "utf-8" : normal_encoding_name(cookie);
  diag::Loc start{1, 0, 1, 0};
  if (encoding == "utf-8") {
    out.assign(bytes);
    return std::nullopt;
  }
  if (bom)
    return LexError{diag::Kind::InvalidSyntax, start,
                    "encoding problem: " + encoding + " with BOM"};
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(encoding.c_str(), &status);
  if (U_FAILURE(status)) {
    return LexError{diag::Kind::InvalidSyntax, start, "unknown encoding: " + cookie};
  }
  icu::UnicodeString decoded(bytes.data(), static_cast<int32_t>(bytes.size()), converter, status);
  ucnv_close(converter);
  if (U_FAILURE(status)) {
    return LexError{diag::Kind::InvalidSyntax, start,
                    "(unicode error) cannot decode the source as " + cookie};
  }
  decoded.toUTF8String(out);
  return std::nullopt;
}

}  // namespace

TokenList tokenize(std::string_view source) {
  TokenList list;
  std::string decoded;
  if (std::optional<LexError> error = decode_source(source, decoded)) {
    Token token;
    token.kind = TokenKind::Error;
    token.loc = error->loc;
    list.tokens.push_back(token);
    list.error = std::move(error);
    return list;
  }
  list.text = normalize_newlines(decoded);
  if (!list.text.empty() && list.text.back() != '\n') list.text += '\n';
  Lexer lexer(list);
  lexer.run();
  return list;
}

}  // namespace ingot::lex
