// The abstract syntax tree of a Python module, mirroring Python 3.12's `ast` module: the
// same node classes with the same field names, so `ast.dump` output and the Python
// documentation describe this tree too.
//
// No pointer graph: an `ast::Module` owns flat arenas of expressions, statements and
// patterns, and nodes refer to each other by small typed ids. A field that Python allows to
// be `None` holds an invalid id (test it with `valid()` or `if (id)`). Nodes that carry no
// children of their own kind (arg, keyword, alias, withitem, match_case, comprehension,
// ExceptHandler, type params, arguments) are stored inline, by value, in their parent.
//
// Walking the tree:
//
//   const ast::ExprNode& e = module.expr(id);
//   if (const auto* call = e.as<ast::Call>()) { ... module.expr(call->func) ... }
//   std::visit(ast::Overloaded{
//       [&](const ast::BinOp& b) { ... },
//       [&](const auto& other) { ... },
//   }, e.node);
//
// Locations are CPython's attributes: 1-based lines, 0-based columns counted in UTF-8
// bytes, end positions exclusive (diag::Loc{line, col, end_line, end_col} is
// lineno, col_offset, end_lineno, end_col_offset).
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "compiler/diagnostics/source.h"

namespace ingot::ast {

using diag::Loc;

// A strong index into one of the module's arenas. Default-constructed ids are invalid and
// stand for Python's `None`.
template <typename Tag>
class Id {
 public:
  static constexpr uint32_t kInvalidIndex = UINT32_MAX;

  constexpr Id() = default;
  constexpr explicit Id(uint32_t index) : index_(index) {}
  static constexpr Id invalid() { return Id(); }

  constexpr bool valid() const { return index_ != kInvalidIndex; }
  constexpr explicit operator bool() const { return valid(); }
  constexpr uint32_t index() const { return index_; }

  friend constexpr bool operator==(Id a, Id b) = default;
  // clang-tidy 14's modernize-use-nullptr takes the 0 that a defaulted <=> compares its
  // members' ordering with for a null pointer (llvm/llvm-project#53961, fixed in 18).
  friend constexpr auto operator<=>(Id a, Id b) = default;  // NOLINT(modernize-use-nullptr)

