// UTF-8 walking and the character properties the tokenizers pipeline asks about, with the
// meaning Rust's `char` methods give them (that is what Hugging Face `tokenizers` uses).
// Unicode data comes from utf8proc.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ingot::text {

// Decodes the code point starting at text[pos] (text is valid UTF-8) and its byte length.
char32_t decode_at(std::string_view text, size_t pos, size_t* length);
size_t utf8_length(char32_t cp);
void append_utf8(std::string& out, char32_t cp);
std::string to_utf8(char32_t cp);
size_t count_chars(std::string_view text);
// Whether text is well-formed UTF-8 (no surrogates, no overlongs); else the byte offset.
bool valid_utf8(std::string_view text, size_t* error_offset);

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
