#include "runtime/core/regex.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <map>
#include <mutex>
#include <unordered_map>

#include "runtime/core/errors.h"
#include "runtime/core/protocol.h"
#include "runtime/core/utf8.h"

namespace ingot::rt::re {

struct Compiled {
  Str pattern;
  Int flags = 0;  // as Python reports them: re.UNICODE added for str patterns
  Int groups = 0;
  std::map<std::string, Int> names;      // group name -> number
  std::vector<std::string> group_names;  // number -> name ("" when unnamed)
  pcre2_code* code = nullptr;
  ~Compiled() { pcre2_code_free(code); }
};

namespace {

[[noreturn]] void raise_error(const std::string& message) { raise(ExcKind::error, message); }

bool is_hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

// Code points in bytes [0, byte) of a UTF-8 string.
Int code_points_before(std::string_view utf8, size_t byte) {
  return static_cast<Int>(count_code_points(utf8.substr(0, byte)));
}

// Python's pattern syntax in PCRE2's. Positions in messages count code points, as
// CPython's do (for the ASCII text around escapes they are the byte positions).
std::string translate(std::string_view py) {
  std::string out;
  bool in_class = false;
  size_t class_start = 0;
  for (size_t i = 0; i < py.size(); ++i) {
    char c = py[i];
    if (c == '\\') {
      if (i + 1 == py.size())
        raise_error("bad escape (end of pattern) at position " +
                    std::to_string(code_points_before(py, i)));
      char e = py[i + 1];
      auto bad_escape = [&] {
        raise_error(std::string("bad escape \\") + e + " at position " +
                    std::to_string(code_points_before(py, i)));
      };
      if (e == 'u' || e == 'U') {
        size_t digits = e == 'u' ? 4 : 8;
        size_t j = i + 2;
        while (j < py.size() && j < i + 2 + digits && is_hex(py[j])) ++j;
        if (j - (i + 2) != digits) {
          raise_error(std::string("incomplete escape \\") + e +
                      std::string(py.substr(i + 2, j - (i + 2))) + " at position " +
                      std::to_string(code_points_before(py, i)));
        }
        out += "\\x{" + std::string(py.substr(i + 2, digits)) + "}";
        i = j - 1;
        continue;
      }
      if (e == 'x') {
        size_t j = i + 2;
        while (j < py.size() && j < i + 4 && is_hex(py[j])) ++j;
        if (j - (i + 2) != 2) {
          raise_error("incomplete escape \\x" + std::string(py.substr(i + 2, j - (i + 2))) +
                      " at position " + std::to_string(code_points_before(py, i)));
        }
        out += "\\x{" + std::string(py.substr(i + 2, 2)) + "}";
        i = j - 1;
        continue;
      }
      if (std::isalpha(static_cast<unsigned char>(e))) {
        // The letters Python knows; any other is an error there (PCRE2 would accept \p,
        // \h, \K, \R and more).
        static const std::string kClassEscapes = "abfnrtvdDsSwW";
        static const std::string kOutsideEscapes = "abfnrtvdDsSwWAZbB";
        if ((in_class ? kClassEscapes : kOutsideEscapes).find(e) == std::string::npos) bad_escape();
        if (e == 'Z' && !in_class) {
          out += "\\z";  // Python's \Z is the very end, PCRE2's \z
          ++i;
          continue;
        }
      }
      out += c;
      out += e;
      ++i;
      continue;
    }
    if (in_class) {
      if (c == ']' && i > class_start) in_class = false;
      out += c;
      continue;
    }
    if (c == '[') {
      in_class = true;
      class_start = i + 1;
      if (class_start < py.size() && py[class_start] == '^') ++class_start;
      out += c;
      continue;
    }
    if (c == '{' && i + 1 < py.size() && py[i + 1] == ',') {  // {,n} is {0,n}
      size_t j = i + 2;
      while (j < py.size() && std::isdigit(static_cast<unsigned char>(py[j]))) ++j;
      if (j < py.size() && py[j] == '}') {
        out += "{0";
        continue;
      }
    }
    out += c;
  }
  if (in_class) {
    raise_error(
        "unterminated character set at position " +
        std::to_string(code_points_before(py, class_start - 1 - (py[class_start - 1] == '^'))));
  }
  return out;
}

// CPython's wording for the compile errors real patterns make; PCRE2's for the others.
std::string compile_error_message(int code, size_t offset, std::string_view py) {
  Int at = code_points_before(py, std::min(offset, py.size()));
  switch (code) {
    case PCRE2_ERROR_MISSING_CLOSING_PARENTHESIS: {
      // CPython names the opening parenthesis left open: the last unmatched one.
      std::vector<size_t> open;
      bool in_class = false;
      for (size_t i = 0; i < py.size(); ++i) {
        if (py[i] == '\\') {
          ++i;
        } else if (in_class) {
          in_class = py[i] != ']';
        } else if (py[i] == '[') {
          in_class = true;
          if (i + 1 < py.size() && py[i + 1] == ']') ++i;
        } else if (py[i] == '(') {
          open.push_back(i);
        } else if (py[i] == ')' && !open.empty()) {
          open.pop_back();
        }
      }
      size_t where = open.empty() ? 0 : open.back();
      return "missing ), unterminated subpattern at position " +
             std::to_string(code_points_before(py, where));
    }
    case PCRE2_ERROR_UNMATCHED_CLOSING_PARENTHESIS:
      return "unbalanced parenthesis at position " + std::to_string(at);
    case PCRE2_ERROR_QUANTIFIER_INVALID:
    case PCRE2_ERROR_QUANTIFIER_OUT_OF_ORDER:
      return "nothing to repeat at position " + std::to_string(at - 1 < 0 ? 0 : at - 1);
    default: {
      PCRE2_UCHAR buffer[256];
      pcre2_get_error_message(code, buffer, sizeof buffer);
      return reinterpret_cast<const char*>(buffer) + std::string(" at position ") +
             std::to_string(at);
    }
  }
}

std::shared_ptr<const Compiled> build(const Str& pattern, Int flags) {
  if ((flags & kAscii) && (flags & kUnicode)) {
    raise(ExcKind::ValueError, "ASCII and UNICODE flags are incompatible");
  }
  if (flags & kLocale) raise(ExcKind::ValueError, "cannot use LOCALE flag with a str pattern");
  auto compiled = std::make_shared<Compiled>();
  compiled->pattern = pattern;
  compiled->flags = flags | ((flags & kAscii) ? 0 : kUnicode);
  std::string text = translate(pattern.view());
  uint32_t options = PCRE2_UTF | PCRE2_NO_UTF_CHECK;
  if (!(flags & kAscii)) options |= PCRE2_UCP;
  if (flags & kIgnoreCase) options |= PCRE2_CASELESS;
  if (flags & kMultiline) options |= PCRE2_MULTILINE;
  if (flags & kDotAll) options |= PCRE2_DOTALL;
  if (flags & kVerbose) options |= PCRE2_EXTENDED;
  pcre2_compile_context* context = pcre2_compile_context_create(nullptr);
  pcre2_set_newline(context, PCRE2_NEWLINE_LF);  // Python's `.` and `$` know only \n
  int error = 0;
  PCRE2_SIZE offset = 0;
  compiled->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), options,
                                 &error, &offset, context);
  pcre2_compile_context_free(context);
  if (!compiled->code) {
    // The offset is in the translated text; the translation keeps the text before an error
    // the same length for the common errors (it only rewrites escapes).
    raise_error(compile_error_message(error, offset, pattern.view()));
  }
  pcre2_jit_compile(compiled->code, PCRE2_JIT_COMPLETE);  // the interpreter if JIT is absent
  uint32_t count = 0;
  pcre2_pattern_info(compiled->code, PCRE2_INFO_CAPTURECOUNT, &count);
  compiled->groups = count;
  compiled->group_names.assign(count + 1, "");
  uint32_t name_count = 0, entry_size = 0;
  PCRE2_SPTR table = nullptr;
  pcre2_pattern_info(compiled->code, PCRE2_INFO_NAMECOUNT, &name_count);
  pcre2_pattern_info(compiled->code, PCRE2_INFO_NAMEENTRYSIZE, &entry_size);
  pcre2_pattern_info(compiled->code, PCRE2_INFO_NAMETABLE, &table);
  for (uint32_t i = 0; i < name_count; ++i) {
    PCRE2_SPTR entry = table + static_cast<size_t>(i) * entry_size;
    Int number = (entry[0] << 8) | entry[1];
    std::string name(reinterpret_cast<const char*>(entry + 2));
    compiled->names[name] = number;
    compiled->group_names[number] = name;
  }
  return compiled;
}

