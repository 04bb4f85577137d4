// The type table and the op library.
#include <gtest/gtest.h>

#include "compiler/types/op_library.h"
#include "compiler/types/type.h"

namespace ingot::types {
namespace {

class NoCallbacks : public CallContext {
 public:
  TypeId call_function(TypeId, const std::vector<TypeId>&) override { return {}; }
};

TEST(TypeTable, InternsStructurally) {
  TypeTable t;
  EXPECT_EQ(t.list(t.str()), t.list(t.str()));
  EXPECT_NE(t.list(t.str()), t.list(t.integer()));
  EXPECT_EQ(t.to_string(t.dict(t.str(), t.list(t.floating()))), "dict[str, list[float]]");
  EXPECT_EQ(t.to_string(t.optional(t.integer())), "int | None");
  EXPECT_EQ(t.optional(t.none()), t.none());
  EXPECT_EQ(t.optional(t.optional(t.str())), t.optional(t.str()));
}

TEST(TypeTable, UnionsFlattenAndCanonicalize) {
  TypeTable t;
  TypeId a = t.union_of({t.integer(), t.str()});
  TypeId b = t.union_of({t.str(), t.integer(), t.str()});
  EXPECT_EQ(a, b);
  EXPECT_EQ(t.to_string(a), "int | str");
  EXPECT_EQ(t.union_of({t.integer(), t.none()}), t.optional(t.integer()));
  EXPECT_EQ(t.to_string(t.union_of({a, t.none(), t.floating()})), "int | float | str | None");
  EXPECT_EQ(t.union_of({t.str()}), t.str());
}

TEST(TypeTable, JoinBindsUnknownElements) {
  TypeTable t;
  TypeId unknown = t.fresh_var();
  TypeId empty = t.list(unknown);
  EXPECT_EQ(t.deep_resolve(t.join(empty, t.list(t.str()))), t.list(t.str()));
  EXPECT_EQ(t.resolve(unknown), t.str());
  EXPECT_EQ(t.join(t.integer(), t.none()), t.optional(t.integer()));
  EXPECT_EQ(t.to_string(t.join(t.integer(), t.str())), "int | str");
}

TEST(TypeTable, ItemTypes) {
  TypeTable t;
  EXPECT_EQ(t.item_type(t.list(t.integer())), t.integer());
  EXPECT_EQ(t.item_type(t.str()), t.str());
  EXPECT_EQ(t.item_type(t.dict(t.str(), t.integer())), t.str());
  EXPECT_EQ(t.item_type(t.tuple({t.integer(), t.integer()})), t.integer());
  EXPECT_FALSE(t.item_type(t.tuple({t.integer(), t.str()})).valid());
  EXPECT_FALSE(t.item_type(t.integer()).valid());
}

TEST(OpLibrary, EveryRowParses) {
  // The library parses its whole table when first used; a malformed row throws.
  EXPECT_NO_THROW(OpLibrary::get());
  EXPECT_TRUE(OpLibrary::get().has("str.split"));
  EXPECT_TRUE(OpLibrary::get().has("operator.add"));
}

TEST(OpLibrary, SignatureSyntax) {
  Op op;
  parse_signature("(self: str, sep: str | None = None, maxsplit: int = -1) -> list[str]", op);
  ASSERT_EQ(op.params.size(), 3u);
  EXPECT_EQ(op.params[1].type.kind, Pattern::Kind::Optional);
  EXPECT_TRUE(std::holds_alternative<int64_t>(*op.params[2].default_value));
  EXPECT_EQ(std::get<int64_t>(*op.params[2].default_value), -1);
  Op star;
  parse_signature("(*args: object, sep: str = \" \") -> None", star);
  EXPECT_TRUE(star.params[0].star);
  EXPECT_TRUE(star.params[1].keyword_only);
  Op bad;
  EXPECT_THROW(parse_signature("(x: nosuchtype) -> int", bad), std::invalid_argument);
}

TEST(OpLibrary, MatchesByTypeWithPythonsPromotions) {
  TypeTable t;
  NoCallbacks none;
  const OpLibrary& lib = OpLibrary::get();
  auto m = lib.match("operator.add", {t.integer(), t.integer()}, {"", ""}, t, none);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->result, t.integer());
  m = lib.match("operator.add", {t.integer(), t.floating()}, {"", ""}, t, none);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->result, t.floating());
  EXPECT_FALSE(lib.match("operator.sub", {t.str(), t.integer()}, {"", ""}, t, none));
  m = lib.match("str.split", {t.str()}, {""}, t, none);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->result, t.list(t.str()));
  ASSERT_EQ(m->args.size(), 3u);  // defaults filled in
  m = lib.match("str.split", {t.str(), t.integer()}, {"", "maxsplit"}, t, none);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->args[2].arg, 1);
}

TEST(OpLibrary, DoubleStarParameters) {
  Op op;
  parse_signature("(self: str, *args: object, **kwargs: object) -> str", op);
  ASSERT_EQ(op.params.size(), 3u);
  EXPECT_TRUE(op.params[1].star);
  EXPECT_FALSE(op.params[1].double_star);
  EXPECT_TRUE(op.params[2].double_star);
  EXPECT_TRUE(op.params[2].keyword_only);
  EXPECT_EQ(op.params[2].name, "kwargs");
}

TEST(OpLibrary, MathRowsMatchWithKeywordsAndStars) {
  TypeTable t;
  NoCallbacks none;
  const OpLibrary& lib = OpLibrary::get();
  // isclose's tolerances are keyword-only, with defaults.
  auto m = lib.match("math.isclose", {t.floating(), t.integer(), t.floating()}, {"", "", "abs_tol"},
                     t, none);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->result, t.boolean());
  ASSERT_EQ(m->args.size(), 4u);
  EXPECT_EQ(m->args[2].arg, -1);  // rel_tol: its default
  EXPECT_EQ(m->args[3].arg, 2);
  EXPECT_FALSE(
      lib.match("math.isclose", {t.floating(), t.floating(), t.floating()}, {"", "", ""}, t, none));
  // gcd takes any number of ints, none at all included; floats are not ints.
  m = lib.match("math.gcd", {}, {}, t, none);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->result, t.integer());
  m = lib.match("math.gcd", {t.integer(), t.boolean(), t.integer()}, {"", "", ""}, t, none);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->args.size(), 3u);
  EXPECT_FALSE(lib.match("math.gcd", {t.floating()}, {""}, t, none));
  // floor gives an int for an int or a float; sqrt takes an int as a float.
  EXPECT_EQ(lib.match("math.floor", {t.floating()}, {""}, t, none)->result, t.integer());
  EXPECT_EQ(lib.match("math.sqrt", {t.integer()}, {""}, t, none)->result, t.floating());
  // prod of floats is int | float: the int start comes back for an empty iterable.
  m = lib.match("math.prod", {t.list(t.floating())}, {""}, t, none);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->result, t.union_of({t.integer(), t.floating()}));
}

TEST(OpLibrary, BindsElementTypesOfEmptyContainers) {
  TypeTable t;
  NoCallbacks none;
  TypeId element = t.fresh_var();
  auto m = OpLibrary::get().match("list.append", {t.list(element), t.str()}, {"", ""}, t, none);
  ASSERT_TRUE(m);
  EXPECT_EQ(t.resolve(element), t.str());
}

}  // namespace
}  // namespace ingot::types
