// Decoders turn tokens back into text: ByteLevel, WordPiece, Metaspace, BPEDecoder,
// ByteFallback, Fuse, Strip, Replace, CTC, Sequence.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "runtime/text/json.h"

namespace ingot::text {

class Decoder {
 public:
  virtual ~Decoder() = default;
  virtual std::vector<std::string> decode_chain(std::vector<std::string> tokens) const = 0;
};

std::unique_ptr<Decoder> make_decoder(const Json& j);

}  // namespace ingot::text
