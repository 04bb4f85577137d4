// Normalizers: NFC/NFD/NFKC/NFKD, Lowercase, StripAccents, Strip, Replace, Prepend, Append,
// BertNormalizer, Precompiled (SentencePiece charsmap), ByteLevel, Sequence.
#pragma once

#include <memory>

#include "runtime/text/json.h"
#include "runtime/text/normalized.h"

namespace ingot::text {

class Normalizer {
 public:
  virtual ~Normalizer() = default;
  virtual void normalize(NormalizedString& text) const = 0;
};

// Throws TokenizerError for an unknown type or a malformed field.
std::unique_ptr<Normalizer> make_normalizer(const Json& j);

// The printable character GPT-2's byte-level alphabet gives each byte.
char32_t byte_to_char(unsigned char byte);
// A {"String": ...} or {"Regex": ...} pattern of Replace and Split.
Pattern pattern_from_json(const Json& j, const std::string& component);

}  // namespace ingot::text
