// str.format and printf-style formatting in the runtime (runtime/core/str_format.h).
#include <gtest/gtest.h>

#include <string>

#include "runtime/core/core.h"

namespace ingot::rt {
namespace {

template <class F>
std::string error_of(F f) {
  try {
    f();
  } catch (const PyException& e) {
    return e.what();
  }
  return "no error";
}

template <class... Ts>
std::string fmt(const char* text, const Ts&... args) {
  return str_format_erased(Str(text), format_args(args...), {}).to_std();
}

TEST(RtStrFormat, PositionalAndAutomatic) {
  EXPECT_EQ(fmt("{} and {}", Int{1}, Str("two")), "1 and two");
  EXPECT_EQ(fmt("{1}{0}{1}", Int{1}, Int{2}), "212");
  EXPECT_EQ(fmt("{{}} {{{0}}}", Int{5}), "{} {5}");
  EXPECT_EQ(fmt("{!r:>6}|{!s}", Str("a"), true), "   'a'|True");
  EXPECT_EQ(fmt("{0:{1}}|{0:>{1}.{2}f}", 3.14159, Int{7}, Int{2}), "3.14159|   3.14");
  EXPECT_EQ(fmt("{}", List<Int>{1, 2}), "[1, 2]");
}

TEST(RtStrFormat, Keywords) {
  Int n = 3;
  Str who("x");
  std::string out =
      str_format_erased(Str("{who}:{n:03d}"), {}, format_kwargs(Str("n"), n, Str("who"), who))
          .to_std();
  EXPECT_EQ(out, "x:003");
  EXPECT_EQ(error_of([] { fmt("{nope}", Int{1}); }), "KeyError: 'nope'");
}

TEST(RtStrFormat, Errors) {
  EXPECT_EQ(error_of([] { fmt("{}{}", Int{1}); }),
            "IndexError: Replacement index 1 out of range for positional args tuple");
  EXPECT_EQ(error_of([] { fmt("{}{0}", Int{1}); }),
            "ValueError: cannot switch from automatic field numbering to manual field "
            "specification");
  EXPECT_EQ(error_of([] { fmt("{0}{}", Int{1}); }),
            "ValueError: cannot switch from manual field specification to automatic field "
            "numbering");
  EXPECT_EQ(error_of([] { fmt("}", Int{1}); }),
            "ValueError: Single '}' encountered in format string");
  EXPECT_EQ(error_of([] { fmt("{", Int{1}); }),
            "ValueError: Single '{' encountered in format string");
  EXPECT_EQ(error_of([] { fmt("{0", Int{1}); }), "ValueError: expected '}' before end of string");
  EXPECT_EQ(error_of([] { fmt("{!r", Int{1}); }), "ValueError: unmatched '{' in format spec");
  EXPECT_EQ(error_of([] { fmt("{!rx}", Int{1}); }),
            "ValueError: expected ':' after conversion specifier");
  EXPECT_EQ(error_of([] { fmt("{!q}", Int{1}); }), "ValueError: Unknown conversion specifier q");
  EXPECT_EQ(error_of([] { fmt("{0:{1:{2}}}", Int{1}, Int{2}, Int{3}); }),
            "ValueError: Max string recursion exceeded");
  EXPECT_EQ(error_of([] { fmt("{:>3}", None); }),
            "TypeError: unsupported format string passed to NoneType.__format__");
}

TEST(RtPercentFormat, Conversions) {
  EXPECT_EQ(percent_format(Str("%5d|%-5d|%05d"), Tuple<Int, Int, Int>(1, 2, -3)).to_std(),
            "    1|2    |-0003");
  EXPECT_EQ(
      percent_format(Str("%+.3d %#x %#o %X"), Tuple<Int, Int, Int, Int>(7, 255, 8, 255)).to_std(),
      "+007 0xff 0o10 FF");
  EXPECT_EQ(percent_format(Str("%.2f %e %g %010.3f"),
                           Tuple<Float, Float, Float, Float>(3.14159, 0.5, 1e-10, -2.5))
                .to_std(),
            "3.14 5.000000e-01 1e-10 -00002.500");
  EXPECT_EQ(
      percent_format(Str("%s %r %.1s %c %c"),
                     Tuple<Str, Str, Str, Int, Str>(Str("a"), Str("b"), Str("éx"), 65, Str("é")))
          .to_std(),
      "a 'b' é A é");
  EXPECT_EQ(percent_format(Str("%*d|%-*d|%.*f"),
                           Tuple<Int, Int, Int, Int, Int, Float>(4, 1, 3, 2, 1, 2.25))
                .to_std(),
            "   1|2  |2.2");
  EXPECT_EQ(percent_format(Str("%d%%"), Int{50}).to_std(), "50%");
  EXPECT_EQ(percent_format(Str("%010f"), math::inf).to_std(), "0000000inf");
}

TEST(RtPercentFormat, Mapping) {
  Dict<Str, Int> d;
  setitem(d, Str("a"), Int{1});
  EXPECT_EQ(percent_format(Str("%(a)s-%(a)03d"), d).to_std(), "1-001");
  EXPECT_EQ(percent_format(Str("no fields"), d).to_std(), "no fields");
  EXPECT_EQ(error_of([&] { percent_format(Str("%(b)s"), d); }), "KeyError: 'b'");
  Dict<Int, Int> by_int;
  setitem(by_int, Int{1}, Int{2});
  EXPECT_EQ(error_of([&] { percent_format(Str("%(a)s"), by_int); }), "KeyError: 'a'");
  EXPECT_EQ(error_of([] { percent_format(Str("%(b)s"), Int{1}); }),
            "TypeError: format requires a mapping");
}

TEST(RtPercentFormat, Errors) {
  EXPECT_EQ(error_of([] { percent_format(Str("%s %s"), Tuple<Int>(1)); }),
            "TypeError: not enough arguments for format string");
  EXPECT_EQ(error_of([] { percent_format(Str("%s"), Tuple<Int, Int>(1, 2)); }),
            "TypeError: not all arguments converted during string formatting");
  EXPECT_EQ(error_of([] { percent_format(Str("plain"), Int{1}); }),
            "TypeError: not all arguments converted during string formatting");
  EXPECT_EQ(percent_format(Str("plain"), List<Int>{1}).to_std(), "plain");
  EXPECT_EQ(error_of([] { percent_format(Str("%d"), Str("s")); }),
            "TypeError: %d format: a real number is required, not str");
  EXPECT_EQ(error_of([] { percent_format(Str("%x"), 1.5); }),
            "TypeError: %x format: an integer is required, not float");
  EXPECT_EQ(error_of([] { percent_format(Str("%f"), Str("s")); }),
            "TypeError: must be real number, not str");
  EXPECT_EQ(error_of([] { percent_format(Str("%c"), Str("ab")); }),
            "TypeError: %c requires int or char");
  EXPECT_EQ(error_of([] { percent_format(Str("%y"), Int{1}); }),
            "ValueError: unsupported format character 'y' (0x79) at index 1");
  EXPECT_EQ(error_of([] { percent_format(Str("%"), Int{1}); }), "ValueError: incomplete format");
  EXPECT_EQ(error_of([] { percent_format(Str("%*d"), Tuple<Str, Int>(Str("x"), 3)); }),
            "TypeError: * wants int");
}

}  // namespace
}  // namespace ingot::rt

