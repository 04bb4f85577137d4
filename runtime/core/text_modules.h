// Python's `string` constants, the `unicodedata` functions real text code uses, and
// `base64` (embeddings travel as base64 of their float32 bytes in the OpenAI API).
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

namespace ingot::rt::base64_module {

// base64.b64encode(s, altchars): standard Base64 with padding, no newline; `altchars`
// (two bytes) replace '+' and '/'.
Bytes b64encode(const Bytes& s, const Optional<Bytes>& altchars);
// base64.b64decode(s, altchars, validate): an ASCII str or bytes. Without `validate`,
// characters outside the alphabet are skipped and decoding stops at complete padding, as
// binascii.a2b_base64 does; with it, they are binascii.Error, as are misplaced pads.
Bytes b64decode(const Str& s, const Optional<Bytes>& altchars, Bool validate);
Bytes b64decode(const Bytes& s, const Optional<Bytes>& altchars, Bool validate);
// The URL- and filesystem-safe alphabet: '-' and '_' for '+' and '/'.
Bytes urlsafe_b64encode(const Bytes& s);
Bytes urlsafe_b64decode(const Str& s);
Bytes urlsafe_b64decode(const Bytes& s);

}  // namespace ingot::rt::base64_module
