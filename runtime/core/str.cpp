#include "runtime/core/str.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "runtime/core/containers.h"
#include "runtime/core/unicode.h"
#include "runtime/core/utf8.h"

namespace ingot::rt {

namespace {

constexpr Int kCheckpointStride = 64;

// Decodes the code point at bytes[pos] (valid UTF-8) and advances pos past it.
char32_t next_code_point(std::string_view bytes, size_t& pos) {
  size_t length = 0;
  char32_t cp = decode_at(bytes, pos, &length);
  pos += length;
  return cp;
}

size_t next_offset(std::string_view bytes, size_t pos) {
  ++pos;
  while (pos < bytes.size() && is_continuation(bytes[pos])) ++pos;
  return pos;
}

std::u32string decode_all(std::string_view bytes) {
  std::u32string out;
  out.reserve(bytes.size());
  for (size_t pos = 0; pos < bytes.size();) out.push_back(next_code_point(bytes, pos));
  return out;
}

// The one-character ASCII strings, shared so iterating ASCII text allocates nothing.
const std::array<Str, 128>& ascii_chars() {
  static const std::array<Str, 128> chars = [] {
    std::array<Str, 128> out;
    for (int c = 0; c < 128; ++c) out[c] = Str(std::string(1, static_cast<char>(c)));
    return out;
  }();
  return chars;
}

// Python's ADJUST_INDICES for find/count/startswith: start and end clamped into [0, len].
void adjust_indices(Int length, const Optional<Int>& start_arg, const Optional<Int>& end_arg,
                    Int& start, Int& end) {
  start = start_arg.value_or(0);
  end = end_arg.value_or(length);
  if (end > length) {
    end = length;
  } else if (end < 0) {
    end = std::max<Int>(end + length, 0);
  }
  if (start < 0) start = std::max<Int>(start + length, 0);
}

// Byte offset of code point i, clamped to the string's end.
size_t clamp_offset(const Str& s, Int i) { return s.byte_offset(std::min(i, s.len())); }

// Code-point index of a byte offset that starts a code point.
Int index_of_offset(const Str& s, size_t offset) {
  if (s.is_ascii()) return static_cast<Int>(offset);
  return static_cast<Int>(count_code_points(s.view().substr(0, offset)));
}

bool is_line_break(char32_t c) {
  switch (c) {
    case '\n':
    case '\r':
    case 0x0B:
    case 0x0C:
    case 0x1C:
    case 0x1D:
    case 0x1E:
    case 0x85:
    case 0x2028:
    case 0x2029:
      return true;
    default:
      return false;
  }
}

Str fill_char_of(const Str& fillchar) {
  if (fillchar.len() != 1) {
    raise(ExcKind::TypeError, "The fill character must be exactly one character long");
  }
  return fillchar;
}

Str pad(const Str& self, Int left, Int right, const Str& fill) {
  if (left <= 0 && right <= 0) return self;
  if (left + right > (Int{1} << 36)) raise(ExcKind::MemoryError, "");
  std::string out;
  std::string_view f = fill.view();
  out.reserve(self.view().size() + (std::max<Int>(left, 0) + std::max<Int>(right, 0)) * f.size());
  for (Int i = 0; i < left; ++i) out += f;
  out += self.view();
  for (Int i = 0; i < right; ++i) out += f;
  return Str(std::move(out));
}

// strip() removes whitespace, or the code points of `chars`. It walks the UTF-8 bytes in
// from each end, decoding only the code points it tests; a string with nothing to strip is
// returned as is, as CPython returns the same object.
Str strip_impl(const Str& self, const Optional<Str>& chars, bool left, bool right) {
  const std::string_view bytes = self.view();
  const std::u32string set = chars && !chars->is_ascii() ? chars->code_points() : U"";
  auto strippable = [&](char32_t c) {
    if (!chars) return unicode::is_space(c);
    if (chars->is_ascii()) {
      return c < 0x80 && chars->view().find(static_cast<char>(c)) != std::string_view::npos;
    }
    return set.find(c) != std::u32string::npos;
  };
  size_t begin = 0, end = bytes.size();
  while (left && begin < end) {
    size_t next = begin;
    if (!strippable(next_code_point(bytes, next))) break;
    begin = next;
  }
  while (right && end > begin) {
    size_t start = end - 1;
    while (start > begin && is_continuation(bytes[start])) --start;
    size_t at = start;
    if (!strippable(next_code_point(bytes, at))) break;
    end = start;
  }
  if (begin == 0 && end == bytes.size()) return self;
  return Str(bytes.substr(begin, end - begin));
}

bool is_final_sigma(const std::u32string& cps, size_t i) {
  size_t j = i;
  char32_t c = 0;
  bool found = false;
  while (j > 0) {
    c = cps[--j];
    if (!unicode::is_case_ignorable(c)) {
      found = true;
      break;
    }
  }
  if (!found || !unicode::is_cased(c)) return false;
  for (j = i + 1; j < cps.size(); ++j) {
    if (!unicode::is_case_ignorable(cps[j])) return !unicode::is_cased(cps[j]);
  }
  return true;
}

void append_lower_at(std::string& out, const std::u32string& cps, size_t i) {
  if (cps[i] == 0x3A3) {
    append_utf8(out, is_final_sigma(cps, i) ? 0x3C2 : 0x3C3);
  } else {
    unicode::append_lower(out, cps[i]);
  }
}

template <class Pred>
Bool all_chars(const Str& self, Pred pred, bool empty_result) {
  if (self.empty()) return empty_result;
  std::string_view b = self.view();
  for (size_t pos = 0; pos < b.size();) {
    if (!pred(next_code_point(b, pos))) return false;
  }
  return true;
}

std::string hex_escape(char prefix, char32_t c, int digits) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\%c%0*x", prefix, digits, static_cast<unsigned>(c));
  return buf;
}

bool is_utf8_name(std::string_view e) {
  std::string n;
  for (char c : e)
    n += static_cast<char>(c == '_' ? '-' : std::tolower(static_cast<unsigned char>(c)));
  return n == "utf-8" || n == "utf8" || n == "u8" || n == "utf";
}
bool is_ascii_name(std::string_view e) {
  std::string n;
  for (char c : e)
    n += static_cast<char>(c == '_' ? '-' : std::tolower(static_cast<unsigned char>(c)));
  return n == "ascii" || n == "us-ascii" || n == "646";
}

}  // namespace

