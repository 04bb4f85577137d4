// The runtime core's side of the CPython parity tests (test_runtime_parity.py).
//
// Reads one call per line from stdin: an operation name and its arguments, tab-separated,
// each argument tagged by its type:
//   s<hex of UTF-8>   a str        i<decimal>   an int      f<float.hex()>  a float
//   b0 / b1           a bool       n            None
// and writes one line per call: `ok <hex of repr(result)>` or `err <Kind> <hex of message>`,
// so that CPython running the same call can be compared byte for byte.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "runtime/core/core.h"

namespace rt = ingot::rt;
using rt::Float;
using rt::Int;
using rt::Optional;
using rt::Str;

namespace {

struct Arg {
  char tag = 'n';
  std::string text;  // decoded str, or the number's text
};

std::string from_hex(std::string_view hex) {
  std::string out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) {
    out += static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16));
  }
  return out;
}

std::string to_hex(std::string_view bytes) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (char c : bytes) {
    auto b = static_cast<unsigned char>(c);
    out += digits[b >> 4];
    out += digits[b & 15];
  }
  return out;
}

Str S(const Arg& a) { return Str(a.text); }
Int I(const Arg& a) { return std::stoll(a.text); }
Float F(const Arg& a) { return std::strtod(a.text.c_str(), nullptr); }
Optional<Int> OI(const Arg& a) { return a.tag == 'n' ? Optional<Int>() : Optional<Int>(I(a)); }
Optional<Str> OS(const Arg& a) { return a.tag == 'n' ? Optional<Str>() : Optional<Str>(S(a)); }

using Args = std::vector<Arg>;
using Op = std::function<Str(const Args&)>;

template <class T>
Str R(const T& x) {
  return rt::repr(x);
}

// ---- container scripts: a sequence of method calls run on one list / dict / set ------------

std::vector<std::vector<std::string>> parse_script(const std::string& script) {
  std::vector<std::vector<std::string>> out;
  size_t start = 0;
  while (start < script.size()) {
    size_t end = script.find(';', start);
    if (end == std::string::npos) end = script.size();
    std::vector<std::string> words;
    std::string word;
    for (size_t i = start; i < end; ++i) {
      if (script[i] == ' ') {
        if (!word.empty()) words.push_back(word);
        word.clear();
      } else {
        word += script[i];
      }
    }
    if (!word.empty()) words.push_back(word);
    if (!words.empty()) out.push_back(words);
    start = end + 1;
  }
  return out;
}

Int num(const std::string& w) { return std::stoll(w); }
Optional<Int> opt(const std::string& w) {
  return w == "_" ? Optional<Int>() : Optional<Int>(num(w));
}