 private:
  uint32_t index_ = kInvalidIndex;
};

using ExprId = Id<struct ExprTag>;
using StmtId = Id<struct StmtTag>;
using PatternId = Id<struct PatternTag>;

using ExprList = std::vector<ExprId>;
using StmtList = std::vector<StmtId>;
using PatternList = std::vector<PatternId>;

// For std::visit with one lambda per node kind.
template <typename... Fs>
struct Overloaded : Fs... {
  using Fs::operator()...;
};
template <typename... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

// ---------------------------------------------------------------------------------------
// Operator enums (Python: boolop, operator, unaryop, cmpop, expr_context). `name()` gives
// the Python class name ("Add", "NotIn", "Load").

enum class BoolOperator : uint8_t { And, Or };
enum class Operator : uint8_t {
  Add,
  Sub,
  Mult,
  MatMult,
  Div,
  Mod,
  Pow,
  LShift,
  RShift,
  BitOr,
  BitXor,
  BitAnd,
  FloorDiv,
};
enum class UnaryOperator : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOperator : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
enum class ExprContext : uint8_t { Load, Store, Del };

inline const char* name(BoolOperator op) { return op == BoolOperator::And ? "And" : "Or"; }
inline const char* name(Operator op) {
  static const char* const names[] = {"Add",    "Sub",    "Mult",    "MatMult", "Div",
                                      "Mod",    "Pow",    "LShift",  "RShift",  "BitOr",
                                      "BitXor", "BitAnd", "FloorDiv"};
  return names[static_cast<int>(op)];
}
inline const char* name(UnaryOperator op) {
  static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
  return names[static_cast<int>(op)];
}
inline const char* name(CmpOperator op) {
  static const char* const names[] = {"Eq",  "NotEq", "Lt",    "LtE", "Gt",
                                      "GtE", "Is",    "IsNot", "In",  "NotIn"};
  return names[static_cast<int>(op)];
}
inline const char* name(ExprContext ctx) {
  static const char* const names[] = {"Load", "Store", "Del"};
  return names[static_cast<int>(ctx)];
}

// ---------------------------------------------------------------------------------------
// Constant values.

struct NoneType {
  friend bool operator==(NoneType, NoneType) = default;
};
struct EllipsisType {
  friend bool operator==(EllipsisType, EllipsisType) = default;
};
// Python ints are unbounded: `decimal` is always the value in base 10 (with a leading '-'
// never present: literals are non-negative), `value` is set when it fits in int64_t.
struct Int {
  std::string decimal;
  std::optional<int64_t> value;
  friend bool operator==(const Int&, const Int&) = default;
};
// An imaginary literal `2j`: complex(0, imag).
struct Complex {
  double imag = 0;
  friend bool operator==(const Complex&, const Complex&) = default;
};
// A str, escapes decoded, as UTF-8. Lone surrogates (from "\ud800" escapes) cannot be UTF-8;
// they are kept as WTF-8: the code point's 3-byte generalized UTF-8 form (ED A0 80 ..
// ED BF BF). A valid surrogate *pair* written as two escapes stays two code points, as in
// CPython.
struct Str {
  std::string utf8;
  friend bool operator==(const Str&, const Str&) = default;
};
// A bytes value, escapes decoded, one char per byte.
struct Bytes {
  std::string data;
  friend bool operator==(const Bytes&, const Bytes&) = default;
};

using ConstantValue = std::variant<NoneType, EllipsisType, bool, Int, double, Complex, Str, Bytes>;

// ---------------------------------------------------------------------------------------
// Helper nodes stored inline (Python: arg, arguments, keyword, alias, withitem,
// comprehension, ExceptHandler, match_case, type_param).

struct arg {
  Loc loc;
  std::string arg;
  ExprId annotation;
  std::optional<std::string> type_comment;  // always nullopt: type comments are not parsed
};

struct arguments {
  std::vector<ast::arg> posonlyargs;
  std::vector<ast::arg> args;
  std::optional<ast::arg> vararg;
  std::vector<ast::arg> kwonlyargs;
  ExprList kw_defaults;  // one per kwonlyarg; invalid id where there is no default
  std::optional<ast::arg> kwarg;
  ExprList defaults;  // for the last len(defaults) of posonlyargs + args
};

struct keyword {
  Loc loc;
  std::optional<std::string> arg;  // nullopt for `**kwargs`
  ExprId value;
};

struct alias {
  Loc loc;
  std::string name;  // dotted for `import a.b`; "*" for `from m import *`
  std::optional<std::string> asname;
};

struct withitem {
  ExprId context_expr;
  ExprId optional_vars;
};

struct comprehension {
  ExprId target;
  ExprId iter;
  ExprList ifs;
  int is_async = 0;
};

struct ExceptHandler {
  Loc loc;
  ExprId type;
  std::optional<std::string> name;
  StmtList body;
};

struct match_case {
  PatternId pattern;
  ExprId guard;
  StmtList body;
};

// PEP 695 type parameters (Python: type_param = TypeVar | ParamSpec | TypeVarTuple).
struct TypeVar {
  std::string name;
  ExprId bound;
};
struct ParamSpec {
  std::string name;
};
struct TypeVarTuple {
  std::string name;
};
struct type_param {
  Loc loc;
  std::variant<TypeVar, ParamSpec, TypeVarTuple> node;