// ---- Str ------------------------------------------------------------------------------------

size_t Str::hash() const {
  if (!rep_) return std::hash<std::string_view>{}(std::string_view());
  size_t h = rep_->hash.load(std::memory_order_relaxed);
  if (h == 0) {
    h = std::hash<std::string_view>{}(rep_->bytes);
    rep_->hash.store(h, std::memory_order_relaxed);
  }
  return h;
}

std::shared_ptr<const Str::Rep> Str::make_rep(std::string&& bytes) {
  if (bytes.empty()) return nullptr;
  auto rep = std::make_shared<Rep>();
  rep->bytes = std::move(bytes);
  // Branch-free, so the compiler vectorizes it: every string pays this once.
  Int length = 0;
  unsigned char any_high = 0;
  for (char ch : rep->bytes) {
    auto b = static_cast<unsigned char>(ch);
    any_high |= b;
    length += is_continuation(b) ? 0 : 1;
  }
  const bool ascii = any_high < 0x80;
  rep->length = length;
  rep->ascii = ascii;
  return rep;
}

Str::Str(std::string_view utf8) : rep_(make_rep(std::string(utf8))) {}
Str::Str(std::string&& utf8) : rep_(make_rep(std::move(utf8))) {}

Str Str::from_code_point(char32_t cp) {
  if (cp < 128) return ascii_chars()[cp];
  std::string out;
  append_utf8(out, cp);
  return Str(std::move(out));
}

Str Str::from_code_points(const std::u32string& cps) {
  std::string out;
  out.reserve(cps.size());
  for (char32_t c : cps) append_utf8(out, c);
  return Str(std::move(out));
}