// CPython keeps the patterns module functions compile; so do we, per (pattern, flags).
struct Cache {
  std::mutex mutex;
  std::unordered_map<std::string, std::shared_ptr<const Compiled>> patterns;
};
Cache& cache() {
  static Cache c;
  return c;
}

std::shared_ptr<const Compiled> cached(const Str& pattern, Int flags) {
  Cache& c = cache();
  std::string key = std::to_string(flags) + ":" + pattern.to_std();
  {
    std::lock_guard lock(c.mutex);
    if (auto it = c.patterns.find(key); it != c.patterns.end()) return it->second;
  }
  auto compiled = build(pattern, flags);
  std::lock_guard lock(c.mutex);
  if (c.patterns.size() >= 512) c.patterns.clear();
  c.patterns.emplace(std::move(key), compiled);
  return compiled;
}

// Clamps Python's pos/endpos to the string, as slicing does.
std::pair<Int, Int> clamp(const Str& s, Int pos, Int endpos) {
  Int n = s.len();
  pos = std::max<Int>(0, std::min(pos, n));
  endpos = std::max<Int>(0, std::min(endpos, n));
  return {pos, std::max(pos, endpos)};
}

enum class Anchor { Search, Start, Full };

// One PCRE2 match from byte `from` of s[:end_byte]; nullopt when there is none.
struct Scan {
  const Pattern& p;
  const Str& s;
  Int pos, endpos;  // code points, for the Match
  size_t end_byte;
  pcre2_match_data* data;

