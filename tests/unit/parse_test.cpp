// Parser details the CPython 3.11 differential test cannot show: 3.12-only syntax and
// locations, the dumper's value formatting, and robustness on hostile input.
#include <gtest/gtest.h>

#include <string>

#include "compiler/parse/literals.h"
#include "compiler/parse/parse.h"

namespace ingot::parse {
namespace {

std::string dump_of(const std::string& source, bool attributes = false, int minor = 12) {
  diag::SourceFile file("<test>", source);
  diag::Sink sink;
  std::optional<ast::Module> module = parse_module(file, sink, ParseOptions{minor});
  if (!module) {
    const diag::Diagnostic& d = sink.all().front();
    return "ERROR " + std::to_string(d.loc.line) + ":" + std::to_string(d.loc.col) + " " +
           d.message;
  }
  return dump(*module, DumpOptions{attributes, minor});
}

std::string body_of(const std::string& source) {
  std::string d = dump_of(source);
  const std::string head = "Module(body=[", tail = "], type_ignores=[])";
  if (d.starts_with(head) && d.ends_with(tail))
    return d.substr(head.size(), d.size() - head.size() - tail.size());
  return d;
}

TEST(Parse, TypeAlias) {
  EXPECT_EQ(body_of("type X = int\n"),
            "TypeAlias(name=Name(id='X', ctx=Store()), type_params=[], value=Name(id='int', "
            "ctx=Load()))");
  EXPECT_EQ(body_of("type = 1\n"),  // `type` is a soft keyword
            "Assign(targets=[Name(id='type', ctx=Store())], value=Constant(value=1))");
}

TEST(Parse, TypeParams) {
  EXPECT_EQ(body_of("def f[T: int, *Ts, **P](): pass\n"),
            "FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
            "kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], "
            "type_params=[TypeVar(name='T', bound=Name(id='int', ctx=Load())), "
            "TypeVarTuple(name='Ts'), ParamSpec(name='P')])");
  EXPECT_EQ(body_of("class C[T]: pass\n"),
            "ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[], "
            "type_params=[TypeVar(name='T')])");
  // 3.11 has no type_params field.
  EXPECT_EQ(dump_of("class C: pass\n", false, 11),
            "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], "
            "decorator_list=[])], type_ignores=[])");
}

TEST(Parse, Pep701FStrings) {
  EXPECT_EQ(body_of("f\"{\"a\"}\"\n"),
            "Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='a'), "
            "conversion=-1)]))");
  EXPECT_EQ(body_of("f'{f'{x}'}'\n"),
            "Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=["
            "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]), "
            "conversion=-1)]))");
}

TEST(Parse, Pep701MultiLineFieldsInSingleQuotedFStrings) {
  // PEP 701's own example: a single-quoted f-string whose field spans lines, with comments.
  EXPECT_EQ(body_of("f\"playlist: {\", \".join([\n"
                    "    'Take me back to Eden',  # My, my, those eyes like fire\n"
                    "    'Alkaline',              # Not acid nor alkaline\n"
                    "])}\"\n"),
            "Expr(value=JoinedStr(values=[Constant(value='playlist: '), FormattedValue("
            "value=Call(func=Attribute(value=Constant(value=', '), attr='join', ctx=Load()), "
            "args=[List(elts=[Constant(value='Take me back to Eden'), Constant(value='Alkaline')"
            "], ctx=Load())], keywords=[]), conversion=-1)]))");
}

TEST(Parse, FStringPartLocations312) {
  // 3.12 locates each literal part and each replacement field on its own.
  std::string d = dump_of("f'ab{x}cd'\n", true, 12);
  EXPECT_NE(d.find("Constant(value='ab', lineno=1, col_offset=2, end_lineno=1, "
                   "end_col_offset=4)"),
            std::string::npos)
      << d;
  EXPECT_NE(d.find("conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=7)"),
            std::string::npos)
      << d;
  // The example of CPython issue #104608, as 3.12 answers it: (col_offset, end_col_offset)
  // of each part of f"aaa{1}bbb{2}ccc{3}" is 2-5, 5-8, 8-11, 11-14, 14-17, 17-20.
  diag::SourceFile file("<test>", "f\"aaa{1}bbb{2}ccc{3}\"\n");
  diag::Sink sink;
  std::optional<ast::Module> module = parse_module(file, sink);
  ASSERT_TRUE(module);
  const auto* joined =
      module->expr(module->stmt(module->body[0]).as<ast::Expr>()->value).as<ast::JoinedStr>();
  ASSERT_EQ(joined->values.size(), 6u);
  for (size_t i = 0; i < 6; ++i) {
    EXPECT_EQ(module->expr(joined->values[i]).loc.col, static_cast<int32_t>(2 + 3 * i));
    EXPECT_EQ(module->expr(joined->values[i]).loc.end_col, static_cast<int32_t>(5 + 3 * i));
  }
  // 3.11 located them all at the whole string.
  std::string old = dump_of("f'ab{x}cd'\n", true, 11);
  EXPECT_NE(old.find("Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, "
                     "end_col_offset=10)"),
            std::string::npos)
      << old;
}

TEST(Parse, ConstantsAreDecoded) {
  EXPECT_EQ(body_of("0xFFFFFFFFFFFFFFFFFFFF\n"),
            "Expr(value=Constant(value=1208925819614629174706175))");
  EXPECT_EQ(body_of("1e16, 1e15, 1e-5, 0.0001, 1e400, 2j, 1.5e20j\n"),
            "Expr(value=Tuple(elts=[Constant(value=1e+16), Constant(value=1000000000000000.0), "
            "Constant(value=1e-05), Constant(value=0.0001), Constant(value=inf), "
            "Constant(value=2j), Constant(value=1.5e+20j)], ctx=Load()))");
  EXPECT_EQ(body_of("'\\ud800', '\\N{BULLET}', b'\\x00\\xff', \"it's\"\n"),
            "Expr(value=Tuple(elts=[Constant(value='\\ud800'), Constant(value='\xE2\x80\xA2'), "
            "Constant(value=b'\\x00\\xff'), Constant(value=\"it's\")], ctx=Load()))");
}

TEST(Parse, Int64FitsOrNot) {
  ast::ConstantValue small = decode_number("9223372036854775807");
  ast::ConstantValue big = decode_number("9223372036854775808");
  ASSERT_TRUE(std::get<ast::Int>(small).value.has_value());
  EXPECT_EQ(*std::get<ast::Int>(small).value, INT64_MAX);
  EXPECT_FALSE(std::get<ast::Int>(big).value.has_value());
  EXPECT_EQ(std::get<ast::Int>(big).decimal, "9223372036854775808");
}

TEST(Parse, LoneSurrogatesAreWtf8) {
  diag::SourceFile file("<test>", "'\\udc80'\n");
  diag::Sink sink;
  std::optional<ast::Module> module = parse_module(file, sink);
  ASSERT_TRUE(module);
  const auto* e = module->stmt(module->body[0]).as<ast::Expr>();
  const auto* c = module->expr(e->value).as<ast::Constant>();
  EXPECT_EQ(std::get<ast::Str>(c->value).utf8, "\xED\xB2\x80");
}

TEST(Parse, DeepNestingIsACleanError) {
  EXPECT_EQ(dump_of(std::string(150, '(') + "1" + std::string(150, ')') + "\n").substr(0, 6),
            "Module");
  EXPECT_EQ(dump_of("x = " + std::string(300, '(') + "\n").substr(0, 5), "ERROR");
  EXPECT_EQ(dump_of(std::string(100000, '-') + "x\n").substr(0, 5), "ERROR");
  std::string nots;
  for (int i = 0; i < 50000; ++i) nots += "not ";
  EXPECT_EQ(dump_of(nots + "x\n").substr(0, 5), "ERROR");
  std::string lambdas;
  for (int i = 0; i < 50000; ++i) lambdas += "lambda: ";
  EXPECT_EQ(dump_of(lambdas + "x\n").substr(0, 5), "ERROR");
  // Long left-nested chains make deep trees too: CPython rejects them, so do we, while
  // the depths CPython accepts still parse.
  auto chain = [](const std::string& first, const std::string& link, int n) {
    std::string s = first;
    for (int i = 0; i < n; ++i) s += link;
    return s + "\n";
  };
  EXPECT_EQ(dump_of(chain("a", "+a", 1000)).substr(0, 6), "Module");
  EXPECT_EQ(dump_of(chain("a", "+a", 100000)).substr(0, 5), "ERROR");
  EXPECT_EQ(dump_of(chain("a", ".b", 100000)).substr(0, 5), "ERROR");
  EXPECT_EQ(dump_of(chain("a", "()", 100000)).substr(0, 5), "ERROR");
  EXPECT_EQ(dump_of(chain("if x: pass", "\nelif x: pass", 1000)).substr(0, 6), "Module");
  EXPECT_EQ(dump_of(chain("if x: pass", "\nelif x: pass", 100000)).substr(0, 5), "ERROR");
  std::string ifs;
  for (int i = 0; i < 200; ++i) ifs += std::string(static_cast<size_t>(i), ' ') + "if x:\n";
  EXPECT_EQ(dump_of(ifs).substr(0, 5), "ERROR");
}

TEST(Parse, SyntaxErrorsReadLikeCPython) {
  EXPECT_EQ(dump_of("def f(:\n    pass\n"), "ERROR 1:6 invalid syntax");
  EXPECT_EQ(dump_of("if x\n    pass\n"), "ERROR 1:4 expected ':'");
  EXPECT_EQ(dump_of("if x:\npass\n"),
            "ERROR 2:0 expected an indented block after 'if' statement on line 1");
  EXPECT_EQ(dump_of("  x\n"), "ERROR 1:1 unexpected indent");
  EXPECT_EQ(dump_of("f() = 1\n"),
            "ERROR 1:0 cannot assign to function call here. Maybe you meant '==' instead of "
            "'='?");
  EXPECT_EQ(dump_of("x = [1,\ny = 2\n"), "ERROR 1:4 '[' was never closed");
}

TEST(Parse, EveryStatementKindParses) {
  const char* source =
      "import a\nfrom . import b\nglobal c\nnonlocal d\ndel e\nassert f\nraise g\n"
      "return h\npass\nbreak\ncontinue\nx: int = 1\nx += 1\nx = 1\ntype T = int\n"
      "def f(): pass\nasync def g(): pass\nclass C: pass\nfor x in y: pass\n"
      "async for x in y: pass\nwhile x: pass\nif x: pass\nwith x: pass\n"
      "async with x: pass\nmatch x:\n case 1: pass\ntry: pass\nexcept: pass\n"
      "try: pass\nexcept* E: pass\n";
  std::string d = dump_of(source);
  for (const char* kind : {"Import(",
                           "ImportFrom(",
                           "Global(",
                           "Nonlocal(",
                           "Delete(",
                           "Assert(",
                           "Raise(",
                           "Return(",
                           "Pass(",
                           "Break(",
                           "Continue(",
                           "AnnAssign(",
                           "AugAssign(",
                           "Assign(",
                           "TypeAlias(",
                           "FunctionDef(",
                           "AsyncFunctionDef(",
                           "ClassDef(",
                           "For(",
                           "AsyncFor(",
                           "While(",
                           "If(",
                           "With(",
                           "AsyncWith(",
                           "Match(",
                           "Try(",
                           "TryStar("})
    EXPECT_NE(d.find(kind), std::string::npos) << kind;
}

}  // namespace
}  // namespace ingot::parse