  template <typename T>
  const T* as() const {
    return std::get_if<T>(&node);
  }
};

// ---------------------------------------------------------------------------------------
// Expressions (Python: expr).

struct BoolOp {
  BoolOperator op;
  ExprList values;
};
struct NamedExpr {
  ExprId target;
  ExprId value;
};
struct BinOp {
  ExprId left;
  Operator op;
  ExprId right;
};
struct UnaryOp {
  UnaryOperator op;
  ExprId operand;
};
struct Lambda {
  arguments args;
  ExprId body;
};
struct IfExp {
  ExprId test;
  ExprId body;
  ExprId orelse;
};
struct Dict {
  ExprList keys;  // invalid id for a `**mapping` entry
  ExprList values;
};
struct Set {
  ExprList elts;
};
struct ListComp {
  ExprId elt;
  std::vector<comprehension> generators;
};
struct SetComp {
  ExprId elt;
  std::vector<comprehension> generators;
};
struct DictComp {
  ExprId key;
  ExprId value;
  std::vector<comprehension> generators;
};
struct GeneratorExp {
  ExprId elt;
  std::vector<comprehension> generators;
};
struct Await {
  ExprId value;
};
struct Yield {
  ExprId value;
};
struct YieldFrom {
  ExprId value;
};
struct Compare {
  ExprId left;
  std::vector<CmpOperator> ops;
  ExprList comparators;
};
struct Call {
  ExprId func;
  ExprList args;
  std::vector<keyword> keywords;
};
struct FormattedValue {
  ExprId value;
  int conversion = -1;  // -1 none, 's', 'r' or 'a'
  ExprId format_spec;   // a JoinedStr, or invalid
};
struct JoinedStr {
  ExprList values;  // Constant (str) and FormattedValue
};
struct Constant {
  ConstantValue value;
  std::optional<std::string> kind;  // "u" for u"..." strings, else nullopt
};
struct Attribute {
  ExprId value;
  std::string attr;
  ExprContext ctx = ExprContext::Load;
};
struct Subscript {
  ExprId value;
  ExprId slice;
  ExprContext ctx = ExprContext::Load;
};
struct Starred {
  ExprId value;
  ExprContext ctx = ExprContext::Load;
};
struct Name {
  std::string id;
  ExprContext ctx = ExprContext::Load;
};
struct List {
  ExprList elts;
  ExprContext ctx = ExprContext::Load;
};
struct Tuple {
  ExprList elts;
  ExprContext ctx = ExprContext::Load;
};
struct Slice {
  ExprId lower;
  ExprId upper;
  ExprId step;
};

using ExprKind =
    std::variant<BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp,
                 DictComp, GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue,
                 JoinedStr, Constant, Attribute, Subscript, Starred, Name, List, Tuple, Slice>;

struct ExprNode {
  Loc loc;
  ExprKind node;