  Scan(const Pattern& pattern, const Str& subject, Int from, Int to)
      : p(pattern),
        s(subject),
        data(pcre2_match_data_create_from_pattern(pattern.code().code, nullptr)) {
    std::tie(pos, endpos) = clamp(subject, from, to);
    end_byte = subject.byte_offset(endpos);
  }
  ~Scan() { pcre2_match_data_free(data); }
  Scan(const Scan&) = delete;
  Scan& operator=(const Scan&) = delete;

  // Matches at or after byte `from`; `not_empty_at_start` forbids an empty match at `from`.
  bool run(size_t from, Anchor anchor, bool not_empty_at_start) {
    uint32_t options = PCRE2_NO_UTF_CHECK;
    if (anchor != Anchor::Search) options |= PCRE2_ANCHORED;
    if (anchor == Anchor::Full) options |= PCRE2_ENDANCHORED;
    if (not_empty_at_start) options |= PCRE2_NOTEMPTY_ATSTART;
    int rc = pcre2_match(p.code().code, reinterpret_cast<PCRE2_SPTR>(s.view().data()), end_byte,
                         from, options, data, nullptr);
    if (rc == PCRE2_ERROR_NOMATCH) return false;
    if (rc < 0) {
      PCRE2_UCHAR buffer[256];
      pcre2_get_error_message(rc, buffer, sizeof buffer);
      raise(ExcKind::RuntimeError, reinterpret_cast<const char*>(buffer));
    }
    return true;
  }
  size_t start_byte(Int group = 0) const { return pcre2_get_ovector_pointer(data)[2 * group]; }
  size_t end_byte_of(Int group = 0) const { return pcre2_get_ovector_pointer(data)[2 * group + 1]; }

  Match result() const {
    const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(data);
    uint32_t pairs = pcre2_get_ovector_count(data);
    Int groups = p.code().groups;
    std::vector<Int> spans(2 * (groups + 1), -1);
    std::string_view bytes = s.view();
    bool ascii = s.is_ascii();
    auto index = [&](size_t byte) {
      return ascii ? static_cast<Int>(byte) : code_points_before(bytes, byte);
    };
    for (Int g = 0; g <= groups && g < static_cast<Int>(pairs); ++g) {
      if (ovector[2 * g] == PCRE2_UNSET) continue;
      spans[2 * g] = index(ovector[2 * g]);
      spans[2 * g + 1] = index(ovector[2 * g + 1]);
    }
    return Match(p.shared(), s, std::move(spans), pos, endpos);
  }
};

