// Unit tests of the runtime core's values and containers: the semantics CPython defines,
// checked on cases chosen by hand (the parity tests in tests/parity/runtime compare large
// generated sets against CPython itself).
#include <gtest/gtest.h>

#include "runtime/core/core.h"

namespace ingot::rt {
namespace {

// Runs fn, expecting a PyException of `kind` with `message`.
template <class Fn>
void expect_raises(Fn fn, ExcKind kind, const std::string& message) {
  try {
    fn();
    ADD_FAILURE() << "expected " << exc_name(kind) << ": " << message;
  } catch (const PyException& e) {
    EXPECT_EQ(exc_name(e.kind()), exc_name(kind));
    EXPECT_EQ(e.message(), message);
  }
}

TEST(RtErrors, HierarchyFollowsCPython) {
  EXPECT_TRUE(is_subclass(ExcKind::IndexError, ExcKind::LookupError));
  EXPECT_TRUE(is_subclass(ExcKind::KeyError, ExcKind::Exception));
  EXPECT_TRUE(is_subclass(ExcKind::ZeroDivisionError, ExcKind::ArithmeticError));
  EXPECT_TRUE(is_subclass(ExcKind::UnicodeDecodeError, ExcKind::ValueError));
  EXPECT_TRUE(is_subclass(ExcKind::RecursionError, ExcKind::RuntimeError));
  EXPECT_FALSE(is_subclass(ExcKind::LookupError, ExcKind::IndexError));
  EXPECT_FALSE(is_subclass(ExcKind::ValueError, ExcKind::TypeError));
  EXPECT_FALSE(is_subclass(ExcKind::KeyboardInterrupt, ExcKind::Exception));
  EXPECT_EQ(exc_from_name("KeyError"), ExcKind::KeyError);
  EXPECT_EQ(exc_from_name("NoSuchError"), std::nullopt);
  PyException e(ExcKind::KeyError, "'x'");
  EXPECT_STREQ(e.what(), "KeyError: 'x'");
}

TEST(RtList, AliasesLikePython) {
  List<Int> a{1, 2, 3};
  List<Int> b = a;  // NOLINT(performance-unnecessary-copy-initialization): the alias under test
  list_append(b, 4);
  EXPECT_EQ(len(a), 4);
  EXPECT_TRUE(a.is(b));
  List<Int> c = list_copy(a);
  list_append(c, 5);
  EXPECT_EQ(len(a), 4);
  EXPECT_EQ(repr(a).view(), "[1, 2, 3, 4]");
}

TEST(RtList, IndexingAndErrors) {
  List<Int> a{10, 20, 30};
  EXPECT_EQ(getitem(a, -1), 30);
  expect_raises([&] { getitem(a, 3); }, ExcKind::IndexError, "list index out of range");
  expect_raises([&] { setitem(a, -4, 1); }, ExcKind::IndexError,
                "list assignment index out of range");
  expect_raises([&] { list_pop(List<Int>{}, -1); }, ExcKind::IndexError, "pop from empty list");
  expect_raises([&] { list_pop(a, 7); }, ExcKind::IndexError, "pop index out of range");
  expect_raises([&] { list_remove(a, 5); }, ExcKind::ValueError, "list.remove(x): x not in list");
  expect_raises([&] { list_index(a, 5, 0, INT64_MAX); }, ExcKind::ValueError, "5 is not in list");
  EXPECT_EQ(list_index(a, 30, 0, INT64_MAX), 2);
  delitem(a, 0);
  EXPECT_EQ(repr(a).view(), "[20, 30]");
  list_insert(a, -100, 5);
  list_insert(a, 100, 6);
  EXPECT_EQ(repr(a).view(), "[5, 20, 30, 6]");
}

TEST(RtList, IterationSeesAppends) {
  List<Int> a{1, 2};
  std::vector<Int> seen;
  for (Int x : a) {
    seen.push_back(x);
    if (x < 4) list_append(a, x + 2);
  }
  EXPECT_EQ(seen, (std::vector<Int>{1, 2, 3, 4, 5}));
}

TEST(RtList, SortIsStableWithKeyAndReverse) {
  List<Tuple<Int, Str>> xs{{1, "a"}, {0, "b"}, {1, "c"}, {0, "d"}};
  list_sort(
      xs, [](const Tuple<Int, Str>& t) { return std::get<0>(t); }, true);
  EXPECT_EQ(repr(xs).view(), "[(1, 'a'), (1, 'c'), (0, 'b'), (0, 'd')]");
  List<Int> ys = sorted(List<Int>{3, 1, 2}, None, true);
  EXPECT_EQ(repr(ys).view(), "[3, 2, 1]");
  List<Bool> bs{true, false, true};
  list_sort(bs);
  EXPECT_EQ(repr(bs).view(), "[False, True, True]");
}

TEST(RtList, SliceAssignmentAndSelfExtend) {
  List<Int> a{1, 2, 3};
  list_extend(a, a);
  EXPECT_EQ(repr(a).view(), "[1, 2, 3, 1, 2, 3]");
  set_slice(a, None, None, None, a);
  EXPECT_EQ(len(a), 6);
  expect_raises([&] { set_slice(a, None, None, 2, List<Int>{1}); }, ExcKind::ValueError,
                "attempt to assign sequence of size 1 to extended slice of size 3");
  expect_raises([&] { slice(a, 1, 3, 0); }, ExcKind::ValueError, "slice step cannot be zero");
}

TEST(RtDict, InsertionOrderAndReinsertion) {
  Dict<Str, Int> d{{"a", 1}, {"b", 2}, {"c", 3}};
  setitem(d, Str("a"), 10);  // keeps its place
  delitem(d, Str("b"));
  setitem(d, Str("b"), 20);  // goes to the end
  EXPECT_EQ(repr(d).view(), "{'a': 10, 'c': 3, 'b': 20}");
  expect_raises([&] { getitem(d, Str("zz")); }, ExcKind::KeyError, "'zz'");
  EXPECT_EQ(dict_get(d, Str("zz"), 7), 7);
  EXPECT_FALSE(dict_get(d, Str("zz")).has_value());
  EXPECT_EQ(dict_pop(d, Str("a")), 10);
  EXPECT_EQ(repr(dict_popitem(d)).view(), "('b', 20)");
  EXPECT_EQ(dict_setdefault(d, Str("q"), 5), 5);
  EXPECT_EQ(repr(to_list(dict_keys(d))).view(), "['c', 'q']");
  dict_clear(d);
  expect_raises([&] { dict_popitem(d); }, ExcKind::KeyError, "'popitem(): dictionary is empty'");
}

TEST(RtDict, ManyDeletionsKeepOrder) {
  Dict<Int, Int> d;
  for (Int i = 0; i < 1000; ++i) setitem(d, i, i * i);
  for (Int i = 0; i < 1000; i += 3) delitem(d, i);
  Int expected_len = 1000 - 334;
  EXPECT_EQ(len(d), expected_len);
  Int previous = -1;
  for (Int k : d) {
    EXPECT_GT(k, previous);
    EXPECT_NE(k % 3, 0);
    EXPECT_EQ(getitem(d, k), k * k);
    previous = k;
  }
}

TEST(RtDict, ChangingSizeWhileIteratingRaises) {
  Dict<Int, Int> d{{1, 1}, {2, 2}};
  expect_raises(
      [&] {
        for (Int k : d) setitem(d, k + 10, 0);
      },
      ExcKind::RuntimeError, "dictionary changed size during iteration");
}

TEST(RtDict, FloatKeysFollowPythonEquality) {
  Dict<Float, Int> d;
  setitem(d, 0.0, 1);
  setitem(d, -0.0, 2);
  EXPECT_EQ(len(d), 1);
  EXPECT_EQ(getitem(d, 0.0), 2);
  Float nan = std::nan("");
  setitem(d, nan, 3);
  EXPECT_EQ(getitem(d, nan), 3);
}

TEST(RtSet, OperationsAndErrors) {
  Set<Int> a{1, 2, 3}, b{3, 4};
  EXPECT_EQ(repr(op::bit_or(a, b)).view(), "{1, 2, 3, 4}");
  EXPECT_EQ(repr(op::bit_and(a, b)).view(), "{3}");
  EXPECT_EQ(repr(op::sub(a, b)).view(), "{1, 2}");
  EXPECT_EQ(repr(op::bit_xor(a, b)).view(), "{1, 2, 4}");
  EXPECT_EQ(repr(Set<Int>{}).view(), "set()");
  EXPECT_TRUE(op::lt(Set<Int>{1}, a));
  EXPECT_FALSE(op::lt(a, a));
  EXPECT_TRUE(op::le(a, a));
  EXPECT_TRUE(set_isdisjoint(a, List<Int>{7, 8}));
  expect_raises([&] { set_remove(a, 9); }, ExcKind::KeyError, "9");
  expect_raises([&] { set_pop(Set<Int>{}); }, ExcKind::KeyError, "'pop from an empty set'");
}

TEST(RtRange, LengthsAndIteration) {
  EXPECT_EQ(len(range(0, 10, 3)), 4);
  EXPECT_EQ(len(range(10, 0, -3)), 4);
  EXPECT_EQ(len(range(INT64_MIN, INT64_MAX, INT64_MAX)), 3);
  EXPECT_EQ(repr(to_list(range(5, 0, -2))).view(), "[5, 3, 1]");
  EXPECT_TRUE(contains(range(0, 10, 3), 9));
  EXPECT_FALSE(contains(range(0, 10, 3), 10));
  expect_raises([] { range(1, 2, 0); }, ExcKind::ValueError, "range() arg 3 must not be zero");
  Int last = 0;
  for (Int x : range(INT64_MAX - 2, INT64_MAX)) last = x;  // no overflow at the end
  EXPECT_EQ(last, INT64_MAX - 1);
}

TEST(RtIter, EnumerateZipReversed) {
  List<Str> names{"a", "b", "c"};
  std::string out;
  for (auto [i, s] : enumerate(names, 1)) out += std::to_string(i) + s.to_std();
  EXPECT_EQ(out, "1a2b3c");
  out.clear();
  for (auto [x, c] : zip(List<Int>{1, 2, 3, 4}, Str("xyz"))) out += std::to_string(x) + c.to_std();
  EXPECT_EQ(out, "1x2y3z");
  EXPECT_EQ(repr(to_list(reversed(Str("héllo")))).view(), "['o', 'l', 'l', 'é', 'h']");
  EXPECT_EQ(repr(to_list(reversed(range(3)))).view(), "[2, 1, 0]");
}

TEST(RtTuple, ReprCompareHash) {
  EXPECT_EQ(repr(make_tuple(Int{1})).view(), "(1,)");
  EXPECT_EQ(repr(Tuple<>()).view(), "()");
  EXPECT_EQ(repr(make_tuple(Int{1}, Str("a"), 2.5, None, true)).view(),
            "(1, 'a', 2.5, None, True)");
  EXPECT_TRUE(op::lt(make_tuple(Int{1}, Int{2}), make_tuple(Int{1}, Int{3})));
  EXPECT_TRUE(op::lt(make_tuple(Int{1}), make_tuple(Int{1}, Int{0})));
  Dict<Tuple<Int, Str>, Int> d;
  setitem(d, make_tuple(Int{1}, Str("x")), 5);
  EXPECT_EQ(getitem(d, make_tuple(Int{1}, Str("x"))), 5);
}

TEST(RtUnpack, CountsAsCPython) {
  expect_raises(
      [] {
        unpack(List<Int>{1, 2, 3}, 2);
      },
      ExcKind::ValueError, "too many values to unpack (expected 2)");
  expect_raises([] { unpack(Str("ab"), 3); }, ExcKind::ValueError,
                "not enough values to unpack (expected 3, got 2)");
  EXPECT_EQ(element<1>(unpack(List<Int>{1, 2}, 2)), 2);
  EXPECT_EQ(element<1>(Str("hé")).view(), "é");
}

TEST(RtTruth, PythonTruthiness) {
  EXPECT_FALSE(op::truth(Int{0}));
  EXPECT_TRUE(op::truth(-0.5));
  EXPECT_FALSE(op::truth(0.0));
  EXPECT_FALSE(op::truth(Str()));
  EXPECT_TRUE(op::truth(List<Int>{0}));
  EXPECT_FALSE(op::truth(Optional<Int>(0)));
  EXPECT_FALSE(op::truth(Optional<Int>()));
  EXPECT_FALSE(op::truth(None));
  EXPECT_TRUE(op::truth(make_tuple(Int{0})));
  EXPECT_FALSE(op::truth(range(0)));
}

TEST(RtBuiltins, MinMaxSumAnyAll) {
  EXPECT_EQ(max_iter(List<Int>{3, 9, 2}), 9);
  EXPECT_EQ(min_args(Int{4}, Int{2}, Int{8}), 2);
  EXPECT_EQ(max_iter(List<Str>{"bb", "a", "ccc"}, [](const Str& s) { return len(s); }).view(),
            "ccc");
  // Ties keep the first, as CPython.
  EXPECT_EQ(max_iter(List<Str>{"aa", "bb"}, [](const Str& s) { return len(s); }).view(), "aa");
  EXPECT_EQ(min_iter_default(List<Int>{}, None, Int{42}), 42);
  expect_raises([] { max_iter(List<Int>{}); }, ExcKind::ValueError,
                "max() arg is an empty sequence");
  EXPECT_EQ(sum(List<Int>{1, 2, 3}), 6);
  EXPECT_EQ(sum(List<Float>{0.1, 0.2}, 0.0), 0.1 + 0.2);
  EXPECT_TRUE(any(List<Int>{0, 0, 3}));
  EXPECT_FALSE(all(List<Str>{"a", ""}));
  expect_raises([] { sum(List<Int>{INT64_MAX, 1}); }, ExcKind::OverflowError, "integer overflow");
}

TEST(RtJson, DumpsAsCPython) {
  Dict<Str, List<Float>> d{{"x", {1.0, 0.5, std::nan(""), -INFINITY}}};
  EXPECT_EQ(json_dumps(d).view(), R"({"x": [1.0, 0.5, NaN, -Infinity]})");
  Dict<Int, Bool> k{{1, true}, {-2, false}};
  EXPECT_EQ(json_dumps(k).view(), R"({"1": true, "-2": false})");
  Dict<Float, NoneType> f{{2.5, None}};
  EXPECT_EQ(json_dumps(f).view(), R"({"2.5": null})");
  EXPECT_EQ(json_dumps(make_tuple(Int{1}, Str("é\n\"😀"))).view(),
            R"([1, "\u00e9\n\"\ud83d\ude00"])");
  EXPECT_EQ(json_dumps(Optional<Int>()).view(), "null");
}

TEST(RtJson, RefusesWhatCPythonRefuses) {
  expect_raises([] { json_dumps(Set<Int>{1}); }, ExcKind::TypeError,
                "Object of type set is not JSON serializable");
  expect_raises([] { json_dumps(List<Bytes>{Bytes("a")}); }, ExcKind::TypeError,
                "Object of type bytes is not JSON serializable");
  Dict<Tuple<Int, Int>, Int> d;
  setitem(d, make_tuple(Int{1}, Int{2}), 3);
  expect_raises([&] { json_dumps(d); }, ExcKind::TypeError,
                "keys must be str, int, float, bool or None, not tuple");
}

TEST(RtDict, ViewsAndReversed) {
  Dict<Str, Int> d{{"a", 1}, {"b", 2}};
  EXPECT_EQ(repr(dict_keys(d)).view(), "dict_keys(['a', 'b'])");
  EXPECT_EQ(repr(dict_values(d)).view(), "dict_values([1, 2])");
  EXPECT_EQ(repr(dict_items(d)).view(), "dict_items([('a', 1), ('b', 2)])");
  EXPECT_EQ(repr(to_list(reversed(d))).view(), "['b', 'a']");
  EXPECT_TRUE(contains(dict_values(d), 2));
  EXPECT_TRUE(contains(dict_keys(d), Str("a")));
}

TEST(RtPrint, FormatsLikePrint) {
  testing::internal::CaptureStdout();
  py_print(" ", "\n", Int{1}, Str("a"), 2.5, List<Str>{"x"}, None, true);
  py_print("-", "!", Int{1}, Int{2});
  std::fflush(stdout);
  EXPECT_EQ(testing::internal::GetCapturedStdout(), "1 a 2.5 ['x'] None True\n1-2!");
}

}  // namespace
}  // namespace ingot::rt
