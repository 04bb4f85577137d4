// Str and Bytes: Python's immutable text and byte strings, and str's methods.
//
// Str holds UTF-8 and counts in code points, as Python does: len, indexing, slicing and
// find all use code-point positions. A string remembers whether it is pure ASCII, which
// makes indexing O(1) for the common case; copies share one immutable buffer.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/core/errors.h"
#include "runtime/core/utf8.h"
#include "runtime/core/values.h"

namespace ingot::rt {

class Str {
 public:
  Str() = default;
  // `utf8` must be valid UTF-8 (check untrusted input with is_valid_utf8 first).
  Str(std::string_view utf8);
  Str(const char* utf8) : Str(std::string_view(utf8)) {}
  Str(std::string&& utf8);
  static Str from_code_point(char32_t cp);
  static Str from_code_points(const std::u32string& cps);

  std::string_view view() const { return rep_ ? std::string_view(rep_->bytes) : ""; }
  std::string to_std() const { return std::string(view()); }
  // Length in code points (Python's len).
  Int len() const { return rep_ ? rep_->length : 0; }
  bool empty() const { return !rep_ || rep_->bytes.empty(); }
  // The hash of the bytes, computed once per string and kept (as CPython keeps str hashes):
  // dict and set lookups hash the same keys over and over.
  size_t hash() const;
  bool is_ascii() const { return !rep_ || rep_->ascii; }

  // The code point at index i, 0 <= i < len(); no bounds check.
  char32_t code_point(Int i) const;
  // Byte offset of code point i, 0 <= i <= len().
  size_t byte_offset(Int i) const;
  // The code points [begin, end) as a new string; 0 <= begin <= end <= len().
  Str substr(Int begin, Int end) const;
  std::u32string code_points() const;

  // Iterating a Str yields one-character Strs, as in Python.
  class iterator {
   public:
    using value_type = Str;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(std::string_view bytes, size_t pos) : bytes_(bytes), pos_(pos) {}
    Str operator*() const;
    iterator& operator++();
    iterator operator++(int) {
      iterator before = *this;
      ++*this;
      return before;
    }
    bool operator==(const iterator& other) const { return pos_ == other.pos_; }

   private:
    std::string_view bytes_;
    size_t pos_ = 0;
  };
  iterator begin() const { return iterator(view(), 0); }
  iterator end() const { return iterator(view(), view().size()); }

  // self += other. Appends in place when this Str is the only owner of its buffer, so a
  // loop that builds a string piece by piece is linear, as CPython's `s += t` is.
  Str& append(const Str& other);

  // Same buffer (Python's `is` for strings that were copied, not rebuilt).
  bool same(const Str& other) const { return rep_ == other.rep_; }

 private:
  struct Rep {
    std::string bytes;
    Int length = 0;
    bool ascii = true;
    // Byte offset of every 64th code point, built on first random access to a non-ASCII
    // string so that indexing stays fast for long text. Built once even when threads share
    // the string (a constant of the compiled module is shared by concurrent calls).
    mutable std::vector<size_t> checkpoints;
    mutable std::once_flag checkpoints_built;
    mutable std::atomic<size_t> hash{0};  // 0: not computed yet
  };
  explicit Str(std::shared_ptr<const Rep> rep) : rep_(std::move(rep)) {}
  static std::shared_ptr<const Rep> make_rep(std::string&& bytes);

  std::shared_ptr<const Rep> rep_;
};

class Bytes {
 public:
  Bytes() = default;
  Bytes(std::string_view bytes);
  Bytes(const char* bytes) : Bytes(std::string_view(bytes)) {}
  Bytes(std::string&& bytes);

  std::string_view view() const { return rep_ ? std::string_view(*rep_) : ""; }
  Int len() const { return static_cast<Int>(view().size()); }
  bool empty() const { return view().empty(); }
  // Iterating bytes yields Ints, as in Python.
  class iterator {
   public:
    using value_type = Int;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    explicit iterator(const char* p) : p_(p) {}
    Int operator*() const { return static_cast<unsigned char>(*p_); }
    iterator& operator++() {
      ++p_;
      return *this;
    }
    iterator operator++(int) {
      iterator before = *this;
      ++p_;
      return before;
    }
    bool operator==(const iterator& other) const { return p_ == other.p_; }

   private:
    const char* p_ = nullptr;
  };
  iterator begin() const { return iterator(view().data()); }
  iterator end() const { return iterator(view().data() + view().size()); }

