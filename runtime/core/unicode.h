// Unicode properties and case mappings of one code point, as CPython 3.11 sees them:
// utf8proc's data corrected by the tables generated from CPython (unicode_tables.inc).
// Internal to the runtime; str.cpp builds Python's str methods on it.
#pragma once

#include <string>

namespace ingot::rt::unicode {

enum class Category : unsigned char {
  Cn,
  Lu,
  Ll,
  Lt,
  Lm,
  Lo,
  Mn,
  Mc,
  Me,
  Nd,
  Nl,
  No,
  Pc,
  Pd,
  Ps,
  Pe,
  Pi,
  Pf,
  Po,
  Sm,
  Sc,
  Sk,
  So,
  Zs,
  Zl,
  Zp,
  Cc,
  Cf,
  Cs,
  Co
};
Category category(char32_t cp);

bool is_alpha(char32_t cp);      // Lu Ll Lt Lm Lo
bool is_decimal(char32_t cp);    // Numeric_Type=Decimal
int decimal_value(char32_t cp);  // 0..9, or -1
bool is_digit(char32_t cp);      // Numeric_Type=Digit or Decimal
bool is_numeric(char32_t cp);    // any Numeric_Type
bool is_space(char32_t cp);
bool is_lowercase(char32_t cp);  // the Lowercase property
bool is_uppercase(char32_t cp);  // the Uppercase property
bool is_titlecase(char32_t cp);  // Lt
bool is_cased(char32_t cp);
bool is_case_ignorable(char32_t cp);
bool is_printable(char32_t cp);
bool is_xid_start(char32_t cp);  // or '_': what may start an identifier
bool is_xid_continue(char32_t cp);

// Full case mappings (SpecialCasing included), appended to `out` as UTF-8.
void append_upper(std::string& out, char32_t cp);
void append_lower(std::string& out, char32_t cp);
void append_title(std::string& out, char32_t cp);
void append_casefold(std::string& out, char32_t cp);

}  // namespace ingot::rt::unicode