// Each command's result (repr), then the container's final repr.
Str run_list_script(const std::string& script) {
  rt::List<Int> xs;
  rt::List<Str> results;
  auto note = [&](const auto& v) { rt::list_append(results, rt::repr(v)); };
  for (const auto& w : parse_script(script)) {
    const std::string& c = w[0];
    if (c == "append")
      rt::list_append(xs, num(w[1]));
    else if (c == "extend")
      rt::list_extend(xs, rt::range(num(w[1])));
    else if (c == "insert")
      rt::list_insert(xs, num(w[1]), num(w[2]));
    else if (c == "pop")
      note(rt::list_pop(xs, num(w[1])));
    else if (c == "remove")
      rt::list_remove(xs, num(w[1]));
    else if (c == "index")
      note(rt::list_index(xs, num(w[1]), num(w[2]), num(w[3])));
    else if (c == "count")
      note(rt::list_count(xs, num(w[1])));
    else if (c == "sort")
      rt::list_sort(xs, rt::None, num(w[1]) != 0);
    else if (c == "sortkey")
      rt::list_sort(
          xs, [](Int x) { return rt::op::mod(x, Int{3}); }, num(w[1]) != 0);
    else if (c == "sorted")
      note(rt::sorted(
          xs, [](Int x) { return rt::op::neg(x); }, num(w[1]) != 0));
    else if (c == "reverse")
      rt::list_reverse(xs);
    else if (c == "clear")
      rt::list_clear(xs);
    else if (c == "copy") {
      auto ys = rt::list_copy(xs);
      rt::list_append(ys, 99);
      note(ys);
    } else if (c == "alias") {
      // Python's `ys = xs`: the copied handle, sharing the list, is what this case tests.
      auto ys = xs;  // NOLINT(performance-unnecessary-copy-initialization)
      rt::list_append(ys, 77);
    } else if (c == "get")
      note(rt::getitem(xs, num(w[1])));
    else if (c == "set")
      rt::setitem(xs, num(w[1]), num(w[2]));
    else if (c == "del")
      rt::delitem(xs, num(w[1]));
    else if (c == "slice")
      note(rt::slice(xs, opt(w[1]), opt(w[2]), opt(w[3])));
    else if (c == "setslice")
      rt::set_slice(xs, opt(w[1]), opt(w[2]), opt(w[3]), rt::range(num(w[4])));
    else if (c == "delslice")
      rt::del_slice(xs, opt(w[1]), opt(w[2]), opt(w[3]));
    else if (c == "iadd")
      rt::list_iadd(xs, rt::range(num(w[1])));
    else if (c == "mul")
      note(rt::op::mul(xs, num(w[1])));
    else if (c == "minmax") {
      Int lo = rt::min_iter(xs);  // in order: C++ leaves argument order unspecified
      Int hi = rt::max_iter(xs, [](Int x) { return rt::op::mod(x, Int{4}); });
      note(rt::make_tuple(lo, hi));
    } else if (c == "sum")
      note(rt::sum(xs));
    else if (c == "contains")
      note(rt::op::contains(xs, num(w[1])));
    else if (c == "cmp")
      note(
          rt::make_tuple(rt::op::lt(xs, rt::List<Int>{1, 2}), rt::op::eq(xs, rt::List<Int>{1, 2})));
    else if (c == "json")
      note(rt::json_dumps(xs));
    else
      rt::raise(rt::ExcKind::NotImplementedError, c);
  }
  return rt::repr(rt::make_tuple(results, xs));
}

Str run_dict_script(const std::string& script) {
  rt::Dict<Int, Int> d;
  rt::List<Str> results;
  auto note = [&](const auto& v) { rt::list_append(results, rt::repr(v)); };
  for (const auto& w : parse_script(script)) {
    const std::string& c = w[0];
    if (c == "set")
      rt::setitem(d, num(w[1]), num(w[2]));
    else if (c == "get")
      note(rt::getitem(d, num(w[1])));
    else if (c == "getd")
      note(rt::dict_get(d, num(w[1]), num(w[2])));
    else if (c == "getn")
      note(rt::dict_get(d, num(w[1])));
    else if (c == "pop")
      note(rt::dict_pop(d, num(w[1])));
    else if (c == "popd")
      note(rt::dict_pop(d, num(w[1]), num(w[2])));
    else if (c == "setdefault")
      note(rt::dict_setdefault(d, num(w[1]), num(w[2])));
    else if (c == "del")
      rt::delitem(d, num(w[1]));
    else if (c == "popitem")
      note(rt::dict_popitem(d));
    else if (c == "update") {
      rt::Dict<Int, Int> other;
      for (Int i = 0; i < num(w[1]); ++i) rt::setitem(other, i, i * 10);
      rt::dict_update(d, other);
    } else if (c == "clear")
      rt::dict_clear(d);
    else if (c == "copy") {
      auto e = rt::dict_copy(d);
      rt::setitem(e, Int{-1}, Int{-1});
      note(e);
    } else if (c == "views")
      note(rt::make_tuple(rt::to_list(rt::dict_keys(d)), rt::to_list(rt::dict_values(d)),
                          rt::to_list(rt::dict_items(d))));
    else if (c == "contains")
      note(rt::op::contains(d, num(w[1])));
    else if (c == "len")
      note(rt::len(d));
    else if (c == "sorted")
      note(rt::sorted(d));
    else if (c == "reversed")
      note(rt::to_list(rt::reversed(d)));
    else if (c == "json")
      note(rt::json_dumps(d));
    else if (c == "eq")
      note(rt::op::eq(d, rt::Dict<Int, Int>{{1, 10}}));
    else
      rt::raise(rt::ExcKind::NotImplementedError, c);
  }
  return rt::repr(rt::make_tuple(results, d));
}

