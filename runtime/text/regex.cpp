#include "runtime/text/regex.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "runtime/text/error.h"
#include "runtime/text/unicode.h"

namespace ingot::text {

namespace {

constexpr std::string_view kWordChars =
    "\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\x{B2}\\x{B3}\\x{B9}\\x{BC}-\\x{BE}";
constexpr std::string_view kSpaceChars = "\\s\\x{85}";

}  // namespace

std::string translate_oniguruma(std::string_view pattern) {
  std::string out;
  bool in_class = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      char next = pattern[++i];
      // Inside a class only the positive forms can be spelled out; \W and \S there keep
      // PCRE2's meaning (no real tokenizer pattern uses them).
      if (next == 'w') {
        out += in_class ? std::string(kWordChars) : "[" + std::string(kWordChars) + "]";
      } else if (next == 's') {
        out += in_class ? std::string(kSpaceChars) : "[" + std::string(kSpaceChars) + "]";
      } else if (next == 'W' && !in_class) {
        out += "[^" + std::string(kWordChars) + "]";
      } else if (next == 'S' && !in_class) {
        out += "[^" + std::string(kSpaceChars) + "]";
      } else {
        out += c;
        out += next;
      }
      continue;
    }
    if (c == '[' && !in_class) {
      in_class = true;
      out += c;
      // A ']' right after '[' or '[^' is a literal member.
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') out += pattern[++i];
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') out += pattern[++i];
      continue;
    }
    if (c == ']' && in_class) in_class = false;
    out += c;
  }
  return out;
}

std::string regex_escape(std::string_view literal) {
  std::string out = "\\Q";
  for (size_t i = 0; i < literal.size(); ++i) {
    // \E inside the literal ends the quoting: close, emit it escaped, reopen.
    if (literal.substr(i, 2) == "\\E") {
      out += "\\E\\\\E\\Q";
      ++i;
    } else {
      out += literal[i];
    }
  }
  return out + "\\E";
}

struct Regex::Compiled {
  pcre2_code* code = nullptr;
  ~Compiled() { pcre2_code_free(code); }
};

Regex::Regex(const std::string& pattern) : pattern_(pattern), compiled_(new Compiled) {
  std::string translated = translate_oniguruma(pattern);
  int error_code = 0;
  PCRE2_SIZE error_offset = 0;
  compiled_->code =
      pcre2_compile(reinterpret_cast<PCRE2_SPTR>(translated.data()), translated.size(),
                    PCRE2_UTF | PCRE2_UCP | PCRE2_MULTILINE | PCRE2_NO_UTF_CHECK, &error_code,
                    &error_offset, nullptr);
  if (compiled_->code == nullptr) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(error_code, message, sizeof message);
    throw TokenizerError("invalid regex pattern '" + pattern +
                         "': " + reinterpret_cast<const char*>(message));
  }
  // JIT is an optimisation only: without it the interpreter gives the same matches.
  pcre2_jit_compile(compiled_->code, PCRE2_JIT_COMPLETE);
}

Regex::~Regex() = default;

std::vector<std::pair<size_t, size_t>> Regex::find_all(std::string_view text) const {
  std::vector<std::pair<size_t, size_t>> matches;
  pcre2_match_data* data = pcre2_match_data_create_from_pattern(compiled_->code, nullptr);
  const auto* subject = reinterpret_cast<PCRE2_SPTR>(text.data());
  size_t pos = 0;
  bool has_last_end = false;
  size_t last_end = 0;
  while (pos <= text.size()) {
    int rc =
        pcre2_match(compiled_->code, subject, text.size(), pos, PCRE2_NO_UTF_CHECK, data, nullptr);
    if (rc < 0) {
      if (rc == PCRE2_ERROR_NOMATCH) break;
      pcre2_match_data_free(data);
      throw TokenizerError("regex '" + pattern_ + "' failed on input (PCRE2 error " +
                           std::to_string(rc) + ")");
    }
    PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(data);
    size_t start = ovector[0], end = ovector[1];
    if (start == end) {
      if (!(has_last_end && start == last_end)) matches.emplace_back(start, end);
      if (end >= text.size()) break;
      // Step over one whole character.
      pos = end + 1;
      while (pos < text.size() && is_continuation(text[pos])) ++pos;
    } else {
      matches.emplace_back(start, end);
      pos = end;
    }
    has_last_end = true;
    last_end = end;
  }
  pcre2_match_data_free(data);
  return matches;
}

}  // namespace ingot::text
