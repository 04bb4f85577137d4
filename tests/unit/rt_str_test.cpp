// Unit tests of Str and Bytes: code-point semantics, the ASCII fast path and the
// checkpoint index of long non-ASCII strings, UTF-8 validation.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "runtime/core/core.h"

namespace ingot::rt {
namespace {

TEST(RtStr, CountsCodePoints) {
  Str s("héllo😀");
  EXPECT_EQ(s.len(), 6);
  EXPECT_FALSE(s.is_ascii());
  EXPECT_EQ(s.view().size(), 10u);
  EXPECT_EQ(getitem(s, 1).view(), "é");
  EXPECT_EQ(getitem(s, -1).view(), "😀");
  EXPECT_EQ(slice(s, None, None, -1).view(), "😀olléh");
  EXPECT_EQ(str_find(s, Str("😀"), None, None), 5);
  EXPECT_TRUE(Str("abc").is_ascii());
  EXPECT_EQ(Str().len(), 0);
}

TEST(RtStr, RandomAccessInLongNonAsciiText) {
  // Long enough to use several checkpoints; compared with a decode from the start.
  std::u32string cps;
  for (int i = 0; i < 5000; ++i)
    cps.push_back(i % 7 == 0 ? U'é' : i % 11 == 0 ? U'😀' : U'a' + i % 26);
  Str s = Str::from_code_points(cps);
  ASSERT_EQ(s.len(), 5000);
  for (Int i : {0, 1, 63, 64, 65, 127, 128, 1000, 4095, 4999}) {
    EXPECT_EQ(s.code_point(i), cps[static_cast<size_t>(i)]) << i;
  }
  EXPECT_EQ(s.substr(4990, 5000).code_points(), cps.substr(4990));
}

TEST(RtStr, ConcurrentFirstIndexingIsSafe) {
  // A constant shared by concurrent calls: the first random accesses race to build the
  // checkpoint index (run under TSan to see a race if there were one).
  std::u32string cps(10000, U'é');
  for (size_t i = 0; i < cps.size(); i += 3) cps[i] = U'x';
  Str shared = Str::from_code_points(cps);
  std::vector<std::thread> threads;
  threads.reserve(8);
  std::atomic<int> wrong{0};
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (Int i = t; i < 10000; i += 97) {
        if (shared.code_point(i) != cps[static_cast<size_t>(i)]) ++wrong;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(wrong.load(), 0);
}

TEST(RtStr, CopiesShareTheBuffer) {
  Str a("some text that is long enough not to matter");
  Str b = a;  // NOLINT(performance-unnecessary-copy-initialization): the copy under test
  EXPECT_TRUE(a.same(b));
  EXPECT_EQ(a.view().data(), b.view().data());
  EXPECT_TRUE(op::eq(a, Str("some text that is long enough not to matter")));
}

TEST(RtStr, IterationYieldsCharacters) {
  std::vector<std::string> chars;
  for (Str c : Str("aé😀")) chars.push_back(c.to_std());
  EXPECT_EQ(chars, (std::vector<std::string>{"a", "é", "😀"}));
}

TEST(RtStr, ComparisonIsCodePointOrder) {
  EXPECT_TRUE(op::lt(Str("a"), Str("b")));
  EXPECT_TRUE(op::lt(Str("Z"), Str("a")));
  EXPECT_TRUE(op::lt(Str("\uffff"), Str("😀")));  // UTF-8 byte order is code-point order
  EXPECT_TRUE(op::lt(Str("ab"), Str("abc")));
  EXPECT_FALSE(op::lt(Str("abc"), Str("abc")));
}

TEST(RtStr, ConcatAndRepeat) {
  EXPECT_EQ(op::add(Str("ab"), Str("cé")).view(), "abcé");
  EXPECT_EQ(op::mul(Str("ab"), 3).view(), "ababab");
  EXPECT_EQ(op::mul(-1, Str("ab")).view(), "");
  EXPECT_EQ(str_join(Str(", "), List<Str>{"a", "b", "c"}).view(), "a, b, c");
  EXPECT_EQ(str_join(Str("-"), Str("abc")).view(), "a-b-c");
  EXPECT_EQ(concat(Str("x="), to_str(Int{3}), Str("!")).view(), "x=3!");
}

TEST(RtStr, StartswithTuple) {
  auto prefixes = make_tuple(Str("x"), Str("he"));
  EXPECT_TRUE(str_startswith(Str("hello"), prefixes, None, None));
  EXPECT_FALSE(str_endswith(Str("hello"), prefixes, None, None));
}

TEST(RtStr, SpecialCasingNotInUtf8procSimpleMappings) {
  EXPECT_EQ(str_upper(Str("ß")).view(), "SS");
  EXPECT_EQ(str_upper(Str("ﬁ")).view(), "FI");
  EXPECT_EQ(str_lower(Str("İ")).view(), "i̇");
  EXPECT_EQ(str_lower(Str("ΑΣ")).view(), "ας");        // final sigma
  EXPECT_EQ(str_lower(Str("ΑΣΑ")).view(), "ασα");      // not final
  EXPECT_EQ(str_title(Str("ǆemal")).view(), "ǅemal");  // titlecase digraph
  EXPECT_EQ(str_casefold(Str("Straße")).view(), "strasse");
}

TEST(RtUtf8, Validation) {
  EXPECT_TRUE(is_valid_utf8("plain"));
  EXPECT_TRUE(is_valid_utf8("h\xc3\xa9"));
  EXPECT_TRUE(is_valid_utf8("\xf4\x8f\xbf\xbf"));
  EXPECT_FALSE(is_valid_utf8("\xff"));
  EXPECT_FALSE(is_valid_utf8("\xc3"));              // truncated
  EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));      // a surrogate
  EXPECT_FALSE(is_valid_utf8("\xc0\xaf"));          // overlong
  EXPECT_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));  // beyond U+10FFFF
}