Optional<Match> match_once(const Pattern& p, const Str& s, Int pos, Int endpos, Anchor anchor) {
  Scan scan(p, s, pos, endpos);
  if (!scan.run(s.byte_offset(scan.pos), anchor, false)) return None;
  return scan.result();
}

// Every match from pos, left to right, with CPython's rule for empty matches: after an
// empty match the next may not be empty at the same place. `visit` returns false to stop.
template <class Visit>
void scan_all(const Pattern& p, const Str& s, Int pos, Int endpos, const Visit& visit) {
  Scan scan(p, s, pos, endpos);
  size_t from = s.byte_offset(scan.pos);
  bool last_empty = false;
  while (from <= scan.end_byte && scan.run(from, Anchor::Search, last_empty)) {
    if (!visit(scan)) return;
    last_empty = scan.start_byte() == scan.end_byte_of();
    from = scan.end_byte_of();
  }
}

Int group_number(const Match& m, const Str& name) {
  auto it = m.code().names.find(name.to_std());
  if (it == m.code().names.end()) raise(ExcKind::IndexError, "no such group");
  return it->second;
}

Int checked_group(const Match& m, Int group) {
  if (group < 0 || group > m.groups()) raise(ExcKind::IndexError, "no such group");
  return group;
}

// A replacement template: literal text and group references, parsed once per call.
struct Template {
  struct Piece {
    std::string text;
    Int group = -1;  // -1: the text
  };
  std::vector<Piece> pieces;
};

Template parse_template(const Compiled& code, std::string_view repl) {
  Template t;
  std::string text;
  auto flush = [&] {
    if (!text.empty()) t.pieces.push_back({std::move(text), -1});
    text.clear();
  };
  auto group_ref = [&](Int group, size_t at) {
    if (group > code.groups) {
      raise_error("invalid group reference " + std::to_string(group) + " at position " +
                  std::to_string(code_points_before(repl, at)));
    }
    flush();
    t.pieces.push_back({"", group});
  };
  for (size_t i = 0; i < repl.size(); ++i) {
    if (repl[i] != '\\') {
      text += repl[i];
      continue;
    }
    if (i + 1 == repl.size()) {
      raise_error("bad escape (end of pattern) at position " +
                  std::to_string(code_points_before(repl, i)));
    }
    char e = repl[i + 1];
    if (e == 'g') {
      size_t close = repl.find('>', i + 3);
      if (i + 2 >= repl.size() || repl[i + 2] != '<') {
        raise_error("missing < at position " + std::to_string(code_points_before(repl, i + 2)));
      }
      if (close == std::string_view::npos) {
        raise_error("missing >, unterminated name at position " +
                    std::to_string(code_points_before(repl, i + 3)));
      }
      std::string name(repl.substr(i + 3, close - (i + 3)));
      if (name.empty()) {
        raise_error("missing group name at position " +
                    std::to_string(code_points_before(repl, i + 3)));
      }
      Int group;
      if (std::all_of(name.begin(), name.end(), [](char ch) { return std::isdigit(ch); })) {
        group = std::stoll(name);
      } else {
        auto it = code.names.find(name);
        if (it == code.names.end()) raise(ExcKind::IndexError, "unknown group name '" + name + "'");
        group = it->second;
      }
      group_ref(group, i + 3);
      i = close;
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(e))) {
      if (e == '0') {  // an octal escape: \0, \0N, \0NN
        size_t j = i + 2;
        int value = 0;
        while (j < repl.size() && j < i + 4 && repl[j] >= '0' && repl[j] <= '7') {
          value = value * 8 + (repl[j] - '0');
          ++j;
        }
        append_utf8(text, static_cast<char32_t>(value));
        i = j - 1;
        continue;
      }
      size_t j = i + 1;
      Int group = 0;
      while (j < repl.size() && j < i + 3 && std::isdigit(static_cast<unsigned char>(repl[j]))) {
        group = group * 10 + (repl[j] - '0');
        ++j;
      }
      group_ref(group, i + 1);
      i = j - 1;
      continue;
    }
    static const std::map<char, char> kEscapes = {{'a', '\a'}, {'b', '\b'}, {'f', '\f'},
                                                  {'n', '\n'}, {'r', '\r'}, {'t', '\t'},
                                                  {'v', '\v'}, {'\\', '\\'}};
    if (auto it = kEscapes.find(e); it != kEscapes.end()) {
      text += it->second;
    } else if (std::isalpha(static_cast<unsigned char>(e))) {
      raise_error(std::string("bad escape \\") + e + " at position " +
                  std::to_string(code_points_before(repl, i)));
    } else {
      text += '\\';
      text += e;
    }
    ++i;
  }
  flush();
  return t;
}

