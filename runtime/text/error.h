// The one error kind of runtime/text: a tokenizer.json that is malformed or names a
// component we do not implement, input that is not UTF-8, options that cannot be honoured.
// The ABI layer turns it into a Python exception (ValueError) with this message.
#pragma once

#include <stdexcept>
#include <string>

namespace ingot::text {

class TokenizerError : public std::runtime_error {
 public:
  explicit TokenizerError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace ingot::text