// Sets are compared sorted: CPython iterates in hash order, ingot in insertion order.
Str run_set_script(const std::string& script) {
  rt::Set<Int> s;
  rt::List<Str> results;
  auto note = [&](const auto& v) { rt::list_append(results, rt::repr(v)); };
  auto of = [](const std::string& w) { return rt::to_set(rt::range(num(w), num(w) + 4)); };
  for (const auto& w : parse_script(script)) {
    const std::string& c = w[0];
    if (c == "add")
      rt::set_add(s, num(w[1]));
    else if (c == "discard")
      rt::set_discard(s, num(w[1]));
    else if (c == "remove")
      rt::set_remove(s, num(w[1]));
    else if (c == "union")
      note(rt::sorted(rt::set_union(s, of(w[1]))));
    else if (c == "inter")
      note(rt::sorted(rt::set_intersection(s, of(w[1]))));
    else if (c == "diff")
      note(rt::sorted(rt::set_difference(s, of(w[1]))));
    else if (c == "symdiff")
      note(rt::sorted(rt::set_symmetric_difference(s, of(w[1]))));
    else if (c == "ior")
      rt::set_ior(s, of(w[1]));
    else if (c == "subset")
      note(rt::make_tuple(rt::set_issubset(s, of(w[1])), rt::set_issuperset(s, of(w[1])),
                          rt::set_isdisjoint(s, of(w[1])), rt::op::lt(s, of(w[1])),
                          rt::op::le(s, of(w[1]))));
    else if (c == "contains")
      note(rt::op::contains(s, num(w[1])));
    else if (c == "clear")
      rt::set_clear(s);
    else if (c == "len")
      note(rt::len(s));
    else
      rt::raise(rt::ExcKind::NotImplementedError, c);
  }
  return rt::repr(rt::make_tuple(results, rt::sorted(s)));
}