Str expand(const Template& t, const Match& m) {
  std::string out;
  for (const Template::Piece& piece : t.pieces) {
    if (piece.group < 0) {
      out += piece.text;
    } else if (auto text = m.text(piece.group)) {
      out += text->view();
    }
  }
  return Str(std::move(out));
}

// findall's item for one match of a pattern with fewer than two groups: the whole match, or
// its group ("" when it did not take part).
Str findall_text(const Match& m) {
  return m.groups() == 0 ? *m.text(0) : m.text(1).value_or(Str());
}

// findall's item for one match of a pattern with two or more groups: their texts.
TupleOf<Str> findall_tuple(const Match& m) {
  std::vector<Str> groups;
  for (Int g = 1; g <= m.groups(); ++g) groups.push_back(m.text(g).value_or(Str()));
  return TupleOf<Str>(std::move(groups));
}

template <class Item, class MakeItem>
List<Item> findall_as(const Pattern& p, const Str& s, Int pos, Int endpos, MakeItem make_item) {
  List<Item> out;
  scan_all(p, s, pos, endpos, [&](const Scan& scan) {
    out.items().push_back(make_item(scan.result()));
    return true;
  });
  return out;
}

// The typed findall/split variants are picked by the compiler from the group count of a
// pattern it knows; a different count at run time is a bug in that count, not in the caller.
void expect_groups_at_most(const Pattern& p, Int most, const char* function) {
  if (p.code().groups <= most) return;
  raise(ExcKind::RuntimeError, std::string("internal error: ingot typed ") + function +
                                   "() for a pattern of at most " + std::to_string(most) +
                                   " group(s), but it has " + std::to_string(p.code().groups) +
                                   "; please report this pattern");
}

}  // namespace

Optional<Str> Match::text(Int group) const {
  if (start(group) < 0) return None;
  return subject_.substr(start(group), end(group));
}

Pattern compile(const Str& pattern, Int flags) { return Pattern(cached(pattern, flags)); }

Pattern compile(const Pattern& pattern, Int flags) {
  if (flags) raise(ExcKind::ValueError, "cannot process flags argument with a compiled pattern");
  return pattern;
}

void purge() {
  std::lock_guard lock(cache().mutex);
  cache().patterns.clear();
}

Str escape(const Str& pattern) {
  // The characters CPython's re.escape escapes (since 3.7): the special ones only.
  static const std::string kSpecial = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
  std::string out;
  for (char c : pattern.view()) {
    if (kSpecial.find(c) != std::string::npos) out += '\\';
    out += c;
  }
  return Str(std::move(out));
}

Optional<Match> search(const Pattern& p, const Str& s, Int pos, Int endpos) {
  return match_once(p, s, pos, endpos, Anchor::Search);
}
Optional<Match> match(const Pattern& p, const Str& s, Int pos, Int endpos) {
  return match_once(p, s, pos, endpos, Anchor::Start);
}
Optional<Match> fullmatch(const Pattern& p, const Str& s, Int pos, Int endpos) {
  return match_once(p, s, pos, endpos, Anchor::Full);
}

List<Str> findall(const Pattern& p, const Str& s, Int pos, Int endpos) {
  expect_groups_at_most(p, 1, "findall");
  return findall_as<Str>(p, s, pos, endpos, findall_text);
}