  template <typename T>
  bool is() const {
    return std::holds_alternative<T>(node);
  }
  template <typename T>
  const T* as() const {
    return std::get_if<T>(&node);
  }
  template <typename T>
  T* as() {
    return std::get_if<T>(&node);
  }
};

// ---------------------------------------------------------------------------------------
// Statements (Python: stmt).

struct FunctionDef {
  std::string name;
  arguments args;
  StmtList body;
  ExprList decorator_list;
  ExprId returns;
  std::optional<std::string> type_comment;
  std::vector<type_param> type_params;
};
struct AsyncFunctionDef {
  std::string name;
  arguments args;
  StmtList body;
  ExprList decorator_list;
  ExprId returns;
  std::optional<std::string> type_comment;
  std::vector<type_param> type_params;
};
struct ClassDef {
  std::string name;
  ExprList bases;
  std::vector<keyword> keywords;
  StmtList body;
  ExprList decorator_list;
  std::vector<type_param> type_params;
};
struct Return {
  ExprId value;
};
struct Delete {
  ExprList targets;
};
struct Assign {
  ExprList targets;
  ExprId value;
  std::optional<std::string> type_comment;
};
struct TypeAlias {
  ExprId name;  // a Name in Store context
  std::vector<type_param> type_params;
  ExprId value;
};
struct AugAssign {
  ExprId target;
  Operator op;
  ExprId value;
};
struct AnnAssign {
  ExprId target;
  ExprId annotation;
  ExprId value;
  int simple = 0;  // 1 for a plain name target not in parentheses
};
struct For {
  ExprId target;
  ExprId iter;
  StmtList body;
  StmtList orelse;
  std::optional<std::string> type_comment;
};
struct AsyncFor {
  ExprId target;
  ExprId iter;
  StmtList body;
  StmtList orelse;
  std::optional<std::string> type_comment;
};
struct While {
  ExprId test;
  StmtList body;
  StmtList orelse;
};
struct If {
  ExprId test;
  StmtList body;
  StmtList orelse;  // an `elif` is a single nested If here, as in Python
};
struct With {
  std::vector<withitem> items;
  StmtList body;
  std::optional<std::string> type_comment;
};
struct AsyncWith {
  std::vector<withitem> items;
  StmtList body;
  std::optional<std::string> type_comment;
};
struct Match {
  ExprId subject;
  std::vector<match_case> cases;
};
struct Raise {
  ExprId exc;
  ExprId cause;
};
struct Try {
  StmtList body;
  std::vector<ExceptHandler> handlers;
  StmtList orelse;
  StmtList finalbody;
};
struct TryStar {
  StmtList body;
  std::vector<ExceptHandler> handlers;
  StmtList orelse;
  StmtList finalbody;
};
struct Assert {
  ExprId test;
  ExprId msg;
};
struct Import {
  std::vector<alias> names;
};
struct ImportFrom {
  std::optional<std::string> module;  // nullopt for `from . import x`
  std::vector<alias> names;
  int level = 0;
};
struct Global {
  std::vector<std::string> names;
};
struct Nonlocal {
  std::vector<std::string> names;
};
struct Expr {
  ExprId value;
};
struct Pass {};
struct Break {};
struct Continue {};

using StmtKind = std::variant<FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign,
                              TypeAlias, AugAssign, AnnAssign, For, AsyncFor, While, If, With,
                              AsyncWith, Match, Raise, Try, TryStar, Assert, Import, ImportFrom,
                              Global, Nonlocal, Expr, Pass, Break, Continue>;

struct StmtNode {
  Loc loc;
  StmtKind node;

  template <typename T>
  bool is() const {
    return std::holds_alternative<T>(node);
  }
  template <typename T>
  const T* as() const {
    return std::get_if<T>(&node);
  }
  template <typename T>
  T* as() {
    return std::get_if<T>(&node);
  }
};

// ---------------------------------------------------------------------------------------
// Match patterns (Python: pattern).

struct MatchValue {
  ExprId value;
};
struct MatchSingleton {
  ConstantValue value;  // NoneType or bool
};
struct MatchSequence {
  PatternList patterns;
};
struct MatchMapping {
  ExprList keys;
  PatternList patterns;
  std::optional<std::string> rest;
};
struct MatchClass {
  ExprId cls;
  PatternList patterns;
  std::vector<std::string> kwd_attrs;
  PatternList kwd_patterns;
};
struct MatchStar {
  std::optional<std::string> name;  // nullopt for `*_`
};
struct MatchAs {
  PatternId pattern;                // invalid for a capture or `_`
  std::optional<std::string> name;  // nullopt for `_`
};
struct MatchOr {
  PatternList patterns;
};

using PatternKind = std::variant<MatchValue, MatchSingleton, MatchSequence, MatchMapping,
                                 MatchClass, MatchStar, MatchAs, MatchOr>;

struct PatternNode {
  Loc loc;
  PatternKind node;

  template <typename T>
  bool is() const {
    return std::holds_alternative<T>(node);
  }
  template <typename T>
  const T* as() const {
    return std::get_if<T>(&node);
  }
  template <typename T>
  T* as() {
    return std::get_if<T>(&node);
  }
};

// ---------------------------------------------------------------------------------------
// The module: Python's `Module(body, type_ignores)` plus the arenas every id points into.

struct Module {
  StmtList body;
  // type_ignores is always empty: `# type: ignore` comments are not collected.