const std::map<std::string, Op>& ops() {
  static const std::map<std::string, Op> table = {
      // numbers to text
      {"float_repr", [](const Args& a) { return R(F(a[0])); }},
      {"format_float", [](const Args& a) { return R(rt::format(F(a[0]), S(a[1]))); }},
      {"format_int", [](const Args& a) { return R(rt::format(I(a[0]), S(a[1]))); }},
      {"format_bool", [](const Args& a) { return R(rt::format(a[0].text == "1", S(a[1]))); }},
      {"format_str", [](const Args& a) { return R(rt::format(S(a[0]), S(a[1]))); }},
      {"round_float", [](const Args& a) { return R(rt::round(F(a[0]))); }},
      {"round_float_nd", [](const Args& a) { return R(rt::round(F(a[0]), I(a[1]))); }},
      {"round_int_nd", [](const Args& a) { return R(rt::round(I(a[0]), I(a[1]))); }},
      // text to numbers
      {"int_parse", [](const Args& a) { return R(rt::to_int(S(a[0]), I(a[1]))); }},
      {"float_parse", [](const Args& a) { return R(rt::to_float(S(a[0]))); }},
      {"int_of_float", [](const Args& a) { return R(rt::to_int(F(a[0]))); }},
      // arithmetic
      {"int_add", [](const Args& a) { return R(rt::op::add(I(a[0]), I(a[1]))); }},
      {"int_sub", [](const Args& a) { return R(rt::op::sub(I(a[0]), I(a[1]))); }},
      {"int_mul", [](const Args& a) { return R(rt::op::mul(I(a[0]), I(a[1]))); }},
      {"int_floordiv", [](const Args& a) { return R(rt::op::floordiv(I(a[0]), I(a[1]))); }},
      {"int_mod", [](const Args& a) { return R(rt::op::mod(I(a[0]), I(a[1]))); }},
      {"int_truediv", [](const Args& a) { return R(rt::op::truediv(I(a[0]), I(a[1]))); }},
      {"int_pow", [](const Args& a) { return R(rt::op::pow_int_or_float(I(a[0]), I(a[1]))); }},
      {"int_lshift", [](const Args& a) { return R(rt::op::lshift(I(a[0]), I(a[1]))); }},
      {"int_rshift", [](const Args& a) { return R(rt::op::rshift(I(a[0]), I(a[1]))); }},
      {"int_divmod", [](const Args& a) { return R(rt::divmod(I(a[0]), I(a[1]))); }},
      {"float_add", [](const Args& a) { return R(rt::op::add(F(a[0]), F(a[1]))); }},
      {"float_mul", [](const Args& a) { return R(rt::op::mul(F(a[0]), F(a[1]))); }},
      {"float_truediv", [](const Args& a) { return R(rt::op::truediv(F(a[0]), F(a[1]))); }},
      {"float_floordiv", [](const Args& a) { return R(rt::op::floordiv(F(a[0]), F(a[1]))); }},
      {"float_mod", [](const Args& a) { return R(rt::op::mod(F(a[0]), F(a[1]))); }},
      {"float_pow", [](const Args& a) { return R(rt::op::pow(F(a[0]), F(a[1]))); }},
      {"float_divmod", [](const Args& a) { return R(rt::divmod(F(a[0]), F(a[1]))); }},
      {"int_float_cmp",
       [](const Args& a) {
         Int i = I(a[0]);
         Float f = F(a[1]);
         return R(rt::make_tuple(rt::op::lt(i, f), rt::op::eq(i, f), rt::op::gt(i, f),
                                 rt::op::le(f, i)));
       }},
      // str methods
      {"str_split", [](const Args& a) { return R(rt::str_split(S(a[0]), OS(a[1]), I(a[2]))); }},
      {"str_rsplit", [](const Args& a) { return R(rt::str_rsplit(S(a[0]), OS(a[1]), I(a[2]))); }},
      {"str_splitlines",
       [](const Args& a) { return R(rt::str_splitlines(S(a[0]), a[1].text == "1")); }},
      {"str_strip", [](const Args& a) { return R(rt::str_strip(S(a[0]), OS(a[1]))); }},
      {"str_lstrip", [](const Args& a) { return R(rt::str_lstrip(S(a[0]), OS(a[1]))); }},
      {"str_rstrip", [](const Args& a) { return R(rt::str_rstrip(S(a[0]), OS(a[1]))); }},
      {"str_lower", [](const Args& a) { return R(rt::str_lower(S(a[0]))); }},
      {"str_upper", [](const Args& a) { return R(rt::str_upper(S(a[0]))); }},
      {"str_casefold", [](const Args& a) { return R(rt::str_casefold(S(a[0]))); }},
      {"str_title", [](const Args& a) { return R(rt::str_title(S(a[0]))); }},
      {"str_capitalize", [](const Args& a) { return R(rt::str_capitalize(S(a[0]))); }},
      {"str_swapcase", [](const Args& a) { return R(rt::str_swapcase(S(a[0]))); }},
      {"str_replace",
       [](const Args& a) { return R(rt::str_replace(S(a[0]), S(a[1]), S(a[2]), I(a[3]))); }},
      {"str_startswith",
       [](const Args& a) { return R(rt::str_startswith(S(a[0]), S(a[1]), OI(a[2]), OI(a[3]))); }},
      {"str_endswith",
       [](const Args& a) { return R(rt::str_endswith(S(a[0]), S(a[1]), OI(a[2]), OI(a[3]))); }},
      {"str_find",
       [](const Args& a) { return R(rt::str_find(S(a[0]), S(a[1]), OI(a[2]), OI(a[3]))); }},
      {"str_rfind",
       [](const Args& a) { return R(rt::str_rfind(S(a[0]), S(a[1]), OI(a[2]), OI(a[3]))); }},
      {"str_index",
       [](const Args& a) { return R(rt::str_index(S(a[0]), S(a[1]), OI(a[2]), OI(a[3]))); }},
      {"str_rindex",
       [](const Args& a) { return R(rt::str_rindex(S(a[0]), S(a[1]), OI(a[2]), OI(a[3]))); }},
      {"str_count",
       [](const Args& a) { return R(rt::str_count(S(a[0]), S(a[1]), OI(a[2]), OI(a[3]))); }},
      {"str_center", [](const Args& a) { return R(rt::str_center(S(a[0]), I(a[1]), S(a[2]))); }},
      {"str_ljust", [](const Args& a) { return R(rt::str_ljust(S(a[0]), I(a[1]), S(a[2]))); }},
      {"str_rjust", [](const Args& a) { return R(rt::str_rjust(S(a[0]), I(a[1]), S(a[2]))); }},
      {"str_zfill", [](const Args& a) { return R(rt::str_zfill(S(a[0]), I(a[1]))); }},
      {"str_partition", [](const Args& a) { return R(rt::str_partition(S(a[0]), S(a[1]))); }},
      {"str_rpartition", [](const Args& a) { return R(rt::str_rpartition(S(a[0]), S(a[1]))); }},
      {"str_removeprefix", [](const Args& a) { return R(rt::str_removeprefix(S(a[0]), S(a[1]))); }},
      {"str_removesuffix", [](const Args& a) { return R(rt::str_removesuffix(S(a[0]), S(a[1]))); }},
      {"str_expandtabs", [](const Args& a) { return R(rt::str_expandtabs(S(a[0]), I(a[1]))); }},
      {"str_isdigit", [](const Args& a) { return R(rt::str_isdigit(S(a[0]))); }},
      {"str_isdecimal", [](const Args& a) { return R(rt::str_isdecimal(S(a[0]))); }},
      {"str_isnumeric", [](const Args& a) { return R(rt::str_isnumeric(S(a[0]))); }},
      {"str_isalpha", [](const Args& a) { return R(rt::str_isalpha(S(a[0]))); }},
      {"str_isalnum", [](const Args& a) { return R(rt::str_isalnum(S(a[0]))); }},
      {"str_isspace", [](const Args& a) { return R(rt::str_isspace(S(a[0]))); }},
      {"str_islower", [](const Args& a) { return R(rt::str_islower(S(a[0]))); }},
      {"str_isupper", [](const Args& a) { return R(rt::str_isupper(S(a[0]))); }},
      {"str_istitle", [](const Args& a) { return R(rt::str_istitle(S(a[0]))); }},
      {"str_isidentifier", [](const Args& a) { return R(rt::str_isidentifier(S(a[0]))); }},
      {"str_isascii", [](const Args& a) { return R(rt::str_isascii(S(a[0]))); }},
      {"str_isprintable", [](const Args& a) { return R(rt::str_isprintable(S(a[0]))); }},
      {"str_repr", [](const Args& a) { return R(S(a[0])); }},
      // Every class and case mapping of one string at once (for sweeps over all of Unicode).
      {"str_all",
       [](const Args& a) {
         Str s = S(a[0]);
         return R(rt::make_tuple(
             rt::make_tuple(rt::str_isalpha(s), rt::str_isdecimal(s), rt::str_isdigit(s),
                            rt::str_isnumeric(s), rt::str_isalnum(s), rt::str_isspace(s),
                            rt::str_islower(s), rt::str_isupper(s), rt::str_istitle(s),
                            rt::str_isidentifier(s), rt::str_isprintable(s)),
             rt::make_tuple(rt::str_upper(s), rt::str_lower(s), rt::str_title(s),
                            rt::str_casefold(s), rt::str_swapcase(s), rt::str_capitalize(s)),
             s));
       }},
      {"str_ascii", [](const Args& a) { return R(rt::ascii(S(a[0]))); }},
      {"str_len", [](const Args& a) { return R(rt::len(S(a[0]))); }},
      {"str_getitem", [](const Args& a) { return R(rt::getitem(S(a[0]), I(a[1]))); }},
      {"str_slice",
       [](const Args& a) { return R(rt::slice(S(a[0]), OI(a[1]), OI(a[2]), OI(a[3]))); }},
      {"str_iter", [](const Args& a) { return R(rt::to_list(S(a[0]))); }},
      {"str_encode_decode",
       [](const Args& a) {
         return R(rt::bytes_decode(rt::str_encode(S(a[0]), S(a[1]), Str("strict")), S(a[1]),
                                   Str("strict")));
       }},
      {"bytes_decode",
       [](const Args& a) { return R(rt::bytes_decode(rt::Bytes(a[0].text), S(a[1]), S(a[2]))); }},
      {"json_str", [](const Args& a) { return R(rt::json_dumps(S(a[0]))); }},
      {"json_float", [](const Args& a) { return R(rt::json_dumps(F(a[0]))); }},
      {"ord", [](const Args& a) { return R(rt::ord(S(a[0]))); }},
      {"chr", [](const Args& a) { return R(rt::chr(I(a[0]))); }},
      {"hex_oct_bin",
       [](const Args& a) {
         Int x = I(a[0]);
         return R(rt::make_tuple(rt::hex(x), rt::oct(x), rt::bin(x)));
       }},
      // sequences
      {"list_slice",
       [](const Args& a) {
         rt::List<Int> xs;
         for (Int i = 0; i < I(a[0]); ++i) rt::list_append(xs, i);
         return R(rt::slice(xs, OI(a[1]), OI(a[2]), OI(a[3])));
       }},
      {"list_del_slice",
       [](const Args& a) {
         rt::List<Int> xs = rt::to_list(rt::range(I(a[0])));
         rt::del_slice(xs, OI(a[1]), OI(a[2]), OI(a[3]));
         return R(xs);
       }},
      {"list_set_slice",
       [](const Args& a) {
         rt::List<Int> xs = rt::to_list(rt::range(I(a[0])));
         rt::set_slice(xs, OI(a[1]), OI(a[2]), OI(a[3]), rt::range(100, 100 + I(a[4])));
         return R(xs);
       }},
      {"range_list",
       [](const Args& a) {
         rt::Range r = rt::range(I(a[0]), I(a[1]), I(a[2]));
         return R(rt::make_tuple(rt::len(r), rt::to_list(r), rt::contains(r, I(a[3]))));
       }},
      {"list_script", [](const Args& a) { return run_list_script(a[0].text); }},
      {"dict_script", [](const Args& a) { return run_dict_script(a[0].text); }},
      {"set_script", [](const Args& a) { return run_set_script(a[0].text); }},
      {"range_slice",
       [](const Args& a) {
         return R(rt::slice(rt::range(I(a[0]), I(a[1]), I(a[2])), OI(a[3]), OI(a[4]), OI(a[5])));
       }},
  };
  return table;
}

