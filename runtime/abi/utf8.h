// UTF-8 validation with CPython's error wording.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ingot::abi {

// Why `text` is not valid UTF-8, as CPython's UnicodeDecodeError says it ("'utf-8' codec
// can't decode byte 0xff in position 0: invalid start byte"), or nothing when it is.
// Surrogates (U+D800..U+DFFF), overlong forms and code points past U+10FFFF are invalid.
std::optional<std::string> utf8_error(std::string_view text);

}  // namespace ingot::abi
