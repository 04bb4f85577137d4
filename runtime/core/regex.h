// Python's `re` module over PCRE2.
//
// A Python pattern is translated to PCRE2's dialect where the two differ (\Z, \u/\U
// escapes, `{,n}`, escapes Python rejects), compiled once (module functions share a cache,
// as CPython's re does), and matched on the str's UTF-8 bytes. Positions reported to
// Python (start, end, span, pos) are code-point indexes; the scan over a string follows
// CPython's rules for empty matches (an empty match right after the previous one is not
// allowed at the same place; one right after a non-empty match is).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "runtime/core/containers.h"
#include "runtime/core/str.h"
#include "runtime/core/tuple_of.h"
#include "runtime/core/values.h"

namespace ingot::rt::re {

// The flag values of CPython's re.RegexFlag.
inline constexpr Int kIgnoreCase = 2;
inline constexpr Int kLocale = 4;
inline constexpr Int kMultiline = 8;
inline constexpr Int kDotAll = 16;
inline constexpr Int kUnicode = 32;
inline constexpr Int kVerbose = 64;
inline constexpr Int kAscii = 256;

struct Compiled;  // the PCRE2 code and what Python asks of a pattern (regex.cpp)

// re.Pattern
class Pattern {
 public:
  Pattern() = default;
  explicit Pattern(std::shared_ptr<const Compiled> code) : code_(std::move(code)) {}
  const Compiled& code() const { return *code_; }
  const std::shared_ptr<const Compiled>& shared() const { return code_; }

 private:
  std::shared_ptr<const Compiled> code_;
};

// re.Match: the subject and the code-point span of every group (-1, -1 when a group did
// not take part).
class Match {
 public:
  Match() = default;
  Match(std::shared_ptr<const Compiled> code, Str subject, std::vector<Int> spans, Int pos,
        Int endpos)
      : code_(std::move(code)),
        subject_(std::move(subject)),
        spans_(std::move(spans)),
        pos_(pos),
        endpos_(endpos) {}
  const Compiled& code() const { return *code_; }
  const Str& subject() const { return subject_; }
  Int groups() const { return static_cast<Int>(spans_.size() / 2) - 1; }
  Int start(Int group) const { return spans_[2 * group]; }
  Int end(Int group) const { return spans_[2 * group + 1]; }
  // The group's text, or None when it did not take part.
  Optional<Str> text(Int group) const;
  Int pos() const { return pos_; }
  Int endpos() const { return endpos_; }
  Pattern re() const { return Pattern(code_); }

 private:
  std::shared_ptr<const Compiled> code_;
  Str subject_;
  std::vector<Int> spans_;
  Int pos_ = 0, endpos_ = 0;
};

// ---- re.compile and the module's flags ------------------------------------------------------

Pattern compile(const Str& pattern, Int flags);
Pattern compile(const Pattern& pattern, Int flags);
Str escape(const Str& pattern);
void purge();

// ---- matching: Pattern methods (pos/endpos as Python's) and the module's shortcuts ----------

Optional<Match> search(const Pattern& p, const Str& s, Int pos, Int endpos);
Optional<Match> match(const Pattern& p, const Str& s, Int pos, Int endpos);
Optional<Match> fullmatch(const Pattern& p, const Str& s, Int pos, Int endpos);
List<Match> finditer(const Pattern& p, const Str& s, Int pos, Int endpos);
// findall's and split's items depend on the pattern's groups. For a pattern it knows, the
// compiler picks the variant with the exact item type; for one known only at run time,
// findall_any (an item is a str, or a tuple for two or more groups) and split_groups.
using FindallItem = std::variant<Str, TupleOf<Str>>;
List<FindallItem> findall_any(const Pattern& p, const Str& s, Int pos, Int endpos);
// fewer than two groups: the whole match or its one group, "" for a group that took no part
List<Str> findall(const Pattern& p, const Str& s, Int pos, Int endpos);
// two or more groups: a tuple of the groups per match, "" for a group that took no part
List<TupleOf<Str>> findall_groups(const Pattern& p, const Str& s, Int pos, Int endpos);
// no groups: the pieces between matches
List<Str> split(const Pattern& p, const Str& s, Int maxsplit);
// any groups: their texts go between the pieces, None for a group that took no part
List<Optional<Str>> split_groups(const Pattern& p, const Str& s, Int maxsplit);
Str sub(const Pattern& p, const Str& repl, const Str& s, Int count);
Tuple<Str, Int> subn(const Pattern& p, const Str& repl, const Str& s, Int count);
Str sub_with(const Pattern& p, const std::function<Str(const Match&)>& repl, const Str& s,
             Int count, Int* replaced = nullptr);

template <class F>
Str sub_fn(const Pattern& p, const F& repl, const Str& s, Int count) {
  return sub_with(
      p, [&](const Match& m) -> Str { return repl(m); }, s, count);
}
template <class F>
Tuple<Str, Int> subn_fn(const Pattern& p, const F& repl, const Str& s, Int count) {
  Int replaced = 0;
  Str out = sub_with(
      p, [&](const Match& m) -> Str { return repl(m); }, s, count, &replaced);
  return {out, replaced};
}

// ---- Pattern attributes -------------------------------------------------------------------

Str pattern_text(const Pattern& p);
Int pattern_groups(const Pattern& p);
Int pattern_flags(const Pattern& p);
Dict<Str, Int> pattern_groupindex(const Pattern& p);

// ---- Match methods --------------------------------------------------------------------------

Str match_group0(const Match& m);
Optional<Str> match_group(const Match& m, Int group);
Optional<Str> match_group(const Match& m, const Str& name);
TupleOf<Optional<Str>> match_groups(const Match& m, const Optional<Str>& default_value);
Dict<Str, Optional<Str>> match_groupdict(const Match& m, const Optional<Str>& default_value);
// groups(default) and groupdict(default) with a str default: every item is a str.
TupleOf<Str> match_groups_or(const Match& m, const Str& default_value);
Dict<Str, Str> match_groupdict_or(const Match& m, const Str& default_value);
Int match_start(const Match& m, Int group);
Int match_start(const Match& m, const Str& name);
Int match_end(const Match& m, Int group);
Int match_end(const Match& m, const Str& name);
Tuple<Int, Int> match_span(const Match& m, Int group);
Tuple<Int, Int> match_span(const Match& m, const Str& name);
Str match_expand(const Match& m, const Str& repl);
Optional<Int> match_lastindex(const Match& m);
Optional<Str> match_lastgroup(const Match& m);

// repr() and truth of the objects, as Python prints and tests them.
Str repr(const Match& m);
Str repr(const Pattern& p);
inline Bool truth(const Match&) { return true; }
inline Bool truth(const Pattern&) { return true; }
inline const char* type_name(const Match&) { return "re.Match"; }
inline const char* type_name(const Pattern&) { return "re.Pattern"; }

}  // namespace ingot::rt::re