  std::vector<ExprNode> exprs;
  std::vector<StmtNode> stmts;
  std::vector<PatternNode> patterns;

  const ExprNode& expr(ExprId id) const { return exprs[id.index()]; }
  ExprNode& expr(ExprId id) { return exprs[id.index()]; }
  const StmtNode& stmt(StmtId id) const { return stmts[id.index()]; }
  StmtNode& stmt(StmtId id) { return stmts[id.index()]; }
  const PatternNode& pattern(PatternId id) const { return patterns[id.index()]; }
  PatternNode& pattern(PatternId id) { return patterns[id.index()]; }

  ExprId add(Loc loc, ExprKind node) {
    exprs.push_back(ExprNode{loc, std::move(node)});
    return ExprId(static_cast<uint32_t>(exprs.size() - 1));
  }
  StmtId add(Loc loc, StmtKind node) {
    stmts.push_back(StmtNode{loc, std::move(node)});
    return StmtId(static_cast<uint32_t>(stmts.size() - 1));
  }
  PatternId add(Loc loc, PatternKind node) {
    patterns.push_back(PatternNode{loc, std::move(node)});
    return PatternId(static_cast<uint32_t>(patterns.size() - 1));
  }
};

// ---------------------------------------------------------------------------------------
// Direct sub-expressions of an expression, in field order (invalid ids skipped): for
// walkers that only need to reach every expression.

template <typename F>
void for_each_child(const ExprNode& e, F&& f) {
  auto one = [&](ExprId id) {
    if (id) f(id);
  };
  auto all = [&](const ExprList& ids) {
    for (ExprId id : ids) one(id);
  };
  auto generators = [&](const std::vector<comprehension>& gens) {
    for (const comprehension& c : gens) {
      one(c.target);
      one(c.iter);
      all(c.ifs);
    }
  };
  std::visit(Overloaded{
                 [&](const BoolOp& x) { all(x.values); },
                 [&](const NamedExpr& x) { one(x.target), one(x.value); },
                 [&](const BinOp& x) { one(x.left), one(x.right); },
                 [&](const UnaryOp& x) { one(x.operand); },
                 [&](const Lambda& x) {
                   all(x.args.defaults);
                   all(x.args.kw_defaults);
                   one(x.body);
                 },
                 [&](const IfExp& x) { one(x.test), one(x.body), one(x.orelse); },
                 [&](const Dict& x) {
                   for (size_t i = 0; i < x.values.size(); ++i) {
                     if (i < x.keys.size()) one(x.keys[i]);
                     one(x.values[i]);
                   }
                 },
                 [&](const Set& x) { all(x.elts); },
                 [&](const ListComp& x) { one(x.elt), generators(x.generators); },
                 [&](const SetComp& x) { one(x.elt), generators(x.generators); },
                 [&](const GeneratorExp& x) { one(x.elt), generators(x.generators); },
                 [&](const DictComp& x) { one(x.key), one(x.value), generators(x.generators); },
                 [&](const Await& x) { one(x.value); },
                 [&](const Yield& x) { one(x.value); },
                 [&](const YieldFrom& x) { one(x.value); },
                 [&](const Compare& x) { one(x.left), all(x.comparators); },
                 [&](const Call& x) {
                   one(x.func);
                   all(x.args);
                   for (const keyword& k : x.keywords) one(k.value);
                 },
                 [&](const FormattedValue& x) { one(x.value), one(x.format_spec); },
                 [&](const JoinedStr& x) { all(x.values); },
                 [&](const Constant&) {},
                 [&](const Attribute& x) { one(x.value); },
                 [&](const Subscript& x) { one(x.value), one(x.slice); },
                 [&](const Starred& x) { one(x.value); },
                 [&](const Name&) {},
                 [&](const List& x) { all(x.elts); },
                 [&](const Tuple& x) { all(x.elts); },
                 [&](const Slice& x) { one(x.lower), one(x.upper), one(x.step); },
             },
             e.node);
}

}  // namespace ingot::ast