Arg parse_arg(std::string_view field) {
  Arg a;
  a.tag = field.empty() ? 'n' : field[0];
  std::string_view rest = field.empty() ? field : field.substr(1);
  switch (a.tag) {
    case 's':
      a.text = from_hex(rest);
      break;
    case 'f':
    default:
      a.text = std::string(rest);
      break;
  }
  return a;
}

}  // namespace

int main() {
  std::ios::sync_with_stdio(false);
  std::string line;
  std::string out;
  while (std::getline(std::cin, line)) {
    std::vector<std::string_view> fields;
    std::string_view rest = line;
    for (size_t tab; (tab = rest.find('\t')) != std::string_view::npos;
         rest.remove_prefix(tab + 1)) {
      fields.push_back(rest.substr(0, tab));
    }
    fields.push_back(rest);
    auto it = ops().find(std::string(fields[0]));
    if (it == ops().end()) {
      out += "err\tUnknownOp\t" + to_hex(fields[0]) + "\n";
      continue;
    }
    Args args;
    for (size_t i = 1; i < fields.size(); ++i) args.push_back(parse_arg(fields[i]));
    try {
      out += "ok\t" + to_hex(it->second(args).view()) + "\n";
    } catch (const rt::PyException& e) {
      out += "err\t" + std::string(rt::exc_name(e.kind())) + "\t" + to_hex(e.message()) + "\n";
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
