// Type propagation end to end over small sources: parse, resolve, build the IR, check.
#include <gtest/gtest.h>

#include "compiler/ir/build.h"
#include "compiler/parse/parse.h"
#include "compiler/resolve/resolve.h"
#include "compiler/types/check.h"

namespace ingot::types {
namespace {

struct Checked {
  diag::SourceFile file;
  diag::Sink sink;
  TypeTable table;
  std::optional<ast::Module> module;
  std::optional<resolve::Module> resolved;
  std::optional<ir::Program> program;
  std::optional<TypedProgram> typed;

  explicit Checked(std::string source) : file("test.py", std::move(source)) {
    module = parse::parse_module(file, sink);
    if (!module) return;
    resolved = resolve::resolve_module(file, *module, "", sink);
    if (!resolved) return;
    program = ir::build_program(*resolved, table, sink);
    if (!program) return;
    typed = check_program(*program, table, sink);
  }

  std::string result() {
    return typed ? table.to_string(typed->instances[typed->entry].result) : "";
  }
  std::string errors() { return sink.render_all(); }
};

TEST(Check, PropagatesFromAnnotationsAndConstants) {
  Checked c(
      "PREFIX = {'query': 'task: search | query: '}\n"
      "def f(texts: list[str], task: str) -> list[str]:\n"
      "    return [PREFIX[task] + t for t in texts]\n");
  EXPECT_EQ(c.errors(), "");
  EXPECT_EQ(c.result(), "list[str]");
}

TEST(Check, EmptyListTakesTheTypeOfWhatIsAppended) {
  Checked c(
      "def f(n: int):\n"
      "    out = []\n"
      "    for i in range(n):\n"
      "        out.append(i * 0.5)\n"
      "    return out\n");
  EXPECT_EQ(c.errors(), "");
  EXPECT_EQ(c.result(), "list[float]");
}

TEST(Check, FallingOffTheEndAddsNone) {
  Checked c(
      "def f(x: int):\n"
      "    if x > 0:\n"
      "        return x\n");
  EXPECT_EQ(c.result(), "int | None");
}

TEST(Check, VariablesOfSeveralTypesAreUnions) {
  Checked c(
      "def f(x: int):\n"
      "    y = x\n"
      "    if x > 3:\n"
      "        y = 'big'\n"
      "    return y\n");
  EXPECT_EQ(c.errors(), "");
  EXPECT_EQ(c.result(), "int | str");
}

TEST(Check, HelperFunctionsAreInstantiatedPerArgumentTypes) {
  Checked c(
      "def _twice(v):\n"
      "    return v + v\n"
      "def f(a: int, s: str):\n"
      "    return _twice(a), _twice(s)\n");
  EXPECT_EQ(c.errors(), "");
  EXPECT_EQ(c.result(), "tuple[int, str]");
  ASSERT_TRUE(c.typed);
  EXPECT_EQ(c.typed->instances.size(), 3u);
}

TEST(Check, AnOpWithNoImplementationNamesTheOpTheTypesAndTheAlternatives) {
  Checked c(
      "def f(s: str):\n"
      "    return s - 1\n");
  std::string errors = c.errors();
  EXPECT_NE(errors.find("line 2, column 12"), std::string::npos) << errors;
  EXPECT_NE(errors.find("operator.sub for (str, int)"), std::string::npos) << errors;
  EXPECT_NE(errors.find("sub(a: int, b: int) -> int"), std::string::npos) << errors;
  EXPECT_NE(errors.find("[no-such-op]"), std::string::npos) << errors;
}

TEST(Check, EntryParametersNeedAnnotations) {
  Checked c("def f(x):\n    return x\n");
  EXPECT_NE(c.errors().find("[missing-annotation]"), std::string::npos) << c.errors();
}

TEST(Check, UnknownNamesAreReportedWhereTheyAreRead) {
  Checked c("def f(x: int):\n    return x * PI_TYPO\n");
  EXPECT_NE(c.errors().find("name 'PI_TYPO' is not defined"), std::string::npos) << c.errors();
  EXPECT_NE(c.errors().find("line 2, column 16"), std::string::npos) << c.errors();
}

}  // namespace
}  // namespace ingot::types