size_t Str::byte_offset(Int i) const {
  if (is_ascii()) return static_cast<size_t>(i);
  const std::string& b = rep_->bytes;
  if (i >= rep_->length) return b.size();
  auto& checkpoints = rep_->checkpoints;
  std::call_once(rep_->checkpoints_built, [&] {
    Int count = 0;
    for (size_t pos = 0; pos < b.size(); pos = next_offset(b, pos), ++count) {
      if (count % kCheckpointStride == 0) checkpoints.push_back(pos);
    }
  });
  size_t pos = checkpoints[static_cast<size_t>(i / kCheckpointStride)];
  for (Int k = i % kCheckpointStride; k > 0; --k) pos = next_offset(b, pos);
  return pos;
}

char32_t Str::code_point(Int i) const {
  std::string_view b = view();
  if (is_ascii()) return static_cast<unsigned char>(b[static_cast<size_t>(i)]);
  size_t pos = byte_offset(i);
  return next_code_point(b, pos);
}

Str Str::substr(Int begin, Int end) const {
  if (begin <= 0 && end >= len()) return *this;
  if (end <= begin) return Str();
  if (end - begin == 1) return from_code_point(code_point(begin));
  size_t from = byte_offset(begin);
  size_t to = byte_offset(end);
  return Str(view().substr(from, to - from));
}

std::u32string Str::code_points() const { return decode_all(view()); }

Str Str::iterator::operator*() const {
  auto b0 = static_cast<unsigned char>(bytes_[pos_]);
  if (b0 < 0x80) return ascii_chars()[b0];
  return Str(bytes_.substr(pos_, next_offset(bytes_, pos_) - pos_));
}

Str::iterator& Str::iterator::operator++() {
  pos_ = next_offset(bytes_, pos_);
  return *this;
}

// ---- Bytes ----------------------------------------------------------------------------------

Bytes::Bytes(std::string_view bytes)
    : rep_(bytes.empty() ? nullptr : std::make_shared<const std::string>(bytes)) {}
Bytes::Bytes(std::string&& bytes)
    : rep_(bytes.empty() ? nullptr : std::make_shared<const std::string>(std::move(bytes))) {}

// ---- character classes -----------------------------------------------------------------------

bool is_printable(char32_t cp) { return unicode::is_printable(cp); }
bool is_space(char32_t cp) { return unicode::is_space(cp); }
bool is_decimal_char(char32_t cp) { return unicode::is_decimal(cp); }
int decimal_value(char32_t cp) { return unicode::decimal_value(cp); }

// ---- split family ---------------------------------------------------------------------------

List<Str> str_split(const Str& self, const Optional<Str>& sep, Int maxsplit) {
  Int maxcount = maxsplit < 0 ? std::numeric_limits<Int>::max() : maxsplit;
  std::vector<Str> out;
  std::string_view b = self.view();
  if (!sep) {
    // Walks the bytes a code point at a time: whitespace may be beyond ASCII.
    const size_t n = b.size();
    size_t i = 0, next = 0;
    auto space_at = [&](size_t pos) {
      next = pos;
      return unicode::is_space(next_code_point(b, next));
    };
    auto skip_spaces = [&] {
      while (i < n && space_at(i)) i = next;
    };
    while (maxcount-- > 0) {
      skip_spaces();
      if (i == n) break;
      const size_t word = i;
      while (i < n && !space_at(i)) i = next;
      out.emplace_back(b.substr(word, i - word));
    }
    if (i < n) {
      skip_spaces();
      if (i != n) out.emplace_back(b.substr(i));
    }
    return List<Str>(std::move(out));
  }
  std::string_view s = sep->view();
  if (s.empty()) raise(ExcKind::ValueError, "empty separator");
  size_t start = 0;
  while (maxcount-- > 0) {
    size_t found = b.find(s, start);
    if (found == std::string_view::npos) break;
    out.emplace_back(b.substr(start, found - start));
    start = found + s.size();
  }
  out.emplace_back(b.substr(start));
  return List<Str>(std::move(out));
}

