#include "runtime/core/builtin_methods.h"

namespace ingot::rt {

Dict<Int, Int> str_maketrans(const Str& from, const Str& to) {
  if (from.len() != to.len()) {
    raise(ExcKind::ValueError, "the first two maketrans arguments must have equal length");
  }
  Dict<Int, Int> out;
  std::u32string a = from.code_points(), b = to.code_points();
  for (size_t i = 0; i < a.size(); ++i) out.set(a[i], b[i]);
  return out;
}

Dict<Int, Optional<Int>> str_maketrans(const Str& from, const Str& to, const Str& remove) {
  Dict<Int, Optional<Int>> out;
  for (const auto& [k, v] : DictItems<Int, Int>(str_maketrans(from, to))) out.set(k, v);
  for (char32_t c : remove.code_points()) out.set(c, None);
  return out;
}

Dict<Int, Str> str_maketrans(const Dict<Str, Str>& mapping) {
  Dict<Int, Str> out;
  for (const auto& [k, v] : DictItems<Str, Str>(mapping)) {
    if (k.len() != 1)
      raise(ExcKind::ValueError, "string keys in translate table must be of length 1");
    out.set(k.code_point(0), v);
  }
  return out;
}

void translate_append(std::string& out, Int code) {
  if (code < 0 || code >= 0x110000) {
    raise(ExcKind::ValueError, "character mapping must be in range(0x110000)");
  }
  append_utf8(out, static_cast<char32_t>(code));
}

}  // namespace ingot::rt
