// The character properties the tokenizers pipeline asks about, with the
// meaning Rust's `char` methods give them (that is what Hugging Face `tokenizers` uses).
// Unicode data comes from utf8proc.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "runtime/core/utf8.h"

namespace ingot::text {

// UTF-8 itself is the runtime core's (runtime/core/utf8.h).
using rt::append_utf8;
using rt::count_code_points;
using rt::decode_at;
using rt::is_continuation;
using rt::is_valid_utf8;
using rt::to_utf8;
using rt::utf8_length;

// Rust char::is_whitespace: the White_Space property.
bool is_whitespace(char32_t cp);
// A \w character as Rust's regex crate defines it (Alphabetic, marks, Nd, Pc, the joiners):
// what added tokens with single_word look at on either side.
bool is_word_char(char32_t cp);
// Rust char::is_numeric: Nd, Nl, No (what the Digits pre-tokenizer splits on).
bool is_numeric(char32_t cp);
// Any general category P* (and ASCII punctuation, which includes symbols like '$').
bool is_punctuation(char32_t cp);
bool is_ascii_punctuation(char32_t cp);
// Categories Cc, Cf, Cs, Co, Cn except \t \n \r: what BertNormalizer drops.
bool is_bert_control(char32_t cp);
bool is_combining_mark(char32_t cp);   // Mn, Mc, Me
bool is_nonspacing_mark(char32_t cp);  // Mn only: what BertNormalizer strips
bool is_chinese_char(char32_t cp);     // the CJK blocks BERT puts spaces around
int combining_class(char32_t cp);

// Full lowercase mapping (Rust char::to_lowercase, unconditional SpecialCasing).
std::u32string to_lowercase(char32_t cp);

}  // namespace ingot::text
