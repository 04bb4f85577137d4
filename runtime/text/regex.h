// Regular expressions of tokenizer.json (Split, Replace, ByteLevel's GPT-2 pattern) through
// PCRE2. Hugging Face `tokenizers` uses Oniguruma; its Debian package ships no static library,
// so patterns are translated to PCRE2 with Oniguruma's meaning where the two differ for the
// patterns real tokenizers use:
//  - \w is Alphabetic | Mark | Decimal_Number | Connector_Punctuation in Oniguruma as
//    `tokenizers` builds it, plus the numbers of its Latin-1 table (² ³ ¹ ¼ ½ ¾) and
//    without Join_Control (checked live in the parity tests); PCRE2 10.42's UCP \w is
//    Letter | Number | '_'. We spell Oniguruma's out.
//  - \s is White_Space in Oniguruma, which includes U+0085; PCRE2's UCP \s lacks it.
//  - ^ and $ match at line breaks (Oniguruma's Ruby syntax), so PCRE2_MULTILINE is on.
//  - \p{..} classes, (?i:..), look-ahead and {m,n} mean the same in both.
// Empty matches advance one character and are not reported right after a match, as the
// Rust `onig` crate's find_iter does.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ingot::text {

class Regex {
 public:
  // Throws TokenizerError naming the pattern when PCRE2 rejects it.
  explicit Regex(const std::string& pattern);
  ~Regex();
  Regex(const Regex&) = delete;
  Regex& operator=(const Regex&) = delete;

  // Every non-overlapping match as byte ranges [start, end).
  std::vector<std::pair<size_t, size_t>> find_all(std::string_view text) const;
  const std::string& pattern() const { return pattern_; }

 private:
  struct Compiled;
  std::string pattern_;
  std::unique_ptr<Compiled> compiled_;
};

// Escapes a literal string so that it matches itself.
std::string regex_escape(std::string_view literal);
// The Oniguruma -> PCRE2 translation described above (exposed for tests).
std::string translate_oniguruma(std::string_view pattern);

}  // namespace ingot::text