 private:
  std::shared_ptr<const std::string> rep_;
};

// ---- character classes (UTF-8 itself: runtime/core/utf8.h) ------------------------------

// Python's str.isprintable() for one code point (repr escapes the others).
bool is_printable(char32_t cp);
bool is_space(char32_t cp);         // str.isspace
bool is_decimal_char(char32_t cp);  // str.isdecimal
// The decimal digit value of cp (0-9), or -1; what int() and float() accept as digits.
int decimal_value(char32_t cp);

// ---- str methods: str_<name>(self, Python's arguments in order) ---------------------------
// Arguments whose Python default is None are Optional; the caller passes every default.

List<Str> str_split(const Str& self, const Optional<Str>& sep, Int maxsplit);
List<Str> str_rsplit(const Str& self, const Optional<Str>& sep, Int maxsplit);
List<Str> str_splitlines(const Str& self, Bool keepends);
// str_join(sep, iterable of Str) is a template in containers.h.
Str str_strip(const Str& self, const Optional<Str>& chars);
Str str_lstrip(const Str& self, const Optional<Str>& chars);
Str str_rstrip(const Str& self, const Optional<Str>& chars);
Str str_lower(const Str& self);
Str str_upper(const Str& self);
Str str_casefold(const Str& self);
Str str_title(const Str& self);
Str str_capitalize(const Str& self);
Str str_swapcase(const Str& self);
Str str_replace(const Str& self, const Str& old, const Str& replacement, Int count);
Bool str_startswith(const Str& self, const Str& prefix, const Optional<Int>& start,
                    const Optional<Int>& end);
Bool str_endswith(const Str& self, const Str& suffix, const Optional<Int>& start,
                  const Optional<Int>& end);
// The tuple-of-prefixes forms are templates in containers.h (str_startswith(self, Tuple)).
Int str_find(const Str& self, const Str& sub, const Optional<Int>& start, const Optional<Int>& end);
Int str_rfind(const Str& self, const Str& sub, const Optional<Int>& start,
              const Optional<Int>& end);
Int str_index(const Str& self, const Str& sub, const Optional<Int>& start,
              const Optional<Int>& end);
Int str_rindex(const Str& self, const Str& sub, const Optional<Int>& start,
               const Optional<Int>& end);
Int str_count(const Str& self, const Str& sub, const Optional<Int>& start,
              const Optional<Int>& end);
Str str_center(const Str& self, Int width, const Str& fillchar);
Str str_ljust(const Str& self, Int width, const Str& fillchar);
Str str_rjust(const Str& self, Int width, const Str& fillchar);
Str str_zfill(const Str& self, Int width);
Tuple<Str, Str, Str> str_partition(const Str& self, const Str& sep);
Tuple<Str, Str, Str> str_rpartition(const Str& self, const Str& sep);
Str str_removeprefix(const Str& self, const Str& prefix);
Str str_removesuffix(const Str& self, const Str& suffix);
Str str_expandtabs(const Str& self, Int tabsize);
Bool str_isdigit(const Str& self);
Bool str_isdecimal(const Str& self);
Bool str_isnumeric(const Str& self);
Bool str_isalpha(const Str& self);
Bool str_isalnum(const Str& self);
Bool str_isspace(const Str& self);
Bool str_islower(const Str& self);
Bool str_isupper(const Str& self);
Bool str_istitle(const Str& self);
Bool str_isidentifier(const Str& self);
Bool str_isascii(const Str& self);
Bool str_isprintable(const Str& self);
// encoding: "utf-8" (any spelling Python accepts: utf8, UTF-8, ...) or "ascii";
// errors: "strict", "ignore", "replace".
Bytes str_encode(const Str& self, const Str& encoding, const Str& errors);
Str bytes_decode(const Bytes& self, const Str& encoding, const Str& errors);

// Indexing and slicing by code point (Python's s[i] and s[a:b:c]).
Str str_getitem(const Str& self, Int index);
Str str_slice(const Str& self, const Optional<Int>& start, const Optional<Int>& stop,
              const Optional<Int>& step);
Str str_concat(const Str& a, const Str& b);
// `s += t` on a Str variable: amortized O(len(t)) when s's buffer is not shared.
inline Str& str_iadd(Str& self, const Str& other) { return self.append(other); }
Str str_repeat(const Str& s, Int times);
// Python's `sub in s`.
Bool str_contains(const Str& self, const Str& sub);
// Code-point order comparison (byte order of UTF-8 is code-point order).
inline int str_compare(const Str& a, const Str& b) { return a.view().compare(b.view()); }

}  // namespace ingot::rt
