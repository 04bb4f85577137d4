// Python's `string` constants and the `unicodedata` functions real text code uses.
// unicodedata is answered by utf8proc, which the runtime links for str's methods already.
#pragma once

#include "runtime/core/str.h"
#include "runtime/core/values.h"

namespace ingot::rt::string_module {

// The constants of Python's `string` module, character for character.
const Str& ascii_letters();
const Str& ascii_lowercase();
const Str& ascii_uppercase();
const Str& digits();
const Str& hexdigits();
const Str& octdigits();
const Str& punctuation();
const Str& printable();
const Str& whitespace();
// string.capwords(s, sep=None)
Str capwords(const Str& s, const Optional<Str>& sep);

}  // namespace ingot::rt::string_module

namespace ingot::rt::unicodedata {

Str normalize(const Str& form, const Str& text);
Bool is_normalized(const Str& form, const Str& text);
// Each takes a one-character str; any other length is CPython's TypeError.
Str category(const Str& chr);
Int combining(const Str& chr);
Int mirrored(const Str& chr);
Str bidirectional(const Str& chr);
Int decimal(const Str& chr);
Int decimal(const Str& chr, Int default_value);

}  // namespace ingot::rt::unicodedata
