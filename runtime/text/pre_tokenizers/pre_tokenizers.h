// Pre-tokenizers: BertPreTokenizer, Whitespace, WhitespaceSplit, ByteLevel, Metaspace,
// Split, Punctuation, Digits, CharDelimiterSplit, Sequence.
#pragma once

#include <memory>

#include "runtime/text/json.h"
#include "runtime/text/normalized.h"

namespace ingot::text {

class PreTokenizer {
 public:
  virtual ~PreTokenizer() = default;
  virtual void pre_tokenize(PreTokenizedString& text) const = 0;
};

std::unique_ptr<PreTokenizer> make_pre_tokenizer(const Json& j);

// GPT-2's pre-tokenization regex, used by ByteLevel.
extern const char* const kGpt2Pattern;

}  // namespace ingot::text