namespace ingot::rt {
namespace {

TEST(RtStrFormat, IndexedFields) {
  List<Int> xs{10, 20};
  Dict<Str, Int> d;
  setitem(d, Str("a"), Int{1});
  EXPECT_EQ(fmt("{0[1]}|{0[0]:>4}|{1[a]}", xs, d), "20|  10|1");
  EXPECT_EQ(fmt("{[1]}", xs), "20");
  EXPECT_EQ(fmt("{0[1]}{0[0]}", Str("héllo")), "éh");
  EXPECT_EQ(fmt("{0[1]}", Tuple<Int, Str>(1, Str("b"))), "b");
  EXPECT_EQ(fmt("{0[0][1]}", List<List<Int>>{List<Int>{7, 8}}), "8");
  EXPECT_EQ(error_of([&] { fmt("{0[2]}", xs); }), "IndexError: list index out of range");
  EXPECT_EQ(error_of([&] { fmt("{0[a]}", xs); }),
            "TypeError: list indices must be integers or slices, not str");
  EXPECT_EQ(error_of([&] { fmt("{0[1]}", d); }), "KeyError: 1");
  EXPECT_EQ(error_of([&] { fmt("{0[b]}", d); }), "KeyError: 'b'");
  EXPECT_EQ(error_of([] { fmt("{0[0]}", Int{5}); }),
            "TypeError: 'int' object is not subscriptable");
  EXPECT_EQ(error_of([&] { fmt("{0[]}", xs); }), "ValueError: Empty attribute in format string");
  EXPECT_EQ(error_of([&] { fmt("{0[0]x}", xs); }),
            "ValueError: Only '.' or '[' may follow ']' in format field specifier");
}

}  // namespace
}  // namespace ingot::rt