List<TupleOf<Str>> findall_groups(const Pattern& p, const Str& s, Int pos, Int endpos) {
  return findall_as<TupleOf<Str>>(p, s, pos, endpos, findall_tuple);
}

List<FindallItem> findall_any(const Pattern& p, const Str& s, Int pos, Int endpos) {
  return findall_as<FindallItem>(p, s, pos, endpos, [](const Match& m) {
    return m.groups() < 2 ? FindallItem(findall_text(m)) : FindallItem(findall_tuple(m));
  });
}

List<Match> finditer(const Pattern& p, const Str& s, Int pos, Int endpos) {
  List<Match> out;
  scan_all(p, s, pos, endpos, [&](const Scan& scan) {
    out.items().push_back(scan.result());
    return true;
  });
  return out;
}

// split's pieces and, between them, the texts of the pattern's groups; `unmatched` gives
// the item for a group that took no part.
template <class Item>
List<Item> split_into(const Pattern& p, const Str& s, Int maxsplit,
                      const std::function<Item()>& unmatched) {
  List<Item> out;
  if (maxsplit < 0) {
    out.items().push_back(s);
    return out;
  }
  std::string_view bytes = s.view();
  size_t last = 0;
  Int splits = 0;
  scan_all(p, s, 0, s.len(), [&](const Scan& scan) {
    out.items().push_back(Str(bytes.substr(last, scan.start_byte() - last)));
    for (Int g = 1; g <= p.code().groups; ++g) {
      if (pcre2_get_ovector_pointer(scan.data)[2 * g] == PCRE2_UNSET) {
        out.items().push_back(unmatched());
        continue;
      }
      out.items().push_back(
          Str(bytes.substr(scan.start_byte(g), scan.end_byte_of(g) - scan.start_byte(g))));
    }
    last = scan.end_byte_of();
    return maxsplit == 0 || ++splits < maxsplit;
  });
  out.items().push_back(Str(bytes.substr(last)));
  return out;
}

List<Str> split(const Pattern& p, const Str& s, Int maxsplit) {
  expect_groups_at_most(p, 0, "split");
  return split_into<Str>(p, s, maxsplit, [] { return Str(); });
}

List<Optional<Str>> split_groups(const Pattern& p, const Str& s, Int maxsplit) {
  return split_into<Optional<Str>>(p, s, maxsplit, [] { return Optional<Str>(None); });
}

Str sub_with(const Pattern& p, const std::function<Str(const Match&)>& repl, const Str& s,
             Int count, Int* replaced) {
  std::string out;
  std::string_view bytes = s.view();
  size_t last = 0;
  Int n = 0;
  if (count >= 0) {
    scan_all(p, s, 0, s.len(), [&](const Scan& scan) {
      out += bytes.substr(last, scan.start_byte() - last);
      out += repl(scan.result()).view();
      last = scan.end_byte_of();
      return ++n != count;
    });
  }
  if (replaced) *replaced = n;
  out += bytes.substr(last);
  return Str(std::move(out));
}

Str sub(const Pattern& p, const Str& repl, const Str& s, Int count) {
  Template t = parse_template(p.code(), repl.view());
  return sub_with(
      p, [&](const Match& m) { return expand(t, m); }, s, count);
}

Tuple<Str, Int> subn(const Pattern& p, const Str& repl, const Str& s, Int count) {
  Template t = parse_template(p.code(), repl.view());
  Int replaced = 0;
  Str out = sub_with(
      p, [&](const Match& m) { return expand(t, m); }, s, count, &replaced);
  return {out, replaced};
}

Str pattern_text(const Pattern& p) { return p.code().pattern; }
Int pattern_groups(const Pattern& p) { return p.code().groups; }
Int pattern_flags(const Pattern& p) { return p.code().flags; }
Dict<Str, Int> pattern_groupindex(const Pattern& p) {
  Dict<Str, Int> out;
  for (Int g = 1; g <= p.code().groups; ++g) {
    const std::string& name = p.code().group_names[g];
    if (!name.empty()) out.set(Str(name), g);
  }
  return out;
}