TEST(RtBytes, BasicsAndDecode) {
  Bytes b("a\xc3\xa9");
  EXPECT_EQ(len(b), 3);
  EXPECT_EQ(getitem(b, 1), 0xC3);
  EXPECT_EQ(repr(b).view(), "b'a\\xc3\\xa9'");
  EXPECT_EQ(bytes_decode(b, Str("utf-8"), Str("strict")).view(), "aé");
  EXPECT_EQ(repr(str_encode(Str("é"), Str("utf-8"), Str("strict"))).view(), "b'\\xc3\\xa9'");
  EXPECT_TRUE(contains(b, Int{0x61}));
  EXPECT_EQ(repr(op::add(b, Bytes("!"))).view(), "b'a\\xc3\\xa9!'");
}

}  // namespace
}  // namespace ingot::rt

namespace ingot::rt {
namespace {

TEST(RtStr, AppendInPlaceOnlyWhenUnshared) {
  Str s("ab");
  Str alias = s;
  str_iadd(s, Str("é"));  // shared: alias keeps its value
  EXPECT_EQ(alias.view(), "ab");
  EXPECT_EQ(s.view(), "abé");
  EXPECT_EQ(s.len(), 3);
  EXPECT_FALSE(s.is_ascii());
  Str built;
  for (int i = 0; i < 200000; ++i) str_iadd(built, Str("x"));  // linear, not quadratic
  EXPECT_EQ(built.len(), 200000);
  EXPECT_TRUE(built.is_ascii());
  str_iadd(built, Str("😀"));
  EXPECT_EQ(getitem(built, -1).view(), "😀");
  EXPECT_EQ(getitem(built, 199999).view(), "x");
  Str twice("ab");
  str_iadd(twice, twice);
  EXPECT_EQ(twice.view(), "abab");
}

}  // namespace
}  // namespace ingot::rt