List<Str> str_rsplit(const Str& self, const Optional<Str>& sep, Int maxsplit) {
  Int maxcount = maxsplit < 0 ? std::numeric_limits<Int>::max() : maxsplit;
  std::vector<Str> out;
  std::string_view b = self.view();
  if (!sep) {
    std::u32string cps = self.code_points();
    Int i = static_cast<Int>(cps.size()) - 1;
    while (maxcount-- > 0) {
      while (i >= 0 && unicode::is_space(cps[i])) --i;
      if (i < 0) break;
      Int j = i--;
      while (i >= 0 && !unicode::is_space(cps[i])) --i;
      out.push_back(self.substr(i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && unicode::is_space(cps[i])) --i;
      if (i >= 0) out.push_back(self.substr(0, i + 1));
    }
    std::reverse(out.begin(), out.end());
    return List<Str>(std::move(out));
  }
  std::string_view s = sep->view();
  if (s.empty()) raise(ExcKind::ValueError, "empty separator");
  size_t end = b.size();
  while (maxcount-- > 0 && end >= s.size()) {
    size_t found = b.rfind(s, end - s.size());
    if (found == std::string_view::npos) break;
    out.emplace_back(b.substr(found + s.size(), end - found - s.size()));
    end = found;
  }
  out.emplace_back(b.substr(0, end));
  std::reverse(out.begin(), out.end());
  return List<Str>(std::move(out));
}

List<Str> str_splitlines(const Str& self, Bool keepends) {
  std::u32string cps = self.code_points();
  std::vector<Str> out;
  size_t n = cps.size(), i = 0;
  while (i < n) {
    size_t j = i;
    while (i < n && !is_line_break(cps[i])) ++i;
    size_t eol = i;
    if (i < n) {
      i += (cps[i] == '\r' && i + 1 < n && cps[i + 1] == '\n') ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push_back(self.substr(static_cast<Int>(j), static_cast<Int>(eol)));
  }
  return List<Str>(std::move(out));
}

// ---- strip, case ------------------------------------------------------------------------------

Str str_strip(const Str& self, const Optional<Str>& chars) {
  return strip_impl(self, chars, true, true);
}
Str str_lstrip(const Str& self, const Optional<Str>& chars) {
  return strip_impl(self, chars, true, false);
}
Str str_rstrip(const Str& self, const Optional<Str>& chars) {
  return strip_impl(self, chars, false, true);
}

Str str_lower(const Str& self) {
  std::string out;
  out.reserve(self.view().size());
  if (self.is_ascii()) {
    for (char c : self.view()) out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return Str(std::move(out));
  }
  std::u32string cps = self.code_points();
  for (size_t i = 0; i < cps.size(); ++i) append_lower_at(out, cps, i);
  return Str(std::move(out));
}

Str str_upper(const Str& self) {
  std::string out;
  out.reserve(self.view().size());
  std::string_view b = self.view();
  for (size_t pos = 0; pos < b.size();) unicode::append_upper(out, next_code_point(b, pos));
  return Str(std::move(out));
}

Str str_casefold(const Str& self) {
  std::string out;
  out.reserve(self.view().size());
  std::string_view b = self.view();
  for (size_t pos = 0; pos < b.size();) unicode::append_casefold(out, next_code_point(b, pos));
  return Str(std::move(out));
}

Str str_title(const Str& self) {
  std::string out;
  std::u32string cps = self.code_points();
  bool previous_is_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (previous_is_cased) {
      append_lower_at(out, cps, i);
    } else {
      unicode::append_title(out, cps[i]);
    }
    previous_is_cased = unicode::is_cased(cps[i]);
  }
  return Str(std::move(out));
}

Str str_capitalize(const Str& self) {
  std::string out;
  std::u32string cps = self.code_points();
  for (size_t i = 0; i < cps.size(); ++i) {
    if (i == 0) {
      unicode::append_title(out, cps[i]);
    } else {
      append_lower_at(out, cps, i);
    }
  }
  return Str(std::move(out));
}

Str str_swapcase(const Str& self) {
  std::string out;
  std::u32string cps = self.code_points();
  for (size_t i = 0; i < cps.size(); ++i) {
    if (unicode::is_uppercase(cps[i])) {
      append_lower_at(out, cps, i);
    } else if (unicode::is_lowercase(cps[i])) {
      unicode::append_upper(out, cps[i]);
    } else {
      append_utf8(out, cps[i]);
    }
  }
  return Str(std::move(out));
}

// ---- replace, search --------------------------------------------------------------------------

Str str_replace(const Str& self, const Str& old, const Str& replacement, Int count) {
  if (count < 0) count = std::numeric_limits<Int>::max();
  std::string_view b = self.view(), o = old.view(), r = replacement.view();
  std::string out;
  if (o.empty()) {
    // Inserted before every character and at the end, up to count times.
    size_t pos = 0;
    Int done = 0;
    while (done < count) {
      out += r;
      ++done;
      if (pos >= b.size()) break;
      size_t next = next_offset(b, pos);
      out += b.substr(pos, next - pos);
      pos = next;
    }
    out += b.substr(std::min(pos, b.size()));
    return Str(std::move(out));
  }
  size_t start = 0;
  for (Int done = 0; done < count; ++done) {
    size_t found = b.find(o, start);
    if (found == std::string_view::npos) break;
    out += b.substr(start, found - start);
    out += r;
    start = found + o.size();
  }
  if (start == 0) return self;
  out += b.substr(start);
  return Str(std::move(out));
}

namespace {

// The byte window [from, to) of self that [start:end] selects, or false when empty-invalid.
struct Window {
  Int start, end;
  size_t from, to;
};
Window window(const Str& self, const Optional<Int>& start, const Optional<Int>& end) {
  Window w{};
  adjust_indices(self.len(), start, end, w.start, w.end);
  w.from = clamp_offset(self, w.start);
  w.to = std::max(w.from, clamp_offset(self, w.end));
  return w;
}

}  // namespace

Bool str_startswith(const Str& self, const Str& prefix, const Optional<Int>& start,
                    const Optional<Int>& end) {
  Window w = window(self, start, end);
  if (w.end - prefix.len() < w.start) return false;
  return self.view().substr(w.from, w.to - w.from).starts_with(prefix.view());
}

Bool str_endswith(const Str& self, const Str& suffix, const Optional<Int>& start,
                  const Optional<Int>& end) {
  Window w = window(self, start, end);
  if (w.end - suffix.len() < w.start) return false;
  return self.view().substr(w.from, w.to - w.from).ends_with(suffix.view());
}

Int str_find(const Str& self, const Str& sub, const Optional<Int>& start,
             const Optional<Int>& end) {
  Window w = window(self, start, end);
  if (w.end - w.start < sub.len()) return -1;
  size_t found = self.view().substr(0, w.to).find(sub.view(), w.from);
  return found == std::string_view::npos ? -1 : index_of_offset(self, found);
}

Int str_rfind(const Str& self, const Str& sub, const Optional<Int>& start,
              const Optional<Int>& end) {
  Window w = window(self, start, end);
  if (w.end - w.start < sub.len()) return -1;
  std::string_view region = self.view().substr(0, w.to);
  size_t found = region.rfind(sub.view());
  if (found == std::string_view::npos || found < w.from) return -1;
  return index_of_offset(self, found);
}

Int str_index(const Str& self, const Str& sub, const Optional<Int>& start,
              const Optional<Int>& end) {
  Int i = str_find(self, sub, start, end);
  if (i < 0) raise(ExcKind::ValueError, "substring not found");
  return i;
}

Int str_rindex(const Str& self, const Str& sub, const Optional<Int>& start,
               const Optional<Int>& end) {
  Int i = str_rfind(self, sub, start, end);
  if (i < 0) raise(ExcKind::ValueError, "substring not found");
  return i;
}

Int str_count(const Str& self, const Str& sub, const Optional<Int>& start,
              const Optional<Int>& end) {
  Window w = window(self, start, end);
  if (w.end - w.start < sub.len()) return 0;
  if (sub.empty()) return w.end - w.start + 1;
  std::string_view region = self.view().substr(w.from, w.to - w.from);
  Int n = 0;
  for (size_t pos = region.find(sub.view()); pos != std::string_view::npos;
       pos = region.find(sub.view(), pos + sub.view().size())) {
    ++n;
  }
  return n;
}

Bool str_contains(const Str& self, const Str& sub) {
  return self.view().find(sub.view()) != std::string_view::npos;
}

// ---- padding, partition, prefixes, tabs -----------------------------------------------------

Str str_center(const Str& self, Int width, const Str& fillchar) {
  Str fill = fill_char_of(fillchar);
  Int marg = width - self.len();
  if (marg <= 0) return self;
  Int left = marg / 2 + (marg & width & 1);
  return pad(self, left, marg - left, fill);
}

Str str_ljust(const Str& self, Int width, const Str& fillchar) {
  Str fill = fill_char_of(fillchar);
  return pad(self, 0, width - self.len(), fill);
}

Str str_rjust(const Str& self, Int width, const Str& fillchar) {
  Str fill = fill_char_of(fillchar);
  return pad(self, width - self.len(), 0, fill);
}

Str str_zfill(const Str& self, Int width) {
  Int fill = width - self.len();
  if (fill <= 0) return self;
  if (fill > (Int{1} << 36)) raise(ExcKind::MemoryError, "");
  std::string out(static_cast<size_t>(fill), '0');
  out += self.view();
  char first = out[static_cast<size_t>(fill)];
  if (first == '+' || first == '-') {
    out[0] = first;
    out[static_cast<size_t>(fill)] = '0';
  }
  return Str(std::move(out));
}

Tuple<Str, Str, Str> str_partition(const Str& self, const Str& sep) {
  if (sep.empty()) raise(ExcKind::ValueError, "empty separator");
  std::string_view b = self.view();
  size_t found = b.find(sep.view());
  if (found == std::string_view::npos) return {self, Str(), Str()};
  return {Str(b.substr(0, found)), sep, Str(b.substr(found + sep.view().size()))};
}

Tuple<Str, Str, Str> str_rpartition(const Str& self, const Str& sep) {
  if (sep.empty()) raise(ExcKind::ValueError, "empty separator");
  std::string_view b = self.view();
  size_t found = b.rfind(sep.view());
  if (found == std::string_view::npos) return {Str(), Str(), self};
  return {Str(b.substr(0, found)), sep, Str(b.substr(found + sep.view().size()))};
}

Str str_removeprefix(const Str& self, const Str& prefix) {
  if (!self.view().starts_with(prefix.view()) || prefix.empty()) return self;
  return Str(self.view().substr(prefix.view().size()));
}

Str str_removesuffix(const Str& self, const Str& suffix) {
  if (!self.view().ends_with(suffix.view()) || suffix.empty()) return self;
  return Str(self.view().substr(0, self.view().size() - suffix.view().size()));
}

Str str_expandtabs(const Str& self, Int tabsize) {
  std::string out;
  Int column = 0;
  std::string_view b = self.view();
  for (size_t pos = 0; pos < b.size();) {
    size_t at = pos;
    char32_t c = next_code_point(b, pos);
    if (c == '\t') {
      if (tabsize > 0) {
        Int spaces = tabsize - column % tabsize;
        out.append(static_cast<size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      out += b.substr(at, pos - at);
      column = (c == '\n' || c == '\r') ? 0 : column + 1;
    }
  }
  return Str(std::move(out));
}

// ---- predicates -------------------------------------------------------------------------------

Bool str_isdigit(const Str& self) { return all_chars(self, unicode::is_digit, false); }
Bool str_isdecimal(const Str& self) { return all_chars(self, unicode::is_decimal, false); }
Bool str_isnumeric(const Str& self) { return all_chars(self, unicode::is_numeric, false); }
Bool str_isalpha(const Str& self) { return all_chars(self, unicode::is_alpha, false); }
Bool str_isalnum(const Str& self) {
  return all_chars(
      self,
      [](char32_t c) {
        return unicode::is_alpha(c) || unicode::is_decimal(c) || unicode::is_digit(c) ||
               unicode::is_numeric(c);
      },
      false);
}
Bool str_isspace(const Str& self) { return all_chars(self, unicode::is_space, false); }
Bool str_isascii(const Str& self) { return self.is_ascii(); }
Bool str_isprintable(const Str& self) { return all_chars(self, unicode::is_printable, true); }

Bool str_islower(const Str& self) {
  bool cased = false;
  std::string_view b = self.view();
  for (size_t pos = 0; pos < b.size();) {
    char32_t c = next_code_point(b, pos);
    if (unicode::is_uppercase(c) || unicode::is_titlecase(c)) return false;
    cased = cased || unicode::is_lowercase(c);
  }
  return cased;
}

Bool str_isupper(const Str& self) {
  bool cased = false;
  std::string_view b = self.view();
  for (size_t pos = 0; pos < b.size();) {
    char32_t c = next_code_point(b, pos);
    if (unicode::is_lowercase(c) || unicode::is_titlecase(c)) return false;
    cased = cased || unicode::is_uppercase(c);
  }
  return cased;
}

Bool str_istitle(const Str& self) {
  bool cased = false, previous_is_cased = false;
  std::string_view b = self.view();
  for (size_t pos = 0; pos < b.size();) {
    char32_t c = next_code_point(b, pos);
    if (unicode::is_uppercase(c) || unicode::is_titlecase(c)) {
      if (previous_is_cased) return false;
      previous_is_cased = cased = true;
    } else if (unicode::is_lowercase(c)) {
      if (!previous_is_cased) return false;
      previous_is_cased = cased = true;
    } else {
      previous_is_cased = false;
    }
  }
  return cased;
}

Bool str_isidentifier(const Str& self) {
  if (self.empty()) return false;
  std::string_view b = self.view();
  size_t pos = 0;
  if (!unicode::is_xid_start(next_code_point(b, pos))) return false;
  while (pos < b.size()) {
    if (!unicode::is_xid_continue(next_code_point(b, pos))) return false;
  }
  return true;
}

// ---- encode, decode ---------------------------------------------------------------------------

Bytes str_encode(const Str& self, const Str& encoding, const Str& errors) {
  if (is_utf8_name(encoding.view())) return Bytes(self.view());
  if (!is_ascii_name(encoding.view())) {
    raise(ExcKind::LookupError, "unknown encoding: " + encoding.to_std());
  }
  if (self.is_ascii()) return Bytes(self.view());
  std::u32string cps = self.code_points();
  std::string out;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (cps[i] < 0x80) {
      out += static_cast<char>(cps[i]);
    } else if (errors.view() == "ignore") {
    } else if (errors.view() == "replace") {
      out += '?';
    } else {
      size_t end = i;
      while (end < cps.size() && cps[end] >= 0x80) ++end;
      auto escape = [](char32_t c) {
        return c <= 0xFF     ? hex_escape('x', c, 2)
               : c <= 0xFFFF ? hex_escape('u', c, 4)
                             : hex_escape('U', c, 8);
      };
      std::string msg = end - i == 1 ? "'ascii' codec can't encode character '" + escape(cps[i]) +
                                           "' in position " + std::to_string(i)
                                     : "'ascii' codec can't encode characters in position " +
                                           std::to_string(i) + "-" + std::to_string(end - 1);
      raise(ExcKind::UnicodeEncodeError, msg + ": ordinal not in range(128)");
    }
  }
  return Bytes(std::move(out));
}

Str bytes_decode(const Bytes& self, const Str& encoding, const Str& errors) {
  std::string_view b = self.view();
  bool utf8 = is_utf8_name(encoding.view());
  if (!utf8 && !is_ascii_name(encoding.view())) {
    raise(ExcKind::LookupError, "unknown encoding: " + encoding.to_std());
  }
  std::string out;
  out.reserve(b.size());
  for (size_t pos = 0; pos < b.size();) {
    Utf8Step step = utf8_step(b, pos);
    if (!utf8 && static_cast<unsigned char>(b[pos]) >= 0x80) {
      step = {0, 1, "ordinal not in range(128)"};
    }
    if (step.length) {
      out += b.substr(pos, step.length);
      pos += step.length;
      continue;
    }
    if (errors.view() == "replace") {
      out += "\xEF\xBF\xBD";
    } else if (errors.view() != "ignore") {
      char buf[160];
      const char* codec = utf8 ? "utf-8" : "ascii";
      if (step.bad == 1) {
        std::snprintf(buf, sizeof buf, "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                      codec, static_cast<unsigned char>(b[pos]), pos, step.reason);
      } else {
        std::snprintf(buf, sizeof buf, "'%s' codec can't decode bytes in position %zu-%zu: %s",
                      codec, pos, pos + step.bad - 1, step.reason);
      }
      raise(ExcKind::UnicodeDecodeError, buf);
    }
    pos += step.bad;
  }
  return Str(std::move(out));
}

// ---- indexing, slicing, concatenation -----------------------------------------------------------

Str str_getitem(const Str& self, Int index) {
  Int i = normalize_index(index, self.len(), "string index out of range");
  return Str::from_code_point(self.code_point(i));
}

Str str_slice(const Str& self, const Optional<Int>& start, const Optional<Int>& stop,
              const Optional<Int>& step) {
  SliceBounds b = adjust_slice(self.len(), start, stop, step);
  if (b.length <= 0) return Str();
  if (b.step == 1) return self.substr(b.start, b.start + b.length);
  std::string out;
  if (self.is_ascii()) {
    std::string_view v = self.view();
    for (Int i = 0, pos = b.start; i < b.length; ++i, pos += b.step) out += v[pos];
  } else {
    std::u32string cps = self.code_points();
    for (Int i = 0, pos = b.start; i < b.length; ++i, pos += b.step) append_utf8(out, cps[pos]);
  }
  return Str(std::move(out));
}

Str& Str::append(const Str& other) {
  if (other.empty()) return *this;
  if (!rep_ || rep_.use_count() != 1 || other.rep_ == rep_) {  // `s += s` reads s
    *this = str_concat(*this, other);
    return *this;
  }
  // The only owner: take the bytes (the old Rep dies with this handle) and extend them;
  // length and ASCII-ness follow without rescanning, the checkpoint index starts over.
  auto rep = std::make_shared<Rep>();
  rep->bytes = std::move(const_cast<Rep&>(*rep_).bytes);
  rep->bytes += other.view();
  rep->length = rep_->length + other.len();
  rep->ascii = rep_->ascii && other.is_ascii();
  rep_ = std::move(rep);
  return *this;
}

Str str_concat(const Str& a, const Str& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  std::string out;
  out.reserve(a.view().size() + b.view().size());
  out += a.view();
  out += b.view();
  return Str(std::move(out));
}

Str str_repeat(const Str& s, Int times) {
  if (times <= 0 || s.empty()) return Str();
  if (times == 1) return s;
  Int total;
  if (__builtin_mul_overflow(static_cast<Int>(s.view().size()), times, &total)) {
    raise(ExcKind::OverflowError, "repeated string is too long");
  }
  if (total > (Int{1} << 36)) raise(ExcKind::MemoryError, "");
  std::string out;
  out.reserve(static_cast<size_t>(total));
  for (Int i = 0; i < times; ++i) out += s.view();
  return Str(std::move(out));
}

// ---- repr -----------------------------------------------------------------------------------

Str repr(const Str& x) {
  std::string_view b = x.view();
  bool has_single = b.find('\'') != std::string_view::npos;
  bool has_double = b.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  for (size_t pos = 0; pos < b.size();) {
    size_t at = pos;
    char32_t c = next_code_point(b, pos);
    if (c == static_cast<char32_t>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
    } else if (c > 0x7F && unicode::is_printable(c)) {
      out += b.substr(at, pos - at);
    } else if (c <= 0xFF) {  // the controls, and the unprintable up to 0xFF
      out += hex_escape('x', c, 2);
    } else if (c <= 0xFFFF) {
      out += hex_escape('u', c, 4);
    } else {
      out += hex_escape('U', c, 8);
    }
  }
  out += quote;
  return Str(std::move(out));
}

Str repr(const Bytes& x) {
  std::string_view b = x.view();
  bool has_single = b.find('\'') != std::string_view::npos;
  bool has_double = b.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (char ch : b) {
    auto c = static_cast<unsigned char>(ch);
    if (ch == quote || ch == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += hex_escape('x', c, 2);
    } else {
      out += ch;
    }
  }
  out += quote;
  return Str(std::move(out));
}

}  // namespace ingot::rt
