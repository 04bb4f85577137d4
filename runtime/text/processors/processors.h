// Post-processors add the special tokens around one text or a pair and set type ids:
// TemplateProcessing, BertProcessing, RobertaProcessing, ByteLevel (offset trimming),
// Sequence.
#pragma once

#include <memory>

#include "runtime/text/encoding.h"
#include "runtime/text/json.h"

namespace ingot::text {

class PostProcessor {
 public:
  virtual ~PostProcessor() = default;
  // How many special tokens process adds to one text or a pair.
  virtual size_t added_tokens(bool is_pair) const = 0;
  virtual std::vector<Encoding> process(std::vector<Encoding> encodings,
                                        bool add_special_tokens) const = 0;
};

std::unique_ptr<PostProcessor> make_post_processor(const Json& j);

// Moves offsets past the leading/trailing spaces of byte-level tokens.
void trim_byte_level_offsets(Encoding& encoding, bool add_prefix_space);

}  // namespace ingot::text