Str match_group0(const Match& m) { return *m.text(0); }
Optional<Str> match_group(const Match& m, Int group) { return m.text(checked_group(m, group)); }
Optional<Str> match_group(const Match& m, const Str& name) { return m.text(group_number(m, name)); }
TupleOf<Optional<Str>> match_groups(const Match& m, const Optional<Str>& default_value) {
  std::vector<Optional<Str>> out;
  for (Int g = 1; g <= m.groups(); ++g) {
    Optional<Str> text = m.text(g);
    out.push_back(text ? text : default_value);
  }
  return TupleOf<Optional<Str>>(std::move(out));
}
Dict<Str, Optional<Str>> match_groupdict(const Match& m, const Optional<Str>& default_value) {
  Dict<Str, Optional<Str>> out;
  for (Int g = 1; g <= m.groups(); ++g) {
    const std::string& name = m.code().group_names[g];
    if (name.empty()) continue;
    Optional<Str> text = m.text(g);
    out.set(Str(name), text ? text : default_value);
  }
  return out;
}
TupleOf<Str> match_groups_or(const Match& m, const Str& default_value) {
  std::vector<Str> out;
  for (Int g = 1; g <= m.groups(); ++g) out.push_back(m.text(g).value_or(default_value));
  return TupleOf<Str>(std::move(out));
}
Dict<Str, Str> match_groupdict_or(const Match& m, const Str& default_value) {
  Dict<Str, Str> out;
  for (Int g = 1; g <= m.groups(); ++g) {
    const std::string& name = m.code().group_names[g];
    if (!name.empty()) out.set(Str(name), m.text(g).value_or(default_value));
  }
  return out;
}
Int match_start(const Match& m, Int group) { return m.start(checked_group(m, group)); }
Int match_start(const Match& m, const Str& name) { return m.start(group_number(m, name)); }
Int match_end(const Match& m, Int group) { return m.end(checked_group(m, group)); }
Int match_end(const Match& m, const Str& name) { return m.end(group_number(m, name)); }
Tuple<Int, Int> match_span(const Match& m, Int group) {
  Int g = checked_group(m, group);
  return {m.start(g), m.end(g)};
}
Tuple<Int, Int> match_span(const Match& m, const Str& name) {
  Int g = group_number(m, name);
  return {m.start(g), m.end(g)};
}
Str match_expand(const Match& m, const Str& repl) {
  return expand(parse_template(m.code(), repl.view()), m);
}
Optional<Int> match_lastindex(const Match& m) {
  // The group that closed last: the one ending last, the outermost on a tie.
  Optional<Int> last;
  for (Int g = 1; g <= m.groups(); ++g) {
    if (m.start(g) < 0) continue;
    if (!last || m.end(g) > m.end(*last) ||
        (m.end(g) == m.end(*last) && m.start(g) < m.start(*last))) {
      last = Optional<Int>(g);
    }
  }
  return last;
}
Optional<Str> match_lastgroup(const Match& m) {
  Optional<Int> last = match_lastindex(m);
  if (!last || m.code().group_names[*last].empty()) return None;
  return Str(m.code().group_names[*last]);
}

Str repr(const Match& m) {
  return Str("<re.Match object; span=(" + std::to_string(m.start(0)) + ", " +
             std::to_string(m.end(0)) + "), match=" + repr(*m.text(0)).to_std() + ">");
}

Str repr(const Pattern& p) {
  static const std::pair<Int, const char*> kNames[] = {
      {kIgnoreCase, "re.IGNORECASE"}, {kLocale, "re.LOCALE"},   {kMultiline, "re.MULTILINE"},
      {kDotAll, "re.DOTALL"},         {kVerbose, "re.VERBOSE"}, {kAscii, "re.ASCII"}};
  std::string flags;
  for (auto [bit, name] : kNames) {
    if (p.code().flags & bit) flags += (flags.empty() ? "" : "|") + std::string(name);
  }
  std::string out = "re.compile(" + repr(p.code().pattern).to_std();
  return Str(out + (flags.empty() ? "" : ", " + flags) + ")");
}

}  // namespace ingot::rt::re
