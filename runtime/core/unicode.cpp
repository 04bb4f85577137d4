#include "runtime/core/unicode.h"

#include <utf8proc.h>

#include <algorithm>
#include <iterator>

#include "runtime/core/str.h"

namespace ingot::rt::unicode {

namespace {

struct CategoryOverride {
  char32_t first, last;
  unsigned char category;
};
struct FullMapping {
  char32_t cp;
  const char* utf8;
};
struct CodePointRange {
  char32_t first, last;
};
struct DecimalRun {
  char32_t first, last;
  int value_of_first;
};

#include "runtime/core/unicode_tables.inc"

static_assert(INGOT_UTF8PROC_TABLES_MAJOR == UTF8PROC_VERSION_MAJOR &&
                  INGOT_UTF8PROC_TABLES_MINOR == UTF8PROC_VERSION_MINOR,
              "unicode_tables.inc was generated against another utf8proc: regenerate it with "
              "runtime/core/gen_unicode_tables.py");

// The entry of a sorted range table that contains cp, or nullptr.
template <class Entry, size_t N>
const Entry* find_range(const Entry (&table)[N], char32_t cp) {
  auto it = std::upper_bound(std::begin(table), std::end(table), cp,
                             [](char32_t c, const Entry& e) { return c < e.first; });
  if (it == std::begin(table)) return nullptr;
  --it;
  return cp <= it->last ? &*it : nullptr;
}

template <size_t N>
bool in_ranges(const CodePointRange (&table)[N], char32_t cp) {
  return find_range(table, cp) != nullptr;
}

template <size_t N>
const char* find_mapping(const FullMapping (&table)[N], char32_t cp) {
  auto it = std::lower_bound(std::begin(table), std::end(table), cp,
                             [](const FullMapping& e, char32_t c) { return e.cp < c; });
  return it != std::end(table) && it->cp == cp ? it->utf8 : nullptr;
}

template <size_t N>
void append_mapped(std::string& out, char32_t cp, const FullMapping (&table)[N],
                   utf8proc_int32_t (*simple)(utf8proc_int32_t)) {
  if (const char* full = find_mapping(table, cp)) {
    out += full;
  } else {
    append_utf8(out, static_cast<char32_t>(simple(static_cast<utf8proc_int32_t>(cp))));
  }
}

bool ascii_lower(char32_t cp) { return cp >= 'a' && cp <= 'z'; }
bool ascii_upper(char32_t cp) { return cp >= 'A' && cp <= 'Z'; }

}  // namespace

Category category(char32_t cp) {
  if (const CategoryOverride* o = find_range(kCategoryOverrides, cp)) {
    return static_cast<Category>(o->category);
  }
  return static_cast<Category>(utf8proc_category(static_cast<utf8proc_int32_t>(cp)));
}

bool is_alpha(char32_t cp) {
  if (cp < 0x80) return ascii_lower(cp) || ascii_upper(cp);
  Category c = category(cp);
  return c == Category::Lu || c == Category::Ll || c == Category::Lt || c == Category::Lm ||
         c == Category::Lo;
}

int decimal_value(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9' ? static_cast<int>(cp - '0') : -1;
  const DecimalRun* run = find_range(kDecimalRuns, cp);
  return run ? run->value_of_first + static_cast<int>(cp - run->first) : -1;
}
bool is_decimal(char32_t cp) { return decimal_value(cp) >= 0; }
bool is_digit(char32_t cp) { return in_ranges(kDigit, cp); }
bool is_numeric(char32_t cp) { return in_ranges(kNumeric, cp); }
bool is_space(char32_t cp) { return in_ranges(kSpace, cp); }
bool is_lowercase(char32_t cp) { return in_ranges(kLowercase, cp); }
bool is_uppercase(char32_t cp) { return in_ranges(kUppercase, cp); }
bool is_titlecase(char32_t cp) { return category(cp) == Category::Lt; }
bool is_cased(char32_t cp) { return is_lowercase(cp) || is_uppercase(cp) || is_titlecase(cp); }
bool is_case_ignorable(char32_t cp) { return in_ranges(kCaseIgnorable, cp); }
bool is_xid_start(char32_t cp) { return in_ranges(kXidStart, cp); }
bool is_xid_continue(char32_t cp) { return in_ranges(kXidContinue, cp); }

bool is_printable(char32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  switch (category(cp)) {
    case Category::Cc:
    case Category::Cf:
    case Category::Cs:
    case Category::Co:
    case Category::Cn:
    case Category::Zl:
    case Category::Zp:
    case Category::Zs:
      return false;
    default:
      return true;
  }
}

void append_upper(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(ascii_lower(cp) ? cp - 32 : cp);
    return;
  }
  append_mapped(out, cp, kUpperFull, utf8proc_toupper);
}
void append_lower(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(ascii_upper(cp) ? cp + 32 : cp);
    return;
  }
  append_mapped(out, cp, kLowerFull, utf8proc_tolower);
}
void append_title(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(ascii_lower(cp) ? cp - 32 : cp);
    return;
  }
  append_mapped(out, cp, kTitleFull, utf8proc_totitle);
}
void append_casefold(std::string& out, char32_t cp) {
  if (const char* full = find_mapping(kCasefoldFull, cp)) {
    out += full;
  } else {
    append_lower(out, cp);
  }
}

}  // namespace ingot::rt::unicode
